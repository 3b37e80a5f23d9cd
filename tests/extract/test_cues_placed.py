"""quotes.extract.cues: verbs that report speech only where they stand (data/reporting_verbs.tsv's fourth
column): "quote" verbs only beside a quotation ("“Hands up!” an officer ordered"), "that" verbs only before
a that-clause or right after the quotation they attribute ("The commission found that …")."""

from __future__ import annotations

import pytest

from quotes.extract.document import read_document
from tests.helpers.extraction import _covering


def _cues(text: str, lemma: str):
    doc = read_document(text, "case.txt")
    return [c for unit in doc.units for c in doc.cues[unit.index] if c.lemma == lemma]


@pytest.mark.parametrize("text, words, name", [
    # a verb of testimony reports what it follows
    ("“I heard the president ask about it,” Tomas Berg testified.", "I heard the president", "Tomas Berg"),
    # manner-of-speaking and command verbs right after the quotation, their subject between
    ("Police reached the room.\n\n“Open the door! We are coming in!” an officer shouts.", "Open the door", "unnamed officer"),
    ("Police reached the room.\n\n“Hands! Let me see your hands!” an officer ordered.", "Let me see", "unnamed officer"),
    # before the quotation, across a colon that ends the verb's object or place
    ("Dana Quill spoke first.\n\nDrummer Tomas Berg echoed those sentiments: “We are very competitive. We want hits.”",
     "We are very competitive", "Tomas Berg"),
    ("Dana Quill spoke first.\n\nBerg continued in the Morning Herald: “Harry is struggling a bit. We are doing all we can.”",
     "Harry is struggling", "Berg"),
])
def test_a_quote_verb_beside_its_quotation_speaks(text, words, name):
    q = _covering(text, words)
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, lemma, cue", [
    ("“Hands up!” an officer ordered.", "order", True),
    ("“We are not afraid,” the crowd chanted.", "chant", True),
    ("Ruth Adler continued: “The plan will fail.”", "continue", True),
    ("“The plan will fail”, she continued.", "continue", True),
    ("The commission found that the most common approach is the same age.", "find", True),
    ("“The system failed them,” the report found.", "find", True),
    ("Recent governments have recognized that Austrians were also perpetrators.", "recognize", True),
    ("Ruth Adler has indicated that she will run again.", "indicate", True),
    # negatives: the same verbs where they report nothing
    ("The judge ordered the release of “political prisoners” on Monday.", "order", False),
    ("Prices continued to rise on Monday.", "continue", False),
    ("Her words echoed across the hall.", "echo", False),
    ("Police found the body in a car.", "find", False),
    ("He recognized how absurd that would be.", "recognize", False),
    ("The data indicated a rise in prices.", "indicate", False),
])
def test_where_a_placed_verb_is_a_cue(text, lemma, cue):
    assert bool(_cues(text, lemma)) is cue


def test_a_that_verb_reports_its_clause():
    (found,) = _cues("The commission found that the most common approach is the same age.", "find")
    assert found.complement is not None and found.source is not None
