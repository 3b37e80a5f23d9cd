"""Reading what `quotes extract` and `quotes claims table` wrote, and the article texts offsets index.

``read_quotes`` hands the app the rows of the common reader (quotes.io.records) as strings.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from quotes.crossdoc.link import find_side_file
from quotes.io import records
from quotes.io.reader import Article, read_article, read_inputs
from quotes.io.records import restore

QUOTES_NAMES = ("quotes.csv", "quotes.jsonl")
CLAIMS_LONG_NAMES = ("claims_long.csv",)


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        # the side tables are written with the quotes file's formula guard: restore takes it off
        return [{k: restore(v) for k, v in row.items() if k is not None} for row in csv.DictReader(handle)]


def read_quotes(path: str | Path) -> list[dict]:
    """The rows of a quotes file (quotes.csv or .jsonl, through the common reader) as dicts of
    strings, in file order; columns this version does not know (a corrected export's ``checked``)
    come along."""
    return [{k: "" if v is None else str(v) for k, v in {**row.as_dict(), **dict(row.extra)}.items()}
            for row in records.read_quotes(path)]


def read_table(path: str | Path) -> list[dict]:
    """A side table (articles.csv, speakers.csv, claims_long.csv) as dicts of strings."""
    return _read_csv(Path(path))


@dataclass
class Pile:
    """Where a review's files are: the quotes file, its side tables, the database."""

    quotes: Path
    db: Path
    articles: Path | None = None
    speakers: Path | None = None
    claims: Path | None = None
    texts: list[str] = field(default_factory=list)


def locate(target: str | Path, db: str | Path | None = None, claims: str | Path | None = None,
           texts: Iterable[str] = ()) -> Pile:
    """The pile of an output folder or a quotes file; raises FileNotFoundError saying what is missing."""
    target = Path(target)
    if target.is_dir():
        found = [target / n for n in QUOTES_NAMES if (target / n).is_file()]
        if not found:
            raise FileNotFoundError(f"{target}: no quotes.csv or quotes.jsonl in this folder")
        quotes = found[0]
    elif target.is_file():
        quotes = target
    else:
        raise FileNotFoundError(f"{target}: no such file or folder")
    folder = quotes.parent

    if claims is None:
        claims = next((folder / n for n in CLAIMS_LONG_NAMES if (folder / n).is_file()), None)
    elif not Path(claims).is_file():
        raise FileNotFoundError(f"{claims}: no such claims file")
    return Pile(quotes=quotes, db=Path(db) if db else folder / "quotes.db", articles=find_side_file(quotes, "articles"),
                speakers=find_side_file(quotes, "speakers"), claims=Path(claims) if claims else None, texts=list(texts))


def article_texts(pile: Pile, doc_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """doc_id -> (text, where it was read) for every article found: the ARTICLES given (read as
    `quotes extract` reads them, so offsets agree), else the doc_id as a path beside the output,
    its parent folder or the working directory."""
    wanted = set(doc_ids)
    found: dict[str, tuple[str, str]] = {}
    if pile.texts:
        for item in read_inputs(pile.texts):
            if isinstance(item, Article) and item.doc_id in wanted:
                found[item.doc_id] = (item.text, item.source or item.path or "")
    folder = pile.quotes.parent
    for doc_id in sorted(wanted - found.keys()):
        for base in (folder, folder.parent, Path.cwd(), folder / "texts"):
            for candidate in (base / doc_id, base / f"{doc_id}.txt"):
                if candidate.is_file():
                    try:
                        article = read_article(candidate, doc_id)
                    except Exception:  # noqa: BLE001 - an unreadable file is just not found
                        continue
                    found[doc_id] = (article.text, str(candidate))
                    break
            if doc_id in found:
                break
    return found
