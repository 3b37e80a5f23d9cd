"""Compare a claim table with a reader's expectations, cell by cell.

The expectation file is a CSV with columns speaker, claim, accept, why: `accept` lists the stances a
reader of the articles would accept for that cell, separated by "|" (supports, disputes, mentions,
mixed, empty). A cell not listed is expected empty: a speaker shown with a claim they did not make
is an error. (The seeds are now scored with quotes.claims.check and no-limits.stances.csv.)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from quotes.claims.table import ClaimTable

EMPTY = "empty"
STANCES = {"supports", "disputes", "mentions", "mixed", EMPTY}


@dataclass(frozen=True)
class CellCheck:
    speaker: str
    claim: str
    got: str
    accept: frozenset[str]
    text: str  # the cell as shown

    @property
    def right(self) -> bool:
        return self.got in self.accept


@dataclass(frozen=True)
class Agreement:
    checks: tuple[CellCheck, ...]
    missing_speakers: tuple[str, ...]  # expected with a non-empty cell but absent from the table

    @property
    def right(self) -> int:
        return sum(c.right for c in self.checks)

    @property
    def rate(self) -> float:
        return self.right / len(self.checks) if self.checks else 0.0

    @property
    def filled(self) -> tuple[CellCheck, ...]:
        return tuple(c for c in self.checks if c.got != EMPTY)

    @property
    def wrong(self) -> tuple[CellCheck, ...]:
        return tuple(c for c in self.checks if not c.right)

    def to_text(self) -> str:
        filled_right = sum(c.right for c in self.filled)
        lines = [
            f"cells right: {self.right}/{len(self.checks)} = {self.rate:.3f}",
            f"filled cells right: {filled_right}/{len(self.filled)}",
            f"speakers expected but missing: {', '.join(self.missing_speakers) or 'none'}",
        ]
        lines += [f"  wrong: {c.speaker} x {c.claim}: {c.got} (accept {'|'.join(sorted(c.accept))}) {c.text}"
                  for c in self.wrong]
        return "\n".join(lines)


def load_expected(path: str | Path) -> dict[tuple[str, str], frozenset[str]]:
    expected = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            accept = frozenset(a.strip() for a in row["accept"].split("|"))
            if not accept <= STANCES:
                raise ValueError(f"{path}, line {number}: accept must use {sorted(STANCES)}, not {row['accept']!r}")
            expected[(row["speaker"], row["claim"])] = accept
    return expected


def agreement(table: ClaimTable, expected: dict[tuple[str, str], frozenset[str]]) -> Agreement:
    checks = []
    for profile in table.speakers:
        for claim in table.codebook.claims:
            cell = table.cell(profile.key, claim.id)
            checks.append(CellCheck(
                profile.name, claim.id, cell.stance if cell else EMPTY,
                expected.get((profile.name, claim.id), frozenset({EMPTY})), cell.text if cell else "",
            ))
    shown = {p.name for p in table.speakers}
    missing = sorted({s for (s, _), accept in expected.items() if EMPTY not in accept and s not in shown})
    return Agreement(tuple(checks), tuple(missing))
