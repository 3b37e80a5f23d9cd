"""The command line through typer's CliRunner: outputs, bad input, exit codes, documented commands."""

from __future__ import annotations

import csv

import click
import pytest
import typer.main
from typer.testing import CliRunner

from quotes.cli import app

runner = CliRunner()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, prefix + (name,))


def test_every_command_has_a_runnable_example_in_its_help():
    root = typer.main.get_command(app)
    commands = list(_commands(root))
    assert {"extract", "evaluate", "models"} <= {path[0] for path, _ in commands}
    for path, _ in commands:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example" in result.output, f"`quotes {' '.join(path)} --help` has no example"
        assert "quotes " in result.output.split("Example", 1)[1], path


def test_extract_seed_articles_to_csv(seed_paths, tmp_path):
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["extract", *map(str, seed_paths), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = read_csv(out)
    names = {p.name for p in seed_paths}
    assert {r["doc_id"] for r in rows} <= names and len({r["doc_id"] for r in rows}) >= 4
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_paths}
    for row in rows:
        quote = row["quote"][1:] if row["quote"][:2] in ("'=", "'+", "'-", "'@") else row["quote"]
        assert texts[row["doc_id"]][int(row["start"]) : int(row["end"])] == quote


def _has_option(option: str) -> bool:
    return option in runner.invoke(app, ["extract", "--help"]).output


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
    assert sorted(r["speaker"] for r in read_csv(out)) == ["Ana Silva", "Paul Grant"]


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
    speakers = {r["speaker"] for r in read_csv(out)}
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


def test_missing_single_model_file_is_named(tmp_path):
    models = tmp_path / "models"
    (models / "en" / "tokenize").mkdir(parents=True)
    (models / "resources.json").write_text("{}")
    (models / "en" / "tokenize" / "combined.pt").write_bytes(b"x")
    result = runner.invoke(app, ["models", "--models", str(models)])
    assert result.exit_code == 1
    assert "en/mwt/combined.pt  MISSING" in result.output


def test_models_show_installed():
    result = runner.invoke(app, ["models"])
    assert result.exit_code == 0, result.output
    assert "en/tokenize/combined.pt  installed" in result.output


@pytest.mark.parametrize("fmt", ["xml"])
def test_unknown_format_is_rejected(fmt, tmp_path, seed_paths):
    result = runner.invoke(app, ["extract", str(seed_paths[0]), "-o", str(tmp_path / "q"), "-f", fmt])
    assert result.exit_code == 2


def test_models_download_failure_is_one_clear_line(monkeypatch, tmp_path):
    import stanza

    def offline(*args, **kwargs):
        raise ConnectionError("network is unreachable")

    monkeypatch.setattr(stanza, "download", offline)
    result = runner.invoke(app, ["models", "download", "--models", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: could not download stanza models")
    assert "Traceback" not in result.output


def test_stdin_input(tmp_path):
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", "-", "-o", str(out)], input="“Hello there,” Ana Silva said.\n")
    assert result.exit_code == 0, result.output
    rows = read_csv(out)
    assert [(r["doc_id"], r["speaker"], r["quote"]) for r in rows] == [("stdin", "Ana Silva", "Hello there,")]
