"""The Python API: extract quotes from text or from files."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator

from quotes import nlp
from quotes.extract.document import masked_text, read_document
from quotes.extract.paragraphs import dropped_paragraphs, split_paragraphs
from quotes.extract.pipeline import attribute, extract_article
from quotes.extract.segments import SEGMENT_CHARS, extract_long_article
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.io.reader import DEFAULT_MAX_BYTES, Article, ArticleError, InputOptions, read_inputs, saving_texts
from quotes.nlp import BATCH  # articles per stanza bulk call; also quotes.api.BATCH for the engines
from quotes.types import ArticleResult, Quote

MAX_WARNINGS = 20  # per article: a file of 100,000 quote marks printed 3,608 warning lines
_OFFSET = re.compile(r"\boffset (\d+)")


def capped_warnings(warnings: Iterable[str], limit: int = MAX_WARNINGS) -> tuple[str, ...]:
    """An article's warnings in offset order (those without an offset first), the first ``limit``
    of them and then how many more there were."""
    def where(message: str) -> int:
        found = _OFFSET.search(message)
        return int(found.group(1)) if found else -1

    ordered = sorted(warnings, key=where)
    if len(ordered) <= limit:
        return tuple(ordered)
    return (*ordered[:limit], f"… and {len(ordered) - limit} more warning(s) like these")


def extract(text: str, doc_id: str = "article", *, models_dir: str | os.PathLike | None = None,
            settings: ExtractSettings = DEFAULT_SETTINGS) -> list[Quote]:
    """Every quotation in ``text``, attributed. Offsets index into ``text``.

    >>> quotes = extract("“We are ready,” Jane Doe, a spokesperson for Acme Corp, said.")  # doctest: +SKIP
    >>> quotes[0].speaker.name  # doctest: +SKIP
    'Jane Doe'
    """
    quotes, _ = extract_article(text, doc_id, models_dir=models_dir, settings=settings)
    return quotes


def extract_batch(articles: list[Article], models_dir: str | os.PathLike | None = None,
                  settings: ExtractSettings = DEFAULT_SETTINGS) -> list[ArticleResult]:
    """One ArticleResult per article, in order; stanza reads the batch in one bulk call.

    This is the unit of work every engine runs (quotes.scale: local processes, dask workers).
    """
    return list(_extract_batch(articles, models_dir, settings))


def _split_each(masked: list[str], models_dir) -> list[list | Exception]:
    """Sentences per text, or the exception stanza raised on that text alone."""
    out: list[list | Exception] = []
    for text in masked:
        try:
            out.append(nlp.split_many([text], models_dir)[0])
        except nlp.ModelError:
            raise
        except Exception as exc:
            out.append(exc)
    return out


def _extract_batch(articles: list[Article], models_dir, settings: ExtractSettings = DEFAULT_SETTINGS) -> Iterator[ArticleResult]:
    # an article longer than SEGMENT_CHARS is read alone, section by section, when its turn comes:
    # its sentences never sit in memory all at once, and the batch's other articles are not held up
    short = [a for a in articles if len(a.text) <= SEGMENT_CHARS]
    paragraphs = {id(a): split_paragraphs(a.text) for a in short}  # split once: for stanza's text and the document
    masked = [masked_text(a.text, paragraphs[id(a)]) for a in short]
    try:
        split = nlp.split_many(masked, models_dir)
    except nlp.ModelError:
        raise
    except Exception:  # one text stanza cannot read must not cost its batch: retry them one by one
        split = _split_each(masked, models_dir)
    del masked
    sentences = dict(zip((id(a) for a in short), split, strict=True))
    for article in articles:
        yield _article_result(article, sentences.pop(id(article), None), paragraphs.pop(id(article), None),
                              models_dir, settings)


def _article_result(article: Article, sents, paragraphs, models_dir, settings: ExtractSettings) -> ArticleResult:
    """One article's result; ``sents`` and ``paragraphs`` None for a long article, read here
    section by section."""
    if isinstance(sents, Exception):
        error = f"{article.doc_id}: sentence splitting failed: {sents!r}"
        return ArticleResult(article.doc_id, article.path, warnings=article.warnings, error=error, meta=article.meta)
    furniture = dropped_paragraphs(split_paragraphs(article.text) if paragraphs is None else paragraphs)
    try:
        if sents is None:
            quotes, warnings = extract_long_article(article.text, article.doc_id, models_dir=models_dir, settings=settings)
        else:
            doc = read_document(article.text, article.doc_id, sentences=sents, paragraphs=paragraphs, settings=settings)
            quotes, warnings = attribute(doc, settings), doc.warnings
    except nlp.ModelError:
        raise
    except Exception as exc:  # one article's failure never costs the others
        error = f"{article.doc_id}: extraction failed: {exc!r}"
        return ArticleResult(article.doc_id, article.path, warnings=article.warnings, error=error, meta=article.meta)
    notes = tuple(f"{article.doc_id}: {w}" for w in capped_warnings(warnings))
    return ArticleResult(
        article.doc_id, article.path, tuple(quotes), article.warnings + notes, meta=article.meta, dropped=furniture
    )


def extract_files(
    inputs: Iterable[str],
    *,
    models_dir: str | os.PathLike | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    options: InputOptions | None = None,
    save_text: str | os.PathLike | None = None,
) -> Iterator[ArticleResult]:
    """One ArticleResult per input, in input order; unreadable inputs carry an error instead of quotes.

    Inputs are file paths, folders (walked for .txt/.text/.md/.html files) or "-" for stdin; a JSONL
    or CSV export gives one result per record. ``options`` says how to read them (format, id and
    text fields, size limit; default: by suffix and content, ``max_bytes``). With ``save_text``,
    each article's text, the one its offsets index, is saved there as ``<doc_id>.txt``.
    Raises nlp.ModelError once, before reading anything, when the stanza models are missing.
    """
    nlp.check_models(models_dir)
    batch: list[Article] = []
    for item in saving_texts(read_inputs(inputs, options or InputOptions(max_bytes=max_bytes)), save_text):
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
