"""Writing reports: checked before any work, written atomically (a killed run leaves the
previous report whole)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from checker.errors import CheckerError


def check_writable(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CheckerError(f"--output {path} is a folder; give a file name")
    if not folder.is_dir():
        raise CheckerError(f"--output {path}: the folder {folder} does not exist; create it first")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CheckerError(f"--output {path} cannot be written (permission denied); choose another path")


def write_atomically(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
