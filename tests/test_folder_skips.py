"""A folder walk says what it leaves out: a binary file (a PDF, an image) in a folder gives the warning
it gives when named, and the run's summary counts the skipped files by kind; hidden files and a saved
page's "<page>_files" folder stay unsaid. Real files, `quotes extract` in a subprocess."""

from __future__ import annotations

import subprocess
import sys

import pytest
from test_hostile import PDF, png_bytes

from quotes.io.reader import ArticleError, count_inputs, read_inputs, skip_kind

ARTICLE = "“We are ready,” Ana Silva said on Monday.\n"
PAGE = "<!DOCTYPE html><html><head><title>T</title></head><body><article><p>“Go,” Ben Ode said.</p></article></body></html>"


@pytest.fixture
def pile(tmp_path):
    d = tmp_path / "pile"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "report.pdf").write_bytes(PDF)
    (d / "sub" / "photo.png").write_bytes(png_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "notes.json").write_text('{"not": "an article"}\n', encoding="utf-8")  # text of another kind: left out
    (d / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(range(256)))
    (d / ".git").mkdir()
    (d / ".git" / "index.pdf").write_bytes(PDF)
    (d / "page.html").write_text(PAGE, encoding="utf-8")
    (d / "page_files").mkdir()
    (d / "page_files" / "logo.png").write_bytes(png_bytes())
    return d


def extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotes.cli", "extract", *args, "--no-link", "--workers", "1"],
                          capture_output=True, text=True, timeout=600)


def test_walk_reports_binary_files_as_when_named(pile):
    items = list(read_inputs([str(pile)]))
    errors = {i.name: i.reason for i in items if isinstance(i, ArticleError)}
    assert errors == {"empty.txt": "empty file", "report.pdf": "binary file, looks like a PDF document",
                      "photo.png": "binary file, looks like a PNG image"}
    [named] = read_inputs([str(pile / "report.pdf")])
    assert (named.name, named.reason) == ("report.pdf", errors["report.pdf"])
    assert sorted(i.doc_id for i in items if not isinstance(i, ArticleError)) == ["a.txt", "page.html"]
    assert count_inputs([str(pile)]) == len(items)


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


def test_cli_warns_and_counts_by_kind(pile, tmp_path):
    done = extract(str(pile), "-o", str(tmp_path / "q.csv"))
    assert done.returncode == 3, done.stderr  # some inputs failed, as when they are named
    err = done.stderr
    assert "warning: skipped report.pdf: binary file, looks like a PDF document" in err
    assert "warning: skipped photo.png: binary file, looks like a PNG image" in err
    assert "skipped 3 file(s): 2 binary (PDF document, PNG image), 1 empty" in err
    for unsaid in (".DS_Store", "index.pdf", "logo.png", "notes.json"):
        assert unsaid not in err
    named = extract(str(pile / "report.pdf"), str(pile / "a.txt"), "-o", str(tmp_path / "q2.csv"))
    assert "warning: skipped report.pdf: binary file, looks like a PDF document" in named.stderr
    assert "skipped 1 file(s): 1 binary (PDF document)" in named.stderr
