"""quotes.io.formats: JSONL and CSV exports of news databases, one article per record, streamed."""

from __future__ import annotations

import csv
import io
import json
import sys

from quotes.io.reader import InputOptions, read_inputs
from tests.helpers.inputs import NEWS_PAGE, items, only_article, write_jsonl


class _Stdin:
    """Stands in for sys.stdin; counts the bytes read from it."""

    def __init__(self, data: bytes):
        self.buffer = _CountingReader(data)


class _CountingReader(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.consumed = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.consumed += len(chunk)
        return chunk

    def readline(self, size=-1):
        chunk = super().readline(size)
        self.consumed += len(chunk)
        return chunk


def test_jsonl_export_one_article_per_line(tmp_path):
    path = tmp_path / "export.jsonl"
    write_jsonl(path, [
        {"id": "AP-1", "text": "“We are ready,” Ana Silva said.", "title": "Ready", "date": "2024-01-02", "outlet": "AP"},
        {"id": 2, "text": "“Not yet,” Paul Grant said.\r\nMore.", "url": "https://x.example/2"},
        {"text": "No id here, “quoted” all the same."},
    ])
    found = items([path])
    assert [a.doc_id for a in found] == ["AP-1", "2", "export-3"]
    assert found[0].meta.title == "Ready" and found[0].meta.outlet == "AP" and found[0].meta.date == "2024-01-02"
    assert found[1].text == "“Not yet,” Paul Grant said.\r\nMore." and found[1].meta.url == "https://x.example/2"
    assert all(a.path is None and a.format == "jsonl" for a in found)
    assert found[0].source == "export.jsonl:1"


def test_jsonl_field_names_are_configurable(tmp_path):
    path = tmp_path / "db.ndjson"
    write_jsonl(path, [{"guid": "g-7", "Body": "“Hello,” Ana Silva said."}])
    article = only_article([path], InputOptions(id_field="guid", text_field="body"))
    assert article.doc_id == "g-7" and article.text == "“Hello,” Ana Silva said."


def test_jsonl_field_that_holds_html_is_extracted(tmp_path):
    path = tmp_path / "pages.jsonl"
    write_jsonl(path, [{"id": "p1", "text": NEWS_PAGE}])
    article = only_article([path])
    assert article.format == "html" and "Scroll to top" not in article.text
    assert article.meta.outlet == "The Harbour Gazette"


def test_repeated_ids_are_kept_apart(tmp_path):
    path = tmp_path / "dups.jsonl"
    write_jsonl(path, [{"id": "a", "text": "One text."}, {"id": "a", "text": "Another text."}])
    first, second = items([path])
    assert (first.doc_id, second.doc_id) == ("a", "a#2")
    assert any("used more than once" in w for w in second.warnings)


def test_jsonl_is_streamed_not_read_whole(tmp_path):
    path = tmp_path / "growing.jsonl"
    write_jsonl(path, [{"id": "1", "text": "First text."}])
    stream = read_inputs([str(path)])
    assert next(stream).doc_id == "1"
    with open(path, "a", encoding="utf-8") as handle:  # written after the first record was read
        handle.write(json.dumps({"id": "2", "text": "Second text."}) + "\n")
    assert [a.doc_id for a in stream] == ["2"]


def test_csv_export_with_a_named_text_column(tmp_path):
    path = tmp_path / "export.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["story_id", "headline", "Body", "title"])
        writer.writerow(["s1", "h", "“We are ready,” Ana Silva said.\n\nSecond paragraph, with a comma.", "T"])
        writer.writerow(["s2", "h", "“Not yet,” Paul Grant said.", ""])
    found = items([path], InputOptions(id_field="story_id", text_field="body"))
    assert [a.doc_id for a in found] == ["s1", "s2"]
    assert found[0].text == "“We are ready,” Ana Silva said.\n\nSecond paragraph, with a comma."
    assert found[0].meta.title == "T" and found[1].meta.title is None
    assert found[1].source == "export.csv:5"  # the record starts on line 5: the first one spans three


def test_csv_with_semicolons_and_cp1252_bytes(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("id;text\r\n1;“Ça va,” Zoë Müller said.\r\n".encode("cp1252"))
    article = only_article([path])
    assert article.text == "“Ça va,” Zoë Müller said."
    assert any("not valid UTF-8" in w for w in article.warnings)


def test_tsv_and_csv_is_streamed(tmp_path):
    path = tmp_path / "export.tsv"
    path.write_text("id\ttext\n1\tFirst text.\n", encoding="utf-8")
    stream = read_inputs([str(path)])
    assert next(stream).doc_id == "1"
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("2\tSecond text.\n")
    assert [a.text for a in stream] == ["Second text."]


def test_jsonl_on_stdin_is_recognised_and_streamed(monkeypatch):
    lines = [json.dumps({"id": f"n{i}", "text": f"Text number {i}, “quoted”. " * 20}) for i in range(500)]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    fake = _Stdin(data)
    monkeypatch.setattr(sys, "stdin", fake)
    stream = read_inputs(["-"])
    first = next(stream)
    assert first.doc_id == "n0" and first.format == "jsonl"
    assert fake.buffer.consumed < len(data) / 20  # one record read, not the whole export
    assert sum(1 for _ in stream) == 499


def test_csv_on_stdin_with_the_format_named(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b"id,text\nx,\"\xe2\x80\x9cHi,\xe2\x80\x9d Ana said.\"\n"))
    article = only_article(["-"], InputOptions(format="csv"))
    assert (article.doc_id, article.text) == ("x", "“Hi,” Ana said.")
