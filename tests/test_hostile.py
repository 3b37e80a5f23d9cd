"""Hostile and broken input: each gets one warning naming it and the reason, and the run goes on.

Also: spreadsheet safety of what is written (formulas neutralised, long cells whole in CSV and
split with a note for XLSX), and Ctrl-C in the middle of a run.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from quotes.cli import app
from quotes.io import reader
from quotes.io.export import FORMULA_START, XLSX_CELL_LIMIT, quote_rows, write_csv, xlsx_cells
from quotes.io.reader import Article, ArticleError, InputOptions, read_inputs
from quotes.types import Quote, QuoteKind, Span, Speaker, SpeakerType

runner = CliRunner()
GOOD = "“We are ready,” Ana Silva said.\n\n“So are we,” Paul Grant said.\n"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def png_bytes() -> bytes:
    """A real one-pixel PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")


def read_rows(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def warnings_of(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("warning:")]


@pytest.fixture
def pile(tmp_path) -> dict[str, Path]:
    """A folder of every kind of bad input, and two good articles."""
    d = tmp_path / "pile"
    d.mkdir()
    files = {
        "good": d / "good.txt",
        "empty": d / "empty.txt",
        "blank": d / "blank.txt",
        "pdf": d / "report.pdf.txt",
        "png": d / "photo.txt",
        "huge": d / "huge.txt",
        "unbalanced": d / "unbalanced.txt",
        "nosentences": d / "numbers.txt",
        "nul": d / "nul.txt",
        "binary": d / "controls.txt",
        "loop": d / "loop-a.txt",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b" \r\n\t\n")
    files["pdf"].write_bytes(PDF)
    files["png"].write_bytes(png_bytes())
    with open(files["huge"], "wb") as handle:  # 200 MB without writing 200 MB: a sparse file
        handle.truncate(200 * 1024 * 1024)
    files["unbalanced"].write_text("“This never closes.\n\nAnd ” this closes nothing. “Nor does this.\n", encoding="utf-8")
    files["nosentences"].write_text("12345 67890\n\n---- ... !!!\n\n2024-01-01 12:00\n", encoding="utf-8")
    files["nul"].write_bytes("“We are\x00 ready,” Zoe Kent said.\n".encode())
    files["binary"].write_bytes(bytes(range(32)) * 40)
    os.symlink(d / "loop-b.txt", files["loop"])
    os.symlink(files["loop"], d / "loop-b.txt")
    os.symlink(d, d / "back-up")  # a folder link pointing at its own parent
    (d / "second.txt").write_text("“Not yet,” Mia Lund said.\n", encoding="utf-8")
    return files


def test_every_bad_input_is_one_warning_and_the_run_goes_on(pile, tmp_path):
    out = tmp_path / "out" / "q.csv"
    export = tmp_path / "export.jsonl"
    export.write_text('{"id": "j1", "text": "“Fine,” Ola Berg said."}\n{not json\n\n["a list"]\n{"id": "j4"}\n', encoding="utf-8")
    table = tmp_path / "table.csv"
    table.write_text("id,body\n1,“Hello,” Ana said.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(pile["good"].parent), str(export), str(table), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 3, result.output  # some failed (issue 11)
    assert "Traceback" not in result.output
    warned = warnings_of(result.output)
    expected = {
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "report.pdf.txt": "binary file, looks like a PDF document",
        "photo.txt": "binary file, looks like a PNG image",
        "huge.txt": "209,715,200 bytes is over the size limit of 52,428,800 (raise it with --max-bytes)",
        "numbers.txt": "no sentences",
        "controls.txt": "binary",
        "loop-a.txt": "symlink loop",
        "loop-b.txt": "symlink loop",
        "back-up": "symlink loop",
        "export.jsonl:2": "invalid JSON",
        "export.jsonl:4": "not an object",
        "export.jsonl:5": "no 'text' field",
        "table.csv": "no 'text' column (columns: id, body)",
        "unbalanced.txt": "unbalanced quote mark",
        "nul.txt": "NUL byte(s) replaced by spaces",
    }
    for name, reason in expected.items():
        lines = [w for w in warned if f"{name}: " in w and reason in w]
        assert lines, f"no warning for {name} ({reason}) in:\n" + "\n".join(warned)
    speakers = {r["speaker"] for r in read_rows(out)}
    assert {"Ana Silva", "Paul Grant", "Mia Lund", "Ola Berg", "Zoe Kent"} <= speakers


def test_size_limit_is_raisable(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "q.csv"
    small = runner.invoke(app, ["extract", str(article), "-o", str(out), "--max-bytes", "20", "--no-link"])
    assert small.exit_code == 1 and "over the size limit of 20 (raise it with --max-bytes)" in small.output
    raised = runner.invoke(app, ["extract", str(article), "-o", str(out), "--max-bytes", "100000", "--no-link"])
    assert raised.exit_code == 0 and len(read_rows(out)) == 2


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


def test_nul_bytes_keep_offsets(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Intro\x00\x00 line.\n\n\xe2\x80\x9cWe are ready,\xe2\x80\x9d Ana Silva said.\n")
    out, texts = tmp_path / "q.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--save-text", str(texts), "--no-link"])
    assert result.exit_code == 0, result.output
    assert "nul.txt: 2 NUL byte(s) replaced by spaces" in result.output
    [row] = read_rows(out)
    raw = path.read_bytes().decode("utf-8")
    assert raw[int(row["start"]) : int(row["end"])] == row["quote"] == "We are ready,"  # NUL -> space: nothing moved


def test_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    pile = tmp_path / "pile"
    (pile / "locked").mkdir(parents=True)
    (pile / "locked" / "secret.txt").write_text(GOOD, encoding="utf-8")
    (pile / "open.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):  # what a folder without read permission does for a user who is not root
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(read_inputs([str(pile)]))
    assert [a.doc_id for a in found if isinstance(a, Article)] == ["open.txt"]
    [error] = [e for e in found if isinstance(e, ArticleError)]
    assert error.name.endswith("locked") and error.reason == "cannot read folder: Permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder whatever its mode")
def test_folder_without_read_permission(tmp_path):
    pile = tmp_path / "pile"
    (pile / "locked").mkdir(parents=True)
    (pile / "locked" / "secret.txt").write_text(GOOD, encoding="utf-8")
    (pile / "open.txt").write_text(GOOD, encoding="utf-8")
    (pile / "locked").chmod(0)
    try:
        found = list(read_inputs([str(pile)]))
    finally:
        (pile / "locked").chmod(0o755)
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


def test_unbalanced_marks_still_give_their_quotes(tmp_path):
    path = tmp_path / "u.txt"
    path.write_text("“We are ready, Ana Silva said.\n\nPaul Grant said: “Not yet.”\n", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--no-link"])
    assert result.exit_code == 0
    assert any("u.txt: unbalanced quote mark" in w for w in warnings_of(result.output))
    assert "Not yet." in {r["quote"] for r in read_rows(out)}


def test_undecodable_file_names_and_lone_surrogates_are_written_safely(tmp_path):
    pile = tmp_path / "pile"
    pile.mkdir()
    with open(os.path.join(os.fsencode(pile), b"caf\xe9.txt"), "wb") as handle:  # a latin-1 file name
        handle.write("“We are ready,” Ana Silva said.".encode())
    export = tmp_path / "s.jsonl"
    export.write_text('{"id": "s\\ud800", "text": "\\u201cHi \\udc00 there,\\u201d Bob Stone said."}\n', encoding="utf-8")
    out, texts = tmp_path / "q.csv", tmp_path / "texts"
    result = runner.invoke(app, ["extract", str(pile), str(export), "-o", str(out), "--save-text", str(texts), "--workers", "1"])
    assert result.exit_code == 0, result.output
    rows = read_rows(out)
    assert [(r["doc_id"], r["quote"]) for r in rows] == [("caf\ufffd.txt", "We are ready,"), ("s\ufffd", "Hi \ufffd there,")]
    assert len(list(texts.glob("*.txt"))) == 2


# ---- spreadsheet safety ----

FORMULA_TEXTS = ["=1+2 is the answer", "+44 is the code", "-5 degrees is cold", "@everyone should vote", "\tIndented words"]


def test_formula_quotes_cannot_run_in_a_spreadsheet(tmp_path):
    article = tmp_path / "formulas.txt"
    body = "\n\n".join(f"“{t},” Ana Silva said." for t in FORMULA_TEXTS)
    article.write_text("=HYPERLINK(\"http://evil.example\",\"click\") headline\n\n" + body + "\n", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    quotes = {r["quote"] for r in read_rows(out)}
    assert {"'" + t + "," for t in FORMULA_TEXTS} <= quotes  # neutralised, not dropped
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert not frame.map(lambda v: v.startswith(FORMULA_START)).any().any()


def _hostile_row() -> dict:
    text = "=cmd|' /C calc'!A0 said @someone"
    quote = Quote(
        id="q1", doc_id="x.txt", kind=QuoteKind.DIRECT, spans=(Span(0, 18, text[:18]),), sentence=Span(0, len(text), text),
        speakers=(Speaker("=cmd|' /C calc'!A0", SpeakerType.PERSON, Span(0, 4, "=cmd"), role="+role", affiliation="-aff"),),
    )
    return next(quote_rows([quote]))


def test_every_text_column_is_neutralised(tmp_path):
    row = _hostile_row() | {"cue": "@cue", "medium": "\rmedium", "speaker_id": "=id", "variant_of": "+v", "integrity": "-i"}
    out = tmp_path / "h.csv"
    write_csv([row], out)
    raw = out.read_bytes().decode("utf-8-sig")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        [header, cells] = list(csv.reader(handle))
    for column, cell in zip(header, cells, strict=True):
        assert not cell.startswith(FORMULA_START), (column, cell)
    assert "'=cmd|' /C calc'!A0" in raw


def test_xlsx_cells_are_data_not_formulas(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    values = [*FORMULA_TEXTS, "\x01=hidden behind a control character", "=SUM(A1:A9)", "plain"]
    for n, value in enumerate(values, 1):
        [cell] = xlsx_cells(value)
        sheet.cell(n, 1, cell)
    path = tmp_path / "cells.xlsx"
    workbook.save(path)
    sheet = load_workbook(path).active
    for n in range(1, len(values) + 1):
        cell = sheet.cell(n, 1)
        assert cell.data_type == "s" and not str(cell.value).startswith(FORMULA_START), cell.value


def test_long_cells_are_whole_in_csv_and_split_for_xlsx(tmp_path):
    long_quote = ("All work and no play makes a very long quote. " * 2200).strip()  # about 100,000 characters
    assert len(long_quote) > 3 * XLSX_CELL_LIMIT
    article = tmp_path / "long.txt"
    article.write_text(f"“{long_quote}” Ana Silva said.\n", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    [row] = read_rows(out)
    assert row["quote"] == long_quote  # whole in the CSV
    cells = xlsx_cells(long_quote)
    assert len(cells) == 4
    workbook = Workbook()
    for n, value in enumerate(cells, 1):
        workbook.active.cell(1, n, value)
    path = tmp_path / "long.xlsx"
    workbook.save(path)
    stored = [c.value for c in load_workbook(path).active[1]]
    assert all(len(v) <= XLSX_CELL_LIMIT for v in stored)
    assert stored[0].endswith(" [part 1 of 4; continued in the next cell]") and stored[-1].endswith(" [part 4 of 4]")
    assert "".join(v[: v.rindex(" [part ")] for v in stored) == long_quote


def test_astral_characters_count_twice_against_the_xlsx_limit():
    cells = xlsx_cells("😀" * 20000)  # 40,000 UTF-16 units: over the limit though 20,000 characters
    assert len(cells) == 2
    assert all(len(c.encode("utf-16-le")) // 2 <= XLSX_CELL_LIMIT for c in cells)


# ---- Ctrl-C ----


def test_interrupted_run_keeps_finished_articles_and_resumes(tmp_path, monkeypatch):
    pile = tmp_path / "pile"
    pile.mkdir()
    for n, name in enumerate(["Ana Silva", "Paul Grant", "Mia Lund", "Ola Berg"]):
        (pile / f"{n}.txt").write_text(f"“Statement {n} is ready,” {name} said.\n", encoding="utf-8")
    clean = tmp_path / "clean.csv"
    assert runner.invoke(app, ["extract", str(pile), "-o", str(clean), "--workers", "1", "--no-link"]).exit_code == 0

    real_read_path = reader._read_path

    def ctrl_c_at_the_third(item, options, ids):
        if item.endswith("2.txt"):
            raise KeyboardInterrupt
        return real_read_path(item, options, ids)

    out = tmp_path / "q.csv"
    monkeypatch.setattr(reader, "_read_path", ctrl_c_at_the_third)
    stopped = runner.invoke(app, ["extract", str(pile), "-o", str(out), "--workers", "1", "--batch-size", "1", "--no-link"])
    assert stopped.exit_code == 130, stopped.output
    assert "interrupted" in stopped.output and "--resume" in stopped.output
    assert "Traceback" not in stopped.output
    assert not out.exists()  # never half-written: the finished rows wait beside it for --resume
    monkeypatch.setattr(reader, "_read_path", real_read_path)
    resumed = runner.invoke(app, ["extract", str(pile), "-o", str(out), "--workers", "1", "--resume", "--no-link"])
    assert resumed.exit_code == 0, resumed.output
    assert read_rows(out) == read_rows(clean)


@pytest.mark.slow
def test_real_ctrl_c_in_a_subprocess(tmp_path, seed_paths):
    pile = tmp_path / "pile"
    pile.mkdir()
    copies = 24  # enough work that the run is still going when the signal comes, on a loaded machine too
    for n in range(copies):
        for seed in seed_paths:
            (pile / f"{n:02d}-{seed.name}").write_bytes(seed.read_bytes())
    out = tmp_path / "q.csv"
    journal = tmp_path / ".q.csv.journal"
    command = [sys.executable, "-m", "quotes.cli", "extract", str(pile), "-o", str(out), "--workers", "1", "--batch-size", "1", "--no-link"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    started = time.monotonic()
    while time.monotonic() - started < 120 and process.poll() is None:  # wait for two finished articles
        if journal.exists() and journal.read_text(encoding="utf-8").count("\n") >= 3:
            break
        time.sleep(0.2)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 130, output
    assert "interrupted" in output and "Traceback" not in output
    resumed = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    rows = read_rows(out)
    assert len({r["doc_id"] for r in rows}) == copies * len(seed_paths)
    assert len({r["quote_id"] for r in rows}) == len(rows)
