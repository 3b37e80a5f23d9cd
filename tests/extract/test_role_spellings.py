"""A role noun written with a British hyphen ("co-ordinator") is the listed role noun it spells
(extract/sources.is_rolenoun); a hyphenated word whose letters spell no role is none."""

from __future__ import annotations

import pytest

from quotes.extract.sources import is_rolenoun
from tests.helpers.extraction import first_speaker

NOUNS = [("co-ordinator", True), ("coordinator", True), ("co-founder", True), ("vice-chairman", True),
         ("long-term", False), ("co-operation", False), ("re-election", False)]


@pytest.mark.parametrize("word,expected", NOUNS)
def test_hyphenated_role_nouns(word, expected):
    assert is_rolenoun(word) is expected


def test_hyphenated_role_in_an_appositive_gives_role_and_body():
    s = first_speaker("Cory Hale, European co-ordinator for the Harbour Rights Foundation, said the law was wrong.")
    assert (s.name, s.role, s.affiliation) == ("Cory Hale", "European co-ordinator", "Harbour Rights Foundation")
