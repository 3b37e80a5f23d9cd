"""quotes.scale.dask_engine on a real LocalCluster of two worker processes: the local engine's results."""

from __future__ import annotations

import os

import pytest

from quotes import nlp
from quotes.io.reader import read_inputs
from quotes.scale import EngineSettings, extract_stream, open_engine
from tests.helpers.runs import _pile

pytest.importorskip("distributed")


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
