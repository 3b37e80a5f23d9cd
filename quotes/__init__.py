"""quotes: find every quotation in news articles and attribute it to its speaker."""

from quotes.api import extract, extract_files
from quotes.nlp import ModelError
from quotes.types import ArticleResult, Cue, Quote, QuoteKind, Span, Speaker, SpeakerType

__all__ = [
    "ArticleResult", "Cue", "ModelError", "Quote", "QuoteKind", "Span", "Speaker", "SpeakerType",
    "extract", "extract_files",
]
__version__ = "0.1.0"
