"""From article text to attributed quotes: the stages wired together.

paragraphs -> marks -> stanza sentences -> units -> mentions (sources)
-> entities (coref, first pass) -> cues -> attribution and kinds -> reported
speech -> Quote records.
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field, replace

from quotes import lexicons, nlp
from quotes.extract import attribution, reported
from quotes.extract.attribution import ChosenBy
from quotes.extract.coref import MEDIA_HEADS, ORG_HEADS, Registry, speaker_for
from quotes.extract.cues import CueKind, CueMatch, find_cues
from quotes.extract.marks import OPENERS, STRAIGHT, Marks, find_marks, opens_with_mark  # noqa: F401  (re-exported)
from quotes.extract.paragraphs import is_heading, split_paragraphs
from quotes.extract.sources import (
    PREPOSITIONS,
    Mention,
    MentionKind,
    describe,
    find_mentions,
    modifies_noun,
    relative_head,
)
from quotes.extract.units import Unit, build_units
from quotes.learn.tagger import AttributionTagger, FoundAttribution, default_tagger
from quotes.types import Cue, MarkedSpan, Paragraph, Quote, QuoteKind, Sentence, Span, Speaker, SpeakerType

# the learned stage can be switched off to measure what it costs (bench/bench_extract.py) or adds
LEARNED_STAGE = {"on": True}
SURE_CUE = 0.5  # the cue tagger's probability above which a learned cue may overrule the rules' scare quote (dev: 0.5 keeps 22 more right speakers than 0.9)

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
MIN_REPORTED_WORDS = 4  # reported content shorter than this is a non-speech cue's object ("his arrest"), not what was said


# how sure an attribution is, by how its cue was found: adjacent cues are the surest (before the speaker factor)
CONFIDENCE_BY_CHOICE = {ChosenBy.AFTER: 0.95, ChosenBy.BEFORE: 0.9, ChosenBy.COMPLEMENT: 0.85, ChosenBy.NEAREST: 0.6}


@dataclass
class _Draft:
    """A quote while the article is being read; frozen into a Quote at the end."""

    kind: QuoteKind
    spans: list[Span]
    unit: Unit
    cue: Cue | None = None
    speakers: tuple[Speaker, ...] = ()
    confidence: float = 0.0
    group: int = -1
    notes: list[str] = field(default_factory=list)
    continues_previous: bool = False  # a multi-paragraph quote's later paragraph


_NOT_SPACE = re.compile(r"\S")


def _masked(text: str, paragraphs: list[Paragraph]) -> str:
    """The text with boilerplate blanked out, so stanza skips it and offsets stay put."""
    pieces, done = [], 0  # slices, not a list of characters: a 30 MB text would take 240 MB
    for para in paragraphs:
        if para.boilerplate:
            pieces.append(text[done:para.start])
            pieces.append(_NOT_SPACE.sub(" ", text[para.start:para.end]))
            done = para.end
    pieces.append(text[done:])
    return "".join(pieces)


class ArticleReader:
    """Reads one article: holds the per-article state the stages share."""

    def __init__(self, text: str, doc_id: str, sentences: list[Sentence] | None, models_dir=None,
                 tagger: AttributionTagger | None = None):
        self.text = text
        self.doc_id = doc_id
        self.paragraphs = split_paragraphs(text)
        self.marks = find_marks(text, self.paragraphs)
        if sentences is None:
            sentences = nlp.split_sentences(_masked(text, self.paragraphs), models_dir)
        self.units = build_units(text, self.paragraphs, sentences, self.marks.by_paragraph)
        self.mentions = [find_mentions(text, u.tokens, list(u.usable)) for u in self.units]
        self._unit_paragraphs = [u.paragraph for u in self.units]
        self.learned: dict[int, list[FoundAttribution]] = {}
        tagger = tagger or (default_tagger() if LEARNED_STAGE["on"] else None)
        for found in tagger.find(text, self.units, self.mentions) if tagger else ():
            self.learned.setdefault(found.sentence, []).append(found)
        self.registry = Registry(text)
        self.drafts: list[_Draft] = []
        self._groups = 0

    def read(self) -> list[Quote]:
        headings = []
        for unit, mentions in zip(self.units, self.mentions, strict=True):
            if is_heading(self.paragraphs[unit.paragraph]):
                headings.extend(mentions)
                continue
            for m in mentions:
                self.registry.register(m)
        # a Title Case headline runs names into words ("Elizabeth Warren Hammers Wells Fargo CEO"):
        # its runs only introduce people the body never names in full ("Chris Christie … Christie said")
        for m in headings:
            if not self.registry.knows(m):
                self.registry.register(m)
        for unit, mentions in zip(self.units, self.mentions, strict=False):
            self._read_unit(unit, mentions)
        self._join_multi_paragraph()
        return self._freeze()

    def _new_group(self) -> int:
        self._groups += 1
        return self._groups

    def _note_people(self, unit: Unit, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.kind == MentionKind.PERSON and not m.anonymous:
                entity = self.registry.person(m)
                self.registry.saw(entity, unit.paragraph, unit.index, m.span.start)
                if entity.confirmed or len(entity.name_tokens) >= 2:
                    # "Northline's chief executive, Tomas Berg, …": a bare capitalised word is
                    # too weak a subject for a later "he"
                    self.registry.saw_subject(entity, unit.paragraph, unit.index)
            elif m.kind == MentionKind.PLACE and m.name in lexicons.places():
                # a country (or its capital, its adjective) for "the country"; not a US state or city
                self.registry.saw_place(m.name, m.span.start)
        for a, b in zip(mentions, mentions[1:], strict=False):
            joined = b.first == a.last + 2 and unit.tokens[a.last + 1].text == "and"
            countries = a.kind != MentionKind.PLACE or (a.name in lexicons.places() and b.name in lexicons.places())
            if joined and countries and a.kind == b.kind and a.kind in (MentionKind.PERSON, MentionKind.PLACE) and not (a.anonymous or b.anonymous):
                names = (a.name, b.name)
                if a.kind == MentionKind.PERSON:
                    names = (self.registry.person(a).name, self.registry.person(b).name)
                self.registry.saw_pair(a.kind, names, unit.index)

    def _speakers(self, unit: Unit, cue: CueMatch, mentions: list[Mention]) -> tuple[tuple[Speaker, ...], float]:
        sources = cue.sources or ((cue.source,) if cue.source else ())
        speakers, factor = [], 1.0
        for i, m in enumerate(sources):
            if m.kind == MentionKind.PRONOUN:
                m = self._same_unit_subject(unit, cue, mentions) or m
            speaker, conf = speaker_for(m, self.registry, unit.paragraph, unit.index)
            if speaker is not None:
                speakers.append(speaker)
                factor = conf if i == 0 else factor
        return tuple(speakers), factor

    def _same_unit_subject(self, unit: Unit, cue: CueMatch, mentions: list[Mention]) -> Mention | None:
        """"Nye told VOA that …, which, in his words, proves …": a pronoun means the unit's speaker."""
        for other in find_cues(unit.tokens, list(unit.usable), mentions):
            if other.first != cue.first and other.source is not None and other.source.kind == MentionKind.PERSON and not other.inverted:
                return other.source
        return None

    def _read_unit(self, unit: Unit, mentions: list[Mention]) -> None:
        cues = list(find_cues(unit.tokens, list(unit.usable), mentions))
        heading = is_heading(self.paragraphs[unit.paragraph])
        used: dict[int, int] = {}  # cue token index -> group
        for span in unit.quotes:
            self._attribute(unit, span, cues, mentions, heading, used)
        for span in self.marks.nested:
            if unit.start <= span.content.start < unit.end:
                self._nested(unit, span)
        if not heading:
            self._reported(unit, cues, mentions, used)
            self._note_people(unit, mentions)  # a Title Case headline's capitalised run is no one's name

    def _attribute(self, unit, span, cues, mentions, heading, used) -> None:
        choice = attribution.choose_cue(unit, span, cues)
        kind = attribution.classify(unit, span, choice, heading)
        draft = _Draft(kind, [span.content], unit, continues_previous=span.content.start in self.marks.continued)
        if span.close_mark == "":
            draft.notes.append("no closing mark in this paragraph")
        frame = self._layout_frame(unit, span, heading)
        if frame is not None:
            draft.kind, draft.cue, speaker, draft.confidence = frame
            draft.speakers, draft.group = (speaker,), self._new_group()
            if draft.kind == QuoteKind.DIRECT:  # a headline's lead does not make its person the one speaking next
                self._remember_speaker(draft.speakers, unit)
            self.drafts.append(draft)
            return
        learned = self._learned_for(unit, span.content)
        if learned is not None and kind == QuoteKind.SCARE and learned.cue_probability < SURE_CUE:
            learned = None  # only a sure cue makes a quoted term someone's words ("She read “War and Peace”")
        if learned is not None and self._prefer_learned(choice, kind):
            # the model found this quote inside an attribution with a source: someone's words,
            # a partial quote where the rules took a fragment for a scare quote
            draft.kind = QuoteKind.PARTIAL if kind == QuoteKind.SCARE else kind
            self._attribute_learned(draft, unit, learned, mentions, used, cues)
        elif kind == QuoteKind.SCARE:
            draft.confidence = 0.8 if heading or attribution.is_noun_modifier(unit, span) else 0.6
            draft.group = self._new_group()
        elif choice.cue is not None:
            choice = self._main_cue(choice, cues)
            speakers, factor = self._speakers(unit, choice.cue, mentions)
            draft.cue = _cue(self.text, unit, choice.cue)
            draft.speakers = speakers
            base = CONFIDENCE_BY_CHOICE[choice.how]
            draft.confidence = round(base * factor, 2)
            if choice.cue.first in used:
                draft.group = used[choice.cue.first]  # split quote: same cue, same utterance
            else:
                draft.group = used[choice.cue.first] = self._new_group()
            self._remember_speaker(speakers, unit)
        else:
            self._float(draft, unit)
        self.drafts.append(draft)

    def _layout_frame(self, unit: Unit, span: MarkedSpan, heading: bool) -> tuple[QuoteKind, Cue, Speaker, float] | None:
        """Attributions the page's layout makes rather than a reporting verb: a tagline after the
        quotation, a transcript turn's label, a headline's lead. (kind, cue, speaker, confidence)."""
        found = self._tagline(unit, span) or self._transcript_turn(span)
        if found is not None:
            return QuoteKind.DIRECT, *found, 0.8
        found = self._headline_source(unit, span) if heading else None
        return (QuoteKind.PARTIAL, *found, 0.7) if found is not None else None

    def _tagline(self, unit: Unit, span: MarkedSpan) -> tuple[Cue, Speaker] | None:
        """"“…” ― Sonya Herridge": a quotation whose line ends in a dash and a name (vox pops,
        epigraphs, readers' letters) is that person's, whatever the words inside say."""
        if not span.close_mark:
            return None
        para = self.paragraphs[unit.paragraph]
        start = span.content.end + len(span.close_mark)
        line_end = self.text.find("\n", start, para.end)
        found = _TAGLINE.match(self.text, start, para.end if line_end == -1 else line_end)
        if found is None:
            return None
        dash = Span.of(self.text, found.start("dash"), found.end("dash"))
        name = Span.of(self.text, found.start("name"), found.end("name"))
        for _, mentions in self._paragraph_units(unit.paragraph):
            for m in mentions:  # the whole name a mention: a first name alone may match someone else
                if m.kind == MentionKind.PERSON and m.span.start == name.start and m.span.end >= name.end - 1:
                    speaker, _ = speaker_for(m, self.registry, unit.paragraph, unit.index)
                    if speaker is not None:
                        return Cue(dash.text, dash.text, dash), speaker
        words = name.text.split()
        kind = SpeakerType.PERSON if len(words) >= 2 else SpeakerType.UNKNOWN
        return Cue(dash.text, dash.text, dash), Speaker(name.text, kind, name)

    def _transcript_turn(self, span: MarkedSpan) -> tuple[Cue, Speaker] | None:
        """"“PENCE: Well, look, …”": a quoted transcript turn opens with its speaker's label in
        capitals; the label is that speaker when the article names someone so in full."""
        found = _TURN_LABEL.match(span.content.text)
        if found is None:
            return None
        words = found.group("label").split()
        entity = self.registry.person_called([w.title() for w in words])
        if entity is None:
            return None
        start = span.content.start + found.start("label")
        label = Span.of(self.text, start, start + len(found.group("label")))
        colon = Span.of(self.text, label.end, label.end + 1)
        return Cue(":", ":", colon), Speaker(entity.name, entity.type, label, entity.role, entity.affiliation)

    def _headline_source(self, unit: Unit, span: MarkedSpan) -> tuple[Cue, Speaker] | None:
        """"Rush Limbaugh: Hillary … ‘Reeks of Fear’": a headline led by a name and a colon gives
        the quoted words to the person the body names in full (else to the name as written)."""
        para = self.paragraphs[unit.paragraph]
        found = _HEADLINE_LEAD.match(self.text, para.start, span.content.start)
        if found is None:
            return None
        name = Span.of(self.text, found.start("name"), found.end("name"))
        colon = Span.of(self.text, found.start("colon"), found.end("colon"))
        cue = Cue(":", ":", colon)
        words = name.text.split()
        entity = self.registry.person_called(words)
        if entity is not None:
            return cue, Speaker(entity.name, entity.type, name, entity.role, entity.affiliation)
        for org in self.registry.orgs:
            if org.name == name.text or name.text in org.aliases:
                return cue, Speaker(org.name, org.type, name)
        return None  # a lead nobody in the body answers to ("Exclusive:", "Watch:") names no one

    def _paragraph_units(self, paragraph: int) -> list[tuple[Unit, list[Mention]]]:
        """The units of one paragraph with their mentions (units are in paragraph order)."""
        first = bisect.bisect_left(self._unit_paragraphs, paragraph)
        last = bisect.bisect_right(self._unit_paragraphs, paragraph)
        return list(zip(self.units[first:last], self.mentions[first:last], strict=True))

    @staticmethod
    def _prefer_learned(choice: attribution.Choice, kind: QuoteKind) -> bool:
        """The model decides unless the rules found the cue right beside the quote ("“…,” Nye
        said"), the one frame they never get wrong (on the seeds the model misread 4 such quotes)."""
        if choice.cue is None or kind == QuoteKind.SCARE:
            return True
        return choice.how not in (ChosenBy.AFTER, ChosenBy.BEFORE) or choice.cue.source is None

    def _learned_for(self, unit: Unit, content: Span) -> FoundAttribution | None:
        """The learned attribution (with a source) whose content covers most of this span."""
        best, most = None, 0
        for found in self.learned.get(unit.index, ()):
            if not _names_someone(found.source):
                continue
            for piece in found.content:
                shared = min(piece.end, content.end) - max(piece.start, content.start)
                if shared > most and shared >= 0.5 * min(piece.end - piece.start, content.end - content.start):
                    best, most = found, shared
        return best

    def _attribute_learned(self, draft: _Draft, unit: Unit, found: FoundAttribution, mentions: list[Mention],
                           used: dict[int, int], cues: list[CueMatch]) -> None:
        draft.speakers, factor = self._learned_speaker(unit, found, mentions)
        draft.cue = self._learned_cue(unit, found, cues)
        draft.confidence = round(0.9 * factor, 2)
        first = found.cue_tokens[0]
        if first in used:
            draft.group = used[first]  # split quote: same cue, same utterance
        else:
            draft.group = used[first] = self._new_group()
        self._remember_speaker(draft.speakers, unit)

    def _learned_cue(self, unit: Unit, found: FoundAttribution, cues: list[CueMatch]) -> Cue:
        """The rules' cue where it lies inside the learned one ("said" of "said in a statement",
        with its medium), else the learned words as they stand."""
        for cue in cues:
            if cue.first in found.cue_tokens:
                return _cue(self.text, unit, cue)
        span = found.cue[0]
        return Cue(span.text, span.text.lower(), span)

    def _owned(self, owner: Mention, source: Span, unit: Unit) -> Speaker:
        """The speaker a phrase owned or modified by a name denotes: a group ("Sanders supporters"),
        someone in a role for that person ("Cameron’s spokesman": role spokesman, affiliation David
        Cameron), or that person's organisation ("Trump’s campaign")."""
        described = described_speaker(source)
        head = _head_noun(owner, source).lower()
        if described.type == SpeakerType.GROUP or not head:
            return described
        whose, _ = speaker_for(owner, self.registry, unit.paragraph, unit.index)
        if head in lexicons.role_nouns():
            role = re.sub(r"^(?:’s|'s|’|')\s*", "", described.name[owner.span.end - described.mention.start:].strip())
            return replace(described, type=SpeakerType.PERSON, role=role or head,
                           affiliation=whose.name if whose is not None else owner.name)
        if _organisation_head(head):
            return replace(described, type=SpeakerType.ORGANISATION)
        return described

    def _learned_speaker(self, unit: Unit, found: FoundAttribution, mentions: list[Mention]) -> tuple[tuple[Speaker, ...], float]:
        """The speakers the learned source span names: the rules' mention inside it (a name, a
        pronoun to resolve, an organisation; two people where it joins them with "and"), else the
        span itself as a description ("the joint statement", "63 percent", "her campaign")."""
        source = found.source
        if source.text.lower() in RELATIVE_PRONOUNS:
            # "Sanders, who lost the primaries, said …": the relative pronoun's antecedent speaks
            before = [m for m in mentions if m.span.end <= source.start and m.kind != MentionKind.PRONOUN]
            if before:
                speaker, factor = speaker_for(before[-1], self.registry, unit.paragraph, unit.index)
                if speaker is not None:
                    return (replace(speaker, mention=source),), factor * 0.9
        if source.text.lower() == "both":
            # "Both have invoked …": the pair the article named together last
            names = self.registry.resolve_pair("both", unit.index)
            if names is not None:
                return (Speaker(names, SpeakerType.GROUP, source),), 0.7
            return (Speaker(source.text, SpeakerType.UNKNOWN, source),), 0.3
        pronoun = POSSESSIVE_PRONOUNS.get(source.text.lower())
        if pronoun is not None:
            # "his claim that …", "their view": the possessor speaks, resolved as "he"/"they" would be
            entity, factor = self.registry.resolve_pronoun(pronoun, unit.paragraph, unit.index)
            if entity is not None:
                return (Speaker(entity.name, entity.type, source, entity.role, entity.affiliation),), factor
            return (Speaker(source.text, SpeakerType.UNKNOWN, source),), 0.3
        overlapping = [m for m in mentions if m.span.start < source.end and m.span.end > source.start]
        modifiers = [m for m in overlapping if _modifies_a_noun(m, source, self.text)]
        inside = [m for m in overlapping if m not in modifiers]
        # a name inside another person's title or appositive describes that person ("Hillary
        # Clinton’s campaign manager Robby Mook"): the described person is the source, with the role
        inside = list(dict.fromkeys(relative_head(_described_by(m, mentions), mentions, unit.tokens) for m in inside))
        # "Donald Trump’s longtime confidant Roger Stone": a possessor is not the head of the phrase;
        # nor of a plural ("Sanders’s most passionate supporters" are several people, not Sanders)
        inside = [m for m in inside if not (_possessive(m, self.text) and (any(
            o.kind == MentionKind.PERSON and o.span.start > m.span.end for o in inside)
            or _head_noun(m, source)))]
        people = [m for m in inside if m.kind == MentionKind.PERSON and not m.anonymous]
        joined = len(people) >= 2 and all(
            self.text[a.span.end:b.span.start].strip(" ,") in ("and", "&") for a, b in zip(people, people[1:], strict=False))
        if joined:
            speakers = [speaker_for(m, self.registry, unit.paragraph, unit.index)[0] for m in people]
            return tuple(s for s in speakers if s is not None), 0.9
        if inside:
            rank = {MentionKind.PERSON: 3, MentionKind.ORGANISATION: 2, MentionKind.GROUP: 1}
            mention = max(inside, key=lambda m: (rank.get(m.kind, 0), len(m.name), m.span.start))
            mention = _with_modifiers(mention, modifiers, self.text)
            speaker, factor = speaker_for(mention, self.registry, unit.paragraph, unit.index)
            if speaker is not None:
                return (speaker,), factor
        owner = next((m for m in overlapping if m.kind in (MentionKind.PERSON, MentionKind.ORGANISATION)
                      and (_heads_a_plural(m, source) or (_possessive(m, self.text) and _head_noun(m, source)))), None)
        if owner is not None:
            # "Sanders supporters", "Sanders’s most passionate supporters": a group named by whom it
            # belongs to; "Cameron’s spokesman": someone of that person's, not the person; "Trump’s
            # campaign": that person's organisation. As sure as any group the rules name
            return (self._owned(owner, source, unit),), 0.9
        entity = self.registry.resolve_description(source.text, unit.paragraph, unit.index, source.start)
        if entity is not None:
            # "the group" -> WikiLeaks, "the former first lady" -> Hillary Clinton; the mention stays
            # the words of this sentence
            # the description's own role and affiliation where the entity has none ("the Vermont senator")
            role, affiliation = describe(source.text) if entity.type == SpeakerType.PERSON else (None, None)
            return (Speaker(entity.name, entity.type, source, entity.role or role, entity.affiliation or affiliation),), 0.7
        for word in re.findall(r"[A-Z][\w’'-]+", source.text):
            # "Wyne mentioned, …": a surname the rules took for no mention, of someone named in full
            named = self.registry.person_named(word)
            if named is not None:
                return (Speaker(named.name, named.type, source, named.role, named.affiliation),), 0.7
        speaker = described_speaker(source)
        role, affiliation = describe(source.text)
        if role and speaker.type == SpeakerType.UNKNOWN:
            # "a Chinese official", "the Vermont senator": someone described by a role is a person
            speaker = replace(speaker, type=SpeakerType.PERSON)
        elif speaker.type == SpeakerType.UNKNOWN and _organisation_head(speaker.name.split()[-1].lower()):
            speaker = replace(speaker, type=SpeakerType.ORGANISATION)  # "the Turkish government"
        return (replace(speaker, role=role, affiliation=affiliation) if role else speaker,), 0.6

    def _nested(self, unit: Unit, span: MarkedSpan) -> None:
        """A short term quoted inside a quote is the speaker's scare quote: a row of its own."""
        if len(span.content.text.split()) > 6:
            return  # a quotation inside a quotation belongs to the outer speaker's words
        draft = _Draft(QuoteKind.SCARE, [span.content], unit, confidence=0.7, group=self._new_group())
        draft.notes.append("quoted inside another quote")
        self.drafts.append(draft)

    @staticmethod
    def _main_cue(choice: attribution.Choice, cues: list[CueMatch]) -> attribution.Choice:
        """"Nye told VOA that …, which, in his words, proves “…”": "in his words" only marks the
        quote; the sentence's named cue ("told VOA") attributes it."""
        if choice.cue.kind is not CueKind.IN_THEIR_WORDS:
            return choice
        named = [c for c in cues if c.source is not None and c.source.kind == MentionKind.PERSON and c.kind is not CueKind.IN_THEIR_WORDS]
        return attribution.Choice(named[0], choice.how) if named else choice

    def _float(self, draft: _Draft, unit: Unit) -> None:
        """A quote with no cue continues the previous quote's speaker (GGT's floating quotes)."""
        lead = self._lead_in(unit, draft.spans[0])
        if lead is not None:
            draft.cue, draft.speakers, factor = lead
            draft.confidence = round(0.8 * factor, 2)
            draft.group = self._new_group()
            draft.notes.append("introduced by the paragraph before (\"… said:\")")
            self._remember_speaker(draft.speakers, unit)
            return
        prev = next((d for d in reversed(self.drafts) if d.kind != QuoteKind.SCARE and d.kind != QuoteKind.INDIRECT), None)
        close = prev is not None and unit.paragraph - prev.unit.paragraph <= 1 and prev.speakers
        if close and (prev.unit.paragraph == unit.paragraph or draft.continues_previous or self._paragraph_is_quote(unit)):
            draft.speakers = prev.speakers
            draft.cue = prev.cue  # the same "said" governs the continuation
            draft.group = prev.group
            draft.confidence = round(min(prev.confidence, 0.9) * 0.8, 2)
            draft.notes.append("speaker continued from the previous quote")
        else:
            draft.confidence = 0.2
            draft.group = self._new_group()
            draft.notes.append("no attribution found")

    def _lead_in(self, unit: Unit, content: Span) -> tuple[Cue, tuple[Speaker, ...], float] | None:
        """"Caddell continued:" closing the paragraph before a quotation that opens its own
        paragraph: that cue and its source attribute the quotation."""
        para = self.paragraphs[unit.paragraph]
        if self.text[para.start:content.start].strip() not in ("", *OPENERS, *STRAIGHT, "”"):
            return None
        before = unit.paragraph - 1
        while before >= 0 and not self.paragraphs[before].text.strip():
            before -= 1
        if before < 0 or not self.paragraphs[before].text.rstrip().endswith(":"):
            return None
        last = self._paragraph_units(before)
        if not last:
            return None
        lead, mentions = last[-1]
        cues = list(find_cues(lead.tokens, list(lead.usable), mentions))
        with_source = [c for c in cues if c.source is not None]
        if with_source:
            speakers, factor = self._speakers(lead, with_source[-1], mentions)
            if speakers:
                return _cue(self.text, lead, with_source[-1]), speakers, factor
        for found in self.learned.get(lead.index, ()):
            if _names_someone(found.source):
                speakers, factor = self._learned_speaker(lead, found, mentions)
                return self._learned_cue(lead, found, cues), speakers, factor * found.cue_probability
        return None

    def _paragraph_is_quote(self, unit: Unit) -> bool:
        para = self.paragraphs[unit.paragraph]
        return opens_with_mark(self.text, para.start, para.end)

    def _remember_speaker(self, speakers: tuple[Speaker, ...], unit: Unit) -> None:
        if speakers and speakers[0].type == SpeakerType.PERSON:
            entity = next((e for e in self.registry.people if e.name == speakers[0].name), None)
            if entity is not None:
                self.registry.spoke(entity, unit.paragraph)
                self.registry.saw(entity, unit.paragraph, unit.index)

    def _reported(self, unit: Unit, cues: list[CueMatch], mentions: list[Mention], used: dict[int, int]) -> None:
        self._learned_reported(unit, cues, mentions, used)
        for cue in cues:
            if cue.source is None:
                continue
            if cue.first in used and cue.complement is None:
                continue  # the cue only attributes a marked quote
            is_person = cue.source.kind in (MentionKind.PERSON, MentionKind.PRONOUN)
            spans = reported.reported_content(unit, cue, is_person)
            if not spans:
                continue
            if self._covered(unit, spans):
                continue  # the learned stage has this clause already
            speakers, factor = self._speakers(unit, cue, mentions)
            if not speakers:
                continue
            draft = _Draft(QuoteKind.INDIRECT, list(spans), unit, _cue(self.text, unit, cue), speakers)
            draft.confidence = round(0.75 * factor, 2)
            # "China announced that its relationship … would have “no limits.”": the reported
            # clause and the marked words it runs into are one utterance
            draft.group = used.get(cue.first) or self._new_group()
            used[cue.first] = draft.group
            self.drafts.append(draft)
            self._remember_speaker(speakers, unit)

    def _covered(self, unit: Unit, spans) -> bool:
        """Whether a draft of this unit already covers any of these spans."""
        return any(d.unit.index == unit.index and any(a.start < b.end and b.start < a.end for a in d.spans for b in spans)
                   for d in self.drafts[-20:])

    def _learned_reported(self, unit: Unit, cues: list[CueMatch], mentions: list[Mention], used: dict[int, int]) -> None:
        """Reported speech the model found: content outside quote marks, with its source."""
        for found in self.learned.get(unit.index, ()):
            if not _names_someone(found.source) or not found.content:
                continue
            if self._covered(unit, found.content):
                continue  # a marked quote of this attribution already has its row
            if not _clause_like(found.content):
                continue
            speakers, factor = self._learned_speaker(unit, found, mentions)
            draft = _Draft(QuoteKind.INDIRECT, list(found.content), unit, self._learned_cue(unit, found, cues), speakers)
            draft.confidence = round(0.85 * found.cue_probability * factor, 2)
            first = found.cue_tokens[0]
            draft.group = used.get(first) or self._new_group()
            used[first] = draft.group
            self.drafts.append(draft)
            self._remember_speaker(draft.speakers, unit)

    def _join_multi_paragraph(self) -> None:
        """Pieces of one quote over several paragraphs share the attributed piece's speaker."""
        for i, draft in enumerate(self.drafts):
            if not draft.continues_previous:
                continue
            prev = next((d for d in reversed(self.drafts[:i]) if d.kind != QuoteKind.INDIRECT), None)
            if prev is None:
                continue
            if not prev.speakers and draft.speakers:
                prev.speakers, prev.cue, prev.kind = draft.speakers, draft.cue, QuoteKind.DIRECT
                prev.confidence = draft.confidence
            elif prev.speakers and not draft.speakers:
                draft.speakers, draft.kind = prev.speakers, QuoteKind.DIRECT
                draft.confidence = prev.confidence
            draft.group = prev.group

    def _freeze(self) -> list[Quote]:
        quotes, group_ids = [], {}
        ordered = sorted(self.drafts, key=lambda d: d.spans[0].start)
        for n, draft in enumerate(ordered, 1):
            group_ids.setdefault(draft.group, len(group_ids) + 1)
            sentence = Span.of(self.text, draft.unit.start, draft.unit.end)
            speakers = () if draft.kind == QuoteKind.SCARE else draft.speakers
            quotes.append(
                Quote(
                    id=f"q{n}",
                    doc_id=self.doc_id,
                    kind=draft.kind,
                    spans=tuple(draft.spans),
                    sentence=sentence,
                    cue=None if draft.kind == QuoteKind.SCARE else draft.cue,
                    speakers=speakers,
                    confidence=draft.confidence,
                    group_id=f"g{group_ids[draft.group]}",
                    notes=tuple(draft.notes),
                )
            )
        return quotes


# a transcript turn's speaker label: "PENCE: …", "CHRIS WALLACE: …" (capitals, then a colon)
_TURN_LABEL = re.compile(r"\s*(?P<label>[A-Z][A-Z’'-]+(?:[^\S\n]+[A-Z][A-Z’'-]+){0,2}):\s")

# a headline led by one to four capitalised words and a colon: "Pat Caddell: Democrat Voters …"
_HEADLINE_LEAD = re.compile(r"\s*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3})(?P<colon>:)[^\S\n]")

# a dash and a name closing a quotation's paragraph, perhaps with a short description after a comma
_NAME_WORD = r"(?:[A-Z][\w.’'-]*|de|del|der|da|van|von|bin|al|la|le)"
_TAGLINE = re.compile(
    r"[.,]?[^\S\n]*(?P<dash>―|—|–|--)[^\S\n]*(?P<name>[A-Z][\w.’'-]*(?:[^\S\n]+" + _NAME_WORD + r"){0,4})"
    r"[^\S\n]*(?:[,(][^\n“”\"]{0,80})?[.)]?\s*$"
)



def _clause_like(content: tuple[Span, ...]) -> bool:
    """Reported content says something: a few words, not a prepositional phrase ("in March",
    "to the crowd") or a bare object ("his arrest") that a non-speech cue left behind."""
    words = " ".join(piece.text for piece in content).split()
    if len(words) < MIN_REPORTED_WORDS:
        return False
    return words[0].lower() not in PREPOSITIONS


def _described_by(mention: Mention, mentions: list[Mention]) -> Mention:
    """The person whose title or appositive holds this mention ("Hillary Clinton" in "Hillary
    Clinton’s campaign manager Robby Mook" -> Robby Mook), else the mention itself."""
    for other in mentions:
        if other is mention or other.kind != MentionKind.PERSON:
            continue
        start = other.extent_start if other.extent_start is not None else other.first
        end = other.extent_end if other.extent_end is not None else other.last
        if start <= mention.first and mention.last <= end and not (other.first <= mention.first and mention.last <= other.last):
            return other
    return mention


_FUNCTION_WORDS = frozenset("a an the as of in on at to for by with from and or but this than so".split())


def _names_someone(source: Span | None) -> bool:
    """A learned source with a word that can name someone: not a stray "as" or "to" the tagger
    left over (pronouns count: coref resolves them)."""
    if source is None:
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", source.text)
    return any(w.lower() not in _FUNCTION_WORDS for w in words)


def _modifies_a_noun(mention: Mention, source: Span, text: str) -> bool:
    """"Sixty-three percent", "Trump campaign aides", "The GOP front-runner", "a Chinese official",
    "A New York judge": a name followed, inside the source, by a lowercase noun is that noun's
    modifier, not the speaker."""
    if mention.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.PLACE):
        return False
    rest = text[mention.span.end:source.end]
    after = re.match(r"-?\s?([\w’'-]+)", rest)  # the very next word, no comma between
    word = after.group(1).lstrip("-") if after else ""
    if mention.kind in (MentionKind.ORGANISATION, MentionKind.PLACE):
        # an organisation modifies the noun of a short phrase naming someone ("The GOP front-runner",
        # "a Homeland Security Department official"), not a clause the source span ran on into ("The
        # Washington Post ran a feature Saturday that"); through its own document it speaks itself
        # ("the IMF report", "a Bloomberg poll")
        words = [w.strip(".,;:") for w in rest.lower().split()]
        if len(words) > _MAX_ORG_PHRASE or any(w in _CLAUSE_WORDS or w in _DOCUMENT_NOUNS for w in words):
            return False
    return modifies_noun(word)


_MAX_ORG_PHRASE = 4
_CLAUSE_WORDS = frozenset({"a", "an", "the", "that", "which", "who", "whom", "whose"})
_DOCUMENT_NOUNS = frozenset("""
report reports poll polls survey surveys study studies analysis article articles database data protocol
statement statements filing filings memo letter release story editorial review tally website account
document documents records ruling order
""".split())


def _with_modifiers(mention: Mention, modifiers: list[Mention], text: str) -> Mention:
    """A group named with the names that modify it is that group: "Colorado Republican leaders",
    not "leaders" (a modifier ending right before the group's words, nothing but spaces between)."""
    if mention.kind != MentionKind.GROUP:
        return mention
    before = [m for m in modifiers if m.span.end <= mention.span.start and not text[m.span.end:mention.span.start].strip()]
    if not before:
        return mention
    first = min(before, key=lambda m: m.span.start)
    chain = [m for m in modifiers if first.span.start <= m.span.start < mention.span.start]
    # every gap from the first modifier to the group is blank: one phrase, not a list
    stops = sorted([*(m.span for m in chain), mention.span], key=lambda s: s.start)
    if any(text[a.end:b.start].strip() for a, b in zip(stops, stops[1:], strict=False)):
        return mention
    span = Span.of(text, first.span.start, mention.span.end)
    if re.search(r"\s[-–—]\s", span.text):  # a dateline ("BRUSSELS - European leaders"), not a modifier
        return mention
    return replace(mention, span=span, name=span.text, first=first.first)


def _head_noun(mention: Mention, source: Span) -> str:
    """The lowercase noun that heads the phrase a name modifies or owns, a few words on ("Trump’s
    campaign", "Cameron’s longtime spokesman"); "" when the phrase runs on past a preposition or
    into a clause, or ends in a name."""
    words = [w for w in re.findall(r"[\w’'-]+", source.text[max(0, mention.span.end - source.start):])
             if w not in ("’s", "'s", "’", "'")]
    if not words or len(words) > _MAX_ORG_PHRASE or any(w.lower() in PREPOSITIONS or w.lower() in _CLAUSE_WORDS for w in words):
        return ""
    return words[-1] if words[-1].isalpha() and modifies_noun(words[-1]) else ""


# what an organisation is called after whom it belongs to: "Trump’s campaign", "the Clinton team"
_BODY_HEADS = frozenset({"team", "office", "staff", "camp"})


def _organisation_head(noun: str) -> bool:
    """A head noun that makes the phrase an organisation ("government", "campaign", "newspaper")."""
    return noun in ORG_HEADS or noun in MEDIA_HEADS or noun in _BODY_HEADS


def _heads_a_plural(mention: Mention, source: Span) -> bool:
    """"Sanders supporters", "McConnell aides", "Sanders’s most passionate supporters": the source
    ends, after the name, in a plural noun (a regular plural in -s, not -ss or -us), so what it
    names is a group the person modifies or owns, not the person."""
    # the plural must be the phrase's head, a few words on: not "average of polls taken over two weeks"
    last = _head_noun(mention, source)
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us"))


def _possessive(mention: Mention, text: str) -> bool:
    """"Trump’s", "Sanders' ": the name is followed by a possessive ending."""
    after = text[mention.span.end:mention.span.end + 2]
    return after in ("’s", "'s") or (after[:1] in ("’", "'") and mention.span.text.endswith("s"))




def described_speaker(source: Span) -> Speaker:
    """A source the article describes rather than names: "the joint statement", "63 percent"."""
    trimmed = source.text.rstrip(" ,;:—–-")
    source = Span(source.start, source.start + len(trimmed), trimmed)
    words = source.text.split()
    plural = bool(words) and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")
    return Speaker(source.text, SpeakerType.GROUP if plural else SpeakerType.UNKNOWN, source)


def _cue(text: str, unit: Unit, cue: CueMatch) -> Cue:
    span = Span.of(text, unit.tokens[cue.first].start, unit.tokens[cue.last].end)
    return Cue(cue.text, cue.lemma, span, cue.medium)


def extract_article(
    text: str, doc_id: str = "article", *, sentences: list[Sentence] | None = None, models_dir: str | os.PathLike | None = None
) -> tuple[list[Quote], tuple[str, ...]]:
    """Quotes of one article and the warnings raised while reading it."""
    reader = ArticleReader(text, doc_id, sentences, models_dir)
    return reader.read(), reader.marks.warnings
