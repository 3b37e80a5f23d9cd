"""What kind of name something is, from its words: the one place that types a name and holds the word lists
for it.

The lists are package data (``quotes/data/names/*.txt``, each file's header and ``quotes/data/README.md`` say
where it comes from), loaded once through ``quotes.lexicons``; this module gives them their names and the
predicates built on them. The linking pass (``crossdoc.names``, ``crossdoc.speakers``) and the claim table
(``claims.speakers``, ``claims.frames``) read them here; extraction keeps lists of its own for now, some of
them close to these but not the same (``SUBJECT_PRONOUNS`` and ``THIRD_PERSON_SUBJECTS`` below are the two
extraction writes).

Every list is lower case and matched on the folded word (``fold``: case folded, a curly apostrophe straight,
dots kept: "sen." and "sen" are both listed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from quotes import lexicons
from quotes.types import SpeakerType

# ---- pronouns: one list per use, each a different set of words ----------------------------------------------
# every English personal, demonstrative and indefinite pronoun: never a name (the linking pass)
PRONOUNS = lexicons.name_words("pronouns")
# those of PRONOUNS that, as a whole speaker, leave it unresolved for the claim table ("his", "who", "both");
# reflexives, "mine", negatives and quantities ("nobody", "most") are not among them
UNRESOLVED_SPEAKER_WORDS = lexicons.name_words("unresolved_speakers")
# the subject pronouns that may open a clause after a quote ("…,” he said); extraction's units.py writes these
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
# the third-person ones, which point back to someone the article named (extraction's sources.py, claims' frames)
THIRD_PERSON_SUBJECTS = frozenset({"he", "she", "they"})
# a PolNeAR source annotated as one of these words alone is a pronoun, named by no one (evaluate.brat)
ANNOTATED_SOURCE_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "him", "them",
                                       "who", "which"})
RELATIVES = lexicons.name_words("relatives")
PORTFOLIOS = lexicons.name_words("portfolios")  # "Agriculture Minister": the remit of the post, no employer
CORPORATE_OFFICES = lexicons.name_words("corporate_offices")  # "chief executive": an office only a company has
KIN_NOUNS = lexicons.name_words("kin_nouns")  # "Mr Begg's father": a relative, no employer
POST_NOMINALS = lexicons.name_words("post_nominals")  # "Ken Macdonald QC": letters after a name, no part of it
WORLD_CITIES = lexicons.name_words("world_cities")  # "a business adviser from Swansea": where someone lives
COMPANY_NOUNS = lexicons.name_words("company_nouns")  # "car-maker Honda": the name after one is a company

# ---- labels before a name ----------------------------------------------------------------------------------
OPENERS = lexicons.name_words("openers")
PARTIES = lexicons.name_words("parties")
STATES = lexicons.name_words("states")
TITLES = lexicons.name_words("titles")
INNER_TITLES = lexicons.name_words("inner_titles")
GIVEN_NAME_LABELS = lexicons.name_words("given_name_labels")
ING_GIVEN_NAMES = lexicons.name_words("ing_given_names")
NICKNAMES = lexicons.name_table("nicknames")
# extraction's party labels as written ("GOP", "D") and the party each names; its states as written after a
# name or in a party-state tag ("Calif", "TX", "Ohio") and the state
PARTY_NAMES = lexicons.name_table("party_names")
STATE_NAMES = lexicons.name_table("state_abbreviations")

# people of a state or country: before a name a label ("Vermonter Bernie Sanders"), in the plural a group
DEMONYMS = lexicons.name_words("state_demonyms") | lexicons.name_words("country_demonyms")
# the plural of a demonym names a group ("Iowans", "New Yorkers": the last word's plural); -ese, -ish, -ch and
# -ss forms have none ("the Chinese"), and adjectives only ("Danish") none either, except the -i demonyms
# that are nouns too ("Saudis", "Iraqis")
_NO_PLURAL = ("ese", "ish", "ch", "ss", "ic", "i", "ai")
_PLURAL_IN_S = ("saudi", "iraqi", "israeli", "pakistani", "kuwaiti", "omani", "qatari", "yemeni", "bahraini", "emirati",
                "somali", "bangladeshi", "azerbaijani", "nepali")
DEMONYM_PLURALS = (
    frozenset(d.rsplit("-", 1)[-1] + "s" for d in DEMONYMS if not d.endswith(_NO_PLURAL) or d in _PLURAL_IN_S)
    | lexicons.name_words("demonym_plurals") | lexicons.name_words("census_groups")
    | lexicons.name_words("religious_groups")
)
RELIGIOUS_ADJECTIVES = lexicons.name_words("religious_adjectives")
COUNTRIES = lexicons.name_words("countries")
# the country a demonym names ("dutch" -> "Netherlands"), for the affiliation of "Dutch sports minister …"
DEMONYM_COUNTRIES = lexicons.name_table("demonym_countries")

# ---- what the last (or first) word makes a name --------------------------------------------------------------
# a description's head that names an organisation ("the committee", "the group": GENERIC, any organisation)
# or an outlet ("the newspaper"), as extraction's coreference reads them; ORG_HEADS below ends a name
GENERIC_ORG_HEADS = lexicons.name_words("generic_org_heads")
DESCRIPTION_ORG_HEADS = GENERIC_ORG_HEADS | lexicons.name_words("description_org_heads")
MEDIA_HEADS = lexicons.name_words("media_heads")
INSTITUTION_HEADS = lexicons.name_words("institution_heads")  # "Festival director": culture, care, custody
ORG_HEADS = lexicons.name_words("org_heads")
ORG_LEADS = lexicons.name_words("org_leads")
ORG_NAMES = lexicons.name_words("org_names")
GROUP_HEADS = lexicons.name_words("group_heads")
FACILITY_HEADS = lexicons.name_words("facility_heads")
DOCUMENT_HEADS = lexicons.name_words("document_heads")
EVENT_HEADS = lexicons.name_words("event_heads")
POLLSTERS = lexicons.name_words("pollsters")

# ---- headlines and cut names ---------------------------------------------------------------------------------
HEADLINE_FUNCTION_WORDS = lexicons.name_words("headline_function_words")
HEADLINE_VERBS = lexicons.name_words("headline_verbs")
HEADLINE_WORDS = HEADLINE_FUNCTION_WORDS | HEADLINE_VERBS
CUT_ENDS = lexicons.name_words("cut_ends")
# "Chaffetz on Tuesday", "ruled on 30 July": a day or month after "on" opens a time adjunct, not a name's next word
CALENDAR_WORDS = lexicons.name_words("calendar_words")

# ---- descriptions ("the candidate", "a Treasury official") -------------------------------------------------
DETERMINERS = lexicons.name_words("determiners")
# the determiners extraction skips before a name or a possessor ("The Economist", "the group's"): not those of
# DETERMINERS (it has "other", not "my", "your", "one", "these", "those")
MENTION_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "some", "many",
                                 "several", "other"})
DEFINITE = lexicons.name_words("definite")
QUANTITIES = lexicons.name_words("quantities")
POSTMODIFIERS = lexicons.name_words("postmodifiers")
PEOPLE_NOUNS = lexicons.name_words("people_nouns")
DESCRIBED_ORGS = lexicons.name_words("described_orgs")
LOWER_OPENERS = lexicons.name_words("lower_openers")
DISTRIBUTIVES = lexicons.name_words("distributives")

# a capital inside one word is a brand ("ProPublica", "LinkedIn", "HuffPo"), except after a name prefix ("McConnell")
_BRAND = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|O’|D'|D’)[A-Z])[A-Z][a-z]+[A-Z]\w*")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# a capital letter and a hyphen before a capitalised word: a brand ("T-Mobile", "E-Plus"), never a person's name
_LETTER_BRAND = re.compile(r"[A-Z]-[A-Z][a-z]+")


def fold(word: str) -> str:
    """The form the lists are matched on: case folded, a curly apostrophe straight."""
    return word.casefold().replace("’", "'")


def _bare(word: str) -> str:
    return fold(word).rstrip(".,")


def is_pronoun(word: str) -> bool:
    """ "they", "Someone", "whose": never a name."""
    return fold(word) in PRONOUNS


def is_party(word: str) -> bool:
    """ "Republican", "GOP", "Democrats": a party label."""
    return _bare(word) in PARTIES


def is_state(words: str) -> bool:
    """ "Vermont", "Fla.", "New Hampshire", "D.C.": a US state as a label."""
    return fold(words) in STATES or _bare(words) in STATES


def is_title(word: str) -> bool:
    """ "Sen.", "nominee", "Gov": a title or office before a name."""
    bare = fold(word).rstrip(",")
    return bare in TITLES or bare.rstrip(".") in TITLES


def is_org_head(word: str) -> bool:
    """ "Department", "House", "PAC": the last word of an organisation's name."""
    return _bare(word) in ORG_HEADS


def is_group_head(word: str) -> bool:
    """ "officials", "Democrats", "Iowans": the last word of a group's name."""
    bare = _bare(word)
    return bare in GROUP_HEADS or bare in DEMONYM_PLURALS


def is_determiner(word: str) -> bool:
    """ "the", "his", "several": a word that opens a description."""
    return fold(word) in DETERMINERS


def is_demonym(word: str) -> bool:
    """ "Vermonter", "German", "new-yorker": people of a state or country."""
    return _bare(word) in DEMONYMS


def is_common_word(word: str) -> bool:
    """A word news writes in lower case (``quotes/data/common_words.txt``) and that is no given name."""
    word = fold(word).strip(".,")
    return word in lexicons.common_words() and word not in lexicons.first_names()


@cache
def _people_words() -> frozenset[str]:
    """Role and group nouns: extraction's lists (``quotes/data``) and the name lists'."""
    return (lexicons.role_nouns() | lexicons.words("group_nouns") | TITLES | INNER_TITLES | GROUP_HEADS | PEOPLE_NOUNS
            | DEMONYMS | DEMONYM_PLURALS)


def person_noun(word: str) -> bool:
    """Whether a description's head noun names a person or people ("spokeswoman", "voters", "caller")."""
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    if forms & _people_words():
        return True
    if word.endswith(("ist", "ists", "ian", "ians", "man", "men", "woman", "women", "person", "people", "eer", "eers")):
        return True
    for form in forms:  # an agent noun of a common verb: "caller", "questioner", "voter"
        for suffix in ("er", "or"):
            if form.endswith(suffix) and len(form) > 4:
                stem = form[: -len(suffix)]
                if is_common_word(stem) or is_common_word(stem + "e"):
                    return True
    return False


def head_before_of(words: Sequence[str]) -> str:
    """The head of "Bank of America", "Republican Party of Texas": the capitalised word before the first "of"."""
    if "of" in words[1:-1]:
        head = words[list(words).index("of", 1) - 1]
        return _bare(head) if head[:1].isupper() else ""
    return ""


def letter_brand(name: str) -> bool:
    """A capital letter and a hyphen before a capitalised word: a brand's shape ("T-Mobile", "E-Plus")."""
    return _LETTER_BRAND.fullmatch(name) is not None


def name_type(words: Sequence[str]) -> SpeakerType | None:
    """What a name's words make it, whatever it was typed: a group when its last word heads one ("Democrats",
    "Pennsylvania Republicans", "Iowans"), an organisation when a head word, a lead word ("Team Clinton"), a
    platform or outlet's name, a brand ("ProPublica") or an acronym ("NAACP") says so; None when the words
    alone say nothing (a person's name, most often)."""
    if not words:
        return None
    last = _bare(words[-1])
    if last in GROUP_HEADS or last in DEMONYM_PLURALS:
        return SpeakerType.GROUP
    if len(words) == 1 and (_BRAND.fullmatch(words[0]) or _LETTER_BRAND.fullmatch(words[0])):
        return SpeakerType.ORGANISATION
    headed = (last in ORG_HEADS or fold(words[0]) in ORG_LEADS or head_before_of(words) in ORG_HEADS) and len(words) >= 2
    acronym = len(words) == 1 and _ACRONYM.fullmatch(words[0]) and words[0] != "I"
    if headed or fold(" ".join(words)) in ORG_NAMES or acronym:
        return SpeakerType.ORGANISATION
    return None


# the words a name's initials may leave out ("Royal Academy of Dance" is RAD)
NAME_LINKS = frozenset({"of", "for", "and", "on", "the", "&"})


def spells(acronym: str, words: list[str]) -> bool:
    """The acronym's capitals are the capitalised words' initials in order, every capitalised word's used and a link
    word's at will ("BCC": British Chamber of Commerce; "RAD": Royal Academy of Dance); British copy writes some in
    title case ("Alva": Association of Leading Visitor Attractions), every letter an initial."""
    letters = [c for c in acronym if c.isupper()]
    if len(letters) == 1 and acronym.istitle() and 3 <= len(acronym) <= 6:
        letters = list(acronym.upper())

    def match(i: int, k: int) -> bool:
        if k == len(letters):
            return all(w.lower() in NAME_LINKS for w in words[i:])
        if i == len(words):
            return False
        word = words[i]
        if word.lower() in NAME_LINKS:
            return (word[0].upper() == letters[k] and match(i + 1, k + 1)) or match(i + 1, k)
        if word.isupper() and len(word) > 1 and "".join(letters[k:k + len(word)]) == word:
            return match(i + 1, k + len(word)) or word[0] == letters[k] and match(i + 1, k + 1)  # "UK Independence Party (UKIP)"
        return word[0] == letters[k] and match(i + 1, k + 1)

    return len(letters) >= 2 and match(0, 0)
