"""quotes.io.reader: files, folders, globs, stdin; unreadable, oversized and binary inputs reported, not read."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from quotes.api import extract, extract_files
from quotes.io.reader import (
    Article,
    ArticleError,
    InputOptions,
    count_inputs,
    read_article,
    read_inputs,
    save_article_text,
    saved_text_path,
    skip_kind,
    text_file_stem,
)
from tests.helpers.inputs import GOOD, NEWS_PAGE, items, only_article, write_jsonl


def test_oversized_stdin_and_export_records_are_refused(tmp_path, monkeypatch):
    export = tmp_path / "e.jsonl"
    export.write_text('{"id": 1, "text": "' + "word " * 100 + '"}\n{"id": 2, "text": "short text"}\n', encoding="utf-8")
    first, second = read_inputs([str(export)], InputOptions(max_bytes=200))
    assert isinstance(first, ArticleError) and "size limit" in first.reason and isinstance(second, Article)

    class Stdin:
        buffer = io.BytesIO(b"x" * 5000)

    monkeypatch.setattr(sys, "stdin", Stdin)
    [error] = read_inputs(["-"], 1000)
    assert isinstance(error, ArticleError) and error.name == "stdin" and "size limit" in error.reason


def test_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    bad_inputs = tmp_path / "pile"
    (bad_inputs / "locked").mkdir(parents=True)
    (bad_inputs / "locked" / "secret.txt").write_text(GOOD, encoding="utf-8")
    (bad_inputs / "open.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does for a user who is not root
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(read_inputs([str(bad_inputs)]))
    assert [a.doc_id for a in found if isinstance(a, Article)] == ["open.txt"]
    [error] = [e for e in found if isinstance(e, ArticleError)]
    assert error.name.endswith("locked") and error.reason == "cannot read folder: Permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder whatever its mode")
def test_folder_without_read_permission(tmp_path):
    bad_inputs = tmp_path / "pile"
    (bad_inputs / "locked").mkdir(parents=True)
    (bad_inputs / "locked" / "secret.txt").write_text(GOOD, encoding="utf-8")
    (bad_inputs / "open.txt").write_text(GOOD, encoding="utf-8")
    (bad_inputs / "locked").chmod(0)
    try:
        found = list(read_inputs([str(bad_inputs)]))
    finally:
        (bad_inputs / "locked").chmod(0o755)
    assert any(isinstance(e, ArticleError) and "Permission denied" in e.reason for e in found)
    assert any(isinstance(a, Article) and a.doc_id == "open.txt" for a in found)


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    real_open = open

    def refusing_open(file, mode="r", *args, **kwargs):
        if str(file) == str(path) and "b" in mode:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refusing_open)
    [error] = list(read_inputs([str(path)]))
    assert error.reason == "cannot read: Permission denied"


def test_pipes_and_devices_are_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    [error] = list(read_inputs([str(fifo)]))
    assert "not a regular file" in error.reason


def test_walk_reports_binary_files_as_when_named(skipped_pile):
    items = list(read_inputs([str(skipped_pile)]))
    errors = {i.name: i.reason for i in items if isinstance(i, ArticleError)}
    assert errors == {"empty.txt": "empty file", "report.pdf": "binary file, looks like a PDF document",
                      "photo.png": "binary file, looks like a PNG image"}
    [named] = read_inputs([str(skipped_pile / "report.pdf")])
    assert (named.name, named.reason) == ("report.pdf", errors["report.pdf"])
    assert sorted(i.doc_id for i in items if not isinstance(i, ArticleError)) == ["a.txt", "page.html"]
    assert count_inputs([str(skipped_pile)]) == len(items)


@pytest.mark.parametrize("reason, kind", [
    ("binary file, looks like a PDF document", ("binary", "PDF document")),
    ("binary file, looks like an old Office document", ("binary", "old Office document")),
    ("binary data: 40% of its first characters are NUL bytes or control characters", ("binary", "binary data")),
    ("empty file", ("empty", None)),
    ("no sentences: the text has no words", ("no words", None)),
    ("209,715,200 bytes is over the size limit of 52,428,800 (raise it with --max-bytes)", ("too large", None)),
    ("cannot read: Permission denied", ("unreadable", None)),
    ("extraction failed: ValueError", ("other", None)),
])
def test_skip_kind(reason, kind):
    assert skip_kind(reason) == kind


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_windows_and_old_mac_line_endings_round_trip_through_extraction(tmp_path, newline):
    lf = "“We are ready,” Ana Silva, a spokesperson for Acme, said.\n\nThe talks went on.\n\n“Not yet,” Paul Grant said.\n"
    crlf = lf.replace("\n", newline)
    (tmp_path / "crlf.txt").write_bytes(crlf.encode("utf-8"))
    article = only_article([tmp_path / "crlf.txt"])
    assert article.text == crlf  # nothing normalised: offsets index the text as decoded
    [result] = list(extract_files([str(tmp_path / "crlf.txt")]))
    spans = [span for quote in result.quotes for span in quote.spans]
    assert [s.text for s in spans] == ["We are ready,", "Not yet,"]
    assert all(crlf[s.start : s.end] == s.text for s in spans)
    assert [(q.kind, q.speaker.name) for q in result.quotes] == [(q.kind, q.speaker.name) for q in extract(lf)]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_quote_on_the_line_after_a_headline(newline):
    text = f"Leaders meet in Beijing{newline}“We are ready to work together,” said Ana Lima, a spokesperson."
    assert [s.text for q in extract(text) for s in q.spans] == ["We are ready to work together,"]


def test_format_option_overrides_the_suffix(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    raw = only_article([path], InputOptions(format="text"))
    assert raw.text == NEWS_PAGE and raw.format == "text"


def test_input_options_are_checked():
    with pytest.raises(ValueError):
        InputOptions(format="xml")
    with pytest.raises(ValueError):
        InputOptions(max_bytes=0)
    with pytest.raises(ValueError):
        InputOptions(text_field=" ")


def test_old_max_bytes_argument_still_works(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("A short article, long enough.", encoding="utf-8")
    [error] = list(read_inputs([str(path)], 10))
    assert isinstance(error, ArticleError) and "size limit of 10" in error.reason
    assert isinstance(next(read_inputs([str(path)], max_bytes=1000)), Article)
    with pytest.raises(ArticleError, match="size limit"):
        read_article(path, None, 10)


def test_read_article_refuses_an_export(tmp_path):
    path = tmp_path / "x.jsonl"
    write_jsonl(path, [{"id": 1, "text": "t"}])
    with pytest.raises(ArticleError, match="read it with read_inputs"):
        read_article(path)


def test_folders_are_walked_for_text_and_pages_but_not_the_saved_texts(tmp_path):
    pile = tmp_path / "pile"
    (pile / "sub").mkdir(parents=True)
    (pile / "a.txt").write_text("“Hi,” Ana said.", encoding="utf-8")
    (pile / "sub" / "b.html").write_text(NEWS_PAGE, encoding="utf-8")
    (pile / "c.jsonl").write_text('{"id": 1, "text": "x"}\n', encoding="utf-8")  # exports only when the format says so
    (pile / "texts").mkdir()
    (pile / "texts" / "a.txt.txt").write_text("“Hi,” Ana said.", encoding="utf-8")
    found = items([pile], InputOptions(skip_folders=(str(pile / "texts"),)))
    assert [a.doc_id for a in found] == ["a.txt", "b.html"]
    assert [a.doc_id for a in items([pile], InputOptions(format="jsonl"))] == ["1"]
    assert count_inputs([str(pile)], InputOptions(skip_folders=(str(pile / "texts"),))) == 2


def test_glob_patterns_match_files_at_any_depth_in_sorted_order(tmp_path):
    (tmp_path / "2026" / "11").mkdir(parents=True)
    (tmp_path / "2026" / "b.txt").write_text("“Hi,” Ana said.", encoding="utf-8")
    (tmp_path / "2026" / "11" / "a.txt").write_text("“Bye,” Ben said.", encoding="utf-8")
    (tmp_path / "2026" / "11" / "notes.md").write_text("not matched", encoding="utf-8")
    found = list(read_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [a.path for a in found] == [str(tmp_path / "2026" / "11" / "a.txt"), str(tmp_path / "2026" / "b.txt")]
    assert count_inputs([str(tmp_path / "**" / "*.txt")]) == 2
    # a pattern that matches nothing is one error, and the other inputs are still read
    missed = list(read_inputs([str(tmp_path / "*.xml"), str(tmp_path / "2026" / "b.txt")]))
    assert isinstance(missed[0], ArticleError) and "no file matches" in str(missed[0])
    assert [a.doc_id for a in missed[1:]] == ["b.txt"]


def test_a_file_whose_name_looks_like_a_pattern_is_read_as_itself(tmp_path):
    odd = tmp_path / "report[1].txt"
    odd.write_text("“Hi,” Ana said.", encoding="utf-8")
    assert [a.doc_id for a in read_inputs([str(odd)])] == ["report[1].txt"]


def test_count_inputs_counts_records_without_reading_them(tmp_path):
    write_jsonl(tmp_path / "e.jsonl", [{"id": i, "text": "t"} for i in range(7)])
    (tmp_path / "e.csv").write_text('id,text\n1,"a\nb"\n2,c\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert count_inputs([str(tmp_path / n) for n in ("e.jsonl", "e.csv", "a.txt")]) == 7 + 2 + 1


def test_saved_text_reads_back_identical(tmp_path):
    for doc_id, text in [("crlf.txt", "“A,” B said.\r\n\r\nMore.\r\n"), ("bom/odd id?", "\ufeffStarts with a BOM character.")]:
        article = Article(doc_id, None, text)
        path = save_article_text(article, tmp_path / "texts")
        assert path == saved_text_path(tmp_path / "texts", doc_id) and path.parent == tmp_path / "texts"
        assert read_article(path).text == text


def test_text_file_names_are_safe_and_distinct():
    assert text_file_stem("story.txt") == "story.txt"
    unsafe = ["../../etc/passwd", "a/b", "a\\b", ".hidden", "", "x" * 300, "con:1"]
    stems = [text_file_stem(d) for d in unsafe]
    assert len(set(stems)) == len(stems)
    assert all("/" not in s and "\\" not in s and not s.startswith(".") and len(s) < 160 for s in stems)
