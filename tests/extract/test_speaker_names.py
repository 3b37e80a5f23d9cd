"""quotes.extract.article_names: what the whole article shows a name to be (a careful reader's check over
the mentions `sources` typed a person), as a table of invented sentences, positive and negative rows."""

from __future__ import annotations

import pytest

from quotes.extract.article_names import never_a_person
from quotes.types import Mention, MentionKind, Span
from tests.helpers.extraction import speaker_at


def _mention(text: str, name: str, **capacity) -> Mention:
    start = text.index(name)
    return Mention(MentionKind.PERSON, Span(start, start + len(name), name), name, 0, len(name.split()) - 1, **capacity)


# (article, the run typed a person, whether the article never writes it as a person's name)
NEVER_A_PERSON = [
    ("She presents the Morning Circle on Fridays.", "Morning Circle", True),
    ("He met the Valley Brothers in Leeds. Fans of the Valley Brothers, who tour soon, cheered.", "Valley Brothers", True),
    # made the subject of a verb: left as sources typed it (a law typed a body would become a later "it")
    ("The Alliance lost its bid to have the Hunting Act ruled invalid.", "Hunting Act", False),
    ("A letter reached the Department of Harbour Safety on Monday.", "Harbour Safety", True),
    ("Senators debated changes to the Clean Rivers Act on Monday.", "Clean Rivers Act", True),
    # written once as a person's name, once as a modifier: a person
    ("Maple Reed spoke first. The Maple Reed campaign then left.", "Maple Reed", False),
    # a given name first: a person used as a modifier ("the Stephen King adaptation")
    ("Aides to the Bernie Sanders campaign said little.", "Bernie Sanders", False),
    ("Critics panned the Hillary Clinton memoir.", "Hillary Clinton", False),
    # "of" after a lowercase noun is a person's possessor, not an institution's name
    ("The wife of Lindqvist Varga declined to comment.", "Lindqvist Varga", False),
    ("Secretary of State Pompeo Marwick arrived late.", "Pompeo Marwick", False),
    # one word: the lone-name rules of coref decide
    ("A new Two Ronnies series airs. Fans of The Two Ronnies, which ran for years, cheered.", "Two Ronnies", True),
    ("A new Maple Reed series airs on Monday.", "Maple Reed", False),
    ("The Brotherhood was banned.", "Brotherhood", False),
    # a party's label is coref's to name and type
    ("Voters expect the Lib Dems to gain.", "Lib Dems", False),
]


@pytest.mark.parametrize("text, name, expected", NEVER_A_PERSON)
def test_never_a_person(text, name, expected):
    assert never_a_person(_mention(text, name), text) is expected


def test_a_stated_capacity_keeps_a_person():
    text = "The Valley Brothers manager said so."
    assert never_a_person(_mention(text, "Valley Brothers", role="manager"), text) is False


# (article, words of the quote, its speaker): a later "he" never goes back to a body, a work or a law
PIPELINE = [
    (
        "Carl Dorsey, 55, pleaded guilty on Monday. He was arrested in April for the call. During the call, he "
        "asked about the Valley Brotherhood, called Ms Reed a “traitor” and said, “somebody ought to stop her,” "
        "the prosecutor’s office said.",
        "somebody ought", "Carl Dorsey",
    ),
    (
        "Aides to the Bernie Sanders campaign met on Monday. “We are not done,” Sanders said.",
        "We are not done", "Bernie Sanders",
    ),
]


@pytest.mark.parametrize("text, words, speaker", PIPELINE)
def test_pronoun_skips_a_name_never_a_persons(text, words, speaker):
    assert speaker_at(text, words).name == speaker


# (article, words of the quote, speaker, role, affiliation): a person's name starts at its given name when the
# run opens with an acronym; the words before it are the capacity
FRONT = [
    ("“We are glad,” NASA Administrator Jim Bridenstine said in a statement.", "We are glad",
     "Jim Bridenstine", "Administrator", "NASA"),
    ("DJ Lisa Hanson was voted out. “It was fun,” Hanson said.", "It was fun", "Lisa Hanson", "DJ", None),
    ("“It was fun,” BBC DJ Lisa Hanson said.", "It was fun", "Lisa Hanson", "DJ", "BBC"),
    # no acronym first: a name whose middle word is also a given name stays whole
    ("“We won,” said Chandler Van Voorhis.", "We won", "Chandler Van Voorhis", None, None),
    # a title sources reads already keeps its reading
    ("“Not today,” Sen. Ted Cruz said.", "Not today", "Ted Cruz", "senator", None),
]


@pytest.mark.parametrize("text, words, speaker, role, affiliation", FRONT)
def test_name_starts_at_its_given_name(text, words, speaker, role, affiliation):
    found = speaker_at(text, words)
    assert (found.name, found.role, found.affiliation) == (speaker, role, affiliation)
