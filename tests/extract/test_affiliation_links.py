"""An affiliation the article states away from the speaker's own mention, linked as a careful reader links
it: a role description's of-phrase ("The head of Acme Corp was honoured" gives the person it names Acme
Corp), a possessive organisation noun in a role ("the firm's chief": the firm named in the sentence or
the one before), and a bare spokesperson after a sentence an organisation opens as its subject ("The
Association of Chief Police Officers has issued guidance. A spokesman said …"). Each a table of invented
sentences, positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import speaker_at


def _capacity(text: str, words: str) -> tuple[str, str | None, str | None]:
    speaker = speaker_at(text, words)
    return speaker.name, speaker.role, speaker.affiliation


# a role description's of- or at-phrase names where the role is held; the person it names takes both
DESCRIPTION_EMPLOYERS = [
    ("Tom Hale has been made an OBE. The head of Surrey's Harbour Studios was granted the "
     'honour on Friday. "It is a surprise," said Mr Hale.', "It is a surprise", ("Tom Hale", "head", "Harbour Studios")),
    ("Jane Roe was in Leeds on Monday. The chief executive of Globex Corp was asked about the cuts. "
     '"We have no plans," said Ms Roe.', "We have no plans", ("Jane Roe", "chief executive", "Globex Corp")),
    # the lead's description, before anyone is named, is the person the next sentence names
    ("The chief executive of Globex Corp has said the firm will cut 500 jobs. Jane Roe said demand had fallen.",
     "demand had fallen", ("Jane Roe", "chief executive", "Globex Corp")),
    # negative: the of-phrase names a place, not an employer ("the president of the United States")
    ("Tom Hale was in Paris on Monday. The governor of Texas was asked about the cuts. "
     '"We have no plans," said Mr Hale.', "We have no plans", ("Tom Hale", "governor", None)),
    # negative (US politics): a lowercase of-phrase is a remit, no body ("the head of state")
    ("Tom Hale flew to Ohio. The chairman of the board spoke first. "
     '"We won," said Mr Hale.', "We won", ("Tom Hale", "chairman", None)),
]


@pytest.mark.parametrize("text, words, expected", DESCRIPTION_EMPLOYERS)
def test_description_employer(text, words, expected):
    assert _capacity(text, words) == expected


# "the firm's chief", "the agency's spokesman": the possessive names the employer as "company spokesperson" does
POSSESSIVE_HEADS = [
    ("Globex Corp is preparing to enter the market, the firm's chief said on Monday.", "Globex Corp is preparing",
     ("the firm's chief", "firm's chief", "Globex Corp")),
    # negative: a role stated paragraphs away refers to the firm named there, not the last one before the quote
    ("Centerview Partners advises big companies. Tom Hale, the firm's co-founder, met clients.\n\n"
     "Rates rose. Globex Corp filed for an offering.\n\n'We are patient,' Mr. Hale said.", "We are patient",
     ("Tom Hale", "firm's co-founder", None)),
    # negative: a news outlet is the medium, never the employer
    ("Prices will rise, the firm's chief has told the BBC.", "Prices will rise",
     ("the firm's chief", "firm's chief", None)),
    # negative (US politics): a person's possessive is the person, no organisation of a kind ("Trump's spokesman")
    ("The wall will be built, Trump's spokesman told reporters.", "The wall will be built",
     ("Trump's spokesman", "spokesman", "Trump")),
]


@pytest.mark.parametrize("text, words, expected", POSSESSIVE_HEADS)
def test_possessive_head(text, words, expected):
    assert _capacity(text, words) == expected


# a bare spokesperson speaks for the organisation that opens the quote's sentence or the one before
BARE_SPOKESPEOPLE = [
    ("The Association of Chief Police Officers has issued guidance to forces. "
     'A spokesman said: "It will be based on intelligence."', "It will be based",
     ("unnamed spokesman", "spokesman", "Association of Chief Police Officers")),
    ("Globex Corp did not accept the offer. A spokeswoman who did not wish to be named said the firm "
     '"never gives vaccines".', "never gives vaccines", ("unnamed spokeswoman", "spokeswoman", "Globex Corp")),
    # negative (US politics): the organisation is the object of a person's sentence, whose spokesman it may be
    ('Senator Ted Cruz attacked the Republican National Committee on Monday. A spokesman said: "He is wrong."',
     "He is wrong", ("unnamed spokesman", "spokesman", None)),
    # negative: a news outlet opening the sentence is the medium
    ('The BBC reported the fire on Monday. A spokesman said: "No one was hurt."', "No one was hurt",
     ("unnamed spokesman", "spokesman", None)),
]


@pytest.mark.parametrize("text, words, expected", BARE_SPOKESPEOPLE)
def test_bare_spokesperson(text, words, expected):
    assert _capacity(text, words) == expected


# a body's own office given bare (a union's general secretary) or an unnamed spokesperson speaks for the
# organisation the sentence before opens with
BARE_BODY_OFFICES = [
    ('The Harbour Union said cuts would save little. General secretary Ann Lee warned the "costs could easily '
     'outweigh the benefits".', "costs could easily", ("Ann Lee", "General secretary", "Harbour Union")),
    # negative: the sentence before opens with no organisation
    ('Voters went to the polls on Monday. General secretary Ann Lee said: "It was a good day."',
     "It was a good day", ("Ann Lee", "General secretary", None)),
    # negative (US politics): a chairman or a named spokesperson serves a government or a politician as often
    ('The Senate passed the bill on Monday. Chairman Devin Nunes said: "It is a good bill."',
     "It is a good bill", ("Devin Nunes", "Chairman", None)),
    ('The Senate passed the bill on Monday. "We are pleased," spokesman Josh Earnest said.',
     "We are pleased", ("Josh Earnest", "spokesman", None)),
    # negative (US politics): a dateline is no subject, and a word before the title says whose it is
    ('PHILADELPHIA ― Hillary Clinton’s campaign said it wants a new chair. “We want a reformer,” Clinton '
     'campaign Chairman John Podesta told reporters.', "We want a reformer", ("John Podesta", "Chairman", None)),
    # negative (US politics): a state's elected office is no body's office ("President", "Senator")
    ('The Senate passed the bill on Monday. President Barack Obama said: "It is a good bill."',
     "It is a good bill", ("Barack Obama", "President", None)),
]


@pytest.mark.parametrize("text, words, expected", BARE_BODY_OFFICES)
def test_bare_body_office(text, words, expected):
    assert _capacity(text, words) == expected


# the one affiliation a named person's rows carry goes to their rows that name them bare ("said Mr Barber")
SHARED = [
    ('The Harbour Union said cuts would save little. General secretary Ann Lee warned the "costs could easily '
     'outweigh the benefits". "The boost is showing results," said Ms Lee.', "The boost is showing",
     ("Ann Lee", "General secretary", "Harbour Union")),
    # negative: two unnamed spokespeople of two bodies share no employer
    ('Acme Corp denied the claim. A spokesman said: "We did nothing wrong." Reporters waited outside all day. '
     'Later a spokesman said: "Inquiries continue."', "Inquiries continue", ("unnamed spokesman", "spokesman", None)),
]


@pytest.mark.parametrize("text, words, expected", SHARED)
def test_shared_affiliation(text, words, expected):
    assert _capacity(text, words) == expected
