"""The multi-beat gold (fixtures/beats): every span round-trips on the texts prepare.py lays out."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.evaluate.gold import load_gold
from tests.helpers import ROOT

BEATS = ROOT / "fixtures" / "beats"
NEWS = ROOT.parent / "shared" / "news"


def listing():
    with (BEATS / "articles.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_listing_and_the_gold_files_agree():
    rows = listing()
    assert len(rows) >= 80 and len({r["beat"] for r in rows}) >= 6
    for row in rows:
        path = BEATS / row["split"] / (Path(row["doc_id"]).stem + ".json")
        data = json.loads(path.read_text(encoding="utf-8"))
        assert (data["doc_id"], data["beat"]) == (row["doc_id"], row["beat"])
    halves = [{p.name for p in (BEATS / split).glob("*.json")} for split in ("dev", "test", "holdout", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18")]
    assert all(halves) and sum(map(len, halves)) == len(set().union(*halves)) == len(rows)


@pytest.mark.skipif(not NEWS.is_dir(), reason="needs ../shared/news (the texts are never committed)")
def test_every_span_round_trips_on_the_prepared_texts(tmp_path):
    subprocess.run([sys.executable, str(BEATS / "prepare.py"), str(NEWS), str(tmp_path)], check=True,
                   capture_output=True)
    for split, least in (("dev", 400), ("test", 400), ("holdout", 200), ("holdout3", 200), ("holdout4", 200), ("holdout5", 200), ("holdout6", 200), ("holdout7", 200), ("holdout8", 200), ("holdout9", 200), ("holdout10", 200), ("holdout11", 200), ("holdout12", 200), ("holdout13", 200), ("holdout14", 200), ("holdout15", 200), ("holdout16", 200), ("holdout17", 200), ("holdout18", 200)):
        gold = load_gold(BEATS / split, texts_dir=tmp_path)  # raises on any offset or SHA-1 mismatch
        assert sum(len(quotes) for quotes in gold.values()) > least
