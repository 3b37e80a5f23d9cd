"""A politician's party the article makes clear away from the quote (extract/parties.py): each rule a
table of invented sentences, positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.parties import PartyEvidence, agreed_parties


def _parties(text: str, name: str) -> set[str | None]:
    """The affiliations of every row whose speaker is ``name``."""
    rows = [s for q in quotes.extract(text, "case.txt") for s in q.speakers if s.name == name]
    assert rows, f"no row of {name!r}"
    return {s.affiliation for s in rows}


DESCRIPTION = [
    # a party description as the next sentence's subject stands for the one person named before it
    ('Michael Hartley unveiled the manifesto on Monday. The Tory leader argued that taxes were too high. '
     '"We will cut them," Mr Hartley said.', "Michael Hartley", {"Conservative Party"}),
    ('Vincent Marlow says debt is rising fast. The Lib Dems\' Treasury spokesman is unveiling a policy on it. '
     '"Banks are reckless," Mr Marlow told BBC News.', "Vincent Marlow", {"Liberal Democrats"}),
    ('Former minister Douglas Pegg said the bill was costly. But the Labour MP for Leeds North admitted it '
     'was needed. "We cannot stand still," Mr Pegg said.', "Douglas Pegg", {"Labour Party"}),
    ('Donald Trump spoke in Ohio on Tuesday. The Republican nominee said the polls were rigged. '
     '"We will win," Trump said.', "Donald Trump", {"Republican Party"}),
    ('Some in the party are urging Michael Hartley to say more. As the Tory leader declared, the aim is a '
     'clear divide. "People will have a choice," he said.', "Michael Hartley", {"Conservative Party"}),
    # negative: the sentence before names two people (the nominee may be either, or neither)
    ('Hillary Clinton attacked Donald Trump on Tuesday. The Republican nominee said the polls were rigged. '
     '"He is unfit," Clinton said.', "Hillary Clinton", {None}),
    # negative: an object is anyone; only a subject goes on from the sentence before
    ('Sen. Chuck Ramer spoke on Monday and criticized the Republican leader. "It is shameful," Ramer said.',
     "Chuck Ramer", {None}),
    # negative: its own sentence names someone before it
    ('Tony Blake spoke on Monday. Mr Blake said that the Tory leader was wrong. "He is mistaken," Mr Blake said.',
     "Tony Blake", {None}),
    # negative: someone else holds the office in that party
    ('Tory leader Michael Hartley spoke on Monday. Tony Blake replied later. The Tory leader said the plan '
     'was dead. "It is not," Mr Blake said.', "Tony Blake", {None}),
    # negative: a description set off before a name is that name's
    ('Gordon Brine spoke first. The Tory leader, Michael Hartley, then said taxes were too high. '
     '"It is a scandal," Mr Brine said.', "Gordon Brine", {None}),
    # negative: its own sentence names that person after it (a description and its referent are never
    # subject and object of one clause)
    ('Paul Mallory is losing a power struggle in the campaign. The Republican nominee has not stepped forward '
     'to defend Mallory. "I am staying," Mallory said.', "Paul Mallory", {None}),
    # negative: a party's plural people are no office ("the Labour MPs" is a group)
    ('Gordon Brine spoke first. The Labour rebels said the bill was wrong. "It is fine," Mr Brine said.',
     "Gordon Brine", {None}),
]


@pytest.mark.parametrize("text, name, expected", DESCRIPTION)
def test_a_party_description_lends_its_party_to_the_person_before_it(text, name, expected):
    assert _parties(text, name) == expected


@pytest.mark.parametrize("text, speakers", [
    ('Michael Hartley unveiled the manifesto on Monday. The Tory leader argued that taxes were too high. '
     '"We will cut them," Mr Hartley said.', {"Michael Hartley"}),
    # negative: where the sentence before names two people the description keeps its quote
    ('Hillary Clinton attacked Donald Trump on Tuesday. The Republican nominee said the polls were rigged. '
     '"He is unfit," Clinton said.', {"Hillary Clinton", "The Republican nominee"}),
])
def test_the_description_gives_its_quote_to_the_person_it_stands_for(text, speakers):
    assert {s.name for q in quotes.extract(text, "case.txt") for s in q.speakers} == speakers


def _roles(text: str, name: str) -> set[str | None]:
    rows = [s for q in quotes.extract(text, "case.txt") for s in q.speakers if s.name == name]
    assert rows, f"no row of {name!r}"
    return {s.role for s in rows}


LENT_ROLES = [
    # the office the description names, for a person the article gives no role beside their name
    ('Vincent Marlow says debt is rising fast. The Lib Dems\' Treasury spokesman is unveiling a policy on it. '
     '"Banks are reckless," Mr Marlow told BBC News.', "Vincent Marlow", {"Treasury spokesman"}),
    # negative: a role stated beside the name is kept
    ('Former minister Douglas Pegg said the bill was costly. But the Labour MP for Leeds North admitted it '
     'was needed. "We cannot stand still," Mr Pegg said.', "Douglas Pegg", {"Former minister"}),
    # negative: no party description, no role
    ('Vincent Marlow says debt is rising fast. The Treasury is unveiling a policy on it. '
     '"Banks are reckless," Mr Marlow told BBC News.', "Vincent Marlow", {None}),
]


@pytest.mark.parametrize("text, name, expected", LENT_ROLES)
def test_the_description_lends_its_office(text, name, expected):
    assert _roles(text, name) == expected


SPEAKING_FOR = [
    ('For the Conservatives, shadow education secretary Tim Rollins said: "The government is all talk."',
     "Tim Rollins", {"Conservative"}),
    ('For Labour, deputy leader Harriet Holm said the plans were "a fantasy".', "Harriet Holm", {"Labour Party"}),
    ('For the Democrats, Sen. Chuck Ramer said: "This bill is dead."', "Chuck Ramer", {"Democratic Party"}),
    # negative: a parenthetical cue inside the sentence; "for Republicans" is whom the choice is stark for
    ('For Republicans, Clinton said, the choice is stark. "They must decide," said Hillary Clinton.',
     "Hillary Clinton", {None}),
    # negative: no party after "for"
    ('For the families, Tim Rollins said: "This is a tragedy."', "Tim Rollins", {None}),
]


@pytest.mark.parametrize("text, name, expected", SPEAKING_FOR)
def test_speaking_for_a_party_places_the_speaker_in_it(text, name, expected):
    assert _parties(text, name) == expected


FELLOW = [
    ('Donald Trump spoke in Iowa. Trump also took swipes at fellow GOP contender Jeb Bush. "He is weak," Trump said.',
     "Donald Trump", {"Republican Party"}),
    ('Jennifer Malloy, who has split from many fellow Republicans on schools, said: "We need more money."',
     "Jennifer Malloy", {"Republican Party"}),
    ('Bernie Sanders\'s fellow Democrats were silent on Monday. "I will fight on," Sanders said.',
     "Bernie Sanders", {"Democratic Party"}),
    # negative: someone else named between the subject and "fellow" (whose fellow he is, is the other's)
    ('Hillary Clinton said Trump had insulted fellow Republican John McCain. "It was a disgrace," Clinton said.',
     "Hillary Clinton", {None}),
    # negative: the person named first does not open the sentence (a fronted clause's subject)
    ('As Andrea Mitchell asked about fellow Democratic candidate Hillary Clinton, Bernie Sanders said: "Enough."',
     "Bernie Sanders", {None}),
]


@pytest.mark.parametrize("text, name, expected", FELLOW)
def test_fellow_and_a_party_make_a_member(text, name, expected):
    assert _parties(text, name) == expected


AGREEMENT = [
    # one reason, one party
    ([PartyEvidence("description", 10, "A B", "Labour Party")], {"A B": "Labour Party"}),
    # two reasons for different parties: no party (whose it is, is a guess)
    ([PartyEvidence("description", 10, "A B", "Labour Party"),
      PartyEvidence("speaking_for", 90, "A B", "Conservative")], {}),
]


@pytest.mark.parametrize("evidence, expected", AGREEMENT)
def test_a_party_only_where_every_reason_agrees(evidence, expected):
    assert agreed_parties(evidence, []) == expected
