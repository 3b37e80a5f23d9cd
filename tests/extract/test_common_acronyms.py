"""quotes.extract.sources: an acronym of a common noun ("TV", "PC", "R&B", "DJ") names no organisation, so it is
neither a speaker nor anyone's employer; the acronyms of bodies ("IBM", "PCS", "CBI") still are; and a capital
before a city's office is the city ("London mayor")."""

from __future__ import annotations

import pytest

import quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.affiliation) for q in quotes.extract(text, "case.txt") for s in q.speakers]


@pytest.mark.parametrize("text, speaker, affiliation", [
    ("R&B star Beverley Knight said she sang on the single.", "Beverley Knight", None),
    ("Steve Jobs runs the firm. In an attempt to win over Windows PC customers, Mr Jobs said it would appeal to many.",
     "Steve Jobs", None),
    ("TV presenter Jane Moore said she was delighted with the show.", "Jane Moore", None),
    # negatives: the acronyms of bodies stay organisations
    ("PCS union leader Mark Serwotka said the cuts would hurt services.", "Mark Serwotka", "PCS"),
    ("CBI director general Digby Jones said firms were worried.", "Digby Jones", "CBI"),
    # a capital before a city's office is the city
    ("London mayor Ken Livingstone said his comments were not racist.", "Ken Livingstone", "London"),
])
def test_a_common_noun_in_capitals_is_no_employer(text, speaker, affiliation):
    assert (speaker, affiliation) in _speakers(text)

