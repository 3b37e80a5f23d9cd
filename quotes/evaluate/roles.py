"""Score the role and affiliation of quoted speakers against hand annotation.

The gold file (``fixtures/gold/polnear-dev-roles.jsonl``, one speaker a line after a note line) lists, per article, a quoted speaker's
name, the character offsets of the article's mentions of them, and the role and affiliation a
reader takes from the article ("senator" / "Democrat|Vermont"; alternatives joined by ``|``).
A speaker is *found* when some row of the article names them (the speaker's surname is in the
row's speaker, or the row's speaker mention overlaps one of the gold mentions); the speaker is
*right* when one of those rows carries a role whose head word matches a gold role's, or an
affiliation that shares a content word with a gold affiliation. A speaker with neither role nor
affiliation in gold is right when the rows give neither either.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from quotes.io.records import QuoteRow, read_quotes
from quotes.types import SpeakerType

_STOP = {"the", "of", "for", "and", "at", "a", "an", "in", "on", "party", "campaign", "state", "u.s.", "us"}
_ALIASES = {
    "democrat": "democratic", "democrats": "democratic", "d": "democratic",
    "republicans": "republican", "gop": "republican", "r": "republican",
    "tory": "conservative", "tories": "conservative", "conservatives": "conservative",  # British party labels
    "french": "france", "german": "germany", "italian": "italy", "latvian": "latvia", "belgian": "belgium",
}


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[\w/’'-]+", text.lower()):
        w = _ALIASES.get(w, w)
        if w not in _STOP:
            out.add(w)
    return out


_POSTMODIFIER_OPENERS = frozenset({"of", "for", "to", "at", "on", "in", "with"})


def _head(role: str) -> str:
    """A role's head noun: its last word before any phrase that follows it ("member of the European
    Parliament" -> member, "director of public prosecutions" -> director, "senior adviser" -> adviser)."""
    words = re.findall(r"[\w-]+", role.lower())
    cut = next((i for i, w in enumerate(words) if w in _POSTMODIFIER_OPENERS and i > 0), len(words))
    return words[cut - 1] if words else ""


def role_match(predicted: str, gold: str) -> bool:
    """The predicted role's head noun is a gold alternative's head ("senior adviser" ~ "adviser")."""
    if not predicted or not gold:
        return False
    heads = {_head(g) for g in gold.split("|") if g.strip()}
    pred_words = set(re.findall(r"[\w-]+", predicted.lower()))
    return _head(predicted) in heads or bool(heads & pred_words)


def affiliation_match(predicted: str, gold: str) -> bool:
    """A content word shared with one gold alternative ("Democratic Party" ~ "Democrat")."""
    if not predicted or not gold:
        return False
    pred = _words(predicted)
    return any(pred & _words(g) for g in gold.split("|") if g.strip())


@dataclass(frozen=True)
class RoleReport:
    speakers: int  # annotated speakers with a role or an affiliation
    found: int  # of those, named by some row
    right: int  # of those found, a row has the role or the affiliation right
    bare: int  # annotated speakers with neither
    bare_found: int
    bare_right: int  # of those found, no row invents one
    misses: tuple[tuple[str, str, str, str, str, str], ...]  # doc, speaker, gold role, gold aff, got role, got aff

    def lines(self) -> list[str]:
        return [
            f"role or affiliation right: {self.right / (self.found or 1):.2f} ({self.right}/{self.found} speakers found; "
            f"{self.found}/{self.speakers} annotated speakers found)",
            f"over all annotated: {self.right / (self.speakers or 1):.2f} ({self.right}/{self.speakers})",
            f"speakers without role or affiliation left bare: {self.bare_right}/{self.bare_found} found ({self.bare} annotated)",
        ]


def _surname(name: str) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", name) if w.lower() not in {"jr", "sr", "ii", "iii", "mr", "mrs", "ms", "dr"}]
    return words[-1].lower() if words else ""


def _doc(row_doc: str) -> str:
    d = Path(row_doc).name
    return d[:-4] if d.endswith(".txt") else d


def score_roles(gold_path: str | Path, rows: list[QuoteRow]) -> RoleReport:
    lines = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    data = {"speakers": [entry for entry in lines if "speaker" in entry]}
    by_doc: dict[str, list[QuoteRow]] = defaultdict(list)
    for r in rows:
        if r.speaks:
            by_doc[_doc(r.doc_id)].append(r)
    speakers = found = right = bare = bare_found = bare_right = 0
    misses = []
    for g in data["speakers"]:
        sur = _surname(g["speaker"])
        mine = []
        for r in by_doc.get(g["doc"], []):
            named = sur and sur in {w.lower() for w in re.findall(r"[\w’'-]+", r.speaker)}
            overlap = r.speaker_start is not None and any(
                min(r.speaker_end, e) > max(r.speaker_start, s) for s, e in g["mentions"]
            )
            if named or (overlap and r.speaker_type == SpeakerType.PERSON):
                mine.append(r)
        has_label = bool(g["role"] or g["affiliation"])
        if not has_label:
            bare += 1
            if mine:
                bare_found += 1
                bare_right += all(not r.role and not r.affiliation for r in mine)
            continue
        speakers += 1
        if not mine:
            continue
        found += 1
        ok = any(role_match(r.role, g["role"]) or affiliation_match(r.affiliation, g["affiliation"]) for r in mine)
        right += ok
        if not ok:
            best = max(mine, key=lambda r: bool(r.role) + bool(r.affiliation))
            misses.append((g["doc"], g["speaker"], g["role"], g["affiliation"], best.role, best.affiliation))
    return RoleReport(speakers, found, right, bare, bare_found, bare_right, tuple(misses))


def main(argv: list[str] | None = None) -> None:
    """python -m quotes.evaluate.roles GOLD.jsonl QUOTES.csv [--misses]"""
    args = sys.argv[1:] if argv is None else argv
    report = score_roles(args[0], list(read_quotes(args[1])))
    print("\n".join(report.lines()))
    if "--misses" in args:
        for m in report.misses:
            print(" | ".join(x or "-" for x in m))


if __name__ == "__main__":
    main()
