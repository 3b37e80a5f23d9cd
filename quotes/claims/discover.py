"""Draft a codebook from the quotes themselves, for a fact-checker who has no claim list yet.

The utterances close enough to the topic are clustered (agglomerative clustering of their sentence
embeddings, cosine distance, average linkage); each cluster of at least `min_size` utterances
becomes a claim with its quotes as `supports` examples. Embeddings put "Russia did it" and "there
is no proof Russia did it" side by side, so a cluster is split by stance frame: the utterances
that deny or dismiss (quotes.claims.frames) form a cluster of their own. Utterances that assert
nothing (a wish, plan, request or question) and those off the topic are left out. A claim's label
is a short clause of its most central quote (at most LABEL_WORDS words, lead-ins such as "I think
that" removed), its statement the quote itself. The draft is meant to be edited (merge, split,
relabel, add `disputes` examples) and re-run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from quotes.claims.assign import QUOTE_WEIGHT, Utterance, utterance_frame, utterances
from quotes.claims.codebook import Claim, Codebook
from quotes.claims.records import records_from_rows
from quotes.embed import Embedder

DEFAULT_RELEVANCE = 0.45  # cosine of an utterance (with its sentence) to the topic sentence
DEFAULT_DISTANCE = 0.85  # clusters merge while their average cosine distance stays below this
LABEL_WORDS = 8
MAX_EXAMPLES = 8
STATEMENT_CHARS = 220
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each even far few for from further had has have having he her here
him his how i if in into is it its itself just more most my no nor not now of off on once only or other our out over
own same she should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your said says
""".split())


@dataclass(frozen=True)
class Cluster:
    members: tuple[Utterance, ...]
    central: Utterance
    cohesion: float  # mean cosine of the members to the cluster's centre


@dataclass(frozen=True)
class Discovery:
    codebook: Codebook
    clusters: tuple[Cluster, ...]
    on_topic: int  # utterances close enough to the topic
    unclustered: int  # on-topic utterances left in clusters smaller than min_size


def _vectors(items: list[Utterance], embedder) -> np.ndarray:
    quoted = embedder.encode([u.text for u in items])
    context = embedder.encode([u.sentence or u.text for u in items])
    weights = np.array([QUOTE_WEIGHT.get(u.kind, 0.7) for u in items], dtype=np.float32)[:, None]
    mixed = weights * quoted + (1 - weights) * context
    return mixed / np.linalg.norm(mixed, axis=1, keepdims=True)


def _slug(text: str, taken: set[str]) -> str:
    plain = re.sub(r"['’]s\b", "", text.lower())  # "Moscow’s" -> "moscow", not "moscow-s"
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if w not in STOPWORDS][:4] or ["claim"]
    slug, n = "-".join(words), 2
    while slug in taken:
        slug, n = f"{'-'.join(words)}-{n}", n + 1
    taken.add(slug)
    return slug


# openings that carry no content of the claim: "But", "I think that", "the fact is"
LEAD_INS = re.compile(
    r"^(?:(?:and|but|so|well|now|yes|no|look|frankly|of course|in fact|the fact is|i think|i believe|we think|"
    r"we believe|i don['’]t think|that)\b[\s,]*)+", re.IGNORECASE)
SUBORDINATE = re.compile(
    r"(?:as|while|whereas|although|though|since|because|if|when|unless|even as|even if|at the same time as|"
    r"despite|given)\b", re.IGNORECASE)
CLAUSE_END = re.compile(r"[.;:!?](?=\s|$)|[\u2014\u2013]|,\s|\s-\s")


def _label(text: str) -> str:
    """A short readable label: the first clause of the quote with its lead-ins removed, at most
    LABEL_WORDS words, cut after a content word and capitalised. "But I think that China holds all
    of these cards, and Russia ..." -> "China holds all of these cards"."""
    plain = " ".join(re.sub(r"[\[\]()]", "", text).split()).strip(" ,.;:\"“”‘’'")
    stripped = LEAD_INS.sub("", plain).strip(" ,") or plain
    clauses = [c.strip(" ,\"“”‘’'") for c in CLAUSE_END.split(stripped)]
    full = [c for c in clauses if len(c.split()) >= 3]
    # an opening subordinate clause ("As the top buyer of its oil, China ...") sets the scene: the main one says it
    main = [c for c in full if not SUBORDINATE.match(c)]
    clause = (main or full or clauses or [stripped])[0] or stripped
    words = clause.split()
    cut = len(words) > LABEL_WORDS
    words = words[:LABEL_WORDS]
    while cut and len(words) > 3 and words[-1].lower().strip(",") in STOPWORDS:
        words.pop()
    label = " ".join(words).strip(" ,")
    return label[:1].upper() + label[1:] + (" …" if cut else "")


def _statement(text: str) -> str:
    text = " ".join(text.split()).strip(" ,")
    return text if len(text) <= STATEMENT_CHARS else text[:STATEMENT_CHARS].rsplit(" ", 1)[0] + " …"


def _keywords(members: Iterable[Utterance], background: Counter, limit: int = 4) -> tuple[str, ...]:
    """Words frequent in the cluster and rare in the rest of the on-topic quotes."""
    counts = Counter(w for u in members for w in set(re.findall(r"[a-z][a-z-]{3,}", u.text.lower())) - STOPWORDS)
    scored = sorted(counts, key=lambda w: (-(counts[w] / (1 + background[w] - counts[w])), w))
    return tuple(w for w in scored if counts[w] >= 2)[:limit]


def discover_codebook(
    rows: Iterable[Mapping], topic: str, embedder=None, *,
    relevance: float = DEFAULT_RELEVANCE, distance: float = DEFAULT_DISTANCE, min_size: int = 2,
) -> Discovery:
    """Cluster the on-topic utterances of extracted rows into a draft codebook."""
    from sklearn.cluster import AgglomerativeClustering  # scikit-learn takes a second to import: only discover pays

    if embedder is None:
        embedder = Embedder()
    # a wish, plan, request or question asserts no claim: it drafts none
    items = [u for u in utterances(records_from_rows(rows)) if not utterance_frame(u).undecided]
    if not items:
        return Discovery(Codebook(topic=topic, claims=()), (), 0, 0)
    vectors = _vectors(items, embedder)
    relevant = np.flatnonzero(vectors @ embedder.encode([topic])[0] >= relevance)
    clusters: list[Cluster] = []
    if len(relevant) >= 2:
        # the on-topic quotes share the topic's direction; remove it so their differences decide
        centred = vectors[relevant] - vectors[relevant].mean(axis=0)
        centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-9)
        labels = AgglomerativeClustering(
            n_clusters=None, distance_threshold=distance, metric="cosine", linkage="average",
        ).fit_predict(centred)
        disputing = np.array([utterance_frame(items[i]).disputes for i in relevant])
        for label in np.unique(labels):
            # one claim and its denial are two clusters, whatever the embeddings say
            for side in (False, True):
                at = np.flatnonzero((labels == label) & (disputing == side))
                if len(at) < min_size:
                    continue
                centre = centred[at].mean(axis=0)
                closeness = centred[at] @ centre / max(float(np.linalg.norm(centre)), 1e-9)
                members = tuple(items[relevant[i]] for i in at)
                clusters.append(Cluster(members, members[int(closeness.argmax())], round(float(closeness.mean()), 4)))
    clusters.sort(key=lambda c: (-len(c.members), -c.cohesion))
    background = Counter(
        w for i in relevant for w in set(re.findall(r"[a-z][a-z-]{3,}", items[i].text.lower())) - STOPWORDS
    )
    taken: set[str] = set()
    claims = tuple(
        Claim(
            id=_slug(c.central.text, taken), label=_label(c.central.text), statement=_statement(c.central.text),
            keywords=_keywords(c.members, background),
            supports=tuple(dict.fromkeys(_statement(u.text) for u in c.members if u is not c.central))[:MAX_EXAMPLES],
        )
        for c in clusters
    )
    clustered = sum(len(c.members) for c in clusters)
    return Discovery(Codebook(topic=topic, claims=claims), tuple(clusters), len(relevant), len(relevant) - clustered)


def draft_header(discovery: Discovery, source: str) -> str:
    """The comment that opens a discovered codebook: what it is and what to do with it."""
    lines = [
        f"Draft claim codebook discovered by `quotes claims discover` from {source}:",
        f"{discovery.on_topic} on-topic utterances, {len(discovery.clusters)} clusters "
        f"({discovery.unclustered} utterances left out in clusters too small to be a claim).",
        "Each claim is one cluster, labelled from its most central quote, with its other quotes as examples.",
        "Edit it: rename ids and labels, rewrite statements as one-sentence claims, merge or delete clusters,",
        "add `disputes` examples and keywords, then run `quotes claims table QUOTES --codebook THIS -o table.xlsx`.",
        "Speakers behind each cluster:",
    ]
    for claim, cluster in zip(discovery.codebook.claims, discovery.clusters, strict=True):
        speakers = ", ".join(dict.fromkeys(u.speaker for u in cluster.members))
        lines.append(f"  {claim.id}: {speakers}")
    return "\n".join(lines)
