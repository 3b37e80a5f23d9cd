"""Speakers carried over between quotes: a quotation no cue attributes.

A quotation that opens its own paragraph after "Caddell continued:" is Caddell's (``lead_in``);
one with no cue right after another speaker's quote continues that speaker (GGT's floating
quotes: same paragraph, a paragraph that is all quotation, or the next paragraph of a quote left
open, or a piece reopened after a sentence end); else it is nobody's, with a low confidence.
``join_multi_paragraph`` gives the pieces of a quote (over several paragraphs, or reopened inside
one) one speaker and one group once the whole article is read.
"""

from __future__ import annotations

from itertools import takewhile

from quotes import lexicons
from quotes.extract.drafts import Attributed, Draft, Reading
from quotes.extract.learned import learned_cue, learned_speaker, names_someone
from quotes.extract.marks import OPENERS, STRAIGHT, opens_with_mark
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.types import QuoteKind, Span, Unit


def carry_over(reading: Reading, draft: Draft) -> None:
    """Attribute a quote with no cue: by the paragraph before's lead-in, else by a paraphrase in the
    sentence before, else as the previous quote's continuation, else to no one."""
    unit, settings = draft.unit, reading.settings
    lead = lead_in(reading, unit, draft.spans[0])
    if lead is not None:
        _take(reading, draft, lead, settings.lead_in, "introduced by the paragraph before (\"… said:\")")
        return
    prev = reading.last_spoken()
    paraphrase = None if prev is not None and prev.unit.index >= unit.index - 1 else reported_before(reading, unit, draft.spans[0])
    if paraphrase is not None:
        _take(reading, draft, paraphrase, settings.continued, "the words of the paraphrase before it (\"X warned that …. “…”\")")
        return
    close = prev is not None and unit.paragraph - prev.unit.paragraph <= 1 and prev.speakers
    if close and (prev.unit.paragraph == unit.paragraph or draft.continues_previous or _paragraph_is_quote(reading, unit)):
        draft.speakers = prev.speakers
        draft.cue = prev.cue  # the same "said" governs the continuation
        draft.group = prev.group
        draft.confidence = round(min(prev.confidence, settings.continued_cap) * settings.continued, 2)
        draft.carried = True
        draft.notes.append("speaker continued from the previous quote")
    else:
        draft.confidence = settings.unattributed
        draft.group = reading.new_group()
        draft.notes.append("no attribution found")


def _take(reading: Reading, draft: Draft, found: Attributed, factor: float, note: str) -> None:
    """Give the draft the cue and speakers another sentence's attribution names, as a new utterance."""
    draft.cue, draft.speakers = found.cue, found.speakers
    draft.confidence = round(factor * found.confidence, 2)
    draft.group = reading.new_group()
    draft.notes.append(note)
    reading.remember_speaker(draft.speakers, draft.unit)


def lead_in(reading: Reading, unit: Unit, content: Span) -> Attributed | None:
    """"Caddell continued:" closing the paragraph before a quotation that opens its own
    paragraph: that cue and its source attribute the quotation (confidence: the speakers' factor)."""
    doc = reading.doc
    para = doc.paragraphs[unit.paragraph]
    if doc.text[para.start:content.start].strip() not in ("", *OPENERS, *STRAIGHT, "”"):
        return None
    before = unit.paragraph - 1
    while before >= 0 and not doc.paragraphs[before].text.strip():
        before -= 1
    if before < 0 or not doc.paragraphs[before].text.rstrip().endswith(":"):
        return None
    last = doc.paragraph_units(before)
    return _attributed_by(reading, last[-1]) if last else None


def reported_before(reading: Reading, unit: Unit, content: Span) -> Attributed | None:
    """"Mrs Robinson warned that a lack of action could lead to further action. “If the government …”":
    a quotation opening a sentence with no cue, right after a sentence of its own paragraph that holds
    no quotation and reports someone's speech, gives that someone's own words (news copy paraphrases,
    then quotes); none when a quotation came between (the continuation rule decides)."""
    doc = reading.doc
    if unit.index == 0 or doc.text[unit.start:content.start].strip() not in ("", *OPENERS, *STRAIGHT):
        return None
    lead = doc.units[unit.index - 1]
    if lead.paragraph != unit.paragraph or lead.quotes:
        return None
    return _attributed_by(reading, lead)


def _attributed_by(reading: Reading, lead: Unit) -> Attributed | None:
    """The cue and speakers a sentence's own attribution gives: the rules' cue with a source, else
    the learned stage's source that names someone."""
    doc = reading.doc
    with_source = [c for c in doc.cues[lead.index] if c.source is not None]
    if with_source:
        resolved = cue_speakers(doc, reading.registry, lead, with_source[-1])
        if resolved.speakers:
            return Attributed(cue_record(doc.text, lead, with_source[-1]), resolved.speakers, resolved.confidence)
    for found in doc.learned[lead.index]:
        if names_someone(found.source):
            resolved = learned_speaker(reading, lead, found)
            return Attributed(learned_cue(reading, lead, found), resolved.speakers,
                              resolved.confidence * found.cue_probability)
    return None


def _paragraph_is_quote(reading: Reading, unit: Unit) -> bool:
    para = reading.doc.paragraphs[unit.paragraph]
    return opens_with_mark(reading.doc.text, para.start, para.end)


def join_multi_paragraph(drafts: list[Draft]) -> None:
    """The pieces of one quote (over several paragraphs, or reopened after a sentence end inside one,
    see marks.py) are one utterance: a piece with no cue of its own takes the speaker of the next piece
    that has one ("A. "B. "C," said Poll: all Poll's), else that of the piece before; the pieces of one
    speaker share a group. Two pieces whose own cues name different people stay two quotes (a closing
    mark left out)."""
    links = [(prev, draft) for i, draft in enumerate(drafts) if draft.continues_previous
             for prev in (_previous_piece(drafts, i),) if prev is not None]
    for prev, draft in links:
        if prev.speakers and not draft.speakers:
            draft.speakers, draft.kind = prev.speakers, QuoteKind.DIRECT
            draft.confidence, draft.carried = prev.confidence, True
    sure = {id(d) for d in drafts if d.speakers and not d.carried}  # a cue of its own, or a later piece's
    for prev, draft in reversed(links):
        if id(draft) in sure and id(prev) not in sure and _names(prev) != _names(draft):
            prev.speakers, prev.cue, prev.kind = draft.speakers, draft.cue, QuoteKind.DIRECT
            prev.confidence = draft.confidence
            prev.notes.append("speaker of the quote's later piece")
            sure.add(id(prev))
        elif id(draft) in sure and id(prev) not in sure:
            sure.add(id(prev))
    for prev, draft in links:
        if _names(prev) == _names(draft) or not (prev.speakers and draft.speakers):
            draft.group = prev.group


def _names(draft: Draft) -> tuple[str, ...]:
    return tuple(s.name for s in draft.speakers)


def _previous_piece(drafts: list[Draft], i: int) -> Draft | None:
    """The piece a continuing piece follows: the latest quote before it, not reported speech and not a
    term quoted inside a quote (its row comes after the quote holding it)."""
    for j in range(i - 1, -1, -1):
        d = drafts[j]
        if d.kind != QuoteKind.INDIRECT and not _held(drafts, j):
            return d
    return None


def _held(drafts: list[Draft], j: int) -> bool:
    """Whether an earlier draft of the same unit (where the pipeline adds the quote before the terms
    quoted inside it) holds drafts[j]'s span."""
    inner = drafts[j]
    for outer in takewhile(lambda d: d.unit.index == inner.unit.index, reversed(drafts[:j])):
        if outer.spans[0].start < inner.spans[0].start and inner.spans[-1].end <= outer.spans[-1].end:
            return True
    return False


FIRST_PERSON = frozenset({"i", "we"})
NESTED_CUE_REACH = 4  # tokens between a first-person cue and the inner quote's mark ("I asked Henry ‘…’")


def nested_speaker(reading: Reading, unit: Unit, inner: Span) -> Draft | None:
    """The quote a quotation nested in it is spoken by, when the speaker reports their own words inside
    it: "“I asked Henry ‘do you want a wall?’ … I said ‘yes’,” said Poll" (the words are Poll's).
    Another person's words inside a quote ("He said ‘can I take it?’") are left alone."""
    outer = next((d for d in reversed(reading.drafts) if d.speakers and d.kind != QuoteKind.SCARE
                  and any(s.start <= inner.start < s.end for s in d.spans)), None)
    if outer is None:
        return None
    before = [t for t in unit.tokens if outer.spans[0].start <= t.start and t.end <= inner.start - 1]
    before = [t for t in before if t.text not in (",", ":")][-(NESTED_CUE_REACH + 1):]
    verbs = lexicons.reporting_verbs()
    for k in range(len(before) - 1, 0, -1):
        if before[k].text.lower() in verbs and before[k - 1].text.lower() in FIRST_PERSON:
            return outer
    return None
