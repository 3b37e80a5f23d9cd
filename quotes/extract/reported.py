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

from quotes.extract.cues import CueKind, CueMatch
from quotes.extract.drafts import Draft, Reading
from quotes.extract.learned import clause_like, learned_cue, learned_speaker, names_someone
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.types import MentionKind, QuoteKind, Span, Unit

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


def add_reported(reading: Reading, unit: Unit, used: dict[int, int]) -> None:
    """Reported-speech rows of one unit; ``used`` maps a cue's first token to its utterance group
    (a cue that attributes a marked quote adds a clause to that quote's group)."""
    _add_learned(reading, unit, used)
    for cue in reading.doc.cues[unit.index]:
        if cue.source is None:
            continue
        if cue.first in used and cue.complement is None:
            continue  # the cue only attributes a marked quote
        is_person = cue.source.kind in (MentionKind.PERSON, MentionKind.PRONOUN)
        spans = reported_content(unit, cue, is_person)
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
        used[cue.first] = draft.group
        reading.add(draft)
        reading.remember_speaker(resolved.speakers, unit)


def _add_learned(reading: Reading, unit: Unit, used: dict[int, int]) -> None:
    """Reported speech the model found: content outside quote marks, with its source."""
    for found in reading.doc.learned[unit.index]:
        if not names_someone(found.source) or not found.content:
            continue
        if reading.covered(unit, found.content):
            continue  # a marked quote of this attribution already has its row
        if not clause_like(found.content, reading.settings.min_reported_words):
            continue
        resolved = learned_speaker(reading, unit, found)
        draft = Draft(QuoteKind.INDIRECT, list(found.content), unit, learned_cue(reading, unit, found), resolved.speakers)
        draft.confidence = round(reading.settings.learned_reported * found.cue_probability * resolved.confidence, 2)
        first = found.cue_tokens[0]
        draft.group = used.get(first) or reading.new_group()
        used[first] = draft.group
        reading.add(draft)
        reading.remember_speaker(draft.speakers, unit)
