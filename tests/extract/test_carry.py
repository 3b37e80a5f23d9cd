"""quotes.extract.carry: a quotation no cue attributes takes the speaker carried from before, or none."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import _covering, marked


def test_floating_quote_inherits_previous_speaker():
    text = "“The plan is not impartial,” Paul Grant said. “It is a way to look like a peacemaker.”"
    qs = marked(text)
    assert len(qs) == 2
    assert qs[1].speaker.name == "Paul Grant"
    assert qs[1].group_id == qs[0].group_id
    assert qs[1].confidence < qs[0].confidence


def test_a_paragraph_without_a_colon_does_not_lend_its_speaker():
    text = ("Senator Hal Brooks spoke after the vote.\n\n"
            "The room was quiet for a minute.\n\n“Nobody expected this outcome.”")
    assert _covering(text, "Nobody expected").speaker is None


NESTED_OWN_WORDS = [
    # (text, nested quote, its speaker or None for a scare quote)
    ("\"The whistle need not be blown. I asked Henry 'do you want a wall?' and he nodded,\" said Graham Poll.",
     "do you want a wall?", "Graham Poll"),
    ("\"We said 'no' to the offer and moved on,\" said Jane Hill, the club's chair.", "no", "Jane Hill"),
    # negative: another person's words inside the quote stay nobody's
    ("\"He said 'can I take it please?' and I let him,\" said Graham Poll.", "can I take it please?", None),
    # negative: a quoted term, no first-person cue before it
    ("\"The so-called 'reform' is a tax rise,\" said Jane Hill.", "reform", None),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), NESTED_OWN_WORDS)
def test_own_words_nested_in_a_quote(text, inner, speaker):
    from quotes.api import extract

    row = next(q for q in extract(text) if q.spans[0].text == inner)
    assert (row.speakers[0].name if row.speakers else None) == speaker
    assert (row.kind.value == "direct") == (speaker is not None)
