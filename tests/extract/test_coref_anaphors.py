"""Whom a pronoun, description or document means when the article's copy names it another way: an
unnamed source a "he" goes on with. Invented articles, written for these tests; each rule has
negative cases."""

from __future__ import annotations

import pytest

import quotes


def speakers_of(text: str) -> list[tuple[str, str | None, str]]:
    """(speaker, role, type) of every attributed quote, in text order."""
    return [(q.speakers[0].name, q.speakers[0].role, q.speakers[0].type.value)
            for q in quotes.extract(text, "case.txt") if q.speakers]


# (article, role the last quote's speaker holds, name it must not have): a "he" or "she" right after
# an unnamed source spoke is that source, not a person named before it
UNNAMED_CASES = [
    ("Peter Hain said the rules were clear.\n\n"
     "A Labour Party spokesman told the BBC the party avoided those lists. But that did not happen "
     "for some calls. “When we ask which party they will vote for, that is not marketing,” he said.",
     "spokesman", "Peter Hain"),
    ("Susan Wojcicki, a Google vice president, said the plan was good.\n\n"
     "Harvard is limiting its participation. A spokeswoman for Oxford University said the books "
     "would include novels. “Important works will be made available to everyone,” she said.",
     "spokeswoman", "Susan Wojcicki"),
]

# (article, speaker of the last quote): a person named after the unnamed source is the "he"
UNNAMED_NEGATIVE = [
    ("A Labour Party spokesman said the party avoided those lists. Later Peter Hain said the rules "
     "were clear. “It is not marketing,” he said.",
     "Peter Hain"),
    ("A Labour Party spokesman said the party avoided those lists.\n\n"
     "Peter Hain, the party chairman, disagreed. “It is marketing,” he said.",
     "Peter Hain"),
    # a description of someone named ("the 74-year-old comedian") is no unnamed source
    ("Tom Hale criticised quiz shows. “It is just laughing,” said the 74-year-old comedian. Last week "
     "actor Jim Cole criticised TV for being too safe. “We must be careful,” he said.",
     "Jim Cole"),
]


@pytest.mark.parametrize(("text", "role", "wrong"), UNNAMED_CASES)
def test_pronoun_after_an_unnamed_source_is_that_source(text, role, wrong):
    rows = speakers_of(text)
    assert rows and rows[-1][0] != wrong and rows[-1][1] == role, rows


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_NEGATIVE)
def test_pronoun_after_an_unnamed_source_not_over_a_later_name(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): a document that speaks ("the statement continued") is whoever
# issued it, as an earlier sentence holding its noun names them
ISSUER_CASES = [
    ("On Monday, Acme Records issued a statement that appeared to allow Swift to perform.\n\n"
     "The statement, which was obtained by Variety, claimed that the two firms had made a deal.\n\n"
     "“It should be noted that artists do not need label approval,” the statement continued.",
     "Acme Records"),
    ("According to a report in the Daily Courier, the mayor launched the campaign on Monday.\n\n"
     "“Meth. We’re on it,” the report says of the slogan.",
     "Daily Courier"),
    ("Tony Blair has dismissed the claims. The book, by Sunday Telegraph journalist Robert Peston, was "
     "serialised on Sunday.\n\n“Help me to get through the year,” the book says Mr Blair told him.",
     "Robert Peston"),
    # the nearest name that issues it, not the subject reporting that it did
    ("The Daily Courier said Tom Cook provided a written statement in response to its questions.\n\n"
     "“After reviewing his practices, the secretary believes it was a mistake,” the statement said.",
     "Tom Cook"),
]

# (article, speaker of the last quote): no issuer named outside a quotation: the words stay
ISSUER_NEGATIVE = [
    ("A statement was posted online on Monday.\n\n"
     "“We were shocked to see her posts,” the statement read.",
     "the statement"),
    ("“At no time did Acme Corp issue a statement,” said Tom Hale.\n\n"
     "“We were shocked to see her posts,” the statement read.",
     "the statement"),
    # a name that judges the document did not issue it; a name modifying a noun did not either
    ("A spokesman for Hillary Clinton called a report on her meetings “outrageous.”\n\n"
     "“The meetings were cherry-picked,” the report said.",
     "the report"),
    ("Ted Cruz is giving away a shotgun. The GOP presidential candidate sent out an email to supporters.\n\n"
     "“You can further support the cause,” the email says.",
     "the email"),
    # a name that speaks of the document ("in the report") did not issue it; a modified noun is another document
    ("The report did not provide evidence that China was behind the hack. Tom Cook, a security expert, said "
     "there was no evidence in the report that the government was behind it.\n\n"
     "Hackers also accessed the computer of the chairman, according to the report.",
     "the report"),
    ("Acme Corp issued a report on Monday.\n\n“The hackers got in,” the congressional report said.",
     "the congressional report"),
    # a name a preposition governs is no issuer ("in Afghanistan")
    ("Two soldiers were killed in a crash in Afghanistan, the military said in a statement.\n\n"
     "“The cause of the crash is under investigation,” the statement said.",
     "the statement"),
]


@pytest.mark.parametrize(("text", "speaker"), ISSUER_CASES + ISSUER_NEGATIVE)
def test_document_speaks_for_its_issuer(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): "the news organization" is the outlet named before, and only an outlet
NEWS_CASES = [
    ("Markets were mixed after CNBC reported that the mood was poor. The news organization, citing a "
     "source, reported that the talks had stalled.",
     "CNBC"),
    # negative: a company is no news organization
    ("Markets were mixed after Acme Corp reported that profits fell. The news organization, citing a "
     "source, reported that the talks had stalled.",
     "The news organization"),
]


@pytest.mark.parametrize(("text", "speaker"), NEWS_CASES)
def test_news_organization_is_an_outlet(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): "our correspondent" is the outlet's journalist named before
# in that role, else named as the outlet's; a "he" after it goes on with them
OWN_JOURNALIST_CASES = [
    ("BBC correspondent Stephen Cape said the unions were “a formidable force”.\n\n"
     "John Prescott met union leaders on Thursday. Our correspondent said that he understood no deal "
     "had been offered. There was “some possibility” of a deal, he added.",
     "Stephen Cape"),
    ("China has seen two decades of growth, says the BBC's Louisa Lim in Beijing.\n\n"
     "Our correspondent said the results may reflect “endless propaganda”.",
     "Louisa Lim"),
    # negative: no journalist named before: the words stay, never the person named nearby
    ("John Prescott met union leaders on Thursday. Our correspondent said that “no deal” had been offered.",
     "Our correspondent"),
]


@pytest.mark.parametrize(("text", "speaker"), OWN_JOURNALIST_CASES)
def test_our_correspondent_is_the_outlets_journalist(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): "the agency" may be a body named by initials with an
# ampersand ("S&P") as by letters alone ("CBP")
AGENCY_CASES = [
    ("The other ratings agencies upped their rating of Russia. S&P had held back through fear that the "
     "government was dragging its feet. But the agency said that the risks were not over.",
     "S&P"),
]


@pytest.mark.parametrize(("text", "speaker"), AGENCY_CASES)
def test_agency_named_by_initials(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): a name of several words the rules took for a person, which the
# article writes as an organisation's ("in the Hollywood Reporter", "The group …, Big Machine,"), is
# what "it" and "the company" mean; a person's name never is
SHOWN_ORG_CASES = [
    ("Two writers are involved in the project, according to reports in the Hollywood Reporter trade "
     "newspaper. It said scripts have been commissioned for a series.",
     "Hollywood Reporter"),
    ("The group that owns most of her music, Big Machine, says she will be allowed to play. Swift got "
     "support last week.\n\nBut the company says she did not need their permission.",
     "Big Machine"),
    ("Security forces used lethal force to crush protests, said Amnesty International on Tuesday.\n\n"
     "At least 106 protesters have been killed, according to reports received by Amnesty. The "
     "organization believes that the real toll may be higher.",
     "Amnesty International"),
    # negative: a person (a given name opens it) is no company
    ("Tom Hale, who owns most of her music, says she will be allowed to play.\n\n"
     "But the company says she did not need their permission.",
     "the company"),
    # negative: "the" alone shows no organisation ("the Hunting Act"): "it" stays the one named before
    ("The Countryside Alliance failed in its attempt to have the Hunting Act ruled invalid. But it says "
     "the ban is unenforceable.",
     "Countryside Alliance"),
    # negative: "it" after a name a preposition governs, when no report is the outlet's
    ("Lawyers gave the tape to the Hollywood Reporter on Friday. It shows an officer aiming a gun.",
     None),
]


@pytest.mark.parametrize(("text", "speaker"), SHOWN_ORG_CASES)
def test_name_written_as_an_organisation(text, speaker):
    rows = speakers_of(text)
    if speaker is None:
        assert all(r[0] != "Hollywood Reporter" for r in rows), rows
    else:
        assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): "His office said" is the office of the person "his" means
OFFICE_CASES = [
    ("Teachers did not see Eric Holcomb at the Statehouse on Tuesday. His office said he was keeping "
     "plans for traveling to Florida.",
     "Eric Holcomb's office"),
]


# (article, the speaker the last quote must NOT get): a party is no one's own body
OFFICE_NEGATIVE = [
    ("Senator Ben Cardin spoke on Monday. His party said the tax plan was “dead on arrival”.",
     "Ben Cardin's party"),
]


@pytest.mark.parametrize(("text", "wrong"), OFFICE_NEGATIVE)
def test_his_party_is_no_ones_own(text, wrong):
    rows = speakers_of(text)
    assert all(r[0] != wrong for r in rows), rows


@pytest.mark.parametrize(("text", "speaker"), OFFICE_CASES)
def test_his_office_is_that_persons(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows


# (article, speaker of the last quote): "they" speaking, with no group before it, is the organisation
# that is the subject of the sentence before (copy that makes an organisation plural)
THEY_CASES = [
    ("The group that owns most of her music, Big Machine, says she will be allowed to play.\n\n"
     "Big Machine have twice denied doing anything wrong.\n\n"
     "“At no point did we say Taylor could not perform,” they said in a statement.",
     "Big Machine"),
    ("The company that runs the awards, Dick Clark Productions, denies that anything has been sorted.\n\n"
     "“Any final agreement needs to be made with her team. We have no further comment,” they said.",
     "Dick Clark Productions"),
    # negatives: people named after the organisation; an organisation that is no subject; a label
    ("Climate deal will not erase doubts\n\nABSTRACT.\n\nUnless countries develop better plans, they say, "
     "the world could suffer “profound consequences”.", "they"),
    ("Acme Corp fired two engineers on Monday. “We were treated unfairly,” they said.", "they"),
    # the group that opens the sentence before is whom "they" means (collective.subject_before), never Acme
    ("Two engineers were fired by Acme Corp on Monday. “We were treated unfairly,” they said.", "two engineers"),
]


@pytest.mark.parametrize(("text", "speaker"), THEY_CASES)
def test_they_is_the_organisation_subject_before(text, speaker):
    rows = speakers_of(text)
    assert rows and rows[-1][0] == speaker, rows
