"""Score a claim table against the stances a reader found by reading the articles.

The key is a CSV with columns article, speaker, claim, stance, evidence: one line per stance a
reader finds (supports or disputes), written before the tool is run. `speaker` is the name as the
article gives it, or its surname ("Comey", "Republicans", "Sanders supporters").

Figures counted on speaker x claim cells of the table (its sure cells: quotes.claims.draft):
- sure-cell precision: of the cells the table fills, how many a reader agrees with. A supports or
  disputes cell is right when the key has that stance for that speaker and claim; a mixed cell when
  the key has either stance; a mentions cell when the key has the speaker on that claim at all
  (the cell says "talks about it, stance undecided", which is true). Every other filled cell is wrong.
- sure-cell recall: of the distinct (speaker, claim, stance) units of the key, how many have a cell
  with that stance (or mixed). A mentions cell does not count: the reader has to find the stance.
- recall with candidates: the same, counting a candidate of that speaker, claim and stance too
  (a person confirms it in seconds); with the number of candidates and the most for one pair.

A key line matches a table row when the speaker is the row's name or its last word (so "Comey"
finds "James B. Comey", "Sanders" does not find "Sanders supporters"; a group label matches the
same label said another way: "Sanders supporters" finds "Sanders's most passionate supporters") and
the line's article is among the row's articles.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.claims.speakers import group_label
from quotes.claims.table import ClaimTable

STANCES = frozenset({"supports", "disputes"})


@dataclass(frozen=True)
class KeyStance:
    article: str
    speaker: str
    claim: str
    stance: str
    evidence: str = ""


@dataclass(frozen=True)
class CellVerdict:
    speaker: str
    claim: str
    got: str
    right: bool
    text: str


@dataclass(frozen=True)
class CheckScore:
    cells: tuple[CellVerdict, ...]  # the filled cells
    found: tuple[tuple[str, str, str], ...]  # key units the table shows
    missed: tuple[tuple[str, str, str], ...]
    found_by_candidates: tuple[tuple[str, str, str], ...] = ()  # missed units a candidate offers
    candidates: int = 0
    most_per_pair: int = 0  # the most candidates one speaker and claim have

    @property
    def recall_with_candidates(self) -> float:
        total = len(self.found) + len(self.missed)
        return (len(self.found) + len(self.found_by_candidates)) / total if total else 0.0

    @property
    def precision(self) -> float:
        return sum(c.right for c in self.cells) / len(self.cells) if self.cells else 0.0

    @property
    def recall(self) -> float:
        total = len(self.found) + len(self.missed)
        return len(self.found) / total if total else 0.0

    def to_text(self) -> str:
        right = sum(c.right for c in self.cells)
        total = len(self.found) + len(self.missed)
        with_candidates = len(self.found) + len(self.found_by_candidates)
        lines = [
            f"sure-cell precision: {right}/{len(self.cells)} = {self.precision:.2f}",
            f"sure-cell recall: {len(self.found)}/{total} = {self.recall:.2f}",
            f"recall with candidates: {with_candidates}/{total} = {self.recall_with_candidates:.2f}",
            f"candidates: {self.candidates} (at most {self.most_per_pair} per speaker and claim)",
        ]
        lines += [f"  wrong cell: {c.speaker} x {c.claim}: {c.text}" for c in self.cells if not c.right]
        lines += [f"  missed: {s} x {c}: {st}{' (a candidate)' if (s, c, st) in self.found_by_candidates else ''}"
                  for s, c, st in self.missed]
        return "\n".join(lines)


def load_key(path: str | Path) -> list[KeyStance]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = [KeyStance(**{k: (v or "").strip() for k, v in row.items()}) for row in csv.DictReader(handle)]
    for number, row in enumerate(rows, start=2):
        if row.stance not in STANCES:
            raise ValueError(f"{path}, line {number}: stance must be supports or disputes, not {row.stance!r}")
    return rows


def _words(name: str) -> list[str]:
    return [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[\w'’.-]+", name.lower())]


# letters after a name, not part of it: "Ian MacDonald QC" is MacDonald, "Joseph Nye Jr." is Nye
POST_NOMINALS = frozenset({"qc", "kc", "mp", "mep", "jr.", "jr", "sr.", "sr"})


def _name_words(name: str) -> list[str]:
    words = _words(name)
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()
    return words


def names_match(key_speaker: str, row_name: str) -> bool:
    key, row = _name_words(key_speaker), _name_words(row_name)
    if not key or not row:
        return False
    if key == row or key == row[-len(key):]:
        return True
    # a shortened group name: "Colorado Republican" for "Colorado Republican leaders"
    if len(row) >= 2 and row == key[: len(row)]:
        return True
    # one group label said two ways: "Sanders supporters", "Sanders's most passionate supporters"
    if len(key) >= 2 and group_label(key_speaker) == group_label(row_name):
        return True
    # a row naming several speakers together ("critics and activists", "Clinton and Sanders") speaks for each
    parts = [p for p in re.split(r",\s*|\s+and\s+", row_name) if p.strip()]
    return len(parts) > 1 and any(names_match(key_speaker, part) for part in parts)


def _matches(line: KeyStance, name: str, doc_ids: Sequence[str]) -> bool:
    return names_match(line.speaker, name) and any(d.startswith(line.article) for d in doc_ids)


def score(table: ClaimTable, key: Iterable[KeyStance]) -> CheckScore:
    key = list(key)
    verdicts, shown = [], {}
    for profile in table.speakers:
        lines = [k for k in key if _matches(k, profile.name, profile.doc_ids)]
        for claim in table.codebook.claims:
            cell = table.cell(profile.key, claim.id)
            if cell is None:
                continue
            said = {k.stance for k in lines if k.claim == claim.id}
            stance = cell.stance
            right = stance in said or (stance in ("mixed", "mentions") and bool(said))
            verdicts.append(CellVerdict(profile.name, claim.id, stance, right, cell.text))
            for k in lines:
                if k.claim == claim.id and stance in (k.stance, "mixed"):
                    shown[(k.speaker, k.claim, k.stance)] = True
    units = list(dict.fromkeys((k.speaker, k.claim, k.stance) for k in key))
    offered = _offered(table, key)
    per_pair: dict[tuple[str, str], int] = {}
    for candidate in table.candidates:
        pair = (candidate.speaker_key, candidate.claim_id)
        per_pair[pair] = per_pair.get(pair, 0) + 1
    return CheckScore(
        tuple(verdicts), tuple(u for u in units if u in shown), tuple(u for u in units if u not in shown),
        tuple(u for u in units if u not in shown and u in offered), len(table.candidates),
        max(per_pair.values(), default=0),
    )


def _offered(table: ClaimTable, key: Sequence[KeyStance]) -> set[tuple[str, str, str]]:
    """The key units some candidate of the table offers (same speaker, claim and stance)."""
    profiles = {p.key: p for p in table.speakers}
    offered = set()
    for candidate in table.candidates:
        profile = profiles.get(candidate.speaker_key)
        if profile is None:
            continue
        offered |= {(k.speaker, k.claim, k.stance) for k in key if k.claim == candidate.claim_id
                    and k.stance == candidate.stance and _matches(k, profile.name, profile.doc_ids)}
    return offered
