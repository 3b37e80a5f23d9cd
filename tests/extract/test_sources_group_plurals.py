"""A plural role, group or institution noun after a clause-opening "the" ("The unions said …", "The
protesters said …") is an unnamed group speaking (sources._role_plural), as the bare plural is."""

from __future__ import annotations

import pytest

from quotes.api import extract

GROUP_SUBJECTS = [
    ("The unions said more than 15,000 people registered for the rally.", "unions"),
    ("The teachers said 300 people came.", "teachers"),
    ("The protesters said they would return.", "protesters"),
    ("The companies said they would cut prices.", "companies"),
    ("Delegates said the vote was close.", "delegates"),
]


@pytest.mark.parametrize(("text", "speaker"), GROUP_SUBJECTS)
def test_a_definite_plural_subject_speaks(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers == [speaker]


NO_SPEAKER = [
    # negatives: the plural is an object, or modifies a noun; nothing is reported
    "He joined the unions in March.",
    "The teachers union building was closed in March.",
]


@pytest.mark.parametrize("text", NO_SPEAKER)
def test_a_plural_that_reports_nothing(text):
    assert extract(text) == []
