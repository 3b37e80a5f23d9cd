"""Where a run may write: never over one of its inputs, never into a folder taken for a file.

`quotes extract story.txt -o story.txt` replaced the article by its quotes, and `-o out/` (a
folder) ran the whole extraction and then failed to rename its partial file over the folder.
Both are decided here, before any work.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from quotes.io.reader import InputOptions, expand_inputs

DEFAULT_NAMES = {"csv": "quotes.csv", "jsonl": "quotes.jsonl"}


class OutputClash(ValueError):
    """An output would overwrite an input or cannot be written where it points; the message says which."""


def output_file(output: str | os.PathLike, fmt: str = "csv") -> Path:
    """The quotes file ``-o`` means: itself, or quotes.csv (quotes.jsonl) inside it when it is a folder
    (an existing one, or a path written with a trailing slash)."""
    text = os.fspath(output)
    path = Path(text)
    if path.is_dir() or text.endswith(("/", os.sep)):
        return path / DEFAULT_NAMES[fmt]
    return path


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
        if out.exists():
            existing.append(out)
    if not existing:
        return
    for item in expand_inputs([i for i in inputs if i != "-"], options):
        for out in existing:
            if _same(out, Path(item)):
                raise OutputClash(f"{out} is one of the articles to read: writing there would overwrite it; name another output")
