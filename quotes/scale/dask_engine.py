"""The dask.distributed engine: the same batches, run on a cluster's workers.

With a scheduler address it joins that cluster; without one it starts a LocalCluster
of one single-threaded worker process per requested worker. Each worker process loads
the stanza pipeline once (quotes.scale.work keeps it), from the models directory given
with --models, else from that worker's own $STANZA_RESOURCES_DIR: the directory must be
readable on every worker, and the quotes package installed there.
"""

from __future__ import annotations

import logging

from quotes import nlp
from quotes.scale.work import TORCH_THREADS, prepare_worker, run_batch

CONNECT_TIMEOUT = "30s"


class DaskError(RuntimeError):
    """The cluster could not be reached or used; the message says which and why."""


def _client_for(scheduler: str | None, workers: int):
    try:
        # dask is an optional extra ("quotes[dask]"): imported only when the dask engine is asked for
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskError('the dask engine needs dask.distributed: pip install "quotes[dask]"') from exc
    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, TimeoutError) as exc:
            raise DaskError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,  # stanza runs one batch at a time per process
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


class DaskEngine:
    def __init__(self, scheduler: str | None, workers: int, models_dir: str | None = None):
        if not scheduler:
            nlp.check_models(models_dir)  # a LocalCluster's workers see what this process sees
        self.models_dir = models_dir
        self.client, self.cluster = _client_for(scheduler, workers)
        try:
            self._prepare(scheduler)
        except BaseException:
            self.close()
            raise

    def _prepare(self, scheduler: str | None) -> None:
        self.threads = TORCH_THREADS  # parallelism comes from worker processes, one per core
        # load the pipeline on every worker now, in parallel; a missing model fails here, once
        self.client.run(prepare_worker, self.models_dir, self.threads)
        slots = sum(self.client.nthreads().values())
        if slots == 0:
            raise DaskError(f"the dask cluster at {scheduler} has no workers")
        self.window = 2 * slots

    def submit(self, articles):
        # pure=False: two batches with equal texts are still two tasks
        return self.client.submit(run_batch, articles, self.models_dir, self.threads, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def abort(self) -> None:
        self.close()
