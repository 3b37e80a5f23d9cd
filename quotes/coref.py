"""One canonical identity per speaker within an article.

Full names are registered first ("Joseph Nye Jr., professor emeritus of
Harvard Kennedy School"), so that a later "Nye", an earlier "Mr. Xi" or the
Chinese-order "Ning" of "Mao Ning" map to the full name with its role and
affiliation. Pronouns resolve to the most recent speaker, else to the most
recent confirmed person mentioned before the pronoun's sentence; a name in
the pronoun's own sentence is never its antecedent, because in "Putin, he
wrote, “has become toxic …”" that name is what the quote is about.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes import lexicons
from quotes.sources import Mention
from quotes.types import Speaker, SpeakerType


@dataclass
class Entity:
    """A person, organisation or group as the article names it (mutable while reading)."""

    name: str
    type: SpeakerType
    name_tokens: tuple[str, ...]
    role: str | None = None
    affiliation: str | None = None
    confirmed: bool = False  # a title, appositive or honorific says this is a person
    last_seen: int = -1
    aliases: set[str] = field(default_factory=set)


def _core_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without honorifics, suffixes and initials ("Vladimir V. Putin" -> Vladimir, Putin)."""
    out = []
    for tok in name.split():
        bare = tok.rstrip(".").lower()
        if bare in lexicons.words("honorifics") or bare in lexicons.words("name_suffixes"):
            continue
        if len(bare) == 1:
            continue
        out.append(tok.rstrip("."))
    return tuple(out)


class Registry:
    """Entities of one article, with the history needed to resolve pronouns."""

    def __init__(self) -> None:
        self.people: list[Entity] = []
        self.last_speaker: tuple[Entity, int] | None = None  # (entity, paragraph index)
        self.recent_people: list[tuple[Entity, int, int]] = []  # (entity, paragraph, sentence id)

    # -- first pass ---------------------------------------------------------
    def register(self, mention: Mention) -> None:
        """Record a person mention; full names create entities, others only add facts."""
        if mention.kind != "person":
            return
        core = _core_tokens(mention.name)
        if not core:
            return
        confirmed = bool(mention.role or mention.affiliation or mention.honorific)
        entity = self._match(core)
        if entity is None and len(core) >= 2:
            entity = Entity(mention.name, SpeakerType.PERSON, core)
            self.people.append(entity)
        if entity is None:
            return
        if len(core) > len(entity.name_tokens) or (
            len(core) == len(entity.name_tokens) and len(mention.name) > len(entity.name)
        ):
            entity.name, entity.name_tokens = mention.name, core
        entity.role = entity.role or mention.role
        entity.affiliation = entity.affiliation or mention.affiliation
        entity.confirmed = entity.confirmed or confirmed
        entity.aliases.add(mention.name)

    def _match(self, core: tuple[str, ...]) -> Entity | None:
        wanted = set(core)
        best = None
        for entity in self.people:
            have = set(entity.name_tokens)
            if wanted <= have or have <= wanted:
                # the latest-mentioned entity wins when a surname is shared
                if best is None or entity.last_seen >= best.last_seen:
                    best = entity
        return best

    # -- second pass --------------------------------------------------------
    def person(self, mention: Mention) -> Entity:
        """The entity for a person mention, creating a single-name one if needed."""
        core = _core_tokens(mention.name) or (mention.name,)
        entity = self._match(core)
        if entity is None:
            entity = Entity(mention.name, SpeakerType.PERSON, core)
            self.people.append(entity)
        entity.role = entity.role or mention.role
        entity.affiliation = entity.affiliation or mention.affiliation
        entity.confirmed = entity.confirmed or bool(mention.role or mention.honorific)
        return entity

    def saw(self, entity: Entity, paragraph: int, sentence: int) -> None:
        entity.last_seen = sentence
        self.recent_people.append((entity, paragraph, sentence))

    def spoke(self, entity: Entity, paragraph: int) -> None:
        entity.confirmed = True
        self.last_speaker = (entity, paragraph)

    def resolve_pronoun(self, pronoun: str, paragraph: int, sentence: int) -> tuple[Entity | None, float]:
        """Antecedent of he/she/his/her: the latest speaker if recent, else the latest confirmed person."""
        if pronoun in ("they", "their"):
            return None, 0.0
        if self.last_speaker is not None:
            entity, para = self.last_speaker
            if paragraph - para <= 2 and entity.type == SpeakerType.PERSON:
                return entity, 0.8
        for entity, para, sent in reversed(self.recent_people):
            if sent < sentence and paragraph - para <= 3 and (entity.confirmed or len(entity.name_tokens) >= 2):
                return entity, 0.6
        return None, 0.0


def speaker_for(mention: Mention, registry: Registry, paragraph: int, sentence: int) -> tuple[Speaker | None, float]:
    """Turn a source mention into a canonical Speaker, with a confidence factor."""
    if mention.kind == "person":
        entity = registry.person(mention)
        return _person(entity, mention), 1.0
    if mention.kind == "pronoun":
        entity, conf = registry.resolve_pronoun(mention.name, paragraph, sentence)
        if entity is None:
            return Speaker(mention.span.text, SpeakerType.UNKNOWN, mention.span), 0.3
        return _person(entity, mention), conf
    if mention.kind == "group":
        return Speaker(mention.name, SpeakerType.GROUP, mention.span), 0.9
    # organisations, and countries or capitals standing for their governments
    return Speaker(mention.name, SpeakerType.ORGANISATION, mention.span), 0.9


def _person(entity: Entity, mention: Mention) -> Speaker:
    return Speaker(entity.name, SpeakerType.PERSON, mention.span, entity.role, entity.affiliation)


def entity_of(speaker: Speaker, registry: Registry) -> Entity | None:
    return next((e for e in registry.people if e.name == speaker.name), None)
