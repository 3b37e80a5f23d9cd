"""Very long articles, read section by section so time and memory grow with the text, not faster.

A 30 MB text (a transcript dump, a whole archive pasted into one file) would hold millions of
token objects at once, and the per-article registry of people grows with it, so every mention
costs more than the last. Above SEGMENT_CHARS an article is cut into sections at paragraph
breaks (else at a sentence end outside any quotation, else at a space), each section is read as
an article of its own, and its quotes are moved back to the whole text's offsets and numbered on.
What a section cannot know: a person named in full only in an earlier section stays a bare
surname here (the linking pass joins such names per article afterwards).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator

from quotes.extract.pipeline import ArticleQuotes, extract_article
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.nlp import LINE_BREAK, PARAGRAPH_BREAK, SENTENCE_END, SPACE, chunks, last_match
from quotes.types import Quote, Span

SEGMENT_CHARS = 100_000  # about twenty news articles: no real article is cut

_OPENERS, _CLOSERS = "“«„", "”»"  # double marks only: a single one may be an apostrophe
_OFFSET = re.compile(r"\boffset (\d+)")


def _outside_quotes(text: str, start: int, end: int) -> list[bool]:
    """For each position of text[start:end], whether no quotation is open there (counting from a
    section start, which is always outside one)."""
    depth, straight, out = 0, False, []
    for ch in text[start:end]:
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        out.append(depth == 0 and not straight)
    return out


def _cut(text: str, start: int, limit: int) -> int:
    """Where the section starting at ``start`` ends: the last good break in its second half, or,
    when a quotation runs past the limit, the first break after it closes (up to 4 × limit)."""
    end = start + limit
    if end >= len(text):
        return len(text)
    half = start + limit // 2
    for pattern in (PARAGRAPH_BREAK, LINE_BREAK):
        last = last_match(pattern, text, half, end)
        if last is not None:
            return last.end()
    far = min(len(text), start + 4 * limit)
    outside = _outside_quotes(text, start, far)
    for pattern in (SENTENCE_END, SPACE):
        best = None
        for match in pattern.finditer(text, half, end):
            if outside[match.start() - start]:
                best = match
        if best is not None:
            return best.end()
    for pattern in (SENTENCE_END, SPACE):
        for match in pattern.finditer(text, end, far):
            if outside[match.start() - start]:
                return match.end()
    if far == len(text):
        return far
    last = last_match(SPACE, text, half, end)
    return last.end() if last is not None else end  # no space at all: not prose; cut anyway


def segments(text: str, limit: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sections of ``text`` (at most ``limit`` characters, save a quotation
    running past it), in order, covering it."""
    return chunks(text, limit or SEGMENT_CHARS, cut=_cut)


def _shifted(value, delta: int):
    """``value`` (a Quote or anything inside one) with every Span moved ``delta`` characters on."""
    if isinstance(value, Span):
        return Span(value.start + delta, value.end + delta, value.text)
    if isinstance(value, tuple):
        return tuple(_shifted(v, delta) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _shifted(getattr(value, f.name), delta) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def _section_quotes(text: str, doc_id: str, models_dir, settings: ExtractSettings) -> Iterator[tuple[list[Quote], tuple[str, ...], int]]:
    for start, end in segments(text):
        section = text[start:end]
        if not section.strip():
            continue
        quotes, warnings = extract_article(section, doc_id, models_dir=models_dir, settings=settings)
        yield quotes, warnings, start


def extract_long_article(
    text: str, doc_id: str = "article", *, models_dir: str | os.PathLike | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
) -> ArticleQuotes:
    """Quotes and warnings of an article of any length, offsets into the whole ``text``; the same
    as extract_article for one no longer than SEGMENT_CHARS."""
    if len(text) <= SEGMENT_CHARS:
        return extract_article(text, doc_id, models_dir=models_dir, settings=settings)
    quotes: list[Quote] = []
    warnings: list[str] = []
    groups = 0
    for section_quotes, section_warnings, start in _section_quotes(text, doc_id, models_dir, settings):
        renumbered: dict[str, str] = {}
        for quote in section_quotes:
            group = renumbered.setdefault(quote.group_id, f"g{groups + len(renumbered) + 1}")
            moved = _shifted(quote, start)
            quotes.append(dataclasses.replace(moved, id=f"q{len(quotes) + 1}", group_id=group))
        groups += len(renumbered)
        warnings.extend(_OFFSET.sub(lambda m, s=start: f"offset {int(m.group(1)) + s}", w) for w in section_warnings)
    return ArticleQuotes(quotes, tuple(warnings))
