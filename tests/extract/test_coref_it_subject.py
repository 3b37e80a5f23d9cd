"""quotes.extract.coref: an "it" that speaks at the head of its sentence is the organisation that is the subject of
the sentence before, though things "it" could mean stand between as objects ("its options", "the ruling");
never when a person or a new subject comes between, nor when "it" does not open its sentence."""

from __future__ import annotations

import pytest

import quotes
from quotes.types import QuoteKind


def _speaker_of(text: str, words: str) -> str | None:
    for q in quotes.extract(text, "case.txt"):
        if q.kind == QuoteKind.INDIRECT and any(words in s.text for s in q.spans):
            return q.speakers[0].name if q.speakers else None
    return None


LEAD = "Airline in court\n\nShares in Northwind Airlines fell again on Monday.\n\n"


@pytest.mark.parametrize("text, words, speaker", [
    (LEAD + "Northwind Airlines said it would consider its options in light of the ruling. However, it claimed that the "
            "court had backed its argument on four points.", "the court had backed", "Northwind Airlines"),
    (LEAD + "Northwind Airlines welcomed the latest proposal on landing fees. It said that the fees had been far "
            "too high for years.", "the fees had been", "Northwind Airlines"),
    # negatives: a person named between is the new subject; an "it" inside its sentence is no head
    (LEAD + "Northwind Airlines welcomed the proposal. Judge Ann Ruiz refused the request. It said that the fees "
            "were too high.", "the fees were too high", None),
])
def test_it_at_the_head_of_its_sentence_is_the_subject_organisation(text, words, speaker):
    got = _speaker_of(text, words)
    if speaker is None:
        assert got != "Northwind Airlines"
    else:
        assert got is not None and speaker.lower() in got.lower()
