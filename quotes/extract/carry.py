"""Speakers carried over between quotes: a quotation no cue attributes.

A quotation that opens its own paragraph after "Caddell continued:" is Caddell's (``lead_in``);
one with no cue right after another speaker's quote continues that speaker (GGT's floating
quotes: same paragraph, a paragraph that is all quotation, or the next paragraph of a quote left
open); else it is nobody's, with a low confidence. ``join_multi_paragraph`` gives the pieces of a
quote over several paragraphs one speaker once the whole article is read.
"""

from __future__ import annotations

from quotes.extract.drafts import Attributed, Draft, Reading
from quotes.extract.learned import learned_cue, learned_speaker, names_someone
from quotes.extract.marks import OPENERS, STRAIGHT, opens_with_mark
from quotes.extract.speakers import cue_record, cue_speakers
from quotes.types import QuoteKind, Span, Unit


def carry_over(reading: Reading, draft: Draft) -> None:
    """Attribute a quote with no cue: by the paragraph before's lead-in, else as the previous
    quote's continuation, else to no one."""
    unit, settings = draft.unit, reading.settings
    lead = lead_in(reading, unit, draft.spans[0])
    if lead is not None:
        draft.cue, draft.speakers = lead.cue, lead.speakers
        draft.confidence = round(settings.lead_in * lead.confidence, 2)
        draft.group = reading.new_group()
        draft.notes.append("introduced by the paragraph before (\"… said:\")")
        reading.remember_speaker(draft.speakers, unit)
        return
    prev = reading.last_spoken()
    close = prev is not None and unit.paragraph - prev.unit.paragraph <= 1 and prev.speakers
    if close and (prev.unit.paragraph == unit.paragraph or draft.continues_previous or _paragraph_is_quote(reading, unit)):
        draft.speakers = prev.speakers
        draft.cue = prev.cue  # the same "said" governs the continuation
        draft.group = prev.group
        draft.confidence = round(min(prev.confidence, settings.continued_cap) * settings.continued, 2)
        draft.notes.append("speaker continued from the previous quote")
    else:
        draft.confidence = settings.unattributed
        draft.group = reading.new_group()
        draft.notes.append("no attribution found")


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
    if not last:
        return None
    lead = last[-1]
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
    """Pieces of one quote over several paragraphs share the attributed piece's speaker."""
    for i, draft in enumerate(drafts):
        if not draft.continues_previous:
            continue
        prev = next((d for d in reversed(drafts[:i]) if d.kind != QuoteKind.INDIRECT), None)
        if prev is None:
            continue
        if not prev.speakers and draft.speakers:
            prev.speakers, prev.cue, prev.kind = draft.speakers, draft.cue, QuoteKind.DIRECT
            prev.confidence = draft.confidence
        elif prev.speakers and not draft.speakers:
            draft.speakers, draft.kind = prev.speakers, QuoteKind.DIRECT
            draft.confidence = prev.confidence
        draft.group = prev.group
