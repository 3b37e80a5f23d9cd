"""quotes.extract.reported: a source and its cue set off by commas in mid-sentence ("…, Fiat said this week, …",
"The plan, Mr Osric said, was sound", "Then, says Mr Osric, …") report the clause before them, and the rest of
that clause after them, unless the words after open the writer's own clause ("as …", "which …") or an adjunct
("after …")."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import QuoteKind


def _indirect(text: str) -> list[tuple[list[str], str | None]]:
    return [([s.text for s in q.spans], q.speakers[0].name if q.speakers else None)
            for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize("text, pieces, speaker", [
    # an adjunct of time between the cue and its closing comma; "as …" is the writer's clause
    ("Sales are expected to fall in 2005, Jorvik Motors said this week, as it leaves the rental market.",
     ["Sales are expected to fall in 2005"], "Jorvik Motors"),
    # the addressee between the cue and its closing comma
    ("Sales will fall sharply this year, Mr Osric told Time magazine, as the firm leaves the rental market.",
     ["Sales will fall sharply this year"], "Osric"),
    # a prepositional phrase after the cue is the writer's adjunct, not the rest of the clause
    ("The old mill will be turned into a police station, the Jorvik council said on Tuesday, after years of debate "
     "over its future.", ["The old mill will be turned into a police station"], "the Jorvik council"),
    # a participle after the cue may be either's: the model's words after the cue stay
    ("It takes about three years before a new model hits the streets, Mr Osric said, implying that a crossover "
     "could be on sale by 2008.", ["It takes about three years before a new model hits the streets",
                                  "implying that a crossover could be on sale by 2008"], "Osric"),
    # the clause goes on after the cue: both pieces
    ("The plan, Mr Osric said, was sound.", ["The plan", "was sound"], "Osric"),
    ("But although there was no sign of fraud, the bank said, the regulator is looking into the loss.",
     ["But although there was no sign of fraud", "the regulator is looking into the loss"], "the bank"),
    # one word before an inverted cue opens the clause too
    ("He set up a payment page. Then, says Mr Osric, the blogging world found out.",
     ["Then", "the blogging world found out"], "Osric"),
])
def test_a_cue_in_mid_sentence_reports_the_clause_around_it(text, pieces, speaker):
    assert (pieces, speaker) in _indirect(text)


@pytest.mark.parametrize("text, absent", [
    # the cue's own lead-in is not the clause
    ("Asked about the plan, Mr Osric said, the board would decide.", "Asked about the plan"),
    ("In an interview, Mr Osric said, the board would decide.", "In an interview"),
    # "as X said" is no cue set off by commas: nothing before it is X's
    ("The plan failed, as Mr Osric said it would, and the board resigned.", "The plan failed"),
    # a relative clause on the name: its own clause, not a cue set off over the sentence
    ("Juanita Osric, who said Clinton raped her in 1978, recounted the incident on the radio.", "Juanita Osric"),
    # a comma-set cue after a quote mark: the quote is its own row, not a reported clause
    ("“The plan is dead,” Mr Osric said, as he left the room.", "The plan is dead"),
])
def test_words_before_a_mid_sentence_cue_that_are_not_its_clause(text, absent):
    assert all(absent not in piece for pieces, _ in _indirect(text) for piece in pieces)


@pytest.mark.parametrize("text, pieces, speaker", [
    # a cue right after a partial quote's closing mark, no comma: the clause the partial ends
    ('2004 was a "stellar year" said Ruth Osric, head of the Jorvik council.', ["2004 was a"], "Ruth Osric"),
    ('The board called the plan "a disaster" said Mr Osric.', ["The board called the plan"], "Osric"),
])
def test_a_cue_after_a_closing_partial_reports_the_clause_it_ends(text, pieces, speaker):
    assert (pieces, speaker) in _indirect(text)


@pytest.mark.parametrize("text, absent", [
    # a comma inside the marks sets the quote off: no clause ends at the mark
    ("Osric, who calls the mayor a “sociopath,” said he doubts the plan.", "Osric, who calls the mayor a"),
    ("Pollster Ann Osric is happy to be the “silver standard,” says she warned about surprises.", "is happy"),
    ('The endorsements prompted blowback from members ("I want my dues back," wrote Edward Osric, a technician).',
     "The endorsements"),
])
def test_a_cue_after_a_quote_set_off_by_its_comma_takes_no_clause_before(text, absent):
    assert all(absent not in piece for pieces, _ in _indirect(text) for piece in pieces)
