"""A musician given bare speaks for the band a story of music is about (capacity._story_band); the band may be
written only as a plural subject ("Chart stars Duran Duran are to appear") in a story that calls it "the
band" or "the group" (capacity._collective_band). Invented sentences; positive and negative rows."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


@pytest.mark.parametrize("text,words,affiliation", [
    ("Chart stars Velvet Lanterns are to appear in a TV special. The band recently released a new album. "
     "Velvet Lanterns are promoting its second single. “We just wanted to make a great record,” said keyboard "
     "player Nick Rowe.", "We just wanted", "Velvet Lanterns"),
    ("The Copper Kettles are still touring after 50 years. The group's new single is out in May, and the "
     "Copper Kettles are planning a film. “It's a celebration,” the singer Tom Hale said.", "It's a celebration",
     "Copper Kettles"),
])
def test_band_written_as_a_collective(text, words, affiliation):
    assert speaker_at(text, words).affiliation == affiliation


@pytest.mark.parametrize("text,words", [
    # a story that never calls its subject "the band": a plural subject may be anyone's
    ("Velvet Lanterns are to appear in a TV special. Velvet Lanterns are promoting a single. “We just wanted "
     "to make a great record,” said keyboard player Nick Rowe.", "We just wanted"),
    # two collectives written as often: whose band it is, is not said
    ("Velvet Lanterns are touring with the Copper Kettles. The band has a new album. Copper Kettles are "
     "promoting it and Velvet Lanterns are too. “It's great,” said singer Tom Hale.", "It's great"),
    # a senator's staff is no band, whatever the story calls "the group"
    ("Senate Democrats are pushing a bill. The group met on Monday. Senate Democrats are confident. “It "
     "will pass,” said Senator Amy Cole.", "It will pass"),
])
def test_no_band_without_the_story_saying_so(text, words):
    assert speaker_at(text, words).affiliation in (None, "Democratic Party", "Democrats", "Democratic")
