"""`quotes evaluate` through the real CLI: the per-beat table, missing columns named."""

from __future__ import annotations

import json

from quotes.cli import app
from quotes.io.export import write_csv
from tests.helpers.runs import runner


def test_evaluate_command_ends_with_the_per_beat_table(tmp_path):
    """A real `quotes evaluate` run on a gold folder with beats prints the table and puts it in --json."""
    import subprocess
    import sys


    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for name, beat in (("a", "sport"), ("b", "business")):
        (gold_dir / f"{name}.json").write_text(json.dumps({"doc_id": f"{name}.txt", "beat": beat, "quotes": [
            {"id": "q1", "kind": "direct", "spans": [{"start": 0, "end": 4, "text": "abcd"}],
             "speaker": "Tom Hale", "speaker_type": "person", "role": "coach", "affiliation": "Rangers"}]}))
    rows = [{"quote_id": "a-1", "doc_id": "a.txt", "quote": "abcd", "kind": "direct", "start": 0, "end": 4,
             "speaker": "Tom Hale", "speaker_type": "person", "role": "coach", "affiliation": "Rangers"},
            {"quote_id": "b-1", "doc_id": "b.txt", "quote": "abcd", "kind": "direct", "start": 0, "end": 4,
             "speaker": "Ann Lee", "speaker_type": "person"}]
    write_csv(rows, tmp_path / "quotes.csv")
    run = [sys.executable, "-m", "quotes.cli", "evaluate", "--gold", str(gold_dir), str(tmp_path / "quotes.csv")]
    text = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "who, in what capacity" in text and "sport" in text and "business" in text
    report = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, check=True).stdout)
    assert report["who"]["sport"]["affiliation"]["value"] == 1.0
    assert report["who"]["business"]["speaker"]["value"] == 0.0
    assert report["who"]["all"]["documents"] == 2


def test_evaluate_names_the_missing_columns(tmp_path):
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(other)])
    assert result.exit_code == 2 and "columns missing: quote_id, doc_id, quote, kind" in result.output
