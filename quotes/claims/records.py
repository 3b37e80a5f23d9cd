"""Quote records as `quotes extract` writes them: read back from quotes.csv / .jsonl, or taken
straight from `quotes.export.quote_rows` when the extraction runs in the same process."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from quotes.export import FORMULA_START

REQUIRED = ("quote_id", "doc_id", "quote", "kind", "speaker")
SPEAKING_KINDS = frozenset({"direct", "partial", "indirect"})  # scare quotes are nobody's utterance


class QuotesFileError(ValueError):
    """quotes.csv cannot be read as `quotes extract` output."""


@dataclass(frozen=True)
class QuoteRecord:
    """One row of the extract (one quoted span); the fields the claim table needs."""

    quote_id: str
    doc_id: str
    quote: str
    kind: str
    speaker: str
    group_id: str = ""
    start: int | None = None
    end: int | None = None
    speaker_type: str = ""
    speaker_id: str = ""  # added by cross-article speaker linking, when it ran
    role: str = ""
    affiliation: str = ""
    sentence: str = ""
    confidence: float | None = None
    speaker_mention: str = ""  # the words naming the speaker at this quote ("the Kremlin spokesman")
    variant_of: str = ""  # the original's quote id, when the cross-article pass aligned this one to it

    @property
    def speaks(self) -> bool:
        """Whether the row is someone's utterance that can carry a stance."""
        return self.kind in SPEAKING_KINDS and bool(self.speaker)


def restore(value) -> str:
    """Undo the export's formula neutralising: "'=x" was written for "=x"."""
    text = "" if value is None else str(value)
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def _number(value, kind=int):
    try:
        return kind(value) if value not in ("", None) else None
    except (TypeError, ValueError):
        return None


def record_from_row(row: Mapping) -> QuoteRecord:
    """A record from one exported row (a dict with the columns of quotes.export.COLUMNS)."""
    text = {key: restore(row.get(key, "")).strip() for key in (
        "quote_id", "doc_id", "kind", "speaker", "group_id", "speaker_type", "speaker_id", "role", "affiliation",
        "variant_of", "speaker_mention",
    )}
    return QuoteRecord(
        **text,
        quote=restore(row.get("quote", "")),
        sentence=restore(row.get("sentence", "")),
        start=_number(row.get("start")),
        end=_number(row.get("end")),
        confidence=_number(row.get("confidence"), float),
    )


def read_rows(path: str | Path) -> list[dict]:
    """The rows of a quotes.csv or .jsonl file, every column kept (unknown ones too), values restored."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".jsonl", ".json"):
            with open(path, encoding="utf-8-sig") as handle:
                rows = [json.loads(line) for line in handle if line.strip()]
        else:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise QuotesFileError(f"{path}: cannot read quotes: {exc}") from None
    if rows:
        missing = [c for c in REQUIRED if c not in rows[0]]
        if missing:
            raise QuotesFileError(
                f"{path}: not a `quotes extract` file, columns missing: {', '.join(missing)}"
            )
    return [{k: restore(v) if isinstance(v, str) else v for k, v in row.items() if k is not None} for row in rows]


def records_from_rows(rows: Iterable[Mapping]) -> list[QuoteRecord]:
    return [record_from_row(row) for row in rows]
