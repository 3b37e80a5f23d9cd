"""quotes.extract.nested: reported speech inside reported speech ("Mr Osric said the minister had told him that
the plant would close") is a second row, spoken by the inner verb's subject, and the outer clause holds it; a
relative "who said" reports its antecedent's words ("a man who said he was a doctor")."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import QuoteKind


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(" ".join(s.text for s in q.spans), q.speakers[0].name if q.speakers else None)
            for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize("text, inner, speaker", [
    # a description opening the outer clause, auxiliaries before the verb, "that" after the addressee
    ("Mr Osric said the minister had told him that the plant would close in May.",
     "the plant would close in May", "unnamed minister"),
    # no "that"; the addressee a pronoun
    ("Ms Vane said her lawyer told her the contract was void.", "the contract was void", "unnamed lawyer"),
    # a name with its honorific and a time adjunct before the verb
    ("Ms White said Mr Osric last week told her the plant would close in May.", "the plant would close in May", "Osric"),
    # a plural subject
    ("The mayor said officials told him the bridge was safe.", "the bridge was safe", "officials"),
    # the addressee a noun before "that"
    ("Mr Osric said the minister had told parliament that the plant would close in May.",
     "the plant would close in May", "unnamed minister"),
    # a relative "who said" after an object: its antecedent speaks, up to the relative clause's comma
    ("He said he was questioned by a British man who said he was from the embassy, shortly after his arrest.",
     "he was from the embassy", "unnamed british man"),
    ("He met a man who said he was a doctor.", "he was a doctor", "unnamed man"),
    # the subject of a subordinate clause inside the outer one; a clause may open with "it"
    ("Mr Osric said he backed the plans as the police said they would help fight crime.",
     "they would help fight crime", "police"),
    ("Mr Osric said the plant closed because the owners told him it was losing money.", "it was losing money", "owners"),
    # a passive "told by": the agent tells, inside a reported clause or not
    ("Senator Jane Osric said she was told by the Senate Rules Committee that the tapes were stolen from a plane.",
     "the tapes were stolen from a plane", "Senate Rules Committee"),
    ("He was told by officials that he would never be allowed back.", "he would never be allowed back", "officials"),
    ("Mr Osric was told by the Jorvik council that the plant would close in May.",
     "the plant would close in May", "the Jorvik council"),
])
def test_the_inner_clause_is_its_subjects(text, inner, speaker):
    assert (inner, speaker) in _indirect(text)


@pytest.mark.parametrize("text", [
    # no clause after the verb: an infinitive
    "Mr Osric said the minister told him to resign over the affair.",
    # "tells" with an object before a result clause ("so many lies that …")
    "Mr Osric said Jones tells so many lies that nobody could follow the debate.",
    # "who told" is a relative clause's object, not a report ("told him the news")
    "Mr Osric said the man who told him the news had left the town.",
    # a relative clause of the sentence's subject runs into the main verb
    "The man who said he saw the crash has been found.",
    # a subordinator before a subject that is none of a speech verb's ("as the sun said" is no description)
    "Mr Osric said the plant closed as the river rose over the banks.",
    # a passive "told by" with no clause after it
    "Mr Osric said he was told by officials to stay at home for a week.",
    # the inner subject a pronoun: the outer speaker's own words, one row
    "Mr Osric said he had told them the plant would close in May.",
])
def test_no_inner_clause(text):
    assert len(_indirect(text)) <= 1


def test_the_outer_clause_holds_the_inner_one():
    rows = _indirect("Mr Osric said the minister had told him that the plant would close in May.")
    assert ("the minister had told him that the plant would close in May", "Osric") in rows


def test_a_plain_clause_has_one_row():
    assert len(_indirect("The minister told him the plant would close in May.")) == 1
