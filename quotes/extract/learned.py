"""A learned attribution's source made a speaker, and which learned attribution a quote is in.

The tagger (learn/tagger.py) marks a source span, not a person: "Hillary Clinton’s campaign
manager Robby Mook", "the group", "Sanders supporters", "his", "63 percent". ``learned_speaker``
finds whom it names, in this order: a pronoun's antecedent ("who", "both", "his"); the rules'
mention inside the span (the person a title or appositive describes, the people or groups of a
coordinated subject, the group a name modifies); a phrase a name owns ("Cameron’s spokesman", "Trump’s
campaign"); a description coref resolves ("the former first lady"); a phrase whose head a name
modifies ("The Trump campaign", "one Sanders supporter"); else the words themselves as a description.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes import lexicons, naming
from quotes.extract import collective
from quotes.extract.coref import (
    ISSUED_DOCUMENTS,
    MEDIA_HEADS,
    ORG_HEADS,
    bound_subject,
    fronted_subject,
    party_label,
    post_of,
    speaker_for,
)
from quotes.extract.cues import coordinated_before, phrase_head, time_adjunct_start
from quotes.extract.drafts import Reading, Resolved
from quotes.extract.sources import PREPOSITIONS, describe, is_place_name, modifies_noun, relative_head
from quotes.extract.speakers import cue_record
from quotes.learn.tagger import FoundAttribution
from quotes.types import Cue, Mention, MentionKind, Span, Speaker, SpeakerType, Unit

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# the lowercase noun phrase right before a relative pronoun: "someone", "a viewer", "the analysts"
_ANTECEDENT_NOUN = re.compile(r"\b((?:(?:a|an|the|one|some)\s+)?[a-z][\w-]*),?\s*$")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
_PERSON_OWNED = re.compile(r"(his|her) ([a-z]+)")  # "His office", "her campaign": one person's body
# the bodies that work for one person and speak for them ("his party" is no one's own)
_OWN_BODIES = frozenset({"office", "campaign", "staff", "team", "administration", "government", "camp"})


def learned_for(reading: Reading, unit: Unit, content: Span) -> FoundAttribution | None:
    """The learned attribution (with a source) whose content covers most of this span."""
    best, most = None, 0
    for found in reading.doc.learned[unit.index]:
        if not names_someone(found.source):
            continue
        for piece in found.content:
            shared = min(piece.end, content.end) - max(piece.start, content.start)
            if shared > most and shared >= reading.settings.learned_overlap * min(piece.end - piece.start, content.end - content.start):
                best, most = found, shared
    return best


def learned_cue(reading: Reading, unit: Unit, found: FoundAttribution) -> Cue:
    """The rules' cue where it lies inside the learned one ("said" of "said in a statement",
    with its medium), else the learned words as they stand."""
    for cue in reading.doc.cues[unit.index]:
        if cue.first in found.cue_tokens:
            return cue_record(reading.doc.text, unit, cue)
    span = found.cue[0]
    return Cue(span.text, span.text.lower(), span)


def learned_speaker(reading: Reading, unit: Unit, found: FoundAttribution) -> Resolved:
    """The speakers the learned source span names, and how sure that is (see the module's order)."""
    trimmed = _trimmed(reading.doc.text, unit, found.source)
    share = _partitive_source(reading, unit, trimmed)
    if share is not None:
        return share
    source = _head_phrase(reading, unit, trimmed)
    source = _second_clause_subject(reading, unit, found) or _rules_subject_inside(reading, unit, found, trimmed) or source
    relative = _relative_clause_subject(reading, unit, found, source) or _restrictive_description(reading, unit, found, trimmed)
    if relative is not None:
        return relative
    for step in (_pronoun_source, _mention_source, _described_source, _modified_source, _clause_subject_source):
        resolved = step(reading, unit, source)
        if resolved is not None:
            return resolved
    return Resolved((_bare_description(source),), reading.settings.bare_description)


def _rules_subject_inside(reading: Reading, unit: Unit, found: FoundAttribution, source: Span | None) -> Span | None:
    """"In a filing with the US Securities and Exchange Commission, Sina said", "A spokesman for DLF Builders, Dr
    Vancheshwar, told": the rules' subject of the same reporting verb, set off by a comma after a fronted phrase or
    an unnamed description, is the head of a learned source that holds more than one name."""
    if source is None:
        return None
    cue = next((c for c in reading.doc.cues[unit.index] if c.first in found.cue_tokens and c.source is not None), None)
    if cue is None or cue.inverted or cue.source.anonymous or cue.source.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION):
        return None
    m = cue.source
    names = [o for o in reading.doc.mentions[unit.index] if o.kind in (MentionKind.PERSON, MentionKind.ORGANISATION)
             and source.start <= o.span.start and o.span.end <= source.end]
    start = m.extent_start if m.extent_start is not None else m.first
    opening = [tok.text.lower() for tok in unit.tokens[:2]]
    first = opening[1] if len(opening) > 1 and opening[0] in ("but", "and") else opening[0] if opening else ""
    # "In a filing with …, Sina said", "Speaking from a cafe in Brick Lane, east London, Mr Galloway said"
    fronted = first in PREPOSITIONS or (first.endswith("ing") and first.isalpha())
    descriptions = [o for o in names if o.anonymous and o.kind == MentionKind.PERSON and o.first < m.first]
    if m not in names or len(names) < 2 or reading.doc.text[m.span.end:source.end].strip(" ,") or start < 1 \
            or unit.tokens[start - 1].text != "," or not (fronted or descriptions) or is_place_name(m.name):
        # only after a fronted phrase's comma or an unnamed description's: "Earthlink and Webroot said" is one joint
        # subject, "Nick Daniloff, of Chappaqua, N.Y., said" a name and where the person lives
        return None
    if m.role and any(o.role != m.role for o in descriptions):
        return None  # "a spokesman for the prosecutor, New York State Comptroller Alan Hevesi, said": the spokesman
    return m.span


def _second_clause_subject(reading: Reading, unit: Unit, found: FoundAttribution) -> Span | None:
    """"Early talks have taken place and the defender said: “…”": a learned cue that runs over a first
    clause into the rules' reporting verb of a second one, whose subject the rules found no name in, has
    that second clause's subject as its source (a described person, opened by a determiner after "and",
    "but" or a comma), not the first clause's subject."""
    tokens, cue_tokens = unit.tokens, set(found.cue_tokens)
    verb = next((c.first for c in reading.doc.cues[unit.index] if c.first in cue_tokens and c.source is None), None)
    if verb is None or verb - 1 not in cue_tokens:
        return None
    k = verb - 1
    while k in cue_tokens and tokens[k].text.lower() not in _CLAUSE_JOINS:
        k -= 1
    if k not in cue_tokens or verb - k < 3 or tokens[k + 1].text.lower() not in _SUBJECT_OPENERS:
        return None
    start, end = tokens[k + 1].start, tokens[verb - 1].end
    return Span(start, end, reading.doc.text[start:end])


_CLAUSE_JOINS = frozenset({"and", "but", ","})


def _partitive_source(reading: Reading, unit: Unit, source: Span | None) -> Resolved | None:
    """"Fifty percent of Europeans said", "Only 42% of them say", "Half of them argue": a share of a group
    speaks for the group it quantifies (``collective.partitive``), the group "they" would mean for "of
    them"; the group then opens the sentence for the next share ("… Half of them argue …")."""
    group = collective.partitive(source.text) if source is not None else None
    if group is None:
        return None
    registry, confidence = reading.registry, reading.settings.group_mention
    if group == "they":
        antecedent = registry.resolve_pronoun("they", unit.paragraph, unit.index, source.start)
        if antecedent.entity is None or antecedent.entity.type == SpeakerType.PERSON:
            return None
        group, confidence = antecedent.entity.name, antecedent.confidence
    registry.saw_group_subject(group, unit.paragraph, unit.index)
    return Resolved((Speaker(group, SpeakerType.GROUP, source),), confidence)


# words a source span may catch at its edges that name no one: a subordinator opening a fronted
# clause ("Before New York's chief medical examiner concluded …"), an adverb after the subject
# ("Thomas allegedly told …")
LEADING_SUBORDINATORS = frozenset({"before", "after", "when", "while", "as", "since", "once", "because", "although",
                                    "though", "if", "until", "whereas"})
_INNER_SUBORDINATORS = frozenset({"where", "because", "although", "whereas"})  # never a preposition ("after the massacre")
_SUBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "he", "she", "they", "it"})


def _opens_subject(word: str) -> bool:
    """A word a clause's subject may open with: a determiner, a pronoun or a name ("because of agency
    policy" opens none)."""
    return word in _SUBJECT_OPENERS or word[:1].isupper()


_TRAILING_ADVERBS = frozenset({"also", "later", "then", "again", "still", "now", "once", "too", "even", "earlier", "further"})


def _adverb_after_name(tokens, k: int) -> bool:
    """"Thomas allegedly", "Smith reportedly": a lowercase "-ly" word right after a capitalised one
    (never "Scott's family", "the family")."""
    word = tokens[k].text
    return word.islower() and word.endswith("ly") and len(word) > 4 and tokens[k - 1].text[:1].isupper()


def _trimmed(text: str, unit: Unit, source: Span | None) -> Span | None:
    """The source span without a leading subordinator or trailing adverbs ("also", "later", an "-ly"
    word after a name) and time adjuncts ("Mr Howard last week", "Smith on Monday"), when words remain."""
    if source is None:
        return None
    inside = [t for t in unit.tokens if source.start <= t.start and t.end <= source.end]
    first, last = 0, len(inside) - 1
    if last > 0 and inside[0].text.lower() in LEADING_SUBORDINATORS:
        first = 1
    # a source running over the writer's clause into a subordinate one ("The new book claims Mr Prescott hosted
    # a dinner where the prime minister told …"): the cue's subject opens after the last subordinator
    inner = [i for i in range(3, last) if inside[i].text in _INNER_SUBORDINATORS and _opens_subject(inside[i + 1].text)]
    if inner:
        first = inner[-1] + 1
    words = [t.text for t in inside]
    while last > first:
        if inside[last].text in _TRAILING_ADVERBS or _adverb_after_name(inside, last):
            last -= 1
        elif first < (start := time_adjunct_start(words, last)) <= last:
            last = start - 1
        else:
            break
    if (first, last) == (0, len(inside) - 1) or not inside:
        return source
    return Span.of(text, inside[first].start, inside[last].end)


def _relative_clause_subject(reading: Reading, unit: Unit, found: FoundAttribution, source: Span | None) -> Resolved | None:
    """"McCormick, who has split from … on issues such as the state's voucher program, told …": a
    learned source inside the relative clause of the rules' subject of the same cue is that subject."""
    if source is None:
        return None
    text = reading.doc.text
    for cue in reading.doc.cues[unit.index]:
        m = cue.source
        if cue.first not in found.cue_tokens or m is None or cue.inverted or m.span.end > source.start \
                or m.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP):
            continue
        if re.match(r"\s*,\s*(?:who|which)\b", text[m.span.end:source.start]):
            identified = speaker_for(m, reading.registry, unit.paragraph, unit.index)
            return Resolved((identified.speaker,), identified.confidence)
    return _closing_relative_clause(reading, unit, source)


def _restrictive_description(reading: Reading, unit: Unit, found: FoundAttribution, source: Span | None) -> Resolved | None:
    """"The barrister who had represented Mr Martin had said …": a learned source made of a description and its
    restrictive "who" clause names the description (the rules' unnamed subject of the same cue), never the
    person the clause names."""
    if source is None:
        return None
    for cue in reading.doc.cues[unit.index]:
        m = cue.source
        if cue.first in found.cue_tokens and m is not None and m.anonymous and m.kind == MentionKind.PERSON \
                and m.span.start == source.start and re.match(r"\s+who\b", reading.doc.text[m.span.end:source.end]):
            identified = speaker_for(m, reading.registry, unit.paragraph, unit.index)
            return Resolved((identified.speaker,), identified.confidence)
    return None


def _closing_relative_clause(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """"Mr Clarke, who took on the post after David Blunkett quit, has rejected calls to "pause"": a learned
    source that ends a non-restrictive relative clause (its closing comma right before the cue) names
    someone inside that clause; the cue's subject is the name the clause describes, before ", who"."""
    text = reading.doc.text
    if not source.text.rstrip().endswith(","):
        return None
    for m in sorted(reading.doc.mentions[unit.index], key=lambda m: -m.span.end):
        if m.span.end > source.start or m.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP):
            continue
        if re.fullmatch(r"\s*,\s*(?:who|which)\b[^,;:.]*", text[m.span.end:source.start]):
            identified = speaker_for(m, reading.registry, unit.paragraph, unit.index)
            return Resolved((identified.speaker,), identified.confidence)
    return _description_before_relative(reading, unit, source)


_OPENING_DESCRIPTION = re.compile(r"\s*((?:The|A|An)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*,\s*$")


def _description_before_relative(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """"The businessman, whose latest venture is a casino in Newcastle, also voiced concern …": the model took the
    relative clause for the source; the speaker is the description it sets off, opening the sentence."""
    text = reading.doc.text
    if not re.match(r"(?:who|whose|which)\b", source.text):
        return None
    opening = _OPENING_DESCRIPTION.fullmatch(text, unit.start, source.start)
    if opening is None:
        return None
    description = Span.of(text, opening.start(1), opening.end(1))
    return _described_source(reading, unit, description) or Resolved((_bare_description(description),),
                                                                      reading.settings.bare_description)


def _head_phrase(reading: Reading, unit: Unit, source: Span | None) -> Span | None:
    """"The authors of the research published in the journal JAMA Psychiatry", "A … reporter Nisan
    Ahmado's source inside the Rukban camp": a source whose head no name gives, cut before its first
    postmodifier (a prepositional phrase, a relative clause), when every name after the cut belongs
    to that postmodifier and every name before it only modifies or owns the head."""
    if source is None:
        return None
    tokens, mentions, text = unit.tokens, list(reading.doc.mentions[unit.index]), reading.doc.text
    inside = [k for k, t in enumerate(tokens) if source.start <= t.start and t.end <= source.end]
    cut = next((k for k in inside[1:] if tokens[k].text == "," or tokens[k].text.lower() in POSTMODIFIER_WORDS), None)
    if cut is None or tokens[inside[0]].text.lower() in RELATIVE_PRONOUNS:
        return source  # "who watched the ceremony on …": a relative clause's own words name no head
    names = [m for m in mentions if m.kind != MentionKind.PRONOUN and source.start <= m.span.start and m.span.end <= source.end]
    before = [m for m in names if m.last < cut]
    after = [m for m in names if m.first > cut]
    if not after or not all(_owns_the_head(m, tokens, text) for m in before):
        return source
    if not all(_preposition_before(tokens, m) if before else phrase_head(mentions, tokens, m) is not m for m in after):
        return source
    return Span.of(text, source.start, tokens[cut - 1].end)


# words that open a noun phrase's postmodifier: a prepositional phrase or a relative clause
POSTMODIFIER_WORDS = PREPOSITIONS | naming.RELATIVES | {"inside", "outside", "near", "against"}


def _owns_the_head(m: Mention, tokens, text: str) -> bool:
    """"Nisan Ahmado's source", "VOA … reporter": a name before a possessive or before a lowercase noun
    (not a verb: "Netcraft analysed")."""
    after = tokens[m.last + 1].text if m.last + 1 < len(tokens) else ""
    noun = after.isalpha() and after.islower() and modifies_noun(after) and not after.endswith("ed") \
        and after not in lexicons.reporting_verbs() and after not in RELATIVE_PRONOUNS
    return _possessive(m, text) or noun


def _preposition_before(tokens, m: Mention) -> bool:
    """The name is the object of a preposition: "inside the Rukban camp"."""
    start = m.extent_start if m.extent_start is not None else m.first
    k = start - 1
    while k >= 0 and naming.is_determiner(tokens[k].text) and tokens[k].text.islower():
        k -= 1
    return k >= 0 and tokens[k].text.lower() in POSTMODIFIER_WORDS


LONG_SOURCE_WORDS = 8  # a learned source longer than this is a clause, not a noun phrase


def _clause_subject_source(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """"Monitoring firm Netcraft analysed response times … and found that …": a learned source that runs
    over a whole first clause is that clause's subject, a name the rules found at its start."""
    if len(source.text.split()) <= LONG_SOURCE_WORDS:
        return None
    starts = [t.start for t in unit.tokens if source.start <= t.start < source.end][:4]
    subject = next((m for m in reading.doc.mentions[unit.index] if m.span.start in starts
                    and m.kind in (MentionKind.PERSON, MentionKind.ORGANISATION) and not m.anonymous), None)
    if subject is None:
        return None
    identified = speaker_for(subject, reading.registry, unit.paragraph, unit.index)
    return Resolved((identified.speaker,), identified.confidence * reading.settings.relative_antecedent)


def _noun_like(word: str) -> bool:
    """A word that can head a relative clause's antecedent: not a function word, a verb's past or
    a reporting verb ("said that …", "in which")."""
    return word not in _FUNCTION_WORDS and word not in PREPOSITIONS and not word.endswith("ed") \
        and word not in lexicons.reporting_verbs()


def _pronoun_source(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """"Sanders, who lost …", "Both have invoked …", "his claim that …": whom the pronoun means."""
    registry, settings, lowered = reading.registry, reading.settings, source.text.lower()
    if lowered in RELATIVE_PRONOUNS:
        # "Sanders, who lost the primaries, said …": the relative pronoun's antecedent speaks
        mentions = reading.doc.mentions[unit.index]
        before = [m for m in mentions if m.span.end <= source.start and m.kind != MentionKind.PRONOUN]
        text = reading.doc.text
        noun = _ANTECEDENT_NOUN.search(text, max(unit.start, source.start - 40), source.start)
        if noun is not None and not before and lowered in ("who", "whom") and _noun_like(noun.group(1).split()[-1]):
            # "came from someone who claimed …": an antecedent no name gives is the words themselves
            words = _bare_description(Span.of(text, noun.start(1), noun.end(1)))
            return Resolved((replace(words, mention=source),), settings.bare_description)
        if before:
            antecedent = speaker_for(before[-1], registry, unit.paragraph, unit.index)
            return Resolved((replace(antecedent.speaker, mention=source),), antecedent.confidence * settings.relative_antecedent)
    if lowered == "both":
        # "Both have invoked …": the pair the article named together last
        names = registry.resolve_pair("both", unit.index)
        if names is not None:
            return Resolved((Speaker(names, SpeakerType.GROUP, source),), settings.pair_named)
        return Resolved((Speaker(source.text, SpeakerType.UNKNOWN, source),), settings.unresolved_pronoun)
    owned = _PERSON_OWNED.fullmatch(lowered)
    if owned is not None and owned.group(2) in _OWN_BODIES:
        # "His office said …": the office of the person "his" means, named in full ("Advisers" is no one)
        antecedent = registry.resolve_pronoun(owned.group(1), unit.paragraph, unit.index, source.start)
        entity = antecedent.entity
        if entity is not None and entity.type == SpeakerType.PERSON and len(entity.name_tokens) > 1:
            name = f"{entity.name}'s {source.text.split()[-1]}"
            return Resolved((Speaker(name, SpeakerType.ORGANISATION, source),), antecedent.confidence)
    staff = _pronoun_owned_people(registry, unit, source, lowered)
    if staff is not None:
        return staff
    pronoun = "it" if lowered == "it" else POSSESSIVE_PRONOUNS.get(lowered)
    if pronoun is not None:
        # "his claim that …", "their view": the possessor speaks, resolved as "he"/"they" would be;
        # "It said …" after an organisation: the organisation
        antecedent = registry.resolve_pronoun(pronoun, unit.paragraph, unit.index, source.start)
        entity = antecedent.entity
        if entity is not None:
            return Resolved((Speaker(entity.name, entity.type, source, entity.role, entity.affiliation),), antecedent.confidence)
        return Resolved((Speaker(source.text, SpeakerType.UNKNOWN, source),), settings.unresolved_pronoun)
    return None


def _pronoun_owned_people(registry, unit: Unit, source: Span, lowered: str) -> Resolved | None:
    """"Her lawyers said", "his spokesman said": people who act for the person the pronoun means, named as
    that person's ("Donna Clarkson's lawyers", as "Cameron's spokesman" is written), never the person; the
    words stay when the pronoun names no one in full."""
    owned = _PERSON_OWNED.fullmatch(lowered)
    noun = owned.group(2) if owned is not None else ""
    single = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if not noun or noun in _OWN_BODIES or not (naming.person_noun(single) or single in lexicons.role_nouns()) \
            or single in naming.KIN_NOUNS:
        return None
    antecedent = registry.resolve_pronoun(owned.group(1), unit.paragraph, unit.index, source.start)
    entity = antecedent.entity
    if entity is None or entity.type != SpeakerType.PERSON or len(entity.name_tokens) < 2:
        return None
    name = f"{entity.name}'s {source.text.split()[-1]}"
    kind = SpeakerType.GROUP if single != noun else SpeakerType.PERSON
    return Resolved((Speaker(name, kind, source, single, entity.name),), antecedent.confidence)


def _heads_of(mentions: tuple[Mention, ...], overlapping: list[Mention], modifiers: list[Mention],
              source: Span, unit: Unit, text: str) -> list[Mention]:
    """The mentions inside the source that may head it: not a modifier, not a possessor."""
    inside = [m for m in overlapping if m not in modifiers]
    # a name inside another person's title or appositive describes that person ("Hillary
    # Clinton’s campaign manager Robby Mook"): the described person is the source, with the role
    inside = list(dict.fromkeys(relative_head(_described_by(m, mentions), mentions, unit.tokens) for m in inside))
    # "Donald Trump’s longtime confidant Roger Stone": a possessor is not the head of the phrase;
    # nor of a plural ("Sanders’s most passionate supporters" are several people, not Sanders)
    inside = [m for m in inside if not (_possessive(m, text) and (any(
        o.kind == MentionKind.PERSON and o.span.start > m.span.end for o in inside)
        or _head_noun(m, source)))]
    # "The company that runs the AMAs, Dick Clark Productions": a name inside another's postmodifier
    # (a prepositional phrase, a relative clause) does not head the source while another name may
    heads = []
    for m in inside:
        head = m if m.kind == MentionKind.PRONOUN else phrase_head(list(mentions), unit.tokens, m)
        if head is m or (head.kind == MentionKind.ORGANISATION and not head.anonymous and head not in mentions
                         and source.start <= head.span.start and head.span.end <= source.end):
            heads.append(head)  # the name itself, or the organisation's whole name ("Committee for a … Budget")
    heads = heads or inside
    # "A TV station in the US": a place after "in" inside a description's own words is not the source
    if len(heads) == 1 and _in_description_postmodifier(heads[0], source, unit):
        return []
    return heads


_RELATIVE_OPENING = re.compile(r",\s+(?:whose|who|which)\b")


def _in_description_postmodifier(m: Mention, source: Span, unit: Unit) -> bool:
    """A description opened by a determiner holds the name only in its postmodifier: a place after "in" ("A TV
    station in the US") or a name inside a relative clause set off after it ("The businessman, whose latest venture
    is a casino in Newcastle,"): the description speaks, not the name."""
    words = source.text.split()
    if not words or not naming.is_determiner(words[0]) or m.kind == MentionKind.PERSON or m.span.start <= source.start:
        return False
    if _RELATIVE_OPENING.search(source.text[: m.span.start - source.start]):
        return True
    tokens = unit.tokens
    k = m.first - 1
    if k >= 0 and tokens[k].text.lower() == "the":
        k -= 1
    return k >= 0 and tokens[k].text.lower() == "in" and tokens[k].start > source.start and m.name in lexicons.places()


def _mention_source(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """The rules' mentions inside the source: two people joined by "and", the one mention that
    heads it, or the name that owns or modifies its head ("Sanders supporters")."""
    registry, settings, text = reading.registry, reading.settings, reading.doc.text
    mentions = reading.doc.mentions[unit.index]
    overlapping = [m for m in mentions if m.span.start < source.end and m.span.end > source.start]
    modifiers = [m for m in overlapping if _modifies_a_noun(m, source, text)]
    inside = _heads_of(mentions, overlapping, modifiers, source, unit, text)
    people = [m for m in inside if m.kind == MentionKind.PERSON and not m.anonymous]
    joined = len(people) >= 2 and all(
        text[a.span.end:b.span.start].strip(" ,") in ("and", "&") for a, b in zip(people, people[1:], strict=False))
    if not joined:
        # "Critics in the opposition and civil rights activists", "Clinton, Sanders and many Democrats":
        # the source's last subject with the conjuncts the rules join to it, all inside the source
        heads = [m for m in inside if m.kind in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.GROUP)]
        chain = coordinated_before(list(mentions), unit.tokens, heads[-1]) if heads else ()
        if len(chain) >= 2 and chain[0].span.start >= source.start and chain[-1].span.end <= source.end:
            people, joined = list(chain), True
    if joined:
        return Resolved(tuple(speaker_for(m, registry, unit.paragraph, unit.index).speaker for m in people),
                        settings.joined_people)
    lead = next((m for m in inside if m.anonymous and m.span.start == source.start and m.span.start in registry.described), None)
    if lead is not None:
        # "A close associate of … Khodorkovsky" that the next sentence names: that person, not the "of" name
        inside = [lead]
    if inside:
        rank = {MentionKind.PERSON: 3, MentionKind.ORGANISATION: 2, MentionKind.GROUP: 1}
        mention = max(inside, key=lambda m: (rank.get(m.kind, 0), len(m.name), m.span.start))
        mention = _with_modifiers(mention, modifiers, text)
        if mention.kind == MentionKind.PRONOUN:
            mention = fronted_subject(registry, unit, mentions, mention) or bound_subject(registry, unit, mentions, mention) or mention
        identified = speaker_for(mention, registry, unit.paragraph, unit.index)
        return Resolved((identified.speaker,), identified.confidence)
    owner = next((m for m in overlapping if m.kind in (MentionKind.PERSON, MentionKind.ORGANISATION)
                  and (_heads_a_plural(m, source) or (_possessive(m, text) and _head_noun(m, source)))), None)
    if owner is not None:
        # "Sanders supporters", "Sanders’s most passionate supporters": a group named by whom it
        # belongs to; "Cameron’s spokesman": someone of that person's, not the person; "Trump’s
        # campaign": that person's organisation. As sure as any group the rules name
        return Resolved((_owned(reading, owner, source, unit),), settings.owned_phrase)
    return None


def _described_source(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """A description coref resolves ("the group" -> WikiLeaks), or a lone surname of someone named in full."""
    registry, settings = reading.registry, reading.settings
    source = _before_apposition(source)
    entity = registry.resolve_description(source.text, unit.paragraph, unit.index, source.start)
    if entity is not None:
        # "the group" -> WikiLeaks, "the former first lady" -> Hillary Clinton; the mention stays
        # the words of this sentence
        # the description's own role and affiliation where the entity has none ("the Vermont senator")
        role, affiliation = describe(source.text) if entity.type == SpeakerType.PERSON else (None, None)
        return Resolved((Speaker(entity.name, entity.type, source, entity.role or role, entity.affiliation or affiliation),),
                        settings.resolved_description)
    for found in re.finditer(r"[A-Z][\w’'-]+", source.text):
        # "Wyne mentioned, …": a surname the rules took for no mention, of someone named in full; not a
        # name modifying the noun after it ("one Sanders supporter", "The Trump campaign": _modified_source)
        word = found.group()
        after = next(iter(re.findall(r"[\w’'-]+", source.text[found.end():])), "")
        if modifies_noun(after) and _noun_like(after):
            continue
        named = registry.person_named(word)
        if named is not None:
            return Resolved((Speaker(named.name, named.type, source, named.role, named.affiliation),),
                            settings.resolved_description)
    return None


def _before_apposition(source: Span) -> Span:
    """"said the report, the highest total sold to date": a short definite description before a comma is
    the source; what the comma sets off after it describes something else."""
    head = re.match(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+){0,2}[a-z]+(?=,\s)", source.text)
    return Span(source.start, source.start + head.end(), head.group()) if head is not None else source


def _modified_source(reading: Reading, unit: Unit, source: Span) -> Resolved | None:
    """"The Trump campaign", "one Sanders supporter": a phrase whose head noun a name modifies names
    the organisation, group or person that noun describes, never the person the name is (as
    "Trump’s campaign" in _mention_source)."""
    text, mentions = reading.doc.text, reading.doc.mentions[unit.index]
    def heads(m: Mention) -> bool:
        head = _head_noun(m, source)  # a noun, not "Rendell recalled": the source ran on into the cue
        return bool(head) and _noun_like(head)

    owner = next((m for m in mentions if m.kind in (MentionKind.PERSON, MentionKind.ORGANISATION)
                  and source.start <= m.span.start and m.span.end < source.end
                  and _modifies_a_noun(m, source, text) and heads(m)), None)
    if owner is None:
        return None
    return Resolved((_owned(reading, owner, source, unit),), reading.settings.owned_phrase)


def _bare_description(source: Span) -> Speaker:
    """The source's words as the speaker: a person when they give a role, an organisation by its head noun."""
    speaker = described_speaker(source)
    role, affiliation = describe(source.text)
    if role and speaker.type == SpeakerType.UNKNOWN:
        # "a Chinese official", "the Vermont senator": someone described by a role is a person
        speaker = replace(speaker, type=SpeakerType.PERSON)
    elif speaker.type == SpeakerType.UNKNOWN and party_label(speaker.name):
        speaker = replace(speaker, type=SpeakerType.ORGANISATION)  # "Labour says": the party, as "the Liberal Democrats"
    elif speaker.type == SpeakerType.UNKNOWN and _organisation_head(speaker.name.split()[-1].lower()):
        speaker = replace(speaker, type=SpeakerType.ORGANISATION)  # "the Turkish government"
    elif speaker.type == SpeakerType.UNKNOWN:
        speaker = replace(speaker, type=_head_type(speaker.name) or speaker.type)
    return replace(speaker, role=role, affiliation=affiliation) if role else speaker


# "someone who claimed …": an indefinite pronoun that stands for one person
_SOMEONE = frozenset({"someone", "somebody", "anyone", "anybody", "no-one", "nobody"})


def _head_type(words: str) -> SpeakerType | None:
    """A description's type by its head noun, the word before its first postmodifier ("A person
    familiar with the matter", "the city’s police", "a local police source"): a person noun, one
    person or several; an organisation word ("police"), an organisation; else None."""
    tokens = [w.lower() for w in re.findall(r"[\w’'-]+", words)]
    cut = next((k for k, w in enumerate(tokens) if k > 0 and w in naming.POSTMODIFIERS), len(tokens))
    # "a person familiar with the matter": past one adjective, before a postmodifier only
    heads = tokens[max(0, cut - 2):cut] if cut < len(tokens) else tokens[-1:]
    for head in reversed(heads):
        if naming.is_determiner(head):
            return None
        if head in _SOMEONE:
            return SpeakerType.PERSON
        if _organisation_head(head) or head in naming.ORG_HEADS and head in naming.PEOPLE_NOUNS:
            return SpeakerType.ORGANISATION  # "the city’s police": a body of people; "the … Office for …"
        if head in _PUBLISHED or head in _LEGAL_PAPERS:
            # "an official report says", "according to a study", "the lawsuit alleges": its issuer (a statement, a
            # letter or a book may be one person's: left untyped)
            return SpeakerType.ORGANISATION
        if head in naming.GROUP_HEADS or head in lexicons.words("group_nouns"):
            return SpeakerType.GROUP  # "a majority of voters"
        if naming.person_noun(head):
            plural = head.endswith("s") and not head.endswith("ss") or head in ("people", "men", "women", "children")
            return SpeakerType.GROUP if plural else SpeakerType.PERSON
    return None


def _owned(reading: Reading, owner: Mention, source: Span, unit: Unit) -> Speaker:
    """The speaker a phrase owned or modified by a name denotes: a group ("Sanders supporters"),
    someone in a role for that person ("Cameron’s spokesman": role spokesman, affiliation David
    Cameron), or that person's organisation ("Trump’s campaign")."""
    described = described_speaker(source)
    head = _head_noun(owner, source).lower()
    if described.type == SpeakerType.GROUP or not head:
        return described
    whose = speaker_for(owner, reading.registry, unit.paragraph, unit.index).speaker
    if head in ISSUED_DOCUMENTS or head in _PUBLISHED:
        # "Morquendi's message read", "Acme's statement said", "Ericsson's research has shown that": a
        # document or a finding speaks for whoever wrote or published it
        if head in _PUBLISHED and whose.type == SpeakerType.PERSON and " " not in whose.name:
            return replace(whose, type=SpeakerType.ORGANISATION)  # "Gartner's survey": one word that publishes is a body
        return whose
    lead = reading.registry.lead_described(source.text, source.start) if reading.registry.text else None
    if lead is not None and lead.name != whose.name:
        # "…, claims his agent. ¶ But Bernie Mandic said": the lead's description is the person named next
        return Speaker(lead.name, SpeakerType.PERSON, source, lead.role, lead.affiliation)
    holder = _post_holder(reading, source, whose) if head in lexicons.role_nouns() else None
    if holder is not None:
        # "Austria's interior minister said" once "Interior Minister Wolfgang Peschorn" is named: that person
        return Speaker(holder.name, SpeakerType.PERSON, source, holder.role or head, holder.affiliation or whose.name)
    if head in lexicons.role_nouns():
        role = re.sub(r"^(?:’s|'s|’|')\s*", "", described.name[owner.span.end - described.mention.start:].strip())
        return replace(described, type=SpeakerType.PERSON, role=role or head,
                       affiliation=whose.name)
    if _organisation_head(head):
        return replace(described, type=SpeakerType.ORGANISATION)
    if described.type == SpeakerType.UNKNOWN:
        # "Swift's rep", "the reporter's source": one person; "The Cleveland police": a body
        return replace(described, type=_head_type(described.name) or described.type)
    return described


def _post_holder(reading: Reading, source: Span, whose: Speaker):
    """The person the article names who holds the post an owned phrase states (``coref.post_of``), never
    the owner itself."""
    post = post_of(source.text)
    holder = reading.registry.post_holder(post, source.start) if post is not None else None
    return holder if holder is not None and holder.name != whose.name else None


def clause_like(content: tuple[Span, ...], min_words: int) -> bool:
    """Reported content says something: a few words, not a prepositional phrase ("in March",
    "to the crowd") or a bare object ("his arrest") that a non-speech cue left behind."""
    words = " ".join(piece.text for piece in content).split()
    if len(words) < min_words:
        return False
    return words[0].lower() not in PREPOSITIONS or _clause_after_opening(words)


# the words before a clause's subject that a prepositional word opens: a quantity ("at least 5,000 people entered
# …", "about 2,500 new jobs should be created"); a fronted adverbial set off by a comma ("in the northern cities, the
# race is between …", "to achieve the purchases, he would have to …"); a preposition and one word before a subject
# pronoun ("at first he tried …", "in November they would increase …")
_QUANTITY_OPENERS = frozenset({"at", "about", "around", "over", "under", "up", "nearly"})
_SUBJECT_CASE = frozenset({"he", "she", "they", "we", "i"})
# a time or place adverbial, not an agent or an object ("by everyone I interviewed", "to them we owe …")
_ADVERBIAL_OPENERS = frozenset({"at", "in", "on", "after", "before", "during", "since", "until", "over"})


_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
                                 "may", "might", "can", "must"})


def _verb_after_quantity(lower: list[str]) -> bool:
    """"at least 5,000 people entered …", "about 2,500 new jobs should be created": the quantity is the subject of a
    verb (an auxiliary or an -ed form) before any preposition or relative ("reported at least 20 victims at a
    nonprofit center that works …" has an object)."""
    for word in lower[2:8]:
        if word in PREPOSITIONS or word in RELATIVE_PRONOUNS:
            return False
        if word in _FINITE_AUXILIARIES or (word.endswith("ed") and len(word) > 4):
            return True
    return False


def _clause_after_opening(words: list[str]) -> bool:
    """A content opening with a prepositional word is a clause all the same (see _QUANTITY_OPENERS)."""
    lower = [w.lower().strip(",") for w in words]
    if lower[0] in _QUANTITY_OPENERS and (lower[1] in ("least", "most") or lower[1][:1].isdigit()):
        return _verb_after_quantity(lower)
    comma = next((k for k, w in enumerate(words[:8]) if w.endswith(",")), None)
    if comma is not None and len(words) - comma > 3 and (lower[comma + 1] in _SUBJECT_CASE or lower[comma + 1] in (
            "the", "a", "an", "this", "these", "its", "their")):
        return True
    # the adverbial is a preposition and one word: a longer phrase may hold a relative clause whose subject the
    # pronoun is ("hinted at the niche he sees for himself")
    return lower[0] in _ADVERBIAL_OPENERS and len(lower) > 2 and lower[2] in _SUBJECT_CASE


def _described_by(mention: Mention, mentions: list[Mention]) -> Mention:
    """The person whose title or appositive holds this mention ("Hillary Clinton" in "Hillary
    Clinton’s campaign manager Robby Mook" -> Robby Mook), else the mention itself."""
    for other in mentions:
        if other is mention or other.kind != MentionKind.PERSON:
            continue
        start = other.extent_start if other.extent_start is not None else other.first
        end = other.extent_end if other.extent_end is not None else other.last
        if start <= mention.first and mention.last <= end and not (other.first <= mention.first and mention.last <= other.last):
            return other
    return mention


_FUNCTION_WORDS = frozenset("a an the as of in on at to for by with from and or but this than so".split())


def names_someone(source: Span | None) -> bool:
    """A learned source with a word that can name someone: not a stray "as" or "to" the tagger
    left over (pronouns count: coref resolves them)."""
    if source is None:
        return False
    words = re.findall(r"[^\W\d_][\w’'-]*", source.text)
    return any(w.lower() not in _FUNCTION_WORDS for w in words)


def _modifies_a_noun(mention: Mention, source: Span, text: str) -> bool:
    """"Sixty-three percent", "Trump campaign aides", "The GOP front-runner", "a Chinese official",
    "A New York judge": a name followed, inside the source, by a lowercase noun is that noun's
    modifier, not the speaker."""
    if mention.kind not in (MentionKind.PERSON, MentionKind.ORGANISATION, MentionKind.PLACE):
        return False
    rest = text[mention.span.end:source.end]
    after = re.match(r"-?\s?([\w’'-]+)", rest)  # the very next word, no comma between
    word = after.group(1).lstrip("-") if after else ""
    if mention.kind in (MentionKind.ORGANISATION, MentionKind.PLACE):
        # an organisation modifies the noun of a short phrase naming someone ("The GOP front-runner",
        # "a Homeland Security Department official"), not a clause the source span ran on into ("The
        # Washington Post ran a feature Saturday that"); through its own document it speaks itself
        # ("the IMF report", "a Bloomberg poll")
        words = [w.strip(".,;:") for w in rest.lower().split()]
        if len(words) > _MAX_ORG_PHRASE or any(w in _CLAUSE_WORDS or w in _DOCUMENT_NOUNS for w in words):
            return False
    # "property website Rightmove which suggested …": a relative pronoun opens a clause about the name
    return modifies_noun(word) and word.lower() not in RELATIVE_PRONOUNS


_MAX_ORG_PHRASE = 4
_CLAUSE_WORDS = frozenset({"a", "an", "the", "that", "which", "who", "whom", "whose"})
_DOCUMENT_NOUNS = frozenset("""
report reports poll polls survey surveys study studies analysis article articles database data protocol
statement statements filing filings memo letter release story editorial review tally website account
document documents records ruling order
""".split())


def _with_modifiers(mention: Mention, modifiers: list[Mention], text: str) -> Mention:
    """A group named with the names that modify it is that group: "Colorado Republican leaders",
    not "leaders" (a modifier ending right before the group's words, nothing but spaces between)."""
    if mention.kind != MentionKind.GROUP:
        return mention
    before = [m for m in modifiers if m.span.end <= mention.span.start and not text[m.span.end:mention.span.start].strip()]
    if not before:
        return mention
    first = min(before, key=lambda m: m.span.start)
    chain = [m for m in modifiers if first.span.start <= m.span.start < mention.span.start]
    # every gap from the first modifier to the group is blank: one phrase, not a list
    stops = sorted([*(m.span for m in chain), mention.span], key=lambda s: s.start)
    if any(text[a.end:b.start].strip() for a, b in zip(stops, stops[1:], strict=False)):
        return mention
    span = Span.of(text, first.span.start, mention.span.end)
    if re.search(r"\s[-–—]\s", span.text):  # a dateline ("BRUSSELS - European leaders"), not a modifier
        return mention
    return replace(mention, span=span, name=span.text, first=first.first)


def _head_noun(mention: Mention, source: Span) -> str:
    """The lowercase noun that heads the phrase a name modifies or owns, a few words on ("Trump’s
    campaign", "Cameron’s longtime spokesman"); "" when the phrase runs on past a preposition or
    into a clause, or ends in a name."""
    words = [w for w in re.findall(r"[\w’'-]+", source.text[max(0, mention.span.end - source.start):])
             if w not in ("’s", "'s", "’", "'")]
    if not words or len(words) > _MAX_ORG_PHRASE or any(w.lower() in PREPOSITIONS or w.lower() in _CLAUSE_WORDS for w in words):
        return ""
    return words[-1] if words[-1].isalpha() and modifies_noun(words[-1]) else ""


# what an organisation is called after whom it belongs to: "Trump’s campaign", "the Clinton team"
_BODY_HEADS = frozenset({"team", "office", "staff", "camp"})
# what a body publishes, singular ("a study", "an official report"): it speaks for its issuer, an organisation
# ("a letter", "a book", "the statement": people write or give those too, so they stay untyped)
# papers filed in a court that speak for whoever filed them (the beats gold types "court records", "the lawsuit" so)
_LEGAL_PAPERS = frozenset({"lawsuit", "suit", "filing", "complaint", "petition", "indictment", "records", "documents"})
_PUBLISHED = lexicons.name_words("findings") - {"data", "figures", "estimates", "findings", "forecasts", "statistics"} | {"report"}


def _organisation_head(noun: str) -> bool:
    """A head noun that makes the phrase an organisation ("government", "campaign", "newspaper")."""
    return noun in ORG_HEADS or noun in MEDIA_HEADS or noun in _BODY_HEADS


def _heads_a_plural(mention: Mention, source: Span) -> bool:
    """"Sanders supporters", "McConnell aides", "Sanders’s most passionate supporters": the source
    ends, after the name, in a plural noun (a regular plural in -s, not -ss or -us), so what it
    names is a group the person modifies or owns, not the person."""
    # the plural must be the phrase's head, a few words on: not "average of polls taken over two weeks"
    last = _head_noun(mention, source)
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us"))


def _possessive(mention: Mention, text: str) -> bool:
    """"Trump’s", "Sanders' ": the name is followed by a possessive ending."""
    after = text[mention.span.end:mention.span.end + 2]
    return after in ("’s", "'s") or (after[:1] in ("’", "'") and mention.span.text.endswith("s"))




def described_speaker(source: Span) -> Speaker:
    """A source the article describes rather than names: "the joint statement", "63 percent"."""
    trimmed = source.text.rstrip(" ,;:—–-")
    source = Span(source.start, source.start + len(trimmed), trimmed)
    adverb = _SENTENCE_ADVERB.match(source.text)
    after = source.text[adverb.end():].split(maxsplit=1)[0] if adverb is not None else ""
    if adverb is not None and not _given_or_surname(adverb.group(1)) and after not in naming.QUANTITIES and not after[:1].isdigit():
        # "Privately ministers believe …": the sentence adverb is no part of who speaks ("Nearly eight
        # of 10 voters" keeps its quantity)
        source = Span(source.start + adverb.end(), source.end, source.text[adverb.end():])
    words = source.text.split()
    plural = bool(words) and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")
    plural = plural or bool(_SHARE.search(source.text))  # "Fifty-one percent say": a share of people
    return Speaker(source.text, SpeakerType.GROUP if plural else SpeakerType.UNKNOWN, source)


_SHARE = re.compile(r"\b(?:percent|per cent)$|%$")
# a capitalised -ly word opening the source before a lowercase word ("Privately ministers")
_SENTENCE_ADVERB = re.compile(r"([A-Z][a-z]{3,}ly),?\s+(?=[a-z])")


def _given_or_surname(word: str) -> bool:
    """"Kelly", "Beverly", "Shelly": an -ly word that is a name, not an adverb."""
    return word.lower() in lexicons.first_names() or word.lower() in lexicons.surnames()
