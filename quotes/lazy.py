"""Names a package fetches from its modules on first use, so importing the package loads none of them.

Every `quotes` command imports `quotes` and `quotes.claims`; `quotes --version` or `quotes claims --help`
need none of what their names come from (the extraction stages, numpy, the embedder).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_names(package: str, sources: Mapping[str, str], namespace: dict) -> tuple[Callable, Callable]:
    """The ``__getattr__`` and ``__dir__`` of a package whose public names come from ``sources`` (name ->
    module): a name is imported when first asked for, then kept in ``namespace`` as an ordinary attribute."""

    def __getattr__(name: str):
        module = sources.get(name)
        if module is None:  # also how `from package import submodule` learns to import the submodule instead
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *sources})

    return __getattr__, __dir__
