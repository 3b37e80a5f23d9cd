"""Roles the article states of a named person in a predicate, away from any quote.

"Charles Clarke faces his first real test as home secretary", "Brown is preparing to oust Alan
Milburn as Labour's election supremo", "Dame Alicia Markova, who has died aged 94, was the UK's first
prima ballerina": the capacity is written as the complement of "as" or of a copula after the name,
not as a title or an appositive, so the sources stage gives it to no mention. Read last, when the
drafts are frozen, for a named person none of whose rows carries a role; two different roles stated
for one person give none.
"""

from __future__ import annotations

from dataclasses import replace

from quotes import lexicons
from quotes.extract.coref import CLAUSE_ADVERBS, PHRASE_ENDS, verb_after
from quotes.extract.document import ArticleDoc
from quotes.extract.sources import is_rolenoun
from quotes.types import Mention, MentionKind, Quote, SpeakerType, Token, Unit

COPULAS = frozenset({"is", "was"})
COMPLEMENT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their"})
# "as well as", "such as", "as soon as": no capacity; "as if", "as though": a clause
_NOT_CAPACITY_AFTER = frozenset({"well", "much", "many", "soon", "long", "far", "if", "though", "good", "part", "expected", "usual", "likely", "such"})
# words that end the clause the name is in before any "as": a relative, a conjunction, a subordinator
_CLAUSE_WORDS = frozenset({"that", "who", "which", "and", "but", "when", "while", "because", "after", "before", "if"})
# verbs whose object "as" describes ("described Jones as", "named her deputy as", "replaced the old system as")
_OBJECT_PREDICATIVE = ("describ", "regard", "nam", "appoint", "replac", "succeed", "hail", "brand", "dismiss", "label",
                       "cast", "chose", "choos", "pick", "hire", "elect", "nominat", "view", "see", "saw")
_ROLE_WORDS = 4  # lowercase words a stated role may hold ("director of general election communications" stops at "of")
_AS_REACH = 8  # tokens from the name to the "as" of its capacity ("faces his first real test as")


def stated_roles(doc: ArticleDoc, quotes: list[Quote]) -> list[Quote]:
    """Each named person whose rows carry no role takes the one role a predicate of the article states."""
    people = _roleless_people(quotes)
    if not people:
        return quotes
    found: dict[str, set[str]] = {}
    for unit, mentions in zip(doc.units, doc.mentions, strict=True):
        if doc.is_heading(unit):
            continue
        for m in mentions:
            name = _whose(m, people)
            role = _predicate_role(unit, mentions, m) if name else None
            if role:
                found.setdefault(name, set()).add(role)
    lone = {name: next(iter(roles)) for name, roles in found.items() if len({r.lower() for r in roles}) == 1}
    if not lone:
        return quotes
    return [replace(q, speakers=tuple(replace(s, role=lone[s.name]) if s.name in lone and not s.role else s
                                      for s in q.speakers))
            if any(s.name in lone and not s.role for s in q.speakers) else q for q in quotes]


def _roleless_people(quotes: list[Quote]) -> dict[str, str]:
    """Surname -> full name of each named person none of whose rows carries a role (a surname two
    people share gives neither)."""
    names, with_role = set(), set()
    for q in quotes:
        for s in q.speakers:
            if s.type != SpeakerType.PERSON or s.mention is None or not s.name[:1].isupper() \
                    or s.name.lower().startswith(("unnamed ", "the ", "a ", "an ")):
                continue
            (with_role if s.role else names).add(s.name)
    surnames: dict[str, list[str]] = {}
    for name in names | with_role:
        surnames.setdefault(name.split()[-1], []).append(name)
    return {sur: full[0] for sur, full in surnames.items() if len(full) == 1 and full[0] not in with_role}


def _whose(m: Mention, people: dict[str, str]) -> str | None:
    """The roleless person a mention names: their full name, or their surname alone."""
    if m.kind != MentionKind.PERSON or m.anonymous or not m.tokens:
        return None
    full = people.get(m.tokens[-1])
    return full if full is not None and (len(m.tokens) == 1 or m.name == full) else None


def _predicate_role(unit: Unit, mentions: tuple[Mention, ...], m: Mention) -> str | None:
    """The role a copula or an "as" right after the mention states of it."""
    tokens, usable = unit.tokens, unit.usable
    if not usable[m.last] or m.extent_end is not None and m.extent_end > m.last:
        return None  # an appositive already says what the person is
    k = _past_relative(tokens, m.last + 1)
    if k < len(tokens) and tokens[k].text in COPULAS and usable[k]:
        return _complement(tokens, usable, k + 1, definite=True)
    others = {i for o in mentions if o is not m and o.kind in (MentionKind.PERSON, MentionKind.PRONOUN)
              and o.name.lower() not in ("his", "her", "their", "its") for i in range(o.first, o.last + 1)}
    for j in range(m.last + 1, min(len(tokens), m.last + 1 + _AS_REACH)):
        word = tokens[j].text
        if not usable[j] or j in others or not word.replace("-", "").isalnum() or word.lower() in _CLAUSE_WORDS \
                or word.lower().startswith(_OBJECT_PREDICATIVE) or j > m.last + 1 and not _opens_sentence(m):
            return None  # "replaced the old system as head of …": the complement is the object's, not the name's
        if word == "as":
            nxt = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
            prev = tokens[j - 1].text.lower()
            if nxt in _NOT_CAPACITY_AFTER or prev in ("such", "well", "so", "same"):
                return None
            return _complement(tokens, usable, j + 1, definite=False)
    return None


def _phrase_ends(word: str) -> bool:
    """Whether a role phrase ends before ``word``: punctuation, a function word, an adverb."""
    return not word.isalpha() or word.lower() in PHRASE_ENDS or word.lower() in CLAUSE_ADVERBS


def _post_noun(word: str) -> bool:
    """A head a body's possessive may own as a post ("Labour's election supremo", "the UK's first prima
    ballerina"): a singular noun that is no common word of PolNeAR's copy."""
    return not word.endswith("s") and word not in lexicons.common_words()


def _opens_sentence(m: Mention) -> bool:
    """Whether the name (or its honorific, "Mr Clarke") opens the sentence: the clause's subject."""
    return m.first == 0 or m.first == 1 and m.honorific is not None or m.extent_start == 0


def _past_relative(tokens: tuple[Token, ...], k: int) -> int:
    """Past a relative clause set off by commas right after the name (", who has died in Bath aged 94,")."""
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.lower() == "who":
        close = next((j for j in range(k + 2, len(tokens)) if tokens[j].text == ","), None)
        return close + 1 if close is not None else len(tokens)
    return k


def _complement(tokens: tuple[Token, ...], usable: tuple[bool, ...], k: int, *, definite: bool) -> str | None:
    """A role phrase from token k: a determiner or an owner ("Labour's", "the UK's"), then lowercase
    words ending at a role noun where the noun phrase ends ("first prima ballerina", "election supremo").
    After a copula the phrase must open with "the" or an owner ("X is the chief executive"), never an
    adjective or "a" ("X was happy", "X is a winner")."""
    n = len(tokens)
    opened = k < n and tokens[k].text.lower() in COMPLEMENT_OPENERS
    the = k < n and tokens[k].text.lower() == "the"
    k += opened
    owned = k + 1 < n and tokens[k].text[:1].isupper() and tokens[k + 1].text in ("'s", "’s")
    if owned:
        k, opened = k + 2, True  # "the UK's", "Labour's"
    if definite and not (the or owned):  # "X is a winner": a quality, not a post
        return None
    words = []
    while k < n and len(words) < _ROLE_WORDS and usable[k] and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and not _phrase_ends(tokens[k].text):
        words.append(tokens[k].text)
        k += 1
    after = tokens[k].text if k < n else "."
    ends = _phrase_ends(after) and not verb_after(after)  # "as the president arrived": a clause, no capacity
    if not words or not (is_rolenoun(words[-1]) or owned and _post_noun(words[-1])) or not ends:
        return None
    if words[-1] in ("star", "figure") or any(verb_after(w) for w in words[:-1]):
        return None
    return " ".join(words)
