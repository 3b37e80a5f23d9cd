"""Quote integrity: find the same utterance in several articles and say how its wording differs.

Three ways to find a pair. In an article that copies another (a wire copy, a
machine-reworded copy) the quotes come in the same order, so the two lists are
aligned like two sequences and even a heavily reworded quote finds its
original. Anywhere else a pair needs the same speaker and close wording, or one
quote being an exact stretch of the other (a partial quote of a longer one), or,
when an embedding function is given, the same speaker and the same meaning in
other words (sentence embeddings), for rewordings outside a recognised copy.

The verdict compares the two quotes word by word: differences that are only
[bracketed] or (parenthesised) insertions, an ellipsis, or words cut at either
end are a fair edit; any other changed word is altered wording.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from rapidfuzz import fuzz, process

from quotes.crossdoc.textnorm import Piece, fold_quote, piece_keys, pieces, squash, words

CHECKED_KINDS = ("direct", "partial")  # the speaker's own words; reported speech and scare quotes are the writer's
MATCH_SIMILARITY = 0.72  # same speaker, different articles not copies of each other: this close or closer
ALIGN_SAME_SPEAKER = 0.3  # in a copied article, same speaker at the same place in the sequence
ALIGN_OTHER_SPEAKER = 0.6  # in a copied article, where the copy renamed the speaker too
MIN_CONTAINED_WORDS = 3  # "China," inside a longer quote is no evidence of anything
RARE_WORD_QUOTES = 64  # a word in more of one speaker's quotes than this says nothing about which two match
SAME_SPEAKER_BONUS = 0.25
# Same speaker, reworded: on the seeds, the 21 quotes of the reworded copy 001 and their originals in 000
# have embedding cosines of 0.81-1.00 (8 of them under MATCH_SIMILARITY in wording), while 83 pairs of one
# speaker's different quotes in different articles reach at most 0.72 (all-MiniLM-L6-v2).
SAME_MEANING = 0.80
MEANING_FLOOR = 0.35  # wording less alike than this is not worth embedding

Embed = Callable[[list[str]], "object | None"]  # texts -> L2-normalised vectors (a numpy array), or None if unavailable


class Verdict(StrEnum):
    IDENTICAL = "identical"
    EDITED = "trimmed or bracketed edit"
    ALTERED = "altered wording"


@dataclass(frozen=True)
class CheckedQuote:
    """What integrity checking needs of one row of quotes.csv."""

    quote_id: str
    doc_id: str
    doc_index: int  # the article's place in the pile: the earlier article holds the original
    kind: str
    text: str
    start: int
    end: int
    speaker_id: str
    speaker: str


@dataclass(frozen=True)
class Comparison:
    similarity: float
    verdict: Verdict
    diff: str


@dataclass(frozen=True)
class QuoteVariant:
    """``variant`` is the later article's version of ``original``."""

    original: CheckedQuote
    variant: CheckedQuote
    similarity: float
    verdict: Verdict
    diff: str
    found_by: str  # "aligned copy", "same speaker" or "same speaker, same meaning (cosine)"


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "'"  # "can" is not a stretch of "can't"


def _contains(longer: str, shorter: str) -> bool:
    """``shorter`` is a run of whole words of ``longer`` (both folded)."""
    if not shorter or len(shorter) > len(longer):
        return False
    at = longer.find(shorter)
    while at >= 0:
        end = at + len(shorter)
        if (at == 0 or not _word_char(longer[at - 1])) and (end == len(longer) or not _word_char(longer[end])):
            return True
        at = longer.find(shorter, at + 1)
    return False


def contained(a: str, b: str, min_words: int = 1) -> bool:
    """One quote is an exact stretch of the other, with at least ``min_words`` words."""
    fa, fb = fold_quote(a), fold_quote(b)
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return len(short.split()) >= min_words and _contains(long_, short)


def similarity(a: str, b: str) -> float:
    """0-1: the mean of character-level and word-level similarity; 1 when one is a stretch of the other."""
    if contained(a, b):
        return 1.0
    char = fuzz.ratio(fold_quote(a), fold_quote(b)) / 100
    word = fuzz.ratio(piece_keys(a), piece_keys(b)) / 100
    return round((char + word) / 2, 3)


def _marked(segment: Sequence[Piece]) -> bool:
    return bool(segment) and all(p.editorial or p.ellipsis for p in segment)


def _opcodes(pa: Sequence[Piece], pb: Sequence[Piece]):
    return SequenceMatcher(None, [p.key for p in pa], [p.key for p in pb], autojunk=False).get_opcodes()


def _squashed(run: Sequence[Piece]) -> str:
    return squash(" ".join(p.surface for p in run))


def _typography_only(a: Sequence[Piece], b: Sequence[Piece]) -> bool:
    """The two runs hold the same letters and digits: spacing, hyphens, dots or marks differ ("2.6million")."""
    return _squashed(a) == _squashed(b)


def _cut_run(a: Sequence[Piece], b: Sequence[Piece], at_end: bool) -> bool:
    """One run is the other's first (at the end of the quote) or last (at its start) whole words, typography aside."""
    short, long_ = (a, b) if len(_squashed(a)) <= len(_squashed(b)) else (b, a)
    target = _squashed(short)
    for k in range(1, len(long_)):
        part = long_[:k] if at_end else long_[len(long_) - k :]
        if _squashed(part) == target:
            return True
    return False


def verdict(original: str, variant: str) -> Verdict:
    if contained(original, variant) or squash(original) == squash(variant):
        return Verdict.IDENTICAL  # typography and spacing are not wording
    pa, pb = pieces(original), pieces(variant)
    edited = False
    for tag, i1, i2, j1, j2 in _opcodes(pa, pb):
        if tag == "equal" or _typography_only(pa[i1:i2], pb[j1:j2]):
            continue
        if _marked(pa[i1:i2]) or _marked(pb[j1:j2]):
            edited = True  # a bracket standing in for words, or an ellipsis for words left out
            continue
        at_start, at_end = i1 == 0 and j1 == 0, i2 == len(pa) and j2 == len(pb)
        if (i1 == i2 or j1 == j2) and (at_start or at_end):
            edited = True  # words cut at the start or the end
            continue
        if (at_start or at_end) and _cut_run(pa[i1:i2], pb[j1:j2], at_end):
            edited = True  # cut at the edge, with typography changed where the cut is ("2.6million and more")
            continue
        return Verdict.ALTERED
    return Verdict.EDITED if edited else Verdict.IDENTICAL


def word_diff(original: str, variant: str) -> str:
    """The changed words with one word of context: “They’ll complain” → “They’re going to complain”."""
    pa, pb = pieces(original), pieces(variant)
    changes = []
    for tag, i1, i2, j1, j2 in _opcodes(pa, pb):
        if tag == "equal" or _typography_only(pa[i1:i2], pb[j1:j2]):
            continue
        old = " ".join(p.surface for p in pa[max(i1 - 1, 0) : i2 + 1])
        new = " ".join(p.surface for p in pb[max(j1 - 1, 0) : j2 + 1])
        changes.append(f"“{old}” → “{new}”")
    return " | ".join(changes)


def compare(original: str, variant: str) -> Comparison:
    return Comparison(similarity(original, variant), verdict(original, variant), word_diff(original, variant))


def _acceptable(a: CheckedQuote, b: CheckedQuote, sim: float) -> bool:
    floor = ALIGN_SAME_SPEAKER if a.speaker_id == b.speaker_id else ALIGN_OTHER_SPEAKER
    return sim >= floor


def align_copy(original: Sequence[CheckedQuote], copy: Sequence[CheckedQuote]) -> list[tuple[CheckedQuote, CheckedQuote]]:
    """Pairs of corresponding quotes of an article and its copy, in order (a weighted longest common subsequence)."""
    n, m = len(original), len(copy)
    if not n or not m:
        return []
    # the character ratio is cheap (C); the full similarity only where it could pass
    quick = process.cdist([fold_quote(q.text) for q in original], [fold_quote(q.text) for q in copy], scorer=fuzz.ratio)
    score = [[0.0] * m for _ in range(n)]
    for i, a in enumerate(original):
        for j, b in enumerate(copy):
            if quick[i][j] < 100 * ALIGN_SAME_SPEAKER / 2 and not contained(a.text, b.text, MIN_CONTAINED_WORDS):
                continue
            sim = similarity(a.text, b.text)
            if _acceptable(a, b, sim):
                score[i][j] = sim + (SAME_SPEAKER_BONUS if a.speaker_id == b.speaker_id else 0.0)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = best[i + 1][j + 1] + score[i][j] if score[i][j] else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if score[i][j] and best[i][j] == best[i + 1][j + 1] + score[i][j]:
            pairs.append((original[i], copy[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _speaker_candidates(records: Sequence[CheckedQuote]) -> Iterable[tuple[CheckedQuote, CheckedQuote]]:
    """Pairs of one speaker's quotes in different articles that share a word rare among this speaker's quotes.

    An inverted index instead of all pairs, so a speaker quoted thousands of times costs thousands of
    comparisons, not millions.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        for word in {w for w in words(r.text) if len(w) > 2}:
            postings[word].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) <= RARE_WORD_QUOTES:
            pairs.update((ids[x], ids[y]) for x in range(len(ids)) for y in range(x + 1, len(ids)))
    for i, j in sorted(pairs):
        if records[i].doc_id != records[j].doc_id:
            yield records[i], records[j]


def _same_meaning(pairs: list[tuple[CheckedQuote, CheckedQuote]], embed: Embed) -> Iterable[tuple[CheckedQuote, CheckedQuote, float]]:
    """The pairs whose embeddings are SAME_MEANING or closer, with their cosine; each text embedded once."""
    texts = list(dict.fromkeys(t for a, b in pairs for t in (a.text, b.text)))
    vectors = embed(texts)
    if vectors is None:
        return
    at = {t: i for i, t in enumerate(texts)}
    for a, b in pairs:
        cosine = float(vectors[at[a.text]] @ vectors[at[b.text]])
        if cosine >= SAME_MEANING:
            yield a, b, cosine


def _oriented(a: CheckedQuote, b: CheckedQuote) -> tuple[CheckedQuote, CheckedQuote]:
    return (a, b) if (a.doc_index, a.start) <= (b.doc_index, b.start) else (b, a)


def match_quotes(
    records: Iterable[CheckedQuote], copies: Iterable[tuple[str, str]] = (), embed: Embed | None = None
) -> list[QuoteVariant]:
    """Every quote's closest version in an earlier article: one QuoteVariant per quote that has one.

    ``copies`` are (original doc_id, copy doc_id) pairs of related articles, whose quotes are aligned in order.
    ``embed`` (texts -> normalised vectors) also pairs one speaker's quotes that say the same in other words.
    """
    by_doc: dict[str, list[CheckedQuote]] = defaultdict(list)
    by_speaker: dict[str, list[CheckedQuote]] = defaultdict(list)
    for r in records:
        if r.kind not in CHECKED_KINDS:
            continue
        by_doc[r.doc_id].append(r)
        if r.speaker_id:
            by_speaker[r.speaker_id].append(r)
    found: dict[tuple[str, str], tuple[CheckedQuote, CheckedQuote, str]] = {}
    for original_doc, copy_doc in copies:
        for a, b in align_copy(_in_order(by_doc.get(original_doc, [])), _in_order(by_doc.get(copy_doc, []))):
            a, b = _oriented(a, b)
            found[(a.quote_id, b.quote_id)] = (a, b, "aligned copy")
    reworded: list[tuple[CheckedQuote, CheckedQuote]] = []
    for group in by_speaker.values():
        if len({r.doc_id for r in group}) < 2:
            continue
        for a, b in _speaker_candidates(group):
            a, b = _oriented(a, b)
            if (a.quote_id, b.quote_id) in found:
                continue
            if contained(a.text, b.text, MIN_CONTAINED_WORDS) or (sim := similarity(a.text, b.text)) >= MATCH_SIMILARITY:
                found[(a.quote_id, b.quote_id)] = (a, b, "same speaker")
            elif embed is not None and sim >= MEANING_FLOOR:
                reworded.append((a, b))
    if reworded:
        for a, b, cosine in _same_meaning(reworded, embed):
            found[(a.quote_id, b.quote_id)] = (a, b, f"same speaker, same meaning ({cosine:.2f})")
    return _closest_originals(found.values())


def _in_order(records: list[CheckedQuote]) -> list[CheckedQuote]:
    return sorted(records, key=lambda r: r.start)


def _closest_originals(pairs: Iterable[tuple[CheckedQuote, CheckedQuote, str]]) -> list[QuoteVariant]:
    """For each later quote keep the earlier version closest to it; ties go to the earliest article."""
    best: dict[str, QuoteVariant] = {}
    for a, b, how in pairs:
        if a.doc_id == b.doc_id:
            continue
        c = compare(a.text, b.text)
        candidate = QuoteVariant(a, b, c.similarity, c.verdict, c.diff, how)
        current = best.get(b.quote_id)
        if current is None or _rank(candidate) > _rank(current):
            best[b.quote_id] = candidate
    return sorted(best.values(), key=lambda v: (v.variant.doc_index, v.variant.start, v.variant.quote_id))


def _rank(v: QuoteVariant) -> tuple:
    # an original that covers the whole variant first: a fragment quoted elsewhere is "identical" to any quote
    # containing it, and must not hide how the rest of that quote differs from the full original
    covers = len(fold_quote(v.original.text)) >= 0.8 * len(fold_quote(v.variant.text))
    return (v.found_by == "aligned copy", covers, v.similarity, -v.original.doc_index, -v.original.start)
