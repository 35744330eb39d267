"""Writing reports: checked before any work, written atomically (a killed run leaves the
previous report whole), with the permissions an ordinary file would have."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from checker.diagnostics import CheckerError
from checker.messages import Message, os_reason

Streamed = Callable[[Callable[[str], object]], None]  # writes a report, a piece at a time, to what it is given


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def check_writable(path: Path) -> None:
    """Fail before any work if the report could not be written: try making a file beside it
    (permission bits alone say nothing when running as root)."""
    folder = _folder(path)
    if path.is_dir():
        raise CheckerError(Message("output-is-folder", path=path))
    if folder.exists() and not folder.is_dir():
        raise CheckerError(Message("output-parent-is-file", path=path, folder=folder))
    if not folder.is_dir():
        raise CheckerError(Message("output-no-folder", path=path, folder=folder))
    if path.exists() and not os.access(path, os.W_OK):
        raise CheckerError(Message("output-denied", path=path))
    try:
        handle, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise CheckerError(Message("output-cannot-write-in", path=path, folder=folder,
                                   reason=os_reason(error))) from None


def write_atomically(path: Path, text: str | Streamed) -> None:
    """Write a report: its text, or what writes it a piece at a time (a report too large to be
    one string); a failure is a CheckerError naming the path."""
    try:
        if isinstance(text, str):
            replace_file(path, text.encode("utf-8"))
        else:
            replace_file(path, text)
    except OSError as error:
        raise CheckerError(Message("output-cannot-write", path=path, reason=os_reason(error))) from None


def replace_file(path: Path, data: bytes | Streamed, mode: int | None = None) -> None:
    """Write beside the target, then rename over it: readers see the old file or the new one,
    never half of one. The file keeps its permissions (a new one gets what `open` would give,
    not mkstemp's 0600). A process killed during the write may leave a hidden `.NAME.*.tmp`
    beside the file; the file itself stays whole. Raises OSError."""
    if mode is None:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else default_mode()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=_folder(path))
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(data, bytes):
                stream.write(data)
            else:
                data(lambda piece: stream.write(piece.encode("utf-8")))
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def default_mode() -> int:
    """0666 less the umask: what `open(path, "w")` would have made (mkstemp makes 0600)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
