"""Tests for quotes.evaluate: a tiny constructed article, gold and predictions written to tmp_path."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pytest

from quotes.evaluate import (
    EvaluationReport,
    GoldFormatError,
    cue_match,
    evaluate,
    jaccard,
    lenient_match,
    load_gold,
    load_predictions,
    normalise,
)
from quotes.io.records import QuoteRow

REPO = Path(__file__).resolve().parent.parent
DOC = "900_test.txt"
TEXT = (
    "Talks resume.\n\n"
    "“We will not back down,” Jane Doe, a senior analyst at Acme Corp, told AFP.\n\n"
    "The so-called “iron” pact was signed in May. Officials said the pact will hold for years.\n"
)
COLUMNS = ["quote_id", "doc_id", "quote", "kind", "start", "end", "group_id", "speaker", "speaker_type",
           "speaker_mention", "speaker_start", "speaker_end", "role", "affiliation", "cue", "medium",
           "confidence", "sentence"]


def span(s: str) -> dict:
    start = TEXT.index(s)
    return {"start": start, "end": start + len(s), "text": s}


def gold_doc() -> dict:
    return {
        "doc_id": DOC,
        "text_sha1": hashlib.sha1(TEXT.encode("utf-8")).hexdigest(),
        "quotes": [
            {"id": "q1", "kind": "direct", "group": "q1", "spans": [span("We will not back down,")],
             "speaker": "Jane Doe", "speaker_type": "person", "mention": span("Jane Doe"),
             "role": "senior analyst", "affiliation": "Acme Corp", "cue": "told", "medium": "AFP"},
            {"id": "q2", "kind": "scare", "group": "q2", "spans": [span("iron")], "speaker": None,
             "speaker_type": None, "mention": None, "role": None, "affiliation": None, "cue": None, "medium": None},
            {"id": "q3", "kind": "indirect", "group": "q3", "spans": [span("the pact will hold for years")],
             "speaker": "officials", "speaker_type": "group", "mention": span("Officials"),
             "role": None, "affiliation": None, "cue": "said", "medium": None},
        ],
    }


def perfect_rows() -> list[QuoteRow]:
    return [
        QuoteRow(doc_id=DOC, kind="direct", quote_id="1", quote="We will not back down,",
                     start=span("We will not back down,")["start"], end=span("We will not back down,")["end"],
                     speaker="Jane Doe", speaker_type="person", role="senior analyst", affiliation="Acme Corp",
                     cue="told", medium="AFP"),
        QuoteRow(doc_id=DOC, kind="scare", quote_id="2", quote="iron",
                     start=span("iron")["start"], end=span("iron")["end"]),
        QuoteRow(doc_id=DOC, kind="indirect", quote_id="3", quote="the pact will hold for years",
                     start=span("the pact will hold for years")["start"],
                     end=span("the pact will hold for years")["end"], speaker="Officials", cue="said"),
    ]


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / DOC).write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "900_test.json").write_text(json.dumps(gold_doc(), ensure_ascii=False), encoding="utf-8")
    return tmp_path


def write_csv(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in COLUMNS})
    return path


def row_dict(r: QuoteRow) -> dict:
    return {c: ("" if getattr(r, c) is None else getattr(r, c)) for c in COLUMNS}


def run(workdir: Path, rows: list[QuoteRow], threshold: float = 0.5) -> EvaluationReport:
    return evaluate(load_gold(workdir / "gold", texts_dir=workdir / "texts"), rows, threshold=threshold)


def shift(rows: list[QuoteRow], i: int, start: int, end: int) -> list[QuoteRow]:
    rows = list(rows)
    rows[i] = replace(rows[i], start=rows[i].start + start, end=rows[i].end + end)
    return rows


def with_field(rows: list[QuoteRow], i: int, **changes: object) -> list[QuoteRow]:
    rows = list(rows)
    rows[i] = replace(rows[i], **changes)
    return rows


SPURIOUS = QuoteRow(doc_id=DOC, kind="direct", start=0, end=13, quote="Talks resume.")

# name, predictions, {metric path: (hits, total)}, expected error kinds
CASES = [
    ("perfect", perfect_rows(),
     {"marked.precision": (2, 2), "marked.recall": (2, 2), "marked.exact": (2, 2), "kind_accuracy": (2, 2),
      "indirect.precision": (1, 1), "indirect.recall": (1, 1), "speaker": (1, 1), "indirect_speaker": (1, 1),
      "scare_unattributed": (1, 1), "affiliation": (1, 1), "cue": (2, 2), "medium": (2, 2)}, set()),
    ("missing scare lowers recall", [r for r in perfect_rows() if r.kind != "scare"],
     {"marked.precision": (1, 1), "marked.recall": (1, 2)}, {"missed"}),
    ("missing indirect", [r for r in perfect_rows() if r.kind != "indirect"],
     {"indirect.recall": (0, 1), "indirect.precision": (0, 0), "marked.recall": (2, 2)}, {"missed"}),
    ("spurious lowers precision", perfect_rows() + [SPURIOUS],
     {"marked.precision": (2, 3), "marked.recall": (2, 2)}, {"spurious"}),
    ("wrong speaker", with_field(perfect_rows(), 0, speaker="John Roe"),
     {"speaker": (0, 1), "marked.recall": (2, 2)}, {"wrong_speaker"}),
    ("speaker normalised", with_field(perfect_rows(), 0, speaker="  jane  DOE. "), {"speaker": (1, 1)}, set()),
    ("scare given a speaker", with_field(perfect_rows(), 1, speaker="Jane Doe"),
     {"scare_unattributed": (0, 1)}, {"wrong_speaker"}),
    ("wrong kind", with_field(perfect_rows(), 0, kind="partial"), {"kind_accuracy": (1, 2)}, {"wrong_kind"}),
    ("indirect labelled direct is missed + spurious", with_field(perfect_rows(), 2, kind="direct"),
     {"indirect.recall": (0, 1), "marked.precision": (2, 3)}, {"missed", "spurious"}),
    ("affiliation lenient", with_field(perfect_rows(), 0, role="", affiliation="Acme Corp (Geneva)"),
     {"affiliation": (1, 1)}, set()),
    ("wrong affiliation", with_field(perfect_rows(), 0, role="professor", affiliation="Globex"),
     {"affiliation": (0, 1)}, {"wrong_affiliation"}),
    ("wrong cue and medium", with_field(perfect_rows(), 0, cue="wrote", medium="Reuters"),
     {"cue": (1, 2), "medium": (1, 2)}, {"wrong_cue", "wrong_medium"}),
    ("overlap above threshold matches, not exact", shift(perfect_rows(), 0, 0, -1),
     {"marked.recall": (2, 2), "marked.exact": (1, 2)}, set()),
    ("overlap below threshold is no match", shift(perfect_rows(), 2, 20, 20),
     {"indirect.recall": (0, 1), "indirect.precision": (0, 1)}, {"missed", "spurious"}),
    ("other documents ignored", perfect_rows() + [replace(SPURIOUS, doc_id="elsewhere.txt")],
     {"marked.precision": (2, 2)}, set()),
]


def metric(report: EvaluationReport, path: str) -> tuple[int, int]:
    obj: object = report
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj.hits, obj.total  # type: ignore[attr-defined]


@pytest.mark.parametrize("name, rows, expected, error_kinds", CASES, ids=[c[0] for c in CASES])
def test_metrics(workdir: Path, name: str, rows: list[QuoteRow], expected: dict, error_kinds: set) -> None:
    report = run(workdir, rows)
    for path, counts in expected.items():
        assert metric(report, path) == counts, path
    assert {e.error for e in report.errors} == error_kinds
    assert all(e.doc_id == DOC for e in report.errors)


def test_perfect_scores_one(workdir: Path) -> None:
    report = run(workdir, perfect_rows())
    assert report.marked.f1 == 1.0 and report.indirect.f1 == 1.0
    assert report.errors == ()
    assert report.documents[0].matched_marked == 2 and report.documents[0].matched_indirect == 1


def test_ignored_count_and_text_and_dict(workdir: Path) -> None:
    report = run(workdir, perfect_rows() + [replace(SPURIOUS, doc_id="elsewhere.txt")])
    assert report.ignored_predictions == 1
    text = report.to_text()
    assert "1.00 (2/2)" in text and DOC in text
    assert json.loads(json.dumps(report.to_dict()))["marked"]["recall"] == {"hits": 2, "total": 2, "value": 1.0}


def test_threshold_is_a_parameter(workdir: Path) -> None:
    rows = shift(perfect_rows(), 2, 10, 10)  # Jaccard 18/38 < 0.5
    assert metric(run(workdir, rows), "indirect.recall") == (0, 1)
    assert metric(run(workdir, rows, threshold=0.3), "indirect.recall") == (1, 1)


def test_greedy_one_to_one(workdir: Path) -> None:
    rows = perfect_rows() + [replace(perfect_rows()[0], end=perfect_rows()[0].end - 2)]
    report = run(workdir, rows)
    assert metric(report, "marked.exact") == (2, 2)  # the exact row wins, the shorter duplicate is spurious
    assert [e.error for e in report.errors] == ["spurious"]


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


@pytest.mark.parametrize("a, b, expected", [
    ((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 5 / 15), ((0, 10), (10, 20), 0.0), ((0, 4), (1, 3), 0.5)])
def test_jaccard(a: tuple[int, int], b: tuple[int, int], expected: float) -> None:
    assert jaccard(*a, *b) == pytest.approx(expected)


@pytest.mark.parametrize("pred, gold, ok", [
    ("US", "U.S.", True), ("United States", "U.S.", True), ("Harvard", "Harvard Kennedy School", True),
    ("Harv", "Harvard Kennedy School", False), ("", "U.S.", False), (None, None, False),
    ("the Eurasia Group", "Eurasia Group", True)])
def test_lenient_match(pred: str | None, gold: str | None, ok: bool) -> None:
    assert lenient_match(pred, gold) is ok


@pytest.mark.parametrize("pred, gold, ok", [
    ("described", "described as", True), ("quoted", "quoted as saying", True), ("said", "told", False),
    (None, None, True), ("said", None, False)])
def test_cue_match(pred: str | None, gold: str | None, ok: bool) -> None:
    assert cue_match(pred, gold) is ok


def test_normalise() -> None:
    assert normalise("The  Economist") == "economist"
    assert normalise("Joseph Nye Jr.") == "joseph nye jr"


def test_real_gold_loads_and_round_trips() -> None:
    gold = load_gold(REPO / "fixtures" / "gold", texts_dir=REPO / "fixtures")
    assert sorted(gold) == sorted(p.name for p in (REPO / "fixtures").glob("00[0-4]_*.txt"))
    for doc_id, quotes in gold.items():
        text = (REPO / "fixtures" / doc_id).read_text(encoding="utf-8")
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
