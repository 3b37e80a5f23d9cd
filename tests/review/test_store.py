"""quotes.review.store: the SQLite store re-imports a changed quotes.csv, carrying corrections to their new ids."""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

import pytest

from quotes.io.export import COLUMNS, write_csv
from quotes.review import store
from tests.helpers.review import D2, D4, correct_some, current, reextracted
from tests.helpers.review_pile import CLAIMS_COLUMNS, gold_rows


def csv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


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


def test_claims_cell_gone_is_listed(pile):
    ids = correct_some(pile)
    claims = pile.quotes.parent / "claims_long.csv"
    rows = [dict(r, claim="another") for r in csv_rows(claims)]
    write_csv(rows, claims, CLAIMS_COLUMNS)
    write_csv(reextracted(), pile.quotes, COLUMNS)
    result = store.build(pile)
    assert ids["stance kept"] in {s.id for s in result.stale}
    assert "the claim cell" in result.message()
