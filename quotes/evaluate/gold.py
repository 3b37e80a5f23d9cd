"""The gold annotations in ``fixtures/gold``: their format (``fixtures/gold/README.md``), loaded and checked.

One JSON file per article: every quotation with its character offsets, kind, speaker and, where
the article gives them, role, affiliation, cue and medium. Loading checks each span against the
article text when the texts are given. Standard library only.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from quotes.evaluate.coverage import NothingToScore
from quotes.io.records import read_quotes
from quotes.types import SpeakerType

KINDS = ("direct", "partial", "scare", "indirect")
MARKED = frozenset({"direct", "partial", "scare"})
SPEAKER_TYPES = frozenset({SpeakerType.PERSON, SpeakerType.ORGANISATION, SpeakerType.GROUP})
_OPTIONAL_GOLD = ("group", "speaker_type", "role", "affiliation", "cue", "medium", "note")


class GoldFormatError(ValueError):
    """A gold file is malformed; the message names the file and the problem."""


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
    A ``.csv`` is read as the corrected export of ``quotes review`` (``load_corrected_gold``).
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":  # a corrected export of `quotes review`: its fully checked articles
        return load_corrected_gold(path, texts_dir)
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    gold: dict[str, list[GoldQuote]] = {}
    for f in files:
        doc_id, quotes = _load_gold_file(f, Path(texts_dir) if texts_dir is not None else None)
        if doc_id in gold:
            raise GoldFormatError(f"{f}: doc_id {doc_id} already loaded from another file")
        gold[doc_id] = quotes
    return gold


def load_corrected_gold(path: str | Path, texts_dir: str | Path | None = None) -> dict:
    """doc_id -> [GoldQuote] of the fully checked articles of a corrected export
    (``quotes review OUT --export corrected.csv``).

    An article enters the gold only when every one of its rows is checked (accepted, corrected or
    "not a quote"): a half-checked article would count the unchecked rows as truth. Rows marked
    "not a quote" are left out; a scare quote has no speaker, as in the gold format."""
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for record in read_quotes(path):
        row = {k: "" if v is None else str(v) for k, v in {**record.as_dict(), **dict(record.extra)}.items()}
        by_doc[row["doc_id"]].append(row)
    gold = {}
    for doc_id, rows in by_doc.items():
        if not all(r.get("checked") for r in rows):
            continue
        quotes = []
        for r in rows:
            if r["checked"] == "not a quote":
                continue
            try:
                start, end = int(r["start"]), int(r["end"])
                mention = None
                if r.get("speaker_start") and r.get("speaker_end") and r.get("speaker_mention"):
                    mention = GoldSpan(int(r["speaker_start"]), int(r["speaker_end"]), r["speaker_mention"])
            except ValueError as exc:
                raise GoldFormatError(f"{path}: {r.get('quote_id')}: {exc}") from exc
            scare = r["kind"] == "scare"
            quotes.append(GoldQuote(
                doc_id=doc_id, id=r["quote_id"], kind=r["kind"], spans=(GoldSpan(start, end, r["quote"]),),
                speaker=None if scare else (r["speaker"] or None), group=r.get("group_id") or None,
                speaker_type=None if scare else (r.get("speaker_type") or None), mention=None if scare else mention,
                role=r.get("role") or None, affiliation=r.get("affiliation") or None, cue=r.get("cue") or None,
                medium=r.get("medium") or None,
            ))
        if texts_dir is not None:
            _check_text(Path(path), {"doc_id": doc_id}, quotes, Path(texts_dir))
        gold[doc_id] = quotes
    if by_doc and not gold:
        checked = sum(1 for rows in by_doc.values() for r in rows if r.get("checked"))
        total = sum(len(rows) for rows in by_doc.values())
        raise NothingToScore(
            f"nothing to score: no article of {path} is fully checked ({checked} of {total} rows checked, "
            f"in {len(by_doc)} articles); an article is gold only once every one of its quotes is checked in `quotes review`")
    return gold
