"""quotes.extract.layout: attributions the page's layout makes (taglines after a dash, transcript turns,
headlines led by a name and a colon)."""

from __future__ import annotations

import pytest

from quotes.types import QuoteKind
from tests.helpers.extraction import _covering

# a quotation whose line ends in a dash and a name (vox pops, readers' letters, epigraphs)
TAGLINES = [
    ("“The buses never come on time and nobody answers the phone.” ― Marta Ruiz", "The buses never", "Marta Ruiz"),
    ("“We have waited long enough for a decision.”\u00a0— Peter van der Berg, Leeds", "We have waited", "Peter van der Berg"),
    ("Readers wrote in.\n“I will vote, but not happily.” – Joan O’Hara.\n“Same here.” – Li Wei", "I will vote", "Joan O’Hara"),
    ("Readers wrote in.\n“I will vote, but not happily.” – Joan O’Hara.\n“Same here.” – Li Wei", "Same here", "Li Wei"),
]


@pytest.mark.parametrize("text, words, name", TAGLINES)
def test_a_dash_and_a_name_after_a_quotation_attribute_it(text, words, name):
    q = _covering(text, words)
    assert q.kind == QuoteKind.DIRECT and q.speaker.name == name


@pytest.mark.parametrize("text, words", [
    # a dash that goes on into a sentence is prose, not a tagline
    ("“We will win,” he said — and Nora Fisk, standing beside him, laughed at the idea of it all.", "We will win"),
    ("The band played “Old Town Road” — Carl Mays watched from the wings.", "Old Town Road"),
])
def test_a_dash_inside_prose_is_no_tagline(text, words):
    q = _covering(text, words)
    assert q.cue is None or q.cue.text not in "―—–"


@pytest.mark.parametrize("text, words, name", [
    ("Dana Cole: Budget Office Is ‘Hiding the Money’\n\nSenator Dana Cole questioned the director on Tuesday.",
     "Hiding the Money", "Dana Cole"),
    ("Exclusive: Budget Office Is ‘Hiding the Money’\n\nSenator Dana Cole questioned the director on Tuesday.",
     "Hiding the Money", None),  # a lead the body names no one by is no speaker
])
def test_a_headline_led_by_a_name_and_a_colon(text, words, name):
    q = _covering(text, words)
    assert (q.speaker.name if q.speaker else None) == name


@pytest.mark.parametrize("text, words, name", [
    ("Governor Ruth Adler spoke to Tom Kent of WXKT on Sunday.\n\n"
     "\"KENT: Will you sign the bill this week?\n\n\"ADLER: Not this week. We need more time to read it.\"",
     "Not this week", "Ruth Adler"),
    ("Governor Ruth Adler spoke to Tom Kent of WXKT on Sunday.\n\n"
     "\"TOM KENT: Will you sign the bill this week?\"", "Will you sign", "Tom Kent"),
    # a label the article names nobody by is no speaker
    ("Governor Ruth Adler spoke on Sunday.\n\n\"UPDATE: The bill was signed late on Monday night.\"",
     "The bill was signed", None),
])
def test_a_quoted_transcript_turn_is_its_labels(text, words, name):
    q = _covering(text, words)
    assert (q.speaker.name if q.speaker else None) == name
