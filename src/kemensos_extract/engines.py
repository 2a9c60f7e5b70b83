"""Execution engines: where `pipeline.process_batch` runs, and the ordered, bounded feed to it.

`iter_processed` reads files in sorted doc-id order in the main process,
looks their sha256 up in the result cache, sends the misses in small batches
to an engine and yields every result *in input order*.  At most `window`
batches are in flight, so memory does not grow with the corpus, whatever the
engine's speed.

Engines (all run the same pure function, so their tables are identical):

* ``SerialEngine`` - in this process (``--jobs 1``, tiny inputs);
* ``LocalEngine`` - a fork-based process pool of ``--jobs`` workers (default);
* ``DaskEngine`` (`engine_dask.py`, extra ``kemensos-extract[dask]``) - a
  LocalCluster or the scheduler at ``--scheduler ADDRESS``.

Pools are warmed only when there is real work: with the cache on and at most
`SERIAL_MAX_MISSES` files to process, workers start unwarmed (they take the misses,
then write the tables) or, without several jobs, the misses run here; an up-to-date
re-run stops before any of this (`api.extract_folder`).
"""
from __future__ import annotations

import gc
import hashlib
import os
from collections import deque
from collections.abc import Iterator
from multiprocessing.pool import Pool
from typing import Any, Protocol

from .cache import ResultCache, loads
from .pipeline import DocResult, process_batch, process_file, warm
from .settings import Settings

Batch = list[tuple[bytes, str, str]]  # (data, doc_id, path)


class Engine(Protocol):
    window: int

    def submit(self, batch: Batch) -> Any: ...

    def collect(self, handle: Any) -> list[bytes]: ...

    def close(self) -> None: ...


class SerialEngine:
    """Runs batches in the calling process (no pickling of work, no pool start-up)."""

    window = 1

    def __init__(self, settings: Settings) -> None:
        self.max_bytes, self.segmenter = settings.max_bytes, settings.segmenter
        self.compress = settings.cache  # blobs are stored in the cache only when it is on

    def submit(self, batch: Batch) -> list[bytes]:
        return process_batch(batch, self.max_bytes, self.segmenter, self.compress)

    def collect(self, handle: list[bytes]) -> list[bytes]:
        return handle

    def close(self) -> None:
        pass


class _Pool(Pool):
    """`multiprocessing.Pool` whose worker-maintenance thread sleeps until a worker exits or the pool changes.

    CPython's (3.8-3.13) also waits on the result pipe, which is readable whenever a result
    is queued and not yet read by the result thread: it then spins, taking the GIL from the
    threads that do work (~0.6 s of CPU per 10,000 releases).  Worker exits and pool changes
    (close, terminate, an emptied task cache) still wake it, which is all it acts on.
    """

    def _get_sentinels(self) -> list[Any]:
        notifier = getattr(self, "_change_notifier", None)
        return [notifier._reader] if notifier is not None else super()._get_sentinels()  # type: ignore[misc]


class LocalEngine:
    """A process pool on this machine; started on the first batch (or by `start`).

    `warm=False`: workers build what they need on their first batch instead of at start-up
    (a pool started mainly to write the tables of a run whose files are nearly all cached).
    """

    def __init__(self, settings: Settings, *, warm: bool = True) -> None:
        self.jobs = settings.jobs
        self.max_bytes, self.segmenter = settings.max_bytes, settings.segmenter
        self.compress = settings.cache  # blobs are stored in the cache only when it is on
        self.window = max(2, settings.jobs * 3)
        self.warm = warm
        self._pool: Any = None

    def _start(self) -> Any:
        import multiprocessing as mp

        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        if self.segmenter:
            os.environ["KEMENSOS_SEGMENTER"] = self.segmenter  # inherited by spawned workers too
        forking = ctx.get_start_method() == "fork"
        if self.warm and forking:
            # Warm once here and fork: the workers inherit the tokenizer, lexicons and compiled
            # patterns instead of each building them (~1 s CPU per worker: spaCy's import is half
            # of it).  This process then carries spaCy's modules (~60 MB) through the corpus stage.
            warm()
        gc.freeze()  # what the workers inherit is skipped by their cycle collector: no copy-on-write of it
        try:
            init = warm_worker if self.warm and not forking else None
            self._pool = _Pool(self.jobs, initializer=init, context=ctx)
        finally:
            gc.unfreeze()
        return self._pool

    def start(self) -> "LocalEngine":
        if self._pool is None:
            self._start()
        return self

    def submit(self, batch: Batch) -> Any:
        pool = self._pool or self._start()
        return pool.apply_async(process_batch, (batch, self.max_bytes, self.segmenter, self.compress))

    def collect(self, handle: Any) -> list[bytes]:
        return handle.get()

    def run_async(self, fn: Any, args: tuple[Any, ...], kwds: dict[str, Any] | None = None) -> Any:
        """Run any picklable call on an idle worker (None when no pool was started)."""
        return self._pool.apply_async(fn, args, kwds or {}) if self._pool is not None else None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None


def warm_worker() -> None:
    """Pool initialiser: `warm`, then move what it built (tokenizer, lexicons, patterns: ~150,000
    objects) out of the cycle collector's reach - full collections stop walking them (-0.07 ms
    of CPU per release)."""
    warm()
    gc.freeze()


def make_engine(settings: Settings, n_items: int) -> Engine:
    """The engine the settings ask for (serial when one worker or a handful of files)."""
    if settings.engine == "dask":
        from .engine_dask import DaskEngine

        return DaskEngine(settings)
    if settings.jobs <= 1 or n_items < 4:
        return SerialEngine(settings)
    return LocalEngine(settings)


def batch_size_for(settings: Settings, n_items: int) -> int:
    """Small enough to balance load and bound memory, big enough to amortise IPC."""
    if settings.batch_size:
        return settings.batch_size
    return max(1, min(32, n_items // max(1, settings.jobs * 8)))


def _read(path: str, max_bytes: int | None) -> bytes | None:
    """The file's bytes, or None when it must be handled as a failure (too big, unreadable)."""
    try:
        with open(path, "rb") as fh:
            if max_bytes is not None and os.fstat(fh.fileno()).st_size > max_bytes:
                return None
            return fh.read()
    except OSError:
        return None


def rebind(res: DocResult, doc_id: str, path: str) -> DocResult:
    """A cached result belongs to content, not to a file name: set this file's id and path."""
    d = res.document
    if d.get("doc_id") != doc_id or d.get("path") != path:
        d["doc_id"], d["path"] = doc_id, path
        for rows in res.rows.values():
            for r in rows:
                r["doc_id"] = doc_id
    return res


#: With the cache on, a run with at most this many files to (re)process does not warm a pool of
#: workers up front (spaCy tokenizer + lexicons: ~1 s CPU each): it runs them in this process,
#: or, when the caller keeps the engine (`extract_folder`), in unwarmed workers that then write the tables.
SERIAL_MAX_MISSES = 32


def _sha_of(path: str, max_bytes: int | None) -> str:
    data = _read(path, max_bytes)
    return hashlib.sha256(data).hexdigest() if data is not None else ""


def iter_processed(items: list[tuple[str, str]], settings: Settings, cache: ResultCache | None,
                   engine: Engine | None = None, *, keep: list[Engine] | None = None,
                   shas: list[str] | None = None) -> Iterator[tuple[str, str, DocResult]]:
    """Yield (doc_id, 'hit'|'miss'|'direct', result) for every item, in input order.

    With a cache, every file is hashed first (one sequential pass; the bytes are
    not kept): that tells how many files need work, so a re-run with a few
    changed files does not start a worker pool, and cached files are not read
    twice.  With `keep`, the engine made here is appended to it instead of being
    closed (the caller reuses its idle workers, then closes it).  `shas`: the
    files' hashes when the caller has them already (``_sha_of`` of each path).
    """
    max_bytes = settings.max_bytes
    pre: list[str] | None = None
    known: set[str] = set()
    if cache is not None:
        pre = shas if shas is not None else [_sha_of(path, max_bytes) for _, path in items]
        known = cache.contains([s for s in pre if s])
    own = engine is None
    if engine is None:
        n_work = len(items) if pre is None else sum(1 for s in pre if s not in known)
        if pre is not None and settings.engine == "local" and n_work <= SERIAL_MAX_MISSES:
            if keep is not None and settings.jobs > 1 and hasattr(os, "fork"):
                # nearly everything is cached: unwarmed workers (forked now, while this process is
                # small) take the few misses and, at the end, write the tables while it groups stories
                engine = LocalEngine(settings, warm=False).start()
            else:
                engine = SerialEngine(settings)
        else:
            engine = make_engine(settings, n_work)
    bs = batch_size_for(settings, len(items))
    # slot: [doc_id, path, sha, how, result-or-None]
    pending: deque[tuple[list[list[Any]], Any]] = deque()

    def drain() -> Iterator[tuple[str, str, DocResult]]:
        slots, handle = pending.popleft()
        blobs = iter(engine.collect(handle)) if handle is not None else iter(())
        for slot in slots:
            if slot[4] is None:
                blob = next(blobs)
                if cache is not None:
                    cache.put(slot[2], blob)
                slot[4] = loads(blob)
            yield slot[0], slot[3], slot[4]

    try:
        for i in range(0, len(items), bs):
            part = items[i:i + bs]
            if pre is not None:
                part_pre = pre[i:i + bs]
                hits = cache.get_many([s for s in part_pre if s in known])
            else:
                part_pre = [""] * len(part)
                hits = {}
            slots: list[list[Any]] = []
            todo: Batch = []
            for (doc_id, path), sha in zip(part, part_pre):
                if sha and sha in hits:
                    slots.append([doc_id, path, sha, "hit", rebind(loads(hits[sha]), doc_id, path)])
                    continue
                data = _read(path, max_bytes)
                if data is None:
                    slots.append([doc_id, path, "", "direct", process_file(path, doc_id, max_bytes)])
                    continue
                # of the bytes actually processed (the cache key; the worker hashes them for its row)
                sha = hashlib.sha256(data).hexdigest() if cache is not None else ""
                slots.append([doc_id, path, sha, "miss", None])
                todo.append((data, doc_id, path))
            pending.append((slots, engine.submit(todo) if todo else None))
            while pending and (len(pending) > engine.window or pending[0][1] is None):
                yield from drain()
        while pending:
            yield from drain()
    finally:
        if own:
            if keep is not None:
                keep.append(engine)
            else:
                engine.close()
        if cache is not None:
            cache.flush()
