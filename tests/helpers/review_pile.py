"""A review pile for the tests: quotes.csv made from the gold annotations of the fixture articles
(real texts, real offsets, no extraction), one hostile article, and a small claims long CSV."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from quotes.io.export import COLUMNS, write_csv
from tests.helpers import FIXTURES

HOSTILE_DOC = "zz_hostile.txt"
HOSTILE_TEXT = 'Intro. "<script>alert(1)</script> & <b>bold</b>," said <img src=x onerror=alert(2)> Mallory. End.\n'
CLAIMS_COLUMNS = ("speaker", "category", "claim", "claim_label", "stance", "score", "match", "quote_id", "group_id",
                  "quote", "doc_id", "start", "end", "kind", "sentence", "nearest_example", "keywords", "negated_keywords")


def gold_rows(doc_ids=("002_277e3104825cdeec.txt", "004_08711c255b65c805.txt")) -> list[dict]:
    rows = []
    for path in sorted((FIXTURES / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["doc_id"] not in doc_ids:
            continue
        stem = Path(data["doc_id"]).stem
        for n, q in enumerate(data["quotes"], 1):
            span, mention = q["spans"][0], q.get("mention") or {}
            rows.append({
                "quote_id": f"{stem}-{n:03d}", "doc_id": data["doc_id"], "quote": span["text"], "kind": q["kind"],
                "start": span["start"], "end": span["end"], "group_id": f"{stem}-{q.get('group') or q['id']}",
                "speaker": q["speaker"] or "", "speaker_type": q.get("speaker_type") or "",
                "speaker_mention": mention.get("text", ""), "speaker_start": mention.get("start", ""),
                "speaker_end": mention.get("end", ""), "role": q.get("role") or "", "affiliation": q.get("affiliation") or "",
                "cue": q.get("cue") or "", "medium": q.get("medium") or "", "confidence": round(0.3 + (n % 7) / 10, 2),
                "sentence": "",
            })
    return rows


def hostile_rows() -> list[dict]:
    s = HOSTILE_TEXT.index("<script>")
    e = HOSTILE_TEXT.index(",\"")
    m = HOSTILE_TEXT.index("<img")
    return [{"quote_id": "zz_hostile-001", "doc_id": HOSTILE_DOC, "quote": HOSTILE_TEXT[s:e], "kind": "direct",
             "start": s, "end": e, "group_id": "zz_hostile-1", "speaker": "<img src=x onerror=alert(2)> Mallory",
             "speaker_type": "person", "speaker_mention": HOSTILE_TEXT[m:m + 37], "speaker_start": m,
             "speaker_end": m + 37, "role": "=HYPERLINK(\"x\")", "affiliation": "", "cue": "said", "medium": "",
             "confidence": 0.1, "sentence": ""}]


def make_pile(folder: Path, claims: bool = True) -> Path:
    """folder/out/quotes.csv (+ claims_long.csv); the articles copied to folder/texts. Returns out/."""
    texts = folder / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    rows = gold_rows() + hostile_rows()
    for doc in {r["doc_id"] for r in rows} - {HOSTILE_DOC}:
        shutil.copy(FIXTURES / doc, texts / doc)
    (texts / HOSTILE_DOC).write_text(HOSTILE_TEXT, encoding="utf-8")
    out = folder / "out"
    write_csv(rows, out / "quotes.csv", COLUMNS)
    if claims:
        speaker = next(r for r in rows if r["kind"] == "direct" and r["speaker"] and r["doc_id"] != HOSTILE_DOC)
        evidence = [
            {"speaker": speaker["speaker"], "claim": "no-limits", "claim_label": "No-limits partnership", "stance": "supports",
             "score": 0.8, "quote_id": speaker["quote_id"], "doc_id": speaker["doc_id"], "start": speaker["start"],
             "end": speaker["end"], "kind": speaker["kind"], "quote": speaker["quote"]},
            {"speaker": "<i>Mallory</i>", "claim": "no-limits", "claim_label": "No-limits partnership", "stance": "disputes",
             "score": -0.5, "quote_id": "zz_hostile-001", "doc_id": HOSTILE_DOC, "start": 0, "end": 5, "kind": "direct",
             "quote": "x"},
        ]
        write_csv(evidence, out / "claims_long.csv", CLAIMS_COLUMNS)
    return out
