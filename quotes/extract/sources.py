"""Find the mentions that can be speakers, with their roles and affiliations.

Works on one sentence's tokens, skipping tokens inside quote marks (what a
quote says is never its own source). Without a tagger, names are runs of
capitalised tokens classified with lexicons: a run holding an organisation
word is an organisation, a country or capital is a place, a plural like
"experts" is a group, and a run of two to four name-shaped tokens, or one
introduced by a title ("spokesperson Mao Ning", "Mr. Xi"), is a person.
Roles and affiliations come from pre-modifiers ("U.S. national security
adviser Jake Sullivan") and appositives ("Ali Wyne, a senior analyst with
Eurasia Group").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from quotes import lexicons, naming
from quotes.types import Mention, MentionKind, Span, Token  # the records live below extract and learn

SUBJECT_PRONOUNS = naming.THIRD_PERSON_SUBJECTS
AGE_DESCRIPTION = re.compile(r"(\d{1,3})-year-old")  # "the 27-year-old": a person by their age, no office
PARTICLES = {"de", "van", "von", "der", "den", "al", "bin", "da", "du", "la", "le", "di", "del", "dos", "ter", "ten"}
CONNECTORS = {"of", "for", "on", "and", "&"} | PARTICLES
ORG_CONNECTORS = {"of", "for", "on", "and", "&"}
DETERMINERS = naming.MENTION_DETERMINERS
ROLE_STOP = {
    "the", "a", "an", "and", "or", "but", "to", "by", "with", "at", "in", "on", "of", "for", "from", "as",
    "that", "this", "who", "which", "was", "were", "is", "are", "has", "had", "have", "be", "been", "said", "says",
    "wrote", "told", "his", "her", "their", "its", "when", "while", "after", "before", "between", "also",
}
CLAUSE_WORDS = {"whether", "if", "how", "why", "what", "where", "whom", "whose", "not", "never", "than", "because", "so", "about", "against", "like", "unlike", "until", "since"}
AFFILIATION_PREPS = {"with", "at", "of", "for", "from", "in"}
POSSESSIVE = {"’s", "'s", "’", "'"}
POSSESSIVE_S = frozenset({"’s", "'s"})  # without the bare apostrophe, which may close a quotation
# a name word: letters, hyphenated parts ("Jean-Luc", "Geun-hye"), an apostrophe before a capital ("O’Neill")
_NAME_SHAPE = re.compile(r"^(?:[^\W\d_](?:[^\W\d_]|['’](?=[A-Z]))*(?:-[^\W\d_](?:[^\W\d_]|['’](?=[A-Z]))*)*\.?|(?:[A-Z]\.){2,3})$")  # or initials: "G.K."
# party labels before a name ("Republican Donald Trump") and in party-state tags ("(D-S.C.)")
PARTIES = naming.PARTY_NAMES  # label as written -> party (quotes/data/names/party_names.tsv)
# abbreviated titles that also work as honorifics: the role they stand for
HONORIFIC_ROLES = {
    "sen": "senator", "sens": "senator", "senator": "senator", "rep": "representative", "reps": "representative",
    "gov": "governor", "gen": "general", "lt": "lieutenant", "col": "colonel", "rev": "reverend",
    "del": "delegate", "atty": "attorney", "supt": "superintendent", "sgt": "sergeant", "adm": "admiral", "cmdr": "commander",
}
US_STATES = naming.STATE_NAMES  # abbreviation -> state (quotes/data/names/state_abbreviations.tsv)
class RolePhrase(NamedTuple):
    """A role phrase after or around a name: its role, its affiliation, the last token it covers."""

    role: str | None
    affiliation: str | None
    extent: int


class Description(NamedTuple):
    """The role and affiliation a description gives ("the Vermont senator": senator, Vermont)."""

    role: str | None
    affiliation: str | None


class RoleStart(NamedTuple):
    """A lowercase role before a name ("campaign manager Robby Mook") and its first token."""

    role: str | None
    first: int


class OrgEnd(NamedTuple):
    """An organisation's name after a preposition and the last token it covers."""

    name: str | None
    last: int


class RoleEnding(NamedTuple):
    """A lowercase role phrase ending at a given token: its first token and the word before it."""

    first: int
    before: str


class AffiliationSplit(NamedTuple):
    """Where a role phrase's affiliation starts: the preposition and the name's first token."""

    preposition: int | None
    name_first: int | None


class PartyTag(NamedTuple):
    """The party and state of a tag after a name ("(D-S.C.)") and the last token it covers."""

    affiliation: str | None
    last: int


_PARTY_TAG = re.compile(r"\s*(\(|,)\s*(?:(D|R|I)\s*-\s*)?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\s*(\)|,)")
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,}$")
COMMON_ACRONYMS = lexicons.name_words("common_acronyms")  # "TV", "PC", "R&B": common nouns, no body


def names_a_field(words: str) -> bool:
    """"PR", "TV": acronyms of common nouns before a role say its field of work or medium, no body that employs."""
    return bool(words.split()) and all(w.lower() in COMMON_ACRONYMS for w in words.split())


# a name its owner writes lowercase, marked by a capital or a digit inside ("my6sense", "eBay"), or a web address
# standing for its site or its campaign ("gamesindustry.biz", "nosoftwarepatents.com")
_LOWER_BRAND = re.compile(r"[a-z]+(?:[A-Z][a-z]|\d+[a-z])\w*|[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|biz|info|co\.uk|org\.uk)")


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper()


def _is_titleword(word: str) -> bool:
    bare = word.lower().rstrip(".")
    titles = lexicons.words("titles")
    if bare.endswith("person") and len(bare) > 6:
        bare = bare[:-6] + "man"  # "Chairperson", "spokesperson": the gender-neutral form of a title
    return bare in titles or (len(bare) > 4 and bare.endswith("s") and bare[:-1] in titles)


ROLE_PREFIXES = frozenset({"co", "vice", "deputy", "assistant", "acting", "joint"})


def is_rolenoun(word: str) -> bool:
    """A role head: a title, an appositive head seen in PolNeAR train, or a -ist/-ian/-ologist
    noun ("hydrologist", "historian")."""
    bare = word.lower()
    if "-" in bare and word.islower() and bare.replace("-", "").isalpha() and _listed_role(bare.replace("-", "")):
        return True  # "co-ordinator", "co-operator": a British hyphenation of a listed role noun
    if "-" in bare and word.islower() and bare.split("-")[0] in ROLE_PREFIXES:
        # "co-founder", "co-author", "vice-chairman": a prefix on a role noun
        return is_rolenoun(bare.split("-", 1)[1])
    if "-" in bare and word.islower() and bare.split("-")[0].isalpha() and is_rolenoun(bare.split("-")[0]) and len(bare.split("-")) == 3:
        return True  # "editor-in-chief", "commander-in-chief": a role noun and its complement
    parts = bare.split("-")
    if len(parts) == 2 and word.islower() and all(p.isalpha() and is_rolenoun(p) for p in parts):
        return True  # "singer-songwriter", "writer-director": two roles held at once
    if not bare.isalpha() or not word.islower():
        return _is_titleword(word)
    return (_listed_role(bare) or _listed_role(_american_spelling(bare)) or _is_titleword(bare)
            or (len(bare) > 5 and bare.endswith(("ist", "ian"))))


def _listed_role(word: str) -> bool:
    return word in lexicons.role_nouns() or word in lexicons.occupations()


def _american_spelling(word: str) -> str:
    """A British role noun as the (American) lists spell it: "organiser" -> "organizer", "labourer" ->
    "laborer" (BBC copy writes "Cebit organiser Gabriele Dorries")."""
    word = re.sub(r"(?<=[a-z]{3})is(er|ers)$", r"iz\1", word)
    return re.sub(r"(?<=[a-z]{2})our(er|ers|ist|ists)$", r"or\1", word)


def _is_orgword(word: str) -> bool:
    return word.lower().rstrip(".") in lexicons.words("org_words")


def _has_orgword(words: list[str]) -> bool:
    """An organisation word among a name's words, or in a name of several words its plural ("Centers
    for Disease Control"; "Unions" alone is a group of people), unless the plural is a surname ("Guy Chambers"; "British
    Chambers of Commerce" is a body)."""
    return any(_is_orgword(w) for w in words) or len(words) > 1 and any(
        w.endswith("s") and _is_orgword(w[:-1]) and (w.lower() not in lexicons.surnames() or words[i + 1:i + 2] in (["of"], ["for"]))
        for i, w in enumerate(words))


def _is_honorific(word: str) -> bool:
    bare = word.lower().rstrip(".")
    honorifics = lexicons.words("honorifics")
    # "Sens. Jon Tester (D-Mont.) and …": a plural honorific before the first of several names
    return bare in honorifics or (len(bare) > 3 and bare.endswith("s") and bare[:-1] in honorifics)


def _is_place(words: list[str]) -> bool:
    return " ".join(words) in lexicons.places()


def is_residence(words: list[str]) -> bool:
    """A place someone comes from: a country or capital, a US place, or a city of 100,000 people
    elsewhere ("a business adviser from Swansea"); read only after "from", where a city means a home
    town: before a role a city's name may be a company's ("Martin Ellis, Halifax chief economist")."""
    return _is_place(words) or lexicons.is_us_place(words) or " ".join(words) in naming.WORLD_CITIES


def _is_media(words: list[str]) -> bool:
    return " ".join(words) in lexicons.media()


def _span(text: str, tokens: tuple[Token, ...], first: int, last: int) -> Span:
    return Span.of(text, tokens[first].start, tokens[last].end)


def _time_adjunct(connector: Token, after: Token) -> bool:
    """"on Tuesday", "on March …": a time adjunct after a name ends it, where "on" would otherwise join
    two capitalised words into one name ("Council on Foreign Relations")."""
    return connector.text == "on" and after.text.lower() in naming.CALENDAR_WORDS


def _cap_runs(text: str, tokens: tuple[Token, ...], usable: list[bool]) -> list[tuple[int, int]]:
    """(first, last) of maximal runs of capitalised tokens, joined by connectors and hyphens; never
    across a line break ("… Does Not Like Donald Trump⏎MANCHESTER, N.H.") or a spaced dash
    ("CHICAGO - Rahm Emanuel": a dateline, not a double-barrelled name)."""
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not (usable[i] and _is_cap(tokens[i])):
            i += 1
            continue
        j = i
        while j + 1 < n and usable[j + 1]:
            nxt = tokens[j + 1]
            if "\n" in text[tokens[j].end:nxt.start] or (nxt.text == "-" and _spaced(text, nxt)):
                break
            if _is_cap(nxt):
                j += 1
            elif _possessive_outlet(tokens, usable, j) or _plural_possessive_body(tokens, usable, j):
                j += 2  # "People’s Daily", "British Bankers' Association": a name with a possessive inside
            elif (nxt.text in CONNECTORS or nxt.text == "-") and j + 2 < n and usable[j + 2] and _is_cap(tokens[j + 2]) \
                    and not _time_adjunct(nxt, tokens[j + 2]):
                j += 2  # but "Jason Chaffetz on Tuesday": a time adjunct ends the name
            elif nxt.text == "-" and j + 2 < n and usable[j + 2] and _name_tail(tokens[j], nxt, tokens[j + 2]):
                j += 2  # "Park Geun-hye": a lowercase given-name syllable, not "Obama-era"
            elif nxt.text in PARTICLES and j + 3 < n and tokens[j + 2].text in PARTICLES and all(usable[j + 2 : j + 4]) and _is_cap(tokens[j + 3]):
                j += 3  # "Anna van der Berg"
            else:
                break
        if not _dateline(text, tokens, i, j):
            runs.append((i, j))
        i = j + 1
    return runs


OUTLET_HEADS = frozenset({"Daily", "Weekly", "Gazette", "Herald", "Tribune", "Chronicle"})


def _plural_possessive_body(tokens, usable: list[bool], j: int) -> bool:
    """"British Bankers' Association", "National Farmers' Union": a capitalised plural, its bare apostrophe and an
    organisation word go on with one name (not "Ladbrokes' Warren Lush": a person after the possessive)."""
    n = len(tokens)
    word = tokens[j].text
    return j + 2 < n and tokens[j + 1].text in ("'", "’") and usable[j + 2] and _is_cap(tokens[j + 2]) \
        and len(word) > 3 and word.endswith("s") and not word.endswith("ss") and _is_orgword(tokens[j + 2].text)


def _possessive_outlet(tokens, usable: list[bool], j: int) -> bool:
    """"the People’s Daily": a capitalised word, a possessive and a newspaper head word that ends the
    name (not "China’s Daily Mail"-like chains, nor "Trump’s Herald" before a further name)."""
    n = len(tokens)
    if j + 2 >= n or tokens[j + 1].text not in POSSESSIVE or not usable[j + 2] or tokens[j + 2].text not in OUTLET_HEADS:
        return False
    if tokens[j].text in lexicons.places() or (j + 3 < n and _is_cap(tokens[j + 3])):
        return False
    return j == 0 or tokens[j - 1].text.lower() == "the" or not _is_cap(tokens[j - 1])


DASHES = frozenset({"-", "--", "—", "–"})


def _dateline(text: str, tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """"BRUSSELS - European leaders …": capitals opening the sentence right before a spaced dash
    place the story; they name no one."""
    if first != 0 or not all(t.text.isupper() for t in tokens[first:last + 1] if any(c.isalpha() for c in t.text)):
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return after is not None and after.text in DASHES and _spaced(text, after)


def _spaced(text: str, token: Token) -> bool:
    """A token with a space on both sides ("CHICAGO - Rahm", not "Smith-Jones")."""
    return text[token.start - 1:token.start].isspace() and text[token.end:token.end + 1].isspace()


def _name_tail(before: Token, hyphen: Token, after: Token) -> bool:
    """"Geun-hye": a hyphen joined to both neighbours, then a short lowercase word that is no
    common English word ("Obama-era", "Clinton-backed", "Trump-style" are modifiers)."""
    word = after.text
    return (
        before.end == hyphen.start and hyphen.end == after.start and word.isalpha() and word.islower()
        and len(word) <= 5 and word not in lexicons.common_words() and word.lower() not in lexicons.reporting_verbs()
    )


def _courtesy_cut(tokens: tuple[Token, ...], first: int, last: int) -> int | None:
    """Where a courtesy honorific ("Mr", "Mrs", "Dr", "Sir": no office, unlike "Sen.") starts a name after
    other capitalised words: "Speaking in Harrogate Mr Kennedy", "to the Foreign Policy Centre Mr Straw"
    name a place or an organisation and then a person, and the words before are no title ("Vermont Sen.",
    "Prime Minister Mr Blair", "Labour's Mr Smith" and "Tory Sir John" keep theirs)."""
    for k in range(first + 1, last):
        word, before = tokens[k].text, tokens[k - 1].text
        label = " ".join(t.text for t in tokens[max(first, k - 2) : k])  # "Lib Dem Sir Archy Kirkwood": a two-word party label
        if (_is_honorific(word) and word.lower().rstrip(".") not in HONORIFIC_ROLES and _is_cap(tokens[k - 1])
                and not (_is_titleword(before) or _is_honorific(before) or before in PARTIES or label in PARTIES or before in POSSESSIVE)):
            return k
    return None


def _split_run(tokens: tuple[Token, ...], first: int, last: int) -> list[tuple[int, int]]:
    """Split a run before a courtesy honorific that follows other names (``_courtesy_cut``), then at
    connectors unless it names an organisation ("School of Advanced ...")."""
    if (cut := _courtesy_cut(tokens, first, last)) is not None:
        return [*_split_run(tokens, first, cut - 1), (cut, last)]
    words = [t.text for t in tokens[first : last + 1]]
    if _has_orgword(words) or _is_place(words) or _is_media(words):
        return [(first, last)]
    if first > 0 and tokens[first - 1].text in naming.COMPANY_NOUNS or "&" in words[1:-1]:
        return [(first, last)]  # "accountancy firm Ernst & Young", "Marsh & McLennan said": one company
    parts, start = [], first
    for k in range(first, last + 1):
        if tokens[k].text in ORG_CONNECTORS and not (k > first and _is_titleword(tokens[k - 1].text)) \
                and not _joined_title(tokens, start, k, last):
            if k - 1 >= start:
                parts.append((start, k - 1))
            start = k + 1
    if start <= last:
        parts.append((start, last))
    return parts


def _lowercase_run(tokens, start: int, most: int) -> list[Token]:
    """The lowercase words from token ``start``, at most ``most`` of them ("home affairs spokesman")."""
    run = []
    for tok in tokens[start : start + most]:
        if not (tok.text.isalpha() and tok.text.islower()):
            break
        run.append(tok)
    return run


def _title_qualifier(word: str) -> bool:
    """A capitalised word that can qualify a title ("Trade", "Economic"), no given name."""
    return (_is_titleword(word) or word.lower() in lexicons.common_words()) and word.lower() not in lexicons.first_names() \
        and not _is_orgword(word) and word not in lexicons.places()


def _joined_title(tokens, start: int, k: int, last: int) -> bool:
    """"Trade and Industry Secretary Patricia Hewitt", "Economic and Fiscal Policy Minister Heizo
    Takenaka": "and" joins two qualifiers of one title before a name (common words on both sides, then
    a title word before the name), not two names ("Smith and Jones", "Marks and Spencer boss")."""
    if tokens[k].text != "and" or k == start or not all(_title_qualifier(t.text) for t in tokens[start:k]):
        return False
    t = k + 1
    while t < last and not _is_titleword(tokens[t].text) and _title_qualifier(tokens[t].text):
        t += 1
    return k + 1 < t < last and _is_titleword(tokens[t].text)


OPENERS = {"“", '"', "‘", "(", "—", "–", "―", "-", ":", "’", "”"}


def _strip_leading(tokens, first: int, last: int, mid_caps: frozenset[str] | None = None) -> int:
    """Skip sentence-initial function words and determiners ("But Radchenko", "The Economist"),
    and a sentence-opening common word ("Meanwhile Trump", "Rival Hillary Clinton", "Once")."""
    initial = first == 0 or tokens[first - 1].text in OPENERS
    while first <= last:
        word = tokens[first].text
        if word in COMPASS_WORDS and first < last:
            break  # "East Midlands MEP …", "West Ham manager …": a compass word before a name opens it
        if first < last and f"{word} {tokens[first + 1].text}" in PARTIES and (
                first + 1 < last or tokens[first + 1].text.endswith("s")):
            # "Liberal Democrat Norman Baker said", "Liberal Democrats said": the party's first word is no
            # clause opener (before a lowercase role, "Liberal Democrat home affairs spokesman", it is read there)
            break
        if initial and first < last and finite_reporting_verb(word.lower()):
            first += 1  # 'Said Wales assistant coach Scott Johnson: “…”': an inverted cue opens the sentence
            continue
        if first < last and word.lower() not in DETERMINERS and f"{word} {tokens[first + 1].text}" in lexicons.media():
            break  # "Sunday Telegraph journalist Robert Peston": the day is the paper's first word ("The" stays a determiner)
        if word in lexicons.non_names() and _titled_given_name(tokens, first, last):
            break  # "Police Federation chairman Jan Berry": after a role noun "Jan" is her given name, no month
        if word in lexicons.non_names() or word.lower() in DETERMINERS:
            if first < last and _is_orgword(tokens[last].text) and word in ("The",):
                return first + 1
            first += 1
            continue
        if mid_caps is not None and initial and _common_opener(mid_caps, word) and not _given_name_opener(tokens, first, last) \
                and not _role_head_title(tokens, first, last) \
                and not (first < last and _joined_title(tokens, first, first + 1, last)):  # "Trade and Industry Secretary …"
            first += 1
            continue
        break
    return first


def _titled_given_name(tokens, first: int, last: int) -> bool:
    """A word the lists keep from names (a month's, "Jan", "May") that is a given name here: a lowercase role
    noun right before it, a surname after it ending the run ("Police Federation chairman Jan Berry")."""
    word = tokens[first].text
    calendar = len(word) >= 3 and any(c.startswith(word.lower()) for c in naming.CALENDAR_WORDS)  # "Jan", "May"
    return (first + 1 == last and first > 0 and (calendar or word.lower() in lexicons.first_names())
            and tokens[first - 1].text.islower() and is_rolenoun(tokens[first - 1].text)
            and tokens[last].text.lower() in lexicons.surnames())


COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
# sentence-initial words that are given names too but here open a clause ("Said Comey", "Will Sanders come …")
AUXILIARY_OPENERS = frozenset({"will", "may", "can", "shall", "must", "might", "did", "does", "do", "said", "says", "say"})


def _given_name_opener(tokens, first: int, last: int) -> bool:
    """"Miles Shipside, commercial director at …": a sentence-initial common word that is also a
    given name, followed by one or two capitalised name words ending the run, names a person."""
    word = tokens[first].text
    if word.lower() not in lexicons.first_names() or word.lower() in AUXILIARY_OPENERS or word.lower() in lexicons.reporting_verbs():
        return False
    rest = [t.text for t in tokens[first + 1 : last + 1]]
    return 1 <= len(rest) <= 2 and all(
        _NAME_SHAPE.match(w) and w[:1].isupper() and w.lower() not in lexicons.common_words() and not _is_titleword(w) and not _is_orgword(w)
        for w in rest
    )


def _common_opener(mid_caps: frozenset[str], word: str) -> bool:
    """A capitalised word that is a common lowercase word and, in this article, never capitalised
    after a lowercase word (``mid_caps``, where "Young" or "Price" would be a name)."""
    if word.lower() not in lexicons.common_words() or not word[:1].isupper():
        return False
    if _is_titleword(word) or _is_honorific(word) or _is_orgword(word) or word in lexicons.places() or word in PARTIES:
        return False
    if word.lower() in lexicons.occupations():
        return False  # "Coach Jane Hill said": the title of the name after it (``_front_title``)
    return word not in mid_caps


_MID_CAP = re.compile(r"(?<=[a-z,;]) ([A-Z][a-z]+)\b")


def midsentence_caps(text: str) -> frozenset[str]:
    """The capitalised words the article has right after a lowercase word (where "Young" or
    "Price" is a name): found once per article (extract/document.py), passed to find_mentions."""
    return frozenset(_MID_CAP.findall(text))


@dataclass(frozen=True)
class _Title:
    """Title words found at the front of a capitalised run ("Russian President")."""

    name_first: int
    role: str | None
    affiliation: str | None
    honorific: str | None


TITLE_COMPLEMENTS = {"State", "Defense", "Defence", "Foreign", "Affairs", "Commerce", "Finance", "Justice", "Staff"}


def _front_title(tokens, first: int, last: int) -> _Title:
    """Peel nationality, party, title and honorific off the front of a run.

    The title runs to the last title word that leaves a name after it, so any
    capitalised qualifier before it belongs to the title ("Foreign Minister",
    "Deputy Prime Minister", "Secretary of State"); a proper name before the title
    is the affiliation ("Nordbank CEO", "Vermont Sen.", "Republican Donald Trump").
    """
    k, affiliation, honorific = first, None, None
    if k + 2 <= last and tokens[k].text in _JUDGES_HONORIFICS and tokens[k + 1].text == "Justice":
        return _Title(k + 2, "judge", None, f"{tokens[k].text} Justice")  # "Mr Justice Wood": a judge's style
    # "Republican Donald Trump", "Democratic Sen. …", "Lib Dem Norman Baker": a party label before the name
    two = f"{tokens[k].text} {tokens[k + 1].text}" if k + 1 < last else ""
    if two in PARTIES:
        affiliation, k = PARTIES[two], k + 2
    elif k < last and tokens[k].text in PARTIES and len(tokens[k].text) > 1 and not _coordinated_portfolio(tokens, k, k):
        affiliation = PARTIES[tokens[k].text]
        k += 1
    if _acronym_employer(tokens, k, last):
        affiliation, k = affiliation or tokens[k].text, k + 1  # "aerospace group EADS Philippe Camus"
    if k + 1 < last:
        k += _nationality_width(tokens, k, last)  # "American Andy Roddick", "New Yorker Dick Morris": no name word
    occupation = None
    if k + 1 < last and not _is_titleword(tokens[k].text) and (
            tokens[k].text.lower() in lexicons.occupations() or _occupation_shaped(tokens, k, last) or _role_head_title(tokens, k, last)):
        # "Referee Graham Poll", "Coach Jane Hill": an occupation capitalised before a two-word name
        occupation = tokens[k].text.lower()
        k += 1
    # "China’s Foreign Minister": a place (possibly possessive) before a title
    if k < last and tokens[k].text in lexicons.places() and not _remit_place(tokens, k):
        nxt = tokens[k + 1].text
        if nxt in POSSESSIVE or any(_is_titleword(t.text) for t in tokens[k + 1 : last]):
            affiliation = affiliation or lexicons.places()[tokens[k].text].name
            k += 2 if nxt in POSSESSIVE else 1
    title_end = None
    for t in range(k, last):
        if _is_titleword(tokens[t].text) and not _is_honorific(tokens[t].text):
            title_end = t
    role = None
    if title_end is not None:
        head = title_end
        while title_end + 2 < last and tokens[title_end + 1].text == "of" and tokens[title_end + 2].text in TITLE_COMPLEMENTS:
            title_end += 2
        title_end = _department_end(tokens, title_end, last)
        # the title proper: title words and common words ("Foreign", "Minority") before the last title word
        start = head
        while start - 1 >= k and (
            _is_titleword(tokens[start - 1].text)
            or tokens[start - 1].text.lower() in lexicons.common_words()
            or _opening_portfolio(tokens, k, start - 1)
            or tokens[start - 1].text in ("of", "-")
            or (tokens[start - 1].text == "and" and start - 2 >= k and _title_qualifier(tokens[start - 2].text))  # "Trade and Industry"
            or _coordinated_portfolio(tokens, k, start - 1)
        ):
            start -= 1
        title = " ".join(t.text for t in tokens[start : title_end + 1]).lstrip("- ")
        qualifier, affiliation = _title_prefix(tokens[k:start], affiliation, title)
        role = " ".join(filter(None, [qualifier, title]))
        if start == first and _opening_remit(tokens, first):
            role = f"{tokens[first - 1].text} {role}"  # "Home Secretary Charles Clarke said" opening the sentence
        elif start == first and _coordinated_portfolio(tokens, first, first):
            role = f"{tokens[first - 2].text} and {role}"  # "Economy and Labour Minister": the run began at "Labour"
        k = title_end + 1
    # "Vermont Sen. Bernie Sanders", "Retired Lt. Gen. …": words before an honorific-title
    h = next((t for t in range(k, last) if _is_honorific(tokens[t].text)), None)
    if h is not None and h > k and role is None:
        prefix = " ".join(t.text for t in tokens[k:h])
        if prefix.lower() not in lexicons.common_words():
            affiliation = affiliation or PARTIES.get(prefix) or (lexicons.places()[prefix].name if prefix in lexicons.places() else prefix)
        k = h
    while k + 1 < last and _is_honorific(tokens[k].text) and _is_honorific(tokens[k + 1].text):
        k += 1  # "Lt. Gen. Michael Flynn": the last one counts
    if k < last and _is_honorific(tokens[k].text):
        honorific = tokens[k].text
        k += 1
        if role is None:
            role = HONORIFIC_ROLES.get(honorific.lower().rstrip("."))
        elif tokens[k - 1].text.lower().rstrip(".") in HONORIFIC_ROLES and role.split()[-1].lower() in ("chairman", "chair", "leader"):
            pass  # "panel Chairman Rep. Jason Chaffetz": keep the office
    return _Title(k, role or occupation, affiliation, honorific)


_JUDGES_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Lord", "Lady"})


# titles of a member elected for a constituency: a place before one is the seat, part of the title ("East Midlands MEP")
MEMBER_TITLES = frozenset({"MP", "MEP", "MSP", "AM", "MLA"})


def _seat_shaped(words: list[str]) -> bool:
    """Whether a member's prefix names a seat: a region or a city ("East Midlands", "Leeds North", "Glasgow"), never
    a party, a country or an organisation ("Green MEP", "Welsh MP")."""
    if " ".join(words) in PARTIES or country_of(" ".join(words)) is not None or names_an_organisation(words):
        return False
    return words[0] in COMPASS_WORDS or words[-1] in COMPASS_WORDS or is_residence(words) or is_residence(words[:1])


def _title_prefix(words, affiliation: str | None, title: str = "") -> tuple[str | None, str | None]:
    """The capitalised words before a title: a qualifier of the role ("Ex-Home Secretary": former), a member's
    seat ("East Midlands MEP", "Leeds North MP": no employer), else the employer, a party or a country
    ("Nigerian Agriculture Minister": Nigeria), unless one was found already."""
    if not words:
        return None, affiliation
    prefix = " ".join(t.text for t in words).replace(" - ", "-").replace(" ’s", "").replace(" 's", "")
    if prefix.lower() in ROLE_QUALIFIERS:
        return ("former" if prefix.lower() == "ex" else prefix.lower()), affiliation
    if title in MEMBER_TITLES and _seat_shaped(prefix.split()):
        return prefix, affiliation
    return None, affiliation or PARTIES.get(prefix) or country_of(prefix) or prefix


def _opening_remit(tokens, first: int) -> bool:
    """A capitalised portfolio opening the sentence right before a run that starts with a title ("Home
    Secretary …", "Health Minister …"): the run left it out as a sentence's first word; it is the post's remit."""
    k = first - 1
    return k >= 0 and (k == 0 or tokens[k - 1].text in OPENERS) and tokens[k].text[:1].isupper() \
        and tokens[k].text.lower() in naming.PORTFOLIOS


def _coordinated_portfolio(tokens, k: int, p: int) -> bool:
    """"Economy and Labour Minister": the capitalised word (token p) opening the run, after a portfolio and "and"
    (outside the run), is part of the remit, not the Labour Party's."""
    return p == k and p >= 2 and tokens[p].text[:1].isupper() and tokens[p - 1].text == "and" \
        and tokens[p - 2].text.lower() in naming.PORTFOLIOS


def _opening_portfolio(tokens, k: int, p: int) -> bool:
    """"Agriculture Minister …", "Nigerian Agriculture Minister …": a portfolio (token p) opening the words
    before a title, or after a country's name only, is the post's remit; inside a name it is not
    ("Homeland Security Secretary": the department's name)."""
    if tokens[p].text.lower() not in naming.PORTFOLIOS:
        return False
    return p == k or country_of(" ".join(t.text for t in tokens[k:p])) is not None \
        or all(t.text.lower() in naming.PORTFOLIOS for t in tokens[k:p])  # "International Development Minister"


def _acronym_employer(tokens, k: int, last: int) -> bool:
    """"EADS Philippe Camus", "IAEA Peter Smith": an acronym of three or more capitals right before a given
    name and one or two more name words is the person's organisation, no name word ("JK Rowling" has
    initials; "MP", "CEO" are titles)."""
    word = tokens[k].text
    return (2 <= last - k <= 3 and len(word) >= 3 and _ACRONYM.match(word) is not None and word.isalpha()
            and not _is_titleword(word) and not _is_honorific(word) and word not in lexicons.places()
            and word not in PARTIES and tokens[k + 1].text.lower() in lexicons.first_names())


_DEMONYM_NOUNS = lexicons.name_words("demonym_nouns")


def _nationality_width(tokens, k: int, last: int) -> int:
    """How many tokens a demonym in front of a given name and one or two more name words takes: "American",
    "Americans", "Dutchman", "Scot" one; "New Yorker" two ("new-yorker"); 0 when there is none."""
    word = tokens[k].text
    if not word[:1].isupper():
        return 0
    low = word.lower()
    width = 1 if low in naming.DEMONYMS or low in naming.DEMONYM_PLURALS or low in _DEMONYM_NOUNS else 0
    if not width and k + 1 < last and f"{low}-{tokens[k + 1].text.lower()}" in naming.DEMONYMS:
        width = 2  # "New Yorker Dick Morris"
    if not width or not (2 <= last - k - width + 1 <= 3) or tokens[k + width].text.lower() not in lexicons.first_names():
        return 0
    return 0 if any(_is_orgword(t.text) for t in tokens[k + width : last + 1]) else width  # "American Unity Fund"


# capitalised words of an agent noun's shape that are no occupation ("Former John Smith", "Another …")
_NOT_OCCUPATIONS = frozenset({"former", "another", "neither", "either", "rather", "whether", "together", "however",
                              "further", "earlier", "latter", "senior", "junior", "minor", "major", "prior"})


_NAME_PARTICLES = frozenset({"Van", "Von", "De", "Del", "Da", "Di", "Du", "La", "Le", "St."})  # "Chandler Van Voorhis"


def _role_head_title(tokens, k: int, last: int) -> bool:
    """"Boss Steve Bruce said": a capitalised role head the lists hold (``role_heads.txt``: "boss", the playing
    positions) before a two-word name that starts with a given name is the person's post, not a common word
    opening the sentence."""
    return (last - k == 2 and tokens[k].text[:1].isupper() and tokens[k].text.lower() in lexicons.words("role_heads")
            and tokens[k + 1].text.lower() in lexicons.first_names() and tokens[k + 1].text not in _NAME_PARTICLES)


def _occupation_shaped(tokens, k: int, last: int) -> bool:
    """"Farmer Geoff Brooks", "Filmmaker Ava Lee": a capitalised agent noun (-er, -or, -ist, -ian) before a
    two-word name that starts with a given name is the person's occupation, not a name word (PolNeAR
    train: Reporter, Journalist, Filmmaker, each right)."""
    word = tokens[k].text
    lower = word.lower()
    return (last - k == 2 and word[:1].isupper() and word[1:].islower() and len(lower) >= 6
            and lower.endswith(("er", "or", "ist", "ian")) and lower not in _NOT_OCCUPATIONS
            and lower not in lexicons.first_names() and lower not in lexicons.reporting_verbs()
            and tokens[k + 1].text.lower() in lexicons.first_names() and tokens[k + 1].text not in _NAME_PARTICLES)


def _department_end(tokens, title_end: int, last: int) -> int:
    """"Deputy Director of Public Health Eva Berg", "Minister of Foreign Trade Ana Ruiz": a title's
    "of" complement, capitalised words up to a given name, belongs to the title when a name of two or
    three words that are no common words follows; the last token of the title."""
    if title_end + 3 >= last or tokens[title_end + 1].text != "of":
        return title_end
    j = title_end + 2
    while j < last - 1 and _is_cap(tokens[j]) and tokens[j].text.lower() not in lexicons.first_names():
        j += 1
    name = [t.text for t in tokens[j : last + 1]]
    if j == title_end + 2 or not 2 <= len(name) <= 3 or any(w.lower() in lexicons.common_words() or not _NAME_SHAPE.match(w) for w in name):
        return title_end
    return j - 1


TITLE_QUALIFIERS = {"Minority", "Majority", "Press", "Research", "Policy", "Communications", "Legal", "Political", "Managing", "Executive", "Chief", "Police", "Deputy", "Assistant", "Associate"}


def _org_title(text: str, tokens, first: int, last: int) -> _Title | None:
    """"European Council President Donald Tusk", "White House Press Secretary Josh Earnest",
    "Ohio Democratic Party Chairman David Pepper": an organisation's name, a title, then a
    person's name; the organisation is the affiliation. None unless a title word stands between
    an organisation name and one to four name words (no organisation, title or place word among them)."""
    title_end = None
    for t in range(last - 1, first, -1):
        word = tokens[t].text
        if _is_titleword(word) and not _is_honorific(word):
            title_end = t
            break
        if _is_orgword(word) or word in lexicons.places() or not _NAME_SHAPE.match(word) or not word[0].isupper():
            return None
    if title_end is None or last - title_end > 4:
        return None
    start = title_end
    while start - 1 > first and (
        (_is_titleword(tokens[start - 1].text) and not _is_orgword(tokens[start - 1].text))
        or tokens[start - 1].text in TITLE_QUALIFIERS
        or (tokens[start - 1].text.lower() in lexicons.common_words() and not _is_orgword(tokens[start - 1].text))
    ):
        start -= 1
    if all(tokens[t].text.lower() in lexicons.common_words() or tokens[t].text in TITLE_QUALIFIERS
           or tokens[t].text.lower() in naming.PORTFOLIOS for t in range(first, start)):
        # "Police Commissioner James O’Neill", "International Development Minister Gareth Thomas": the words
        # before the title qualify it, no organisation named
        return _Title(title_end + 1, " ".join(t.text for t in tokens[first : title_end + 1]), None, None)
    # "Associated Press Editor …": give the title back the words the organisation's name needs
    while start < title_end and not any(_is_orgword(t.text) for t in tokens[first:start]) and " ".join(t.text for t in tokens[first:start]) not in ORG_NAMES:
        start += 1
    prefix = [t.text for t in tokens[first:start]]
    if not prefix or not (any(_is_orgword(w) for w in prefix) or " ".join(prefix) in ORG_NAMES):
        return None
    role = " ".join(t.text for t in tokens[start : title_end + 1])
    return _Title(title_end + 1, role, _clean_org(text[tokens[first].start : tokens[start - 1].end]), None)


def _title_of_the(text: str, tokens, first: int, last: int) -> _Title | None:
    """"Speaker of the House Newt Gingrich", "Secretary of the Treasury Jacob Lew": a capitalised
    title, "of the", an organisation and a two-word name (the run starts after "the")."""
    if first < 3 or last - first < 2 or tokens[first - 1].text != "the" or tokens[first - 2].text != "of":
        return None
    title = tokens[first - 3]
    if not (_is_cap(title) and _is_titleword(title.text)) or any(_is_titleword(t.text) for t in tokens[last - 1 : last + 1]):
        return None
    org = text[tokens[first].start : tokens[last - 2].end]
    return _Title(last - 1, text[title.start : tokens[last - 2].end], org, None)


LINKING_VERBS = frozenset({"is", "was", "are", "were", "be", "been", "being", "am", "seemed", "felt"})  # before a predicate adjective


# modals, after which a role noun's form is a verb ("will captain Wales"; not "to", also a preposition: "lost to
# fellow Spaniard"); reported.py reads them too
MODALS = frozenset({"will", "would", "shall", "could", "can", "may", "might", "should", "must"})


def _lower_role_before(text: str, tokens, first: int, usable: list[bool]) -> RoleStart:
    """A lowercase title phrase right before a name ("military intelligence analyst", "said 9/11
    widow Terry Strada": after a reporting verb any lowercase noun phrase is the role)."""
    k = first - 1
    ranked = _ranking_before(tokens, k, usable)
    if ranked is not None:
        return RoleStart(text[tokens[ranked].start : tokens[k].end], ranked)
    head = _complement_head(tokens, k, usable)
    if head is not None:
        start = _past_compound(text, tokens, _role_walk(tokens, head, head, usable), k)
        role = text[tokens[start].start : tokens[k].end]
        if start == head and not tokens[head].text.islower():
            role = role[:1].lower() + role[1:]  # "Director of television": capitalised only to open the sentence
        return RoleStart(role, start) if start <= k else RoleStart(None, first)
    if k < 0 or not usable[k] or not tokens[k].text.replace("-", "").isalpha() or not tokens[k].text.islower():
        return RoleStart(None, first)
    if tokens[k].text in ROLE_STOP or tokens[k].text in CLAUSE_WORDS:
        return RoleStart(None, first)  # "would discuss whether Melania Trump …": a function word is no role
    if k >= 1 and tokens[k - 1].text.lower() in MODALS:
        return RoleStart(None, first)  # "Ryan Giggs will captain Wales": after a modal the noun's form is a verb
    start = _role_walk(tokens, k, first - 1, usable)
    before = tokens[start - 1].text.lower() if start > 0 else ""
    if before in LINKING_VERBS and not (is_rolenoun(_hyphen_word(tokens, k)) and last_is_name(tokens, first)):
        # "he was hopeful Edu would sign": a predicate adjective, no title; "The trio are chief executive Willie Walsh,
        # …": a role noun and a full name after the verb are the post and its holder
        return RoleStart(None, first)
    after_verb = before in lexicons.reporting_verbs() and last_is_name(tokens, first)
    head = _hyphen_word(tokens, k)
    premodifier_role = agent_noun(head) or head in lexicons.words("role_heads")
    listed_head = head in lexicons.words("role_heads")  # a listed position, not an agent noun ("housebuilder George Wimpey")
    if not (is_rolenoun(head) or after_verb or (premodifier_role and _premodified_name(tokens, start, first))
            or (listed_head and _after_function_word(tokens, start, first))):
        return RoleStart(None, first)
    start = _past_compound(text, tokens, start, k)
    return RoleStart(text[tokens[start].start : tokens[k].end], start) if start <= k else RoleStart(None, first)


_RANK_NUMBER = re.compile(r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten", re.IGNORECASE)
_RANK_WORDS = frozenset({"number", "no", "no."})


def _ranking_before(tokens, k: int, usable: list[bool]) -> int | None:
    """The first token of a ranking used as a title right before a name ("world number one Juan Carlos
    Ferrero", "British number two Greg Rusedski", "former world No 1 …"): a standing in a ranked list is
    the capacity sports copy names a player in, though its head is a numeral no role list holds. The
    ranking's domain (a lowercase word, or a capitalised one such as a demonym or "World" opening the
    sentence) and a "former" before it are part of it. None when no "number N" after such a domain ends right
    at token k."""
    if k < 2 or not usable[k] or not _RANK_NUMBER.fullmatch(tokens[k].text) or tokens[k - 1].text.lower() not in _RANK_WORDS:
        return None
    start = k - 1
    domain = tokens[start - 1].text
    if usable[start - 1] and domain.isalpha() and domain.lower() not in ROLE_STOP and (
            domain.islower() or domain.lower() == "world" or domain.lower() in naming.DEMONYMS):
        start -= 1
    else:
        return None  # "a number 5 Tom Smith": a number with no ranking it stands in
    if start >= 1 and usable[start - 1] and tokens[start - 1].text.lower() in {"former", "ex"}:
        start -= 1
    return start


def _past_compound(text: str, tokens, start: int, last: int) -> int:
    """The role's first token past the tail of a compound adjective whose place stands before it ("Swansea-born
    actor-director Terry Palmer", "London-based singer Ann Lee": "born", "based" are no part of the role)."""
    while start <= last and tokens[start].start > 0 and text[tokens[start].start - 1] == "-":
        start += 1
    return start


AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person")


def agent_noun(word: str) -> bool:
    """A noun for a doer by its shape ("striker", "flanker", "midfielder", "qualifier"): an agentive
    ending on a word of six letters or more that PolNeAR's copy does not use as a common word
    (``common_words.txt`` holds the verbs, adjectives and function words of that shape: "consider",
    "prefer", "current", "another", "former"), nor a reporting verb."""
    bare = word.split("-")[-1]
    return (
        word.islower() and bare.isalpha() and len(bare) >= 6 and bare.endswith(AGENT_SUFFIXES)
        and word not in lexicons.common_words() and bare not in lexicons.common_words()
        and bare not in lexicons.reporting_verbs()
    )


def _premodified_name(tokens, start: int, first: int) -> bool:
    """"Arsenal striker Thierry Henry", "Czech qualifier Tomas Zib": the role phrase (from token start)
    stands between a capitalised premodifier (or its possessive) and a full name whose first word is a
    given name or whose second is a surname."""
    if start == 0 or first >= len(tokens) or not _is_cap(tokens[first]):
        return False
    before = tokens[start - 1]
    premodifier = _is_cap(before) or (before.text in POSSESSIVE and start >= 2 and _is_cap(tokens[start - 2]))
    if not last_is_name(tokens, first):
        # "Arsenal midfielder Edu said", "Chelsea boss Mourinho's side": one name, which the verb or
        # clitic after it ends (football copy names many players by one name)
        after = tokens[first + 1].text if first + 1 < len(tokens) else "."
        word = tokens[first].text
        return premodifier and word.lower() not in lexicons.common_words() and (
            after in POSSESSIVE or after in (",", ".") or after.islower() and after.isalpha())
    given, family = tokens[first].text.lower(), tokens[first + 1].text.lower()
    return premodifier and (given in lexicons.first_names() or family in lexicons.surnames())


# closed-class words after which a lowercase noun before a full name is its title, not a verb taking it as object
# ("the news that defender Sol Campbell …", "a ban on striker Tom Hale"; not "beat Roger Federer")
ROLE_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "that", "and", "but", "or", "of", "for",
                          "to", "by", "with", "from", "on", "at", ","})


def _after_function_word(tokens, start: int, first: int) -> bool:
    """The role phrase (from token ``start``) opens its sentence or follows a function word, and a full name (a
    given name, or a surname second) follows it."""
    if first + 1 >= len(tokens) or not _is_cap(tokens[first]) or not _is_cap(tokens[first + 1]) or not (
            tokens[first].text.lower() in lexicons.first_names() or tokens[first + 1].text.lower() in lexicons.surnames()):
        return False
    return start == 0 or tokens[start - 1].text.lower() in ROLE_OPENERS


def _hyphen_word(tokens, k: int) -> str:
    """The hyphenated word ending at token k, as written ("editor-in-chief", "full-back"), else token k."""
    start = k
    while start >= 2 and _hyphen_joined(tokens, start - 1):
        start -= 2
    return "".join(t.text for t in tokens[start : k + 1])


def _role_walk(tokens, k: int, head: int, usable: list[bool]) -> int:
    """The first token of a lowercase role phrase ending at token k (at most five words up to the
    head); "co-founder and chief executive": two role nouns joined by "and" are one role."""
    start = k
    while start - 1 >= 0 and usable[start - 1]:
        prev = tokens[start - 1].text
        if start >= 2 and _hyphen_joined(tokens, start - 1) and tokens[start - 2].text.islower():
            start -= 2  # "editor-in-chief", "full-back": a hyphenated word is one word of the role
            continue
        if prev in POSSESSIVE and start >= 2 and usable[start - 2] and tokens[start - 2].text.isalpha() and tokens[start - 2].text.islower() and tokens[start - 2].text.endswith("s"):
            start -= 2  # "referees' chief Philip Don": a plural possessive names the role's domain
            continue
        if prev == "and" and start - 2 >= 0 and usable[start - 2] and tokens[start - 2].text.islower() and is_rolenoun(tokens[start - 2].text) and head - start < 4:
            start -= 2  # "co-founder and chief executive Jane Roe", "scientist and study co-author"
            continue
        if prev == "and" and start < head and start >= 2 and usable[start - 2] and _portfolio_pair(tokens[start - 2].text, tokens[start].text):
            start -= 2  # "work and pensions spokesman", "trade and industry secretary": one remit of two portfolios
            continue
        if prev.lower() in ROLE_STOP or prev.lower() in CLAUSE_WORDS or prev.lower() in lexicons.reporting_verbs() \
                or not re.match(r"^[a-z0-9][\w/-]*$", prev):
            break  # "disciplinary action against national coach Luis Aragones": the role starts after "against"
        if head - start >= 3:
            break
        start -= 1
    return start


def _portfolio_pair(word: str, after: str) -> bool:
    """Two lowercase government portfolios joined by "and" before a role noun ("work and pensions", "culture
    and sport"): the remit of one post, not two people ("voters and party spokesman" is no remit)."""
    return word.islower() and after.islower() and word in naming.PORTFOLIOS and after in naming.PORTFOLIOS


ROLE_COMPLEMENT_PREPS = frozenset({"for", "to", "of"})


def _complement_head(tokens, k: int, usable: list[bool]) -> int | None:
    """"deputy minister for women Jacqui Smith", "ambassador to Britain Liu Xiaming": the role noun
    before a short "for|to|of" complement that ends right before the name; None otherwise."""
    for prep in range(k - 1, max(-1, k - 6), -1):
        if tokens[prep].text == "and" and _joins_lowercase(tokens, prep, usable):
            continue  # "vice president of technology and manufacturing": one remit of two nouns
        if not usable[prep] or tokens[prep].text in (",", ".", ";", ":") or tokens[prep].text in ROLE_STOP - ROLE_COMPLEMENT_PREPS - {"the"}:
            return None
        if tokens[prep].text in ROLE_COMPLEMENT_PREPS:
            head = prep - 1
            # "Director of television Jana Bennett": a sentence capitalises the role's first word
            opening = head == 0 or (head > 0 and tokens[head - 1].text in OPENERS)
            lower = tokens[head].text.islower() or (opening and tokens[head].text[1:].islower())
            if head < 0 or not usable[head] or not lower or not is_rolenoun(tokens[head].text.lower()):
                return None
            between = tokens[prep + 1 : k + 1]
            if between and between[0].text.lower() == "the":
                between = between[1:]  # "a lawyer for the victims"
            if not between or not all(t.text.isalpha() and (t.text.islower() and t.text not in ROLE_STOP) or t.text in lexicons.places()
                                      or (t.text == "and" and 0 < i < len(between) - 1) for i, t in enumerate(between)):
                return None
            return head
    return None


def _joins_lowercase(tokens, i: int, usable: list[bool]) -> bool:
    """An "and" between two lowercase content words ("technology and manufacturing")."""
    return 0 < i < len(tokens) - 1 and usable[i - 1] and usable[i + 1] and all(
        t.text.isalpha() and t.text.islower() and t.text not in ROLE_STOP for t in (tokens[i - 1], tokens[i + 1]))


def last_is_name(tokens, first: int) -> bool:
    """Two capitalised words from ``first``: a full name."""
    return first + 1 < len(tokens) and _is_cap(tokens[first]) and _is_cap(tokens[first + 1])


def _qualifier_before_body(tokens, role_first: int, usable: list[bool], runs_by_last: dict) -> str | None:
    """"former" for "Former England captain", "the former France coach": a qualifier of the role that opens the
    capitalised run before it (the employer's name), or stands right before that run; None otherwise."""
    run = runs_by_last.get(role_first - 1)
    if run is None or any(t.text in _ORG_JOINERS for t in tokens[run[0] : run[1] + 1]):
        return None  # "former Olympian and BBC pundit Steve Cram": the qualifier is the first calling's
    for k in (run[0], run[0] - 1):
        word = tokens[k].text.lower().rstrip("-") if k >= 0 and usable[k] else ""
        if word in ROLE_QUALIFIERS and (k == run[0] or tokens[k].text.islower()):
            return "former" if word == "ex" else word
    return None


def _affiliation_before(tokens, role_first: int, usable: list[bool], runs_by_last: dict) -> str | None:
    """"Chinese Foreign Ministry spokesperson": the capitalised run just before a role."""
    k = role_first - 1
    if k >= 2 and tokens[k].text == ")" and tokens[k - 2].text == "(" and usable[k - 1] and _ACRONYM.match(tokens[k - 1].text):
        return tokens[k - 1].text  # "Dutch football federation (KNVB) spokesman": the body's initials in brackets
    if k >= 1 and tokens[k].text in POSSESSIVE:
        k -= 1  # "Hillary Clinton’s campaign manager Robby Mook"
        kind = tokens[k].text
        if kind.islower() and (kind in naming.MEDIA_HEADS or kind in naming.COMPANY_NOUNS) and (named := runs_by_last.get(k - 1)):
            # "Empire magazine's reviews editor Dan Jolin": the name and its kind of body own the role
            return " ".join(t.text for t in tokens[_strip_leading(tokens, named[0], named[1]) : k + 1])
    run = runs_by_last.get(k)
    if run is None or not usable[k]:
        return None
    first, last = run
    first = _strip_leading(tokens, first, last)
    words = [t.text for t in tokens[first : last + 1]]
    if not words or all(w.lower() in naming.PORTFOLIOS or w.lower() in ROLE_QUALIFIERS or w.lower() in COMMON_ACRONYMS for w in words):
        return None  # "Former Cabinet minister Douglas Hogg": the post's remit, no employer; "R&B star": a genre
    owner = runs_by_last.get(first - 2) if first >= 2 and tokens[first - 1].text in POSSESSIVE_S else None
    if len(words) <= 3 and owner is not None and country_of(" ".join(words)) and not _is_place([t.text for t in tokens[owner[0] : owner[1] + 1]]):
        # "Arsenal's Brazilian midfielder Edu", "Screen International's US editor Mike Goodridge": the
        # nationality or the territory qualifies the post, the organisation that owns the phrase employs him
        return " ".join(t.text for t in tokens[owner[0] : owner[1] + 1])
    if _city_office(words, tokens, role_first):
        return words[0]  # "London mayor Ken Livingstone": a capital before a city's office is the city, not the country
    if _capital_city(" ".join(words)) and _team_post(tokens, role_first):
        return " ".join(words)  # "Madrid midfielder Guti", "Rome coach": a capital before a player's post is its club
    if len(words) <= 3 and (country := country_of(" ".join(words))):
        return country  # "Chinese Foreign Ministry spokesperson" is China's, "Dutch sports minister" the Netherlands', "South African president" South Africa's
    if 2 <= len(words) <= 3 and _opens_sentence(tokens, first) and naming.is_common_word(words[0]) \
            and (country := country_of(" ".join(words[1:]))) and not _capital_city(" ".join(words[1:])):
        # "Veteran US television host Dick Clark", "Earlier British designer …": the opener is no name; before a city
        # it is one ("Real Madrid midfielder David Beckham", "Inter Milan")
        return country
    remit = len(words)
    while remit > 1 and words[remit - 1].lower() in naming.PORTFOLIOS:
        remit -= 1
    if remit < len(words) and remit <= 2 and (country := country_of(" ".join(words[:remit]))):
        return country  # "German Economy minister Wolfgang Clement": the post's remit, then the country it serves
    if "and" in words[1:-1] and any(_is_titleword(w) or _is_honorific(w) for w in words[: words.index("and")]):
        # "Home Office Minister Lord Falconer and Downing Street adviser Baroness Morgan": the last conjunct
        words = words[len(words) - words[::-1].index("and") :]
    if " ".join(words) in PARTIES:
        return PARTIES[" ".join(words)]
    for width in (2, 1):
        party = " ".join(words[:width])
        if len(words) > width and party in PARTIES and len(party) > 1 and all(w.lower() in naming.PORTFOLIOS for w in words[width:]):
            # "Lib Dem Treasury spokesman", "Tory Health spokesman": the party employs, the portfolio is the post's remit
            return PARTIES[party]
    if words[0] in PARTIES and len(words[0]) > 1:
        # "Tory Party co-chairman": the party's own head word names no second body ("Democratic Senate …" does)
        return PARTIES[words[0]] if len(words) == 1 or words[1:] == ["Party"] else f"{PARTIES[words[0]]}; {' '.join(words[1:])}"
    return " ".join(words).replace(" - ", "-")


# the offices of a city: a capital written before them names the city ("London mayor", "Moscow mayor")
CITY_OFFICES = frozenset({"mayor"})


def _city_office(words: list[str], tokens, role_first: int) -> bool:
    """A capital (of the places list) alone before a city's office ("London mayor Ken Livingstone")."""
    if len(words) != 1 or words[0] not in lexicons.places() or lexicons.places()[words[0]].capital != words[0]:
        return False
    role = [t.text.lower() for t in tokens[role_first:role_first + 3]]
    return any(w in CITY_OFFICES for w in role)


def _opens_sentence(tokens, first: int) -> bool:
    return first == 0 or tokens[first - 1].text in OPENERS


def country_of(word: str) -> str | None:
    """The country a place word or a demonym names ("Russian", "Beijing", "Dutch" -> Netherlands), else None."""
    if word in lexicons.places():
        return lexicons.places()[word].name
    if not word[:1].isupper():
        return None
    if word.lower() in naming.COUNTRIES and word.lower() not in lexicons.first_names():
        return word  # "Bolivia's public defender's office": any country, not only the gazetteer's few places
    return naming.DEMONYM_COUNTRIES.get(word.lower())


def is_place_name(name: str) -> bool:
    """A country, a capital, a demonym, a US state or its abbreviation ("N.Y.", "Mass."), a US place."""
    words = name.split()
    return country_of(name) is not None or name in US_STATES or name.rstrip(".") in US_STATES \
        or lexicons.is_us_place(words) or _is_place(words)


def _team_post(tokens, role_first: int) -> bool:
    """The lowercase role starting at token ``role_first`` ends in a post a team holds ("midfielder", "coach": the
    office_bodies table's team posts)."""
    end = role_first
    while end + 1 < len(tokens) and tokens[end + 1].text.islower():
        end += 1
    return lexicons.name_table("office_bodies").get(tokens[end].text.lower()) == "team"


def _capital_city(words: str) -> bool:
    """A capital the gazetteer holds, not the country or its demonym ("Madrid", not "Spain" or "Spanish")."""
    place = lexicons.places().get(words)
    return place is not None and words == place.capital and words not in (place.name, place.demonym)


def _remit_place(tokens, k: int) -> bool:
    """"Europe Minister Denis MacShane": a place that is a portfolio, right before a title word, is the post's remit."""
    return tokens[k].text.lower() in naming.PORTFOLIOS and k + 1 < len(tokens) and _is_titleword(tokens[k + 1].text)


def _place_before(tokens, first: int | None) -> str | None:
    """"Russian President ..." or "China’s Foreign Minister ...": the country of a title."""
    if first is None:
        return None
    if tokens[first].text in lexicons.places() and not _remit_place(tokens, first):
        return lexicons.places()[tokens[first].text].name
    if first >= 2 and tokens[first - 1].text in POSSESSIVE and tokens[first - 2].text in lexicons.places():
        return lexicons.places()[tokens[first - 2].text].name
    return None


def _clean_org(name: str) -> str:
    name = re.sub(r"^(the|The)\s+", "", name)
    if f"The {name}" in lexicons.media():
        name = f"The {name}"  # outlets whose name includes the article: The Economist
    name = re.sub(r"\s+(magazine|newspaper|news agency|news outlet|daily|website)$", "", name)
    return name.replace(" - ", "-").replace(" ’s", "’s").replace(" 's", "'s")


APPOSITIVE_PREPS = AFFILIATION_PREPS | {"on"}
CLAUSE_STOP = {"who", "whom", "whose", "which", "that", "said", "says", "told"}
# a comma then one of these opens a new clause or a coordinated phrase, never a description of the name before:
# "Jamie Foxx won best actor for Ray, while British actor Clive Owen took …" (closed class: English
# subordinating conjunctions and coordinators)
CLAUSE_OPENERS = frozenset({"while", "whereas", "although", "though", "as", "when", "and", "but", "or", "after",
                            "before", "because", "since", "if", "unless", "until", "where", "whether", "so", "yet"})
RELATIVE_FILLERS = {"now", "also", "currently", "still", "then", "once", "later"}


def _appositive(text: str, tokens, last: int, usable: list[bool]) -> RolePhrase:
    """", a senior analyst with Eurasia Group," / ", a hydrologist at the University of Leeds" /
    " of the Carnegie Russia Eurasia Center" / ", who is now a virologist at …"."""
    n = len(tokens)
    k = last + 1
    if k + 1 < n and tokens[k].text == "from":
        return _from_org(text, tokens, k + 1, usable) or RolePhrase(None, None, last)
    if k + 2 < n and tokens[k].text == "," and tokens[k + 1].text == "from" and (found := _from_org(text, tokens, k + 2, usable)):
        return found
    if k + 2 < n and tokens[k].text == "," and tokens[k + 1].text in ("of", "at") and (found := _set_off_org(text, tokens, k + 2, usable)):
        return found
    if k < n and tokens[k].text in ("of", "at", "with", "for") and k + 1 < n:
        org, end = _org_after(text, tokens, k + 1, usable)
        if org:
            return RolePhrase(None, org, end)
        return RolePhrase(None, None, last)
    if k + 1 < n and tokens[k].text == "who" and usable[k]:
        # "Damien Hockney who is now Veritas' deputy leader": after a name a relative clause can only
        # add to it (the name already picks the person out), so it is an appositive's, comma or not
        return _relative_clause(text, tokens, k + 1, usable, last)
    if k + 3 < n and tokens[k].text == "," and re.fullmatch(r"\d{1,3}", tokens[k + 1].text) and tokens[k + 2].text == "," \
            and tokens[k + 3].text.lower() in ("a", "an", "the"):
        k += 2  # "Hazel Gilbert, 23, an information manager from Newcastle,": the age set off before the appositive
    dash = k < n and tokens[k].text in ("—", "–", "―")
    if k >= n or not (tokens[k].text == "," or dash):
        return RolePhrase(None, None, last)
    j = k + 1
    if j < n and tokens[j].text.lower() in CLAUSE_OPENERS:
        return RolePhrase(None, None, last)
    if dash:
        # "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has …": a description set off by dashes
        close = next((c for c in range(j, min(n, j + 15)) if tokens[c].text == tokens[k].text), None)
        if close is None or close == j:
            return RolePhrase(None, None, last)
        role, org, _ = _role_phrase(text, tokens[:close], j, usable, last, article_optional=True)
        return RolePhrase(role, org, close) if role or org else RolePhrase(None, None, last)
    if j + 1 < n and tokens[j].text == "who" and usable[j]:
        return _relative_clause(text, tokens, j + 1, usable, last)
    if j + 2 < n and tokens[j].text.lower() == "one" and tokens[j + 1].text == "of":
        return _one_of(text, tokens, j + 2, usable, last)
    titled = _title_case_appositive(text, tokens, j, usable)
    if titled is not None:
        return titled
    org_role = _org_then_role(text, tokens, j, usable)
    if org_role is not None:
        return org_role
    owned = _possessive_appositive(text, tokens, j, usable, last)
    if owned is not None:
        return owned
    return _role_relative(text, tokens, _role_phrase(text, tokens, j, usable, last), usable, last)


def _role_relative(text: str, tokens, found: RolePhrase, usable, last: int) -> RolePhrase:
    """", the music mogul who established the influential Factory Records,": a relative clause right after
    the appositive's role noun says where the role is held. Not after an "of" phrase, whose noun the clause
    may be about ("the son of a man who founded …")."""
    k = found.extent + 1
    if not found.role or found.affiliation or k + 1 >= len(tokens) or tokens[k].text != "who" or not usable[k]:
        return found
    if " of " in f" {found.role} " or not found.role.islower():
        return found  # "a former C.I.A. analyst who teaches at …": the role names its employer already
    clause = _relative_clause(text, tokens, k + 1, usable, last)
    owner = (clause.affiliation or "").split()
    if not owner or _person_shaped(owner):
        return found  # "a former minister who is a harsh critic of Mr. Peña Nieto": a person, no employer
    if tokens[k + 1].text.lower() not in OFFICE_VERBS and not names_an_organisation(owner):
        return found  # "a pollster who conducted focus groups with African-American voters"
    return RolePhrase(found.role, clause.affiliation, clause.extent)


def _person_shaped(words: list[str]) -> bool:
    """A name that is a person's or a possessor's, not an organisation's: an honorific or a title first
    ("Mr. Peña Nieto", "President Bill Clinton's"), a possessive last, a full name's shape."""
    if names_an_organisation(words):
        return False
    return (_is_honorific(words[0]) or _is_titleword(words[0]) or words[-1].endswith(tuple(POSSESSIVE))
            or _full_name_shaped(words))


APPOSITIVE_ENDS = frozenset({",", ".", ";", ")", "—", "–"})


ORG_ROLE_WORDS = 4  # lowercase words a role after an organisation's name may run to ("public information officer")


def _org_then_role(text: str, tokens, j: int, usable: list[bool]) -> RolePhrase | None:
    """", Washington State Department of Health public information officer,", ", Acme Corp chief
    executive,", ", Chelsea striker,": an appositive without an article, a capitalised name then a
    lowercase role (a role noun or a doer noun), then the appositive's end; the name is the
    employer (a place is none: ", London lawyer,"). None for what reads as a person's name (a given
    name first, no organisation word: ", Tom Smith and …" is a list of people)."""
    n, k = len(tokens), j
    while k < n and usable[k] and (_is_cap(tokens[k]) or (
            tokens[k].text in ORG_CONNECTORS and k > j and k + 1 < n and _is_cap(tokens[k + 1]))
            or (k > j and tokens[k].text.isdigit() and _is_cap(tokens[k - 1]))):  # "BBC News 24", "Channel 4"
        k += 1
    m = k
    while m < n and usable[m] and tokens[m].text.isalpha() and tokens[m].text.islower() and m - k < ORG_ROLE_WORDS:
        m += 1
    if k == j or m == k or k - j > 8 or m >= n or tokens[m].text not in (",", ".", ";") and not finite_reporting_verb(tokens[m].text):
        return None
    words, head = [t.text for t in tokens[j:k]], tokens[m - 1].text
    person_like = len(words) > 1 and words[0].lower() in lexicons.first_names() and not _has_orgword(words)
    if person_like or _is_honorific(words[0]) or not (is_rolenoun(head) or agent_noun(head)):
        return None
    role = text[tokens[k].start : tokens[m - 1].end]
    if _is_place(words) or lexicons.is_us_place(words):
        return RolePhrase(role, None, m - 1)  # ", London lawyer,": where they work, no employer
    return RolePhrase(role, _clean_org(text[tokens[j].start : tokens[k - 1].end]), m - 1)


def _title_words_end(tokens, j: int, usable: list[bool]) -> int | None:
    """The last token of a capitalised title from token j ("Head", "Managing Director", "Chairman
    and Managing Director"): title words, qualifiers and common words ending in a title word."""
    n, end, head = len(tokens), j, None
    while end < n and usable[end]:
        word = tokens[end].text
        if _is_cap(tokens[end]) and not _is_honorific(word) and (
            _is_titleword(word) or is_rolenoun(word.lower()) or word in TITLE_QUALIFIERS or word.lower() in lexicons.common_words()
        ):
            head = end if (_is_titleword(word) or is_rolenoun(word.lower())) else head
            end += 1
        elif word in ("and", "&", "-") and head == end - 1 and end + 1 < n and _is_cap(tokens[end + 1]):
            end += 1
        else:
            break
    return head


def _title_case_appositive(text: str, tokens, j: int, usable: list[bool]) -> RolePhrase | None:
    """", Head of Fundamental Research at Kotak Securities," / ", Director, IIFL." / ", Head of Platform
    Solutions for Ascom.": a capitalised title after a name (Indian, British and corporate copy), its
    employer after "at"/"with"/"for" or a comma. None unless the phrase then ends (a comma, a full stop, a verb): "Trump, President Obama
    and …" is a list of names."""
    n = len(tokens)
    if j >= n or not usable[j] or not _is_cap(tokens[j]):
        return None
    head = _title_words_end(tokens, j, usable)
    if head is None:
        return None
    employer = _employer_of(text, tokens, j, head, usable)
    if employer is not None:
        return employer
    role_end = head
    if role_end + 2 < n and tokens[role_end + 1].text in ("of", "for") and _is_cap(tokens[role_end + 2]):
        role_end += 2  # "Head of Fundamental Research": the department belongs to the title
        while role_end + 1 < n and usable[role_end + 1] and (_is_cap(tokens[role_end + 1]) or tokens[role_end + 1].text in ("&", "and")) and role_end - head < 6:
            role_end += 1
        if tokens[role_end].text in ("&", "and"):
            role_end -= 1
    role = _clean_role(text[tokens[j].start : tokens[role_end].end])
    k = role_end + 1
    if k >= n or not usable[k] or tokens[k].text in APPOSITIVE_ENDS - {","}:
        return RolePhrase(role, None, role_end)
    if tokens[k].text in ("at", "with", "for") or (tokens[k].text == "," and k + 1 < n and _is_cap(tokens[k + 1]) and not _is_titleword(tokens[k + 1].text)):
        org, org_end = _org_after(text, tokens, k + 1, usable)
        after = tokens[org_end + 1].text if org_end + 1 < n else "."
        if org and org_end - k <= 5 and (after in APPOSITIVE_ENDS or after[:1].islower() or not usable[org_end + 1]):
            return RolePhrase(role, org, org_end)
        return RolePhrase(role, None, role_end) if tokens[k].text in (",", "for") else None  # "Head of Sales for two years"
    if tokens[k].text == "," or tokens[k].text[:1].islower():
        return RolePhrase(role, None, role_end)
    return None


def _employer_of(text: str, tokens, j: int, head: int, usable: list[bool]) -> RolePhrase | None:
    """", CEO and Founder of Ceres Robotics Inc.", ", President of the Cato Institute,": a capitalised
    title's "of" that names an organisation by its shape gives the employer, not a department
    ("Head of Fundamental Research" keeps it); only where the appositive then ends."""
    k = head + 1
    if k + 1 >= len(tokens) or tokens[k].text != "of":
        return None
    found = _set_off_org(text, tokens, k + 1, usable) or _named_body(text, tokens, k + 1, usable)
    return RolePhrase(_clean_role(text[tokens[j].start : tokens[head].end]), found.affiliation, found.extent) if found else None


def _named_body(text: str, tokens, k: int, usable: list[bool]) -> RolePhrase | None:
    """", Chief Executive of AOL UK,", ", Chief Operating Officer of Sony,": after a capitalised title's "of", a
    name with an acronym, or one the article writes again and no common word ends (a brand), and no place, names
    the employer, where the appositive then ends; not a department written once ("Head of Fundamental Research",
    "Minister for Defence Procurement") nor an institution after "the" ("Leader of the Commons")."""
    org, end = _org_after(text, tokens, k, usable)
    if org is None or end + 1 >= len(tokens) or tokens[end + 1].text not in APPOSITIVE_ENDS:
        return None
    words = [w for w in org.split() if w not in ORG_CONNECTORS and w.lower() != "the"]
    # a brand by its shape, or a name the article writes again without an article ("Sony", not "of the Commons")
    brand = any(_ACRONYM.match(w) for w in words) or (
        tokens[k].text.lower() != "the" and words[-1].lower() not in lexicons.common_words()
        and len(re.findall(rf"(?<!\w){re.escape(org)}(?!\w)", text)) >= 2)
    if _is_place(words) or country_of(org) or not brand or _is_titleword(words[-1]):
        return None
    return RolePhrase(None, org, end)


def _from_org(text: str, tokens, k: int, usable: list[bool]) -> RolePhrase | None:
    """"Graham Cluley from anti-virus firm Sophos", "Shami Chakrabarti, from human rights group
    Liberty,": the organisation after "from" (and a lowercase descriptor of it) is the affiliation.
    Without a descriptor only a name shaped like an organisation counts; a place never does ("Jane
    Doe from Ohio" says where she lives)."""
    n, j = len(tokens), k
    while j < n and j - k < 4 and usable[j] and tokens[j].text.replace("-", "").isalpha() and tokens[j].text.islower() and tokens[j].text not in ROLE_STOP:
        j += 1
    org, end = _org_after(text, tokens, j, usable)
    if org is None or org in lexicons.places() or is_residence(org.split()):
        return None
    words = org.split()
    if j == k and not (any(_is_orgword(w) for w in words) or _is_media(words) or (len(words) == 1 and _ACRONYM.match(words[0]))
                       or _ends_in_acronym(words) or (tokens[k - 1].text == "from" and _no_place(words))):
        return None
    if any(t.text.lower() in lexicons.first_names() for t in tokens[j : j + 1]) and len(words) >= 2 and not any(_is_orgword(w) for w in words):
        return None  # "from Jane Doe": a person, not an employer
    return RolePhrase(None, org, end)


def _no_place(words: list[str]) -> bool:
    """A name after "from" that no gazetteer, compass point, nationality or lone surname makes a home town
    ("Simon Wheatley, from Goldman Sachs", "Ben Coppin from Envisional", not "Roy Tansley, from Derby", "from West
    Sussex", "from Shipley"): where a person is from in a quotation's attribution is then whom they speak for.
    In the 1,919 BBC stories no split holds, 24 of 26 such names after a full name are employers."""
    if words[0] in COMPASS_WORDS or words[0].lower() in naming.DEMONYMS or country_of(" ".join(words)):
        return False
    if len(words) == 1 and (words[0].lower() in lexicons.surnames() or words[0].lower() in lexicons.first_names()
                            or words[0].lower() in lexicons.common_words()):
        return False
    return not any(is_residence(words[:n]) for n in range(1, len(words) + 1))


def _set_off_org(text: str, tokens, k: int, usable: list[bool]) -> RolePhrase | None:
    """"Mike Hobday, of the League Against Cruel Sports, said": an organisation set off by commas
    after "of"/"at" employs the name's bearer; only a name shaped like an organisation, which the
    phrase ends ("Jane Doe, of Leeds," says where she lives; "John Smith, at the time, said" names none)."""
    found = _from_org(text, tokens, k, usable)
    if found is None or not names_an_organisation(found.affiliation.split()):
        return None
    after = tokens[found.extent + 1].text if found.extent + 1 < len(tokens) else "."
    return found if after in APPOSITIVE_ENDS else None


def _one_of(text: str, tokens, j: int, usable, last: int) -> RolePhrase:
    """", one of the president's closest aides," / ", one of Obama's advisers,": the singular role,
    the possessor as affiliation when it is a name."""
    n = len(tokens)
    end = j
    while end < n and usable[end] and tokens[end].text.isalpha() or (end < n and tokens[end].text in POSSESSIVE):
        end += 1
    if end == j or end - j > 7:
        return RolePhrase(None, None, last)
    head = tokens[end - 1].text
    if not (head.islower() and head.endswith("s") and is_rolenoun(head[:-1])):
        return RolePhrase(None, None, last)
    start, affiliation = j, None
    owner = next((b for b in range(j, end) if tokens[b].text in POSSESSIVE), None)
    if owner is not None:
        start = owner + 1
        possessor = [t.text for t in tokens[j:owner] if t.text.lower() not in DETERMINERS]
        if possessor and all(w[:1].isupper() for w in possessor):
            affiliation = " ".join(possessor)
    elif tokens[start].text.lower() in ("the", "his", "her", "their", "its"):
        start += 1
    if start >= end:
        return RolePhrase(None, None, last)
    return RolePhrase(text[tokens[start].start : tokens[end - 1].end - 1], affiliation, end - 1)


_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke"})


def finite_reporting_verb(word: str) -> bool:
    """A reporting verb in a finite form ("stated", "said", "says"), not a base form that is also a
    noun ("a Twitter comment")."""
    return word.islower() and word in lexicons.reporting_verbs() and (word.endswith(("ed", "s")) or word in _IRREGULAR_PAST)


def _main_verb(text: str, tokens, k: int) -> bool:
    """A finite reporting verb on its own ("stated", not "self-described"), followed by "that", a
    colon, a comma or a quote mark: the main clause's verb, not a participle ("a group called …")."""
    if not finite_reporting_verb(tokens[k].text):
        return False
    if text[tokens[k].start - 1:tokens[k].start] in ("-", "‐"):
        return False
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return after in ("that", ":", ",", "“", '"', "‘")


def _in_opening_phrase(tokens, last: int) -> bool:
    """The name (ending at token last) stands in the prepositional phrase that opens the sentence,
    before its first comma: "In an interview with … Mika Brzezinski, …"."""
    return bool(tokens) and tokens[0].text.lower() in PREPOSITIONS and all(t.text != "," for t in tokens[:last + 1])


def _role_phrase(text: str, tokens, j: int, usable, last: int, *, article_optional: bool = False) -> RolePhrase:
    """A role noun phrase from token j: "[a|an|the] … role-noun [prep Organisation]"."""
    n = len(tokens)
    # "a hydrologist", "the mayor", "her Republican opponent", "its chief executive"
    with_article = j < n and tokens[j].text.lower() in ("a", "an", "the", "his", "her", "their", "its")
    if with_article:
        j += 1
    end, second = _role_phrase_end(text, tokens, j, usable)
    if end > j and end < n and _main_verb(text, tokens, end) and _in_opening_phrase(tokens, last):
        # "In an interview with … Mika Brzezinski, the Democratic presidential candidate stated
        # that …": after a name in the opening phrase, the description is the main clause's subject
        return RolePhrase(None, None, last)
    body = list(range(j, end))
    extent, whole = end - 1, body  # the appositive's last token, whatever part of it the role takes
    if len(body) > 14:
        # "the White House physician in the administration of … and later retired …": the role
        # before the first preposition that opens a lowercase phrase
        cut = next((b for b in body[1:] if tokens[b].text in APPOSITIVE_PREPS and b + 1 < end and tokens[b + 1].text.islower()), None)
        if cut is None or cut - j > 6:
            cut = _after_complement(tokens, body, end)
        if cut is not None:
            end = cut
            body = list(range(j, end))
    if not body or tokens[body[0]].text.lower() in lexicons.reporting_verbs() and not _owns(tokens, body) or len(body) > 14:
        return RolePhrase(None, None, last)
    if not with_article and not article_optional and not (tokens[j].text.islower() or _is_cap(tokens[j])):
        # ", professor emeritus of …" is an appositive; ", hosts President Putin" and
        # ", Chinese Foreign Ministry spokesperson Mao Ning said" are not (their head is a name, below)
        return RolePhrase(None, None, last)
    # split at the first affiliation preposition followed by a capitalised name
    # ("scholar at Johns Hopkins School of Advanced International Studies")
    split, org_start = _affiliation_split(tokens, body, end)
    role_end = _before_unnamed_workplace(tokens, j, (split if split is not None else end) - 1)
    # "a graduate student studying at Cornell University": the participle says where the role is held
    role_end -= 1 if split is not None and role_end > j and tokens[role_end].text in WORKING_PARTICIPLES else 0
    if role_end < j:
        return RolePhrase(None, None, last)
    if with_article and tokens[role_end].text in PARTIES and len(tokens[role_end].text) > 1 and all(
        tokens[b].text.islower() or tokens[b].text in lexicons.places() or _is_cap(tokens[b]) for b in range(j, role_end)
    ):
        # "a prominent New York Democrat": a party member, no role; the place stays with the party
        place = " ".join(t.text for t in tokens[j:role_end] if _is_cap(t))
        party = PARTIES[tokens[role_end].text]
        return RolePhrase(None, (f"{party}; {place}" if place else party), end - 1)
    # the role's head: the last word before an uncapitalised "of …" ("professor of geosciences", "envoy to Kyiv")
    inner = [b for b in range(j + 1, role_end + 1) if tokens[b].text.lower() in ("of", "for", "on", "to")
             and not (_is_cap(tokens[b - 1]) and not _is_titleword(tokens[b - 1].text) and _is_cap(tokens[b + 1]))]  # not inside a name ("Bank of England")
    head_word = tokens[inner[0] - 1].text if inner else tokens[role_end].text
    doer = not with_article and head_word == tokens[j].text and agent_noun(head_word)  # ", skipper for the night,"
    party_word = any(tokens[b].text in PARTIES and len(tokens[b].text) > 1 for b in range(j, role_end))
    role_ok = (
        any(_is_titleword(tokens[b].text) for b in range(j, role_end + 1)) or is_rolenoun(head_word) or doer
        or (with_article and party_word and head_word.isalpha() and head_word.islower())  # "her Republican opponent"
    )
    # without an article: lowercase words ("professor emeritus of …"), or capitalised modifiers
    # before a lowercase role noun or a title acronym ("House editor for …", "founder and CEO of …")
    head_ok = ((is_rolenoun(head_word) or doer) and head_word.islower()) or (_ACRONYM.match(head_word) is not None and _is_titleword(head_word)) \
        or (split is not None and _titled_remit(tokens, j, role_end))
    if not with_article and not article_optional and not (
        head_ok and (tokens[j].text.islower() or inner or split is not None)
        and all(tokens[b].text.islower() or not tokens[b].text.isalpha() or _is_cap(tokens[b]) for b in range(j, role_end + 1))
    ):
        return RolePhrase(None, None, last)
    if not role_ok and not (with_article and split is not None and _names_a_person(head_word)):
        return RolePhrase(None, None, last)
    role = _clean_role(text[tokens[j].start : tokens[role_end].end])
    org, extent = _employer_after(text, tokens, split, org_start, usable, end, extent) if split is not None else (None, extent)
    party = next((PARTIES[tokens[b].text] for b in range(j, role_end + 1) if tokens[b].text in PARTIES and len(tokens[b].text) > 1), None)
    if party:
        org = f"{org}; {party}" if org else party
    if org is None and second is not None:
        # "chair of the judges and the Guardian literary editor": the second description names the employer
        org = _premodifier_org(text, tokens, second, usable)
    if org is None and split is None and not party_word and tokens[j - 1].text.lower() in ("a", "an"):
        role, org = _employer_premodifier(text, tokens, j, role_end, usable) or (role, org)
    if org is None and len(whole) > len(body):
        org = _employer_past_cut(text, tokens, whole, usable)
    return RolePhrase(role, org, max(end - 1, extent))


_WORKPLACE_PREPS = frozenset({"at", "with"})  # "in" opens too much else ("the most anticipated witness in the inquiry")
_ARTICLES = frozenset({"a", "an", "the", "his", "her", "its", "their"})


def _before_unnamed_workplace(tokens, j: int, role_end: int) -> int:
    """"a teacher at a local school", "a researcher with the county's health team": after a lowercase role (from
    token j), a preposition and an article opening a phrase with no name in it say where the role is held, not
    what it is: the role ends before it ("editor in chief" is one title); the role's last token."""
    for b in range(j + 1, role_end):
        if not (tokens[b - 1].text.islower() and (tokens[b - 1].text.replace("-", "").isalpha() or tokens[b - 1].text == "and")):
            break
        if tokens[b].text in _WORKPLACE_PREPS and is_rolenoun(tokens[b - 1].text) and tokens[b + 1].text in _ARTICLES \
                and not any(_is_cap(tokens[c]) for c in range(b + 2, role_end + 1)):
            return b - 1
    return role_end


def _after_complement(tokens, body: list[int], end: int) -> int | None:
    """"a top national security aide to Vice President Pence on Trump's July 25 phone call with …": in a
    long appositive whose role noun takes a named complement ("to Vice President Pence"), the role ends
    where the next preposition opens what the person did, not what they are."""
    preps = [b for b in body[1:] if tokens[b].text in APPOSITIVE_PREPS | ROLE_COMPLEMENT_PREPS]
    if len(preps) < 2 or tokens[preps[0]].text not in ROLE_COMPLEMENT_PREPS or not is_rolenoun(tokens[preps[0] - 1].text):
        return None
    return preps[1] if preps[1] + 1 < end and preps[1] - preps[0] > 1 else None


def _owns(tokens, body: list[int]) -> bool:
    """"the show's co-producer": a word that could be a reporting verb ("show") but takes a possessive is a noun."""
    return len(body) > 1 and tokens[body[1]].text in POSSESSIVE_S


def _employer_past_cut(text: str, tokens, whole: list[int], usable: list[bool]) -> str | None:
    """"an expert in drug use and mental health at the Department of Health Sciences at …": a long
    appositive's role stops at its first lowercase complement, but an "at"/"with"/"for" further on that
    opens an organisation's name (by its shape) still says where the role is held."""
    split, org_start = _affiliation_split(tokens, whole, whole[-1] + 1)
    if split is None or tokens[split].text not in ("at", "with", "for"):
        return None
    org, _ = _phrase_org(text, tokens, org_start, usable, whole[-1] + 1, whole[-1])
    return org if org and names_an_organisation(org.split()) else None


def _titled_remit(tokens, j: int, role_end: int) -> bool:
    """"senior vp partnerships and revenue", "vice president sales and marketing": a lowercase title in the
    first three words, then the remit it covers as bare lowercase nouns (no verb, no article)."""
    title = next((b for b in range(j, min(role_end + 1, j + 3)) if tokens[b].text.islower() and _is_titleword(tokens[b].text)), None)
    if title is None or title == role_end:
        return False
    return all(tokens[b].text.isalpha() and tokens[b].text.islower() and tokens[b].text not in DETERMINERS | CLAUSE_WORDS
               and not tokens[b].text.endswith("ed") and not finite_reporting_verb(tokens[b].text) for b in range(title + 1, role_end + 1))


class PhraseEnd(NamedTuple):
    """Where a role phrase ends (the token after it) and where a second description starts, if one does."""

    end: int
    second: int | None


def _role_phrase_end(text: str, tokens, j: int, usable) -> PhraseEnd:
    """The end of an appositive's description from token j: a punctuation mark, a clause word, a main
    verb ("Anthony Anton, president and CEO of … stated, …"), a second description after "and the", or a
    participle after a premodified role ("a University of Michigan librarian working with Google")."""
    n, end = len(tokens), j
    while end < n and usable[end] and tokens[end].text not in (",", ".", ";", ":", "(", ")", "“", "”", '"') and tokens[end].text.lower() not in CLAUSE_STOP:
        if end > j and tokens[end].text == "and" and end + 1 < n and tokens[end + 1].text.lower() in ("a", "an", "the"):
            return PhraseEnd(end, end + 1)  # "an associate professor at …, and the editor of …": the first is enough
        if end > j and tokens[end].text == "and" and _second_doer(tokens, j, end):
            return PhraseEnd(end, None)  # "skipper for the night and scorer of the second goal": the first is enough
        if end > j and _is_cap(tokens[j]) and tokens[end].text.endswith("ing") and tokens[end].text.islower() and is_rolenoun(tokens[end - 1].text):
            break
        if end > j and _main_verb(text, tokens, end):
            break
        end += 1
    return PhraseEnd(end, None)


def _second_doer(tokens, j: int, k: int) -> bool:
    """"skipper for the night and scorer of …": after a description that already has its lowercase complement
    (a preposition between token j and the "and" at token k), a bare noun for a doer opens a second one
    ("founder and chief executive of Acme" is one role, its complement after both)."""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if not tokens[k - 1].text.islower():
        return False  # "president of Acme and founder of Beta": the affiliation split reads it whole
    return (is_rolenoun(after) or agent_noun(after)) and after.islower() and any(
        tokens[b].text in ROLE_COMPLEMENT_PREPS | {"at", "with", "on"} for b in range(j + 1, k))


def _phrase_org(text: str, tokens, start: int, usable: list[bool], end: int, extent: int) -> OrgEnd:
    """The organisation after a role phrase's preposition and the phrase's last token: within the phrase,
    or past its comma for a name whose complement is a list ("lecturer at the Centre for Vision, Speech
    and Signal Processing")."""
    org, org_end = _org_after(text, tokens, start, usable, limit=end)
    listed = _org_after(text, tokens, start, usable) if org and org_end == end - 1 else None
    if listed is not None and listed.last > org_end:
        return OrgEnd(listed.name, listed.last)
    return OrgEnd(org, extent)


def _employer_premodifier(text: str, tokens, j: int, role_end: int, usable: list[bool]) -> Description | None:
    """"a European Space Agency research fellow": in an indefinite appositive, the capitalised
    premodifier (from token j) before a lowercase role is the employer; the role is the rest."""
    if not _is_cap(tokens[j]):
        return None
    org = _premodifier_org(text, tokens, j, usable)
    lower = next((b for b in range(j, role_end + 1) if not _is_cap(tokens[b]) and not (
        tokens[b].text in ORG_CONNECTORS and b + 1 <= role_end and _is_cap(tokens[b + 1]))), None)
    if org is None or lower is None:
        return None
    role = _clean_role(text[tokens[lower].start : tokens[role_end].end])
    if (org in lexicons.places() or lexicons.is_us_place(org.split())) and not _is_titleword(role.split()[-1]):
        # "a Sacramento family medicine physician", "a San Diego clinical psychologist": where they
        # practise, no employer ("a Texas congressman" holds an office of Texas)
        return Description(role, None)
    return Description(role, org)


class PlaceOwner(NamedTuple):
    """A place in the possessive opening a phrase ("Hong Kong's"): its name, the possessive's token."""

    name: str
    last: int


def _possessive_place(tokens, j: int) -> PlaceOwner | None:
    """"Hong Kong's new police commissioner": a one- or two-word place, then a possessive."""
    for size in (2, 1):
        if j + size < len(tokens) and tokens[j + size].text in POSSESSIVE:
            words = " ".join(t.text for t in tokens[j : j + size])
            if words in lexicons.places():
                return PlaceOwner(lexicons.places()[words].name, j + size)
    return None


OWNER_WORDS = 5  # capitalised words a possessor before a role may run to ("Tufts University's", "PG&E's")


def _possessive_owner(text: str, tokens, j: int, usable: list[bool]) -> PlaceOwner | None:
    """"Acme Corp's", "the BBC's", "PG&E's", "Mr Smith's": a capitalised name (after an optional "the")
    then a possessive; a place is named as the gazetteer has it, anything else as written."""
    place = _possessive_place(tokens, j)
    if place is not None:
        return place
    n = len(tokens)
    first = j + 1 if j + 1 < n and tokens[j].text in ("the", "The") else j
    k = first
    while k < n and usable[k] and k - first < OWNER_WORDS and (_is_cap(tokens[k]) or _ACRONYM.match(tokens[k].text)
            or (k == first and _LOWER_BRAND.fullmatch(tokens[k].text)) or _hyphen_joined(tokens, k) and k > first or (
            tokens[k].text in ORG_CONNECTORS and k > first and k + 1 < n and _is_cap(tokens[k + 1]))):
        k += 1
    if k == first or k >= n or not (tokens[k].text in POSSESSIVE_S or _s_apostrophe(tokens, k)):
        return None
    return PlaceOwner(_owner_name(text, tokens, first, k - 1), k)


def _s_apostrophe(tokens, k: int) -> bool:
    """"Veritas' deputy leader": a bare apostrophe set close after a name ending in s, before a lowercase
    word, is a possessive (one closing a quotation stands before punctuation or a capital)."""
    return (tokens[k].text in ("'", "’") and tokens[k - 1].text.endswith("s") and tokens[k].start == tokens[k - 1].end
            and k + 1 < len(tokens) and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower())


def _possessive_appositive(text: str, tokens, j: int, usable: list[bool], last: int) -> RolePhrase | None:
    """", Creative's European marketing manager," / ", Hong Kong's new police commissioner," / ", Mr
    Smith's lawyer,": the possessor is where the role is held (the possessive stands for the article);
    a relative ("Mr Begg's father") has no employer. None unless a role follows the possessive."""
    owner = _possessive_owner(text, tokens, j, usable)
    if owner is None:
        return None
    found = _role_phrase(text, tokens, owner.last + 1, usable, last, article_optional=True)
    if not found.role:
        return None
    head = found.role.split()[-1].lower()
    words = owner.name.split()
    firm = _firm_in_possessive(text, words)
    if firm and head not in naming.KIN_NOUNS and head not in CLIENT_ROLES:
        return RolePhrase(found.role, firm, found.extent)
    if _personal_possessor(text, words):
        if head in naming.KIN_NOUNS or head in CLIENT_ROLES:
            # "Carlineo's attorney", "Mr Begg's father": a person's, said with the role, no employer
            return RolePhrase(_clean_role(text[tokens[j].start : tokens[found.extent].end]), None, found.extent)
        # "Sir Bernard Ingham, Margaret Thatcher's former press secretary,": the person served is where
        # the post is held, as "Jones's manager Ann Lee" before a name (the client of a lawyer is not)
        return RolePhrase(found.role, _person_possessor(words), found.extent)
    if head in naming.KIN_NOUNS:
        return RolePhrase(found.role, None, found.extent)
    # the possessor employs, not a department after "of" ("NASA's associate administrator of the
    # Science Mission Directorate")
    return RolePhrase(found.role, owner.name, found.extent)


def _person_possessor(words: list[str]) -> str:
    """A person's possessor as an affiliation: the name without the honorific or title before it
    ("Mr Smith's" -> "Smith", "President Bill Clinton's" -> "Bill Clinton")."""
    k = 0
    while k < len(words) - 1 and (_is_honorific(words[k]) or _is_titleword(words[k])):
        k += 1
    return " ".join(words[k:])


def _firm_in_possessive(text: str, words: list[str]) -> str | None:
    """"Lloyd's chief executive": a one-word name whose possessive the article also writes as a noun of its
    own ("Lloyd's of London", "shares in Sainsbury's.") is a firm named in the possessive, its name
    "Lloyd's", not a person's "Lloyd"."""
    if len(words) != 1:
        return None
    own = re.search(rf"\b{re.escape(words[0])}(['’]s)(?= of [A-Z]|[.,;:)]|$)", text)
    return words[0] + own.group(1) if own else None


def _personal_possessor(text: str, words: list[str]) -> bool:
    """A possessor that is a person, not a place or an organisation: shaped like a person's name ("Mr
    Begg", "Steven Carlineo") or the surname of someone the article names in full."""
    if _is_place(words) or lexicons.is_us_place(words):
        return False
    return _person_shaped(words) or (len(words) == 1 and _surname_in(text, words[0]))


# roles held for a client: a person's possessive before one names the client, not an employer
CLIENT_ROLES = frozenset({"agent", "lawyer", "attorney", "solicitor", "publicist", "rep"})


def acts_for_person(text: str, role: str, affiliation: str) -> bool:
    """"Adriano's agent Gilmar Rinaldi", "Jones's lawyer Ann Lee", "Jaynes' lawyer David Oblon", "one of Ms
    Clarkson's lawyers": the possessor is the client of one who acts for them, a person, so no employer
    ("Google's lawyer Ann Lee" keeps Google)."""
    words = affiliation.split()
    head = role.split()[-1].lower() if role.split() else ""
    return ((head in CLIENT_ROLES or head.removesuffix("s") in CLIENT_ROLES) and _personal_possessor(text, words)
            and any(f"{affiliation}{p}" in text for p in ("'s", "’s", "'", "’")))


def _surname_in(text: str, word: str) -> bool:
    """The word is the surname of someone the article names in full ("Carlineo" after "Steven Carlineo")."""
    return any(given.lower() in lexicons.first_names()
               for given in re.findall(rf"\b([A-Z][a-z]+) (?:[A-Z]\. )?{re.escape(word)}\b", text))


def _premodifier_org(text: str, tokens, j: int, usable: list[bool]) -> str | None:
    """"the Guardian literary editor": after an article, a capitalised name before a lowercase role
    noun phrase is the organisation."""
    if j < len(tokens) and tokens[j].text.lower() in ("a", "an", "the"):
        j += 1
    end = j
    while end < len(tokens) and usable[end] and (_is_cap(tokens[end]) and not _is_titleword(tokens[end].text) or (
            tokens[end].text in ORG_CONNECTORS and end > j and end + 1 < len(tokens) and _is_cap(tokens[end + 1]))):
        end += 1  # "University of Michigan": a connector inside the name
    rest = end
    while rest < len(tokens) and usable[rest] and tokens[rest].text.isalpha() and tokens[rest].text.islower() and tokens[rest].text not in ROLE_STOP:
        rest += 1
    if end == j or rest == end or not is_rolenoun(tokens[rest - 1].text):
        return None
    words = [t.text for t in tokens[j:end]]
    if " ".join(words) in lexicons.places():
        return lexicons.places()[" ".join(words)].name
    return PARTIES.get(" ".join(words)) or _clean_org(text[tokens[j].start : tokens[end - 1].end])


# lowercase words between an affiliation preposition and the employer's name: "at the libertarian Cato
# Institute", "at tech market research firm IDC" (a descriptor, then the kind of organisation)
EMPLOYER_PREMODIFIERS = 4


# a lowercase word, hyphenated or not ("libertarian", "anti-virus"): a premodifier before an employer's name
_LOWER_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _where_not_whom(tokens, split: int, org: str) -> bool:
    """The name after a role's preposition is where they live ("from Swansea"), where the post is placed ("based
    in the Cameroon capital Yaounde") or where they work ("a teacher in Leeds"), not who employs them."""
    if tokens[split].text == "from":
        return is_residence(org.split())
    if tokens[split].text != "in":
        return False
    # "a teacher in Leeds", "a teacher at a school in Leeds": where they work; "a minister in Pakistan" holds
    # an office of the place
    return tokens[split - 1].text.lower() in PLACING_PARTICIPLES or is_residence(org.split()) and not any(
        _is_titleword(t.text) for t in tokens[max(split - 4, 0) : split])


# participles that set where a role is held between the role and its employer ("a student studying at Cornell")
WORKING_PARTICIPLES = frozenset({"working", "studying", "teaching", "lecturing", "researching", "employed", "serving"})


def _employer_after(text: str, tokens, split: int, org_start: int, usable: list[bool], end: int, extent: int) -> OrgEnd:
    """The employer a role phrase's preposition at token ``split`` names, and the phrase's last token; a place one is
    from or where one works is none ("a business adviser from Swansea", "a journalist based in … Yaounde"), though
    a workplace after it may be ("a student from Hong Kong studying at Cornell University")."""
    org, extent = _phrase_org(text, tokens, org_start, usable, end, extent)
    if org and _where_not_whom(tokens, split, org):
        return _working_at(text, tokens, split, usable, end, extent)
    return OrgEnd(org, extent)


def _working_at(text: str, tokens, split: int, usable: list[bool], end: int, extent: int) -> OrgEnd:
    """"a graduate student from Hong Kong studying at Cornell University": past the place one is from, a working
    participle and its preposition name the employer; (None, the phrase's last token) when none follows."""
    b = next((b for b in range(split + 2, end - 2) if tokens[b].text in WORKING_PARTICIPLES), None)
    if b is None or tokens[b + 1].text not in ("at", "for", "with"):
        return OrgEnd(None, extent)
    found, org_first = _affiliation_split(tokens, list(range(b, end)), end)
    return _phrase_org(text, tokens, org_first, usable, end, extent) if found == b + 1 else OrgEnd(None, extent)


def _affiliation_split(tokens, body: list[int], end: int) -> AffiliationSplit:
    """Where a role phrase's affiliation starts: the first affiliation preposition followed by a
    capitalised name ("scholar at Johns Hopkins …"), as (the preposition, the name's first token)."""
    for b in body[1:]:
        if tokens[b].text in ORG_CONNECTORS and _is_cap(tokens[b - 1]) and not _is_titleword(tokens[b - 1].text) and b - 1 == body[0] \
                and b + 1 < end and _is_cap(tokens[b + 1]):
            continue  # "a University of Michigan librarian": the connector inside the premodifying name
        if tokens[b].text in APPOSITIVE_PREPS:
            c = _past_premodifiers(tokens, b + 1, end, b)
            if c == b + 1 and tokens[b].text == "of" and tokens[c].text in TITLE_COMPLEMENTS:
                continue  # "the former secretary of State": part of the title
            if c < end and (_is_cap(tokens[c]) or _LOWER_BRAND.fullmatch(tokens[c].text)):
                if tokens[b].text == "on" and any(tokens[d].text in AFFILIATION_PREPS for d in range(c + 1, end)):
                    continue  # "an expert on Chinese foreign policy at the European Council …": a topic, then the employer
                if tokens[b].text in ("of", "for") and _department_then_employer(tokens, c, end):
                    continue  # "vice president of Advanced Development Programs at Blue Origin": a department, then the employer
                return AffiliationSplit(b, c)
            if tokens[b].text in ("for", "at", "of") and (named := _described_name(tokens, b, [True] * end, end)) is not None:
                return AffiliationSplit(b, named)  # "spokesman for athletics' ruling body the IAAF": the body its description names
    return AffiliationSplit(None, None)


def _past_premodifiers(tokens, c: int, end: int, b: int) -> int:
    """The token after an employer's lowercase premodifiers from token c ("at the libertarian Cato
    Institute", "for anti-virus firm Trend Micro"); a nationality before them is one of them when a
    capitalised name follows ("editor of Indian film journal Trade Guide", not "a scholar of Indian history")."""
    start = c
    if c + 1 < end and (naming.DEMONYM_COUNTRIES.get(tokens[c].text.lower()) or country_of(tokens[c].text)) \
            and _LOWER_WORD.fullmatch(tokens[c + 1].text):
        c += 1  # "of Indian film journal Trade Guide", "of UK magazine Mac Format"
    words, compound = 0, None
    while c < end and words < EMPLOYER_PREMODIFIERS:
        if c + 2 < end and _hyphen_joined(tokens, c + 1) and (
                _LOWER_WORD.fullmatch(tokens[c].text) and _LOWER_WORD.fullmatch(tokens[c + 2].text)
                or _is_cap(tokens[c]) and tokens[c + 2].text in PLACE_COMPOUNDS):
            compound = c if compound is None else compound
            c, words = c + 3, words + 1  # "hip-hop magazine XXL", "Amsterdam-based OneStat.com": one word of three tokens
        elif c + 1 < end and _plural_possessor(tokens, c):
            c, words = c + 2, words + 1  # "at the manufacturers' organisation EEF": whose body it is, then the body
        elif _LOWER_WORD.fullmatch(tokens[c].text) and tokens[c].text not in APPOSITIVE_PREPS and (
                tokens[c].text != "and" or c > start and c + 1 < end and _LOWER_WORD.fullmatch(tokens[c + 1].text)):
            c, words = c + 1, words + (tokens[c].text != "and")  # "oil and gas consultancy": "and" joins two
        else:
            break
    if c > start and not _LOWER_WORD.fullmatch(tokens[start].text) and not (c < end and _is_cap(tokens[c])):
        return start  # the nationality opened no premodified name: read it as before
    if compound is not None and not (c < end and _is_cap(tokens[c])):
        return compound  # "for the Ohio-owned utility": no name after the compound; read it as before
    return c


def _plural_possessor(tokens, c: int) -> bool:
    """Token c is a lowercase plural with a bare apostrophe written close after it ("manufacturers'")."""
    return (_LOWER_WORD.fullmatch(tokens[c].text) is not None and tokens[c].text.endswith("s")
            and tokens[c + 1].text in ("'", "’") and tokens[c + 1].start == tokens[c].end)


# the participles a place joins with a hyphen to describe a body ("Aberdeen-based consultancy", "Paris-listed firm")
PLACE_COMPOUNDS = frozenset({"based", "headquartered", "listed", "registered", "owned", "run"})


def _hyphen_joined(tokens, i: int) -> bool:
    """Token i is a hyphen written close between the words on either side ("hip-hop", tokenised in three)."""
    return tokens[i].text == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start \
        and tokens[i].end == tokens[i + 1].start


def _department_then_employer(tokens, k: int, end: int) -> bool:
    """The capitalised name from token k is no organisation by its shape ("Advanced Development
    Programs", not "the Institute for Policy Integrity"), and an "at"/"with" after it (a "for" after a remit
    holding a lowercase noun, "UK equities for"), before ``end``, opens a capitalised name (past at most three
    lowercase words): the employer."""
    for d in range(k + 1, end):
        # "head of UK equities for Standard Life Investments": after a remit with a lowercase noun in it, "for" too
        remit = tokens[d].text == "for" and d - k <= 4 and tokens[d - 1].text.isalpha() and tokens[d - 1].text.islower() \
            and not any(t.text in ("and", ",") for t in tokens[k:d])
        if tokens[d].text in ("at", "with") or remit:
            if names_an_organisation([t.text for t in tokens[k:d]]) and not (remit and country_of(tokens[k].text)):
                return False
            c = d + 1
            while c < end and c - d <= EMPLOYER_PREMODIFIERS and tokens[c].text.islower() and tokens[c].text.isalpha():
                c += 1
            return c < end and _is_cap(tokens[c])
    return False


_PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "man", "woman", "person", "ee", "ary", "ive", "ate")


def _names_a_person(word: str) -> bool:
    """A role no list knows still names a person by its shape ("hydrologist", "forecaster",
    "consultant"); "a cautionary tale for China's …" is an appositive, not a role."""
    word = word.lower()
    return word.isalpha() and (is_rolenoun(word) or word.endswith(_PERSON_SUFFIXES))


OWNING_VERBS = frozenset({"owns", "owned", "co-owns", "co-owned"})
# verbs whose object is the organisation their subject holds an office in, and the office: "who heads the
# Press Freedom Union", "Mr Lebedev headed the Menatep group" (the past says the same of the person's capacity)
RELATIVE_ROLES = {
    "heads": "head", "headed": "head", "leads": "leader", "runs": "head", "ran": "head", "chairs": "chair",
    "chaired": "chair", "directs": "director", "directed": "director", "helms": "head", "helmed": "head",
    "founded": "founder", "co-founded": "co-founder", "cofounded": "co-founder", "established": "founder",
}
# founding makes an organisation of whatever capitalised name it takes ("founded Acme"); heading a bare name
# may be heading a list or a person ("led Trump in the polls")
FOUNDING_VERBS = frozenset({"founded", "co-founded", "cofounded", "established"})
# verbs and the preposition that joins them to an employer: "plays for Wasps", "is signed to Parlophone"
EMPLOYING_PREPOSITIONS = {"plays": "for", "played": "for", "signed": "to for with", "works": "for at", "worked": "for at", "joined": "",
                          "sits": "on", "sat": "on"}  # "who sits on the Senate Armed Services Committee": a member
# the verbs of a relative clause that state an office whatever the organisation's name looks like
OFFICE_VERBS = frozenset(RELATIVE_ROLES) | OWNING_VERBS | frozenset(EMPLOYING_PREPOSITIONS) | {"is", "was", "serves", "served"}


def _relative_clause(text: str, tokens, k: int, usable, last: int) -> RolePhrase:
    """", who heads the Press Freedom Union," / ", who works at …" / ", who is now a virologist at …" /
    ", who covers shipping for Deutsche Bank" / ", who served as Asia director for …"."""
    n = len(tokens)
    if tokens[k].text.lower() == "as":
        # "who as a Navy captain was the White House physician": past the "as" phrase to its verb
        verb_at = next((v for v in range(k + 1, min(n, k + 7)) if tokens[v].text.lower() in ("is", "was") and usable[v]), None)
        if verb_at is None:
            return RolePhrase(None, None, last)
        k = verb_at
    verb = tokens[k].text.lower()
    if verb in EMPLOYING_PREPOSITIONS or (verb in COPULAS and k + 1 < n and tokens[k + 1].text == "signed"):
        # "who joined Acme from Globex", "who is signed to Parlophone", "who plays for Wasps"
        found = _predicate_office(text, tokens, k, usable)
        return found if found.affiliation else RolePhrase(None, None, last)
    if verb in RELATIVE_ROLES:
        # "who runs Our Principles": after "who" and an office verb any organisation-like name is the employer
        org, end = _named_employer(text, tokens, k + 1, usable, founding=True)
        return RolePhrase(RELATIVE_ROLES[verb], org, end) if org else RolePhrase(None, None, last)
    if verb in OWNING_VERBS:
        # "Ruffin, who owns a consulting firm": an owner, of a named business or not
        org, end = _org_after(text, tokens, k + 1, usable)
        return RolePhrase("owner", org, end if org else k)
    if verb in ("is", "was", "serves", "served", "has", "had"):
        j = k + 1
        while j < n and tokens[j].text.lower() in RELATIVE_FILLERS | {"as", "been"}:
            j += 1
        # "who is now Veritas' deputy leader": a possessor before the role, as in an appositive
        owned = _possessive_appositive(text, tokens, j, usable, last) if verb in COPULAS else None
        found = owned or _role_phrase(text, tokens, j, usable, last, article_optional=verb in ("serves", "served"))
        return found if found.role or found.affiliation or verb not in COPULAS else _named_post(text, tokens, j, usable, last)
    # "works at …", "covers shipping for …", "teaches history at …": an employer after a few words
    j = k + 1
    while j < n and j - k <= 4 and usable[j] and tokens[j].text.isalpha() and tokens[j].text.islower():
        if tokens[j].text in ("at", "for", "with") and j + 1 < n:
            org, end = _org_after(text, tokens, j + 1, usable)
            return RolePhrase(None, org, end) if org else RolePhrase(None, None, last)
        j += 1
    return RolePhrase(None, None, last)


def _named_post(text: str, tokens, j: int, usable, last: int) -> RolePhrase:
    """"Peter Nielson, who is UKIP Scotland chairman,": after a copula, a capitalised name and a lowercase role
    with no article, up to the clause's end: the role, and the name as its employer."""
    n, c = len(tokens), j
    while c < n and c - j < 4 and usable[c] and (_is_cap(tokens[c]) or _ACRONYM.match(tokens[c].text)):
        c += 1
    e = c
    while e < n and e - c < 3 and usable[e] and tokens[e].text.isalpha() and tokens[e].text.islower():
        e += 1
    if c == j or e == c or (e < n and tokens[e].text not in (",", ".", ";")) or not is_rolenoun(tokens[e - 1].text):
        return RolePhrase(None, None, last)
    org = text[tokens[j].start : tokens[c - 1].end]
    role = text[tokens[c].start : tokens[e - 1].end]
    return RolePhrase(role, PARTIES.get(org) or org, e - 1)


_ORG_HEAD_NOUNS = naming.DESCRIBED_ORGS | naming.GENERIC_ORG_HEADS


def _named_employer(text: str, tokens, k: int, usable, *, founding: bool = False) -> OrgEnd:
    """The organisation a verb's object names from token k, known by its shape, not by a list: a name with an
    organisation word, an outlet or an acronym ("the Press Freedom Union"), a name before a lowercase
    organisation noun ("the Menatep group", kept whole), or any other capitalised name after "the" or a
    founding verb ("the influential Factory Records", "founded Acme"). Never a place, a person-shaped name
    ("joined John Smith"), a possessor ("ran Trump's campaign") or a name modifying another noun ("led the
    GOP field")."""
    n, none = len(tokens), OrgEnd(None, k)
    the = k < n and tokens[k].text.lower() == "the"
    j = k + the
    while the and j < n and j - k <= 3 and usable[j] and tokens[j].text.isalpha() and tokens[j].text.islower() and tokens[j].text not in ROLE_STOP:
        j += 1  # "the influential Factory Records"
    org, end = _org_after(text, tokens, j, usable)
    if org is None:
        return none
    words = [t.text for t in tokens[j : end + 1]]
    if words[-1] in POSSESSIVE and len(words) > 1 and end + 1 < n and tokens[end + 1].text.islower():
        words, org = words[:-1], _clean_org(text[tokens[j].start : tokens[end - 1].end])  # "runs the NRA's lobbying arm"
        return none if _is_place(words) or lexicons.is_us_place(words) or org.lower() in naming.COUNTRIES else OrgEnd(org, end)
    owned = max((i for i, w in enumerate(words[:-1]) if w in POSSESSIVE), default=None)
    if owned is not None and names_an_organisation(words[owned + 1 :]):
        # "leads Mr. Obama's Council of Economic Advisers": the organisation after the possessor
        return OrgEnd(_clean_org(text[tokens[j + owned + 1].start : tokens[end].end]), end)
    if _is_place(words) or lexicons.is_us_place(words) or words[0] in PARTIES or _is_honorific(words[0]) or len(words[0]) < 2:
        return none
    after = tokens[end + 1].text if end + 1 < n and usable[end + 1] else ""
    if (noun := _body_noun(tokens, end, usable)) is not None:
        # "the Menatep group", "the Commons work and pensions committee": the body the name premodifies
        return OrgEnd(_clean_org(text[tokens[j].start : tokens[noun].end]), noun)
    if names_an_organisation(words):
        return OrgEnd(org, end)
    if after.isalpha() and after.islower() and after not in NAME_JOINERS and after not in CLAUSE_WORDS | ROLE_STOP:
        return none  # "the GOP field", "the Trump campaign": the name modifies a noun
    if _full_name_shaped(words) or (len(words) == 1 and words[0].lower() in lexicons.surnames()):
        return none
    return OrgEnd(org, end) if the or founding else none


def _body_noun(tokens, end: int, usable: list[bool]) -> int | None:
    """The organisation noun that ends the lowercase words after a name (ending at token end) and the
    noun phrase with them: "Menatep group", "Commons work and pensions committee" (portfolios joined by
    "and"); None for any other noun ("the GOP field", "the committee's report")."""
    i, n = end + 1, len(tokens)
    while i < n and i - end <= DESCRIPTOR_WORDS and usable[i] and tokens[i].text.isalpha() and tokens[i].text.islower() and (
            tokens[i].text not in ROLE_STOP | CLAUSE_WORDS or tokens[i].text == "and" and i + 1 < n and _portfolio_pair(tokens[i - 1].text, tokens[i + 1].text)):
        i += 1
    if i == end + 1 or tokens[i - 1].text not in _ORG_HEAD_NOUNS:
        return None
    return None if i < n and (tokens[i].text in POSSESSIVE or tokens[i].text.isalpha() and tokens[i].text.islower() and tokens[i].text not in ROLE_STOP | CLAUSE_WORDS) else i - 1


def _full_name_shaped(words: list[str]) -> bool:
    """Words shaped like a person's full name, as far as the lists tell: a given name first ("Hillary
    Clinton"), or two or three words ending in a surname that is no common word ("Bernie Sanders";
    "Factory Records" ends in one that is)."""
    if words[0].lower() in lexicons.first_names():
        return True
    last = words[-1].lower()
    return 2 <= len(words) <= 3 and all(w.isalpha() for w in words) and last in lexicons.surnames() and last not in lexicons.common_words()


def _role_before_comma(text: str, tokens, first: int, usable, runs_by_last=None) -> Description:
    """"The interior minister, Rafael Ortiz, …" / "Wells Fargo's chief executive, John Stumpf" /
    "An attorney for Pagliano, Mark MacDougall, …": a role set before the name, with the
    possessor or the organisation after a preposition as affiliation."""
    k = first - 2
    if k < 0 or tokens[first - 1].text != "," or not usable[k]:
        return Description(None, None)
    run = runs_by_last.get(k) if runs_by_last is not None else None
    prep = run[0] - 1 - (run[0] >= 3 and tokens[run[0] - 1].text == "the") if run is not None else 0
    if run is not None and prep >= 1 and tokens[prep].text in ("for", "at", "of", "with"):
        # "An attorney for Pagliano, Mark MacDougall", "Computer specialist at the IAEA, Peter Smith"
        found = _lower_role_ending(tokens, prep - 1, usable)
        if found is None:
            return Description(None, None)
        return Description(_opened_role(text, tokens, found, prep - 1), _clean_org(text[tokens[run[0]].start : tokens[run[1]].end]))
    found = _lower_role_ending(tokens, k, usable)
    if found is None and (labelled := _labelled_role(text, tokens, k, usable)) is not None:
        return labelled
    if found is None and (head := _complement_head(tokens, k, usable)) is not None:
        # "A lawyer for the victims, Eduardo Contreras,": the role noun before a lowercase complement
        found = _lower_role_ending(tokens, head, usable)
        if found is not None:
            owner = _possessor_before(text, tokens, found, runs_by_last)  # "Sweden's deputy director of public prosecutions,"
            return Description(text[tokens[found.first].start : tokens[head].end], owner)
    if found is None and usable[k] and _is_cap(tokens[k]) and _is_titleword(tokens[k].text) and k >= 2 and tokens[k - 1].text in POSSESSIVE_S:
        # "Argentina's President, Nestor Kirchner,": a possessor's capitalised title
        found = RoleEnding(k, tokens[k - 1].text)
        owner = _possessor_before(text, tokens, found, runs_by_last)
        return Description(tokens[k].text, owner) if owner else Description(None, None)
    if found is None:
        return Description(None, None)
    return Description(_opened_role(text, tokens, found, k), _possessor_before(text, tokens, found, runs_by_last))


class RoleFront(NamedTuple):
    """A role and affiliation set before a name, and the first token of the words that state them."""

    role: str | None
    affiliation: str | None
    first: int


def _set_off_before(text: str, tokens, first: int, last: int, usable, runs_by_last) -> RoleFront:
    """The role set off by a comma before the name at tokens first-last: a capitalised title phrase
    ("The Bishop of Durham, the Rt Rev …"), a lowercase role after a determiner or a possessor ("The interior
    minister, Rafael Ortiz"), else a role an organisation premodifies ("James Hardie chairwoman, Meredith
    Hellicar,")."""
    if (titled := _title_set_off_before(text, tokens, first, runs_by_last)) is not None:
        return RoleFront(titled.role, titled.affiliation, first)
    role, affiliation = _role_before_comma(text, tokens, first, usable, runs_by_last)
    if role is None and (premodified := _premodified_set_off(text, tokens, first, last, usable, runs_by_last)) is not None:
        return premodified
    return RoleFront(role, affiliation, first)


def _premodified_set_off(text: str, tokens, first: int, last: int, usable, runs_by_last) -> RoleFront | None:
    """"European Union ambassador to the WTO, Carlo Trojan, said", "said BA director of commercial planning,
    Robert Boyle.": a role noun (with its complement) whose capitalised premodifier names the employer, set
    off by a comma before a name that a comma or the sentence's end closes. The premodifier is no speaker of
    its own (the mention's words start there). None when the name runs on into its clause ("After meeting
    Acme's chief executive, Jones said" is no appositive)."""
    n, k = len(tokens), first - 2
    if runs_by_last is None or k < 1 or tokens[first - 1].text != "," or not usable[k]:
        return None
    if last + 1 < n and tokens[last + 1].text not in (",", ".", "!", "?", ";"):
        return None
    head = k
    if (run := runs_by_last.get(k)) is not None:
        prep = run[0] - 1 - (run[0] >= 2 and tokens[run[0] - 1].text.lower() == "the")
        if prep < 1 or tokens[prep].text not in ROLE_COMPLEMENT_PREPS | {"at"} or not usable[prep]:
            return None
        head = prep - 1  # "ambassador to the WTO": the role noun before its complement
    elif (complement := _complement_head(tokens, k, usable)) is not None:
        head = complement  # "director of commercial planning"
    if not usable[head] or not tokens[head].text.islower() or not is_rolenoun(tokens[head].text):
        return None
    start = _role_walk(tokens, head, head, usable)
    owner = runs_by_last.get(start - 1)
    if owner is None or start < 1 or not usable[start - 1] or tokens[start - 1].text in POSSESSIVE:
        return None
    owner_first = _strip_leading(tokens, owner[0], owner[1])
    if owner_first > owner[1]:
        return None  # "But director of …": a sentence's function word, no employer
    if owner_first == owner[1] and (owner_first == 0 or tokens[owner_first - 1].text in OPENERS) \
            and tokens[owner_first].text.lower() in lexicons.common_words():
        return None  # "Another critic, Laurence Tribe,", "Senior analyst, Jane Doe,": a sentence's capitalised common word
    affiliation = _affiliation_before(tokens, start, usable, runs_by_last)
    return RoleFront(text[tokens[start].start : tokens[k].end], affiliation, owner_first)


def _numbered_name(text: str, tokens, usable: list[bool], first: int, last: int) -> Mention | None:
    """"The Votes at 16 alliance", "the Class of 2020 group": a definite capitalised run, a
    preposition and a number, then a lowercase organisation head, names one body, head included;
    the number is no end of the name ("Votes" is nobody)."""
    start = first + (tokens[first].text == "The")
    if start == first and (first == 0 or tokens[first - 1].text.lower() != "the"):
        return None
    end = last + 3
    if start > last or end >= len(tokens) or not all(usable[last + 1 : end + 1]):
        return None
    prep, number, head = (t.text for t in tokens[last + 1 : end + 1])
    if prep not in PREPOSITIONS or not number.isdigit() or not head.islower() or head not in naming.ORG_HEADS:
        return None
    return Mention(MentionKind.ORGANISATION, _span(text, tokens, start, end), text[tokens[start].start : tokens[end].end], start, end)


# a broadcaster's channel or station is named by this word and a number ("Radio 1", "BBC Radio 4", "Channel 4")
STATION_WORDS = frozenset({"Radio", "Channel"})


def _numbered_station(text: str, tokens, usable: list[bool], first: int, last: int) -> Mention | None:
    """"Radio 1 said", "BBC Radio 5 Live", "Channel 4": a run ending in a station word, then a number of one
    or two digits (and a capitalised word after it, "Live"), names one organisation, number included; the
    run alone ("Radio") is nobody."""
    end = last + 1
    if tokens[last].text not in STATION_WORDS or end >= len(tokens) or not usable[end]:
        return None
    if not (tokens[end].text.isdigit() and len(tokens[end].text) <= 2):
        return None
    if end + 1 < len(tokens) and usable[end + 1] and _is_cap(tokens[end + 1]) and tokens[end + 1].start == tokens[end].end + 1 \
            and not _is_titleword(tokens[end + 1].text) and tokens[end + 1].text not in naming.CALENDAR_WORDS:
        end += 1  # "Radio 5 Live"
    start = first + (tokens[first].text == "The")
    return Mention(MentionKind.ORGANISATION, _span(text, tokens, start, end), text[tokens[start].start : tokens[end].end], start, end)


def _set_off_title(text: str, tokens, first: int, last: int) -> Description | None:
    """"The Bishop of Durham, the Rt Rev Dr Tom Wright, …", "Director of Public Prosecutions, Ken
    Macdonald QC, …": a capitalised title phrase (title words, "of", a capitalised complement) set off
    by a comma before a name that is itself set off: the name's role, with its complement as the
    affiliation when that is a place or an organisation. None for any other run (first-last, its
    leading "The" included)."""
    start = first + (tokens[first].text in ("The", "the"))
    words = [t.text for t in tokens[start : last + 1]]
    if first > 0 and tokens[first - 1].text == ",":
        return None  # "Tomas Berg, Senior Vice President of Sales for Quillbase, Inc.,": itself an appositive
    if "of" not in words[1:-1] and start > first:
        return _set_off_portfolio_title(tokens, words, last)
    if "of" not in words[1:-1] or not _is_titleword(words[0]) and words[0].lower() not in naming.TITLES or _is_orgword(words[0]):
        return None
    cut = words.index("of")
    if not all(_is_titleword(w) or w.lower() in naming.TITLES or w.lower() in lexicons.common_words() for w in words[:cut]) or _has_orgword(words[:cut]):
        return None
    k = last + 2 + (last + 2 < len(tokens) and tokens[last + 2].text == "the")
    if _set_off_name_end(tokens, last, k, 5) is None:
        return None  # "The Mayor of London, Boris Johnson and …": a list, not an appositive
    complement = words[cut + 1 :]
    # "of Durham", "of London" (the city, not Britain): a proper name; "of Public Prosecutions", "of
    # State": the office's own common words
    proper = names_an_organisation(complement) or not all(
        w in TITLE_COMPLEMENTS or w.lower() in lexicons.common_words() or w.lower().removesuffix("s") in lexicons.common_words()
        for w in complement)
    return Description(" ".join(words), _clean_org(" ".join(complement)) if proper else None)


def _set_off_portfolio_title(tokens, words: list[str], last: int) -> Description | None:
    """"The Health Secretary, John Reid, said", "The Higher Education Minister, Kim Howells, said", "The French
    Foreign Minister, Michel Barnier,": a title after "The" (a portfolio or a nationality and common words before
    its last title word) set off before a name that is itself set off; its country the affiliation."""
    if not words or not _is_titleword(words[-1]) or _has_orgword(words):
        return None
    country = country_of(words[0])
    remit = words[1:-1] if country else words[:-1]
    if not all(w.lower() in naming.PORTFOLIOS or w.lower() in lexicons.common_words() or _is_titleword(w) for w in remit):
        return None
    if _set_off_name_end(tokens, last, last + 2, 4) is None:
        return None  # "The Health Secretary, John Reid and …": a list, not an appositive
    return Description(" ".join(words[1:] if country else words), country)


def _set_off_name_end(tokens, last: int, k: int, most: int) -> int | None:
    """The last token of a name set off by commas after a title ending at token ``last``, the name opening at
    token k and running to at most ``most`` further words, no organisation word in it; None otherwise."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != "," or k >= len(tokens) or not _is_cap(tokens[k]):
        return None
    end = k
    while end + 1 < len(tokens) and _is_cap(tokens[end + 1]):
        end += 1
    if end + 1 >= len(tokens) or tokens[end + 1].text != "," or end - k > most or _has_orgword([t.text for t in tokens[k : end + 1]]):
        return None
    return end


def _title_set_off_before(text: str, tokens, first: int, runs_by_last) -> Description | None:
    """The set-off title phrase (``_set_off_title``) whose comma, maybe with "the", stands right
    before the run starting at ``first``."""
    k = first - 1 - (first >= 1 and tokens[first - 1].text == "the")
    run = runs_by_last.get(k - 1) if runs_by_last is not None and k >= 1 and tokens[k].text == "," else None
    return _set_off_title(text, tokens, *run) if run is not None else None


def _possessor_before(text: str, tokens, found: RoleEnding, runs_by_last) -> str | None:
    """The name in the possessive before a role ("Wells Fargo's chief executive" -> Wells Fargo), a
    place as the gazetteer names it; None without one."""
    if found.before not in POSSESSIVE or runs_by_last is None or (run := runs_by_last.get(found.first - 2)) is None:
        return None
    owner = _strip_leading(tokens, run[0], run[1])
    if owner > run[1]:
        return None
    return _owner_name(text, tokens, owner, run[1])


def _owner_name(text: str, tokens, first: int, last: int) -> str:
    """A possessor's name: a place as the gazetteer names it ("Hong Kong"), anything else as written."""
    words = " ".join(t.text for t in tokens[first : last + 1])
    if words in lexicons.places():
        return lexicons.places()[words].name
    return _clean_org(text[tokens[first].start : tokens[last].end])


def _opened_role(text: str, tokens, found: RoleEnding, last: int) -> str:
    """The role's words; a sentence-opening capital ("Senior analyst, Jane Doe") is no name's."""
    role = text[tokens[found.first].start : tokens[last].end]
    return role[:1].lower() + role[1:] if found.before == "" else role


def _labelled_role(text: str, tokens, k: int, usable) -> Description | None:
    """"the newest 2020 Democratic presidential hopeful, Deval Patrick,", "the Dutch sports minister, …": a
    lowercase role ending at token k after a party label or a demonym, itself after a determiner and
    lowercase words or a year; the label says the affiliation (the party, the country)."""
    if k < 0 or not usable[k] or not tokens[k].text.islower() or not is_rolenoun(tokens[k].text):
        return None
    after = k + 2
    while after < len(tokens) and _is_cap(tokens[after]):
        after += 1
    if after < len(tokens) and tokens[after].text not in APPOSITIVE_ENDS:
        return None  # "Despite challenging … the Republican majority leader, Cruz said": no appositive, a new clause
    start = k
    while start - 1 >= 0 and usable[start - 1] and tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower() and tokens[start - 1].text not in ROLE_STOP:
        start -= 1
    label = start - 1
    if label < 1 or not usable[label]:
        return None
    word = tokens[label].text
    affiliation = PARTIES[word] if word in PARTIES and len(word) > 1 else country_of(word)
    b = label - 1
    while b >= 0 and usable[b] and (tokens[b].text.isdigit() or (tokens[b].text.isalpha() and tokens[b].text.islower() and tokens[b].text not in ROLE_STOP)):
        b -= 1  # "the newest 2020 …"
    if affiliation is None or b < 0 or (tokens[b].text.lower() not in ("the", "a", "an", "its", "his", "her", "their") and tokens[b].text not in POSSESSIVE):
        return None
    return Description(text[tokens[start].start : tokens[k].end], affiliation)


def _lower_role_ending(tokens, k: int, usable) -> RoleEnding | None:
    """A lowercase role phrase whose head is token k, after "the", "a", a possessive pronoun or a
    possessive ("Ortiz's deputy"): its first token and the word before it; None otherwise
    ("…, said analyst, Jane Doe" is rare)."""
    if k >= 0 and usable[k] and tokens[k].text[1:].islower() and is_rolenoun(tokens[k].text.lower()) and _role_opener(tokens, k):
        return RoleEnding(k, "")  # "Director of the Victims of Crime Trust, Norman Brennan,": the sentence opens with the role
    if k < 0 or not usable[k] or not is_rolenoun(tokens[k].text) or not tokens[k].text.islower():
        return None
    start = k
    while start - 1 >= 0 and usable[start - 1] and tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower():
        if tokens[start - 1].text.lower() in ROLE_STOP:
            break
        start -= 1
    before = tokens[start - 1].text if start > 0 else ""
    if start == 1 and before in SENTENCE_CONJUNCTIONS:
        return RoleEnding(start, "")  # "But director of …, Norman Brennan,": the conjunction is no article
    if _role_opener(tokens, start - 1) and not any(tokens[b].text in CLAUSE_WORDS for b in range(start, k)):
        return RoleEnding(start - 1, "")  # "Computer specialist at the IAEA, Peter Smith,": the sentence opens with the role
    if before.lower() not in ("the", "its", "his", "her", "their", "a", "an") and before not in POSSESSIVE:
        return None
    return RoleEnding(start, before)


SENTENCE_CONJUNCTIONS = frozenset({"But", "And", "Yet", "Meanwhile", "However"})
COMPARATIVE_OPENERS = frozenset({"another", "other", "more", "less", "fellow", "such", "same"})


def _role_opener(tokens, k: int) -> bool:
    """The capitalised first word of a sentence that opens a lowercase role ("Computer specialist …",
    "Senior analyst …"): a common word or a role word, no given name."""
    if k < 0 or not (k == 0 or tokens[k - 1].text in OPENERS) or not tokens[k].text[:1].isupper() or not tokens[k].text[1:].islower():
        return False
    word = tokens[k].text.lower()
    if word in DETERMINERS or word in naming.QUANTITIES or word in COMPARATIVE_OPENERS:
        return False  # "Another critic, Laurence Tribe", "More professor than politician, Scott": no office
    return word not in lexicons.first_names() and tokens[k].text not in lexicons.non_names() and (
        word in lexicons.common_words() or is_rolenoun(word))


# a participle that places the post ("a journalist based in Yaounde", "an engineer working for …"): no word of the role
PLACING_PARTICIPLES = frozenset({"based", "working", "stationed", "living"})


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = role.replace(" - ", "-").strip()
    words = role.split()
    if len(words) > 1 and words[-1] in PLACING_PARTICIPLES:
        role = " ".join(words[:-1])  # "a journalist based in the Cameroon capital" is a journalist
    return role or None


def _org_after(text: str, tokens, k: int, usable: list[bool], limit: int | None = None) -> OrgEnd:
    """The organisation name starting at token k (a leading "the" skipped)."""
    n = len(tokens) if limit is None else limit
    if k < n and tokens[k].text.lower() == "the":
        k += 1
    if k >= n or not (_is_cap(tokens[k]) or _LOWER_BRAND.fullmatch(tokens[k].text)):
        return OrgEnd(None, k)
    if tokens[k].text.lower() in naming.CALENDAR_WORDS and not (k + 1 < n and (_is_cap(tokens[k + 1]) or tokens[k + 1].text in ORG_CONNECTORS)):
        return OrgEnd(None, k)  # "elected president in January": a date, no body ("the Sunday Times", "March of Dimes" are)
    j = k
    while j + 1 < n and usable[j + 1]:
        nxt = tokens[j + 1]
        if nxt.text == "-" and _spaced(text, nxt):
            break  # "chief executive of Wippit - a peer to peer service": a dash sets off a description
        if _is_cap(nxt) or nxt.text in POSSESSIVE or nxt.text == "-":
            j += 1
        elif nxt.text in ORG_CONNECTORS and j + 2 < n and _is_cap(tokens[j + 2]) and not _time_adjunct(nxt, tokens[j + 2]) \
                and not _possessor_of_name(tokens, nxt, j + 2, n):
            j += 2  # "Council on Foreign Relations", but not "Merrill Lynch on Thursday"
        elif nxt.text == "in" and (inner := _in_inside_name(tokens, k, j + 1, n)) is not None:
            j = inner  # "the Refugees in Towns Project", not "the Brookings Institution in Washington"
        else:
            break
    if tokens[j].text == "-":
        return OrgEnd(None, k)  # "for the North Carolina-based bank": the place makes a compound adjective, no name
    j = _listed_tail(tokens, k, j, usable, n)
    if (named := _described_name(tokens, j, usable, n)) is not None:
        return _org_after(text, tokens, named, usable, limit)  # "head of MMS firm Adamind": the firm named
    owner = next((p for p in range(k + 1, j) if tokens[p].text in POSSESSIVE_S), None)
    if owner is not None and j + 1 < len(tokens) and tokens[j + 1].text.isalpha() and tokens[j + 1].text.islower() \
            and tokens[j + 1].text not in AFFILIATION_PREPS and not _has_orgword([t.text for t in tokens[owner + 1 : j + 1]]):
        j = owner - 1  # "general manager of TI's Voip business": the possessor, not what it owns
    if j > k and tokens[j].text in POSSESSIVE and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower():
        named = next((c for c in range(j + 1, min(n, j + 5)) if _is_cap(tokens[c]) and usable[c]), None)
        if named is not None and all(tokens[b].text.isalpha() and tokens[b].text.islower() for b in range(j + 1, named)):
            return _org_after(text, tokens, named, usable, limit)  # "coach of Wilkinson's club side Newcastle": the club named
        j -= 1  # "chief executive for BT's wireless broadband": the possessor, not its possessive
    org = text[tokens[k].start : tokens[j].end]
    # "China's Jilin University": the country is context, the institution is the affiliation
    m = re.match(r"^([A-Z][\w.]*)(’s|'s)\s+(.+)$", org)
    if m and m.group(1) in lexicons.places():
        org = m.group(3)
    return OrgEnd(_clean_org(org), j)


DESCRIPTOR_WORDS = 4  # lowercase words a description of an organisation before its name may run to


def _possessor_of_name(tokens, connector: Token, k: int, n: int) -> bool:
    """"Nathalie Dechy of France and Russia's Elena Dementieva": after "and", a capitalised word whose
    possessive opens a capitalised name starts another noun phrase (another person), not more of the
    organisation's name ("Marks and Spencer's chairman" keeps its lowercase head)."""
    return connector.text == "and" and k + 2 < n and tokens[k + 1].text in POSSESSIVE_S and _is_cap(tokens[k + 2])


def _described_name(tokens, j: int, usable: list[bool], n: int) -> int | None:
    """"MMS firm Adamind", "Yukos main shareholders' group Menatep": a name (ending at token j) that
    premodifies lowercase words ending in an organisation noun, then the name that noun describes: the
    organisation meant is the second name (its first token returned). None when no organisation noun
    heads the words or a person's name follows ("the FBI field office Robert Mueller ran")."""
    i = j + 1
    while i < n and i - j <= DESCRIPTOR_WORDS and usable[i] and (
            tokens[i].text.isalpha() and tokens[i].text.islower() and tokens[i].text not in ROLE_STOP | CLAUSE_WORDS
            or tokens[i].text in POSSESSIVE and tokens[i - 1].text.islower()
            and (tokens[i - 1].text.endswith("s") or tokens[i].text in POSSESSIVE_S)):
        i += 1
    noun = tokens[i - 1].text
    if i + 1 < n and tokens[i].text == "the" and usable[i + 1] and _is_cap(tokens[i + 1]):
        i += 1  # "ruling body the IAAF": the name after its article
    if i == j + 1 or i >= n or not usable[i] or not _is_cap(tokens[i]):
        return None
    if noun not in naming.COMPANY_NOUNS and noun not in naming.DESCRIBED_ORGS:
        return None
    name = [tokens[i].text] + ([tokens[i + 1].text] if i + 1 < n and _is_cap(tokens[i + 1]) else [])
    return None if _full_name_shaped(name) or _is_honorific(name[0]) else i


def _in_inside_name(tokens, k: int, i: int, n: int) -> int | None:
    """"Refugees in Towns Project": an "in" (token i) inside an organisation's name, whose capitalised words
    after it end in an organisation word while those before it have none (after "the Brookings Institution"
    or "Acme Corp", "in Washington" says where it is). The name's last token, else None."""
    m = i + 1
    while m < n and _is_cap(tokens[m]):
        m += 1
    if m == i + 1 or not _is_orgword(tokens[m - 1].text) or _has_orgword([t.text for t in tokens[k:i]]):
        return None
    return m - 1


def _listed_tail(tokens, k: int, j: int, usable: list[bool], n: int) -> int:
    """"the Department for Culture, Media and Sport", "the Centre for Vision, Speech and Signal Processing":
    a name whose complement ("for Culture") is a list runs on over its commas to the list's "and"; the
    items are capitalised common nouns, never a given name ("…, Bob Jones and Mary Smith said")."""
    if not any(tokens[i].text in ("for", "of") for i in range(k + 1, j)):
        return j
    i, comma = j, False
    while i + 2 < n and tokens[i + 1].text in (",", "and") and all(usable[i + 1 : i + 3]):
        joiner, m = tokens[i + 1].text, i + 2
        word = tokens[m].text
        if not _is_cap(tokens[m]) or word.lower() in lexicons.first_names() or word.lower() not in lexicons.common_words():
            return j
        while m + 1 < n and usable[m + 1] and _is_cap(tokens[m + 1]):
            m += 1
        if joiner == "and":
            return m if comma else j
        i, comma = m, True
    return j


def find_mentions(text: str, tokens: tuple[Token, ...], usable: list[bool],
                  mid_caps: frozenset[str] | None = None) -> list[Mention]:
    """All possible sources in one sentence, in order.

    ``usable[i]`` is False for tokens inside quote marks; ``mid_caps``: ``midsentence_caps(text)``,
    which a caller reading many sentences of one article finds once.
    """
    if mid_caps is None:
        mid_caps = midsentence_caps(text)
    mentions: list[Mention] = []
    runs = _cap_runs(text, tokens, usable)
    if _is_headline(tokens, usable):
        runs = [part for run in runs for part in _headline_split(tokens, *run)]
    runs_by_last = {last: (first, last) for first, last in runs}
    taken: set[int] = set()
    for run_first, run_last in runs:
        if _set_off_title(text, tokens, run_first, run_last) is not None:
            continue  # "The Bishop of Durham, the Rt Rev Dr Tom Wright,": the title of the name set off after it
        if (numbered := _numbered_name(text, tokens, usable, run_first, run_last)
                or _numbered_station(text, tokens, usable, run_first, run_last)) is not None:
            mentions.append(numbered)
            taken.update(range(numbered.first, numbered.last + 1))
            continue
        for first, last in _split_run(tokens, run_first, run_last):
            if first in taken:
                continue  # inside an earlier mention's appositive ("a spokesperson for Acme")
            mention = _employer_premodified(text, tokens, usable, first, last) or _classify_run(
                text, tokens, first, last, usable, runs_by_last, mid_caps)
            if mention is not None:
                mentions.append(mention)
                # an appositive ("…, a senior analyst with …") describes this mention, not a new one
                taken.update(range(mention.first, (mention.extent_end or mention.last) + 1))
    for i, tok in enumerate(tokens):
        if not usable[i] or i in taken:
            continue
        low = tok.text.lower()
        pair = _pair_reference(tokens, usable, i)
        if pair is not None:
            mentions.append(Mention(MentionKind.PLURAL, _span(text, tokens, i, pair), tokens[pair].text.lower(), i, pair))
            taken.update(range(i, pair + 1))
            continue
        if low in SUBJECT_PRONOUNS or (low in ("his", "her") and i + 1 < len(tokens) and tokens[i + 1].text == "words"):
            mentions.append(Mention(MentionKind.PRONOUN, _span(text, tokens, i, i), low, i, i))
        elif low in ("a", "an") and (anon := _anonymous(text, tokens, usable, i)) is not None:
            mentions.append(anon)
            taken.update(range(anon.first, anon.last + 1))
        elif (low in lexicons.words("group_nouns") and low not in ("many", "some", "others", "people")) or _role_plural(tokens, i):
            # "Western analysts", "many observers", "armed officers": the group noun heads the phrase
            mentions.append(Mention(MentionKind.GROUP, _span(text, tokens, i, i), low, i, i))
    mentions.sort(key=lambda m: m.first)
    mentions = [m for m in mentions if not _inside_a_role(m, mentions)]
    read = [_stated_in_predicate(text, tokens, usable, _opener_off_party(_opener_out_of_affiliation(_party_before_role(_org_head_into_role(_org_out_of_role(m, mid_caps, text), tokens, usable), tokens, usable), tokens, mid_caps, text), tokens))
            for m in mentions]
    return [_possessor_employs(text, tokens, usable, mid_caps, _led_by(tokens, usable, m, read[i - 1] if i else None))
            for i, m in enumerate(read)]


def _inside_a_role(mention: Mention, mentions: list[Mention]) -> bool:
    """"Director" of "Director of television Jana Bennett": a one-word title that another person's role phrase holds
    is that role's first word, no one of its own."""
    return mention.kind == MentionKind.PERSON and mention.first == mention.last and _is_titleword(mention.name) and any(
        o is not mention and o.kind == MentionKind.PERSON and o.extent_start is not None
        and o.extent_start <= mention.first and mention.last < o.first for o in mentions)


def _possessor_employs(text: str, tokens, usable: list[bool], mid_caps: frozenset[str], mention: Mention) -> Mention:
    """"Microsoft's Mike Coleman", "Labour's Paul Flynn", "Iron Maiden's Bruce Dickinson": a body in the
    possessive right before a person's full name is where they work or play, as it is before a role ("Empire
    magazine's reviews editor Tom Smith"). Not a person's possessive ("Kidman's publicist Wendy Day" says it
    with a role; "Stallone's Brigitte Nielsen" is no employer) nor a place's, whose people may be its team or
    only its natives ("Britain's Kelly Holmes")."""
    if mention.kind != MentionKind.PERSON or mention.anonymous or mention.affiliation or mention.role \
            or mention.last - mention.first < 1 or mention.first < 2 or tokens[mention.first].text.lower() not in lexicons.first_names():
        return mention  # only a full name that opens with a given name ("Saturday's IRB Rugby Aid" is none)
    start = mention.first - 1
    while start - 1 >= 0 and mention.first - start <= OWNER_WORDS and (_is_cap(tokens[start - 1]) or _ACRONYM.match(tokens[start - 1].text)):
        start -= 1
    owner = _possessive_owner(text, tokens, start, usable) if start < mention.first - 1 else None
    if owner is None or owner.last != mention.first - 1:
        return mention
    words = owner.name.split()
    if _personal_possessor(text, words) or _is_place(words) or country_of(owner.name) or lexicons.is_us_place(words) \
            or any(w.lower() in naming.PRONOUNS or w.lower() in naming.CALENDAR_WORDS for w in words) \
            or (len(words) == 1 and words[0].lower() in lexicons.surnames()) \
            or (start == 0 and _common_opener(mid_caps, words[0])):
        return mention  # a person's ("Trump's Michael Cohen"), a place's, or a common word opening the sentence
    return replace(mention, affiliation=owner.name)


LEADING_PARTICIPLES = frozenset({"led", "headed", "chaired", "run", "founded", "directed"})


def _led_by(tokens, usable: list[bool], mention: Mention, before: Mention | None) -> Mention:
    """"the Sentencing Guidelines Council - led by Lord Woolf -", "the Harwell Commission, chaired by Sir John
    Hale,": the organisation set off before a "led by" / "chaired by" phrase is the named person's."""
    k = mention.first if mention.extent_start is None else min(mention.first, mention.extent_start)
    while k > 0 and _is_honorific(tokens[k - 1].text):
        k -= 1  # "chaired by Sir John Hale"
    if mention.kind != MentionKind.PERSON or mention.affiliation or before is None or before.kind != MentionKind.ORGANISATION or k < 4:
        return mention
    verb = tokens[k - 2].text.lower()
    if tokens[k - 1].text != "by" or verb not in LEADING_PARTICIPLES or not all(usable[k - 3 : k]):
        return mention
    if tokens[k - 3].text not in (",", "-", "—", "–") or (before.extent_end or before.last) != k - 4:
        return mention
    # the affiliation only: "leader" would outrank the title the article gives elsewhere ("Lord Chief Justice")
    return replace(mention, affiliation=before.name)


PREDICATE_ADVERBS = frozenset({"now", "also", "currently", "still", "once", "later", "previously", "formerly", "then"})
COPULAS = frozenset({"is", "was"})
_PREDICATE_ENDS = frozenset({",", ";", ":", "(", ")", "—", "–", "“", "”", '"', "who", "which", "when", "while", "but"})


def _opens_clause(tokens, first: int) -> bool:
    """The mention starting at token ``first`` opens its sentence, maybe after one opener ("But Smith")."""
    start = first
    if start > 0 and tokens[start - 1].text.lower() in naming.OPENERS and tokens[start - 1].text.lower() not in PREPOSITIONS:
        start -= 1
    return start == 0 or tokens[start - 1].text in (".", "!", "?")


def _stated_in_predicate(text: str, tokens, usable, mention: Mention) -> Mention:
    """A person who is the subject of a predicate stating an office: "Mr Lebedev headed the Menatep group"
    (head, Menatep group), "Smith is chief executive of Acme", "O'Connor plays for Wasps". The role and the
    affiliation fill only what the name's own words left empty; the predicate is no part of the mention."""
    if mention.kind != MentionKind.PERSON or mention.anonymous or (mention.role and mention.affiliation):
        return mention
    if not _opens_clause(tokens, mention.extent_start if mention.extent_start is not None else mention.first):
        return mention
    n = len(tokens)
    k = (mention.extent_end or mention.last) + 1
    if k < n and tokens[k].text == "," and k > mention.last + 1:
        k += 1  # "Tony Wilson, the music mogul, founded …": past the appositive's closing comma
    while k < n and tokens[k].text.lower() in PREDICATE_ADVERBS:
        k += 1
    if k >= n or not usable[k]:
        return mention
    found = _predicate_office(text, tokens, k, usable)
    if found.affiliation is None:
        role = _copula_role(text, tokens, k, usable) if mention.role is None else None
        return replace(mention, role=role) if role else mention
    if mention.role is None and (_office_taken(tokens, k) is not None or tokens[k].text.lower() in COPULAS):
        # "Sergio Marchionne has replaced Herbert Demel as chief executive of Fiat Auto", "Smith is chief
        # executive of Acme": the post is the subject's too
        return replace(mention, role=found.role, affiliation=mention.affiliation or found.affiliation)
    return replace(mention, affiliation=mention.affiliation or found.affiliation)


def _copula_role(text: str, tokens, k: int, usable) -> str | None:
    """"Dina Mehta is an Indian blogger who …": a short indefinite role noun phrase after "is"/"was" (a
    lowercase role noun as its head, four words at most) is the subject's role, with no employer named."""
    if tokens[k].text.lower() in COPULAS and k + 2 < len(tokens) and tokens[k + 1].text.lower() in ("one", "the", "among"):
        return _one_of_role(tokens, k + 1, usable)
    if tokens[k].text.lower() not in COPULAS or k + 2 >= len(tokens) or tokens[k + 1].text.lower() not in ("a", "an"):
        return None
    stop = _predicate_stop(tokens, usable, k + 1)
    found = _role_phrase(text, tokens[:stop], k + 1, usable, k)
    words = (found.role or "").split()
    if not words or len(words) > 4 or not words[-1].islower() or not is_rolenoun(words[-1]) or found.affiliation:
        return None
    return found.role


def _one_of_role(tokens, j: int, usable) -> str | None:
    """"Mr Mubanga is the first of the four detainees freed …", "Lee is one of three economists who …",
    "Lee is among the doctors …": the subject is one of a plural of a role noun, whose singular is the
    role (two words at most between "of" and the noun: a number, an adjective)."""
    n = len(tokens)
    if tokens[j].text.lower() == "the" and j + 1 < n and tokens[j + 1].text.lower() in ("first", "last"):
        j += 2
    elif tokens[j].text.lower() == "one":
        j += 1
    if j < n and tokens[j].text.lower() in ("of", "among"):
        j += 1
    if j < n and tokens[j].text.lower() == "the":
        j += 1
    for head in range(j, min(n, j + 3)):
        word = tokens[head].text
        if not usable[head] or not word.isalpha() or not word.islower():
            return None
        if word.endswith("s") and not word.endswith("ss") and is_rolenoun(word[:-1]):
            return word[:-1]
    return None


def _predicate_office(text: str, tokens, k: int, usable) -> RolePhrase:
    """The office a predicate from verb k states, with an organisation always: "headed the Menatep group",
    "plays for Wasps", "joined Acme from Globex" (Acme), "was head of the referees for the Premier League"."""
    n, verb = len(tokens), tokens[k].text.lower()
    if verb in COPULAS and k + 1 < n and tokens[k + 1].text == "signed":
        k, verb = k + 1, "signed"  # "is signed to Parlophone"
    if verb in RELATIVE_ROLES:
        org, end = _named_employer(text, tokens, k + 1, usable, founding=verb in FOUNDING_VERBS)
        return RolePhrase(RELATIVE_ROLES[verb], org, end)
    if verb in EMPLOYING_PREPOSITIONS and k + 1 < n:
        if k + 2 < n and tokens[k + 1].text.endswith("ly") and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower():
            k += 1  # "works directly for RT"
        preps = EMPLOYING_PREPOSITIONS[verb].split()
        if preps and tokens[k + 1].text.lower() not in preps:
            return RolePhrase(None, None, k)
        if verb in ("works", "worked") and tokens[k + 1].text == "for":
            # "worked for Trump for three years": a person employs as well as an organisation
            org, end = _org_after(text, tokens, k + 2, usable)
            words = (org or "").split()
            return RolePhrase(None, org, end) if words and not (_is_place(words) or lexicons.is_us_place(words)) else RolePhrase(None, None, k)
        org, end = _named_employer(text, tokens, k + 1 + bool(preps), usable, founding=True)
        return RolePhrase(None, org, end)
    taken = _office_taken(tokens, k)
    if taken is not None:
        return _copula_office(text, tokens[:_predicate_stop(tokens, usable, taken)], taken, usable, k)
    if verb in COPULAS:
        j = k + 1
        while j < n and tokens[j].text.lower() in PREDICATE_ADVERBS:
            j += 1
        return _copula_office(text, tokens[:_predicate_stop(tokens, usable, j)], j, usable, k)
    return RolePhrase(None, None, k)


def _predicate_stop(tokens, usable, j: int) -> int:
    """Where a predicate's office phrase from token j ends: a clause mark or word, or an "and" that joins a
    second predicate ("and said"), not a second role ("and chief executive")."""
    n = len(tokens)
    return next((b for b in range(j, n) if not usable[b] or tokens[b].text.lower() in _PREDICATE_ENDS or (
        tokens[b].text == "and" and b + 1 < n and tokens[b + 1].text.islower() and not is_rolenoun(tokens[b + 1].text)
        and not _is_titleword(tokens[b + 1].text))), n)


SUCCESSION_VERBS = frozenset({"replaced", "replaces", "replace", "succeeded", "succeeds", "succeed"})
APPOINTING_PARTICIPLES = frozenset({"appointed", "named", "elected", "installed", "chosen", "confirmed"})
AUXILIARIES = frozenset({"has", "have", "had", "will", "is", "was", "been", "has been", "would"})


def _office_taken(tokens, k: int) -> int | None:
    """Where the office starts in a predicate that gives the subject a post: "has replaced Herbert Demel as
    chief executive of Fiat Auto", "succeeds Jane Roe as chair of …", "was appointed (as) head of …" (passive
    only: "Smith named Jones as chief executive" gives Jones the post). None for any other predicate."""
    n, j = len(tokens), k
    while j < n and j - k < 2 and tokens[j].text.lower() in AUXILIARIES:
        j += 1
    if j >= n:
        return None
    verb = tokens[j].text.lower()
    if verb in SUCCESSION_VERBS:
        at = next((a for a in range(j + 1, min(n, j + 6)) if tokens[a].text == "as"), None)
        if at is None or not all(_is_cap(tokens[b]) or tokens[b].text in (".",) for b in range(j + 1, at)):
            return None  # the predecessor is a name ("replaced Herbert Demel as …"), nothing else
        return at + 1
    if verb in APPOINTING_PARTICIPLES and j > k and tokens[j - 1].text.lower() in ("is", "was", "been"):
        return j + 1 + (j + 1 < n and tokens[j + 1].text == "as")
    return None


def _copula_office(text: str, tokens, j: int, usable, k: int) -> RolePhrase:
    """"is chief executive of Acme", "was head of the referees for the Premier League": a short role noun
    phrase from token j and its organisation after "of", "at", "for" or "with"; not "is projected as the
    winner of …", "is a candidate in April's election", "is a resident of Ohio"."""
    if j >= len(tokens) or not (tokens[j].text.lower() in ("a", "an", "the") or _is_titleword(tokens[j].text)
                                or is_rolenoun(tokens[j].text.lower()) or tokens[j].text.lower() in ROLE_QUALIFIERS):
        return RolePhrase(None, None, k)
    found = _role_phrase(text, tokens, j, usable, k, article_optional=True)
    body = list(range(j + 1, len(tokens)))
    split, org_first = _affiliation_split(tokens, body, len(tokens))
    if not (found.role and found.affiliation) or split is None or tokens[split].text not in ("of", "at", "for", "with"):
        return RolePhrase(None, None, k)
    org_words = found.affiliation.split()
    if len(found.role.split()) > 5 or _person_shaped(org_words) or _is_place(org_words) or lexicons.is_us_place(org_words):
        return RolePhrase(None, None, k)
    return found
    return RolePhrase(None, None, k)


ROLE_QUALIFIERS = frozenset({"former", "ex", "then", "current", "acting", "interim", "outgoing", "incoming", "shadow"})
_ORG_JOINERS = frozenset({"of", "and", "for", "&"})


def _org_out_of_role(mention: Mention, mid_caps: frozenset[str] = frozenset(), text: str = "") -> Mention:
    """A role that starts with an organisation's name keeps the office, the name goes to the affiliation:
    "former National Security Council official" -> "former official" of the National Security Council,
    "Edmunds' executive director of industry analysis" -> Edmunds. A title word heading the capitalised
    words ("Deputy", "Chief Strategy Officer") or a role with no lowercase head is left whole."""
    if mention.kind != MentionKind.PERSON or not mention.role:
        return mention
    if mention.affiliation:
        return _qualifier_out_of_affiliation(mention)
    words = mention.role.split()
    if words[-1].lower() in TITLE_HEADS:
        return mention  # "Australian Open champion": the event is the title's (_title_won)
    k = 0
    while k < len(words) and words[k].lower().rstrip("-") in ROLE_QUALIFIERS:
        k += 1
    j = k
    # "former MTV VJ", "Acme CEO": a title written in capitals heads the role as a lowercase noun does
    # (a member's title keeps its seat: "East Midlands MEP")
    head = len(words) - 1 if len(words) - k > 1 and _ACRONYM.match(words[-1]) and _is_titleword(words[-1]) \
        and words[-1] not in MEMBER_TITLES else len(words)
    while j < head and (words[j][:1].isupper() or (words[j] in _ORG_JOINERS and j > k)):
        j += 1
    if j == k or j >= len(words) or not (words[j][:1].islower() or j == head) or words[j - 1] in _ORG_JOINERS:
        return mention
    org = [w for w in words[k:j]]
    if any(_is_titleword(w) or _is_honorific(w) for w in org) or re.search(r"-[a-z]", org[-1]):
        return mention  # a title ("Deputy …") or a compound adjective ("Ivy League-trained surgeon")
    if all(w.lower() in naming.PORTFOLIOS for w in org):
        return mention  # "Former Cabinet minister", "former Foreign minister": the post's remit, no employer
    if words[-1].lower() in WORK_HEADS and "and" not in words and not country_of(" ".join(org)):
        return mention  # "Harry Potter author": the work its maker's, no employer
    if len(org) == 1 and (country := country_of(org[0])) and not words[j - 1].endswith(("'", "’", "'s", "’s")):
        # "former Mexican foreign minister": a demonym says the country the office is held in
        return replace(mention, role=" ".join(words[:k] + words[j:]), affiliation=country)
    bare = re.sub(r"['’]s?$", "", org[0])
    if len(org) == 1 and not bare.isupper() and mention.extent_start == 0 and not capitalised_only(text, bare) \
            and (bare not in mid_caps or (text and not _stands_alone(text, bare))):
        # "Founding member …", "Human rights lawyer …": a sentence's first word, capitalised only there;
        # "Arsenal midfielder …" is a name the article capitalises mid-sentence too
        return mention

    if words[j] in ("'", "’", "'s", "’s") or org[-1].endswith(("'", "’", "'s", "’s")):
        org[-1] = re.sub(r"(?:['’]s?)$", "", org[-1])
        if _personal_possessor(text, org) or words[-1].lower() in naming.KIN_NOUNS:
            return mention  # "Carlineo's attorney", "Mr Begg's father": a person's, no employer
        j += words[j] in ("'", "’", "'s", "’s")
    role = " ".join(words[:k] + words[j:])
    return replace(mention, role=role, affiliation=" ".join(org))


def _org_head_into_role(mention: Mention, tokens, usable: list[bool]) -> Mention:
    """"company CEO Andy Vesey", "agency Director Jane Roe": a lowercase organisation noun right before a
    capitalised title says which kind of body employs the holder; it stays with the role, where
    ``capacity.by_reference`` reads it (the company the article named last)."""
    start = mention.extent_start
    if mention.kind != MentionKind.PERSON or mention.affiliation or not mention.role or start is None or start < 1:
        return mention
    word = tokens[start - 1].text
    if not usable[start - 1] or word not in naming.DESCRIPTION_ORG_HEADS or not mention.role[:1].isupper():
        return mention
    if start >= 2 and (tokens[start - 2].text in POSSESSIVE or _is_cap(tokens[start - 2])):
        return mention  # "Acme's company secretary", "the Acme company CEO": a name owns it
    return replace(mention, role=f"{word} {mention.role}")  # the extent stays: the noun may end a clause before


PARTY_ROLE_GAP = 2  # lowercase words between a party adjective and the role ("Republican state schools Superintendent")


def _party_before_role(mention: Mention, tokens, usable: list[bool]) -> Mention:
    """"Democratic state Sen. Jane Roe", "Republican state schools Superintendent Jennifer McCormick": a
    party adjective a few lowercase words before the role is the holder's party. Not a plural
    ("Democrats criticised state Sen. …": the party is the subject, not a modifier)."""
    start = mention.extent_start
    if mention.kind != MentionKind.PERSON or mention.affiliation or not mention.role or start is None:
        return mention
    k = start - 1
    while k >= 0 and start - 1 - k < PARTY_ROLE_GAP and usable[k] and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].text not in ROLE_STOP | CLAUSE_WORDS | PREPOSITIONS and tokens[k].text not in DETERMINERS \
            and not tokens[k].text.endswith("ed") and not finite_reporting_verb(tokens[k].text):
        k -= 1  # not "Democratic supporters of Sen. …", "Republican candidates attacked Sen. …"
    if k < 0 or k == start - 1 or not usable[k]:
        return mention
    word = tokens[k].text
    if word not in PARTIES or len(word) < 2 or word.endswith("s"):
        return mention
    return replace(mention, affiliation=PARTIES[word])


def _portfolio_or_body(word: str) -> bool:
    """A government portfolio ("Agriculture", "Cabinet") or a generic body ("Party", "Police"): capitalised
    before a title, it says the post's remit or kind, never which organisation employs its holder."""
    bare = word.lower()
    return bare in naming.PORTFOLIOS or bare in naming.DESCRIPTION_ORG_HEADS or bare in naming.DESCRIBED_ORGS


def capitalised_only(text: str, word: str) -> bool:
    """"Arsenal manager Arsene Wenger …  Arsenal go into the game …": a common word the article writes
    capitalised more than once and never in lowercase is a name there, even where only sentences open
    with it (a common noun opening a sentence is written lowercase elsewhere, or opens one sentence)."""
    if not word[:1].isupper() or not word[1:].islower() or _portfolio_or_body(word):
        return False
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return False
    # each time on its own, not as the first word of a longer name ("High School", "Human Rights Watch")
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?!['’]?\s*[A-Z&])", text)) >= 2


def _opener_out_of_affiliation(mention: Mention, tokens, mid_caps: frozenset[str], text: str = "") -> Mention:
    """"Party chief executive Lord Rennard", "Police chief …": one sentence-opening word that is a
    generic organisation noun or a common word, and that the article never capitalises mid-sentence,
    names no organisation; it belongs to the role ("Arsenal midfielder", "Kremlin spokesman" keep theirs)."""
    word = mention.affiliation
    if mention.kind != MentionKind.PERSON or not word or not mention.role or mention.extent_start is None \
            or mention.extent_start > 1 or not tokens or tokens[0].text != word:
        return mention
    if not word[:1].isupper() or not word[1:].islower() or word in mid_caps or capitalised_only(text, word):
        return mention
    if not (word.lower() in naming.DESCRIPTION_ORG_HEADS or word.lower() in lexicons.common_words()) or _is_place([word]) or word in PARTIES:
        return mention
    return replace(mention, role=f"{word.lower()} {mention.role}", affiliation=None)


# sentence adverbs that open a sentence before a name's capacity and never begin an organisation's name (the
# openers that may, "Now", "Today", "Next", "All", "Super", "One", are left out)
CONNECTIVES = frozenset({"meanwhile", "however", "also", "earlier", "later", "separately", "elsewhere", "instead",
                         "yesterday", "tonight", "still", "yet", "but", "and", "recently", "previously", "similarly",
                         "likewise", "indeed", "currently"})
_PARTY_WORDS = frozenset({"new", "old", "young", "independent", "liberal", "national", "social", "green"})  # "New Labour", "Young Conservatives"


def _opener_off_party(mention: Mention, tokens) -> Mention:
    """"Meanwhile Labour backbencher Stephen Pound", "Prospective Tory candidate Andrew Mennear": the sentence's
    capitalised first word before an affiliation is a connective ("Meanwhile": dropped, whatever body follows), or,
    before a party label, a word of the writer's that qualifies the post ("Prospective", "Rebel": it joins the role)."""
    first, _, rest = (mention.affiliation or "").partition(" ")
    if mention.kind != MentionKind.PERSON or not rest or mention.affiliation in PARTIES or first in PARTIES \
            or not tokens or tokens[0].text != first or not first[1:].islower():
        return mention
    party = PARTIES.get(rest)
    if first.lower() in CONNECTIVES:  # "Meanwhile BBC director general Greg Dyke" too
        return replace(mention, affiliation=party or rest)
    if party and first.lower() in lexicons.common_words() and first.lower() not in _PARTY_WORDS and mention.role \
            and not _is_place([first]) and first.lower() not in naming.DEMONYMS:
        return replace(mention, role=f"{first.lower()} {mention.role}", affiliation=party)
    return mention


def _qualifier_out_of_affiliation(mention: Mention) -> Mention:
    """"Former National Security Council official": a sentence's capitalised "Former" qualifies the office,
    it is no part of the organisation's name."""
    first, _, rest = mention.affiliation.partition(" ")
    hyphened = re.fullmatch(r"([Ee]x|[Ff]ormer)-([A-Z].*)", first)
    if hyphened:  # "Ex-England boss": one token
        first, rest = hyphened.group(1), f"{hyphened.group(2)} {rest}".strip()
    if first.lower() not in ROLE_QUALIFIERS or not rest:
        return mention
    qualifier = "former" if first.lower() == "ex" else first.lower()
    role = mention.role if mention.role.lower().startswith(qualifier) else f"{qualifier} {mention.role}"
    return replace(mention, role=role, affiliation=rest)


_CLAUSE_PUNCT = frozenset({"”", '"', "’", "'", ",", ";", ":", "—", ".", "!", "?"})


def _role_plural(tokens, i: int) -> bool:
    """"“…,” officers announced", "Lawyers for the family said", "The protesters said": the plural of a role
    noun (a listed occupation or role head, or a group head), bare or after a clause-opening "the", opening its
    clause, is a group of people, like the listed group nouns; after "the", so is an institution noun's plural
    ("The unions said")."""
    word = tokens[i].text
    if not word.islower() or not word.endswith("s") or len(word) < 5 or word.endswith("ss"):
        return False
    before = i - 1
    if before >= 0 and tokens[before].text.lower() == "the" and (before == 0 or tokens[before - 1].text in _CLAUSE_PUNCT):
        before -= 1  # "The unions said …": "the" opening the clause makes it no modified phrase
    if before >= 0 and tokens[before].text not in _CLAUSE_PUNCT:
        return False  # "His aides", "Several cast members": the learned stage reads a modified phrase whole
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if nxt[:1].isalpha() and nxt not in lexicons.reporting_verbs() and nxt not in ("for", "of", "at", "in", "from", "who", "with"):
        return False  # a modifier ("officers' union" aside, "lawyers fees"): the noun must head its phrase
    singular = word[:-1]
    if singular in lexicons.occupations() or singular in lexicons.role_nouns() or word in naming.GROUP_HEADS:
        return True
    # "The unions said", "the companies said": the plural of an institution noun is the bodies it names
    return before < i - 1 and (singular in naming.DESCRIBED_ORGS or word.endswith("ies") and word[:-3] + "y" in naming.DESCRIBED_ORGS)


def _is_headline(tokens, usable) -> bool:
    """A Title Case line ("Chris Christie Calls Hillary Clinton ‘A Disgrace’"); never a sentence
    reporting speech in lowercase ("Mike Hobday, of the League Against Cruel Sports, said:" is
    mostly capitals once its quotation is set aside)."""
    words = [t.text for t, u in zip(tokens, usable, strict=False) if u and t.text.isalpha() and len(t.text) > 3]
    if any(finite_reporting_verb(w) for w in words):
        return False
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_split(tokens, first: int, last: int) -> list[tuple[int, int]]:
    """Split a headline's capitalised run at its common words ("Calls", "Says", "Over")."""
    parts, start = [], first
    for k in range(first, last + 1):
        word = tokens[k].text
        if word in COMPASS_WORDS and k < last:
            continue  # "East Midlands": the compass word opens the name after it
        if word in lexicons.non_names() or word.lower() in lexicons.common_words() and not (
            _is_titleword(word) or _is_honorific(word) or _is_orgword(word) or word in PARTIES or word in lexicons.places()
        ):
            if k - 1 >= start:
                parts.append((start, k - 1))
            start = k + 1
    if start <= last:
        parts.append((start, last))
    return parts


def _employer_premodified(text: str, tokens, usable, first: int, last: int) -> Mention | None:
    """"a WeWork spokesperson", "a senior White House official": a name between "a" (and a lowercase
    adjective or two) and a role noun is the employer of an unnamed person, not the speaker; not "a
    Google spokesman Jane Doe" (the title of the name after it) nor "a Trump supporters' rally"."""
    det = first - 1
    while det >= 0 and first - det <= 3 and tokens[det].text.isalpha() and tokens[det].text.islower() \
            and tokens[det].text not in ("a", "an") and not is_rolenoun(tokens[det].text):
        det -= 1  # "senior", "former"
    role = last + 1
    if det < 0 or tokens[det].text.lower() not in ("a", "an") or role >= len(tokens) or not usable[role]:
        return None
    word = tokens[role].text
    if not (word.isalpha() and word.islower() and _is_titleword(word)) or word.endswith("s") and not word.endswith("ss"):
        return None
    if role + 1 < len(tokens) and (_is_cap(tokens[role + 1]) or tokens[role + 1].text in POSSESSIVE):
        return None  # "a Google spokesman Jane Doe": the title of the name after it
    words = [t.text for t in tokens[first : last + 1]]
    if _is_place(words) or lexicons.is_us_place(words):
        return None  # "a Chinese official", "a New York judge": a place's, read as places are
    phrase = text[tokens[det + 1].start : tokens[role].end]
    employer = text[tokens[first].start : tokens[last].end]
    # named as written ("unnamed Taliban representative"), the role without the employer
    return Mention(MentionKind.PERSON, _span(text, tokens, det, role), f"unnamed {phrase}", det, role,
                   role=" ".join(phrase.replace(employer, " ").split()), affiliation=employer, extent_end=role, anonymous=True)


def _anonymous(text: str, tokens, usable, i: int) -> Mention | None:
    """"a senior official at the Atlas Council": an unnamed person known by role (and employer);
    not "As a summer associate at …, she …", which describes the sentence's subject."""
    if i > 0 and tokens[i - 1].text.lower() == "as":
        return None
    k = i + 1
    while k < len(tokens) and k - i <= 4 and usable[k] and tokens[k].text.isalpha() and tokens[k].text.islower():
        word = tokens[k].text
        employer = k + 2 < len(tokens) and tokens[k + 1].text in ("at", "with", "for", "from") and (
            is_rolenoun(word) or word.endswith(("er", "or")))  # "a producer for Yahoo Studios"
        if _is_titleword(word) or employer:
            org, end = None, k
            if k + 1 < len(tokens) and tokens[k + 1].text in ("at", "with", "of", "for", "from"):
                org, org_end = _org_after(text, tokens, k + 2, usable)
                end = org_end if org else k
            if not _is_titleword(word) and org is None and employer and _is_cap(tokens[k + 2]):
                # "a producer for Quillbase Studios": the capitalised run after the preposition employs them
                run_end = next((j for j in range(k + 2, len(tokens)) if not (usable[j] and _is_cap(tokens[j]))), len(tokens)) - 1
                org, end = text[tokens[k + 2].start : tokens[run_end].end], run_end
            if not _is_titleword(word) and org is None:
                k += 1
                continue  # a role noun no list knows is a person's only with an employer after it
            role = text[tokens[i + 1].start : tokens[k].end]
            return Mention(
                MentionKind.PERSON, _span(text, tokens, i, k), f"unnamed {role}", i, k,
                role=role, affiliation=org, extent_end=end, anonymous=True,
            )
        k += 1
    return None


PAIR_NOUNS = {
    "leaders": MentionKind.PERSON, "men": MentionKind.PERSON, "presidents": MentionKind.PERSON, "women": MentionKind.PERSON,
    "countries": MentionKind.PLACE, "nations": MentionKind.PLACE, "sides": MentionKind.PLACE, "governments": MentionKind.PLACE, "neighbours": MentionKind.PLACE,
    "neighbors": MentionKind.PLACE, "capitals": MentionKind.PLACE, "powers": MentionKind.PLACE,
    "pair": MentionKind.PERSON, "duo": MentionKind.PERSON, "two": MentionKind.PERSON,  # standing alone: PAIR_ALONE
}


PAIR_ALONE = frozenset({"pair", "duo", "two"})  # words that name two people without a noun after them
PAIR_VERB_OPENERS = frozenset({"have", "had", "has", "were", "are", "was", "is", "will", "would", "who", "both", "also", "later", "then"})


def _pair_ends(word: str) -> bool:
    """The pair's phrase ends before ``word``: a verb ("said", "claim", "have") or a clause mark, not a
    noun it goes on to ("the pair of shoes", "the two countries")."""
    return word in (",", "—", "–") or word in PAIR_VERB_OPENERS or word in lexicons.reporting_verbs()


def _pair_reference(tokens, usable, i: int) -> int | None:
    """"the two leaders", "both countries": the last token of a reference to a pair, if one starts at i."""
    if tokens[i].text.lower() not in ("the", "both", "two"):
        return None  # asked of every token: most start no pair, and need not be lowercased thrice
    words = [t.text.lower() for t in tokens[i : i + 3]]
    if words[:2] in (["the", "two"], ["both", "the"]) and len(words) == 3 and words[2] in PAIR_NOUNS:
        return i + 2 if all(usable[i : i + 3]) else None
    if words[0] == "the" and len(words) == 3 and words[1] in PAIR_ALONE and _pair_ends(words[2]):
        # "The pair claim they are being punished", "the two said": the pair itself, standing alone
        return i + 1 if all(usable[i : i + 2]) else None
    if words[:1] in (["both"], ["two"]) and len(words) >= 2 and words[1] in PAIR_NOUNS and (i == 0 or tokens[i - 1].text.lower() != "the"):
        return i + 1 if all(usable[i : i + 2]) else None
    return None


GROUP_PARTIES = {"Democrats", "Republicans", "Libertarians", "Conservatives", "Liberals", "Progressives"}
ORG_NAMES = {"White House", "Pentagon", "Capitol Hill", "Downing Street", "Kremlin"}


def _classify_run(text, tokens, first, last, usable, runs_by_last, mid_caps: frozenset[str]) -> Mention | None:
    """What a capitalised run names: a place, a group, an organisation, a person (``_person_run``), or nothing."""
    whole = [t.text for t in tokens[first : last + 1]]
    if lexicons.is_us_place(whole):
        # "South Carolina", "Phoenix": checked before an opener goes ("South") and leaves a given name
        return Mention(MentionKind.PLACE, _span(text, tokens, first, last), " ".join(whole), first, last)
    if first == last and tokens[first].text in lexicons.non_names() and _lone_surname(text, tokens, first):
        return Mention(MentionKind.PERSON, _span(text, tokens, first, last), tokens[first].text, first, last)
    start = first
    first = _strip_leading(tokens, first, last, mid_caps)
    if first > last:
        word = tokens[last].text
        if first - start == 1 and word.endswith("s") and word.lower() in lexicons.common_words() and word not in lexicons.non_names():
            # "Contractors said …": a sentence-initial plural is an unnamed group, like "consultants"
            return Mention(MentionKind.GROUP, _span(text, tokens, last, last), word.lower(), last, last)
        return None
    # drop a trailing possessive-bearing word's clitic ("Putin ’s" is split by MWT already)
    words = [t.text for t in tokens[first : last + 1]]
    if all(w in POSSESSIVE or w == "-" for w in words):
        return None
    joined = " ".join(words).replace(" - ", "-")
    if len(words) >= 3 and words[0] in lexicons.places() and _complement_head(tokens, first, usable) is not None:
        # "ambassador to Britain Liu Xiaming": the place closes the role's complement, the name follows
        return _classify_run(text, tokens, first + 1, last, usable, runs_by_last, mid_caps)
    if "of" in words[2:]:
        cut = words.index("of")
        if words[0].lower() in lexicons.first_names() and not any(_is_orgword(w) or _is_titleword(w) for w in words[:cut]):
            # "Robert Gordon of Northwestern University": a person, the organisation after "of" is the affiliation
            return _classify_run(text, tokens, first, first + cut - 1, usable, runs_by_last, mid_caps)
    # "Democrats", "Pennsylvania Republicans", "House Democrats": a party's people
    if words[-1] in GROUP_PARTIES:
        party = PARTIES.get(" ".join(words[-2:])) or PARTIES.get(words[-1])  # "Liberal Democrats" is no Democrats' group
        # "the Conservatives said": the party itself, as "the Tories" is
        kind = MentionKind.ORGANISATION if first == last and first > 0 and tokens[first - 1].text.lower() == "the" \
            else MentionKind.GROUP
        return Mention(kind, _span(text, tokens, first, last), joined, first, last, affiliation=party)
    if first == last and _is_titleword(words[0]) and tokens[last + 1 : last + 3] and [t.text for t in tokens[last + 1 : last + 3]] == ["of", "the"]:
        return None  # "Speaker of the House Newt Gingrich": the title of the name after it
    org_title = _title_of_the(text, tokens, first, last)
    if org_title is None and _titled_person(tokens, first, last):
        org_title = _front_title(tokens, first, last)  # "Director of National Intelligence James Clapper"
    if len(words) == 1 and words[0].lower() in COMMON_ACRONYMS:
        return None  # "Windows PC customers", "R&B star": a common noun written in capitals names no one
    if org_title is None and (joined in ORG_NAMES or _has_orgword(words) or _is_media(words) or (len(words) == 1 and _ACRONYM.match(words[0]) and not _is_place(words))):
        org_title = _org_title(text, tokens, first, last)
    if org_title is None and "&" in words[1:-1]:
        # "accountancy firm Ernst & Young", "Marsh & McLennan": no person's name holds an ampersand
        return Mention(MentionKind.ORGANISATION, _span(text, tokens, first, last), _clean_org(text[tokens[first].start : tokens[last].end]),
                       first, last, extent_start=_description_start(tokens, first - 1) if first > 0 and tokens[first - 1].text in naming.COMPANY_NOUNS else None)
    if org_title is None and (joined in ORG_NAMES or _has_orgword(words) or _is_media(words) or (len(words) == 1 and _ACRONYM.match(words[0]) and not _is_place(words))):
        name = _clean_org(text[tokens[first].start : tokens[last].end])
        if name.lower() in lexicons.words("group_nouns"):
            return None
        return Mention(MentionKind.ORGANISATION, _span(text, tokens, first, last), name, first, last)
    if _is_place(words):
        return Mention(MentionKind.PLACE, _span(text, tokens, first, last), lexicons.places()[" ".join(words)].name, first, last)
    if words != whole and lexicons.is_us_place(words):
        # "A New York judge": the place once the determiner has gone
        return Mention(MentionKind.PLACE, _span(text, tokens, first, last), " ".join(words), first, last)
    return _person_run(text, tokens, first, last, usable, runs_by_last, org_title or _front_title(tokens, first, last), mid_caps)


def _lone_surname(text: str, tokens, k: int) -> bool:
    """"Kanye West … ¶ West announced plans", "said May": a word that is mostly no name (a compass
    point, a month) is a person's surname where the article wrote it before after a given name ("Kanye
    West", "Theresa May") and it stands here as a verb's subject or after a reporting verb."""
    word = tokens[k].text
    after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    before = tokens[k - 1].text.lower() if k > 0 else ""
    if before in DETERMINERS or not (finite_reporting_verb(after) or after in AUXILIARIES or finite_reporting_verb(before)):
        return False  # "the West said": the place
    at = text.find(" " + word, 0, tokens[k].start)
    while at != -1:
        given = text[:at].rsplit(None, 1)[-1] if text[:at].strip() else ""
        whole = not text[at + len(word) + 1:at + len(word) + 2].isalnum()  # "Tim Henman" holds no "He"
        if whole and given[:1].isupper() and given.lower() in lexicons.first_names() and given not in lexicons.non_names():
            return True
        at = text.find(" " + word, at + 1, tokens[k].start)
    return False


def _company_described(tokens, name_first: int, name_words: list[str], usable) -> int | None:
    """Where a company's name starts when a noun for a company stands right before it ("research firm
    Capital Economics", "Internet service provider Wanadoo") or opens it ("Car-maker Honda"); None for a
    person's name ("the firm John Smith founded") or no such noun."""
    if name_words[0].lower() in lexicons.first_names() and len(name_words) > 1:
        return None
    if name_first > 0 and usable[name_first - 1] and tokens[name_first - 1].text.islower() and tokens[name_first - 1].text in naming.COMPANY_NOUNS:
        return name_first
    if name_first > 0 and usable[name_first - 1] and _org_descriptor(tokens, name_first - 1, name_first + len(name_words)):
        return name_first
    if len(name_words) > 1 and name_words[0].lower() in naming.COMPANY_NOUNS and name_words[1].lower() not in lexicons.first_names():
        return name_first + 1
    return None


def _org_descriptor(tokens, k: int, after: int) -> bool:
    """"marketing magazine New Media Age", "technology analysts Gartner": an outlet's noun, or a plural
    role noun (no one person's name stands beside a plural), right before a name that no list of
    names continues ("analysts Smith and Jones") and no determiner opens ("the paper Price wrote")."""
    noun = tokens[k].text
    if not noun.islower() or k > 0 and tokens[k - 1].text.lower() in DETERMINERS:
        return False
    if after < len(tokens) and tokens[after].text in ("and", "&", ","):
        return False
    plural = len(noun) > 4 and noun.endswith("s") and not noun.endswith(("ss", "us"))
    return noun in naming.MEDIA_HEADS or plural and (noun[:-1] in lexicons.role_nouns() or noun[:-1] in lexicons.occupations())


def _description_start(tokens, k: int) -> int:
    """The first word of the lowercase description ending at token k ("Internet service provider"), a
    sentence's capitalised first word included, at most four words back."""
    start = k
    while start - 1 >= 0 and k - start < 3 and tokens[start - 1].text.isalpha() and (
            tokens[start - 1].text.islower() and tokens[start - 1].text not in ROLE_STOP or start - 1 == 0):
        start -= 1
    return start


def _titled_person(tokens, first: int, last: int) -> bool:
    """A run that opens with a title and its department and ends in a person's name ("Director of
    National Intelligence James Clapper"): the organisation words belong to the title."""
    if not _is_titleword(tokens[first].text) or _is_orgword(tokens[first].text):
        return False
    title = _front_title(tokens, first, last)
    name = tokens[title.name_first : last + 1]
    return (
        title.role is not None and " of " in f" {title.role} " and 2 <= len(name) <= 3
        and (name[0].text.lower() in lexicons.first_names() or name[-1].text.lower() in lexicons.surnames())
        and not any(_is_orgword(t.text) for t in name)
    )


def _former_party(role: str) -> str | None:
    """"ex-Conservative chancellor", "former-Labour minister": the party the role was held for."""
    for word in role.split():
        prefix, _, rest = word.partition("-")
        if prefix.lower() in ("ex", "former") and rest in PARTIES and len(rest) > 1:
            return PARTIES[rest]
    return None


def names_an_organisation(words: list[str]) -> bool:
    """Words that name an employer by their shape: an organisation word, an outlet, or a lone acronym; a
    place never ("At Wimbledon", "Britain's")."""
    return not _is_place(words) and (any(_is_orgword(w) for w in words) or _is_media(words)
                                     or (len(words) == 1 and bool(_ACRONYM.match(words[0])))
                                     or _ends_in_acronym(words))


def _ends_in_acronym(words: list[str]) -> bool:
    """"Swansea UAF", "Leeds NUT": a run that ends in an acronym which is no country's or state's (not "Washington
    DC", "Georgia USA") is a body's name, its place first."""
    last = words[-1] if words else ""
    return len(words) >= 2 and bool(_ACRONYM.match(last)) and "." not in last and country_of(last) is None \
        and last not in US_STATES and last not in ("DC", "UK", "US", "USA", "EU", "UN")


def _fronted_employer(text: str, tokens, first: int, runs_by_last: dict) -> str | None:
    """"At Northwind Airlines, Tom Reed said …": an organisation in the "At …," phrase that opens the
    sentence, right before the name, employs the name's bearer; a place or an event there does not
    ("At Wimbledon, Roger Federer said")."""
    if first < 3 or tokens[first - 1].text != "," or tokens[0].text not in ("At", "at"):
        return None
    run = runs_by_last.get(first - 2)
    start = max(run[0], 1) if run is not None else 0  # the capitalised "At" may open the run
    if run is None or start > 2 or (start == 2 and tokens[1].text.lower() != "the"):
        return None
    words = [t.text for t in tokens[start : run[1] + 1]]
    if not names_an_organisation(words):
        return None
    return _clean_org(text[tokens[start].start : tokens[run[1]].end])


def _plural_possessive(text: str, tokens, k: int) -> bool:
    """Whether the bare apostrophe at token k makes a possessive of the word before it ("PBS' Jacoba Atlas",
    "Lloyds' Jim Reed"): written right after a word ending in "s", with no opening single mark before it in the
    text it could close."""
    if tokens[k].text not in ("'", "’") or k < 1 or tokens[k - 1].text[-1:] not in ("s", "S") \
            or tokens[k - 1].end != tokens[k].start:
        return False
    return re.search(r"(?:^|\s)['‘]\w", text[max(0, tokens[k].start - 200) : tokens[k].start]) is None


def _possessive_employer(text: str, tokens, first: int, runs_by_last: dict) -> str | None:
    """"Deutsche Bank's Simon Champion": an organisation owning the name (a name with an organisation word,
    an outlet or an acronym; a person's possessive, "Trump's Michael Cohen", says nothing of the kind)."""
    if first < 2 or not (tokens[first - 1].text in POSSESSIVE_S or _plural_possessive(text, tokens, first - 1)) \
            or (run := runs_by_last.get(first - 2)) is None:
        return None
    start = _strip_leading(tokens, run[0], run[1])  # "The BBC's David Willey": the article opens the run
    words = [t.text for t in tokens[start : run[1] + 1]]
    if not words or not names_an_organisation(words):
        return None
    return _clean_org(text[tokens[start].start : tokens[run[1]].end])


def _stands_alone(text: str, word: str) -> bool:
    """The article capitalises the word after a lowercase word with no capitalised word after it ("said
    Price", "beat Arsenal 2-0"): a name of its own, not only the first word of a longer one ("Gibson
    Southern High School", "Human Rights Watch" say nothing of "High school math teacher")."""
    return re.search(rf"(?<![\w’'-])[a-z]+[,;]? {re.escape(word)}\b(?!['’]?\s*[A-Z&])", text) is not None


def _title_modifier(text: str, tokens, role_first: int, runs_by_last: dict, mid_caps: frozenset[str] | None) -> bool:
    """"Vice president Jose Rangel", "General secretary Brendan Barber", "Founding member Geoff
    Barrow", "Agriculture minister …": one sentence-initial capitalised word before a lowercase role
    qualifies the role (a title word, or a common word the article never capitalises mid-sentence);
    it names no organisation. "Cruz spokeswoman …", "Acme chief executive …" keep theirs."""
    k = role_first - 1
    if k < 0 or runs_by_last.get(k) != (k, k) or not (k == 0 or tokens[k - 1].text in OPENERS):
        return False
    word = tokens[k].text
    if word in lexicons.non_names() or word.lower() in DETERMINERS:
        return False  # "But ex-Conservative chancellor Ken Clarke": a function word opens the sentence
    if (_is_titleword(word) and not _is_orgword(word)) or word.lower() in naming.PORTFOLIOS:
        return True  # "Agriculture minister Adamu Bello": the remit of the post
    if mid_caps is None or (word in mid_caps and _stands_alone(text, word)) or word.lower() in lexicons.first_names() \
            or capitalised_only(text, word):
        return False
    mid_caps = mid_caps - {word}  # capitalised mid-sentence only inside a longer name ("Gibson Southern High School")
    # "Human rights lawyer …" where the article writes "human rights": a word it also writes lowercase
    lower = re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None
    return _common_opener(mid_caps, word) or (lower and not _is_orgword(word) and word not in lexicons.places() and word not in PARTIES)


def _role_before_name(text: str, tokens, lower_role: str, role_first: int, usable: list[bool], runs_by_last: dict,
                      affiliation: str | None) -> tuple[str, str | None, int]:
    """(role, affiliation, first token of the title) of a lowercase role right before a name: the capitalised run
    before it its employer ("Chinese Foreign Ministry spokesperson"), a qualifier opening that run kept on the role
    ("Former England captain"), and a title won read whole ("Australian Open champion")."""
    role, extent_start = lower_role, role_first
    affiliation = _affiliation_before(tokens, role_first, usable, runs_by_last) or affiliation or _former_party(lower_role)
    if lower_role.split()[-1] in TITLE_HEADS and (cut := _title_words(lower_role)) > 0 \
            and _subject_before(tokens, role_first, runs_by_last):
        # "Dementieva swept aside defending champion Svetlana Kuznetsova": the title is "defending champion"
        role = " ".join(lower_role.split()[cut:])
        affiliation, extent_start = None, role_first + cut
    elif (lower_role.split()[-1] in TITLE_HEADS or lower_role.split()[-1] in WORK_HEADS and not country_of(affiliation or "")) \
            and (won := _title_run(text, tokens, role_first, usable, runs_by_last)):
        # "Australian Open champion Marat Safin", "Simpsons creator Matt Groening": the event is the title's, the
        # work its maker's, no employer
        role, affiliation, extent_start = won[0] + lower_role, None, won[1]
    elif affiliation and affiliation.split()[0].lower().rstrip("-") not in ROLE_QUALIFIERS \
            and (qualifier := _qualifier_before_body(tokens, role_first, usable, runs_by_last)):
        # (a qualifier still in the affiliation's words is moved by _qualifier_out_of_affiliation)
        role = f"{qualifier} {role}"  # "Former England captain Martin Johnson": no captain now
    if role_first >= 2 and tokens[role_first - 1].text in POSSESSIVE and (owner := runs_by_last.get(role_first - 2)):
        extent_start = owner[0]  # "Hillary Clinton’s campaign manager Robby Mook": the possessor describes Mook
    return role, affiliation, extent_start


def _person_run(text, tokens, first, last, usable, runs_by_last, title: _Title, mid_caps: frozenset[str] | None = None) -> Mention | None:
    """A person's name after its title, with the role and affiliation around it (a title, a lowercase
    role before it, a party tag, an appositive after it); None when the words are no name."""
    name_first = title.name_first
    # the words as written: the tokenizer splits "Mohi-Uddin" as "Mohi-" and "Uddin"
    name_words = text[tokens[name_first].start : tokens[last].end].replace(" - ", "-").split()
    if not name_words or len(name_words) > 6 or not all(
        _NAME_SHAPE.match(w) and (w[0].isupper() or (w in PARTICLES and 0 < i < len(name_words) - 1))
        for i, w in enumerate(name_words)
    ):
        return None
    if len(name_words) >= 3 and name_words[-1].isupper() and name_words[-1].lower() in naming.POST_NOMINALS:
        name_words = name_words[:-1]  # "Ken Macdonald QC": the letters follow the name; "Larry Mullen Jr" keeps its suffix
    if any(w in lexicons.places() or w.lower() in lexicons.words("group_nouns") for w in name_words):
        return None
    if len(name_words) == 1 and name_words[0] in PARTIES:
        return None
    if len(name_words) == 2 and " ".join(name_words) in PARTIES and not name_words[-1].endswith("s") \
            and any(is_rolenoun(t.text) for t in _lowercase_run(tokens, last + 1, 3)):
        return None  # "Lib Dem spokesman Ed Davey", "the Liberal Democrat leader": a party's label on a role, no name
    if len(name_words) == 1 and _is_titleword(name_words[0]) and last + 2 < len(tokens) and tokens[last + 1].text == "," and _is_cap(tokens[last + 2]):
        return None  # "Argentina's President, Nestor Kirchner,": the title of the name set off after it
    if len(name_words) > 1 and name_words[0] in COMPASS_WORDS:
        return None  # "Eastern District", "West Ham": a compass word opens a place's or a body's name, no person's
    described = _company_described(tokens, name_first, name_words, usable)
    if described is not None:
        start = described if described > name_first else _description_start(tokens, name_first - 1)
        return Mention(MentionKind.ORGANISATION, _span(text, tokens, described, last), _clean_org(text[tokens[described].start : tokens[last].end]),
                       described, last, extent_start=start)
    role, affiliation = title.role, title.affiliation
    extent_start = first
    if role is None:
        # "Iris director Sir Richard Eyre": a role noun right before the honorific ("praised Mr. Clarke" has none)
        before_honorific = title.honorific and name_first > first and first > 0 and tokens[first - 1].text.islower() and is_rolenoun(tokens[first - 1].text)
        lower_role, role_first = _lower_role_before(text, tokens, first if before_honorific else name_first, usable)
        if lower_role and _title_modifier(text, tokens, role_first, runs_by_last, mid_caps):
            role, extent_start = text[tokens[role_first - 1].start : tokens[name_first - 1].end], role_first - 1
            affiliation = affiliation or _former_party(lower_role)
        elif lower_role:
            role, affiliation, extent_start = _role_before_name(text, tokens, lower_role, role_first, usable, runs_by_last,
                                                                 affiliation)
    if role is not None and affiliation is None:
        affiliation = _place_before(tokens, first if name_first > first else None)
    if role is not None and role.split()[-1].lower() in naming.KIN_NOUNS:
        affiliation = None  # "Sylvester Stallone's mother Jackie": a relative, no employer
    if role is not None and affiliation and acts_for_person(text, role, affiliation):
        affiliation = None
    if role is None:
        role = _plural_role_over_list(tokens, name_first, last, runs_by_last)
    if role is None:
        front = _set_off_before(text, tokens, first, last, usable, runs_by_last)
        role, affiliation, extent_start = front.role, affiliation or front.affiliation, min(extent_start, front.first)
    affiliation = affiliation or _fronted_employer(text, tokens, first, runs_by_last) or _possessive_employer(text, tokens, first, runs_by_last)
    name_last = last
    tag_aff, after = _party_tag(text, tokens, last)
    if tag_aff:
        affiliation = tag_aff if affiliation is None or affiliation in PARTIES.values() else f"{affiliation}; {tag_aff}"
    app_role, app_aff, extent = _appositive(text, tokens, after, usable)
    reported_by = bool(app_role or app_aff) and _attribution_after_object(text, tokens, extent_start, after, extent)
    if reported_by:
        app_role, app_aff = None, None  # the extent stays, as the attribution's subject is no role of the name
    if app_role or app_aff:
        role = app_role or role
        affiliation = app_aff if not affiliation else (affiliation if not app_aff else f"{app_aff}; {affiliation}")
    elif after > last and not reported_by:
        extent = after
    if tag_aff and after > last and tokens[after].text == ")" and extent == after:
        last = after  # "Rep. Jim Clyburn (D-S.C.) said": the tag closes the subject before the verb
    return Mention(
        MentionKind.PERSON,
        _span(text, tokens, name_first, name_last),
        " ".join(name_words),
        name_first,
        last,
        role=role,
        affiliation=affiliation,
        honorific=title.honorific,
        extent_end=extent,
        extent_start=extent_start,
    )


# heads of a title won in competition: the event or the nation before one is the title's, nobody's employer
TITLE_HEADS = frozenset({"champion"})
# the makers of a work, whose capitalised premodifier names the work ("Harry Potter author", "Simpsons creator"), never
# an employer; a performer's or a producer's is as often a club or a company ("Chelsea star", "BBC producer")
WORK_HEADS = frozenset({"author", "co-author", "creator", "co-creator", "novelist", "playwright", "screenwriter",
                        "lyricist", "illustrator", "librettist"})


# the lowercase words a title won is written with before its head ("defending champion")
TITLE_MODIFIERS = lexicons.name_words("title_modifiers")


def _subject_before(tokens, role_first: int, runs_by_last: dict) -> bool:
    """Whether the capitalised run before a lowercase phrase is a clause's subject, not a title's event: a person's
    name ("Elena Dementieva swept aside …") or a country's ("Iran gave …"), not "Olympic" or "Australian Open"."""
    run = runs_by_last.get(role_first - 1)
    if run is None:
        return False
    words = [t.text for t in tokens[run[0] : run[1] + 1]]
    return words[0].lower() in lexicons.first_names() or (
        len(words) == 1 and country_of(words[0]) is not None and words[0].lower() not in naming.DEMONYMS)


def _title_words(role: str) -> int:
    """Index of the first word of the title a lowercase role ending in a title head holds: past the last word that
    is no title modifier ("swept aside defending champion" -> 2, "defending champion")."""
    words = role.split()
    for k in range(len(words) - 2, -1, -1):
        if words[k] not in TITLE_MODIFIERS and not any(c.isdigit() or c == "-" for c in words[k]):
            return k + 1
    return 0


def _title_run(text: str, tokens, role_first: int, usable: list[bool], runs_by_last: dict) -> tuple[str, int] | None:
    """"Australian Open champion Marat Safin", "European indoor champion Jo Fenn": the capitalised words before a
    title won (its event, its nation) are the title's own, with the title: (the title as written, its first
    token); None when no such run stands right before the lowercase title."""
    run = runs_by_last.get(role_first - 1)
    if run is None or not usable[role_first - 1]:
        return None
    first = _strip_leading(tokens, run[0], run[1])
    if first > run[1] or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens[first:role_first]):
        return None  # "Dementieva swept aside defending champion …": no title's words
    title = text[tokens[first].start : tokens[role_first].start]
    opener = title.split()[0]
    # "Former Wimbledon champion": the qualifier in lowercase, as a role is written
    return (title[0].lower() + title[1:] if opener.lower() in ROLE_QUALIFIERS else title), first


def _attribution_after_object(text: str, tokens, name_start: int, after: int, extent: int) -> bool:
    """"Officers questioned Tom Reed, the police spokesman said.", "… threatened to kill Rep. Ilhan Omar
    (D-Minn.), the U.S. Attorney's Office announced Monday.": a phrase set off after a name the clause's
    verb or preposition governs, whose words run into a finite reporting verb, is the subject of an
    attribution set after the words it reports, not a description of the name. A name that opens its
    clause keeps it ("Tom Reed, the police spokesman said …": a closing comma left out)."""
    verb = next((k for k in range(after + 1, min(extent + 2, len(tokens)))
                 if tokens[k].text in naming.RELATIVES or _attributing_verb(text, tokens, k)), None)
    if verb is None or not _attributing_verb(text, tokens, verb):
        return False  # ", a spokesman who said …": the relative clause is the description's own
    before = tokens[name_start - 1].text if name_start > 0 else ""
    # "said Joshua Osagie, a cocoa farmer … told Reuters": after a reporting verb the name is its subject
    return before.isalpha() and before.islower() and before not in _CLAUSE_OPENING and before not in lexicons.reporting_verbs()


def _attributing_verb(text: str, tokens, k: int) -> bool:
    """A finite reporting verb right after a word of the phrase ("… Office announced"), not a compound's
    participle ("self-described") nor a verb set off by a comma."""
    return finite_reporting_verb(tokens[k].text) and text[tokens[k].start - 1:tokens[k].start] not in ("-", "‐") \
        and tokens[k - 1].text != ","


# words after which a name opens a clause as its subject ("… and Tom Reed, the spokesman, said")
_CLAUSE_OPENING = frozenset({"and", "but", "or", "that", "when", "while", "as", "after", "before", "since", "because",
                             "though", "although", "if", "so", "yet", "once"})


def _plural_role_over_list(tokens, name_first: int, last: int, runs_by_last: dict) -> str | None:
    """"Singer-guitarists Tom Johnston and Patrick Simmons", "actors Tom Hanks, Meg Ryan and …": a
    plural role noun before a list of full names is each one's role, in the singular. None for one
    name ("his aides Tom Hanks" is no list) or a plural that is no role noun ("fans Tom and …")."""
    # the capitalised run holding the name holds the whole list ("Tom Hanks and Meg Ryan")
    run = next(((f, end) for f, end in runs_by_last.values() if f <= name_first and last <= end), (name_first, last))
    listed = any(t.text in (",", "and") for t in tokens[run[0] : run[1] + 1])
    j = run[0]
    while j >= 2 and tokens[j - 1].text in (",", "and") and (earlier := runs_by_last.get(j - 2)) is not None:
        j, listed = earlier[0], True  # back over names listed in runs of their own ("Ann Lee, Tom Dunn")
    if j < 1 or not listed or last - name_first < 1:
        return None
    plural = _hyphen_word(tokens, j - 1)
    start = j - 1 - 2 * plural.count("-")
    word = plural.lower() if start == 0 or plural.islower() else ""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
    return singular if singular and is_rolenoun(singular) else None


# prepositions: a name right after one is no subject ("At a rally in Portsmouth, …"), a clause starting
# with one is no reported content ("in March")
PREPOSITIONS = frozenset("in on at of for with by from to into over under about after before during near across outside inside".split())
# lower-case words that join or follow a name without being a noun it modifies ("Trump and", "Trump said")
NAME_JOINERS = frozenset("and or nor of for at with who from in on to by as than said says told wrote added".split())


def modifies_noun(word: str) -> bool:
    """Whether a lower-case word right after a name makes the name a modifier: "Trump campaign",
    "Concord resident", "an Obama backer"; not "Trump said", "Trump and"."""
    return word[:1].islower() and word not in NAME_JOINERS


def relative_head(mention: Mention, mentions: list[Mention], tokens) -> Mention:
    """The person a relative clause holding this mention is about ("Richard Ross, who spent the
    morning near City Hall, described …" -> Richard Ross), else the mention itself."""
    for other in reversed(mentions):
        if other.last < mention.first and other.kind == MentionKind.PERSON and not other.anonymous:
            between = [t.text for t in tokens[other.last + 1 : mention.first]]
            clause = len(between) >= 2 and between[0] == "," and between[1].lower() == "who"
            if clause and not set(between[2:]) & _CLAUSE_BREAKS:
                return other
    return mention


_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "“", "”", '"', "—", "–"})


def _party_tag(text: str, tokens, last: int) -> PartyTag:
    """ "(D-S.C.)", ", R-Ky.,", "(Vt.)", "(R)": party and state after a name; the last token it covers."""
    m = _PARTY_TAG.match(text, tokens[last].end)
    if m is None:
        return PartyTag(None, last)
    opener, party, place, closer = m.groups()
    if (opener == "(") != (closer == ")"):
        return PartyTag(None, last)
    place_key = (place or "").rstrip(".")
    parts = []
    if party:
        parts.append(PARTIES[party])
    elif place_key in ("D", "R", "I"):
        parts.append(PARTIES[place_key])
        place_key = ""
    if place_key:
        state = US_STATES.get(place_key)
        if state is None and opener == "," and not party:
            return PartyTag(None, last)  # ", Ohio," after a name is a place, not a tag, unless a party is given
        parts.append(state or place_key)
    if not parts or (opener == "," and not party):
        return PartyTag(None, last)
    end = m.end() - 1 if closer == "," else m.end()  # leave a closing comma for an appositive
    k = last
    while k + 1 < len(tokens) and tokens[k + 1].end <= end:
        k += 1
    return PartyTag(", ".join(parts), k)


def _coordinated_roles(tokens: list[str]) -> bool:
    """"the singer and guitarist", "the chairman and chief executive": two lowercase roles of one
    person joined by "and", the second of at most three words, ending the description."""
    k = tokens.index("and")
    second = tokens[k + 1 :]
    return (0 < k and 0 < len(second) <= 3 and all(t.islower() for t in second) and tokens[k - 1].islower()
            and is_rolenoun(tokens[k - 1]) and is_rolenoun(second[-1]))


@lru_cache(maxsize=4096)  # coref asks it of every "the …" prefix of every sentence: phrases repeat
def describe(words: str) -> Description:
    """Role and affiliation of a description that names no one: "the Vermont senator" -> (senator,
    Vermont); "The Republican presidential nominee" -> (presidential nominee, Republican Party);
    "Obama's former campaign strategist" -> (former campaign strategist, Obama); "French President
    X" -> (President, France). (None, None) unless its head is a role noun ("the joint statement")."""
    tokens = re.findall(r"[\w.’'-]+", words)
    if "and" in tokens and not _coordinated_roles(tokens):
        tokens = tokens[: tokens.index("and")]  # "the former secretary of state and current … nominee": the first
    while tokens and tokens[0].lower() in ("the", "this", "that", "a", "an", "his", "her", "their", "its", "my", "our", "your"):
        tokens = tokens[1:]
    tokens = [t for t in tokens if not AGE_DESCRIPTION.fullmatch(t)]  # "the 74-year-old comedian": an age, no office
    if not tokens or tokens[0].lower() in ("both", "all", "many", "some") or _is_honorific(tokens[0]):
        return Description(None, None)  # "both presidential candidates", "Both Mr. King and …": people, not a role
    last_word = tokens[-1]
    if last_word.islower() and last_word.endswith("s") and not last_word.endswith("ss") and is_rolenoun(last_word[:-1]):
        return Description(None, None)  # "black lawmakers", "his advisers": a group, named by its role already
    affiliation = None
    owner = next((i for i, t in enumerate(tokens) if re.search(r"[’']s$", t)), None)
    if owner is not None and owner + 1 < len(tokens) and all(t[:1].isupper() for t in tokens[: owner + 1]):
        affiliation = re.sub(r"[’']s$", "", " ".join(tokens[: owner + 1]))
        tokens = tokens[owner + 1 :]
    caps = 0
    while caps < len(tokens) and tokens[caps][:1].isupper() and not _is_titleword(tokens[caps]):
        caps += 1
    if caps and affiliation is None and names_a_field(" ".join(tokens[:caps])):
        # "a PR expert", "The TV host": a field of work, no body; the role keeps it
        described = describe(" ".join(tokens[caps:]))
        return Description(described.role and f"{' '.join(tokens[:caps])} {described.role}", described.affiliation)
    if caps and affiliation is None:
        prefix = " ".join(tokens[:caps])
        affiliation = PARTIES.get(prefix) or country_of(prefix) or prefix
    rest = tokens[caps:]
    if rest and rest[0][:1].isupper():
        # a capitalised title, then the name ("President François Hollande")
        if not _is_titleword(rest[0]) or len(rest) < 2:
            return Description(None, None)
        end = 1
        while end < len(rest) and (_is_titleword(rest[end]) or rest[end].lower() in ("of", "minister")):
            end += 1
        role = " ".join(rest[:end])
        return Description(role, affiliation) if _is_titleword(rest[end - 1]) and end < len(rest) else Description(None, None)
    head = rest[rest.index("of") - 1] if "of" in rest[1:] else (rest[-1] if rest else "")
    if (head in TITLE_HEADS or head in WORK_HEADS and not country_of(" ".join(tokens[:caps]))) and len(tokens) <= 5:
        # "the European cross-country champion", "the Simpsons creator": the event is the title's, the work its maker's
        return Description(" ".join(tokens), None)
    if not rest or not all(t.islower() for t in rest) or not is_rolenoun(head) or len(rest) > 5:
        return Description(None, None)
    return Description(" ".join(rest), affiliation)

