"""Junk roles, affiliations and names found reading unannotated BBC stories (issue 22, session 4: "who,
in what capacity"). Invented sentences in the shapes found; each rule has negative cases."""

from __future__ import annotations

import pytest

import quotes


def _check(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert rows, f"no attributed quote in {text!r}"
    speakers = rows[0].speakers
    assert [s.name for s in speakers] == [name]
    speaker = speakers[0]
    assert (speaker.role or None) == role
    assert (speaker.affiliation or None) == affiliation


# a courtesy honorific after other capitalised words starts a new name: the words before are a place or a
# body ("Speaking in Harrogate Mr Kennedy"), never the person's affiliation; an office honorific keeps its state
COURTESY_CASES = [
    ("Speaking in Leyford Mr Dunmore said: “People want a choice.”", "Dunmore", None, None),
    ("In a speech to the Westbury Policy Centre Mr Crane said: “He is clever.”", "Crane", None, None),
    ("Addressing Carlow Dr Ellis said: “It is safe.”", "Ellis", None, None),
    # negatives: an office honorific's state, a title before "Mr", a party before "Sir"
    ("Vermont Sen. Bernie Sanders said: “No.”", "Bernie Sanders", "senator", "Vermont"),
    ("Prime Minister Mr Blair said: “No.”", "Blair", "Prime Minister", None),
    ("Tory Sir John Major said: “No.”", "John Major", None, "Conservative Party"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), COURTESY_CASES)
def test_a_courtesy_honorific_starts_a_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# an organisation's name whose complement is a list keeps its commas ("Department for Culture, Media and Sport")
LISTED_CASES = [
    ("“It is good,” said Tessa Jowell of the Department for Culture, Media and Sport.",
     "Tessa Jowell", None, "Department for Culture, Media and Sport"),
    ("“It is a face,” said Richard Bowden, lecturer at the Centre for Vision, Speech and Signal Processing.",
     "Richard Bowden", "lecturer", "Centre for Vision, Speech and Signal Processing"),
    ("“It is good,” said a spokesman for the Department for Environment, Food and Rural Affairs.",
     "unnamed spokesman", "spokesman", "Department for Environment, Food and Rural Affairs"),
    # negatives: people after the comma, a name with no complement, no closing "and"
    ("“It is good,” said Jane Smith, head of the Department of Trade, Bob Jones and Mary Smith.",
     "Jane Smith", "head", "Department of Trade"),
    ("“It is good,” said Jane Smith, head of the Department of Trade and Industry.",
     "Jane Smith", "head", "Department of Trade and Industry"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), LISTED_CASES)
def test_an_organisation_name_keeps_its_listed_complement(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a compass word opens the place or body after it ("East Midlands": a member's seat, part of the title), never a
# person's name ("Eastern District")
COMPASS_CASES = [
    ("East Midlands MEP Robert Kilroy-Silk said: “We will win.”", "Robert Kilroy-Silk", "East Midlands MEP", None),
    ("“We will win,” West Ham manager Alan Pardew said.", "Alan Pardew", "manager", "West Ham"),
    ("“We will win,” said Alan Pardew, the West Ham manager.", "Alan Pardew", "manager", "West Ham"),
    # negatives: a lone compass adjective before a plural, a person named West
    ("Western diplomats said: “We will win.”", "diplomats", None, None),
    ("“We will win,” said Kanye West.", "Kanye West", None, None),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), COMPASS_CASES)
def test_a_compass_word_opens_a_place(text, name, role, affiliation):
    _check(text, name, role, affiliation)


def test_a_compass_led_name_is_no_person():
    # "the Eastern District of New York" names a court: "she" is Lynch, not "Eastern District"
    text = ("Lynch said she began as a prosecutor for the Eastern District of New York. "
            "She said “there was so much work to do.”")
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert all("Eastern" not in s.name for q in rows for s in q.speakers)


# a role opening the sentence before "ORG, Name," ("Computer specialist at the IAEA, Peter Smith,")
ROLE_OPENER_CASES = [
    ("Computer specialist at the IAEA, Peter Smith, said: “It was a leak.”", "Peter Smith", "computer specialist", "IAEA"),
    ("Chief executive of Tesco, Terry Leahy, said: “It will grow.”", "Terry Leahy", "chief executive", "Tesco"),
    ("Senior analyst, Jane Doe, said: “It will fall.”", "Jane Doe", "senior analyst", None),
    # negatives: a determiner or comparative opener is no office
    ("Another critic, Laurence H. Tribe, said: “No.”", "Laurence H. Tribe", None, None),
    ("More professor than politician, Bobby Scott said: “No.”", "Bobby Scott", None, None),
    ("An attorney for Pagliano, Mark MacDougall, said: “No.”", "Mark MacDougall", "attorney", "Pagliano"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), ROLE_OPENER_CASES)
def test_a_role_opening_the_sentence_before_the_name(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a party's own head word ("Tory Party") names no second body
PARTY_CASES = [
    ("Tory Party co-chairman Liam Fox said: “Like Labour, they are soft.”", "Liam Fox", "co-chairman", "Conservative Party"),
    ("Labour Party chairman Ian McCartney said: “No.”", "Ian McCartney", "chairman", "Labour Party"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), PARTY_CASES)
def test_a_party_head_word_is_the_party(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a sentence round a quote with its verb lowercase is no Title Case headline: its names are not cut at common
# words ("Simon Champion" lost "Champion", a common word, as if a headline's "Says")
SENTENCE_NOT_HEADLINE = [
    ("“We will grow,” says Deutsche Bank's Simon Champion.", "Simon Champion", None, "Deutsche Bank"),
    ("“We will grow,” says Acme Bank's Tom Price.", "Tom Price", None, "Acme Bank"),
    # negative: a Title Case headline still splits at its verb
    ("Chris Christie Calls Hillary Clinton “A Disgrace”", "Chris Christie", None, None),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), SENTENCE_NOT_HEADLINE)
def test_a_sentence_with_a_lowercase_verb_is_no_headline(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a lone brand is not the bearer of a longer unconfirmed name it opens ("Google" of "Google Stadia Founder's
# Edition"); a surname, a given name and a surname-first name of name words still name the person
BRAND_CASES = [
    ("Buyers of the Google Stadia Founder's Edition get a controller. Google says “it will work.”", "Google"),
    ("Shares in Apple Computer rose. “It is big,” said Apple.", "Apple"),
    # negatives
    ("Xi Jinping visited. “It is big,” said Xi.", "Xi Jinping"),
    ("“It is big,” said Bill Price. “It is,” said Price.", "Bill Price"),
    ("Hillary Clinton spoke. “It is big,” said Hillary.", "Hillary Clinton"),
]


@pytest.mark.parametrize(("text", "name"), BRAND_CASES)
def test_a_lone_brand_is_not_a_longer_name(text, name):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert [s.name for s in rows[-1].speakers] == [name]


# an acronym before a given name and a surname is the person's organisation ("aerospace group EADS Philippe Camus")
ACRONYM_CASES = [
    ("The co-head of aerospace group EADS Philippe Camus is to leave. Mr Camus said: “I will go.”", "Philippe Camus", "co-head", "EADS"),
    # negatives: initials, a title acronym, a place acronym
    ("JK Rowling said: “No.”", "JK Rowling", None, None),
    ("CEO John Smith said: “No.”", "John Smith", "CEO", None),
    ("US President George Bush said: “No.”", "George Bush", "President", "US"),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), ACRONYM_CASES)
def test_an_acronym_before_a_name_is_the_employer(text, name, role, affiliation):
    _check(text, name, role, affiliation)


# a sentence adverb opening the model's source is no part of who speaks; a quantity's modifier is
ADVERB_CASES = [
    ("Privately ministers believe this will be the easier option, our correspondent added.", "ministers"),
    ("Separately, officials said the deal was done.", "officials"),
    # negatives: a quantity keeps its modifier, a name ending in -ly is a name
    ("Nearly eight of 10 voters said the race was close.", "Nearly eight of 10 voters"),
    # a share of a group speaks for the group (collective.partitive), as the beats gold writes it
    ("Nearly half of voters said the race was close.", "voters"),
]


@pytest.mark.parametrize(("text", "name"), ADVERB_CASES)
def test_a_sentence_adverb_is_no_part_of_the_source(text, name):
    rows = [q for q in quotes.extract(text, "case.txt") if q.speakers]
    assert [s.name for s in rows[0].speakers] == [name]


# an acronym's possessive opening a role is the employer even at the sentence's start ("the IMF's managing director")
POSSESSIVE_ACRONYM_CASES = [
    ("Rodrigo de Rato, the IMF's managing director, said “it will help.”", "Rodrigo de Rato", "managing director", "IMF"),
    # negative: a capitalised sentence-opening word before a role stays in the role
    ("Founding member Geoff Barrow said: “No.”", "Geoff Barrow", "Founding member", None),
]


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), POSSESSIVE_ACRONYM_CASES)
def test_an_acronyms_possessive_before_a_role(text, name, role, affiliation):
    _check(text, name, role, affiliation)
