"""The dask engine on a real LocalCluster of two worker processes: the local engine's results, byte for byte."""

from __future__ import annotations

import os
import socket

import pytest
from typer.testing import CliRunner

from quotes import nlp
from quotes.cli import app
from quotes.io.reader import read_inputs
from quotes.scale import EngineSettings, dask_engine, extract_stream, open_engine

pytest.importorskip("distributed")

runner = CliRunner()


def _pile(folder, seed_paths, copies: int):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(copies):
        (folder / f"a{i:03d}.txt").write_bytes(seed_paths[i % len(seed_paths)].read_bytes())
    return folder


def _pipelines_loaded() -> int:
    return nlp._pipeline.cache_info().currsize


@pytest.mark.slow
def test_local_cluster_of_two_workers_gives_the_local_engines_results(tmp_path, seed_paths):
    pile = _pile(tmp_path / "pile", seed_paths, 7)
    with open_engine(EngineSettings("local", workers=1)) as engine:
        local = list(extract_stream(read_inputs([str(pile)]), engine, batch_articles=2))
    with open_engine(EngineSettings("dask", workers=2)) as engine:
        pids = engine.client.run(os.getpid)
        assert len(pids) == 2 and os.getpid() not in pids.values()  # two real worker processes
        on_dask = list(extract_stream(read_inputs([str(pile)]), engine, batch_articles=2))
        # each worker loaded the pipeline once, and kept it for every batch it ran
        assert set(engine.client.run(_pipelines_loaded).values()) == {1}
    assert [r.doc_id for r in on_dask] == [r.doc_id for r in local]
    assert on_dask == local
    assert sum(len(r.quotes) for r in local) > 100


@pytest.mark.slow
def test_extract_with_the_dask_engine_writes_the_local_engines_file(tmp_path, seed_paths):
    pile = _pile(tmp_path / "pile", seed_paths, 5)
    outputs = []
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.csv"
        args = ["extract", str(pile), "-o", str(out), "--engine", engine, "--workers", "2", "--batch-size", "2", "--no-link"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert f"({engine}, 2 worker(s))" in result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path, seed_paths, monkeypatch):
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = tmp_path / "q.csv"
    args = ["extract", str(seed_paths[0]), "-o", str(out), "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and f"127.0.0.1:{port}" in errors[0], result.output
    assert not out.exists() and "Traceback" not in result.output
