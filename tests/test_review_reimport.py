"""`quotes review` after a re-extraction: quotes.csv changed under quotes.db is re-imported, every
correction whose quote is still there (same article, offsets and text) carried to its new id, the
others listed, the old database kept. A real SQLite file, real CSVs, the CLI in a subprocess, the
app through starlette's TestClient."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from review_pile import CLAIMS_COLUMNS, gold_rows, hostile_rows, make_pile
from starlette.testclient import TestClient

from quotes.io.export import COLUMNS, write_csv
from quotes.review import store
from quotes.review.load import locate, read_quotes
from quotes.review.web import create_app

BASE = "http://127.0.0.1"
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


@pytest.fixture()
def pile(tmp_path):
    out = make_pile(tmp_path)
    p = locate(out, texts=[str(tmp_path / "texts")])
    assert store.build(p).state == "created"
    return p


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


def test_reimport_carries_corrections_and_lists_the_rest(pile):
    ids = correct_some(pile)
    write_csv(reextracted(), pile.quotes, COLUMNS)
    result = store.build(pile)
    assert result.state == "reimported"
    assert result.carried == 5  # speaker, merge, split, the split piece's kind, the claim stance
    assert {s.id for s in result.stale} == {ids["accept gone"], ids["role moved"]}
    message = result.message()
    assert "5 correction(s) carried, 2 set aside as no longer applying" in message
    assert f"#{ids['accept gone']} checked -> 'accepted' on {D2}.txt 82:94 'boundaryless'" in message
    assert f"#{ids['role moved']} role -> 'analyst'" in message and str(result.backup) in message
    assert message.count("\n") == 3  # one message: the count, a line per correction that no longer applies, the backup

    rows = current(pile)
    assert rows[f"{D2}-002"]["speaker"] == "V. Putin"  # was 002-003: same offsets, new id
    assert rows[f"{D2}-001"]["checked"] == ""  # the new 002-001 is another quote: the old "accepted" is not its
    assert rows[f"{D2}-001"]["quote"].startswith("Vladimir Putin will meet")
    assert rows[f"{D2}-003"]["role"] != "analyst" and rows[f"{D2}-003"]["checked"] == ""  # moved: not carried
    assert f"{D2}-011" not in rows and rows[f"{D2}-010"]["quote"].startswith("realistic")  # merged (old 011 + 012)
    piece = rows[f"{D2}-013~{ids['split kept']}"]
    assert piece["kind"] == "partial"
    assert rows[f"{D4}-005"]["quote"] == "(new one)"  # the new row is there
    assert rows[f"{D4}-002"]["speaker"] == "Xi Jinping and Vladimir V. Putin"  # the undone correction stays undone
    stance = next(iter(store.claim_matrix(store.connect(pile.db))[2].values()))
    assert stance["stance"] == "disputes"

    log = sqlite3.connect(pile.db).execute("SELECT id, target FROM corrections").fetchall()
    assert len(log) == 9 and dict(log)[ids["accept gone"]] == f"gone:{D2}-001"  # nothing removed from the log
    before = sqlite3.connect(result.backup)
    assert dict(before.execute("SELECT id, target FROM corrections"))[ids["speaker kept"]] == f"{D2}-003"
    assert before.execute("SELECT COUNT(*) FROM quotes").fetchone()[0] == len(gold_rows()) + 1

    again = store.build(pile)  # nothing changed since: no second re-import, no second backup
    assert (again.state, again.message()) == ("unchanged", None)
    assert len(list(pile.db.parent.glob("quotes.before-reimport-*.db"))) == 1


def test_touched_but_equal_file_is_not_reimported(pile):
    correct_some(pile)
    stat = pile.quotes.stat()
    os.utime(pile.quotes, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert store.build(pile).state == "unchanged"
    assert not list(pile.db.parent.glob("*.before-reimport-*"))
    assert current(pile)[f"{D2}-003"]["speaker"] == "V. Putin"


def test_database_of_an_older_version_is_checked_by_content(pile):
    correct_some(pile)
    sqlite3.connect(pile.db, isolation_level=None).execute("DELETE FROM meta WHERE key LIKE 'quotes_%'")
    assert store.build(pile).state == "unchanged"  # same rows: the fingerprint is just recorded
    sqlite3.connect(pile.db, isolation_level=None).execute("DELETE FROM meta WHERE key LIKE 'quotes_%'")
    write_csv(reextracted(), pile.quotes, COLUMNS)
    assert store.build(pile).state == "reimported"
    assert current(pile)[f"{D2}-002"]["speaker"] == "V. Putin"


def test_unreadable_new_file_leaves_the_database_as_it_was(pile):
    correct_some(pile)
    pile.quotes.write_text("not,a,quotes,file\n1,2,3,4\n", encoding="utf-8")
    with pytest.raises(ValueError):
        store.build(pile)
    assert current(pile)[f"{D2}-003"]["speaker"] == "V. Putin"
    assert not list(pile.db.parent.glob("*.before-reimport-*"))


def test_cli_export_after_reextraction(pile, tmp_path):
    correct_some(pile)
    write_csv(reextracted(), pile.quotes, COLUMNS)
    done = subprocess.run([sys.executable, "-m", "quotes.cli", "review", str(pile.quotes.parent), "--export",
                           str(tmp_path / "corrected.csv")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "changed since the review database was built" in done.stderr
    assert "5 correction(s) carried, 2 set aside as no longer applying" in done.stderr
    exported = {r["quote_id"]: r for r in read_quotes(tmp_path / "corrected.csv")}
    assert exported[f"{D4}-005"]["quote"] == "(new one)" and exported[f"{D2}-002"]["speaker"] == "V. Putin"
    assert exported[f"{D2}-001"]["checked"] == ""


def test_app_reimports_a_file_changed_while_it_runs(pile):
    ids = correct_some(pile)
    said: list[str] = []
    with TestClient(create_app(pile.db, "tester", pile, said.append), base_url=BASE) as client:
        assert "(new one)" not in client.get("/queue").text
        write_csv(reextracted(), pile.quotes, COLUMNS)
        page = client.get("/queue").text
        assert "(new one)" in page and 'class="notice"' in page
        assert "5 correction(s) carried, 2 set aside as no longer applying" in page and f"#{ids['role moved']} role" in page
        assert len(said) == 1
        rows = {r["quote_id"]: r for r in client.get("/api/quotes").json()}
        assert rows[f"{D2}-002"]["speaker"] == "V. Putin" and rows[f"{D2}-001"]["checked"] == ""
        client.post(f"/quote/{D2}-001/check", data={"status": store.ACCEPTED})  # corrections go on after it
        assert current(pile)[f"{D2}-001"]["checked"] == store.ACCEPTED
        assert len(said) == 1  # one re-import, not one per request
        assert f"{D2}-001 (no longer in the quotes file)" in client.get("/history").text
        pile.quotes.write_text("not,a,quotes,file\n", encoding="utf-8")  # broken while the app runs
        page = client.get("/queue")
        assert page.status_code == 200 and "cannot be re-imported now" in page.text and "(new one)" in page.text


def test_claims_cell_gone_is_listed(pile):
    ids = correct_some(pile)
    claims = pile.quotes.parent / "claims_long.csv"
    rows = [dict(r, claim="another") for r in csv_rows(claims)]
    write_csv(rows, claims, CLAIMS_COLUMNS)
    write_csv(reextracted(), pile.quotes, COLUMNS)
    result = store.build(pile)
    assert ids["stance kept"] in {s.id for s in result.stale}
    assert "the claim cell" in result.message()


def csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))

