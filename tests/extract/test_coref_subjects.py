"""Whom a later pronoun, description or unnamed source means: the sentence's subject, the
organisation an anaphor names, the issuer of a statement. Invented articles, written for these
tests; each rule has negative cases."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, type) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].role, q.speakers[0].type.value)
            for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, speaker of the last quote): the subject of the sentence before is the first person
# it names or describes; a bare capitalised word ("Gateshead's") is too weak to be that subject
SUBJECT_CASES = [
    ("Gordon Brown has issued a rallying cry.\n\n"
     "To a packed audience at Gateshead's Sage Centre, the chancellor said the cuts proposed by "
     "shadow chancellor Oliver Letwin were reckless. Laying into the record he said: “Never again.”",
     "Gordon Brown"),
    # a person named in full before the description stays the subject
    ("Gordon Brown has issued a rallying cry.\n\n"
     "At the conference, Oliver Letwin said the chancellor was wrong. Later he said: “Never again.”",
     "Oliver Letwin"),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_CASES)
def test_pronoun_takes_the_first_person_named_or_described(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows
