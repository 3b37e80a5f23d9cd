"""quotes.claims.check: the key names and the score against a reader's stances."""

from __future__ import annotations

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
