"""The news convention of identifying a person across sentences: the lead attributes to a description and
the next sentences name the person ("…, a clergyman has said. ¶ … the Rt Rev Dr Tom Wright, described …",
"…, the firm's chief has told BBC News. ¶ Speaking at …, Helmut Panke predicted …"). The description is
that person, and lends them its post and its body on all their rows. Tables of invented sentences,
positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

import quotes
from tests.helpers.extraction import speaker_at


def _capacity(text: str, words: str) -> tuple[str, str | None, str | None]:
    speaker = speaker_at(text, words)
    return speaker.name, speaker.role, speaker.affiliation


HEADLINE = "Row over the plans\n\n"  # the lead is the paragraph after the headline

# an indefinite or possessed description in the lead is the first person named in full as a subject after it
LEAD_DESCRIPTIONS = [
    ("The lack of outrage is an indictment of rights groups, an Acme Watch researcher has said.\n\n"
     "In a lecture at the LSE, Jane Roe said the groups had failed.", "The lack of outrage",
     ("Jane Roe", "researcher", "Acme Watch")),
    ("Prices will rise, Acme Watch's chief has said.\n\nIn a lecture in Leeds, Jane Roe said the groups had failed.",
     "Prices will rise", ("Jane Roe", "chief", "Acme Watch")),
    # a possessive pronoun's owner is named in the lead; the description is the one named next
    ("Harbour winger Tom Hale may miss the final, claims his agent.\n\nHale, 26, had hoped to play. "
     'But Sam Poole said: "He is struggling with the injury."', "Harbour winger Tom Hale may miss",
     ("Sam Poole", "agent", None)),
    # a person's possessive names whose agent, no employer
    ("Ruiz's agent has confirmed that the player wants talks with the club.\n\n"
     "Brian Hale says no approach has been received from Globex Corp.", "the player wants talks",
     ("Brian Hale", "agent", None)),
    ("Tom Ruiz's agent has warned Leeds they have until next week to improve their offer.\n\nBrian Hale says "
     "he has received a better offer from another club.", "they have until next week", ("Brian Hale", "agent", None)),
    # negative: a place before a gender noun is where one is from, no body ("A New York man")
    ("A Leeds man pleaded guilty to making threats, prosecutors announced.\n\nTom Hale, 55, said he was "
     "sorry.", "he was sorry", ("Tom Hale", None, None)),
    # a name set after a title phrase is the subject all the same; names in what the story reports are not
    ("The plot of the bestseller is laughable, a clergyman has said.\n\nThe novel claims Mary Magdalene was "
     "married. The Bishop of Leeds, Tom Wright, described the novel as a thriller.",
     "The plot of the bestseller", ("Tom Wright", "Bishop of Leeds", "Leeds")),
    # a description possessed by a company noun serves the company the lead names
    ("Globex Corp is preparing to enter the market, the firm's boss has told BBC News.\n\n"
     "Speaking at an event in Leeds, Tom Hale predicted demand would soar.", "demand would soar",
     ("Tom Hale", "boss", "Globex Corp")),
    # negative: an unnamed source's noun stays unnamed
    ("Taxes will rise next year, a senior official has said.\n\nTom Hale said the plan was sound.",
     "Taxes will rise", ("unnamed senior official", "senior official", None)),
    # negative: a name only the story reports ("The novel claims Mary Magdalene …") is no subject who speaks
    ("The plot of the bestseller is laughable, a clergyman has said.\n\nThe novel claims Mary Magdalene "
     "was married. It has sold millions.", "The plot of the bestseller", ("a clergyman", None, None)),
    # negative (US politics): the one the description is related to ("an aide to the governor") is not it
    ("A longtime aide to the governor said the budget would pass.\n\nGovernor Tom Hale signed it on Friday.",
     "the budget would pass", ("A longtime aide to the governor", "longtime aide to the governor", None)),
    # negative (US politics): a description in the body, past the lead, is never read this way
    ("Hillary Clinton spoke in Ohio on Monday.\n\nShe drew a large crowd.\n\nThe race is close, a Democratic "
     "strategist said.\n\nBernie Sanders said the polls were wrong.", "The race is close",
     ("unnamed Democratic strategist", "strategist", "Democratic")),
]


@pytest.mark.parametrize("text, words, expected", LEAD_DESCRIPTIONS)
def test_lead_description(text, words, expected):
    assert _capacity(HEADLINE + text, words) == expected


# an indefinite description opening the lead sentence lends its post even where its own quote is not found
OPENING_SUBJECTS = [
    ("A Harbour Air attendant suspended over photographs on her blog says she has been fired.\n\n"
     "Ellen Roe, known as Queen of the Sky, wrote an account of her life. In a statement, she said she would sue.",
     "she would sue", ("Ellen Roe", "attendant", "Harbour Air")),
    # negative: a description of a thing ("A US television network will screen …") lends nothing
    ("A US television network will screen a special on Friday.\n\nIn a statement, Tom Hale said it would "
     "raise money.", "it would raise money", ("Tom Hale", None, None)),
    # negative: "a man" is a person of a gender, no post
    ("A man arrested in Leeds has been released.\n\nTom Hale, 34, said he had done nothing wrong.",
     "he had done nothing wrong", ("Tom Hale", None, None)),
]


@pytest.mark.parametrize("text, words, expected", OPENING_SUBJECTS)
def test_opening_subject(text, words, expected):
    assert _capacity(HEADLINE + text, words) == expected


def _content(text: str, words: str) -> str:
    return next(q.spans[0].text for q in quotes.extract(text, "case.txt") if words in q.spans[0].text)


# "told Radio 4 the response …": a named addressee, then the clause told with no "that"
TOLD_ADDRESSEES = [
    ("Jane Roe told Newsnight the government was wrong.", "the government was wrong", "the government was wrong"),
    ("The former envoy told BBC Radio 4's Today programme the response had been too slow.",
     "the response had been too slow", "the response had been too slow"),
    ("Tom Hale told Harbour FM he would stand again.", "he would stand again", "he would stand again"),
    # negative (US politics): a name that opens the clause is no addressee's ("told CNN Trump was wrong" stays whole)
    ("Tom Hale told CNN Trump was wrong.", "Trump was wrong", "CNN Trump was wrong"),
    # negative: a lowercase addressee was never part of it
    ("Tom Hale told reporters the plan was sound.", "the plan was sound", "the plan was sound"),
]


@pytest.mark.parametrize("text, words, expected", TOLD_ADDRESSEES)
def test_told_addressee(text, words, expected):
    assert _content(text, words) == expected
