"""A cue the article negates keeps its negation: "Mr Myers did not say that the market would grow" is no claim of
Myers's that the market will grow, and a row whose cue read "say" would tell a fact-checker that it was.

The cue stages find the reporting verb and its subject and leave the negation out of the cue ("did not say" ->
"say"; a stance's "is not convinced" -> "is convinced"). Read when the drafts are frozen: a "not", "n't" or
"never" (with its auxiliary, and an adverb between) right before the cue, in its sentence, joins the cue text.
The row is kept (PolNeAR annotates negated attributions as attributions); its cue says what the speaker did.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.types import Cue

_AUXILIARY = r"(?:do|does|did|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)"
# "did not", "didn't", "has never", "never", "is not", with an adverb before the verb ("did not explicitly say")
_NEGATION_BEFORE = re.compile(
    rf"\b((?:{_AUXILIARY}\s*(?:not|n[’']t)(?:\s+ever)?|(?:{_AUXILIARY}\s+)?never))\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_NEGATION_INSIDE = re.compile(r"\b(?:not|never)\b|n[’']t\b", re.IGNORECASE)
_REACH = 40  # characters before the cue where its negation is written


def negated(text: str, cue: Cue | None, sentence_start: int = 0) -> Cue | None:
    """The cue with the negation the article writes on it in its text ("did not say", "is not convinced",
    "has never said"); the cue unchanged when none is written."""
    if cue is None:
        return None
    if _NEGATION_INSIDE.search(cue.span.text) and not _NEGATION_INSIDE.search(cue.text):
        return replace(cue, text=" ".join(cue.span.text.split()))  # "is not convinced", read as "is convinced"
    before = text[max(sentence_start, cue.span.start - _REACH) : cue.span.start]
    found = _NEGATION_BEFORE.search(before)
    if found is None or _NEGATION_INSIDE.search(cue.text):
        return cue
    words = " ".join(found.group(0).split())
    return replace(cue, text=f"{words} {cue.text}")
