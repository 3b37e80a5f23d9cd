"""quotes.claims.check: the key names and the score against a reader's stances."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.claims.check import KeyStance, names_match, score
from quotes.claims.draft import ALL_CALLS
from quotes.claims.table import table_from_assessments
from tests.helpers.claims import ONE_CLAIM_CODEBOOK, _assessed, _row


@pytest.mark.parametrize(("key", "row", "same"), [
    ("Comey", "James B. Comey", True),
    ("Sanders", "Sanders supporters", False),
    ("Colorado Republican leaders", "Colorado Republican", True),
    ("Republicans", "Republicans", True),
    ("Trump", "Ivana Trump", True),
    ("Sanders supporters", "Sanders's most passionate supporters", True),
    ("Sanders supporters", "Clinton supporters", False),
    # a row naming several speakers together speaks for each of them
    ("critics", "critics and activists", True),
    ("Sanders", "Bernie Sanders and Hillary Clinton", True),
    ("Customs and Border Protection", "Customs and Border Protection", True),
    ("Trump", "critics and activists", False),
])
def test_key_names(key, row, same):
    assert names_match(key, row) is same


def test_check_score_counts_filled_cells_and_distinct_stances():
    rows = [_row(1, "a.txt", "Ana Silva"), _row(2, "a.txt", "Tom Reyes"), _row(3, "b.txt", "Ana Silva")]
    records, assessments = _assessed(rows)
    table = table_from_assessments(rows, records, assessments, ONE_CLAIM_CODEBOOK, sureness=ALL_CALLS)
    key = [KeyStance("a.txt", "Silva", "dam-safe", "supports"), KeyStance("b.txt", "Silva", "dam-safe", "supports"),
           KeyStance("a.txt", "Lee", "dam-safe", "disputes")]
    result = score(table, key)
    assert [c.right for c in result.cells] == [True, False]  # Reyes said nothing a reader found
    assert (len(result.found), len(result.missed)) == (1, 1)  # Silva's stance counts once, Lee is missed


CHECKS = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "fixtures" / "claims" / "checks").glob("*.toml"))


@pytest.mark.parametrize("name", CHECKS)
def test_every_check_is_whole(name):
    """A check's codebook loads, its key names only the codebook's claims, and its article list names the
    articles its key cites (each key article is one of the listed files)."""
    from quotes.claims.check import load_key
    from quotes.claims.codebook import load_codebook
    folder = Path(__file__).resolve().parents[2] / "fixtures" / "claims" / "checks"
    claims = {c.id for c in load_codebook(folder / f"{name}.toml").claims}
    key = load_key(folder / f"{name}.stances.csv")
    assert key and {k.claim for k in key} <= claims
    listed = [line.strip() for line in (folder / f"{name}.articles.txt").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    stems = {f"bbc-{Path(line).parent.name}-{Path(line).stem}" if line.startswith("news/") else line.split("/", 1)[1]
             for line in listed}
    assert {k.article for k in key} <= stems
