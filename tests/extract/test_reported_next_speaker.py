"""quotes.extract.reported: one sentence, two speakers. A reported clause ends at the coordinator that opens
another speaker's cue ("… but his lawyer told …"), so each speaker keeps their own clause; a coordinator
inside one speaker's clause (no cue after it) does not cut it."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import QuoteKind


def _indirect(text: str) -> list[tuple[str, str]]:
    return [(" / ".join(s.text for s in q.spans), q.speakers[0].name if q.speakers else "")
            for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize("text, first, second", [
    # the model cut the first clause short ("Mr Griffiths"): it runs on to "but", not over the lawyer's cue
    ("Hackers jailed\n\nUS Customs claimed Mr Griffiths was one of the gang's leaders but his lawyer, Antony Townsden, "
     "told the BBC News website it was a laughable suggestion.",
     ("Mr Griffiths was one of the gang's leaders", "US Customs"), "Antony Townsden"),
    # the rules' clause stops before "while his family insists"
    ("Arrest made\n\nPolice said the man was armed while his family insists he was innocent of any crime.",
     ("the man was armed", "Police"), "family"),
])
def test_a_clause_ends_where_the_next_speaker_begins(text, first, second):
    rows = _indirect(text)
    assert first in rows
    assert any(second.lower() in speaker.lower() for _, speaker in rows if speaker != first[1])


@pytest.mark.parametrize("text, clause", [
    # "and" joins two parts of one speaker's clause: no other cue follows it
    ("Budget set\n\nMinisters say the new plans would make payments simpler and cut the cost of care for councils.",
     "the new plans would make payments simpler and cut the cost of care for councils"),
    # a second verb of the same speaker after "and" is that speaker's, not a new speaker's clause
    ("Budget set\n\nThe minister said the plans would save money and added that councils would get more freedom.",
     "the plans would save money"),
])
def test_a_coordinator_without_a_new_speaker_keeps_the_clause(text, clause):
    assert clause in [c for c, _ in _indirect(text)]
