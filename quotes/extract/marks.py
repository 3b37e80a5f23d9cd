"""Find the text between quote marks, paragraph by paragraph.

Curly and angle marks say which way they face; straight marks and the right
single mark (also the apostrophe) are decided from the characters around them.
Marks pair per paragraph with a stack, so a single-quoted term inside a double
quote nests. An unbalanced mark never stops the scan: a stray closing mark is
skipped, and an opening mark left open at the end of a paragraph either
continues into the next paragraph (when that one opens with a mark, the
newspaper convention for long quotes) or is reported as unclosed.

Some corpora join paragraphs (the BBC's): a quote continued into the next
paragraph then shows as a double mark that opens again, after a sentence end,
while the quote is still open (“… part of rugby. “Denis has …”). English nests a
quote inside a double quote with single marks, so such a mark is not a nested
quote: the open quote ends at that sentence end and the mark opens the next
piece of the same utterance (``ParagraphMarks.cut``, ``Marks.continued``).
"""

from __future__ import annotations

import re
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

# a transcript turn's speaker label: "PENCE: …", "CHRIS WALLACE: …" (capitals, then a colon); a quoted
# turn is a new speaker's, never the continuation of the quote before it (layout.py reads the label)
TURN_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z’'-]+(?:[^\S\n]+[A-Z][A-Z’'-]+){0,2}):\s")

OPEN_CONTEXT = set(" \t\n([{—–-/:;,") | {""}
CLOSE_CONTEXT = set(" \t\n)]}—–-/:;,.?!…") | {""}
GLUED = set(",;")  # a mark between one of these and a word may close a quote as well as open one


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
        if ch == "”" and _char(text, i - 1) in OPEN_CONTEXT - GLUED and _char(text, i + 1).isalnum():
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
        if before in GLUED and after.isalnum():
            closes = True  # a closer the next word lost its space to ("…,"Katie Packer said) or an opener after a comma
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
    # quotes a reopening mark ended at the sentence end before it (no closing mark: close_mark ""),
    # and the positions of those reopening marks, whose quotes continue the cut ones
    cut: tuple[MarkedSpan, ...] = ()
    reopening: tuple[int, ...] = ()


SENTENCE_STOPS = set(".?!…")
_INNER_CLOSERS = set("’'")  # a single-quoted term may end the sentence: … the player 'do you want?' “If …


def _sentence_end_before(text: str, pos: int, floor: int) -> int | None:
    """Where a sentence ends just before the mark at ``pos``: the offset after its stop (and after a
    single mark closing a term with it), when only white space lies between; else None."""
    k = pos
    while k > floor and text[k - 1].isspace():
        k -= 1
    if k == pos:
        return None  # the mark touches the word before it
    end = k
    for _ in range(2):
        if k > floor and text[k - 1] in _INNER_CLOSERS:
            k -= 1
    return end if k > floor and text[k - 1] in SENTENCE_STOPS else None


def _reopened_at(text: str, mark: _Mark, opener: _Mark) -> int | None:
    """The end of the open double quote ``opener`` when ``mark`` reopens it: an opening double mark
    of the opener's shape (straight or curly) before a word, right after a sentence end (a paragraph
    break lost; a quote inside a double quote takes single marks). None when the mark is something else."""
    if mark.family != DOUBLE or opener.family != DOUBLE or mark.role != "open":
        return None
    if (mark.char in STRAIGHT) != (opener.char in STRAIGHT):
        return None  # “…” inside "…": the page tells the levels apart by the marks' shapes, so it nests
    if not _char(text, mark.pos + 1).isalnum():
        return None
    return _sentence_end_before(text, mark.pos, opener.pos + 1)


# "… because I was a Muslim. He added: “The …": a lead-in sentence, a few words ending in a colon
_LEAD_IN = re.compile(r"[A-Z][^.?!:;\"“”]{0,80}:\s*$")


def _led_in_at(text: str, mark: _Mark, opener: _Mark) -> int | None:
    """The end of the open double quote ``opener`` when ``mark`` opens a new quote after a lead-in
    sentence ("… a Muslim. He added: “The …"): the closing mark was left out, for a quote never holds
    the writer's own lead-in to another. An opening double mark of the opener's shape after a colon,
    whose short lead-in sentence (no stop, no mark) follows a sentence end inside the open quote;
    the open quote ends at that sentence end. None when the mark is something else."""
    if mark.family != DOUBLE or opener.family != DOUBLE or mark.role != "open":
        return None
    if (mark.char in STRAIGHT) != (opener.char in STRAIGHT) or not _char(text, mark.pos + 1).isalnum():
        return None
    lead = _LEAD_IN.search(text, opener.pos + 1, mark.pos)
    if lead is None:
        return None
    return _sentence_end_before(text, lead.start(), opener.pos + 1)


def pair_marks(text: str, start: int, end: int) -> ParagraphMarks:
    """Pair the quote marks of text[start:end] (one paragraph)."""
    stack: list[_Mark] = []
    spans: list[MarkedSpan] = []
    stray: list[int] = []
    cut: list[MarkedSpan] = []
    reopening: list[int] = []
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
            sentence_end = None if open_same is None else _reopened_at(text, mark, stack[open_same])
            lead_in_end = None if open_same is None or sentence_end is not None else _led_in_at(text, mark, stack[open_same])
            if sentence_end is not None or lead_in_end is not None:
                opener = stack[open_same]
                del stack[open_same:]
                end_at = sentence_end if sentence_end is not None else lead_in_end
                cut.append(MarkedSpan(Span.of(text, opener.pos + 1, end_at), opener.char, "", depth=open_same))
                if sentence_end is not None:
                    reopening.append(mark.pos)  # a lead-in's quote is a new utterance, not a continued one
            stack.append(mark)
    spans.sort(key=lambda s: s.content.start)
    return ParagraphMarks(tuple(spans), tuple(m.pos for m in stack), tuple(stray), tuple(cut), tuple(reopening))


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
    continued: frozenset[int]  # content starts of spans that continue the quote before (next paragraph, or reopened)
    warnings: tuple[str, ...]
    cut: frozenset[int] = frozenset()  # content ends of spans a reopening mark ended (no closing mark)


def find_marks(text: str, paragraphs: list[Paragraph]) -> Marks:
    """Pair the marks of each paragraph; a quote left open at a paragraph end whose next paragraph
    opens with a mark continues there (the multi-paragraph convention), else it is warned about."""
    by_paragraph: dict[int, tuple[MarkedSpan, ...]] = {}
    nested: list[MarkedSpan] = []
    continued: set[int] = set()
    cut: set[int] = set()
    warnings: list[str] = []
    carry = False
    for pi, para in enumerate(paragraphs):
        if para.boilerplate:
            carry = False
            continue
        found = pair_marks(text, para.start, para.end)
        paired = sorted(found.spans + found.cut, key=lambda s: s.content.start)
        spans = [s for s in paired if s.depth == 0]
        nested.extend(s for s in paired if s.depth > 0)
        continued.update(pos + 1 for pos in found.reopening if not TURN_LABEL.match(text, pos + 1, para.end))
        cut.update(s.content.end for s in found.cut)
        if carry and spans and spans[0].content.start - 1 == para.start and not TURN_LABEL.match(spans[0].content.text):
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
    return Marks(MappingProxyType(by_paragraph), tuple(nested), frozenset(continued), tuple(warnings), frozenset(cut))
