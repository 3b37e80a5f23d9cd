"""Exports from news databases: JSON lines and CSV, one article per record.

Both are read as a stream, one line or one record at a time, so an export of
any size never sits in memory whole (stdin included). A record that cannot be
read (invalid JSON, no text) is reported and the stream goes on; only a file
that cannot be an export at all (a CSV without the text column) stops.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from quotes.io.decoding import decode_line

META_FIELDS = ("title", "date", "outlet", "url")  # copied into the article's metadata when present


class ExportError(ValueError):
    """The whole file cannot be read as an export; the message says why."""


@dataclass(frozen=True)
class Record:
    """One record of an export: the article's text and id, or why it cannot be used."""

    number: int  # JSONL: the line number; CSV: the record number (1 = the first row after the header)
    line: int  # the line it starts on, for messages
    doc_id: str | None = None
    text: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    error: str | None = None


def bounded_lines(readline: Callable[[int], bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a binary stream; None in place of a line longer than ``limit`` (read past, never kept)."""
    while True:
        line = readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip the rest of the over-long line in pieces
                rest = readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _field(record: dict, name: str):
    """A field by its name, or by the same name in another case or with spaces around it."""
    if name in record:
        return record[name]
    wanted = name.strip().lower()
    for key, value in record.items():
        if isinstance(key, str) and key.strip().lower() == wanted:
            return value
    return None


def _has_field(keys: Iterable, name: str) -> bool:
    wanted = name.strip().lower()
    return any(isinstance(k, str) and k.strip().lower() == wanted for k in keys)


def _as_id(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _meta(record: dict) -> dict[str, str]:
    meta = {}
    for name in META_FIELDS:
        value = _field(record, name)
        if value is not None and not isinstance(value, (dict, list)) and str(value).strip():
            meta[name] = " ".join(str(value).split())
    return meta


def _record(number: int, line: int, record: dict, id_field: str, text_field: str, notes: tuple[str, ...]) -> Record:
    doc_id = _as_id(_field(record, id_field))
    text = _field(record, text_field)
    if text is None:
        return Record(number, line, doc_id, error=f"no {text_field!r} field")
    if not isinstance(text, str):
        return Record(number, line, doc_id, error=f"the {text_field!r} field is {type(text).__name__}, not text")
    return Record(number, line, doc_id, text, _meta(record), notes)


def jsonl_records(lines: Iterable[bytes | None], id_field: str, text_field: str) -> Iterator[Record]:
    """One Record per non-blank line; ExportError when the first record shows the text field is not there."""
    checked = False
    for number, raw in enumerate(lines, 1):
        if raw is None:
            yield Record(number, number, error="line over the size limit (raise it with --max-bytes)")
            continue
        line, note = decode_line(raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw)
        if not line.strip():
            continue
        if number == 1 and line.lstrip().startswith("["):
            raise ExportError("a JSON array, not JSON lines (one object per line); convert it with: jq -c '.[]'")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(number, number, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Record(number, number, error=f"a JSON {type(record).__name__}, not an object")
            continue
        if not checked and not _has_field(record, text_field):
            keys = ", ".join(map(str, list(record)[:12]))
            raise ExportError(f"no {text_field!r} field in the first record (fields: {keys}); name it with --text-field")
        checked = True
        yield _record(number, number, record, id_field, text_field, (note,) if note else ())


def _delimiter(header: str, default: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts.get(default, 0) else default


class _DecodedLines:
    """Lines of an export decoded one at a time; remembers which were not clean UTF-8."""

    def __init__(self, lines: Iterable[bytes | None]):
        self._lines = iter(lines)
        self.number = 0
        self.notes: list[str] = []

    def __iter__(self) -> Iterator[str]:
        for raw in self._lines:
            self.number += 1
            if raw is None:
                raise ExportError(f"line {self.number} is over the size limit (raise it with --max-bytes); the rest is skipped")
            if self.number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            text, note = decode_line(raw)
            if note:
                self.notes.append(f"line {self.number}: {note}")
            yield text


def csv_records(
    lines: Iterable[bytes | None], id_field: str, text_field: str, delimiter: str = ","
) -> Iterator[Record]:
    """One Record per row after the header; ExportError when the header has no text column."""
    decoded = _DecodedLines(lines)
    stream = iter(decoded)
    header_line = next(stream, None)
    if header_line is None:
        raise ExportError("empty file")
    delimiter = _delimiter(header_line, delimiter)
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    if not _has_field(header, text_field):
        shown = ", ".join(h.strip() for h in header[:12]) or "none"
        raise ExportError(f"no {text_field!r} column (columns: {shown}); name it with --text-column")
    reader = csv.DictReader(stream, fieldnames=header, delimiter=delimiter)
    number = 0
    while True:
        start = decoded.number + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            number += 1
            yield Record(number, start, error=f"unreadable CSV ({exc})")
            continue
        number += 1
        notes, decoded.notes = tuple(decoded.notes), []
        if None in row:  # more cells than the header has columns
            notes += (f"{len(row[None])} cell(s) beyond the header's columns ignored",)
            del row[None]
        yield _record(number, start, row, id_field, text_field, notes)
