"""Speaker types that hold for companies, agencies, teams, outlets and platforms (issue 22): what in
the article shows a name or a description to be an organisation, a group or a person. Invented
sentences, written for these tests; each rule has negative rows."""

from __future__ import annotations

import pytest

import quotes
from quotes.extract.coref import lone_name_type
from quotes.extract.learned import _head_type, described_speaker
from quotes.types import Span


def speakers_of(text: str) -> list[tuple[str, str]]:
    """(speaker, type) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].type.value) for q in quotes.extract(text, "case.txt") if q.speakers]


# (lone word, article, type): what the article shows about a lone name no full name explains
LONE_CASES = [
    # the body that published a finding: "figures compiled by", "analysis from", "research from"
    ("Chart-Track", "Five titles sold well, according to figures compiled by Chart-Track for the trade body.", "organisation"),
    ("Hartley", "Spending rose, according to analysis from Hartley.", "organisation"),
    ("Fowler", "Sales fell, according to research by Fowler. Fowler said the trend would last.", "organisation"),
    # a letter, a statement or a book is written by people; "led by" names a person leading the work
    ("Price", "The mayor read out a letter from Price. Price said the road was unsafe.", "person"),
    ("Price", "The trial, according to research led by Price, was flawed.", "person"),
    # a plural role noun, or an outlet's or a company's noun, right before the name
    ("Gartner", "Sales boomed, according to technology analysts Gartner. Gartner said the rise would last.", "organisation"),
    ("Barlow", "Sky will add a slot, marketing magazine Barlow reported.", "organisation"),
    # a singular role noun keeps a person; a determiner makes a clause about the noun; a list names people
    ("Gartner", "Gartner analyst Jane Roe said sales rose. Analyst Gartner said the rise would last.", "person"),
    ("Price", "He joined the firm Price founded in 1990. Price said it was growing.", "person"),
    ("Price", "Sales boomed, said analysts Price and Jones. Price said the rise would last.", "person"),
    # a singular name taking a plural verb where it opens a clause: a club or a company (British copy)
    ("Blackburn", "Blackburn have said all along that they want more for the midfielder.", "organisation"),
    ("Blackburn", "Talks went on, but Blackburn are refusing to lower the fee.", "organisation"),
    ("Blackburn", "Blackburn has said all along that he wants more for the house.", "person"),
    ("Blackburn", "Only then would Blackburn have said that he wanted more.", "person"),
    # a plural named after a city elsewhere: a club; a common plural opening a sentence: a group
    ("Rangers", "Talks with Glasgow Rangers stalled. Rangers said they would not raise their offer.", "organisation"),
    ("Rangers", "Rangers said the trail was closed after the storm.", "group"),
    ("Teachers", "Teachers chanted as hundreds of them lined the steps.", "group"),
    # only a person goes by a nickname
    ("Sloncek", "The man behind the site, who goes by the nickname Sloncek, is writing new software.", "person"),
    ("Sloncek", "The site Sloncek is writing new software.", "organisation"),
]


@pytest.mark.parametrize(("word", "text", "kind"), LONE_CASES)
def test_lone_name_types(word: str, text: str, kind: str) -> None:
    assert lone_name_type(word, text).value == kind


# (article, (speaker, type) of the last quote)
ARTICLE_CASES = [
    # "analysts Gartner" makes the name an organisation's for every later "Gartner said"
    ("Mobile sales boomed, according to research from technology analysts Gartner. "
     "The figure was 30% more than in 2003, Gartner said.", ("Gartner", "organisation")),
    ("Sky will activate a spare slot, marketing magazine New Media Age reported.", ("New Media Age", "organisation")),
    # a person named beside an organisation stays a person
    ("Gartner analyst Jane Roe said sales would rise.", ("Jane Roe", "person")),
    ("Sales would rise, according to technology analysts Roe and Doe.", ("Roe", "person")),
    # a party alone is an organisation; a party's people stay a group
    ("The Liberal Democrats have also claimed infighting is obstructing good government.", ("Liberal Democrats", "organisation")),
    ("House Democrats said the bill was dead.", ("House Democrats", "group")),
    # a network's letters open a station's name
    ("CBS DFW reports the man who kidnapped the child was sentenced to life.", ("CBS DFW", "organisation")),
    ("Joe Biden said the man who kidnapped the child was sentenced to life.", ("Joe Biden", "person")),
    # a club named for its city
    ("Williams said the club had no deal with Glasgow Rangers. On Thursday Rangers said they would not raise their offer.",
     ("Glasgow Rangers", "organisation")),
    # a person noun a name owns is one person
    ("Swift's rep told Fox News that this was not the whole truth.", ("Swift's rep", "person")),
    ("Protesters gathered downtown. The Cleveland police said the march had been peaceful.",
     ("The Cleveland police", "organisation")),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_CASES)
def test_article_types(text: str, expected: tuple[str, str]) -> None:
    found = speakers_of(text)
    assert found and found[-1] == expected, found


# (description, type by its head): a published finding speaks for its issuer; what people write does not
HEAD_CASES = [
    ("an official report", "organisation"),
    ("a new study", "organisation"),
    ("the survey", "organisation"),
    ("the U.S. Attorney’s Office for the Western District", "organisation"),
    ("a new book", None),
    ("the letter", None),
    ("the statement", None),
    ("the data", None),
]


@pytest.mark.parametrize(("words", "kind"), HEAD_CASES)
def test_description_head_types(words: str, kind: str | None) -> None:
    found = _head_type(words)
    assert (found.value if found else None) == kind


@pytest.mark.parametrize(("words", "kind"), [
    ("Fifty-one percent", "group"), ("Some 40 per cent", "group"), ("the statement", "unknown")])
def test_share_of_people_is_a_group(words: str, kind: str) -> None:
    assert described_speaker(Span(0, len(words), words)).type.value == kind


# a city the article writes only after a preposition of place is no company a description refers to
PLACE_NOT_COMPANY = [
    ("Acme Airways is to halt flights to Jeddah and Riyadh. The airline said the decision was hard.", "Acme Airways"),
    ("Flights to Riyadh will stop soon, Acme Airways says. The company said the decision was hard.", "Acme Airways"),
    # negative: a company named as a lone word still answers "the company"
    ("Users in Riyadh love Instagram, and Instagram keeps growing. The company said the decision was hard.", "Instagram"),
]


@pytest.mark.parametrize("text,speaker", PLACE_NOT_COMPANY)
def test_a_place_is_no_company(text, speaker):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers and "decision" in q.spans[0].text]
    assert [s.name for s in rows[0].speakers] == [speaker]
