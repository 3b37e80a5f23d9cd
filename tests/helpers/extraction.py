"""Helpers shared by the extraction tests: run the real pipeline on a short text and pick the rows."""

from __future__ import annotations

import quotes
from quotes.types import QuoteKind


def marked(text: str):
    return [q for q in quotes.extract(text, "case.txt") if q.kind != QuoteKind.INDIRECT]


def _rows(text: str):
    return quotes.extract(text, "case.txt")


def _covering(text: str, words: str):
    """The row whose span holds ``words`` (a speaker-bearing row before a scare quote)."""
    start = text.index(words)
    hits = [q for q in _rows(text) if any(s.start <= start < s.end for s in q.spans)]
    assert hits, f"no row covers {words!r}"
    return sorted(hits, key=lambda q: q.kind == QuoteKind.SCARE)[0]


def first_speaker(text: str):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    return rows[0].speakers[0]


def speaker_named(text: str, words: str) -> str | None:
    """The name of the first speaker of the quote whose text starts with ``words`` (None when the row
    has no speaker)."""
    for q in _rows(text):
        if q.spans[0].text.startswith(words):
            return q.speakers[0].name if q.speakers else None
    raise AssertionError(f"no quote starts with {words!r}")


def speaker_at(text: str, words: str):
    """The first speaker of the row whose span holds ``words``."""
    start = text.index(words)
    rows = [q for q in _rows(text) if q.speakers and any(s.start <= start < s.end for s in q.spans)]
    assert rows, f"no attributed row covers {words!r}"
    return rows[0].speakers[0]
