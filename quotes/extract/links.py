"""Employers the article states with a verb, in a sentence of their own (the last affiliation reading).

A named speaker with no affiliation takes the organisation the article links them to by a verb of
employment or membership, wherever it says so: "Rohit Gupta edits a group blog called Dogs without
Borders", "After Fiona Hill left the NSC", "She was suspended by Delta" (the sentence before opening with
the speaker), "Boeing sacked Mr Sears", "Kim Ford, who works for the Lakeside Institute". The object must
be a capitalised name that is no place, no person the article names and no date; two different
organisations for one speaker give none (which one they speak for is unknown). A past employer counts:
the annotators give the body a story's dismissed or departed speaker is known by.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.capacity import _named_person
from quotes.extract.document import ArticleDoc
from quotes.extract.sources import DETERMINERS, PREPOSITIONS, agent_noun, country_of, is_rolenoun
from quotes.types import MentionKind, Quote, Speaker

# the verbs that tie a person to the body they work for or belong to, the person their subject
_MEMBER_VERBS = (r"(?:joined|re-joined|rejoined|left|quit|founded|co-founded|runs|ran|heads|headed|edits|edited|"
                 r"(?:works|worked|writes|wrote) (?:for|at)|(?:is |was )?helping with)")
# (a player's "played for" / "signed for" a team is capacity._played_for's, which weighs every team the
# sentence names)
# the verbs that tie them as their object: hired, dismissed or disciplined by their employer
_EMPLOYER_VERBS = r"(?:suspended|sacked|fired|dismissed|hired|employed|recruited|disciplined)"
# the words between the verb and a name, none of which opens a phrase of time or place ("joined the
# club in January" names no January): "a group blog called", "the newly created"
_FILLER = r"(?P<det>(?:the|a|an|his|her|its|their) )?(?P<filler>(?:[a-z][a-z’'-]* ){0,3}?)(?:called |named )?"
# words that open a phrase of time, place or purpose: a verb's object does not run on past one ("joined
# the club in January", "joined the campaign against ISIS")
_PHRASE_OPENERS = PREPOSITIONS | frozenset({"and", "or", "as", "since", "against", "through", "between", "towards", "toward", "within", "like"})
_ORG = r"(?P<org>[A-Z][\w&'’.-]*(?: (?:of|and|for|without|de|the|[A-Z][\w&'’.-]*))*)"
# "who", "who is", "is an Indian blogger who's": a relative clause on the person
_RELATIVE = r"(?:,? (?:(?:is|was) an? (?:[\w-]+ ){1,3})?who(?:'s|’s| is| was| has| had)?)?"
_AUX = r"(?: (?:has|had|have|also|later|then|once))*"
_NON_NAMES = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
_LINK_WORD = re.compile(rf"\b(?:{_MEMBER_VERBS}|{_EMPLOYER_VERBS})\b")  # a sentence that may link someone


def linked_employers(doc: ArticleDoc, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each named person with no affiliation given the one organisation the article links
    them to by a verb (see the module's doc), when there is exactly one."""
    wanting = {s.name for q in quotes for s in q.speakers if _wants(s)}
    if not wanting:
        return quotes
    people = _person_words(doc)
    linked = {name: org for name in wanting if (org := stated_employer(doc, name, people))}

    def takes(s: Speaker) -> bool:
        return _wants(s) and s.name in linked

    return [replace(q, speakers=tuple(replace(s, affiliation=linked[s.name]) if takes(s) else s for s in q.speakers))
            if any(takes(s) for s in q.speakers) else q for q in quotes]


def _wants(s: Speaker) -> bool:
    return _named_person(s) and not s.affiliation


def _person_words(doc: ArticleDoc) -> frozenset[str]:
    """Every person's name the article writes in full, a first name first ("Mike Pence"): an
    object that is one is someone joined, not something ("joined Pence on stage"). A capitalised word
    typed a person on its own ("Delta", "Boeing") may be a company's name."""
    return frozenset(m.name for ms in doc.mentions for m in ms if m.kind == MentionKind.PERSON and len(m.tokens) > 1
                     and m.tokens[0].lower() in lexicons.first_names())


def stated_employer(doc: ArticleDoc, name: str, people: frozenset[str]) -> str | None:
    """The one organisation the article links the named person to by a verb, else None."""
    sentences = [doc.text[unit.start:unit.end] for unit in doc.units]
    surname = name.split()[-1]
    if not any(_LINK_WORD.search(t) and (surname in t or t.startswith(("He ", "She "))) for t in sentences):
        return None  # no sentence could link them: the person's patterns are not worth compiling
    person = _person_pattern(name, people)
    # compiled at most once per person, with and without "He"/"She" as the subject, and only for a
    # sentence that may link them (a pattern string per sentence overflowed re's cache and cost a
    # sixth of the extraction's time)
    compiled: dict[bool, tuple[re.Pattern[str], ...]] = {}
    opens = re.compile(rf"(?:The )?(?:{person})\b")
    found: set[str] = set()
    opener = False  # the sentence before opened with the person: "She" here is them
    for sentence in sentences:
        pronoun, opener = opener, opens.match(sentence) is not None
        if not (_LINK_WORD.search(sentence) and (surname in sentence or (pronoun and sentence.startswith(("He ", "She "))))):
            continue
        if pronoun not in compiled:
            compiled[pronoun] = _link_patterns(person, person + "|(?:He|She)" if pronoun else person)
        for pattern in compiled[pronoun]:
            found.update(org for match in pattern.finditer(sentence) if (org := _linked(match, sentence, people)))
    return next(iter(found)) if len(found) == 1 else None


def _link_patterns(person: str, subject: str) -> tuple[re.Pattern[str], ...]:
    """The link shapes for one person (``subject``: the person, or the person or a pronoun)."""
    return tuple(re.compile(p) for p in (
        rf"(?<!\w)(?:{subject}){_RELATIVE}{_AUX} {_MEMBER_VERBS} {_FILLER}{_ORG}",
        # a second verb of the same subject: "left Globex in 2001 and joined Acme", "edited Harbour Notes
        # before he joined Globex" (two bodies: the person's is no guess)
        rf"(?<!\w)(?:{subject}){_RELATIVE}{_AUX} {_MEMBER_VERBS} [^.;]*? (?:and|before|after|then|but)(?: he| she)?{_AUX} {_MEMBER_VERBS} {_FILLER}{_ORG}",
        rf"(?<!\w)(?:{subject}),?{_RELATIVE}{_AUX} (?:was|were|had been|has been|is) (?:later |then )?{_EMPLOYER_VERBS} by (?:the )?{_ORG}",
        rf"(?:^|(?<=[.;:] ))(?:The )?{_ORG}{_AUX} {_EMPLOYER_VERBS} (?:{person})\b",
    ))


def _linked(match: re.Match[str], sentence: str, people: frozenset[str]) -> str | None:
    """The organisation a link's match names, or None: its object ran past a preposition ("joined the
    campaign against ISIS"), modifies a noun after it ("the Obama administration", "GOP pollster Frank
    Luntz": the name is no employer's own), names people joined ("Rubio joined Democrats in writing a
    bill"), or is no organisation (``_organisation``)."""
    groups = match.groupdict()
    if any(w in _PHRASE_OPENERS or w in DETERMINERS for w in (groups.get("filler") or "").split()):
        return None
    org = _organisation(groups["org"], people)
    if org is None or org in naming.PARTY_NAMES and org.endswith("s") and not groups.get("det"):
        return None
    after = re.match(r"\s+([a-z]+)\b", sentence[match.end("org"):])
    if after and not groups["org"].endswith(("'s", "’s")) and _heads_a_phrase(after.group(1)):
        return None
    return org


def _heads_a_phrase(word: str) -> bool:
    """A noun that a name before it modifies: a role ("GOP pollster"), a doer, an organisation's noun
    ("the Obama administration", "the Clinton campaign")."""
    return is_rolenoun(word) or bool(agent_noun(word)) or word in naming.DESCRIPTION_ORG_HEADS or word in naming.ORG_HEADS


def _person_pattern(name: str, people: frozenset[str]) -> str:
    """The person's full name, or their surname, with a title or not ("Mr Sears", "Sears"); the full name
    only when the article names another person of that surname ("Bill Clinton", "Hillary Clinton")."""
    words = name.split()
    if len(words) > 1 and any(p.endswith(f" {words[-1]}") and p != name for p in people):
        return re.escape(name)
    return rf"{re.escape(name)}|(?:(?:Mr|Ms|Mrs|Miss|Dr)\.? )?{re.escape(words[-1])}"


def _organisation(words: str, people: frozenset[str]) -> str | None:
    """The capitalised run as an organisation's name (trailing lowercase words dropped), or None for a
    place, a person the article names in full, a date."""
    parts = words.split()
    while parts and parts[-1][:1].islower():
        parts.pop()
    if parts and parts[-1].endswith(".") and parts[-1].count(".") == 1:
        parts[-1] = parts[-1][:-1]  # the sentence's full stop, not an abbreviation's ("U.S.")
    if parts:
        parts[-1] = re.sub(r"['’]s$", "", parts[-1])  # "runs the NRA's lobbying arm": the owner employs
    if parts and parts[0] == "The" and len(parts) > 1:
        parts = parts[1:]
    if not parts:
        return None
    head = re.sub(r"['’]s$", "", parts[0])
    named = {w for person in people for w in person.split()}
    if any(w in _NON_NAMES for w in parts) or head in named or parts[-1] in named:
        return None
    if all(country_of(w) or lexicons.is_us_place([w]) for w in parts) or lexicons.is_us_place(parts) \
            or " ".join(parts) in lexicons.places():
        return None
    return " ".join(parts)
