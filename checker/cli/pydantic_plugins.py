"""No search for pydantic plugins in a command-line run.

When it builds its first model, pydantic looks for plugins: it imports `importlib.metadata` (and
with it `email`, `zipfile`, `csv`, `socket`) and reads the entry points of every installed
distribution, about 25 ms of each run, a tenth of the import floor. Plugins watch validations for
tools such as logfire; the checker's models are its own and an audit has no use for them. The
command line therefore stands in pydantic's plugin loader with one that finds none, as
`PYDANTIC_DISABLE_PLUGINS=__all__` would, without the import. A library user of `checker` (and
the tests) keeps pydantic's own loader.
"""

from __future__ import annotations

import sys
import types

LOADER = "pydantic.plugin._loader"  # imported by pydantic only when a validator is built


def _no_plugins() -> tuple[()]:
    return ()


def install() -> bool:
    """Whether the stand-in was put in place (not when pydantic's loader has already run)."""
    if LOADER in sys.modules:
        return False
    stand_in = types.ModuleType(LOADER, __doc__)
    stand_in.get_plugins = _no_plugins  # type: ignore[attr-defined]  # the one name pydantic asks for
    sys.modules[LOADER] = stand_in
    return True
