"""Partial quotes the first reading took for scare quotes (extract/fragments.py).

Invented sentences through the real pipeline: a fragment in marks inside a clause someone in the sentence is
reported to have said, or named by the agent of a passive naming verb, is that speaker's partial quote; a
quoted term no cue reaches stays a scare quote with no speaker.
"""

from __future__ import annotations

import pytest

import quotes
from quotes import QuoteKind


def _marked(text: str, words: str):
    return next(q for q in quotes.extract(text, "case.txt") if q.spans[0].text == words)


# (text, the marked words, the speaker a reader names, the cue)
PARTIALS = [
    # the reported clause of a described subject holds the marks ("NBC was" is too short to be a row itself)
    ('Martin Lowe, a plumber from Leeds, is suing the council. The father of three said the authority was '
     '"failing every family on the estate" with its repairs policy.',
     "failing every family on the estate", "The father of three", "said"),
    # a participle the model found without a source has the source of the clause it hangs on
    ('Acme Foods reported higher sales on Tuesday. The snack maker said the year had begun well, adding it '
     'expected "further gradual growth" in the spring.',
     "further gradual growth", "The snack maker", "adding"),
    # the agent of a passive naming verb: a description after "by"
    ('The Tories say the plan is costly. A failed council scheme to sell parking permits online has been branded '
     'a "shameful waste" by councillors.',
     "shameful waste", "councillors", "branded"),
    ('Rail bosses have met the unions. The new timetable has been labelled a "recipe for chaos" by passenger groups.',
     "recipe for chaos", "passenger groups", "labelled"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "cue"), PARTIALS)
def test_a_fragment_someone_is_reported_to_have_said_is_their_partial_quote(text, words, speaker, cue):
    quote = _marked(text, words)
    assert quote.kind == QuoteKind.PARTIAL
    assert [s.name for s in quote.speakers] == [speaker]
    assert quote.cue is not None and quote.cue.text == cue


SCARES = [
    # no cue reaches the marks
    ('The "special relationship" was on show at the summit.', "special relationship"),
    ('The bill was passed by the Senate after a "marathon" session on Capitol Hill.', "marathon"),
    # the writer's own clause after the reported one (", but", ", which")
    ('Martin Lowe is suing the council. The father of three said the authority was slow, but the "repairs crisis" '
     'went on.', "repairs crisis"),
    ('Martin Lowe is suing the council. The father of three said the repairs were late, which the "Friends of Elm '
     'Estate" group disputes.', "Friends of Elm Estate"),
    # a naming verb whose agent does not follow the marks
    ('The senator\'s speech was called "divisive" in a newspaper column by Republicans.', "divisive"),
]


@pytest.mark.parametrize(("text", "words"), SCARES)
def test_a_term_no_cue_reaches_stays_a_scare_quote(text, words):
    quote = _marked(text, words)
    assert quote.kind == QuoteKind.SCARE
    assert quote.speakers == ()


def test_a_colon_introduces_a_whole_quotation_not_a_fragment_of_the_clause():
    text = ('Labour MPs met the whips. As one angry backbencher said before the meeting: "It is time they listened '
            'to us and it is time they acted."')
    assert _marked(text, "It is time they listened to us and it is time they acted.").kind != QuoteKind.PARTIAL
