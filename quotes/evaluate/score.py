"""Score extracted quotes against the hand-annotated gold files in ``fixtures/gold``.

Gold spans and predicted rows are matched one-to-one within a document, greedily by
character Jaccard overlap (highest first, at or above a threshold). Marked quotes
(direct, partial, scare) and indirect speech are matched separately. The predictions are
the rows of a quotes file (``quotes.io.records.QuoteRow``); the gold format is in ``gold.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quotes.evaluate.coverage import Coverage, check_coverage
from quotes.evaluate.gold import KINDS, MARKED, GoldQuote, GoldSpan
from quotes.io.records import QuoteRow, QuotesFileError, read_quotes
from quotes.types import SpeakerType


def load_predictions(path: str | Path) -> list[QuoteRow]:
    """The extractor's output (quotes.csv or .jsonl); every row needs a known kind, a doc_id and offsets."""
    rows = []
    for n, row in enumerate(read_quotes(path), 1):
        if row.kind not in KINDS or not row.doc_id or row.start is None or row.end is None:
            raise QuotesFileError(f"{path}: row {n}: bad kind {row.kind!r}, empty doc_id or no offsets")
        rows.append(row)
    return rows


def normalise(value: str | None) -> str:
    """Casefold, drop punctuation and a leading "the", collapse spaces."""
    if not value:
        return ""
    s = re.sub(r"[.’'`]", "", value.casefold())
    s = " ".join(re.sub(r"[^\w\s]", " ", s).split())
    return s[4:] if s.startswith("the ") else s


def _norm_place(value: str | None) -> str:
    """normalise(), with U.S./US/USA/United States all written "us"."""
    return re.sub(r"\b(united states( of america)?|usa)\b", "us", normalise(value))


def lenient_match(pred: str | None, gold: str | None) -> bool:
    """Equal after normalisation, or one contained in the other as whole words (U.S. == US == United States)."""
    p, g = _norm_place(pred), _norm_place(gold)
    return bool(p and g) and (p == g or f" {p} " in f" {g} " or f" {g} " in f" {p} ")


def speaker_match(pred: str | None, gold: GoldQuote) -> bool:
    """The predicted name equals the gold speaker or one of its alt_speakers after normalisation."""
    return bool(pred) and normalise(pred) in {normalise(s) for s in (gold.speaker, *gold.alt_speakers) if s}


def cue_match(pred: str | None, gold: str | None) -> bool:
    """Equal after normalisation, or the same head verb ("described" ~ "described as")."""
    p, g = normalise(pred), normalise(gold)
    return p == g or bool(p and g) and p.split()[0] == g.split()[0]


@dataclass(frozen=True)
class _Unit:
    quote: GoldQuote
    span: GoldSpan


def jaccard(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Character Jaccard overlap of two half-open intervals."""
    inter = max(0, min(a_end, b_end) - max(a_start, b_start))
    union = max(a_end, b_end) - min(a_start, b_start)
    return inter / union if union > 0 and inter > 0 else 0.0


def match(units: list[_Unit], rows: list[QuoteRow], threshold: float) -> list[tuple[int, int]]:
    """One-to-one greedy matching by highest Jaccard (>= threshold); returns (unit index, row index)."""
    pairs = sorted((-jaccard(u.span.start, u.span.end, r.start, r.end), gi, pi)
                   for gi, u in enumerate(units) for pi, r in enumerate(rows))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for neg, gi, pi in pairs:
        if -neg >= threshold and -neg > 0 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return f"{'n/a' if self.value is None else f'{self.value:.2f}'} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class Detection:
    precision: Ratio
    recall: Ratio
    exact: Ratio  # matches whose offsets are identical

    @property
    def f1(self) -> float | None:
        denom = self.precision.total + self.recall.total
        return 2 * self.recall.hits / denom if denom else None


@dataclass(frozen=True)
class ErrorRecord:
    error: str  # missed | spurious | wrong_kind | wrong_speaker | wrong_affiliation | wrong_cue | wrong_medium
    doc_id: str
    start: int
    end: int
    gold: str | None
    predicted: str | None
    text: str = ""


@dataclass(frozen=True)
class DocCounts:
    doc_id: str
    gold_marked: int
    gold_indirect: int
    predicted_marked: int
    predicted_indirect: int
    matched_marked: int
    matched_indirect: int


@dataclass(frozen=True)
class EvaluationReport:
    threshold: float
    marked: Detection
    kind_accuracy: Ratio
    indirect: Detection
    speaker: Ratio
    indirect_speaker: Ratio
    scare_unattributed: Ratio
    affiliation: Ratio
    cue: Ratio
    medium: Ratio
    documents: tuple[DocCounts, ...]
    errors: tuple[ErrorRecord, ...]
    ignored_predictions: int = 0
    coverage: Coverage | None = None  # which predicted documents were scored

    def to_dict(self) -> dict:
        """A JSON-ready dict; each ratio becomes {hits, total, value}, each detection gets its f1."""
        def conv(obj: object) -> object:
            if isinstance(obj, Ratio):
                return {"hits": obj.hits, "total": obj.total, "value": obj.value}
            if isinstance(obj, tuple):
                return [conv(x) for x in obj]
            if hasattr(obj, "__dataclass_fields__"):
                out = {k: conv(getattr(obj, k)) for k in obj.__dataclass_fields__}
                return {**out, "f1": obj.f1} if isinstance(obj, Detection) else out
            return obj
        return conv(self)  # type: ignore[return-value]

    def _metric_rows(self) -> list[tuple[str, object]]:
        rows: list[tuple[str, object]] = []
        for title, d in (("quotation detection (direct/partial/scare)", self.marked),
                         ("indirect speech", self.indirect)):
            f1 = "n/a" if d.f1 is None else f"{d.f1:.2f}"
            rows += [(title, ""), ("  precision", d.precision), ("  recall", d.recall), ("  F1", f1),
                     ("  exact offsets", d.exact)]
        return rows + [
            ("kind accuracy (matched marked)", self.kind_accuracy),
            ("speaker accuracy (direct+partial)", self.speaker),
            ("speaker accuracy (indirect)", self.indirect_speaker),
            ("scare quotes left without speaker", self.scare_unattributed),
            ("role/affiliation (direct, person)", self.affiliation),
            ("cue (attributed)", self.cue), ("medium (attributed)", self.medium)]

    def to_text(self, max_errors: int = 20) -> str:
        """A readable summary: the metric table, per-document counts and the first errors."""
        lines = [f"match: character Jaccard >= {self.threshold:.2f}, one-to-one, greedy; "
                 f"{self.ignored_predictions} predicted rows ignored (document not in gold)", ""]
        lines += [f"{name:<45}{value}" for name, value in self._metric_rows()]
        lines += ["", f"{'document':<32}{'gold m/i':>10}{'pred m/i':>10}{'match m/i':>11}"]
        for d in self.documents:
            cells = (f"{d.gold_marked}/{d.gold_indirect}", f"{d.predicted_marked}/{d.predicted_indirect}",
                     f"{d.matched_marked}/{d.matched_indirect}")
            lines.append(f"{d.doc_id:<32}{cells[0]:>10}{cells[1]:>10}{cells[2]:>11}")
        by_kind = Counter(e.error for e in self.errors)
        lines += ["", f"errors: {len(self.errors)} " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items()))]
        for e in self.errors[:max_errors]:
            lines.append(f"  {e.error:<17} {e.doc_id} {e.start}:{e.end} gold={e.gold!r} "
                         f"predicted={e.predicted!r} {e.text[:50]!r}")
        return "\n".join(lines)


@dataclass
class _Tally:
    """Mutable counters and errors filled while scoring; frozen into the report at the end."""

    counts: dict[str, list[int]] = field(default_factory=dict)
    errors: list[ErrorRecord] = field(default_factory=list)

    def add(self, name: str, ok: bool) -> bool:
        c = self.counts.setdefault(name, [0, 0])
        c[0], c[1] = c[0] + ok, c[1] + 1
        return ok

    def ratio(self, name: str) -> Ratio:
        return Ratio(*self.counts.get(name, [0, 0]))

    def error(self, kind: str, u: _Unit | None, r: QuoteRow | None, gold: str | None,
              pred: str | None) -> None:
        """Record an error located at the gold span when there is one, else at the predicted row."""
        pred = pred or None  # an empty cell is no prediction (the report prints None)
        if u is not None:
            rec = ErrorRecord(kind, u.quote.doc_id, u.span.start, u.span.end, gold, pred, u.span.text)
        else:
            assert r is not None
            rec = ErrorRecord(kind, r.doc_id, r.start, r.end, gold, pred, r.quote or "")
        self.errors.append(rec)


def _score_pair(t: _Tally, u: _Unit, r: QuoteRow) -> None:
    """Kind, speaker, affiliation, cue and medium checks on one matched pair."""
    g = u.quote
    if g.kind in MARKED and not t.add("kind", g.kind == r.kind):
        t.error("wrong_kind", u, r, g.kind, r.kind)
    if g.kind == "scare":
        if not t.add("scare", not r.speaker):
            t.error("wrong_speaker", u, r, None, r.speaker)
        return
    speaker_metric = "speaker_indirect" if g.kind == "indirect" else "speaker"
    if g.speaker and not t.add(speaker_metric, speaker_match(r.speaker, g)):
        t.error("wrong_speaker", u, r, g.speaker, r.speaker)
    if g.kind == "direct" and g.speaker_type == SpeakerType.PERSON and (g.role or g.affiliation):
        ok = lenient_match(r.role, g.role) or lenient_match(r.affiliation, g.affiliation)
        if not t.add("affiliation", ok):
            t.error("wrong_affiliation", u, r, f"{g.role} / {g.affiliation}", f"{r.role} / {r.affiliation}")
    if not t.add("cue", cue_match(r.cue, g.cue)):
        t.error("wrong_cue", u, r, g.cue, r.cue)
    if not t.add("medium", normalise(r.medium) == normalise(g.medium)):
        t.error("wrong_medium", u, r, g.medium, r.medium)


def _score_pool(t: _Tally, units: list[_Unit], rows: list[QuoteRow], threshold: float, tag: str) -> int:
    """Match one pool ("marked" or "indirect") of one document; returns the number of matches."""
    pairs = match(units, rows, threshold)
    for gi, pi in pairs:
        t.add(f"{tag}_exact", (units[gi].span.start, units[gi].span.end) == (rows[pi].start, rows[pi].end))
        _score_pair(t, units[gi], rows[pi])
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    for gi, u in enumerate(units):
        if not t.add(f"{tag}_recall", gi in matched_g):
            t.error("missed", u, None, u.quote.kind, None)
    for pi, r in enumerate(rows):
        if not t.add(f"{tag}_precision", pi in matched_p):
            t.error("spurious", None, r, None, r.kind)
    return len(pairs)


def evaluate(gold: dict[str, list[GoldQuote]], predictions: list[QuoteRow],
             threshold: float = 0.5, gold_name: str = "") -> EvaluationReport:
    """Score predictions against gold; rows for documents absent from gold are ignored (and counted).

    Raises coverage.NothingToScore when no predicted document is in the gold (``gold_name`` names it)."""
    coverage = check_coverage(gold, (r.doc_id for r in predictions), gold_name or "given")
    t, docs = _Tally(), []
    for doc_id in sorted(gold):
        units = [_Unit(q, s) for q in gold[doc_id] for s in q.spans]
        rows = [r for r in predictions if r.doc_id == doc_id]
        gm, gi = [u for u in units if u.quote.kind in MARKED], [u for u in units if u.quote.kind == "indirect"]
        pm, pi = [r for r in rows if r.kind in MARKED], [r for r in rows if r.kind == "indirect"]
        mm, mi = _score_pool(t, gm, pm, threshold, "marked"), _score_pool(t, gi, pi, threshold, "indirect")
        docs.append(DocCounts(doc_id, len(gm), len(gi), len(pm), len(pi), mm, mi))
    detection = {tag: Detection(t.ratio(f"{tag}_precision"), t.ratio(f"{tag}_recall"), t.ratio(f"{tag}_exact"))
                 for tag in ("marked", "indirect")}
    return EvaluationReport(
        threshold=threshold, marked=detection["marked"], kind_accuracy=t.ratio("kind"),
        indirect=detection["indirect"], speaker=t.ratio("speaker"), indirect_speaker=t.ratio("speaker_indirect"),
        scare_unattributed=t.ratio("scare"), affiliation=t.ratio("affiliation"), cue=t.ratio("cue"),
        medium=t.ratio("medium"), documents=tuple(docs), errors=tuple(t.errors),
        ignored_predictions=sum(r.doc_id not in gold for r in predictions), coverage=coverage,
    )
