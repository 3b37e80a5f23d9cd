"""What the whole article shows a name to be: a careful reader's check over the mentions `sources` found.

`sources` types a capitalised run by its own words and the few words around it, one sentence at a time.
A reader also knows how the article writes the same run everywhere else. A person's name is never
written after "the" ("the Muslim Brotherhood", "The Two Ronnies Sketchbook", "the Doobie Brothers") nor
as the tail of an institution's "X of ..." name ("the Department of Homeland Security"); a run of two or
more words that the article writes only so, with no given name, title or capacity showing a person, names
a body, a work, a law or an event, not a person, and a later "he" or "she" must not go back to it.
Typed an organisation, it still speaks when the article makes it ("according to the Argus Leader").

A person's name starts at its given name: in a run that opens with an acronym and holds a given name
before the surname ("NASA Administrator Jim Bridenstine", "DJ Lisa I'Anson"), the words before the given
name are the person's capacity, the acronym heading more words the employer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.coref import AUXILIARIES, party_label
from quotes.extract.sources import country_of, finite_reporting_verb, is_place_name, is_rolenoun
from quotes.types import Mention, MentionKind, Span, Unit

# the words right before an occurrence that make it part of a longer name: a determiner "the", or a
# capitalised head and "of" ("Department of", "Bank of")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OF_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'-]*\s+of\s+$")
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# words that may follow a whole name and open what comes next, not a noun the name modifies
_CLAUSE_OPENERS = frozenset({"and", "or", "but", "nor", "which", "who", "whose", "that", "as", "than", "when",
                             "where", "while", "because", "if", "since"})


def _occurrences(name: str, text: str) -> list[int]:
    """Offsets of the run written as a whole word sequence: no letter, digit, hyphen or apostrophe right before,
    no letter, digit or hyphen right after (a scan with str.find: a pattern compiled per name costs more than
    the whole reading of a short article)."""
    found, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and (before.isalnum() or before in "_’'-")) and not (after and (after.isalnum() or after in "_-")):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _inside_longer_name(offset: int, text: str) -> bool:
    before = text[max(0, offset - 40):offset]
    return bool(_THE_BEFORE.search(before) or _OF_NAME_BEFORE.search(before))


def _modifies_a_noun(name: str, offset: int, text: str) -> bool:
    """"the Bernie Sanders campaign", "the Stephen King adaptation": a lowercase word right after the run
    that is neither its verb nor a word opening a phrase or clause is the noun the run premodifies, and a
    person's name may premodify a noun after "the"."""
    after = _WORD_AFTER.match(text, offset + len(name))
    if after is None:
        return False
    word = after.group(1)
    # a verb in -s is left a noun: "series", "news" and "Two Ronnies star" read alike, and calling a
    # verb a noun only keeps an occurrence out of the count
    verb = finite_reporting_verb(word) or word.endswith("ed")
    return not (word in naming.HEADLINE_FUNCTION_WORDS or word in _CLAUSE_OPENERS or verb)


def _subject_of_a_verb(name: str, offset: int, text: str) -> bool:
    """"the Hunting Act ruled invalid", "The Doobie Brothers are touring": a run a verb follows stands as
    a subject, which coref's own reading of organisations (and its "it") takes up if typed one; a law
    or a show is no "it" that speaks, so such a run is left as sources typed it."""
    after = _WORD_AFTER.match(text, offset + len(name))
    word = after.group(1) if after else ""
    return bool(word) and (word in AUXILIARIES or finite_reporting_verb(word) or word.endswith("ed"))


def never_a_person(mention: Mention, text: str) -> bool:
    """A person-typed run of two or more words with no given name first and no title, honorific or
    capacity stated, that the article writes as a whole name only after "the" or "X of". An occurrence
    before a lowercase noun ("a new Two Ronnies series", "the Stephen King adaptation") is a modifier
    and says nothing either way, so a name the article writes only so stays a person's."""
    if mention.kind != MentionKind.PERSON or mention.anonymous:
        return False
    if mention.role or mention.affiliation or mention.honorific:
        return False
    words = mention.name.split()
    if len(words) < 2 or words[0].lower() in lexicons.first_names() or party_label(mention.name):
        return False  # "the Lib Dems": a party's label, which coref types and names as a party
    heads = [o for o in _occurrences(mention.name, text) if not _modifies_a_noun(mention.name, o, text)]
    if any(_subject_of_a_verb(mention.name, o, text) for o in heads):
        return False
    return bool(heads) and all(_inside_longer_name(o, text) for o in heads)


def _name_start(mention: Mention) -> int | None:
    """"NASA Administrator Jim Bridenstine", "DJ Lisa Hanson": the word where a person's name starts inside
    a run that opens with an acronym (an employer or an occupation) and holds a given name before the
    surname; None when the run opens with a given name or shows no acronym before one."""
    if mention.kind != MentionKind.PERSON or mention.anonymous or mention.role or mention.affiliation:
        return None
    words = mention.name.split()
    given = lexicons.first_names()
    if len(words) < 3 or words[0].lower() in given or not _acronym(words[0]):
        return None
    at = next((i for i in range(1, len(words) - 1) if words[i].lower() in given), None)
    if at is None or not all(w[:1].isupper() for w in words[:at]):
        return None
    return at


def _acronym(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _peel_front(mention: Mention, unit: Unit) -> Mention:
    """The mention with the words before its given name as its capacity: an acronym heading more
    words is the employer ("NASA" of "NASA Administrator"), the rest the role ("Administrator", "DJ")."""
    at = _name_start(mention)
    if at is None:
        return mention
    words = mention.name.split()
    start = mention.span.start + len(" ".join(words[:at])) + 1
    first = next((i for i, t in enumerate(unit.tokens) if t.start == start), None)
    if first is None or first > mention.last:
        return mention
    front = words[:at]
    affiliation = front[0] if len(front) > 1 else None
    role = " ".join(front[1:] if len(front) > 1 else front)
    name = " ".join(words[at:])
    return replace(mention, name=name, span=Span(start, mention.span.end, name), first=first, role=role,
                   affiliation=affiliation, extent_start=mention.first if mention.extent_start is None else mention.extent_start)


_RUN = r"[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3}"
# "Shares in Cairn Energy", "shares of Wal-Mart": whose shares they are is a company
_SHARES_IN = re.compile(rf"\b[Ss]hares (?:in|of) ({_RUN})")
# "Cairn Energy, a UK oil firm, …", "Apacs, the banking industry body": a company noun heads the appositive
_DESCRIBED_COMPANY = re.compile(rf"({_RUN}), (?:a|an|the) (?:[\w’'-]+ ){{0,4}}?([a-z-]+)(?=[,.;:)]| (?:of|in|that|which|based)\b)")

# "a small UK-based electronics firm, Montrose Secam, to produce": the appositive is the company's name; not
# after "of" ("The head of the Naftohaz company, Yury Boyko, said": the head's name)
_COMPANY_THEN_NAME = re.compile(r"(?<![Oo]f )\b(?:a|an|the) (?:[\w’'-]+ ){0,4}?([a-z-]+), ([A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})(?=[,.;:)])")


def described_companies(text: str) -> frozenset[str]:
    """The runs the article itself says are companies: whose shares trade, or set off by "a/the … firm"
    after them or before them."""
    found = {m.group(1) for m in _SHARES_IN.finditer(text)}
    found |= {m.group(1) for m in _DESCRIBED_COMPANY.finditer(text) if m.group(2) in naming.COMPANY_NOUNS}
    found |= {m.group(2) for m in _COMPANY_THEN_NAME.finditer(text) if m.group(1) in naming.COMPANY_NOUNS}
    return frozenset(name for name in found if name.split()[0].lower() not in lexicons.first_names()
                     and name.split()[0].lower() not in naming.OPENERS)


def _company_by_description(mention: Mention, companies: frozenset[str]) -> bool:
    """A person-typed run with no given name, title or capacity that the article calls a company, or the
    first word of such a run written alone ("Cairn" of "Cairn Energy, a UK oil firm")."""
    if mention.kind != MentionKind.PERSON or mention.anonymous or mention.role or mention.affiliation \
            or mention.honorific or mention.name.split()[0].lower() in lexicons.first_names():
        return False
    return mention.name in companies or any(name.split()[0] == mention.name for name in companies)


# "Euronext chief Jean-Francois Theodore", "Nationwide economist Alex Bannister":
# the word right before a role noun that a name follows is the person's employer (a possessive is as often a
# person's: "Edu's brother and representative Amadeo Fensao")
_EMPLOYER_BEFORE_ROLE = re.compile(r" ((?:[a-z-]+ )?)([a-z-]+|Chief|Executive) [A-Z]")
_NOT_A_MODIFIER = frozenset({"from", "of", "for", "to", "in", "at", "on", "by", "with", "the", "a", "an", "and", "or", "as"})
_OWNED_BEFORE = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$", re.IGNORECASE)  # "her Oscar from actor Jeremy Irons"
# "Belle and Sebastian", "Marks & Spencer", "Bank of England": a word inside a longer name
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")  # "CSOs", "MPs": people
_JOINED_BEFORE = re.compile(r"(?:\band|&|\bof)\s+$")
# "Chelsea have sacked Adrian Mutu": one word that takes a plural verb is a team or a company, no person
_PLURAL_VERB = re.compile(r" (?:have|are|were)\b")
_CLAUSE_BEFORE = re.compile(r"(?:,|\bthat|\bbut|\bwhile|\bas|\bwhen|\bbecause|\bafter|\bbefore|\bsince|\balthough|\bthough)\s+$", re.IGNORECASE)


def _body_by_use(mention: Mention, text: str, seen: dict[str, bool] | None = None) -> bool:
    """A person-typed single word, with no given name, title or capacity, that the article never writes as
    part of a person's name (after a capitalised word or an honorific) and uses as a body: an employer
    written before a role and a name ("Nationwide economist Alex Bannister", "Euronext chief Jean-Francois
    Theodore"; a place says where one is from: "Florida state archivist Jody Norman"), or a subject of a
    plural verb ("Chelsea have sacked Adrian Mutu"; a demonym is people, "the Dutch are", and so is a plural,
    "Millennials are", "Russians say"). A common surname
    before a role ("Bush spokesman Scott McClellan") is a person's; a word written only to open a sentence
    ("Revenues were") or inside a longer name ("Belle and Sebastian are") is neither."""
    if mention.kind != MentionKind.PERSON or mention.anonymous or mention.role or mention.affiliation \
            or mention.honorific or len(mention.name.split()) != 1 or _PLURAL_ACRONYM.match(mention.name):
        return False
    if seen is None:
        return _used_as_body(mention.name, text)
    if mention.name not in seen:
        seen[mention.name] = _used_as_body(mention.name, text)
    return seen[mention.name]


def _used_as_body(name: str, text: str) -> bool:
    """The article's use of one word as a body (``_body_by_use``), whatever mention asks."""
    offsets = _occurrences(name, text)
    if not offsets or any(_after_a_name(text, o) for o in offsets) or _common_noun(name, text, offsets):
        return False
    for o in offsets:
        if _JOINED_BEFORE.search(text[max(0, o - 6):o]):
            continue
        after = text[o + len(name):o + len(name) + 60]
        employer = _EMPLOYER_BEFORE_ROLE.match(after)
        if employer and is_rolenoun(employer.group(2)) and employer.group(2) not in naming.KIN_NOUNS \
                and employer.group(1).strip() not in _NOT_A_MODIFIER and not _OWNED_BEFORE.search(text[max(0, o - 8):o]) \
                and not _common_surname(name) and not _a_place(name):
            return True
        if _PLURAL_VERB.match(after) and _opens_clause(text, o) and not _demonym(name) and not name.endswith("s"):
            return True
    return False


def _common_noun(word: str, text: str, offsets: list[int]) -> bool:
    """A common noun capitalised to open a sentence: the article writes it in lower case too, or writes it
    only to open sentences and as a plural ("Revenues were"; a team or a firm is written mid-sentence too)."""
    if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
        return True
    return word.endswith("s") and all(_opens_sentence(text, o) for o in offsets)


def _opens_sentence(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n:"


def _opens_clause(text: str, offset: int) -> bool:
    """The word stands first in its sentence or clause ("Historians in Florida have" is no subject "Florida")."""
    return _opens_sentence(text, offset) or bool(_CLAUSE_BEFORE.search(text[max(0, offset - 12):offset]))


def _a_place(word: str) -> bool:
    """A place by the gazetteers (``sources.is_place_name``), a US place or a world city even where it is also a
    given name ("Florida state archivist"): before a role it says where one is from."""
    return is_place_name(word) or word in lexicons.us_places() or word in lexicons.name_words("world_cities")


def _demonym(word: str) -> bool:
    """"Dutch", "Russians": a people's name (a country's own name, "England have won", is its team)."""
    country = country_of(word) or (country_of(word[:-1]) if word.endswith("s") else None)
    return country is not None and country != word  # "Russians are", "African-Americans have": people


def _after_a_name(text: str, offset: int) -> bool:
    """An occurrence written as part of a longer name: after a capitalised word or an honorific on its line."""
    before = re.search(r"([A-Z][\w’'-]*\.?)[ \t]+$", text[max(0, offset - 30):offset])
    if before is not None and before.group(1).endswith(".") and len(before.group(1)) > 2 \
            and before.group(1)[:-1].lower() not in lexicons.words("honorifics"):
        return False  # "… Bannister. Nationwide said": a sentence's end, no honorific nor initial ("Benjamin L. Cardin")
    if before is not None and re.fullmatch(r"[A-Z]\.", before.group(1)):
        return True  # "Benjamin L. Cardin": an initial
    return before is not None and not before.group(1).isupper() and before.group(1).lower() not in naming.OPENERS


def _common_surname(word: str) -> bool:
    """A surname among the commonest (a person's name before a role: "Bush spokesman Scott McClellan")."""
    rank = lexicons.surname_ranks().get(word.lower())
    return rank is not None and rank <= lexicons.PLACE_OVER_SURNAME_RANK


def recheck_mentions(text: str, units: tuple[Unit, ...],
                     mentions: tuple[tuple[Mention, ...], ...]) -> tuple[tuple[Mention, ...], ...]:
    """The units' mentions as the whole article shows them: each run it never writes as a person's name
    typed an organisation ("according to the Sioux Falls Argus Leader", "the Muslim Brotherhood" speak
    as bodies, and the beats gold types a work or an event that speaks, "The Da Vinci Code claims", so
    too), and so is each it calls a company ("Shares in Cairn Energy", "Cairn Energy, a UK oil firm");
    a person's name started at its given name, the acronym and words before it their capacity; a single word
    the article uses as a body ("Chelsea have sacked") too."""
    companies = described_companies(text)
    bodies: dict[str, bool] = {}  # a name's use is the article's: read once per name, not once per mention

    def body(m: Mention) -> bool:
        return _body_by_use(m, text, bodies)

    return tuple(
        tuple(replace(m, kind=MentionKind.ORGANISATION)
              if never_a_person(m, text) or _company_by_description(m, companies) or body(m)
              else _peel_front(m, unit)
              for m in unit_mentions)
        for unit, unit_mentions in zip(units, mentions, strict=True)
    )
