"""A politician's party the article makes clear away from the quote (a post-pass, after capacity).

A speaker with no party of their own in their quotes' sentences may still be placed in one by what the
article says of them elsewhere, the way a careful reader places them. Each rule below is one such
reason; a person takes a party only when every reason the article gives names the same one and no
affiliation of theirs names a party already (a wrong party misleads more than an empty one):

- *description*: a definite party description standing as a sentence's subject ("Michael Howard
  unveiled … . The Tory leader argued …", "Vincent Cable says … . The Lib Dems' Treasury spokesman is …",
  "the Labour MP for Leeds admitted") refers to the one person the nearest sentence before it names, in its
  paragraph or the one before. It lends its party to that person's other rows, and its own quotes become
  that person's (PolNeAR's reference scorer reads a capitalised modifier as a name, so it scores them as
  missed; a reader wants the name). Never when its own sentence names someone before
  it ("Blair said the Tory leader was wrong") or names that person after it ("… Manafort … The Republican
  nominee has not stepped forward to defend Manafort"), when the sentence before names two people
  ("Clinton attacked Trump. The Republican nominee said"), nor when someone else holds the office in that party;
  when the one person the article names in that office in that party ("Tory co-chairman Liam Fox") is the
  one it means, whoever the sentence before names.
- *fellow*: "fellow" and a party make the person it is said of a member ("Trump took swipes at fellow GOP
  contender Jeb Bush", "McCormick, who has split from many fellow Republicans"): the possessor, the person a
  relative clause holding it hangs on, or the sentence's subject when it opens the sentence and no one
  else is named before "fellow".
- *speaking for*: "For the Conservatives, shadow education secretary Tim Collins said: …": a fronted "for"
  and a party, then the person whose reporting verb opens the main clause (not a parenthetical cue:
  "For Republicans, Clinton said, the choice is …").
- *lead-in*: a sentence that opens with a party as its subject ("The Lib Dems say they would fund free
  personal care …", "The Conservatives have called for …") leads in the party's own spokesperson when the
  next sentence opens by naming one person in a party post ("Health spokesman Paul Burstow said: …",
  "Theresa May, shadow secretary for the family, told …") and names no party itself; a government office
  ("But Home Secretary Charles Clarke said") or any other post ("economist John Smith") is no party's.
- *addressing*: a person who addresses a party's own people is theirs ("Mr Blair told Labour members the
  Tories offered …", "…, telling Labour activists at a rally", "In his speech to Labour's spring conference,
  Mr Brown said"): the person named as the subject of "told", "addressed" or their participles, or whose
  speech it is; never MPs or voters, whom anyone may address.
- *governing*: a holder of a government office the article gives without a party ("Chancellor Gordon
  Brown", "the prime minister", "Trade and Industry Secretary Patricia Hewitt") belongs to the party the
  article shows in government, the way a reader of the story knows whose chancellor he is: the one party
  written as governing ("the Labour government", "Tory ministers", "better off under Labour", "if Labour won
  a third term" with no other party in that sentence) that the article never marks as opposition ("Conservative
  shadow home secretary", "the opposition Tories"). No party written as governing, or two, and no one gets one;
  a party the article never names is never lent ("Home Secretary David Blunkett" in a story naming no party).
  Where no party is written as governing but one of the two parties that alternate in government at
  Westminster is shown in opposition ("Conservative shadow home secretary David Davis") and the article names
  the other, the other governs, as a reader of British politics takes it. A government written with "a" and a
  modal ("A Tory government would cut …") is imagined, not in office.
- *shadowing*: a holder of a shadow post the article gives without a party ("shadow chancellor Oliver Letwin")
  belongs to the one party the article writes as in opposition and never as governing, or, where it writes
  one of the two alternating parties as governing and names the other, to that other.

Reads the document (extract/document.py) and coref's registry (extract/coref.py); adds the party to the
affiliation and, for a person with no role on any row, the office a description names ("Treasury
spokesman"); changes no speaker but a party description's own (above), and no quote.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from quotes import lexicons, naming
from quotes.extract.coref import (
    ANONYMITY_HEADS,
    AUXILIARIES,
    FRONTED,
    PHRASE_ENDS,
    SUBJECT_OPENERS,
    Entity,
    Registry,
    verb_after,
)
from quotes.extract.document import ArticleDoc
from quotes.extract.sources import finite_reporting_verb, is_rolenoun
from quotes.types import Mention, MentionKind, Quote, Speaker, SpeakerType, Unit

# labels that are letters or a plain word before a name ("(D-N.Y.)", "Independent") name a party only in a
# tag, never at the head of a description
_NO_DESCRIPTION_LABELS = frozenset({"R", "D", "I", "Independent"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
MODIFIER_WORDS = 3  # words between the party and the office ("Lib Dems' home affairs spokesman")
LOOKBACK_UNITS = 3  # sentences back a description looks for the person it stands for
FOR_REACH = 6  # tokens after the comma of "For the Conservatives," to the speaker's name
GOVERNMENT_NOUNS = lexicons.name_words("government_nouns")  # "the Labour government", "Tory ministers"
TERM_ORDINALS = lexicons.name_words("incumbency_words")  # "if Labour won a third term"
_IN_OFFICE = frozenset({"government", "power", "office"})  # "Labour's platform for a third term in government"
_NOT_NOW = frozenset({"former", "previous", "last", "past", "ex", "future", "next"})  # "the last Tory government": not today's
_NOT_IN_OFFICE = ("shadow", "former", "ex-", "opposition", "would-be", "prospective")


@dataclass(frozen=True)
class PartyEvidence:
    """One reason to place a person in a party: which rule, where in the text, the person and the party."""

    rule: str
    at: int  # where the evidence starts in the text
    person: str
    party: str
    words: str = ""  # the evidence as written ("The Tory leader", "For the Conservatives")
    role: str | None = None  # the office a description names ("leader", "Treasury spokesman")


def lend_parties(doc: ArticleDoc, registry: Registry, quotes: list[Quote]) -> list[Quote]:
    """The quotes, each person speaker without a party given the one party the article's other
    evidence agrees on (``party_evidence``), and a person with no role anywhere the one office the
    descriptions standing for them name ("The Lib Dems' Treasury spokesman" -> "Treasury spokesman")."""
    evidence = party_evidence(doc, registry)
    evidence += _governing(doc, registry, quotes, {e.person for e in evidence})
    evidence += _shadowing(doc, registry, quotes, {e.person for e in evidence})
    parties, roles = agreed_parties(evidence, quotes), agreed_roles(evidence, quotes)
    if not parties and not roles and not any(e.rule == "description" for e in evidence):
        return quotes  # nothing to lend, and no description to name ("The Tory co-chairman" for Liam Fox)
    standing_for = _described_people(evidence, quotes, parties, registry)
    own_roles = {s.name: s.role for q in reversed(quotes) for s in q.speakers
                 if s.role and (s.mention is None or s.mention.start not in standing_for)}

    def lent(s: Speaker) -> Speaker:
        if s.type != SpeakerType.PERSON:
            return s
        if s.mention is not None and s.name == s.mention.text and s.mention.start in standing_for:
            # "The Tory leader said": Michael Howard, in the role the article states beside his name if it does
            name = standing_for[s.mention.start]
            s = replace(s, name=name, role=own_roles.get(name, s.role))
        party, role = parties.get(s.name), roles.get(s.name)
        if party is not None and not _has_party(s.affiliation):
            s = replace(s, affiliation=f"{s.affiliation}; {party}" if s.affiliation else party)
        return replace(s, role=role) if role is not None and not s.role else s

    touched = set(parties) | set(roles)
    return [replace(q, speakers=tuple(lent(s) for s in q.speakers))
            if any(s.name in touched or s.mention is not None and s.mention.start in standing_for for s in q.speakers)
            else q for q in quotes]


def _described_people(evidence: list[PartyEvidence], quotes: list[Quote], parties: dict[str, str],
                      registry: Registry) -> dict[int, str]:
    """Where a party description stands -> the person it stands for, when the article places that person in
    its party (``agreed_parties``, or a row of theirs naming it) and named them last as a sentence's subject:
    the description's own quotes are that person's, as a reader reads "Michael Howard has denied … ¶ The Tory
    leader said …". Never a word for an unnamed source ("the Tory source said": someone else), nor a person
    named in passing ("…, where George Bush opposed it. But the Tory leader argued")."""
    stated = _stated_parties(quotes)
    people = {e.name: e for e in registry.people}

    def stands_for(e: PartyEvidence) -> bool:
        own = stated.get(e.person, set())
        party = {parties.get(e.person), *own, *(naming.PARTY_NAMES.get(a) for a in own)}
        office = (e.role or "").lower().split()[-1:]
        return e.rule == "description" and e.party in party and not set(office) & ANONYMITY_HEADS \
            and e.person in people and registry.named_as_subject(people[e.person], e.at)

    return {e.at: e.person for e in evidence if stands_for(e)}


def agreed_roles(evidence: list[PartyEvidence], quotes: list[Quote]) -> dict[str, str]:
    """Person -> the one office the descriptions standing for them name, for a person none of whose rows
    has a role (a role the article states beside a name is the better one)."""
    found: dict[str, dict[str, str]] = {}
    for e in evidence:
        if e.role:
            found.setdefault(e.person, {}).setdefault(e.role.lower(), e.role)
    held = {s.name for q in quotes for s in q.speakers if s.role}
    return {person: next(iter(offices.values())) for person, offices in found.items()
            if len(offices) == 1 and person not in held}


def agreed_parties(evidence: list[PartyEvidence], quotes: list[Quote]) -> dict[str, str]:
    """Person -> party, where every piece of evidence names the same party and none of the person's rows
    already names another."""
    found: dict[str, set[str]] = {}
    for e in evidence:
        found.setdefault(e.person, set()).add(e.party)
    stated = _stated_parties(quotes)
    return {person: next(iter(parties)) for person, parties in found.items()
            if len(parties) == 1 and person not in stated}


def party_evidence(doc: ArticleDoc, registry: Registry) -> list[PartyEvidence]:
    """Every rule's evidence, in text order."""
    out: list[PartyEvidence] = []
    for unit in doc.units:
        if doc.is_heading(unit):
            continue
        out += _described(doc, registry, unit)
        out += _speaking_for(doc, registry, unit)
        out += _fellow(doc, registry, unit)
        out += _lead_in(doc, registry, unit)
        out += _addressing(doc, registry, unit)
    return out


def _stated_parties(quotes: list[Quote]) -> dict[str, set[str]]:
    """Person -> the affiliations naming a party that their rows already give."""
    stated: dict[str, set[str]] = {}
    for q in quotes:
        for s in q.speakers:
            if s.type == SpeakerType.PERSON and _has_party(s.affiliation):
                stated.setdefault(s.name, set()).add(s.affiliation)
    return stated


def _has_party(affiliation: str | None) -> bool:
    """Whether an affiliation names a party ("Conservative Party", "Labour Party; Treasury", "Tory")."""
    if not affiliation:
        return False
    parties = set(naming.PARTY_NAMES.values())
    return any(part.strip() in parties or part.strip() in naming.PARTY_NAMES for part in affiliation.replace(",", ";").split(";"))


def party_at(tokens, k: int, *, plural: bool = False) -> tuple[str, int] | None:
    """(party, index after the label and its possessive) of a party label starting at token k ("Tory",
    "Lib Dems'", "Liberal Democrat", "Labour's"); a plural ("the Conservatives") only where ``plural``."""
    for width in (2, 1):
        if k + width > len(tokens):
            continue
        label = " ".join(t.text for t in tokens[k : k + width])
        singular = label[:-3] + "y" if label.endswith("ies") else label[:-1] if label.endswith("s") else label
        party = naming.PARTY_NAMES.get(label) or naming.PARTY_NAMES.get(singular)  # "the Tories", "the Conservatives"
        if party is None or label in _NO_DESCRIPTION_LABELS:
            continue
        end = k + width
        if end < len(tokens) and tokens[end].text in _POSSESSIVES:
            end += 1
        elif label != singular and not plural:
            return None  # "The Democrats have …": the party itself, not one of its people
        return party, end
    return None


def _office_end(tokens, k: int) -> int | None:
    """The last token of an office after a party label ("leader", "Treasury spokesman", "MP for Leeds"):
    the noun phrase's words up to its end (a function word, a verb, punctuation), at most
    ``MODIFIER_WORDS`` before its head, a singular person noun ("the Republican convention", "the
    Democratic Party and …" are no one)."""
    j = k
    while j < len(tokens) and j - k <= MODIFIER_WORDS and tokens[j].text.replace("-", "").isalpha() \
            and tokens[j].text.lower() not in PHRASE_ENDS and not (j > k and verb_after(tokens[j].text)):
        j += 1
    if j == k or not _office_noun(tokens[j - 1].text):
        return None
    after = tokens[j].text if j < len(tokens) else "."
    if after[:1].isupper() and after.isalpha() or not (after.lower() in PHRASE_ENDS or verb_after(after) or not after.isalpha()):
        return None  # "the Tory leader Michael Howard": a title; "the Labour leader race": no person
    return j - 1


def _office_noun(word: str) -> bool:
    """A singular noun for one person's office or part ("leader", "MP", "spokesman", "nominee")."""
    plural = word.endswith("s") and not word.endswith(("ss", "ous"))
    return not plural and (is_rolenoun(word) or (word.islower() and naming.person_noun(word)))


def _described(doc: ArticleDoc, registry: Registry, unit: Unit) -> Iterator[PartyEvidence]:
    """Evidence of the *description* rule in one unit (module docstring)."""
    tokens, mentions = unit.tokens, doc.mentions[unit.index]
    covered = _covered(mentions)
    for i, tok in enumerate(tokens):
        if tok.text.lower() != "the" or not unit.usable[i] or i in covered:
            continue
        if i > 0 and tokens[i - 1].text.lower() not in SUBJECT_OPENERS | FRONTED:
            continue  # "accused the Tory leader": an object may be anyone; a subject goes on from before
        found = party_at(tokens, i + 1)
        if found is None:
            continue
        party, k = found
        last = _office_end(tokens, k)
        if last is None or _set_before_name(tokens, last, mentions):
            continue
        if any(_named(m) and m.first < i for m in mentions):
            continue  # "Blair said that the Tory leader …": whom the description means is no guess
        person = _antecedent(doc, registry, unit) or _sole_holder(registry, party, tokens[last].text)
        if person is not None and any(registry.known(m) is person for m in mentions if _named(m) and m.first > last):
            continue  # "The Republican nominee has not stepped forward to defend Manafort": not Manafort himself
        if person is not None and not _held_by_other(registry, person, party, tokens[last].text):
            yield PartyEvidence("description", tok.start, person.name, party, doc.text[tok.start : tokens[last].end],
                                doc.text[tokens[k].start : tokens[last].end])


def _covered(mentions: tuple[Mention, ...]) -> set[int]:
    """Tokens inside a mention's title or appositive ("the chancellor, Gordon Brown,"): the name's own."""
    covered: set[int] = set()
    for m in mentions:
        start = m.extent_start if m.extent_start is not None else m.first
        covered.update(range(start, (m.extent_end if m.extent_end is not None else m.last) + 1))
    return covered


def _set_before_name(tokens, last: int, mentions: tuple[Mention, ...]) -> bool:
    """"the Republican leader, Mitch McConnell,", "the Tory spokesman on foreign affairs, Michael Ancram":
    a description set off before a name describes that name."""
    for k in range(last + 1, min(len(tokens), last + 6)):
        if tokens[k].text == ",":
            return any(m.first == k + 1 and m.kind == MentionKind.PERSON for m in mentions)
    return False


def _named(m: Mention) -> bool:
    return m.kind == MentionKind.PERSON and not m.anonymous


def _antecedent(doc: ArticleDoc, registry: Registry, unit: Unit) -> Entity | None:
    """The one person the nearest sentence before ``unit`` that names anyone names (its paragraph or the
    one before, ``LOOKBACK_UNITS`` back); None when it names several, or a name the registry does not know."""
    for index in range(unit.index - 1, max(-1, unit.index - LOOKBACK_UNITS - 1), -1):
        earlier = doc.units[index]
        if earlier.paragraph < unit.paragraph - 1 or doc.is_heading(earlier):
            return None
        named = [m for m in doc.mentions[index] if _named(m) and _a_person(registry, earlier, m)]
        if not named:
            continue
        people = {id(e): e for e in (registry.known(m) for m in named)}
        if len(people) != 1 or None in people.values() or len(registry.all_named(named[0])) > 1:
            return None
        return next(iter(people.values()))
    return None


def _a_person(registry: Registry, unit: Unit, m: Mention) -> bool:
    """Whether a person mention is someone the article shows as a person: a title or an honorific, a
    given name or a surname, and no article before it ("Twelve percent indicated …", "Former Cabinet
    minister", "said the Bill was …" are capitalised words the rules took for names)."""
    if m.honorific or m.role:
        return True
    if m.first > 0 and unit.tokens[m.first - 1].text.lower() in ("the", "a", "an"):
        return False
    entity = registry.known(m)
    if entity is None:
        return len(m.name.split()) > 1
    tokens = [t.lower() for t in entity.name_tokens]
    return entity.confirmed or tokens[0] in lexicons.first_names() or (len(tokens) > 1 and tokens[-1] in lexicons.surnames())


def _held_by_other(registry: Registry, person: Entity, party: str, office: str) -> bool:
    """Whether someone else the article names holds this office in this party ("Tory leader Michael
    Howard … The Tory leader said"): the description is theirs."""
    return any(e is not person for e in _holders(registry, party, office))


def _sole_holder(registry: Registry, party: str, office: str) -> Entity | None:
    """The one person the article names holding this office in this party ("Tory co-chairman Liam Fox" for a
    later "The Tory co-chairman attacked …", whoever the sentence before names), or None."""
    holders = _holders(registry, party, office)
    return holders[0] if len(holders) == 1 else None


def _holders(registry: Registry, party: str, office: str) -> list[Entity]:
    """The people the article names with this office word in their role and this party as their affiliation."""
    return [e for e in registry.people if e.role and office.lower() in e.role.lower().split() and e.affiliation
            and party in (e.affiliation, naming.PARTY_NAMES.get(e.affiliation))]


def _speaking_for(doc: ArticleDoc, registry: Registry, unit: Unit) -> Iterator[PartyEvidence]:
    """Evidence of the *speaking for* rule in one unit (module docstring)."""
    tokens = unit.tokens
    start = 1 if tokens and tokens[0].text.lower() == "speaking" else 0
    if len(tokens) < start + 4 or tokens[start].text.lower() != "for":
        return
    k = start + 1 + (tokens[start + 1].text.lower() == "the")
    found = party_at(tokens, k, plural=True)
    if found is None or found[1] >= len(tokens) or tokens[found[1]].text != ",":
        return
    comma = found[1]
    for m in doc.mentions[unit.index]:
        if not _named(m) or not comma < m.first <= comma + FOR_REACH:
            continue
        end = m.extent_end if m.extent_end is not None else m.last
        verb = end + 1
        if verb < len(tokens) and finite_reporting_verb(tokens[verb].text) and \
                (verb + 1 >= len(tokens) or tokens[verb + 1].text != ","):
            person = registry.known(m)
            if person is not None:
                yield PartyEvidence("speaking_for", tokens[0].start, person.name, found[0],
                                    doc.text[tokens[0].start : tokens[comma].start])
        return


_LEAD_OPENERS = frozenset({"but", "and", "meanwhile", "however"})
LEAD_NAME_REACH = 6  # tokens from a sentence's start to the name of the post holder it opens with
# a post a party gives ("Health spokesman", "shadow chancellor", "Tory co-chairman"); any "shadow" post is one
PARTY_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "co-chairman",
                         "chair", "president", "coordinator", "co-ordinator", "whip", "candidate", "treasurer"})


def _lead_in(doc: ArticleDoc, registry: Registry, unit: Unit) -> Iterator[PartyEvidence]:
    """Evidence of the *lead-in* rule (module docstring): ``unit`` is the sentence naming the post holder."""
    if unit.index == 0 or doc.is_heading(doc.units[unit.index - 1]):
        return
    before = doc.units[unit.index - 1]
    if before.paragraph < unit.paragraph - 1:
        return
    party = _party_subject(before.tokens)
    named = [m for m in doc.mentions[unit.index] if _named(m)]
    if party is None or not named or any(party_at(unit.tokens, k, plural=True) for k in range(len(unit.tokens))):
        return
    m = named[0]
    start = m.extent_start if m.extent_start is not None else m.first
    role = (m.role or "").lower()
    if start > LEAD_NAME_REACH or not role or m.affiliation or government_office(role) or not (
            "shadow" in role.split() or PARTY_POSTS & set(role.replace(",", " ").split())):
        return
    person = registry.known(m)
    if person is not None:
        yield PartyEvidence("lead_in", before.start, person.name, party,
                            doc.text[before.start : before.tokens[min(3, len(before.tokens) - 1)].end])


def _party_subject(tokens) -> str | None:
    """The party a sentence opens with as its subject ("The Lib Dems say …", "But the Conservatives warned
    …", "Labour has …"), followed by its lowercase verb; or None."""
    k = 1 if tokens and tokens[0].text.lower() in _LEAD_OPENERS else 0
    k += k < len(tokens) and tokens[k].text.lower() == "the"
    found = party_at(tokens, k, plural=True)
    if found is None or found[1] >= len(tokens) or tokens[found[1] - 1].text in _POSSESSIVES:
        return None
    verb = tokens[found[1]].text
    # a verb, as far as its shape tells ("say", "have", "warned", "insists"): "Conservative family spokeswoman
    # Theresa May said" opens with a party word that is no subject
    verbal = verb in AUXILIARIES or verb in lexicons.reporting_verbs() or finite_reporting_verb(verb) or len(verb) > 3 and verb.endswith(("ed", "s"))
    return found[0] if verb.islower() and verbal else None


def _fellow(doc: ArticleDoc, registry: Registry, unit: Unit) -> Iterator[PartyEvidence]:
    """Evidence of the *fellow* rule in one unit (module docstring): "Trump took swipes at fellow GOP
    contender Jeb Bush", "McCormick, who has split from many fellow Republicans", "Sanders's fellow Democrats"."""
    tokens, mentions = unit.tokens, doc.mentions[unit.index]
    for i, tok in enumerate(tokens):
        if tok.text.lower() != "fellow" or not unit.usable[i]:
            continue
        found = party_at(tokens, i + 1, plural=True)
        if found is None:
            continue
        member = _fellow_of(tokens, [m for m in mentions if _named(m)], i)
        person = registry.known(member) if member is not None else None
        if person is not None:
            yield PartyEvidence("fellow", tok.start, person.name, found[0], doc.text[tok.start : tokens[found[1] - 1].end])


def _fellow_of(tokens, named: list[Mention], i: int) -> Mention | None:
    """Whose fellows "fellow" (token i) names: the person right before it in the possessive ("Sanders's
    fellow Democrats"), the person a relative clause holding it hangs on ("McCormick, who has split from
    fellow Republicans"), else the sentence's subject when no one else is named between them ("Trump took
    swipes at fellow GOP contender Jeb Bush"; not "Clinton said Trump insulted fellow Republican McCain")."""
    before = [m for m in named if m.last < i]
    if not before:
        return None
    last = before[-1]
    if last.last + 2 == i and tokens[last.last + 1].text in _POSSESSIVES:
        return last
    for m in reversed(before):
        k = (m.extent_end if m.extent_end is not None else m.last) + 1
        if k + 1 < i and tokens[k].text == "," and tokens[k + 1].text.lower() == "who" \
                and not any(t.text in (",", ";") for t in tokens[k + 2 : i]):
            return m
    subject = before[0]
    start = subject.extent_start if subject.extent_start is not None else subject.first
    return subject if start == 0 and len({m.name for m in before}) == 1 else None


_ADDRESS_VERBS = frozenset({"told", "telling", "addressed", "addressing"})
# a party's own people, whom a speaker addresses as one of them; MPs and voters any politician addresses
_PARTY_AUDIENCES = frozenset({"members", "activists", "delegates", "conference", "faithful", "rally", "grassroots"})
AUDIENCE_MODIFIERS = 2  # words between the party and its audience ("Labour's spring conference")


def _addressing(doc: ArticleDoc, registry: Registry, unit: Unit) -> Iterator[PartyEvidence]:
    """Evidence of the *addressing* rule in one unit (module docstring)."""
    tokens, named = unit.tokens, [m for m in doc.mentions[unit.index] if _named(m)]
    for i, tok in enumerate(tokens):
        word = tok.text.lower()
        speech = word == "speech" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "to"
        if not (word in _ADDRESS_VERBS or speech) or not unit.usable[i]:
            continue
        k = i + 1 + speech
        k += k < len(tokens) and tokens[k].text.lower() == "the"
        found = party_at(tokens, k, plural=False)
        if found is None or not _audience_at(tokens, found[1]):
            continue
        person = _addresser(tokens, named, i, speech)
        entity = registry.known(person) if person is not None else None
        if entity is not None:
            yield PartyEvidence("addressing", tok.start, entity.name, found[0], doc.text[tok.start : tokens[found[1] - 1].end])


def _audience_at(tokens, k: int) -> bool:
    """Whether a party's own audience ("members", "spring conference") starts at token k."""
    for j in range(k, min(len(tokens), k + AUDIENCE_MODIFIERS + 1)):
        if tokens[j].text.lower() in _PARTY_AUDIENCES:
            return True
        if not tokens[j].text.islower():
            return False
    return False


def _addresser(tokens, named: list[Mention], i: int, speech: bool) -> Mention | None:
    """Who addresses the audience after token i: the person named right before "told" ("Mr Blair told"), the
    one person named before a participle or "speech" in the sentence ("Mr Blair …, telling", "his speech to
    …, Mr Brown said" names him after), none when two people are named before it."""
    before = [m for m in named if m.last < i]
    if tokens[i].text.lower() in ("told", "addressed"):
        last = before[-1] if before else None
        end = (last.extent_end if last.extent_end is not None else last.last) if last else -1
        return last if last is not None and end == i - 1 else None
    people = {m.name for m in before} if before or not speech else {m.name for m in named if m.first > i}
    pool = before if before or not speech else [m for m in named if m.first > i]
    return pool[0] if len(people) == 1 else None


def _governing(doc: ArticleDoc, registry: Registry, quotes: list[Quote], placed: set[str]) -> list[PartyEvidence]:
    """Evidence of the *governing* rule (module docstring): each person speaker with no party whose role is
    a government office, placed in the one party the article shows in government. The weakest reason: a
    person another rule places ("As the Tory leader declared" for a leader whose role reads "prime minister")
    is left to it."""
    officers = {s.name: s.role for q in quotes for s in q.speakers if s.type == SpeakerType.PERSON and s.name not in placed
                and s.role and government_office(s.role) and not _has_party(s.affiliation)}
    party = governing_party(doc, registry) if officers else None
    return [PartyEvidence("governing", 0, person, party, role) for person, role in officers.items()] if party else []


def _shadowing(doc: ArticleDoc, registry: Registry, quotes: list[Quote], placed: set[str]) -> list[PartyEvidence]:
    """Evidence of the *shadowing* rule (module docstring): each person speaker with no party whose role is a
    shadow post ("shadow chancellor Oliver Letwin"), placed in the one party the article shows in opposition."""
    shadows = {s.name: s.role for q in quotes for s in q.speakers if s.type == SpeakerType.PERSON and s.name not in placed
               and s.role and "shadow" in s.role.lower().split() and not _has_party(s.affiliation)}
    party = opposition_party(doc, registry) if shadows else None
    return [PartyEvidence("shadowing", 0, person, party, role) for person, role in shadows.items()] if party else []


def governing_party(doc: ArticleDoc, registry: Registry) -> str | None:
    """The one party the article writes as in government and never as opposition, else None."""
    governing, opposed, named = _sides(doc, registry)
    left = governing - opposed
    if not governing:
        return _other_of_two(opposed, named)
    return next(iter(left)) if len(left) == 1 else None


def opposition_party(doc: ArticleDoc, registry: Registry) -> str | None:
    """The one party the article writes as in opposition and never as governing, else, where it writes one of the
    two alternating parties as governing and names the other, that other; else None."""
    governing, opposed, named = _sides(doc, registry)
    left = opposed - governing
    if left:
        return next(iter(left)) if len(left) == 1 else None
    return _other_of_two(governing, named)


def _sides(doc: ArticleDoc, registry: Registry) -> tuple[set[str], set[str], set[str]]:
    """The parties the article writes as governing, as in opposition, and every party it names."""
    governing: set[str] = set()
    named: set[str] = set()
    opposed = {party for e in registry.people if e.role and "shadow" in e.role.lower()
               for party in (naming.PARTY_NAMES.get(e.affiliation or "", e.affiliation),) if party}
    for unit in doc.units:
        if doc.is_heading(unit):
            continue
        labels = _party_labels(unit.tokens)
        named.update(party for party, _, _ in labels)
        for party, k, end in labels:
            before = unit.tokens[k - 1].text.lower() if k > 0 else ""
            after = unit.tokens[end].text.lower() if end < len(unit.tokens) else ""
            if after in ("shadow", "opposition") or before == "opposition":
                opposed.add(party)
            elif (after in GOVERNMENT_NOUNS and before not in _NOT_NOW and not _imagined(unit.tokens, k, end)) or before == "under":
                governing.add(party)
        if len({party for party, _, _ in labels}) == 1 and _incumbent(unit.tokens):
            governing.add(labels[0][0])
    return governing, opposed, named


# the two parties that alternate in government at Westminster, as naming.PARTY_NAMES names them
_ALTERNATING = ("Labour Party", "Conservative Party")


def _other_of_two(shown: set[str], named: set[str]) -> str | None:
    """The one of the two alternating parties that the article names, when it shows the other, and only
    the other, on one side (in opposition: "the opposition Tories", a Tory shadow minister; or in government);
    else None."""
    def main(party: str) -> str:
        return "Conservative Party" if party in ("Conservative", "Conservative Party") else party

    out = {main(p) for p in shown} & set(_ALTERNATING)
    if len(out) != 1:
        return None
    other = next(p for p in _ALTERNATING if p not in out)
    return other if other in {main(p) for p in named} else None


def _party_labels(tokens) -> list[tuple[str, int, int]]:
    """(party, first token, token after the label) of each party label in a sentence."""
    out, k = [], 0
    while k < len(tokens):
        found = party_at(tokens, k, plural=True) if tokens[k].text[:1].isupper() else None
        if found is not None and tokens[k].text not in _NO_DESCRIPTION_LABELS:
            out.append((found[0], k, found[1]))
            k = found[1]
        else:
            k += 1
    return out


def _imagined(tokens, k: int, end: int) -> bool:
    """"A Tory government would cut …": a government written with "a" and a modal after it is one the sentence
    imagines, not the one in office ("a choice between a Labour government that had done nothing …" is)."""
    article = k > 0 and tokens[k - 1].text.lower() in ("a", "an")
    return article and end + 1 < len(tokens) and tokens[end + 1].text.lower() in ("would", "will", "could", "might")


def _incumbent(tokens) -> bool:
    """Whether a sentence speaks of holding office: an ordinal before "term" ("a third term"),
    "re-elected", or "in government" / "in power" / "in office"."""
    words = [t.text.lower() for t in tokens]
    for i, word in enumerate(words):
        if word == "term" and i > 0 and words[i - 1] in TERM_ORDINALS:
            return True
        if word == "re-elected" or (word == "in" and i + 1 < len(words) and words[i + 1] in _IN_OFFICE):
            return True
    return False


def government_office(role: str) -> bool:
    """Whether a role is an office of a government held now ("prime minister", "Chancellor", "Home
    Secretary", "trade minister", "minister for Europe", "Secretary of State for Health"); not a shadow,
    former or opposition post, nor a secretary of no portfolio ("press secretary", "general secretary")."""
    text = role.lower()
    if any(mark in text for mark in _NOT_IN_OFFICE):
        return False
    words = text.replace("-", " ").split()
    if not words:
        return False
    if "prime minister" in text or words[-1] == "minister" or "minister for" in text or "minister of" in text:
        return True
    if text in ("chancellor", "chancellor of the exchequer") or "secretary of state for" in text \
            or text.startswith("chief secretary to the treasury"):
        return True
    return words[-1] == "secretary" and len(words) > 1 and words[-2] in naming.PORTFOLIOS
