"""A person the extraction names by surname alone gets the full name the article gives them.

Coreference links "Keegan said" to "Kevin Keegan" when it met the full name as a mention it keeps (a
speaker, a subject). Where the article gives the full name only elsewhere -- as an object ("impressed
manager Kevin Keegan"), after a preposition ("performed with Eric Clapton"), inside someone's quote
("under Tony Blair and Gordon Brown") -- the speaker stayed "Keegan". A reader wants the full name: it is
the one full name of that surname the article writes, a given name (from the given-name list) right
before the surname. Two people of one surname ("Gary Neville", "Phil Neville") leave it as it is. A rank and a
surname ("Lord Kinnock", "Baroness Boothroyd") is read as the surname alone (8 of 54 such speakers on the corpus
have their full name in the article).
Counted on 1,934 unannotated BBC stories (session 11): 29 speakers kept a surname alone though the article
gives a full name; this gives the full name to those whose word before is a given name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.document import ArticleDoc
from quotes.types import Quote, Speaker, SpeakerType


def full_names(doc: ArticleDoc, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each person speaker named by one word given the one full name the article writes for it."""
    found: dict[str, str] = {}

    def completed(speaker: Speaker) -> Speaker:
        surname = _titled_surname(speaker.name) if speaker.type == SpeakerType.PERSON else None
        if surname is None and (speaker.type != SpeakerType.PERSON or " " in speaker.name or not speaker.name[:1].isupper()):
            return speaker
        if speaker.name not in found:
            found[speaker.name] = the_full_name(doc.text, surname or speaker.name) or speaker.name
        return replace(speaker, name=found[speaker.name])

    return [replace(q, speakers=tuple(completed(s) for s in q.speakers)) if q.speakers else q for q in quotes]


def the_full_name(text: str, surname: str) -> str | None:
    """The one "<given name> <surname>" the text writes ("Kevin Keegan" for "Keegan"), else None."""
    names = set()
    for match in re.finditer(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(surname)}\b(?!['’-]?\w)", text):
        given = match.group(1)
        first = given.split("-")[0].lower()  # "Anne-Marie": the list holds its first part
        if first in lexicons.first_names() and given.lower() not in naming.CALENDAR_WORDS and given not in RANK_TITLES \
                and given.lower() not in lexicons.reporting_verbs():  # "Said Comey:" opens with the verb
            names.add(f"{given} {surname}")
    return names.pop() if len(names) == 1 else None


# titles of rank that British copy writes before a surname alone ("Lord Kinnock", "Baroness Boothroyd")
RANK_TITLES = frozenset({"Lord", "Lady", "Baroness", "Baron", "Sir", "Dame"})


def _titled_surname(name: str) -> str | None:
    """The surname of a name written as a rank and a surname ("Lord Kinnock" -> "Kinnock"): the peer is the
    "<given name> <surname>" the article names elsewhere ("Neil Kinnock"), as a surname alone is; None otherwise."""
    words = name.split()
    return words[1] if len(words) == 2 and words[0] in RANK_TITLES and words[1][:1].isupper() else None


# a name and its initials in brackets right after it ("the Royal Academy of Dance (RAD)", "Council of Mortgage
# Lenders (CML)"): the article's own definition of an acronym
_DEFINED = re.compile(r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|for|and|on|the|&)\s+){0,2}){1,8})\(([A-Z][A-Za-z&]{1,7})\)")


def defined_initials(text: str) -> dict[str, str]:
    """The acronyms the article defines, each to its full name: the initials of the name's capitalised words (a
    link word's, "of", "and", optional) spell it in order ("NIESR": National Institute of Economic and Social
    Research). An acronym defined twice differently is left out."""
    found: dict[str, set[str]] = {}
    for match in _DEFINED.finditer(text):
        acronym = match.group(2)
        words = match.group(1).split()
        words[-1] = re.sub(r"['’]s?$", "", words[-1])  # "Incomes Data Services' (IDS)": the name without the possessive
        for start in range(len(words)):  # the shortest tail of the run that spells it ("said the BBC's … (RAD)")
            name = words[start:]
            if name[0].lower() in naming.NAME_LINKS or not naming.spells(acronym, name):
                continue
            found.setdefault(acronym, set()).add(" ".join(name))
            break
    return {acronym: names.pop() for acronym, names in found.items() if len(names) == 1}


def spelled_out(doc: ArticleDoc, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each speaker and affiliation the article names by initials it defines given the full name ("The
    RAD said" -> Royal Academy of Dance): a fact-checker reads one canonical name per body."""
    names = defined_initials(doc.text)
    if not names:
        return quotes

    def full(speaker: Speaker) -> Speaker:
        name = names.get(speaker.name, speaker.name)
        affiliation = names.get(speaker.affiliation, speaker.affiliation) if speaker.affiliation else speaker.affiliation
        return speaker if (name, affiliation) == (speaker.name, speaker.affiliation) else replace(speaker, name=name, affiliation=affiliation)

    return [replace(q, speakers=tuple(full(s) for s in q.speakers)) if q.speakers else q for q in quotes]
