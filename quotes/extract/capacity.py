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
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract.document import ArticleDoc
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.extract.sources import DETERMINERS, country_of, is_rolenoun, names_an_organisation
from quotes.types import Mention, MentionKind, Quote, Speaker, SpeakerType, Unit

REFERENCE_HEADS = naming.DESCRIPTION_ORG_HEADS  # "company", "agency", "party", "club", "bank", …
PARTY_HEADS = frozenset({"party"})


def by_reference(doc: ArticleDoc, unit: Unit, speaker: Speaker, settings: ExtractSettings = DEFAULT_SETTINGS) -> Speaker:
    """The speaker with the affiliation its role refers to ("company spokesperson" -> the company the
    article named last) or its own name holds ("White House advisers"), or the speaker unchanged."""
    if (owner := named_within(speaker)) is not None:
        return replace(speaker, affiliation=owner)
    head = _reference_head(speaker)
    if head is None and _corporate_office(speaker):
        before = speaker.mention.start if speaker.mention is not None else unit.end
        company = _story_company(doc, unit, before, settings.reference_paragraphs)
        return replace(speaker, affiliation=company) if company else speaker
    if head is None:
        return speaker
    before = speaker.mention.start if speaker.mention is not None else unit.end
    employer = _last_named(doc, unit, before, head, settings.reference_paragraphs)
    return replace(speaker, affiliation=employer) if employer else speaker


def named_within(speaker: Speaker) -> str | None:
    """The body a group's or an institution's name says it belongs to: "White House advisers" -> White
    House, "US officials" -> United States, "senior Conservative members" -> Conservative, "China's
    commerce ministry" -> China. Capitalised words before a lowercase head, none of them a common word
    capitalised only to open a sentence ("Senior", "Rival"); a person's possessive gives none ("Trump's
    supporters")."""
    if speaker.type not in (SpeakerType.GROUP, SpeakerType.ORGANISATION) or speaker.affiliation:
        return None
    words = [w for w in speaker.name.split() if w.lower() not in DETERMINERS]
    start = 1 if words and words[0][:1].isupper() and words[0].lower() in lexicons.common_words() else 0
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


def _employs(plural: str) -> bool:
    """A plural head whose people hold an office or a job ("officials", "advisers", "experts"), not
    "protesters", "firms" or "observers"."""
    if not plural.endswith("s"):
        return False
    singular = plural[:-2] if plural.endswith("sses") else plural[:-1]  # "bosses"
    return is_rolenoun(singular) or singular in lexicons.words("role_heads")


def _reference_head(speaker: Speaker) -> str | None:
    """The organisation noun opening a person's role of two words or more ("company spokesperson",
    "agency spokesman", "party chief executive"), when no affiliation is known."""
    if speaker.type != SpeakerType.PERSON or speaker.affiliation or not speaker.role:
        return None
    words = speaker.role.lower().split()
    if len(words) < 2 or words[0] not in REFERENCE_HEADS:
        return None
    return words[0]


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


def _story_company(doc: ArticleDoc, unit: Unit, before: int, paragraphs: int) -> str | None:
    """The company the story is about near the quote: of the organisations the unit's paragraph and the
    ``paragraphs`` before it name ("Revenues at media group Reuters slipped. ... chief executive Tom Glocer
    said"), the one the article has written at least twice as often as any other up to offset ``before``
    and twice at least (a story of two companies met on equal terms does not say whose chief executive
    speaks; an event or a venue named once is no subject). A news outlet
    counts only when a company noun describes it ("media group Reuters", not "told the BBC")."""
    names = set()
    for earlier in doc.units[: unit.index + 1]:
        if earlier.paragraph >= unit.paragraph - paragraphs:
            names.update(m.name for m in doc.mentions[earlier.index] if m.kind == MentionKind.ORGANISATION
                         and (m.name not in lexicons.media() or _described(doc.text, m)))
    counts = sorted(((len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text[:before])), name) for name in names), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return None  # named once, it is no story's subject ("unveiling the models at the International Motor Show")
    return counts[0][1]


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
    roles: dict[str, list[str]] = {}
    for quote in quotes:
        for s in quote.speakers:
            if s.type == SpeakerType.PERSON and s.role and s.mention is not None:
                roles.setdefault(s.name, []).append(s.role)
    # the first one written, so that the result does not hang on set order ("Lawyer", "lawyer")
    lone = {name: held[0] for name, held in roles.items() if len({r.lower() for r in held}) == 1}

    def takes_role(s: Speaker) -> bool:
        return s.type == SpeakerType.PERSON and not s.role and s.name in lone

    # a quote none of whose speakers takes a role stays as it is (rebuilding every quote was a
    # fiftieth of the extraction's own time)
    return [replace(q, speakers=tuple(replace(s, role=lone[s.name]) if takes_role(s) else s for s in q.speakers))
            if any(takes_role(s) for s in q.speakers) else q for q in quotes]
