"""Roles and affiliations on any beat (issue 22): the capacity a named speaker is given in the words
around the mention, each construction a table of invented sentences, positive and negative rows,
US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from quotes import nlp
from quotes.api import extract
from quotes.extract.sources import find_mentions
from tests.helpers.extraction import first_speaker


def _capacity(text: str) -> tuple[str, str | None, str | None]:
    speaker = first_speaker(text)
    return speaker.name, speaker.role, speaker.affiliation


# a role an organisation premodifies, set off by commas before the name (or after an inverted cue)
SET_OFF_PREMODIFIED = [
    ('Trade talks stalled, and Nordic Union envoy to the OECD, Karin Holm, said: "We will not sign this."',
     ("Karin Holm", "envoy to the OECD", "Nordic Union")),
    ('Brindle Mining chairwoman, Ruth Ashby, said: "We regret the delay."',
     ("Ruth Ashby", "chairwoman", "Brindle Mining")),
    ('"We expect growth," said Skyline director of route planning, Owen Pryce.',
     ("Owen Pryce", "director of route planning", "Skyline")),
    ('Clinton campaign chairman, John Podesta, said: "The polls are tightening."',
     ("John Podesta", "campaign chairman", "Clinton")),
    # negative: a sentence's capitalised common word before the role is no employer
    ('Another critic, Laurence Tribble, said: "No."', ("Laurence Tribble", None, None)),
    # negative: the name runs on into its own clause, so the role before the comma is no appositive
    ('After meeting Acme chief executive, Jones said: "It went well."', ("Jones", None, None)),
    # negative (unchanged): a determiner's role set off is the existing reading, its party the affiliation
    ('The Republican senator, Ted Cruz, said: "We will fight this."', ("Ted Cruz", "senator", "Republican Party")),
]


@pytest.mark.parametrize("text, expected", SET_OFF_PREMODIFIED)
def test_a_premodified_role_set_off_before_the_name(text, expected):
    assert _capacity(text) == expected


# a two-word party label before an honorific stays with the name; "who chairs the … committee" is the office
HONORIFIC_IN_PREMODIFIED_NAME = [
    ('Lib Dem Sir Alan Rigg said: "The plan is wrong."', ("Alan Rigg", None, "Liberal Democrats")),
    ('Lib Dem Sir Alan Rigg, who chairs the Commons health and education committee, said: "It is wrong."',
     ("Alan Rigg", "chair", "Commons health and education committee; Liberal Democrats")),
    # negative: a place before a courtesy honorific is no label ("Speaking in Harrogate Mr Kennedy")
    ('Speaking in Harrogate Sir Alan Rigg said: "The plan is wrong."', ("Alan Rigg", None, None)),
    # negative: a name that premodifies another noun heads no body ("the GOP field")
    ('Rep. Jim Ordway, who leads the GOP field work, said: "We are ready."', ("Jim Ordway", "representative", None)),
]


@pytest.mark.parametrize("text, expected", HONORIFIC_IN_PREMODIFIED_NAME)
def test_an_honorific_inside_a_premodified_name(text, expected):
    assert _capacity(text) == expected


# "[descriptors] firm/group NAME": the organisation meant is the name the noun describes
DESCRIBED_ORGANISATION = [
    ('"It is a hard sell," said Ravi Mehta, head of SMS firm Textora.', ("Ravi Mehta", "head", "Textora")),
    ("\"We will sue,\" said Lena Park, head of Orvex main creditors' group Haldane.", ("Lena Park", "head", "Haldane")),
    ('"We are ready," said Ann Lowe, head of US space agency Nasa.', ("Ann Lowe", "head", "Nasa")),
    # negative: a person's name after the noun is no organisation ("the FBI field office Robert Mueller ran")
    ('"It was routine," said John Lee, a director at the FBI field office Robert Mueller ran.', ("John Lee", "director", "FBI")),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_ORGANISATION)
def test_a_descriptor_before_the_organisations_name(text, expected):
    assert _capacity(text) == expected


# two portfolios joined by "and" are one remit
PORTFOLIO_PAIRS = [
    ('Tory work and pensions spokesman Dan Ellery said: "It is a mess."',
     ("Dan Ellery", "work and pensions spokesman", "Conservative Party")),
    ('Labour trade and industry secretary Pat Hewlett said: "It is a mess."',
     ("Pat Hewlett", "trade and industry secretary", "Labour Party")),
    # negative: a plural before "and" is no portfolio; the role keeps to its own words
    ('He met voters and party spokesman Dan Ellery on Monday.', ("Dan Ellery", "party spokesman", None)),
    ('Senate Democrats and health spokesman Dan Ellery met on Monday.', ("Dan Ellery", "health spokesman", None)),
]


@pytest.mark.parametrize("text, expected", PORTFOLIO_PAIRS)
def test_a_portfolio_with_and(text, expected):
    tokens = tuple(nlp.split_sentences(text)[0].tokens)
    found = [(m.name, m.role, m.affiliation) for m in find_mentions(text, tokens, [True] * len(tokens))]
    assert expected in found


# a bare office only a company has works for the company the story is about near the quote
STORY_COMPANY = [
    ('Revenues at media group Reuters rose 5%. Reuters also cut its debt. "We are pleased," chief executive Tom Glocer said.',
     ("Tom Glocer", "chief executive", "Reuters")),
    # negative: a company named once is no story's subject (an event, a venue, a passing name)
    ('Revenues at media group Reuters rose 5%. "We are pleased," chief executive Tom Glocer said.',
     ("Tom Glocer", "chief executive", None)),
    ('Oil firm Orvane Energy won a licence in Egypt. It also bought a stake in Indian firm Kestrel Oil. The deal gives '
     'Orvane Energy access to new fields. "We are growing," said chief executive Finn Osler.', ("Finn Osler", "chief executive", "Orvane Energy")),
    # negative: two companies met on equal terms do not say whose chief executive speaks
    ('Acme agreed to buy Globex. "We are pleased," chief executive Tom Glocer said.', ("Tom Glocer", "chief executive", None)),
    # negative: a news outlet told something is the medium, no employer
    ('He told the BBC it was fine. "We are pleased," chief executive Tom Glocer said.', ("Tom Glocer", "chief executive", None)),
    # negative: an office governments hold too takes no company ("president", "spokesman")
    ('Acme Corp filed its plan on Monday. "We are pleased," spokesman Josh Earnest said.', ("Josh Earnest", "spokesman", None)),
]


@pytest.mark.parametrize("text, expected", STORY_COMPANY)
def test_a_bare_company_office_works_for_the_storys_company(text, expected):
    quote = [q for q in extract(text, "case.txt") if q.kind.value == "direct"][0]
    speaker = quote.speakers[0]
    assert (speaker.name, speaker.role, speaker.affiliation) == expected


# an appositive headed by a noun for a doer ("skipper", "scorer"), bare of any article
DOER_APPOSITIVE = [
    ("Rob Kearns, skipper for the night and scorer of the crucial second goal, praised the fans.",
     ("Rob Kearns", "skipper for the night", None)),
    ("Rob Kearns, scorer of the second goal, praised the fans.", ("Rob Kearns", "scorer of the second goal", None)),
    # negative: after an article the doer noun alone says nothing of a person ("a Sugar Land-based provider of data")
    ("The figures came from InfoNation, a Texas-based provider of automobile data.", ("InfoNation", None, None)),
    # negative: two offices joined before one complement stay one role, the organisation after both
    ("Ann Lee, founder and chief executive of Acme, praised the staff.", ("Ann Lee", "founder and chief executive", "Acme")),
    ("Ann Lee, president of Acme and founder of Beta, praised the staff.", ("Ann Lee", "president", "Acme")),
    # negative: a participle set off after the name is no role
    ("Donald Trump, speaking at a rally in Ohio, praised the crowd.", ("Donald Trump", None, None)),
]


@pytest.mark.parametrize("text, expected", DOER_APPOSITIVE)
def test_a_bare_appositive_headed_by_a_doer(text, expected):
    tokens = tuple(nlp.split_sentences(text)[0].tokens)
    found = [(m.name, m.role, m.affiliation) for m in find_mentions(text, tokens, [True] * len(tokens))]
    assert expected in found


# press-release titles: a capitalised title after the name, its employer after "for"; a noun that could be a
# reporting verb ("show") but takes a possessive opens a role ("the show's co-producer")
TITLE_FOR_EMPLOYER = [
    ("Dana Cole, Head of Platform Solutions for Ascora, praised the launch.", ("Dana Cole", "Head of Platform Solutions", "Ascora")),
    ("Jen Ward, Director of Communications for the Clinton campaign, praised the launch.",
     ("Jen Ward", "Director of Communications", "Clinton")),
    ("Jeffrey Rhodes, the show's co-producer, praised the cast.", ("Jeffrey Rhodes", "show's co-producer", None)),
    # negative: "for" and no name is a span of time, no employer; the title stays
    ("Dana Cole, Head of Sales for two years, praised the launch.", ("Dana Cole", "Head of Sales", None)),
]


@pytest.mark.parametrize("text, expected", TITLE_FOR_EMPLOYER)
def test_a_title_and_its_employer_after_for(text, expected):
    tokens = tuple(nlp.split_sentences(text)[0].tokens)
    found = [(m.name, m.role, m.affiliation) for m in find_mentions(text, tokens, [True] * len(tokens))]
    assert expected in found


# a body's initials in brackets between its description and the role name the employer
BRACKETED_INITIALS = [
    ("Dutch football federation (KNVB) spokesman Frank Hoek praised the coach.", ("Frank Hoek", "spokesman", "KNVB")),
    ("The National Rifle Association (NRA) spokesman Andrew Arlen praised the ruling.", ("Andrew Arlen", "spokesman", "NRA")),
    # negative: a party tag in brackets is the congressman's, not his spokesman's employer
    ("Rep. Ted Lowe (D-Calif.) and spokesman Mark Leeson praised the ruling.", ("Mark Leeson", "spokesman", None)),
]


@pytest.mark.parametrize("text, expected", BRACKETED_INITIALS)
def test_bracketed_initials_before_a_role(text, expected):
    tokens = tuple(nlp.split_sentences(text)[0].tokens)
    found = [(m.name, m.role, m.affiliation) for m in find_mentions(text, tokens, [True] * len(tokens))]
    assert expected in found


# only a bare office (qualifiers aside) is a company's by the story: a role naming its own employer
# ("Lloyd's chief executive") or another body's office is left as it stands
CORPORATE_ROLES = [
    ("chief executive", True),
    ("former chief executive", True),
    ("finance director", True),
    ("Lloyd's chief executive", False),
    ("Acme chief executive", False),
    ("spokesman", False),
]


@pytest.mark.parametrize(("role", "bare"), CORPORATE_ROLES)
def test_only_a_bare_office_takes_the_storys_company(role, bare):
    from quotes.extract.capacity import _corporate_office
    from quotes.types import Speaker, SpeakerType

    assert _corporate_office(Speaker(name="Tom Lamb", type=SpeakerType.PERSON, mention=None, role=role)) is bare


# an inverted cue opening the sentence is no part of the employer's name
INVERTED_CUE_OPENERS = [
    ('Said Wales assistant coach Tom Hale: "They have worked hard."', ("Tom Hale", "assistant coach", "Wales")),
    ('Added Acme chief executive Ann Lowe: "We are pleased."', ("Ann Lowe", "chief executive", "Acme")),
    # negative: a company whose name only looks like a verb keeps it ("Reported" is no verb mid-sentence)
    ('He met Acme chief executive Ann Lowe on Monday. "We are pleased," she said.', ("Ann Lowe", "chief executive", "Acme")),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_CUE_OPENERS)
def test_an_inverted_cue_opening_the_sentence_is_no_employer(text, expected):
    assert _capacity(text) == expected


# a lowercase role before a name starts after a preposition of the clause ("action against national coach")
ROLE_AFTER_PREPOSITION = [
    ('The federation began disciplinary action against national coach Tom Hale on Monday. "I meant no harm," Hale said.',
     ("Tom Hale", "national coach", None)),
    ('Police brought charges against senior officer Tom Hale. "I am innocent," Hale said.', ("Tom Hale", "senior officer", None)),
    # negative: a role with no preposition before it keeps every word
    ('"I am innocent," said former senior officer Tom Hale.', ("Tom Hale", "former senior officer", None)),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_AFTER_PREPOSITION)
def test_a_role_before_a_name_starts_after_a_clause_preposition(text, expected):
    assert _capacity(text) == expected


# a demonym before a given name is no word of the name ("Scot Andy Murray", "New Yorker Dick Morris")
DEMONYM_BEFORE_NAME = [
    ('Scot Andy Murray won in three sets. "I played well," Murray said.', ("Andy Murray", None, None)),
    ('By any measure, New Yorker Dick Morris is a winner. "The party is split," Morris said.', ("Dick Morris", None, None)),
    # negative: a demonym opening an organisation's name stays in it
    ('American Unity Fund said: "We will appeal."', ("American Unity Fund", None, None)),
]


@pytest.mark.parametrize(("text", "expected"), DEMONYM_BEFORE_NAME)
def test_a_demonym_before_a_name_is_no_name_word(text, expected):
    assert _capacity(text) == expected
