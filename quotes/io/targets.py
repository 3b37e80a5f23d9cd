"""Where a run may write: never over one of its inputs, never into a folder taken for a file.

`quotes extract story.txt -o story.txt` replaced the article by its quotes, `-o out/` (a
folder) ran the whole extraction and then failed to rename its partial file over the folder,
`-o notes.txt/quotes.csv` ended in a traceback, and `-o q.xlsx` wrote CSV text under that name.
All are decided here, before any work.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from quotes.io.reader import InputOptions, expand_inputs

FORMATS = ("csv", "jsonl", "xlsx")
DEFAULT_NAMES = {fmt: f"quotes.{fmt}" for fmt in FORMATS}
# what a quotes file's suffix says it holds; any other suffix is written as --format says (csv by default)
SUFFIX_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx"}


class OutputClash(ValueError):
    """An output would overwrite an input or cannot be written where it points; the message says which."""


def _is_folder(output: str | os.PathLike) -> bool:
    text = os.fspath(output)
    return Path(text).is_dir() or text.endswith(("/", os.sep))


def output_format(output: str | os.PathLike, fmt: str | None = None) -> str:
    """The format of the quotes file ``-o`` names: its suffix's, which ``fmt`` (--format) may only repeat;
    ``fmt`` or csv for a folder or a suffix that says nothing. OutputClash when the two disagree."""
    if fmt is not None and fmt not in FORMATS:
        raise OutputClash(f"--format must be {', '.join(FORMATS[:-1])} or {FORMATS[-1]}, not {fmt!r}")
    said = None if _is_folder(output) else SUFFIX_FORMATS.get(Path(output).suffix.lower())
    if said and fmt and said != fmt:
        raise OutputClash(
            f"{output} is named as {said} but --format says {fmt}: drop --format, or name a .{fmt} file"
        )
    return said or fmt or "csv"


def output_file(output: str | os.PathLike, fmt: str = "csv") -> Path:
    """The quotes file ``-o`` means: itself, or quotes.csv (quotes.jsonl, quotes.xlsx) inside it when it
    is a folder (an existing one, or a path written with a trailing slash)."""
    path = Path(os.fspath(output))
    return path / DEFAULT_NAMES[fmt] if _is_folder(output) else path


def _check_folder(out: Path) -> None:
    """OutputClash when a file stands where the output's folder would be (-o notes.txt/quotes.csv)."""
    for parent in out.parents:
        if parent.is_dir():
            return
        if parent.exists() or parent.is_symlink():
            raise OutputClash(f"cannot write {out}: {parent} is a file, not a folder")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def check_outputs(outputs: Iterable[Path], inputs: Iterable[str], options: InputOptions | None = None) -> None:
    """Raise OutputClash when an output is a folder or one of the inputs (a file given, or found in a
    folder or by a pattern given). Only outputs that exist can be inputs, so a new output costs no walk."""
    existing = []
    for out in outputs:
        if out.is_dir():
            raise OutputClash(f"{out} is a folder: name a file to write")
        _check_folder(out)
        if out.exists():
            existing.append(out)
    if not existing:
        return
    for item in expand_inputs([i for i in inputs if i != "-"], options):
        for out in existing:
            if _same(out, Path(item)):
                raise OutputClash(f"{out} is one of the articles to read: writing there would overwrite it; name another output")
