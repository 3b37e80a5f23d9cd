"""The quotes of the article being read, before they are frozen, and the state reading them shares.

``Reading`` is the one mutable thing of an article's attribution pass: its registry of people
(which each attribution updates: "he" in the next paragraph means the one who spoke last), the
drafts made so far (a quote with no cue continues the previous one) and the utterance groups.
It lives for one article; the pipeline freezes the drafts into ``Quote``s at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes.extract.coref import ANONYMITY_HEADS, Registry
from quotes.extract.document import ArticleDoc
from quotes.extract.settings import ExtractSettings
from quotes.types import Cue, QuoteKind, Span, Speaker, SpeakerType, Unit


@dataclass(frozen=True)
class Resolved:
    """Who a source names, and how sure that is (a factor on the attribution's confidence)."""

    speakers: tuple[Speaker, ...]
    confidence: float


@dataclass(frozen=True)
class Attributed:
    """An attribution a stage found on its own: its cue, speakers and confidence."""

    cue: Cue
    speakers: tuple[Speaker, ...]
    confidence: float


@dataclass
class Draft:
    """A quote while the article is being read; frozen into a Quote at the end."""

    kind: QuoteKind
    spans: list[Span]
    unit: Unit
    cue: Cue | None = None
    speakers: tuple[Speaker, ...] = ()
    confidence: float = 0.0
    group: int = -1
    notes: list[str] = field(default_factory=list)
    continues_previous: bool = False  # a later piece of a quote: its next paragraph, or reopened (marks.py)
    carried: bool = False  # its speakers are a guess from the quote before (carry.py), not from a cue of its own
    inner: bool = False  # quoted inside another quote (pipeline._nested): the outer quote is the one a next quote continues


class Reading:
    """One article's attribution pass: the document, the settings, the registry and the drafts."""

    def __init__(self, doc: ArticleDoc, settings: ExtractSettings):
        self.doc = doc
        self.settings = settings
        self.registry = Registry(doc.text, settings)
        self.drafts: list[Draft] = []
        self._groups = 0

    def new_group(self) -> int:
        """A fresh utterance group (the numbers only tell groups apart: freezing renumbers them)."""
        self._groups += 1
        return self._groups

    def add(self, draft: Draft) -> None:
        self.drafts.append(draft)

    def covered(self, unit: Unit, spans) -> bool:
        """Whether a recent draft of this unit already covers any of these spans."""
        recent = self.drafts[-self.settings.coverage_window:]
        return any(d.unit.index == unit.index and any(a.start < b.end and b.start < a.end for a in d.spans for b in spans)
                   for d in recent)

    def remember_speaker(self, speakers: tuple[Speaker, ...], unit: Unit) -> None:
        """The first speaker, a person, is the one who spoke last: a later "he" may be them; an
        organisation, one a later "it" may be."""
        if speakers and speakers[0].type == SpeakerType.ORGANISATION:
            self.registry.spoke_as_it(speakers[0], unit.paragraph)
        if speakers and speakers[0].type == SpeakerType.PERSON:
            entity = next((e for e in self.registry.people if e.name == speakers[0].name), None)
            if entity is not None:
                self.registry.spoke(entity, unit.paragraph)
                self.registry.saw(entity, unit.paragraph, unit.index)
            elif speakers[0].name.split()[-1] in ANONYMITY_HEADS:
                # "A Labour Party spokesman told the BBC …": an unnamed source, whom a "he" next means;
                # not a description of someone named ("the 74-year-old comedian"), whom coref may not link
                self.registry.spoke_unnamed(speakers[0], unit.paragraph, unit.index)

    def last_spoken(self) -> Draft | None:
        """The latest marked quote that is someone's words (not a scare quote, not reported speech)."""
        return next((d for d in reversed(self.drafts)
                     if d.kind != QuoteKind.SCARE and d.kind != QuoteKind.INDIRECT and not d.inner), None)
