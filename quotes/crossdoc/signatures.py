"""A small fingerprint of each article, so a pile is compared without keeping its texts.

Two MinHash sketches (datasketch) per article, 128 numbers each:

* ``text``: the article's word 3-grams. Copies that keep the wording (wire
  copies, syndicated versions, trimmed reprints) share most of them.
* ``skeleton``: 3-grams of its capitalised words and numbers only ("Vladimir
  Putin Chinese", "Xi Jinping October"). A machine-reworded copy swaps
  ordinary words for synonyms but keeps the names, places and dates in their
  order, so it keeps its skeleton while losing its word 3-grams; two outlets
  covering one story mention the same names in different orders and share
  almost no skeleton 3-grams.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass, field

from datasketch import LeanMinHash, MinHash

from quotes.crossdoc.textnorm import fold
from quotes.types import ArticleMeta

NUM_PERM = 128
TEXT_NGRAM = 3
SKELETON_NGRAM = 3
TITLE_CHARS = 200
_TOKEN = re.compile(r"\w+(?:['’.]\w+)*")


@dataclass(frozen=True, eq=False)
class ArticleSignature:
    doc_id: str
    title: str  # the source's title (a page's, an export's), else the first line
    words: int
    digest: str  # of the folded words: equal digests are the same text up to typography and spacing
    text: LeanMinHash
    text_ngrams: int  # distinct word 3-grams, to turn a Jaccard estimate into containment
    skeleton: LeanMinHash
    skeleton_ngrams: int
    meta: ArticleMeta = field(default_factory=ArticleMeta)  # title, date, outlet, url where the source gives them


def _hash32(data: bytes) -> int:
    return zlib.crc32(data)  # C speed; datasketch's universal permutations do the mixing


def _sketch(ngrams: set[str]) -> LeanMinHash:
    sketch = MinHash(num_perm=NUM_PERM, hashfunc=_hash32)
    sketch.update_batch([g.encode("utf-8") for g in ngrams])
    return LeanMinHash(sketch)


def _ngrams(tokens: list[str], n: int) -> set[str]:
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def _title(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return " ".join(line.split())[:TITLE_CHARS]
    return ""


def article_signature(doc_id: str, text: str, meta: ArticleMeta | None = None) -> ArticleSignature:
    tokens = _TOKEN.findall(text.replace("’", "'"))
    folded = [t.casefold() for t in tokens]
    skeleton = [t for t in tokens if t[0].isupper() or t[0].isdigit()]
    text_ngrams = _ngrams(folded, TEXT_NGRAM)
    skeleton_ngrams = _ngrams(skeleton, SKELETON_NGRAM)
    digest = hashlib.blake2b(fold(" ".join(folded)).encode("utf-8"), digest_size=16).hexdigest()
    return ArticleSignature(
        doc_id=doc_id,
        title=(meta.title if meta and meta.title else _title(text))[:TITLE_CHARS],
        words=len(tokens),
        digest=digest,
        text=_sketch(text_ngrams),
        text_ngrams=len(text_ngrams),
        skeleton=_sketch(skeleton_ngrams),
        skeleton_ngrams=len(skeleton_ngrams),
        meta=meta or ArticleMeta(),
    )
