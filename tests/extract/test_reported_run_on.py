"""quotes.extract.reported: where the model's reported clause stops short of a partial quote of the same cue,
the rules' clause runs up to the marks and on after them (the gold's convention: the pieces around the partial)."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import QuoteKind


def _indirect_pieces(text: str) -> list[str]:
    return [s.text for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT for s in q.spans]


@pytest.mark.parametrize("text, pieces", [
    # the model stopped at the comma inside the clause: the clause runs on to the partial and after it
    ("Ruth Adler spoke on Monday. She warned that unless ministers backed down over the chancellor remaining a member "
     "of the House of Lords, the government would have \"great difficulty\" in getting the Bill through Parliament.",
     ["unless ministers backed down over the chancellor remaining a member of the House of Lords, the government would have",
      "in getting the Bill through Parliament"]),
    # a parenthetical cue: the clause after it runs around the partial too
    ("The engineers isolated the problem, Tomas Berg said, and “patched” the software as the company went on signing "
     "up subscribers.", ["The engineers isolated the problem", "the software as the company went on signing up subscribers"]),
])
def test_the_clause_runs_on_around_its_partial(text, pieces):
    assert _indirect_pieces(text) == pieces


@pytest.mark.parametrize("text, piece", [
    # the partial is another cue's ("while stressing"): the first clause keeps its own end
    ("In a statement, Mr Rangel said the land reform is not against the constitution, which permits private property, "
     "while stressing the efforts are to \"vindicate social and economically\" years of inequality.",
     "the land reform is not against the constitution"),
])
def test_a_partial_of_another_cue_does_not_extend_the_clause(text, piece):
    assert piece in _indirect_pieces(text)


def test_a_parenthetical_cue_keeps_the_clause_after_it_without_a_partial():
    text = "China’s partners are important bargaining chips, Tomas Berg said, especially ahead of the summit."
    assert "especially ahead of the summit" in _indirect_pieces(text)


@pytest.mark.parametrize("text, piece", [
    # a longer phrase of place or medium between the cue and "that"
    ("The office said in an Oct. 26 letter to communications companies that their level of engagement was poor.",
     "their level of engagement was poor"),
])
def test_a_that_clause_after_a_phrase_of_place(text, piece):
    assert piece in _indirect_pieces(text)


@pytest.mark.parametrize("text", [
    # "that" opening a relative clause after the phrase: nothing reported
    "Police reported at least 20 victims at a nonprofit center that works with disabled people.",
])
def test_a_relative_that_after_a_phrase_of_place(text):
    assert _indirect_pieces(text) == []
