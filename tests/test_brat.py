"""The brat reader, the PolNeAR-style scorer (agreeing with the reference scorer), and training the
attribution models on a tiny brat corpus written here."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.evaluate.brat import evaluate_brat, load_brat_gold
from quotes.io.brat import is_brat_folder, parse_ann, read_folder

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "tools" / "polnear_score.py"

ARTICLES = {
    "a1": (
        "Mayor Ann Lee said the budget was balanced.\n\n"
        "“We will not raise taxes,” she told reporters on Monday.\n\n"
        "The council, according to its spokesman, rejected the plan.\n"
    ),
    "a2": (
        "Critics called the deal “a giveaway” to developers.\n\n"
        "Tom Reyes, a hydrologist, warned that the river would flood.\n\n"
        "It is believed that the dam will hold.\n"
    ),
}


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def _relations(name: str) -> list[dict]:
    """(source, cue, content) pieces of each invented article, as an annotator would mark them."""
    if name == "a1":
        return [
            {"Source": "Mayor Ann Lee", "Cue": "said", "Content": "the budget was balanced"},
            {"Source": "she", "Cue": "told", "Content": "“We will not raise taxes,”"},
            {"Source": "its spokesman", "Cue": "according to", "Content": "The council"},
        ]
    return [
        {"Source": "Critics", "Cue": "called", "Content": "the deal “a giveaway” to developers"},
        {"Source": "Tom Reyes, a hydrologist,", "Cue": "warned", "Content": "the river would flood"},
        {"Cue": "It is believed", "Content": "the dam will hold"},  # no source: not scored
    ]


def write_brat(folder: Path, layout: str = "polnear") -> None:
    for name, text in ARTICLES.items():
        lines, t, e = [], 1, 1
        for rel in _relations(name):
            ids = {}
            for role in ("Source", "Cue", "Content"):
                if role in rel:
                    s, f = _span(text, rel[role])
                    lines.append(f"T{t}\t{role} {s} {f}\t{rel[role]}")
                    ids[role] = f"T{t}"
                    t += 1
            s, f = _span(text, rel["Cue"])
            lines.append(f"T{t}\tAttribution {s} {f}\t{rel['Cue']}")
            parts = " ".join(f"{role}:{tid}" for role, tid in ids.items())
            lines.append(f"E{e}\tAttribution:T{t} {parts}")
            t += 1
            e += 1
        lines.append("#1\tAnnotatorNotes T1\tmalformed or note lines are skipped")
        lines.append("garbage line without tabs")
        if layout == "polnear":
            (folder / "text").mkdir(parents=True, exist_ok=True)
            (folder / "attributions").mkdir(parents=True, exist_ok=True)
            (folder / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
            (folder / "attributions" / f"{name}_ann1.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            (folder / f"{name}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("layout", ["polnear", "plain"])
def test_reads_both_layouts(tmp_path, layout):
    write_brat(tmp_path / "b", layout)
    assert is_brat_folder(tmp_path / "b")
    docs = {d.name: d for d in read_folder(tmp_path / "b")}
    assert set(docs) == {"a1", "a2"}
    a1 = docs["a1"]
    assert [a1.text[s:e] for a in a1.attributions for s, e in a.cue] == ["said", "told", "according to"]
    sources = [" ".join(a1.text[s:e] for s, e in a.source) for a in a1.attributions]
    assert sources == ["Mayor Ann Lee", "she", "its spokesman"]
    believed = docs["a2"].attributions[-1]
    assert believed.source == () and docs["a2"].text[slice(*believed.content[0])] == "the dam will hold"


def test_discontinuous_spans_and_bad_lines():
    ann = "T1\tCue 10 17;30 32\taccused of\nT2\tContent 40 50\tx\nT3\tSource 0 5\tSmith\nT9\tCue oops\n" \
          "E1\tAttribution:T4 Cue:T1 Content:T2 Source:T3\nE2\tAttribution:T5 Cue:T9 Content:T2\nE3\tbroken"
    (rel,) = parse_ann(ann)[:1]
    assert rel.cue == ((10, 17), (30, 32)) and rel.source == ((0, 5),)
    assert len(parse_ann(ann)) == 2  # E2 keeps its content though its cue line was malformed


def test_not_a_brat_folder(tmp_path):
    (tmp_path / "x.txt").write_text("no annotations", encoding="utf-8")
    assert not is_brat_folder(tmp_path)
    assert not is_brat_folder(tmp_path / "missing")


def _write_quotes(path: Path, rows: list[dict]) -> None:
    columns = ["quote_id", "doc_id", "quote", "kind", "start", "end", "speaker", "speaker_start", "speaker_end"]
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for n, row in enumerate(rows, 1):
            writer.writerow({"quote_id": f"q{n}", "quote": "x", **row})


def _predictions() -> list[dict]:
    a1, a2 = ARTICLES["a1"], ARTICLES["a2"]
    rows = []
    s, e = _span(a1, "the budget was balanced")
    m = _span(a1, "Ann Lee")
    rows.append({"doc_id": "a1.txt", "kind": "indirect", "start": s, "end": e, "speaker": "Ann Lee",
                 "speaker_start": m[0], "speaker_end": m[1]})
    s, e = _span(a1, "We will not raise taxes,")
    m = _span(a1, "she")
    rows.append({"doc_id": "a1.txt", "kind": "direct", "start": s, "end": e, "speaker": "Ann Lee",
                 "speaker_start": m[0], "speaker_end": m[1]})
    s, e = _span(a2, "a giveaway")  # scare quote: found, but no speaker
    rows.append({"doc_id": "a2.txt", "kind": "scare", "start": s, "end": e, "speaker": "",
                 "speaker_start": "", "speaker_end": ""})
    s, e = _span(a2, "the river would flood")
    m = _span(a2, "Tom Reyes")
    rows.append({"doc_id": "a2.txt", "kind": "indirect", "start": s, "end": e, "speaker": "Council",  # wrong
                 "speaker_start": 0, "speaker_end": 3})
    s, e = _span(a2, "developers")  # overlaps a gold content: counts for precision
    rows.append({"doc_id": "a2.txt", "kind": "indirect", "start": s, "end": e, "speaker": "x",
                 "speaker_start": "", "speaker_end": ""})
    rows.append({"doc_id": "a1.txt", "kind": "indirect", "start": 0, "end": 5, "speaker": "y",  # matches nothing
                 "speaker_start": "", "speaker_end": ""})
    return rows


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
