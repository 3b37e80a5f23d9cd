"""quotes.extract.cues: verbs that report speech only where they stand (data/reporting_verbs.tsv's fourth
column): "quote" verbs only beside a quotation ("“Hands up!” an officer ordered"), "that" verbs only before
a that-clause or right after the quotation they attribute ("The commission found that …")."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.document import read_document
from quotes.types import QuoteKind
from tests.helpers.extraction import _covering


def _cues(text: str, lemma: str):
    """The verb's cues; a source the rules name only later (a description: "the report") may be missing."""
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


@pytest.mark.parametrize("text, lemma", [
    ("“Hands up!” an officer ordered.", "order"),
    ("“We are not afraid,” the crowd chanted.", "chant"),
    ("Ruth Adler continued: “The plan will fail.”", "continue"),
    ("“The plan will fail”, she continued.", "continue"),
    ("The commission found that the most common approach is the same age.", "find"),
    ("“The system failed them,” the report found.", "find"),
    ("Recent governments have recognized that Austrians were also perpetrators.", "recognize"),
    ("Ruth Adler has indicated that she will run again.", "indicate"),
    ("Figures from the regulator Ofcom show that BT faces more competition.", "show"),
    ("Ruth Adler concluded: “We will win this fight.”", "conclude"),
    ("The report concluded that the plan had failed.", "conclude"),
    ("Ruth Adler lamented that the plan had failed.", "lament"),
    ("“We will win,” Ruth Adler joked.", "joke"),
    # say-37.7 verbs of words said aloud, and "read" for a document's words, beside the quotation
    ("“It was a disaster,” observed Ruth Adler.", "observe"),
    ("“I could not think,” a crestfallen Mr Berg confided in the presenter.", "confide"),
    ("“That is wrong,” Ruth Adler interjected.", "interject"),
    ("“We are broke,” Tomas Berg blurted.", "blurt"),
    ("“She was swept away,” Osric's message read.", "read"),
    ("The sign read: “No entry after dark.”", "read"),
])
def test_where_a_placed_verb_is_a_cue(text, lemma):
    assert _cues(text, lemma)


@pytest.mark.parametrize("text, lemma", [
    # the same verbs where they report nothing: no cue, or none with a source
    ("The video shows officers racing up a staircase.", "show"),
    ("The shows that year were popular.", "show"),  # a noun before "that": no subject before it
    ("Tomas Berg has indicated his support for the plan.", "indicate"),
    ("The judge ordered the release of “political prisoners” on Monday.", "order"),
    ("Prices continued to rise on Monday.", "continue"),
    ("The meeting concluded on Monday.", "conclude"),
    ("Ruth Adler lamented the loss of jobs in the town.", "lament"),
    ("Engineers “patched” the software as Ruth Adler continued to sign up subscribers.", "continue"),
    ("Her words echoed across the hall.", "echo"),
    ("Police found the body in a car.", "find"),
    ("He recognized how absurd that would be.", "recognize"),
    ("The data indicated a rise in prices.", "indicate"),
    ("The troops observed the ceasefire on Monday.", "observe"),
    ("Ruth Adler confided in her sister about the plan.", "confide"),
    ("Ruth Adler read the report on Monday.", "read"),
    ("Ruth Adler read “The Hobbit” to her children.", "read"),  # a title read, not words
])
def test_where_a_placed_verb_reports_nothing(text, lemma):
    assert [c for c in _cues(text, lemma) if c.source is not None] == []


def test_a_that_verb_reports_its_clause():
    (found,) = _cues("The commission found that the most common approach is the same age.", "find")
    assert found.complement is not None and found.source is not None


@pytest.mark.parametrize("text, content", [
    ("Figures from the regulator Ofcom show that BT faces more competition in other sectors.", "BT faces more competition"),
    ("A Reuters poll showed on Monday that most voters back the plan.", "most voters back the plan"),
])
def test_a_that_verb_reports_its_clause_as_indirect_speech(text, content):
    rows = [q for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT]
    assert any(content in q.spans[0].text and q.speakers for q in rows)


@pytest.mark.parametrize("text", [
    # the model's cue alone is no that-clause: no pieces cut around the partial quote
    "The results also showed the weakness of “establishment” as a label.",
])
def test_a_that_verb_without_its_clause_reports_nothing(text):
    assert [q for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT] == []


@pytest.mark.parametrize("text,speaker", [
    # a that-only verb's noun twin before a colon is no cue: the sentence's subject speaks
    ("Tony Blair urged Ken Livingstone to apologise. Mr Blair told Five's Wright Stuff show: “Let's move on.”", "Tony Blair"),
])
def test_a_noun_before_a_colon_is_no_that_verb(text, speaker):
    rows = [q for q in quotes.extract(text, "case.txt") if q.kind.value == "direct"]
    assert rows and rows[0].speakers[0].name == speaker
