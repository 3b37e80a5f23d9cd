"""extract/learned.py: whom a learned source span names (real stanza and the shipped taggers)."""

from __future__ import annotations

import pytest

from quotes.api import extract

CLAUSE_SUBJECT = [
    # a learned source running over a whole first clause is that clause's subject
    ("Monitoring firm Netcraft analysed response times for some of the sites targeted by the screensaver and "
     "found that a number were completely knocked offline.", "Netcraft"),
]


@pytest.mark.parametrize(("text", "speaker"), CLAUSE_SUBJECT)
def test_a_clause_long_source_is_its_subject(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and speakers[0] == speaker


def test_the_writers_exhortation_is_no_attribution():
    # "Let's hope …" is the writer urging the reader, not someone's reported words
    assert extract("Let's hope this is the start of both parties slipping into obscurity.") == []
    # negative: a real attribution after it is kept
    assert [s.name for q in extract('Let us be clear: the party said it would "fight on".') for s in q.speakers][0] == "the party"


# a source span's edges that name no one: a fronted clause's subordinator, an adverb after a name
TRIMMED = [
    ("“We messed up; I messed up,” Thomas allegedly told a supervisor.", "Thomas"),
    ("Before New York's chief medical examiner concluded that Epstein hanged himself, his lawyers had questions.",
     "New York's chief medical examiner"),
    # negative: a noun in "-ly" is the head, not an adverb
    ("Scott's family urged people to protest peacefully.", "Scott's family"),
]


@pytest.mark.parametrize(("text", "speaker"), TRIMMED)
def test_a_source_without_the_words_at_its_edges(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and speakers[0] == speaker


HEAD_OF_SOURCE = [
    # a learned source is who its head names, not a name in its postmodifier
    ("Health authorities in Dunmore’s Inner Quill have confirmed that a third case has been reported.", "authorities"),
    ("A Quill Watch Desk reporter Tomas Berg's source inside the Nordline camp, a refugee who asked not to be "
     "identified, said that the ministry’s claim is “absolutely not true.”", "A Quill Watch Desk reporter Tomas Berg's source"),
    # negatives: a clause-long source keeps its subject; a relative clause's words are not cut to a head
    ("The figures come hot on the heels of property website Quillmove which suggested that asking prices had fallen.",
     "Quillmove"),
    # a learned source inside the relative clause of the rules' subject is that subject
    ("Adler, who has split from many fellow Republicans on issues such as the state’s private school voucher program, "
     "told cheering teachers that they weren’t “asking for the moon.”", "Adler"),
]


@pytest.mark.parametrize(("text", "speaker"), HEAD_OF_SOURCE)
def test_the_head_of_a_learned_source_speaks(text, speaker):
    speakers = [s.name for q in extract(text) for s in q.speakers]
    assert speakers and speakers[0] == speaker
