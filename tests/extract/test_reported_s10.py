"""quotes.extract.reported and cues, session 10: reported clauses the tool missed (a source closing the sentence
after a comma, a premodified "according to" source, a verb coordinated with the sentence's first verb, an
adverbial between a cue and its clause, "felt that", a subject across "now"/"always", "say two reports")."""

from __future__ import annotations

import pytest

import quotes


def indirect(text: str):
    return [q for q in quotes.extract(text, "case.txt") if q.kind.value == "indirect"]


def spoken(text: str) -> dict[str, str]:
    return {piece.text: (q.speaker.name if q.speaker else "") for q in indirect(text) for piece in q.spans}


@pytest.mark.parametrize("text, content, speaker", [
    # a source after a verb set off by a comma, closing the sentence, speaks: not the name before the comma
    ("The farmer is the third Dunmore resident to catch the disease known as the Black Death, say officials.",
     "The farmer is the third Dunmore resident to catch the disease known as the Black Death", "officials"),
    ("Prices will rise again next spring, say two reports.", "Prices will rise again next spring", "two reports"),
    # "according to" a person named after a few words of description
    ("Worse could follow, according to former Dunmore team member Chris Bailey.", "Worse could follow",
     "Chris Bailey"),
    # a subject across "now" / "always"
    ("But a parliamentary commission has now ruled that the controlling stake is too high.",
     "the controlling stake is too high", "parliamentary commission"),
    ("Labour has always maintained Mr Brown would have a central campaign role.",
     "Mr Brown would have a central campaign role", "Labour"),
    # a verb coordinated with the sentence's first verb shares its subject
    ("However, the group raised alarm at the terms of the deal, and said that employees were told to sign by Monday.",
     "employees were told to sign by Monday", "group"),
    ("The Conservatives are yet to unveil their plans for childcare but said in November they would raise "
     "maternity pay.", "they would raise maternity pay", "Conservatives"),
    # "felt that" of a named person
    ("Mr Jolin tipped Phil Davis for a prize but felt that Heather Craney could be outdone by Kate Winslet.",
     "Heather Craney could be outdone by Kate Winslet", "Jolin"),
    # a short adverbial between the cue and its clause's subject
    ("Anna Smith said on Twitter it was a hoax.", "it was a hoax", "Anna Smith"),
])
def test_clauses_the_tool_now_reports(text, content, speaker):
    found = spoken(text)
    assert content in found, found
    assert speaker in found[content]


@pytest.mark.parametrize("text, wrong", [
    # a fronted clause's subject is not the coordinated verb's ("After Smith was arrested, …")
    ("After Jane Smith was arrested, the house was searched and said to be empty.", "Jane Smith"),
    # a name before a comma with a participle after it, no source closing the sentence: no source after the verb
    ("The ruling was backed by Dunmore Steel, said to be the largest employer.", "Dunmore Steel"),
])
def test_shapes_that_give_no_such_speaker(text, wrong):
    assert all(wrong not in s for s in spoken(text).values())


@pytest.mark.parametrize("text, words", [
    ("Senator Jane Doe felt sick after the debate.", "sick"),  # "felt" without "that" reports nothing
    ("Senator Jane Doe said in March.", "March"),  # an adverbial with no clause after it
])
def test_shapes_that_report_no_clause(text, words):
    assert not any(words in piece for piece in spoken(text))
