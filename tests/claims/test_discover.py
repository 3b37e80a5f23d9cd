"""quotes.claims.discover: discovered claim labels and clusters, denials kept apart."""

from __future__ import annotations

import re

import numpy as np
import pytest

from quotes.claims.discover import _label, discover_codebook
from tests.helpers.claims import _utterance_row


class CuesBagOfWords:
    """A stand-in embedder: counts of a few words, so a claim and its denial look alike."""

    VOCAB = ("dam", "fail", "winter", "bakery", "june")

    def encode(self, texts):
        rows = [[len(re.findall(rf"\b{w}\b", t.lower())) + 0.01 * (i + 1) for i, w in enumerate(self.VOCAB)]
                for t in texts]
        vectors = np.array(rows, dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@pytest.mark.parametrize(("text", "label"), [
    ("But I think that the dam will hold for another fifty years, whatever they say", "The dam will hold for another fifty years"),
    ("(The) repairs are running millions over budget,", "The repairs are running millions over budget"),
    ("They’ll complain [about the U.S.], and they’ll stick to their talking points,", "They’ll complain about the U.S."),
    ("Yes, the spillway is fine.", "The spillway is fine"),
    ("rigged", "Rigged"),
    ("As the largest buyer of its concrete, the county has kept the dam company afloat", "The county has kept the dam company afloat"),
    ("While the dam is old, it is safe", "It is safe"),
])
def test_discovered_labels_are_short_clauses(text, label):
    assert _label(text) == label
    assert len(label.removesuffix(" …").split()) <= 8


def test_discover_keeps_denials_apart_and_leaves_wishes_and_off_topic_out():
    rows = [
        _utterance_row(1, "Ana Silva", "The dam will fail this winter"),
        _utterance_row(2, "Tom Reyes", "The dam will fail before winter"),
        _utterance_row(3, "Bo Kim", "There is no evidence the dam will fail"),
        _utterance_row(4, "Lee Park", "The claim that the dam will fail is nonsense"),
        _utterance_row(5, "the council", "the dam will not fail this winter", "indirect", "hopes"),
        _utterance_row(6, "the mayor", "whether the dam will fail", "indirect", "asked"),
        _utterance_row(7, "Jo Baker", "The bakery opens in June"),
        _utterance_row(8, "Al Baker", "The new bakery opens in June"),
    ]
    # distance 2: the embeddings alone would put every on-topic quote in one cluster
    found = discover_codebook(rows, "the dam", CuesBagOfWords(), relevance=0.3, distance=2.0)
    speakers = [sorted(u.speaker for u in c.members) for c in found.clusters]
    assert sorted(speakers) == [["Ana Silva", "Tom Reyes"], ["Bo Kim", "Lee Park"]]
    assert found.on_topic == 4  # the wish and the question assert nothing; the bakery is off the topic
    assert all(len(c.label.removesuffix(" …").split()) <= 8 for c in found.codebook.claims)
