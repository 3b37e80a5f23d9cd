"""Which predicted documents the gold covers: a score over no document is no score.

Both scorers (the project's gold, brat/PolNeAR) check this before scoring, so a prediction file
for other articles, or a corrected export with no fully checked article, is refused with a
message instead of printing recall 0.00 or "n/a" as if it had been scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

SHOWN_IDS = 5  # how many document ids a message lists


class NothingToScore(ValueError):
    """The gold and the predictions share no document; the message says why."""


def _ids(ids: Iterable[str]) -> str:
    ids = list(ids)
    more = f" … and {len(ids) - SHOWN_IDS} more" if len(ids) > SHOWN_IDS else ""
    return ", ".join(ids[:SHOWN_IDS]) + more


@dataclass(frozen=True)
class Coverage:
    predicted: tuple[str, ...]  # the documents with a predicted row, in file order
    not_in_gold: tuple[str, ...]  # those the gold does not hold (their rows are ignored)
    gold_without_rows: tuple[str, ...]  # gold documents no row predicts (their quotes count as missed)
    gold: int

    @property
    def scored(self) -> int:
        return len(self.predicted) - len(self.not_in_gold)

    def notes(self) -> list[str]:
        """One line per thing the figures leave out; none when every predicted document is scored."""
        out = []
        if self.not_in_gold:
            out.append(f"scored {self.scored} of {len(self.predicted)} predicted documents; "
                       f"{len(self.not_in_gold)} not in the gold ({_ids(self.not_in_gold)}): their rows are ignored")
        if self.gold_without_rows:
            out.append(f"{len(self.gold_without_rows)} of the {self.gold} gold documents have no predicted row "
                       f"({_ids(self.gold_without_rows)}): their quotes count as missed")
        return out


def check_coverage(gold_ids: Iterable[str], predicted_ids: Iterable[str], gold_name: str) -> Coverage:
    """The coverage of the predictions by the gold; raises NothingToScore when they share no document."""
    gold = list(dict.fromkeys(gold_ids))
    predicted = tuple(dict.fromkeys(predicted_ids))
    if not gold:
        raise NothingToScore(f"nothing to score: the gold {gold_name} holds no document")
    if not predicted:
        raise NothingToScore("nothing to score: the predictions hold no row")
    known = set(gold)
    not_in_gold = tuple(d for d in predicted if d not in known)
    if len(not_in_gold) == len(predicted):
        raise NothingToScore(
            f"nothing to score: none of the {len(predicted)} predicted documents is in the gold {gold_name} "
            f"(first ids: {_ids(predicted)}; the gold's: {_ids(gold)})")
    have = set(predicted)
    return Coverage(predicted, not_in_gold, tuple(d for d in gold if d not in have), len(gold))
