"""Who the article's people are, and who a rules' cue names.

``register_people`` is coref's first pass (every name before any attribution, so a later "Nye"
finds "Joseph Nye Jr."); ``note_people`` follows the article unit by unit (who was last seen, who
was named together); ``cue_speakers`` turns a rules' cue's source mentions into speakers.
"""

from __future__ import annotations

import re

from quotes import lexicons, naming
from quotes.extract.attribution import Choice
from quotes.extract.coref import (
    AUXILIARIES,
    FRONTED,
    PREPOSITIONS,
    Entity,
    Identified,
    Registry,
    bound_subject,
    described_in,
    fronted_subject,
    link_role_descriptions,
    role_descriptions,
    speaker_for,
    verb_after,
)
from quotes.extract.cues import CueKind, CueMatch
from quotes.extract.document import ArticleDoc
from quotes.extract.drafts import Resolved
from quotes.extract.sources import finite_reporting_verb
from quotes.types import Cue, Mention, MentionKind, Span, Speaker, SpeakerType, Unit


def register_people(doc: ArticleDoc, registry: Registry) -> None:
    """Register every mention of the body, then the headings' ones the body does not know."""
    headings = []
    for unit, mentions in zip(doc.units, doc.mentions, strict=True):
        if doc.is_heading(unit):
            headings.extend(mentions)
            continue
        for m in mentions:
            registry.register(m)
    # a Title Case headline runs names into words ("Elizabeth Warren Hammers Wells Fargo CEO"):
    # its runs only introduce people the body never names in full ("Chris Christie … Christie said")
    for m in headings:
        if not registry.knows(m):
            registry.register(m)
    body = [(u, ms) for u, ms in zip(doc.units, doc.mentions, strict=True) if not doc.is_heading(u)]
    link_role_descriptions(registry, body)
    registry.find_titles()


PREPOSITION_OPENING = 3  # tokens before a name that a sentence-opening phrase may take ("After Smith", "In a Tumblr post")
# prepositions that open no clause ("against Ivan Ljubicic"; "before Radcliffe finally sprinted clear" is a clause),
# nor name the doer or the source of something ("introduced by his son Nick", "heard from Lord Roberts", "the
# purchase of Anelka": who a later "he" may well be)
PHRASE_PREPOSITIONS = frozenset({"against", "with", "to", "at", "in", "on", "over", "into", "about", "behind", "beside",
                                 "between", "among", "towards", "toward", "under", "without", "alongside"})


NAME_PHRASE_WORDS = 3  # lowercase words between a name and the article or preposition of its phrase


def _phrase_opener(tokens, m: Mention, stops: frozenset[str]) -> tuple[int, bool]:
    """(index of the word a name's phrase opens with, whether words other than determiners stand between): walking
    back over at most ``NAME_PHRASE_WORDS`` lowercase words to the first of ``stops``, or where the walk ends."""
    k, modified = m.first - 1, False
    while k >= 0 and m.first - k <= NAME_PHRASE_WORDS and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].text not in stops:
        modified = modified or not naming.is_determiner(tokens[k].text)
        k -= 1
    return k, modified


def _after_name(tokens, m: Mention) -> str:
    return tokens[m.last + 1].text if m.last + 1 < len(tokens) else ""


def _verb(word: str) -> bool:
    """A verb after a name (``verb_after``, auxiliaries included) or a reporting verb: the name opens a clause ("in
    March Smith said")."""
    return verb_after(word) or word.lower() in lexicons.reporting_verbs()


_ARTICLES = frozenset({"a", "an", "the"})


def _modifies_noun(tokens, m: Mention) -> bool:
    """A name after an article and a few lowercase words and before a lowercase word that is no verb ("a recent
    Law Lords judgement", "an Alan Shearer strike"): a modifier of that noun, no one's mention as a subject. The
    words before it are the phrase's adjectives, never a preposition ("the purchase of Anelka")."""
    k, _ = _phrase_opener(tokens, m, _ARTICLES | PREPOSITIONS | {"of"})
    nxt = _after_name(tokens, m)
    return k >= 0 and tokens[k].text.lower() in _ARTICLES and nxt.isalpha() and nxt.islower() and not _verb(nxt)


def _phrase_preposition(tokens, m: Mention) -> bool:
    """Whether a name is the object of a preposition that opens no clause (``PHRASE_PREPOSITIONS``), maybe past a
    determiner ("against the Dutchman Tom Reed"); past other words only when it modifies the phrase's noun (no verb
    after it: "in March Smith said" opens a clause)."""
    k, modified = _phrase_opener(tokens, m, PHRASE_PREPOSITIONS | PREPOSITIONS | {"of", "by", "from"})
    if k < 0 or tokens[k].text.lower() not in PHRASE_PREPOSITIONS:
        return False
    return not modified or not _verb(_after_name(tokens, m))


_TELLING = frozenset({"told", "tells", "tell", "telling"})


def _addressee(tokens, m: Mention) -> bool:
    """"…,” he told BBC Sport. He added": the one a person is telling is the audience, no subject for a later "he"."""
    return m.first > 0 and tokens[m.first - 1].text.lower() in _TELLING


def note_people(registry: Registry, unit: Unit, mentions: tuple[Mention, ...]) -> None:
    """Who this unit names, for the pronouns and "the two leaders" of the units after it."""
    # "The chancellor said the cuts proposed by shadow chancellor Oliver Letwin …": the first
    # person named or described is the sentence's subject, for a later "he"
    subjects, possessors = [], []
    # a name inside a quotation is the speaker's words, never the sentence's subject ("“… Mr Mubanga was
    # properly detained.” But director Stephen Jakobi said …. He said:": he is Jakobi)
    quoted = [q.content for q in unit.quotes]
    described = described_in(registry, unit, mentions)
    for offset, entity in described:
        registry.saw(entity, unit.paragraph, unit.index, offset)
        if not any(q.start <= offset < q.end for q in quoted):
            subjects.append((offset, entity))
    subjects.extend(_unnamed_descriptions(registry, unit, mentions, {o for o, _ in described}))
    for m in mentions:
        if m.kind == MentionKind.PERSON and not m.anonymous:
            entity = registry.person(m)
            registry.saw(entity, unit.paragraph, unit.index, m.span.start)
            if any(q.start <= m.span.start < q.end for q in quoted) or _in_title_of(m, mentions, unit):
                continue
            if m.first > PREPOSITION_OPENING and _phrase_preposition(unit.tokens, m) or _modifies_noun(unit.tokens, m) \
                    or _addressee(unit.tokens, m):
                # "The world number one was forced to go the distance against Ivan Ljubicic": a name in a phrase
                # after the verb is no subject for a later "he" ("After Smith left, he said" keeps Smith); nor is
                # a name that modifies a noun ("ignoring a recent Law Lords judgement", "an Alan Shearer strike"),
                # nor the one a person tells ("he told BBC Sport")
                continue
            if entity.confirmed or len(entity.name_tokens) >= 2:
                # "Northline's chief executive, Tomas Berg, …", "at Gateshead's Sage Centre, the
                # chancellor said": a bare capitalised word is too weak a subject for a later "he"
                (possessors if _possessive(unit, m) else subjects).append((m.span.start, entity))
        elif m.kind == MentionKind.PLACE and m.name in lexicons.places():
            # a country (or its capital, its adjective) for "the country"; not a US state or city
            registry.saw_place(m.name, m.span.start)
    group = _group_subject(unit, mentions) or _pair_subject(registry, unit, mentions)
    if group is not None:
        registry.saw_group_subject(group, unit.paragraph, unit.index)
    # "Asked about Mr Smith's position Mr Johnson told …": a possessor is the subject only when no one a
    # title or a given name shows to be a person is ("Francis' message is to call on … the Roman Catholic Church")
    if not any(e.confirmed or e.name_tokens[0].lower() in lexicons.first_names() for _, e in subjects):
        subjects += possessors
    main = _fronted_phrase(unit, mentions)
    if main is not None:
        # "Speaking to the BBC's Westminster Hour on Sunday, Mr Kennedy said": a name in a fronted phrase is no subject
        subjects = [(o, e) for o, e in subjects if o >= unit.tokens[main].start]
    reporter = _later_reporter(registry, unit, mentions)
    if reporter is not None:
        # "Matt Williams' side has shown little, but Johnson insisted … “…,” he said": the person a second
        # main clause makes the source of a reporting verb is whom the paragraph is quoting next
        subjects = [reporter]
    pronoun = _pronoun_subject(registry, unit, mentions, main)
    if pronoun is not None:
        # "He pointed out that Franz Ferdinand … were signed to indies. “…,” he said.": a sentence
        # whose subject is "he" is about the person "he" names, not the first name after it
        subjects = [pronoun]
    if subjects:
        registry.saw_subject(min(subjects, key=lambda pair: pair[0])[1], unit.paragraph, unit.index)
    for a, b in zip(mentions, mentions[1:], strict=False):
        joined = b.first == a.last + 2 and unit.tokens[a.last + 1].text == "and"
        countries = a.kind != MentionKind.PLACE or (a.name in lexicons.places() and b.name in lexicons.places())
        if joined and countries and a.kind == b.kind and a.kind in (MentionKind.PERSON, MentionKind.PLACE) and not (a.anonymous or b.anonymous):
            names = (a.name, b.name)
            if a.kind == MentionKind.PERSON:
                names = (registry.person(a).name, registry.person(b).name)
            registry.saw_pair(a.kind, names, unit.index)


_CLAUSE_JOINS = frozenset({"but", "and", "while", "yet", "though", "although", "whereas"})


def _later_reporter(registry: Registry, unit: Unit, mentions: tuple[Mention, ...]) -> tuple[int, Entity] | None:
    """The person a second main clause of the sentence opens with as the subject of a reporting verb
    (", but Johnson insisted the Scots …"), or whom an attribution set after the words it reports names
    ("Nielsen had panicked that …, Greer said.", "…, said Mr Balls."): the sentence is that person's, the
    one its reader takes a next "she" or "the feminist writer" for; outside quotations; None when there is none."""
    quoted = [q.content for q in unit.quotes]
    tokens = unit.tokens
    for m in mentions:
        if m.kind != MentionKind.PERSON or m.anonymous or m.first < 2 or m.last + 1 >= len(tokens):
            continue
        if any(q.start <= m.span.start < q.end for q in quoted):
            continue
        first = m.first - 1 if m.honorific and tokens[m.first - 1].text.rstrip(".") == m.honorific.rstrip(".") else m.first
        joined = tokens[first - 2].text == "," and tokens[first - 1].text.lower() in _CLAUSE_JOINS
        if joined and finite_reporting_verb(tokens[m.last + 1].text):
            return m.span.start, registry.person(m)
        if _postposed(tokens, first, m.last) or _according_to_opening(tokens, first, m.last):
            return m.span.start, registry.person(m)
    return None


def _according_to_opening(tokens, first: int, last: int) -> bool:
    """"According to Mandaric, Redknapp vowed he would not join …": the source an opening "according to"
    names is whose account the sentence gives, not the subject of the words it reports."""
    opens = first == 2 or (first == 3 and tokens[0].text.lower() in _CLAUSE_JOINS)
    return opens and tokens[first - 2].text.lower() == "according" and tokens[first - 1].text.lower() == "to" \
        and last + 1 < len(tokens) and tokens[last + 1].text == ","


def _opens_reported_clause(tokens, last: int) -> bool:
    """", said Charles was one of his heroes": a name after the verb that a verb of its own follows is
    the subject of the clause the verb reports, not the one reporting it."""
    return last + 1 < len(tokens) and verb_after(tokens[last + 1].text)


def _postposed(tokens, first: int, last: int) -> bool:
    """", Greer said." / ", said Greer." closing a sentence (its object or medium between at most): an
    attribution after the words it reports."""
    if first >= 1 and tokens[first - 1].text == "," and last + 1 < len(tokens) and finite_reporting_verb(tokens[last + 1].text):
        verb = last + 1
    elif first >= 2 and tokens[first - 2].text == "," and finite_reporting_verb(tokens[first - 1].text) \
            and not _opens_reported_clause(tokens, last):
        verb = last
        if _appositive_to_the_end(tokens, last):
            return True  # ", says Tim Dams, the news editor of trade magazine Screen International."
    else:
        return False
    rest = [t.text for t in tokens[verb + 1:]]
    return bool(rest) and rest[-1] in (".", "!", "?") and not any(w in (",", ";", "that") for w in rest) and len(rest) <= 6


APPOSITIVE_REACH = 15  # tokens of a description set off after an inverted attribution's name


def _appositive_to_the_end(tokens, last: int) -> bool:
    """The name is set off by a comma from a description that runs to the sentence's end, no verb in it."""
    rest = [t.text for t in tokens[last + 1:]]
    return len(rest) >= 3 and rest[0] == "," and rest[-1] in (".", "!", "?") and len(rest) <= APPOSITIVE_REACH \
        and not any(w in (";", "that", "“", '"') or finite_reporting_verb(w.lower()) for w in rest[1:])


def _unnamed_descriptions(registry: Registry, unit: Unit, mentions: tuple[Mention, ...],
                          named: set[int]) -> list[tuple[int, Entity]]:
    """"The Tory leader was asked about … ¶ He replies": a role description opening a clause that
    coref could not name is still someone, its sentence's subject when nobody is named before it; it
    stands as a placeholder of unknown type, so that a "he" after it never skips back over it to a
    subject named earlier ("Documentary maker Michael Cockerell was given access …"). Never a
    pronoun's antecedent (Registry.resolve_pronoun)."""
    quoted = [q.content for q in unit.quotes]
    out = []
    for d in role_descriptions(unit, mentions):
        if d.start in named or any(q.start <= d.start < q.end for q in quoted) or d.last + 1 >= len(unit.tokens):
            continue
        first = next(i for i, t in enumerate(unit.tokens) if t.start == d.start)
        opens = first == 0 or first == 1 and unit.tokens[0].text.lower() in CONJUNCTIONS
        # the main clause's subject, its verb right after it: not "When the moderator pointed out …, the
        # candidate said", nor "the director of the FBI, James Comey, said"
        if not opens or not verb_after(unit.tokens[d.last + 1].text):
            continue
        words = registry.text[d.start:unit.tokens[d.last].end]
        out.append((d.start, Entity(words, SpeakerType.UNKNOWN, (words,))))
    return out


def _in_title_of(m: Mention, mentions: tuple[Mention, ...], unit: Unit) -> bool:
    """"Fair Trials Abroad director Stephen Jakobi": a name inside another person's title or
    appositive describes that person, who is the subject."""
    for other in mentions:
        if other is m or other.kind != MentionKind.PERSON or other.anonymous:
            continue
        if _premodifies_title(unit, m, other):
            return True
        start = other.extent_start if other.extent_start is not None else other.first
        end = other.extent_end if other.extent_end is not None else other.last
        if start <= m.first and m.last <= end and not (other.first <= m.first and m.last <= other.last):
            return True
        if other.affiliation == m.name and m.last < start and start - m.last <= 2:
            return True  # the organisation right before the title ("Fair Trials Abroad director")
    return False


TITLE_REACH = 4  # words between a name and the person whose title it premodifies ("Lib Dem party president")


def _premodifies_title(unit: Unit, m: Mention, other: Mention) -> bool:
    """"Lib Dem president Simon Hughes", "James Hardie chairwoman, Meredith Hellicar": a name followed
    by a title (lowercase words ending in a role noun, no verb among them) and then another person's
    name premodifies that title: whose president or chairwoman, never the sentence's subject."""
    between = [t.text for t in unit.tokens[m.last + 1:other.first]]
    if between[-1:] == [","]:
        between = between[:-1]
    if not 0 < len(between) <= TITLE_REACH or not all(w.isalpha() and w.islower() and not verb_after(w) for w in between):
        return False
    return between[-1] in lexicons.role_nouns() or naming.person_noun(between[-1])


def _fronted_phrase(unit: Unit, mentions: tuple[Mention, ...]) -> int | None:
    """The token opening the main clause after a fronted phrase that opens the unit with a
    preposition or a participle ("At a conference hosted by Gordon Brown, he said", "Speaking to the
    BBC's Westminster Hour, Mr Kennedy said", "Asked about it, she said"): the first comma's next
    token, when a person's name or "he"/"she" stands there. Never a subordinate clause ("When Ghani
    announced the talks, he said": its subject is whom "he" means, coref.fronted_subject)."""
    tokens = unit.tokens
    if len(tokens) < 4 or any(m.first == 0 for m in mentions):
        return None
    opener = tokens[0].text.lower()
    participle = opener.isalpha() and opener.endswith(("ing", "ed")) and not tokens[0].text.isupper()
    # "For Jonathan Chait, Williamson is exposing …": "for" and "to" name whose view it is, the topic
    if opener in FRONTED or opener in ("for", "to") or not (opener in PREPOSITIONS or participle):
        return None
    starts = {m.first for m in mentions if m.kind == MentionKind.PERSON and not m.anonymous
              or m.kind == MentionKind.PRONOUN and m.name in SUBJECT_PRONOUNS}
    for k, tok in enumerate(tokens[1:-1], start=1):
        if tok.text == ",":
            titled = k + 2 in starts and tokens[k + 1].text.rstrip(".").lower() in lexicons.words("honorifics")
            return k + 1 if k + 1 in starts or titled else None  # "…, Mr Kennedy said"
    return None


def _possessive(unit: Unit, m: Mention) -> bool:
    """"Asked about Mr Smith's position Mr Johnson told …": a name in the possessive inside the
    sentence determines another noun; it is the subject only when the sentence names no one else
    (note_people). One that opens the sentence is its topic ("Mr. Obama's bet is that …. He says")."""
    after = unit.tokens[m.last + 1].text if m.last + 1 < len(unit.tokens) else ""
    if not (after in ("'s", "’s", "'", "’") or unit.tokens[m.last].text.endswith(("'s", "’s"))):
        return False
    before = [t.text.rstrip(".").lower() for t in unit.tokens[:m.first]]
    if before[1:2] == [","] and before[0] in lexicons.name_words("openers"):
        before = before[2:]  # "Indeed, Francis' message is …"
    return not all(w in CONJUNCTIONS or w in lexicons.words("honorifics") for w in before)


SUBJECT_PRONOUNS = frozenset({"he", "she"})
CONJUNCTIONS = frozenset({"and", "but", "yet", "so"})  # what may stand before a main clause's subject


def _pronoun_subject(registry: Registry, unit: Unit, mentions: tuple[Mention, ...],
                     main: int | None = None) -> tuple[int, object] | None:
    """(offset, person) when the unit opens with "he"/"she" (after at most a conjunction, or after a
    fronted phrase: ``main``, the token opening the main clause) that resolves to someone, before any
    person the unit names."""
    first = next((m for m in mentions if m.kind in (MentionKind.PRONOUN, MentionKind.PERSON)
                  and (main is None or m.first >= main)), None)
    if first is None or first.kind != MentionKind.PRONOUN or first.name not in SUBJECT_PRONOUNS:
        return None
    before = [t.text.lower() for t in unit.tokens[: first.first]]
    if first.first != main and (len(before) > 1 or before and before[0] not in lexicons.name_words("openers")):
        return None
    antecedent = registry.resolve_pronoun(first.name, unit.paragraph, unit.index, first.span.start)
    return None if antecedent.entity is None else (first.span.start, antecedent.entity)


def _group_subject(unit: Unit, mentions: tuple[Mention, ...]) -> str | None:
    """The group a unit is about ("Critics say …", "Although …, data recovery experts say …"): a
    group mention that is the unit's first mention and the subject of the verb right after it."""
    first = mentions[0] if mentions else None
    if first is None or first.kind != MentionKind.GROUP or first.last + 1 >= len(unit.tokens):
        return None
    verb = unit.tokens[first.last + 1].text
    return first.name if verb in AUXILIARIES or verb in lexicons.reporting_verbs() else None


def _pair_subject(registry: Registry, unit: Unit, mentions: tuple[Mention, ...]) -> str | None:
    """"Michael Howard and frontbencher John Redwood on Thursday launched plans. They say …": two people
    joined by "and" that open a sentence (a title of the second's between them) are its subject, whom a
    "they" opening the next sentence means; never a pair set later in the sentence ("Critics of Smith and
    Jones say")."""
    people = [m for m in mentions if m.kind != MentionKind.PLACE]
    if len(people) < 2 or any(m.kind != MentionKind.PERSON or m.anonymous for m in people[:2]):
        return None
    a, b = people[0], people[1]
    between = [t.text for t in unit.tokens[a.last + 1:b.first]]
    if a.first != 0 or not between or between[0] != "and" or any(not w.islower() for w in between[1:]) or len(between) > 3:
        return None
    return f"{registry.person(a).name} and {registry.person(b).name}"


def cue_speakers(doc: ArticleDoc, registry: Registry, unit: Unit, cue: CueMatch) -> Resolved:
    """The speakers a rules' cue's sources name; the confidence is the first one's coref factor."""
    sources = cue.sources or ((cue.source,) if cue.source else ())
    speakers, factor = [], 1.0
    for i, m in enumerate(sources):
        if m.kind == MentionKind.PRONOUN:
            mentions = doc.mentions[unit.index]
            m = _same_unit_subject(doc, unit, cue) or fronted_subject(registry, unit, mentions, m) \
                or bound_subject(registry, unit, mentions, m) or m
        m = _described_owner(doc, registry, unit, m)
        identified = speaker_for(m, registry, unit.paragraph, unit.index)
        if m.kind == MentionKind.PRONOUN:
            identified = _unquoted_antecedent(registry, unit, m, identified)
        speakers.append(identified.speaker)
        factor = identified.confidence if i == 0 else factor
    return Resolved(tuple(speakers), factor)


def _unquoted_antecedent(registry: Registry, unit: Unit, pronoun: Mention, identified: Identified) -> Identified:
    """"… the producer Quincy Jones … “There will never be another musician … as Ray Charles did,” he
    said": a person the quotation itself names is whom it talks about, never whom its "he" means; the
    latest other person seen before the sentence, in its paragraph or the one before, of no other stated
    gender, and named in none of the unit's quotations, speaks instead (none: the pronoun stays as it was)."""
    quoted = " ".join(q.content.text for q in unit.quotes)
    if not quoted or identified.speaker.type != SpeakerType.PERSON or not _named_in(identified.speaker.name, quoted):
        return identified
    want = {"he": "m", "she": "f"}.get(pronoun.name)
    for entity, para, sent in reversed(registry.recent_people):
        if sent >= unit.index or unit.paragraph - para > 1 or entity.type != SpeakerType.PERSON \
                or len(entity.name_tokens) < 2 or _named_in(entity.name, quoted) \
                or registry.speaker_type(entity) != SpeakerType.PERSON:
            continue
        if want is None or registry.stated_gender(entity) in (None, want):
            speaker = Speaker(entity.name, SpeakerType.PERSON, pronoun.span, entity.role, entity.affiliation)
            return Identified(speaker, identified.confidence)
    return identified


def _named_in(name: str, quoted: str) -> bool:
    """Whether a quotation names a person: their surname (the last word of their name) as a word of it."""
    surname = name.split()[-1]
    return surname[:1].isupper() and surname in _WORD.findall(quoted)


_WORD = re.compile(r"[\w’'-]+")


def _described_owner(doc: ArticleDoc, registry: Registry, unit: Unit, m: Mention) -> Mention:
    """"A close associate of former Yukos boss Mikhail Khodorkovsky has told a court": the name in
    the "of" phrase of a lead description that coref named is not the one speaking; the description is."""
    if m.kind != MentionKind.PERSON or m.anonymous:
        return m
    for lead in doc.mentions[unit.index]:
        if lead.anonymous and lead.span.start in registry.described and lead.last + 1 < m.first \
                and unit.tokens[lead.last + 1].text.lower() == "of":
            return lead
    return m


def _same_unit_subject(doc: ArticleDoc, unit: Unit, cue: CueMatch) -> Mention | None:
    """"Nye told VOA that …, which, in his words, proves …": a pronoun means the unit's speaker."""
    for other in doc.cues[unit.index]:
        if other.first != cue.first and other.source is not None and other.source.kind == MentionKind.PERSON and not other.inverted:
            return other.source
    return None


def main_cue(choice: Choice, cues: tuple[CueMatch, ...]) -> Choice:
    """"Nye told VOA that …, which, in his words, proves “…”": "in his words" only marks the
    quote; the sentence's named cue ("told VOA") attributes it."""
    if choice.cue.kind is not CueKind.IN_THEIR_WORDS:
        return choice
    named = [c for c in cues if c.source is not None and c.source.kind == MentionKind.PERSON and c.kind is not CueKind.IN_THEIR_WORDS]
    return Choice(named[0], choice.how) if named else choice


def cue_record(text: str, unit: Unit, cue: CueMatch) -> Cue:
    """The Cue record of a rules' cue: its words as the text has them, its lemma and medium."""
    span = Span.of(text, unit.tokens[cue.first].start, unit.tokens[cue.last].end)
    return Cue(cue.text, cue.lemma, span, cue.medium)

