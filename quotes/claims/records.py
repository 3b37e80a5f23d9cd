"""Quote records as `quotes extract` writes them: read back from quotes.csv / .jsonl with the common
reader (quotes.io.records), or taken straight from `quotes.io.export.quote_rows` when the extraction
runs in the same process."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from quotes.io.records import QuoteRow, QuotesFileError, read_quotes

# The claim table reads the common quote row; the old name stays for the claims modules that use it.
QuoteRecord = QuoteRow
# identifiers and labels compared as keys: stray spaces around them must not split one speaker in two
_STRIPPED = ("quote_id", "doc_id", "kind", "speaker", "group_id", "speaker_type", "speaker_id", "role", "affiliation",
             "variant_of", "speaker_mention")

__all__ = ["QuoteRecord", "QuotesFileError", "read_rows", "record_from_row", "records_from_rows"]


def record_from_row(row: Mapping | QuoteRow) -> QuoteRecord:
    """A record from one exported row (a QuoteRow, or a dict with the columns of quotes.io.records.COLUMNS)."""
    record = row if isinstance(row, QuoteRow) else QuoteRow.from_cells(row)
    return _organisation_voice(replace(record, **{key: getattr(record, key).strip() for key in _STRIPPED}))


# the last word of an unnamed source's role that speaks for its employer, not for themself
VOICE_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "spokespeople"})


def _organisation_voice(record: QuoteRecord) -> QuoteRecord:
    """An unnamed spokesperson of a named organisation ("A spokeswoman for Human Rights Watch said …")
    states the organisation's position: in the claims table the organisation is the speaker, the
    spokesperson its role. A named spokesperson stays themself ("Mark Oaten, home affairs spokesman")."""
    words = record.role.lower().split()
    if not record.speaker.startswith("unnamed ") or not words or words[-1] not in VOICE_ROLES:
        return record
    if not record.affiliation or ";" in record.affiliation:
        return record
    return replace(record, speaker=record.affiliation, speaker_type="organisation", speaker_id="")


def read_rows(path: str | Path) -> list[dict]:
    """The rows of a quotes.csv or .jsonl file as dicts (every column, unknown ones too), values restored."""
    return [{**row.as_dict(), **dict(row.extra)} for row in read_quotes(path)]


def records_from_rows(rows: Iterable[Mapping | QuoteRow]) -> list[QuoteRecord]:
    return [record_from_row(row) for row in rows]
