"""Near-duplicate articles: which article copies which, and how.

Articles arrive one at a time (input order stands for publication order: the
earlier one is the original). Each is looked up in two MinHash LSH indexes
(datasketch), then added to them, so the cost per article stays flat as the
pile grows; only the few candidates the indexes return are compared. One
index holds the skeleton sketch of ``signatures.py``, which every kind of copy
keeps; the other the wording sketch, with fewer bands (it only needs to catch
the close wording of syndicated copies, whose skeleton Jaccard a trimmed copy
can bring down). The indexes dominate the memory, about 300 bytes per band
per article, hence the band counts below. Exact copies are caught by a digest
first and never enter the indexes.

A candidate pair is classified:

* exact duplicate: the same words (digest), or word 3-gram Jaccard >= 0.9;
* same story syndicated: one shares most of its word 3-grams with the other
  (containment >= 0.6): a wire copy, trimmed or lightly edited;
* reworded copy: few shared 3-grams but the same skeleton of names, numbers
  and places in the same order (skeleton Jaccard >= 0.25) and, where both
  articles have quotes, most quotes corresponding one to one in order
  (``quote_alignment`` >= 0.5): the structure of a copy without its wording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
from datasketch import MinHashLSH

from quotes.crossdoc.signatures import NUM_PERM, ArticleSignature

EXACT_JACCARD = 0.9
SYNDICATED_CONTAINMENT = 0.6
REWORDED_SKELETON = 0.25
REWORDED_QUOTES = 0.5
MIN_NGRAMS = 20  # a few lines share too little to call one a copy of the other
SKELETON_BANDS = (42, 3)  # 42 bands of 3 hashes: a candidate ~70% of the time at Jaccard 0.3, ~94% at 0.4, 0.004% at 0.01
TEXT_BANDS = (20, 3)  # ~74% at Jaccard 0.4, ~93% at 0.5, ~98% at 0.57
MAX_VERIFIED = 20  # candidates fully compared per article, the closest by estimated Jaccard


class Relation(StrEnum):
    EXACT = "exact duplicate"
    SYNDICATED = "same story syndicated"
    REWORDED = "reworded copy"


_STRENGTH = {Relation.EXACT: 3, Relation.SYNDICATED: 2, Relation.REWORDED: 1}

# (doc_a, doc_b) -> share of the shorter article's quotes that correspond in order, or None without quotes
QuoteAlignment = Callable[[str, str], "float | None"]


@dataclass(frozen=True)
class ArticleMatch:
    """``copy`` is a later article related to ``original``."""

    original: str
    copy: str
    relation: Relation
    similarity: float  # the measure that decided the relation
    text_similarity: float  # word 3-gram Jaccard (estimated)
    structure_similarity: float  # skeleton 3-gram Jaccard (estimated)
    quotes_aligned: float | None


def _jaccard(a, b) -> float:
    return float(np.count_nonzero(a.hashvalues == b.hashvalues)) / NUM_PERM


def _containment(jaccard: float, n_a: int, n_b: int) -> float:
    """|A ∩ B| / min(|A|, |B|) from the Jaccard estimate and the set sizes."""
    if not n_a or not n_b:
        return 0.0
    return min(1.0, jaccard * (n_a + n_b) / (1 + jaccard) / min(n_a, n_b))


def classify(a: ArticleSignature, b: ArticleSignature, quote_alignment: QuoteAlignment | None = None) -> ArticleMatch | None:
    """How ``b`` relates to the earlier ``a``, or None when it is not a copy of it."""
    if a.digest == b.digest:
        return ArticleMatch(a.doc_id, b.doc_id, Relation.EXACT, 1.0, 1.0, 1.0, None)
    if min(a.text_ngrams, b.text_ngrams) < MIN_NGRAMS:
        return None
    text = round(_jaccard(a.text, b.text), 3)
    skeleton = round(_jaccard(a.skeleton, b.skeleton), 3)
    match = lambda relation, sim, aligned=None: ArticleMatch(a.doc_id, b.doc_id, relation, sim, text, skeleton, aligned)  # noqa: E731
    if text >= EXACT_JACCARD:
        return match(Relation.EXACT, text)
    containment = round(_containment(text, a.text_ngrams, b.text_ngrams), 3)
    if containment >= SYNDICATED_CONTAINMENT:
        return match(Relation.SYNDICATED, containment)
    if skeleton < REWORDED_SKELETON or min(a.skeleton_ngrams, b.skeleton_ngrams) < MIN_NGRAMS:
        return None
    aligned = quote_alignment(a.doc_id, b.doc_id) if quote_alignment else None
    if aligned is not None and aligned < REWORDED_QUOTES:
        return None
    return match(Relation.REWORDED, skeleton, None if aligned is None else round(aligned, 3))


class DuplicateFinder:
    """Feed signatures in pile order with ``add``; each returns the article's best match among earlier ones."""

    def __init__(self, quote_alignment: QuoteAlignment | None = None):
        self.quote_alignment = quote_alignment
        self._skeleton = MinHashLSH(num_perm=NUM_PERM, params=SKELETON_BANDS)
        self._text = MinHashLSH(num_perm=NUM_PERM, params=TEXT_BANDS)
        self._by_digest: dict[str, ArticleSignature] = {}
        self._indexed: dict[str, ArticleSignature] = {}
        self.last_candidates = 0  # how many articles the indexes offered for the last one added (for benchmarks)

    def add(self, signature: ArticleSignature) -> ArticleMatch | None:
        first = self._by_digest.get(signature.digest)
        if first is not None:
            return classify(first, signature)
        self._by_digest[signature.digest] = signature
        best = self._best(signature)
        if signature.text_ngrams >= MIN_NGRAMS and signature.doc_id not in self._indexed:
            self._text.insert(signature.doc_id, signature.text)
            if signature.skeleton_ngrams >= MIN_NGRAMS:
                self._skeleton.insert(signature.doc_id, signature.skeleton)
            self._indexed[signature.doc_id] = signature
        return best

    def _best(self, signature: ArticleSignature) -> ArticleMatch | None:
        self.last_candidates = 0
        if signature.text_ngrams < MIN_NGRAMS or not self._indexed:
            return None
        keys = set(self._text.query(signature.text)) | set(self._skeleton.query(signature.skeleton))
        self.last_candidates = len(keys)
        candidates = [self._indexed[k] for k in keys]
        closest = sorted(
            candidates,
            key=lambda c: (-max(_jaccard(c.text, signature.text), _jaccard(c.skeleton, signature.skeleton)), c.doc_id),
        )[:MAX_VERIFIED]
        matches = [m for m in (classify(c, signature, self.quote_alignment) for c in closest) if m]
        return max(matches, key=lambda m: (_STRENGTH[m.relation], m.similarity), default=None)


def find_duplicates(
    signatures: Iterable[ArticleSignature], quote_alignment: QuoteAlignment | None = None
) -> Iterator[tuple[ArticleSignature, ArticleMatch | None]]:
    """Each signature with its best match among the earlier ones (None for an original)."""
    finder = DuplicateFinder(quote_alignment)
    for signature in signatures:
        yield signature, finder.add(signature)
