"""quotes.extract.reported: "according to" opening a sentence reports the clause after its comma, where the model
ran the source on past the comma ("According to reports, this bar …"), and that clause runs around a partial
quote as a reporting verb's does ("According to the website, the name of the bar is ‘Oxy Pure’")."""

from __future__ import annotations

import pytest

import quotes


def _rows(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(q.kind.value, [s.text for s in q.spans], q.speakers[0].name if q.speakers else None)
            for q in quotes.extract(text, "case.txt")]


@pytest.mark.parametrize("text, pieces, speaker", [
    # a vague source: the words before the comma, the clause after it
    ("According to reports, this cafe is offering oxygen to anyone who is ready to pay Rs 500 for fresh air for 20 "
     "minutes.", ["this cafe is offering oxygen to anyone who is ready to pay Rs 500 for fresh air for 20 minutes"],
     "reports"),
    # not the subject of the clause's own verb
    ("According to reports, the club is offering free drinks to anyone who is ready to pay the fee.",
     ["the club is offering free drinks to anyone who is ready to pay the fee"], "reports"),
    # the clause runs around a partial quote: the piece before its marks
    ("Reporters went to the mall. According to the website, the name of the bar is ‘Oxy Pure’.",
     ["the name of the bar is"], "the website"),
])
def test_according_to_opening_reports_the_clause_after_its_comma(text, pieces, speaker):
    assert ("indirect", pieces, speaker) in _rows(text)


@pytest.mark.parametrize("text, pieces", [
    # the source's own appositive stays the source's, the clause is after it
    ("According to Ruth Osric, the head of the council, the plan is dead.", ["the plan is dead"]),
    # "according to" after its clause: the clause before it, as before
    ("At least 106 protesters have been killed, according to reports received by Quillnesty.",
     ["At least 106 protesters have been killed"]),
])
def test_according_to_elsewhere_keeps_its_clause(text, pieces):
    assert [p for kind, p, _ in _rows(text) if kind == "indirect"] == [pieces]
