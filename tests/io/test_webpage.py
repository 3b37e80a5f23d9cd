"""quotes.io.webpage: the article body of a saved page, its charset, and pages without an article."""

from __future__ import annotations

import io
import sys

from quotes.io.reader import ArticleError
from tests.helpers.inputs import NEWS_PAGE, items, only_article

PAGE_FURNITURE = (
    "Share on Facebook", "Share on X", "Copy link", "Scroll to top", "Most read", "Storm closes coast road",
    "We use cookies", "Cranes at the container terminal", "Sign up", "All rights reserved", "Privacy", "Sport",
)


def test_news_page_gives_the_article_body_without_furniture(tmp_path):
    path = tmp_path / "port-deal.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    article = only_article([path])
    assert article.format == "html"
    assert "This secures the port for a generation" in article.text
    assert "We are here for the long run" in article.text
    assert "“a good start”" in article.text  # entities decoded
    for furniture in PAGE_FURNITURE:
        assert furniture not in article.text, furniture
    assert article.meta.title == "Port deal signed after night of talks"
    assert article.meta.date == "2024-03-05"
    assert article.meta.outlet == "The Harbour Gazette"
    assert article.meta.url == "https://gazette.example/business/2024/03/05/port-deal"


def test_page_in_a_declared_legacy_charset(tmp_path):
    page = NEWS_PAGE.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    page = page.replace("Elena Marsh", "Zoë Müller").replace("’", "'")
    path = tmp_path / "latin.htm"
    path.write_bytes(page.encode("cp1252"))
    article = only_article([path])
    assert "said Zoë Müller" in article.text


def test_web_page_is_recognised_by_content_in_a_txt_file_and_on_stdin(tmp_path, monkeypatch):
    path = tmp_path / "saved-page.txt"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    assert only_article([path]).format == "html"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(NEWS_PAGE.encode("utf-8"))))
    article = only_article(["-"])
    assert article.doc_id == "stdin" and article.format == "html" and "Scroll to top" not in article.text


def test_page_without_an_article_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><nav></nav></body></html>", encoding="utf-8")
    [error] = items([path])
    assert isinstance(error, ArticleError) and "no article text" in error.reason
