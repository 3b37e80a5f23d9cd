"""The speaker-by-claim table: rows are speakers with at least one on-topic utterance, columns are
the codebook's claims, a cell is a stance the tool is sure of (or a person confirmed), the decisive
utterance cited as the article has it (quotes.claims.citation) and the quote ids behind it. Every
other likely stance is a ranked candidate (quotes.claims.draft). The long form (one row per quoted
span and claim, sure cells and candidates) keeps every score.

Writers for CSV live here; the workbook is in xlsx.py.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quotes.claims.assign import Assessment, ClaimScore, Stance, Utterance, assign_claims
from quotes.claims.citation import quotation
from quotes.claims.codebook import Codebook
from quotes.claims.draft import (
    SURENESS,
    Proposal,
    Status,
    Sureness,
    call_proposals,
    is_sure,
    offered,
    other_sides,
    ranked,
    reply_proposals,
    unassigned_proposals,
)
from quotes.claims.records import QuoteRecord, records_from_rows
from quotes.claims.speakers import Category, SpeakerProfile, build_profiles
from quotes.io.export import atomic_write, neutralise

MIXED = "mixed"
MARKS = {"supports": "✔", "disputes": "✘", "mentions": "•", MIXED: "±"}
CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}
FRAGMENT_CHARS = 160  # a cell shows at most this much of the decisive fragment
MIXED_RATIO = 0.5  # both sides present: "mixed" unless the weaker side has less than this share of weight
SPEAKER_COLUMNS = ("speaker", "category", "role", "affiliation", "speaker_type", "on_topic_quotes", "docs")
# the matrix: who (a group label such as "analysts" is one row per article, so the row names its
# articles), then one column per claim
MATRIX_SPEAKER_COLUMNS = ("speaker", "category", "role", "affiliation", "articles")
ARTICLE_COLUMNS = ("title", "outlet", "date", "url")  # the quote's article, as quotes.csv gives it
LONG_COLUMNS = (
    "speaker", "category", "speaker_articles", "claim", "claim_label", "stance", "score", "match", "quote_id",
    "group_id", "quote", "doc_id", *ARTICLE_COLUMNS, "start", "end", "kind", "sentence", "nearest_example",
    "keywords", "negated_keywords", "speaker_mention", "cue", "margin", "check", "also_in", "status", "rank",
    "evidence",
)
ARTICLES_SEPARATOR = "; "
# who put a cell in the matrix, as the exported cell says it
FILLED_BY = {Status.CONFIDENT: "· filled by the tool", Status.CONFIRMED: "· confirmed by a person",
             Status.CANDIDATE: "· candidate", Status.REJECTED: "· rejected"}


@dataclass(frozen=True)
class Evidence:
    """One quoted span behind a (speaker, claim) pair: a row of claims_long.csv."""

    speaker_key: str
    claim_id: str
    stance: Stance
    score: ClaimScore
    record: QuoteRecord
    utterance: Utterance
    also_in: tuple[str, ...] = ()  # copies of the article that repeat this quote
    status: Status = Status.CONFIDENT
    rank: int = 0  # a candidate's place among its pair's candidates, 1 first; 0 for a cell


@dataclass(frozen=True)
class Cell:
    speaker_key: str
    claim_id: str
    stance: str  # supports / disputes / mentions / mixed
    fragment: str
    decisive_ids: tuple[str, ...]  # the quote ids of the fragment's utterance
    quote_ids: tuple[str, ...]  # every quote id behind the cell
    score: float  # stance score of the decisive utterance
    match: float = 0.0  # its similarity to the claim
    cue: str = ""  # the denial or dismissal that decided it, if one did
    mention: str = ""  # the speaker as the article names them at the decisive quote
    check: bool = False  # every call behind the stance rests on a small margin
    also_in: tuple[str, ...] = ()  # copies of the article that repeat the cell's quotes
    evidence: str = ""  # the decisive utterance as the article has it (quotes.claims.citation)
    status: Status = Status.CONFIDENT
    rank: int = 0  # a candidate's place among its pair's candidates, 1 first; 0 for a cell

    @property
    def text(self) -> str:
        ids = ", ".join(self.quote_ids)
        flag = " (check)" if self.check else ""
        why = f"{self.mention}; " if self.mention else ""
        why += f"cue “{self.cue}”; " if self.cue else ""
        why += f"score {self.score:+.2f}, match {self.match:.2f}"
        copies = f"; also in {', '.join(self.also_in)}" if self.also_in else ""
        cited = self.evidence or f"“{self.fragment}”"
        return f"{MARKS[self.stance]} {self.stance}{flag}: {cited} ({why}{copies}) [{ids}] {FILLED_BY[self.status]}"


@dataclass(frozen=True)
class ClaimTable:
    codebook: Codebook
    speakers: tuple[SpeakerProfile, ...]  # the rows, experts first
    cells: Mapping[tuple[str, str], Cell]
    evidence: tuple[Evidence, ...]
    assessments: tuple[Assessment, ...]
    rows: tuple[Mapping, ...]  # the full extract, every column as read
    on_topic_counts: Mapping[str, int]
    candidates: tuple[Cell, ...] = ()  # likely stances for a person to confirm, ranked per pair

    def cell(self, speaker_key: str, claim_id: str) -> Cell | None:
        return self.cells.get((speaker_key, claim_id))

    def speaker(self, name: str) -> SpeakerProfile:
        for profile in self.speakers:
            if profile.name == name:
                return profile
        raise KeyError(name)


def build_table(
    rows: Iterable[Mapping], codebook: Codebook, embedder=None, copies: Mapping[str, str] | None = None
) -> ClaimTable:
    """The claim table of extracted rows (quotes.csv rows or quotes.io.export.quote_rows dicts).
    copies maps the doc_id of a copied, reworded or syndicated article to its original's (the
    cross-article pass writes it to articles.csv: see quotes.claims.cli.copies_beside)."""
    rows = tuple(rows)
    records = records_from_rows(rows)
    assessments = assign_claims(records, codebook, embedder)
    return table_from_assessments(rows, records, assessments, codebook, copies)


def table_from_assessments(
    rows: Sequence[Mapping], records: Sequence[QuoteRecord], assessments: Sequence[Assessment], codebook: Codebook,
    copies: Mapping[str, str] | None = None, sureness: Sureness = SURENESS,
) -> ClaimTable:
    copies = _by_doc_id(copies or {}, records)
    # a copy is not a second source: its utterances fill no cell, they show as "also in" on the original's
    sources = [a for a in assessments if a.utterance.doc_id not in copies]
    also_in = _also_in([a for a in assessments if a.utterance.doc_id in copies], sources)
    profiles = build_profiles(records, copies)
    on_topic: dict[str, int] = {}
    for assessment in sources:
        if assessment.on_topic:
            key = assessment.utterance.speaker_key
            on_topic[key] = on_topic.get(key, 0) + 1
    cells, candidates, evidence = _draft(sources, profiles, also_in, sureness)
    first_seen = {key: i for i, key in enumerate(profiles)}
    speakers = sorted(
        (profiles[key] for key in on_topic),
        key=lambda p: (CATEGORY_ORDER[p.category], -sum(1 for c in codebook.claims if (p.key, c.id) in cells),
                       first_seen[p.key]),
    )
    # evidence rows to check first (small margin), then in the order of the matrix
    row_order = {p.key: i for i, p in enumerate(speakers)}
    claim_order = {c.id: i for i, c in enumerate(codebook.claims)}
    evidence.sort(key=lambda e: (e.status is Status.CANDIDATE, not e.score.check,
                                 row_order.get(e.speaker_key, len(row_order)), claim_order[e.claim_id], e.rank))
    candidates.sort(key=lambda c: (row_order.get(c.speaker_key, len(row_order)), claim_order[c.claim_id], c.rank))
    return ClaimTable(codebook, tuple(speakers), cells, tuple(evidence), tuple(assessments), tuple(rows), on_topic,
                      tuple(candidates))


def _by_doc_id(copies: Mapping[str, str], records: Sequence[QuoteRecord]) -> dict[str, str]:
    """copies keyed by the doc_ids of the extract: articles.csv may name a file ("001.txt") where
    quotes.csv has its stem ("001")."""
    doc_ids = {r.doc_id for r in records}

    def known(name: str) -> str:
        return name if name in doc_ids else next((d for d in doc_ids if name == d or Path(name).stem == d), name)

    return {known(copy): known(original) for copy, original in copies.items() if copy}


def _also_in(copied: Sequence[Assessment], sources: Sequence[Assessment]) -> dict[str, tuple[str, ...]]:
    """original utterance id -> the copies that repeat it, aligned by the cross-article pass
    (variant_of: a copy's quote points at the original quote it rewords)."""
    utterance_of = {qid: a.utterance.id for a in sources for qid in a.quote_ids}
    found: dict[str, list[str]] = {}
    for assessment in copied:
        for record in assessment.utterance.records:
            original = utterance_of.get(record.variant_of)
            if original:
                found.setdefault(original, []).append(record.doc_id)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def _draft(
    sources: Sequence[Assessment], profiles: Mapping, also_in: Mapping[str, tuple[str, ...]], sureness: Sureness,
) -> tuple[dict[tuple[str, str], Cell], list[Cell], list[Evidence]]:
    """The sure cells, the ranked candidates, and the evidence rows of both (quotes.claims.draft)."""
    by_pair: dict[tuple[str, str], list[tuple[Assessment, ClaimScore]]] = {}
    for assessment in sources:
        for score in assessment.claims:
            by_pair.setdefault((assessment.utterance.speaker_key, score.claim_id), []).append((assessment, score))
    cells: dict[tuple[str, str], Cell] = {}
    evidence: list[Evidence] = []
    proposals: list[Proposal] = []
    for pair, items in by_pair.items():
        stance, decisive, sided = _call(items)
        if is_sure(stance, decisive, profiles.get(pair[0]), sureness):
            cells[pair] = _cell(pair, stance, items, decisive, sided, also_in)
            evidence += [Evidence(*pair, s.stance, s, r, a.utterance, also_in.get(a.utterance.id, ()))
                         for a, s in items for r in a.utterance.records]
        else:
            proposals += call_proposals(pair, stance, items, decisive)
    proposals += unassigned_proposals(sources, set(by_pair), sureness) + reply_proposals(sources, set(by_pair))
    proposals = other_sides([p for p in proposals if offered(p, profiles.get(p.speaker_key))])
    candidates = []
    for proposal, rank in ranked(proposals, len(cells), sureness, profiles):
        candidate = _candidate(proposal, rank, also_in)
        candidates.append(candidate)
        a = proposal.assessment
        evidence += [Evidence(proposal.speaker_key, proposal.claim_id, proposal.stance, proposal.score, r, a.utterance,
                              candidate.also_in, Status.CANDIDATE, rank) for r in a.utterance.records]
    return cells, candidates, evidence


def _call(items: list[tuple[Assessment, ClaimScore]]) -> tuple[str, tuple[Assessment, ClaimScore], list]:
    """The tool's call on a pair from every utterance assigned to it: the stance (mixed when both sides
    weigh alike), the decisive utterance, and the utterances on the stance's side."""
    weight = {s: sum(abs(sc.stance_score) * sc.match for _, sc in items if sc.stance is s) for s in Stance}
    supports, disputes = weight[Stance.SUPPORTS], weight[Stance.DISPUTES]
    if supports and disputes and min(supports, disputes) >= MIXED_RATIO * max(supports, disputes):
        stance, side = MIXED, (Stance.SUPPORTS if supports >= disputes else Stance.DISPUTES)
    elif supports or disputes:
        side = Stance.SUPPORTS if supports >= disputes else Stance.DISPUTES
        stance = side.value
    else:
        stance, side = Stance.MENTIONS.value, Stance.MENTIONS
    sided = [(a, s) for a, s in items if s.stance is side]
    # decisive: a call made by a cue first, then the clearest call, then the closest match to the claim
    decisive = max(sided, key=lambda item: (bool(item[1].cue), abs(item[1].stance_score) + item[1].match))
    return stance, decisive, sided


def _cell(pair: tuple[str, str], stance: str, items, decisive, sided, also_in) -> Cell:
    assessment, score = decisive
    record = assessment.utterance.records[0]
    return Cell(
        speaker_key=pair[0], claim_id=pair[1], stance=stance,
        fragment=shorten(score.fragment),
        decisive_ids=assessment.quote_ids,
        quote_ids=tuple(dict.fromkeys(qid for a, _ in items for qid in a.quote_ids)),
        score=score.stance_score,
        match=score.match,
        cue=score.cue,
        mention=record.speaker_mention or record.speaker,
        check=stance != MIXED and all(s.check for _, s in sided),
        also_in=tuple(dict.fromkeys(d for a, _ in items for d in also_in.get(a.utterance.id, ()))),
        evidence=quotation(assessment.utterance.records),
    )


def _candidate(proposal: Proposal, rank: int, also_in: Mapping[str, tuple[str, ...]]) -> Cell:
    assessment, score = proposal.assessment, proposal.score
    record = assessment.utterance.records[0]
    return Cell(
        speaker_key=proposal.speaker_key, claim_id=proposal.claim_id, stance=proposal.stance.value,
        fragment=shorten(score.fragment), decisive_ids=assessment.quote_ids, quote_ids=assessment.quote_ids,
        score=score.stance_score, match=score.match, cue=score.cue, mention=record.speaker_mention or record.speaker,
        check=score.check, also_in=also_in.get(assessment.utterance.id, ()),
        evidence=quotation(assessment.utterance.records), status=Status.CANDIDATE, rank=rank,
    )


def shorten(fragment: str, limit: int = FRAGMENT_CHARS) -> str:
    """The fragment, cut at a word boundary with an ellipsis when longer than limit."""
    text = " ".join(fragment.split()).strip(" ,")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return re.sub(r"[,;:]$", "", cut) + " …"


# --- plain tables (CSV, and the sheets of the workbook) ---------------------------------


def matrix_header(codebook: Codebook) -> list[str]:
    return [*MATRIX_SPEAKER_COLUMNS, *(c.id for c in codebook.claims)]


def articles_of(profile: SpeakerProfile) -> str:
    """The doc_ids a matrix row stands for: one for a group label ("analysts" of one article), all a
    person or body is quoted in otherwise."""
    return ARTICLES_SEPARATOR.join(profile.doc_ids)


def matrix_rows(table: ClaimTable) -> list[list[str]]:
    out = []
    for p in table.speakers:
        cells = [table.cell(p.key, c.id) for c in table.codebook.claims]
        out.append([p.name, p.category.value, p.role, p.affiliation, articles_of(p),
                     *(c.text if c else "" for c in cells)])
    return out


def speaker_rows(table: ClaimTable) -> list[list]:
    return [
        [p.name, p.category.value, p.role, p.affiliation, p.speaker_type, table.on_topic_counts.get(p.key, 0),
         " ".join(p.doc_ids)]
        for p in table.speakers
    ]


def long_rows(table: ClaimTable) -> list[dict]:
    profiles = {p.key: p for p in table.speakers}
    labels = {c.id: c.title for c in table.codebook.claims}
    out = []
    for e in table.evidence:
        profile = profiles.get(e.speaker_key)
        out.append({
            "speaker": profile.name if profile else e.record.speaker,
            "category": profile.category.value if profile else "",
            "speaker_articles": articles_of(profile) if profile else e.record.doc_id,
            "claim": e.claim_id, "claim_label": labels[e.claim_id], "stance": e.stance.value,
            "score": e.score.stance_score, "match": e.score.match,
            "quote_id": e.record.quote_id, "group_id": e.record.group_id, "quote": e.record.quote,
            "doc_id": e.record.doc_id, **{c: getattr(e.record, c) for c in ARTICLE_COLUMNS}, "start": e.record.start, "end": e.record.end, "kind": e.record.kind,
            "sentence": e.record.sentence, "nearest_example": e.score.nearest, "keywords": "; ".join(e.score.keywords),
            "negated_keywords": "; ".join(e.score.negated),
            "speaker_mention": e.record.speaker_mention, "cue": e.score.cue,
            "margin": round(abs(e.score.stance_score), 4), "check": "check" if e.score.check else "",
            "also_in": "; ".join(e.also_in), "status": e.status.value, "rank": e.rank or "",
            "evidence": quotation(e.utterance.records),
        })
    return out


def _write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence]) -> int:
    count = 0
    with atomic_write(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([v if isinstance(v, int | float) else neutralise(v) for v in row])
            count += 1
    return count


def write_matrix_csv(table: ClaimTable, path: str | Path) -> int:
    return _write_csv(path, matrix_header(table.codebook), matrix_rows(table))


def write_long_csv(table: ClaimTable, path: str | Path) -> int:
    rows = long_rows(table)
    return _write_csv(path, LONG_COLUMNS, ([r[c] if r[c] is not None else "" for c in LONG_COLUMNS] for r in rows))


LONG_NAME = "claims_long.csv"
