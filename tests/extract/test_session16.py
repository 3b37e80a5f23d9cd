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


def _reported(text: str) -> list[tuple[str, str, str]]:
    """(kind, content, speaker) of every quote of the text."""
    return [(q.kind.value, " / ".join(s.text for s in q.spans), q.speakers[0].name if q.speakers else "")
            for q in quotes.extract(HEADLINE + text, "case.txt")]


@pytest.mark.parametrize("text, row", [
    # a fronted clause, then a titled source, a cue and an adjunct to the sentence's end
    ("Tony Blair's feud with Gordon Brown is damaging the way the UK is governed, Tory leader Michael Howard has "
     "claimed in a heated prime minister's questions.",
     ("indirect", "Tony Blair's feud with Gordon Brown is damaging the way the UK is governed", "Michael Howard")),
    # a body's initials in brackets between its name and the cue
    ("The National Institute of Economic and Social Research (NIESR) claims that taxes need to rise by pounds 10bn.",
     ("indirect", "taxes need to rise by pounds 10bn", "National Institute of Economic and Social Research")),
    ("Growth will slow next year, the Confederation of British Industry said.",
     ("indirect", "Growth will slow next year", "Confederation of British Industry")),
])
def test_source_last_and_bracketed_initials(text, row):
    assert row in _reported(text)


@pytest.mark.parametrize("text, rows", [
    # a clause around a partial, its source after it with initials in brackets: the pieces, never the source
    ('The UK manufacturing sector will continue to face "serious challenges" over the next two years, the British '
     "Chamber of Commerce (BCC) has said.",
     [("indirect", "The UK manufacturing sector will continue to face / over the next two years", "British Chamber of Commerce"),
      ("partial", "serious challenges", "British Chamber of Commerce")]),
    # negative: a clause after the cue is the content, not the words before ("He said in a statement that …")
    ("He arrived late. He said in a statement that the plan was wrong.", [("indirect", "the plan was wrong", "")]),
])
def test_pieces_around_a_partial_stop_at_the_source(text, rows):
    found = [(k, c) for k, c, _ in _reported(text)]
    assert sorted(found) == sorted((k, c) for k, c, _ in rows)


@pytest.mark.parametrize("text, speaker, kind", [
    ("At the same time, the British Bankers' Association said lending was weaker.", "British Bankers' Association",
     "organisation"),
    ("The National Farmers' Union said prices were too low this year.", "National Farmers' Union", "organisation"),
    ("Rates should stay on hold, the British Chambers of Commerce said.", "British Chambers of Commerce", "organisation"),
    # negatives: a surname that is an organisation word's plural is a person's; a possessive before a person's name
    ("Songwriter Guy Chambers said young people needed lessons.", "Guy Chambers", "person"),
    ("Labour MP Tony Banks said the issue would soon disappear.", "Tony Banks", "person"),
    ('"It is going to be close," said Ladbrokes\' Warren Lush.', "Warren Lush", "person"),
])
def test_names_of_bodies_with_possessives_and_plurals(text, speaker, kind):
    found = {s.name: s.type.value for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}
    assert found[speaker] == kind


def test_it_after_a_bodys_document_is_the_body():
    text = ("A National Audit Office report on the 20 biggest projects says costs have risen by pounds 1.7bn in the past "
            "year. It says there is little evidence the ministry's performance had improved.")
    assert [s.name for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers] == [
        "National Audit Office", "National Audit Office"]


@pytest.mark.parametrize("text, acronyms", [
    ("New research from the Royal Academy of Dance (RAD) has found it.", {"RAD": "Royal Academy of Dance"}),
    ("The National Institute of Economic and Social Research (NIESR) claims so.",
     {"NIESR": "National Institute of Economic and Social Research"}),
    ("Both the Council of Mortgage Lenders (CML) and Building Society Association (BSA) said so.",
     {"CML": "Council of Mortgage Lenders", "BSA": "Building Society Association"}),
    ("The UK Independence Party (UKIP) said it would win.", {"UKIP": "UK Independence Party"}),
    ("Transport for London (TfL) said so.", {"TfL": "Transport for London"}),
    # negatives: initials the name before does not spell; a year or a place in brackets
    ("The Royal Academy of Dance (BBC) said so.", {}),
    ("John Smith (Labour) said so. Prices rose in Paris (France).", {}),
])
def test_acronyms_the_article_defines(text, acronyms):
    from quotes.extract.full_names import defined_initials
    assert defined_initials(text) == acronyms


def test_a_defined_acronym_speaks_by_its_full_name():
    text = ("New research from the Royal Academy of Dance (RAD) has found that children dance less. The RAD said "
            "schools should act. A UKIP spokesman said the vote was close. The UK Independence Party (UKIP) won.")
    found = [(s.name, s.affiliation) for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers]
    assert ("Royal Academy of Dance", None) in found and ("A UKIP spokesman", "UK Independence Party") in found
    assert all(name != "RAD" for name, _ in found)


@pytest.mark.parametrize("text, speaker, kind, affiliation", [
    ("Rene Obermann, T-Mobile's chief executive, said the device was popular. T-Mobile said it was seeing demand.",
     "T-Mobile", "organisation", None),
    ("Rene Obermann, T-Mobile's chief executive, said the device was popular.", "Rene Obermann", "person", "T-Mobile"),
    ("The Scottish Executive said ministers would be told. The executive spokeswoman said the leave was agreed.",
     "The executive spokeswoman", "person", "Scottish Executive"),
    # negative: a role opening with a word no organisation's name ends with
    ("The company's chief executive said profits rose. The executive spokeswoman said the leave was agreed.",
     "The executive spokeswoman", "person", None),
    # a capitalised show is a programme one tells things to, not a person the description means
    ("The mayor told the BBC's Politics Show she believed the apology was enough.", "The mayor", "person", None),
])
def test_brands_executives_and_shows(text, speaker, kind, affiliation):
    found = {s.name: (s.type.value, s.affiliation) for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}
    assert found[speaker] == (kind, affiliation)


@pytest.mark.parametrize("text, content", [
    ("John Smith, Vodafone's chief executive, told a press conference the device was popular.", "the device was popular"),
    ("John Smith told a news conference in Cannes the device was popular.", "the device was popular"),
    ("The mayor told the BBC's Politics Show she believed the apology was enough.", "she believed the apology was enough"),
    # negative: "that" after the gathering still opens the clause
    ("John Smith told a meeting in London that the party would win.", "the party would win"),
])
def test_a_gathering_or_a_programme_told_is_no_content(text, content):
    assert [c for _, c, _ in _reported(text)] == [content]


@pytest.mark.parametrize("one, other, same", [
    ("Office of the Deputy Prime Minister", "ODPM", True),
    ("ODPM", "Office of the Deputy Prime Minister", True),
    ("UK Independence Party", "UKIP", True),
    ("Transport for London", "TfL", True),
    # negatives: other initials, a one-word name, a lowercase word
    ("Bank of England", "BBC", False),
    ("Reuters", "R", False),
    ("British Broadcasting Corporation", "the BBC", False),
])
def test_the_scorer_takes_a_name_for_its_initials(one, other, same):
    from quotes.evaluate.who import initials_of
    assert initials_of(one, other) is same


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("Hazel Gilbert, 23, an information manager from Newcastle, said she had seen a vast change.", "Hazel Gilbert",
     "information manager", None),
    ("Yukos has threatened legal action. Its founder, Mikhail Khodorkovsky, said the sale was illegal.",
     "Mikhail Khodorkovsky", "founder", "Yukos"),
    ("Yukos has threatened legal action. Its chief executive Steven Theede said the sale was illegal.",
     "Steven Theede", "chief executive", "Yukos"),
    # negatives: "its" after a person's sentence; a surname opening the sentence is no body
    ("Tony Blair has threatened legal action. Its founder, Mikhail Khodorkovsky, said the sale was illegal.",
     "Mikhail Khodorkovsky", "founder", None),
    ("Blair toured the region, with adviser Jo Ray saying it was fair.", "Jo Ray", "adviser", None),
])
def test_an_age_before_the_appositive_and_its_roles(text, name, role, affiliation):
    found = {s.name: (s.role, s.affiliation) for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}
    assert found[name] == (role, affiliation)


@pytest.mark.parametrize("text, rows", [
    # a noun phrase closing the sentence after "said" is its source, inverted; the clause before is what it said
    ("Two other former directors, Bert Roberts and Francesco Galesi, remain defendants in the lawsuit, said the newspaper.",
     [("indirect", "Two other former directors, Bert Roberts and Francesco Galesi, remain defendants in the lawsuit",
       "the newspaper")]),
    # negative: a clause after the cue stays the content
    ("Prices rose. He said the newspaper had reported it.", [("indirect", "the newspaper had reported it", "He")]),
])
def test_an_inverted_description_is_the_source(text, rows):
    assert _reported(text) == rows


def test_an_inverted_unnamed_source_with_a_place_compound():
    text = ("Many of the affected countries, such as Indonesia or the Maldives, do not usually buy insurance for these "
            "kinds of disasters, said a US-based insurance expert.")
    [quote] = quotes.extract(HEADLINE + text, "case.txt")
    assert quote.spans[0].text.startswith("Many of the affected countries")
    assert (quote.speakers[0].role, quote.speakers[0].affiliation) == ("insurance expert", None)


@pytest.mark.parametrize("text, name, role, affiliation", [
    # a story that opens with a company as its subject and names no other: its chief executive's
    ("GlaxoSmithKline saw its profits fall 9% last year. The firm is confident. Chief executive Jean-Pierre Garnier "
     "said it had been a difficult year.", "Jean-Pierre Garnier", "Chief executive", "GlaxoSmithKline"),
    # negatives: a capitalised common word or a premodifier opening the lead is no company
    ("Shares in Cairn Energy rose 5% on Monday. Chief executive Bill Gammell said the field was rich.",
     "Bill Gammell", "Chief executive", None),
    ("Telecoms equipment supplier Nokia has posted a rise in profits. Chief executive Jorma Ollila said it was a good "
     "year.", "Jorma Ollila", "Chief executive", None),
    # a be-verb ends a role walking back ("The trio are chief executive Willie Walsh")
    ("Three executives will quit. The trio are chief executive Willie Walsh and finance chief Brian Dunne. Mr Walsh "
     "said there was no conflict.", "Willie Walsh", "chief executive", None),
])
def test_the_story_company_and_a_role_after_a_be_verb(text, name, role, affiliation):
    found = {s.name: (s.role, s.affiliation) for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}
    assert found[name] == (role, affiliation)


def test_title_case_initials_and_a_kind_owning_the_post():
    # British copy writes some initials in title case; "the gallery's director" names the kind as "Gallery director"
    text = ("The National Gallery has seen a jump in visitor numbers. Charles Saumarez Smith, the gallery's director, "
            "said he was delighted. The figures were prepared by the Association of Leading Visitor Attractions "
            "(Alva). Alva director Robin Broke said: \"Visits were up by 10%.\"")
    found = {s.name: (s.role, s.affiliation) for q in quotes.extract(HEADLINE + text, "case.txt") for s in q.speakers}
    assert found["Charles Saumarez Smith"] == ("gallery's director", "National Gallery")
    assert found["Robin Broke"] == ("director", "Association of Leading Visitor Attractions")
    from quotes.extract.full_names import defined_initials
    # negatives: a party or a country in brackets spells nothing
    assert defined_initials("John Smith (Labour) said so. Prices rose in Paris (France).") == {}
