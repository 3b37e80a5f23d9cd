"""quotes.extract.settings: the frozen settings and document, and extraction taking its numbers from them."""

from __future__ import annotations

import dataclasses

import pytest

import quotes
from quotes.extract.document import read_document
from quotes.extract.settings import DEFAULT_SETTINGS, ExtractSettings

# (setting changed, article, quote text, the confidence it now has)
SETTINGS_CASES = [
    ({"after_cue": 0.5}, "“The talks went well,” Maria Lopez told reporters.", "The talks went well,", 0.5),
    ({"before_cue": 0.42}, "Maria Lopez said: “The talks went well.”", "The talks went well.", 0.42),
    ({"unattributed": 0.11}, "The weather was mild.\n\n“Nothing more to add.”\n", "Nothing more to add.", 0.11),
]


def test_the_settings_and_the_document_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_SETTINGS.sure_cue = 0.9  # type: ignore[misc]
    doc = read_document("“We are ready,” Jane Doe said.\n\nShe left.\n", "d")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.units = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.marks.by_paragraph[0] = ()  # type: ignore[index]
    assert len(doc.mentions) == len(doc.cues) == len(doc.learned) == len(doc.units) == 2


@pytest.mark.parametrize(("change", "text", "quote", "confidence"), SETTINGS_CASES)
def test_extraction_takes_its_numbers_from_the_settings(change, text, quote, confidence):
    by_default = {q.text: q.confidence for q in quotes.extract(text, "s")}
    changed = {q.text: q.confidence for q in quotes.extract(text, "s", settings=ExtractSettings(**change))}
    assert changed[quote] == confidence
    assert by_default[quote] != confidence  # negative case: the default gives another figure


def test_the_learned_stage_can_be_switched_off_by_a_setting():
    text = "Nadia Brook argued that the bridge was unsafe and would have to close for a year.\n"
    on = read_document(text, "t")
    off = read_document(text, "t", settings=ExtractSettings(learned_stage=False))
    assert any(on.learned) and not any(off.learned)
    assert [u.text for u in on.units] == [u.text for u in off.units]
