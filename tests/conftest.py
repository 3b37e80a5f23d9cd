"""Shared test set-up: the offline stanza models and the fixture articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = sorted(FIXTURES.glob("*.txt"))

# the models shipped in the package, unless the caller names others; set, so that a folder remembered
# by `quotes models use` in the developer's own config does not change what the tests run on
os.environ.setdefault("STANZA_RESOURCES_DIR", str(ROOT / "quotes" / "models" / "stanza"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    assert SEEDS, "fixtures/*.txt missing"
    return SEEDS


# fixtures that tests in more than one folder use (io/ and cli/, crossdoc/ and cli/)
from tests.helpers.crossdoc import link_pile  # noqa: E402, F401
from tests.helpers.inputs import bad_inputs, skipped_pile  # noqa: E402, F401
