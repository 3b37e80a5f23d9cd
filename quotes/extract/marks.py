"""Find the text between quote marks, paragraph by paragraph.

Curly and angle marks say which way they face; straight marks and the right
single mark (also the apostrophe) are decided from the characters around them.
Marks pair per paragraph with a stack, so a single-quoted term inside a double
quote nests. An unbalanced mark never stops the scan: a stray closing mark is
skipped, and an opening mark left open at the end of a paragraph either
continues into the next paragraph (when that one opens with a mark, the
newspaper convention for long quotes) or is reported as unclosed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from quotes.types import MarkedSpan, Paragraph, Span

# family -> (opening marks, closing marks); straight marks are in both
DOUBLE, SINGLE, ANGLE = "double", "single", "angle"
OPENERS = {"“": DOUBLE, "„": DOUBLE, "‘": SINGLE, "«": ANGLE, "‹": ANGLE}
CLOSERS = {"”": DOUBLE, "’": SINGLE, "»": ANGLE, "›": ANGLE}
STRAIGHT = {'"': DOUBLE, "'": SINGLE}
ALL_MARKS = set(OPENERS) | set(CLOSERS) | set(STRAIGHT)

OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | {""}
CLOSE_CONTEXT = set(" \t\n)]}—–-/:;,.?!…") | {""}


@dataclass(frozen=True)
class _Mark:
    pos: int
    char: str
    family: str
    role: str  # "open", "close" or "either"


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else ""


def _is_apostrophe(text: str, i: int) -> bool:
    """Apostrophes: Putin’s, don't, ’90s, rock ’n’ roll, countries’ (when nothing is open)."""
    before, after = _char(text, i - 1), _char(text, i + 1)
    if before.isalnum() and after.isalnum():
        return True
    if before in OPEN_CONTEXT and after.isdigit():  # ’90s, '23
        return True
    return False


def _classify(text: str, i: int) -> _Mark | None:
    ch = text[i]
    if ch in OPENERS:
        if ch == "‘" and _char(text, i - 1).isalnum():
            return None  # a mistyped apostrophe (Xi‘s)
        if ch == "“" and (_char(text, i - 1).isalnum() or _char(text, i - 1) in ".,!?") and _char(text, i + 1) in CLOSE_CONTEXT:
            return _Mark(i, ch, DOUBLE, "close")  # a mistyped closer, set after a word: “Frozen“ and …
        return _Mark(i, ch, OPENERS[ch], "open")
    if ch in CLOSERS:
        if ch == "’" and _is_apostrophe(text, i):
            return None
        if ch == "”" and _char(text, i - 1) in OPEN_CONTEXT and _char(text, i + 1).isalnum():
            return _Mark(i, ch, DOUBLE, "open")  # a mistyped opener, set before a word: ”Fear. I am …”
        # after a letter with nothing open it is a plural possessive; the pairing decides
        return _Mark(i, ch, CLOSERS[ch], "close")
    if ch in STRAIGHT:
        if ch == "'" and _is_apostrophe(text, i):
            return None
        before, after = _char(text, i - 1), _char(text, i + 1)
        opens = before in OPEN_CONTEXT or before in OPENERS or before in STRAIGHT
        closes = after in CLOSE_CONTEXT or after in CLOSERS or after in STRAIGHT
        if opens and after.isspace():
            opens = False  # a mark followed by a space does not open anything
        if closes and before.isspace():
            closes = False
        role = "open" if opens and not closes else "close" if closes and not opens else "either"
        return _Mark(i, ch, STRAIGHT[ch], role)
    return None


def _marks(text: str, start: int, end: int) -> Iterator[_Mark]:
    for i in range(start, end):
        if text[i] in ALL_MARKS:
            mark = _classify(text, i)
            if mark is not None:
                yield mark


@dataclass(frozen=True)
class ParagraphMarks:
    spans: tuple[MarkedSpan, ...]
    unclosed: tuple[int, ...]  # positions of opening marks left open at the paragraph end
    stray_closers: tuple[int, ...]  # positions of closing marks with nothing to close


def pair_marks(text: str, start: int, end: int) -> ParagraphMarks:
    """Pair the quote marks of text[start:end] (one paragraph)."""
    stack: list[_Mark] = []
    spans: list[MarkedSpan] = []
    stray: list[int] = []
    for mark in _marks(text, start, end):
        open_same = next((j for j in range(len(stack) - 1, -1, -1) if stack[j].family == mark.family), None)
        if mark.role == "close" or (mark.role == "either" and open_same is not None):
            if open_same is None:
                if mark.char in ("’", "'"):
                    continue  # a plural possessive (leaders' ties), not a stray quote
                stray.append(mark.pos)
                continue
            opener = stack[open_same]
            del stack[open_same:]  # marks opened inside and never closed are dropped
            spans.append(
                MarkedSpan(Span.of(text, opener.pos + 1, mark.pos), opener.char, mark.char, depth=open_same)
            )
        else:
            if mark.family == SINGLE and mark.char == "'" and mark.role == "either":
                continue  # an ambiguous straight single mark with nothing open: an apostrophe
            stack.append(mark)
    spans.sort(key=lambda s: s.content.start)
    return ParagraphMarks(tuple(spans), tuple(m.pos for m in stack), tuple(stray))


def opens_with_mark(text: str, start: int, end: int) -> bool:
    """Does the paragraph text[start:end] begin with an opening quote mark?"""
    first = text[start:end].lstrip()[:1]
    return first in OPENERS or first in STRAIGHT


def unclosed_span(text: str, open_pos: int, para_end: int) -> MarkedSpan:
    """The text from an opening mark left open to the end of its paragraph."""
    end = para_end
    while end > open_pos + 1 and text[end - 1].isspace():
        end -= 1
    return MarkedSpan(Span.of(text, open_pos + 1, end), text[open_pos], "", depth=0)


@dataclass(frozen=True)
class Marks:
    """An article's quote marks, paired paragraph by paragraph."""

    by_paragraph: Mapping[int, tuple[MarkedSpan, ...]]  # outermost spans per paragraph index, in text order
    nested: tuple[MarkedSpan, ...]  # terms quoted inside a quote (“… a ‘no limits’ partnership.”)
    continued: frozenset[int]  # content starts of spans that continue the previous paragraph's quote
    warnings: tuple[str, ...]


def find_marks(text: str, paragraphs: list[Paragraph]) -> Marks:
    """Pair the marks of each paragraph; a quote left open at a paragraph end whose next paragraph
    opens with a mark continues there (the multi-paragraph convention), else it is warned about."""
    by_paragraph: dict[int, tuple[MarkedSpan, ...]] = {}
    nested: list[MarkedSpan] = []
    continued: set[int] = set()
    warnings: list[str] = []
    carry = False
    for pi, para in enumerate(paragraphs):
        if para.boilerplate:
            carry = False
            continue
        found = pair_marks(text, para.start, para.end)
        spans = [s for s in found.spans if s.depth == 0]
        nested.extend(s for s in found.spans if s.depth > 0)
        if carry and spans and spans[0].content.start - 1 == para.start:
            continued.add(spans[0].content.start)
        carry = False
        if found.unclosed:
            first_open = found.unclosed[0]
            nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
            inner = any(s.content.start <= first_open < s.content.end for s in spans)
            if not inner:
                spans.append(unclosed_span(text, first_open, para.end))
                spans.sort(key=lambda s: s.content.start)
                if nxt is not None and not nxt.boilerplate and opens_with_mark(text, nxt.start, nxt.end):
                    carry = True
                else:
                    warnings.append(f"unbalanced quote mark at offset {first_open}: quote taken to the paragraph end")
        if found.stray_closers:
            warnings.append(f"closing quote mark without an opening one at offset {found.stray_closers[0]}")
        by_paragraph[pi] = tuple(spans)
    return Marks(MappingProxyType(by_paragraph), tuple(nested), frozenset(continued), tuple(warnings))
