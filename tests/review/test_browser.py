"""quotes review in a real headless browser (Debian's chromium, driven by Playwright), on the
fixture articles as `quotes extract` and `quotes claims table` attribute them.

Set QUOTES_REVIEW_SCREENSHOT=docs/review-article.png to refresh the README's screenshot.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys

import pytest

from quotes.review import store
from quotes.review.export import export
from quotes.review.load import locate
from tests.helpers import ROOT
from tests.helpers.review import served

pytestmark = pytest.mark.slow
ARTICLE = "000_8f38b98b410e10c4.txt"


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.fixture(scope="module")
def pile(tmp_path_factory):
    out = tmp_path_factory.mktemp("review") / "out"
    seeds = sorted(str(p) for p in (ROOT / "fixtures").glob("*.txt"))
    cmd = [sys.executable, "-c", "from quotes.cli import main; main()", "extract", *seeds, "-o", str(out / "quotes.csv"), "--wording-only", "-q",
           "--claims", str(ROOT / "fixtures/claims/no-limits.toml"), "--table", str(out / "table.csv")]
    subprocess.run(cmd, check=True, cwd=ROOT)
    p = locate(out, texts=seeds)
    store.build(p)
    return p


@pytest.fixture(scope="module")
def server(pile):
    with served(pile.db) as address:
        yield address


@pytest.fixture(scope="module")
def page(server):
    playwright = pytest.importorskip("playwright.sync_api")
    exe = _chromium()
    if exe is None:
        pytest.skip("no chromium on PATH (apt-get install -y chromium)")
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        pg = browser.new_page(viewport={"width": 1200, "height": 760})
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        yield pg
        browser.close()
        assert not errors, errors  # no script errors, no CSP refusals


def test_article_view_highlights_quotes(page, server, pile):
    page.goto(f"{server}/article/{ARTICLE}")
    quotes = page.locator("#text .q")
    assert quotes.count() > 10
    assert page.locator("#text .mention").count() > 0 and page.locator("#text .cue").count() > 0
    first = page.locator("#text .q.k-direct").first
    first.hover()
    assert page.locator("#details").is_visible()
    speaker = page.locator('#details dd[data-k="speaker"]').inner_text()
    qid = first.get_attribute("data-q")
    assert speaker == (store.find(store.connect(pile.db), qid)["speaker"] or "—")
    colours = {q.evaluate("el => getComputedStyle(el).backgroundColor") for q in page.locator("#text .q.k-direct").all()}
    assert len(colours) > 1  # one colour per speaker
    shot = os.environ.get("QUOTES_REVIEW_SCREENSHOT")
    if shot:
        page.locator("#text .q").nth(3).hover()
        page.screenshot(path=str(ROOT / shot), clip={"x": 0, "y": 0, "width": 1200, "height": 760})


def test_correct_speaker_with_keyboard_kept_after_reload_and_exported(page, server, pile, tmp_path):
    page.goto(f"{server}/queue")
    page.keyboard.press("j")
    row = page.locator("#queue tr.sel")
    qid = row.get_attribute("data-id")
    page.keyboard.press("e")
    page.wait_for_url(f"**/quote/{qid}*")
    assert page.evaluate("document.activeElement.id") == "speaker"
    page.keyboard.press("Control+A")
    page.keyboard.type("Jane Keyboard")
    page.keyboard.press("Enter")
    page.wait_for_url("**/queue*")
    page.reload()
    cell = page.locator(f'#queue tr[data-id="{qid}"] td.speaker')
    assert "Jane Keyboard" in cell.inner_text()
    assert page.locator(f'#queue tr[data-id="{qid}"] td.status').inner_text() == "corrected"
    page.keyboard.press("j")
    page.keyboard.press("a")  # accept the next row from the keyboard
    page.locator("#queue tr.done").nth(1).wait_for()  # (no wait_for_function: the page's CSP forbids eval)
    export(pile.db, tmp_path / "corrected.csv")
    with open(tmp_path / "corrected.csv", encoding="utf-8-sig", newline="") as fh:
        rows = {r["quote_id"]: r for r in csv.DictReader(fh)}
    assert rows[qid]["speaker"] == "Jane Keyboard" and rows[qid]["checked"] == "corrected"


def test_mention_chosen_by_selecting_text(page, server, pile):
    row = next(r for r in store.current(store.connect(pile.db), ARTICLE) if r["speaker_start"] != "")
    page.goto(f"{server}/quote/{row['quote_id']}")
    page.evaluate("""() => {
        const ctx = document.getElementById('context');
        const walker = document.createTreeWalker(ctx, NodeFilter.SHOW_TEXT);
        const node = walker.nextNode();
        const range = document.createRange();
        range.setStart(node, 0); range.setEnd(node, Math.min(5, node.textContent.length));
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        ctx.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    base = int(page.locator("#context").get_attribute("data-base"))
    assert int(page.locator("#mention_start").input_value()) == base
    page.locator("#edit button").click()
    text = store.article_text(store.connect(pile.db), ARTICLE)
    assert store.find(store.connect(pile.db), row["quote_id"])["speaker_mention"] == text[base:base + 5].strip()


def test_confirm_claims_cell(page, server, pile):
    page.goto(f"{server}/claims")
    cells = page.locator("#claims td.cell form")
    assert cells.count() > 0
    page.locator("#claims td.cell a").first.click()
    page.wait_for_url("**/article/**#q-*")
    assert page.locator("#text .q.active").count() > 0  # the evidence opens highlighted
    page.goto(f"{server}/claims")
    page.locator("#claims td.cell form button").first.click()
    page.wait_for_url("**/claims")
    page.reload()
    assert page.locator("#claims td.confirmed").count() == 1
    assert "confirmed by browser-test" in page.locator("#claims td.confirmed").inner_text()
