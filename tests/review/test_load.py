"""quotes.review.load: locating a pile's quotes, texts and database."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.review import store
from quotes.review.load import locate
from tests.helpers.review_pile import make_pile


def test_locate_errors(tmp_path):
    with pytest.raises(FileNotFoundError):
        locate(tmp_path)
    with pytest.raises(FileNotFoundError):
        locate(tmp_path / "missing.csv")


def test_texts_found_from_doc_ids(tmp_path):
    out = make_pile(tmp_path, claims=False)
    for f in (tmp_path / "texts").iterdir():  # the articles beside the output: found without ARTICLES
        f.rename(out / f.name)
    p = locate(out)
    store.build(p)
    conn = store.connect(p.db)
    assert conn.execute("SELECT COUNT(*) FROM articles WHERE text IS NULL").fetchone()[0] == 0
    assert Path(conn.execute("SELECT source FROM articles LIMIT 1").fetchone()[0]).parent == out
