"""quotes.learn.tagger: the shipped models and their provenance, runs of labels."""

from __future__ import annotations

import json

from quotes.learn.tagger import crf_models_dir, runs


def test_the_shipped_models_and_their_provenance():
    folder = crf_models_dir()
    assert (folder / "cue.crfsuite").stat().st_size + (folder / "span.crfsuite").stat().st_size < 25_000_000
    provenance = (folder / "PROVENANCE.md").read_text(encoding="utf-8")
    assert "PolNeAR" in provenance and "train" in provenance
    info = json.loads((folder / "training.json").read_text(encoding="utf-8"))
    assert info["articles"] == 840


def test_runs_of_labels():
    labels = ["O", "B-SRC", "I-SRC", "O", "I-CON", "I-CON", "B-CON", "O"]
    assert runs(labels, "SRC") == [(1, 3)]
    assert runs(labels, "CON") == [(4, 6), (6, 7)]  # an I without a B starts a run; a B starts another
    assert runs([], "CUE") == []
