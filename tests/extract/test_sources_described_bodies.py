"""Affiliations named through a description of the body, and coordinated possessors (session 10, lead's
fact-checker reading): "spokesman for athletics' ruling body the IAAF" is a spokesman of the IAAF; in
"Nathalie Dechy of France and Russia's Elena Dementieva" the second possessor opens another person."""

from __future__ import annotations

import pytest

from tests.helpers.extraction import first_speaker

CASES = [
    # (text, role, affiliation)
    ("Tom Hale, spokesman for athletics' ruling body the IAAF, said: \"We cannot comment on the case.\"",
     "spokesman", "IAAF"),
    ("Ann Roe, a spokeswoman for the trade body Intellect, said: \"The market is growing fast.\"",
     "spokeswoman", "Intellect"),
    ("Jim Bell, head of football's governing body Fifa, said: \"We will look at the rules again.\"",
     "head", "Fifa"),
    # negative: a lowercase complement naming no body stays with the role
    ("Ann Lee, a lawyer for the family, said: \"We are very happy with the result today.\"",
     "lawyer for the family", None),
    # negative (US politics): an ordinary of-complement keeps its whole organisation name
    ("Robert Kagan, a senior fellow at the Council on Foreign Relations, said: \"The deal is a mistake for America.\"",
     "senior fellow", "Council on Foreign Relations"),
]


@pytest.mark.parametrize(("text", "role", "affiliation"), CASES)
def test_a_body_named_by_its_description(text, role, affiliation):
    speaker = first_speaker(text)
    assert (speaker.role, speaker.affiliation) == (role, affiliation)


COORDINATED = [
    # (text, speaker, affiliation)
    ("The players named were Nathalie Dechy of France and Russia's Elena Dementieva. "
     "\"I am really upset about it,\" Dechy said.", "Nathalie Dechy", "France"),
    # negative: a company whose name joins two words with "and" keeps both
    ("Jo Bloggs of Marks and Spencer said: \"Sales were better than we expected this winter.\"",
     "Jo Bloggs", "Marks and Spencer"),
]


@pytest.mark.parametrize(("text", "speaker", "affiliation"), COORDINATED)
def test_a_coordinated_possessor_opens_another_person(text, speaker, affiliation):
    found = first_speaker(text)
    assert (found.name, found.affiliation) == (speaker, affiliation)


OPENERS = [
    # (text, affiliation): a sentence-opening common word before a nationality is no part of a name
    ("Veteran US diplomat Dick Clark said he was hopeful of getting better soon.", "US"),
    # a capitalised remit between the country and a lowercase post is the post's, not a body
    ("German Economy minister Wolfgang Clement said the reforms would cut the jobless rate.", "Germany"),
    # negative: a two-word country keeps both words
    ("South African president Thabo Mbeki said the talks had gone well.", "South Africa"),
    # negative (US politics): a name of two capitalised words before a role is kept whole
    ("Fox News host Sean Hannity said the debate had been rigged.", "Fox News"),
]


@pytest.mark.parametrize(("text", "affiliation"), OPENERS)
def test_a_sentence_opening_word_is_no_affiliation(text, affiliation):
    assert first_speaker(text).affiliation == affiliation
