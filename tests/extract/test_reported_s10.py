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


@pytest.mark.parametrize("text, content, speaker", [
    # a participle opening the sentence reports the clause up to its comma, said by the main clause's source
    ("Saying Dunmore must change direction, Mr Howard argues the state is too big.", "Dunmore must change direction",
     "Howard"),
    ("Arguing that voters are only now tuning in, Jane Doe has said she will be heard.",
     "voters are only now tuning in", "Jane Doe"),
])
def test_a_fronted_participle_reports_its_clause(text, content, speaker):
    found = spoken(text)
    assert content in found, found
    assert speaker in found[content]


@pytest.mark.parametrize("text", [
    "Speaking to reporters, Jane Doe said the plan was dead.",  # "speaking" takes no clause
    "Saying he was tired, Jane Doe left the room.",  # no reporting verb in the main clause names its source
])
def test_fronted_participles_that_report_no_clause(text):
    first = text.split(",")[0]
    assert not any(piece in first for piece in spoken(text) if len(piece) > 10 and piece in first)


@pytest.mark.parametrize("text, before, after", [
    # the model took the clause before a cue set off by commas only: the rest after the cue is a further piece
    ("Jane Doe of Acme ran the survey. One possible reason for the delays, Ms Doe says, is the fact that more "
     "customers are calling from their phones.", "One possible reason for the delays",
     "is the fact that more customers are calling from their phones"),
])
def test_the_rest_of_a_clause_interrupted_by_its_cue(text, before, after):
    found = spoken(text)
    assert before in found and after in found, found
    assert found[after] == found[before]


@pytest.mark.parametrize("text, writers", [
    # what opens after the cue is the writer's: a participle, a coordinated clause, an adjunct, a relative
    ("Targeting audiences is key to the budget, Jane Doe said, offering the example of a campaign.", "example"),
    ("Sales at the firm will fall this year, Jane Doe said, as the market shrinks.", "market shrinks"),
    ("Prices at the pumps will rise, Jane Doe said, in a speech to the chamber.", "speech"),
])
def test_no_rest_where_the_writer_goes_on(text, writers):
    before = {piece for piece in spoken(text) if writers in piece}
    baseline = {"offering the example of a campaign"}  # the model's own participle row, older than this rule
    assert before <= baseline
