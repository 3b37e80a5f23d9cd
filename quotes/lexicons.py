"""Load the word lists in quotes/data (see data/README.md for where each came from)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from types import MappingProxyType


def _lines(name: str) -> list[str]:
    raw = resources.files("quotes.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


class CueType(StrEnum):
    """What a reporting expression reports (the type column of data/reporting_verbs.tsv)."""

    SPEECH = "speech"  # an utterance: said, told, according to
    WRITING = "writing"  # wrote, posted: the medium may follow ("wrote in Foreign Affairs")
    COGNITIVE = "cognitive"  # a belief or expectation voiced in an interview
    ACT = "act"  # a speech act whose complement is the quote: praised, rebuked
    MEDIA = "media"  # a medium reports the speaker: "TASS quoted Putin as saying"


class Where(StrEnum):
    """Where a reporting verb is a cue (the optional fourth column of data/reporting_verbs.tsv)."""

    ANY = "any"
    THAT = "that"  # only before a that-clause: "ruled that", "found that" ("found the body" reports nothing)
    QUOTE = "quote"  # only beside a quotation: "“…,” an officer ordered" ("ordered a review" reports nothing)


@dataclass(frozen=True)
class Verb:
    lemma: str
    type: CueType
    where: Where = Where.ANY


@dataclass(frozen=True)
class Place:
    name: str
    demonym: str
    capital: str


@cache
def reporting_verbs() -> dict[str, Verb]:
    """Inflected form (lowercase) -> verb lemma and type."""
    forms: dict[str, Verb] = {}
    for line in _lines("reporting_verbs.tsv"):
        lemma, kind, inflected, *where = line.split("\t")
        for form in inflected.split():
            forms[form] = Verb(lemma, CueType(kind), Where(where[0]) if where else Where.ANY)
    return forms


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-per-line list, lowercased (titles, honorifics, org words, ...)."""
    return frozenset(w.lower() for w in _lines(f"{name}.txt"))


@cache
def name_words(name: str) -> frozenset[str]:
    """A word list for typing and cleaning names, ``data/names/<name>.txt`` (its header says its source;
    ``quotes.naming`` holds them under their own names)."""
    return frozenset(_lines(f"names/{name}.txt"))


@cache
def name_table(name: str) -> MappingProxyType[str, str]:
    """A two-column table for names, ``data/names/<name>.tsv``, first column -> second, in file order
    (nicknames: "joe" -> "joseph"; party labels: "GOP" -> "Republican Party")."""
    return MappingProxyType(dict(line.split("\t") for line in _lines(f"names/{name}.tsv")))


@cache
def non_names() -> frozenset[str]:
    return frozenset(_lines("non_names.txt"))


@cache
def media() -> tuple[str, ...]:
    """Outlet names, longest first so "RIA Novosti" wins over shorter prefixes."""
    return tuple(sorted(_lines("media.txt"), key=len, reverse=True))


@cache
def places() -> dict[str, Place]:
    """Country, demonym and capital (each as written) -> Place."""
    table: dict[str, Place] = {}
    for line in _lines("places.txt"):
        name, demonym, capital = (line.split("|") + ["", ""])[:3]
        place = Place(name, demonym, capital)
        for key in (name, demonym, capital):
            if key:
                table.setdefault(key, place)
    return table


@cache
def common_words() -> frozenset[str]:
    """Words usually written lowercase (derived from PolNeAR train): a sentence-initial capitalised
    one ("Meanwhile", "Rival", "Correction") opens the sentence, it does not name anyone."""
    return frozenset(_lines("common_words.txt"))


@cache
def role_nouns() -> frozenset[str]:
    """Head nouns of appositives after names (derived from PolNeAR train), with titles.txt and the
    hand-added role nouns no derived list holds (role_nouns_hand.txt)."""
    return frozenset(_lines("role_nouns.txt")) | words("titles") | frozenset(_lines("role_nouns_hand.txt"))


@cache
def occupations() -> frozenset[str]:
    """Occupation nouns from WordNet 3.0 noun.person (data/occupations.txt): role heads no
    PolNeAR appositive showed ("coach", "referee", "investor")."""
    return frozenset(_lines("occupations.txt"))


@cache
def surnames() -> frozenset[str]:
    """The 50,000 most frequent US Census surnames, lowercase."""
    return frozenset(surname_ranks())


@cache
def surname_ranks() -> dict[str, int]:
    """Census surname (lowercase) -> its frequency rank, 1 the commonest (the file is in that order)."""
    ranks: dict[str, int] = {}
    for line in _lines("surnames.txt"):
        ranks.setdefault(line.lower(), len(ranks) + 1)
    return ranks


# a lone US place name that is also a surname this common is read as the surname ("Dallas", rank 3,287;
# "Washington", 92); a rarer one as the place ("Phoenix", 8,895)
PLACE_OVER_SURNAME_RANK = 5000


@cache
def us_places() -> frozenset[str]:
    """US states and US cities of at least 100,000 people, as written."""
    return frozenset(_lines("us_places.txt"))


def is_us_place(words: Sequence[str]) -> bool:
    """A US state or large city as a whole name ("New York", "Sacramento", "Phoenix"); a lone word only
    when it is no given name and no common surname (not "Warren", "Madison" or "Dallas")."""
    name = " ".join(words)
    if name not in us_places():
        return False
    rank = surname_ranks().get(name.lower())
    return len(words) > 1 or (name.lower() not in first_names() and (rank is None or rank > PLACE_OVER_SURNAME_RANK))


@cache
def first_names() -> dict[str, str]:
    """First name (lowercase) -> "f" or "m" where US baby-name records give one sex >= 90%."""
    table = {}
    for line in _lines("first_names.tsv"):
        name, sex = line.split("\t")
        table[name] = sex
    return table


def gender(first_name: str) -> str | None:
    """ "f", "m" or None (unknown or used for both) for a first name."""
    return first_names().get(first_name.lower().rstrip("."))
