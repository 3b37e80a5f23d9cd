"""Who speaks when a document stands for them (issue 22, session 6): a document speaks for its writer
("“…,” Morquendi's message read"), with "read" as a cue beside a quotation."""

from __future__ import annotations

import pytest

from quotes.api import extract


def _speaker_of(text: str, words: str) -> str | None:
    """The first speaker of the quote whose text starts with ``words``."""
    for q in extract(text):
        if q.spans[0].text.startswith(words):
            return q.speakers[0].name if q.speakers else None
    raise AssertionError(f"no quote starts with {words!r}")


DOCUMENT_SPEAKERS = [
    # a document owned by a name speaks for it, with "read" as its verb beside the quotation
    ('In one message, Osric wrote about a flood. "She was being swept away by the water," Osric\'s message read. "She grabbed a tree."',
     "She was being swept away", "Osric"),
    ('Tom Hale runs the site. "The water rose fast," Varden\'s letter read.', "The water rose fast", "Varden"),
    ('Acme Corp met on Monday. "Rents will rise next year," Acme\'s statement read.', "Rents will rise", "Acme Corp"),
    # negatives: a role noun a name owns is someone of theirs; a title read is no one's words
    ('Tom Hale, the mayor, spoke. "We regret the error," Hale\'s spokesman said.', "We regret the error", "Hale's spokesman"),
    ('He read "The Annual Report" states nothing about it.', "The Annual Report", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DOCUMENT_SPEAKERS)
def test_a_document_speaks_for_its_writer(text, words, speaker):
    assert _speaker_of(text, words) == speaker
