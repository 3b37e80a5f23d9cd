"""extract/learned.py: whom a learned source span names (real stanza and the shipped taggers)."""

from __future__ import annotations

import pytest

from quotes.api import extract

CLAUSE_SUBJECT = [
    # a learned source running over a whole first clause is that clause's subject
    ("Monitoring firm Netcraft analysed response times for some of the sites targeted by the screensaver and "
     "found that a number were completely knocked offline.", "Netcraft"),
]


@pytest.mark.parametrize(("text", "speaker"), CLAUSE_SUBJECT)
def test_a_clause_long_source_is_its_subject(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and speakers[0] == speaker
