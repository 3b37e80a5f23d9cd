"""Helpers that test files share (imported as ``tests.helpers...``), so that none is copied between files."""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository
FIXTURES = ROOT / "fixtures"


def read_csv_rows(path) -> list[dict]:
    """A CSV the tool wrote (UTF-8 with BOM), as dicts of strings."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))
