"""Roles stated beside a mention in shapes the role rules missed (session 9, the ROLE error classes of the
development splits). Invented sentences; each rule has positive and negative rows, US political copy
among the negatives."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import first_speaker, speaker_at

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


# a phrase set off after a name in object position that runs into a reporting verb is the subject of an
# attribution set after the words it reports ("…, the spokesman said."), never the name's description;
# a name that opens its clause, or follows a reporting verb, keeps its appositive (copy that drops the
# closing comma), and so does a relative clause's verb. (text, words of the row, speaker, role)
REPORTED_BY_CASES = [
    ("Officers questioned Tom Reed, the police spokesman said. “It is over,” Reed said.", "It is over", "Tom Reed", None),
    ("A man admitted threatening Rep. Ann Lee (D-Ore.), the U.S. Attorney’s Office for Oregon announced Monday. "
     "“I am relieved,” Lee said.", "I am relieved", "Ann Lee", "representative"),
    ("The board fired Jane Roe, the company announced on Friday. “I will appeal,” Roe said.", "I will appeal", "Jane Roe", None),
    # negatives: the appositive stays
    ("Tom Reed, the police spokesman said the case was closed.", "the case was", "Tom Reed", "police spokesman"),
    ("“People will lose out,” said Ivo Dan, a cocoa farmer from Edo state told Reuters.", "People will", "Ivo Dan", "cocoa farmer"),
    ("Police praised Tom Reed, a spokesman who said the case was closed.", "the case was", "Tom Reed", "spokesman"),
    ("The case was closed, and Tom Reed, the police spokesman said it would not reopen.", "it would not", "Tom Reed",
     "police spokesman"),
    ("“We will win Iowa,” said Ted Cruz, the Texas senator.", "We will win", "Ted Cruz", "senator"),
]


@pytest.mark.parametrize(("text", "words", "name", "role"), REPORTED_BY_CASES)
def test_attribution_after_an_object_is_no_appositive(text: str, words: str, name: str, role: str | None) -> None:
    speaker = speaker_at(text, words)
    assert speaker.name == name
    if role is None:
        assert not speaker.role
    else:
        assert speaker.role and role in speaker.role.lower()
