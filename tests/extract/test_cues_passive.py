"""quotes.extract.cues: a reporting verb in the passive makes its subject the one spoken of or to, not the speaker
("Five has been criticised for sending “offensive” material"); the agent after "by" speaks; a raising frame ("is
said to have called it") keeps its subject as the speaker. (The learned stage may still give a passive's subject a
quote the rules leave a scare quote: "The company has been condemned for its “reckless” behaviour".)"""

from __future__ import annotations

import pytest

import quotes


def _rows(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind.value, q.speakers[0].name if q.speakers else None) for q in quotes.extract(text, "case.txt")]


@pytest.mark.parametrize("text, row", [
    ('TV channel Five has been criticised for sending "offensive" material to viewers.', ("scare", None)),
    ('The plan was criticised by MPs as "a shambles".', ("partial", "MPs")),
    ("The minister was told by officials that the plan was dead.", ("indirect", "officials")),
    # negatives: active verbs and raising frames keep their subject
    ('He is said to have called it "a disgrace".', ("partial", "He")),
    ("Five said it had received 100 complaints.", ("indirect", "Five")),
])
def test_a_passive_reporting_verbs_subject_is_not_its_speaker(text, row):
    assert row in _rows(text)
