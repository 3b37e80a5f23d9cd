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


# (sentence, the reported pieces): the model's content stopped inside the clause; a reader takes it to its end
RUN_ON = [
    ("He claimed he was stripped of his shoes and belt and forced to stand in a cold cell, naked except for a "
     "blanket.",
     ["he was stripped of his shoes and belt and forced to stand in a cold cell, naked except for a blanket"]),
    ("He claimed he was stripped of his coat and boots and forced to remain in a bare concrete room, naked except "
     "for his socks.",
     ["he was stripped of his coat and boots and forced to remain in a bare concrete room, naked except for his socks"]),
    ("Mr Tanaka admitted that the battery life is not very good if you are travelling, and they do not have plans "
     "to sell it in Asia at the moment.",
     ["the battery life is not very good if you are travelling, and they do not have plans to sell it in Asia at the "
      "moment"]),
    ("The carrier has been hit by rising fuel costs. It has said it needs to cut between 6,000 and 7,000 jobs and "
     "reduce costs by dollars 5bn (pounds 2.7bn) a year.",
     ["it needs to cut between 6,000 and 7,000 jobs and reduce costs by dollars 5bn (pounds 2.7bn) a year"]),
    # not over the writer's participle, nor over another source's cue
    ("Senator Mark Ruiz says he will not run for governor again, having given up his hopes of the office.",
     ["he will not run for governor again"]),
    ("The firm has always insisted the sale was illegal but regulators argued they were enforcing the law.",
     ["the sale was illegal", "they were enforcing the law"]),
    ("Governor Tim Lake has always insisted the sale was legal, however this time around the courts disagreed.",
     ["the sale was legal"]),
    # a cue in a fronted subordinate clause: its clause ends at the comma
    ("But when Mayor Ann Cole said she would meet the union on the day it had proposed, its leaders looked surprised.",
     ["she would meet the union on the day it had proposed"]),
    # a pair of dashes sets off an aside inside the clause
    ("The fund predicted that emerging economies - which include Brazil, India and Mexico - will grow 4 percent, up "
     "from last year.",
     ["emerging economies - which include Brazil, India and Mexico - will grow 4 percent, up from last year"]),
]


@pytest.mark.parametrize(("text", "pieces"), RUN_ON)
def test_a_clause_the_model_cut_short_runs_to_its_end(text, pieces):
    assert _pieces(text) == pieces


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.text, q.speakers[0].name if q.speakers else "") for q in quotes.extract(text, "case.txt")
            if q.kind == QuoteKind.INDIRECT for s in q.spans]


# (text, (piece, speaker)): an indefinite description opening the clause is the cue's subject, someone new (a
# definite one refers back to the person the article named: coref's, not this rule's)
DESCRIBED = [
    ("A Metro spokesperson confirmed on Tuesday that Mr Hale was no longer an employee.",
     [("Mr Hale was no longer an employee", "unnamed Metro spokesperson")]),
    ("A council spokeswoman confirmed that the library would close in May.",
     [("the library would close in May", "unnamed council spokeswoman")]),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_an_indefinite_description_before_the_cue_is_its_source(text, expected):
    assert _speakers(text) == expected
