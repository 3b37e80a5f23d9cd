"""Who, in what capacity: an affiliation the article gives by reference (the last stage before freezing).

Two readings, for a speaker with no affiliation:
- the role names its employer by a head noun only ("WeWork is headquartered in New York. A company
  spokesperson said …": "company", "agency", "party"): the employer is the organisation of that kind the
  article named last before the quote, in the quote's sentence or the one before (a party: within
  ``ExtractSettings.reference_paragraphs`` paragraphs); never a news outlet (the medium, "told NBC News");
- a group's or an institution's own name holds the body it belongs to ("White House advisers", "China's
  commerce ministry"), when its head holds an office or a job ("Indiana protesters" do not).
Reads the document's mentions (extract/document.py); adds the affiliation, nothing else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.document import ArticleDoc
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.extract.sources import (
    DETERMINERS,
    PLACE_COMPOUNDS,
    PREPOSITIONS,
    acts_for_person,
    country_of,
    is_place_name,
    is_residence,
    is_rolenoun,
    names_an_organisation,
)
from quotes.types import Mention, MentionKind, Quote, Speaker, SpeakerType, Unit

REFERENCE_HEADS = naming.DESCRIPTION_ORG_HEADS  # "company", "agency", "party", "club", "bank", …
PARTY_HEADS = frozenset({"party"})
# the kind nouns any organisation may be called by ("chairman of the organisation", "a spokesman for the company");
# a union, a court or a council is one of its own kind, not whichever body the article named last
GENERIC_BODIES = frozenset({"organisation", "organization", "company", "firm", "group", "body", "agency", "charity"})
# the kinds whose noun opening a sentence ("Company spokesman …", "Union leader …") names no body, nor stands for the
# one named before; "Party chief executive Lord Rennard" is his party's, "Committee chairman" the committee's
OPENER_KINDS = GENERIC_BODIES | naming.COMPANY_NOUNS | {"union"}


def by_reference(doc: ArticleDoc, unit: Unit, speaker: Speaker, settings: ExtractSettings = DEFAULT_SETTINGS) -> Speaker:
    """The speaker with the affiliation its role refers to ("company spokesperson" -> the company the
    article named last) or its own name holds ("White House advisers"), or the speaker unchanged."""
    if speaker.affiliation and (speaker.affiliation.startswith("unnamed ") or _place_compound(speaker.affiliation)
                                or speaker.role and speaker.role.split()[-1].lower() in naming.KIN_NOUNS
                                and not is_place_name(speaker.affiliation)
                                or speaker.role and acts_for_person(doc.text, speaker.role, speaker.affiliation)):
        # "An executive spokesman": another unnamed source is no body one speaks for; "a US-based insurance expert":
        # where one works, not whom for; "the daughter of President Bill Clinton": a relative, no employer (a country
        # stays: a royal's); "Carlineo's attorney, Sonya Zoghlin": her client, a person, no employer
        speaker = replace(speaker, affiliation=None)
    if (owner := named_within(speaker) or named_within(_with_premodifier(doc.text, speaker))
            or _body_after_group(doc.text, speaker)) is not None:
        return replace(speaker, affiliation=owner)
    if _origin_only(doc.text, speaker):
        return replace(speaker, affiliation=None)
    written = _name_written(doc.text, speaker) if speaker.type == SpeakerType.PERSON and not speaker.affiliation else []
    if (owner := _possessor_before(doc, speaker, written) or _speaking_for(doc.text, speaker, written)) is not None:
        return replace(speaker, affiliation=owner)
    before = speaker.mention.start if speaker.mention is not None else unit.end
    head = _reference_head(speaker) or _possessive_head(doc.text, speaker, before)
    if head is None and (body := _body_by_last_word(doc, speaker, before)) is not None:
        return replace(speaker, affiliation=body)
    if head is None and _owner_noun_after(unit, doc.mentions[unit.index], speaker):
        body = _subject_organisation(doc, unit, before, owned=True)
        return replace(speaker, affiliation=body) if body else speaker
    if head is None and (owner := _possessive_owner(doc.text, speaker, before)) is not None:
        return replace(speaker, affiliation=owner)
    if head is None and (body := _its_body(doc, unit, speaker)) is not None:
        return replace(speaker, affiliation=body)
    if head is None and _corporate_office(speaker):
        # a club is a company whose name the rules type by its use, not by an organisation's mention ("Blackburn
        # have rejected a third bid ... chief executive John Williams")
        company = _story_company(doc, unit, before, settings.reference_paragraphs) \
            or _story_team(doc.text[:before], clubs=True) or _story_bare_company(doc, unit, before, settings.reference_paragraphs)
        return replace(speaker, affiliation=company) if company else speaker
    if head is None and (team := _played_for(doc.text, speaker)) is not None:
        return replace(speaker, affiliation=team)
    if head is None and (kind := office_kind(speaker)) is not None:
        body = _story_state(doc.text[:before], doc.text) if kind == "state" else _STORY_BODY[kind](doc.text[:before])
        return replace(speaker, affiliation=body) if body else speaker
    if head is None and _bare_body_office(speaker):
        body = _subject_organisation(doc, unit, before)
        return replace(speaker, affiliation=body) if body else speaker
    if head is None and (body := _with_post(doc, unit, speaker)) is not None:
        return replace(speaker, affiliation=body)
    if head is None and _opening_body_office(doc, unit, speaker):
        # a legislature's or a government's chairman chairs a committee of it, not the body
        body = _subject_organisation(doc, unit, before)
        body = body if body and not set(body.lower().split()) & _STATE_BODY_WORDS else None
        return replace(speaker, affiliation=body) if body else speaker
    if head is None or head not in PARTY_HEADS and speaker.role.lower() not in doc.text[unit.start:unit.end].lower():
        # an employer's role read where it is written: a named person's role stated paragraphs away
        # ("Pruzan, the firm's co-founders") refers to the firm named there, not to the last one before a
        # later quote; a party is one through the story ("party Chairman Reince Priebus")
        return speaker
    employer = _last_named(doc, unit, before, head, settings.reference_paragraphs)
    return replace(speaker, affiliation=employer) if employer else speaker


def _place_compound(affiliation: str) -> bool:
    """A place joined to a participle ("US-based", "Indian-born"): where one is or comes from, no body."""
    return "-" in affiliation and affiliation.rsplit("-", 1)[1] in PLACE_COMPOUNDS | {"born"}


def named_within(speaker: Speaker) -> str | None:
    """The body a group's or an institution's name says it belongs to: "White House advisers" -> White
    House, "US officials" -> United States, "senior Conservative members" -> Conservative, "China's
    commerce ministry" -> China. Capitalised words before a lowercase head, none of them a common word
    capitalised only to open a sentence ("Senior", "Rival"); a person's possessive gives none ("Trump's
    supporters")."""
    if speaker.type not in (SpeakerType.GROUP, SpeakerType.ORGANISATION) or speaker.affiliation:
        return None
    words = [w for w in speaker.name.split() if w.lower() not in DETERMINERS]
    # a common word capitalised to open the sentence ("Senior"), not an acronym that spells one ("US officials")
    start = 1 if words and words[0][1:].islower() and words[0].lower() in lexicons.common_words() else 0
    caps = start
    while caps < len(words) and words[caps][:1].isupper():
        caps += 1
    owner, head = words[start:caps], words[caps:]
    if not owner or not head or not all(w.islower() for w in head):
        return None
    label = " ".join(owner)
    possessive = re.sub(r"['’]s?$", "", label)
    personal = possessive.lower() in lexicons.surnames() and not (country_of(possessive) or lexicons.is_us_place([possessive]))
    if len(owner) == 1 and (possessive.lower() in REFERENCE_HEADS or personal):
        return None  # "Party leaders": no name; "Sanders delegates", "Clinton supporters": a person's
    if possessive != label:
        if not (country_of(possessive) or names_an_organisation(possessive.split())):
            return None  # "Trump's supporters", "Rudolph's supporters": a person's, no employer
    elif speaker.type == SpeakerType.ORGANISATION:
        return None  # "the Jordanian government": the premodifier is part of the institution's name
    elif not _employs(head[-1]) and naming.PARTY_NAMES.get(label) is None:
        return None  # "Indiana protesters", "European firms", "Twitter users": not whom they work for
    return naming.PARTY_NAMES.get(possessive) or country_of(possessive) or possessive


# plurals for the people who speak for a body without holding a named office in it ("Russian authorities",
# "Senate sources", "Labour insiders"); closed class, by hand
BODY_PEOPLE = frozenset({"authorities", "sources", "insiders"})


_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w&’'-]* ){1,3})$")


def _with_premodifier(text: str, speaker: Speaker) -> Speaker:
    """A group whose mention left out the capitalised words right before it ("Labour sources said": the
    mention is "sources"), with those words put back into its name, for ``named_within`` to read."""
    if speaker.type != SpeakerType.GROUP or speaker.mention is None or speaker.name != speaker.mention.text:
        return speaker
    run = _CAPITALISED_BEFORE.search(text[max(0, speaker.mention.start - 60):speaker.mention.start])
    if run is None or "-" in run.group(1).split()[-1]:
        return speaker  # "Washington-based analysts": a compound adjective of place, no body
    return replace(speaker, name=run.group(1) + speaker.name)


_BODY_AFTER = re.compile(r"\s+(?:at|from|of|with)\s+(?:the\s+)?((?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|for|and|&))*)")


def _body_after_group(text: str, speaker: Speaker) -> str | None:
    """"economists at PricewaterhouseCoopers said", "researchers from Leeds University found", "the remaining
    members of Korn said": a group of people who hold a job, named with the body right after them, work for it;
    not a place or a country ("ministers from European countries", "officials in Ohio"), nor a person ("lawyers
    for Mr Fawcett" act for a client)."""
    if speaker.type != SpeakerType.GROUP or speaker.affiliation or speaker.mention is None:
        return None
    head = speaker.name.split()[-1].lower()
    if not _employs(head):
        return None
    found = _BODY_AFTER.match(text, speaker.mention.end)
    if found is None:
        return None
    words = found.group(1).split()
    ends = next((i for i, w in enumerate(words) if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w)), None)
    if ends is not None:  # "researchers at BDO Stoy Hayward. The Bank …": the name ends with its sentence
        words = words[:ends] + [words[ends].rstrip(".")]
    while words and words[-1] in ("of", "for", "and", "&"):
        words.pop()
    body = " ".join(words)
    first = words[0].lower() if words else ""
    if words and (re.search(r"['’]s?$", words[-1]) or "-" in words[-1]):
        return None  # "representatives of Epstein's family", "of Washington-based firms": a modifier, the body unnamed
    if not words or country_of(body) or is_residence(words) or first in naming.DEMONYMS \
            or first in lexicons.first_names() or first in lexicons.words("honorifics"):
        return None
    return body


def _employs(plural: str) -> bool:
    """A plural head whose people hold an office or a job ("officials", "advisers", "experts") or speak for
    the body ("authorities", "sources"), not "protesters", "firms" or "observers"."""
    if not plural.endswith("s"):
        return False
    if plural in BODY_PEOPLE:
        return True
    singular = plural[:-2] if plural.endswith("sses") else plural[:-1]  # "bosses"
    return is_rolenoun(singular) or singular in lexicons.words("role_heads")


def _reference_head(speaker: Speaker) -> str | None:
    """The organisation noun opening a person's role of two words or more ("company spokesperson",
    "agency spokesman", "party chief executive") or closing it after "of the" ("chairman of the organisation"),
    when no affiliation is known."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return None
    words = speaker.role.lower().split()
    if len(words) >= 3 and words[-2] == "the" and words[-3] == "of" and words[-1] in GENERIC_BODIES:
        return words[-1]  # "chairman of the organisation": the noun after the role names the employer as a premodifier does
    # "the firm's chief", "the agency's spokesman": the possessive names the employer as the noun does
    head = re.sub(r"['’]s$", "", words[0]) if words else ""
    if len(words) < 2 or head not in REFERENCE_HEADS:
        return None
    return head


# "said Ladbrokes' Warren Lush", "Arsenal's Thierry Henry": a capitalised run and its possessive right before a name
_POSSESSOR = re.compile(r"(?:^|[^\w’'-])((?:[A-Z][\w&.-]*\s){0,2}[A-Z][\w&.-]*)(?:['’]s|(?<=s)['’])\s+$")


_LEADING_WORDS = PREPOSITIONS | {"as", "and", "but", "or", "when", "while", "if", "then", "so", "says", "said"}


def _possessor_before(doc: ArticleDoc, speaker: Speaker, written: list[int]) -> str | None:
    """The body whose person a possessive before the name makes them ("Ladbrokes' Warren Lush said", "Arsenal's
    Thierry Henry"): never a place's ("Britain's Tim Henman" is where he is from), a person's ("Mourinho's
    Joe Cole") or a common word that only opens sentences ("Today's John Smith"; "Arsenal" is written mid-sentence too)."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or speaker.mention is None or not _person_shaped(speaker.name):
        return None
    # any mention of the full name states it ("Arsenal's Sol Campbell has called …" for "…," the defender told)
    return next((owner for at in written if (owner := _possessor_at(doc, at))), None)


def _person_shaped(name: str) -> bool:
    """A name a person's given name opens or a surname ends ("Sol Campbell"; not "Internet Explorer", which a
    possessive owns as a product)."""
    words = name.lower().split()
    return len(words) > 1 and (words[0] in lexicons.first_names() or words[-1] in lexicons.surnames())


def _name_written(text: str, speaker: Speaker) -> list[int]:
    """Where a person's full name is written, the quote's own mention first (read once per speaker: the possessive
    and the "for" readings both look there)."""
    starts = [speaker.mention.start] if speaker.mention is not None else []
    if len(speaker.name.split()) > 1:
        at = text.find(speaker.name)
        while at >= 0:
            starts.append(at)
            at = text.find(speaker.name, at + 1)
    return starts


def _possessor_at(doc: ArticleDoc, at: int) -> str | None:
    """The body a possessive names right before the name written at offset ``at``."""
    window = doc.text[max(0, at - 60):at]
    owned = _POSSESSOR.search(window)
    if owned is None:
        return None
    words = owned.group(1).split()
    while words and (words[0].lower() in _LEADING_WORDS or words[0].lower() in DETERMINERS):
        words = words[1:]  # "As RealClearPolitics' Sean Trende", "After BlazeTV's …": the sentence's own opener
    owner = " ".join(words)
    prefix = window[:owned.start(1)].rstrip(" ")
    opens = not prefix.strip() or prefix[-1] in ".!?\"“”\n"
    if not words or is_place_name(owner) or any(country_of(w) for w in words) or words[0].lower() in lexicons.first_names() \
            or opens and len(words) == 1 and words[0].lower() in lexicons.common_words() \
            and not re.search(rf"[a-z,] {re.escape(words[0])}\b", doc.text) \
            or words[-1].lower() in lexicons.surnames() or _person_named(doc, words[-1]):
        return None
    return naming.PARTY_NAMES.get(owner, owner)


# "But Oliver Letwin, for the Tories, attacked …": the body a named person speaks for, set off after the name
_FOR_BODY = re.compile(r",\s+for\s+(?:the\s+)?((?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*)\s*,")


def _speaking_for(text: str, speaker: Speaker, written: list[int]) -> str | None:
    """The party or body a named person speaks for, set off by commas after the name ("Vincent Cable, for the
    Liberal Democrats, accused …"); never a person ("Jo Ray, for Mr Blair,")."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or speaker.mention is None:
        return None
    body = None
    for at in written:
        end = speaker.mention.end if at == speaker.mention.start else at + len(speaker.name)
        if (body := _FOR_BODY.match(text, end)) is not None:
            break
    if body is None:
        return None
    words = body.group(1).split()
    if words[0].lower() in lexicons.first_names() or words[0].lower().rstrip(".") in naming.TITLES or words[-1].lower() in lexicons.surnames():
        return None
    return naming.PARTY_NAMES.get(body.group(1), body.group(1))


def _person_named(doc: ArticleDoc, word: str) -> bool:
    """A person's full name in the article ends in the word ("Jose Mourinho" for "Mourinho"; the possessor's own
    mention, typed a person for want of a better reading, is one word)."""
    return any(m.kind == MentionKind.PERSON and len(m.name.split()) > 1 and m.name.split()[-1] == word
               for ms in doc.mentions for m in ms)


# "The organisation's anti-piracy director David Martin", "James Cosgrave, one of the company's directors,": the
# possessive organisation noun the role is written with, before the name or in the appositive after it
_OWNER_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts) ([a-z]+)['’]s (?:[\w-]+ ){1,3}$")
# "Its founder, ", "its chief executive ", "its chief executive, Sir " (an honorific outside the name's mention)
_ITS_ROLE = re.compile(r"\b[Ii]ts (?:[a-z-]+ ){0,2}[a-z-]+,? (?:[A-Z][a-z]{1,8}\.? )?$")
_OWNER_AFTER = re.compile(r", (?:one of |a |an )?(?:the|its) ([a-z]+)['’]s [a-z]")


def _body_by_last_word(doc: ArticleDoc, speaker: Speaker, before: int) -> str | None:
    """"The executive spokeswoman said" after "The Scottish Executive said": a role opening with the lowercase last
    word of an organisation the article named before it speaks for that organisation (the last one so named); a
    word no organisation's name ends with says nothing."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return None
    # the role's first word, or the unnamed source's label's ("An executive spokesman": role "spokesman")
    words = speaker.role.split() if len(speaker.role.split()) > 1 else [w for w in speaker.name.split() if w.lower() not in DETERMINERS]
    if len(words) < 2:
        return None
    head = re.sub(r"['’]s$", "", words[0])
    if not head.islower() or head in REFERENCE_HEADS or f" {head.capitalize()}" not in doc.text:
        return None  # no name in the article ends with the word capitalised: no mention need be read
    # a name typed a person for want of a better reading counts when no given name or title opens it ("Scottish
    # Executive"; not "Chief Executive", "John Executive")
    names = [m.name for ms in doc.mentions for m in ms if m.span.start < before and m.kind != MentionKind.PLACE
             and len(words := m.name.split()) > 1 and words[-1].lower() == head and words[-1][:1].isupper()
             and (m.kind == MentionKind.ORGANISATION or words[0].lower() not in lexicons.first_names()
                  and words[0].lower() not in naming.TITLES and not is_rolenoun(words[0].lower()))]
    return names[-1] if names else None


def _possessive_head(text: str, speaker: Speaker, before: int) -> str | None:
    """The organisation noun of a named person's role written with a possessive ("the company's directors"),
    when no affiliation is known: the reference heads' reading, as for "company spokesperson"."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role or speaker.mention is None:
        return None
    window = text[max(0, before - 80):before]
    owned = _OWNER_BEFORE.search(window) or _OWNER_AFTER.match(text, speaker.mention.end)
    head = owned.group(1) if owned else None
    return head if head in REFERENCE_HEADS else None


def _owner_noun_after(unit: Unit, mentions: tuple[Mention, ...], speaker: Speaker) -> str | None:
    """The organisation noun a person's title is "for", by reference: "a spokesman for the company", "an
    analyst at the bank" (whose body ``_subject_organisation`` reads: the organisation the sentence, or the
    one before, opens with; "NTL said it had not ruled out a PVR. … said a spokesman for the company")."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role or speaker.mention is None:
        return None
    own = _own_mention(mentions, speaker.mention.start)
    if own is None:
        return None
    end = own.extent_end if own.extent_end is not None else own.last
    words = [t.text for t in unit.tokens[end + 1 : end + 5]]
    if len(words) < 3 or words[0].lower() not in _OWNER_PREPOSITIONS or words[1].lower() != "the":
        return None
    head = words[2].lower()
    following = words[3] if len(words) > 3 else ""
    # "for the company's board", "of the bank of England": the noun must close the phrase
    return head if head in REFERENCE_HEADS and head not in _NOT_BY_SUBJECT and following not in ("'s", "’s", "of") else None


# the nouns a work is named after, one another's synonyms in a story ("hit musical The Pajama Game" ... "the
# show's co-producer")
_WORK_NOUNS = frozenset({"show", "musical", "play", "film", "movie", "series", "programme", "sitcom", "album", "drama"})
_OWNED_ROLE = re.compile(r"(?:^|\b(?:the|The) )([a-z]+)['’]s (?:[\w-]+ ){0,3}$")


def _possessive_owner(text: str, speaker: Speaker, before: int) -> str | None:
    """The one whose office a person holds by a possessive description, "the show's co-producer", "The
    film's director Peter Chelsom", "the rapper's spokesman": the name the article wrote right after that
    noun before the speaker ("hit musical The Pajama Game", "the film Shall We Dance?", "US rapper Snoop
    Dogg"; a work's nouns stand for one another), the last one written. An organisation's noun ("the
    firm's chief") is the reference heads' reading; a place's name is none."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return None
    words = speaker.role.split()
    owned = re.match(r"([a-z]+)['’]s$", words[0]) if len(words) > 1 else None
    if owned is None and (owned := _OWNED_ROLE.search(text[max(0, before - 60):before])) is None:
        return None
    noun = owned.group(1)
    if noun in REFERENCE_HEADS:
        return None
    nouns = "|".join(sorted(_WORK_NOUNS)) if noun in _WORK_NOUNS else re.escape(noun)
    names = [m.group(1) for m in re.finditer(rf"\b(?:{nouns}) ((?:The )?[A-Z][\w'’.?!-]*(?: (?:of|the|and|with|[A-Z][\w'’.?!-]*))*)", text[:before])]
    names = [n for n in map(_title_words, names) if n and not country_of(n.split()[0]) and not lexicons.is_us_place(n.split())]
    return names[-1] if names else None


def _title_words(run: str) -> str:
    """A work's or a person's name out of a capitalised run: up to a word that ends in "?" or "!" ("Shall
    We Dance?"), lowercase words at its end dropped ("Shall We Dance? and"), a full stop too."""
    words = []
    for word in run.split():
        words.append(word)
        if word.endswith(("?", "!")):
            break
    while words and words[-1][:1].islower():
        words.pop()
    return " ".join(words).rstrip(".")


# an office only an organisation's own staff hold, never a state's or a politician's ("General secretary")
BODY_OFFICES = frozenset({"general secretary"})
# a spokesperson speaks for a government or a politician as often: only an unnamed one ("A spokesman
# said"), whom the article names by that body alone, is read by the sentence before; a named one given
# bare ("spokesman Josh Earnest") is someone the article assumes known
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _bare_body_office(speaker: Speaker) -> bool:
    """A person whose role is a body's own office, or an unnamed spokesperson, and names no one they hold
    it for ("General secretary Brendan Barber warned", "A spokesman said")."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return False
    office = _office(speaker.role)
    return office in BODY_OFFICES or office in SPOKESPEOPLE and speaker.name.startswith("unnamed ")


# offices a body's own people hold that a sentence may open with, bare, before the holder's name ("Director Shami
# Chakrabarti called on …" after "Civil rights group Liberty said …"); a president or a minister may be a state's
_OPENING_OFFICES = frozenset({"director", "chairman", "chairwoman", "chair", "chief executive", "managing director",
                              "secretary general", "spokesman", "spokeswoman", "spokesperson", "head", "founder"})


_STATE_BODY_WORDS = frozenset({"senate", "house", "congress", "parliament", "commons", "lords", "assembly",
                               "government", "administration", "cabinet", "ministry", "department"})


# posts a body's own people hold, which "with" adds to the body's sentence ("Labour hit back, with election
# coordinator Alan Milburn saying …")
_WITH_POSTS = _OPENING_OFFICES | {"leader", "coordinator", "manager", "coach", "boss", "captain", "chief"}
# the sentence's subject: a capitalised run opening it, then its verb ("The Liberal Democrats launched", "Labour
# hit back", "Chelsea have beaten")
_SUBJECT_THEN_VERB = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w&'’.-]*(?: (?:of |and |& |for |on )?[A-Z][\w&'’.-]*){0,5}) (?:(?:has|have|had|is|are|was|were) )?[a-z]+\b")


def _with_post(doc: ArticleDoc, unit: Unit, speaker: Speaker) -> str | None:
    """"The Liberal Democrats launched their campaign, with leader Charles Kennedy saying …": a named person
    whose bare post "with" adds to the sentence holds it at the body the sentence opens with as its subject
    (a party by its name); never a person's ("Tony Blair toured, with adviser Jo Ray saying …")."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role or speaker.mention is None:
        return None
    office = _office(speaker.role)
    if office not in _WITH_POSTS and office.split()[-1] not in _WITH_POSTS:
        return None
    own = _own_mention(doc.mentions[unit.index], speaker.mention.start)
    start = own.extent_start if own is not None else None
    if not start or unit.tokens[start - 1].text != "with":
        return None
    return _subject_body(doc, unit)


def _subject_body(doc: ArticleDoc, unit: Unit) -> str | None:
    """The body a sentence opens with as its subject ("The Liberal Democrats launched", "Yukos has threatened"): a
    capitalised run and its verb, no person's name (a party's is a body's), no pronoun."""
    subject = _SUBJECT_THEN_VERB.match(unit.text)
    if subject is None:
        return None
    name = subject.group(1)
    typed = next((m.kind for m in doc.mentions[unit.index] if m.span.start == unit.start + subject.start(1)), None)
    words = name.split()
    if typed == MentionKind.PERSON and name not in naming.PARTY_NAMES and (len(words) > 1 or name.lower() in lexicons.surnames()) \
            or words[0].lower() in lexicons.first_names() \
            or words[0] in lexicons.non_names() or words[0].lower() in naming.PRONOUNS or words[0] in ("It", "Its") \
            or words[0].lower().rstrip(".") in lexicons.words("honorifics") or re.search(r"['’]s?$", name):
        return None  # "Mr Blair said", "Deutsche Bank's lawyers": a person's, or the possessor of the subject
    return naming.PARTY_NAMES.get(name, name)


def _its_body(doc: ArticleDoc, unit: Unit, speaker: Speaker) -> str | None:
    """"Yukos has threatened legal action. Its founder, Mikhail Khodorkovsky, said …": a named person's role written
    with "its" is held at the body the sentence before opens with as its subject."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role or speaker.mention is None or unit.index == 0 \
            or not speaker.mention.text[:1].isupper() or speaker.mention.text.lower() in naming.PRONOUNS:
        return None
    if not _ITS_ROLE.search(doc.text[max(0, speaker.mention.start - 60):speaker.mention.start]):
        return None
    earlier = doc.units[unit.index - 1]
    return _subject_body(doc, earlier) if earlier.paragraph >= unit.paragraph - 1 else None


def _opening_body_office(doc: ArticleDoc, unit: Unit, speaker: Speaker) -> bool:
    """A named person whose bare office opens the quote's own sentence ("Director Shami Chakrabarti called on the
    government to "practise what it preaches""): the body it is an office of is the one the sentence before
    is about, read as for an unnamed spokesperson."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role or speaker.mention is None:
        return False
    office = _office(speaker.role)
    if office not in _OPENING_OFFICES:
        return False
    own = _own_mention(doc.mentions[unit.index], speaker.mention.start)
    # the title before the name, opening the sentence ("James Cosgrave, one of the company's directors," opens with the name)
    return own is not None and own.extent_start is not None and own.extent_start < own.first \
        and own.extent_start <= (unit.tokens[0].text == "The")


def _subject_organisation(doc: ArticleDoc, unit: Unit, before: int, *, owned: bool = False) -> str | None:
    """The organisation whose spokesperson a bare "A spokesman said" is: the one that opens the quote's
    sentence before the speaker, else the sentence before ("The Association of Chief Police Officers has
    issued guidance … A spokesman said: …"), as its subject; never a news outlet (the medium), and none
    when that sentence opens with anything else (a person's spokesman is as likely), with a dateline
    ("PHILADELPHIA ― …"), or when a word before the title says whose it is ("Clinton campaign Chairman").
    ``owned``: the title names its body by a noun ("a spokesman for the company"), which this reading resolves."""
    if not owned and _title_modified(unit, doc.mentions[unit.index], before):
        return None
    for index in (unit.index, unit.index - 1):
        if index < 0 or doc.units[index].paragraph < unit.paragraph - 1:
            return None
        earlier = doc.units[index]
        opening = _opening_mention(earlier, doc.mentions[index], before)
        if opening is not None:
            dateline = _DATELINE.match(doc.text, opening.span.end) is not None
            return opening.name if opening.kind == MentionKind.ORGANISATION and opening.name not in lexicons.media() \
                and not dateline else None
    return None


_DATELINE = re.compile(r"\s*(?:\([A-Z]+\)\s*)?[―—–-]\s")  # "PHILADELPHIA ― ", "LONDON (AP) — "


def _title_modified(unit: Unit, mentions: tuple[Mention, ...], before: int) -> bool:
    """A word before the speaker's title that says whose office it is: a capitalised name or an
    organisation noun ("Clinton campaign Chairman John Podesta"), not a verb or a sentence start; or a
    preposition after it ("A spokesperson for the union", whoever the union is)."""
    own = _own_mention(mentions, before)
    if own is None:
        return False
    end = own.extent_end if own.extent_end is not None else own.last
    if end + 1 < len(unit.tokens) and unit.tokens[end + 1].text.lower() in _OWNER_PREPOSITIONS:
        return True
    start = own.extent_start
    if not start:
        return False
    word = unit.tokens[start - 1].text
    return word.lower() in REFERENCE_HEADS or word[:1].isupper() and word.isalpha()


_OWNER_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with"})
# bodies a story's subject organisation seldom is: a party or a union speaks through people the sentence names
_NOT_BY_SUBJECT = PARTY_HEADS | {"union", "campaign", "government", "administration"}


def _opening_mention(unit: Unit, mentions: tuple[Mention, ...], before: int) -> Mention | None:
    """The mention that opens the unit's sentence (after "The" at most) and ends before offset ``before``,
    never inside the speaker's own title ("Chief executive Jane Roe said": "Chief" is no one)."""
    own = _own_mention(mentions, before)
    title = own.extent_start if own is not None and own.extent_start is not None else len(unit.tokens)
    first = 1 if unit.tokens and unit.tokens[0].text.lower() == "the" else 0
    # a description before the name opens it too ("Civil rights group Liberty said …")
    return next((m for m in mentions if (m.first == first or m.extent_start == first and m.kind == MentionKind.ORGANISATION)
                 and m.span.end <= before and m.last < title), None)


def _corporate_office(speaker: Speaker) -> bool:
    """A person with a bare office only a company has ("chief executive", "finance director"; not
    "president" or "spokesman", which a government or a party has too) and no employer."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return False
    # the whole role, qualifiers aside: "Lloyd's chief executive" names its employer itself, and a story's
    # most-named company (the regulator Lloyd's chief criticised) would be a guess against it
    words = [w for w in speaker.role.lower().split() if w not in _QUALIFIERS]
    return " ".join(words) in naming.CORPORATE_OFFICES


_QUALIFIERS = frozenset({"former", "acting", "interim", "new", "outgoing", "incoming", "deputy", "group"})


def _office(role: str) -> str:
    """A role without its qualifiers ("former", "acting", "deputy" …), lower case: the office itself."""
    return " ".join(w for w in role.lower().split() if w not in _QUALIFIERS)


def _own_mention(mentions: tuple[Mention, ...], start: int) -> Mention | None:
    """The unit's mention that starts where the speaker's does: its title and appositive say what it holds."""
    return next((m for m in mentions if m.span.start == start), None)


OFFICE_BODIES = lexicons.name_table("office_bodies")  # "minister" -> state, "drummer" -> band
ORIGIN_OCCUPATIONS = lexicons.name_words("origin_occupations")  # "film director", "playwright"
# the nouns a government is written with, after its country's name or demonym ("Venezuelan authorities",
# "Austria's interior minister")
_GOVERNMENT = r"(?:government|authorities|officials|ministry|minister|cabinet|administration|parliament)"
# a country as the subject of a state's act: a policy's verbs after it ("Venezuela is to review", "France has vetoed")
_STATE_ACTS = r"(?:is to|has (?:decided|agreed|announced|vetoed|refused|rejected|ordered|banned|approved|imposed|threatened)|will (?:review|ban|impose|introduce)|reviews|plans|vetoed|announced|imposed|banned)"
# the two states the country list writes in full only ("britain", no "UK")
_HOME_ABBREVIATIONS = frozenset({"US", "U.S.", "United States", "UK", "U.K."})
_BAND_NOUNS = r"(?:band|rockers|duo|trio|quartet|quintet|(?:rock|pop|punk|indie|metal|folk|soul|dance)[- ]group)"
_BAND_ROLES = r"(?:singer|lead singer|frontman|frontwoman|guitarist|drummer|bassist|keyboardist|vocalist)"
_TEAM_ROLES = r"(?:manager|boss|coach|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|winger|chairman)"
_NAME = r"(?<![\w&'’.-])(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2}"


def office_kind(speaker: Speaker) -> str | None:
    """The kind of body a person's bare office belongs to: "state" for a minister or a vice-president, "band"
    for a singer or a drummer (``data/names/office_bodies.tsv``), when no affiliation is known. A
    musician's role is read whole ("R&B singer" is a genre, "Blur singer" names the band); a minister's
    by its last word too, the remit before it being no body ("Agriculture minister")."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return None
    words = [w for w in speaker.role.lower().split() if w not in _QUALIFIERS]
    if not words:
        return None
    kind = OFFICE_BODIES.get(" ".join(words))
    if kind is None and OFFICE_BODIES.get(words[-1]) == "state":
        kind = "state"
    head = words[: next((i for i, w in enumerate(words) if w in _ROLE_PHRASES), len(words))]
    if kind is None and head and OFFICE_BODIES.get(" ".join(head)) == "team":
        # a team's role held for a time or a purpose ("skipper for the night", "captain for the day") is the
        # team's role; a minister's remit after "for" is no body ("minister for sport"): team roles only
        kind = "team"
    return kind if kind in ("state", "band", "team") else None


_ROLE_PHRASES = frozenset({"for", "on", "in", "during", "until", "against"})


def _dominant(counts: Counter[str]) -> str | None:
    """The one name written at least twice and twice as often as any other (a story of two met on equal
    terms says nothing of whose office speaks)."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _story_state(before: str, text: str) -> str | None:
    """The country a story of a foreign government is about, for a minister given bare ("Venezuelan
    authorities have identified ... Agriculture minister Arnoldo Marquez told Reuters"): the country whose
    name, demonym or capital the article writes most up to offset ``before`` (twice at least, twice as often
    as any other), and which it writes as a state ("Venezuelan authorities", "the government of Nigeria").
    A story that names a party three times or more is domestic politics, where a minister's affiliation
    is the party (another stage's reading), not the country."""
    if sum(len(re.findall(rf"(?<![\w-]){re.escape(label)}(?![\w-])", text)) for label in naming.PARTY_NAMES) >= 3:
        return None
    counts = Counter(key for _, key in _countries(before))
    key = _dominant(counts)
    if key is None:
        return None
    forms = {word for word, other in _countries(text) if other == key}
    written = "|".join(re.escape(f) for f in sorted(forms))
    # "Venezuelan authorities", "Austria's interior minister", "the government of Nigeria", "Venezuela is to review"
    # (the acts only abroad: "The UK is to …" in British copy is the country, not a foreign government)
    acts = "" if forms & _HOME_ABBREVIATIONS else rf"|\b(?:{written}) {_STATE_ACTS}\b"
    if not re.search(rf"\b(?:{written})(?:['’]s)? (?:[a-z]+ )?{_GOVERNMENT}\b|\b{_GOVERNMENT} of (?:{written})\b{acts}", text):
        return None  # the country as a place the story happens in, not a government whose minister speaks
    return country_of(Counter(word for word, other in _countries(before) if other == key).most_common(1)[0][0])


def _countries(text: str) -> list[tuple[str, str]]:
    """Each word that names a country (its name, demonym or capital: "Venezuela", "Venezuelan",
    "Caracas"), with the country's one key (its capital: "US", "U.S." and "American" are one)."""
    found = []
    words = list(re.finditer(r"(?<![\w.])(?:[A-Z][a-z]+|U\.S\.|U\.K\.|US|UK)(?![\w-])", text))
    skip = False
    for i, match in enumerate(words):
        if skip:
            skip = False
            continue
        word = match.group()
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and after.start() == match.end() + 1 and country_of(pair := f"{word} {after.group()}"):
            word, skip = pair, True  # a two-word name ("South African", "Sri Lanka")
        country = country_of(word)
        if country and (country.lower() in naming.COUNTRIES or country in _HOME_ABBREVIATIONS):
            place = lexicons.places().get(country)
            found.append((word, place.capital if place and place.capital else country))
    return found


def _story_band(before: str) -> str | None:
    """The band a story of music is about, for a musician given bare ("New York electro-rock group The
    Bravery have come top ... Singer Sam Endicott said"): of the names the article writes as a band (after
    "band", "rockers", "rock group", a nationality's "group": "British group Portishead"; before a band's
    role, "U2 drummer"; in apposition to "band"), the one written most up to offset ``before``."""
    names = {m.group(1) for m in re.finditer(rf"\b{_BAND_NOUNS} ({_NAME})", before)}
    names |= {m.group(1) for m in re.finditer(rf"({_NAME})(?:['’]s)? {_BAND_ROLES}\b", before)}
    names |= {m.group(1) for m in re.finditer(rf"\bband, (?:the )?({_NAME})", before)}  # "his band, the Doobie Brothers"
    names |= {m.group(2) for m in re.finditer(rf"\b([A-Z][a-z]+) group ({_NAME})", before) if country_of(m.group(1))}
    return _most_written(names | _collective_band(before), before)


_THE_BAND = re.compile(r"\b[Tt]he (?:band|group)\b(?:['’]s)?(?! [A-Z])")


def _collective_band(before: str) -> set[str]:
    """The names a story that calls its subject "the band" or "the group" ("The band recently released a
    new album") writes as a plural subject ("Chart stars Duran Duran are to appear", "The Doobie Brothers
    are still smoking"): a band named with a plural verb, as a club is in sport copy. None in a story
    that never says "the band"."""
    if _THE_BAND.search(before) is None:
        return set()
    return {n for n in (re.sub(r"^The ", "", m.group(1)) for m in re.finditer(_COLLECTIVE, before)) if _proper(n, before)}


def _story_team(before: str, clubs: bool = False) -> str | None:
    """The team a story of sport is about, for a player or a club official given bare ("Arsenal manager
    Arsene Wenger ... Arsenal go into the game ... Striker Thierry Henry said"): of the names the article
    writes as a team (``_team_names``), the one written most up to offset ``before``; an opponent named only
    as a place ("at Newcastle") is no candidate. A team the article writes as one and no other ("Liverpool
    manager Rafael Benitez has ordered captain Steven Gerrard") is the story's when written once. ``clubs``:
    a club's official, who speaks for a club as a company, reads the names written as collectives too."""
    names = _team_names(before, clubs)
    return _most_written(names, before) or (_written_once(next(iter(names)), before) if len(names) == 1 else None)


# the words between a team's name and a team's role that keep the role the team's ("Lakers assistant coach")
_ROLE_GRADES = r"(?:(?:assistant|head|caretaker|interim|first-team|club) )?"
# a singular name with a plural verb is a collective, a club in sport copy ("Blackburn have rejected a bid");
# never a name conjoined with another ("Smith and Jones have") or a preposition's object, which is not the
# verb's subject ("members of Congress have been")
_NOT_SUBJECT = "".join(rf"(?<!{w} )" for w in ("and", ",", "of", "for", "in", "at", "from", "to", "with"))
_COLLECTIVE = rf"{_NOT_SUBJECT}({_NAME}) (?:have|are|were) (?!\w+ly\b)"


def _team_names(before: str, clubs: bool) -> set[str]:
    """The names the article writes as a team, by their use: before a team's role ("Arsenal manager",
    "Liverpool's captain", "Lakers assistant coach"); with ``clubs``, also as a singular name with a plural
    verb ("Blackburn have rejected"), which is as often the opponent's ("Newcastle are languishing", in a
    story of Arsenal's manager) and so says whose story it is only where a club speaks as a company."""
    names = {m.group(1) for m in re.finditer(rf"({_NAME})(?:['’]s)? {_ROLE_GRADES}{_TEAM_ROLES}\b", before)}
    if not clubs:
        return names
    plural = {re.sub(r"^The ", "", m.group(1)) for m in re.finditer(_COLLECTIVE, before)}
    return names | {n for n in plural if _proper(n, before)}


def _proper(name: str, text: str) -> bool:
    """A name no common word opens, capitalised only to open a sentence ("Shares have fallen", "Ministers
    have said", "They have"): none the article writes in lowercase too, a common word or a role's plural."""
    first = name.split()[0]
    if first in _OPENERS or first.lower() in lexicons.common_words() or is_rolenoun(first.lower().rstrip("s")):
        return False
    if naming.is_party(name) or name.lower() in naming.DEMONYM_PLURALS:
        return False  # "Democrats have a plan", "Americans are": a party's or a people's plural, no club
    return re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", text) is None


def _written_once(name: str, before: str) -> str | None:
    """The name, a leading "The" aside, when it opens no sentence as a pronoun would ("He", "The")."""
    name = re.sub(r"^The ", "", name)
    return name if name.split()[0] not in _OPENERS else None


# what a player does for a team, before the team it is done for: "scored 20 points for the Thunder",
# "won 30 caps for Wales", "has played for Celtic", "scored 34 points during the Lakers' victory"
_PLAYED = (r"(?:points|goals?|tries|runs|wickets|rebounds|assists|appearances|caps|debut|scored|scores|"
           r"plays|played|playing|signed|starred|netted)")


def _written_as_person(name: str, text: str) -> bool:
    """A name the article writes as a person's: a first name, after a first name or a title ("Sanders"
    of "Bernie Sanders", "Mr Sanders": "renters go for Sanders" is a vote, no team)."""
    if name.lower() in lexicons.first_names():
        return True
    for m in re.finditer(rf"(?:(\S+) )?([A-Z][a-z]+\.?) {re.escape(name)}(?![\w-])", text):
        if m.group(1) and m.group(1)[:1].isupper():
            continue  # inside a longer name ("Los Angeles Lakers"), not a first name's
        word = m.group(2).rstrip(".").lower()
        if word in lexicons.first_names() or word in naming.TITLES or word in lexicons.words("honorifics"):
            return True
    return False


# a team's name after "for": capitalised words (not a sentence's pronoun), after an epithet at most, lowercase
# or a hyphened compound ("the NBA-leading Lakers", "the in-form Rovers")
_TEAM = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_EPITHET = r"(?:(?:[a-z][\w]*|[\w]+-[a-z][\w-]*) )?"


def _played_for(text: str, speaker: Speaker) -> str | None:
    """The team a named player with no affiliation plays for, as the article states it in a sentence of
    theirs: their surname, then what a player does, then the team it is done for ("Dennis Schröder scored
    20 of his 31 points in the first half for the Thunder"; "Anthony Davis scored 34 points during the
    Lakers' fifth straight victory"). None when the article gives two (a player who moved clubs), or when
    the speaker holds a role no team's player holds."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not _named_person(speaker):
        return None
    if speaker.role and office_kind(speaker) != "team":
        return None
    surname = re.escape(speaker.name.split()[-1])
    found = []
    for sentence in re.finditer(rf"(?<!\w){surname}(?!\w)[^.!?“”\"]*", text):
        # every team the rest of the sentence does something for ("played for Dunmore before he signed for
        # Hartley": two); "during" holds a team only as the game's owner ("the Lakers' win", not "Saturday's")
        found += [m.group(1) or m.group(2) for m in re.finditer(
            rf"\b{_PLAYED}\b[^.!?]*?\b(?:for (?:the )?{_EPITHET}({_TEAM})|during the {_EPITHET}({_TEAM})['’])",
            sentence.group())]
    teams = {t for t in found if t.split()[0] not in _OPENERS and t.split()[0].lower() not in naming.CALENDAR_WORDS
             and not _written_as_person(t, text) and not lexicons.is_us_place(t.split())}
    return next(iter(teams)) if len(teams) == 1 else None


def _most_written(names: set[str], before: str) -> str | None:
    """Of the candidate names (a leading "The" aside), the one written at least twice and twice as often
    as any other in ``before``."""
    names = {n for n in (re.sub(r"^The ", "", n) for n in names) if n.split()[0] not in _OPENERS}
    return _dominant(Counter({n: len(re.findall(rf"(?<!\w){re.escape(n)}(?!\w)", before)) for n in names}))


_OPENERS = frozenset({"The", "He", "She", "They", "We", "It", "I", "But", "And", "His", "Her", "Their", "Its"})
_STORY_BODY = {"band": _story_band, "team": _story_team}


def _origin_only(text: str, speaker: Speaker) -> bool:
    """A place or a nationality given as the affiliation of a person whose occupation speaks for no place
    ("Indian film director Mira Nair", "the Devon diva", ``data/names/origin_occupations.txt``): it says
    where they come from. A place is a country, a demonym, a US place, or a name the article writes after
    "in" or "from" ("from Devon", "in south Devon")."""
    if speaker.type != SpeakerType.PERSON or not speaker.affiliation or not speaker.role:
        return False
    words = [w for w in speaker.role.lower().split() if w not in _QUALIFIERS]
    if not words or not (" ".join(words) in ORIGIN_OCCUPATIONS or words[-1] in ORIGIN_OCCUPATIONS):
        return False
    parts = re.split(r"[\s-]+", speaker.affiliation.strip())
    # an acronym the article writes after "from" is a body one comes from ("scientists from NASA"), no place
    return country_of(speaker.affiliation.strip()) is not None or all(
        country_of(p) or lexicons.is_us_place([p]) or _written_as_place(text, p) and not p.isupper() for p in parts) or (
        lexicons.is_us_place(parts))


def _written_as_place(text: str, word: str) -> bool:
    """The article writes the word as where someone is or comes from ("from Devon", "in south Devon")."""
    return bool(re.search(rf"\b(?:in|from)(?: (?:north|south|east|west|northern|southern|eastern|western|central))? {re.escape(word)}\b", text))


def _story_company(doc: ArticleDoc, unit: Unit, before: int, paragraphs: int) -> str | None:
    """The company the story is about near the quote: of the organisations the unit's paragraph and the
    ``paragraphs`` before it name ("Revenues at media group Reuters slipped. ... chief executive Tom Glocer
    said"), the one the article has written at least twice as often as any other up to offset ``before``
    and twice at least (a story of two companies met on equal terms does not say whose chief executive
    speaks; an event or a venue named once is no subject). A news outlet
    counts only when a company noun describes it ("media group Reuters", not "told the BBC")."""
    names = {m.name for m in _nearby(doc, unit, paragraphs) if m.kind == MentionKind.ORGANISATION}
    # named once, it is no story's subject ("unveiling the models at the International Motor Show"), unless the story
    # opens with it and names no other ("GlaxoSmithKline saw its profits fall 9% … Chief executive Jean-Pierre Garnier
    # said")
    if (dominant := _dominant(_counts(names, doc.text[:before]))) is not None:
        return dominant
    lead = _lead_subject(doc)
    return lead if lead is not None and names <= {lead} else None


def _nearby(doc: ArticleDoc, unit: Unit, paragraphs: int) -> list[Mention]:
    """The mentions of the unit's paragraph and the ``paragraphs`` before it, up to the unit; a news outlet only when
    a company noun describes it ("media group Reuters", not "told the BBC")."""
    return [m for earlier in doc.units[: unit.index + 1] if earlier.paragraph >= unit.paragraph - paragraphs
            for m in doc.mentions[earlier.index] if m.name not in lexicons.media() or _described(doc.text, m)]


def _story_bare_company(doc: ArticleDoc, unit: Unit, before: int, paragraphs: int) -> str | None:
    """Where no organisation near the quote is typed as one: the one-word name typed a person for want of a better
    reading that the article writes at least twice as often as any other such name ("Apple has unveiled …
    Chief executive Steve Jobs said")."""
    nearby = _nearby(doc, unit, paragraphs)
    if any(m.kind == MentionKind.ORGANISATION for m in nearby):
        return None
    return _dominant(_counts({m.name for m in nearby if _bare_body(doc, m)}, doc.text[:before]))


def _counts(names: set[str], text: str) -> Counter[str]:
    """How often the text writes each name as whole words."""
    return Counter({name: len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) for name in names})


def _bare_body(doc: ArticleDoc, mention: Mention) -> bool:
    """"Apple has unveiled …": a one-word name typed a person for want of a better reading, that no person's full name
    ends with and no honorific or given name opens, is as likely a company as anyone, for a company's officer."""
    word = mention.name
    # (not _written_as_person: it reads a sentence's last word and its full stop as a title, "… in China. Nestle")
    return mention.kind == MentionKind.PERSON and " " not in word and word.lower() not in lexicons.first_names() \
        and word.lower() not in naming.DEMONYMS and country_of(word) is None and not is_place_name(word) \
        and not _person_named(doc, word) and re.search(rf"\b(?:Mr|Mrs|Ms|Dr|Miss)\.? {re.escape(word)}\b", doc.text) is None \
        and re.search(rf"\b{re.escape(word)}(?!['’]s)\b", doc.text) is not None  # "McDonald's" is the name whole


def _lead_subject(doc: ArticleDoc) -> str | None:
    """The name the story's first sentence opens with as its subject (the headline aside)."""
    lead = next((u for u in doc.units if not doc.is_heading(u)), None)
    name = _subject_body(doc, lead) if lead is not None else None
    # a common word capitalised to open the sentence is no name ("Shares in Cairn rose"), nor a run no mention is
    # ("Telecoms equipment supplier Ericsson has posted": the subject's head comes later)
    if name is None or len(name.split()) == 1 and name.lower() in lexicons.common_words() or " and " in name:
        return None  # … nor two bodies joined ("Acme Corp and Globex are cutting jobs")
    after = re.match(rf"\s*(?:The\s+)?{re.escape(name)}\s+([a-z]+)", lead.text)
    verb = after.group(1) if after else ""
    finite = verb in lexicons.words("lead_verbs") or verb.endswith("ed") or len(verb) > 3 and verb.endswith("s") and not verb.endswith("ss")
    # the lead names no one and nothing else ("Acme agreed to buy Globex": a story of two; "CEO John Smith said": a person)
    others = [m for m in doc.mentions[lead.index] if m.kind != MentionKind.PLACE and m.name != name]
    return name if finite and not others else None


def _described(text: str, mention: Mention) -> bool:
    """A name a company noun stands right before ("media group Reuters")."""
    before = text[max(0, mention.span.start - 40) : mention.span.start].split()
    return bool(before) and before[-1] in naming.COMPANY_NOUNS


def _last_named(doc: ArticleDoc, unit: Unit, before: int, head: str, paragraphs: int) -> str | None:
    """The organisation (a party, for "party") named last before offset ``before``, in the unit's
    paragraph or the ``paragraphs`` before it."""
    for index in range(unit.index, -1, -1):
        earlier = doc.units[index]
        if earlier.paragraph < unit.paragraph - paragraphs or (head not in PARTY_HEADS and index < unit.index - 1):
            return None  # a party may be named paragraphs before; a company in the sentence or the one before
        for mention in reversed(doc.mentions[index]):
            if mention.span.start < before and mention.name.lower() == head and head in OPENER_KINDS:
                return None  # "Union leader Bob Crow said": the kind noun opening the sentence, no body named
            if mention.span.start < before and (name := _employer(mention, head)):
                return name
    return None


def _employer(mention: Mention, head: str) -> str | None:
    """The organisation a mention names, as an employer of that kind: a party for "party", otherwise any
    organisation that is no news outlet."""
    if head in PARTY_HEADS:
        party = naming.PARTY_NAMES.get(mention.name) or (mention.affiliation if mention.kind == MentionKind.GROUP else None)
        return party if party in naming.PARTY_NAMES.values() else None
    if mention.kind != MentionKind.ORGANISATION or mention.name in lexicons.media():
        return None
    return mention.name


def shared_roles(quotes: list[Quote]) -> list[Quote]:
    """A named person's quotes that came out with no role take the one role their other quotes in the
    article carry ("Suprnova administrator Sloncek's …" gives "administrator" to the quote where
    "Sloncek said"): the article states one capacity for the person, whichever mention the quote names.
    Two different roles for the same name give none (which one holds where is unknown)."""
    return _shared(quotes, "role", lambda s: s.type == SpeakerType.PERSON and s.mention is not None,
                   lambda s: s.type == SpeakerType.PERSON)


def shared_affiliations(quotes: list[Quote]) -> list[Quote]:
    """A named person's quotes that came out with no affiliation take the one affiliation their other
    quotes carry ("General secretary Brendan Barber warned …" gives the TUC to the quote where "said Mr
    Barber"), as ``shared_roles`` reads the role. Two different affiliations for one name give none; an
    unnamed source ("unnamed spokesman") is no one name, two spokesmen may speak for two bodies."""
    return _carried_unnamed(_shared(quotes, "affiliation", _named_person, _named_person))


def _carried_unnamed(quotes: list[Quote]) -> list[Quote]:
    """An unnamed source a pronoun carries on ("A spokesman said: … He said police would …") keeps the affiliation of
    the same source's last quote before it, which its own sentence, naming no body, cannot give."""
    last: dict[str, str | None] = {}
    out = []
    for quote in quotes:
        speakers = []
        for s in quote.speakers:
            carried = s.name.startswith("unnamed ") and not s.affiliation and s.mention is not None \
                and s.mention.text.lower() in naming.PRONOUNS and last.get(s.name)
            speakers.append(replace(s, affiliation=last[s.name]) if carried else s)
            if s.name.startswith("unnamed ") and (s.affiliation or s.mention is None or s.mention.text.lower() not in naming.PRONOUNS):
                last[s.name] = s.affiliation  # a new unnamed source of that name starts here, with or without a body
        out.append(replace(quote, speakers=tuple(speakers)) if speakers != list(quote.speakers) else quote)
    return out


def _shared(quotes: list[Quote], field: str, gives: Callable[[Speaker], bool], takes: Callable[[Speaker], bool]) -> list[Quote]:
    """Each speaker ``takes`` accepts with ``field`` empty given the one value (case aside) the speakers of
    that name ``gives`` accepts carry, the first one written (so that the result does not hang on set
    order: "Lawyer", "lawyer"). A quote none of whose speakers takes one stays as it is (rebuilding every
    quote was a fiftieth of the extraction's own time)."""
    held: dict[str, list[str]] = {}
    for quote in quotes:
        for s in quote.speakers:
            if gives(s) and getattr(s, field):
                held.setdefault(s.name, []).append(getattr(s, field))
    lone = {name: values[0] for name, values in held.items() if len({v.lower() for v in values}) == 1}

    def fills(s: Speaker) -> bool:
        return takes(s) and not getattr(s, field) and s.name in lone

    return [replace(q, speakers=tuple(replace(s, **{field: lone[s.name]}) if fills(s) else s for s in q.speakers))
            if any(fills(s) for s in q.speakers) else q for q in quotes]


def _named_person(s: Speaker) -> bool:
    """A person the article names (a capitalised name that no unnamed source's label opens)."""
    return s.type == SpeakerType.PERSON and s.mention is not None and s.name[:1].isupper() \
        and not s.name.lower().startswith(("unnamed ", "the ", "a ", "an "))
