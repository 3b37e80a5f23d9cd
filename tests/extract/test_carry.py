"""quotes.extract.carry: a quotation no cue attributes takes the speaker carried from before, or none."""

from __future__ import annotations

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
