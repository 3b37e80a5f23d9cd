"""One canonical identity per speaker within an article.

Full names are registered first ("Joseph Nye Jr., professor emeritus of
Harvard Kennedy School"), so that a later "Nye", an earlier "Mr. Xi" or the
Chinese-order "Ning" of "Mao Ning" map to the full name with its role and
affiliation. Pronouns resolve to the most recent speaker, else to the most
recent confirmed person mentioned before the pronoun's sentence; a name in
the pronoun's own sentence is never its antecedent, because in "Putin, he
wrote, “has become toxic …”" that name is what the quote is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotes import lexicons, naming
from quotes.extract import collective
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings
from quotes.extract.sources import (
    AGE_DESCRIPTION,
    AGENT_SUFFIXES,
    CLAUSE_STOP,
    CLAUSE_WORDS,
    DETERMINERS,
    PAIR_NOUNS,
    PARTIES,
    PREPOSITIONS,
    TITLE_HEADS,
    WORK_HEADS,
    Mention,
    MentionKind,
    agent_noun,
    country_of,
    describe,
    finite_reporting_verb,
    names_a_field,
    names_an_organisation,
)
from quotes.types import Span, Speaker, SpeakerType, Unit

MEDIA_NAME_WORDS = {"times", "post", "journal", "news", "press", "herald", "tribune", "globe", "gazette", "magazine", "newspaper", "daily", "television", "radio", "cnn", "msnbc", "nbc", "cbs", "abc", "politico", "reuters"}
MEDIA_HEADS = naming.MEDIA_HEADS
GENERIC_ORG_HEADS = naming.GENERIC_ORG_HEADS
ORG_HEADS = naming.DESCRIPTION_ORG_HEADS
DEFINITE = ("the", "this", "that", "these", "those")
DESCRIPTION_FILLERS = {"former", "current", "then", "new", "top", "longtime", "veteran"}
# a modifier that makes a different office of the same head noun: a "shadow chancellor" or a
# "deputy director" is not what "the chancellor" or "the director" refers to
OFFICE_CHANGERS = frozenset({"shadow", "deputy", "vice", "assistant", "associate", "junior", "under", "former", "ex"})
# heads that news keeps for unnamed sources ("A White House official said … The official
# added"): such a description refers to a named person only when that person holds the role
ANONYMITY_HEADS = frozenset({
    "official", "officials", "source", "sources", "aide", "aides", "spokesman", "spokeswoman",
    "spokesperson", "person", "people", "insider", "adviser", "advisor", "staffer", "officer",
})
IT_REFERENTS = lexicons.name_words("it_referents")
# the nouns for a kind of organisation that end company names ("Forrester Research", "Digital Foundry")
ORG_NAME_ENDS = lexicons.name_words("org_name_ends")
# a noun for one person of a nation, which news calls someone it has named ("“…,” the Dutchman said", "the
# Brazilian", "the Texan"): the -man compounds and irregular nouns, and the demonyms that are nouns for one
# person; not those that name a people ("the Chinese", "the British", "the Swiss") nor a name of two words
DEMONYM_NOUNS = lexicons.name_words("demonym_nouns") | frozenset(
    d for d in naming.DEMONYMS if not d.endswith(("ese", "ish", "ch", "ss", "sh")) and not re.search(r"[ -]", d))
# what a person description stands in for when it says no gender: the person path of resolve_pronoun
# without a gender to agree with (any string but the pronouns it reads)
GENDERLESS = "one"
# the words that end an organisation's name ("League Against Cruel Sports" is no case: "Sports" ends
# it), which a bare description repeats for it ("the alliance", "the league", "the federation"); not a
# thing the name also calls ("Drudge Report", "the report"; "Disease Control and Prevention", "the
# prevention"), nor a word whose bare use means another body ("the House" is no "White House", "the
# state" no "Islamic State")
NAME_ENDING_HEADS = naming.ORG_HEADS - IT_REFERENTS - naming.DOCUMENT_HEADS - {
    "house", "state", "review", "news", "enforcement", "prevention", "protection"}
_QUOTE_MARKS = re.compile(r"[“”\"]")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")  # a quotation, marks included
# a medium named by a preposition ("in a statement", "on its website"): where it spoke, not what "it" is
_MEDIUM_PHRASE = re.compile(r"\b(?:in|on|through|via)\s+(?:a|an|its|the|their|this)\s+(?:[a-z-]+\s+)?[a-z]+\b")
ISSUED_DOCUMENTS = lexicons.name_words("issued_documents")  # "the statement said": whoever issued it
# a name, its possessive and a document noun right after it ("National Audit Office report", "the BPI's annual report")
_OWN_DOCUMENT = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|on|[A-Z][\w&'’.-]*))*?(?:['’]s?)?\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# the words before a name that show it is an organisation's: the issuer of a document ("reports received by
# Amnesty") or set off after an organisation noun ("The group that owns her music, Big Machine,")
_SHOWN_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(sorted(re.escape(w) for w in ISSUED_DOCUMENTS)) + r")s?,? (?:[a-z]+ed )?(?:in|by|from) (?:the )?"
    r"|\b(?:" + "|".join(sorted(ORG_HEADS)) + r")\b[^,.“”\"]{0,40}, )$")
SHOWN_REACH = 80  # characters before the name the pattern may need
ISSUER_HOP = 1200  # characters back from a document that speaks (or its last mention) to the next mention of it
# between a document's noun and its issuer's name: "a report in the Argus Leader", "The book, by
# Sunday Telegraph journalist Robert Peston" (a few words of the issuer's own description)
_ISSUED_BY = re.compile(r",?\s+(?:by|from|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}")
# the nouns a published report is also called: "A separate study by Gartner … said the report"
_REPORT_KIN = frozenset({"report", "study", "research", "survey"})
# a name that modifies or owns a document's noun, right before it: "the Gartner report", "Gartner's study"
_NAME_BEFORE_NOUN = re.compile(r"(?:[A-Z][\w&.’'-]*\s+)*[A-Z][\w&.’'-]*(?:’s|'s)?\s+")
# what comes between an issuer and its document: a verb of issuing that governs it ("issued a statement",
# "put out another statement", "provided a written statement") or "in a" ("said in a statement", "contended
# in its letter"); not "in the report" (a report someone speaks of) nor "called a report … outrageous"
_ISSUING = re.compile(r"(?:\b(?:issu|releas|publish|provid|post|sen[dt]|put|wr[io]te|tweet|e-?mail)\w*(?:\s+out)?|\bin)"
                      r"\s+(?:(?:a|an|its|their|his|her|another|new|written|joint|brief|short|separate|open)\s+){1,3}$")
# words after a name that are its verb, not a noun it modifies ("Acme put out", "Cook wrote")
_NAME_VERBS = frozenset({"put", "sent", "wrote", "has", "had", "also", "later", "then", "on", "in"})
# an organisation description opening a sentence, after a short fronted phrase ("On Thursday, the company")
_OPENING_DESCRIPTION = re.compile(r"(?:[^,.]{0,30},\s+)?([Tt]he (?:[a-z-]+\s+)?([a-z]+))\b")
ORGANISATION_REACH = 600  # characters back from "it" to the organisation it names ("… Acme Corp … It said")
DESCRIPTION_WORDS = 5  # tokens after "the" a role description may run to ("the Blackburn chief executive")
# what a role description that names its referent follows: the start of a clause (a quote's
# closing mark, a comma, a conjunction) or a passive's "by" ("measures outlined by the home
# secretary"); after a copula or a verb it is a predicate ("would be the next president")
SUBJECT_OPENERS = frozenset({",", ";", ":", "”", '"', "’", "'", "—", "–", "-", "--", "and", "but", "by", "that", "when", "while", "after", "before", "since", "because", "though", "although", "so", "yet"})
# words that end a noun phrase: a role description runs no further ("the official said the president")
AUXILIARIES = frozenset("is was are were be been has have had will would could can may might must should shall did does do".split())
# adverbs that stand between a subject and its verb ("The attacking midfielder also claims"): the noun phrase ends before them
CLAUSE_ADVERBS = frozenset({"also", "then", "later", "again", "still", "now", "too", "even", "earlier", "further", "never", "always"})
PHRASE_ENDS = DETERMINERS | PREPOSITIONS | CLAUSE_STOP | CLAUSE_WORDS | AUXILIARIES | {"and", "or", "but"}


@dataclass
class Entity:
    """A person, organisation or group as the article names it (mutable while reading)."""

    name: str
    type: SpeakerType
    name_tokens: tuple[str, ...]
    role: str | None = None
    affiliation: str | None = None
    confirmed: bool = False  # a title, appositive or honorific says this is a person
    last_seen: int = -1
    aliases: set[str] = field(default_factory=set)
    offsets: list[int] = field(default_factory=list)  # where the article mentions it (first pass)
    media: bool = False  # an outlet ("The Washington Post"): what "the newspaper" refers to

    @property
    def gender(self) -> str | None:
        """ "f" or "m" where the first name tells (US baby-name records), else None."""
        if self.type != SpeakerType.PERSON or len(self.name_tokens) < 2:
            return None
        return lexicons.gender(self.name_tokens[0])


def _person_shown(word: str, text: str) -> bool:
    """Whether the article writes ``word`` as a person's name somewhere: after an honorific or a
    capitalised title ("Mr. Slinker", "Judge Berman"), after a first name ("Anthony Kiedis"), or
    before a relative "who" or an age (", who", ", 45,")."""
    w = re.escape(word)
    # a pattern per word costs a compile: each is read only where a cheaper test shows it may match
    # (lone_name_type was a twentieth of the extraction's own time, most of it compiling)
    if any(_person_word(before) for before in _words_before(word, text, _CAPITAL_BEFORE)):
        for m in re.finditer(r"\b([A-Z][a-z]+)(\.?)\s+(?:[A-Z]\.\s+)?" + w + r"\b", text):
            before = m.group(1).lower()
            if before in lexicons.words("honorifics"):
                return True
            # a dot after a first name or a title ends its sentence ("held in May. Tories said"): no name runs on
            if not m.group(2) and (before in lexicons.role_nouns() or before in lexicons.first_names()):
                return True
    if ("nickname" in text or "pseudonym" in text) and re.search(
            r"\b(?:nickname[ds]?|pseudonym)\s+(?:of\s+)?[“\"]?" + w + r"\b", text):
        return True  # "who goes by the nickname Sloncek": only a person goes by a nickname
    return word + "," in text and re.search(w + r",\s+(?:who\b|\d{1,3},)", text) is not None


def _person_word(word: str) -> bool:
    """An honorific, a role noun or a first name: the word before a name that makes it a person's."""
    before = word.lower()
    return before in lexicons.words("honorifics") or before in lexicons.role_nouns() or before in lexicons.first_names()


# The capitalised word(s) right before a name, read backwards in the reversed text from where the name
# starts: every word a pattern "\b(CAPITALISED WORDS)<spaces>NAME" may capture before it, found without
# compiling that pattern for the name. Before a person's name: "Judge Berman", "Mr. Slinker", "Anthony
# J. Kiedis" (the word, a full stop, spaces, an initial); before a club's: "Glasgow Rangers", "New York Jets".
_CAPITAL_BEFORE = (re.compile(r"\s+\.?([a-z]+[A-Z])\b"), re.compile(r"\s+\.[A-Z]\s+\.?([a-z]+[A-Z])\b"))
_CITY_BEFORE = (re.compile(r" ([a-z]+[A-Z])\b"), re.compile(r" ([a-z]+[A-Z] [a-z]+[A-Z])\b"))
_BOUNDARY = re.compile(r"\b")


def _occurrences(word: str, text: str) -> list[int]:
    """Every offset where ``word`` stands in the text, overlapping ones too."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def _words_before(word: str, text: str, patterns: tuple[re.Pattern, ...]) -> list[str]:
    """What each pattern of ``patterns`` (reversed: see _CAPITAL_BEFORE) captures right before a place
    where ``word`` stands followed by a word boundary: a superset of what the forward pattern captures."""
    reversed_text = text[::-1]
    out = []
    for at in _occurrences(word, text):
        if _BOUNDARY.match(text, at + len(word)):
            out += [m.group(1)[::-1] for p in patterns if (m := p.match(reversed_text, len(text) - at))]
    return out


def lone_name_type(word: str, text: str) -> SpeakerType:
    """The type of a lone capitalised word the rules took for a person's name, when no title, role,
    honorific or full name in the article made it one ("Kickstarter said"). News introduces a
    person by full name or title, so a lone word the article never shows as a person is a person
    only when it is a common US surname or a personal pronoun follows it; a brand ("WikiLeaks")
    or an unknown word is an organisation, a plural a group. A place, an abbreviation or a common
    word ("Vermont", "Aug.", "Journalism") stays as the rules typed it: a fragment of something
    else, which the linking pass's name rules read as such."""
    lower = word.lower()
    if _person_shown(word, text):
        return SpeakerType.PERSON
    if lower not in lexicons.common_words() and _opens_org_name(word, text):
        # "Delta said" where the article writes "Delta Airlines"; a common word opens names of all kinds
        # ("Teachers" of "Teachers Association" are people, "Immigration" a fragment)
        return SpeakerType.ORGANISATION
    if lower in lexicons.first_names():
        return SpeakerType.PERSON
    if party_label(word):
        return SpeakerType.ORGANISATION  # "Tories said": a party speaking, even as its members' plural
    if _issuer_shown(word, text) or _described_as_org(word, text) or _collective_verb(word, text):
        return SpeakerType.ORGANISATION  # "figures compiled by Chart-Track", "analysts Gartner", "Blackburn have said"
    if lower in lexicons.common_words() and _plural_shaped(word):
        return SpeakerType.GROUP  # "Teachers chanted": a common plural opening its sentence
    if word in lexicons.us_places() or lower in lexicons.common_words() or not word.isalpha():
        return SpeakerType.PERSON  # left to the linking pass's name rules (labels, fragments)
    if _BRAND.fullmatch(word):
        return SpeakerType.ORGANISATION  # "WikiLeaks", "RealClearPolitics"
    if _plural_shaped(word) and lower not in lexicons.surnames() and _city_named(word, text):
        return SpeakerType.ORGANISATION  # a team: "Rangers said they" where the article writes "Glasgow Rangers"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and lower not in lexicons.surnames() \
            and not _it_after(word, text):
        return SpeakerType.GROUP  # a plural: "Millennials", "the Clintons"; not "Yukos said it would appeal"
    if lower in lexicons.surnames() or _pronoun_after(word, text):
        return SpeakerType.PERSON
    return SpeakerType.ORGANISATION


# a region a company names its arm for ("Lycos Europe", "Vodafone UK"), besides the countries
_REGIONS = frozenset({"europe", "asia", "africa", "america", "americas", "uk", "us", "usa", "emea"})
_NEXT_NAME_WORD = re.compile(r" ([A-Z][A-Za-z]+)\b")
# a name's word right before, perhaps with a joiner ("U.S. Citizenship and"); not "The", nor a sentence's end
_INSIDE_NAME = re.compile(r"\b(?!(?:The|A|An)\s)[A-Z][\w’'-]*\s+(?:(?:and|of|for|&)\s+)?$")


def _opens_org_name(word: str, text: str) -> bool:
    """Whether the article writes a lone word as the first word of an organisation's name, the word after
    it a noun for a kind of organisation or a region ("Delta Airlines", "Pew Research", "Lycos Europe"):
    news shortens a company's name to its first word, and no person's name runs on into such a noun."""
    for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?= [A-Z])", text):
        if _INSIDE_NAME.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Citizenship and Immigration Services": a word inside a name, not its first
        after = _NEXT_NAME_WORD.match(text, m.end())
        nxt = after.group(1).lower() if after else ""
        if nxt in lexicons.words("org_words") or nxt in ORG_NAME_ENDS or nxt in _REGIONS or nxt in naming.COUNTRIES:
            return True
    return False


def party_label(name: str) -> bool:
    """Whether a name is a party's label ("Labour", "the Liberal Democrats", "Lib Dems") or the plural of
    a member's label ("Tories", "Democrats"): the party speaking, an organisation as a club is. Not a
    one-word label that names no party but itself, an adjective ("Conservatives", "Independents": people of
    a persuasion)."""
    label = re.sub(r"^[Tt]he\s+", "", name.strip())
    singular = label[:-3] + "y" if label.endswith("ies") else label[:-1] if label.endswith("s") else label
    party = PARTIES.get(label) or (PARTIES.get(singular) if singular != label else None)
    adjective = party is not None and " " not in party and party.lower() in (label.lower(), singular.lower())
    return len(label) > 1 and party is not None and not adjective


# the word before a place's name where the article uses it as a place ("flights to Riyadh", "in Halifax")
_PLACE_PREPOSITION = re.compile(r"\b(?:to|in|from|at|near|and|via|outside)\s+$")


def _only_a_place(word: str, offsets: list[int], text: str) -> bool:
    """Whether a lone word is a city or capital the article writes only after a preposition of place; a
    city's name the article also writes as a subject or owner ("Halifax said", "Halifax's") may be a
    company's."""
    if word not in naming.WORLD_CITIES and word not in lexicons.places():
        return False
    return all(_PLACE_PREPOSITION.search(text, max(0, o - 12), o) for o in offsets)


def _plural_shaped(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# a published finding and "by"/"from", perhaps after a verb of compiling, right before a name
_ISSUER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(lexicons.name_words("findings"))) +
                            r"),? (?:(?!led )[a-z]+ed )?(?:by|from) (?:the )?$")


def _issuer_shown(word: str, text: str) -> bool:
    """Whether the article names a lone word as the body that published a finding ("according to
    figures compiled by Chart-Track", "analysis from Poynter"); a letter, a statement or a book
    people write, so those say nothing ("a letter from Price")."""
    return any(_ISSUER_BEFORE.search(text, max(0, start - 40), start) for start, _ in _standalone(word, text))


_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def _standalone(word: str, text: str) -> list[tuple[int, int]]:
    """Where ``word`` stands with no letter, digit or hyphen either side: the (start, end) of each match
    of re.finditer(r"(?<![\\w-])" + re.escape(word) + r"(?![\\w-])", text), without compiling that pattern."""
    found, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _WORD_OR_HYPHEN.match(text, at - 1)) and not _WORD_OR_HYPHEN.match(text, end):
            found.append((at, end))
            at = text.find(word, max(end, at + 1))  # as finditer: the next match starts after this one
        else:
            at = text.find(word, at + 1)
    return found


_DESCRIPTOR = re.compile(r"(?:\b([A-Za-z]+)\s+)?\b([a-z]+)\s+$")  # the lowercase noun before a name, and the word before it
_LISTED_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|and\s+[A-Z]|&)")  # "analysts Smith and Jones": people listed


def _described_as_org(word: str, text: str) -> bool:
    """Whether the article sets a lone word right after a noun only an organisation takes: an
    outlet's or a company's noun ("marketing magazine Sky News", "research firm Acme"), or a plural
    role noun, which no one person's name stands beside ("technology analysts Gartner"). Not after
    a determiner ("the firm Price founded": a clause about the firm) nor in a list of names
    ("analysts Smith and Jones")."""
    for start, end in _standalone(word, text):
        found = _DESCRIPTOR.search(text, max(0, start - 40), start)
        if found is None or _LISTED_AFTER.match(text, end) or (found.group(1) or "").lower() in DETERMINERS:
            continue
        noun = found.group(2)
        if noun in naming.COMPANY_NOUNS or noun in MEDIA_HEADS:
            return True
        if _plural_shaped(noun) and (noun[:-1] in lexicons.role_nouns() or noun[:-1] in lexicons.occupations()):
            return True
    return False


# a singular name that takes a plural verb is a team, a club or a company in British copy ("Blackburn
# have said all along", "Chelsea are"): opening its clause, not after an auxiliary ("would Smith have")
_COLLECTIVE = r"(?:^|[.!?;:,]\s+|[“\"]|\b(?:and|but|that|while|as|when|after|because)\s+){}\s+(?:have|are|were)\b"


def _collective_verb(word: str, text: str) -> bool:
    """Whether a lone singular word takes a plural verb where it opens a clause ("Blackburn have said")."""
    if _plural_shaped(word) or not any(_PLURAL_VERB.match(text, at + len(word)) for at in _occurrences(word, text)):
        return False  # no plural verb right after the word anywhere: no pattern compiled for it
    return re.search(_COLLECTIVE.format(re.escape(word)), text, re.MULTILINE) is not None


_PLURAL_VERB = re.compile(r"\s+(?:have|are|were)\b")  # _COLLECTIVE's words after the name


def _city_named(word: str, text: str) -> bool:
    """Whether the article writes a plural name after a city's ("Glasgow Rangers", "Boston Celtics"):
    a club named for its city; no party's or people's plural ("Texas Democrats" is a party's people,
    read before this)."""
    def city(words: str) -> bool:
        return words in naming.WORLD_CITIES or lexicons.is_us_place(words.split())

    # the pattern for the word is compiled only where a city's name stands before it somewhere
    return any(city(w) for w in _words_before(word, text, _CITY_BEFORE)) and any(
        city(m.group(1)) for m in re.finditer(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) " + re.escape(word) + r"\b", text))


def _pronoun_after(word: str, text: str) -> bool:
    """Whether a sentence right after one whose subject is ``word`` goes on with he or she
    ("Keidis continued. “He’s like …”" is not the test: the writer's own next sentence is). The
    word opens its sentence or follows a quote ("“…,” Vantrell said."): in "a professional
    Instagram account. He learned …" the he is someone else."""
    if not any(_HE_OR_SHE_NEXT.match(text, at + len(word)) for at in _occurrences(word, text)):
        return False  # no he or she opens the sentence after any sentence the word stands in: no pattern compiled
    pattern = r"(?:^|[.!?][”\"’']?\s+|[”\"]\s*)" + re.escape(word) + r"\b[^.!?\n]*[.!?][”\"’']?\s+(?:He|She)\b"
    return re.search(pattern, text, re.MULTILINE) is not None


_HE_OR_SHE_NEXT = re.compile(r"\b[^.!?\n]*[.!?][”\"’']?\s+(?:He|She)\b")  # _pronoun_after's pattern after the word


_IT_CUES = r"(?:said|says|added|announced|confirmed|stated|insisted|argued|claimed|warned|denied|admitted|hoped|expected)"


# what follows a name that speaks of itself as "it" ("… said it would", "… has warned that its …") or that a
# "which" describes; "it was unfair", "it is time": an impersonal "it", not the speaker
_IT_AFTER_NAME = re.compile(r"(?:\s+(?:has|had|also|later))?\s+" + _IT_CUES +
                            r"\s+(?:that\s+)?(?:its\b|it\s+(?!was\b|is\b|’s|'s))|,\s+which\b")


def _it_after(word: str, text: str) -> bool:
    """Whether the article says "Word said it …" / "Word, which …": a name that speaks of itself
    as "it", or that a "which" describes, is a company or body ("Yukos said it would appeal"). One
    compiled pattern read after each place the name stands (a pattern per name cost a compile each)."""
    start = text.find(word)
    while start >= 0:
        if (start == 0 or not _WORD_CHAR.match(text[start - 1])) and _IT_AFTER_NAME.match(text, start + len(word)):
            return True
        start = text.find(word, start + 1)
    return False


_WORD_CHAR = re.compile(r"\w")


_LAST_WORD = re.compile(r"\b([a-z]+) $")  # the lowercase word right before a name
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘'(]?[A-Z])")
# "The Republican nominee and his aides", "the minister or her deputy": more than one, never one person
_COORDINATED = re.compile(r"\s(?:and|or|&)\s+(?:his|her|their|its|the|a|an|other|some|several|fellow)\s")
# "The group, WeWorkers Coalition, formed …": a description set right before an organisation's name
_APPOSED = re.compile(r"\b[Tt]he ([a-z]+),\s*$")
# an inner capital that no name prefix explains ("WikiLeaks", not "McLenney", "DeSantis", "LaHood")
_ACRONYM_NAME = re.compile(r"[A-Z]{3,6}|[A-Z]{1,3}&[A-Z]{1,3}")  # "CBP", "FDA", "S&P": an agency's initials
_BRAND = re.compile(r"(?!(?:Mc|Mac|De|La|Le|Di|Da|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]\w*")


def _core_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without honorifics, suffixes and initials ("Vladimir V. Putin" -> Vladimir, Putin)."""
    out = []
    for tok in name.split():
        bare = tok.rstrip(".").lower()
        if bare in lexicons.words("honorifics") or bare in lexicons.words("name_suffixes"):
            continue
        if len(bare) == 1:
            continue
        out.append(tok.rstrip(".").replace("’", "'"))  # "O’Neill" and "O'Neill" are one name
    return tuple(out)


TITLE_WORDS = naming.TITLES | lexicons.words("titles")


def _employee_named_after(named: list[tuple[int, Entity]], text: str) -> Entity | None:
    """"The book, by Sunday Telegraph journalist Robert Peston": an organisation, its member's lowercase post, then
    the member: the person is the author, the organisation only where they work."""
    (at, first), rest = named[0], named[1:]
    if first.type != SpeakerType.ORGANISATION:
        return None
    for o, e in rest:
        between = text[at:o].split()
        while between and between[0][:1].isupper():
            between = between[1:]  # the organisation's own words
        if e.type == SpeakerType.PERSON and between and all(w.isalpha() and w.islower() for w in between):
            return e
    return None


class Registry:
    """Entities of one article, with the history needed to resolve pronouns."""

    def __init__(self, text: str = "", settings: ExtractSettings = DEFAULT_SETTINGS) -> None:
        self.text = text  # the article, for what it says about a lone name (lone_name_type)
        self.settings = settings  # how sure each way of resolving a mention is
        self._lone_types: dict[str, SpeakerType] = {}
        self._stated: dict[str, str] | None = None  # person name -> the gender the article's pronouns state (stated_gender)
        self._variants: dict[str, Entity | None] = {}  # a lone surname -> the person it misspells (_misspelt)
        self.people: list[Entity] = []
        self.last_speaker: tuple[Entity, int] | None = None  # (entity, paragraph index)
        self.last_it: tuple[Entity, int, int] | None = None  # the latest speaker an "it" may mean, its paragraph, offset
        self.recent_people: list[tuple[Entity, int, int]] = []  # (entity, paragraph, sentence id)
        self.subjects: dict[int, tuple[Entity, int]] = {}  # sentence id -> (first person named, paragraph)
        self.group_subjects: dict[int, tuple[Entity, int]] = {}  # sentence id -> (the group opening it, paragraph)
        self.first_offset: dict[str, int] = {}  # person or country -> offset of its first mention
        self.recent_places: list[str] = []
        self.pairs: dict[str, tuple[tuple[str, str], int]] = {}  # "person"/"place" -> last "A and B" pair
        self.orgs: list[Entity] = []  # organisations, for "the group", "the newspaper"
        self.described: dict[int, Entity] = {}  # offset of a role description -> the person it names
        self.lone_names: dict[str, list[int]] = {}  # a lone unconfirmed name ("Facebook") -> its offsets
        self.apposed: dict[str, list[Entity]] = {}  # "The group, WeWorkers Coalition": noun -> organisations
        self.titles: list[tuple[int, int, Entity]] = []  # where a person's title stands alone (find_titles)
        # a lone name's stated capacity ("Suprnova administrator Sloncek"): the person the second pass makes
        # of that name has it from the first row on, though the statement comes after the quotes
        self.lone_capacity: dict[tuple[str, ...], tuple[str | None, str | None]] = {}

    # -- first pass ---------------------------------------------------------
    def register(self, mention: Mention) -> None:
        """Record a person or organisation mention; full names create entities, others only add facts."""
        if mention.kind == MentionKind.ORGANISATION:
            self._register_org(mention)
            return
        if mention.kind != MentionKind.PERSON or mention.anonymous or demonym_description(mention, self.text):
            return
        core = _core_tokens(mention.name)
        if not core:
            return
        confirmed = bool(mention.role or mention.affiliation or mention.honorific)
        entity = self._match(core)
        if entity is None and len(core) >= 2:
            entity = Entity(mention.name, SpeakerType.PERSON, core)
            self.people.append(entity)
        if entity is None:
            if not confirmed:
                self.lone_names.setdefault(core[0], []).append(mention.span.start)
            elif mention.role or mention.affiliation:
                role, affiliation = self.lone_capacity.get(core, (None, None))
                self.lone_capacity[core] = (role or mention.role, affiliation or mention.affiliation)
            return
        if len(core) > len(entity.name_tokens) or (
            len(core) == len(entity.name_tokens) and len(mention.name) > len(entity.name)
        ):
            entity.name, entity.name_tokens = mention.name, core
        if mention.role and mention.affiliation and not entity.affiliation:
            # "Ivan Braiker, a mobile marketing pioneer … Braiker, my6sense's chief strategy officer": an
            # office stated with where it is held says more than an epithet stated alone
            entity.role = mention.role
        entity.role = entity.role or mention.role
        entity.affiliation = entity.affiliation or mention.affiliation
        entity.confirmed = entity.confirmed or confirmed
        entity.aliases.add(mention.name)
        entity.offsets.append(mention.span.start)

    def _register_org(self, mention: Mention) -> None:
        name = mention.name
        entity = next((e for e in self.orgs if e.name == name or name in e.aliases), None)
        if entity is None:
            words = tuple(w for w in name.split() if w.lower() not in ("the", "of", "for", "and"))
            media = any(m in (name, f"The {name}") for m in lexicons.media()) or (
                bool(words) and words[-1].lower() in MEDIA_NAME_WORDS
            )
            entity = Entity(name, SpeakerType.ORGANISATION, words, confirmed=True, media=media)
            self.orgs.append(entity)
        entity.aliases.add(name)
        entity.offsets.append(mention.span.start)
        apposed = _APPOSED.search(self.text[max(0, mention.span.start - 40):mention.span.start])
        if apposed and apposed.group(1).lower() in ORG_HEADS | MEDIA_HEADS:
            self.apposed.setdefault(apposed.group(1).lower(), []).append(entity)

    def resolve_description(self, words: str, paragraph: int, sentence: int, offset: int | None = None,
                            issuer_of: bool = False) -> Entity | None:
        """The entity a definite description refers to, when the article names it earlier.

        "the group" / "the organization" -> the latest organisation named; "the newspaper" /
        "the network" -> the latest news outlet; "the committee" -> the latest organisation whose
        name holds "Committee"; "the former first lady", "the Vermont senator", "the Republican
        nominee" -> the latest person whose role holds the head noun (and whose role or affiliation
        holds the modifiers). ``offset`` (a character offset of the description) limits the
        candidates to entities mentioned before it; without it every registered entity counts and
        the latest-mentioned wins; ``paragraph`` and ``sentence`` bound recency. None when nothing fits.
        """
        if offset is not None and (linked := self.described.get(_start_of(words, offset))):
            return linked  # "The chancellor said": the person the first pass found holds the role
        if _COORDINATED.search(words):
            return None  # "The Republican nominee and his aides": more than one
        tokens = [w.lower() for w in re.findall(r"[\w’'-]+", words)]
        if tokens[:1] == ["our"] and len(tokens) > 1:
            return self._own_journalist(tokens[-1], tokens[1:-1], offset)
        post = post_of(words)
        if post is not None and (holder := self.post_holder(post, offset)) is not None:
            return holder  # "the club's manager", "its minister for economic affairs": the one who holds that post
        if offset is not None and paragraph >= 0 and (lead := self.lead_described(words, offset)) is not None:
            return lead  # "…, a clergyman has said. ¶ … the Rt Rev Dr Tom Wright, described …": the one named next
        if offset is not None and paragraph >= 0 and (lead := self.lead_organisation(words, offset)) is not None:
            return lead  # "A US bank has said it will … ¶ Riggs Bank will put …": the organisation named next
        if not tokens or tokens[0] not in DEFINITE:
            # only a definite description points back: "a conservative website", "an outside group"
            # bring someone new in, and "Time magazine" is a name
            return None
        while tokens and tokens[0] in DEFINITE:
            tokens = tokens[1:]
        if not tokens:
            return None
        head, mods = tokens[-1], [t for t in tokens[:-1] if t not in DESCRIPTION_FILLERS]
        if "and" in tokens[1:-1] and _description_pronoun(tokens[tokens.index("and") - 1]) is not None:
            # "the feminist writer and broadcaster": one person of two callings, whatever the last noun
            # could name alone (a broadcaster is also a company)
            head, mods = tokens[tokens.index("and") - 1], []
        if (age := AGE_DESCRIPTION.fullmatch(tokens[0])) and offset is not None and len(tokens) <= 2:
            # "Tom Hale joined Chelsea in May. The 27-year-old said …": the person named last
            return self._aged_person(int(age.group(1)), offset)

        def before(e: Entity) -> int:
            seen = [o for o in e.offsets if offset is None or o < offset]
            return max(seen) if seen else -1

        if head in ISSUED_DOCUMENTS and not mods and offset is not None and not issuer_of:
            # "the statement continued": whoever issued it, named before; else the words stay ("the
            # congressional report" is some other body's)
            return self._issuer(head, offset)
        if not mods and head in collective.BODIES and offset is not None and (body := self._body_before(offset)) is not None:
            return body  # "the Law Commission said … The panel suggested …"
        if head in MEDIA_HEADS or head in ORG_HEADS:
            # "The Clinton campaign": a modifier names whose it is, for the learned stage to read
            for pool in self._org_pools(head, bare=not mods, news=mods[-1:] == ["news"]):
                pool = [e for e in pool if before(e) >= 0]
                if pool:
                    return max(pool, key=before)
            recent = self._recent_headless(offset) if not mods else None
            if recent is not None or offset is None or paragraph < 0 or re.search(r"\s[A-Z]", words.strip()) \
                    or "news" in mods:
                # "the Jordanian government": a capitalised modifier says which body; "the news organization"
                # is an outlet, which only the outlets' pool answers
                return recent
            return self._salient_org(head, offset)
        if not mods and head in NAME_ENDING_HEADS:
            # "The Countryside Alliance … The alliance says": the organisation whose name the noun ends
            pool = [e for e in self.orgs if e.name_tokens[-1:] and e.name_tokens[-1].lower() == head and before(e) >= 0]
            if pool:
                return max(pool, key=before)
        holders = self.role_holders(head, mods, set(tokens))
        pool = [e for e in holders if before(e) >= 0]
        if pool:
            return max(pool, key=before)
        later = self._later_holder(holders, set(tokens), offset)
        if later is not None or offset is None or paragraph < 0:
            return later
        named = self._described_named(words, head, tokens, paragraph, offset)
        return named if named is not None else self._salient_person(words, head, tokens, paragraph, sentence, offset)

    def _described_named(self, words: str, head: str, tokens: list[str], paragraph: int, offset: int) -> Entity | None:
        """"The suspect, Michael Webb, … The suspect said", "computer games maker Peter Molyneux … The veteran
        game maker says", "Kuznetsova says … The Russian said": a definite person description is the one person
        named before it whose stated description (role, the title or description set before the name) holds its
        head, else the person in focus (the last speaker, or the subject that opens the sentence before,
        named in the sentence before or its own) when what the article states of them allows it
        (``_focus_fits``); never when two people fit, never a party's epithet by focus alone ("the Republican
        nominee" is left to the role's holders), nor a noun for an unnamed source or someone brought in unnamed."""
        if _body_of(_HYPHEN_MODIFIER.sub(" ", words), head):
            return None  # "the Democratic nominee", "the Vermont senator": left to the role's holders (_salient_person)
        if head in ANONYMITY_HEADS or not (_description_pronoun(head) or head in _SET_OFF_HEADS
                                                   or head in lexicons.role_nouns() and head not in naming.PEOPLE_NOUNS) \
                or head.endswith("s") and head not in DEMONYM_NOUNS or self._introduced(head, offset):
            return None
        people = [e for e in self.people if e.type == SpeakerType.PERSON and any(o < offset for o in e.offsets)
                  and (len(e.name_tokens) >= 2 or e.confirmed) and not {t.lower() for t in e.name_tokens} & set(tokens)
                  and (self._shown_person(e) or self.last_speaker is not None and e is self.last_speaker[0])]
        stating = [e for e in people if ({head} | _synonyms(head)) & self._stated_words(e)]
        if len(stating) == 1 and self._focus_fits(stating[0], words, head, tokens):
            stating[0].role = stating[0].role or _stated_role(words, head)  # "The suspect, Michael Webb": suspect
            return stating[0]
        if stating or head in _SET_OFF_HEADS:
            return None  # "Tom Ruiz was arrested … The victim said": a role of the story's only where stated
        focus = self._lead_subject(words, offset) or self._focus(offset, paragraph)
        if any(head in self._stated_words(e) for e in self.people if e is not focus and e.offsets and min(e.offsets) > offset):
            return None  # "… Ukrainian President Volodymyr Zelensky" named later: "the president" is that office's
        if focus is None or not (focus in people or offset < min(focus.offsets)) \
                or not self._focus_fits(focus, words, head, tokens):
            return None
        focus.role = focus.role or _stated_role(words, head)  # "The suspect said": what it states, on all its rows
        return focus

    def _lead_subject(self, words: str, offset: int) -> Entity | None:
        """"The Belgian sports minister at the centre of the … row says he will not apologise. ¶ Claude Eerdekens
        claims …": a definite description opening the lead sentence, before anyone is named, is the first person
        the article then names as a sentence's subject (``_named_after``), none its own sentence names."""
        if self.text.count("\n\n", 0, offset) != 1 or self.text[self._sentence_start(offset):offset].strip():
            return None
        return self._named_after(offset, lead=True)

    def _salient_person(self, words: str, head: str, tokens: list[str], paragraph: int, sentence: int,
                        offset: int) -> Entity | None:
        """"Tottenham manager Martin Jol acclaimed … “…,” the Dutchman said", "Michael Howard … The Tory
        leader said": a definite person description no role-holder answers is an anaphor for the person
        a "he" or "she" would mean there (the subject of an earlier sentence of the paragraph, the last
        speaker, the people just named), unless what the article states of that person contradicts it
        (``_fits``). Never a head that brings a new person in ("the official", "the spokesman", "the
        friend"), nor a head the article gave an unnamed person before ("A man was arrested … the man said")."""
        pronoun = _description_pronoun(head)
        if any(head in re.findall(r"[a-z]+", (e.role or "").lower()) for e in self.people):
            return None  # "Former President Bill Clinton" named anywhere: "the president" is that office's, no anaphor
        body = _body_of(words, head)
        if pronoun is None or self._introduced(head, offset) or body is not None and not self._speaking_club(body, words, offset):
            # a party's epithet ("the Tory leader", "the Democratic nominee") is placed by parties.py, whose
            # guards know two-party copy ("Clinton attacked Trump. The Republican nominee said"); a place's
            # ("the Boston singer") says where one is from, no more
            return None
        antecedent = self.resolve_pronoun(pronoun, paragraph, sentence, offset)
        entity = antecedent.entity
        if entity is None:
            entity = self._named_after(offset)
            if entity is None or not self._fits(entity, words, head, tokens):
                return None
            return self._described_as(entity, words, head, offset)
        if not self._fits(entity, words, head, tokens):
            return None
        spoke = self.last_speaker[0] if self.last_speaker is not None and paragraph - self.last_speaker[1] <= 2 else None
        seen = [o for o in entity.offsets if o < offset]
        if entity is not spoke and not (seen and self._opens_sentence(max(seen))):
            # named last as no subject ("police arrested Tom Ruiz … The crooner said", "the rights for Scott and
            # his brother Tony Scott … The director said"): whom a description means is a guess
            return None
        spoke = self.last_speaker[0] if self.last_speaker is not None and self.last_speaker[1] == paragraph else None
        if spoke is not None and spoke is not entity and spoke.last_seen >= entity.last_seen \
                and self._fits(spoke, words, head, tokens):
            return None  # "Nielsen had panicked …, Greer said. The feminist writer said": two people in play
        return self._described_as(entity, words, head, offset)

    def _described_as(self, entity: Entity, words: str, head: str, offset: int) -> Entity:
        """A person a description was found to mean: what it states becomes theirs, on all their rows, and the
        description is remembered at its offset, so every quote it attributes reads the same person (the
        role it gave would otherwise stand in the way of the next reading: ``_salient_person``)."""
        entity.role = entity.role or _stated_role(words, head)
        entity.affiliation = entity.affiliation or self._employer_stated(words, head, offset)
        self.described[_start_of(words, offset)] = entity
        return entity

    LEAD_PARAGRAPHS = 2  # body paragraphs a lead description may open, the first naming no one

    def lead_described(self, words: str, offset: int) -> Entity | None:
        """"The plot is 'laughable', a clergyman has said", "Kewell may not recover until March, claims his
        agent", "…, Acme Watch's chief has said": an indefinite or possessed person description in the
        article's lead sentence brings in the person the next sentences name (``_named_after``), who
        takes its role and its body on all their rows. Never an unnamed source's noun ("a senior official
        said" stays unnamed) nor a noun for no one person's calling ("a report", "a friend")."""
        tokens = [w.lower() for w in re.findall(r"[\w’'-]+", words)]
        if len(tokens) < 2 or not 1 <= self.text.count("\n\n", 0, offset) <= self.LEAD_PARAGRAPHS:
            # the lead is the paragraph after the headline ("London's Muslim mayor rebuffs Trump" is none), or the one
            # after a stand-first that names no one ("'God games' … could be educational, says research. ¶ A US
            # researcher has suggested …": _named_after refuses a person named before the description)
            return None
        # "a longtime aide to the governor": the head before its complement, whose words name someone else
        cut = next((i for i, w in enumerate(tokens) if i > 1 and w in POST_COMPLEMENTS | {"to"}), len(tokens))
        head, own, of = tokens[cut - 1], tokens[: cut - 1], tokens[cut + 1 :]
        opener = tokens[0] in ("a", "an", "his", "her", "their") or (tokens[0] not in DEFINITE and post_of(words) is not None)
        if not opener or head in ANONYMITY_HEADS or _description_pronoun(head) is None:
            return None
        entity = self._named_after(offset, lead=True)
        complement = _COMPLEMENT.match(self.text, offset + len(words))  # "a close associate of the senator"
        related = set(own) | set(of) | set(complement.group(1).lower().split() if complement else ())
        if entity is None or set(re.findall(r"[a-z]+", (entity.role or "").lower())) & related:
            # "A close associate of the senator said … ¶ Senator Joan Hale denied it": the one the
            # description is related to, not the one it describes
            return None
        entity.role = entity.role or _stated_role(words, head)
        entity.affiliation = entity.affiliation or self._employer_stated(words, head, offset)
        return entity

    def lead_organisation(self, words: str, offset: int) -> Entity | None:
        """"A US bank has said it will donate … ¶ Riggs Bank will put money …": an indefinite description of a
        company or body in the article's lead sentence brings in the organisation that opens the next sentence
        naming one as its subject, in the lead's paragraph or the next; never when the lead names one before."""
        head = re.fullmatch(r"\s*(?:An?|an?)\s+(?:[\w’'-]+\s+){0,3}([a-z]+)\s*", words)
        if head is None or self.text.count("\n\n", 0, offset) != 1 or not collective.body_noun(head.group(1)) \
                and head.group(1) not in naming.COMPANY_NOUNS:
            return None
        lead = self.text.find("\n\n") + 2
        end = self.text.find("\n\n", self.text.find("\n\n", offset) + 2)
        end = len(self.text) if end < 0 or self.text.find("\n\n", offset) < 0 else end
        stop = _SENTENCE_END.search(self.text, offset)
        named = sorted((o, e) for e in [*self.orgs, *self._lone_orgs()] for o in e.offsets if lead <= o < end)
        after = [(o, e) for o, e in named if stop is not None and o >= stop.end()]
        if not after or any(o < offset for o, _ in named):
            return None
        # "A cross-party committee said … ¶ …, said the Local Services Select Committee": the body whose name ends in
        # the description's noun, wherever it stands
        same = next((e for _, e in after if e.name_tokens and e.name_tokens[-1].lower() == head.group(1) and not e.media), None)
        if same is not None:
            return same
        first, entity = after[0]
        return entity if self._org_subject(first) and not entity.media else None

    def _body_before(self, offset: int) -> Entity | None:
        """"In its report, the Law Commission said … The panel suggested …": a bare body noun no name holds is
        the organisation named last in its sentence or the one before whose name ends in a body's noun."""
        start = self._sentence_start(max(0, self._sentence_start(offset) - 2))
        named = [(o, e) for e in self.orgs for o in e.offsets if start <= o < offset and not self._quoted(o)
                 and e.name_tokens and collective.body_noun(e.name_tokens[-1].lower())]
        return max(named, key=lambda pair: pair[0])[1] if named else None

    def _employer_stated(self, words: str, head: str, offset: int) -> str | None:
        """The body a description that identifies a person says they serve, for all that person's rows: a
        name it holds ("Acme Watch's chief", "the chief executive of Acme", "the Acme chief"), else the
        organisation a company noun possessing the post refers to ("BMW is preparing …, the firm's chief has
        said": BMW, as ``_salient_org`` reads "the firm"). None for a party or a nation, which the party
        rules give ("the Tory leader"), and for a person's possessive ("Trump's spokesman")."""
        post = post_of(words)
        body = post.body if post is not None else _body_of(re.sub(r"^\s*(?:An?|One)\s", "", words), head)  # "A US …": no name
        if body:
            # a party or a nation the party rules give; a person's possessive ("Juninho's agent") no employer;
            # a place is where one is from ("A New York man")
            # a country that owns the post is whom its holder serves ("Scotland's justice minister"), as
            # written before a name ("Scotland's justice minister Cathy Jamieson"), whatever the name rules made of it
            country_post = post is not None and country_of(body) is not None and body.lower() not in naming.DEMONYMS \
                and head not in naming.COMPANY_NOUNS and not any(_RANKING.fullmatch(m) for m in post.mods)
            personal = not names_an_organisation(body.split()) and not country_post and any(
                body in e.name_tokens or body == e.name and self._shown_person(e) for e in self.people)
            place = _names_a_place(body) and not country_post
            # "The Northern Irishman": a demonym's first word says where one is from too
            # "the double Olympic champion": the event is the title's, no employer
            nation = head in GENDER_NOUNS or head in DEMONYM_NOUNS or head in TITLE_HEADS
            # "the Simpsons creator": the work its maker's; "A PR expert": a field of work, no body
            field = head in WORK_HEADS or names_a_field(body)
            return None if personal or place or nation or field or body in PARTIES.values() else body
        owner = re.match(r"\s*[Tt]he\s+([a-z]+)[’']s\s", words)
        if owner is None:
            return None
        org = self._salient_org(owner.group(1), offset)
        return org.name if org is not None and not org.media else None

    def _named_after(self, offset: int, lead: bool = False) -> Entity | None:
        """"BMW is preparing to …, the firm's chief has told BBC News. ¶ Speaking at a BMW event, Helmut Panke
        predicted …": a person description opening the article, before anyone is named, is the first person
        the article then names in full (in the description's paragraph or the next), unless another person
        is named in that person's sentence (whom it means is then a guess).

        ``lead``: a description that only the lead sentence can hold ("…, a clergyman has said", "…, claims
        his agent"): people its own sentence names are not it ("Liverpool winger Harry Kewell … claims his
        agent"), nor anyone the article names after it other than as a sentence's subject ("The novel claims
        Jesus was not crucified"): it is the first person named in full as a subject after it ("The Bishop
        of Durham, the Rt Rev Dr Tom Wright, described …", "But Bernie Mandic said"), the headline aside."""
        sentence = self._sentence_start(offset)
        heading = self.text.find("\n\n") if lead else -1
        if any(heading < o < (sentence if lead else offset) for e in self.people for o in e.offsets):
            return None
        own = {id(e) for e in self.people if any(sentence <= o < offset for o in e.offsets)} if lead else set()
        end = self.text.find("\n\n", self.text.find("\n\n", offset) + 2)
        end = len(self.text) if end < 0 or self.text.find("\n\n", offset) < 0 else end
        after = sorted((o, e) for e in self.people if len(e.name_tokens) >= 2 and id(e) not in own
                       for o in e.offsets if offset < o < end)
        if lead:
            after = [(o, e) for o, e in after if self._opens_sentence(o, clause=True) and self._named_person_at(o, e)]
        if not after:
            return None
        first, entity = min(after, key=lambda pair: pair[0])
        start = self._sentence_start(first)
        stop = _SENTENCE_END.search(self.text, first)
        stop_at = stop.start() if stop else len(self.text)
        if lead:
            # the subject it names, whoever else the sentence names after it ("… received from Manchester
            # City"), unless another is named with it ("Tom Hale and Jane Roe said")
            stop_at = min(stop_at, first + len(" ".join(entity.name_tokens)) + len(" and "))
        if any(start <= o < stop_at for e in self.people if e is not entity for o in e.offsets):
            return None
        return entity

    def _named_person_at(self, offset: int, entity: Entity) -> bool:
        """Whether the name at ``offset`` is a person's as written there: no "the" before it ("The Da Vinci
        Code claims"), and a person by its words (``_shown_person``) or a reporting verb after it ("But
        Bernie Mandic said")."""
        if re.search(r"\b[Tt]he\s+$", self.text[max(0, offset - 5):offset]):
            return False
        after = re.match(r"[\w’'. -]*?" + re.escape(entity.name_tokens[-1]) + r"\W+(?:has\s+|have\s+)?([a-z]+)", self.text[offset:])
        return self._shown_person(entity) or (after is not None and finite_reporting_verb(after.group(1)))

    def _sentence_start(self, offset: int) -> int:
        para = self.text.rfind("\n\n", 0, offset) + 1
        # the search runs one character past ``offset``: the end pattern looks ahead at the capital a sentence opens
        # with, which is the one at ``offset`` when the name there opens its sentence ("… languages. Ravi Purushotma")
        ends = _SENTENCE_END.finditer(self.text, para, min(len(self.text), offset + 1))
        return max([m.end() for m in ends if m.end() <= offset], default=para)

    def post_holder(self, post: Post, offset: int | None) -> Entity | None:
        """The person who holds the post a possessed description states ("the club's manager", "its minister
        for economic affairs", "Acme's chief executive", "the chief executive of Acme"): of the people whose
        role holds its head and its other words (``role_holders``) and whose body is the one it names, if it
        names one (``_same_owner``), the latest named before it, else the one the article names at all."""
        holders = [e for e in self.role_holders(post.head, [], set(post.words))
                   if self._shown_person(e) and _same_owner(e, post.body) and set(post.mods) <= self._stated_post(e)]
        before = [(max(o for o in e.offsets if o < offset), e) for e in holders
                  if offset is not None and any(o < offset for o in e.offsets)]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
        return holders[0] if len(holders) == 1 else None

    def _stated_post(self, entity: Entity) -> set[str]:
        """The words the article states a person's post in: role, body, and the title written right before
        the name ("Interior Minister Wolfgang Peschorn", where the rules kept only "Minister")."""
        titled = {w.lower() for o in entity.offsets for w in re.findall(r"[\w’'-]+", self.text[max(0, o - 30):o])}
        return titled | {w.lower() for w in re.findall(r"[\w’'-]+", f"{entity.role or ''} {entity.affiliation or ''}")}

    def _speaking_club(self, body: str, words: str, offset: int) -> bool:
        """Whether a description naming a body is a club's, team's or firm's man speaking ("said the Tottenham
        striker", "The United boss said"): no party, no place the gazetteer knows, and a reporting verb right
        before or after it. Only speech ties such a description to the person in focus: "The 31-year-old former
        Dublin milkman moved from Leinster" after a coach's quotes is about someone else."""
        if body in PARTIES.values() or _names_a_place(body):
            return False
        start, end = _start_of(words, offset), _start_of(words, offset) + len(words.strip())
        before = re.findall(r"[a-z]+", self.text[max(0, start - 20):start].lower())[-1:]
        after = re.findall(r"[a-z]+", self.text[end:end + 30].lower())[:2]
        return any(finite_reporting_verb(w) for w in before + after)

    def named_as_subject(self, entity: Entity, before: int) -> bool:
        """Whether the last mention of ``entity`` before ``before`` is its sentence's subject (``_opens_sentence``)."""
        seen = [o for o in entity.offsets if o < before]
        return bool(seen) and self._opens_sentence(max(seen))

    def _opens_sentence(self, offset: int, clause: bool = False) -> bool:
        """Whether the name at ``offset`` is its sentence's subject as written: only a few words of its
        title before it, outside quotations ("Tottenham manager Martin Jol acclaimed", "World number one
        Lindsay Davenport has"), no preposition, verb or auxiliary ("On Monday police arrested Tom Ruiz"),
        no other person ("Hillary Clinton met Bernie Sanders"). ``clause``: the words after the last comma
        before the name, so that a fronted phrase or a title set off before it may come first ("Speaking at
        an event in Leeds, Tom Hale predicted", "The Bishop of Durham, the Rt Rev Dr Tom Wright, described")."""
        start = self._sentence_start(offset)
        words = _QUOTED.sub(" ", self.text[start:offset])
        lead = re.findall(r"[\w’'-]+", words.rsplit(",", 1)[-1] if clause else words)
        if any(start <= o < offset for e in self.people for o in e.offsets):
            return False  # "Hillary Clinton met Bernie Sanders": another person opens it
        return len(lead) <= 6 and not any(w.lower() in AUXILIARIES or w.lower() in PREPOSITIONS or w.lower().endswith("ed")
                                          or finite_reporting_verb(w.lower()) for w in lead)

    def _shown_person(self, entity: Entity) -> bool:
        """Whether a name is a person's by more than having spoken (the rules may take "Muslim Brotherhood"
        or "Va." for a speaker): a given name opens it, the article states a role for it, a surname that
        is no common word ends it, or the article writes it as a person's ("Mr Obama", "Juninho, who")."""
        first, last = entity.name_tokens[0], entity.name_tokens[-1]
        if " ".join(entity.name_tokens) in naming.STATE_NAMES:
            return False
        return first.lower() in lexicons.first_names() or bool(entity.role) or _person_shown(last, self.text) or (
            last.lower() in lexicons.surnames() and last.lower() not in lexicons.common_words())

    def _introduced(self, head: str, offset: int) -> bool:
        """Whether the article brought in an unnamed person with this head noun before ``offset`` ("a man",
        "an agent close to the player"), one no name follows ("a Tory MP, Tim Yeo," is Tim Yeo)."""
        pattern = r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?(?i:" + re.escape(head) + r")\b(?!,?\s+[A-Z])"
        return re.search(pattern, self.text[:offset]) is not None

    def _fits(self, entity: Entity, words: str, head: str, tokens: list[str]) -> bool:
        """Whether what the article states of a person allows a description of them: a person (no
        organisation the rules took for one), whose stated role holds the description's head noun or a
        synonym of it ("the Spurs boss" for a manager) and is no other office of it ("shadow
        chancellor" for "the chancellor"), whose stated party or body is the description's ("the Tory
        leader" is no Labour MP's; "the Rangers boss" no Celtic manager's) and whose name the
        description does not hold ("the Sanders supporter" is no Sanders)."""
        if entity.type != SpeakerType.PERSON or self.speaker_type(entity) != SpeakerType.PERSON:
            return False
        if not self._shown_person(entity):
            return False  # "Under its Fast Forward plan", "Springfield, Va., said": no person's name
        stated = set(re.findall(r"[a-z]+", f"{entity.role or ''} {entity.affiliation or ''}".lower()))
        if (stated & OFFICE_CHANGERS) - set(tokens):
            return False
        role = set(re.findall(r"[a-z]+", (entity.role or "").lower())) or self._title_before(entity)
        if role and head not in DEMONYM_NOUNS | set(GENDER_NOUNS) and head not in role and not role & _synonyms(head):
            return False
        own = {t.lower() for t in entity.name_tokens}
        if own & set(tokens):
            return False
        return _same_body(_body_of(words, head), entity.affiliation)

    def _title_before(self, entity: Entity) -> set[str]:
        """The doer noun written right before a person's first mention when the rules recorded no role
        for it ("Documentary maker Tom Hale": maker): still what the article states the person is, so
        "the minister" a sentence later is someone else."""
        if not entity.offsets:
            return set()
        before = re.findall(r"[A-Za-z]+", self.text[max(0, min(entity.offsets) - 30):min(entity.offsets)])
        word = before[-1].lower() if before else ""
        return {word} if word and _doer_noun(word) and not finite_reporting_verb(word) else set()

    def _stated_words(self, entity: Entity) -> set[str]:
        """The words the article states a person by: role, the doer noun written before the name
        (``_title_before``) and a description set off before the first mention ("The suspect, Michael Webb")."""
        stated = set(re.findall(r"[a-z]+", (entity.role or "").lower())) | self._title_before(entity)
        if entity.offsets and (m := _SET_OFF_BEFORE.search(self.text, max(0, min(entity.offsets) - 40), min(entity.offsets))):
            stated.add(m.group(1).lower())
        return stated

    def _focus(self, offset: int, paragraph: int) -> Entity | None:
        """The person in focus at ``offset``: the last speaker, or else the person whose name opens the sentence
        before as its subject, when named in that sentence or this one before ``offset``, and no other person
        of the article is named there after them."""
        start = self._sentence_start(offset)
        end = len(self.text[:start].rstrip())  # the sentence before, across a paragraph break
        before = self._sentence_start(end - 1) if end > 0 else start
        speaker = self.last_speaker[0] if self.last_speaker is not None and paragraph - self.last_speaker[1] <= 1 else None
        if speaker is not None and self._named_last(speaker, offset):
            return speaker  # "“…,” said Safin. “…” ¶ And the Russian revealed …": no one named since
        seen = sorted((o, e) for e in self.people for o in e.offsets if before <= o < offset)
        if not seen:
            return None
        last_o, last = seen[-1]
        if speaker is not None and speaker is last:
            return last
        opener = next(((o, e) for o, e in seen if o < start and self._opens_sentence(o)), None)
        if opener is None or any(e is not opener[1] and self._shown_person(e) for _, e in seen):
            return None
        end = _SENTENCE_END.search(self.text, offset)
        end_at = end.start() if end else len(self.text)
        verb = next((m.start() for m in re.finditer(r"\b[a-z]+\b", self.text[offset:end_at])
                     if finite_reporting_verb(m.group())), end_at - offset) + offset
        if any(e is not opener[1] and self._shown_person(e) and offset <= o < verb and self.text[max(0, o - 2):o] == ", "
               for e in self.people for o in e.offsets):
            return None  # "the director of the FBI, James B. Comey, said": its subject names someone
        return opener[1]

    def _named_last(self, entity: Entity, offset: int) -> bool:
        """Whether the person is the last one the article names before ``offset`` (people shown as such only)."""
        latest = max((o for o in entity.offsets if o < offset), default=-1)
        return latest >= 0 and not any(e is not entity and latest < o < offset and self._shown_person(e)
                                       for e in self.people for o in e.offsets)

    def _focus_fits(self, entity: Entity, words: str, head: str, tokens: list[str]) -> bool:
        """Whether what the article states of a person allows a description of them: a person's name, no other
        office of the head ("shadow chancellor" for "the chancellor"), a stated role holding the head or a
        synonym, else an occupation against a role of no occupation ("film star Liam Neeson … The actor"),
        and the description's body not another one (a place a person was born in is no body)."""
        if self.speaker_type(entity) != SpeakerType.PERSON:
            return False
        stated = set(re.findall(r"[a-z]+", f"{entity.role or ''} {entity.affiliation or ''}".lower()))
        if (stated & OFFICE_CHANGERS) - set(tokens):
            return False
        # a title won ("Wimbledon champion Sharapova") is no calling: "The tournament debutant" may be her
        won = set((entity.role or "").lower().split()[-1:]) & (TITLE_HEADS | {"seed"})
        own = set() if won else self._stated_words(entity)
        free = head in DEMONYM_NOUNS or head in GENDER_NOUNS or not own or ({head} | _synonyms(head)) & own \
            or (head in lexicons.occupations() and own <= _COLOUR_NOUNS)
        return bool(free) and _same_body(_body_of(_HYPHEN_MODIFIER.sub(" ", words), head), entity.affiliation)

    def _later_holder(self, holders: list[Entity], words: set[str], offset: int | None) -> Entity | None:
        """"The home secretary said he would not … And Home Secretary Charles Clarke told …": a
        description whose role nobody named before it holds is the one person the article names
        later with that role, when the role and affiliation carry no word the description lacks
        (not "the president" for a "Ukrainian President" or a "former President" named later)."""
        if offset is None or len(holders) != 1:
            return None
        entity = holders[0]
        facts = {w.lower() for w in re.findall(r"[\w’'-]+", f"{entity.role or ''} {entity.affiliation or ''}")}
        # the words right before the name where the article gives its role ("Former President Bill Clinton")
        titled = {w.lower() for o in entity.offsets for w in re.findall(r"[\w’'-]+", self.text[max(0, o - 30):o])}
        if not entity.offsets or min(entity.offsets) < offset:
            return None  # a person no name of the text stands for, or one named before it in another role
        return entity if facts <= words and not (titled & OFFICE_CHANGERS) - words else None

    def _aged_person(self, age: int, offset: int) -> Entity | None:
        """The person named in full last before ``offset`` (a name a person's, not a title's: "They Think
        It's All Over"), within its paragraph or the two before, unless the article gives that person
        another age ("Tom Ruiz, 45,")."""
        named = [(max(o for o in e.offsets if o < offset), e) for e in self.people
                 if len(e.name_tokens) >= 2 and (e.confirmed or e.name_tokens[0].lower() in lexicons.first_names())
                 and any(o < offset for o in e.offsets)]
        named = [(o, e) for o, e in named if self.text.count("\n\n", o, offset) <= 2]
        if not named:
            return None
        _, last = max(named, key=lambda pair: pair[0])
        stated = re.search(re.escape(last.name_tokens[-1]) + r",\s+(\d{1,3}),", self.text)
        return None if stated and int(stated.group(1)) != age else last

    def _own_journalist(self, head: str, mods: list[str], offset: int | None) -> Entity | None:
        """"BBC correspondent Stephen Cape said … our correspondent added": the outlet's own journalist
        the article named before in that role, else the latest person it names as an outlet's
        ("says the BBC's Louisa Lim in Beijing … our correspondent"); never an organisation."""
        if head in ORG_HEADS or head in MEDIA_HEADS:
            return None

        def before(e: Entity) -> int:
            seen = [o for o in e.offsets if offset is None or o < offset]
            return max(seen) if seen else -1

        holders = [e for e in self.role_holders(head, mods) if before(e) >= 0]
        if holders:
            return max(holders, key=before)
        outlets = {e.name for e in self.orgs if e.media} | {a for e in self.orgs if e.media for a in e.aliases}
        journalists = [e for e in self.people if e.affiliation in outlets and not e.role and before(e) >= 0]
        return max(journalists, key=before) if journalists else None

    def _issuer(self, head: str, offset: int) -> Entity | None:
        """"Big Machine Records issued a statement … “…,” the statement continued": a document that
        speaks is whoever issued it, as the nearest earlier sentence holding its noun (outside quote
        marks, each within ISSUER_HOP of the one after) names them: the name a "by", "from" or "in" after the noun gives
        ("a report in the Argus Leader", "The book, by Sunday Telegraph journalist Robert Peston"),
        else the nearest name before the noun that issues it (_issues) and no preposition governs
        ("The Times said Cook provided a written statement": Cook; not "killed in Afghanistan"),
        else an organisation description opening the sentence ("The company denied it in a
        statement"); a sentence naming none ("The statement, which was obtained by Variety,") only
        repeats the noun: look further back. None when no sentence names an issuer."""
        named = [(o, e) for e in [*self.orgs, *self.people, *self._lone_orgs()] for o in e.offsets]
        reach = offset
        nouns = re.escape(head) if head not in _REPORT_KIN else "|".join(sorted(_REPORT_KIN))
        for found in reversed(list(re.finditer(r"\b(?:" + nouns + r")\b", self.text[:offset], re.IGNORECASE))):
            at, end = found.start(), found.end()
            para = self.text.rfind("\n\n", 0, at) + 1
            if reach - at > ISSUER_HOP:
                return None  # the chain of mentions broke off: an older document of that kind is another
            if self._quoted(at):
                continue  # inside a quotation: the speaker's own words
            reach = at
            stops = [m.end() for m in _SENTENCE_END.finditer(self.text, para, at)]
            first = stops[-1] if stops else para
            last = next((m.start() for m in _SENTENCE_END.finditer(self.text, end)), len(self.text))
            after = sorted((o, e) for o, e in named if end < o < last and _ISSUED_BY.fullmatch(self.text, end, o))
            if after:
                return _employee_named_after(after, self.text) or after[0][1]
            owner = [(o, e) for o, e in named if first <= o < at and _NAME_BEFORE_NOUN.fullmatch(self.text, o, at)]
            if owner:
                return max(owner, key=lambda pair: pair[0])[1]  # "the Gartner report", "Gartner's study"
            before = [(o, e) for o, e in named if first <= o < at and not self._quoted(o) and not self._object(o)
                      and self._issues(e, o, at)]
            if before:
                return max(before, key=lambda pair: pair[0])[1]
            opening = _OPENING_DESCRIPTION.match(self.text, first, at)
            if opening and opening.group(2) in ORG_HEADS | MEDIA_HEADS:
                return self.resolve_description(opening.group(1), -1, -1, first + opening.start(1), issuer_of=True)
        return None

    def _issues(self, entity: Entity, offset: int, at: int) -> bool:
        """Whether the name at ``offset`` issues the document whose noun is at ``at``: a verb of
        issuing or saying comes between ("Cook provided a written statement", "Acme said in a
        statement"; not "Clinton called a report … outrageous"), and the name modifies no noun
        ("The GOP presidential candidate sent out an email" is the candidate's)."""
        name = next((a for a in sorted({entity.name, *entity.aliases}, key=len, reverse=True)
                     if self.text.startswith(a, offset)), entity.name)
        between = self.text[offset + len(name):at]
        following = re.match(r"\s*([a-z]+)", between)
        if following and not (following.group(1).endswith(("ed", "s")) or following.group(1) in _NAME_VERBS):
            return False  # "GOP presidential candidate": a modifier, not the one who acted
        return _ISSUING.search(between) is not None

    def _object(self, offset: int) -> bool:
        """Whether the name at an offset follows a preposition ("killed in a crash in Afghanistan"): no subject."""
        before = re.findall(r"[\w’']+", self.text[max(0, offset - 20):offset])
        if before and before[-1].lower() in ("the", "a", "an"):
            before = before[:-1]
        return bool(before) and before[-1].lower() in PREPOSITIONS

    def _quoted(self, offset: int) -> bool:
        """Whether an offset stands inside quote marks (an odd number of them before it in its paragraph)."""
        return len(_QUOTE_MARKS.findall(self.text, self.text.rfind("\n\n", 0, offset) + 1, offset)) % 2 == 1

    def _org_pools(self, head: str, bare: bool, news: bool = False) -> list[list[Entity]]:
        """Where an organisation description looks, nearest kind first: "the newspaper" among the
        outlets; "the agency", "the union" among the organisations whose name holds the noun
        ("European Space Agency"), then the one the article set beside the noun ("The group,
        WeWorkers Coalition, …"); "the company" among every organisation that is no outlet, a
        lone brand the rules took for a name ("Facebook") included; ``bare``: the description has
        no modifier (only then the set-beside and lone-brand pools); ``news``: "news" modifies the
        noun ("The news organization", "the news agency"): an outlet only, whatever the noun."""
        if news:
            return [[e for e in self.orgs if e.media]]
        named = [e for e in self.orgs if head in {w.lower() for w in e.name_tokens}]
        pools = [[e for e in self.orgs if e.media]] if head in MEDIA_HEADS else []
        if head in MEDIA_HEADS and head in ORG_HEADS:
            # "CBP announced … At the time, the agency said": a news agency or a public one; an
            # acronym's body ("CBP", "FDA") is as likely as an outlet, whichever came last
            pools = [named, [e for e in self.orgs if e.media or _ACRONYM_NAME.fullmatch(e.name)]]
        pools += [named, self.apposed.get(head, []) if bare else []]
        if head in GENERIC_ORG_HEADS:
            pools.append([e for e in self.orgs if not e.media] + (self._lone_orgs() if bare else []))
        return pools

    def _salient_org(self, head: str, offset: int) -> Entity | None:
        """"Delta has repeatedly declined to elaborate … The airline said", "Revenues at media group Reuters
        slipped … The company said": a company description no pool answers ("the company", "the group",
        "the airline"; not an institution's noun, "the union", "the agency", which names its own kind) is
        the organisation the article last made the subject of a clause or a speaker (in its paragraph or
        the two before), an outlet it calls by a company noun and a lone name it sets before a spokesman's
        noun ("A Delta spokesperson") among them; never an outlet the article only names, nor one when
        another organisation is named after it or is a subject of its sentence (two in play: a guess)."""
        if head not in GENERIC_ORG_HEADS and head not in naming.COMPANY_NOUNS:
            return None
        start = offset
        for _ in range(SALIENT_PARAGRAPHS):
            start = max(0, self.text.rfind("\n\n", 0, max(0, start - 2)))
        candidates = self._org_candidates(head)
        named = [(o, e) for e in candidates for o in e.offsets if start <= o < offset and not self._quoted(o)
                 and not _NUMBERED.match(self.text, o + len(e.name))]  # "Chapter 11": a label, no organisation
        spoke = self.last_it[0] if self.last_it is not None and start <= self.last_it[2] < offset else None
        if spoke is not None and any(e.name == spoke.name for e in candidates):
            named.append((self.last_it[2], spoke))
        subjects = [(o, e) for o, e in named if self._org_subject(o) or (spoke is not None and e.name == spoke.name)]
        if not subjects:
            return None
        at, entity = max(subjects, key=lambda pair: pair[0])
        sentence = max([m.end() for m in _SENTENCE_END.finditer(self.text, start, at)], default=start)
        # any lone name typed an organisation is a rival, even one that only opens sentences ("Vortex rose")
        others = [(o, w) for w, offsets in self.lone_names.items() if self.lone_type(w) == SpeakerType.ORGANISATION
                  for o in offsets if start <= o < offset and not _NUMBERED.match(self.text, o + len(w))]
        rivals = [o for o, name in [(o, e.name) for o, e in named] + others
                  if name != entity.name and (o > at or o >= sentence and self._org_subject(o))]
        return None if rivals else entity

    def _org_candidates(self, head: str) -> list[Entity]:
        """The organisations a description with this head may mean: those the article names (an outlet
        only when the head is a news noun or the article calls it by an organisation noun, "media group
        Reuters"), the lone brands, and the lone names set before a spokesman's noun ("A Delta spokesperson")."""
        out = [e for e in self.orgs if not e.media or head in MEDIA_HEADS or self._called_org(e)]
        out += self._lone_orgs()
        for word, offsets in self.lone_names.items():
            named = self._match((word,))  # "a Clinton spokesman": the person named in full's, no organisation
            if (named is None or len(named.name_tokens) == 1) and not any(e.name == word for e in out) and \
                    re.search(r"\b[Aa]n?\s+" + re.escape(word) + r"\s+spokes(?:man|woman|person)\b", self.text):
                out.append(Entity(word, SpeakerType.ORGANISATION, (word,), confirmed=True, offsets=list(offsets)))
        return out

    def _called_org(self, entity: Entity) -> bool:
        """Whether the article sets an organisation's name right after a company noun ("media group
        Reuters", "research firm Acme"): an outlet so named is also what "the company" means."""
        return any(_COMPANY_BEFORE.search(self.text, max(0, o - 20), o) for o in entity.offsets)

    def _org_subject(self, offset: int) -> bool:
        """Whether the name at ``offset`` opens its sentence or clause, or follows a company noun that
        introduces it ("Delta has declined", "…, and Acme said", "Revenues at media group Reuters slipped",
        "Reuters chief executive Tom Glocer"), with a word of the clause after it (no preposition's
        object: "flights to Delta and …"); or modifies a spokesman's noun ("A Delta spokesperson")."""
        before = self.text[max(0, offset - 60):offset]
        if re.search(r"\b[Aa]n?\s+$", before) and re.match(r"\S+\s+spokes(?:man|woman|person)\b", self.text[offset:]):
            return True
        opens = re.search(r"(?:^|[.!?:;]\s+|\n|,\s+|[“\"]|\b(?:and|but|that|while|as|because)\s+)(?:[Tt]he\s+)?$", before) \
            or _COMPANY_BEFORE.search(before)
        after = re.match(r"[\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*\s+([a-z]+)\b", self.text[offset:offset + 80])
        return bool(opens) and after is not None and after.group(1) not in DETERMINERS | PREPOSITIONS | {"and", "or"}

    def _recent_headless(self, offset: int | None) -> Entity | None:
        """"… strike action by the PCS is the biggest … The union says": an organisation
        description no name answers means an organisation the sentence before (or its own) names,
        the latest, whose name is no description ("PCS", "Kotak Institutional Equities", not "the
        Treasury Department"); further back it is a guess ("The ad references FBI criticism … It
        also mentions … The campaign says" is not the FBI)."""
        if offset is None:
            return None
        best, where = None, -1
        for e in [*self.orgs, *self._lone_orgs()]:
            if e.media or {w.lower() for w in e.name_tokens} & (ORG_HEADS | MEDIA_HEADS | naming.ORG_HEADS):
                continue
            seen = [o for o in e.offsets if o < offset and len(_SENTENCE_END.findall(self.text[o:offset + 2])) <= 1]
            if seen and max(seen) > where:
                best, where = e, max(seen)
        return best

    def _lone_orgs(self) -> list[Entity]:
        """The lone capitalised words the rules took for names and the article never shows as a
        person ("Instagram", "Facebook"), as organisations, for "the company"."""
        out = []
        for word, offsets in self.lone_names.items():
            named = self._match((word,))
            if named is not None and (named.confirmed or len(named.name_tokens) > 1) or self.lone_type(word) != SpeakerType.ORGANISATION:
                continue
            if not re.search(r"[a-z,;]\s+" + re.escape(word) + r"\b", self.text):
                continue  # only ever opening a sentence ("Unsurprisingly, …"): no name at all
            if _only_a_place(word, offsets, self.text):
                continue  # "flights to Jeddah and Riyadh. The airline said": a city, never "the company"
            if any(len(e.name_tokens) > 1 and e.name_tokens[0] == word for e in self.orgs):
                continue  # "reports received by Amnesty": the organisation named in full answers for it
            out.append(Entity(word, SpeakerType.ORGANISATION, (word,), confirmed=True, offsets=list(offsets)))
        return out + self._shown_orgs()

    def _shown_orgs(self) -> list[Entity]:
        """Names of several words the rules took for people that the article shows to be
        organisations ("according to reports in the Hollywood Reporter", "Big Machine said it would",
        "The group that owns her music, Big Machine, says"), as organisations, for "the company" and
        "it": no given name opens them and no role was found for them."""
        return [Entity(e.name, SpeakerType.ORGANISATION, e.name_tokens, confirmed=True, offsets=list(e.offsets))
                for e in self.people if self._shown_as_org(e)]

    def _shown_as_org(self, e: Entity) -> bool:
        """Whether a person entity of several words is an organisation the article shows as one
        (``_shown_orgs``): no given name opens it, no role was found for it."""
        if len(e.name_tokens) < 2 or e.role or e.name_tokens[0].lower() in lexicons.first_names():
            return False
        if e.name_tokens[0].isupper() and e.name_tokens[0].lower() in MEDIA_NAME_WORDS:
            return True  # "CBS DFW reports": a network's letters open a station's name, never a person's
        city = list(e.name_tokens[:-1])
        if _plural_shaped(e.name_tokens[-1]) and (" ".join(city) in naming.WORLD_CITIES or lexicons.is_us_place(city)):
            return True  # "Glasgow Rangers", "Boston Celtics": a club named for its city
        # an organisation is shortened by its end ("Amnesty" for Amnesty International), never its start
        return any(self._org_shown(name) for name in {e.name, *e.aliases} if e.name.startswith(name))

    def _definite_only(self, entity: Entity) -> bool:
        """Whether the article writes the name only after "the" ("at the Nou Camp", "the Ryman
        Auditorium"): a place or a thing, which no "he" or "she" means."""
        return bool(entity.offsets) and all(self.text[max(0, o - 4):o].lower() == "the " for o in entity.offsets)

    def _org_shown(self, name: str) -> bool:
        """Whether the article writes a name as an organisation's: as the issuer of a document
        ("reports in the Hollywood Reporter", "reports received by Amnesty"), speaking of itself as
        "it" (_it_after), or set off after an organisation noun in its clause ("The group that owns
        her music, Big Machine,"); "the" alone is no sign ("to have the Hunting Act ruled invalid")."""
        if _it_after(name, self.text):
            return True
        # each place the name stands, then the words right before it (one compiled pattern, anchored at the name)
        return any(_SHOWN_BEFORE.search(self.text, max(0, m.start() - SHOWN_REACH), m.start())
                   for m in re.finditer(r"\b" + re.escape(name) + r"\b", self.text))

    def role_holders(self, head: str, mods: list[str], said: set[str] | None = None) -> list[Entity]:
        """The people whose role holds ``head`` (and whose role or affiliation holds ``mods``), not
        those whose role is another office of that noun ("shadow chancellor", "ex-Conservative
        chancellor" for "the chancellor"), unless the description's words (``said``) say so too."""
        said = set(mods) if said is None else said
        pool = []
        for e in self.people:
            role = {w.lower() for w in re.findall(r"[\w-]+", e.role or "")}
            facts = role | {w.lower() for w in re.findall(r"[\w-]+", e.affiliation or "")}
            # "Shadow" may stand in the affiliation where the sources stage took it for one
            changers = set(re.findall(r"[a-z]+", f"{e.role or ''} {e.affiliation or ''}".lower())) & OFFICE_CHANGERS
            # a plural ("Sanders supporters") is several people, never the one whose role it names
            if head in role and all(m in facts for m in mods) and not changers - said:
                pool.append(e)
        return pool

    def known(self, mention: Mention) -> Entity | None:
        """The registered person a person mention names, without creating one."""
        if mention.kind != MentionKind.PERSON or mention.anonymous:
            return None
        core = _core_tokens(mention.name)
        return self._match(core) if core else None

    def all_named(self, mention: Mention) -> list[Entity]:
        """Every registered person whose name holds this mention's (or whose name it holds)."""
        core = set(_core_tokens(mention.name))
        return [e for e in self.people if core and (core <= set(e.name_tokens) or set(e.name_tokens) <= core)]

    def short_org(self, name: str) -> Entity | None:
        """The organisation a lone word names by the first words of its name, when the rest is a company
        form or a charity's "International" ("Amnesty" for Amnesty International, "Big Machine" for Big
        Machine Records), and no person the article names bears it."""
        words = name.split()
        for entity in self.orgs:
            tokens = entity.name.split()
            if len(tokens) > len(words) and tokens[: len(words)] == words and all(
                    t.lower().rstrip(".") in DROPPED_ORG_ENDS for t in tokens[len(words):]):
                # "Clinton" is Hillary Clinton's, not the Clinton Foundation's (asked only once an organisation fits)
                return entity if self._match(tuple(words)) is None else None
        return None

    def named_as_organisation(self, entity: Entity) -> bool:
        """Whether the article sets every mention of this name right after an organisation noun
        ("Scott's company Scott Free", "the group Harbor Leaks"): an organisation the rules took
        for a person."""
        return bool(entity.offsets) and all(
            (found := _LAST_WORD.search(self.text, max(0, o - 30), o)) is not None and found.group(1) in ORG_HEADS
            for o in entity.offsets)

    def knows(self, mention: Mention) -> bool:
        """Whether a registered entity already holds this mention's name (or it holds theirs)."""
        core = _core_tokens(mention.name)
        return bool(core) and self._match(core) is not None

    def person_named(self, word: str) -> Entity | None:
        """The person a lone capitalised word names, when the article named them in full ("Wyne")."""
        entity = self._match((word,))
        return entity if entity is not None and len(entity.name_tokens) >= 2 else None

    def person_called(self, words: list[str]) -> Entity | None:
        """The one person every word names, when the article named them in full ("Pat Caddell",
        "PENCE" once title-cased)."""
        entity = self.person_named(words[-1]) if words else None
        return entity if entity is not None and all(self.person_named(w) is entity for w in words) else None

    def _match(self, core: tuple[str, ...]) -> Entity | None:
        wanted = set(core)
        best = None
        for entity in self.people:
            have = set(entity.name_tokens)
            # the names first: the brand test is the dearer one, and most names share no word
            if (wanted <= have or have <= wanted) and not _brand_prefix(core, entity):
                # a shared surname alone ("Clinton" with Hillary and Bill Clinton named) is the person
                # the article introduced first, its subject; a longer name, the latest-mentioned match
                if best is None or (len(core) > 1 and entity.last_seen >= best.last_seen):
                    best = entity
        if best is None and len(core) == 1:
            return self._misspelt(core[0])
        return best

    def _misspelt(self, word: str) -> Entity | None:
        """"Brian Hassell says … said Hassel … Hassall made it clear": a lone surname the article never
        gives in full, one letter off (``spelling_variant``) the surname of exactly one person it named in
        full before it, is that person misspelt. Never a name it writes with a given name, a title or an
        honorific of its own ("Mr Johnston" beside Boris Johnson is someone else)."""
        if word not in self._variants:
            # a person's surname, not a Title Case run's last word ("Nighty" is no "Nighty Night" misspelt)
            found = [e for e in self.people if len(e.name_tokens) >= 2 and word not in e.name_tokens and _personal(e)
                     and spelling_variant(word, e.name_tokens[-1])]
            entity = found[0] if len(found) == 1 else None
            first = None if entity is None else re.search(r"\b" + re.escape(word) + r"\b", self.text)  # a compile
            if entity is not None and (first is None or not entity.offsets or min(entity.offsets) > first.start()
                                       or _person_shown(word, self.text)):
                entity = None
            self._variants[word] = entity
        return self._variants[word]

    def speaker_type(self, entity: Entity) -> SpeakerType:
        """An entity's type as a speaker: a lone unconfirmed name is typed by lone_name_type; a name of
        several words the article shows to be an organisation's (``_shown_orgs``) is one."""
        if entity.type == SpeakerType.PERSON and naming.letter_brand(entity.name):
            return SpeakerType.ORGANISATION  # "T-Mobile", however it was read
        if entity.type != SpeakerType.PERSON or entity.confirmed:
            return entity.type
        if len(entity.name_tokens) != 1:
            if entity.name not in self._lone_types:  # cached with the lone names': asked once per quote
                self._lone_types[entity.name] = self._name_type(entity)
            return self._lone_types[entity.name]
        return self.lone_type(entity.name_tokens[0])

    def _name_type(self, entity: Entity) -> SpeakerType:
        """The type of an unconfirmed name of several words: a party's label ("Lib Dems"), a name ending in
        a noun for a kind of organisation ("Forrester Research", "Digital Foundry") unless the article shows
        it as a person's (an honorific, a title, ", who"), or one the article shows to be an organisation's
        (``_shown_orgs``); else a person."""
        last = entity.name_tokens[-1].lower()
        if party_label(entity.name) or last == "executive" and country_of(entity.name_tokens[-2]):
            return SpeakerType.ORGANISATION  # "Lib Dems"; a nation's "Executive" is its government ("Scottish Executive")
        if last in ORG_NAME_ENDS and not _person_shown(entity.name, self.text):
            return SpeakerType.ORGANISATION
        # a surname closing the name keeps a person ("Mitt Romney … calling it “…”")
        shown = last not in lexicons.surnames() and self._shown_as_org(entity)
        return SpeakerType.ORGANISATION if shown else SpeakerType.PERSON

    def lone_type(self, word: str) -> SpeakerType:
        if word not in self._lone_types:
            self._lone_types[word] = lone_name_type(word, self.text)
        return self._lone_types[word]

    def find_titles(self) -> None:
        """Where the article calls a person by their title alone, as it gives it before their name
        elsewhere ("China’s ambassador to Britain accused …", "… Britain Liu Xiaming has said"):
        each person's "affiliation’s role" and "affiliation role", wherever no name follows it."""
        for e in self.people:
            if not (e.role and e.affiliation) or len(e.role.split()) + len(e.affiliation.split()) < 3:
                continue  # "Labour leader": too short to say whom alone
            for phrase in (f"{e.affiliation}’s {e.role}", f"{e.affiliation}'s {e.role}", f"{e.affiliation} {e.role}"):
                if phrase not in self.text:
                    continue  # most titles never stand alone: skip compiling a pattern for them (a tenth of coref's time)
                for m in re.finditer(r"\b" + re.escape(phrase) + r"\b(?!\s*,?\s*[A-Z])", self.text):
                    self.titles.append((m.start(), m.end(), e))

    def titled_at(self, start: int, end: int) -> Entity | None:
        """The person whose title (find_titles) holds the words start-end, if any."""
        return next((e for a, b, e in self.titles if a <= start and end <= b), None)

    # -- second pass --------------------------------------------------------
    def person(self, mention: Mention) -> Entity:
        """The entity for a person mention, creating a single-name one if needed; "the Dutchman" is whom
        ``speaker_for`` resolved it to, else no one registered (a description, never a name)."""
        if demonym_description(mention, self.text):
            return self.described.get(mention.span.start) or Entity(mention.name, SpeakerType.PERSON, (mention.name,))
        core = _core_tokens(mention.name) or (mention.name,)
        entity = self._match(core) or self._title_holder(mention, core)
        if entity is None:
            entity = Entity(mention.name, SpeakerType.PERSON, core)
            self.people.append(entity)
        stated_role, stated_affiliation = self.lone_capacity.get(core, (None, None))
        entity.role = entity.role or mention.role or stated_role
        entity.affiliation = entity.affiliation or mention.affiliation or stated_affiliation
        entity.confirmed = entity.confirmed or bool(mention.role or mention.honorific or stated_role)
        return entity

    def _title_holder(self, mention: Mention, core: tuple[str, ...]) -> Entity | None:
        """"the Bishop said" once "The Bishop of Durham, the Rt Rev Dr Tom Wright,": a lone capitalised
        title word, no honorific, is the one person named whose role opens with that title."""
        word = core[0]
        if len(core) != 1 or mention.honorific or not word[:1].isupper() or word.lower() not in TITLE_WORDS:
            return None
        holders = [e for e in self.people if e.role and e.role.split()[0] == word and len(e.name_tokens) > 1]
        return holders[0] if len(holders) == 1 else None

    def saw(self, entity: Entity, paragraph: int, sentence: int, offset: int | None = None) -> None:
        entity.last_seen = sentence
        if offset is not None:
            self.first_offset.setdefault(entity.name, offset)
        self.recent_people.append((entity, paragraph, sentence))

    def spoke(self, entity: Entity, paragraph: int) -> None:
        entity.confirmed = True
        self.last_speaker = (entity, paragraph)

    def spoke_as_it(self, speaker: Speaker, paragraph: int) -> None:
        """An organisation spoke ("The US government denied the claims, saying …"): a later "it said"
        with no organisation named nearer may be it."""
        entity = next((e for e in [*self.orgs, *self.people] if e.name == speaker.name), None)
        if entity is None:  # "The US government": a description no name answers, its own speaker
            entity = Entity(speaker.name, SpeakerType.ORGANISATION, (speaker.name,), confirmed=True)
        self.last_it = (entity, paragraph, speaker.mention.start if speaker.mention else -1)

    def spoke_unnamed(self, speaker: Speaker, paragraph: int, sentence: int) -> None:
        """"A Labour Party spokesman told the BBC … “…,” he said": a source the article does not name
        (never registered: each is its own speaker) spoke, so a "he" after it is that source, not a
        person named before it; it is its sentence's subject and the latest speaker."""
        entity = Entity(speaker.name, SpeakerType.PERSON, (speaker.name,), speaker.role, speaker.affiliation, confirmed=True)
        self.last_speaker = (entity, paragraph)
        self.subjects.setdefault(sentence, (entity, paragraph))

    def saw_subject(self, entity: Entity, paragraph: int, sentence: int) -> None:
        self.subjects.setdefault(sentence, (entity, paragraph))

    def saw_group_subject(self, name: str, paragraph: int, sentence: int) -> None:
        """"Critics say the law would favour large companies": a group opening its sentence, for a "they" after it."""
        self.group_subjects.setdefault(sentence, (Entity(name, SpeakerType.GROUP, tuple(name.split())), paragraph))

    def _group_before(self, paragraph: int, sentence: int) -> Antecedent:
        """"Critics say … They say it could …": the group that opened the sentence right before, in its paragraph."""
        found = self.group_subjects.get(sentence - 1)
        if found is None or found[1] != paragraph:
            return Antecedent(None, 0.0)
        return Antecedent(found[0], self.settings.pronoun_subject)

    def saw_place(self, country: str, offset: int) -> None:
        self.first_offset.setdefault(country, offset)
        self.recent_places.append(country)

    def saw_pair(self, kind: str, names: tuple[str, str], sentence: int) -> None:
        """"Beijing and Moscow", "Xi and Putin": what a later "the two countries/leaders" refers to."""
        self.pairs[kind] = (names, sentence)

    def resolve_pair(self, noun: str, sentence: int) -> str | None:
        """"the two leaders" -> the last pair of people named together, else the last two people
        named; "the two countries" likewise with countries; in the order the article introduced them."""
        if noun == "both":  # "Both have invoked …": whichever pair the article named together last
            named = [(k, p) for k, p in self.pairs.items() if sentence - p[1] <= 6]
            kind = max(named, key=lambda kp: kp[1][1])[0] if named else MentionKind.PERSON
        else:
            kind = PAIR_NOUNS.get(noun, MentionKind.PLACE)
        pair = self.pairs.get(kind)
        if pair is not None and sentence - pair[1] <= 6:
            names = list(pair[0])
        elif kind == MentionKind.PERSON:
            names = _last_distinct([e.name for e, _, sent in self.recent_people if sent < sentence], 2)
        else:
            names = _last_distinct(self.recent_places, 2)
        if len(names) < 2 or names[0] == names[1]:
            return None
        return " and ".join(sorted(names, key=lambda n: self.first_offset.get(n, 0)))

    def resolve_pronoun(self, pronoun: str, paragraph: int, sentence: int, offset: int | None = None) -> Antecedent:
        """Antecedent of he/she/his/her: the latest speaker if recent, else the latest confirmed person;
        he/him/his skip a person whose first name is a woman's, she/her a man's. Before anyone is
        named (``offset``: where the pronoun stands), the first person its paragraph names next."""
        if pronoun == "they":
            group = self._group_before(paragraph, sentence)
            group = group if group.entity is not None else self._organisation_subject(offset)
            return group if group.entity is not None else self._described_group_before(offset)
        if pronoun == "their":
            return Antecedent(None, 0.0)
        if pronoun in ("it", "its"):
            # an "it" opening its sentence goes on about the subject before it, not the object named last
            subject = self._subject_organisation_before(offset) if pronoun == "it" else Antecedent(None, 0.0)
            named = subject if subject.entity is not None else self._organisation_before(offset)
            if named.entity is None and self._spoke_as_it(paragraph, offset):
                # "The US government denied the claims, saying … In a statement, it said:", "“…,” said
                # the magazine. “…,” it concluded": no organisation named just before, the one that spoke last
                return Antecedent(_as_organisation(self.last_it[0]), self.settings.pronoun_organisation)
            return named
        want = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun)
        return self._person_antecedent(want, paragraph, sentence, offset)

    def _described_group_before(self, offset: int | None) -> Antecedent:
        """"Major companies including Volkswagen … have spent 2004 in talks. They have also warned …", "But a
        parliamentary commission has ruled … They say …": a "they" no named group or organisation answers is
        the description of a group, or of a body brought in unnamed, that opens the sentence before."""
        found = collective.subject_before(self.text, offset) if offset is not None and self.text else None
        if found is None and offset is not None and self.text[offset:offset + 5].lower() == "they ":
            found = collective.subject_before(self.text, offset, own=True)  # "… as they said": its own sentence's
        if found is None:
            return Antecedent(None, 0.0)
        name, kind = found
        return Antecedent(Entity(name, kind, tuple(name.split()), confirmed=True), self.settings.pronoun_organisation)

    def _gender_fit(self, recent: list[tuple[Entity, int]], want: str | None, paragraph: int) -> Entity:
        """"A row involving Taylor Swift, her label … ¶ … a company owned by talent manager Scooter Braun. ¶ In a
        post she described …": of the people just named (latest first), no subject or speaker before the
        pronoun in play, a "she" means the latest whose gender the article states as a woman's (her given
        name, or a "her" in a sentence naming only her) rather than a later one whose gender nothing states,
        in its paragraph or the one before. A "he" keeps the latest: most people news names unsexed are men."""
        latest = recent[0][0]
        if want != "f" or self.stated_gender(latest) is not None:
            return latest
        return next((e for e, para in recent if paragraph - para <= 1 and self.stated_gender(e) == want), latest)

    def stated_gender(self, entity: Entity) -> str | None:
        """A person's gender: their given name's (``Entity.gender``), else what the article's own sentences
        say, the he/him/his or she/her that follow the only person a sentence names outside quotation marks
        ("A row involving Taylor Swift, her former record label …"), never a possessor's ("Obama's wife said
        she") and never where the article says both."""
        if entity.gender is not None or entity.type != SpeakerType.PERSON:
            return entity.gender
        if self._stated is None:
            self._stated = _stated_genders(self.text, self.people, self.lone_names)
        return self._stated.get(entity.name)

    def _person_antecedent(self, want: str | None, paragraph: int, sentence: int, offset: int | None) -> Antecedent:
        """The person a he/she/his/her means, by salience (``resolve_pronoun``), before the genders the article states."""

        def agrees(entity: Entity) -> bool:
            # a description coref could not name (speakers._unnamed_descriptions) is no one's antecedent
            # a person the article's own pronouns make the other gender is none ("… scolded him … she said")
            return entity.type != SpeakerType.UNKNOWN and (want is None or self.stated_gender(entity) in (None, want)) \
                and _personal(entity) and not self._definite_only(entity)

        # "Santos, however, was unconvinced. “…,” she said.": the subject of an earlier sentence
        # of the same paragraph comes first
        earlier = [(sent, e) for sent, (e, para) in self.subjects.items() if para == paragraph and sent < sentence and agrees(e)]
        if earlier:
            return Antecedent(max(earlier, key=lambda pair: pair[0])[1], self.settings.pronoun_subject)
        gendered = self._gendered_subject(want, paragraph, sentence)
        if gendered is not None and agrees(gendered):
            return Antecedent(gendered, self.settings.pronoun_subject)
        if self.last_speaker is not None:
            entity, para = self.last_speaker
            if paragraph - para <= 2 and entity.type == SpeakerType.PERSON and agrees(entity):
                return Antecedent(entity, self.settings.pronoun_last_speaker)
        recent = [(entity, para) for entity, para, sent in reversed(self.recent_people)
                  if sent < sentence and paragraph - para <= 3 and (entity.confirmed or len(entity.name_tokens) >= 2) and agrees(entity)]
        if recent:
            return Antecedent(self._gender_fit(recent, want, paragraph), self.settings.pronoun_recent_person)
        if offset is not None and not self.recent_people and self.last_speaker is None and want is not None:
            return self._cataphor(agrees, offset)
        return Antecedent(None, 0.0)

    def _spoke_as_it(self, paragraph: int, offset: int | None) -> bool:
        """Whether the organisation that spoke last (in this paragraph or the one before) may be an
        "it" at ``offset``: no other thing "it" may be stands between, outside quotations and a medium
        ("the white paper is … detailed. It lays out" is the paper; "In a statement, it said" is not)."""
        if self.last_it is None or offset is None or paragraph - self.last_it[1] > 1 or not 0 <= self.last_it[2] <= offset:
            return False
        spoke = self._past_own_document(self.last_it[2])
        between = _MEDIUM_PHRASE.sub(" ", _QUOTED.sub(" ", self._past_own_clause(spoke, offset).lower()))
        return not any(w in IT_REFERENTS for w in re.findall(r"\b[a-z]+\b", between))

    def _past_own_document(self, spoke: int) -> int:
        """Where the speaker's own name phrase ends when a document noun right after the name is what spoke for it ("A
        National Audit Office report on the 20 biggest projects says … It says …": the report is the office's, and the
        "it" after it is the office); else ``spoke``."""
        own = _OWN_DOCUMENT.match(self.text, spoke)
        if own is None:
            return spoke
        if own.group(1) in ISSUED_DOCUMENTS:
            return own.end(1)
        return own.end(2) if own.group(2) in ISSUED_DOCUMENTS else spoke  # "the BPI's annual report"

    def _past_own_clause(self, spoke: int, offset: int) -> str:
        """"Turkcell said the ruling would … . “If …,” it warned": the words between where an organisation
        spoke and an "it" right after a quotation, less the clause its reporting verb governs in that
        sentence, which names what it spoke of ("the ruling"), not what speaks next; what comes before that
        verb stays ("A coalition … sent a letter urging …": the letter is what "it" then reads)."""
        if not re.search(r"[”\"],?\s*$", self.text[max(0, offset - 4):offset]):
            return self.text[spoke:offset]
        end = _SENTENCE_END.search(self.text, spoke, offset)
        verb = next((w for w in _LOWER_WORD.finditer(self.text, spoke, end.start())
                     if w.group() in lexicons.reporting_verbs()), None) if end is not None else None
        if verb is None:
            return self.text[spoke:offset]
        return self.text[spoke:verb.end()] + " " + self.text[end.end():offset]

    def _gendered_subject(self, want: str | None, paragraph: int, sentence: int) -> Entity | None:
        """"Alison Howe, producer of Later... With Jools Holland, booked the group. ¶ “…,” she said"
        after Chris Hawkins spoke: the latest sentence subject of the paragraph before whose given name
        says a gender (one of unknown gender passed over), named after the last speaker was, when that
        gender is the pronoun's and the last speaker's is not (a name of unknown gender is no rival to
        one that agrees)."""
        if want is None or (self.last_speaker is not None and self.last_speaker[0].gender == want):
            return None
        seen = self.last_speaker[0].last_seen if self.last_speaker is not None else -1
        before = [(sent, e) for sent, (e, para) in self.subjects.items() if para == paragraph - 1 and sent < sentence]
        for sent, entity in sorted(before, key=lambda pair: pair[0], reverse=True):
            if sent <= seen:
                return None  # the last speaker was seen after that subject ("Buser says. ¶ …, Early says … “…,” he says")
            if entity.type == SpeakerType.UNKNOWN:
                return None  # "… Michael Cockerell was given access …. The Tory leader was asked …": someone coref could not name
            if entity.gender is not None:
                return entity if entity.gender == want else None
        return None

    def _organisation_before(self, offset: int | None) -> Antecedent:
        """"The Countryside Alliance opposes the ban. It says …": "it" speaking is the organisation named
        last before it, in its paragraph or the one before (a person is never "it"); a lone name the article
        shows to be an organisation's counts ("Delta has been hit by fuel costs. It has said …" where it
        writes "Delta Airlines")."""
        if offset is None:
            return Antecedent(None, 0.0)
        short = [(o, e) for e in self.orgs if len(e.name_tokens) > 1 and self.lone_type(e.name_tokens[0]) == SpeakerType.ORGANISATION
                 for o in self.lone_names.get(e.name_tokens[0], [])]  # "Delta" for Delta Airlines named before
        named = [(o, e) for o, e in [(o, e) for e in [*self.orgs, *self._lone_orgs()] for o in e.offsets] + short
                 if o < offset and offset - o <= ORGANISATION_REACH and self.text.count("\n\n", o, offset) <= 1]
        if not named:
            return Antecedent(None, 0.0)
        last, entity = max(named, key=lambda pair: pair[0])
        between = self.text[last:offset]
        before = re.findall(r"\b\w+\b", self.text[max(0, last - 20):last])
        if before and before[-1].lower() in ("the", "a") and len(before) > 1:
            before = before[:-1]
        issued = len(before) > 1 and before[-1].lower() in ("in", "by", "from") \
            and before[-2].lower().removesuffix("s") in ISSUED_DOCUMENTS
        if before and before[-1].lower() in PREPOSITIONS and not issued and not _owner_of_the_subject(before, between):
            # "released it to The Washington Post … It shows": no subject; but "according to reports in the
            # Hollywood Reporter … It said": the outlet whose report it is
            return Antecedent(None, 0.0)
        if _QUOTE_MARKS.search(between) or any(w in IT_REFERENTS for w in re.findall(r"\b[a-z]+\b", between)):
            # "The report says … It also points out", "… told The Huffington Post. “It says …”": another "it"
            return Antecedent(None, 0.0)
        return Antecedent(entity, self.settings.pronoun_organisation)

    def _subject_organisation_before(self, offset: int | None) -> Antecedent:
        """"Yukos said it would consider its options. However, it claimed …", "Borussia Dortmund will get short-term
        loans. It estimated …", "The British Chambers of Commerce welcomed the proposal. “…,” it said": an "it" that
        speaks at the head of its sentence (after an opener or a quotation) is the organisation that is the subject
        of the sentence before or its own, though things "it" could mean ("options", "loans", "the proposal") stand
        between as objects: the subject is what the next sentence goes on about. Never when a person or a thing
        "it" may be opens a sentence between (a new subject), nor across a paragraph."""
        if offset is None:
            return Antecedent(None, 0.0)
        # the lookahead of a sentence end must see the "It" itself, so the search runs one character past it
        para = self.text.rfind("\n\n", 0, offset) + 1
        start = max((m.end() for m in _SENTENCE_END.finditer(self.text, para, offset + 1)), default=para)
        head = _QUOTED.sub(" ", self.text[start:offset])
        if not re.fullmatch(r"[\s,]*(?:(?:But|However|And|Yet|Instead|Meanwhile|In a statement|Separately),?\s*)?[\s,]*", head):
            return Antecedent(None, 0.0)  # the "it" does not open its sentence
        named = [(o, e) for e in [*self.orgs, *self._lone_orgs()] for o in e.offsets if para <= o < start and not self._quoted(o)]
        if not named:
            return Antecedent(None, 0.0)
        found = self._subject_through_its(named, para, start)
        if found is None:
            return Antecedent(None, 0.0)  # no organisation is the subject of the sentence before
        last, entity = found
        opens = max((m.end() for m in _SENTENCE_END.finditer(self.text, para, last)), default=para)
        if any(opens <= o < offset and o != last for p in self.people for o in p.offsets):
            return Antecedent(None, 0.0)
        if any(w.removesuffix("s") in ISSUED_DOCUMENTS for w in re.findall(r"\b[a-z-]+\b", self.text[last:start])):
            return Antecedent(None, 0.0)  # "… published a report on Monday. It says …": the report speaks
        return Antecedent(entity, self.settings.pronoun_organisation)

    def _subject_through_its(self, named: list[tuple[int, Entity]], para: int, start: int) -> tuple[int, Entity] | None:
        """The organisation that opens the sentence before ``start`` ("The FAO has urged the World Trade
        Organisation to … ¶ It also criticised …"), or, where that sentence opens with "It" itself, the one that
        opens the sentence before it, and so on: a chain of "it" goes on about one subject, though other
        organisations stand between as objects."""
        stops = [para, *(m.end() for m in _SENTENCE_END.finditer(self.text, para, start + 1))]  # its lookahead sees past
        for begin, end in zip(reversed(stops[:-1]), reversed(stops[1:]), strict=True):
            head = self.text[begin:end]
            subject = [(o, e) for o, e in named if begin <= o < end and re.fullmatch(r"\s*(?:The\s+)?", self.text[begin:o])]
            if subject:
                return subject[0]
            if not re.match(r"\s*(?:(?:But|However|And|Yet|Meanwhile|Separately),?\s+)?It\s", head):
                return None
        return None

    def _organisation_subject(self, offset: int | None) -> Antecedent:
        """"Big Machine have twice denied doing anything wrong. “…,” they said": copy that makes an
        organisation plural goes on with "they" for it. With no group before it, "they" speaking is
        the organisation named last outside quote marks (in its paragraph or the one before) when
        that name is its sentence's subject: it opens the sentence, or follows a description set
        before it ("The company that runs the AMAs, Dick Clark Productions, denies …"); never when
        people are named after it ("Acme fired two engineers. They said …")."""
        if offset is None:
            return Antecedent(None, 0.0)
        named = [(o, e) for e in [*self.orgs, *self._shown_orgs()] for o in e.offsets
                 if o < offset and offset - o <= ORGANISATION_REACH and self.text.count("\n\n", o, offset) <= 1
                 and not self._quoted(o)]
        if not named:
            return Antecedent(None, 0.0)
        last, entity = max(named, key=lambda pair: pair[0])
        para = self.text.rfind("\n\n", 0, last) + 1
        stops = [m.end() for m in _SENTENCE_END.finditer(self.text, para, last)]
        lead = self.text[stops[-1] if stops else para:last].strip()
        if lead and not re.fullmatch(r"The [^,.“”\"]{0,60},", lead):
            return Antecedent(None, 0.0)
        if not re.match(r"[\w&.’' -]*?,?\s+[a-z]", self.text[last:last + 80]):
            return Antecedent(None, 0.0)  # "ABSTRACT." as a label: no clause it is the subject of
        between = _QUOTED.sub(" ", self.text[last:offset])
        words = re.findall(r"\b[a-z]+\b", between)
        if len(_SENTENCE_END.findall(between)) > 1 or any(w.endswith("s") and naming.person_noun(w) for w in words):
            return Antecedent(None, 0.0)
        return Antecedent(entity, self.settings.pronoun_organisation)

    def _cataphor(self, agrees, offset: int) -> Antecedent:
        """"But he denied that … Mr Brown said …" opening an article (its first lines cut): a pronoun
        before any name means the first person named after it in its paragraph."""
        if any(o < offset for e in self.people for o in e.offsets):
            return Antecedent(None, 0.0)  # "Gen. Norman Ham is speaking out … why he believes": named before it
        end = self.text.find("\n\n", offset)
        end = len(self.text) if end < 0 else end
        after = [(min(o for o in e.offsets if offset < o < end), e) for e in self.people
                 if any(offset < o < end for o in e.offsets) and len(e.name_tokens) >= 2 and agrees(e)]
        if not after:
            return Antecedent(None, 0.0)
        return Antecedent(min(after, key=lambda pair: pair[0])[1], self.settings.pronoun_recent_person)


_HE_WORDS = frozenset({"he", "him", "his", "himself"})
_SHE_WORDS = frozenset({"she", "her", "hers", "herself"})
_NAME_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s*)+")  # a name as written, with a possessive's "'s" when it has one


_HONORIFIC_STOP = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St)\.\s+$")


_LOWER_WORD = re.compile(r"[a-z]+")


def _owner_of_the_subject(before: list[str], between: str) -> bool:
    """"Shares in American Express surged … after it said …", "Profits at Acme fell as it warned …": an
    organisation after "in", "at" or "of" in the noun phrase opening its sentence is what an "it" later in
    that sentence speaks for (no sentence ends between); elsewhere a preposition's object is no subject."""
    return before[-1].lower() in ("in", "at", "of") and len(before) >= 2 and before[-2][:1].isupper() \
        and _SENTENCE_END.search(between) is None and not _QUOTE_MARKS.search(between)


def _as_organisation(entity: Entity) -> Entity:
    """What an "it" that speaks means is never a person: a lone name the rules took for one ("Turkcell") is an
    organisation there."""
    if entity.type != SpeakerType.PERSON:
        return entity
    return Entity(entity.name, SpeakerType.ORGANISATION, entity.name_tokens, confirmed=True, offsets=list(entity.offsets))


def _stated_genders(text: str, people: list[Entity], lone_names: dict[str, list[int]]) -> dict[str, str]:
    """Each person's gender as the article's own sentences state it (``Registry.stated_gender``): a sentence
    that names one person only (outside quotation marks, lone names counted as rivals) and, after the name,
    holds he/him/his or she/her but not both, votes; a name voted both ways gets none."""
    votes: dict[str, set[str]] = {}
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text)), *(m.end() for m in re.finditer(r"\n\s*\n", text)), len(text)]
    # "… concentrating her fire on Mr. Sanders": an honorific's full stop ends no sentence
    ends = sorted({e for e in ends if not _HONORIFIC_STOP.search(text, max(0, e - 8), e)})
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    for start, end in zip(ends, ends[1:], strict=False):
        named = [(o, e) for e in people for o in e.offsets if start <= o < end and not any(a <= o < b for a, b in quoted)]
        rivals = [o for offsets in lone_names.values() for o in offsets if start <= o < end]
        if len({e.name for _, e in named}) != 1 or rivals:
            continue
        at, entity = min(named, key=lambda pair: pair[0])
        run = _NAME_RUN.match(text, at)
        if run is None or re.search(r"['’]s\s*$", run.group(0)):
            continue  # "Obama's wife said she …": the pronoun is the possessed person's
        words = set(re.findall(r"[a-z]+", _QUOTED.sub(" ", text[run.end():end]).lower()))
        he, she = bool(words & _HE_WORDS), bool(words & _SHE_WORDS)
        if he != she:
            votes.setdefault(entity.name, set()).add("m" if he else "f")
    return {name: next(iter(genders)) for name, genders in votes.items() if len(genders) == 1}


GENDER_NOUNS = {"man": "he", "woman": "she"}
# a capitalised compound modifier of a description ("The Ballymena-born actor", "The Oscar-nominated actor"):
# where one is from or what one won, no body the person serves
_HYPHEN_MODIFIER = re.compile(r"\b[A-Z][\w’']*-[a-z]+\b")
# "The suspect, Michael Webb,": a definite description set off before a person's name, what the article calls them
_SET_OFF_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}([a-z]+),\s+$")
# what news calls a celebrity for colour, no post: "film star Liam Neeson" may be "the actor"
_COLOUR_NOUNS = frozenset({"star", "legend", "icon", "film", "hollywood", "screen", "pop", "rock"})
# heads that are no agent noun but describe a person the article names ("The suspect said")
_SET_OFF_HEADS = frozenset({"suspect", "victim", "defendant", "accused"})
  # "the man", "the woman": a person of a gender, no more
_SYNONYM_LINES = tuple(frozenset(line.split()) for line in lexicons.name_words("role_synonyms"))


def _synonyms(head: str) -> frozenset[str]:
    """The heads news uses for the same post as ``head`` (role_synonyms.txt: "boss" for a manager)."""
    return frozenset().union(*(line for line in _SYNONYM_LINES if head in line))


def _description_pronoun(head: str) -> str | None:
    """The pronoun a definite person description with this head stands in for ("the Dutchman": he;
    "the chairwoman": she; "the agent": either), or None when the head is no description of one
    person the article named: an unnamed source's noun ("the official", "the spokesman"), a noun
    that brings someone new in or names a relation ("the friend", "the mother", "the fans")."""
    if head in GENDER_NOUNS:
        return GENDER_NOUNS[head]
    if head not in DEMONYM_NOUNS and (head in ANONYMITY_HEADS or head in naming.PEOPLE_NOUNS or not _doer_noun(head)):
        return None
    if head.endswith("woman"):
        return "she"
    return "he" if head.endswith("man") else GENDERLESS


_COMPLEMENT = re.compile(r"\s+(?:of|to|for)\s+((?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s+(?:has|have|had|said|says|told)\b|[,.])")


def _stated_role(words: str, head: str) -> str | None:
    """The post a description states ("a clergyman": clergyman; "A US airline attendant": airline attendant;
    "his agent": agent): its lowercase words that run up to the head, none a determiner or possessive."""
    if head in GENDER_NOUNS:
        return None  # "a man": a person of a gender, no post
    role = _capacity(describe(words).role, head)
    if role:
        return role
    run: list[str] = []
    for w in re.findall(r"[\w’'-]+", words):
        if w in DESCRIPTION_FILLERS - {"former"}:
            continue  # "the veteran game maker": the writer's colour, no part of the post
        keep = w.islower() and w not in DETERMINERS and not _POSSESSOR.search(w)
        run = [*run, w] if keep else []
        if w.lower() == head:
            break  # "the former UN envoy and Ruritanian president": the post its head names
    return " ".join(run) if run and run[-1].lower() == head else None


def _capacity(role: str | None, head: str) -> str | None:
    """The post a description states, without the writer's colour: the longest run of office words
    that ends each role ("the famously gruff senator": senator; "the ranting radio host": host; "the
    former secretary": former secretary; "the former secretary of state": former secretary of state; "the
    feminist writer and broadcaster": writer and broadcaster);
    a demonym states none."""
    if not role or head in DEMONYM_NOUNS:
        return None
    office = lexicons.role_nouns() | lexicons.occupations() | lexicons.words("role_heads") | naming.PORTFOLIOS | OFFICE_CHANGERS
    kept = []
    for part in role.split(" and "):
        words = part.split()
        # "former secretary of state": the office is the noun before "of", its complement kept with it
        k = max((i for i, w in enumerate(words) if w == "of" and i > 0), default=len(words)) - 1
        while k > 0 and words[k - 1].lower() in office:
            k -= 1
        kept.append(" ".join(words[k:]))
    return " and ".join(kept)


@dataclass(frozen=True)
class Post:
    """The post a possessed description states: its head noun, the other words of the office (which the
    holder's role or body must hold), the name of the body it says holds it, if it names one, and all its words."""

    head: str
    mods: tuple[str, ...]
    body: str | None
    words: frozenset[str]


POSSESSIVE_OPENERS = frozenset({"its"})  # "its minister for …"; a person's ("his lawyer") may be anyone's
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any"})
POST_COMPLEMENTS = frozenset({"of", "for", "at"})  # "the chief executive of Acme", "minister for economic affairs"
_POSSESSOR = re.compile(r"[’']s$")


# a ranking among a place's people or firms ("Europe's biggest drugmaker", "Britain's richest man"): where, not whose
_RANKING = re.compile(r"[a-z]+est|top|leading|number|no")


def post_of(words: str) -> Post | None:
    """The post a description states with whose it is: a possessor ("the club's manager", "Acme's chief
    executive", "Austria's interior minister", "its minister", "his agent") or a complement ("the chief
    executive of Acme", "the minister for economic affairs"); None for any other description, which
    ``resolve_description`` reads as before. A capitalised possessor or complement is the body's name;
    a lowercase complement is part of the office; a common noun or pronoun possessor ("the firm's",
    "its") says only that some body holds it."""
    raw = re.findall(r"[\w’'-]+", words)
    if raw and raw[0].lower() in INDEFINITE:
        return None  # "a spokesman for Acme": someone new, not the spokesman the article named
    rest = raw[1:] if raw and raw[0].lower() in {*DEFINITE, *POSSESSIVE_OPENERS} else raw
    owned = bool(raw) and raw[0].lower() in POSSESSIVE_OPENERS
    body = None
    k = next((i for i in range(len(rest) - 1, -1, -1) if _POSSESSOR.search(rest[i])), None)
    if k is not None:
        owner = [_POSSESSOR.sub("", w) for w in rest[: k + 1] if w.lower() not in DEFINITE]
        body = " ".join(owner) if owner and all(w[:1].isupper() for w in owner) else None
        rest, owned = rest[k + 1 :], True
    extra: list[str] = []
    j = next((i for i, w in enumerate(rest) if w.lower() in POST_COMPLEMENTS), None)
    if j:
        complement = [w for w in rest[j + 1 :] if w.lower() not in DEFINITE and w.lower() not in PREPOSITIONS and w != "and"]
        caps = [w for w in complement if w[:1].isupper()]
        body = body or (" ".join(caps) or None)
        extra = [w.lower() for w in complement if not w[:1].isupper()]
        rest, owned = rest[:j], True
    if not owned or not rest or not rest[-1].isalpha() or not _doer_noun(rest[-1].lower()):
        return None
    mods = tuple(w.lower() for w in rest[:-1] if w.lower() not in DESCRIPTION_FILLERS and not AGE_DESCRIPTION.fullmatch(w)) + tuple(extra)
    return Post(rest[-1].lower(), mods, body, frozenset(w.lower() for w in raw))


def _same_owner(entity: Entity, body: str | None) -> bool:
    """Whether the body a description names may be the one that holds a person's post: it names none,
    or the person's stated body shares a word with it ("Acme" and "Acme Corp"; "Austria" and "Austrian
    government"), or the article states no body for the person and the name is a country's ("Austria's
    interior minister" for "Interior Minister Wolfgang Peschorn")."""
    if body is None:
        return True
    if not entity.affiliation:
        return country_of(body) is not None
    stated = {w.lower() for w in re.findall(r"[\w-]+", entity.affiliation)}
    place = country_of(body)
    return bool({w.lower() for w in body.split()} & stated) or (place is not None and place.lower() in entity.affiliation.lower())


def _body_of(words: str, head: str) -> str | None:
    """The party or body a description names before its head ("the Tory leader": Conservative Party,
    "the Rangers boss": Rangers), not a nation ("the Brazilian midfielder" says where one is from)."""
    caps = []
    for w in re.findall(r"[\w’'-]+", words):
        if w.lower() == head:
            break
        if w[:1].isupper() and w.lower() not in DEFINITE and w.lower() not in DEMONYM_NOUNS \
                and w.lower() not in naming.DEMONYMS and country_of(w) is None:
            caps.append(w)
    label = " ".join(caps)
    return PARTIES.get(label, label) or None


def _start_of(words: str, offset: int) -> int:
    """Where a description given with its leading spaces (as the rules cut it) starts in the text."""
    return offset + len(words) - len(words.lstrip())


def _names_a_place(body: str) -> bool:
    """Whether a description's body is a place the gazetteers know ("A New York man", "the Kansas star"):
    where one is from, no employer."""
    return country_of(body) is not None or lexicons.is_us_place(body.split()) or body in lexicons.places()


def _same_body(described: str | None, stated: str | None) -> bool:
    """Whether a description's party or body may be the one the article states for a person: either
    unknown, or both parties and the same, or both other bodies sharing a word ("Spurs" and "Tottenham"
    are not knowable here: a body of other words is another). A party against a body of another kind
    ("Democratic Party", "New York") says nothing."""
    if not described or not stated:
        return True
    stated = PARTIES.get(stated, stated)
    parties = set(PARTIES.values())
    if (described in parties) != (stated in parties):
        return True
    if described in parties:
        return described.split()[0] == stated.split()[0]
    return bool({w.lower() for w in described.split()} & {w.lower() for w in stated.split()})


# letters a surname needs before one letter off it is a misspelling, not another name: shorter ones have real
# neighbours ("Horan" and "Horgan" in one team list, Rubio and Rubin, Cohen and Cohn)
VARIANT_LENGTH = 6


def spelling_variant(word: str, surname: str) -> bool:
    """Whether ``word`` is ``surname`` written one letter off ("Hassel", "Hassall" for Hassell): one
    letter added, dropped or changed after the same first letter, both at least VARIANT_LENGTH long;
    never a plural ("Clintons") or a possessive written without its apostrophe."""
    a, b = word.lower(), surname.lower()
    if a == b or min(len(a), len(b)) < VARIANT_LENGTH or a[0] != b[0] or a in (b + "s", b + "es") or b in (a + "s", a + "es"):
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _brand_prefix(core: tuple[str, ...], entity: Entity) -> bool:
    """"Google" and an unconfirmed "Google Stadia Founder" (or "Is Google Stadia", a question's words), "Apple"
    and "Apple Computer": a lone word that is no given name and not the last word of a longer name whose
    other words hold a common word ("Founder", "Computer", "Is") is a brand that name holds, not its bearer.
    A person is named alone by surname or given name; a confirmed person or a name of name words
    ("Xi" of "Xi Jinping") keeps the match."""
    names = entity.name_tokens
    return (len(core) == 1 and len(names) > 1 and core[0] in names[:-1] and core[0] != names[-1]
            and not entity.confirmed and core[0].lower() not in lexicons.first_names()
            and any(w.lower() in lexicons.common_words() for w in names if w != core[0]))


def _personal(entity: Entity) -> bool:
    """An antecedent a personal pronoun can have: a person some title, role or honorific
    confirmed, or whose name starts with a given name or ends with a surname; not a Title Case
    phrase the rules took for a name ("Great Recession", "Inland Empire")."""
    tokens = entity.name_tokens
    if " ".join(tokens) in lexicons.us_places() or " ".join(tokens) in lexicons.places():
        return False  # "San Francisco": a place, whatever its words
    if entity.confirmed or tokens[0].lower() in lexicons.first_names():
        return True
    if _surname_alone(entity):
        return True
    # "Toulouse Street", "Wall Street": a street's name ends in a surname, but no given name opens it
    return tokens[-1].lower() in lexicons.surnames() and tokens[-1] not in STREET_WORDS


def _surname_alone(entity: Entity) -> bool:
    """"Marat Safin beat Mario Ancic … Safin won the title": a name of two or three words the article also
    writes as its last word alone, the way it shortens a person's name whatever the name lists hold; never
    a name with a place's or an organisation's word in it ("Manchester United … United won")."""
    tokens = entity.name_tokens
    last = tokens[-1].lower()
    return 2 <= len(tokens) <= 3 and tokens[-1] in entity.aliases and tokens[-1] not in STREET_WORDS \
        and (last not in lexicons.common_words() or last in lexicons.surnames()) \
        and not names_an_organisation(list(tokens)) and not any(
            t in lexicons.places() or lexicons.is_us_place([t]) or t.lower() in naming.COUNTRIES
            or t.lower() in naming.DEMONYMS for t in tokens)


# the ends of a company's or charity's name that short mentions drop ("Amnesty", "Big Machine"); not
# "News", "Foundation" or "Organization", which name another body ("Sky" is no "Sky News")
DROPPED_ORG_ENDS = frozenset({"international", "records", "inc", "corp", "corporation", "ltd", "plc", "llc", "holdings", "group"})


STREET_WORDS = frozenset({"Street", "Road", "Lane", "Avenue", "Way", "Place"})  # a thoroughfare's last word


def _last_distinct(items: list[str], n: int) -> list[str]:
    out: list[str] = []
    for item in reversed(items):
        if item not in out:
            out.append(item)
        if len(out) == n:
            break
    return out


@dataclass(frozen=True)
class Antecedent:
    """Whom a pronoun means (None: no one fits), and how sure that is."""

    entity: Entity | None
    confidence: float


@dataclass(frozen=True)
class Identified:
    """The canonical speaker a mention names, and how sure coref is of it (a factor on the
    attribution's confidence)."""

    speaker: Speaker
    confidence: float


def _names_another(text: str, end: int) -> bool:
    """A restrictive "who" clause right after a description that names someone before any reporting verb: "The
    barrister who had represented Mr Martin said" (Martin is the barrister's client), not "a sheriff who says
    he was tricked" nor "a union leader who said conflict between himself and Tony Blair …"."""
    clause = re.match(r"\s+who\s+([^,.;:“”\"]{0,80})", text[end:end + 90]) if text else None
    if clause is None:
        return False
    for word in clause.group(1).split():
        if word.lower() in lexicons.reporting_verbs():
            return False
        if word[:1].isupper():
            return True
    return False


def speaker_for(mention: Mention, registry: Registry, paragraph: int, sentence: int) -> Identified:
    """Turn a source mention into a canonical Speaker, with a confidence factor."""
    settings = registry.settings
    titled = registry.titled_at(mention.span.start, mention.span.end)
    if titled is not None and mention.kind != MentionKind.PRONOUN:
        # "China’s ambassador to Britain accused …" once "China’s ambassador to Britain Liu Xiaming"
        return Identified(_person(titled, mention, registry), settings.resolved_description)
    if mention.kind == MentionKind.PERSON and mention.anonymous and _names_another(registry.text, mention.span.end):
        # "The barrister who had represented Mr Martin said": the person its own clause names is someone else
        return Identified(Speaker(mention.name, SpeakerType.PERSON, mention.span, mention.role, mention.affiliation),
                          settings.bare_description)
    if mention.kind == MentionKind.PERSON and mention.anonymous and mention.span.start in registry.described:
        # a lead's description the next sentence names ("A close associate of … Platon Lebedev …")
        return Identified(_person(registry.described[mention.span.start], mention, registry), settings.resolved_description)
    if mention.kind == MentionKind.PERSON and mention.anonymous and (post := post_of(mention.span.text)) is not None \
            and (holder := registry.post_holder(post, mention.span.start)) is not None:
        # "Austria's interior minister said" once "Interior Minister Wolfgang Peschorn": who holds that post
        return Identified(_person(holder, mention, registry), settings.resolved_description)
    if mention.kind == MentionKind.PERSON and mention.anonymous and registry.text \
            and (lead := registry.lead_described(mention.span.text, mention.span.start)) is not None:
        # "…, an Acme Watch researcher has said. ¶ … Jane Roe said": the person the lead's description names
        return Identified(_person(lead, mention, registry), settings.resolved_description)
    if mention.kind == MentionKind.PERSON and mention.anonymous:
        # unnamed sources are never merged with anyone: each is its own speaker
        return Identified(Speaker(mention.name, SpeakerType.PERSON, mention.span, mention.role, mention.affiliation),
                          settings.anonymous_person)
    if demonym_description(mention, registry.text):
        return _demonym_speaker(mention, registry, paragraph, sentence)
    if mention.kind == MentionKind.PERSON and (short := registry.short_org(mention.name)) is not None:
        # "reports received by Amnesty" once "Amnesty International" was named
        return Identified(Speaker(short.name, SpeakerType.ORGANISATION, mention.span), settings.organisation_mention)
    if mention.kind == MentionKind.PERSON:
        entity = registry.person(mention)
        return Identified(_person(entity, mention, registry), settings.named_person)
    if mention.kind == MentionKind.PRONOUN:
        antecedent = registry.resolve_pronoun(mention.name, paragraph, sentence, mention.span.start)
        if antecedent.entity is None:
            return Identified(Speaker(mention.span.text, SpeakerType.UNKNOWN, mention.span), settings.unresolved_pronoun)
        return Identified(_person(antecedent.entity, mention, registry), antecedent.confidence)
    if mention.kind == MentionKind.GROUP and _definite_person(mention):
        return _described_person_speaker(mention, registry, paragraph, sentence)
    if mention.kind == MentionKind.GROUP:
        # "Senior Liberal Democrats", "House Republicans": the party a group belongs to is its affiliation
        if mention.name in PARTIES:
            # "Democrats", "the Liberal Democrats" alone: the party speaking, an organisation like a club
            return Identified(Speaker(mention.name, SpeakerType.ORGANISATION, mention.span), settings.group_mention)
        return Identified(Speaker(mention.name, SpeakerType.GROUP, mention.span, None, mention.affiliation), settings.group_mention)
    if mention.kind == MentionKind.PLURAL:
        names = registry.resolve_pair(mention.name, sentence)
        if names is None:
            return Identified(Speaker(mention.span.text, SpeakerType.GROUP, mention.span), settings.unresolved_pair)
        return Identified(Speaker(names, SpeakerType.GROUP, mention.span), settings.pair_named)
    if mention.kind == MentionKind.ORGANISATION and mention.anonymous:
        # "The commission ruled …" (cues._institution_subject): the institution the article named, as
        # the learned stage resolves a description; else the words as written
        entity = registry.resolve_description(mention.span.text, paragraph, sentence, mention.span.start)
        if entity is not None:
            return Identified(Speaker(entity.name, entity.type, mention.span), settings.resolved_description)
        return Identified(Speaker(mention.name, SpeakerType.ORGANISATION, mention.span), settings.bare_description)
    # organisations, and countries or capitals standing for their governments
    return Identified(Speaker(mention.name, SpeakerType.ORGANISATION, mention.span), settings.organisation_mention)


def _definite_person(mention: Mention) -> bool:
    """A rules' phrase that is a definite description of one person ("The Oscar-nominated actor" of
    cues._definite_description): "the", then words ending in a singular person noun."""
    words = mention.span.text.split()
    return len(words) >= 2 and words[0].lower() == "the" and words[-1].islower() and naming.person_noun(words[-1]) \
        and not words[-1].endswith("s") and _description_pronoun(words[-1]) is not None


def _described_person_speaker(mention: Mention, registry: Registry, paragraph: int, sentence: int) -> Identified:
    """The person a definite description names (Registry.resolve_description), else the description as its own
    person, the words as written."""
    entity = registry.resolve_description(mention.span.text, paragraph, sentence, mention.span.start)
    stop = _SENTENCE_END.search(registry.text, mention.span.end)
    inside = entity is not None and any(mention.span.end <= o < (stop.start() if stop else len(registry.text))
                                        for o in entity.offsets)  # "The actor, who starred with Meryl Streep, said"
    if entity is None or entity.type != SpeakerType.PERSON or inside:
        # "the prime minister insisted …" before the article names him: the post is what a reader learns
        role = " ".join(w for w in mention.span.text.split()[1:] if w.islower() and w not in DESCRIPTION_FILLERS) or None
        return Identified(Speaker(mention.span.text, SpeakerType.PERSON, mention.span, role=role), registry.settings.bare_description)
    return Identified(_person(entity, mention, registry), registry.settings.resolved_description)


def demonym_description(mention: Mention, text: str) -> bool:
    """"“…,” the Dutchman said", "The Brazilian said": a noun for one person of a nation after "the",
    as its phrase's head, is a person the article describes, which the rules took for a name or a
    place; not "the Brazilian government" (a modifier) nor "Scot Peterson" (a name)."""
    if mention.kind not in (MentionKind.PERSON, MentionKind.PLACE) or mention.anonymous or not text:
        return False
    if mention.span.text.lower() not in DEMONYM_NOUNS or not re.search(r"\b[Tt]he\s+$", text[max(0, mention.span.start - 5):mention.span.start]):
        return False
    after = re.match(r"\s*([\w’'-]+|\S)?", text[mention.span.end:])
    word = after.group(1) if after and after.group(1) else "."
    return _phrase_ends(word) or verb_after(word)


def _demonym_speaker(mention: Mention, registry: Registry, paragraph: int, sentence: int) -> Identified:
    """The person "the Dutchman" refers to (Registry.resolve_description), remembered at the mention
    for the unit's later reading (Registry.person); else the description as its own person."""
    reach = max(0, mention.span.start - 5)
    start = reach + re.search(r"[Tt]he\s+$", registry.text[reach:mention.span.start]).start()
    words = registry.text[start:mention.span.end]
    entity = registry.resolve_description(words, paragraph, sentence, start)
    if entity is None:
        return Identified(Speaker(words, SpeakerType.PERSON, Span(start, mention.span.end, words)), registry.settings.bare_description)
    registry.described[mention.span.start] = entity
    return Identified(_person(entity, mention, registry), registry.settings.resolved_description)


def _person(entity: Entity, mention: Mention, registry: Registry) -> Speaker:
    kind = registry.speaker_type(entity)
    if kind != SpeakerType.PERSON:
        return Speaker(entity.name, kind, mention.span)
    return Speaker(entity.name, SpeakerType.PERSON, mention.span, entity.role, entity.affiliation)


def entity_of(speaker: Speaker, registry: Registry) -> Entity | None:
    return next((e for e in registry.people if e.name == speaker.name), None)


@dataclass(frozen=True)
class RoleDescription:
    """A definite description headed by a role noun ("the chancellor", "the Blackburn chief
    executive"): where it starts in the text, its last token, and the role and affiliation it gives."""

    start: int
    last: int
    role: str
    affiliation: str | None
    head: str
    mods: tuple[str, ...]
    words: tuple[str, ...]  # every word after "the", lowercased ("former" included)
    subject_only: bool = False  # no role list holds it: it names only the subject before it (_subject_description)


# what opens a role description: "the chancellor"; "our correspondent", the outlet's own journalist
OPENING_DETERMINERS = frozenset({"the", "our"})


def role_descriptions(unit: Unit, mentions: tuple[Mention, ...]) -> list[RoleDescription]:
    """The role descriptions of a unit outside quote marks and outside any mention (a title or an
    appositive the sources stage already gave to a name: "the chancellor, Gordon Brown,")."""
    tokens, usable = unit.tokens, unit.usable
    covered: set[int] = set()
    for m in mentions:
        start = m.extent_start if m.extent_start is not None else m.first
        covered.update(range(start, (m.extent_end if m.extent_end is not None else m.last) + 1))
    out = []
    for i, tok in enumerate(tokens):
        if tok.text.lower() not in OPENING_DETERMINERS or not usable[i] or i in covered:
            continue
        found = _longest_role(tokens, usable, covered, i)
        if found is None:
            subject = _subject_description(tokens, usable, covered, mentions, i)
            if subject is not None:
                out.append(subject)
            continue
        last, role, affiliation = found
        affiliation = affiliation or _of_employer(tokens, last, mentions)
        after = tokens[last + 1].text if last + 1 < len(tokens) else ""
        if after[:1].isupper() and usable[last + 1] or _before_a_name(tokens, last, mentions):
            continue  # a title before a name ("the chancellor Gordon Brown"): the name's own
        if not _phrase_ends(after):
            continue  # "the forthcoming general election": the role noun only modifies the head
        if i > 0 and tokens[i - 1].text.lower() not in SUBJECT_OPENERS:
            continue  # "Trump would be the next president", "after meeting the moderator": not whom it names
        words = [t.text.lower() for t in tokens[i + 1 : last + 1]]
        mods = tuple(w for w in words[:-1] if w not in DESCRIPTION_FILLERS)
        out.append(RoleDescription(tok.start, last, role, affiliation, words[-1], mods, tuple(words)))
    return out


EMPLOYER_PREPOSITIONS = frozenset({"of", "at"})  # "the head of Lionhead Studios", "the chief economist at Acme"


def _of_employer(tokens, last: int, mentions: tuple[Mention, ...]) -> str | None:
    """"The head of Surrey's Lionhead Studios was granted …": the organisation an of- or at-phrase right
    after a role description names is where the role is held, as in a title before a name ("chief
    executive of Acme Corp Jane Roe"). Only an organisation the sources stage found, right after the
    preposition or after "the" and a possessive place ("Surrey's"); a state, a place or a person is no
    employer here ("the president of the United States" stays a role)."""
    if last + 1 >= len(tokens) or tokens[last + 1].text.lower() not in EMPLOYER_PREPOSITIONS:
        return None
    start = last + 2
    after = sorted((m for m in mentions if m.first >= start), key=lambda m: m.first)
    if not after or after[0].kind != MentionKind.ORGANISATION and not (
            len(after) > 1 and after[1].kind == MentionKind.ORGANISATION and after[0].last + 2 == after[1].first
            and tokens[after[0].last + 1].text in POSSESSIVE_MARKS):
        return None
    org = after[0] if after[0].kind == MentionKind.ORGANISATION else after[1]
    between = tokens[start:org.first]
    if len(between) > 3 or any(not (t.text[:1].isupper() or t.text in POSSESSIVE_MARKS or t.text.lower() == "the")
                               for t in between):
        return None
    return org.name


def _subject_description(tokens, usable, covered: set[int], mentions: tuple[Mention, ...], i: int) -> RoleDescription | None:
    """A description that opens its sentence or its main clause and says what a person does, in
    words no role list holds: "The Wasps flanker replaces …", "After hitting …, the singer and
    guitarist told …" (elegant variation for the subject before it). Its lowercase words are the
    role, a capitalised premodifier that names no person ("Wasps") the affiliation; its head a
    singular noun for a doer ("flanker", "singer"), never a generic or kin noun ("the man", "the
    mother"), and a verb follows it."""
    if not _opens_clause(tokens, i):
        return None
    # a full name is no premodifier ("the John Smith"); a lone capitalised word may be ("Wasps")
    people = {k for m in mentions if m.kind == MentionKind.PRONOUN or m.kind == MentionKind.PERSON and m.last > m.first
              for k in range(m.first, m.last + 1)}
    j, qualifiers, caps = _premodifiers(tokens, i, people)
    words: list[str] = []
    while j < len(tokens) and len(words) < DESCRIPTION_WORDS and usable[j] and j not in covered \
            and _ROLE_WORD.fullmatch(tokens[j].text) and tokens[j].text.islower() and not verb_after(tokens[j].text) \
            and tokens[j].text not in CLAUSE_ADVERBS:
        words.append(tokens[j].text)
        j += 1
    if j + 1 < len(tokens) and (tokens[j].text in CLAUSE_ADVERBS or tokens[j].text.endswith("ly")) and words:
        j += 1  # "The attacking midfielder also claims": an adverb between subject and verb
    if not words or j >= len(tokens) or not verb_after(tokens[j].text):
        return None
    heads = " ".join(words).split(" and ")  # "the singer and guitarist": one person, both roles
    if len(heads) > 2 or not all(h and _doer_noun(h.split()[-1]) for h in heads):
        return None
    # "the GOP presidential nominee": a party or a place as describe gives it, for the party guard
    role, affiliation = describe(" ".join(t.text for t in tokens[i:j]))
    premodifier = " ".join(t.text for t in caps)
    if "and" not in premodifier.split():  # "the Commonwealth and European silver medallist": titles won, no employer
        affiliation = affiliation or PARTIES.get(premodifier) or premodifier or None
    mods = tuple(w for w in words[:-1] if w not in DESCRIPTION_FILLERS)
    return RoleDescription(tokens[i].start, j - 1, role or " ".join(qualifiers + words), affiliation, words[-1], mods,
                           tuple(words),
                           subject_only=True)


_QUALIFIERS = frozenset({"former", "new", "veteran", "ex"})  # "the former Sun editor": said before whom they worked for
_AGE = "-year-old"  # "the 24-year-old England midfielder"


def _premodifiers(tokens, i: int, people: set[int]) -> tuple[int, list[str], list]:
    """(next token, qualifiers, capitalised words) of the words after "the" (token i) before a
    description's lowercase words: a qualifier or an age ("the former", "the 24-year-old"), then up to
    two capitalised words that name no person, one more after "and" ("the Wasps flanker", "the former
    Sun editor", "the Commonwealth and European silver medallist")."""
    j, qualifiers = i + 1, []
    for _ in range(2):
        if j < len(tokens) and tokens[j].text.lower() in _QUALIFIERS:
            qualifiers.append(tokens[j].text.lower())
            j += 1
        elif j < len(tokens) and tokens[j].text.isdigit() and "".join(t.text for t in tokens[j + 1 : j + 5]) == _AGE:
            j += 5  # "24 - year - old", as the tokenizer splits it
    if j > i + 1 and not (j < len(tokens) and tokens[j].text[:1].isupper()):
        return i + 1, [], []  # "the former chief executive": the lowercase words read it as before
    start = j

    def capital(k: int) -> bool:
        return k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() and k not in people

    while capital(j) and j - start < 2:
        j += 1
    if j > start and j < len(tokens) and tokens[j].text == "and" and capital(j + 1):
        j += 2
    return j, qualifiers, list(tokens[start:j])


def _opens_clause(tokens, i: int) -> bool:
    """Whether token i opens its sentence, or its main clause after a fronted adverbial clause
    ("After hitting “Takin’ It To the Streets,” the singer …")."""
    if i == 0 or i == 1 and tokens[0].text in ("And", "But"):
        return True  # "And the Commonwealth and European silver medallist believes …"
    k = i - 1
    while k > 0 and tokens[k].text in ("”", "’", '"', "'"):
        k -= 1
    return tokens[k].text == "," and tokens[0].text.lower() in FRONTED and not any(t.text == "," for t in tokens[1:k])


def verb_after(word: str) -> bool:
    """Whether a word after a noun phrase is its verb: a reporting verb, an auxiliary, a past tense,
    or a present tense in -s that is no plural of a person noun ("replaces", not "brothers")."""
    low = word.lower()
    if finite_reporting_verb(low) or low in AUXILIARIES or (low.isalpha() and low.endswith("ed")):
        return True
    return low.isalpha() and low.endswith("s") and not low.endswith("ss") and not naming.person_noun(low) \
        and not naming.person_noun(low[:-1])


def _doer_noun(word: str) -> bool:
    """A singular noun for what someone does ("singer", "guitarist", "flanker", "director"), not a
    generic, kin or group noun ("man", "mother", "fans") nor a nationality ("the Briton")."""
    if word in naming.PEOPLE_NOUNS or word in naming.DEMONYMS or word in lexicons.words("group_nouns"):
        return False
    return agent_noun(word) or word in lexicons.words("role_heads") or describe(word).role is not None or (
        naming.person_noun(word) and word.endswith(AGENT_SUFFIXES))


def _phrase_ends(word: str) -> bool:
    """Whether the noun phrase ends before ``word``: punctuation, a function word, a reporting verb
    or a verb's or adverb's ending ("said", "could", "insisted", "vigorously"), not a noun it goes on to."""
    low = word.lower()
    # a bare "-s" is no test: "the billionaire brothers" goes on to a plural noun
    return not low.isalpha() or low in PHRASE_ENDS or low in CLAUSE_ADVERBS or finite_reporting_verb(low) or low.endswith(("ed", "ly"))


def described_in(registry: Registry, unit: Unit, mentions: tuple[Mention, ...]) -> list[tuple[int, Entity]]:
    """(offset, person) for each role description of a unit that names someone: the one the first
    pass linked it to, else the role's holder named before it ("the chancellor" once Brown holds it)."""
    out = []
    for d in role_descriptions(unit, mentions):
        words = registry.text[d.start : unit.tokens[d.last].end]
        entity = registry.resolve_description(words, unit.paragraph, unit.index, d.start) if registry.text else None
        if entity is not None and entity.type == SpeakerType.PERSON:
            out.append((d.start, entity))
    return out


def _before_a_name(tokens, last: int, mentions: tuple[Mention, ...]) -> bool:
    """"the author of that boast, Muhammad Ali,": a description set before a name, which it
    describes (a comma within a few words, then a person's name)."""
    for k in range(last + 1, min(len(tokens), last + DESCRIPTION_WORDS + 1)):
        if tokens[k].text == ",":
            return any(m.first == k + 1 and m.kind == MentionKind.PERSON for m in mentions)
    return False


_ROLE_WORD = re.compile(r"[A-Za-z][\w-]*")  # a word a role description may hold


def _longest_role(tokens, usable, covered: set[int], i: int) -> tuple[int, str, str | None] | None:
    """(last token, role, affiliation) of the longest role description starting at "the" (token i)."""
    best = None
    for j in range(i + 1, min(len(tokens), i + 1 + DESCRIPTION_WORDS)):
        word = tokens[j].text
        if word == "and" and best is not None and best[0] == j - 1:
            continue  # "the singer and guitarist": a second role may follow
        if not usable[j] or j in covered or not _ROLE_WORD.fullmatch(word) or word.lower() in PHRASE_ENDS \
                or finite_reporting_verb(word):
            break
        role, affiliation = describe(" ".join(t.text for t in tokens[i : j + 1]))
        if role and role.split()[-1].lower() == word.lower():
            best = (j, role, affiliation)
    return best


def link_role_descriptions(registry: Registry, body: list[tuple[Unit, tuple[Mention, ...]]]) -> None:
    """Coref's first pass for role descriptions: "Gordon Brown … The chancellor said" makes "the
    chancellor" Gordon Brown, and gives him the role, so that every row of his carries it.

    A description whose role someone already holds is theirs (``resolve_description``). Otherwise
    it names the one person without a role whom the nearest earlier sentence naming someone
    names (in its paragraph or the one before); a description in the lead, before the article
    names anyone, names the one person the next sentences name ("… outlined by the home
    secretary. Charles Clarke's plans …"). Never an unnamed source's words ("A White House
    official said … The official added"), and never a guess between two people."""
    _add_earlier_offsets(registry, body)
    seen_person = False
    lone_roles = _lone_roles(registry, body)
    for n, (unit, mentions) in enumerate(body):
        for d in role_descriptions(unit, mentions):
            before_it = seen_person or any(_named(m) and m.span.end <= d.start for m in mentions)
            entity = _referent(registry, body, lone_roles, n, d, lead=not before_it)
            if entity is not None:
                entity.role = entity.role or d.role
                entity.affiliation = entity.affiliation or d.affiliation
                entity.confirmed = True
                registry.described[d.start] = entity
        if not seen_person:
            _name_lead_source(registry, body, n)
            _name_lead_description(registry, unit, mentions)
        seen_person = seen_person or any(_named(m) for m in mentions)


def _name_lead_source(registry: Registry, body, n: int) -> None:
    """"A close associate of former Yukos boss Mikhail Khodorkovsky has told a court … Platon
    Lebedev has been on trial …": an indefinite description that opens the article, before
    anyone is named, is the one new person the next sentences name as their subject. Never an
    anonymity noun ("A senior White House official said …" stays unnamed), never the name inside
    the description ("of … Khodorkovsky") or any other person the lead sentence names."""
    unit, mentions = body[n]
    lead = next((m for m in mentions if m.kind == MentionKind.PERSON and m.anonymous), None)
    if lead is None or lead.first > 1 or not lead.role:
        return
    if set(lead.role.lower().split()) & ANONYMITY_HEADS:
        return
    in_lead = {id(e) for e in (registry.known(m) for m in mentions if _named(m)) if e is not None}
    for k in range(n + 1, min(len(body), n + 1 + DESCRIPTION_LOOKAHEAD)):
        later_unit, later = body[k]
        if later_unit.paragraph > unit.paragraph + 1:
            return
        subject = next((m for m in later if _named(m)), None)
        if subject is None:
            continue
        entity = registry.known(subject)
        if entity is None or id(entity) in in_lead or entity.role or subject.first > 1:
            return
        entity.role = lead.role
        entity.affiliation = entity.affiliation or lead.affiliation
        registry.described[lead.span.start] = entity
        return


def _name_lead_description(registry: Registry, unit: Unit, mentions: tuple[Mention, ...]) -> None:
    """"A US airline attendant suspended over … says she has been fired. ¶ Ellen Simonetti, known as …":
    an indefinite person description that opens the lead sentence, where the rules found no mention, is
    the person the next sentences name (``Registry.lead_described``), who takes its post on all their
    rows, whether or not its own quote is found."""
    tokens = unit.tokens
    if len(tokens) < 3 or tokens[0].text.lower() not in ("a", "an") or any(m.first == 0 for m in mentions) \
            or not registry.text:
        return
    j = 1
    while j < len(tokens) and j <= DESCRIPTION_WORDS and _ROLE_WORD.fullmatch(tokens[j].text) and unit.usable[j] \
            and tokens[j].text.lower() not in PHRASE_ENDS and not verb_after(tokens[j].text):
        j += 1
    if j < 2 or j >= len(tokens) or not tokens[j - 1].text.islower():
        return
    nxt = tokens[j].text
    if not (verb_after(nxt) or nxt in (",", "who") or nxt.endswith("ed")):
        return  # "A US television network will screen …" ends no phrase at a noun for a person
    words = registry.text[tokens[0].start:tokens[j - 1].end]
    entity = registry.lead_described(words, tokens[0].start)
    if entity is not None:
        registry.described[tokens[0].start] = entity


def _named(m: Mention) -> bool:
    return m.kind == MentionKind.PERSON and not m.anonymous


def _referent(registry: Registry, body, lone_roles: dict[tuple[str, ...], str], n: int, d: RoleDescription, *,
              lead: bool) -> Entity | None:
    held = any(d.head in role.lower().split() for role in lone_roles.values())
    if registry.text[d.start:d.start + 4].lower() == "our ":
        return None  # "our correspondent": the outlet's journalist (Registry._own_journalist), never a guess
    if d.head in ANONYMITY_HEADS or held or registry.role_holders(d.head, list(d.mods), set(d.words)):
        return None
    if d.affiliation in PARTIES.values():
        # "the Democratic nominee": the stock epithet of copy that names both parties' people; the
        # nearest person without a role may be the other party's, and a party is never taken by
        # proximity. Only someone who holds the role already is its referent
        return None
    paragraph = body[n][0].paragraph
    for k in range(n, max(-1, n - DESCRIPTION_LOOKBACK - 1), -1):
        unit, mentions = body[k]
        if unit.paragraph < paragraph - 1:
            break
        earlier = [m for m in mentions if m.kind == MentionKind.PERSON and (k < n or m.span.end <= d.start)]
        if any(m.anonymous for m in earlier):
            return None  # "A senior official said … The official added": the unnamed source
        if d.subject_only:
            if k < n and any(_named(m) for m in earlier):
                return _subject_described(registry, unit, earlier, d)
            continue
        found = _one_roleless(registry, lone_roles, earlier)
        if found is not _NOBODY:
            return found
    if not lead or d.subject_only:
        return None
    for k in range(n, min(len(body), n + DESCRIPTION_LOOKAHEAD + 1)):
        unit, mentions = body[k]
        if unit.paragraph > paragraph + 1:
            break
        later = [m for m in mentions if m.kind == MentionKind.PERSON and (k > n or m.span.start > d.start)]
        found = _one_roleless(registry, lone_roles, later)
        if found is not _NOBODY:
            return found
    return None


def _add_earlier_offsets(registry: Registry, body) -> None:
    """Where the article mentions each person by surname before naming them in full ("Mr Brown …
    Gordon Brown"), which registration, reading in order, could not yet match."""
    for _, mentions in body:
        for m in mentions:
            entity = registry.known(m)
            if entity is not None and m.span.start not in entity.offsets:
                entity.offsets.append(m.span.start)
    for entity in registry.people:
        entity.offsets.sort()


def _lone_roles(registry: Registry, body) -> dict[tuple[str, ...], str]:
    """The roles of names the first pass did not register ("President Obama", a surname with a
    title): such a person holds a role, for the second pass to give, and is nobody's roleless referent."""
    roles: dict[tuple[str, ...], str] = {}
    for _, mentions in body:
        for m in mentions:
            if _named(m) and m.role and registry.known(m) is None:
                roles.setdefault(_core_tokens(m.name) or (m.name,), m.role)
    return roles


_COMPANY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(naming.COMPANY_NOUNS)) + r")\s+$")  # "media group ", "research firm "
_NUMBERED = re.compile(r"\s+\d")  # a name followed by a number ("Chapter 11", "Flight 93")
SALIENT_PARAGRAPHS = 3  # paragraphs an organisation description looks back in: its own and the two before
DESCRIPTION_LOOKBACK = 4  # sentences back a role description looks for the person it names
DESCRIPTION_LOOKAHEAD = 2  # sentences on a lead's description looks ("… by the home secretary. Charles Clarke's …")
_NOBODY = Entity("", SpeakerType.PERSON, ())  # a sentence that names no one without a role: look further


def _one_roleless(registry: Registry, lone_roles: dict[tuple[str, ...], str], mentions: list[Mention]) -> Entity | None:
    """The one person without a role these mentions name; None when they name several (never a
    guess); _NOBODY when they name no person without a role."""
    people: dict[object, Mention] = {}
    for m in mentions:
        if not _named(m):
            continue
        # "Scott's company Scott Free": a name the article only ever sets after an organisation noun
        # is that organisation, whatever the rules took it for; it shares no one's surname
        named = [e for e in registry.all_named(m) if not registry.named_as_organisation(e)]
        if len(named) > 1:
            return None  # "Scott" with Ridley Scott and Scott Walker registered: whom it means is a guess
        entity = registry.known(m)
        if entity is not None and registry.named_as_organisation(entity):
            continue
        if entity is None:
            # a surname the article never gives in full ("Mr. Obama"): a person all the same, when
            # an honorific or the article shows it as one ("in Brighton", "African-Americans" is no one)
            core = _core_tokens(m.name) or (m.name,)
            if core not in lone_roles and (m.honorific or _person_shown(core[-1], registry.text)):
                people.setdefault(core, m)
        elif not entity.role and _personal(entity):  # not a Title Case run ("United Nations")
            people.setdefault(id(entity), m)
    if not people:
        return _NOBODY
    if len(people) > 1:
        # "Austin Aitken is suing NBC over Fear Factor": a Title Case run the rules took for a name
        # is a weaker candidate than a person named with a given name or a title
        people = {k: m for k, m in people.items() if not _title_case_phrase(registry, m)}
    return registry.person(next(iter(people.values()))) if len(people) == 1 else None


def _subject_described(registry: Registry, unit: Unit, mentions: list[Mention], d: RoleDescription) -> Entity | None:
    """The subject of the nearest sentence before that names someone, for a description no role list
    holds ("The Wasps flanker replaces …"); never the one its premodifier names ("Bernie Sanders
    spoke … The Sanders supporter said")."""
    entity = _previous_subject(registry, unit, mentions)
    if entity is None or not d.affiliation:
        return entity
    return None if set(d.affiliation.lower().split()) & {t.lower() for t in entity.name_tokens} else entity


def _previous_subject(registry: Registry, unit: Unit, mentions: list[Mention]) -> Entity | None:
    """"Johnny O'Connor is determined … The Wasps flanker replaces …": a description that is its
    sentence's subject, after a sentence that opens with a person without a role, is that person
    (the subject goes on), though the sentence names Title Case runs no title, given name or
    surname makes people ("Eliza Marsh teased the Anniversary Tour … at the Ryman Auditorium").
    None when it names another person without a role, even one named before ("Texas Sen. Ted Cruz
    …, defeating Donald Trump … The billionaire businessman": the object is as likely)."""
    opener = next((m for m in mentions if _named(m) and m.first == 0), None)
    entity = registry.known(opener) if opener is not None else None
    if entity is None or entity.role or not _personal(entity) or len(registry.all_named(opener)) > 1:
        return None
    relative = _relative_after(unit.tokens, opener.last)
    for m in mentions:
        other = registry.known(m)
        if not _named(m) or other is entity or (other is not None and other.role) or m.first in relative:
            continue
        if other is None:
            if m.honorific:
                return None  # "Mr. Obama": a person all the same
            continue
        if _personal(other) and not _title_case_phrase(registry, m) and not registry.named_as_organisation(other):
            return None  # "Ted Cruz …, defeating Donald Trump … The billionaire businessman": a guess
    return entity


def _relative_after(tokens, last: int) -> range:
    """The tokens of a relative clause set off by commas right after a subject ("Johnson, who finished
    seventh in last year's Olympic Games, has not …"): what it names describes the subject, it is no
    second subject."""
    if last + 2 >= len(tokens) or tokens[last + 1].text != "," or tokens[last + 2].text.lower() != "who":
        return range(0)
    close = next((k for k in range(last + 3, len(tokens)) if tokens[k].text == ","), None)
    return range(last + 3, close) if close is not None else range(0)


def _title_case_phrase(registry: Registry, m: Mention) -> bool:
    """A run the rules took for a name that starts with a common word ("Fear Factor"), which no
    title, role or honorific confirms and no given name starts."""
    entity = registry.known(m)
    if m.honorific or m.role or (entity is not None and entity.confirmed):
        return False
    first = (entity.name_tokens if entity is not None else (_core_tokens(m.name) or (m.name,)))[0].lower()
    return first in lexicons.common_words() and first not in lexicons.first_names()


# subordinators that open a fronted adverbial clause ("When Ghani announced the talks, he said …")
FRONTED = frozenset({"when", "after", "as", "while", "before", "since", "although", "though", "once", "because", "if"})
GENDER = {"he": "m", "she": "f"}


def fronted_subject(registry: Registry, unit: Unit, mentions: tuple[Mention, ...], pronoun: Mention) -> Mention | None:
    """"When Afghan President Ashraf Ghani announced the talks, he said …": the pronoun subject of
    the main clause means the one person the fronted clause names (its subject), when gender allows."""
    tokens = unit.tokens
    if not tokens or tokens[0].text.lower() not in FRONTED or pronoun.name not in GENDER:
        return None
    comma = next((k for k in range(pronoun.first - 1, 0, -1) if tokens[k].text == ","), None)
    if comma is None or pronoun.first - comma > 2:
        return None  # the pronoun must open the main clause, right after the clause's comma
    people = [m for m in mentions
              if m.kind == MentionKind.PERSON and not m.anonymous and 0 < m.first and m.last < comma]
    # "While the campaign did not appeal to Julie Graham, the state's information officer, she said": the
    # commas of a person's own appositive are no list
    apposed = {k for m in people for k in range(m.last + 1, (m.extent_end or m.last) + 2)}
    if any(t.text == "," and k not in apposed for k, t in enumerate(tokens[1:comma], 1)):
        return None  # a list or an aside inside the clause: not one subject
    if len({m.name for m in people}) != 1:
        return None
    gender = registry.person(people[0]).gender
    return people[0] if gender in (None, GENDER[pronoun.name]) else None


def _colon_quote(tokens, last: int, pronoun: int) -> bool:
    """Whether the words between a subject (ending at token ``last``) and a pronoun are its clause ending in a
    colon, then one quotation closed right before the pronoun ("scolded him: “…,” she")."""
    colon = next((k for k in range(last + 1, pronoun) if tokens[k].text == ":"), None)
    if colon is None or colon + 1 >= pronoun or tokens[colon + 1].text not in ("“", '"'):
        return False
    marks = [k for k in range(colon + 1, pronoun) if tokens[k].text in ("“", "”", '"')]
    return len(marks) == 2 and pronoun - marks[-1] <= 2 and not any(t.text in ".!?" for t in tokens[last + 1:colon])


POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def bound_subject(registry: Registry, unit: Unit, mentions: tuple[Mention, ...], pronoun: Mention) -> Mention | None:
    """"Dominic Grieve criticised the plans to change what he said was an “exceptional institution”",
    "Germaine Greer quit the show over what she called “bullying”": a he/she later in the sentence whose
    main clause a named person opens means that person, as a careful reader takes it, when no other person
    of that gender (or of none known) is named between them and the gender allows. The salience of the
    sentences before (``Registry.resolve_pronoun``) never sees the sentence's own subject."""
    tokens = unit.tokens
    if pronoun.name not in GENDER or not tokens or tokens[0].text.lower() in FRONTED:
        return None
    named = sorted((m for m in mentions if m.kind != MentionKind.PRONOUN and m.last < pronoun.first),
                   key=lambda m: m.first)
    if named and named[0].kind != MentionKind.PERSON and len(named) > 1 and named[1].extent_start is not None \
            and named[1].extent_start <= named[0].last + 1:
        named = named[1:]  # "Senate leader Mitch McConnell": a name inside the person's title
    if not named or named[0].kind != MentionKind.PERSON or named[0].anonymous:
        return None
    subject = named[0]
    title = (subject.role or "").lower().split()
    if any(not t.text[:1].isalpha() or t.text.lower() in PREPOSITIONS or t.text.lower() in DETERMINERS
           or (t.text.islower() and t.text not in title) for t in tokens[:subject.first]):
        return None  # the name opens the sentence, its title before it at most ("In a speech in Leeds, he …")
    if subject.last + 1 >= len(tokens) or not tokens[subject.last + 1].text[:1].isalpha() \
            or tokens[subject.last + 1].text[:1].isupper():
        return None  # the name's verb right after it: no possessor ("Obama's spokesman"), no list, no quote
    if (pronoun.first == 0 or not tokens[pronoun.first - 1].text[:1].isalpha()) \
            and not _colon_quote(tokens, subject.last, pronoun.first):
        # ", he said": a postposed attribution of the sentence's words, or a main clause after a phrase; unless the
        # subject's own clause introduced the quotation ("McCaskill scolded him: “…,” she said")
        return None
    want = GENDER[pronoun.name]
    entity = registry.known(subject)
    if entity is not None and entity.gender not in (None, want):
        return None
    for other in named[1:]:
        known = registry.known(other)
        if other.kind == MentionKind.PERSON and (known is None or known is not entity) and other.name != subject.name \
                and (known is None or known.gender in (None, want)):
            return None  # "Clinton attacked Sanders after he said …": two candidates, salience decides
    return subject
