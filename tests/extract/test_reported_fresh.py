"""Reported speech the tool lost on the fresh rounds (session 8): a reporting verb whose subject is a description or
a pronoun that the rules name no one in, a model clause that opens with a prepositional word, and the writer's
adjunct after a closing attribution taken for a clause.

Invented sentences through the real pipeline (stanza, the learned stage, the rules).
"""

from __future__ import annotations

import pytest

import quotes
from quotes import QuoteKind


def _reported(text: str) -> list[tuple[str, str | None]]:
    """(first piece, first speaker's name) of each reported-speech row."""
    return [(q.spans[0].text, q.speakers[0].name if q.speakers else None)
            for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT]


# (text, a reported piece, its speaker): a description or pronoun as the subject of a clause-taking verb
DESCRIBED = [
    ("The Caribbean island's government said the studio planned to film on its beaches.",
     "the studio planned to film on its beaches", "The Caribbean island's government"),
    ("New powers are needed to close disorderly bars for a week, police chiefs have told MPs.",
     "New powers are needed to close disorderly bars for a week", "police chiefs"),
    ("The winger may not recover until March, claims his agent.", "The winger may not recover until March", "his agent"),
    ("Wine makers, however, claimed the support did not go far enough.", "the support did not go far enough",
     "Wine makers"),
    ("It comes after law lords ruled that the detention of the suspects breached human rights.",
     "the detention of the suspects breached human rights", "law lords"),
    # US politics: an unnamed body as the subject
    ("A federal appeals court ruled that the state's voter purge broke the law.",
     "the state's voter purge broke the law", "unnamed federal appeals court"),
    # a pronoun goes to the organisation before it
    ("Ryanair said it had ordered 70 new planes. About 2,500 new jobs should be created in the next seven years, it "
     "added.",
     "About 2,500 new jobs should be created in the next seven years", "Ryanair"),
]


@pytest.mark.parametrize(("text", "piece", "speaker"), DESCRIBED)
def test_described_subject_reports_its_clause(text, piece, speaker):
    assert (piece, speaker) in _reported(text)


# no one reported anything: a form of "be" before the verb, a modal, a capitalised name, a verb phrase before the
# verb, a thinking verb whose description names no one, "I"
NOT_DESCRIBED = [
    "It is said that the deal is dead.",
    "If they failed, the government could deny them mining permits until the work was completed.",
    "Allies in the United States would help Mexico make its case.",
    "The two taped an hourlong show that aired on Thursday.",
    "I have written letters for several of them.",
    "The airline's chief executive believes fares will fall.",
]


@pytest.mark.parametrize("text", NOT_DESCRIBED)
def test_no_described_subject(text):
    assert _reported(text) == []


def test_lead_in_before_a_quotation_is_no_clause():
    text = "As a phone rang, the announcer said, “It’s 3 a.m., and your children are safe.”"
    assert not any(piece.startswith("As a phone") for piece, _ in _reported(text))


# (text, the reported piece): the model's clause opens with a quantity, a fronted adverbial set off by a comma, or
# a short time adverbial before its subject pronoun
OPENINGS = [
    ("Indiana State Police reported at least 5,000 people entered the Statehouse.",
     "at least 5,000 people entered the Statehouse"),
    ("The Liberal Democrats say in the northern cities, the race is between them and Labour.",
     "in the northern cities, the race is between them and Labour"),
    ("Conte faces trial, and White said at first he tried to cover up what he was doing.",
     "at first he tried to cover up what he was doing"),
]


@pytest.mark.parametrize(("text", "piece"), OPENINGS)
def test_clause_opening_with_a_prepositional_word(text, piece):
    assert piece in [p for p, _ in _reported(text)]


# an adjunct after the cue, an agent phrase: no clause
NOT_OPENINGS = [
    "The minister said in a statement on Wednesday.",
    "Senator Ray Hale made the pledge at a veterans conference in Herndon, Virginia on Monday.",
]


@pytest.mark.parametrize("text", NOT_OPENINGS)
def test_prepositional_phrase_is_no_clause(text):
    assert _reported(text) == []


# (text, words no row may hold): the writer's adjunct after an attribution that closes a quotation or clause
ADJUNCTS = [
    ("“I can't breathe,” Eric Garner said before he died.", "before he died"),
    ("“We are not going anywhere,” Michael Flynn said Thursday morning on Fox News.", "Thursday morning"),
]


@pytest.mark.parametrize(("text", "words"), ADJUNCTS)
def test_writers_adjunct_is_no_clause(text, words):
    assert not any(words in piece for piece, _ in _reported(text))


# the same subordinator opening the whole report, or after "that", is the clause
NOT_ADJUNCTS = [
    ("Webb confessed to the kidnapping, admitting that after fighting off the child's mother, he drove to a parking lot.",
     "after fighting off the child's mother, he drove to a parking lot"),
    ("The senator said when he arrived the door was already open.", "he arrived the door was already open"),
]


@pytest.mark.parametrize(("text", "piece"), NOT_ADJUNCTS)
def test_subordinate_clause_reported(text, piece):
    assert any(piece in p for p, _ in _reported(text))


# (text, the reported piece): "tell" and its kin without "that": after the addressee (a name, a person noun, an object
# pronoun) a subject pronoun opens the clause
ADDRESSEES = [
    ("England forward Michael Owen has told the BBC he is happy in Spain and has no plans to leave.",
     "he is happy in Spain and has no plans to leave"),
    ("Governor Ann Ruiz told Fox News she would sign the bill next week.", "she would sign the bill next week"),
]


@pytest.mark.parametrize(("text", "piece"), ADDRESSEES)
def test_clause_after_addressee(text, piece):
    assert piece in [p for p, _ in _reported(text)]


# not a clause: an object with a relative clause ("the story he had heard") stays what it was, and an adverbial
# of more than one word before a pronoun may hold a relative clause
NOT_ADDRESSEES = [
    ("The senator told the story he had heard as a child to the crowd in Ohio.", "the story"),
    ("The appearance hinted at the niche he sees for himself as Election Day nears.", "at the niche"),
]


@pytest.mark.parametrize(("text", "words"), NOT_ADDRESSEES)
def test_object_is_no_clause(text, words):
    assert not any(p.startswith(words) for p, _ in _reported(text))


# (sentence, whether the described subject's "added" reports a clause): without "that", "add" takes a noun object as
# often as a clause; only a subject pronoun opens one
OBJECT_TAKING = [
    ("The new post added another facet to his job as chairman.", False),
    ("The airline added it was planning to cut 2,000 jobs.", True),
    ("The airline added that fares would rise.", True),
]


@pytest.mark.parametrize(("text", "reports"), OBJECT_TAKING)
def test_object_taking_verb_after_description(text, reports):
    from quotes.extract.document import read_document
    from quotes.extract.reported import described_cue

    doc = read_document(text, "case.txt")
    unit = doc.units[0]
    cue = next(c for c in doc.cues[unit.index] if c.lemma == "add")
    assert (described_cue(unit, cue) is not None) == reports
