"""Score a quotes file against brat/PolNeAR attributions, the way the reference scorer does,
plus per-stage figures the way citron reports them.

The headline figures follow PolNeAR's reference scorer (shared/tools/polnear_score.py) rule for
rule, so that `quotes evaluate` and the scorer print the same numbers: a gold relation is found
when a row's content overlaps one of its content pieces by at least half of the shorter span
(among several rows, a speaker-bearing kind before a scare quote, then the largest overlap); its
speaker is right when the row's name holds the source's surname, or, for a pronoun or a
description, when the row's speaker mention overlaps the source (a pronoun also when the row's
speaker is named in the 400 characters before it). Relations without a source are not counted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from quotes.evaluate.coverage import Coverage, check_coverage
from quotes.io.brat import read_folder
from quotes.io.records import read_quotes
from quotes.naming import ANNOTATED_SOURCE_PRONOUNS

Offsets = tuple[tuple[int, int], ...]

# a quotation mark, not an apostrophe: a closing ’ is left out (Hillary’s), an opening ‘ kept
QUOTE_MARK = re.compile(r"[\"“”‘]")
# the reference scorer's speech cues: its --speech figures count relations whose cue holds one
SPEECH_WORDS = {
    "say", "said", "says", "saying", "tell", "told", "tells", "telling", "add", "added", "adding", "write",
    "wrote", "writes", "ask", "asked", "explain", "explained", "note", "noted", "argue", "argued", "claim",
    "claimed", "insist", "insisted", "warn", "warned", "declare", "declared", "state", "stated", "according",
    "announce", "announced", "continue", "continued", "recall", "recalled", "tweeted", "quipped",
}
_NOT_SURNAMES = {"jr", "sr", "mr", "mrs", "ms", "dr"}


@dataclass(frozen=True)
class GoldRelation:
    doc: str
    content: Offsets
    source: Offsets
    cue: Offsets
    source_text: str
    cue_text: str
    kind: str  # direct (the content holds a quote mark) or indirect

    @property
    def speech(self) -> bool:
        return bool(set(re.findall(r"\w+", self.cue_text.lower())) & SPEECH_WORDS)


@dataclass(frozen=True)
class Row:
    """What the scorer needs of one quotes-file row."""

    doc: str
    span: tuple[int, int]
    kind: str
    speaker: str
    mention: tuple[int, int]
    cue: tuple[int, int] | None = None


@dataclass(frozen=True)
class Figure:
    """A count over a total, printed as the reference scorer prints it: "0.00 (0/0)" for an empty
    total, where ``score.Ratio`` says "n/a" (the lines must agree character for character)."""

    hit: int
    total: int

    @property
    def value(self) -> float:
        return self.hit / (self.total or 1)

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.hit}/{self.total})"


@dataclass(frozen=True)
class KindScore:
    kind: str
    recall: Figure
    speaker: Figure


@dataclass(frozen=True)
class StageScore:
    """Precision and recall of one stage's spans, exact and overlapping (citron's measures)."""

    stage: str
    exact_p: Figure
    exact_r: Figure
    overlap_p: Figure
    overlap_r: Figure


@dataclass(frozen=True)
class BratReport:
    all_cues: tuple[KindScore, ...]
    speech_cues: tuple[KindScore, ...]
    precision: Figure
    stages: tuple[StageScore, ...]
    coverage: Coverage | None = None  # which predicted documents were scored (not part of the figures)

    def reference_line(self, speech: bool = False) -> str:
        """The reference scorer's output line, figure for figure."""
        scores = self.speech_cues if speech else self.all_cues
        parts = [f"{s.kind}: content recall {s.recall}, speaker accuracy {s.speaker}" for s in scores]
        return "; ".join(parts + [f"precision {self.precision}"])

    def to_text(self) -> str:
        lines = ["PolNeAR-style scoring (the reference scorer's rules)",
                 "  every cue:    " + self.reference_line(False),
                 "  speech cues:  " + self.reference_line(True),
                 "per stage (exact / overlapping spans):"]
        for s in self.stages:
            lines.append(f"  {s.stage:8} exact P {s.exact_p} R {s.exact_r}; overlap P {s.overlap_p} R {s.overlap_r}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        def ks(scores):
            return {s.kind: {"recall": s.recall.value, "speaker": s.speaker.value, "n": s.recall.total} for s in scores}
        return {
            "every_cue": ks(self.all_cues),
            "speech_cues": ks(self.speech_cues),
            "precision": self.precision.value,
            "stages": {s.stage: {"exact_p": s.exact_p.value, "exact_r": s.exact_r.value,
                                 "overlap_p": s.overlap_p.value, "overlap_r": s.overlap_r.value} for s in self.stages},
        }


def load_brat_gold(folder: str | Path) -> tuple[list[GoldRelation], dict[str, str]]:
    """Gold relations with a source, and each article's text, from a brat/PolNeAR folder."""
    gold, texts = [], {}
    for doc in read_folder(folder):
        texts[doc.name] = doc.text
        for a in doc.attributions:
            if not a.source:
                continue
            content = " ".join(doc.text[s:e] for s, e in a.content)
            gold.append(GoldRelation(
                doc.name, a.content, a.source, a.cue,
                " ".join(doc.text[s:e] for s, e in a.source), " ".join(doc.text[s:e] for s, e in a.cue),
                "direct" if QUOTE_MARK.search(content) else "indirect"))
    return gold, texts


def doc_key(doc_id: str) -> str:
    name = Path(doc_id).name
    return name[:-4] if name.endswith(".txt") else name


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _surname(name: str) -> str:
    words = [w for w in re.sub(r"[^\w\s-]", " ", name.lower()).split() if w not in _NOT_SURNAMES]
    return words[-1] if words else ""


def speaker_right(row: Row, g: GoldRelation, text: str) -> bool:
    name = row.speaker.strip()
    if not name:
        return False
    words = re.findall(r"[\w’'-]+", g.source_text)
    surname = _surname(re.sub(r"\b(II|III|IV)\b", " ", name))
    if surname and surname in {w.lower() for w in words}:
        return True
    pronoun = len(words) == 1 and words[0].lower() in ANNOTATED_SOURCE_PRONOUNS
    lead = [words[0]] if words and words[0].lower() not in {"the", "a", "an"} else []
    named = not pronoun and any(w[0].isupper() for w in words[1:] + lead)
    if named:
        return False
    if any(_overlap(row.mention, s) > 0 for s in g.source):
        return True
    if pronoun:
        before = text[max(0, g.source[0][0] - 400):g.source[0][0]].lower()
        last = _surname(name)
        return bool(last) and re.search(r"\b" + re.escape(last) + r"\b", before) is not None
    return False


def best_row(g: GoldRelation, rows: Sequence[Row]) -> Row | None:
    best, key = None, None
    for r in rows:
        for c in g.content:
            o = _overlap(r.span, c)
            if o > 0 and o >= 0.5 * min(r.span[1] - r.span[0], c[1] - c[0]):
                k = (r.kind != "scare", o)
                if key is None or k > key:
                    best, key = r, k
    return best


def _kind_scores(gold: Sequence[GoldRelation], rows_by_doc, texts, speech: bool) -> tuple[KindScore, ...]:
    out = []
    for kind in ("direct", "indirect"):
        items = [g for g in gold if g.kind == kind and (not speech or g.speech)]
        hit = right = 0
        for g in items:
            r = best_row(g, rows_by_doc.get(g.doc, ()))
            if r is None:
                continue
            hit += 1
            right += speaker_right(r, g, texts.get(g.doc, ""))
        out.append(KindScore(kind, Figure(hit, len(items)), Figure(right, len(items))))
    return tuple(out)


def _stage(name: str, gold_spans: dict[str, list[tuple[int, int]]], pred_spans: dict[str, list[tuple[int, int]]]) -> StageScore:
    def count(a, b, exact):
        hit = total = 0
        for doc, spans in a.items():
            others = b.get(doc, [])
            for s in spans:
                total += 1
                if exact:
                    hit += s in others
                else:
                    hit += any(_overlap(s, o) > 0 for o in others)
        return Figure(hit, total)
    gset = {d: sorted(set(v)) for d, v in gold_spans.items()}
    pset = {d: sorted(set(v)) for d, v in pred_spans.items()}
    return StageScore(name, count(pset, gset, True), count(gset, pset, True),
                      count(pset, gset, False), count(gset, pset, False))


def _whole(offsets: Offsets) -> tuple[int, int]:
    return (min(s for s, _ in offsets), max(e for _, e in offsets))


def score(gold: Sequence[GoldRelation], texts: dict[str, str], rows: Iterable[Row]) -> BratReport:
    rows_by_doc: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        rows_by_doc[r.doc].append(r)
    contents: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for g in gold:
        contents[g.doc].extend(g.content)
    total = sum(len(v) for v in rows_by_doc.values())
    good = sum(1 for d, rs in rows_by_doc.items() for r in rs if any(_overlap(r.span, c) > 0 for c in contents[d]))
    gold_stage = {"content": defaultdict(list), "source": defaultdict(list), "cue": defaultdict(list)}
    pred_stage = {"content": defaultdict(list), "source": defaultdict(list), "cue": defaultdict(list)}
    for g in gold:
        gold_stage["content"][g.doc].append(_whole(g.content))
        gold_stage["source"][g.doc].append(_whole(g.source))
        if g.cue:
            gold_stage["cue"][g.doc].append(_whole(g.cue))
    for d, rs in rows_by_doc.items():
        for r in rs:
            if r.kind == "scare":
                continue  # a scare quote claims no attribution
            pred_stage["content"][d].append(r.span)
            if r.mention[0] >= 0 and r.mention[1] > r.mention[0]:
                pred_stage["source"][d].append(r.mention)
            if r.cue is not None:
                pred_stage["cue"][d].append(r.cue)
    stages = tuple(_stage(n, gold_stage[n], pred_stage[n]) for n in ("cue", "source", "content")
                   if n != "cue" or any(pred_stage["cue"].values()))
    return BratReport(_kind_scores(gold, rows_by_doc, texts, False), _kind_scores(gold, rows_by_doc, texts, True),
                      Figure(good, total), stages)


def rows_from_quotes(path: str | Path) -> list[Row]:
    """The rows of a quotes.csv / .jsonl (the common reader), as the scorer sees them."""
    out = []
    for q in read_quotes(path):
        if q.start is None or q.end is None:
            continue
        mention = (q.speaker_start, q.speaker_end) if q.speaker_start is not None and q.speaker_end is not None else (-1, -1)
        cue = (q.cue_start, q.cue_end) if q.cue_start is not None and q.cue_end is not None else None
        out.append(Row(doc_key(q.doc_id), (q.start, q.end), q.kind, q.speaker, mention, cue))
    return out


def evaluate_brat(folder: str | Path, predictions: str | Path) -> BratReport:
    """Score a quotes file against a brat/PolNeAR folder (``text/`` + ``attributions/``, or
    ``NAME.txt`` beside ``NAME.ann``). Raises coverage.NothingToScore when no predicted document is in it."""
    gold, texts = load_brat_gold(folder)
    rows = rows_from_quotes(predictions)
    coverage = check_coverage(texts, (r.doc for r in rows), str(folder))
    return replace(score(gold, texts, rows), coverage=coverage)
