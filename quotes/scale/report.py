"""What a run did: articles read, extracted, skipped, failed (and why), quotes written, time taken."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from quotes.io.reader import skip_kind


@dataclass(frozen=True)
class FailedArticle:
    doc_id: str
    reason: str


@dataclass(frozen=True)
class DroppedParagraphs:
    """The paragraphs of one article taken for page furniture (credit lines, repeated captions)."""

    doc_id: str
    paragraphs: int


@dataclass(frozen=True)
class RunReport:
    output: str
    engine: str
    workers: int
    read: int = 0  # inputs seen: extracted + skipped + failed
    extracted: int = 0  # articles this run extracted
    skipped: int = 0  # articles already in the output (--resume)
    failed: tuple[FailedArticle, ...] = field(default=())  # unreadable inputs and articles extraction failed on
    quotes: int = 0  # quotes found by this run
    rows: int = 0  # rows this run wrote (a split quote is two rows)
    rows_total: int = 0  # rows in the output, those of earlier runs included
    elapsed_s: float = 0.0
    completed: bool = False  # False: the run stopped early; its partial output is kept for --resume
    resumed: bool = False
    dropped: tuple[DroppedParagraphs, ...] = field(default=())  # per article with any: never dropped silently

    @property
    def articles_per_s(self) -> float:
        return self.extracted / self.elapsed_s if self.elapsed_s > 0 else 0.0

    @property
    def dropped_paragraphs(self) -> int:
        return sum(d.paragraphs for d in self.dropped)

    @property
    def failed_by_kind(self) -> dict[str, dict[str, int]]:
        """kind -> {detail: count} of the failed inputs: binary {"PDF document": 2}, empty {"": 1}, ..."""
        kinds: dict[str, Counter] = {}
        for f in self.failed:
            kind, detail = skip_kind(f.reason)
            kinds.setdefault(kind, Counter())[detail or ""] += 1
        return {kind: dict(details) for kind, details in kinds.items()}

    def _skipped_text(self) -> str:
        """ " (skipped 3 file(s): 2 binary (PDF document, PNG image), 1 empty)": the inputs that could not be
        read, by kind ("other", an article extraction failed on, is left to the count before it)."""
        parts, total = [], 0
        by_count = sorted(self.failed_by_kind.items(), key=lambda item: (-sum(item[1].values()), item[0]))
        for kind, details in by_count:
            if kind == "other":
                continue
            named = ", ".join(d + (f" ×{n}" if n > 1 else "") for d, n in sorted(details.items()) if d)
            parts.append(f"{sum(details.values())} {kind}" + (f" ({named})" if named else ""))
            total += sum(details.values())
        return f" (skipped {total} file(s): {', '.join(parts)})" if parts else ""

    def to_dict(self) -> dict:
        record = asdict(self)
        record["failed_by_kind"] = self.failed_by_kind
        record["failed"] = [asdict(f) for f in self.failed]
        record["dropped"] = [asdict(d) for d in self.dropped]
        record["dropped_paragraphs"] = self.dropped_paragraphs
        record["elapsed_s"] = round(self.elapsed_s, 3)
        record["articles_per_s"] = round(self.articles_per_s, 2)
        return record

    def to_text(self) -> str:
        parts = [f"{self.read} article(s) read: {self.extracted} extracted"]
        if self.skipped:
            parts.append(f", {self.skipped} skipped (already in the output)")
        if self.failed:
            parts.append(f", {len(self.failed)} failed{self._skipped_text()}")
        parts.append(f"; {self.quotes} quote(s) in {self.rows} row(s) -> {self.output}")
        if self.dropped:
            parts.append(
                f"; {self.dropped_paragraphs} paragraph(s) of {len(self.dropped)} article(s) dropped as page furniture"
                " (--verbose lists them)"
            )
        if self.rows_total != self.rows:
            parts.append(f" ({self.rows_total} rows in all)")
        parts.append(f"; {self.elapsed_s:.1f} s, {self.articles_per_s:.1f} articles/s ({self.engine}, {self.workers} worker(s))")
        return "".join(parts)
