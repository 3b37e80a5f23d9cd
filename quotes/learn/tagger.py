"""The learned attribution stage: a cue tagger and a cue-conditioned span tagger (both CRFs).

citron's split, in two models: the cue tagger marks the words that report an attribution
("said", "told reporters", "according to", "accused … of", "believes") in each sentence; then,
for each cue found, the span tagger labels that sentence's tokens as the cue's SOURCE and
CONTENT, with features saying where each token lies from the cue. Both are trained on PolNeAR
train (see quotes/learn/train.py and quotes/learn/models/PROVENANCE.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from quotes.learn.features import cue_relative_features, token_features
from quotes.types import Mention, Sentence, Span, Unit

CUE_MODEL = "cue.crfsuite"
SPAN_MODEL = "span.crfsuite"
SOURCE, CONTENT, CUE = "SRC", "CON", "CUE"


@dataclass(frozen=True)
class FoundAttribution:
    """One attribution the model found in a sentence."""

    sentence: int  # index into the article's units
    cue: tuple[Span, ...]  # one span, or more for a cue in pieces
    source: Span | None
    content: tuple[Span, ...]  # the pieces in the cue's sentence; empty if none was found
    cue_tokens: tuple[int, ...]  # token indices of the cue in its sentence
    cue_probability: float = 1.0  # the cue tagger's marginal probability of its least sure cue token


def crf_models_dir() -> Path:
    """The folder of the shipped CRFs (not stanza's models: see quotes.nlp.default_models_dir)."""
    return Path(str(resources.files("quotes.learn").joinpath("models")))


def runs(labels: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """Token index ranges [i, j) labelled B-kind I-kind* (an I without a B starts a run too)."""
    found: list[tuple[int, int]] = []
    start = None
    begin, inner = f"B-{kind}", f"I-{kind}"  # once, not per label: this reads every token's label
    for i, label in enumerate(list(labels) + ["O"]):
        inside = label == begin or label == inner
        if start is not None and (not inside or label == begin):
            found.append((start, i))
            start = None
        if inside and start is None:
            start = i
    return found


def span_of(text: str, sentence: Sentence | Unit, first: int, last: int) -> Span:
    """The text from token ``first`` to token ``last - 1`` as one Span."""
    return Span.of(text, sentence.tokens[first].start, sentence.tokens[last - 1].end)


@dataclass
class AttributionTagger:
    """The two CRFs, loaded from a models folder (by default the one shipped in the package)."""

    cue: pycrfsuite.Tagger
    span: pycrfsuite.Tagger

    @classmethod
    def load(cls, folder: str | os.PathLike | None = None) -> AttributionTagger:
        folder = Path(folder) if folder else crf_models_dir()
        cue, span = pycrfsuite.Tagger(), pycrfsuite.Tagger()
        cue.open(str(folder / CUE_MODEL))
        span.open(str(folder / SPAN_MODEL))
        return cls(cue, span)

    def cues(self, base_features: list[list[bytes]]) -> list[tuple[int, int, float]]:
        """Cue token ranges with the tagger's marginal probability of their least sure token."""
        labels = self.cue.tag(base_features)
        return [(i, j, min(self.cue.marginal(labels[k], k) for k in range(i, j))) for i, j in runs(labels, CUE)]

    def spans(self, base_features, sentence: Sentence | Unit, cue: set[int], mentions: Sequence[Mention]) -> list[str]:
        return self.span.tag(cue_relative_features(base_features, sentence.tokens, cue, mentions))

    def find(self, text: str, units: Sequence[Unit], mentions: Sequence[Sequence[Mention]]) -> list[FoundAttribution]:
        """Every attribution in the article: per unit (a sentence, or the sentences a quote
        crosses), each cue with its source and content; ``mentions``: the rules' mentions per unit."""
        found = []
        for si, sentence in enumerate(units):
            base = token_features(sentence.tokens, [not u for u in sentence.usable])
            for first, last, probability in self.cues(base):
                cue = set(range(first, last))
                labels = self.spans(base, sentence, cue, mentions[si])
                sources = runs(labels, SOURCE)
                source = None
                if sources:
                    # the source nearest the cue: a second run is usually an appositive's name
                    i, j = min(sources, key=lambda r: min(abs(r[0] - first), abs(r[1] - 1 - first)))
                    source = span_of(text, sentence, i, j)
                content_runs = [_without_complementiser(sentence, run) for run in runs(labels, CONTENT)]
                if not content_runs and sources and max(j for _, j in sources) <= first:
                    content_runs = _clause_after(sentence, last)
                content = tuple(span_of(text, sentence, i, j) for i, j in content_runs)
                found.append(FoundAttribution(si, (span_of(text, sentence, first, last),), source, content,
                                              tuple(range(first, last)), round(probability, 3)))
        return found


_LEADS = {"that", ",", ":", "—", "–"}
_TRAILING = {".", ",", ";", ":", "!", "?", "”", "\"", "’", ")"}


def _clause_after(sentence: Sentence | Unit, last: int) -> list[tuple[int, int]]:
    """"The governor said Democrats are to blame …": when the span tagger marks a source but no
    content, the clause after the cue is the content (the model's most common miss)."""
    i = last
    n = len(sentence.tokens)
    while i < n and sentence.tokens[i].text.lower() in _LEADS:
        i += 1
    j = n
    while j > i and sentence.tokens[j - 1].text in _TRAILING:
        j -= 1
    return [(i, j)] if j - i >= 3 else []


def _without_complementiser(sentence: Sentence | Unit, run: tuple[int, int]) -> tuple[int, int]:
    """"told VOA that the sanctions …": the content is what follows "that"."""
    i, j = run
    if j - i > 1 and sentence.tokens[i].text.lower() == "that":
        return i + 1, j
    return run


@cache
def default_tagger() -> AttributionTagger:
    return AttributionTagger.load()


def train_crf(instances: Iterable[tuple[list[list[bytes]], list[str]]], path: str | os.PathLike, *,
              c1: float = 0.05, c2: float = 0.01, iterations: int = 150) -> None:
    """Fit one CRF with L-BFGS and elastic-net regularisation (L1 keeps the model file small)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in instances:
        trainer.append(features, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(path))
