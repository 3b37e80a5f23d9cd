"""Who, in what capacity: speaker, speaker type, role and affiliation scored per beat.

A fact-checker reads "who said it, in what capacity" on every row, so these figures count every
attributed quotation of the gold (direct, partial and reported; scare quotes have no speaker):

- *found*: some row overlaps the gold span (character Jaccard at or above the threshold, one-to-one,
  marked and reported pools apart, as in ``score.evaluate``);
- *speaker*: found, and the row names the gold speaker (or an ``alt_speakers`` name), honorifics and
  a leading "the" aside;
- *type*: of the quotations whose speaker is right, the row's ``speaker_type`` is the gold's;
- *role* and *affiliation*: of the quotations whose gold states one, the speaker is right and the
  row's role has a gold role's head noun (``roles.role_match``) / its affiliation shares a content
  word with a gold alternative or names it whole ("US" = "U.S."; alternatives joined by ``|``);
- *role given unstated* / *affiliation given unstated*: of the right-speaker quotations whose gold
  states none, the row still carries one (usually junk: "Representatives", "host of").

Every figure is given for the whole gold and for each beat (the ``beat`` key of a gold file,
``fixtures/beats``); files without one count as beat "-".
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from quotes import naming
from quotes.evaluate.gold import MARKED, GoldQuote
from quotes.evaluate.roles import affiliation_match, role_match
from quotes.evaluate.score import Ratio, lenient_match, match, normalise
from quotes.io.records import QuoteRow

_DESCRIPTION_OPENERS = frozenset({"a", "an", "the", "unnamed", "one", "some", "several", "multiple", "many"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor"})
FIGURES = ("found", "speaker", "type", "role", "affiliation", "role_unstated", "affiliation_unstated")
LABELS = {
    "found": "found", "speaker": "speaker right", "type": "type right (right speaker)",
    "role": "role right (stated in gold)", "affiliation": "affiliation right (stated in gold)",
    "role_unstated": "role given, none stated", "affiliation_unstated": "affiliation given, none stated",
}


def _name_words(name: str | None) -> tuple[str, ...]:
    words = [w for w in normalise(name).split() if w not in _HONORIFICS]
    while words and words[0] in _DESCRIPTION_OPENERS:
        words = words[1:]
    return tuple(words)


def _same_description(predicted: tuple[str, ...], gold: tuple[str, ...]) -> bool:
    """Two descriptions of an unnamed source or a group name it alike when they share the head noun and one
    holds the other's words ("agency spokesman" ~ "spokesman", "aviation analysts" ~ "analysts")."""
    if not predicted or not gold or predicted[-1] != gold[-1]:
        return False
    return set(predicted) <= set(gold) or set(gold) <= set(predicted)


def same_speaker(predicted: str | None, gold: GoldQuote) -> bool:
    """The row names the gold speaker or an alternative, honorifics aside ("Mr Blair" = "Blair"); a gold
    speaker written in lower case is a description ("spokesman", "analysts"), matched by its head noun."""
    words = _name_words(predicted)
    if not words:
        return False
    for name in (gold.speaker, *gold.alt_speakers):
        wanted = _name_words(name)
        if words == wanted or (name and name[:1].islower() and _same_description(words, wanted)) \
                or initials_of(predicted or "", name or ""):
            return True
    joint = _members(predicted)
    return len(joint) > 1 and joint == _members(gold.speaker)


def _members(name: str | None) -> frozenset[tuple[str, ...]]:
    """The people a joint speaker names, in any order ("Platon Lebedev and Mikhail Khodorkovsky")."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", name or "")
    return frozenset(words for words in map(_name_words, parts) if words)


def _same_affiliation(predicted: str, gold: str) -> bool:
    """A content word shared with a gold alternative, or one alternative equal to or inside the other as whole
    words (so "US" = "U.S." = "United States", whose words the content-word test sets aside)."""
    return affiliation_match(predicted, gold) or any(
        lenient_match(predicted, alt) or initials_of(predicted, alt.strip()) for alt in gold.split("|") if alt.strip())


def initials_of(one: str, other: str) -> bool:
    """One name is the other's initials ("ODPM" and "Office of the Deputy Prime Minister", either way round): the
    same body, whichever form the article's definition ("… (ODPM)") lets a row or an annotator use."""
    for acronym, name in ((one, other), (other, one)):
        words = name.split()
        if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", acronym) and len(words) > 1 and naming.spells(acronym, words):
            return True
    return False


def read_beats(gold_path: str | Path) -> dict[str, str]:
    """doc_id -> beat, from the ``beat`` key of each gold file in a folder (or one file); empty for a
    corrected export of ``quotes review`` (a .csv), which has no beats."""
    path = Path(gold_path)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path] if path.suffix == ".json" else []
    beats = {}
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        beats[data["doc_id"]] = data.get("beat") or "-"
    return beats


@dataclass(frozen=True)
class WhoReport:
    """Each figure for all beats (key "all") and for each beat."""

    figures: dict[str, dict[str, Ratio]]
    documents: dict[str, int]

    def to_dict(self) -> dict:
        return {beat: {"documents": self.documents[beat],
                       **{name: {"hits": r.hits, "total": r.total, "value": r.value} for name, r in figs.items()}}
                for beat, figs in self.figures.items()}

    def to_text(self) -> str:
        named = sorted(b for b in self.figures if b not in ("all", "-"))
        beats = [*named, *(["-"] if named and "-" in self.figures else []), "all"]  # no beats: the total alone
        width = max(12, *(len(b) + 2 for b in beats))
        lines = ["who, in what capacity (attributed gold quotations; see quotes.evaluate.who)",
                 f"{'beat':<{width}}{'docs':>5}  " + "  ".join(f"{name:>20}" for name in FIGURES)]
        for beat in beats:
            cells = "  ".join(f"{_cell(self.figures[beat][name]):>20}" for name in FIGURES)
            lines.append(f"{beat:<{width}}{self.documents[beat]:>5}  {cells}")
        lines += ["", "columns: " + "; ".join(f"{name} = {LABELS[name]}" for name in FIGURES)]
        return "\n".join(lines)


def _cell(ratio: Ratio) -> str:
    return "n/a" if ratio.value is None else f"{ratio.value:.2f} ({ratio.hits}/{ratio.total})"


def _pairs(quotes: list[GoldQuote], rows: list[QuoteRow], threshold: float) -> list[tuple[GoldQuote, QuoteRow | None]]:
    """Each attributed gold span with the row matched to it (None when no row overlaps enough)."""
    out: list[tuple[GoldQuote, QuoteRow | None]] = []
    for marked in (True, False):
        units = [(q, s) for q in quotes if (q.kind in MARKED) == marked and q.kind != "scare" for s in q.spans]
        pool = [r for r in rows if (r.kind in MARKED) == marked]
        matched = dict(_match(units, pool, threshold))
        out += [(q, matched.get(i)) for i, (q, _span) in enumerate(units)]
    return out


def _match(units, pool: list[QuoteRow], threshold: float):
    spans = [_Unit(span) for _quote, span in units]
    return [(gi, pool[pi]) for gi, pi in match(spans, pool, threshold)]


@dataclass(frozen=True)
class _Unit:  # the shape score.match reads: .span.start / .span.end
    span: object


def _tally(counts: dict[str, list[int]], quote: GoldQuote, row: QuoteRow | None) -> None:
    def add(name: str, ok: bool) -> None:
        counts[name][0] += ok
        counts[name][1] += 1

    add("found", row is not None)
    right = row is not None and same_speaker(row.speaker, quote)
    add("speaker", right)
    if right:
        add("type", (row.speaker_type or "") == (quote.speaker_type or ""))
    for field, matcher in (("role", role_match), ("affiliation", _same_affiliation)):
        stated = getattr(quote, field)
        if stated:
            add(field, right and matcher(getattr(row, field) or "", stated))
        elif right:
            add(f"{field}_unstated", bool(re.sub(r"\W", "", getattr(row, field) or "")))


def score_who(gold: dict[str, list[GoldQuote]], rows: list[QuoteRow], beats: dict[str, str],
              threshold: float = 0.5) -> WhoReport:
    """Speaker, type, role and affiliation figures for every attributed gold quotation, per beat."""
    by_doc: dict[str, list[QuoteRow]] = defaultdict(list)
    for row in rows:
        by_doc[row.doc_id].append(row)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: {name: [0, 0] for name in FIGURES})
    documents: dict[str, int] = defaultdict(int)
    for doc_id, quotes in gold.items():
        beat = beats.get(doc_id, "-")
        documents[beat] += 1
        documents["all"] += 1
        attributed = [q for q in quotes if q.speaker]
        for quote, row in _pairs(attributed, by_doc.get(doc_id, []), threshold):
            _tally(counts[beat], quote, row)
            _tally(counts["all"], quote, row)
    figures = {beat: {name: Ratio(*c[name]) for name in FIGURES} for beat, c in counts.items()}
    return WhoReport(figures=figures, documents=dict(documents))
