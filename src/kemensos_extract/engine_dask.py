"""Dask engine: run `pipeline.process_batch` on a Dask cluster (``--engine dask``).

Optional: ``pip install 'kemensos-extract[dask]'`` (dask + distributed).  With
``--scheduler ADDRESS`` the batches go to an existing cluster, otherwise a
LocalCluster with ``--jobs`` single-threaded worker processes is started and
closed with the run.

The main process still reads the files (so workers need no shared
filesystem: batches carry the bytes), looks up the cache and writes the
tables; workers only run the pure per-file function and return compressed
result blobs.  Results are collected in submission order, so the tables are
identical to the local engine's.  Workers must have the same
kemensos-extract version installed (the cache key includes the code hash of
the *main* process; a worker with other code would give other results).
"""
from __future__ import annotations

from typing import Any

from .pipeline import process_batch
from .settings import Settings


def _require() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("--engine dask needs the optional dependencies: pip install 'kemensos-extract[dask]' "
                          f"({exc})") from exc
    return distributed


class DaskEngine:
    """Submit batches to a Dask cluster; at most `window` batches in flight."""

    def __init__(self, settings: Settings, *, processes: bool = True, client: Any = None) -> None:
        distributed = _require()
        self.max_bytes, self.segmenter = settings.max_bytes, settings.segmenter
        self.compress = settings.cache  # blobs are stored in the cache only when it is on
        self._cluster = None
        self._own_client = client is None
        if client is not None:
            self.client = client
        elif settings.scheduler:
            self.client = distributed.Client(settings.scheduler)
        else:
            self._cluster = distributed.LocalCluster(n_workers=settings.jobs, threads_per_worker=1,
                                                     processes=processes, dashboard_address=None)
            self.client = distributed.Client(self._cluster)
        n_threads = sum(self.client.nthreads().values()) or settings.jobs
        self.window = max(4, 3 * n_threads)

    def submit(self, batch: list[tuple[bytes, str, str]]) -> Any:
        return self.client.submit(process_batch, batch, self.max_bytes, self.segmenter, self.compress, pure=False)

    def collect(self, handle: Any) -> list[bytes]:
        return handle.result()

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
