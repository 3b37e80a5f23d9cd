"""The Python API: extract quotes from text or from files."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from quotes import nlp
from quotes.paragraphs import split_paragraphs
from quotes.pipeline import _masked, extract_article
from quotes.reader import DEFAULT_MAX_BYTES, Article, ArticleError, read_inputs
from quotes.types import ArticleResult, Quote

BATCH = 16  # articles per stanza bulk call: enough to amortise its overhead, small in memory


def extract(text: str, doc_id: str = "article", *, models_dir: str | os.PathLike | None = None) -> list[Quote]:
    """Every quotation in ``text``, attributed. Offsets index into ``text``.

    >>> quotes = extract("“We are ready,” Jane Doe, a spokesperson for Acme Corp, said.")  # doctest: +SKIP
    >>> quotes[0].speaker.name  # doctest: +SKIP
    'Jane Doe'
    """
    quotes, _ = extract_article(text, doc_id, models_dir=models_dir)
    return quotes


def _extract_batch(articles: list[Article], models_dir) -> Iterator[ArticleResult]:
    masked = [_masked(a.text, split_paragraphs(a.text)) for a in articles]
    sentences = nlp.split_many(masked, models_dir)
    for article, sents in zip(articles, sentences, strict=False):
        try:
            quotes, warnings = extract_article(article.text, article.doc_id, sentences=sents)
        except Exception as exc:  # one article's failure never costs the others
            yield ArticleResult(article.doc_id, article.path, warnings=article.warnings, error=f"{article.doc_id}: extraction failed: {exc!r}")
            continue
        notes = tuple(f"{article.doc_id}: {w}" for w in warnings)
        yield ArticleResult(article.doc_id, article.path, tuple(quotes), article.warnings + notes)


def extract_files(
    inputs: Iterable[str], *, models_dir: str | os.PathLike | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[ArticleResult]:
    """One ArticleResult per input, in input order; unreadable inputs carry an error instead of quotes.

    Inputs are file paths, folders (walked for .txt/.text/.md files) or "-" for stdin.
    Raises nlp.ModelError once, before reading anything, when the stanza models are missing.
    """
    nlp.check_models(models_dir)
    batch: list[Article] = []
    for item in read_inputs(inputs, max_bytes):
        if isinstance(item, ArticleError):
            yield from _extract_batch(batch, models_dir) if batch else ()
            batch = []
            yield ArticleResult(item.name, None, error=str(item))
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield from _extract_batch(batch, models_dir)
            batch = []
    if batch:
        yield from _extract_batch(batch, models_dir)
