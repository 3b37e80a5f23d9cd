"""The corrected export (``quotes review OUT --export corrected.csv``) read as gold for `quotes evaluate`.

An article enters the gold only when every one of its rows is checked (accepted, corrected or
"not a quote"): a half-checked article would count the unchecked rows as truth. Rows marked "not a
quote" are left out; a scare quote has no speaker, as in the gold format.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from quotes.review.load import read_quotes


def is_corrected_export(path: str | Path) -> bool:
    """A CSV whose header has the review's ``checked`` column."""
    path = Path(path)
    if not path.is_file() or path.suffix.lower() != ".csv":
        return False
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = handle.readline()
    return "checked" in [c.strip().strip('"') for c in header.split(",")]


def load_corrected_gold(path: str | Path, texts_dir: str | Path | None = None) -> dict:
    """doc_id -> [GoldQuote] of the fully checked articles of a corrected export."""
    from quotes.evaluate.gold import GoldFormatError, GoldQuote, GoldSpan, _check_text

    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in read_quotes(path):
        by_doc[row["doc_id"]].append(row)
    gold = {}
    for doc_id, rows in by_doc.items():
        if not all(r.get("checked") for r in rows):
            continue
        quotes = []
        for r in rows:
            if r["checked"] == "not a quote":
                continue
            try:
                start, end = int(r["start"]), int(r["end"])
                mention = None
                if r.get("speaker_start") and r.get("speaker_end") and r.get("speaker_mention"):
                    mention = GoldSpan(int(r["speaker_start"]), int(r["speaker_end"]), r["speaker_mention"])
            except ValueError as exc:
                raise GoldFormatError(f"{path}: {r.get('quote_id')}: {exc}") from exc
            scare = r["kind"] == "scare"
            quotes.append(GoldQuote(
                doc_id=doc_id, id=r["quote_id"], kind=r["kind"], spans=(GoldSpan(start, end, r["quote"]),),
                speaker=None if scare else (r["speaker"] or None), group=r.get("group_id") or None,
                speaker_type=None if scare else (r.get("speaker_type") or None), mention=None if scare else mention,
                role=r.get("role") or None, affiliation=r.get("affiliation") or None, cue=r.get("cue") or None,
                medium=r.get("medium") or None,
            ))
        if texts_dir is not None:
            _check_text(Path(path), {"doc_id": doc_id}, quotes, Path(texts_dir))
        gold[doc_id] = quotes
    return gold
