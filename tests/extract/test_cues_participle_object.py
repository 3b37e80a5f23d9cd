"""A participle right after a verb's object ("Mr Hockney left UKIP saying …") is the clause subject's
speech, not the object's (cues._object_of_verb); after a preposition or a verb of quoting or perceiving
the name before it speaks."""

from __future__ import annotations

import pytest

from quotes.api import extract

PARTICIPLE_SPEAKERS = [
    ('Mr Hockney also left UKIP saying Mr Kilroy-Silk would "deliver better" as the leader.', "Hockney"),
    ('Mr Osric criticised the Jorvik Corporation saying it had "lied".', "Osric"),
    ("Jones thanked Smith saying he had been a great help.", "Jones"),
    # negatives: after a preposition or a verb of perceiving, the name before the participle speaks
    ("He spoke with officials saying the plan was dead.", "officials"),
]


@pytest.mark.parametrize(("text", "speaker"), PARTICIPLE_SPEAKERS)
def test_who_speaks_in_a_participle_after_an_object(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and set(speakers) == {speaker}


CUE_SOURCES = [
    ("The senator quoted officials saying the plan was dead.", "officials"),
    ("Smith heard Jones saying the plan was dead.", "Jones"),
    ("Smith attacked Jones saying the plan was dead.", "Smith"),
]


@pytest.mark.parametrize(("text", "source"), CUE_SOURCES)
def test_the_rules_source_of_a_participle_after_an_object(text, source):
    from quotes.extract.document import read_document

    doc = read_document(text)
    cues = [c for unit in doc.units for c in doc.cues[unit.index] if c.text == "saying"]
    assert cues and cues[0].source is not None and cues[0].source.name == source
