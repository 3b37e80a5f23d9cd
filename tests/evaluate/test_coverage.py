"""`quotes evaluate` refuses to score nothing: predictions for other documents, or a corrected export
with no fully checked article, exit 1 with "nothing to score"; partial overlap is said on stderr.
Real files, the CLI in a subprocess, both gold paths (the project's JSON and brat/PolNeAR)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quotes.evaluate import evaluate, load_gold
from quotes.evaluate.coverage import NothingToScore, check_coverage
from tests.helpers.evaluation import (
    DOC,
    TEXT,
    _predictions,
    _write_quotes,
    gold_doc,
    perfect_rows,
    row_dict,
    write_brat,
    write_csv,
)

OTHER = replace(perfect_rows()[0], doc_id="elsewhere.txt")


def quotes_evaluate(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotes.cli", "evaluate", *args], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "900_test.json").write_text(json.dumps(gold_doc(), ensure_ascii=False), encoding="utf-8")
    return tmp_path / "gold"


# name, predicted rows, exit status, what stderr holds, what it must not hold
PROJECT_CASES = [
    ("no predicted document in the gold", [OTHER, replace(OTHER, doc_id="other2.txt")], 1,
     ["nothing to score: none of the 2 predicted documents is in the gold", "elsewhere.txt, other2.txt"], ["Traceback"]),
    ("partial overlap", [*perfect_rows(), OTHER], 0,
     ["note: scored 1 of 2 predicted documents; 1 not in the gold (elsewhere.txt)"], ["nothing to score"]),
    ("every predicted document scored", perfect_rows(), 0, [], ["note:", "nothing to score"]),
]


@pytest.mark.parametrize("name, rows, status, said, not_said", PROJECT_CASES, ids=[c[0] for c in PROJECT_CASES])
def test_project_gold(tmp_path, gold_dir, name, rows, status, said, not_said):
    predictions = write_csv(tmp_path / "pred.csv", [row_dict(r) for r in rows])
    done = quotes_evaluate("--gold", str(gold_dir), str(predictions))
    assert done.returncode == status, done.stderr
    for text in said:
        assert text in done.stderr
    for text in not_said:
        assert text not in done.stderr
    assert ("precision" in done.stdout) == (status == 0)  # no figures when nothing was scored


def test_corrected_export_with_no_fully_checked_article(tmp_path):
    (tmp_path / DOC).write_text(TEXT, encoding="utf-8")
    rows = [row_dict(r) | {"checked": "accepted" if i else ""} for i, r in enumerate(perfect_rows())]
    corrected = tmp_path / "corrected.csv"
    write_csv_with(corrected, rows, [*rows[0].keys()])
    predictions = write_csv(tmp_path / "pred.csv", [row_dict(r) for r in perfect_rows()])
    done = quotes_evaluate("--gold", str(corrected), str(predictions))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "nothing to score: no article of" in done.stderr and "(2 of 3 rows checked, in 1 articles)" in done.stderr
    assert "n/a" not in done.stdout
    rows[0]["checked"] = "corrected"  # the article fully checked: scored
    write_csv_with(corrected, rows, [*rows[0].keys()])
    done = quotes_evaluate("--gold", str(corrected), str(predictions))
    assert done.returncode == 0 and "1.00 (2/2)" in done.stdout, done.stderr


def write_csv_with(path: Path, rows: list[dict], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def test_brat_gold(tmp_path):
    write_brat(tmp_path / "b")
    elsewhere = [r | {"doc_id": "zz_other.txt"} for r in _predictions()]
    _write_quotes(tmp_path / "none.csv", elsewhere)
    done = quotes_evaluate("--gold", str(tmp_path / "b"), str(tmp_path / "none.csv"))
    assert done.returncode == 1, done.stdout + done.stderr
    assert "nothing to score: none of the 1 predicted documents is in the gold" in done.stderr
    assert "zz_other" in done.stderr and "a1, a2" in done.stderr and done.stdout == ""

    _write_quotes(tmp_path / "half.csv", [r for r in _predictions() if r["doc_id"] == "a1.txt"] + elsewhere)
    done = quotes_evaluate("--gold", str(tmp_path / "b"), str(tmp_path / "half.csv"))
    assert done.returncode == 0, done.stderr
    assert "note: scored 1 of 2 predicted documents; 1 not in the gold (zz_other)" in done.stderr
    assert "note: 1 of the 2 gold documents have no predicted row (a2)" in done.stderr
    assert "content recall" in done.stdout

    _write_quotes(tmp_path / "all.csv", _predictions())
    done = quotes_evaluate("--gold", str(tmp_path / "b"), str(tmp_path / "all.csv"))
    assert done.returncode == 0 and "note:" not in done.stderr, done.stderr


def test_library_raises(gold_dir):
    gold = load_gold(gold_dir)
    with pytest.raises(NothingToScore, match="none of the 1 predicted documents"):
        evaluate(gold, [OTHER])
    with pytest.raises(NothingToScore, match="the predictions hold no row"):
        evaluate(gold, [])
    with pytest.raises(NothingToScore, match="holds no document"):
        check_coverage([], ["a.txt"], "g/")
    assert evaluate(gold, perfect_rows()).coverage.scored == 1
