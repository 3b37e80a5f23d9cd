"""The *governing* rule of extract/parties.py: a government office given without a party takes the party
the article writes as in government, only when the article writes one party so and never as opposition.
Invented sentences, positive and negative rows, US copy among them."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.parties import government_office

PARTIES = ("Labour Party", "Conservative Party", "Liberal Democrats", "Republican Party", "Democratic Party")


def _parties(text: str, name: str) -> set[str | None]:
    """The party each row of ``name`` carries in its affiliation (None: none), as a set."""
    rows = [s for q in quotes.extract(text, "case.txt") for s in q.speakers if s.name == name]
    assert rows, f"no row of {name!r}"
    return {next((p for p in PARTIES if p in (s.affiliation or "")), None) for s in rows}


GOVERNING = [
    # the party before a government noun
    ('The Labour government will publish its plans on Monday. Chancellor Graham Rowe said the economy was '
     'strong. "We have delivered," he said.', "Graham Rowe", {"Labour Party"}),
    # "under" the party
    ('Chancellor Graham Rowe said families had done well. "People are much better off under Labour," he said.',
     "Graham Rowe", {"Labour Party"}),
    # an ordinal term with the party the sentence's only party
    ('On Monday, Trade Secretary Paula Hart said the plans would go ahead if Labour won a third term. "It is a promise," '
     'Ms Hart said.', "Paula Hart", {"Labour Party"}),
    # the other party marked as opposition does not stand in the way
    ('Tory ministers defended the cuts. Prime Minister Alan Reeve said: "They are fair." Labour shadow '
     'chancellor Ed Finch said: "They are cruel."', "Alan Reeve", {"Conservative Party"}),
    # negative: the party written in government is also written as opposition
    ('The Labour government fell in 1979. Labour shadow ministers met on Monday. Chancellor Graham Rowe '
     'said: "We are ready."', "Graham Rowe", {None}),
    # negative: two parties written as governing (a coalition the rule cannot split)
    ('The Conservative government and Liberal Democrat ministers disagree. Chancellor Graham Rowe said: '
     '"We will find a way."', "Graham Rowe", {None}),
    # negative: no party written as governing ("asset to the Labour Party" says nothing of office)
    ('Prime Minister Alan Reeve was no longer an asset to the Labour Party, the book claims. "It is untrue," '
     'Mr Reeve said.', "Alan Reeve", {None}),
    # negative: a story that names no party lends none
    ('Home Secretary Davina Lane said the cards would be compulsory. "They will stop fraud," she said.',
     "Davina Lane", {None}),
    # negative: "the last Tory government" is not today's
    ('The last Tory government cut taxes. Chancellor Graham Rowe said: "We will not repeat that."',
     "Graham Rowe", {None}),
    # negative: a press secretary is no office of government; US copy
    ('The Republican administration defended the plan. Press secretary Dana Holt said: "It will pass."',
     "Dana Holt", {None}),
    # negative: a shadow office holder is not in government
    ('The Labour government unveiled the plan. Shadow chancellor Oliver Lett said: "It will not work."',
     "Oliver Lett", {None}),
]


@pytest.mark.parametrize("text,name,expected", GOVERNING)
def test_governing_party(text, name, expected):
    assert _parties(text, name) == expected


OFFICES = [
    ("prime minister", True), ("Chancellor", True), ("Home Secretary", True), ("trade and industry secretary", True),
    ("minister for Europe", True), ("Secretary of State for Health", True), ("junior health minister", True),
    ("shadow chancellor", False), ("former home secretary", False), ("press secretary", False),
    ("general secretary", False), ("Secretary of State", False), ("chancellor of the university", False),
    ("spokesman", False), ("ex-prime minister", False),
]


@pytest.mark.parametrize("role,expected", OFFICES)
def test_government_office(role, expected):
    assert government_office(role) is expected
