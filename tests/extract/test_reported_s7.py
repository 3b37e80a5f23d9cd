"""Reported speech a reader finds and the tool lost (issue 22, session 7): coordinated that-clauses, content the
model cut short, and the cues it missed.

Invented sentences through the real pipeline (stanza, the learned stage, the rules).
"""

from __future__ import annotations

import pytest

import quotes
from quotes import QuoteKind


def _pieces(text: str) -> list[str]:
    return [s.text for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT for s in q.spans]


# (sentence, the reported pieces): a second that-clause coordinated with the first is a piece of its own
COORDINATED = [
    ("A council spokeswoman confirmed Ms Hale was still in post and that she would stay until a successor was found.",
     ["Ms Hale was still in post", "she would stay until a successor was found"]),
    ("Senator Dana Cole said the bill had stalled in committee, but that a vote could still come next week.",
     ["the bill had stalled in committee", "a vote could still come next week"]),
    ("The club's agent, Mark Dean, says no formal offer has been made but that talks are planned for the summer.",
     ["no formal offer has been made", "talks are planned for the summer"]),
    # after a partial quote the piece loses its "and that" as the first piece loses its "that"
    ('The party said the staff members\' actions were "completely unacceptable" and that the committee would look '
     'into the matter.',
     ["the staff members' actions were", "the committee would look into the matter"]),
    # "that" as a demonstrative subject: one clause
    ("Governor Ray Finch said the deficit was large and that meant cuts to every department were coming.",
     ["the deficit was large and that meant cuts to every department were coming"]),
    ("Mayor Lena Ortiz said the budget was tight but that was no reason to cancel the parade this year.",
     ["the budget was tight but that was no reason to cancel the parade this year"]),
]


@pytest.mark.parametrize(("text", "pieces"), COORDINATED)
def test_coordinated_that_clauses_are_two_pieces(text, pieces):
    assert _pieces(text) == pieces
