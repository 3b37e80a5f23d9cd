"""Link a finished pile across articles: speakers, copied articles, altered quotes.

A separate pass after extraction. It needs the quote rows (read back from
quotes.csv or .jsonl) and one small signature per article, made by reading
the articles again one at a time, so no article text is held longer than it
takes to sketch it. It returns a ``Linkage`` and writes ``quotes.speakers.csv``,
``quotes.articles.csv`` and ``quotes.quote_variants.csv`` (named after the quotes
file), and the quotes file again with
its ``speaker_id``, ``variant_of`` and ``integrity`` columns filled.
"""

from __future__ import annotations

import os
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from quotes.crossdoc.duplicates import ArticleMatch, find_duplicates
from quotes.crossdoc.integrity import CHECKED_KINDS, CheckedQuote, Embed, QuoteVariant, align_copy, match_quotes
from quotes.crossdoc.signatures import ArticleSignature, article_signature
from quotes.crossdoc.speakers import MAX_LISTED, SpeakerDirectory, SpeakerIdentity, resolve_speakers
from quotes.embed import Embedder, EmbeddingModelError
from quotes.io.export import write_csv, write_rows
from quotes.io.reader import DEFAULT_MAX_BYTES, ArticleError, InputOptions, read_article, read_inputs, saved_meta
from quotes.io.records import QuoteRow, as_quote_rows, is_jsonl, is_xlsx, read_quotes
from quotes.io.side_tables import OUTPUT_NAMES, side_path
from quotes.types import ArticleMeta, SpeakerType

SPEAKER_COLUMNS = (
    "speaker_id", "name", "aliases", "speaker_type", "roles", "affiliations", "conflicts", "quotes", "articles",
    "doc_ids", "members",
)
ARTICLE_COLUMNS = (
    "doc_id", "title", "date", "outlet", "url", "words", "duplicate_of", "relation", "similarity", "text_similarity", "structure_similarity",
    "quotes_aligned", "copies",
)
VARIANT_COLUMNS = (
    "verdict", "similarity", "diff", "speaker_id", "original_speaker", "original_doc_id", "original_quote_id",
    "original_start", "original_end", "original_quote", "variant_speaker", "variant_doc_id", "variant_quote_id",
    "variant_start", "variant_end", "variant_quote", "found_by",
)


def find_side_file(quotes_path: str | os.PathLike, kind: str) -> Path | None:
    """The side table beside a quotes file: its own (quotes.articles.csv), else the shared name older
    versions wrote (articles.csv); None when there is neither."""
    for path in (side_path(quotes_path, kind), Path(quotes_path).with_name(OUTPUT_NAMES[kind])):
        if path.is_file():
            return path
    return None
ORIGINAL = "original"  # integrity of a quote that later articles repeat


@dataclass(frozen=True)
class ArticleEntry:
    """One row of articles.csv."""

    doc_id: str
    title: str
    words: int | None
    match: ArticleMatch | None  # how it copies an earlier article
    copies: tuple[str, ...] = ()  # later articles that copy it
    meta: ArticleMeta = field(default_factory=ArticleMeta)  # date, outlet, url where the source gives them


@dataclass
class Linkage:
    speakers: SpeakerDirectory
    articles: list[ArticleEntry]
    variants: list[QuoteVariant]
    _variant_of: dict[tuple[str, str], QuoteVariant] = field(default_factory=dict, repr=False)
    _originals: set[tuple[str, str]] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        for v in self.variants:
            self._variant_of[(v.variant.doc_id, v.variant.quote_id)] = v
            self._originals.add((v.original.doc_id, v.original.quote_id))

    def annotate(self, row: QuoteRow) -> QuoteRow:
        """The row with speaker_id, variant_of and integrity filled."""
        key = (row.doc_id, row.quote_id)
        variant = self._variant_of.get(key)
        return replace(
            row,
            speaker_id=self.speakers.speaker_id(row.doc_id, row.speaker, row.speaker_type or SpeakerType.UNKNOWN),
            variant_of=variant.original.quote_id if variant else "",
            integrity=variant.verdict.value if variant else (ORIGINAL if key in self._originals else ""),
        )


@dataclass(frozen=True)
class _Checked:
    """A direct or partial quote, kept until speaker ids and article order are known."""

    quote_id: str
    doc_id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str
    speaker_type: str


def _tap(rows: Iterable[QuoteRow], checked: list[_Checked], doc_order: dict[str, int]) -> Iterator[QuoteRow]:
    for row in rows:
        doc_order.setdefault(row.doc_id, len(doc_order))
        if row.kind in CHECKED_KINDS:
            checked.append(_Checked(
                row.quote_id, row.doc_id, row.kind, row.quote, row.start or 0, row.end or 0, row.speaker,
                row.speaker_type or SpeakerType.UNKNOWN,
            ))
        yield row


def link(rows: Iterable[QuoteRow | Mapping], signatures: Iterable[ArticleSignature], embed: Embed | None = None) -> Linkage:
    """Resolve speakers, find copied articles and compare their quotes. ``rows`` are quotes.csv records.

    ``embed`` (texts -> normalised vectors, see sentence_embedder) also matches reworded quotes of one speaker.
    """
    checked: list[_Checked] = []
    row_order: dict[str, int] = {}
    directory = resolve_speakers(_tap(as_quote_rows(rows), checked, row_order))
    by_doc: dict[str, list[CheckedQuote]] = {}
    order: dict[str, int] = {}

    def records_of(doc_id: str) -> list[CheckedQuote]:
        return by_doc.get(doc_id, [])

    def quote_alignment(doc_a: str, doc_b: str) -> float | None:
        a, b = records_of(doc_a), records_of(doc_b)
        if min(len(a), len(b)) < 2:
            return None
        same_speaker = [p for p in align_copy(a, b) if p[0].speaker_id == p[1].speaker_id]
        return len(same_speaker) / min(len(a), len(b))

    # article order comes from the signatures as they stream in; quotes of articles without text come after
    pending = {}
    for item in checked:
        pending.setdefault(item.doc_id, []).append(item)

    def place(doc_id: str) -> None:
        order[doc_id] = len(order)
        by_doc[doc_id] = sorted((_record(c, order[doc_id], directory) for c in pending.pop(doc_id, [])), key=lambda r: r.start)

    entries: list[ArticleEntry] = []

    def placed(signatures: Iterable[ArticleSignature]) -> Iterator[ArticleSignature]:
        for signature in signatures:
            if signature.doc_id in order:
                continue  # the same article given twice
            place(signature.doc_id)
            yield signature

    for signature, match in find_duplicates(placed(signatures), quote_alignment):
        entries.append(ArticleEntry(signature.doc_id, signature.title, signature.words, match, meta=signature.meta))
    for doc_id in sorted(row_order, key=row_order.get):
        if doc_id not in order:
            place(doc_id)
            entries.append(ArticleEntry(doc_id, "", None, None))
    entries = _with_copies(entries)
    copies = [(e.match.original, e.doc_id) for e in entries if e.match]
    variants = match_quotes((r for records in by_doc.values() for r in records), copies, embed)
    return Linkage(directory, entries, variants)


def _record(item: _Checked, doc_index: int, directory: SpeakerDirectory) -> CheckedQuote:
    speaker_id = directory.speaker_id(item.doc_id, item.speaker, item.speaker_type)
    return CheckedQuote(item.quote_id, item.doc_id, doc_index, item.kind, item.text, item.start, item.end, speaker_id, item.speaker)


def _with_copies(entries: list[ArticleEntry]) -> list[ArticleEntry]:
    copies: dict[str, list[str]] = {}
    for e in entries:
        if e.match:
            copies.setdefault(e.match.original, []).append(e.doc_id)
    return [replace(e, copies=tuple(copies.get(e.doc_id, ()))) for e in entries]


# ---- rows for the three spreadsheets -------------------------------------------------------------


def _counted(values: tuple[tuple[str, int], ...]) -> str:
    return "; ".join(f"{v} ({n})" for v, n in values)


def _listed(values: Iterable[str]) -> str:
    values = list(values)
    shown = "; ".join(values[:MAX_LISTED])
    return shown + (f"; … (+{len(values) - MAX_LISTED} more)" if len(values) > MAX_LISTED else "")


def speaker_rows(identities: Iterable[SpeakerIdentity]) -> Iterator[dict]:
    for s in identities:
        yield {
            "speaker_id": s.speaker_id, "name": s.name, "aliases": _listed(s.aliases), "speaker_type": s.type,
            "roles": _counted(s.roles), "affiliations": _counted(s.affiliations), "conflicts": _listed(s.conflicts),
            "quotes": s.quotes, "articles": len(s.articles), "doc_ids": _listed(s.articles), "members": "; ".join(s.members),
        }


def article_rows(entries: Iterable[ArticleEntry]) -> Iterator[dict]:
    for e in entries:
        m = e.match
        yield {
            "doc_id": e.doc_id, "title": e.title, "date": e.meta.date or "", "outlet": e.meta.outlet or "",
            "url": e.meta.url or "",
            "words": "" if e.words is None else e.words,
            "duplicate_of": m.original if m else "", "relation": m.relation.value if m else "",
            "similarity": m.similarity if m else "", "text_similarity": m.text_similarity if m else "",
            "structure_similarity": m.structure_similarity if m else "",
            "quotes_aligned": "" if not m or m.quotes_aligned is None else m.quotes_aligned,
            "copies": _listed(e.copies),
        }


def variant_rows(variants: Iterable[QuoteVariant]) -> Iterator[dict]:
    for v in variants:
        a, b = v.original, v.variant
        yield {
            "verdict": v.verdict.value, "similarity": v.similarity, "diff": v.diff, "speaker_id": a.speaker_id or b.speaker_id,
            "original_speaker": a.speaker, "original_doc_id": a.doc_id, "original_quote_id": a.quote_id,
            "original_start": a.start, "original_end": a.end, "original_quote": a.text,
            "variant_speaker": b.speaker, "variant_doc_id": b.doc_id, "variant_quote_id": b.quote_id,
            "variant_start": b.start, "variant_end": b.end, "variant_quote": b.text, "found_by": v.found_by,
        }


def write_outputs(linkage: Linkage, out_dir: str | os.PathLike, quotes_name: str = "quotes.csv") -> dict[str, Path]:
    """Write <stem>.speakers.csv, .articles.csv and .quote_variants.csv into ``out_dir``, named after the
    quotes file ``quotes_name``; returns their paths."""
    paths = {kind: side_path(quotes_name, kind, out_dir) for kind in OUTPUT_NAMES}
    write_csv(speaker_rows(linkage.speakers.identities), paths["speakers"], columns=SPEAKER_COLUMNS)
    write_csv(article_rows(linkage.articles), paths["articles"], columns=ARTICLE_COLUMNS)
    write_csv(variant_rows(linkage.variants), paths["variants"], columns=VARIANT_COLUMNS)
    return paths


# ---- reading the pile back -----------------------------------------------------------------------


def quotes_format(path: str | os.PathLike) -> str:
    return "jsonl" if is_jsonl(path) else "xlsx" if is_xlsx(path) else "csv"


class QuotesMismatch(ValueError):
    """The quotes file was not extracted from the articles given; the message says which do not fit."""


class QuoteFit:
    """Checks, as the articles stream past, that the quotes file's doc_ids and offsets fit them.

    Given the wrong ARTICLES (another folder, other --text-field), `quotes link` used to link
    whatever matched by doc_id and compute something else without a word. Holds one checksum
    per quoted span, not the quotes.
    """

    SHOWN = 5  # doc_ids named in the message

    def __init__(self, rows: Iterable[QuoteRow]):
        self._spans: dict[str, list[tuple[int, int, int]]] = {}
        for row in rows:
            spans = self._spans.setdefault(row.doc_id, [])
            if row.start is not None and row.end is not None:
                spans.append((row.start, row.end, zlib.crc32(row.quote.encode("utf-8", "surrogatepass"))))
        self._seen: set[str] = set()
        self._misfits: dict[str, tuple[int, int]] = {}  # doc_id -> (spans that do not fit, spans)

    def see(self, doc_id: str, text: str) -> None:
        self._seen.add(doc_id)
        spans = self._spans.get(doc_id, ())
        bad = sum(1 for start, end, crc in spans if not self._fits(text, start, end, crc))
        if bad:
            self._misfits[doc_id] = (bad, len(spans))

    @staticmethod
    def _fits(text: str, start: int, end: int, crc: int) -> bool:
        return 0 <= start <= end <= len(text) and zlib.crc32(text[start:end].encode("utf-8", "surrogatepass")) == crc

    def problems(self) -> list[str]:
        missing = [d for d in self._spans if d not in self._seen]
        found = []
        if missing:
            found.append(f"{len(missing)} doc_id(s) of the quotes file are not among the articles given ({self._named(missing)})")
        if self._misfits:
            named = [f"{d}: {bad} of {n} quote(s)" for d, (bad, n) in self._misfits.items()]
            found.append(f"{len(named)} article(s) whose text does not hold their quotes at their offsets ({self._named(named)})")
        return found

    def _named(self, items: list[str]) -> str:
        shown = ", ".join(items[: self.SHOWN])
        return shown + (f", … (+{len(items) - self.SHOWN} more)" if len(items) > self.SHOWN else "")

    def check(self) -> None:
        """Raise QuotesMismatch when the articles seen are not those the quotes were extracted from."""
        problems = self.problems()
        if problems:
            raise QuotesMismatch(
                "the quotes file does not match the articles given: " + "; ".join(problems)
                + ". Give the articles it was extracted from, read as `quotes extract` read them (same --input-format, "
                "--id-field, --text-field)"
            )


def signatures_from_paths(
    sources: Iterable[tuple[str, str | None]], max_bytes: int = DEFAULT_MAX_BYTES, warn: Callable[[str], None] | None = None
) -> Iterator[ArticleSignature]:
    """Sketch (doc_id, path) articles one at a time; an article without a path (stdin) cannot be re-read."""
    for doc_id, path in sources:
        if path is None:
            if warn:
                warn(f"{doc_id}: text not kept, so not compared with the other articles")
            continue
        try:
            article = read_article(path, doc_id, max_bytes)
        except ArticleError as exc:
            if warn:
                warn(f"{exc}; not compared with the other articles")
            continue
        yield article_signature(article.doc_id, article.text, saved_meta(path, doc_id))


def signatures_from_inputs(
    inputs: Iterable[str], options: InputOptions | int = DEFAULT_MAX_BYTES, warn: Callable[[str], None] | None = None,
    fit: QuoteFit | None = None,
) -> Iterator[ArticleSignature]:
    """Sketch the articles named as ``quotes extract`` takes them (files, folders, exports), with the same doc_ids.

    ``options`` (or the size limit alone) must be those the quotes were extracted with, or the doc_ids differ;
    ``fit`` sees every article's text, to check the quotes file against them.
    """
    for item in read_inputs(inputs, options):
        if isinstance(item, ArticleError):
            if warn:
                warn(f"skipped {item}")
            continue
        if fit is not None:
            fit.see(item.doc_id, item.text)
        yield article_signature(item.doc_id, item.text, item.meta)


@dataclass(frozen=True)
class LinkSummary:
    speakers: int
    articles: int
    relations: dict[str, int]  # relation -> number of articles
    verdicts: dict[str, int]  # verdict -> number of quote variants
    paths: dict[str, Path]

    def to_text(self) -> str:
        relations = ", ".join(f"{n} {r}" for r, n in sorted(self.relations.items())) or "no copies"
        verdicts = ", ".join(f"{n} {v}" for v, n in sorted(self.verdicts.items())) or "none"
        files = ", ".join(str(p) for p in self.paths.values())
        return f"{self.speakers} speaker(s) in {self.articles} article(s); {relations}; quote variants: {verdicts} -> {files}"


def sentence_embedder(warn: Callable[[str], None] | None = None) -> Embed:
    """An Embed that loads the sentence-embedding model (all-MiniLM-L6-v2) on first use, not before:
    most piles never need it. If the model cannot be loaded it says so once and gives None."""
    state: dict = {}

    def embed(texts: list[str]):
        if "model" not in state:
            try:
                state["model"] = Embedder()
            except EmbeddingModelError as exc:
                state["model"] = None
                if warn:
                    warn(f"reworded quotes are matched by wording only: {exc}")
        return None if state["model"] is None else state["model"].encode(texts)

    return embed


def link_files(
    quotes_path: str | os.PathLike,
    signatures: Iterable[ArticleSignature],
    out_dir: str | os.PathLike | None = None,
    annotated_path: str | os.PathLike | None = None,
    embed: Embed | None = None,
    fit: QuoteFit | None = None,
) -> LinkSummary:
    """Link the quotes file against the article signatures; write the three CSVs and the annotated quotes file.

    ``out_dir`` defaults to the quotes file's folder; ``annotated_path`` (default: the quotes file itself,
    rewritten atomically) receives the quotes with speaker_id, variant_of and integrity filled.
    ``embed`` (e.g. ``sentence_embedder()``) also matches one speaker's reworded quotes by meaning.
    ``fit``, given the articles' texts by the signatures, raises QuotesMismatch before anything is written
    when the quotes were not extracted from these articles.
    """
    quotes_path = Path(quotes_path)
    out = Path(out_dir) if out_dir is not None else quotes_path.parent
    linkage = link(read_quotes(quotes_path), signatures, embed)
    if fit is not None:
        fit.check()
    target = Path(annotated_path) if annotated_path is not None else quotes_path
    paths = write_outputs(linkage, out, target.name)
    write_rows((linkage.annotate(r).as_dict() for r in read_quotes(quotes_path)), target, quotes_format(target))
    paths["quotes"] = target
    relations = Counter(e.match.relation.value for e in linkage.articles if e.match)
    verdicts = Counter(v.verdict.value for v in linkage.variants)
    return LinkSummary(len(linkage.speakers.identities), len(linkage.articles), dict(relations), dict(verdicts), paths)

