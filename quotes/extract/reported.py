"""Reported speech without quote marks: "Nye told VOA that China has not …".

Three shapes, each needing a source bound to a clause-taking cue:
- source first: "Wyne said Xi could ask for assurances …" (the content is the
  cue's complement clause, cut before any quote mark);
- source last: "…, Beijing has played an outsize role …, said Joseph Nye Jr., professor
  emeritus of Harvard Kennedy School." / "…, according to Nye and Radchenko.";
- parenthetical: "China’s European partners are important bargaining chips, experts said,
  especially ahead of …".

``add_reported`` makes the rows: the learned stage's reported content first (content outside
quote marks with a source), then the rules' clauses the model did not cover.
"""

from __future__ import annotations

import re

from quotes.extract.cues import CueKind, CueMatch
from quotes.extract.drafts import Draft, Reading
from quotes.extract.learned import clause_like, learned_cue, learned_speaker, names_someone
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.types import Cue, MentionKind, QuoteKind, Span, Unit

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
# a piece beside a partial quote made of these words alone says nothing: "telling supporters
# the "stakes are too high"", "they "will not sit on our hands"" (the gold gives them no piece)
EMPTY_PIECE_WORDS = frozenset("""
a an the this that these those to of and or but nor as he she it they we i you his her its their our
""".split())
# after a partial quote the reported clause goes on until the writer's own clause begins
TAIL_STOP = re.compile(r",\s+(?:but|though|although|while|whereas|which|who|as)\b|;|[.!?](?=\s)")


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


def _piece(unit: Unit, start: int, end: int) -> Span | None:
    """A piece beside a partial quote, however short ("he was", "with Rangers"), unless it is
    punctuation or function words alone."""
    text = unit.text
    lo, hi = start - unit.start, end - unit.start
    while lo < hi and (text[lo] in TRAILING or text[lo] in MARK_CHARS):
        lo += 1
    while hi > lo and (text[hi - 1] in TRAILING or text[hi - 1] in MARK_CHARS):
        hi -= 1
    words = re.findall(r"[\w’'-]+", text[lo:hi])
    if not words or all(w.lower() in EMPTY_PIECE_WORDS for w in words):
        return None
    return Span(unit.start + lo, unit.start + hi, text[lo:hi])


def _tail_end(unit: Unit, start: int, end: int) -> int:
    """Where the clause after a partial quote ends: a sentence end, ", but", ", which", ";"."""
    stop = TAIL_STOP.search(unit.text, start - unit.start, end - unit.start)
    return unit.start + stop.start() if stop else end


def clause_pieces(unit: Unit, start: int, end: int, partials: frozenset[int]) -> tuple[Span, ...] | None:
    """A reported clause from ``start`` to ``end`` without the partial quotes in it: the pieces
    before, between and after them ("the club are still "in dialogue" with Rangers" -> "the club
    are still", "with Rangers"). ``partials`` holds the content starts of the unit's marked quotes
    that are partial (or scare) quotes; None when the clause runs into another marked quote (a
    direct quote is its own row: the caller keeps the clause as it was)."""
    pieces: list[Span | None] = []
    cursor, resumed = start, False
    for q in sorted(unit.quotes, key=lambda q: q.content.start):
        opening = q.content.start - len(q.open_mark)
        closing = q.content.end + len(q.close_mark)
        if closing <= cursor or opening >= end:
            continue
        if q.content.start not in partials or opening < cursor:
            return None
        pieces.append(_piece(unit, cursor, opening))
        cursor, resumed = closing, True
    if not resumed:
        piece = _trim(unit, start, end)
        return (piece,) if piece else ()
    pieces.append(_piece(unit, cursor, _tail_end(unit, cursor, end)))
    return tuple(p for p in pieces if p is not None)


def _eligible(cue: CueMatch, source_is_person: bool) -> bool:
    if cue.source is None or cue.lemma not in CLAUSE_LEMMAS and cue.kind is not CueKind.ACCORDING_TO:
        return False
    if cue.lemma in COGNITIVE and not source_is_person:
        return False  # "many observers believe" is the writer's survey, not reported speech
    return True


def reported_content(unit: Unit, cue: CueMatch, source_is_person: bool,
                     partials: frozenset[int] = frozenset()) -> tuple[Span, ...]:
    """The content spans of one reported-speech cue in a unit, or () if it reports nothing;
    ``partials``: the content starts of the unit's partial quotes, which the clause runs around."""
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
        before_end = tokens[src_first - 1].start
        pieces = clause_pieces(unit, unit.start, before_end, partials)
        if pieces is None:  # a direct quote before ", he said" is the quote's own row
            whole = _trim(unit, unit.start, before_end)
            pieces = (whole,) if whole else ()
        if ends_sentence or cue.kind is CueKind.ACCORDING_TO:  # "…, according to Nye and other analysts."
            return pieces
        if src_last + 1 < len(tokens) and tokens[src_last + 1].text == ",":
            # "…bargaining chips, experts said, especially ahead of …": both sides are the content
            after = _trim(unit, tokens[src_last + 1].end, _cut_at_mark(unit, tokens[src_last + 1].end, unit.end))
            return tuple(s for s in (*pieces, after) if s)
        return ()
    if cue.complement is None:
        return ()
    start = tokens[cue.complement].start
    pieces = clause_pieces(unit, start, unit.end, partials)
    if pieces is not None:
        return pieces
    content = _trim(unit, start, _cut_at_mark(unit, start, unit.end))
    return (content,) if content else ()


def add_reported(reading: Reading, unit: Unit, used: dict[int, int]) -> None:
    """Reported-speech rows of one unit; ``used`` maps a cue's first token to its utterance group
    (a cue that attributes a marked quote adds a clause to that quote's group)."""
    partials = _partial_drafts(reading, unit)
    starts = frozenset(partials)
    _add_learned(reading, unit, used, partials)
    for cue in reading.doc.cues[unit.index]:
        if cue.source is None:
            continue
        if cue.first in used and cue.complement is None and not starts:
            continue  # the cue only attributes a marked quote (a clause may run around a partial one)
        is_person = cue.source.kind in (MentionKind.PERSON, MentionKind.PRONOUN)
        spans = reported_content(unit, cue, is_person, starts)
        if not spans:
            continue
        if reading.covered(unit, spans):
            continue  # the learned stage has this clause already
        resolved = cue_speakers(reading.doc, reading.registry, unit, cue)
        if not resolved.speakers:
            continue
        draft = Draft(QuoteKind.INDIRECT, list(spans), unit, cue_record(reading.doc.text, unit, cue), resolved.speakers)
        draft.confidence = round(reading.settings.rules_reported * resolved.confidence, 2)
        # "China announced that its relationship … would have “no limits.”": the reported
        # clause and the marked words it runs into are one utterance
        draft.group = used.get(cue.first) or reading.new_group()
        _join_partial(draft, partials, reading.doc.text)
        used[cue.first] = draft.group
        reading.add(draft)
        reading.remember_speaker(resolved.speakers, unit)


def _partial_drafts(reading: Reading, unit: Unit) -> dict[int, Draft]:
    """The unit's marked quotes a reported clause may run around (partial and scare quotes), by content start."""
    return {d.spans[0].start: d for d in reading.drafts
            if d.unit.index == unit.index and d.kind in (QuoteKind.PARTIAL, QuoteKind.SCARE)}


def _join_partial(draft: Draft, partials: dict[int, Draft], text: str) -> None:
    """Pieces right beside a partial quote that the same cue attributes are that utterance's: its
    group and its speakers ("the club are still “in dialogue” with Rangers" is one thing John
    Williams said); a partial another cue attributes ("recalled Obama talking about “…”") is not."""
    gap = TRAILING + "".join(MARK_CHARS)
    for piece in draft.spans:
        for start, partial in sorted(partials.items()):
            end = partial.spans[0].end
            if partial.kind != QuoteKind.PARTIAL or not partial.speakers or not _same_cue(partial.cue, draft.cue):
                continue
            if (piece.end <= start and not text[piece.end:start].strip(gap)) or (
                    end <= piece.start and not text[end:piece.start].strip(gap)):
                draft.group, draft.speakers = partial.group, partial.speakers
                return


def _same_cue(a: Cue | None, b: Cue | None) -> bool:
    return a is not None and b is not None and a.span.start < b.span.end and b.span.start < a.span.end


def _add_learned(reading: Reading, unit: Unit, used: dict[int, int], partials: dict[int, Draft]) -> None:
    """Reported speech the model found: content outside quote marks, with its source."""
    starts = frozenset(partials)
    for found in reading.doc.learned[unit.index]:
        if not names_someone(found.source) or not found.content:
            continue
        if not clause_like(found.content, reading.settings.min_reported_words):
            continue
        content = _learned_pieces(unit, found.content, starts)
        if not content or reading.covered(unit, content):
            continue  # a marked quote of this attribution already has its row
        resolved = learned_speaker(reading, unit, found)
        draft = Draft(QuoteKind.INDIRECT, list(content), unit, learned_cue(reading, unit, found), resolved.speakers)
        draft.confidence = round(reading.settings.learned_reported * found.cue_probability * resolved.confidence, 2)
        first = found.cue_tokens[0]
        draft.group = used.get(first) or reading.new_group()
        _join_partial(draft, partials, reading.doc.text)
        used[first] = draft.group
        reading.add(draft)
        reading.remember_speaker(draft.speakers, unit)


def _learned_pieces(unit: Unit, content: tuple[Span, ...], partials: frozenset[int]) -> tuple[Span, ...]:
    """The model's content runs through partial quotes (PolNeAR's convention): the pieces around
    them; content holding a direct quote stays whole (that quote's row covers it)."""
    pieces: list[Span] = []
    for span in content:
        around = clause_pieces(unit, span.start, span.end, partials)
        if around is None or not any(span.start <= start < span.end for start in partials):
            pieces.append(span)
        else:
            pieces.extend(around)
    return tuple(pieces)
