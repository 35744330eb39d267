"""No search for pydantic plugins in a command-line run.

When it builds its first model, pydantic looks for plugins: it imports `importlib.metadata` (and
with it `email`, `zipfile`, `csv`, `socket`) and reads the entry points of every installed
distribution, about 15 ms of each run. Plugins watch validations for tools such as logfire; the
checker's models are its own and an audit has no use for them. The command line therefore
stands in pydantic's plugin loader with one that finds none, as `PYDANTIC_DISABLE_PLUGINS=__all__`
would, without the import. A library user of `checker` (and the tests) keeps pydantic's own
loader.
"""

from __future__ import annotations

import sys
import types
from typing import Any

LOADER = "pydantic.plugin._loader"  # imported by pydantic only when a validator is built


def _no_plugins() -> tuple[()]:
    return ()


def _genuine(name: str) -> Any:
    """Any other name a later pydantic asks of its loader, from the loader itself (loaded then,
    under another name): the stand-in must never break a run. Not the import system's own
    questions (`__path__`: is it a package?), which a module answers without its `__getattr__`."""
    if name.startswith("__"):
        raise AttributeError(name)
    import importlib.util

    import pydantic.plugin

    spec = importlib.util.spec_from_file_location(f"{LOADER}_genuine", f"{pydantic.plugin.__path__[0]}/_loader.py")
    if spec is None or spec.loader is None:
        raise AttributeError(name)
    loader = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loader)
    return getattr(loader, name)


def install() -> bool:
    """Whether the stand-in was put in place (not when pydantic's loader has already run)."""
    if LOADER in sys.modules:
        return False
    stand_in = types.ModuleType(LOADER, __doc__)
    stand_in.get_plugins = _no_plugins  # type: ignore[attr-defined]  # what pydantic 2 asks for
    stand_in.__getattr__ = _genuine  # type: ignore[method-assign]  # a module's own: PEP 562
    sys.modules[LOADER] = stand_in
    return True
