"""Write quotes for people who open them in spreadsheets: CSV, JSON lines and XLSX workbooks.

One row per quoted span (a split quote gives two rows with one group_id).
CSV is UTF-8 with a BOM (so Excel detects the encoding), RFC 4180 quoting,
and text cells that a spreadsheet would run as a formula are neutralised.
Files are written to a temporary file beside the target and renamed into
place, so a crash never leaves a half-written output.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path, PurePath

from quotes.io.records import COLUMNS, NUMERIC, guard
from quotes.io.records import FORMULA_START as FORMULA_START  # re-exported: the writers' callers test against it
from quotes.types import ArticleMeta, Quote, Span, SpeakerType

LINKED = ("speaker_id", "variant_of", "integrity")  # filled by the cross-article pass (quotes.crossdoc.link)
FILE_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml"}
XLSX_CELL_LIMIT = 32_767  # what an Excel cell holds, counted in UTF-16 units; longer text is cut
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters XML cannot hold (as openpyxl's)
_PART_NOTE = " [part {i} of {n}; continued in the next cell]"
_LAST_NOTE = " [part {n} of {n}]"
_FIRST_NOTE = re.compile(r" \[part 1 of (\d+); continued in the next cell\]$")


def _stem(doc_id: str) -> str:
    """The prefix of an article's quote and group ids: one per doc_id, readable where it can be.

    story.txt -> story; an export's id ("2024.001") or another file name ("page.html") stays whole.
    A doc_id with a folder in it (the second index.html.txt of a pile is named by its path) keeps its
    file's stem and adds a short hash of the path: the README promises ids unique over the pile,
    and the claim table joins on group_id.
    """
    if "/" in doc_id or "\\" in doc_id:
        digest = hashlib.sha1(doc_id.encode("utf-8", "surrogatepass")).hexdigest()[:6]
        return f"{PurePath(doc_id.replace(chr(92), '/')).stem}~{digest}"
    path = Path(doc_id)
    if path.suffix.lower() == ".txt" and Path(path.stem).suffix.lower() not in FILE_SUFFIXES:
        return path.stem
    return doc_id


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _source_cells(quote: Quote) -> dict:
    """The speaker columns. Coordinated sources ("according to Nye and Radchenko") are one group,
    named as the pair of leaders "the two leaders" resolves to, with the mention running over both."""
    speakers = quote.speakers
    if not speakers:
        return {"speaker": "", "speaker_type": "", "speaker_mention": "", "speaker_start": "", "speaker_end": "",
                "role": "", "affiliation": ""}  # fmt: skip
    mentions = [s.mention for s in speakers if s.mention is not None]
    mention = mentions[0] if mentions else None
    if len(speakers) > 1 and mentions:
        start, end = min(m.start for m in mentions), max(m.end for m in mentions)
        sentence = quote.sentence
        if sentence.start <= start and end <= sentence.end:
            mention = Span(start, end, sentence.text[start - sentence.start : end - sentence.start])
    single = speakers[0] if len(speakers) == 1 else None
    return {
        "speaker": _joined([s.name for s in speakers]),
        "speaker_type": single.type.value if single else SpeakerType.GROUP.value,
        "speaker_mention": mention.text if mention else "",
        "speaker_start": mention.start if mention else "",
        "speaker_end": mention.end if mention else "",
        "role": (single.role or "") if single else "",  # each member's role is on their own rows
        "affiliation": (single.affiliation or "") if single else "",
    }


def quote_rows(quotes: Iterable[Quote], meta: ArticleMeta | None = None) -> Iterator[dict]:
    """The records of the output contract, one per span, numbered per document; ``meta``: their article's."""
    article = {k: v or "" for k, v in (meta or ArticleMeta()).as_dict().items()}
    counters: dict[str, int] = {}
    for quote in quotes:
        stem = _stem(quote.doc_id)
        sources = _source_cells(quote)
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
                **sources,
                "cue": quote.cue.text if quote.cue else "",
                "medium": (quote.cue.medium or "") if quote.cue else "",
                "confidence": quote.confidence,
                "sentence": quote.sentence.text,
                **dict.fromkeys(LINKED, ""),
                **article,
                "cue_start": quote.cue.span.start if quote.cue else "",
                "cue_end": quote.cue.span.end if quote.cue else "",
            }


def neutralise(value) -> str:
    """The CSV formula guard (``quotes.io.records.guard``): a text cell starting with = + - @ tab,
    CR or an apostrophe gets one more apostrophe in front; ``read_quotes`` takes it off again."""
    return guard(value)


def _utf16_units(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF) if not text.isascii() else len(text)


def _pieces(text: str, limit: int) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` UTF-16 units, at a space or line end when one is near."""
    pieces, start = [], 0
    while start < len(text):
        end, units = start, 0
        while end < len(text) and units + (2 if ord(text[end]) > 0xFFFF else 1) <= limit:
            units += 2 if ord(text[end]) > 0xFFFF else 1
            end += 1
        if end == start:  # a limit below one character: take one anyway, so the loop ends
            end = start + 1
        elif end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut > start and end - cut < 2000:
                end = cut + 1
        pieces.append(text[start:end])
        start = end
    return pieces


def xlsx_cells(text, *, neutralised: bool = True) -> list[str]:
    """Text as XLSX cell values: one cell, or several where Excel's 32,767-character limit would cut it.

    Each value is neutralised (no formula) and free of the control characters XML cannot hold (in
    that order, so a removed character cannot uncover an "="). A split text's pieces end with a note,
    " [part 1 of 3; continued in the next cell]" ... " [part 3 of 3]"; without the notes and the
    apostrophes neutralise adds, the pieces join to the text again. For the XLSX writers.
    ``neutralised=False`` leaves the text as it is, for a writer that stores every cell as a typed
    string (which no spreadsheet runs as a formula).
    """
    text = _XML_ILLEGAL.sub("", "" if text is None else str(text))
    safe = neutralise if neutralised else str
    if _utf16_units(text) < XLSX_CELL_LIMIT:
        return [safe(text)]
    room = XLSX_CELL_LIMIT - 1 - len(_PART_NOTE.format(i=999, n=999))  # 1: the apostrophe neutralise may add
    pieces = _pieces(text, room)
    n = len(pieces)
    notes = [_PART_NOTE.format(i=i, n=n) for i in range(1, n)] + [_LAST_NOTE.format(n=n)]
    return [safe(piece) + note for piece, note in zip(pieces, notes, strict=True)]


def joined_cells(cells: list[str]) -> str:
    """The text ``xlsx_cells(text, neutralised=False)`` was made from (less any control characters)."""
    if len(cells) == 1:
        return cells[0]
    n = len(cells)
    notes = [_PART_NOTE.format(i=i, n=n) for i in range(1, n)] + [_LAST_NOTE.format(n=n)]
    return "".join(cell.removesuffix(note) for cell, note in zip(cells, notes, strict=True))


def split_count(cell: str) -> int:
    """How many cells the text of a first cell of ``xlsx_cells`` was split into (1: not split)."""
    found = _FIRST_NOTE.search(cell)
    return int(found.group(1)) if found else 1


def _csv_cell(column: str, value) -> str:
    if column in NUMERIC:
        return "" if value == "" or value is None else str(value)
    return neutralise(value)


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put straight back
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """The mode a plain open() would give: the existing file's, else 0666 less the user's umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


@contextmanager
def atomic_write(path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = None):
    """Open a temporary file next to ``path``; rename it over ``path`` only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _mode_for(target))  # mkstemp's 0600 would make every output private
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


@contextmanager
def atomic_path(path: str | os.PathLike):
    """A temporary path beside ``path`` for a writer that wants a file name; renamed over ``path`` on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        os.chmod(tmp, _mode_for(target))
        yield tmp
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())  # on disk before it takes the target's name
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_cells(row: dict, columns: Iterable[str] = COLUMNS) -> list[str]:
    """One row's cells exactly as write_csv writes them (quotes.scale streams rows with it)."""
    return [_csv_cell(c, row.get(c, "")) for c in columns]


def jsonl_line(row: dict) -> str:
    """One row as write_jsonl writes it, newline included."""
    return json.dumps({c: row.get(c, "") for c in COLUMNS}, ensure_ascii=False) + "\n"


def write_csv(rows: Iterable[dict], path: str | os.PathLike, columns: Iterable[str] = COLUMNS) -> int:
    """Write rows as spreadsheet-safe CSV (the quote columns unless told others); returns how many were written."""
    columns = tuple(columns)
    count = 0
    with atomic_write(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(csv_cells(row, columns))
            count += 1
    return count


def write_jsonl(rows: Iterable[dict], path: str | os.PathLike) -> int:
    count = 0
    with atomic_write(path, encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(jsonl_line(row))
            count += 1
    return count


def _xlsx_row(sheet, row: dict) -> list:
    """One row's cells: numbers as numbers, text as typed strings (never a formula, however it starts,
    and unchanged: no apostrophe); text past Excel's cell limit continues after the last column."""
    from openpyxl.cell import WriteOnlyCell

    cells, overflow = [], []
    for column in COLUMNS:
        value = row.get(column, "")
        if column in NUMERIC:
            cells.append(None if value in ("", None) else value)
            continue
        pieces = []
        for piece in xlsx_cells(value, neutralised=False):
            cell = WriteOnlyCell(sheet, value=piece)
            cell.data_type = "s"  # openpyxl would take "=..." for a formula
            pieces.append(cell)
        cells.append(pieces[0])
        overflow += pieces[1:]
    return cells + overflow


def write_xlsx(rows: Iterable[dict], path: str | os.PathLike) -> int:
    """Write rows as a workbook: sheet "quotes", one row per quoted span, the columns of quotes.csv.

    Written beside ``path`` and renamed into place whole, as the CSV is. read_quotes reads it back.
    """
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("quotes")
    sheet.freeze_panes = "A2"
    sheet.append(list(COLUMNS))
    count = 0
    for row in rows:
        sheet.append(_xlsx_row(sheet, row))
        count += 1
    with atomic_path(path) as tmp:
        book.save(tmp)
    return count


def write_rows(rows: Iterable[dict], path: str | os.PathLike, fmt: str = "csv") -> int:
    if fmt == "csv":
        return write_csv(rows, path)
    if fmt == "jsonl":
        return write_jsonl(rows, path)
    if fmt == "xlsx":
        return write_xlsx(rows, path)
    raise ValueError(f"unknown output format {fmt!r}: use csv, jsonl or xlsx")
