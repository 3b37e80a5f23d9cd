"""Rules of session 16 (issue 22), each a table with negative rows:

- quotes.extract.capacity: a body's possessive right before a person's full name is their affiliation ("said
  Ladbrokes' Warren Lush", "Arsenal's Sol Campbell"), wherever the article writes the name; a place's, a person's
  and a sentence-opening common word's possessive give none; a body set off after the name ("Oliver Letwin, for the
  Tories, said") is theirs; a role written with an organisation noun's possessive ("The organisation's anti-piracy
  director David Martin", "James Cosgrave, one of the company's directors,") reads that noun as "company
  spokesperson" does; an unnamed source a pronoun carries on keeps the body of its last quote;
- quotes.extract.article_names: a name set off after "a/the … firm," is a company ("a small UK-based electronics
  firm, Montrose Secam, to produce"), not after "of" ("The head of the Naftohaz company, Yury Boyko, said").
"""

from __future__ import annotations

import pytest

import quotes

HEADLINE = "Story\n\n"


def _affiliations(text: str) -> dict[str, set[str | None]]:
    """Speaker name -> the affiliations over every quote of the text."""
    found: dict[str, set[str | None]] = {}
    for q in quotes.extract(HEADLINE + text, "case.txt"):
        for s in q.speakers:
            found.setdefault(s.name, set()).add(s.affiliation or None)
    return found


@pytest.mark.parametrize("text, name, affiliation", [
    ('"It is going to be close but Sheila is favourite," said Ladbrokes\' Warren Lush.', "Warren Lush", "Ladbrokes"),
    ('Arsenal\'s Sol Campbell has called the rivalry "bitter and personal". "There is an edge," the defender told '
     "The Guardian. Manchester United and Arsenal meet on Tuesday. United are in form.", "Sol Campbell", "Arsenal"),
    ('"The fact that the book has hit number one shows how excited customers are," said Amazon\'s Robin Terrell.',
     "Robin Terrell", "Amazon"),
    # negatives: a country's possessive says where one is from; a person's names their boss, not a body
    ("Britain's Tim Henman said the draw was hard.", "Tim Henman", None),
    ("Jose Mourinho praised his side. Mourinho's Joe Cole said the win was deserved.", "Joe Cole", None),
    # a sentence-opening common word is no body; a possessive before a product is not a person's employer
    ("Today's John Smith said the odds had shortened.", "John Smith", None),
])
def test_a_possessive_before_the_name_is_the_body(text, name, affiliation):
    assert _affiliations(text)[name] == {affiliation}


@pytest.mark.parametrize("text, name, affiliation", [
    ("But Oliver Letwin, for the Tories, said Mr Brown was borrowing to spend.", "Oliver Letwin", "Tories"),
    ("Vincent Cable, for the Liberal Democrats, said Mr Brown was ducking choices.", "Vincent Cable", "Liberal Democrats"),
    # negative: a person one speaks for is no affiliation
    ("Jo Ray, for Mr Blair, said Mr Brown was ducking choices.", "Jo Ray", None),
])
def test_a_body_set_off_after_the_name(text, name, affiliation):
    assert _affiliations(text)[name] == {affiliation}


@pytest.mark.parametrize("text, name, affiliation", [
    ("The BPI welcomed the news of the prison sentence. The organisation's anti-piracy director David Martin said: "
     '"The problem simply will not disappear."', "David Martin", "BPI"),
    ("IBM said it would partner up with a small UK-based electronics firm, Montrose Secam, to produce the devices. "
     "James Cosgrave, one of the company's directors, said it would make a big difference.", "James Cosgrave",
     "Montrose Secam"),
    # negative: a person's possessive ("the film's director") is the possessive-owner reading, not a company's
    ("Hit musical The Pajama Game opened. The show's co-producer Jo Hale said it would run for a year.", "Jo Hale",
     "The Pajama Game"),
])
def test_an_organisation_noun_possessive_reads_as_a_reference(text, name, affiliation):
    assert _affiliations(text)[name] == {affiliation}


@pytest.mark.parametrize("text, described", [
    ("IBM will work with a small UK-based electronics firm, Montrose Secam, to produce the devices.", "Montrose Secam"),
    ("The group bought the company, Acme Widgets, last year.", "Acme Widgets"),
    # negatives: the name after "of the … company," is the head's; a given name opens a person's
    ("The head of the Ukrainian state-owned Naftohaz company, Yury Boyko, said he was happy.", None),
    ("The deal was done by the firm, John Smith said.", None),
])
def test_a_name_set_off_after_a_company_noun_is_the_company(text, described):
    from quotes.extract.article_names import described_companies
    found = {n for n in described_companies(text) if n not in ("IBM",)}
    assert found == ({described} if described else set())


def test_a_pronoun_carries_an_unnamed_sources_body():
    text = ("The Association of Chief Police Officers has issued guidance to forces. A spokesman said: \"It will be "
            "based on intelligence.\" The decision will be left to local forces. He said police would consider "
            "evidence on its merits.")
    rows = [(q.spans[0].text[:10], s.affiliation) for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers]
    assert rows == [("It will be", "Association of Chief Police Officers"),
                    ("police wou", "Association of Chief Police Officers")]


def test_a_new_unnamed_source_does_not_take_the_last_ones_body():
    text = ("The Association of Chief Police Officers has issued guidance to forces. A spokesman said: \"It will be "
            "based on intelligence.\" Ministers disagreed. A spokesman said the plan was wrong.")
    rows = [s.affiliation for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers]
    assert rows[0] == "Association of Chief Police Officers" and rows[-1] is None
