"""Read article files: decode them and refuse, with a reason, what is not an article.

Offsets everywhere refer to the text returned here: the file decoded (a
UTF-8 byte-order mark dropped), line endings kept as they are, so offsets
round-trip on the decoded text whatever the line endings.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".text", ".md"}
MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}


class ArticleError(Exception):
    """This input cannot be read as an article; the message names it and says why."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Article:
    doc_id: str
    path: str | None
    text: str
    warnings: tuple[str, ...] = ()


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            return kind
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM), else the best-guess legacy encoding, with a warning."""
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        where = exc.start
    encoding = _guess_encoding(data)
    text = data.decode(encoding, errors="replace")
    return text, (f"{name}: not valid UTF-8 (first bad byte at {where}); decoded as {encoding}",)


def _guess_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: cp1252 is what most non-UTF-8 news text is
        return "cp1252"
    best = from_bytes(data).best()
    return best.encoding if best is not None else "cp1252"


def read_bytes(data: bytes, name: str, path: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    if len(data) > max_bytes:
        raise ArticleError(name, f"{len(data):,} bytes is over the size limit of {max_bytes:,} (raise it with --max-bytes)")
    if not data.strip():
        raise ArticleError(name, "empty file")
    kind = _binary_kind(data[:8192])
    if kind:
        raise ArticleError(name, f"binary file, looks like {kind}")
    text, warnings = decode(data, name)
    if not text.strip():
        raise ArticleError(name, "no text after decoding")
    return Article(name, path, text, warnings)


def read_article(path: str | os.PathLike, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    p = Path(path)
    name = doc_id or p.name
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ArticleError(name, f"{size:,} bytes is over the size limit of {max_bytes:,} (raise it with --max-bytes)")
        data = p.read_bytes()
    except ArticleError:
        raise
    except IsADirectoryError:
        raise ArticleError(name, "is a directory") from None
    except OSError as exc:
        raise ArticleError(name, f"cannot read: {exc.strerror or exc}") from None
    return read_bytes(data, name, str(p), max_bytes)


def expand_inputs(inputs: Iterable[str]) -> Iterator[str]:
    """Files as given, folders walked for article files (sorted), "-" for stdin."""
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs.sort()
                for f in sorted(files):
                    if Path(f).suffix.lower() in ARTICLE_SUFFIXES:
                        yield str(Path(root) / f)
        else:
            yield item


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ArticleError]:
    """Each input as an Article, or the ArticleError saying why it was skipped."""
    seen: dict[str, int] = {}
    for item in expand_inputs(inputs):
        try:
            if item == "-":
                yield read_bytes(sys.stdin.buffer.read(), "stdin", None, max_bytes)
                continue
            name = Path(item).name
            seen[name] = seen.get(name, 0) + 1
            doc_id = name if seen[name] == 1 else item  # two files of one name: keep them apart
            yield read_article(item, doc_id, max_bytes)
        except ArticleError as exc:
            yield exc
