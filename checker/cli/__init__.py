"""The command line (typer): `checker check | validate | parse | diff | seeds add | schema`."""

import os

# The command line loads no pydantic plugin: looking for them scans every installed package's
# metadata (tens of milliseconds on each run); a user may still opt in by setting the variable.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")

from checker.cli.main import app, main

__all__ = ["app", "main"]
