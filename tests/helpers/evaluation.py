"""Helpers shared by the evaluation tests: a tiny article with gold and predictions, brat files."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest

from quotes.evaluate import EvaluationReport, evaluate, load_gold
from quotes.io.records import QuoteRow

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


def metric(report: EvaluationReport, path: str) -> tuple[int, int]:
    obj: object = report
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj.hits, obj.total  # type: ignore[attr-defined]


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
