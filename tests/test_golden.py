"""The seeds against their hand annotations: the quality bar the README reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import evaluate as scoring
from quotes.api import extract_files
from quotes.io.export import quote_rows, write_csv

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def report(tmp_path_factory, seed_paths):
    out = tmp_path_factory.mktemp("golden") / "quotes.csv"
    results = list(extract_files([str(p) for p in seed_paths]))
    assert all(r.ok for r in results)
    write_csv((row for r in results for row in quote_rows(r.quotes)), out)
    gold = scoring.load_gold(FIXTURES / "gold", texts_dir=FIXTURES)
    return scoring.evaluate(gold, scoring.load_predictions(out))


def test_quote_detection(report):
    assert report.marked.recall.value >= 0.98, report.to_text()
    assert report.marked.precision.value >= 0.95, report.to_text()


def test_speaker_accuracy(report):
    assert report.speaker.value >= 0.95, report.to_text()


def test_role_or_affiliation_accuracy(report):
    assert report.affiliation.value >= 0.90, report.to_text()


def test_scare_quotes_have_no_speaker(report):
    assert report.scare_unattributed.value == 1.0, report.to_text()


def test_reported_speech(report):
    # reported speech is harder to delimit; hold the line where it stands. The seeds' gold marks
    # reported speech only; the learned stage (PolNeAR's notion of attribution) also reports
    # attributed beliefs and intentions ("observers believe …", "the U.S. hopes …"), which that
    # gold does not list: precision against it is bounded by that, not by wrong rows alone
    assert report.indirect.precision.value >= 0.50, report.to_text()
    assert report.indirect.recall.value >= 0.85, report.to_text()
    assert report.indirect_speaker.value >= 0.90, report.to_text()
