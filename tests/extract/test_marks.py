"""Quote-mark pairing, table-driven, including the cases that must NOT become quotes."""

from __future__ import annotations

import pytest

from quotes.extract.marks import pair_marks
from tests.helpers.extraction import _covering, marked


def spans(text: str, depth: int | None = 0) -> list[str]:
    found = pair_marks(text, 0, len(text))
    return [s.content.text for s in found.spans if depth is None or s.depth == depth]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“They’ll complain,” he said.", ["They’ll complain,"]),
        ('"Straight double," she said.', ["Straight double,"]),
        ("‘Single curly’ marks", ["Single curly"]),
        ("'Pro-Russia neutrality'", ["Pro-Russia neutrality"]),
        ("«Guillemets» too", ["Guillemets"]),
        ("“China,” Wyne said, “recognizes that.”", ["China,", "recognizes that."]),
        ("“We no longer hear about a ‘no limits’ partnership.”", ["We no longer hear about a ‘no limits’ partnership."]),
        ('calling them "realistic and constructive."', ["realistic and constructive."]),
        ("Xi calling his counterpart his \"best friend\" and Putin his \"reliable partner\".", ["best friend", "reliable partner"]),
    ],
)
def test_marked_spans(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin’s first trip and China’s role",  # possessives
        "They don't and won't, said Whitlock's aide",  # straight apostrophes
        "the ’90s and the '80s",  # elided years
        "their countries’ relationship",  # plural possessive, nothing open
        "their leaders' ties",
        "rock ’n’ roll",
    ],
)
def test_apostrophes_are_not_quotes(text):
    found = pair_marks(text, 0, len(text))
    assert found.spans == ()
    assert found.unclosed == ()


def test_nested_quote_is_depth_one():
    text = "“We no longer hear about a ‘no limits’ partnership.”"
    assert spans(text, depth=1) == ["no limits"]


def test_unclosed_mark_is_reported_not_fatal():
    text = "“This never closes. But the article goes on with “a quote” later."
    found = pair_marks(text, 0, len(text))
    # the inner pair still pairs; the first opener stays open and is reported
    assert found.unclosed or found.spans


def test_stray_closing_mark_is_skipped():
    text = "A stray ” mark, then “a real quote” follows."
    found = pair_marks(text, 0, len(text))
    assert [s.content.text for s in found.spans] == ["a real quote"]
    assert found.stray_closers == (8,)


def test_offsets_round_trip():
    text = "He said “one” and ‘two’ and \"three\" and «four»."
    for s in pair_marks(text, 0, len(text)).spans:
        assert text[s.content.start : s.content.end] == s.content.text


def test_pairs_only_within_given_range():
    text = "“open\n\n“second” here"
    found = pair_marks(text, 0, 5)
    assert found.spans == () and found.unclosed == (0,)


def test_apostrophes_make_no_quotes():
    text = "Whitlock's aide said the ’90s were different, and they don't agree with the leaders' view."
    assert marked(text) == []


def test_unbalanced_mark_does_not_drop_the_rest():
    text = "He said “this never closes.\n\nLater, “a proper quote,” Ana Silva said."
    qs = marked(text)
    assert "a proper quote," in [q.spans[0].text for q in qs]


def test_a_closing_mark_set_before_a_word_opens_the_quotation():
    from quotes.extract.marks import pair_marks

    text = "”Fear. I am afraid of what comes next.” ― Ines Roca"
    (span,) = pair_marks(text, 0, len(text)).spans
    assert span.content.text == "Fear. I am afraid of what comes next."
    assert _covering(text, "I am afraid").speaker.name == "Ines Roca"
    assert [s.content.text for s in pair_marks("the “no” vote", 0, 13).spans] == ["no"]


@pytest.mark.parametrize("text, contents", [
    # an opening mark set after a word closes the quotation
    ("He blasted the film “Frozen“ and the books as “pro-gay,” Pastor Tom Kent said.", ["Frozen", "pro-gay,"]),
    ("She called it “a disgrace.“ Then she left.", ["a disgrace."]),
    # controls: an opener before a word, and one right after a dash, still open
    ("He called it “a disgrace” and left.", ["a disgrace"]),
    ("He called it—“a disgrace”—and left.", ["a disgrace"]),
])
def test_an_opening_mark_set_after_a_word_closes_the_quotation(text, contents):
    from quotes.extract.marks import pair_marks

    assert [s.content.text for s in pair_marks(text, 0, len(text)).spans] == contents
