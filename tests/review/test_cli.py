"""The review commands (quotes/review/cli.py) through the real CLI: export, help, export after re-extraction."""

from __future__ import annotations

import subprocess
import sys

from quotes.io.export import COLUMNS, write_csv
from quotes.review.load import read_quotes
from tests.helpers.review import D2, D4, correct_some, reextracted


def test_cli_export_and_help(pile, tmp_path):
    from typer.testing import CliRunner

    from quotes.cli import app

    runner = CliRunner()
    result = runner.invoke(app, ["review", str(pile.quotes.parent), "--export", str(tmp_path / "c.csv")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c.csv").is_file()
    assert "quotes review out/" in runner.invoke(app, ["review", "--help"]).output
    assert runner.invoke(app, ["review", str(tmp_path / "nothing")]).exit_code == 2


def test_cli_export_after_reextraction(pile, tmp_path):
    correct_some(pile)
    write_csv(reextracted(), pile.quotes, COLUMNS)
    done = subprocess.run([sys.executable, "-m", "quotes.cli", "review", str(pile.quotes.parent), "--export",
                           str(tmp_path / "corrected.csv")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "changed since the review database was built" in done.stderr
    assert "5 correction(s) carried, 2 set aside as no longer applying" in done.stderr
    exported = {r["quote_id"]: r for r in read_quotes(tmp_path / "corrected.csv")}
    assert exported[f"{D4}-005"]["quote"] == "(new one)" and exported[f"{D2}-002"]["speaker"] == "V. Putin"
    assert exported[f"{D2}-001"]["checked"] == ""
