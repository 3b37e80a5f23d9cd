"""quotes.extract.sources: "Ex-" or "Former" written into a capitalised title is the role's qualifier, never an
employer ("Ex-Home Secretary David Blunkett" gave the affiliation "Ex" and the role "- Home Secretary")."""

from __future__ import annotations

import pytest

import quotes


def _facts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.role, s.affiliation) for q in quotes.extract(text, "case.txt") for s in q.speakers]


@pytest.mark.parametrize("text, expected", [
    ("Election call\n\nEx-Home Secretary David Blunkett said he was ready to serve again.",
     ("David Blunkett", "former Home Secretary", None)),
    # a participle placing the post is no word of the role
    ("Graft\n\nFidelis Nanga, a journalist based in the capital Yaounde, said the government would act.",
     ("Fidelis Nanga", "journalist", None)),
    # negative: an employer before the title stays the employer
    ("Election call\n\nNordbank Chief Executive Tomas Berg said profits had risen again.",
     ("Tomas Berg", "Chief Executive", "Nordbank")),
])
def test_a_qualifier_in_the_title(text, expected):
    assert expected in _facts(text)
