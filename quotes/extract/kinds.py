"""An employer named by its kind: "agency officials", "Company management", "Susanne Risse from the
company", "a spokeswoman for the North Carolina-based bank", "a member of the group" (a post-pass, after
capacity and links).

A source the article ties to an organisation by a kind noun alone ("the bank") speaks for the one
organisation the article itself says is of that kind. The kind's referent is read from the article's own
structure, in this order:

1. the one organisation the source's own sentence, else the article, writes as of that kind: its name
   right after the noun ("German magazine Computer Reseller News", "a recently formed group Doctors for
   Camp Closure") or holding the noun as a word of its own name ("Bank of America", "the state-owned
   People's Bank's customers …, a bank spokesman"); two of that kind give none, a state ("the European
   Union") is no union;
2. else the organisation that opens the source's own sentence as its subject ("NASA plans to spend … on
   its CLPS contracts, agency officials said"; not "…, according to the Labor Department, … company
   executives said");
3. else the story's organisation (named at least twice, and twice as often as any other, before the
   source), when the article calls it "the <kind>" in a sentence that names it or the one after ("Home
   Depot are dropping … after the company cut its guidance. … Company management said …").

A government's or a party's kind ("administration officials", "party officials", "campaign aides") names
no one body in a story of two sides, and is left to the stages that read parties and states; a speaker
with an affiliation keeps it. Reads the document (extract/document.py); adds the affiliation, nothing else.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.capacity import OPENER_KINDS, shared_affiliations
from quotes.extract.document import ArticleDoc
from quotes.extract.sources import country_of
from quotes.types import Mention, MentionKind, Quote, Speaker, SpeakerType

# the kinds that name one body of the story; a state's or a party's side ("administration officials",
# "campaign aides") is another stage's reading
_SIDES = frozenset({"government", "administration", "ministry", "department", "party", "campaign", "court"})
KINDS = frozenset((naming.DESCRIPTION_ORG_HEADS | naming.MEDIA_HEADS | naming.INSTITUTION_HEADS) - _SIDES)
_KIND = "|".join(sorted(KINDS, key=len, reverse=True))
# after a person's name or appositive: "from the magazine", ", a spokeswoman for the North Carolina-based bank",
# ", a member of the group"
_AFTER_NAME = re.compile(
    rf"(?:,? (?:a|an|the) (?:[\w-]+ ){{0,2}}(?:[a-z-]+))? (?:from|for|at|with|of) the (?:[\w-]+ ){{0,3}}?({_KIND})\b(?![\w-])")
# the name a kind noun stands right before ("magazine Computer Reseller News", "group Doctors for Camp Closure")
_NAME_AFTER_KIND = re.compile(
    rf"\b({_KIND}) ((?:The )?[A-Z][\w&'’.-]*(?: (?:of|for|and|[A-Z][\w&'’.-]*))*)")
# a name holding the kind as a word of its own: "People's Bank", "Bank of America", "European Space Agency"
_KIND_IN_NAME = re.compile(
    rf"((?:[A-Z][\w&'’.-]* )*)({'|'.join(sorted((k.capitalize() for k in KINDS), key=len, reverse=True))})\b(?![\w-])"
    rf"((?: (?:of|for)(?: the)?(?: [A-Z][\w&'’.-]*)+)*)")  # "Institute for the Study of Labor"
_DEFINITE = re.compile(rf"\b[Tt]he ({_KIND})\b(?![\w-])(?! [A-Z])")
# a group's own head after the kind noun: "agency officials", "Company management", "bank executives"
_GROUP_HEADS = frozenset({"officials", "executives", "management", "sources", "spokesmen", "spokespeople",
                          "staff", "lawyers", "bosses", "leaders", "managers", "directors", "insiders"})


def kind_referents(doc: ArticleDoc, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each speaker with no affiliation that a kind noun ties to an organisation given the
    organisation of that kind the article states (see the module's doc); a named person's other rows
    then share it (``capacity.shared_affiliations``)."""
    found = False

    def given(s: Speaker) -> Speaker:
        nonlocal found
        kind = _kind_of(doc.text, s)
        body = _referent(doc, kind, s.mention.start) if kind and s.mention is not None else None
        if body is None:
            return s
        found = True
        return replace(s, affiliation=body)

    out = [replace(q, speakers=tuple(given(s) for s in q.speakers)) if any(_wants(s, doc.text) for s in q.speakers) else q
           for q in quotes]
    return shared_affiliations(out) if found else quotes


def _wants(s: Speaker, text: str) -> bool:
    return s.mention is not None and (not s.affiliation or _bare_kind(s.affiliation, text) is not None) \
        and s.type in (SpeakerType.PERSON, SpeakerType.GROUP, SpeakerType.UNKNOWN)


def _bare_kind(affiliation: str | None, text: str) -> str | None:
    """"Festival" of "Festival director Dieter Kosslick said" opening a sentence: a kind noun, capitalised to open
    it, taken for the employer's name; the kind it is, whose referent the article names."""
    word = (affiliation or "").strip()
    if not word or " " in word or not word[1:].islower() or word.lower() not in KINDS:
        return None
    return None if _stands_alone(word, text) else word.lower()


def _stands_alone(word: str, text: str) -> bool:
    """The article writes the word as a name of its own mid-sentence ("at Carrier", "Carrier said"): a body so
    named (Carrier, the air-conditioner maker), not a kind noun capitalised to open a sentence."""
    for found in re.finditer(rf"(?<=[a-z,] ){re.escape(word)}\b(?! [A-Z])", text):
        before = text[max(0, found.start() - 30):found.start()]
        if not re.search(r"(?:[A-Z][\w'’.-]*|\b(?:the|a|an|this|that|its|their))\s$", before):
            return True  # "the Institute said" is the kind's reference, "at Carrier" a name
    return False


def _kind_of(text: str, s: Speaker) -> str | None:
    """The kind noun that ties the speaker to a body: before a group's head ("agency officials", "Company
    management"), opening a person's role ("agency spokesman"), or after a person's name ("from the
    company", ", a spokeswoman for the … bank")."""
    if not _wants(s, text):
        return None
    words = s.name.split()
    if s.type != SpeakerType.PERSON and words and words[-1].lower() in _GROUP_HEADS:
        if len(words) == 2 and words[0].lower() in KINDS:
            return words[0].lower()  # "Company management"
        before = text[max(0, s.mention.start - 30) : s.mention.start].split()
        if len(words) == 1 and before and before[-1].lower() in KINDS:
            return before[-1].lower()  # "agency officials": the noun stands outside the group's name
        return None
    if s.type != SpeakerType.PERSON:
        return None
    if (bare := _bare_kind(s.affiliation, text)) is not None:
        return bare
    role = (s.role or "").lower().split()
    # "Gallery director", "the gallery's director": the possessive names the same kind
    if len(role) > 1 and (head := re.sub(r"['’]s$", "", role[0])) in KINDS:
        return head
    after = _AFTER_NAME.match(text, s.mention.end, min(len(text), s.mention.end + 90))
    return after.group(1) if after else None


def _referent(doc: ArticleDoc, kind: str, before: int) -> str | None:
    """The organisation of that kind the source speaks for, by the module's readings in order."""
    own = doc.units[bisect_right([u.start for u in doc.units], before) - 1]
    for text in (doc.text[own.start:own.end], doc.text):
        written = _written_as(text, kind)
        if written:
            return next(iter(written)) if len(written) == 1 else None  # two of that kind: which one is not said
    # "Company spokesman Tom Hale said": the kind noun opening a sentence names no body of its own
    orgs = [m for ms in doc.mentions for m in ms if _employer(m, kind) and m.span.start < before
            and (m.name.lower() != kind or kind not in OPENER_KINDS)]
    opening = next((m for m in orgs if m.span.start >= own.start and m.first <= 1), None)
    if opening is not None:
        return opening.name  # the sentence's subject: "NASA plans … on its CLPS contracts, agency officials said"
    story = _story_organisation(doc.text[:before], {m.name for m in orgs})
    return story if story is not None and _called_so(doc, kind, story, before) else None


def _story_organisation(before: str, names: set[str]) -> str | None:
    """Of the names, the one written at least twice and twice as often as any other (each counted where
    the article writes it, whatever a mention there was typed: "Home Depot reported")."""
    counts = Counter({name: len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", before)) for name in names})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _called_so(doc: ArticleDoc, kind: str, name: str, before: int) -> bool:
    """Whether the article calls the organisation "the <kind>" in a sentence that names it, or the one
    after ("… Home Depot are dropping … after the company cut its guidance"), before the source."""
    starts = [u.start for u in doc.units]
    for match in _DEFINITE.finditer(doc.text, 0, before):
        if match.group(1) != kind:
            continue
        index = bisect_right(starts, match.start()) - 1
        if any(name in doc.text[u.start:u.end] for u in doc.units[max(0, index - 1) : index + 1]):
            return True
    return False


def _written_as(text: str, kind: str) -> set[str]:
    """The organisations the text writes as of that kind: right after the noun ("magazine Computer Reseller
    News"), or with the noun a word of their own name ("Bank of America", "the state-owned People's Bank's")."""
    names = {n for m in _NAME_AFTER_KIND.finditer(text) if m.group(1) == kind and _a_name(n := _trimmed(m.group(2)))}
    return names | {n for m in _KIND_IN_NAME.finditer(text) if m.group(2).lower() == kind and (m.group(1) or m.group(3))
                    and (n := _owned(_trimmed(m.group(0)))) and n.split()[0].lower() not in naming.CALENDAR_WORDS
                    and ". " not in n  # "… on Thursday. Festival director …": a sentence's end, no name
                    and not country_of(n)}  # a state is no body of the kind ("the European Union" of "the union")


def _owned(name: str) -> str:
    """A name without a place's possessive before it ("Britain's Bank of England" -> "Bank of England"),
    a name's own possessive kept ("People's Bank")."""
    first, _, rest = name.partition(" ")
    place = re.sub(r"['’]s$", "", first)
    return rest if rest and place != first and (country_of(place) or lexicons.is_us_place([place])) else name


def _trimmed(run: str) -> str:
    """A name out of a capitalised run: lowercase joining words at its end dropped ("Doctors for Camp
    Closure and" -> "Doctors for Camp Closure"), a leading "The" too."""
    words = run.split()
    while words and words[-1][:1].islower():
        words.pop()
    if words and words[0] == "The":
        words = words[1:]
    return " ".join(words).rstrip(".")


_JOINERS = frozenset({"of", "for", "and", "the", "de"})


def _a_name(name: str) -> bool:
    """A body's name, not a place, a day or a common word capitalised ("the agency Friday", "a group in
    Texas" reads no name)."""
    words = name.split()
    if any(w[:1].islower() and w not in _JOINERS for w in words):
        return False  # "Company management": a kind and its people, no name
    if not words or country_of(words[0]) or lexicons.is_us_place(words) or words[0].lower() in naming.CALENDAR_WORDS:
        return False
    return len(words) > 1 or words[0].lower() not in lexicons.common_words()


def _employer(m: Mention, kind: str) -> bool:
    """An organisation mention that may employ the source: no news outlet unless the kind is one."""
    if m.kind != MentionKind.ORGANISATION:
        return False
    return m.name not in lexicons.media() or kind in naming.MEDIA_HEADS
