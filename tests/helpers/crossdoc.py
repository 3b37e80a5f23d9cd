"""Helpers shared by the linking tests: a constructed pile (an article, its reworded copy, another) and its rows."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from quotes.io.export import COLUMNS, write_csv
from tests.helpers import FIXTURES

SEED = sorted((FIXTURES).glob("000_*.txt"))[0]


QUOTE = "They’ll complain [about the U.S.], and they’ll stick to their talking points,"


SPUN = "They’re going to complain [about the U.S.], they usually’ll persist with their speaking factors,"


NYE = "The Chinese peace plan for Ukraine is not really an impartial peace plan,"


FORMULA = "-30% is what the sanctions cost them, and they know it"


def reword(text: str) -> str:
    count = iter(range(10**9))
    return re.sub(r"\b[a-z]+\b", lambda m: "zz" + m.group()[::-1] if next(count) % 2 else m.group(), text)


def read(path: Path) -> list[dict]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def quote_row(doc, n, text, speaker, kind="direct", role="", affiliation=""):
    return {c: "" for c in COLUMNS} | {
        "quote_id": f"{Path(doc).stem}-{n:03d}", "doc_id": doc, "quote": text, "kind": kind, "start": 10 * n,
        "end": 10 * n + len(text), "group_id": f"{Path(doc).stem}-g{n}", "speaker": speaker, "speaker_type": "person",
        "speaker_mention": speaker.split()[-1], "role": role, "affiliation": affiliation,
    }


@pytest.fixture
def link_pile(tmp_path):
    """An article, its machine-reworded copy and an unrelated one, with hand-made quote rows."""
    story = SEED.read_text(encoding="utf-8")
    articles = tmp_path / "articles"
    articles.mkdir()
    texts = {"a.txt": story, "b.txt": reword(story), "c.txt": "“Sanctions work,” Joe Nye said in Boston.\n\n" * 3}
    rows = [
        quote_row("a.txt", 1, QUOTE, "Sergey Radchenko", affiliation="Johns Hopkins School of Advanced International Studies"),
        quote_row("a.txt", 2, NYE, "Joseph Nye Jr.", affiliation="Harvard Kennedy School"),
        quote_row("a.txt", 3, FORMULA, "Joseph Nye Jr."),
        quote_row("a.txt", 4, "the meeting will be an opportunity", "Sergey Radchenko", kind="indirect"),
        quote_row("b.txt", 1, SPUN, "Sergey Radchenko", affiliation="Johns Hopkins Faculty of Superior Worldwide Research"),
        quote_row("b.txt", 2, NYE, "Nye", affiliation="Harvard Kennedy Faculty"),
        quote_row("b.txt", 3, FORMULA, "Nye"),
        quote_row("c.txt", 1, "not really an impartial peace plan", "Joseph Nye", kind="partial"),
    ]
    for row in rows:  # each quote where its offsets say, so `quotes link` finds the file fits the articles
        row["start"] = len(texts[row["doc_id"]]) + 2
        texts[row["doc_id"]] += "\n\n" + row["quote"]
        row["end"] = len(texts[row["doc_id"]])
    for name, text in texts.items():
        (articles / name).write_text(text, encoding="utf-8")
    quotes = tmp_path / "out" / "quotes.csv"
    write_csv(rows, quotes)
    sources = [(name, str(articles / name)) for name in ("a.txt", "b.txt", "c.txt")]
    return quotes, sources, articles


def by_id(rows):
    return {r["quote_id"]: r for r in rows}
