"""What `quotes extract` writes, through the real CLI: the output set, formats by suffix, XLSX, side files,
unwritable places, formula-safe cells."""

from __future__ import annotations

import csv
import errno
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from quotes.cli import app
from quotes.io.export import FORMULA_START, XLSX_CELL_LIMIT, write_xlsx, xlsx_cells
from quotes.io.reader import read_inputs
from quotes.io.records import COLUMNS, read_quotes
from quotes.scale import EngineSettings, ExtractionRun, OutputUnwritable
from quotes.scale import output as output_module
from quotes.scale.output import side_files
from tests.helpers import read_csv_rows
from tests.helpers.inputs import FORMULA_TEXTS
from tests.helpers.runs import STORY, extract, runner, snapshot, workbook_rows, write_stories

SIDE = ("speakers.csv", "articles.csv", "quote_variants.csv")


def _quotes(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotes.cli", "extract", *args], capture_output=True, text=True,
                          timeout=300, **kwargs)  # fmt: skip


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
    quotes = {r["quote"] for r in read_csv_rows(out)}
    assert {"'" + t + "," for t in FORMULA_TEXTS} <= quotes  # neutralised, not dropped
    frame = pd.read_csv(out, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert not frame.map(lambda v: v.startswith(FORMULA_START)).any().any()


def test_long_cells_are_whole_in_csv_and_split_for_xlsx(tmp_path):
    long_quote = ("All work and no play makes a very long quote. " * 2200).strip()  # about 100,000 characters
    assert len(long_quote) > 3 * XLSX_CELL_LIMIT
    article = tmp_path / "long.txt"
    article.write_text(f"“{long_quote}” Ana Silva said.\n", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    [row] = read_csv_rows(out)
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


def test_output_equal_to_an_input_is_refused_before_any_work(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(story), "-o", str(story)])
    assert result.exit_code == 2 and "would overwrite it" in result.output
    assert story.read_text(encoding="utf-8") == STORY
    export = tmp_path / "export.csv"
    export.write_text("id,text\n1,\"“Yes,” said Ann Lee.\"\n", encoding="utf-8")
    before = export.read_bytes()
    result = runner.invoke(app, ["extract", str(export), "-o", str(export)])
    assert result.exit_code == 2 and export.read_bytes() == before
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(story)])  # found by walking the folder
    assert result.exit_code == 2 and story.read_text(encoding="utf-8") == STORY


def test_a_folder_as_output_gets_quotes_csv_inside(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "adir"
    out.mkdir()
    result = runner.invoke(app, ["extract", str(story), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    assert read_csv_rows(out / "quotes.csv")
    assert sorted(p.name for p in out.iterdir()) == ["quotes.csv"]  # no .partial or .journal left
    assert not list(tmp_path.glob(".adir*"))


def test_two_outputs_in_one_folder_keep_their_own_side_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text("“Prices will rise,” said Tomas Berg.\n", encoding="utf-8")
    out = tmp_path / "out"
    for name, article in (("first.csv", a), ("second.csv", b)):
        result = runner.invoke(app, ["extract", str(article), "-o", str(out / name), "--wording-only"])
        assert result.exit_code == 0, result.output
    first_ids = {r["speaker_id"] for r in read_csv_rows(out / "first.csv") if r["speaker_id"]}
    assert first_ids and first_ids <= {r["speaker_id"] for r in read_csv_rows(out / "first.speakers.csv")}
    assert (out / "second.articles.csv").is_file() and not (out / "speakers.csv").exists()


def test_outputs_are_written_with_the_users_umask(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    old = os.umask(0o022)
    try:
        result = runner.invoke(app, ["extract", str(story), "-o", str(tmp_path / "q.csv"), "--wording-only"])
    finally:
        os.umask(old)
    assert result.exit_code == 0, result.output
    for name in ("q.csv", "q.speakers.csv", "q.articles.csv", "q.quote_variants.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name


def test_a_run_that_reads_nothing_leaves_the_earlier_output_set_as_it_was(tmp_path):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    out = tmp_path / "out"
    assert extract(str(story), "-o", f"{out}/").exit_code == 0
    before = snapshot(out)
    assert sorted(before) == sorted(["quotes.csv", *(f"quotes.{s}" for s in SIDE)])

    result = extract(str(tmp_path / "typo.txt"), "-o", f"{out}/")
    assert result.exit_code == 1, result.output
    assert "no article could be read" in result.output and "left as it was" in result.output
    assert snapshot(out) == before  # not a header-only quotes.csv beside stale side tables


def test_the_output_set_is_replaced_whole(tmp_path):
    port, mill = write_stories(tmp_path / "in", ["port.txt", "mill.txt"])
    out = tmp_path / "out" / "q.csv"
    assert extract(str(port), "-o", str(out)).exit_code == 0
    assert all((out.parent / f"q.{s}").is_file() for s in SIDE)

    result = extract(str(mill), "-o", str(out), "--no-link")
    assert result.exit_code == 0, result.output
    assert {r.doc_id for r in read_quotes(out)} == {"mill.txt"}
    # the old side tables described port.txt's rows, which are gone: they went with them
    assert sorted(p.name for p in out.parent.iterdir()) == ["q.csv"]


def test_a_failing_linking_pass_publishes_nothing_and_keeps_the_rows_for_resume(tmp_path):
    port, mill = write_stories(tmp_path / "in", ["port.txt", "mill.txt"])
    out = tmp_path / "out" / "q.csv"
    assert extract(str(port), "-o", str(out), "--no-link").exit_code == 0
    before = snapshot(out.parent)

    def failing_pass(quotes_file: Path):
        (quotes_file.parent / "q.speakers.csv").write_text("half a table", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    run = ExtractionRun(out, settings=EngineSettings(workers=1), annotate=failing_pass)
    with pytest.raises(OSError):
        list(run.results(read_inputs([str(mill)])))
    partial, journal = side_files(out)
    assert {p: b for p, b in snapshot(out.parent).items() if not p.startswith(".")} == before
    assert partial.is_file() and journal.is_file()  # the finished rows wait for --resume
    assert not list(out.parent.glob("*.staging"))


@pytest.mark.parametrize(
    ("name", "fmt", "check"),
    [
        ("q.csv", None, lambda p: p.read_bytes().startswith(b"\xef\xbb\xbfquote_id,")),
        ("q.jsonl", None, lambda p: json.loads(p.read_text(encoding="utf-8").splitlines()[0])["doc_id"] == "port.txt"),
        ("q.xlsx", None, lambda p: load_workbook(p).worksheets[0]["A1"].value == "quote_id"),
        ("q.xlsx", "xlsx", lambda p: p.read_bytes()[:2] == b"PK"),
        ("quotes.out", "jsonl", lambda p: json.loads(p.read_text(encoding="utf-8").splitlines()[0])["kind"]),
        ("folder/", "xlsx", lambda p: p.name == "quotes.xlsx" and p.read_bytes()[:2] == b"PK"),
    ],
)
def test_the_output_format_follows_the_suffix(tmp_path, name, fmt, check):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    target = f"{tmp_path}/{name}"
    result = extract(str(story), "-o", target, *(["--format", fmt] if fmt else []), "--no-link")
    assert result.exit_code == 0, result.output
    path = Path(target) / "quotes.xlsx" if name.endswith("/") else Path(target)
    assert check(path)
    assert [r.doc_id for r in read_quotes(path, "jsonl" if fmt == "jsonl" else None)][0] == "port.txt"


@pytest.mark.parametrize(("name", "fmt"), [("q.xlsx", "csv"), ("q.jsonl", "csv"), ("q.csv", "xlsx"), ("q.csv", "parquet")])
def test_a_suffix_that_disagrees_with_format_is_a_usage_error(tmp_path, name, fmt):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    result = extract(str(story), "-o", str(tmp_path / name), "--format", fmt)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert not (tmp_path / name).exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_xlsx_cells_are_typed_strings_kept_exactly(tmp_path):
    texts = ["-30 degrees", "=SUM(A1:A9)", "+1 555", "@mention", "'quoted", "plain", "a" * 40_000 + " end"]
    rows = [{"quote_id": f"d-{i:03d}", "doc_id": "d.txt", "quote": t, "kind": "direct", "start": i, "end": i + len(t),
             "sentence": t, "confidence": 0.5} for i, t in enumerate(texts)]  # fmt: skip
    path = tmp_path / "q.xlsx"
    assert write_xlsx(rows, path) == len(texts)
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]][: len(COLUMNS)] == list(COLUMNS)
    quote = COLUMNS.index("quote") + 1
    for n, text in enumerate(texts[:-1], 2):
        cell = sheet.cell(n, quote)
        assert (cell.value, cell.data_type) == (text, "s")  # no formula, no apostrophe
        assert sheet.cell(n, COLUMNS.index("start") + 1).data_type == "n"
    long_row = [c.value for c in sheet[len(texts) + 1] if isinstance(c.value, str)]
    parts = [v for v in long_row if " [part " in v]
    assert len(parts) == 4 and max(map(len, long_row)) <= 32_767  # quote and sentence, two cells each
    assert long_row[-2:] == parts[2:] and all("part 2 of 2" in v for v in parts[2:])  # after the last column
    back = list(read_quotes(path))
    assert [r.quote for r in back] == texts and [r.sentence for r in back] == texts  # split cells joined again
    assert back[0].start == 0 and back[0].confidence == 0.5


def test_xlsx_offsets_round_trip(tmp_path):
    paths = write_stories(tmp_path / "in")
    out = tmp_path / "q.xlsx"
    assert extract(str(tmp_path / "in"), "-o", str(out)).exit_code == 0
    rows = workbook_rows(out)
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    assert {r["doc_id"] for r in rows} == set(texts)
    for row in rows:
        assert texts[row["doc_id"]][row["start"] : row["end"]] == row["quote"]
    assert any(r["quote"].startswith("=") for r in rows)  # "=It works," stays text
    assert all(r["speaker_id"] for r in rows if r["speaker"])  # linked before the workbook was made
    assert (tmp_path / "q.speakers.csv").is_file() and not (tmp_path / "q.csv").exists()


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("notes.txt/quotes.csv", "notes.txt is a file, not a folder"),
        ("notes.txt/deeper/quotes.csv", "notes.txt is a file, not a folder"),
        ("/sys/quotes.csv", "Permission denied"),  # sysfs takes no new files, even from root
    ],
)
def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, target, reason):
    if target.startswith("/sys") and not Path("/sys/kernel").is_dir():
        pytest.skip("no sysfs here")
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    done = _quotes(str(story), "-o", target, "--workers", "1", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [f"error: cannot write {target}: {reason}"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "notes.txt"]


def test_a_read_only_place_is_one_line_and_exit_2(tmp_path, monkeypatch):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    out = tmp_path / "ro" / "quotes.csv"

    def read_only(path, *args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(output_module, "open", read_only, raising=False)  # as a read-only mount answers
    with pytest.raises(OutputUnwritable, match="Read-only file system"):
        list(ExtractionRun(out, settings=EngineSettings(workers=1)).results(read_inputs([str(story)])))
    result = extract(str(story), "-o", str(out))
    assert result.exit_code == 2
    assert result.output == f"error: cannot write {out}: Read-only file system\n"
    assert not out.exists() and not list(out.parent.iterdir())


def test_an_unwritable_report_is_one_line(tmp_path):
    (story,) = write_stories(tmp_path / "in", ["port.txt"])
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    result = extract(str(story), "-o", str(tmp_path / "q.csv"), "--report", str(tmp_path / "notes.txt" / "r.json"))
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert not (tmp_path / "q.csv").exists()
