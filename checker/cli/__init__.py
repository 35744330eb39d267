"""The command line (typer): `checker check | validate | parse | diff | seeds add | schema`."""

from checker.cli.main import app, main

__all__ = ["app", "main"]
