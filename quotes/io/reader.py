"""Read the inputs: files, folders, stdin; plain text, saved web pages, JSONL and CSV exports.

Every input becomes an ``Article`` or an ``ArticleError`` that names it and says
why it was skipped, one at a time and in input order, so a run over a pile of
any size never holds more than one article (an export is streamed record by
record). Nothing here raises on bad input: an empty file, a PDF, a page with no
article in it, an invalid JSON line, a symlink loop or a folder that cannot be
read each give one ArticleError and the reading goes on.

Offsets everywhere refer to ``Article.text``: the file decoded (a byte-order
mark dropped, line endings kept as they are, NUL bytes turned into spaces), or
the article text trafilatura extracted from a web page, or the text field of an
export record. ``save_article_text`` stores that text so offsets can be checked.
"""

from __future__ import annotations

import csv
import errno
import glob
import hashlib
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass, field, replace
from pathlib import Path

from quotes.io.decoding import MAGIC, NotText, check_text, decode_bytes, without_surrogates
from quotes.io.decoding import binary_kind as _binary_kind_of
from quotes.io.formats import ExportError, Record, bounded_lines, csv_records, jsonl_records
from quotes.io.webpage import PageError, extract_page, looks_like_html_bytes, looks_like_html_text, read_page
from quotes.types import ArticleMeta

__all__ = [
    "DEFAULT_MAX_BYTES", "FORMATS", "MAGIC", "Article", "ArticleError", "ArticleMeta", "InputOptions", "decode",
    "expand_inputs", "read_article", "read_bytes", "read_inputs", "save_article_text", "saved_text_path", "skip_kind",
]

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
FORMATS = ("auto", "text", "html", "jsonl", "csv")
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES  # what a folder is walked for unless a format is named
WALKED = {"auto": ARTICLE_SUFFIXES, "text": TEXT_SUFFIXES, "html": HTML_SUFFIXES, "jsonl": JSONL_SUFFIXES, "csv": CSV_SUFFIXES}
HEAD_BYTES = 4096  # enough of a file or of stdin to tell a web page or JSON lines from text


class ArticleError(Exception):
    """This input cannot be read as an article; the message names it and says why."""

    def __init__(self, name: str, reason: str):
        name, reason = without_surrogates(name), without_surrogates(reason)  # printable and writable
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self):  # picklable for worker processes despite the two-argument constructor
        return (ArticleError, (self.name, self.reason))


@dataclass(frozen=True)
class InputOptions:
    """How to read the inputs.

    ``format``: auto (by file suffix, then by content), text, html, jsonl or csv.
    ``id_field`` / ``text_field``: the field (JSONL) or column (CSV) holding each
    record's id and text; names match without regard to case.
    ``max_bytes``: files (and export records) larger than this are skipped.
    ``skip_folders``: folders a walk leaves out (where the run writes its own files, such as --save-text).
    """

    format: str = "auto"
    id_field: str = "id"
    text_field: str = "text"
    max_bytes: int = DEFAULT_MAX_BYTES
    skip_folders: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"unknown input format {self.format!r}: use one of {', '.join(FORMATS)}")
        if self.max_bytes <= 0:
            raise ValueError(f"the size limit must be positive, not {self.max_bytes}")
        if not self.id_field.strip() or not self.text_field.strip():
            raise ValueError("the id and text field names cannot be empty")


@dataclass(frozen=True)
class Article:
    doc_id: str
    path: str | None  # the file to read again for the same text (None: stdin or an export record)
    text: str
    warnings: tuple[str, ...] = ()
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    source: str | None = None  # where it came from, for people: a path, "export.jsonl:12", "stdin"
    format: str = "text"  # text, html, jsonl or csv


def _size_reason(size: int, limit: int, what: str = "") -> str:
    return f"{what}{size:,} bytes is over the size limit of {limit:,} (raise it with --max-bytes)"


def _options(options: InputOptions | int | None, max_bytes: int | None) -> InputOptions:
    """InputOptions from the new argument or the old ``max_bytes`` one (positional or keyword)."""
    if isinstance(options, InputOptions):
        return options if max_bytes is None else replace(options, max_bytes=max_bytes)
    if isinstance(options, int):
        return InputOptions(max_bytes=options)
    return InputOptions(max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)


# ---- text checks shared by every format ----


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _article(
    name: str, text: str, notes: Iterable[str], *, path: str | None, source: str, fmt: str, meta: ArticleMeta | None = None
) -> Article:
    if not text.strip():
        raise ArticleError(name, "no text after decoding")
    if not _has_words(text):
        raise ArticleError(name, "no sentences: the text has no words")
    text, name, source = without_surrogates(text), without_surrogates(name), without_surrogates(source)
    meta = ArticleMeta(*(None if v is None else without_surrogates(v) for v in astuple(meta))) if meta else ArticleMeta()
    warnings = tuple(f"{name}: {note}" for note in notes)
    return Article(name, path, text, warnings, meta, source, fmt)


def _page_meta(page) -> ArticleMeta:
    return ArticleMeta(page.title, page.date, page.outlet, page.url)


def _from_bytes(data: bytes, name: str, path: str | None, source: str, fmt: str, max_bytes: int) -> Article:
    """A text file's or a web page's bytes to an Article (``fmt``: auto, text or html)."""
    if len(data) > max_bytes:
        raise ArticleError(name, _size_reason(len(data), max_bytes))
    if not data.strip():
        raise ArticleError(name, "empty file")
    if fmt == "auto":
        fmt = "html" if looks_like_html_bytes(data[:HEAD_BYTES]) else "text"
    try:
        if fmt == "html":
            page, notes = read_page(data)
            return _article(name, page.text, notes, path=path, source=source, fmt="html", meta=_page_meta(page))
        decoded = decode_bytes(data)
    except (NotText, PageError) as exc:
        raise ArticleError(name, str(exc)) from None
    return _article(name, decoded.text, decoded.notes, path=path, source=source, fmt="text")


def _from_record(record: Record, doc_id: str, where: str, fmt: str, options: InputOptions, notes: tuple[str, ...]) -> Article:
    """An export record's text field to an Article."""
    text = record.text or ""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > options.max_bytes:
        raise ArticleError(where, _size_reason(size, options.max_bytes, "the text's "))
    if not text.strip():
        raise ArticleError(where, "empty text")
    meta = ArticleMeta(**{k: record.meta.get(k) for k in ("title", "date", "outlet", "url")})
    try:
        if options.format == "auto" and looks_like_html_text(text):  # some databases export the page, not the text
            page = extract_page(text)
            meta = ArticleMeta(meta.title or page.title, meta.date or page.date, meta.outlet or page.outlet, meta.url or page.url)
            return _article(doc_id, page.text, notes, path=None, source=where, fmt="html", meta=meta)
        text, cleaned = check_text(text, "character")
    except (NotText, PageError) as exc:
        raise ArticleError(where, str(exc)) from None
    return _article(doc_id, text, notes + cleaned, path=None, source=where, fmt=fmt, meta=meta)


# ---- why an input was skipped, by kind (for a run's summary) ----

_BINARY_REASON = re.compile(r"binary (?:file, looks like (?:an? )?(?P<what>.+)|data\b)")
_SKIP_KINDS = (  # (kind, what a reason starts with or holds), first match wins
    ("empty", ("empty file", "empty text", "no text after decoding")),
    ("no words", ("no sentences",)),
    ("too large", ("over the size limit",)),
    ("unreadable", ("cannot read", "symlink", "is a directory", "not a regular file", "broken symlink")),
)


def skip_kind(reason: str) -> tuple[str, str | None]:
    """(kind, detail) of an ArticleError's reason: ("binary", "PDF document"), ("empty", None), ...;
    ("other", None) for a reason this module does not give."""
    binary = _BINARY_REASON.match(reason)
    if binary:
        return "binary", binary["what"] or "binary data"
    for kind, marks in _SKIP_KINDS:
        if any(mark in reason for mark in marks):
            return kind, None
    return "other", None


# ---- the old entry points, kept for their callers ----


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Bytes to text with warnings naming ``name``; raises ArticleError for binary data."""
    try:
        decoded = decode_bytes(data)
    except NotText as exc:
        raise ArticleError(name, str(exc)) from None
    return decoded.text, tuple(f"{name}: {note}" for note in decoded.notes)


def read_bytes(data: bytes, name: str, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES, fmt: str = "auto") -> Article:
    """One article from bytes (plain text or a web page)."""
    return _from_bytes(data, name, path, path or name, fmt, max_bytes)


def _binary_kind(head: bytes) -> str | None:  # kept for callers of the old name
    return _binary_kind_of(head)


# ---- files ----


def _os_reason(exc: OSError, path: str | os.PathLike) -> str:
    if exc.errno == errno.ELOOP:
        return "cannot read: symlink loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return f"cannot read: broken symlink (points to {os.readlink(path)})"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def _format_by_suffix(path: Path) -> str | None:
    suffix = path.suffix.lower()
    # a .txt file may still be a saved page: plain text is told from HTML by its content
    for fmt, suffixes in (("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("csv", CSV_SUFFIXES)):
        if suffix in suffixes:
            return fmt
    return None


def _regular_size(path: Path, name: str) -> int:
    """The size of a regular file; ArticleError for anything else or when it cannot be seen."""
    try:
        info = path.stat()
    except OSError as exc:
        raise ArticleError(name, _os_reason(exc, path)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(name, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(name, "not a regular file (a pipe, device or socket)")
    return info.st_size


def _read_limited(path: Path, name: str, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)  # a file that grew since stat() is still caught by the limit
    except OSError as exc:
        raise ArticleError(name, _os_reason(exc, path)) from None


def read_article(
    path: str | os.PathLike,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    options: InputOptions | None = None,
) -> Article:
    """One plain-text file or saved web page as an Article; raises ArticleError saying why not.

    JSONL and CSV exports hold many articles: read them with ``read_inputs``.
    """
    options = _options(options, None if options else max_bytes)
    p = Path(path)
    name = doc_id or p.name
    size = _regular_size(p, name)
    if size > options.max_bytes:
        raise ArticleError(name, _size_reason(size, options.max_bytes))
    fmt = options.format if options.format != "auto" else (_format_by_suffix(p) or "auto")
    if fmt in ("jsonl", "csv"):
        raise ArticleError(name, f"a {fmt.upper()} export holds many articles; read it with read_inputs")
    return _from_bytes(_read_limited(p, name, options.max_bytes), name, str(p), str(p), fmt, options.max_bytes)


# ---- folders ----


def _is_within(child: str, parent: str) -> bool:
    return child == parent or child.startswith(parent.rstrip(os.sep) + os.sep)


def _linked_folder_error(link: str) -> ArticleError:
    target = os.path.realpath(link)
    if _is_within(os.path.realpath(os.path.dirname(link)), target):
        return ArticleError(link, f"symlink loop: it points back to {target}; not followed")
    return ArticleError(link, f"a symlink to the folder {target}; not followed (name that folder to read it)")


def _binary_file(path: str) -> ArticleError | None:
    """The error naming a file a walk does not read by its name but whose content is binary (a PDF, an
    image, an archive): the warning it gives when named itself, so that it is not left out unsaid."""
    name = os.path.basename(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError as exc:
        return None if exc.errno in (errno.ENOENT, errno.ELOOP) else ArticleError(name, _os_reason(exc, path))
    try:
        decode_bytes(head)
    except NotText as exc:
        return ArticleError(name, str(exc))
    return None  # text under another name (notes.json, quotes.csv, README): not an article, left out


def _page_resources(root: str, dirs: list[str], files: list[str]) -> set[str]:
    """The "<page>_files" folders a browser saves beside "<page>.html": their images are no one's concern."""
    return {os.path.join(root, d) for d in dirs
            if d.endswith("_files") and any(d[: -len("_files")] + ext in files for ext in HTML_SUFFIXES)}


def _walk(folder: str, suffixes: set[str], skip: frozenset[str] = frozenset()) -> Iterator[str | ArticleError]:
    """The article files under ``folder`` (sorted), and an ArticleError for what cannot be walked.

    Symlinked folders are not followed (so a link back up the tree cannot loop)
    but reported; a folder that cannot be listed is reported and skipped. A file of
    another suffix is left out, but reported when its content is binary (a PDF, an
    image), as it is when named, except in a saved page's "<page>_files" folder. Hidden
    files and folders (.DS_Store, .git) are left out unsaid.
    """
    errors: list[OSError] = []
    resources: set[str] = set()

    def flush() -> Iterator[ArticleError]:
        for exc in errors:
            where = exc.filename or folder
            yield ArticleError(str(where), f"cannot read folder: {exc.strerror or exc}")
        errors.clear()

    for root, dirs, files in os.walk(folder, onerror=errors.append, followlinks=False):
        yield from flush()
        dirs.sort()
        dirs[:] = [d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) not in skip]
        for name in [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            dirs.remove(name)
            yield _linked_folder_error(os.path.join(root, name))
        resources |= _page_resources(root, dirs, files)
        quiet = any(_is_within(root, r) for r in resources)
        for name in sorted(f for f in files if not f.startswith(".")):
            path = os.path.join(root, name)
            if Path(name).suffix.lower() in suffixes:
                yield path
            elif not quiet and (error := _binary_file(path)) is not None:
                yield error
    yield from flush()


_GLOB_MAGIC = re.compile(r"[*?[]")


def _is_pattern(item: str) -> bool:
    return item != "-" and _GLOB_MAGIC.search(item) is not None and not os.path.lexists(item)


def _matches(pattern: str) -> Iterator[str | ArticleError]:
    """The files a glob pattern matches, sorted; "**" matches folders at any depth.

    Patterns are for piles too big for the shell's argument list: quote them ('archive/**/*.txt').
    Only files are taken, as with names given one by one; a folder is walked when named as itself.
    """
    paths = sorted(p for p in glob.iglob(pattern, recursive=True) if not os.path.isdir(p))
    if not paths:
        yield ArticleError(pattern, "no file matches this pattern")
    yield from paths


def _expand(inputs: Iterable[str], options: InputOptions) -> Iterator[str | ArticleError]:
    suffixes = WALKED[options.format]
    skip = frozenset(os.path.realpath(folder) for folder in options.skip_folders)
    for item in inputs:
        if _is_pattern(item):
            yield from _matches(item)
        elif item != "-" and os.path.isdir(item):
            yield from _walk(item, suffixes, skip)
        else:
            yield item


def expand_inputs(inputs: Iterable[str], options: InputOptions | None = None) -> Iterator[str]:
    """Files as given, folders walked for article files (sorted), "-" for stdin."""
    for item in _expand(inputs, options or InputOptions()):
        if not isinstance(item, ArticleError):
            yield item


# ---- doc ids ----


class _DocIds:
    """Keeps doc_ids unique over a run: a repeated one gets the path, or "#2", "#3"."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def claim(self, preferred: str, alternative: str | None = None) -> str:
        for candidate in (preferred, alternative):
            if candidate and candidate not in self._used:
                self._used.add(candidate)
                return candidate
        n = 2
        while f"{preferred}#{n}" in self._used:
            n += 1
        self._used.add(f"{preferred}#{n}")
        return f"{preferred}#{n}"


# ---- exports ----


class _Prefixed:
    """A binary stream with its first bytes already read (to sniff the format) put back in front."""

    def __init__(self, head: bytes, stream):
        self._head = io.BytesIO(head)
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        line = self._head.readline(limit)
        if line.endswith(b"\n") or (limit >= 0 and len(line) >= limit):
            return line
        return line + self._stream.readline(-1 if limit < 0 else limit - len(line))


def _line_limit(options: InputOptions) -> int:
    return 2 * options.max_bytes + 65536  # room for JSON escapes and the other fields of a record


def _export_records(readline, name: str, fmt: str, options: InputOptions) -> Iterator[Record]:
    lines = bounded_lines(readline, _line_limit(options))
    if fmt == "jsonl":
        return jsonl_records(lines, options.id_field, options.text_field)
    csv.field_size_limit(max(csv.field_size_limit(), _line_limit(options)))  # the default, 128 KiB, is too small for articles
    return csv_records(lines, options.id_field, options.text_field, "\t" if name.lower().endswith(".tsv") else ",")


def _read_export(readline, name: str, fmt: str, options: InputOptions, ids: _DocIds) -> Iterator[Article | ArticleError]:
    stem = Path(name).stem if name != "stdin" else "stdin"
    try:
        for record in _export_records(readline, name, fmt, options):
            where = f"{name}:{record.line}"
            if record.error:
                yield ArticleError(where, record.error + (f" (id {record.doc_id})" if record.doc_id else ""))
                continue
            doc_id = ids.claim(record.doc_id or f"{stem}-{record.number}")
            notes = record.notes
            if record.doc_id and doc_id != record.doc_id:
                notes += (f"id {record.doc_id!r} is used more than once; this one ({where}) is {doc_id!r}",)
            try:
                yield _from_record(record, doc_id, where, fmt, options, notes)
            except ArticleError as exc:
                yield ArticleError(where, exc.reason + (f" (id {record.doc_id})" if record.doc_id else ""))
    except ExportError as exc:
        yield ArticleError(name, str(exc))
    except OSError as exc:
        yield ArticleError(name, _os_reason(exc, name))


def _read_path(item: str, options: InputOptions, ids: _DocIds) -> Iterator[Article | ArticleError]:
    p = Path(item)
    name = p.name or item
    fmt = options.format if options.format != "auto" else (_format_by_suffix(p) or "auto")
    try:
        size = _regular_size(p, name)
        if fmt in ("jsonl", "csv"):
            with open(p, "rb") as handle:
                yield from _read_export(handle.readline, name, fmt, options, ids)
            return
        if size > options.max_bytes:
            raise ArticleError(name, _size_reason(size, options.max_bytes))
        doc_id = ids.claim(without_surrogates(name), without_surrogates(item))  # a second file of one name: its path
        data = _read_limited(p, doc_id, options.max_bytes)
        yield _from_bytes(data, doc_id, item, item, fmt, options.max_bytes)
    except ArticleError as exc:
        yield exc
    except OSError as exc:
        yield ArticleError(name, _os_reason(exc, p))


def _stdin_format(head: bytes, options: InputOptions) -> str:
    if options.format != "auto":
        return options.format
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return "jsonl"
    return "html" if looks_like_html_bytes(head) else "text"


def _read_stdin(options: InputOptions, ids: _DocIds) -> Iterator[Article | ArticleError]:
    stream = sys.stdin.buffer
    head = stream.read(HEAD_BYTES)
    fmt = _stdin_format(head, options)
    if fmt in ("jsonl", "csv"):
        yield from _read_export(_Prefixed(head, stream).readline, "stdin", fmt, options, ids)
        return
    data = head + stream.read(options.max_bytes + 1 - len(head))
    try:
        yield _from_bytes(data, ids.claim("stdin"), None, "stdin", fmt, options.max_bytes)
    except ArticleError as exc:
        yield exc


def read_inputs(
    inputs: Iterable[str], options: InputOptions | int | None = None, *, max_bytes: int | None = None
) -> Iterator[Article | ArticleError]:
    """Each input as an Article, or the ArticleError saying why it was skipped; lazily, in input order.

    Inputs are files, folders (walked for .txt/.text/.md/.html/.htm files, or for
    the files of the format named in ``options``) and "-" for stdin. A JSONL or
    CSV export gives one Article per record. ``options`` may also be the size
    limit alone, as it was before InputOptions.
    """
    options = _options(options, max_bytes)
    ids = _DocIds()
    for item in _expand(inputs, options):
        if isinstance(item, ArticleError):
            yield item
        elif item == "-":
            yield from _read_stdin(options, ids)
        else:
            yield from _read_path(item, options, ids)


# ---- keeping the text the offsets point into ----

_SAFE_NAME = re.compile(r"[\w][\w.\- ]{0,150}")


def text_file_stem(doc_id: str) -> str:
    """A file name for a doc_id: the doc_id itself when it is a safe name, else a slug and a short hash."""
    if _SAFE_NAME.fullmatch(doc_id) and not doc_id.endswith((" ", ".")):
        return doc_id
    slug = re.sub(r"[^\w.-]+", "_", doc_id).strip("._")[:100] or "article"
    return f"{slug}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:10]}"


def saved_text_path(directory: str | os.PathLike, doc_id: str) -> Path:
    """Where ``save_article_text`` puts an article's text: ``<doc_id>.txt``."""
    return Path(directory) / f"{text_file_stem(doc_id)}.txt"


def _write_atomically(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as handle:  # newline="": "\r\n" stays two characters
        handle.write(content)
    os.replace(tmp, path)


def save_article_text(article: Article, directory: str | os.PathLike) -> Path:
    """Write the article's text (what its offsets index) to ``<doc_id>.txt``, its source and metadata to ``.json``.

    The text is UTF-8 without a byte-order mark; reading it back with
    ``read_article`` (or ``open(..., encoding="utf-8", newline="")``) gives the
    same string, so ``text[start:end] == quote`` can be checked on it.
    """
    target = saved_text_path(directory, article.doc_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    # a text starting with U+FEFF would lose it to the BOM check when read back: write one BOM more
    _write_atomically(target, ("\ufeff" if article.text.startswith("\ufeff") else "") + article.text)
    info = {"doc_id": article.doc_id, "source": article.source, "format": article.format, **article.meta.as_dict()}
    _write_atomically(target.with_suffix(".json"), json.dumps(info, ensure_ascii=False, indent=1) + "\n")
    return target


def saved_meta(text_path: str | os.PathLike, doc_id: str) -> ArticleMeta | None:
    """The metadata save_article_text kept beside a saved text (``<doc_id>.json``); None if there is none."""
    try:
        info = json.loads(Path(text_path).with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or info.get("doc_id") != doc_id:
        return None
    return ArticleMeta(**{k: v if isinstance(v := info.get(k), str) else None for k in ArticleMeta.__dataclass_fields__})


def saving_texts(items: Iterable[Article | ArticleError], directory: str | os.PathLike | None) -> Iterator[Article | ArticleError]:
    """Pass read_inputs' items through, saving each article's text into ``directory`` first (if given)."""
    for item in items:
        if directory is not None and isinstance(item, Article):
            save_article_text(item, directory)
        yield item


def count_inputs(inputs: Iterable[str], options: InputOptions | int | None = None) -> int:
    """About how many items ``read_inputs`` will yield, without decoding anything (for a progress bar).

    Files count one each; an export counts its lines (JSONL) or records (CSV). Stdin counts one.
    """
    options = _options(options, None)
    csv.field_size_limit(max(csv.field_size_limit(), _line_limit(options)))
    total = 0
    for item in _expand(inputs, options):
        fmt = None if isinstance(item, ArticleError) or item == "-" else options.format
        if fmt == "auto":
            fmt = _format_by_suffix(Path(item))
        try:
            total += _count_records(item, fmt) if fmt in ("jsonl", "csv") else 1
        except (OSError, csv.Error):
            total += 1
    return total


def _count_records(path: str, fmt: str) -> int:
    if fmt == "jsonl":
        with open(path, "rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")) or 1
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 1)
