"""quotes.evaluate.score: matching and metrics on a tiny constructed article, gold and predictions in tmp_path."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from quotes.evaluate import cue_match, jaccard, lenient_match, normalise
from quotes.io.records import QuoteRow
from tests.helpers.evaluation import DOC, metric, perfect_rows, run


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
