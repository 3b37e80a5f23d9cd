"""The quotes file: one record per quoted span, and the one reader of quotes.csv / quotes.jsonl.

``QuoteRow`` is the output contract of ``quotes extract``: its fields, in order, are the columns of
quotes.csv and the keys of quotes.jsonl. A new column is a new field here (and its value in
``quotes.io.export.quote_rows``); every reader of the file (evaluation, the claim table, the linking
pass, resume) goes through ``read_quotes`` and sees it.
"""

from __future__ import annotations

import csv
import json
import os
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from quotes.types import QuoteKind

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # cells a spreadsheet would run as a formula
# The CSV guard: a text cell starting with one of these gets one more apostrophe in front. The
# apostrophe itself is guarded too, so a written cell starts with "'" only when the guard put one
# there, and the reader can take exactly that one off: "=x" <-> "'=x", "'=x" <-> "''=x", "'" <-> "''".
GUARDED_START = (*FORMULA_START, "'")
GUARD = "'"
REQUIRED = ("quote_id", "doc_id", "quote", "kind")  # what makes a file a quotes file
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
SPEAKING_KINDS = frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT})  # scare quotes are nobody's

# A cell may hold a whole article's worth of text (a quote or a sentence of one long unbroken
# paragraph); it is written whole, and csv's default reading limit (128 KiB a cell) would then
# make every reader of these files fail on it. Raised once here, where the format is defined.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))


class QuotesFileError(ValueError):
    """A file cannot be read as `quotes extract` output; the message names the file (and line)."""


@dataclass(frozen=True)
class QuoteRow:
    """One row of quotes.csv: one quoted span. Empty cells are "" (text) or None (numbers)."""

    quote_id: str = ""
    doc_id: str = ""
    quote: str = ""
    kind: str = ""  # a QuoteKind value: direct | partial | scare | indirect
    start: int | None = None
    end: int | None = None
    group_id: str = ""
    speaker: str = ""
    speaker_type: str = ""  # a SpeakerType value, or "" for scare quotes
    speaker_mention: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str = ""
    affiliation: str = ""
    cue: str = ""
    medium: str = ""
    confidence: float | None = None
    sentence: str = ""
    speaker_id: str = ""  # this and the next two: filled by the cross-article pass (quotes.crossdoc.link)
    variant_of: str = ""
    integrity: str = ""
    title: str = ""  # the article's metadata, where its source gives it
    date: str = ""
    outlet: str = ""
    url: str = ""
    cue_start: int | None = None  # the cue's offsets ("said", "told reporters"), for review and evaluation
    cue_end: int | None = None
    # columns this version does not know (a newer file's), kept for readers that pass every column on
    extra: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @property
    def speaks(self) -> bool:
        """Whether the row is someone's utterance (not a scare quote, and a speaker was found)."""
        return self.kind in SPEAKING_KINDS and bool(self.speaker)

    @classmethod
    def from_cells(cls, cells: Mapping, where: str = "quotes", *, guarded: bool = False) -> QuoteRow:
        """A row from a record as written (a CSV row, a JSON object, a ``quote_rows`` dict).

        ``guarded``: the cells come from a CSV file, whose text cells carry the export's formula
        guard ("'=x" for "=x"): it is taken off. JSON lines and in-memory rows have no guard, so
        their text is kept as it is. Unknown columns are kept in ``extra``; a number that is not one
        raises QuotesFileError naming ``where``.
        """
        text = restore if guarded else _text
        values: dict = {"extra": tuple((k, text(v)) for k, v in cells.items() if k is not None and k not in _COLUMN_TYPES)}
        for name, kind in _COLUMN_TYPES.items():
            value = cells.get(name)
            if kind is str:
                values[name] = text(value)
            elif value not in ("", None):
                try:
                    values[name] = kind(value)
                except (TypeError, ValueError):
                    raise QuotesFileError(f"{where}: {name} is not a number: {value!r}") from None
        return cls(**values)

    def as_dict(self) -> dict:
        """The row as ``quotes.io.export`` writes it: every column, an empty number as ""."""
        return {name: "" if (value := getattr(self, name)) is None else value for name in COLUMNS}


COLUMNS = tuple(f.name for f in fields(QuoteRow) if f.name != "extra")
_NUMBER_TYPES = {"int": int, "float": float}
_COLUMN_TYPES = {f.name: _NUMBER_TYPES.get(str(f.type).split(" |")[0], str) for f in fields(QuoteRow) if f.name in COLUMNS}
NUMERIC = frozenset(name for name, kind in _COLUMN_TYPES.items() if kind is not str)


def as_quote_rows(rows: Iterable[QuoteRow | Mapping]) -> Iterator[QuoteRow]:
    """QuoteRows from rows that may still be dicts (``quote_rows`` output, hand-written test rows)."""
    for row in rows:
        yield row if isinstance(row, QuoteRow) else QuoteRow.from_cells(row)


def _text(value) -> str:
    return "" if value is None else str(value)


def guard(value) -> str:
    """A text cell as the CSV writers write it: one apostrophe in front when it starts with a
    character of GUARDED_START (= + - @ tab CR, or an apostrophe), so a spreadsheet shows it as
    text and never runs it (OWASP's advice); ``restore`` takes exactly that apostrophe off."""
    text = _text(value)
    return GUARD + text if text.startswith(GUARDED_START) else text


def restore(value) -> str:
    """A CSV text cell as it was before ``guard``: one leading apostrophe is taken off when the
    character after it is one the guard guards ("'-30 degrees" -> "-30 degrees", "''quoted'" ->
    "'quoted'"). Every reader of a CSV this project writes goes through it, so offsets round-trip."""
    text = _text(value)
    if len(text) > 1 and text[0] == GUARD and text[1:].startswith(GUARDED_START):
        return text[1:]
    return text


def is_jsonl(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in JSONL_SUFFIXES


def _missing(columns, where: str) -> None:
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise QuotesFileError(f"{where}: not a quotes file from `quotes extract`, columns missing: {', '.join(missing)}")


def is_xlsx(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() == ".xlsx"


def _xlsx_records(path: str | os.PathLike) -> Iterator[tuple[str, dict]]:
    """(where, cells) of each row of a quotes workbook (quotes.io.export.write_xlsx): text split over
    overflow cells past the last column is joined again."""
    from openpyxl import load_workbook

    from quotes.io.export import joined_cells, split_count

    book = load_workbook(path, read_only=True)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(c) for c in next(rows, ()) if c is not None]
        _missing(header, str(path))
        for n, values in enumerate(rows, 2):
            values = list(values) + [None] * (len(header) - len(values))  # trailing empty cells are not stored
            cells, overflow = dict(zip(header, values, strict=False)), values[len(header):]
            for column in header:  # the overflow cells follow the columns' order
                value = cells[column]
                parts = split_count(value) if isinstance(value, str) else 1
                if parts > 1:
                    cells[column] = joined_cells([value, *overflow[: parts - 1]])
                    overflow = overflow[parts - 1 :]
            yield f"{path}:{n}", {k: "" if v is None else v for k, v in cells.items()}
    finally:
        book.close()


def read_quotes(path: str | os.PathLike, fmt: str | None = None) -> Iterator[QuoteRow]:
    """The rows of a quotes.csv, quotes.jsonl or quotes.xlsx, one at a time, in file order; ``fmt``
    ("csv", "jsonl" or "xlsx") defaults to the one its suffix says.

    Raises QuotesFileError for a file that cannot be read or is not a quotes file.
    """
    try:
        if fmt == "xlsx" or (fmt is None and is_xlsx(path)):
            for where, cells in _xlsx_records(path):
                yield QuoteRow.from_cells(cells, where)
            return
        if fmt == "jsonl" or (fmt is None and is_jsonl(path)):
            with open(path, encoding="utf-8-sig") as handle:
                for n, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise QuotesFileError(f"{path}:{n}: not JSON: {exc}") from None
                    if not isinstance(record, dict):
                        raise QuotesFileError(f"{path}:{n}: not a JSON object")
                    _missing(record, f"{path}:{n}")
                    yield QuoteRow.from_cells(record, f"{path}:{n}")
            return
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            _missing(reader.fieldnames or (), str(path))
            for n, row in enumerate(reader, 2):
                yield QuoteRow.from_cells(row, f"{path}:{n}", guarded=True)
    except (OSError, UnicodeDecodeError, csv.Error, zipfile.BadZipFile, KeyError) as exc:  # the last two: not a workbook
        raise QuotesFileError(f"{path}: cannot read quotes: {exc}") from None
