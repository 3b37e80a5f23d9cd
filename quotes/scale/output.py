"""The output file while a run writes it: streamed, renamed into place at the end, resumable.

Rows go to a partial file beside the output (``.quotes.csv.partial``) as each article
finishes. After an article's rows are written, a line in a journal beside it
(``.quotes.csv.journal``) records the article's doc_id and how many bytes of the partial
file are then complete. A run that dies (killed, out of memory, power cut) leaves both;
``resume=True`` cuts the partial file back to the last journalled article, skips the
journalled articles and appends after them, so the finished file is byte for byte the
file an uninterrupted run writes. With no partial file, ``resume=True`` continues a
finished output instead: it is copied and the articles already in it are skipped.
Without ``resume``, an interrupted run's partial file is never thrown away unasked: opening
raises UnfinishedRun unless ``overwrite=True``.

The output is only ever replaced whole, and together with the side tables the linking pass
writes beside it (quotes.speakers.csv, ...): the finished partial file is staged in a folder
beside the output, annotated there, and the set renamed into place (``publish_quotes``). An
XLSX output is written as CSV until then (partial file, journal, resume), the workbook made
from it when the set is staged.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quotes.io.export import csv_cells, jsonl_line, write_xlsx
from quotes.io.records import COLUMNS, QuotesFileError, read_quotes

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; two runs on one output are then the user's care
    fcntl = None

FORMATS = ("csv", "jsonl", "xlsx")
SYNC_SECONDS = 5.0  # how much work a power cut may cost: the partial file is fsynced this often


class ResumeError(ValueError):
    """The existing output or partial file cannot be continued; the message says why and what to do."""


class UnfinishedRun(ResumeError):
    """An interrupted run's partial file is there and the run was started without resume or overwrite."""


class OutputBusy(RuntimeError):
    """Another run is writing the same output."""


class OutputUnwritable(ValueError):
    """The output cannot be written where it points (a read-only place, no permission); nothing was written."""


# called on the finished quotes file, staged in a folder beside the output: may rewrite it and add side
# tables to the folder (the linking pass), which are published with it
Annotate = Callable[[Path], object]


def work_format(fmt: str) -> str:
    """The format rows are written in while the run goes on: an XLSX output's is CSV."""
    return "csv" if fmt == "xlsx" else fmt


def set_members(output: str | os.PathLike) -> tuple[Path, ...]:
    """The files one run publishes together: the quotes file and the side tables named after it."""
    from quotes.io.side_tables import OUTPUT_NAMES, side_path  # the linking pass names its tables

    output = Path(output)
    return (output, *(side_path(output, kind) for kind in OUTPUT_NAMES))


@contextmanager
def staging(output: str | os.PathLike) -> Iterator[Path]:
    """A scratch folder beside the output (same file system: renames out of it are atomic), removed on exit."""
    output = Path(output)
    folder = Path(tempfile.mkdtemp(prefix=f".{output.name}.", suffix=".staging", dir=output.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def publish_set(output: str | os.PathLike, folder: Path) -> None:
    """Put the set staged in ``folder`` in place: a member it lacks is removed (it described rows that are
    gone), then each staged member renamed over its namesake, the quotes file last."""
    members = set_members(output)
    staged = [m for m in members if (folder / m.name).is_file()]
    for member in members:
        if member not in staged:
            member.unlink(missing_ok=True)
    for member in reversed(staged):  # the quotes file is first in the set: renamed last
        os.replace(folder / member.name, member)


def publish_quotes(finished: Path, output: str | os.PathLike, fmt: str, annotate: Annotate | None = None) -> object:
    """Publish the finished work file (left where it is) as ``output`` in ``fmt``, with what ``annotate``
    writes beside it, as one set; returns what ``annotate`` returned."""
    output = Path(output)
    with staging(output) as folder:
        staged = folder / (output.name if fmt != "xlsx" else f"{output.stem}.csv")
        try:
            os.link(finished, staged)  # the annotated file replaces the link; the finished file stays as it was
        except OSError:
            shutil.copyfile(finished, staged)
        result = annotate(staged) if annotate is not None else None
        if fmt == "xlsx":
            write_xlsx((row.as_dict() for row in read_quotes(staged, "csv")), folder / output.name)
        publish_set(output, folder)
    return result


def side_files(output: str | os.PathLike) -> tuple[Path, Path]:
    """(partial file, journal) of an output."""
    out = Path(output)
    return out.with_name(f".{out.name}.partial"), out.with_name(f".{out.name}.journal")


def header_bytes(fmt: str) -> bytes:
    if work_format(fmt) == "jsonl":
        return b""
    return ("\ufeff" + _csv_text([list(COLUMNS)])).encode("utf-8")


def _csv_text(records: Iterable[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(records)
    return buffer.getvalue()


def rows_bytes(rows: Iterable[dict], fmt: str) -> tuple[bytes, int]:
    """Rows encoded exactly as quotes.io.export writes them, and how many there were."""
    rows = list(rows)
    if work_format(fmt) == "jsonl":
        text = "".join(jsonl_line(r) for r in rows)
    else:
        text = _csv_text(csv_cells(r) for r in rows)
    return text.encode("utf-8"), len(rows)


def _header(path: Path, fmt: str) -> list[str] | None:
    if fmt == "xlsx":
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ResumeError(f"{path}: not a workbook ({exc}); cannot resume it (run without --resume)") from None
        try:
            return [str(c) for c in next(book.worksheets[0].iter_rows(max_row=1, values_only=True), ()) if c is not None]
        finally:
            book.close()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle), None)


def _doc_ids_in(path: Path, fmt: str) -> tuple[set[str], int]:
    """The doc_ids of a finished output, and its number of rows; ResumeError if it is not ours."""
    if fmt in ("csv", "xlsx"):
        header = _header(path, fmt)
        if header != list(COLUMNS):
            raise ResumeError(
                f"{path}: its columns are not those this version writes; cannot resume it (run without --resume)"
            )
    done: set[str] = set()
    rows = 0
    try:
        for row in read_quotes(path, fmt):
            done.add(row.doc_id)
            rows += 1
    except QuotesFileError as exc:
        raise ResumeError(f"{exc}; cannot resume it") from None
    return done, rows


class PartialOutput:
    """Rows of finished articles, appended to the partial file, journalled; ``commit`` publishes them.

    ``done`` holds the doc_ids already written (by a previous run, when resuming).
    """

    def __init__(self, output: str | os.PathLike, fmt: str = "csv", *, resume: bool = False, overwrite: bool = False):
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}: use csv, jsonl or xlsx")
        self.output = Path(output)
        self.fmt = fmt  # the output's; rows are written in work_format(fmt) until it is published
        self.partial_path, self.journal_path = side_files(self.output)
        self.done: set[str] = set()
        self.rows_before = 0  # rows already in the file when this run started
        self.rows_written = 0  # rows this run added
        self.resumed = False
        self._continued = False  # an interrupted run's partial file picked up: kept whatever happens
        self._recorded = 0  # articles this run journalled
        self._committed = False
        self._last_sync = time.monotonic()
        had_journal = self.journal_path.exists()
        self._journal = self._open_journal()
        try:
            self._lock()
        except OutputBusy:
            self._journal.close()
            raise
        try:
            if not resume and not overwrite:
                self._refuse_unfinished()
            if not (resume and self._continue_partial()):
                self._start(resume)
        except BaseException:
            self._journal.close()
            if not had_journal:
                self._remove(self.journal_path)
            raise

    # ---- opening -----------------------------------------------------------------------------

    def _open_journal(self):
        """The journal, opened (and created) first: it also tells whether the output's place is writable."""
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            return open(self.journal_path, "a+b")  # noqa: SIM115 (kept open for the run, closed in close())
        except OSError as exc:
            raise OutputUnwritable(f"cannot write {self.output}: {exc.strerror or exc}") from None

    def _refuse_unfinished(self) -> None:
        """UnfinishedRun when an interrupted run's rows wait in the partial file: never thrown away unasked."""
        if not self.partial_path.is_file():
            return
        journal = self._read_journal()
        articles = len(journal[1]) if journal else 0
        raise UnfinishedRun(
            f"{self.output}: an interrupted run left {articles} article(s) in {self.partial_path}; "
            f"continue it with --resume, or start over with --overwrite (or delete that file)"
        )

    def _lock(self) -> None:
        if fcntl is None:
            return
        try:
            fcntl.flock(self._journal.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"another `quotes extract` is writing {self.output}") from None

    def _read_journal(self) -> tuple[dict, list[tuple[str, int, int]], int] | None:
        """(header, [(doc_id, end offset, rows so far)], bytes of intact journal), or None if unusable."""
        self._journal.seek(0)
        lines = self._journal.read().split(b"\n")
        try:
            header = json.loads(lines[0])
        except (json.JSONDecodeError, UnicodeDecodeError, IndexError):
            return None
        if not isinstance(header, dict) or "format" not in header:
            return None
        entries, intact = [], len(lines[0]) + 1
        for line in lines[1:-1]:  # the last piece has no newline: a torn write, or empty
            try:
                entry = json.loads(line)
                entries.append((str(entry["doc_id"]), int(entry["end"]), int(entry["rows"])))
            except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError):
                break
            intact += len(line) + 1
        return header, entries, intact

    def _continue_partial(self) -> bool:
        """Pick up a killed run's partial file; False when there is none to pick up."""
        journal = self._read_journal() if self.partial_path.is_file() else None
        if journal is None:
            return False
        header, entries, intact = journal
        if header.get("format") != work_format(self.fmt) or header.get("columns") != list(COLUMNS):
            raise ResumeError(
                f"{self.partial_path} was written as {header.get('format')} with other settings: resume with the "
                f"same --format, or start afresh without --resume"
            )
        size = self.partial_path.stat().st_size
        entries = [e for e in entries if e[1] <= size]  # after a power cut the journal may be ahead of the file
        end = entries[-1][1] if entries else int(header["start"])
        self.rows_before = entries[-1][2] if entries else int(header.get("rows", 0))
        self.done = {doc_id for doc_id, _, _ in entries} | set(header.get("done", ()))
        self._partial = open(self.partial_path, "r+b")  # noqa: SIM115
        self._partial.truncate(end)
        self._partial.seek(end)
        self._rewrite_journal(header, entries)
        self.resumed = self._continued = True
        return True

    def _start(self, resume: bool) -> None:
        """A fresh partial file, or, resuming a finished output, a copy of it to append to."""
        header: dict = {"format": work_format(self.fmt), "columns": list(COLUMNS)}
        if resume and self.output.is_file():
            self.done, self.rows_before = _doc_ids_in(self.output, self.fmt)
            self._copy_finished()
            self._partial = open(self.partial_path, "r+b")  # noqa: SIM115
            self._partial.seek(0, os.SEEK_END)
            header.update(start=self._partial.tell(), rows=self.rows_before, done=sorted(self.done))
            self.resumed = True
        else:
            self._partial = open(self.partial_path, "wb")  # noqa: SIM115
            self._partial.write(header_bytes(self.fmt))
            header.update(start=self._partial.tell(), rows=0)
        self._partial.flush()
        self._rewrite_journal(header, [])

    def _copy_finished(self) -> None:
        """The finished output as the partial file to append to (a workbook's rows as CSV)."""
        if self.fmt != "xlsx":
            shutil.copyfile(self.output, self.partial_path)
            return
        with open(self.partial_path, "wb") as handle:
            handle.write(header_bytes(self.fmt))
            handle.write(rows_bytes((row.as_dict() for row in read_quotes(self.output, "xlsx")), self.fmt)[0])

    def _rewrite_journal(self, header: dict, entries: list[tuple[str, int, int]]) -> None:
        self._journal.seek(0)
        self._journal.truncate()
        self._journal.write(_json_line(header))
        for doc_id, end, rows in entries:
            self._journal.write(_json_line({"doc_id": doc_id, "end": end, "rows": rows}))
        self._journal.flush()

    # ---- writing -----------------------------------------------------------------------------

    def append(self, doc_id: str, rows: Iterable[dict]) -> int:
        """Write one finished article's rows, then journal it; returns the number of rows."""
        data, count = rows_bytes(rows, self.fmt)
        self._partial.write(data)
        self._partial.flush()  # in the OS's hands: a killed process loses nothing written so far
        self.rows_written += count
        self.done.add(doc_id)
        entry = {"doc_id": doc_id, "end": self._partial.tell(), "rows": self.rows_before + self.rows_written}
        self._journal.write(_json_line(entry))
        self._journal.flush()
        self._recorded += 1
        if time.monotonic() - self._last_sync > SYNC_SECONDS:
            self._sync()
        return count

    def _sync(self) -> None:
        os.fsync(self._partial.fileno())  # the rows before the journal line that claims them
        os.fsync(self._journal.fileno())
        self._last_sync = time.monotonic()

    def commit(self, annotate: Annotate | None = None) -> object:
        """Publish the partial file as the output, with what ``annotate`` adds, as one set (publish_quotes);
        then the partial file and the journal go. Returns what ``annotate`` returned. If publishing fails,
        both stay, for --resume."""
        self._partial.flush()
        os.fsync(self._partial.fileno())
        self._partial.close()
        result = publish_quotes(self.partial_path, self.output, self.fmt, annotate)
        self._committed = True
        self._remove(self.partial_path)
        self._remove(self.journal_path)
        self.close()
        return result

    def close(self) -> None:
        """Stop writing. Uncommitted work stays for --resume, unless there is none."""
        if not self._partial.closed:
            self._partial.close()
        if not self._committed and self._recorded == 0 and not self._continued:
            self._remove(self.partial_path)
            self._remove(self.journal_path)
        if not self._journal.closed:
            self._journal.close()  # releases the lock

    @property
    def rows_total(self) -> int:
        return self.rows_before + self.rows_written

    @staticmethod
    def _remove(path: Path) -> None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass

    def __enter__(self) -> PartialOutput:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _json_line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
