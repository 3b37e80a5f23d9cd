"""Roles stated beside a mention in shapes the role rules missed (session 9, the ROLE error classes of the
development splits). Invented sentences; each rule has positive and negative rows, US political copy
among the negatives."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import first_speaker

# a ranking used as a title before a name: "world number one X" (sports copy names players by their
# standing); a "number N" with no ranking domain before it, or a number in politics copy, is no role
RANKING_CASES = [
    ("Former world number one Ana Ruiz insists she can win again. “I feel strong,” Ruiz said.",
     "Ana Ruiz", "world number one"),
    ("“I was nervous,” said world number three Tom Hale after the match.", "Tom Hale", "world number three"),
    ("World number 2 Ivo Dan said: “The court was slow.”", "Ivo Dan", "number 2"),
    ("British number two Sam Poole said: “I am delighted with the win.”", "Sam Poole", "number two"),
    ("“It was hard,” said former world No. 1 Kim Ford.", "Kim Ford", "world no. 1"),
    # negatives: no ranking before the name
    ("He wore a number 5 shirt. Tom Reed said: “I am delighted with the win.”", "Tom Reed", None),
    ("Room number 4 was empty, and Jane Roe said: “Nobody came.”", "Jane Roe", None),
    ("In 2016 Donald Trump said: “We will win the number one spot.”", "Donald Trump", None),
]


@pytest.mark.parametrize(("text", "name", "role"), RANKING_CASES)
def test_ranking_title_before_a_name(text: str, name: str, role: str | None) -> None:
    speaker = first_speaker(text)
    assert speaker.name == name
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and role in speaker.role.lower()
