"""quotes.extract.full_names: a speaker named by surname alone gets the one full name the article writes for
that surname, wherever it stands (an object, after a preposition, inside a quote); two people of one surname,
a day before a title ("Sunday Telegraph") or no full name at all leave the name as it is."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.full_names import the_full_name


def _speakers(text: str) -> list[str]:
    return [s.name for q in quotes.extract(text, "case.txt") for s in q.speakers]


@pytest.mark.parametrize("text, surname, full", [
    ("The band performed with Eric Clapton and Robbie Robertson. Clapton was there.", "Clapton", "Eric Clapton"),
    ("“There will be more waste under Tony Blair and Gordon Brown,” he said. Mr Blair spoke later.", "Blair", "Tony Blair"),
    ("The deal was signed by Anne-Marie Duff. Duff said so.", "Duff", "Anne-Marie Duff"),
    # negatives: two people of one surname; a day before an outlet; no given name; a longer word holding the surname
    ("Gary Neville and Phil Neville both played. Neville said it was hard.", "Neville", None),
    ("The Sunday Telegraph said the deal was close. The Telegraph said more.", "Telegraph", None),
    ("Manager Keegan praised him. Keegan said so.", "Keegan", None),
    ("Kevin Keeganson was there. Keegan said so.", "Keegan", None),
    ("Said Comey: “I was fired.” Comey left.", "Comey", None),
])
def test_the_full_name(text, surname, full):
    assert the_full_name(text, surname) == full


def test_a_speaker_named_by_surname_gets_the_full_name_the_article_gives_elsewhere():
    text = ("City win\n\nBosvelt joined City in 2003. He struggled at first, but the club stood by him, and his "
            "dedication came to impress the manager, who had signed him. Everyone at the club praised him, "
            "not least Kevin Keegan himself.\n\n"
            "“He is an unsung hero,” said Keegan.")
    assert "Kevin Keegan" in _speakers(text)


def test_a_surname_shared_by_two_people_stays_as_written():
    text = ("United draw\n\nThe brothers Gary Neville and Phil Neville both started the game.\n\n"
            "“It was hard,” said Neville.")
    assert "Gary Neville" not in _speakers(text) or "Phil Neville" not in _speakers(text)
    assert all(name in ("Neville", "Gary Neville", "Phil Neville") for name in _speakers(text))


@pytest.mark.parametrize("text, name", [
    ('Neil Kinnock was made a peer in 2005. Lord Kinnock said: "It is an honour."', "Neil Kinnock"),
    ('Betty Boothroyd spoke first. Baroness Boothroyd said: "It is an honour."', "Betty Boothroyd"),
    # negative: no full name in the article
    ('Lord Kinnock said: "It is an honour."', "Lord Kinnock"),
])
def test_a_rank_and_a_surname_takes_the_full_name_the_article_gives(text, name):
    assert name in [s.name for q in quotes.extract(text, "case.txt") for s in q.speakers]
