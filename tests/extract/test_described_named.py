"""A definite person description subject of a reporting verb ("The suspect said", "The Russian said",
"The Oscar-nominated actor, whose films include …, said") is the person the article names: the one whose
stated description holds its head, else the person in focus. Invented articles, written for these tests;
negative rows keep the description or another speaker, US political copy among them."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    return [(q.speakers[0].name, q.speakers[0].role) for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, speaker every quote must have, a word its role must hold or None)
POSITIVE = [
    # the description the article set off before the name
    ("Girl found safe in motel\n\nThe suspect, Dale Ormond, was sentenced on Thursday.\n\n"
     "Officers knocked on the door of the room.\n\nThe suspect said he needed to get dressed.",
     "Dale Ormond", "suspect"),
    # the doer noun written before the name, though the rules gave another role
    ("Award for designer\n\nVeteran puzzle maker Tam Okafor has won a prize.\n\n"
     "The head of Northbridge Games was honoured for services to the industry.\n\n"
     "The veteran puzzle maker says he has one problem left to solve.",
     "Tam Okafor", None),
    # a nationality noun for the last speaker
    ("Ban row\n\nThe row over the Olesya Valkova test goes on.\n\nValkova says she was not warned. "
     "The Russian said she did nothing wrong.",
     "Olesya Valkova", None),
    # an occupation for the subject that opens the sentence before, whose role is no occupation
    ("Star backs theatre\n\nHollywood film star Colm Dorrity has held a dinner in Boston.\n\n"
     "The Cork-born actor said that the theatre was in a poor state.",
     "Colm Dorrity", None),
    # a relative clause between the description and the verb supplies no speaker
    ("Star backs theatre\n\nHollywood film star Colm Dorrity has held a dinner in Boston.\n\n"
     "The award-winning actor, whose films include Harbour Lights and Night Train: The Return, said: "
     "\"The theatre gave me my start.\"",
     "Colm Dorrity", None),
    # a definite description opening the lead, before anyone is named: the first subject named after it
    ("Minister digs in\n\nThe Norwegian sports minister at the centre of the Anna Petrova row says he will not apologise.\n\n"
     "Karel Dvorsky claims the player failed a test.",
     "Karel Dvorsky", "sports minister"),
]

# (article, a speaker no quote may have)
NEGATIVE = [
    # two people named in the sentence before: whom it means is a guess
    ("Talks\n\nJana Holm met Petra Lind on Monday.\n\nThe Swede said the talks went well.", "Jana Holm"),
    # a relation noun brings someone new in
    ("Mark Ellis left the meeting early on Monday.\n\n\"He works far too hard,\" the friend said.", "Mark Ellis"),
    # a role the story gives only where the article states it
    ("Tom Ruiz was arrested on Monday.\n\nThe victim said he was attacked outside the station.", "Tom Ruiz"),
    # a relative clause's name is no speaker of the description's direct quotation
    ("Star backs theatre\n\nThe award-winning actor, whose films include Harbour Lights with Meryl Streep, said: "
     "\"The theatre gave me my start.\"", "Meryl Streep"),
]


@pytest.mark.parametrize(("text", "speaker", "role"), POSITIVE)
def test_description_is_the_named_person(text, speaker, role):
    rows = speakers_of(text)
    assert rows and all(r[0] == speaker for r in rows), rows
    if role:
        assert all(role in (r[1] or "") for r in rows), rows


@pytest.mark.parametrize(("text", "wrong"), NEGATIVE)
def test_description_is_not_a_guess(text, wrong):
    rows = speakers_of(text)
    assert rows, "no attributed quote"
    assert all(r[0] != wrong for r in rows[-1:]), rows
