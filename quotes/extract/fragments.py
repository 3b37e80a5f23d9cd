"""Partial quotes the first reading took for scare quotes: a fragment in marks inside a clause that someone in
the sentence is reported to have said ("The select committee found that those responsible had been caught up in
the “general atmosphere of enthusiasm” surrounding the internet.").

A marked span is classified before the unit's reported speech is read (extract/attribution.py), so a fragment
whose cue only the reported-speech stage finds (a described subject, the model's clause) was left a scare
quote. Once the unit's clauses are known, ``speak_clause_scares`` gives such a fragment the clause's utterance.
A noun modifier ("the “one country, two systems” formula") and a name or title (every word capitalised) stay
scare quotes, as the gold has them.
"""

from __future__ import annotations

import re

from quotes import lexicons
from quotes.extract.attribution import is_noun_modifier, whole_after_colon
from quotes.extract.cues import CueMatch
from quotes.extract.drafts import Draft, Reading, Resolved
from quotes.extract.learned import learned_cue, learned_speaker, names_someone
from quotes.extract.reported import (
    TAIL_STOP,
    described_cue,
    description_speakers,
    found_clause_lemma,
    subject_phrase,
    with_governing_source,
)
from quotes.extract.sources import PREPOSITIONS
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.lexicons import CueType
from quotes.types import Cue, MarkedSpan, Mention, MentionKind, QuoteKind, Span, Unit

# participles that name a thing in the words of their agent ("branded a “disgraceful waste” by MPs", "dubbed the
# “Hanoi Hilton” by American servicemen", "called a “job killer” by Park")
NAMING_PARTICIPLES = frozenset({"called", "branded", "dubbed", "labelled", "labeled", "described", "termed", "hailed",
                                "derided", "denounced", "condemned", "criticised", "criticized", "praised", "slammed"})
# what may stand between the participle and the opening mark
NAMING_GAP = frozenset({"a", "an", "the", "as"})
# words that may follow an agent's name, ending it ("by MPs who …", "by Park and …")
AGENT_ENDS = frozenset({"and", "or", "but", "who", "which", "that", "when", "while", "as", "because", "after", "before"})
MAX_AGENT_WORDS = 5
AGENT_KINDS = frozenset({MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP, MentionKind.PLACE})
# what may stand between a reported clause's last piece and the opening mark it ran into
CLAUSE_TO_MARK = " \t\n"


def speak_clause_scares(reading: Reading, unit: Unit) -> None:
    """Each scare quote of the unit that a reported clause runs into (the clause's piece ends at its opening
    mark: "… had been caught up in the “general atmosphere of enthusiasm”") becomes a partial quote of that
    clause's utterance: its speakers, cue and group (the gold's convention: "Nye told VOA that … proves “there
    actually are limits …”" is an indirect piece and a partial, one group)."""
    drafts = _unit_drafts(reading, unit)
    clauses = [d for d in drafts if d.kind == QuoteKind.INDIRECT and d.speakers]
    for scare in drafts:
        if scare.kind != QuoteKind.SCARE or scare.speakers:
            continue
        span = next((q for q in unit.quotes if q.content.start == scare.spans[0].start), None)
        if span is None:
            continue
        if (agent := _passive_agent(reading, unit, span)) is not None:
            _speak(scare, *agent, reading.new_group())
            scare.notes.append("named by the agent of a passive naming verb")
            continue
        if (introduced := _described_colon(reading, unit, span)) is not None:
            _speak(scare, *introduced, reading.new_group())
            scare.kind = QuoteKind.DIRECT
            scare.notes.append("a whole quotation a described subject's cue introduces with a colon")
            continue
        if _stays_scare(unit, span):
            continue
        clause = next((d for d in clauses if _runs_into(reading.doc.text, d, span)), None)
        if clause is not None:
            _speak(scare, clause.speakers, clause.cue, clause.confidence, clause.group)
            scare.notes.append("inside a reported clause: that utterance's words")
        elif (described := _described_clause(reading, unit, span)) is not None:
            _speak(scare, *described, reading.new_group())
            scare.notes.append("inside the reported clause of a described subject")
        elif (governed := _governed_clause(reading, unit, span)) is not None:
            _speak(scare, *governed, reading.new_group())
            scare.notes.append("inside the clause of a participle or coordinated cue the model found")


def _unit_drafts(reading: Reading, unit: Unit) -> list[Draft]:
    """The drafts of the unit being read: the last ones added (no scan of the whole article's drafts)."""
    k = len(reading.drafts)
    while k > 0 and reading.drafts[k - 1].unit.index == unit.index:
        k -= 1
    return reading.drafts[k:]


def _speak(scare: Draft, speakers, cue: Cue | None, confidence: float, group: int) -> None:
    scare.kind, scare.speakers, scare.cue, scare.confidence, scare.group = QuoteKind.PARTIAL, speakers, cue, confidence, group


def _in_clause(unit: Unit, start: int, span: MarkedSpan, cue_firsts: set[int]) -> bool:
    """The words from a clause's ``start`` to the span's opening mark are one clause: no other cue, no writer's
    clause (", but", ", which", ";", a sentence end), no direct quote between and no colon before the mark."""
    opening = span.content.start - len(span.open_mark)
    if opening < start or TAIL_STOP.search(unit.text, start - unit.start, opening - unit.start):
        return False
    if unit.text[start - unit.start:opening - unit.start].rstrip().endswith(":"):
        return False  # "said before the meeting: “It is time …”": a colon introduces a whole quotation
    if any(start <= unit.tokens[k].start < opening for k in cue_firsts):
        return False
    return not any(start <= q.content.start < opening and q.content.text[:1].isupper() for q in unit.quotes)


def _described_colon(reading: Reading, unit: Unit, span: MarkedSpan) -> tuple | None:
    """"A spokesman at the club told the BBC: “We are happy with the result.”": a whole quotation after a colon
    that ends a reporting verb's words (its medium's too), the verb's subject a description the rules named no one
    in; the description resolved as a source."""
    before = unit.token_before(span.content.start - len(span.open_mark))
    if before is None or unit.tokens[before].text != ":" or not whole_after_colon(unit, span):
        return None
    for cue in reading.doc.cues[unit.index]:
        if cue.source is not None or cue.type is not CueType.SPEECH or cue.last + 1 != before:
            continue
        if (found := _described_speakers(reading, unit, cue, span)) is not None:
            return found
    return None


def _described_speakers(reading: Reading, unit: Unit, cue: CueMatch, span: MarkedSpan) -> tuple | None:
    """The speakers, cue record and confidence of a cue whose subject is a description (``described_cue``),
    resolved as a source of the span; None where the subject is no description or resolves to no one."""
    described = described_cue(unit, cue)
    if described is None or described.inverted:
        return None
    resolved = description_speakers(reading, unit, described, (span.content,))
    if not resolved.speakers:
        return None
    confidence = round(reading.settings.rules_reported * resolved.confidence, 2)
    return resolved.speakers, cue_record(reading.doc.text, unit, described), confidence


def _described_clause(reading: Reading, unit: Unit, span: MarkedSpan) -> tuple | None:
    """"The legal assistant said NBC was “sending the wrong message …”": a clause-taking verb whose subject is a
    description (reported.py's ``described_cue``) and whose clause holds the span; the description resolved as a
    source (the clause itself may be too short to be a row: "NBC was")."""
    cues = reading.doc.cues[unit.index]
    firsts = {c.first for c in cues}
    for cue in cues:
        if cue.source is not None or cue.complement is None:
            continue
        start = unit.tokens[cue.complement].start
        if not _in_clause(unit, start, span, firsts - {cue.first}):
            continue
        if (found := _described_speakers(reading, unit, cue, span)) is not None:
            return found
    return None


def _governed_clause(reading: Reading, unit: Unit, span: MarkedSpan) -> tuple | None:
    """"The data seller said the year had begun well, adding it expected “further gradual improvement”": the model's
    sure clause-taking cue without a source of its own (a participle, a coordinated verb), whose content holds the
    span, has the source of the clause it hangs on (reported.py's ``with_governing_source``)."""
    earlier = []
    for found in reading.doc.learned[unit.index]:
        governed = with_governing_source(unit, found, earlier)
        earlier.append(governed)
        if governed is found or not names_someone(governed.source) or found.cue_probability < reading.settings.sure_cue:
            continue
        if found_clause_lemma(found, unit) is None or not any(
                piece.start <= span.content.start and span.content.end <= piece.end for piece in found.content):
            continue
        resolved: Resolved = learned_speaker(reading, unit, governed)
        if resolved.speakers:
            confidence = round(reading.settings.learned_quote * resolved.confidence, 2)
            return resolved.speakers, learned_cue(reading, unit, found), confidence
    return None


def _stays_scare(unit: Unit, span: MarkedSpan) -> bool:
    """A noun modifier or a marked name or title is nobody's words, wherever it stands; a word in -ing after the
    marks is a participle the quoted noun phrase governs, no head noun ("caught up in the “general atmosphere of
    enthusiasm” surrounding the internet")."""
    if _title_words(span.content.text):
        return True
    after = unit.token_after(span.content.end + len(span.close_mark))
    participle = after is not None and unit.tokens[after].text.endswith("ing") and len(span.content.text.split()) > 1
    return is_noun_modifier(unit, span) and not participle


def _title_words(text: str) -> bool:
    """"the “Hanoi Hilton”", "the “Forum”": every word capitalised, no words said."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return bool(words) and all(w[:1].isupper() for w in words)


def _runs_into(text: str, clause: Draft, span: MarkedSpan) -> bool:
    """The clause's last piece ends where the span's opening mark begins (spaces between)."""
    opening = span.content.start - len(span.open_mark)
    end = clause.spans[-1].end
    return end <= opening and not text[end:opening].strip(CLAUSE_TO_MARK)


def _passive_agent(reading: Reading, unit: Unit, span: MarkedSpan) -> tuple | None:
    """"has been branded a “disgraceful waste” by MPs": a naming participle before the opening mark (an article or
    "as" between) and "by" right after the closing mark, then a named source: the agent's words, even a name
    ("dubbed the “Hanoi Hilton” by American servicemen"); or the agent first ("was described by Jobs as the “most
    important Mac”")."""
    tokens = unit.tokens
    found = _participle_and_by(unit, span)
    if found is None:
        return None
    verb, after = found
    agent = next((m for m in reading.doc.mentions[unit.index] if m.kind in AGENT_KINDS
                  and after < (m.first if m.extent_start is None else m.extent_start) <= after + 2), None)
    if agent is not None and _modifies_noun(tokens, agent.last):
        agent = None
    known = lexicons.reporting_verbs().get(tokens[verb].text.lower())
    lemma = known.lemma if known else tokens[verb].text.lower()
    if agent is not None:
        cue = CueMatch(tokens[verb].text, lemma, CueType.SPEECH, verb, verb, agent, (agent,))
        resolved = cue_speakers(reading.doc, reading.registry, unit, cue)
    else:  # "by councillors", "by foreign inmates held there": a described agent
        phrase = _agent_phrase(unit, after + 1)
        if phrase is None:
            return None
        cue = CueMatch(tokens[verb].text, lemma, CueType.SPEECH, verb, verb, phrase, (phrase,))
        resolved = description_speakers(reading, unit, cue, (span.content,))
    if not resolved.speakers:
        return None
    confidence = round(reading.settings.rules_reported * resolved.confidence, 2)
    return resolved.speakers, cue_record(reading.doc.text, unit, cue), confidence


def _participle_and_by(unit: Unit, span: MarkedSpan) -> tuple[int, int] | None:
    """The naming participle's token and its "by"'s, for a mark the passive names: "branded a “…” by MPs" (the
    participle before the mark, "by" right after it) or "described by Jobs as the “…”" ("by" and a short agent
    between the participle and the "as" before the mark); None otherwise."""
    tokens = unit.tokens
    after = unit.token_after(span.content.end + len(span.close_mark))
    before = unit.token_before(span.content.start - len(span.open_mark))
    if before is None:
        return None
    if after is not None and after + 1 < len(tokens) and tokens[after].text.lower() == "by":
        verb = before - 1 if tokens[before].text.lower() in NAMING_GAP else before
        return (verb, after) if verb >= 0 and tokens[verb].text.lower() in NAMING_PARTICIPLES else None
    as_at = before - 1 if tokens[before].text.lower() in ("a", "an", "the") else before
    if as_at < 3 or tokens[as_at].text.lower() != "as":
        return None
    for by in range(as_at - 2, max(as_at - 2 - MAX_AGENT_WORDS, 0), -1):
        if tokens[by].text.lower() == "by" and tokens[by - 1].text.lower() in NAMING_PARTICIPLES and all(
                unit.usable[by + 1 : as_at]):
            return by - 1, by
    return None


def _modifies_noun(tokens, last: int) -> bool:
    """"by American servicemen": the name found after "by" is a modifier of a noun, not the agent."""
    return last + 1 < len(tokens) and tokens[last + 1].text.isalpha() and tokens[last + 1].text.islower() \
        and tokens[last + 1].text not in PREPOSITIONS and tokens[last + 1].text not in AGENT_ENDS


def _agent_phrase(unit: Unit, first: int) -> Mention | None:
    """The noun phrase opening at ``first`` ("councillors", "passenger groups", "foreign inmates held there"): its
    words up to a preposition, a link or a participle after the head, when they can be a described subject."""
    tokens = unit.tokens
    last = first - 1
    while last + 1 < len(tokens) and last + 1 - first < MAX_AGENT_WORDS and tokens[last + 1].text[:1].isalnum() \
            and tokens[last + 1].text.lower() not in PREPOSITIONS and tokens[last + 1].text.lower() not in AGENT_ENDS \
            and not (last >= first and tokens[last + 1].text.islower() and tokens[last + 1].text.endswith(("ed", "ing"))):
        last += 1
    if last < first or not subject_phrase([t.text for t in tokens[first:last + 1]]):
        return None
    text = unit.text[tokens[first].start - unit.start:tokens[last].end - unit.start]
    span = Span(tokens[first].start, tokens[last].end, text)
    return Mention(MentionKind.GROUP, span, span.text, first, last)
