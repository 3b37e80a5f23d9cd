"""Wrong or missing speakers found by the error analysis of the seven beats splits (session 8): tables of
invented sentences, positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from quotes.api import extract
from tests.helpers.extraction import speaker_named


def _row(text: str, inner: str):
    return next(q for q in extract(text) if q.spans[0].text == inner)


# A quotation quoted inside another's, introduced by a speech verb whose subject is someone else: that
# person's words, read as a careful reader does (the verb's subject, inside the outer quotation; "he" is
# the person the outer quotation named before it).
OTHER_VOICE = [
    # (text, nested quote, its speaker; None: a scare quote, nobody's)
    ("\"I asked Henry 'do you want a wall?'. He said 'can I take it please?' He was polite,\" said Graham Poll.",
     "can I take it please?", "Henry"),
    ("\"I said to Harry 'please stay', and he told me 'absolutely not',\" Milan Mandaric said.",
     "absolutely not", "Harry"),
    ("\"Ambassador Gordon Sondland replied that 'He is going to do it,' and we left,\" David Holmes testified.",
     "He is going to do it,", "Gordon Sondland"),
    ("\"Senator Ted Cruz called me and said, 'We won Indiana,' and I laughed,\" Glenn Beck said.",
     "We won Indiana,", "Ted Cruz"),
    # negative: "he" with nobody named before it inside the quotation stays nobody's (not guessed)
    ("\"He said 'can I take it please?' and I let him,\" said Graham Poll.", "can I take it please?", None),
    # negative: the verb is not right before the inner quote ("said it was ‘a disgrace’": a quoted term)
    ("\"Senator Mitch McConnell said it was 'a disgrace' and we agree,\" said Nancy Pelosi.", "a disgrace", None),
    # negative: a verb that gives no words ("wearing ‘…’ shirts"): a scare quote
    ("\"People behind Hillary Clinton were wearing 'Settle For Hillary' shirts,\" said Jeff Bechdel.",
     "Settle For Hillary", None),
    # negative: a quoted term with no speech verb before it
    ("\"The so-called 'reform' is a tax rise,\" said Jane Hill.", "reform", None),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), OTHER_VOICE)
def test_a_nested_quote_is_the_words_of_the_one_the_outer_speaker_reports(text, inner, speaker):
    row = _row(text, inner)
    assert (row.speakers[0].name if row.speakers else None) == speaker
    assert (row.kind.value == "direct") == (speaker is not None)


def test_a_nested_quote_does_not_carry_to_the_outer_speakers_next_quote():
    text = ("\"Coach Frank Vogel came in and said, 'Congratulations,' and I laughed,\" LeBron James said. "
            "\"I just think it's a pretty cool stat.\"")
    assert _row(text, "Congratulations,").speakers[0].name == "Frank Vogel"
    assert _row(text, "I just think it's a pretty cool stat.").speakers[0].name == "LeBron James"


# A he/she later in a sentence whose main clause a named person opens ("X criticised … what he said was …")
# means that person, when no other person the pronoun could mean is named between them.
BOUND_TO_THE_SUBJECT = [
    # (text, quote, its speaker)
    ('Christopher Leslie, the courts minister, told MPs the plan was sound. "It is right," he said.\n\n'
     'Shadow attorney general Dominic Grieve criticised the government on its plans to change what he said was an '
     '"exceptional institution".', "exceptional institution", "Dominic Grieve"),
    ('Bez, the dancer, was evicted. "I loved it," he said.\n\nFeminist icon Germaine Greer quit the show over what '
     'she called "bullying" tactics.', "bullying", "Germaine Greer"),
    ('Chuck Schumer spoke first. "We will win," he said.\n\nSenate leader Mitch McConnell blocked the bill over what '
     'he called "a partisan power grab".', "a partisan power grab", "Mitch McConnell"),
    ('Chuck Schumer spoke first. "We will win," he said.\n\nMitch McConnell was asked about the bill in an '
     'interview, in which he said it was "a partisan power grab".', "a partisan power grab", "Mitch McConnell"),
    # negative: another man named between the subject and "he" (two candidates: the rule stays out)
    ('Bernie Sanders spoke first. "We will win," he said.\n\nJoe Biden attacked Donald Trump after he called the '
     'bill "a disaster".', "a disaster", "Bernie Sanders"),
    # negative: a phrase before the name, not its subject ("In a speech in Leeds, he said …")
    ('Tom Hale spoke first. "We will win," he said.\n\nIn a speech to Ann Lowe, he called the bill "a disaster".',
     "a disaster", "Tom Hale"),
    # negative: a postposed attribution (", he said") of words about the first name
    ('Tom Hale spoke first. "We will win," he said.\n\nJoe Biden has been "a disaster", he said.',
     "a disaster", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), BOUND_TO_THE_SUBJECT)
def test_a_pronoun_inside_the_sentence_means_its_named_subject(text, inner, speaker):
    row = _row(text, inner)
    assert (row.speakers[0].name if row.speakers else None) == speaker


# An attribution set after the words it reports (", Greer said.", ", said Joe Biden.") makes its person the
# sentence's subject for the next "he"/"she" or "the feminist writer", not the first name of the reported words.
POSTPOSED_REPORTER = [
    ('Germaine Greer quit the show. Brigitte Nielsen had panicked that if she reacted badly it could harm her '
     'access to her children, Greer said. The feminist writer and broadcaster said Big Brother had behaved "like a '
     'child rather than a parent".', "like a child", "Germaine Greer"),
    ('Bernie Sanders spoke on Monday. Donald Trump would wreck the economy, Joe Biden told CNN. He said the tax plan '
     'was "a giveaway to the rich".', "a giveaway", "Joe Biden"),
    ('Bernie Sanders spoke on Monday. Donald Trump would wreck the economy, said Joe Biden. He called the tax plan '
     '"a giveaway to the rich".', "a giveaway", "Joe Biden"),
    # an opening "According to X," gives X's account: X, not the subject of the words it reports
    ('Harry Redknapp quit. "It was a shock," Milan Mandaric said. According to Mandaric, Redknapp vowed he would not '
     'join Southampton when he left Portsmouth. "I said to Harry please stay, and he agreed," he said.',
     "I said to Harry", "Milan Mandaric"),
    # negative: no reporting verb after the comma and the name: the sentence's first name stays its subject
    ('Bernie Sanders spoke on Monday. Donald Trump took the stage in Ohio, Joe Biden watched. He called the tax plan '
     '"a giveaway to the rich".', "a giveaway", "Donald Trump"),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), POSTPOSED_REPORTER)
def test_a_postposed_attribution_makes_its_speaker_the_sentence_subject(text, inner, speaker):
    assert speaker_named(text, inner) == speaker
