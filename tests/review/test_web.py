"""quotes.review.web over HTTP (starlette TestClient): every route, escaping, corrections and undo, the claims
matrix, loopback only, two processes on one database."""

from __future__ import annotations

import json
import sqlite3

from starlette.testclient import TestClient

from quotes.io.export import COLUMNS, write_csv
from quotes.review import store
from quotes.review.web import create_app
from tests.helpers.review import BASE, D2, correct_some, current, reextracted
from tests.helpers.review_pile import HOSTILE_DOC


def rows_by_id(pile) -> dict:
    return {r["quote_id"]: r for r in store.current(store.connect(pile.db))}




def test_build_creates_db_beside_output(pile):
    assert pile.db == pile.quotes.parent / "quotes.db"
    conn = sqlite3.connect(pile.db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT COUNT(*) FROM articles WHERE text IS NOT NULL").fetchone()[0] == 3
    assert conn.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 2


def test_queue_least_certain_first_and_filters(client, pile):
    page = client.get("/queue")
    assert page.status_code == 200
    ids = [line.split('"')[1] for line in page.text.split("data-id=")[1:]]
    assert ids[0] == "zz_hostile-001"  # confidence 0.1
    assert "checked" in page.text
    only = client.get("/queue", params={"doc": "004_08711c255b65c805.txt", "kind": "partial"}).text
    assert "004_08711c255b65c805-002" in only and "002_277e3104825cdeec" not in only.split("<tbody>")[1]
    assert "no quote matches" in client.get("/queue", params={"speaker": "Nobody At All"}).text
    assert client.get("/queue", params={"max_conf": "0.2"}).text.count("data-id=") == 1
    assert client.get("/queue", params={"checked": "yes"}).text.count("data-id=") == 0
    assert client.get("/", follow_redirects=False).headers["location"] == "/queue"


def test_article_view_highlights_every_quote(client, pile):
    page = client.get("/article/004_08711c255b65c805.txt")
    assert page.status_code == 200
    rows = [r for r in rows_by_id(pile).values() if r["doc_id"] == "004_08711c255b65c805.txt"]
    for r in rows:
        assert f'id="q-{r["quote_id"]}"' in page.text
    assert 'class="q k-scare' in page.text and 'class="q k-partial' in page.text
    assert "mention" in page.text and 'class="q k-indirect' in page.text
    assert client.get("/article/nope.txt").status_code == 404


def test_escaping_of_text_and_names(client, pile):
    page = client.get(f"/article/{HOSTILE_DOC}").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "<b>bold" not in page
    data = page.split('id="quote-data">')[1].split("</script>")[0]
    assert "<" not in data and json.loads(data)["zz_hostile-001"]["speaker"].startswith("<img")
    for url in ("/queue", "/quote/zz_hostile-001", "/claims"):
        text = client.get(url).text
        assert "<img src=x" not in text and "<script>alert" not in text and "<i>Mallory" not in text, url
    headers = client.get("/queue").headers
    assert "script-src" not in headers["content-security-policy"] and "default-src 'self'" in headers["content-security-policy"]


def test_correct_speaker_is_logged_and_undoable(client, pile):
    qid = "002_277e3104825cdeec-001"
    before = rows_by_id(pile)[qid]
    r = client.post(f"/quote/{qid}", data={"speaker": "Jane Q. Checker", "role": "analyst", "affiliation": before["affiliation"],
                                           "kind": before["kind"], "speaker_type": "person", "back": "/queue"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/queue"
    after = rows_by_id(pile)[qid]
    assert after["speaker"] == "Jane Q. Checker" and after["role"] == "analyst" and after["checked"] == "corrected"
    log = store.corrections(store.connect(pile.db), qid)
    speaker = next(c for c in log if c.field == "speaker")
    assert (speaker.old, speaker.new, speaker.who) == (before["speaker"], "Jane Q. Checker", "tester")
    assert "Jane Q. Checker" in client.get(f"/quote/{qid}").text
    assert "Jane Q. Checker" in client.get("/history").text
    assert client.post(f"/undo/{speaker.id}", follow_redirects=False).status_code == 303
    assert rows_by_id(pile)[qid]["speaker"] == before["speaker"]
    undo = store.corrections(store.connect(pile.db))[-1]
    client.post(f"/undo/{undo.id}")  # undoing the undo brings the correction back
    assert rows_by_id(pile)[qid]["speaker"] == "Jane Q. Checker"
    assert client.post("/undo/99999").status_code == 404
    assert sqlite3.connect(pile.db).execute("SELECT COUNT(*) FROM corrections").fetchone()[0] >= 4  # nothing removed


def test_mention_by_offsets_and_bad_input(client, pile):
    qid = "002_277e3104825cdeec-001"
    text = store.article_text(store.connect(pile.db), "002_277e3104825cdeec.txt")
    at = text.index("Putin")
    client.post(f"/quote/{qid}", data={"mention_start": at, "mention_end": at + 5})
    row = rows_by_id(pile)[qid]
    assert (row["speaker_mention"], row["speaker_start"]) == ("Putin", at)
    assert client.post(f"/quote/{qid}", data={"kind": "shouted"}).status_code == 400
    assert client.post("/quote/nope/check", data={"status": "accepted"}).status_code == 404
    assert client.post(f"/quote/{qid}/check", data={"status": "burn"}).status_code == 400
    assert client.get("/quote/nope").status_code == 404


def test_accept_not_a_quote_accept_rest(client, pile):
    doc = "004_08711c255b65c805.txt"
    ids = [r["quote_id"] for r in store.current(store.connect(pile.db), doc)]
    r = client.post(f"/quote/{ids[0]}/check", data={"status": "not a quote"}, headers={"accept": "application/json"})
    assert r.json() == {"ok": True}
    client.post(f"/quote/{ids[1]}/check", data={"status": "accepted"})
    client.post(f"/article/{doc}/accept-rest", data={"back": "//evil.example/"}, follow_redirects=False)
    rows = rows_by_id(pile)
    assert rows[ids[0]]["checked"] == "not a quote" and rows[ids[1]]["checked"] == "accepted"
    assert all(rows[i]["checked"] for i in ids)
    api = client.get("/api/quotes", params={"doc": doc}).json()
    assert {r["quote_id"]: r["checked"] for r in api}[ids[0]] == "not a quote"


def test_split_and_merge(client, pile):
    qid = "002_277e3104825cdeec-001"
    row = rows_by_id(pile)[qid]
    mid = (row["end"] - row["start"]) // 2
    assert client.post(f"/quote/{qid}/split", data={"at": 0}).status_code == 400
    client.post(f"/quote/{qid}/split", data={"at": mid})
    doc_rows = [r for r in rows_by_id(pile).values() if r["group_id"] == row["group_id"]]
    assert len(doc_rows) == 2 and "".join(r["quote"] for r in sorted(doc_rows, key=lambda r: r["start"])) == row["quote"]
    piece = next(r for r in doc_rows if r["quote_id"] != qid)
    client.post(f"/quote/{qid}/merge", data={"other": piece["quote_id"]})
    merged = rows_by_id(pile)
    assert piece["quote_id"] not in merged and merged[qid]["quote"] == row["quote"]
    other_doc = next(r for r in merged.values() if r["doc_id"] != row["doc_id"])
    assert client.post(f"/quote/{qid}/merge", data={"other": other_doc["quote_id"]}).status_code == 400


def test_claims_matrix_and_stance(client, pile):
    page = client.get("/claims")
    assert "No-limits partnership" in page.text and "/article/" in page.text
    key = store.claim_key("<i>Mallory</i>", "no-limits")
    assert client.post("/claims/stance", data={"key": key, "stance": "mentions"}).status_code == 200
    _, _, cells = store.claim_matrix(store.connect(pile.db))
    cell = cells[("<i>Mallory</i>", "no-limits")]
    assert cell["stance"] == "mentions" and cell["machine"] == "disputes" and cell["confirmed"].who == "tester"
    assert "confirmed by tester" in client.get("/claims").text
    assert client.post("/claims/stance", data={"key": key, "stance": "loves"}).status_code == 400
    assert client.post("/claims/stance", data={"key": "claim:[1]", "stance": "supports"}).status_code == 404


def test_loopback_host_and_cross_origin_posts_refused(pile):
    with TestClient(create_app(pile.db, "t"), base_url="http://evil.example") as c:
        assert c.get("/queue").status_code == 400
    with TestClient(create_app(pile.db, "t"), base_url=BASE) as c:
        r = c.post("/quote/zz_hostile-001/check", data={"status": "accepted"}, headers={"origin": "http://evil.example"})
        assert r.status_code == 403
        assert c.get("/static/review.js").status_code == 200
        assert c.get("/export.csv").text.lstrip("\ufeff").startswith("quote_id,")


def test_second_process_on_same_db_keeps_both(pile):
    a, b = TestClient(create_app(pile.db, "ann"), base_url=BASE), TestClient(create_app(pile.db, "bob"), base_url=BASE)
    store.build(pile)  # a second `quotes review` on the same output keeps the database
    a.post("/quote/zz_hostile-001", data={"role": "poisoner"})
    b.post("/quote/002_277e3104825cdeec-001", data={"role": "diplomat"})
    rows = rows_by_id(pile)
    assert rows["zz_hostile-001"]["role"] == "poisoner" and rows["002_277e3104825cdeec-001"]["role"] == "diplomat"
    assert {c.who for c in store.corrections(store.connect(pile.db))} == {"ann", "bob"}


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
