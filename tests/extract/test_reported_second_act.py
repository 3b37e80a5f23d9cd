"""quotes.extract.reported: a reported clause ends before the speaker's second reporting verb ("… and called on
hunts to do more"), which has no subject of its own; the verb must report in any frame ("continued" reports only
beside a quotation, "showed" only before "that"), and its base form ends the clause only after a plural's cue."""

from __future__ import annotations

import pytest

import quotes


def _clauses(text: str) -> list[str]:
    return [" / ".join(s.text for s in q.spans) for q in quotes.extract(text, "case.txt") if q.kind.value == "indirect"]


@pytest.mark.parametrize("text, clause", [
    ("He said intimidation seemed to have been widespread and called on hunts to do more.",
     "intimidation seemed to have been widespread"),
    ("The minister said the plan was dead and later added that she would fight on.", "the plan was dead"),
    ("Critics say the party's sums do not add up and claim it would cut frontline services.",
     "the party's sums do not add up"),
    ("The report said 44 percent of voters backed the plan, but also showed that most wanted a delay.",
     "44 percent of voters backed the plan"),
    # negatives: the verb after "and" belongs to the clause, or is no speech act of the speaker
    ("Analysts said the banks were aware of the problems but continued to lend money to the company.",
     "the banks were aware of the problems but continued to lend money to the company"),
    ("The firm said it had asked customers to click on the link and answer some questions.",
     "it had asked customers to click on the link and answer some questions"),
    ("Officials said prices rose and fell during the week.", "prices rose and fell during the week"),
])
def test_a_clause_ends_before_the_speakers_second_reporting_verb(text, clause):
    assert clause in _clauses(text)
