"""Reported frames the rules did not read (session 8): a copula and a stance adjective holding a clause ("She was
sceptical that …", "The Green Party is concerned thousands … may not vote"), whose named subject voices a belief
(data/stance_adjectives.txt; PolNeAR train annotates every such frame in narration as an attribution).

Invented sentences through the real pipeline (stanza, the learned stage, the rules), and the cues alone.
"""

from __future__ import annotations

import pytest

import quotes
from quotes import QuoteKind
from quotes.extract.cues import CueKind
from quotes.extract.document import read_document


def _reported(text: str) -> list[tuple[str, str | None]]:
    """Each indirect row's first piece and its first speaker's name."""
    return [(q.spans[0].text, q.speakers[0].name if q.speakers else None)
            for q in quotes.extract(text, "case.txt") if q.kind == QuoteKind.INDIRECT]


def _stance_cues(text: str) -> list[tuple[str, str | None]]:
    doc = read_document(text, "case.txt")
    return [(c.text, c.source.name if c.source else None)
            for unit in doc.units for c in doc.cues[unit.index] if c.kind is CueKind.STANCE]


# (sentence, the reported clause, its speaker): the learned stage misses these, the stance frame reads them
STANCE_REPORTED = [
    ("Senator Elizabeth Warren spoke in Boston on Monday. She was sceptical that the bill would pass the Senate "
     "before the recess.",
     "the bill would pass the Senate before the recess", "Elizabeth Warren"),
    # no "that": a clause whose finite verb follows within a few words, an organisation's stance
    ("The Democratic Party is concerned thousands of voters in Ohio may not be able to register in time.",
     "thousands of voters in Ohio may not be able to register in time", "Democratic Party"),
    ("Governor Ray Finch spoke to reporters. He remained hopeful the legislature would approve the budget by June.",
     "the legislature would approve the budget by June", "Ray Finch"),
    ("Mrs Hillary Clinton was not convinced the polls were accurate.", "the polls were accurate", "Hillary Clinton"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), STANCE_REPORTED)
def test_a_stance_frame_with_a_clause_is_reported(text, content, speaker):
    assert (content, speaker) in _reported(text)


# (sentence, the cue's words, its source): the frame itself, copula and adjective, adverbs between
STANCE_CUES = [
    ("Senator Ted Cruz is confident that he will carry Texas.", "is confident", "Ted Cruz"),
    ("Mr Bernie Sanders is adamant that the nomination is still open.", "is adamant", "Bernie Sanders"),
    ("Jeb Bush remained very optimistic his campaign could recover in Florida.", "remained optimistic", "Jeb Bush"),
    ("Nancy Pelosi was acutely aware that the vote would be close.", "was aware", "Nancy Pelosi"),
]


@pytest.mark.parametrize(("text", "cue", "source"), STANCE_CUES)
def test_the_stance_cue_names_its_subject(text, cue, source):
    assert _stance_cues(text) == [(cue, source)]


# no clause, no copula, no named subject: no stance cue (US-politics counter-examples)
NO_STANCE = [
    "Donald Trump is confident of victory in Florida.",  # a noun object, no clause
    "Senator John Cole is confident enough to skip the debate.",  # an infinitive, no clause
    "Senator John Cole was hopeful again after the votes were counted.",  # an adverb, then the writer's clause
    "Nancy Pelosi was aware of the risks to the bill.",
    "The governor's aides were worried about turnout in Detroit.",
    "It is clear that Bernie Sanders has no plan to get out of the race.",  # "it": nobody holds the belief
    "Mike Pence gave a confident speech that won over the delegates.",  # an adjective before a noun
    "Some Republicans are concerned that the primary could turn ugly.",  # no named source (the beats gold's rule)
    # a question the writer or a reporter asks: the stance is not asserted
    "It is unclear if Ted Cruz is aware that most of the funding comes from federal grants.",
    "Asked whether he was concerned that Donald Trump would win, Ban Ki-moon smiled.",
]


@pytest.mark.parametrize("text", NO_STANCE)
def test_no_stance_cue_without_a_clause_or_a_named_subject(text):
    assert _stance_cues(text) == []


def test_a_guessed_stance_is_no_cue():
    """"might be worried": a modal makes the stance a guess (the sentence's speaker speculates), not one held."""
    assert _stance_cues("Senator John Cole might be worried that the emails could leak.") == []


def _verb_cues(text: str, lemma: str) -> list[tuple[str, str | None, bool]]:
    doc = read_document(text, "case.txt")
    return [(c.text, c.source.name if c.source else None, c.complement is not None)
            for unit in doc.units for c in doc.cues[unit.index] if c.lemma == lemma]


# (sentence, the reported clause, its speaker): verbs the lexicon lacked (data/README.md: PolNeAR train counts)
VERB_REPORTED = [
    ("Afterwards the governor said the parks were safe but accepted that many parents now worried about the cost "
     "of tickets.",
     "many parents now worried about the cost of tickets", "the governor"),
    # "shown", the participle the lexicon's "show" lacked
    ('Pew\'s research has shown that voters divide into different "tribes" that watch cable news in different ways.',
     "voters divide into different", "Pew"),
]


@pytest.mark.parametrize(("text", "content", "speaker"), VERB_REPORTED)
def test_a_new_reporting_verb_reports_its_clause(text, content, speaker):
    assert (content, speaker) in _reported(text)


# (sentence, lemma, the cue's words, source, whether it holds a clause)
VERB_CUES = [
    ("Senator Ted Cruz pointed out that Trump had donated to Democrats.", "point", "pointed out", "Ted Cruz", True),
    ("However, Senator Dana Cole pointed out it is difficult to draw conclusions from one poll.", "point",
     "pointed out", "Dana Cole", True),
    ("Wells Fargo analyst Zachary Fadem points out a couple of reasons investors should not worry.", "point",
     "points out", "Zachary Fadem", False),  # an object, no clause
    ("A Fed official, Jane Roe, speculated that rates would rise in June.", "speculate", "speculated", "Jane Roe", True),
    ("Marissa Mayer hinted that the company was pleased with retention so far.", "hint", "hinted", "Marissa Mayer", True),
]


@pytest.mark.parametrize(("text", "lemma", "cue", "source", "clause"), VERB_CUES)
def test_the_new_verb_cue(text, lemma, cue, source, clause):
    assert _verb_cues(text, lemma) == [(cue, source, clause)]


# no clause: no cue, or a cue with no clause (US-politics counter-examples)
NO_VERB_CUE = [
    ("Donald Trump pointed to the polls in Ohio.", "point"),
    ("Ed Balls hinted at a Budget giveaway in March.", "hint"),
    ("Governor Jerry Brown hinted at that in a news conference Monday.", "hint"),  # "that" a pronoun after "at"
    ("Senator Kamala Harris accepted the nomination in Cleveland.", "accept"),
]


@pytest.mark.parametrize(("text", "lemma"), NO_VERB_CUE)
def test_no_verb_cue_without_its_clause(text, lemma):
    assert _verb_cues(text, lemma) == []


# verbs of commitment report a clause only after "that" (an infinitive or an object far more often)
@pytest.mark.parametrize(("text", "reported"), [
    ("Senator Bernie Sanders pledged that he would raise the minimum wage.", ["he would raise the minimum wage"]),
    ("Donald Trump vowed to build a wall on the southern border.", []),
    ("Hillary Clinton pledged $1bn to the fund for veterans.", []),
    ('Donald Trump is promising lower taxes and "jobs, jobs, jobs," but he has also intensified his attacks.', []),
])
def test_commitment_verbs_report_only_a_that_clause(text, reported):
    assert [c for c, _ in _reported(text)] == reported


# a source-last description with a verb that is a noun as often ("reports", "states"): right after a short phrase
# set off by a comma, at the sentence's end, it is the verb
@pytest.mark.parametrize(("text", "reported"), [
    ("Turnout among young voters in Iowa rose for the first time in a decade, a new study reports.",
     [("Turnout among young voters in Iowa rose for the first time in a decade", "a new study")]),
    ("Senator Dana Cole will not run for governor again, the local newspaper reported.",
     [("Senator Dana Cole will not run for governor again", "the local newspaper")]),
    # no comma before the phrase: "shows" is a noun
    ("Senator Dana Cole watched the debate and the late-night TV shows.", []),
])
def test_a_set_off_source_last_description_reports(text, reported):
    assert [(c, s) for c, s in _reported(text)] == reported
