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
from quotes.extract.sources import finite_reporting_verb
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
    """Offsets of the run written as a whole word sequence."""
    return [m.start() for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text)]


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


def described_companies(text: str) -> frozenset[str]:
    """The runs the article itself says are companies: whose shares trade, or set off by "a/the … firm"."""
    found = {m.group(1) for m in _SHARES_IN.finditer(text)}
    found |= {m.group(1) for m in _DESCRIBED_COMPANY.finditer(text) if m.group(2) in naming.COMPANY_NOUNS}
    return frozenset(name for name in found if name.split()[0].lower() not in lexicons.first_names()
                     and name.split()[0].lower() not in naming.OPENERS)


def _company_by_description(mention: Mention, companies: frozenset[str]) -> bool:
    """A person-typed run with no given name, title or capacity that the article calls a company, or the
    first word of such a run written alone ("Cairn" of "Cairn Energy, a UK oil firm")."""
    if mention.kind != MentionKind.PERSON or mention.anonymous or mention.role or mention.affiliation \
            or mention.honorific or mention.name.split()[0].lower() in lexicons.first_names():
        return False
    return mention.name in companies or any(name.split()[0] == mention.name for name in companies)


def recheck_mentions(text: str, units: tuple[Unit, ...],
                     mentions: tuple[tuple[Mention, ...], ...]) -> tuple[tuple[Mention, ...], ...]:
    """The units' mentions as the whole article shows them: each run it never writes as a person's name
    typed an organisation ("according to the Sioux Falls Argus Leader", "the Muslim Brotherhood" speak
    as bodies, and the beats gold types a work or an event that speaks, "The Da Vinci Code claims", so
    too), and so is each it calls a company ("Shares in Cairn Energy", "Cairn Energy, a UK oil firm");
    a person's name started at its given name, the acronym and words before it their capacity."""
    companies = described_companies(text)
    return tuple(
        tuple(replace(m, kind=MentionKind.ORGANISATION) if never_a_person(m, text) or _company_by_description(m, companies)
              else _peel_front(m, unit)
              for m in unit_mentions)
        for unit, unit_mentions in zip(units, mentions, strict=True)
    )
