"""From article text to attributed quotes: the order of the stages.

``read_document`` (extract/document.py) reads the article once: paragraphs, quote marks, stanza's
sentences, units, mentions, cues and the learned tagger's attributions. Then, unit by unit, each
marked span is attributed, in this order of asking:

1. the page's layout (extract/layout.py: a tagline, a transcript turn, a headline's lead);
2. the learned stage (extract/learned.py), when it found the span inside an attribution with a
   source and the rules did not find the cue right beside the quote (``_prefer_learned``);
3. a scare quote stays nobody's words;
4. the rules' cue (extract/attribution.py chooses it, extract/speakers.py names its speakers);
5. carry-over from the paragraph before or the previous quote (extract/carry.py).

Then the unit's reported speech (extract/reported.py) and its people (for the next units' "he").
After the last unit the pieces of multi-paragraph quotes are joined and the drafts frozen into
``Quote``s, each cue keeping the negation the article writes on it (extract/polarity.py: "did not say"),
each speaker given the employer its role names by reference (extract/capacity.py: "a
company spokesperson") and, last, the party the article places a politician in away from the quote
(extract/parties.py: "… Michael Howard pledged. The Tory leader argued …"). Every number the stages use is a field of ``ExtractSettings`` (extract/settings.py).
"""

from __future__ import annotations

import os
from typing import NamedTuple

from quotes import lexicons, naming
from quotes.extract import attribution
from quotes.extract.attribution import Choice, ChosenBy
from quotes.extract.capacity import by_reference, shared_affiliations, shared_roles
from quotes.extract.carry import carry_over, join_multi_paragraph, nested_speaker
from quotes.extract.definite_names import definite_names
from quotes.extract.document import ArticleDoc, read_document
from quotes.extract.drafts import Draft, Reading
from quotes.extract.fragments import speak_clause_scares
from quotes.extract.full_names import full_names, spelled_out
from quotes.extract.kinds import kind_referents
from quotes.extract.layout import layout_attribution
from quotes.extract.learned import learned_cue, learned_for, learned_speaker, names_someone
from quotes.extract.links import linked_employers
from quotes.extract.marks import Marks, find_marks  # noqa: F401  (re-exported: find_marks lived here)
from quotes.extract.nested import add_nested, other_voice
from quotes.extract.parties import lend_parties
from quotes.extract.polarity import negated
from quotes.extract.reported import add_reported
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.extract.speakers import cue_record, cue_speakers, main_cue, note_people, register_people
from quotes.extract.stated_roles import stated_roles
from quotes.learn.tagger import AttributionTagger, FoundAttribution
from quotes.types import MarkedSpan, MentionKind, Quote, QuoteKind, Sentence, Span, Unit


class ArticleQuotes(NamedTuple):
    """One article's quotes, in text order, and the warnings raised while reading it."""

    quotes: list[Quote]
    warnings: tuple[str, ...]


def extract_article(
    text: str,
    doc_id: str = "article",
    *,
    sentences: list[Sentence] | None = None,
    models_dir: str | os.PathLike | None = None,
    settings: ExtractSettings = DEFAULT_SETTINGS,
    tagger: AttributionTagger | None = None,
) -> ArticleQuotes:
    """Quotes of one article and the warnings raised while reading it."""
    doc = read_document(text, doc_id, sentences=sentences, models_dir=models_dir, tagger=tagger, settings=settings)
    return ArticleQuotes(attribute(doc, settings), doc.warnings)


def attribute(doc: ArticleDoc, settings: ExtractSettings = DEFAULT_SETTINGS) -> list[Quote]:
    """Every quote of a read article, attributed, in text order."""
    reading = Reading(doc, settings)
    register_people(doc, reading.registry)  # coref's first pass: every full name before any "he"
    for unit in doc.units:
        _read_unit(reading, unit)
    join_multi_paragraph(reading.drafts)
    return _freeze(reading)


def _read_unit(reading: Reading, unit: Unit) -> None:
    heading = reading.doc.is_heading(unit)
    used: dict[int, int] = {}  # cue token index -> utterance group
    for span in unit.quotes:
        _attribute(reading, unit, span, heading, used)
    for span in reading.doc.marks.nested:
        if unit.start <= span.content.start < unit.end:
            _nested(reading, unit, span)
    if not heading:
        add_reported(reading, unit, used)
        speak_clause_scares(reading, unit)  # a fragment a reported clause runs into is its speaker's
        add_nested(reading, unit)
        note_people(reading.registry, unit, reading.doc.mentions[unit.index])  # a Title Case headline's capitalised run is no one's name


def _attribute(reading: Reading, unit: Unit, span: MarkedSpan, heading: bool, used: dict[int, int]) -> None:
    """One marked span: its kind, and who said it (the order of asking is the module's)."""
    settings = reading.settings
    choice = attribution.choose_cue(unit, span, reading.doc.cues[unit.index])
    kind = attribution.classify(unit, span, choice, heading)
    draft = Draft(kind, [span.content], unit, continues_previous=span.content.start in reading.doc.marks.continued)
    if span.close_mark == "" and span.content.end in reading.doc.marks.cut:
        draft.notes.append("ended by a mark reopening the quote after a sentence end (paragraphs run together)")
    elif span.close_mark == "":
        draft.notes.append("no closing mark in this paragraph")
    frame = layout_attribution(reading, unit, span, heading)
    if frame is not None:
        draft.kind, draft.cue, draft.confidence = frame.kind, frame.cue, frame.confidence
        draft.speakers, draft.group = (frame.speaker,), reading.new_group()
        if draft.kind == QuoteKind.DIRECT:  # a headline's lead does not make its person the one speaking next
            reading.remember_speaker(draft.speakers, unit)
        reading.add(draft)
        return
    learned = learned_for(reading, unit, span.content)
    if learned is not None and kind == QuoteKind.SCARE and learned.cue_probability < settings.sure_cue:
        learned = None  # only a sure cue makes a quoted term someone's words ("She read “War and Peace”")
    if learned is not None and (_prefer_learned(choice, kind) or _source_modifies_role(unit, choice, learned)):
        # the model found this quote inside an attribution with a source: someone's words,
        # a partial quote where the rules took a fragment for a scare quote
        draft.kind = attribution.learned_kind(unit, span) if kind == QuoteKind.SCARE else kind
        _by_learned(reading, draft, learned, used)
    elif kind == QuoteKind.SCARE:
        draft.confidence = settings.scare_sure if heading or attribution.is_noun_modifier(unit, span) else settings.scare
        draft.group = reading.new_group()
    elif choice.cue is not None:
        _by_rules(reading, draft, choice, used)
    elif (beside := _learned_beside(reading, unit, span)) is not None:
        _by_learned(reading, draft, beside, used)
    else:
        carry_over(reading, draft)
    reading.add(draft)


def _prefer_learned(choice: Choice, kind: QuoteKind) -> bool:
    """The model decides unless the rules found the cue right beside the quote ("“…,” Nye
    said"), the one frame they never get wrong (on the seeds the model misread 4 such quotes)."""
    if choice.cue is None or kind == QuoteKind.SCARE:
        return True
    return choice.how not in (ChosenBy.AFTER, ChosenBy.BEFORE) or choice.cue.source is None


def _source_modifies_role(unit: Unit, choice: Choice, found: FoundAttribution) -> bool:
    """"“…,” said the Lions coach", "said the Newcastle coach": the name the rules took for the source
    only modifies the role noun after it, which the learned source holds too; the phrase is a description
    of someone (learned.learned_speaker names whom), never the team or person the name is."""
    source = choice.cue.source if choice.cue is not None else None
    if source is None or source.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION) or found.source is None \
            or source.last + 1 >= len(unit.tokens):
        return False
    noun = unit.tokens[source.last + 1]
    if not noun.text.islower() or not (noun.text in lexicons.role_nouns() or naming.person_noun(noun.text)):
        return False
    return found.source.start <= unit.tokens[source.first].start and noun.end <= found.source.end


def _learned_beside(reading: Reading, unit: Unit, span: MarkedSpan) -> FoundAttribution | None:
    """"“…,” Morquendi's message read", "“…,” the sign read": a reporting verb right beside the quote
    whose subject the rules found no name in (a document, a description), and which the model took
    for a cue with a source (its content may miss the quote): that source speaks, not the speaker
    before (carry-over)."""
    sourceless = {c.first for c in reading.doc.cues[unit.index] if c.source is None}
    for found in reading.doc.learned[unit.index]:
        if found.cue_tokens[0] not in sourceless or not names_someone(found.source):
            continue
        source_tokens = {k for k, t in enumerate(unit.tokens) if found.source.start <= t.start < found.source.end}
        if attribution.cue_beside(unit, span, found.cue_tokens[0], found.cue_tokens[-1], source_tokens):
            return found
    return None


def _by_rules(reading: Reading, draft: Draft, choice: Choice, used: dict[int, int]) -> None:
    unit = draft.unit
    choice = main_cue(choice, reading.doc.cues[unit.index])
    resolved = cue_speakers(reading.doc, reading.registry, unit, choice.cue)
    draft.cue = cue_record(reading.doc.text, unit, choice.cue)
    draft.speakers = resolved.speakers
    draft.confidence = round(reading.settings.by_choice(choice.how) * resolved.confidence, 2)
    draft.group = _group_of(reading, choice.cue.first, used)
    reading.remember_speaker(resolved.speakers, unit)


def _by_learned(reading: Reading, draft: Draft, found: FoundAttribution, used: dict[int, int]) -> None:
    unit = draft.unit
    resolved = learned_speaker(reading, unit, found)
    draft.speakers = resolved.speakers
    draft.cue = learned_cue(reading, unit, found)
    draft.confidence = round(reading.settings.learned_quote * resolved.confidence, 2)
    draft.group = _group_of(reading, found.cue_tokens[0], used)
    reading.remember_speaker(draft.speakers, unit)


def _group_of(reading: Reading, cue_first: int, used: dict[int, int]) -> int:
    """A split quote's pieces share their cue, and so one utterance group."""
    if cue_first not in used:
        used[cue_first] = reading.new_group()
    return used[cue_first]


def _nested(reading: Reading, unit: Unit, span: MarkedSpan) -> None:
    """A short term quoted inside a quote is the speaker's scare quote: a row of its own."""
    if len(span.content.text.split()) > reading.settings.nested_scare_words:
        return  # a quotation inside a quotation belongs to the outer speaker's words
    outer = nested_speaker(reading, unit, span.content)
    if outer is not None:  # "I asked him ‘…’": the outer speaker reports their own words
        draft = Draft(QuoteKind.DIRECT, [span.content], unit, cue=outer.cue, speakers=outer.speakers,
                      confidence=round(outer.confidence * reading.settings.nested_own_words, 2), group=reading.new_group())
        draft.notes.append("the speaker's own words, quoted inside their quote")
        reading.add(draft)
        return
    holder = next((s for d in reversed(reading.drafts) if d.kind != QuoteKind.SCARE for s in d.spans
                   if s.start <= span.content.start < s.end), None)
    voice = other_voice(reading, unit, holder, span) if holder is not None else None
    if voice is not None:  # "“… He said ‘can I take it please?’ …”": the words of the one the outer speaker reports
        draft = Draft(QuoteKind.DIRECT, [span.content], unit, cue=voice.cue, speakers=voice.speakers,
                      group=reading.new_group(), confidence=round(voice.confidence * reading.settings.nested_other_voice, 2))
        draft.notes.append("another's words, quoted inside a quote")
        draft.inner = True
        reading.add(draft)
        return
    draft = Draft(QuoteKind.SCARE, [span.content], unit, confidence=reading.settings.nested_scare, group=reading.new_group())
    draft.notes.append("quoted inside another quote")
    reading.add(draft)


def _freeze(reading: Reading) -> list[Quote]:
    """The drafts as Quotes in text order, numbered, their groups renumbered in order of appearance."""
    quotes, group_ids = [], {}
    text, doc_id = reading.doc.text, reading.doc.doc_id
    for n, draft in enumerate(sorted(reading.drafts, key=lambda d: d.spans[0].start), 1):
        group_ids.setdefault(draft.group, len(group_ids) + 1)
        scare = draft.kind == QuoteKind.SCARE  # a scare quote is nobody's words, whatever was found
        quotes.append(Quote(
            id=f"q{n}",
            doc_id=doc_id,
            kind=draft.kind,
            spans=tuple(draft.spans),
            sentence=Span.of(text, draft.unit.start, draft.unit.end),
            cue=None if scare else negated(text, draft.cue, draft.unit.start),
            speakers=() if scare else tuple(by_reference(reading.doc, draft.unit, s, reading.settings) for s in draft.speakers),
            confidence=draft.confidence,
            group_id=f"g{group_ids[draft.group]}",
            notes=tuple(draft.notes),
        ))
    linked = linked_employers(reading.doc, shared_affiliations(stated_roles(reading.doc, shared_roles(quotes))))
    named = full_names(reading.doc, lend_parties(reading.doc, reading.registry, kind_referents(reading.doc, linked)))
    return definite_names(reading.doc, spelled_out(reading.doc, named))
