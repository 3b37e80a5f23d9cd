"""A time adjunct between a subject and its reporting verb ("Mr Howard last week said") is no part of the
speaker (cues._subject_before across it, learned._trimmed off the learned source's end)."""

from __future__ import annotations

import pytest

from quotes.api import extract
from quotes.extract.cues import time_adjunct_start

ADJUNCT_SUBJECTS = [
    ("Mr Osric last week said his team had reached a \"collective view\" on the cards.", "Osric"),
    ("Mr Osric yesterday told reporters the plan was dead.", "Osric"),
    ("Ms Varden on Monday said the plan was dead.", "Varden"),
    ("Mr Smith on Monday said the plan was dead.", "Smith"),
    ("The council on 3 March said the plan was dead.", "The council"),
    ("Delmont further described the idea as \"certainly absurd.\"", "Delmont"),
    # negatives: a day that is part of a name, and an outlet's own "Sunday" stay
    ("Jane Tuesday said the plan was dead.", "Jane Tuesday"),
    ("The Sunday Times this week said the plan was dead.", "Sunday Times"),
    ("Mr Osric said last week the plan was dead.", "Osric"),
]


@pytest.mark.parametrize(("text", "speaker"), ADJUNCT_SUBJECTS)
def test_a_time_adjunct_is_not_the_speakers(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and speakers[0] == speaker


ADJUNCT_STARTS = [
    ("Mr Howard last week", 2),
    ("Smith on Monday", 1),
    ("Smith yesterday", 1),
    ("the firm on 3 March", 2),
    ("the firm on March 3", 2),
    ("Smith this morning", 1),
    # negatives: no opener, a name, a noun phrase
    ("Jane Tuesday", 2),
    ("the Monday", 2),
    ("this book", 2),
    ("Smith", 1),
]


@pytest.mark.parametrize(("words", "start"), ADJUNCT_STARTS)
def test_where_a_time_adjunct_starts(words, start):
    tokens = words.split()
    assert time_adjunct_start(tokens, len(tokens) - 1) == start
