"""The evidence a cell cites: the speaker's utterance as the article has it, never the writer's words.

An utterance is one or more quote rows of one speaker (the halves of a split quote, a reported
clause and the marked words inside it). Each row's text is ``text[start:end]`` of the article (the
extraction writes it so), so a citation is made of those spans only, in the order of the article:

- a direct or partial quote stands in quotation marks, as the article marks it;
- reported speech stands without marks: it is the writer's rendering of what was said, and marks
  would make it words nobody said;
- marked words inside a reported clause ("she said the deals were handed out “like candy.”") keep
  their marks inside it (the article's own, or added where the span left them out), and are not cited
  a second time;
- the pieces of one utterance are joined by an ellipsis, which stands for the writer's words left out
  between them ("he said", "X added"), so a quote split in two is cited whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotes.claims.records import QuoteRecord

OPEN, CLOSE = "“", "”"
BETWEEN = " … "  # the writer's words between two pieces of one utterance, left out
MARKED_KINDS = frozenset({"direct", "partial"})
QUOTE_MARKS = frozenset("“”\"‘’'")  # the article's own marks around words a reported clause quotes


def _span(record: QuoteRecord) -> tuple[int, int] | None:
    if record.start is None or record.end is None or record.end <= record.start:
        return None
    return record.start, record.end


def _inside(inner: QuoteRecord, outer: QuoteRecord) -> bool:
    a, b = _span(inner), _span(outer)
    return inner is not outer and a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1] and a != b


def _marked(text: str) -> str:
    return f"{OPEN}{text.strip()}{CLOSE}"


def _piece(record: QuoteRecord, nested: Sequence[QuoteRecord]) -> str:
    """One row as cited: in marks when quoted, bare when reported, with the marked words inside a
    reported clause marked where they stand."""
    text = record.quote
    if record.kind in MARKED_KINDS:
        return _marked(text)
    # offsets of the marked words relative to this row's text, last first so earlier ones stay valid
    for inner in sorted(nested, key=lambda r: r.start or 0, reverse=True):
        at = (inner.start or 0) - (record.start or 0)
        already = text[at - 1: at] in QUOTE_MARKS and text[at + len(inner.quote): at + len(inner.quote) + 1] in QUOTE_MARKS
        if text[at: at + len(inner.quote)] == inner.quote and not already:
            text = text[:at] + _marked(inner.quote) + text[at + len(inner.quote):]
    return text.strip()


def quotation(records: Sequence[QuoteRecord]) -> str:
    """The utterance's rows as the article has them (see the module docstring)."""
    rows = [r for r in records if r.quote.strip()]
    outer = [r for r in rows if not any(_inside(r, o) for o in rows)]
    outer.sort(key=lambda r: (r.start is None, r.start or 0))
    pieces = []
    for record in outer:
        nested = [r for r in rows if r.kind in MARKED_KINDS and _inside(r, record)]
        pieces.append(_piece(record, nested))
    return BETWEEN.join(dict.fromkeys(pieces))
