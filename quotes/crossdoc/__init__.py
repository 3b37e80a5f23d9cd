"""Across articles: one speaker one identity, copied and reworded articles, altered quotes.

A pass over finished extraction output (quote rows) plus one small signature
per article; see ``link.link_files`` for the whole pass and the modules for
each stage: ``speakers`` (speaker_id), ``signatures`` and ``duplicates``
(articles.csv), ``integrity`` (quote_variants.csv).
"""

from quotes.crossdoc.duplicates import ArticleMatch, Relation, classify, find_duplicates
from quotes.crossdoc.integrity import CheckedQuote, QuoteVariant, Verdict, compare, match_quotes
from quotes.crossdoc.link import Linkage, link, link_files, write_outputs
from quotes.crossdoc.signatures import ArticleSignature, article_signature
from quotes.crossdoc.speakers import SpeakerDirectory, SpeakerIdentity, resolve_speakers

__all__ = [
    "ArticleMatch", "ArticleSignature", "Linkage", "CheckedQuote", "QuoteVariant", "Relation", "SpeakerDirectory",
    "SpeakerIdentity", "Verdict", "article_signature", "classify", "compare", "find_duplicates", "link", "link_files",
    "match_quotes", "resolve_speakers", "write_outputs",
]
