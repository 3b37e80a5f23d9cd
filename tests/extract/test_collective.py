"""Groups and bodies a "they", a share of a group or a document stands for (extract/collective.py and
coref's uses of it). Invented articles, written for these tests; each rule has negative cases, US politics
among them."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.collective import partitive, subject_before
from quotes.types import SpeakerType


def last_speaker(text: str) -> tuple[str, str]:
    """(speaker, type) of the last attributed quote."""
    found = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert found, text
    return found[-1].speakers[0].name, found[-1].speakers[0].type.value


PARTITIVES = [
    ("Only 42% of them", "they"),
    ("Half of them", "they"),
    ("Fifty percent of Europeans", "Europeans"),
    ("Nearly two-thirds of all firms polled for the survey", "firms polled"),
    ("63 percent of voters", "voters"),
    # negatives: one person of several; a share of no one; a name
    ("one of the officials", None),
    ("most of the money", None),
    ("Half of Acme", None),
]


@pytest.mark.parametrize(("words", "group"), PARTITIVES)
def test_partitive_names_the_group_it_quantifies(words, group):
    assert partitive(words) == group


SUBJECTS = [
    ("Sales fell. However, companies that decide to move are driven by cost. They say", ("companies", SpeakerType.GROUP)),
    ("Sales fell. Major companies including Vexo and Brandt have spent the year in talks. They have",
     ("major companies", SpeakerType.GROUP)),
    ("Sales fell. But a parliamentary commission has now ruled that the deal is void. They say",
     ("parliamentary commission", SpeakerType.ORGANISATION)),
    ("Sales fell. Nearly two-thirds of all firms polled have no plans to move. They give",
     ("firms", SpeakerType.GROUP)),
    ("Sites were shut. Iranian authorities have arrested 20 journalists. They accused", ("Iranian authorities", SpeakerType.GROUP)),
    # negatives: a party's name, a name of several words, a body the article named before ("the"), no
    # noun phrase opening the sentence before, a new paragraph
    ("Taxes rose. Republicans have long said so. They say", None),
    ("Taxes rose. Senate Democrats said no. They say", None),
    ("Taxes rose. The committee has ruled. They say", None),
    ("Taxes rose. Yesterday it rained. They say", None),
    ("Critics have warned.\n\nThey say", None),
]


@pytest.mark.parametrize(("text", "found"), SUBJECTS)
def test_subject_before_is_the_opening_description(text, found):
    assert subject_before(text, text.rfind("They")) == found


ARTICLES = [
    # a share of a group speaks for the group; "of them" for the group "they" means
    ("However, companies that move their call centres abroad are driven by more than cost. Only 42% of them "
     "say that saving money is the main reason.", ("companies", "group")),
    ("Fifty percent of Europeans said the size of a phone was the most important factor.", ("Europeans", "group")),
    # "they" after a group or a body brought in unnamed
    ("Major carmakers including Vexo and Brandt have spent the year in talks with unions. They have also "
     "warned that more cuts are on the way.", ("major carmakers", "group")),
    ("But a parliamentary commission has now ruled that the stake is too high. They say that the firm is a "
     "security risk.", ("parliamentary commission", "organisation")),
    # a report is its author's: the name before its noun, or a study "by" it a sentence before
    ("Technology analysts Gartner have studied the market. But the Gartner report on mobile TV suggests broadcasting will wait. Mobile TV will have to overcome "
     "several barriers first, said the report.", ("Gartner", "organisation")),
    ("A separate study by Gartner has also said TV on phones is unlikely. Technical issues must be resolved "
     "first, said the report.", ("Gartner", "organisation")),
    # "it" after a quotation is the organisation that spoke, whatever its reported clause named
    ("Turkcell said the ruling would make the deal harder because its stake would fall. \u201cThe project "
     "will become risky,\u201d it warned in a statement.", ("Turkcell", "organisation")),
    # a lead's indefinite description of a company is the one the next paragraph opens with
    ("Bank payout to victims\n\nA US bank has said it will donate $8m to victims of the regime.\n\n"
     "Northgate Bank will put the money in a special fund.", ("Northgate Bank", "organisation")),
    # "the panel" after a named commission
    ("In its report, the Law Commission said it had found wide support for change. The panel suggested "
     "murders could be graded by seriousness.", ("Law Commission", "organisation")),
    # "it" in the sentence an organisation's shares open
    ("Shares in Acme Corp surged on Tuesday after it said it would cut 500 jobs.", ("Acme Corp", "organisation")),
]


@pytest.mark.parametrize(("text", "speaker"), ARTICLES)
def test_group_or_body_speaks(text, speaker):
    assert last_speaker(text) == speaker


NEGATIVE_ARTICLES = [
    # "they" with no group or body close stays unresolved; a campaign named before is no new body
    ("Senator Jane Roe met donors in Ohio on Monday. \u201cWe will win,\u201d they said.", "they"),
    # a company description past the lead; "the panel" with no body named before it
    ("Markets rose\n\nShares were flat on Monday.\n\nA US bank has said it will cut 500 jobs.\n\n"
     "Northgate Bank will close ten branches.", "A US bank"),
    ("Acme Corp said profits fell. The panel suggested the rules be changed.", "The panel"),
    # an organisation after a preposition in another sentence is no subject an "it" goes back to
    ("Shares in Acme Corp fell on Monday. Analysts were worried. \u201cCosts have risen,\u201d it said.", "it"),
]


@pytest.mark.parametrize(("text", "speaker"), NEGATIVE_ARTICLES)
def test_no_group_or_body_is_made_up(text, speaker):
    assert last_speaker(text)[0] == speaker
