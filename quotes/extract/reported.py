"""Reported speech without quote marks: "Nye told VOA that China has not …".

Three shapes, each needing a source bound to a clause-taking cue:
- source first: "Wyne said Xi could ask for assurances …" (the content is the
  cue's complement clause, cut before any quote mark);
- source last: "…, Beijing has played an outsize role …, said Joseph Nye Jr., professor
  emeritus of Harvard Kennedy School." / "…, according to Nye and Radchenko.";
- parenthetical: "China’s European partners are important bargaining chips, experts said,
  especially ahead of …".
"""

from __future__ import annotations

from quotes.extract.cues import CueKind, CueMatch
from quotes.extract.units import Unit
from quotes.types import Span

# lemmas whose complement is a reported clause (not "urged X to", "vowed to"); "according to X" has one too
CLAUSE_LEMMAS = {
    "say", "tell", "add", "mention", "advise", "state", "note", "explain", "claim", "insist", "argue",
    "assert", "contend", "maintain", "acknowledge", "admit", "concede", "deny", "confirm", "warn",
    "stress", "emphasize", "suggest", "predict", "announce", "declare", "write", "report", "believe",
    "think", "estimate", "reply", "respond", "recall",
}
COGNITIVE = {"believe", "think", "estimate", "expect", "anticipate", "fear", "hope"}
TRAILING = " \t\n,.;:—–-"
MARK_CHARS = set("“”\"‘’'«»")


def _trim(unit: Unit, start: int, end: int) -> Span | None:
    text = unit.text
    lo, hi = start - unit.start, end - unit.start
    while lo < hi and text[lo] in TRAILING:
        lo += 1
    while hi > lo and text[hi - 1] in TRAILING:
        hi -= 1
    if hi - lo < 8 or len(text[lo:hi].split()) < 2:
        return None
    return Span(unit.start + lo, unit.start + hi, text[lo:hi])


def _cut_at_mark(unit: Unit, start: int, end: int) -> int:
    """Content stops where a marked quote begins (the marked span is its own quote)."""
    for q in unit.quotes:
        opening = q.content.start - len(q.open_mark)
        if start <= opening < end:
            end = opening
    return end


def _eligible(cue: CueMatch, source_is_person: bool) -> bool:
    if cue.source is None or cue.lemma not in CLAUSE_LEMMAS and cue.kind is not CueKind.ACCORDING_TO:
        return False
    if cue.lemma in COGNITIVE and not source_is_person:
        return False  # "many observers believe" is the writer's survey, not reported speech
    return True


def reported_content(unit: Unit, cue: CueMatch, source_is_person: bool) -> tuple[Span, ...]:
    """The content spans of one reported-speech cue in a unit, or () if it reports nothing."""
    if not _eligible(cue, source_is_person):
        return ()
    tokens = unit.tokens
    src = cue.source
    src_first = min(src.first, cue.first)
    src_last = max(src.extent_end if src.extent_end is not None else src.last, cue.last)
    for m in cue.sources:
        src_last = max(src_last, m.extent_end if m.extent_end is not None else m.last)
    tail_tokens = [t.text for t in tokens[src_last + 1 :]]
    ends_sentence = all(t in (".", "!", "?", "”", '"', ")") for t in tail_tokens)
    before_comma = src_first > 0 and tokens[src_first - 1].text == ","
    if cue.kind is CueKind.ACCORDING_TO and src_first <= 1:
        # "According to a NATO official …, the alliance expects …": the content follows the comma
        comma = next((k for k in range(src_last + 1, len(tokens)) if tokens[k].text == ","), None)
        if comma is None:
            return ()
        content = _trim(unit, tokens[comma].end, _cut_at_mark(unit, tokens[comma].end, unit.end))
        return (content,) if content else ()
    source_last = cue.inverted or cue.kind is CueKind.ACCORDING_TO or (before_comma and cue.complement is None)
    if source_last and src_first > 0:
        if not before_comma:
            return ()
        before = _trim(unit, unit.start, tokens[src_first - 1].start)
        if ends_sentence or cue.kind is CueKind.ACCORDING_TO:  # "…, according to Nye and other analysts."
            return (before,) if before else ()
        if src_last + 1 < len(tokens) and tokens[src_last + 1].text == ",":
            # "…bargaining chips, experts said, especially ahead of …": both sides are the content
            after = _trim(unit, tokens[src_last + 1].end, _cut_at_mark(unit, tokens[src_last + 1].end, unit.end))
            return tuple(s for s in (before, after) if s)
        return ()
    if cue.complement is None:
        return ()
    start = tokens[cue.complement].start
    end = _cut_at_mark(unit, start, unit.end)
    content = _trim(unit, start, end)
    return (content,) if content else ()
