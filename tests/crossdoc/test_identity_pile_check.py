"""The issue-14 pile check's judgements stay readable and its figures recomputable (fixtures/identity)."""

from __future__ import annotations

import csv
import importlib.util

from tests.helpers import FIXTURES

HERE = FIXTURES / "identity"


def _figures():
    spec = importlib.util.spec_from_file_location("identity_figures", HERE / "figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_checked_row_has_a_known_verdict_and_a_fault_when_it_fails():
    module = _figures()
    with open(HERE / "judgements.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["sample"] for r in rows].count("top") == 100 and [r["sample"] for r in rows].count("random") == 100
    for r in rows:
        assert r["verdict"] in ("ok", *module.FAILURES), r
        assert (r["verdict"] == "ok") == (r["fault"] == ""), r
        if r["verdict"] == "split":
            assert r["split_with"], r


def test_the_figures_are_recomputed_from_the_judgements():
    text = _figures().figures()
    assert "100 most quoted: 100/100" in text
    assert "pile audit over" in text and "0 pronoun, 0 sentence opener" in text


def test_the_audit_finds_what_it_is_for():
    found = _figures().audit([
        {"name": "they", "speaker_type": "unknown"}, {"name": "They", "speaker_type": "unknown"},
        {"name": "So", "speaker_type": "person"}, {"name": "Meanwhile Trump", "speaker_type": "person"},
        {"name": "Experience Of Serving Under Obama", "speaker_type": "person"},
        {"name": "Donald Trump", "speaker_type": "person"}, {"name": "unnamed official", "speaker_type": "person"},
    ])
    assert found == {"pronoun": ["they", "They"], "sentence opener": ["So", "Meanwhile Trump"],
                     "headline fragment": ["Experience Of Serving Under Obama"]}
