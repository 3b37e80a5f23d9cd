"""A "they" inside its sentence ("… opposed the plan as they said …") is the plural description that opens that
sentence, when no group stands before it; a "They" opening its sentence is not read that way. A place after "in"
inside a description ("A TV station in the US") is not the description's speaker."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import QuoteKind


def _speaker_of(text: str, words: str) -> str | None:
    for q in quotes.extract(text, "case.txt"):
        if q.kind == QuoteKind.INDIRECT and any(words in s.text for s in q.spans):
            return q.speakers[0].name if q.speakers else None
    return None


@pytest.mark.parametrize("text, words, speaker", [
    ("Retirement plan\n\nWorkers will be allowed to work on till 70.\n\nBusiness leaders had opposed the plan as they "
     "said it would be too costly and cumbersome for small firms.", "it would be too costly", "business leaders"),
    ("Adoption show\n\nA TV station in the US has refused to show a controversial new series about adopted children.",
     "a controversial new series", "A TV station in the US"),
])
def test_the_description_speaks(text, words, speaker):
    assert (_speaker_of(text, words) or "").lower() == speaker.lower()


def test_they_opening_its_sentence_takes_no_description_of_its_own_sentence():
    text = ("Retirement plan\n\nWorkers will be allowed to work on till 70.\n\nThey said it would be too costly and "
            "cumbersome for small firms.")
    assert (_speaker_of(text, "it would be too costly") or "").lower() != "workers will"


def test_a_relative_clause_taken_for_the_source_gives_the_description_it_sets_off():
    text = ("Donor warns Labour\n\nBusinessman Duncan Bannatyne has warned Labour about its rifts. \"Disunity has a "
            "corrosive effect,\" Mr Bannatyne said. The businessman, whose latest venture is a casino in Newcastle, "
            "also voiced concern about the ongoing violence in Iraq.")
    speaker = _speaker_of(text, "the ongoing violence")
    assert speaker != "Newcastle"
