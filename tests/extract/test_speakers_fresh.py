"""Wrong or missing speakers found by the error analysis of the seven beats splits (session 8): tables of
invented sentences, positive and negative rows, US-politics counter-examples among them."""

from __future__ import annotations

import pytest

from quotes.api import extract


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
