"""quotes.extract.document: an article read once (paragraphs split once per article in a batch)."""

from __future__ import annotations

from quotes import api
from quotes.extract import document, paragraphs
from quotes.io.reader import Article


def test_a_batch_splits_each_article_into_paragraphs_once(monkeypatch):
    calls = []

    def counting(text):
        calls.append(text)
        return paragraphs.split_paragraphs(text)

    monkeypatch.setattr(api, "split_paragraphs", counting)
    monkeypatch.setattr(document, "split_paragraphs", counting)
    article = Article("a", None, "“We are ready,” Jane Doe said.\n\nShe left early.\n")
    [result] = api.extract_batch([article])
    assert result.ok and [q.speaker.name for q in result.quotes] == ["Jane Doe"]
    assert len(calls) == 1
