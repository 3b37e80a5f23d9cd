"""Helpers shared by the review tests: a built pile, a client of its app, corrections and re-extraction."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from quotes.review import store
from quotes.review.load import locate
from quotes.review.web import create_app
from tests.helpers.review_pile import gold_rows, hostile_rows, make_pile

BASE = "http://127.0.0.1"


@pytest.fixture()
def pile(tmp_path):
    out = make_pile(tmp_path)
    p = locate(out, texts=[str(tmp_path / "texts")])
    assert store.build(p).state == "created"
    return p


@pytest.fixture()
def client(pile):
    with TestClient(create_app(pile.db, "tester"), base_url=BASE) as c:
        yield c


D2, D4 = "002_277e3104825cdeec", "004_08711c255b65c805"


def renumbered(rows: list[dict]) -> list[dict]:
    """quote_ids as `quotes extract` numbers them: per article, in order."""
    seen: dict[str, int] = {}
    out = []
    for r in rows:
        stem = Path(r["doc_id"]).stem
        seen[stem] = seen.get(stem, 0) + 1
        out.append(dict(r, quote_id=f"{stem}-{seen[stem]:03d}"))
    return out


def reextracted() -> list[dict]:
    """The same articles extracted again: 002's first quote gone (so every later id of 002 shifts
    down by one), 002's fourth quote ends elsewhere, a new quote at the end of 004."""
    rows = [r for r in gold_rows() if r["quote_id"] != f"{D2}-001"]
    moved = next(r for r in rows if r["quote_id"] == f"{D2}-004")
    moved.update(end=moved["end"] - 10, quote=moved["quote"][:-10])
    last = next(r for r in rows if r["quote_id"] == f"{D4}-004")
    rows.append(dict(last, quote_id="new", start=last["end"] + 2, end=last["end"] + 12, quote="(new one)", kind="scare"))
    return renumbered(rows) + hostile_rows()


def correct_some(pile) -> dict[str, int]:
    """Corrections of every kind, on quotes that stay, move or go; returns their ids by name."""
    conn = store.connect(pile.db)
    ids = {
        "speaker kept": store.correct(conn, f"{D2}-003", "speaker", "V. Putin", "ann"),
        "accept gone": store.correct(conn, f"{D2}-001", "checked", store.ACCEPTED, "ann"),
        "role moved": store.correct(conn, f"{D2}-004", "role", "analyst", "ann"),
        "merge kept": store.correct(conn, f"{D2}-011", "merge", f"{D2}-012", "ann"),
    }
    q14 = store.find(conn, f"{D2}-014")
    ids["split kept"] = store.correct(conn, f"{D2}-014", "split", str(q14["start"] + 20), "ann")
    ids["piece kind"] = store.correct(conn, f"{D2}-014~{ids['split kept']}", "kind", "partial", "ann")
    cell = next(iter(store.claim_matrix(conn)[2].values()))
    ids["stance kept"] = store.correct(conn, cell["key"], "stance", "disputes", "ann", old=cell["stance"])
    undone = store.correct(conn, f"{D4}-002", "speaker", "Somebody", "ann")
    store.undo(conn, undone, "ann")
    conn.close()
    return ids


def current(pile) -> dict[str, dict]:
    conn = store.connect(pile.db)
    try:
        return {r["quote_id"]: r for r in store.current(conn, texts={})}
    finally:
        conn.close()


@contextmanager
def served(db: Path):
    """The review app on a real socket of this machine (uvicorn in a thread), for the browser tests: yields
    its address, and stops it after."""
    import uvicorn

    from quotes.review.serve import free_socket

    sock = free_socket()
    server = uvicorn.Server(uvicorn.Config(create_app(db, "browser-test"), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(5)
