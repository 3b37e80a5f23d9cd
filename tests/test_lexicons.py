"""quotes.lexicons: the word lists (US places, first-name genders)."""

from __future__ import annotations

import pytest

from quotes import lexicons


def test_first_name_genders():
    assert lexicons.gender("Maria") == "f"
    assert lexicons.gender("Peter") == "m"
    assert lexicons.gender("Jordan") is None  # used for both


@pytest.mark.parametrize(("words", "place"), [
    (["New", "York"], True), (["South", "Carolina"], True),  # a whole multi-word name
    (["Phoenix"], True), (["Sacramento"], True),  # a lone city, no given name, its surname rare (rank over 5,000)
    (["Dallas"], False), (["Washington"], False), (["Warren"], False),  # a common surname wins
    (["Madison"], False),  # a given name wins
    (["York"], False), (["Springfield", "Mall"], False),  # part of a name, or more than one
])
def test_which_words_name_a_us_place(words: list[str], place: bool) -> None:
    assert lexicons.is_us_place(words) is place
