"""Affiliation from the article's context: whom a speaker acts for, when the article says it away from the name.

A fact-checker reads "in what capacity" on every row, and news often states a speaker's organisation
only in the headline: the party ("Chancellor rallies Labour voters … Gordon Brown"), the union
("Job cuts 'false economy' - TUC … General secretary Brendan Barber"), the band ("Portishead back
after eight years … Founding member Geoff Barrow"). The rules beside a name (extract/sources.py)
never see it. This stage runs after attribution: a named person (or an unnamed spokesman, official or
source) the rules left with no affiliation gets the organisation, party, team or country the headline
names, when it is the only one the headline names that the article also names in a paragraph where
it names the speaker (``stated_candidate``). Anything less sure is left empty: on the multi-beat dev
half a logistic ranker over every organisation the article names (position, frequency, distance to
the speaker) added more wrong affiliations than right ones at every threshold, cross-validated over
articles (docs/accuracy.md), so the stage keeps only this one frame.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotes import lexicons, naming
from quotes.extract.document import ArticleDoc
from quotes.extract.paragraphs import is_title_case
from quotes.types import Speaker, SpeakerType, Token

# words that join the capitalised words of one name ("Department of Public Safety", "Customs and Border Protection")
# ("and" and "for" join two names as often: "Magic Johnson and Lakers", "Rangers for Scotland")
_JOINERS = frozenset({"of", "the", "de", "&"})
_CALENDAR = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                       r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class Candidate:
    """An organisation, party, team or country the article names, with where it names it."""

    name: str  # the longest form the article writes ("Los Angeles Lakers" for "Lakers" too)
    keys: frozenset[tuple[str, ...]]  # every form, folded, without "the"
    units: tuple[int, ...]  # the units it occurs in, one entry per occurrence
    positions: tuple[tuple[int, int, int], ...]  # (unit, first token, last token) per occurrence
    kind: str  # "country", "party", "org" (an organisation head word) or "name"


# -- the article's organisations -----------------------------------------------------------------

def _capitalised(token: Token) -> bool:
    word = token.text
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _runs(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Runs of capitalised tokens, joined across "of"/"and"/"the" when a capital follows."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not _capitalised(tokens[i]):
            i += 1
            continue
        j = i
        while j + 1 < n and (_capitalised(tokens[j + 1]) or (
                tokens[j + 1].text.lower() in _JOINERS and j + 2 < n and _capitalised(tokens[j + 2]))):
            j += 1
        runs.append((i, j))
        i = j + 1
    return runs


def people_named(entities) -> list[tuple[str, ...]]:
    """The name words of the registry's people that read as a person's full name (a given name first):
    the registry also holds lone words it could not type ("Blackburn", "Rangers")."""
    return [e.name_tokens for e in entities
            if len(e.name_tokens) >= 2 and (e.confirmed or e.name_tokens[0].lower() in lexicons.first_names())]


def _person_words(people: list[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(w.lower() for name in people for w in name)


def _trim(words: list[str], first_of_sentence: bool, mid_caps: frozenset[str], lower_words: frozenset[str]) -> list[str]:
    """A run less what is no part of an organisation's name: titles and honorifics in front ("Chancellor",
    "Mr"), a leading "The", and a sentence-initial word the article writes in lower case elsewhere and
    never capitalised mid-sentence ("But", "There")."""
    while words and (naming.is_title(words[0]) or words[0].lower().rstrip(".") in lexicons.words("honorifics")
                     or words[0].lower() in _JOINERS or words[0].lower() in naming.PRONOUNS
                     or (first_of_sentence and words[0] not in mid_caps and words[0].lower() in lower_words)):
        first_of_sentence = False
        words = words[1:]
    while words and words[-1].lower() in _JOINERS:
        words = words[:-1]
    return words


def _kind(words: list[str]) -> str:
    folded = " ".join(words).lower()
    if folded in naming.COUNTRIES or folded in ("us", "u.s.", "uk", "britain", "united states", "united kingdom"):
        return "country"
    if folded in naming.PARTIES or any(w.lower() in ("party", "labour", "tory", "tories") for w in words):
        return "party"
    if any(lexicons.words("org_words") & {w.lower().rstrip(".")} for w in words) or naming.is_org_head(words[-1]):
        return "org"
    return "name"


def _country_of(demonym: str) -> str | None:
    """The country a demonym names ("Venezuelan" -> "Venezuela"), by the longest shared beginning."""
    word = demonym.lower()
    if word not in naming.DEMONYMS:
        return None
    best = max(naming.COUNTRIES, key=lambda c: len(_shared_prefix(c, word)))
    return best.title() if len(_shared_prefix(best, word)) >= max(4, len(best) - 2) else None


def _shared_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _name_like(words: list[str], person_words: frozenset[str]) -> bool:
    """A run that names a person ("Thierry Henry", "Mr Lebedev") or a date, not an organisation."""
    if any(w.lower() in person_words for w in words):
        return True
    if _CALENDAR.fullmatch(words[0]) or all(_CALENDAR.fullmatch(w) or w.isdigit() for w in words):
        return True
    if len(words) in (2, 3) and _kind(words) == "name" and words[0].lower() in lexicons.first_names():
        return True  # a person the article names, not as a speaker
    if len(words) > 1 and all(w.isupper() for w in words) and not any(lexicons.words("org_words") & {w.lower()} for w in words):
        return True  # a capitalised heading or dateline ("LOS ANGELES", "CLOSEOUT SEQUENCE")
    return False


def article_candidates(doc: ArticleDoc, people: list[tuple[str, ...]]) -> list[Candidate]:
    """The organisations, parties, teams and countries the article names, one per name (shorter forms
    merged into the longer one they end: "Lakers" into "Los Angeles Lakers")."""
    mid_caps = frozenset(re.findall(r"(?<=[a-z] )[A-Z][\w’'-]*", doc.text))
    lower_words = frozenset(re.findall(r"\b[a-z][a-z’'-]*\b", doc.text))
    person_words = _person_words(people)
    found: dict[tuple[str, ...], list[tuple[int, int, int, str]]] = {}
    for unit in doc.units:
        tokens = unit.tokens
        for i, j in _runs(tokens):
            words = [t.text for t in tokens[i:j + 1] if t.text not in _POSSESSIVE]
            lead = len(words)
            words = _trim(words, i == 0 or tokens[i - 1].text in "“\"‘':—-(", mid_caps, lower_words)
            if not words or _name_like(words, person_words):
                continue
            first = i + (lead - len(words))
            if len(words) == 1 and (country := _country_of(words[0])):
                words = [country]
            key = tuple(w.lower() for w in words if w.lower() != "the")
            if key:
                found.setdefault(key, []).append((unit.index, first, j, " ".join(words)))
    return _merge(found)


def _merge(found: dict[tuple[str, ...], list[tuple[int, int, int, str]]]) -> list[Candidate]:
    longer = {}
    for key in found:
        host = max((k for k in found if len(k) > len(key) and k[-len(key):] == key), key=len, default=None)
        longer[key] = host or key
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key, host in longer.items():
        while longer[host] != host:
            host = longer[host]
        groups.setdefault(host, []).append(key)
    out = []
    for host, keys in groups.items():
        places = sorted(p for k in keys for p in found[k])
        name = max((p[3] for p in found[host]), key=len)
        out.append(Candidate(name, frozenset(keys), tuple(p[0] for p in places),
                             tuple(p[:3] for p in places), _kind(name.split())))
    return out


# -- a speaker against each candidate --------------------------------------------------------------

@dataclass(frozen=True)
class SpeakerPlaces:
    """Where the article names one speaker: (unit, first token, last token) per mention."""

    speaker: Speaker
    positions: tuple[tuple[int, int, int], ...]


def speaker_places(doc: ArticleDoc, speaker: Speaker, mentions: list[tuple[int, int]]) -> SpeakerPlaces:
    """The speaker's mentions that attribute its quotes (``mentions``: character spans) and, for a person,
    every other place the article writes the surname."""
    surname = speaker.name.split()[-1] if speaker.type == SpeakerType.PERSON and speaker.name[:1].isupper() else None
    places = []
    for unit in doc.units:
        for k, token in enumerate(unit.tokens):
            if (surname and token.text == surname) or any(s <= token.start < e for s, e in mentions):
                places.append((unit.index, k, k))
    return SpeakerPlaces(speaker, tuple(places))


# the heads of an unnamed source who speaks for an organisation ("a party spokesman", "an agency official");
# a plural ("analysts", "officials") is a group of many, whom news rarely ties to one organisation
_SOURCE_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "insider"})


def wants_context(speaker: Speaker) -> bool:
    """A named person ("Gordon Brown"), or an unnamed source ("a party spokesman"), that the rules left
    with no affiliation: an organisation, a lone word or a group is left as it is."""
    if speaker.affiliation:
        return False
    words = speaker.name.split()
    if speaker.type == SpeakerType.PERSON and len(words) >= 2 and all(w[:1].isupper() for w in words):
        return True
    return speaker.name[:1].islower() and words[-1].lower() in _SOURCE_HEADS


def stated_candidate(doc: ArticleDoc, who: SpeakerPlaces, cands: list[Candidate]) -> Candidate | None:
    """The one organisation a sentence-case headline names that the article also names in a paragraph
    where it names the speaker; None when there is no such organisation or more than one."""
    headings = {u.index for u in doc.units if doc.is_heading(u) and not is_title_case([t.text for t in u.tokens])}
    paragraphs = {doc.units[u].paragraph for u, _f, _l in who.positions}
    fits = [c for c in cands if any(u in headings for u in c.units)
            and any(doc.units[u].paragraph in paragraphs for u in c.units if u not in headings)]
    return fits[0] if len(fits) == 1 else None


def with_context_affiliations(doc: ArticleDoc, speakers_of: list[tuple[Speaker, ...]],
                              people: list[tuple[str, ...]]) -> dict[str, str]:
    """For each speaker name that wants one, the affiliation the headline states (``speakers_of``: each
    quote's speakers)."""
    wanting = {s.name: s for speakers in speakers_of for s in speakers if wants_context(s)}
    if not wanting:
        return {}
    speaking = {tuple(s.name.split()) for speakers in speakers_of for s in speakers if s.type == SpeakerType.PERSON}
    cands = article_candidates(doc, people + sorted(speaking))
    chosen = {}
    for name, speaker in wanting.items():
        mentions = [(s.mention.start, s.mention.end) for speakers in speakers_of for s in speakers
                    if s.name == name and s.mention is not None]
        found = stated_candidate(doc, speaker_places(doc, speaker, mentions), cands)
        if found is not None:
            chosen[name] = found.name
    return chosen
