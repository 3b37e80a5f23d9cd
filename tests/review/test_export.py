"""quotes.review.export: CSV and XLSX exports of the corrections, formula-safe, gold for `quotes evaluate`."""

from __future__ import annotations

import csv

import pytest

from quotes.review.export import export
from quotes.review.load import read_quotes


def test_export_csv_xlsx_and_formula_safety(client, pile, tmp_path):
    client.post("/quote/zz_hostile-001", data={"speaker": "=cmd|' /C calc'!A0"})
    n = export(pile.db, tmp_path / "corrected.csv")
    raw = (tmp_path / "corrected.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "corrected.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n and rows[0].keys() >= {"quote_id", "checked"}
    hostile = next(r for r in rows if r["quote_id"] == "zz_hostile-001")
    assert hostile["speaker"].startswith("'=") and hostile["checked"] == "corrected" and hostile["role"].startswith("'=")
    assert read_quotes(tmp_path / "corrected.csv")[-1]["speaker"].startswith("=cmd")
    from openpyxl import load_workbook

    assert export(pile.db, tmp_path / "corrected.xlsx") == n
    sheet = load_workbook(tmp_path / "corrected.xlsx").active
    assert sheet.cell(1, sheet.max_column).value == "checked"
    with pytest.raises(ValueError):
        export(pile.db, tmp_path / "corrected.txt")


def test_corrected_export_is_gold_for_evaluate(client, pile, tmp_path):
    from quotes.evaluate import evaluate, load_gold, load_predictions

    doc = "004_08711c255b65c805.txt"
    client.post(f"/article/{doc}/accept-rest")
    export(pile.db, tmp_path / "corrected.csv")
    gold = load_gold(tmp_path / "corrected.csv", texts_dir=tmp_path / "texts")
    assert list(gold) == [doc]  # only the fully checked article
    report = evaluate(gold, load_predictions(pile.quotes))
    assert "precision" in report.to_text().lower()
    assert report.to_dict()["ignored_predictions"] > 0
