"""quotes.api: the library entry points (warnings capped and in offset order)."""

from __future__ import annotations

from quotes.api import capped_warnings


def test_warnings_are_capped_and_in_offset_order():
    warnings = [f"unbalanced quote mark at offset {n}" for n in range(100, 0, -1)]
    capped = capped_warnings(warnings)
    assert len(capped) == 21 and capped[0].endswith("offset 1") and capped[-1].startswith("… and 80 more")
