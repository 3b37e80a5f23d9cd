"""Write quotes for people who open them in spreadsheets: CSV and JSON lines.

One row per quoted span (a split quote gives two rows with one group_id).
CSV is UTF-8 with a BOM (so Excel detects the encoding), RFC 4180 quoting,
and text cells that a spreadsheet would run as a formula are neutralised.
Files are written to a temporary file beside the target and renamed into
place, so a crash never leaves a half-written output.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quotes.types import Quote

COLUMNS = (
    "quote_id", "doc_id", "quote", "kind", "start", "end", "group_id", "speaker", "speaker_type",
    "speaker_mention", "speaker_start", "speaker_end", "role", "affiliation", "cue", "medium",
    "confidence", "sentence",
)
NUMERIC = {"start", "end", "speaker_start", "speaker_end", "confidence"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _stem(doc_id: str) -> str:
    return Path(doc_id).stem if "." in Path(doc_id).name else doc_id


def quote_rows(quotes: Iterable[Quote]) -> Iterator[dict]:
    """The records of the output contract, one per span, numbered per document."""
    counters: dict[str, int] = {}
    for quote in quotes:
        stem = _stem(quote.doc_id)
        speaker = quote.speaker
        mention = speaker.mention if speaker else None
        for span in quote.spans:
            counters[stem] = counters.get(stem, 0) + 1
            yield {
                "quote_id": f"{stem}-{counters[stem]:03d}",
                "doc_id": quote.doc_id,
                "quote": span.text,
                "kind": quote.kind.value,
                "start": span.start,
                "end": span.end,
                "group_id": f"{stem}-{quote.group_id}",
                "speaker": speaker.name if speaker else "",
                "speaker_type": speaker.type.value if speaker else "",
                "speaker_mention": mention.text if mention else "",
                "speaker_start": mention.start if mention else "",
                "speaker_end": mention.end if mention else "",
                "role": (speaker.role or "") if speaker else "",
                "affiliation": (speaker.affiliation or "") if speaker else "",
                "cue": quote.cue.text if quote.cue else "",
                "medium": (quote.cue.medium or "") if quote.cue else "",
                "confidence": quote.confidence,
                "sentence": quote.sentence.text,
            }


def neutralise(value) -> str:
    """A text cell starting with = + - @ tab or CR gets a leading apostrophe (OWASP advice)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_cell(column: str, value) -> str:
    if column in NUMERIC:
        return "" if value == "" or value is None else str(value)
    return neutralise(value)


@contextmanager
def atomic_write(path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = None):
    """Open a temporary file next to ``path``; rename it over ``path`` only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_csv(rows: Iterable[dict], path: str | os.PathLike) -> int:
    """Write rows as spreadsheet-safe CSV; returns how many were written."""
    count = 0
    with atomic_write(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([_csv_cell(c, row.get(c, "")) for c in COLUMNS])
            count += 1
    return count


def write_jsonl(rows: Iterable[dict], path: str | os.PathLike) -> int:
    count = 0
    with atomic_write(path, encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps({c: row.get(c, "") for c in COLUMNS}, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_rows(rows: Iterable[dict], path: str | os.PathLike, fmt: str = "csv") -> int:
    if fmt == "csv":
        return write_csv(rows, path)
    if fmt == "jsonl":
        return write_jsonl(rows, path)
    raise ValueError(f"unknown output format {fmt!r}: use csv or jsonl")
