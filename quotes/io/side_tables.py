"""The names of the linking pass's side tables (quotes.crossdoc.link writes them), apart from the pass.

Every extraction run publishes its quotes file together with these tables (quotes.scale.output), with
--no-link too; importing anything under quotes.crossdoc imports datasketch and scipy, a third of a
second of CPU that a run which never links should not pay just to learn three file names.
"""

from __future__ import annotations

import os
from pathlib import Path

OUTPUT_NAMES = {"speakers": "speakers.csv", "articles": "articles.csv", "variants": "quote_variants.csv"}  # the suffixes


def side_path(quotes_path: str | os.PathLike, kind: str, out_dir: str | os.PathLike | None = None) -> Path:
    """Where the linking pass writes a side table of a quotes file: named after it (quotes.speakers.csv),
    so two quotes files in one folder do not overwrite each other's tables."""
    quotes_path = Path(quotes_path)
    folder = Path(out_dir) if out_dir is not None else quotes_path.parent
    return folder / f"{quotes_path.stem}.{OUTPUT_NAMES[kind]}"
