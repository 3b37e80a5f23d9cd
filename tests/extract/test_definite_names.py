"""quotes.extract.definite_names: a name written after "the" is a body's ("the Land Registry said"), unless it ends
in a title ("the Culture Secretary"), is a demonym ("the American"), or modifies a person or a document ("the Old
Trafford boss", "the Newport-based athlete", "The Kok report")."""

from __future__ import annotations

import pytest

import quotes


def _types(text: str) -> dict[str, str]:
    return {s.name: s.type.value for q in quotes.extract(text, "case.txt") for s in q.speakers}


@pytest.mark.parametrize("text, name, kind", [
    ("House prices\n\nHouse prices fell 0.4% in October, the Land Registry said.", "Land Registry", "organisation"),
    ("House prices\n\nEarlier the Nationwide said prices were flat for the month.", "Nationwide", "organisation"),
    # negatives
    ("Party conference\n\nThe Culture Secretary said the move was right for the country.", "Culture Secretary", "person"),
    ("Derby\n\n“We showed good passing,” said the Old Trafford boss.", "Old Trafford", "person"),
    ("Trials\n\n“I am ready,” said the Newport-based athlete.", "Newport", "person"),
])
def test_a_name_after_the(text, name, kind):
    types = _types(text)
    if name in types:
        assert types[name] == kind
    else:
        assert kind == "person"  # resolved to someone else: at least not typed a body
