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

* a description ("the candidate", "a Treasury official", "the poll") is judged by its head noun: a group
  label, an unnamed source of its article, an unresolved mention (definite: it refers back) or no speaker;
* places, buildings, documents, events and names of common words only are no speakers.
* what the name itself tells (issue 14, round 3): a lone nationality or religious adjective ("Romanian", "Muslim")
  is no one; a name ending in a function word was cut short ("… Union of": mended from its article, else flagged);
  "X of Y" is typed by X ("Bank of America"); pollsters, a news outlet before a full name ("Fox News Sean Hannity":
  the outlet is a label), headline capitals before a name, an appositive after it (", a conservative PAC") and
  regions that never speak (``quotes/data/places.txt``) are read as such.

Word lists and their provenance: ``quotes/naming.py`` and ``quotes/data/names/``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from nameparser.config import CONSTANTS

from quotes import lexicons
from quotes.naming import (  # the word lists and their provenance: quotes/naming.py, quotes/data/names/
    COUNTRIES,
    CUT_ENDS,
    DEFINITE,
    DEMONYMS,
    DESCRIBED_ORGS,
    DETERMINERS,
    DISTRIBUTIVES,
    DOCUMENT_HEADS,
    EVENT_HEADS,
    FACILITY_HEADS,
    GIVEN_NAME_LABELS,
    GROUP_HEADS,
    HEADLINE_VERBS,
    HEADLINE_WORDS,
    ING_GIVEN_NAMES,
    INNER_TITLES,
    LOWER_OPENERS,
    OPENERS,
    ORG_HEADS,
    PARTIES,
    POLLSTERS,
    POSTMODIFIERS,
    PRONOUNS,
    QUANTITIES,
    RELATIVES,
    RELIGIOUS_ADJECTIVES,
    STATES,
    TITLES,
    is_common_word,
    name_type,
    person_noun,
)
from quotes.naming import fold as _fold
from quotes.types import SpeakerType

MAX_NAME_WORDS = 3  # more words than this (initials, particles, suffixes aside) is a headline, not a name
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v"})
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "ibn", "st."})
_NAMEPARSER_TITLES = frozenset(t.casefold() for t in CONSTANTS.titles)
# a number word opens an organisation's name ("One America News Network", "Second Harvest"), not a sentence
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve first second third".split())
_TIME_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms", "sir", "dame", "top", "former", "ex"})
_POSSESSIVE = re.compile(r"['’]s?$")


class Why:
    """Why a name got no identity, or what was done to it."""

    PRONOUN = "pronoun"
    OPENER = "sentence opener or label only"
    HEADLINE = "headline fragment"
    PLACE = "a place or building"
    COMMON = "common words, no name"
    ANAPHOR = "a definite description that refers back (unresolved, like a pronoun)"
    THING = "a description of no person, group or organisation"
    ADJECTIVE = "a nationality, religious or ethnic adjective alone"


@dataclass(frozen=True)
class CleanName:
    name: str  # "" when the name is no speaker identity
    type: str
    labels: tuple[str, ...] = ()  # the dropped label words ("Republican", "Vermont Sen.")
    why: str = ""  # set when name is ""
    cut: str = ""  # the function word a name cut short ends in ("of" of "American Civil Liberties Union of")

    @property
    def resolved(self) -> bool:
        return bool(self.name)


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


_PAIR_SPLIT = re.compile(r"\s*(?:,\s*and\b|,|\band\b|&)\s*")
# a given name run into a surname, as in a social-media handle ("HillaryClinton")
_HANDLE = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])([A-Z][a-z]+)([A-Z][a-z]{2,})")


def common_noun_alone(word: str) -> str:
    """A lone capitalised word news writes in lower case: "group" for people in the plural ("Attorneys",
    "Guests"), "thing" for anything else ("Public", "Hours"), "" when it is no common word. A surname
    that is also a word ("Sessions", "Hunt") is told apart by the pile (``speakers._named_somewhere``)."""
    bare = _fold(word).strip(".,")
    forms = {bare}
    if bare.endswith("s") and not bare.endswith(("ss", "us", "is", "ics", "news")):
        forms |= {bare[:-1], bare[:-2] if bare.endswith("es") else bare[:-1], bare[:-3] + "y" if bare.endswith("ies") else bare[:-1]}
    if not any(is_common_word(w) for w in forms):
        return ""
    return "group" if bare.endswith("s") and person_noun(bare) else "thing"


def _handle(tokens: list[str]) -> list[str]:
    """ "HillaryClinton" -> ["Hillary", "Clinton"]: one word that is a given name and a capitalised rest."""
    if len(tokens) == 1:
        m = _HANDLE.fullmatch(tokens[0])
        if m and m.group(1).lower() in lexicons.first_names():
            return [m.group(1), m.group(2)]
    return tokens


def _pair(name: str, type_: str) -> CleanName | None:
    """ "Jeff Patch and Iowa Republican", "Bob Mulholland and California", "U.S. and United States": a pair
    whose other member is a label, a place or the same name again is one speaker; None when not such a pair."""
    parts = [p for p in _PAIR_SPLIT.split(name) if p]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return None
    from quotes.crossdoc.textnorm import label_key

    keys = {label_key(p) for p in parts}
    if len(keys) == 1 and len(set(parts)) > 1:  # one name written two ways: one organisation or country
        return clean_name(max(parts, key=len), SpeakerType.ORGANISATION)
    people = [clean_name(p, SpeakerType.PERSON) for p in parts]
    kept = [(p, c) for p, c in zip(parts, people, strict=False) if c.resolved and c.type == SpeakerType.PERSON and _fold(p) not in STATES]
    if len(kept) == 1 and len(kept[0][1].name.split()) >= 2 and len(kept) < len(parts):
        return kept[0][1]
    return None

_DATELINE = re.compile(r"[A-Z]{3,}(?:[ .][A-Z]{2,})*[-–—]+(?=[A-Z][a-z])")  # "CLEVELAND-Donald Trump"
_CAPS = re.compile(r"[A-Z]{4,}")
# an appositive after a capitalised name: a comma, a determiner and a lower-case description
_APPOSITIVE = re.compile(r"(?<=[A-Za-z.]),\s+(?:a|an|the|his|her|its|their)\s+[a-z].*$")
_GLUED = re.compile(r"[A-Z]{2,}([A-Z][a-z]+)\b")  # "Donald Trump MANCHESTER": a dateline after the name


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """News outlets (``quotes/data/media.txt``), folded, without a leading "The"."""
    out = set()
    for outlet in lexicons.media():
        f = _fold(outlet).replace(".", "")
        out.add(f[4:] if f.startswith("the ") else f)
    return frozenset(out)


@lru_cache(maxsize=1)
def _silent_places() -> frozenset[str]:
    """The regions and cities of ``quotes/data/places.txt`` listed without demonym or capital: they never speak."""
    return frozenset(_fold(k) for k, p in lexicons.places().items() if k == p.name and not p.demonym and not p.capital)


def _outlet_before_person(tokens: list[str]) -> int:
    """How many leading tokens are a news outlet (``quotes/data/media.txt``) before a full name that starts with a
    given name ("Fox News Sean Hannity"); 0 when none."""
    for k in range(len(tokens) - 2, 0, -1):
        rest = tokens[k:]
        if (_fold(" ".join(tokens[:k])).replace(".", "").removeprefix("the ") in _outlets() and len(rest) in (2, 3)
                and all(t[:1].isupper() for t in rest) and _fold(rest[0]) in lexicons.first_names()):
            return k
    return 0


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss") or word in {"people", "women", "men", "children", "police", "staff", "public", "crowd", "audience", "family", "kids"}


def _unmangled(name: str) -> str:
    """UTF-8 read as Latin-1 ("FranÃ§ois Hollande") back to what was written ("François Hollande")."""
    name = unicodedata.normalize("NFC", name)  # "Ã" may come as A and a combining tilde
    for _ in range(3):  # mangled twice over ("SarukhÃÂ¡n") is undone twice
        if not re.search("[ÃÂâ][\x80-\xbf€™œÂ]", name):
            break
        for codec in ("cp1252", "latin-1"):
            try:
                name = name.encode(codec).decode("utf-8")
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        else:
            break
    return name


def _lower_head(tokens: list[str]) -> bool:
    """A capitalised name whose head noun is lower case is a description: "Republican politicians and their
    allies in the conservative movement", "Wednesday's Quinnipiac poll"."""
    span = []
    for k, t in enumerate(tokens):
        if k and _fold(t) in POSTMODIFIERS:
            break
        span.append(t)
    head = span[-1].strip(",.;:")
    return len(span) >= 2 and head[:1].islower() and _fold(head) not in _PARTICLES and not re.search(r"\d", head)


def _without_openers(tokens: list[str]) -> list[str]:
    """Sentence openers before a description: "Even Democratic presidential candidates", "even her fellow cast members"."""
    while len(tokens) > 1 and (tokens[0][:1].isupper() and _fold(tokens[0]) in OPENERS
                               and _fold(tokens[0]) not in DETERMINERS | QUANTITIES or tokens[0] in LOWER_OPENERS):
        tokens = tokens[1:]
    return tokens


_QUANTIFIER_WORDS = DETERMINERS | QUANTITIES | {"almost", "about", "nearly", "roughly", "only", "just", "over", "some"}


def _after_quantifiers(tokens: list[str]) -> tuple[int, bool]:
    """Where the description's noun phrase starts after determiners, numbers and partitives ("many of them",
    "38% of likely voters", "4 in 10"), and whether a determiner made it definite."""
    definite, i = False, 0
    while True:
        while i < len(tokens) and _fold(tokens[i]) in _QUANTIFIER_WORDS:
            definite = definite or _fold(tokens[i]) in DEFINITE
            i += 1
        while i < len(tokens) and re.fullmatch(r"[\d.,%]+|percent|in", _fold(tokens[i])):
            i += 1
        if i < len(tokens) and _fold(tokens[i]) == "of":
            i += 1
            continue
        return i, definite


def _noun_phrase(tokens: list[str]) -> list[str]:
    """The words up to the head noun: a postmodifier, a participle after the head ("the order released Friday",
    not "registered voters") or a comma ends it."""
    span = []
    for k, t in enumerate(tokens):
        f = _fold(t).strip(",.;:")
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        participle = f.endswith("ed") and not person_noun(f) and (
            not after or not after[:1].islower() or _fold(after) in POSTMODIFIERS)
        if k and (f in POSTMODIFIERS or participle):
            break
        span.append(t)
        if t.endswith(","):
            break
    return span


def _without_clause(tokens: list[str], end: int, head: str) -> list[str]:
    """A plural's participle clause ("the progressives underwhelmed by …") and a relative clause ("one of those
    advisers, who spoke on the condition of anonymity") after the head noun go."""
    if end < len(tokens) and _fold(tokens[end]).endswith("ed") and not person_noun(_fold(tokens[end])) and _plural(head):
        tokens = tokens[:end]
    if end < len(tokens) and _fold(tokens[end]) in RELATIVES and "(" not in " ".join(tokens[:end]):
        tokens = tokens[:end]
        tokens[-1] = tokens[-1].rstrip(",;:")
    return tokens


def _description(name: str, type_: str) -> CleanName | None:
    """A description rather than a name: "the candidate", "a Treasury official", "19 percent of voters", "the poll".

    Its head noun decides: people in the plural are a group label; one person, when the description is definite
    ("the candidate", "his father"), is an unresolved mention like a pronoun, else an unnamed source of that
    article ("a Treasury official"); an institution is an organisation (named when a proper name modifies it,
    "the Trump campaign"); anything else ("the poll", "a joke", "19 percent") is no speaker. None: a name.
    """
    tokens = name.split()
    first = _fold(tokens[0])
    if first in ("who", "whom", "whose", "which"):  # a relative pronoun and what it heads: unresolved
        return CleanName("", SpeakerType.UNKNOWN, why=Why.PRONOUN)
    if first == "no" and (tokens[0] == "no" or (len(tokens) > 1 and tokens[1][:1].islower())):  # "no terrorist
        return CleanName("", type_, why=Why.THING)  # organization", "No one outside the board": a negation names no one
    tokens = _without_openers(tokens)
    first, name = _fold(tokens[0]), " ".join(tokens)
    if name[:1].isupper() and first not in DETERMINERS and first not in QUANTITIES and not _lower_head(tokens):
        return None
    i, definite = _after_quantifiers(tokens)
    span = _noun_phrase(tokens[i:])
    if not span:
        return CleanName("", SpeakerType.UNKNOWN, why=Why.PRONOUN if first in PRONOUNS else Why.THING)
    head_word = span[-1].strip(",.;:")
    head = _POSSESSIVE.sub("", _fold(head_word))
    if head_word[:1].isupper():
        return None  # "The Washington Post", "the Kremlin": a name after all
    if head in PRONOUNS:
        return CleanName("", SpeakerType.UNKNOWN, why=Why.PRONOUN)
    if len(tokens) == 1 and person_noun(head) and not _plural(head):
        return CleanName("", SpeakerType.UNKNOWN, why=Why.ANAPHOR)  # "candidate": a role noun without its determiner refers back
    tokens = _without_clause(tokens, i + len(span), head)
    name = " ".join(tokens)
    named = any(t[:1].isupper() for t in span[:-1] if _fold(t) not in DETERMINERS)
    lowered = tokens[0].lower() + (" " + " ".join(tokens[1:]) if len(tokens) > 1 else "") if first in DETERMINERS | QUANTITIES else name
    return _described(_Described(name, lowered, head, first, definite, named, tuple(tokens)), type_)


@dataclass(frozen=True)
class _Described:
    """A description read up to its head noun, for ``_described`` to type."""

    name: str
    lowered: str  # the name with its determiner in lower case ("the candidate")
    head: str
    first: str  # the first word, folded
    definite: bool
    named: bool  # a proper name modifies the head ("the Trump campaign")
    tokens: tuple[str, ...]


def _described(d: _Described, type_: str) -> CleanName:
    """What a description's head noun makes of it: a person, a group, an organisation, an anaphor or no one."""
    if d.first == "one" and person_noun(d.head):  # "one of those advisers": one person
        return CleanName(d.lowered, SpeakerType.PERSON)
    if d.first in DISTRIBUTIVES and person_noun(d.head):
        return CleanName(d.lowered, SpeakerType.GROUP)  # "each candidate": every one of several people
    if (d.definite and person_noun(d.head) and not _plural(d.head) and d.head not in DESCRIBED_ORGS
            and not any(_fold(t) in ("and", "&") for t in d.tokens)):
        return CleanName("", SpeakerType.UNKNOWN, why=Why.ANAPHOR)  # "the businessman's", whatever type it came with
    if type_ == SpeakerType.GROUP and (d.head in DESCRIBED_ORGS or person_noun(d.head)):
        return CleanName(d.lowered, SpeakerType.GROUP)  # "the government in Kyiv and its allies": a group label
    if d.head in DESCRIBED_ORGS:
        if d.named:  # "the Trump campaign": an organisation with a name
            return CleanName(d.name, SpeakerType.ORGANISATION)
        return CleanName("", SpeakerType.UNKNOWN, why=Why.ANAPHOR) if d.definite else CleanName(d.lowered, SpeakerType.ORGANISATION)
    if person_noun(d.head):
        if _plural(d.head):
            return CleanName(d.lowered, SpeakerType.GROUP)
        return CleanName("", SpeakerType.UNKNOWN, why=Why.ANAPHOR) if d.definite else CleanName(d.lowered, SpeakerType.PERSON)
    return CleanName("", type_, why=Why.THING)


def _leading_label(tokens: list[str], first: bool = False) -> int:
    """How many tokens at the start form one label (a state may take two words); 0 when none."""
    if len(tokens) >= 2 and _fold(" ".join(tokens[:2])) in STATES:
        return 2
    word = _fold(tokens[0])
    bare = word.rstrip(",")
    if bare in DEMONYMS and len(tokens) == 1:
        return 0  # a demonym alone is no label of anyone ("French" may be a surname)
    if bare in OPENERS or bare in DEMONYMS or bare in PARTIES or bare in TITLES or bare in STATES or bare.rstrip(".") in TITLES:
        return 1
    # nameparser's 800 titles ("Fr.", "Bishop", "Sgt."), some of which are given names too: only before a full name
    if first and bare.rstrip(".") in _NAMEPARSER_TITLES and len(tokens) in (3, 4) and _fold(tokens[-1]) not in ORG_HEADS | OPENERS:
        return 1
    if bare in lexicons.role_nouns() and len(tokens) >= 3 and all(t[:1].isupper() for t in tokens[1:]) and bare not in GIVEN_NAME_LABELS:
        return 1  # "Pollster Ann Selzer": a role noun before a full name
    if bare.endswith("ing") and len(bare) >= 5 and bare not in ING_GIVEN_NAMES:  # "Injecting Clinton": a gerund
        return 1
    return 0


@lru_cache(maxsize=65536)
def clean_name(name: str, type_: str = SpeakerType.PERSON) -> CleanName:
    """The name as an identity is made of it; see the module docstring.

    A capitalised name ending in a lower-case function word ("American Civil Liberties Union of") was cut short:
    a person's name is whole before it ("Jane Roe of" is Jane Roe), anything else keeps the word and says so in
    ``cut`` (the pile mends it from a longer name of its article, ``speakers``, or flags it)."""
    tokens = " ".join(name.split()).split()
    tail: list[str] = []
    while len(tokens) > 1 and tokens[0][:1].isupper() and tokens[-1] in CUT_ENDS:
        tail.insert(0, tokens.pop())
    if not tail:
        return _clean_name(name, type_)
    core = _clean_name(" ".join(tokens), type_)
    if not core.resolved or core.type == SpeakerType.PERSON:
        return core
    return CleanName(f"{core.name} {' '.join(tail)}", core.type, core.labels, cut=tail[-1])


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,5}")  # a party and a state: "D-Calif", "R-S.C."


def _clean_name(name: str, type_: str) -> CleanName:
    name = _unmangled(" ".join(name.split()))
    early = _no_name(name, type_)
    if early is not None:
        return early
    if (type_ == SpeakerType.ORGANISATION and " " not in name and name[:1].isupper() and not name.isupper()
            and is_common_word(name.lower()) and name not in lexicons.media()):
        return _clean_name(name.lower(), type_)  # "Police said": a sentence's capital on a common noun
    if type_ == SpeakerType.GROUP and "(" in name:
        name = re.sub(r"\s*\([^()]*\)", "", name).strip() or name  # "People (mostly men, …)": the aside goes
    described = _description(name, type_)
    if described is not None:  # "the candidate", "a Treasury official", "the poll"
        return described
    name = _without_furniture(name, type_)
    if type_ not in (SpeakerType.PERSON, SpeakerType.ORGANISATION) and (pair := _pair(name, type_)) is not None:
        return pair
    tokens = _handle(name.split())
    if len(tokens) == 2 and len(name.split()) == 1:  # a person's handle, whatever type it came with
        type_ = SpeakerType.PERSON
    tokens[-1] = _POSSESSIVE.sub("", tokens[-1]) or tokens[-1]
    known = _known_kind(name, tokens, type_)
    if known is not None:
        return known
    return _typed_name(name, tokens, type_)


def _no_name(name: str, type_: str) -> CleanName | None:
    """What is no name at all, whatever its type: nothing, a party tag, a letter, a pronoun, a possessor."""
    if not name:
        return CleanName("", type_, why=Why.PRONOUN)
    if _PARTY_TAG.fullmatch(name):  # "(D-Calif.)" cut off the name before it: a label only
        return CleanName("", type_, (name,), why=Why.OPENER)
    if len(re.sub(r"\W", "", name)) == 1:  # "K": a letter alone names no one
        return CleanName("", type_, why=Why.THING)
    if _fold(name) in PRONOUNS:
        return CleanName("", SpeakerType.UNKNOWN, why=Why.PRONOUN)
    if (name[:1].islower() or re.match(r"(?i)(?:the|a|an|his|her|their|its)\b", name)) and name.endswith(("’s", "'s", "s’", "s'")):
        # "The party's", "the Senate candidates’": the possessor of a noun the extraction cut off, no speaker
        return CleanName("", type_, why=Why.THING)
    return None


_PERSONISH = (SpeakerType.PERSON, SpeakerType.UNKNOWN)


def _without_furniture(name: str, type_: str) -> str:
    """An appositive, a dateline, a headline in capitals or capitals glued to a given name run into the name."""
    name = _APPOSITIVE.sub("", name, count=1)  # "America Rising, a conservative political action committee"
    name = _DATELINE.sub("", name, count=1)  # a dateline or a headline's last word run into the name, any type
    words_ = name.split()
    caps = 0
    while caps < len(words_) and re.fullmatch(r"[A-Z][A-Z.'’-]+", words_[caps]):
        caps += 1
    if (caps >= 3 and caps < len(words_) and re.fullmatch(r"[A-Z][a-z]\S*", words_[caps])
            and _fold(words_[caps]).rstrip(".,") not in TITLES | INNER_TITLES):  # "NAACP LDF President X" keeps its title
        name = " ".join(words_[caps:])  # "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee"
    if type_ in _PERSONISH:
        glued = _GLUED.match(name)
        if glued and len(name.split()) >= 2:
            name = name[glued.start(1):]  # "PMChris Christie": capitals run into a given name
        words_ = name.split()
        while len(words_) > 1 and _CAPS.fullmatch(words_[-1]) and words_[-2][:1].isupper() and not words_[-2].isupper():
            words_.pop()
        name = " ".join(words_)
    return name


def _known_kind(name: str, tokens: list[str], type_: str) -> CleanName | None:
    """Names whose words say what they are: a building, a document or event, a website, an adjective, a place,
    a pollster, an outlet before a person, a country or a news outlet."""
    last = _fold(tokens[-1]).rstrip(".,")
    if len(tokens) >= 2 and last in FACILITY_HEADS:  # "Trump Tower", "National Mall"
        return CleanName("", type_, why=Why.PLACE)
    if len(tokens) >= 2 and last in DOCUMENT_HEADS | EVENT_HEADS:  # "Quinnipiac Poll", "Iraq War"
        return CleanName("", type_, why=Why.THING)
    if re.fullmatch(r"[\w.-]+\.(?:com|org|net|gov|edu|co\.uk|info|io)", name, re.I):  # "Example.com": a website
        return CleanName(name, SpeakerType.ORGANISATION)
    folded = _fold(" ".join(tokens)).replace(".", "")
    if len(tokens) == 1 and (folded in DEMONYMS or folded in RELIGIOUS_ADJECTIVES) and folded not in lexicons.first_names():
        return CleanName("", type_, why=Why.ADJECTIVE)  # "Romanian", "Muslim": said of someone, no one's name
    if _fold(" ".join(tokens)) in _silent_places():  # "Hong Kong", "Middle East" (quotes/data/places.txt)
        return CleanName("", type_, why=Why.PLACE)
    if type_ in _PERSONISH and lexicons.is_us_place(tokens):  # "Sacramento", "San Jose": a city is no person
        return CleanName("", type_, why=Why.PLACE)
    if type_ in _PERSONISH and folded in POLLSTERS:  # "Latino Decisions": a polling firm
        return CleanName(" ".join(tokens), SpeakerType.ORGANISATION)
    outlet = _outlet_before_person(tokens)
    if outlet:  # "Fox News Sean Hannity": the outlet is the person's affiliation
        person = clean_name(" ".join(tokens[outlet:]), SpeakerType.PERSON)
        return CleanName(person.name, person.type, (" ".join(tokens[:outlet]), *person.labels), person.why)
    if type_ in _PERSONISH and (
        (folded in COUNTRIES and folded not in lexicons.first_names()) or folded in _outlets()
    ):  # "Ethiopia", "Guardian": a country's government or a news outlet
        return CleanName(" ".join(tokens), SpeakerType.ORGANISATION)
    return None


def _typed_name(name: str, tokens: list[str], type_: str) -> CleanName:
    """The name once its kind is not given by its words alone: trailing days and states go, an inner title makes
    a person, the head word types it; an organisation or group loses its openers, a person its labels."""
    if type_ == SpeakerType.UNKNOWN and len(tokens) >= 2 and all(t[:1].isupper() for t in tokens) and _fold(tokens[0]) in lexicons.first_names():
        type_ = SpeakerType.PERSON  # "Sharon Powers Geyer": a given name first
    if any(t[:1].isupper() and _fold(t).rstrip(",") in HEADLINE_VERBS for t in tokens[1:]):
        return CleanName("", type_, why=Why.HEADLINE)  # "Hillary Clinton Reassures House Democrats", any type
    tokens = _without_trailing_day(tokens)
    inner = _after_inner_title(tokens) if type_ not in _PERSONISH else 0
    prefix = [" ".join(tokens[:inner])] if inner else []
    if inner:  # "Senate Minority Leader Harry Reid", typed an organisation or not: a person
        tokens, type_ = tokens[inner:], SpeakerType.PERSON
    tokens = _without_trailing_state(tokens, type_)
    type_ = _type_from_head(tokens, type_)
    if type_ not in _PERSONISH:
        return _institution(tokens, type_)
    return _person(name, tokens, type_, prefix, inner)


def _without_trailing_day(tokens: list[str]) -> list[str]:
    while len(tokens) > 1 and _fold(tokens[-1]).rstrip(".,") in _TIME_WORDS:  # "Trump Wednesday", "White House Saturday"
        tokens = tokens[:-1]
        if len(tokens) > 1 and tokens[-1] in ("on", "last", "this", "next"):
            tokens = tokens[:-1]  # "Times on Saturday": the day's preposition goes with it
    return tokens


def _without_trailing_state(tokens: list[str], type_: str) -> list[str]:
    while (len(tokens) > 2 and _fold(tokens[-1]).rstrip(".,") in STATES and _fold(tokens[-1]) not in GIVEN_NAME_LABELS
           and type_ in _PERSONISH and not any(t in CUT_ENDS for t in tokens)):
        tokens = tokens[:-1]  # "Bernie Sanders Iowa"; never "University of Vermont"
    if (len(tokens) == 2 and _fold(tokens[-1]).rstrip(".,") in STATES - GIVEN_NAME_LABELS and type_ == SpeakerType.PERSON
            and _fold(" ".join(tokens)) not in STATES):
        tokens = tokens[:-1]
    return tokens


def _type_from_head(tokens: list[str], type_: str) -> str:
    """A person or unknown whose words make it a group or an organisation (``naming.name_type``) is that."""
    if type_ not in _PERSONISH:
        return type_
    return name_type(tokens) or type_


def _institution(tokens: list[str], type_: str) -> CleanName:
    """An organisation or group without its openers ("Fellow Republicans": the group is "Republicans")."""
    kept = list(tokens)

    def opener(word: str) -> bool:
        return word in OPENERS and not (type_ == SpeakerType.ORGANISATION and len(kept) > 1 and word in _NUMBER_WORDS)

    while kept and (opener(_fold(kept[0]).rstrip(",")) or (type_ == SpeakerType.GROUP and len(kept) > 1 and _fold(kept[0]) in ("fellow", "other", "rival"))):
        kept.pop(0)
    if not kept:
        return CleanName("", type_, why=Why.OPENER)
    return CleanName(" ".join(kept), type_)


def _leading_labels(name: str, tokens: list[str], prefix: list[str], inner: int) -> tuple[list[str], list[str]]:
    """Label words before a person's name (party, state, title, opener) and the tokens left after them."""
    labels: list[str] = list(prefix)
    while tokens:
        n = _leading_label(tokens, first=not inner and not labels and len(tokens) == len(name.split()))
        if not n:
            break
        rest = tokens[n:]
        # a state, title or opener that is also a given name, before one more word, is a name
        # ("Virginia Foxx", "Dean Baquet", "Will Rogers")
        if n == 1 and len(rest) == 1 and (_fold(tokens[0]) in GIVEN_NAME_LABELS or (
                _fold(tokens[0]) in OPENERS and _fold(tokens[0]) in lexicons.first_names())):
            break
        head = _fold(tokens[0]).rstrip(",")
        if head not in OPENERS and head not in _HONORIFICS and not (head.endswith("ing") and head not in TITLES):
            labels.append(" ".join(tokens[:n]).rstrip(","))
        tokens = rest
    later = _after_inner_title(tokens) if tokens else 0
    if later:  # "Impeach AG Lynch": a title further in
        labels.append(" ".join(tokens[:later]))
        tokens = tokens[later:]
    return labels, tokens


def _person(name: str, tokens: list[str], type_: str, prefix: list[str], inner: int) -> CleanName:
    """A person's (or an untyped) name without its labels, unless what is left is no name."""
    labels, tokens = _leading_labels(name, tokens, prefix, inner)
    kept = tuple(labels)
    if len(tokens) == 1 and _fold(tokens[0]) in PRONOUNS:  # "Many of you": openers, then a pronoun
        return CleanName("", SpeakerType.UNKNOWN, kept, why=Why.PRONOUN)
    if labels and len(tokens) == 1 and _fold(tokens[0]) in DEMONYMS | RELIGIOUS_ADJECTIVES and _fold(tokens[0]) not in lexicons.first_names():
        return CleanName("", type_, kept, why=Why.ADJECTIVE)  # "Florida Latino": a label, then an adjective
    if not tokens or _fold(tokens[-1]).rstrip(".,") in PARTIES:  # "Sarasota Republican": a description, no name
        return CleanName("", type_, kept, why=Why.OPENER)
    inner_caps = [t for t in tokens[1:] if t[:1].isupper()]
    if any(_fold(t).rstrip(",") in HEADLINE_WORDS for t in inner_caps):
        return CleanName("", type_, kept, why=Why.HEADLINE)
    name_words = [t for t in tokens if not _is_initial(t) and _fold(t) not in _PARTICLES and _fold(t).rstrip(",") not in _SUFFIXES]
    if len(name_words) > MAX_NAME_WORDS:
        return CleanName("", type_, kept, why=Why.HEADLINE)
    if len(name_words) >= 2 and all(is_common_word(t) for t in name_words):
        if len(name_words) == 2:  # "Win Presidency": no word of it a name
            return CleanName("", type_, kept, why=Why.COMMON)
        return CleanName(" ".join(tokens), SpeakerType.ORGANISATION, kept)  # "Worldwide Legal Courtroom": an institution
    return CleanName(" ".join(tokens), type_, kept)
