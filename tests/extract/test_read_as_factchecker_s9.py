"""Faults found reading unread BBC stories as a fact-checker (session 9), each general: a learned source that
runs over the writer's clause into a subordinate one ends at the subordinator ("… hosted a dinner where the
prime minister told …"); a month or a day alone is never an organisation ("elected president in January")."""

from __future__ import annotations

import pytest

import quotes

SOURCES = [
    ("Tony Blair met Gordon Brown. The new book claims Mr Prescott hosted a dinner in November 2003 where the "
     "prime minister told Mr Brown he would stand down before the next election.", "he would stand down", "Tony Blair"),
    # negative: "because of" opens no clause, so the spokesperson stays whole
    ("Globex Corp did not accept the offer. A spokesperson who did not wish to be named because of agency policy "
     "said in a statement that the firm never ran the scheme.", "the firm never ran", "unnamed spokesperson"),
]


@pytest.mark.parametrize("text,words,speaker", SOURCES)
def test_a_source_ends_at_a_subordinator(text, words, speaker):
    rows = [q for q in quotes.extract(text, "case.txt") if q.spans[0].text.startswith(words)]
    assert rows and rows[0].speakers and rows[0].speakers[0].name == speaker


DATES = [
    ("Mikhail Saakashvili, elected president in January, said the amnesty would work.", None),
    # negative: a calendar word opening a longer name is the name's
    ("Ann Lee, a columnist for the Sunday Times, said it was fine.", "Sunday Times"),
    ("Cynthia Pell, senior vice president of the March of Dimes, said it was fine.", "March of Dimes"),
]


@pytest.mark.parametrize("text,affiliation", DATES)
def test_a_date_is_no_affiliation(text, affiliation):
    s = [q for q in quotes.extract(text, "case.txt") if q.speakers][0].speakers[0]
    assert s.affiliation == affiliation
