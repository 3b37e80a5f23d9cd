"""Capacity shapes seen reading round eight after it was scored, each general: a role noun written with a
British hyphen ("co-ordinator") is the listed role noun it spells; a named body and its kind before a
possessive ("Empire magazine's reviews editor") own the role; a role's complement may be two nouns joined
by "and" ("vice president of technology and manufacturing"); a portfolio opening the sentence before a
title is its remit ("Home Secretary X said")."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.sources import is_rolenoun
from tests.helpers.extraction import first_speaker

NOUNS = [("co-ordinator", True), ("coordinator", True), ("co-founder", True), ("vice-chairman", True),
         ("long-term", False), ("co-operation", False), ("re-election", False)]


@pytest.mark.parametrize("word,expected", NOUNS)
def test_hyphenated_role_nouns(word, expected):
    assert is_rolenoun(word) is expected


def test_hyphenated_role_in_an_appositive_gives_role_and_body():
    s = first_speaker("Cory Hale, European co-ordinator for the Harbour Rights Foundation, said the law was wrong.")
    assert (s.name, s.role, s.affiliation) == ("Cory Hale", "European co-ordinator", "Harbour Rights Foundation")


POSSESSED_BY_KIND = [
    # a name and its kind of body before the possessive own the role
    ("Empire magazine's reviews editor Dan Jolin said the film had a chance.", ("Dan Jolin", "Empire magazine")),
    ("The Harbour Post newspaper's editor Ann Lee said it was true.", ("Ann Lee", "Harbour Post newspaper")),
    # negative (US politics): a capitalised possessor keeps its own name
    ("Hillary Clinton's campaign manager Robby Mook said it was true.", ("Robby Mook", "Hillary Clinton")),
]


@pytest.mark.parametrize("text,expected", POSSESSED_BY_KIND)
def test_a_named_body_and_its_kind_own_a_role(text, expected):
    s = first_speaker(text)
    assert (s.name, s.affiliation) == expected


COORDINATED_REMITS = [
    # a role's "of" complement may be two nouns joined by "and"
    ("Acme's senior vice president of technology and manufacturing, Nick Dale, believes the chip is fast.",
     ("Nick Dale", "senior vice president", "Acme")),
    ("Globex director of research and development Ann Lee said the chip was fast.",
     ("Ann Lee", "director of research and development", "Globex")),
    # negative: an "and" of the writer's clause before the role is no remit of it
    ("Sales and profits rose last year, chief executive Ann Lee said.", ("Ann Lee", "chief executive", None)),
]


@pytest.mark.parametrize("text,expected", COORDINATED_REMITS)
def test_a_remit_of_two_nouns(text, expected):
    s = [q for q in quotes.extract(text, "case.txt") if q.speakers][-1].speakers[0]
    assert (s.name, s.role, s.affiliation) == expected


OPENING_REMITS = [
    # a portfolio opening the sentence before a title is the post's remit
    ("Home Secretary Paula Hart said the plans would go ahead.", ("Paula Hart", "Home Secretary")),
    ("Health Minister Paula Hart said the plans would go ahead.", ("Paula Hart", "Health Minister")),
    # negative (US politics): no portfolio before the title; a portfolio word opening a phrase with no title
    ("Secretary of State John Kerry said the talks went well.", ("John Kerry", "Secretary of State")),
    ("Home owners like Paula Hart said the plans would go ahead.", ("Paula Hart", None)),
]


@pytest.mark.parametrize("text,expected", OPENING_REMITS)
def test_a_portfolio_opening_the_sentence(text, expected):
    s = first_speaker(text)
    assert (s.name, s.role) == expected
