"""Clean a speaker name before it is given an identity across the pile.

Names arrive from many extractors and hand-made files, so the linking pass cleans them itself:

* a pronoun ("they", "he") is an unresolved speaker, never a name: no identity;
* label words before a name (party, state, title, rival, donor...: "Republican Donald Trump",
  "Vermont Sen. Bernie Sanders", "Former Florida Gov. Jeb Bush") are the speaker's affiliation or role,
  not part of the name: they are dropped from the name and kept as labels;
* sentence openers dragged into a name by a capital letter ("So", "Meanwhile Trump", "What Mr. Obama",
  "Injecting Clinton") are dropped; a name that is nothing but openers and labels ("Once",
  "Democratic") is no name;
* a Title Case headline ("Chris Christie Calls Hillary Clinton", "Experience Of Serving Under Obama")
  is not a run of names: no identity;
* a "person" whose name ends in an organisation's head word ("White House") is an organisation, and one
  ending in a plural group noun ("Democrats", "Pennsylvania Republicans") a group.

Lower-case names ("unnamed senior official") are the extractor's descriptions of unnamed sources and
pass through untouched. Word lists and their provenance: ``labels.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nameparser.config import CONSTANTS

from quotes.crossdoc.labels import (
    DEMONYMS,
    GIVEN_NAME_LABELS,
    GROUP_HEADS,
    HEADLINE_WORDS,
    ING_GIVEN_NAMES,
    INNER_TITLES,
    OPENERS,
    ORG_HEADS,
    ORG_LEADS,
    ORG_NAMES,
    PARTIES,
    PRONOUNS,
    STATES,
    TITLES,
)

MAX_NAME_WORDS = 3  # more words than this (initials, particles, suffixes aside) is a headline, not a name
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "ibn", "st."})
_NAMEPARSER_TITLES = frozenset(t.casefold() for t in CONSTANTS.titles)
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# a capital inside one word is a brand ("ProPublica", "LinkedIn", "HuffPo"), except after a name prefix ("McConnell")
_BRAND = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|O’|D'|D’)[A-Z])[A-Z][a-z]+[A-Z]\w*")
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "sir", "dame", "top", "former", "ex"})
_POSSESSIVE = re.compile(r"['’]s?$")


class Why:
    """Why a name got no identity, or what was done to it."""

    PRONOUN = "pronoun"
    OPENER = "sentence opener or label only"
    HEADLINE = "headline fragment"


@dataclass(frozen=True)
class CleanName:
    name: str  # "" when the name is no speaker identity
    type: str
    labels: tuple[str, ...] = ()  # the dropped label words ("Republican", "Vermont Sen.")
    why: str = ""  # set when name is ""

    @property
    def resolved(self) -> bool:
        return bool(self.name)


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def _after_inner_title(tokens: list[str]) -> int:
    """Where the person begins after the last title word inside the name (0: no such title)."""
    for k in range(len(tokens) - 2, 0, -1):
        if _fold(tokens[k]).rstrip(",") in INNER_TITLES:
            rest = tokens[k + 1 :]
            last = _fold(rest[-1]).rstrip(".,")
            if 1 <= len(rest) <= 4 and all(t[:1].isupper() for t in rest) and last not in ORG_HEADS | GROUP_HEADS:
                return k + 1
            return 0
    return 0


def _leading_label(tokens: list[str], first: bool = False) -> int:
    """How many tokens at the start form one label (a state may take two words); 0 when none."""
    if len(tokens) >= 2 and _fold(" ".join(tokens[:2])) in STATES:
        return 2
    word = _fold(tokens[0])
    bare = word.rstrip(",")
    if bare in OPENERS or bare in DEMONYMS or bare in PARTIES or bare in TITLES or bare in STATES or bare.rstrip(".") in TITLES:
        return 1
    # nameparser's 800 titles ("Fr.", "Bishop", "Sgt."), some of which are given names too: only before a full name
    if first and bare.rstrip(".") in _NAMEPARSER_TITLES and len(tokens) in (3, 4) and _fold(tokens[-1]) not in ORG_HEADS | OPENERS:
        return 1
    if bare.endswith("ing") and len(bare) >= 5 and bare not in ING_GIVEN_NAMES:  # "Injecting Clinton": a gerund
        return 1
    return 0


@lru_cache(maxsize=65536)
def clean_name(name: str, type_: str = "person") -> CleanName:
    """The name as an identity is made of it; see the module docstring."""
    name = " ".join(name.split())
    if not name:
        return CleanName("", type_, why=Why.PRONOUN)
    if _fold(name) in PRONOUNS:
        return CleanName("", "unknown", why=Why.PRONOUN)
    if not name[:1].isupper() and not name[:1].isdigit():
        return CleanName(name, type_)  # the extractor's description of an unnamed source
    tokens = name.split()
    tokens[-1] = _POSSESSIVE.sub("", tokens[-1]) or tokens[-1]
    inner = _after_inner_title(tokens) if type_ not in ("person", "unknown") else 0
    prefix = [" ".join(tokens[:inner])] if inner else []
    if inner:  # "Senate Minority Leader Harry Reid", typed an organisation or not: a person
        tokens, type_ = tokens[inner:], "person"
    while len(tokens) > 2 and _fold(tokens[-1]).rstrip(".,") in STATES and _fold(tokens[-1]) not in GIVEN_NAME_LABELS:
        tokens = tokens[:-1]  # "Sanders Iowa"
    if len(tokens) == 2 and _fold(tokens[-1]).rstrip(".,") in STATES - GIVEN_NAME_LABELS and type_ == "person":
        tokens = tokens[:-1]
    while len(tokens) > 1 and _fold(tokens[-1]).rstrip(".,") in _TIME_WORDS:  # "Trump Wednesday", "White House Saturday"
        tokens = tokens[:-1]
    last = _fold(tokens[-1]).rstrip(".,")
    if type_ in ("person", "unknown"):
        if last in GROUP_HEADS:
            type_ = "group"
        elif len(tokens) == 1 and _BRAND.fullmatch(tokens[0]):
            type_ = "organisation"
        elif (last in ORG_HEADS or _fold(tokens[0]) in ORG_LEADS) and len(tokens) >= 2 or _fold(" ".join(tokens)) in ORG_NAMES or (len(tokens) == 1 and re.fullmatch(r"[A-Z]{2,6}", tokens[0]) and tokens[0] != "I"):
            type_ = "organisation"
    if type_ not in ("person", "unknown"):
        kept = list(tokens)
        while kept and _fold(kept[0]).rstrip(",") in OPENERS:
            kept.pop(0)
        if not kept:
            return CleanName("", type_, why=Why.OPENER)
        return CleanName(" ".join(kept), type_)
    labels: list[str] = list(prefix)
    while tokens:
        n = _leading_label(tokens, first=not inner and not labels and len(tokens) == len(name.split()))
        if not n:
            break
        rest = tokens[n:]
        # a state or title that is also a given name, before one more word, is a name ("Virginia Foxx", "Dean Baquet")
        if n == 1 and _fold(tokens[0]) in GIVEN_NAME_LABELS and len(rest) == 1:
            break
        head = _fold(tokens[0]).rstrip(",")
        if head not in OPENERS and head not in _HONORIFICS and not (head.endswith("ing") and head not in TITLES):
            labels.append(" ".join(tokens[:n]).rstrip(","))
        tokens = rest
    later = _after_inner_title(tokens) if tokens else 0
    if later:  # "Impeach AG Lynch": a title further in
        labels.append(" ".join(tokens[:later]))
        tokens = tokens[later:]
    if not tokens or _fold(tokens[-1]).rstrip(".,") in PARTIES:  # "Sarasota Republican": a description, no name
        return CleanName("", type_, tuple(labels), why=Why.OPENER)
    inner = [t for t in tokens[1:] if t[:1].isupper()]
    if any(_fold(t).rstrip(",") in HEADLINE_WORDS for t in inner):
        return CleanName("", type_, tuple(labels), why=Why.HEADLINE)
    name_words = [t for t in tokens if not _is_initial(t) and _fold(t) not in _PARTICLES and _fold(t).rstrip(",") not in _SUFFIXES]
    if len(name_words) > MAX_NAME_WORDS:
        return CleanName("", type_, tuple(labels), why=Why.HEADLINE)
    return CleanName(" ".join(tokens), type_, tuple(labels))
