"""quotes.extract.pipeline: whole-article extraction edge cases (empty text, CRLF offsets)."""

from __future__ import annotations

import quotes
from tests.helpers.extraction import marked


def test_offsets_round_trip_on_crlf_text():
    text = "“One thing,” Ana Silva said.\r\n\r\n“Another thing,” Paul Grant said.\r\n"
    qs = marked(text)
    assert [q.speaker.name for q in qs] == ["Ana Silva", "Paul Grant"]
    for q in qs:
        for s in q.spans:
            assert text[s.start : s.end] == s.text
        assert text[q.speaker.mention.start : q.speaker.mention.end] == q.speaker.mention.text


def test_empty_and_quote_free_text():
    assert quotes.extract("", "empty.txt") == []
    assert quotes.extract("Nothing is quoted here.", "plain.txt") == []
