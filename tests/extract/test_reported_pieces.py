"""Reported speech around a partial quote, and cues the rules used to miss (issue 22, K1/K2).

Invented sentences through the real pipeline (stanza, the learned stage, the rules): what a reader
would take as the reported pieces of each sentence, and whose they are.
"""

from __future__ import annotations

import pytest

import quotes
from quotes import QuoteKind
from quotes.extract.settings import ExtractSettings


def _rows(text: str):
    return quotes.extract(text, "case.txt")


def _indirect_pieces(text: str) -> list[str]:
    return [s.text for q in _rows(text) if q.kind == QuoteKind.INDIRECT for s in q.spans]


# (sentence, pieces a reader takes as the reported clause around the marked words)
PIECES = [
    # the clause resumes after the closing mark
    ('Club secretary Tom Berry has confirmed the club are still "in talks" with Harwood Town.',
     ["the club are still", "with Harwood Town"]),
    ('Senator Dana Cole said the tax plan is a "giveaway to donors" that will hurt working families.',
     ["the tax plan is a", "that will hurt working families"]),
    # source last: the pieces before and after the marks, up to the comma before the source
    ('The new clinic would be "the first of its kind" even if funding arrived late, Maria Lopez said.',
     ["The new clinic would be", "even if funding arrived late"]),
    ('Untreated infection is "almost always fatal", says the health agency.',
     ["Untreated infection is"]),
    # the model's content stops inside the marks: the clause still goes on after them
    ('Mr Hale also believes the party\'s plans to use the money saved from not building "wasteful" toll roads '
     'to hire more teachers would appeal to parents too.',
     ["the party's plans to use the money saved from not building",
      "toll roads to hire more teachers would appeal to parents too"]),
    # a short piece with a subject is kept ("he was")
    ('The director Paul Grant said he was "very happy" with the final cut.',
     ["he was", "with the final cut"]),
    # between two marked spans the comma before the second is the clause's own, not a lead-in's
    ('The cuts have been “deeply painful” and the board is taking steps to avoid them in the future but at the '
     'moment, “we won’t gamble on public safety,” company CEO Ann Vessel said.',
     ["The cuts have been", "and the board is taking steps to avoid them in the future but at the moment"]),
]


@pytest.mark.parametrize(("text", "pieces"), PIECES)
def test_pieces_around_a_partial_quote(text, pieces):
    assert _indirect_pieces(text) == pieces


def test_pieces_share_the_partial_quote_group_and_speaker():
    text = 'Club secretary Tom Berry has confirmed the club are still "in talks" with Harwood Town.'
    rows = _rows(text)
    partial = next(q for q in rows if q.kind == QuoteKind.PARTIAL)
    pieces = [q for q in rows if q.kind == QuoteKind.INDIRECT]
    assert pieces and all(q.group_id == partial.group_id for q in pieces)
    assert {q.speakers[0].name for q in pieces} == {partial.speakers[0].name} == {"Tom Berry"}


# sentences where no piece may come out beside the marked words
NO_PIECE = [
    # a lead-in set off by its comma before the first marks is the writer's
    ('As for the cost, "it will be met by the council," Mayor Rita Gomez said.', "As for the cost"),
    # a lone article before the marks is no piece of its own
    ('Governor Ann Miles told supporters the "stakes are too high" to stay at home.', "the"),
    # a direct quote before ", he said" is that quote's row, not reported speech
    ('"We will win this seat," Representative Joe Park said on Tuesday.', "We will win this seat"),
    # the writer's own clause after ", but" is not the speaker's
    ('Mayor Rita Gomez called the budget "a disaster", but the council approved it anyway.', "the council approved it anyway"),
]


@pytest.mark.parametrize(("text", "absent"), NO_PIECE)
def test_no_piece(text, absent):
    assert absent not in _indirect_pieces(text)


def test_a_direct_quote_keeps_the_reported_clause_cut_at_its_mark():
    # US political counter-example: "said" + a full quoted sentence is a direct quote, and no
    # piece is made from the words after its closing mark
    text = 'Trump said: "We are going to build the wall." The crowd cheered loudly for minutes.'
    assert _indirect_pieces(text) == []


def test_a_partial_another_cue_attributes_keeps_the_clause_speaker():
    # "talking" attributes the title to Obama; the clause around it is still the aide's recollection
    text = 'Benjamin Rowe, one of the president\'s closest aides, recalled Mr. Obama talking about "The Long Road," a best seller.'
    speakers = {q.speakers[0].name for q in _rows(text) if q.kind == QuoteKind.INDIRECT}
    assert speakers == {"Benjamin Rowe"}


# K2: cues the rules and the model found without their clause or their source
# (sentence, the indirect pieces, and their speaker)
DETECTED = [
    # source last, with where and when it was said after the cue
    ("Two soldiers were killed in a crash in the east of the country, the army said in a statement on Wednesday.",
     ["Two soldiers were killed in a crash in the east of the country"], "army"),
    # source last, the addressee after the cue
    ("A further 400 farms are yet to be inspected, the state's Land Institute has told Reuters.",
     ["A further 400 farms are yet to be inspected"], "Land Institute"),
    # a coordinated second reporting verb takes the first clause's subject
    ("The company did not reveal the location and said it was withholding the names of the victims.",
     ["it was withholding the names of the victims"], "company"),
    # a clause ends where "and added that" opens the next one
    ("Senator Ann Park said the bill was dead and added that she would vote against it.",
     ["the bill was dead", "she would vote against it"], "Ann Park"),
    # a time adverbial between the cue and "that"
    ("The company announced over the weekend that it had reached a deal with its lenders.",
     ["it had reached a deal with its lenders"], "company"),
    # "told" and its addressee (a name, a date after it) before "that": the clause follows "that"
    ("Mr Osric told Business Insider in October 2018 that the militia was secular by regional standards.",
     ["the militia was secular by regional standards"], "Osric"),
    ("Mr Osric told BBC's Breakfast with Frost programme that the minister had a real opportunity on Monday.",
     ["the minister had a real opportunity on Monday"], "Osric"),
    # an object with a determiner before "that" is no addressee: "that" opens a relative clause
    ("Mr Osric told Jorvik Radio the plan that he drew up was dead.",
     ["the plan that he drew up was dead"], "Osric"),
]


@pytest.mark.parametrize(("text", "pieces", "speaker"), DETECTED)
def test_detected_reported_speech(text, pieces, speaker):
    rows = [q for q in _rows(text) if q.kind == QuoteKind.INDIRECT]
    assert [s.text for q in rows for s in q.spans] == pieces
    assert all(speaker in q.speakers[0].name for q in rows)


# no reported speech: a verb that is no speech act, or no reporting verb next to the source
NOT_REPORTED = [
    "If Governor Ann Miles is elected, the losing side could be expected to take the case to the Supreme Court.",
    "But in July 2012, the coal company failed as predicted.",
    "Senator Joe Park was criticized for policies that opponents see as abuses of executive power.",
    "The treaty names Russia as North Korea's only ally and considered the only country that can restrain it.",
]


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_not_reported_speech(text):
    assert _indirect_pieces(text) == []


# cue verbs of VerbNet's say-37.7 and complain-37.8 classes with a that-clause: the rules find
# them (the learned stage off, so that the test sees the rules' cue list)
@pytest.mark.parametrize(("text", "clause"), [
    ("Attorney General Dana Cole alleged that the firm had hidden its losses from investors.", "the firm had hidden its losses from investors"),
    ("Senator Ann Park revealed that she would not seek a third term next year.", "she would not seek a third term next year"),
    ("Union leader Tom Hale complained that the new shifts left workers exhausted.", "the new shifts left workers exhausted"),
])
def test_verbnet_cue_verbs(text, clause):
    rows = quotes.extract(text, "case.txt", settings=ExtractSettings(learned_stage=False))
    assert [s.text for q in rows if q.kind == QuoteKind.INDIRECT for s in q.spans] == [clause]


# a participle after the main clause takes its subject; a country opening the sentence speaks
# as its government (the rules: the learned stage off)
@pytest.mark.parametrize(("text", "clause", "speaker"), [
    ("The US welcomed the exchange, saying the hostages had suffered from their ordeal.",
     "the hostages had suffered from their ordeal", "US"),
    ("In Iowa, Trump attacked Clinton, saying she had lied about her emails.",
     "she had lied about her emails", "Trump"),
])
def test_participle_takes_the_main_subject(text, clause, speaker):
    rows = [q for q in quotes.extract(text, "case.txt", settings=ExtractSettings(learned_stage=False))
            if q.kind == QuoteKind.INDIRECT]
    assert [(s.text, q.speakers[0].name) for q in rows for s in q.spans] == [(clause, speaker)]


def test_a_place_after_a_preposition_is_no_participle_source():
    text = "In Ohio, thousands of voters rallied outside the hall, saying they wanted change."
    rows = quotes.extract(text, "case.txt", settings=ExtractSettings(learned_stage=False))
    assert all(q.speakers[0].name != "Ohio" for q in rows if q.speakers)


def test_a_name_called_by_someone_is_theirs_and_no_clause_runs_around_it():
    # "called a “job killer” by Senator Park": the passive's agent says the words; the verb of
    # the sentence ("passed") reports nothing, so no piece is made around the marks
    text = 'The plan, called a "job killer" by Senator Ann Park, passed the House on Tuesday.'
    rows = _rows(text)
    assert [(q.kind, q.speakers[0].name) for q in rows] == [(QuoteKind.PARTIAL, "Ann Park")]


def test_a_participle_with_an_object_reports_nothing():
    # "warning of secondary sanctions": an object after a preposition, not a reported clause
    text = ("Washington has also said it will take a tougher line against banks that help Moscow, "
            "warning of secondary sanctions against them.")
    assert "secondary sanctions against them" not in _indirect_pieces(text)


def _found(text: str, cue: str, content: str):
    from quotes.learn.tagger import FoundAttribution
    from quotes.types import Span
    c, k = text.index(cue), text.index(content)
    return FoundAttribution(0, (Span(c, c + len(cue), cue),), Span(0, 9, text[:9]), (Span(k, k + len(content), content),), ())


# the model's content of a verb that takes no clause ("cancelled") running over a participle of its attributions
# that takes one ("saying") gives way to it; a finite verb inside ("claims") or a clause-taking outer cue does not
@pytest.mark.parametrize(("text", "outer", "inner", "gives_way"), [
    ("Jane Vane cancelled an appearance at the premiere saying she was too ill to fly.",
     ("cancelled", "an appearance at the premiere saying she was too ill to fly"), ("saying", "she was too ill to fly"), True),
    ("Jane Vane needs to know what loopholes Mr Osric claims to use.",
     ("needs", "to know what loopholes Mr Osric claims to use"), ("claims", "to use"), False),
    ("Jane Vane said the firm was broke, saying it had no cash.",
     ("said", "the firm was broke, saying it had no cash"), ("saying", "it had no cash"), False),
])
def test_a_non_speech_content_gives_way_to_a_participle(text, outer, inner, gives_way):
    from quotes.extract.document import read_document
    from quotes.extract.reported import _holds_speech_cue
    unit = read_document(text, "case.txt").units[0]
    a, b = _found(text, *outer), _found(text, *inner)
    assert _holds_speech_cue(unit, a, (a, b)) is gives_way
