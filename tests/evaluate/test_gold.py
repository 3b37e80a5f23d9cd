"""quotes.evaluate.gold: gold and predictions in CSV and JSONL, malformed gold, round trips on the texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotes.evaluate import GoldFormatError, load_gold, load_predictions
from tests.helpers import ROOT
from tests.helpers.evaluation import DOC, gold_doc, metric, perfect_rows, row_dict, run, span, write_csv


def _break(mutate) -> dict:
    doc = gold_doc()
    mutate(doc)
    return doc


BAD_GOLD = [
    ("missing key", lambda d: d["quotes"][0].pop("speaker"), None, "missing key"),
    ("missing doc_id", lambda d: d.pop("doc_id"), None, "doc_id"),
    ("unknown kind", lambda d: d["quotes"][0].update(kind="quoted"), None, "unknown kind"),
    ("text length mismatch", lambda d: d["quotes"][0]["spans"][0].update(end=5), None, "do not fit"),
    ("two spans on a marked quote", lambda d: d["quotes"][0]["spans"].append(span("Jane Doe")), None, "exactly one"),
    ("scare with speaker", lambda d: d["quotes"][1].update(speaker="Jane Doe"), None, "scare"),
    ("span does not round-trip",
     lambda d: d["quotes"][2]["spans"][0].update(start=d["quotes"][2]["spans"][0]["start"] + 1,
                                                 end=d["quotes"][2]["spans"][0]["end"] + 1), "texts", "round-trip"),
    ("mention does not round-trip", lambda d: d["quotes"][0]["mention"].update(text="Jane Roe"), "texts",
     "round-trip"),
]


def test_bom_csv_and_formula_neutralised_cells(workdir: Path) -> None:
    rows = [row_dict(r) for r in perfect_rows()]
    rows[0]["speaker"] = "'=Jane Doe"
    rows[0]["quote"] = "'-We will not back down,"
    rows[1]["sentence"] = "'plain apostrophe stays"
    rows[2]["cue"] = "'@said"
    path = write_csv(workdir / "pred.csv", rows)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    loaded = load_predictions(path)
    assert loaded[0].quote_id == "1"  # the BOM does not stick to the first column name
    assert loaded[0].speaker == "=Jane Doe"
    assert loaded[0].quote == "-We will not back down,"
    assert loaded[1].sentence == "'plain apostrophe stays"
    assert loaded[2].cue == "@said"
    assert loaded[1].speaker == "" and loaded[0].start == perfect_rows()[0].start


def test_csv_round_trip_scores_one(workdir: Path) -> None:
    path = write_csv(workdir / "pred.csv", [row_dict(r) for r in perfect_rows()])
    report = run(workdir, load_predictions(path))
    assert report.errors == () and metric(report, "speaker") == (1, 1)


def test_jsonl(workdir: Path) -> None:
    path = workdir / "pred.jsonl"
    path.write_text("\n".join(json.dumps(row_dict(r), ensure_ascii=False) for r in perfect_rows()) + "\n",
                    encoding="utf-8")
    assert load_predictions(path) == perfect_rows()


@pytest.mark.parametrize("name, mutate, texts, message", BAD_GOLD, ids=[b[0] for b in BAD_GOLD])
def test_malformed_gold_raises(workdir: Path, name: str, mutate, texts: str | None, message: str) -> None:
    bad = workdir / "gold" / "900_test.json"
    bad.write_text(json.dumps(_break(mutate), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldFormatError) as err:
        load_gold(workdir / "gold", texts_dir=workdir / texts if texts else None)
    assert "900_test.json" in str(err.value) and message in str(err.value)


def test_round_trip_needs_texts(workdir: Path) -> None:
    """Offsets that fit their own text but not the article only fail when texts_dir is given."""
    bad = workdir / "gold" / "900_test.json"
    bad.write_text(json.dumps(_break(BAD_GOLD[6][1]), ensure_ascii=False), encoding="utf-8")
    assert len(load_gold(bad)[DOC]) == 3


def test_invalid_json_names_file(workdir: Path) -> None:
    (workdir / "gold" / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="broken.json"):
        load_gold(workdir / "gold")


def test_real_gold_loads_and_round_trips() -> None:
    gold = load_gold(ROOT / "fixtures" / "gold", texts_dir=ROOT / "fixtures")
    assert sorted(gold) == sorted(p.name for p in (ROOT / "fixtures").glob("00[0-4]_*.txt"))
    for doc_id, quotes in gold.items():
        text = (ROOT / "fixtures" / doc_id).read_text(encoding="utf-8")
        assert quotes, doc_id
        for q in quotes:
            for s in q.spans:
                assert text[s.start:s.end] == s.text
                if q.kind != "indirect":  # marked spans sit strictly between a pair of quote marks
                    assert text[s.start - 1] in "“‘\"'«" and text[s.end] in "”’\"'»", (doc_id, q.id)
            if q.kind == "scare":
                assert q.speaker is None and q.cue is None, (doc_id, q.id)
        starts = [q.spans[0].start for q in quotes]
        assert starts == sorted(starts), f"{doc_id}: quotes not in text order"
