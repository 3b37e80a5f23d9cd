"""The stanza models ship inside the package: a fresh clone or install extracts with nothing beside it,
and --models, $STANZA_RESOURCES_DIR and `quotes models use` still choose others (in that order)."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quotes import nlp
from quotes.config import remember_models_dir

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "quotes" / "models" / "stanza"


def test_shipped_models_are_where_the_package_looks():
    assert nlp.SHIPPED_MODELS == SHIPPED
    assert nlp.check_models(SHIPPED) == SHIPPED
    assert all(status.installed for status in nlp.model_status(SHIPPED))


def test_shipped_models_match_their_provenance():
    """PROVENANCE.md's sha256 are the files' own, and resources.json lists exactly the files that ship."""
    provenance = (SHIPPED / "PROVENANCE.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+)`[^|]*\| [^|]* \| `([0-9a-f]{64})` \|$", provenance, re.MULTILINE))
    shipped = {p.relative_to(SHIPPED).as_posix() for p in SHIPPED.rglob("*.pt")}
    assert set(listed) == shipped | {"resources.json"}
    for name, digest in listed.items():
        assert hashlib.sha256((SHIPPED / name).read_bytes()).hexdigest() == digest, name
    resources = json.loads((SHIPPED / "resources.json").read_text(encoding="utf-8"))
    in_resources = {
        f"en/{processor}/{package}.pt"
        for processor, packages in resources["en"].items()
        if processor in nlp.PROCESSORS
        for package in packages
    }
    assert in_resources == shipped
    for name in shipped:  # the md5 stanza would check on a download is the shipped file's own
        processor, package = Path(name).parent.name, Path(name).stem
        assert resources["en"][processor][package]["md5"] == hashlib.md5((SHIPPED / name).read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("given", "env", "remembered", "expected"),
    [
        ("given", "env", "remembered", "given"),  # --models first
        (None, "env", "remembered", "env"),  # then $STANZA_RESOURCES_DIR
        (None, None, "remembered", "remembered"),  # then `quotes models use`
        (None, None, None, "shipped"),  # else the models inside the package
        (None, "", None, "shipped"),  # an empty variable is no choice
    ],
)
def test_models_folder_lookup_order(given, env, remembered, expected, tmp_path, monkeypatch):
    folders = {name: tmp_path / name for name in ("given", "env", "remembered")} | {"shipped": SHIPPED}
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    if env is None:
        monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    else:
        monkeypatch.setenv("STANZA_RESOURCES_DIR", str(folders[env]) if env else "")
    if remembered:
        remember_models_dir(folders[remembered])
    resolved = nlp.resolve_models_dir(folders[given] if given else None)
    assert resolved.resolve() == folders[expected].resolve()


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [("given", None, "given"), (None, "env", "env"), (None, None, "home")],
)
def test_download_never_writes_into_the_package(given, env, expected, tmp_path, monkeypatch):
    import stanza

    targets = []
    monkeypatch.setattr(stanza, "download", lambda lang, model_dir, **kwargs: targets.append(Path(model_dir)))
    monkeypatch.setattr(nlp, "STANZA_DEFAULT_DIR", tmp_path / "home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    if env:
        monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / env))
    else:
        monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    nlp.download_models(tmp_path / given if given else None)
    assert targets == [tmp_path / expected]
    assert SHIPPED not in targets


def test_extract_runs_on_the_shipped_models_alone(tmp_path):
    """A real process with no models folder set anywhere: no $STANZA_RESOURCES_DIR, an empty home and config."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "STANZA_RESOURCES_DIR"}
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    [seed] = sorted((ROOT / "fixtures").glob("000_*.txt"))
    out = tmp_path / "quotes.csv"
    result = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(seed), "-o", str(out), "--quiet"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 5 and {row["doc_id"] for row in rows} == {seed.name}
    assert sum(row["kind"] == "direct" for row in rows) >= 3
    assert not (home / "stanza_resources").exists() and not (home / ".config" / "quotes").exists()
