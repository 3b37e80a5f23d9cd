"""The claim table on the seed articles, end to end through the CLI: the workbook a fact-checker
opens, agreement with a reader of the seeds, discovery of recognisable clusters."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from quotes.claims.assign import utterance_frame
from quotes.claims.check import load_key, score
from quotes.claims.cli import copies_beside
from quotes.claims.codebook import load_codebook
from quotes.claims.discover import discover_codebook
from quotes.claims.records import read_rows
from quotes.claims.table import build_table
from quotes.cli import app
from quotes.embed import Embedder

CLAIMS = Path(__file__).resolve().parent.parent / "fixtures" / "claims"
TOPIC = "the China–Russia 'no limits' partnership"


@pytest.fixture(scope="module")
def demo(seed_paths, tmp_path_factory):
    """`quotes extract seeds --claims … --table …` once, as `make demo` runs it."""
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(app, [
        "extract", *map(str, seed_paths), "-o", str(out / "quotes.csv"), "--claims", str(CLAIMS / "no-limits.toml"),
        "--table", str(out / "table.xlsx"), "--table", str(out / "table.csv"),
    ])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def embedder():
    return Embedder()


# not slow: `make test` runs the whole pipeline and one claim table on the seeds (the demo fixture)
def test_extract_writes_the_tables(demo):
    for name in ("quotes.csv", "table.xlsx", "table.csv", "claims_long.csv"):
        assert (demo / name).stat().st_size > 0, name
    with open(demo / "claims_long.csv", encoding="utf-8-sig", newline="") as handle:
        long = list(csv.DictReader(handle))
    kinds = {r["quote_id"]: r["kind"] for r in read_rows(demo / "quotes.csv")}
    assert long and all(kinds[r["quote_id"]] != "scare" for r in long)  # scare quotes never get a stance


@pytest.mark.slow
def test_workbook_on_the_seeds(demo, seed_paths):
    book = openpyxl.load_workbook(demo / "table.xlsx")
    matrix = book["Matrix"]
    header = [c.value for c in matrix[1]]
    rows = {r[0].value: r for r in matrix.iter_rows(min_row=2)}
    nye = rows["Joseph Nye Jr."]
    assert nye[1].value == "expert" and nye[3].value == "Harvard Kennedy School"
    limits = nye[header.index("Has limits (has-limits)")]
    assert limits.value.startswith("✔ supports") and "limits" in limits.value
    limits_id = next(r["quote_id"] for r in read_rows(demo / "quotes.csv") if "actually are limits" in r["quote"])
    assert limits_id in limits.value  # traceable to the quote ids
    michta = rows["Chels Michta"]
    assert michta[header.index("Becoming an alliance (alliance)")].value.startswith("✔ supports")
    # "democracy versus authoritarianism" fills no claim (the generic examples bring it near the topic)
    first_claim = header.index("articles") + 1  # speaker, category, role, affiliation, articles, then the claims
    assert "Wang Yi" not in rows or not any(c.value for c in rows["Wang Yi"][first_claim:])
    assert {rows["Mao Ning"][1].value, rows["The Economist"][1].value} == {"official", "media"}
    evidence = book["Evidence"]
    columns = [c.value for c in evidence[1]]
    articles = {p.name: p.resolve() for p in seed_paths}
    for row in evidence.iter_rows(min_row=2):
        source = row[columns.index("source")]
        linked = (demo / source.hyperlink.target).resolve()
        assert linked == articles[row[columns.index("doc_id")].value]
        text = linked.read_text(encoding="utf-8")
        start, end = row[columns.index("start")].value, row[columns.index("end")].value
        quote = row[columns.index("quote")].value
        assert text[start:end] == (quote[1:] if quote.startswith("'") and text[start] != "'" else quote)


def test_a_reader_agrees_with_the_seed_table(demo, embedder):
    """Scored against the stances a reader finds (no-limits.stances.csv), with the codebook's
    generic examples. The floors are the measured figures (README), not the 0.90 aimed at: a
    change that loses ground fails here."""
    table = build_table(read_rows(demo / "quotes.csv"), load_codebook(CLAIMS / "no-limits.toml"), embedder,
                        copies=copies_beside(demo / "quotes.csv"))
    result = score(table, load_key(CLAIMS / "no-limits.stances.csv"))
    # measured (README, issue 12 round 3): 18/19 and 19/36. A quote with none of a claim's keywords and
    # no denial or dismissal now fills a cell only at similarity 0.48 (was 0.35): the precision rose
    # from 22/29 and the recall fell from 22/36 (analysts and experts on close ties, Nye and the
    # United States on China aiding the war were right at 0.35-0.47 with no keyword)
    assert result.precision >= 0.90, result.to_text()
    # issue 21: the matrix holds only the sure cells (measured 10/10, recall 10/36) and the rest are
    # ranked candidates, so the floor of 0.52 is now on the recall with candidates (measured 22/36)
    assert result.recall_with_candidates >= 0.52, result.to_text()
    assert result.candidates <= 2 * len(table.cells) and result.most_per_pair <= 2, result.to_text()
    # the reworded copy (001) is no second source: none of its quotes is behind a cell
    assert not any(qid.startswith("001_") for cell in table.cells.values() for qid in cell.quote_ids)


@pytest.mark.slow
def test_discover_finds_clusters_a_reader_recognises(demo, embedder):
    discovery = discover_codebook(read_rows(demo / "quotes.csv"), TOPIC, embedder)
    assert 5 <= len(discovery.clusters) <= 25
    cluster_of = {qid: n for n, c in enumerate(discovery.clusters) for u in c.members for qid in u.quote_ids}

    def together(*ids):
        return len({cluster_of.get(i) for i in ids}) == 1 and cluster_of.get(ids[0]) is not None

    rows = read_rows(demo / "quotes.csv")

    def qid(doc: str, words: str) -> str:  # quote ids shift when the extraction finds more; the words do not
        return next(r["quote_id"] for r in rows if r["doc_id"].startswith(doc) and words in r["quote"])

    # the reworded copy (001) of an article (000) says the same things: most aligned pairs share a cluster
    variant = {r["variant_of"]: r["quote_id"] for r in rows if r["doc_id"].startswith("001") and r["variant_of"]}
    originals = [qid("000", w) for w in ("any serious rifts", "abandon its relationship", "walked back")]
    pairs = [(o, variant[o]) for o in originals if o in variant]
    assert len(pairs) >= 2 and sum(together(*p) for p in pairs) >= 2
    # Nye and Putin on the Belt and Road in Central Asia: one subject, two views
    assert together(qid("000", "not all that keen on BRI"), qid("000", "harmonizes"))
    # the alliance quote is not in the cluster of Radchenko's "no serious rifts"
    assert cluster_of.get(qid("002", "great power alliance")) != cluster_of.get(qid("000", "any serious rifts"))
    for claim, cluster in zip(discovery.codebook.claims, discovery.clusters, strict=True):
        assert cluster.central.text.strip(" ,").startswith(claim.statement.rstrip(" …")[:40])
        assert len(claim.label.removesuffix(" …").split()) <= 8  # a short label, not the raw fragment
        # a claim and its denial are never one cluster
        assert len({utterance_frame(u).disputes for u in cluster.members}) == 1


@pytest.mark.slow
def test_discover_command_writes_a_codebook_that_table_reads(demo, tmp_path):
    runner = CliRunner()
    draft = tmp_path / "claims.toml"
    result = runner.invoke(app, ["claims", "discover", str(demo / "quotes.csv"), "--topic", TOPIC, "-o", str(draft)])
    assert result.exit_code == 0, result.output
    assert load_codebook(draft).claims
    table = tmp_path / "table.xlsx"
    result = runner.invoke(app, ["claims", "table", str(demo / "quotes.csv"), "-c", str(draft), "-o", str(table)])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(table)["Matrix"].max_row > 1


@pytest.mark.slow
def test_extract_without_claims_never_loads_sentence_transformers(seed_paths, tmp_path):
    code = (
        "import sys; from typer.testing import CliRunner; from quotes.cli import app; "
        f"r = CliRunner().invoke(app, ['extract', {str(seed_paths[4])!r}, '-o', {str(tmp_path / 'q.csv')!r}]); "
        "assert r.exit_code == 0, r.output; "
        "print('sentence_transformers' in sys.modules, 'sklearn' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False"]
