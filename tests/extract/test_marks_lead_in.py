"""A quote whose closing mark was left out before the writer's next lead-in ("… a Muslim. He added:
"The …"): the open quote ends at the sentence end before the lead-in, and the mark opens a new quote
(marks._led_in_at), which the lead-in's cue attributes. Invented sentences."""

from __future__ import annotations

import pytest

from quotes.api import extract
from quotes.extract.marks import pair_marks


def _outer(text: str) -> tuple[list[str], list[int]]:
    found = pair_marks(text, 0, len(text))
    outer = sorted((s for s in found.spans + found.cut if s.depth == 0), key=lambda s: s.content.start)
    return [s.content.text for s in outer], list(found.reopening)


LEAD_INS = [
    # positive: the lead-in sentence between a stop and a colon ends the open quote
    ('Hale said: "I lost three years. He added: "They made me what I am." Then he left.',
     ["I lost three years.", "They made me what I am."]),
    ('Hale said: “I lost three years. He added: “They made me what I am.” Then he left.',
     ["I lost three years.", "They made me what I am."]),
    # negatives: a closed quote before the lead-in; a lead-in with no stop before it (a nested quote);
    # single marks; a colon with no lead-in sentence
    ('Hale said: "I lost three years." He added: "They made me what I am."',
     ["I lost three years.", "They made me what I am."]),
    ('Hale said: "He told me: "Go home" and I did."', ['He told me: "Go home" and I did.']),
    ("Hale said: 'I lost three years. He added: 'They made me what I am.'",
     []),
    ('Hale said: "I lost three years. "They made me what I am."', ["I lost three years.", "They made me what I am."]),
]


@pytest.mark.parametrize(("text", "quotes"), LEAD_INS)
def test_a_lead_in_ends_an_unclosed_quote(text, quotes):
    assert _outer(text)[0] == quotes


def test_the_quote_after_the_lead_in_is_a_new_utterance_with_the_lead_ins_speaker():
    text = ('Tom Hale said: "I lost three years of my life. Ann Pryce added: "They wanted to break him." '
            'The government denied the claims.')
    rows = [(q.kind.value, q.speakers[0].name if q.speakers else None) for q in extract(text)]
    assert rows == [("direct", "Tom Hale"), ("direct", "Ann Pryce")]
    assert _outer(text)[1] == []  # no reopening: the second quote continues nothing
