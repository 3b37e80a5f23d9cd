"""quotes.evaluate.brat: the PolNeAR-style scorer, by hand and against the reference scorer."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from quotes.evaluate.brat import evaluate_brat, load_brat_gold
from tests.helpers import ROOT
from tests.helpers.evaluation import _predictions, _write_quotes, write_brat

REFERENCE = ROOT.parent / "shared" / "tools" / "polnear_score.py"


def test_scores_by_hand(tmp_path):
    write_brat(tmp_path / "b")
    _write_quotes(tmp_path / "q.csv", _predictions())
    report = evaluate_brat(tmp_path / "b", tmp_path / "q.csv")
    direct, indirect = report.all_cues
    # gold with a source: a1 three relations (1 direct), a2 two (1 direct: "a giveaway")
    assert (direct.recall.hit, direct.recall.total, direct.speaker.hit) == (2, 2, 1)
    assert (indirect.recall.hit, indirect.recall.total, indirect.speaker.hit) == (2, 3, 1)
    assert (report.precision.hit, report.precision.total) == (5, 6)
    speech_direct, speech_indirect = report.speech_cues
    # speech cues: "told" (direct); "said", "warned", "according to" (indirect); "called" is not one
    assert speech_direct.recall.total == 1 and speech_indirect.recall.total == 3
    gold, _ = load_brat_gold(tmp_path / "b")
    assert len(gold) == 5


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer lives in ../shared/tools")
def test_agrees_with_the_reference_scorer(tmp_path):
    write_brat(tmp_path / "b")
    _write_quotes(tmp_path / "q.csv", _predictions())
    subprocess.run([sys.executable, str(REFERENCE), "export-dir", str(tmp_path / "b"), str(tmp_path / "ref")],
                   check=True, capture_output=True)
    report = evaluate_brat(tmp_path / "b", tmp_path / "q.csv")
    for speech in (False, True):
        args = [sys.executable, str(REFERENCE), "score", str(tmp_path / "ref" / "gold.jsonl"), str(tmp_path / "q.csv")]
        out = subprocess.run(args + (["--speech"] if speech else []), check=True, capture_output=True, text=True)
        assert out.stdout.strip() == report.reference_line(speech)
    assert re.search(r"precision 0\.83 \(5/6\)", report.reference_line())
