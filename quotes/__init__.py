"""quotes: find every quotation in news articles and attribute it to its speaker.

The names below are imported on first use, not with the package: every `quotes` command imports
this package, and `quotes --version` or `quotes claims --help` need none of the extraction stages
under quotes.api (a tenth of a second, more on a busy machine).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

from quotes.lazy import lazy_names

if TYPE_CHECKING:  # what the names are, for readers and type checkers; at run time __getattr__ fetches them
    from quotes.api import extract, extract_files
    from quotes.nlp import ModelError
    from quotes.types import ArticleResult, Cue, Quote, QuoteKind, Span, Speaker, SpeakerType

__version__ = "0.1.0"

# each public name and the module it comes from
_SOURCES = {
    "extract": "quotes.api",
    "extract_files": "quotes.api",
    "ModelError": "quotes.nlp",
    **dict.fromkeys(("ArticleResult", "Cue", "Quote", "QuoteKind", "Span", "Speaker", "SpeakerType"), "quotes.types"),
}
__all__ = [
    "ArticleResult", "Cue", "ModelError", "Quote", "QuoteKind", "Span", "Speaker", "SpeakerType",
    "extract", "extract_files",
]


__getattr__, __dir__ = lazy_names(__name__, _SOURCES, globals())


class _Package(types.ModuleType):
    """`quotes.extract` is the function (quotes.api.extract), whatever was imported before.

    The stages live in the subpackage quotes.extract, and importing it binds that name on this
    module; when this file imported quotes.api eagerly, its own binding of the function came last
    and won. Now that nothing is imported eagerly, the property keeps the function there:
    `import quotes; quotes.extract(text)` works after `from quotes.extract.cues import find_cues`.
    Submodules are still imported by full name (`from quotes.extract.cues import ...`).
    """

    @property
    def extract(self):
        return importlib.import_module("quotes.api").extract

    @extract.setter
    def extract(self, subpackage) -> None:
        """The import system binding the subpackage quotes.extract: sys.modules keeps it, not this name."""


sys.modules[__name__].__class__ = _Package
