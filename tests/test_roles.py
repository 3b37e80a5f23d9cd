"""Roles, affiliations and canonical names of speakers, and what descriptions and pronouns
refer to. Invented sentences, written for these tests; each failure class has negative cases."""

from __future__ import annotations

import pytest

import quotes
from quotes import lexicons
from quotes.evaluate.roles import affiliation_match, role_match
from quotes.extract.coref import Registry
from quotes.extract.sources import Mention, MentionKind
from quotes.types import Span


def first_speaker(text: str):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    return rows[0].speakers[0]


# (article, speaker, role (a word it must hold, or None for none), affiliation (a word it must hold, or None))
ROLE_CASES = [
    # appositives with a role noun in no list
    ("“The river is rising,” said Maria Lopez, a hydrologist at the University of Leeds.", "Maria Lopez", "hydrologist", "Leeds"),
    ("“We saw it early,” said Ben Okafor, who is now a virologist at the University of Lagos.", "Ben Okafor", "virologist", "Lagos"),
    ("“Rates will climb,” said Tom Reyes, who covers shipping for Deutsche Bank.", "Tom Reyes", None, "Deutsche Bank"),
    ("“The data are clear,” said Ines Moll, an analyst at the independent Harbor Institute.", "Ines Moll", "analyst", "Harbor Institute"),
    # organisation + title + name; label before a name
    ("“Profits fell,” Nordbank chief executive Lena Holm told reporters on Monday.", "Lena Holm", "chief executive", "Nordbank"),
    ("“No deal,” Vermont Sen. Bernie Sanders said on Tuesday.", "Bernie Sanders", "senator", "Vermont"),
    ("“We will win,” Republican Donald Trump said at the rally.", "Donald Trump", None, "Republican"),
    ("“It is wrong,” Rep. Jim Clyburn (D-S.C.) said on Friday.", "Jim Clyburn", "representative", "South Carolina"),
    ("“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.", "Jason Chaffetz", "Chairman", "Utah"),
    ("“It will pass,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.", "Mitch McConnell", "Leader", "Kentucky"),
    ("“We failed them,” said 9/11 widow Terry Strada.", "Terry Strada", "widow", None),
    # a role set before the name, with a possessor
    ("Harbor Bank's chief financial officer, Ana Ruiz, said: “We are solvent.”", "Ana Ruiz", "chief financial officer", "Harbor Bank"),
    # negatives: no role invented
    ("“I am tired,” said Lena Park.", "Lena Park", None, None),
    ("“It was cold,” said Omar Diaz, who arrived late.", "Omar Diaz", None, None),
]


@pytest.mark.parametrize("text,name,role,affiliation", ROLE_CASES)
def test_roles_and_affiliations(text, name, role, affiliation):
    speaker = first_speaker(text)
    assert speaker.name == name
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and role.lower() in speaker.role.lower()
    if affiliation is None:
        assert not speaker.affiliation
    else:
        assert speaker.affiliation and affiliation.lower() in speaker.affiliation.lower()


# (article, canonical speaker name, speaker type)
NAME_CASES = [
    ("Rival Hillary Clinton said the plan was “reckless.”", "Hillary Clinton", "person"),
    ("Meanwhile Trump said the poll was “fake.”", "Trump", "person"),
    ("What Mr. Obama said was “we can do better.”", "Obama", "person"),
    ("Senators Charles E. Grassley said the bill was “dead.”", "Charles E. Grassley", "person"),
    ("Speaking Jones said the game was “over.”", "Jones", "person"),
    ("Anna van der Berg said the tariff was “a mistake.”", "Anna van der Berg", "person"),
    ("Jean-Luc Moreau said the vote was “a disgrace.”", "Jean-Luc Moreau", "person"),
    ("Democrats said the bill was “cruel.”", "Democrats", "group"),
    ("Pennsylvania Republicans said the map was “fair.”", "Pennsylvania Republicans", "group"),
    ("The White House said the report was “false.”", "White House", "organisation"),
    ("Contractors said the deadline was “impossible.”", "contractors", "group"),
    ("Consultants said the plan was “sound.”", "consultants", "group"),
    # economist is a title before a name, not an organisation
    ("“Rates will stay high,” said Economist Jane Doe.", "Jane Doe", "person"),
    # negative: a surname that is also a common word stays a name where the article capitalises it mid-sentence
    ("The mayor met Anna Price on Monday. Price said the budget was “balanced.”", "Anna Price", "person"),
]


@pytest.mark.parametrize("text,name,kind", NAME_CASES)
def test_canonical_names(text, name, kind):
    speaker = first_speaker(text)
    assert (speaker.name, speaker.type.value) == (name, kind)


def test_headline_is_not_one_name():
    text = "Chris Christie Calls Hillary Clinton A Disgrace.\n\n“She is wrong,” Christie said on Monday."
    speaker = first_speaker(text)
    assert speaker.name == "Chris Christie"


@pytest.mark.parametrize(
    "sentence,not_names",
    [
        ("Once the vote ended, the mayor left.", {"Once"}),
        ("Correction: an earlier version misspelled a street.", {"Correction"}),
        ("However the council voted no.", {"However"}),
        ("Chris Christie Calls Hillary Clinton A Disgrace Over Police Comments", {"Chris Christie Calls Hillary Clinton A Disgrace"}),
    ],
)
def test_sentence_openers_are_not_names(sentence, not_names):
    from quotes import nlp
    from quotes.extract.sources import find_mentions

    names = set()
    for sent in nlp.split_sentences(sentence):
        tokens = tuple(sent.tokens)
        names |= {m.name for m in find_mentions(sentence, tokens, [True] * len(tokens))}
    assert not names & not_names


def test_unresolved_pronoun_is_unknown_not_a_name():
    speaker = first_speaker("“It is over,” she said.")
    assert speaker.type.value == "unknown"
    assert speaker.name == "she"


def _org(name: str, start: int) -> Mention:
    return Mention(MentionKind.ORGANISATION, Span(start, start + len(name), name), name, 0, 0)


def _person(name: str, start: int, role: str | None = None, affiliation: str | None = None) -> Mention:
    return Mention(MentionKind.PERSON, Span(start, start + len(name), name), name, 0, 1, role=role, affiliation=affiliation)


# (registered mentions, description, offset, expected entity name or None)
DESCRIPTION_CASES = [
    ([_org("Harbor Leaks", 10)], "the group", 100, "Harbor Leaks"),
    ([_org("The Washington Post", 10), _org("Harbor Leaks", 50)], "the newspaper", 100, "The Washington Post"),
    ([_org("Harbor Leaks", 10), _org("The Washington Post", 50)], "the group", 100, "Harbor Leaks"),
    ([_org("Oversight Committee", 10), _org("Harbor Leaks", 50)], "the committee", 100, "Oversight Committee"),
    ([_person("Hillary Clinton", 10, role="former first lady")], "the former first lady", 100, "Hillary Clinton"),
    ([_person("Bernie Sanders", 10, role="senator", affiliation="Vermont")], "the Vermont senator", 100, "Bernie Sanders"),
    # negatives: nothing named yet, or nothing of that kind
    ([_org("Harbor Leaks", 200)], "the group", 100, None),
    ([_person("Lena Park", 10, role="mayor")], "the senator", 100, None),
    ([_person("Bernie Sanders", 10, role="senator", affiliation="Vermont")], "the Ohio senator", 100, None),
    ([_person("Lena Park", 10)], "the newspaper", 100, None),
]


@pytest.mark.parametrize("mentions,words,offset,expected", DESCRIPTION_CASES)
def test_resolve_description(mentions, words, offset, expected):
    registry = Registry()
    for m in mentions:
        registry.register(m)
    entity = registry.resolve_description(words, 0, 0, offset=offset)
    assert (entity.name if entity else None) == expected


@pytest.mark.parametrize(
    "text,pronoun_speaker",
    [
        # "she" skips the man named last and finds the woman
        ("Maria Lopez, a senior analyst, met Peter Hall, a banker, on Monday.\n\n“We disagree,” she said.", "Maria Lopez"),
        ("Peter Hall, a banker, met Maria Lopez, a senior analyst, on Monday.\n\n“We disagree,” he said.", "Peter Hall"),
        # the nearest agreeing person still wins
        ("Peter Hall, a banker, met Maria Lopez, a senior analyst, on Monday.\n\n“We disagree,” she said.", "Maria Lopez"),
    ],
)
def test_pronouns_agree_in_gender(text, pronoun_speaker):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows[-1].speakers[0].name == pronoun_speaker


def test_first_name_genders():
    assert lexicons.gender("Maria") == "f"
    assert lexicons.gender("Peter") == "m"
    assert lexicons.gender("Jordan") is None  # used for both


@pytest.mark.parametrize(
    "predicted,gold,ok",
    [("senior adviser", "adviser|aide", True), ("spokesman", "senator", False), ("", "senator", False)],
)
def test_role_match(predicted, gold, ok):
    assert role_match(predicted, gold) is ok


@pytest.mark.parametrize(
    "predicted,gold,ok",
    [("Democratic Party, South Carolina", "Democrat|South Carolina", True), ("Republican Party", "Democrat", False)],
)
def test_affiliation_match(predicted, gold, ok):
    assert affiliation_match(predicted, gold) is ok
