"""A quotation with no cue right after a sentence of its paragraph that paraphrases someone's speech is
that someone's words (session 7; found reading round six after it was scored): table of invented
sentences, positive and negative rows."""

from __future__ import annotations

import pytest

from quotes.api import extract
from tests.helpers.extraction import speaker_named

PARAPHRASE_THEN_QUOTE = [
    # the paraphrase's speaker, named or by pronoun, gives the uncued quotation after it
    ('The minister spoke on Monday.\n\nMrs Ann Lowe warned that a lack of action could lead to further action in '
     'the courts. "If the government does not accept this ruling, there is further redress."',
     "If the government", "Ann Lowe"),
    ('Senator Tom Hale visited the plant.\n\nHale said the deal would cost jobs in the state. "We will fight '
     'this every step of the way."', "We will fight", "Tom Hale"),
    # negative: a quotation in the sentence before (the continuation rule) keeps its own speaker
    ('Ann Lowe spoke first. "It is a scandal," said Tom Hale. "Nobody listened to us."', "Nobody listened",
     "Tom Hale"),
    # negative: a sentence with no reporting cue before the quotation gives nobody
    ('Ann Lowe arrived in Leeds on Monday. The hall was full. "Nobody listened to us."', "Nobody listened", None),
    # negative: a paraphrase in the paragraph before is no lead (a new paragraph may bring a new voice)
    ('Ann Lowe said the deal would cost jobs.\n\n"Nobody listened to us."', "Nobody listened", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PARAPHRASE_THEN_QUOTE)
def test_a_quote_after_a_paraphrase_is_the_paraphrased_speakers(text, words, speaker):
    assert speaker_named(text, words) == speaker


# a second main clause whose named subject reports speech is whom the next "he"/"she" quotes
LATER_REPORTER = [
    ("Wales won again.\n\nTom Hale's side has shown little in attack, but Bill Roe insisted the Scots will be hard to "
     'beat. "They are really brave opposition," he said.', "They are really brave", "Bill Roe"),
    ('Tom Hale won the vote, and Bill Roe said he was pleased. "It was a fair fight," he said.', "It was a fair",
     "Bill Roe"),
    # negatives: no reporting verb after the second subject, or no second clause: the opener stays the topic
    ("Wales won again.\n\nTom Hale's side has shown little in attack, but Bill Roe was absent on Sunday. "
     '"They are really brave opposition," he said.', "They are really brave", "Tom Hale"),
    ("Mr. Barack Obama's bet is that voters will come round. \"We will win this,\" he said.", "We will win",
     "Barack Obama"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LATER_REPORTER)
def test_he_after_a_second_clause_that_reports_is_its_reporter(text, words, speaker):
    assert speaker_named(text, words) == speaker


# a finding a name owns speaks for whoever published it: the owner, a body when one word names it
OWNED_FINDINGS = [
    ("Globex's research has shown that consumers divide into different groups.", "consumers divide",
     ("Globex", "organisation")),
    ("Tom Hale's study found that the drug worked in most of the patients.", "the drug worked",
     ("Tom Hale", "person")),
    # negative: a person's owned role noun is someone of theirs, not them
    ("Tom Hale's spokesman said that the drug worked in most of the patients.", "the drug worked",
     ("Tom Hale's spokesman", "person")),
]


@pytest.mark.parametrize(("text", "words", "expected"), OWNED_FINDINGS)
def test_a_finding_a_name_owns_is_its_publishers(text, words, expected):
    for q in extract(text):
        if q.spans[0].text.startswith(words):
            assert (q.speakers[0].name, q.speakers[0].type.value) == expected
            return
    raise AssertionError(f"no quote starts with {words!r}")
