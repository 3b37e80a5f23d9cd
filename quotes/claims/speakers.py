"""Speakers of the claim table: one profile per person or body across articles, with a category
(expert / official / organisation / media / other) read from role, affiliation and type."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from quotes import lexicons
from quotes.claims.records import QuoteRecord
from quotes.naming import UNRESOLVED_SPEAKER_WORDS
from quotes.types import SpeakerType


class Category(StrEnum):
    EXPERT = "expert"
    OFFICIAL = "official"
    ORGANISATION = "organisation"
    MEDIA = "media"
    OTHER = "other"


@dataclass(frozen=True)
class CategoryWord:
    category: Category
    weak: bool  # a president may head a think tank: the affiliation overrides a weak role word
    pattern: re.Pattern
    length: int


@dataclass(frozen=True)
class SpeakerProfile:
    key: str
    name: str
    speaker_type: str
    role: str
    affiliation: str
    category: Category
    doc_ids: tuple[str, ...]
    quote_ids: tuple[str, ...]
    speaker_id: str = ""  # from the cross-article linking pass, when it ran


@cache
def category_words() -> tuple[CategoryWord, ...]:
    raw = resources.files("quotes.claims").joinpath("data/speaker_categories.tsv").read_text(encoding="utf-8")
    words = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        category, phrase = line.split("\t", 1)
        phrase = phrase.strip().lower()
        words.append(CategoryWord(
            Category(category.rstrip("?")), category.endswith("?"),
            re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"), len(phrase),
        ))
    return tuple(words)


def _match(text: str) -> CategoryWord | None:
    """The longest category phrase found in text, if any."""
    lowered = text.lower()
    found = [w for w in category_words() if w.pattern.search(lowered)]
    return max(found, key=lambda w: w.length) if found else None


@cache
def _place_and_media_names() -> tuple[frozenset[str], frozenset[str]]:
    places = frozenset(name.lower() for name in lexicons.places())
    media = frozenset(name.lower() for name in lexicons.media())
    return places, media


def _is_government(name: str) -> bool:
    """A country, capital or demonym speaking ("China", "China and Russia", "Washington")."""
    places, _ = _place_and_media_names()
    parts = [p.strip() for p in re.split(r",|\band\b|&", name) if p.strip()]
    return bool(parts) and all(p.lower().removeprefix("the ") in places or p.lower() in places for p in parts)


def _is_media(name: str) -> bool:
    _, media = _place_and_media_names()
    return name.lower() in media or name.lower().removeprefix("the ") in media


def categorise(speaker_type: str, roles: Iterable[str] = (), affiliations: Iterable[str] = (), name: str = "") -> Category:
    """Role words first, then affiliation, then the name of an organisation or group."""
    role_hits = [m for m in map(_match, roles) if m]
    affiliation_hits = [m for m in map(_match, affiliations) if m]
    strong_role = [m for m in role_hits if not m.weak]
    if strong_role:
        return strong_role[0].category
    if affiliation_hits and not affiliation_hits[0].weak and not any(map(_is_government, affiliations)):
        return affiliation_hits[0].category
    if role_hits:
        return role_hits[0].category
    if speaker_type in (SpeakerType.ORGANISATION, SpeakerType.GROUP):
        if _is_media(name):
            return Category.MEDIA
        if _is_government(name):
            return Category.OFFICIAL
        named = _match(name)
        if named:
            return named.category
        return Category.ORGANISATION if speaker_type == SpeakerType.ORGANISATION else Category.OTHER
    if any(_is_media(a) for a in affiliations):
        return Category.MEDIA
    return Category.OTHER


_INITIAL = re.compile(r"^[A-Za-z]\.?$")
# a "speaker" made only of these words is an unresolved pronoun, relative or determiner ("his", "who",
# "that", "both", "another"): a fact-checker cannot count it as a source, so it speaks for no one
UNRESOLVED = UNRESOLVED_SPEAKER_WORDS


def countable(record: QuoteRecord) -> bool:
    """Whether the row's speaker is someone a fact-checker can count: named, described or a group,
    not a bare pronoun or relative ("his", "who", "they") the extraction could not resolve."""
    words = re.findall(r"[\w'’]+", record.speaker.lower())
    return bool(words) and not all(w in UNRESOLVED for w in words)


INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
NOT_PLURAL = ("ss", "us", "is", "'s", "’s")


def _words_of(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text)


def doubtful_speaker(record: QuoteRecord) -> str:
    """Why the row's mention cannot be its (named) speaker, or "": a fact-checker would not count the
    quote for that person. A plural mention is not one person ("Sanders supporters" resolved to Diane
    Russell, "Attorneys for Clinton" to Hillary Clinton); an indefinite one introduces someone unnamed
    ("one Sanders supporter" is not Bernie Sanders). Only for person speakers with a mention that
    differs from their name; pronouns, surnames and role nouns ("the chairman") pass."""
    mention, speaker = record.speaker_mention.strip(), record.speaker.strip()
    if record.speaker_type != SpeakerType.PERSON or not mention or mention.lower() == speaker.lower():
        return ""
    name = {w.lower() for w in _words_of(speaker)}
    words = _words_of(mention)
    if words and words[0].lower() in INDEFINITE and any(w[:1].isupper() and w.lower() in name for w in words[1:]):
        return "indefinite mention"
    plural = [w for w in words if len(w) >= 4 and w.isalpha() and w.lower().endswith("s")
              and not w.lower().endswith(NOT_PLURAL) and w.lower() not in name]
    return "plural mention" if plural else ""


def own_outlet(record: QuoteRecord) -> bool:
    """The article's own outlet reporting ("as POLITICO has reported" in a Politico article): the
    writer's voice, not a source. The outlet is the row's `outlet` column, else the doc_id's first
    part before "_" (PolNeAR names articles "politico_2016-07-06_...")."""
    outlet = record.outlet or (record.doc_id.split("_", 1)[0] if "_" in record.doc_id else "")
    squash = lambda text: re.sub(r"[^a-z0-9]", "", text.lower().removeprefix("the "))  # noqa: E731
    return bool(outlet) and bool(record.speaker) and squash(outlet) == squash(record.speaker)


def is_group_label(record: QuoteRecord) -> bool:
    """A group named by a label ("analysts", "experts", "Republicans", "Sanders supporters"), not a
    pair of named speakers ("Xi Jinping and Vladimir V. Putin")."""
    if record.speaker_type != SpeakerType.GROUP or "+" in record.speaker_id:
        return False
    return not re.search(r"\band\b|&|,", record.speaker)


# words that open a group label without naming the group ("some of the analysts", "many experts")
GROUP_OPENERS = frozenset("the a an some many most several all few other of".split())


def group_label(name: str) -> str:
    """A group label as a fact-checker counts it: its owner or modifiers and its head noun, without
    quantifiers, possessive endings or the adjectives between ("Sanders's most passionate
    supporters", "some Sanders supporters" and "Sanders supporters" are one label, "sanders
    supporters"; "Colorado Republican leaders" keeps its names)."""
    words = [w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in _words_of(name)]
    while len(words) > 1 and words[0].lower() in GROUP_OPENERS:
        words = words[1:]
    if not words:
        return name.lower()
    kept = [w for w in words[:-1] if w[:1].isupper()] + words[-1:]
    return " ".join(kept).lower()


def speaker_key(record: QuoteRecord) -> str:
    """Cross-article identity: the linker's speaker_id when it ran, else the name without
    middle initials and case ("Vladimir V. Putin" and "Vladimir Putin" are one speaker). A group
    label is one speaker per article: "analysts" in three articles are three sets of people, and
    a fact-checker counts them as three sources, not one."""
    if is_group_label(record):
        return f"group:{record.doc_id}:{group_label(record.speaker)}"
    if record.speaker_id:
        return f"id:{record.speaker_id}"
    words = [w for w in record.speaker.replace(",", " ").split() if not _INITIAL.match(w)]
    return "name:" + " ".join(words).lower().replace(".", "")


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v)
    if not counts:
        return ""
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)  # Counter keeps first-seen order


def build_profiles(records: Iterable[QuoteRecord], copies: Iterable[str] = ()) -> dict[str, SpeakerProfile]:
    """speaker key -> profile, for every record with a speaker; categories of a pair ("Xi Jinping
    and Vladimir V. Putin") come from its members when they are speakers too. The name is chosen
    from the rows outside copied articles (copies: their doc_ids) when there are any: a reworded
    copy's "U.S." is not a second vote against the original's "United States"."""
    by_key: dict[str, list[QuoteRecord]] = {}
    for record in records:
        if record.speaker:
            by_key.setdefault(speaker_key(record), []).append(record)
    copied = frozenset(copies)
    profiles = {key: _profile(key, rows, copied) for key, rows in by_key.items()}
    return {key: _pair_category(profile, profiles) for key, profile in profiles.items()}


def _profile(key: str, rows: list[QuoteRecord], copies: frozenset[str] = frozenset()) -> SpeakerProfile:
    names = Counter(r.speaker for r in rows if r.doc_id not in copies) or Counter(r.speaker for r in rows)
    name = max(names, key=lambda n: (names[n], len(n)))
    speaker_type = _most_common(r.speaker_type for r in rows)
    roles = [r.role for r in rows if r.role]
    affiliations = [r.affiliation for r in rows if r.affiliation]
    return SpeakerProfile(
        key=key, name=name, speaker_type=speaker_type,
        role=_most_common(roles), affiliation=_most_common(affiliations),
        category=categorise(speaker_type, list(dict.fromkeys(roles)), list(dict.fromkeys(affiliations)), name),
        doc_ids=tuple(dict.fromkeys(r.doc_id for r in rows)),
        quote_ids=tuple(r.quote_id for r in rows),
        speaker_id=_most_common(r.speaker_id for r in rows),
    )


def _pair_category(profile: SpeakerProfile, profiles: dict[str, SpeakerProfile]) -> SpeakerProfile:
    if profile.category is not Category.OTHER or profile.speaker_type != SpeakerType.GROUP:
        return profile
    if "+" in profile.speaker_id:  # the linker writes a pair as "xi-jinping+vladimir-putin"
        keys = [f"id:{part}" for part in profile.speaker_id.split("+")]
    else:
        names = [p.strip() for p in re.split(r",|\band\b", profile.name) if p.strip()]
        keys = [speaker_key(QuoteRecord(speaker=name)) for name in names]
    categories = set()
    for key in keys:
        if key not in profiles:
            return profile
        categories.add(profiles[key].category)
    if len(categories) == 1:
        return SpeakerProfile(**{**profile.__dict__, "category": categories.pop()})
    return profile
