"""`quotes extract` through the real CLI: files, folders, JSONL, stdin, bad inputs, missing models, exit codes."""

from __future__ import annotations

import json

import pytest

from quotes.cli import app
from tests.helpers import read_csv_rows
from tests.helpers.runs import STORY, runner


def test_extract_seed_articles_to_csv(seed_paths, tmp_path):
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["extract", *map(str, seed_paths), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = read_csv_rows(out)
    names = {p.name for p in seed_paths}
    assert {r["doc_id"] for r in rows} <= names and len({r["doc_id"] for r in rows}) >= 4
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_paths}
    for row in rows:
        quote = row["quote"][1:] if row["quote"][:2] in ("'=", "'+", "'-", "'@") else row["quote"]
        assert texts[row["doc_id"]][int(row["start"]) : int(row["end"])] == quote


def test_extract_jsonl(seed_paths, tmp_path):
    out = tmp_path / "quotes.jsonl"
    result = runner.invoke(app, ["extract", str(seed_paths[0]), "-o", str(out), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") >= 20


def test_folder_input(tmp_path):
    folder = tmp_path / "pile"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("“We are ready,” Ana Silva said.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("“So are we,” Paul Grant said.", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(r["speaker"] for r in read_csv_rows(out)) == ["Ana Silva", "Paul Grant"]


def test_bad_inputs_warn_and_the_rest_is_extracted(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("“We are ready,” Ana Silva said.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("“Ça va,” Zoë Müller said.".encode("cp1252"))
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(good), str(empty), str(binary), str(latin), "-o", str(out)])
    assert result.exit_code == 3, result.output  # some failed (issue 11)
    assert "empty.txt: empty file" in result.output
    assert "scan.txt: binary file" in result.output
    assert "latin.txt: not valid UTF-8" in result.output
    speakers = {r["speaker"] for r in read_csv_rows(out)}
    assert {"Ana Silva", "Zoë Müller"} <= speakers


def test_nothing_readable_is_an_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(empty), str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code != 0
    assert "no article could be read" in result.output


def test_missing_model_is_one_clear_line(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“Hello,” Ana Silva said.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "q.csv"), "--models", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "resources.json" in errors[0] and "quotes models download" in errors[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "q.csv").exists()


@pytest.mark.parametrize("fmt", ["xml"])
def test_unknown_format_is_rejected(fmt, tmp_path, seed_paths):
    result = runner.invoke(app, ["extract", str(seed_paths[0]), "-o", str(tmp_path / "q"), "-f", fmt])
    assert result.exit_code == 2


def test_stdin_input(tmp_path):
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", "-", "-o", str(out)], input="“Hello there,” Ana Silva said.\n")
    assert result.exit_code == 0, result.output
    rows = read_csv_rows(out)
    assert [(r["doc_id"], r["speaker"], r["quote"]) for r in rows] == [("stdin", "Ana Silva", "Hello there,")]


def test_dropped_paragraphs_are_counted_and_listed(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(STORY + "\nThe port at night. Photograph: Jane Roe/Reuters\n", encoding="utf-8")
    out, report = tmp_path / "q.csv", tmp_path / "run.json"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--no-link", "--verbose", "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "dropped: a.txt: offsets" in result.output and "image credit" in result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["dropped"] == [{"doc_id": "a.txt", "paragraphs": 1}] and data["dropped_paragraphs"] == 1


def test_same_named_files_through_extract_get_unique_ids(tmp_path):
    for day in ("01", "02", "03"):
        folder = tmp_path / "arch" / f"2026-01-{day}"
        folder.mkdir(parents=True)
        (folder / "index.html.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(tmp_path / "arch"), "-o", str(out), "--no-link"])
    assert result.exit_code == 0, result.output
    rows = read_csv_rows(out)
    assert len(rows) == len({r["quote_id"] for r in rows}) == 6
    assert len({r["group_id"] for r in rows}) == 6


def test_exit_status_3_when_some_articles_failed(tmp_path):
    story, empty = tmp_path / "story.txt", tmp_path / "empty.txt"
    story.write_text(STORY, encoding="utf-8")
    empty.write_bytes(b"")
    result = runner.invoke(app, ["extract", str(story), str(empty), "-o", str(tmp_path / "q.csv"), "--no-link"])
    assert result.exit_code == 3
    assert runner.invoke(app, ["extract", str(empty), "-o", str(tmp_path / "n.csv"), "--no-link"]).exit_code == 1
