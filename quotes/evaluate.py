"""Score extracted quotes against the hand-annotated gold files in ``fixtures/gold``.

Gold spans and predicted rows are matched one-to-one within a document, greedily by
character Jaccard overlap (highest first, at or above a threshold). Marked quotes
(direct, partial, scare) and indirect speech are matched separately. The gold format
is described in ``fixtures/gold/README.md``. This module depends only on the
standard library.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("direct", "partial", "scare", "indirect")
MARKED = frozenset({"direct", "partial", "scare"})
SPEAKER_TYPES = frozenset({"person", "organisation", "group"})
FORMULA_CHARS = "=+-@:"
_OPTIONAL_GOLD = ("group", "speaker_type", "role", "affiliation", "cue", "medium", "note")


class GoldFormatError(ValueError):
    """A gold file is malformed; the message names the file and the problem."""


class PredictionFormatError(ValueError):
    """A predictions file is malformed; the message names the file and the row."""


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GoldQuote:
    doc_id: str
    id: str
    kind: str
    spans: tuple[GoldSpan, ...]
    speaker: str | None
    group: str | None = None
    speaker_type: str | None = None
    mention: GoldSpan | None = None
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    medium: str | None = None
    alt_speakers: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class PredictedRow:
    doc_id: str
    kind: str
    start: int
    end: int
    quote: str | None = None
    quote_id: str | None = None
    group_id: str | None = None
    speaker: str | None = None
    speaker_type: str | None = None
    speaker_mention: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None
    affiliation: str | None = None
    cue: str | None = None
    medium: str | None = None
    confidence: float | None = None
    sentence: str | None = None


def _span(obj: object, where: str) -> GoldSpan:
    """Validate one {start, end, text} object."""
    if not isinstance(obj, dict) or not {"start", "end", "text"} <= obj.keys():
        raise GoldFormatError(f"{where}: expected an object with start, end, text")
    start, end, text = obj["start"], obj["end"], obj["text"]
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
        raise GoldFormatError(f"{where}: start/end must be integers and text a string")
    if not 0 <= start <= end or end - start != len(text):
        raise GoldFormatError(f"{where}: offsets {start}:{end} do not fit text {text!r}")
    return GoldSpan(start, end, text)


def _quote(obj: object, doc_id: str, where: str) -> GoldQuote:
    """Validate one quote object of a gold file."""
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: a quote must be an object")
    missing = [k for k in ("id", "kind", "spans", "speaker") if k not in obj]
    if missing:
        raise GoldFormatError(f"{where}: missing key(s) {', '.join(missing)}")
    where = f"{where} ({obj['id']})"
    kind = obj["kind"]
    if kind not in KINDS:
        raise GoldFormatError(f"{where}: unknown kind {kind!r}")
    spans = obj["spans"]
    if not isinstance(spans, list) or not spans or (kind in MARKED and len(spans) != 1):
        raise GoldFormatError(f"{where}: spans must be a non-empty list (exactly one span for {kind})")
    if kind == "scare" and obj["speaker"] is not None:
        raise GoldFormatError(f"{where}: a scare quote must have speaker null")
    if obj.get("speaker_type") not in SPEAKER_TYPES | {None}:
        raise GoldFormatError(f"{where}: unknown speaker_type {obj['speaker_type']!r}")
    mention = obj.get("mention")
    opt = {k: obj.get(k) for k in _OPTIONAL_GOLD}
    return GoldQuote(
        doc_id=doc_id, id=str(obj["id"]), kind=kind, speaker=obj["speaker"],
        spans=tuple(_span(s, f"{where} span {i}") for i, s in enumerate(spans)),
        mention=None if mention is None else _span(mention, f"{where} mention"),
        alt_speakers=tuple(obj.get("alt_speakers") or ()), **opt,
    )


def _check_text(path: Path, data: dict, quotes: list[GoldQuote], texts_dir: Path) -> None:
    """Check the article's SHA-1 and that every span and mention round-trips."""
    text_path = texts_dir / data["doc_id"]
    if not text_path.is_file():
        raise GoldFormatError(f"{path}: article {text_path} not found")
    raw = text_path.read_bytes()
    if data.get("text_sha1") and hashlib.sha1(raw).hexdigest() != data["text_sha1"]:
        raise GoldFormatError(f"{path}: text_sha1 does not match {text_path}")
    text = raw.decode("utf-8")
    for q in quotes:
        for s in q.spans + ((q.mention,) if q.mention else ()):
            if text[s.start:s.end] != s.text:
                raise GoldFormatError(f"{path}: quote {q.id}: span {s.start}:{s.end} does not round-trip "
                                      f"({text[s.start:s.end]!r} != {s.text!r})")


def _load_gold_file(path: Path, texts_dir: Path | None) -> tuple[str, list[GoldQuote]]:
    """Parse and validate one gold file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldFormatError(f"{path}: cannot read JSON: {exc}") from exc
    if not (isinstance(data, dict) and isinstance(data.get("doc_id"), str)
            and isinstance(data.get("quotes"), list)):
        raise GoldFormatError(f"{path}: top level needs a string doc_id and a quotes list")
    quotes = [_quote(q, data["doc_id"], f"{path}: quote #{i}") for i, q in enumerate(data["quotes"])]
    ids = [q.id for q in quotes]
    if len(set(ids)) != len(ids):
        raise GoldFormatError(f"{path}: duplicate quote ids")
    if texts_dir is not None:
        _check_text(path, data, quotes, Path(texts_dir))
    return data["doc_id"], quotes


def load_gold(path: str | Path, texts_dir: str | Path | None = None) -> dict[str, list[GoldQuote]]:
    """Load one gold JSON file or every ``*.json`` in a directory, keyed by doc_id.

    With ``texts_dir`` every span and mention is checked against ``<texts_dir>/<doc_id>``.
    A ``.csv`` is read as the corrected export of ``quotes review`` (see quotes/review/gold.py).
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":  # a corrected export of `quotes review`: its fully checked articles
        from quotes.review.gold import load_corrected_gold

        return load_corrected_gold(path, texts_dir)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    gold: dict[str, list[GoldQuote]] = {}
    for f in files:
        doc_id, quotes = _load_gold_file(f, Path(texts_dir) if texts_dir is not None else None)
        if doc_id in gold:
            raise GoldFormatError(f"{f}: doc_id {doc_id} already loaded from another file")
        gold[doc_id] = quotes
    return gold


_TEXT_COLUMNS = ("doc_id", "kind", "quote", "quote_id", "group_id", "speaker", "speaker_type", "speaker_mention",
                 "role", "affiliation", "cue", "medium", "sentence")


def _unneutralise(cell: str) -> str:
    """Undo spreadsheet formula neutralisation: "'=x" -> "=x"."""
    return cell[1:] if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_CHARS else cell


def _row(rec: dict, where: str) -> PredictedRow:
    """One prediction from a CSV/JSONL record; empty cells become None."""
    clean = {k: (None if v in ("", None) else v) for k, v in rec.items() if k is not None}
    try:
        kind, start, end = clean["kind"], int(clean["start"]), int(clean["end"])
        if kind not in KINDS or not clean.get("doc_id"):
            raise ValueError(f"bad kind {kind!r} or empty doc_id")
        text = {k: (None if clean.get(k) is None else str(clean[k])) for k in _TEXT_COLUMNS}
        ints = {k: None if clean.get(k) is None else int(clean[k]) for k in ("speaker_start", "speaker_end")}
        conf = None if clean.get("confidence") is None else float(clean["confidence"])
        return PredictedRow(**text, **ints, start=start, end=end, confidence=conf)
    except (KeyError, TypeError, ValueError) as exc:
        raise PredictionFormatError(f"{where}: {exc!r}") from exc


def load_predictions(path: str | Path) -> list[PredictedRow]:
    """Read the extractor's output: ``.jsonl`` (one object per line) or CSV (UTF-8, BOM allowed)."""
    path = Path(path)
    if path.suffix.lower() == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return [_row(json.loads(line), f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return [_row({k: _unneutralise(v) if isinstance(v, str) else v for k, v in rec.items()}, f"{path}:{n}")
                for n, rec in enumerate(reader, 2)]


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


def match(units: list[_Unit], rows: list[PredictedRow], threshold: float) -> list[tuple[int, int]]:
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

    def error(self, kind: str, u: _Unit | None, r: PredictedRow | None, gold: str | None,
              pred: str | None) -> None:
        """Record an error located at the gold span when there is one, else at the predicted row."""
        if u is not None:
            rec = ErrorRecord(kind, u.quote.doc_id, u.span.start, u.span.end, gold, pred, u.span.text)
        else:
            assert r is not None
            rec = ErrorRecord(kind, r.doc_id, r.start, r.end, gold, pred, r.quote or "")
        self.errors.append(rec)


def _score_pair(t: _Tally, u: _Unit, r: PredictedRow) -> None:
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
    if g.kind == "direct" and g.speaker_type == "person" and (g.role or g.affiliation):
        ok = lenient_match(r.role, g.role) or lenient_match(r.affiliation, g.affiliation)
        if not t.add("affiliation", ok):
            t.error("wrong_affiliation", u, r, f"{g.role} / {g.affiliation}", f"{r.role} / {r.affiliation}")
    if not t.add("cue", cue_match(r.cue, g.cue)):
        t.error("wrong_cue", u, r, g.cue, r.cue)
    if not t.add("medium", normalise(r.medium) == normalise(g.medium)):
        t.error("wrong_medium", u, r, g.medium, r.medium)


def _score_pool(t: _Tally, units: list[_Unit], rows: list[PredictedRow], threshold: float, tag: str) -> int:
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


def evaluate(gold: dict[str, list[GoldQuote]], predictions: list[PredictedRow],
             threshold: float = 0.5) -> EvaluationReport:
    """Score predictions against gold; rows for documents absent from gold are ignored (and counted)."""
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
        ignored_predictions=sum(r.doc_id not in gold for r in predictions),
    )
