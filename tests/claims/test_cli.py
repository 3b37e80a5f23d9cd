"""The claims commands (quotes/claims/cli.py) and the claim options of `quotes extract`, through the real CLI."""

from __future__ import annotations

import openpyxl
from typer.testing import CliRunner

from quotes.cli import app
from tests.helpers.claims import GOOD, PAGE, SEED_CODEBOOK, _sheet_rows

COLD_CODEBOOK = '''topic = "How many degrees below zero it will be on Thursday night"
topic_keywords = ["cold", "degrees", "freezing"]

[settings]  # one quote on the topic is all this test needs: low floors keep it on the table
relevance = 0.1
match = 0.05

[[claims]]
id = "cold"
label = "It will be cold"
statement = "Temperatures will fall far below zero this week."
keywords = ["degrees", "cold"]
supports = ["It will be bitterly cold.", "Expect temperatures far below freezing."]
disputes = ["The weather will be mild."]
'''


def test_check_command(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["claims", "check", str(SEED_CODEBOOK)])
    assert result.exit_code == 0, result.output
    assert "has-limits" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("statement = \"The dam", "statment = \"The dam"), encoding="utf-8")
    result = runner.invoke(app, ["claims", "check", str(bad)])
    assert result.exit_code == 2
    assert "line 9" in result.output and "statment" in result.output


def test_extract_checks_the_claim_options_before_extracting(tmp_path):
    runner = CliRunner()
    article = tmp_path / "a.txt"
    article.write_text("“We are ready,” Ana Silva said.", encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--table", str(tmp_path / "t.xlsx")])
    assert result.exit_code == 2 and "--claims CODEBOOK and --table PATH go together" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace('id = "cost-overrun"', 'id = "dam-safe"'), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--claims", str(bad), "--table", "t.xlsx"])
    assert result.exit_code == 2 and "duplicate claim id" in result.output
    result = runner.invoke(app, ["extract", str(article), "-o", str(out), "--claims", str(SEED_CODEBOOK),
                                 "--table", str(tmp_path / "t.ods")])
    assert result.exit_code == 2 and ".csv or .xlsx" in result.output
    assert not out.exists()  # nothing was extracted


def test_extract_with_save_text_links_the_table_to_the_saved_text(tmp_path):
    """`quotes extract page.html --save-text texts --claims … --table …`: the workbook built after the
    extraction links to the saved text, the raw page having other offsets."""
    from typer.testing import CliRunner

    from quotes.cli import app

    (tmp_path / "cold.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "cold.toml").write_text(COLD_CODEBOOK, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, [
        "extract", str(tmp_path / "cold.html"), "-o", str(out / "quotes.csv"), "--save-text", str(tmp_path / "texts"),
        "--claims", str(tmp_path / "cold.toml"), "--table", str(out / "table.xlsx"), "--no-link",
    ])
    assert result.exit_code == 0, result.output
    evidence = _sheet_rows(openpyxl.load_workbook(out / "table.xlsx")["Evidence"])
    assert evidence and {r["source"].hyperlink.target for r in evidence} == {"../texts/cold.html.txt"}
    text = (tmp_path / "texts" / "cold.html.txt").read_text(encoding="utf-8")
    for row in evidence:
        assert text[row["start"].value : row["end"].value] == row["quote"].value
        assert (row["title"].value, row["url"].value) == ("Cold snap ahead", "https://example.com/cold")
