"""quotes.extract.cues: a reporting verb with no subject of its own: coordinated with the clause before it
("… said his team had reached a “collective view”, but admitted it was “not an easy issue”"), it speaks for the
subject of the verb it is coordinated with; after "goes on to", "was quick to", for the subject of that verb."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.document import read_document
from tests.helpers.extraction import _covering


@pytest.mark.parametrize("text, words, name", [
    # "but" + verb: the subject of the clause before speaks
    ("Ruth Adler last week said her team had reached a “collective view” on the cards, but admitted it was "
     "“not an easy issue”.", "not an easy issue", "Ruth Adler"),
    # "and" + auxiliary before a that-clause
    ("Ruth Adler is ready to take her songs back and has indicated that she will record them again.",
     "she will record them again", "Ruth Adler"),
    # control: a subject of its own after "but"
    ("The team lost the game, but Ruth Adler said it had “played well”.", "played well", "Ruth Adler"),
])
def test_a_coordinated_verb_has_the_subject_before_it(text, words, name):
    q = _covering(text, words)
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text", [
    # an auxiliary between "and" and a verb with no that-clause: no coordinated report
    "Democrats controlled the Senate and had confirmed 68 judicial nominees by this point.",
])
def test_a_coordinated_verb_that_reports_nothing(text):
    assert [q for q in quotes.extract(text, "case.txt") if q.speakers] == []


@pytest.mark.parametrize("text, verb, source", [
    # the earlier reporting verb's subject, not the first name of the sentence (in a fronted phrase)
    ("Speaking to MSNBC’s Morning Joe on Monday, Tomas Berg referred to Adler as “a bright leader” but described "
     "his skills as a “work in progress.”", "described", "Tomas Berg"),
    ("Ruth Adler praised the plan but said its budget was too small.", "said", "Ruth Adler"),
    # no earlier cue in the sentence: the clause's subject
    ("Ruth Adler left the party but said she would vote for it.", "said", "Ruth Adler"),
    # a stop between: the earlier sentence's cue is no partner
    ("Ruth Adler praised the plan. Tomas Berg met her but said nothing.", "said", "Tomas Berg"),
])
def test_the_source_of_a_verb_after_but(text, verb, source):
    doc = read_document(text, "case.txt")
    (cue,) = [c for unit in doc.units for c in doc.cues[unit.index] if c.text.split()[0] == verb]
    assert cue.source is not None and cue.source.name == source


@pytest.mark.parametrize("text, verb, source", [
    # "goes on to", "was quick to", "appeared to": the subject before speaks
    ("Tomas Berg goes on to criticise “reality programmes where they film people all day”.", "criticise", "Tomas Berg"),
    ("Ruth Adler was quick to deny that the plan would fail.", "deny", "Ruth Adler"),
    ("Tomas Berg appeared to suggest that veterans were weak.", "suggest", "Tomas Berg"),
    # not the name before another word ("overnight"), nor the object of "urged"
    ("Dana Quill took to Twitter overnight to accuse Berg of lying.", "accuse", None),
    ("Ruth Adler urged them to say no.", "say", None),
])
def test_the_source_of_a_verb_after_to(text, verb, source):
    doc = read_document(text, "case.txt")
    (cue,) = [c for unit in doc.units for c in doc.cues[unit.index] if c.text.split()[0] == verb]
    assert (cue.source.name if cue.source is not None else None) == source
