"""Attributions the page's layout makes rather than a reporting verb.

A tagline after a quotation ("“…” ― Sonya Herridge"), a transcript turn's label ("“PENCE: Well,
look, …”") and a headline led by a name and a colon ("Rush Limbaugh: Hillary … ‘Reeks of Fear’")
each attribute the quotation whatever the words inside say; the pipeline asks here first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes.extract.coref import speaker_for
from quotes.extract.drafts import Reading
from quotes.extract.marks import TURN_LABEL
from quotes.types import Cue, MarkedSpan, MentionKind, QuoteKind, Span, Speaker, SpeakerType, Unit


@dataclass(frozen=True)
class LayoutAttribution:
    """A quotation attributed by the page's layout: its kind, the mark that cues it, its speaker."""

    kind: QuoteKind
    cue: Cue
    speaker: Speaker
    confidence: float


def layout_attribution(reading: Reading, unit: Unit, span: MarkedSpan, heading: bool) -> LayoutAttribution | None:
    """A tagline or a transcript turn makes a direct quote; a headline's lead a partial one."""
    found = _tagline(reading, unit, span) or _transcript_turn(reading, span)
    if found is not None:
        return LayoutAttribution(QuoteKind.DIRECT, found.cue, found.speaker, reading.settings.layout_direct)
    found = _headline_source(reading, unit, span) if heading else None
    if found is None:
        return None
    return LayoutAttribution(QuoteKind.PARTIAL, found.cue, found.speaker, reading.settings.headline_lead)


@dataclass(frozen=True)
class _Label:
    """What a layout shows: the mark that cues the quotation (a dash, a colon) and whose it is."""

    cue: Cue
    speaker: Speaker


def _tagline(reading: Reading, unit: Unit, span: MarkedSpan) -> _Label | None:
    """"“…” ― Sonya Herridge": a quotation whose line ends in a dash and a name (vox pops,
    epigraphs, readers' letters) is that person's, whatever the words inside say."""
    if not span.close_mark:
        return None
    text, para = reading.doc.text, reading.doc.paragraphs[unit.paragraph]
    start = span.content.end + len(span.close_mark)
    line_end = text.find("\n", start, para.end)
    found = _TAGLINE.match(text, start, para.end if line_end == -1 else line_end)
    if found is None:
        return None
    dash = Span.of(text, found.start("dash"), found.end("dash"))
    name = Span.of(text, found.start("name"), found.end("name"))
    for other in reading.doc.paragraph_units(unit.paragraph):
        for m in reading.doc.mentions[other.index]:  # the whole name a mention: a first name alone may match someone else
            if m.kind == MentionKind.PERSON and m.span.start == name.start and m.span.end >= name.end - 1:
                return _Label(Cue(dash.text, dash.text, dash), speaker_for(m, reading.registry, unit.paragraph, unit.index).speaker)
    words = name.text.split()
    kind = SpeakerType.PERSON if len(words) >= 2 else SpeakerType.UNKNOWN
    return _Label(Cue(dash.text, dash.text, dash), Speaker(name.text, kind, name))


def _transcript_turn(reading: Reading, span: MarkedSpan) -> _Label | None:
    """"“PENCE: Well, look, …”": a quoted transcript turn opens with its speaker's label in
    capitals; the label is that speaker when the article names someone so in full."""
    found = TURN_LABEL.match(span.content.text)
    if found is None:
        return None
    words = found.group("label").split()
    entity = reading.registry.person_called([w.title() for w in words])
    if entity is None:
        return None
    start = span.content.start + found.start("label")
    label = Span.of(reading.doc.text, start, start + len(found.group("label")))
    colon = Span.of(reading.doc.text, label.end, label.end + 1)
    return _Label(Cue(":", ":", colon), Speaker(entity.name, entity.type, label, entity.role, entity.affiliation))


def _headline_source(reading: Reading, unit: Unit, span: MarkedSpan) -> _Label | None:
    """"Rush Limbaugh: Hillary … ‘Reeks of Fear’": a headline led by a name and a colon gives
    the quoted words to the person the body names in full (else to the name as written)."""
    text, para = reading.doc.text, reading.doc.paragraphs[unit.paragraph]
    found = _HEADLINE_LEAD.match(text, para.start, span.content.start)
    if found is None:
        return None
    name = Span.of(text, found.start("name"), found.end("name"))
    colon = Span.of(text, found.start("colon"), found.end("colon"))
    cue = Cue(":", ":", colon)
    words = name.text.split()
    entity = reading.registry.person_called(words)
    if entity is not None:
        return _Label(cue, Speaker(entity.name, entity.type, name, entity.role, entity.affiliation))
    for org in reading.registry.orgs:
        if org.name == name.text or name.text in org.aliases:
            return _Label(cue, Speaker(org.name, org.type, name))
    return None  # a lead nobody in the body answers to ("Exclusive:", "Watch:") names no one



# a headline led by one to four capitalised words and a colon: "Pat Caddell: Democrat Voters …"
_HEADLINE_LEAD = re.compile(r"\s*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})(?P<colon>:)[^\S\n]")

# a dash and a name closing a quotation's paragraph, perhaps with a short description after a comma
_NAME_WORD = r"(?:[A-Z][\w.’'-]*|de|del|der|da|van|von|bin|al|la|le)"
_TAGLINE = re.compile(
    r"[.,]?[^\S\n]*(?P<dash>―|—|–|--)[^\S\n]*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+" + _NAME_WORD + r"){0,4})"
    r"[^\S\n]*(?:[,(][^\n“”\"]{0,80})?[.)]?\s*$"
)
