"""Shared test set-up: the offline stanza models and the fixture articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted(FIXTURES.glob("*.txt"))

# the models live beside the project (../shared/models/stanza) unless the caller says otherwise
os.environ.setdefault("STANZA_RESOURCES_DIR", str(ROOT.parent / "shared" / "models" / "stanza"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    assert SEEDS, "fixtures/*.txt missing"
    return SEEDS
