"""Engines and streaming output: every way of running gives the same tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from kemensos_extract import Settings, extract_folder
from kemensos_extract.sink import Sink
from kemensos_extract.write import write_table

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
DEV = ROOT / "tests" / "gold" / "dev" / "texts"
TABLES = ["documents", "units", "people", "awards", "dates", "counts", "stories", "canonical_awards",
          "canonical_units", "canonical_people", "texts"]


def _tables(out: Path) -> dict[str, bytes]:
    return {t: (out / f"{t}.csv").read_bytes() for t in TABLES}


@pytest.fixture(scope="module")
def serial_dev(tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("serial")
    extract_folder(DEV, out, Settings(jobs=1, cache=False))
    return _tables(out)


def test_process_pool_equals_serial(serial_dev, tmp_path):
    extract_folder(DEV, tmp_path, Settings(jobs=2, cache=False, batch_size=3))
    assert _tables(tmp_path) == serial_dev


def test_spacy_segmenter_equals_fast(serial_dev, tmp_path):
    extract_folder(DEV, tmp_path, Settings(jobs=1, cache=False, segmenter="spacy"))
    assert _tables(tmp_path) == serial_dev


def test_dask_two_workers_equals_local(serial_dev, tmp_path):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed "
                                                            "(pip install 'kemensos-extract[dask]')")
    # threads (processes=False): reliable in CI, same code path as remote workers
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        settings = Settings(jobs=2, cache=False, engine="dask", scheduler=cluster.scheduler_address, batch_size=4)
        extract_folder(DEV, tmp_path, settings)
    assert _tables(tmp_path) == serial_dev


def test_streamed_table_equals_write_table(tmp_path, monkeypatch):
    import pandas as pd

    import kemensos_extract.sink as sink_mod

    monkeypatch.setattr(sink_mod, "CHUNK_ROWS", 7)  # many chunks / row groups
    rows = [{"doc_id": f"d{i // 5}", "start": i, "end": i + 3, "text": f"=teks {i}", "value": i % 4 or None,
             "counted": "orang" if i % 3 else None, **({"extra": "x"} if i == 13 else {})} for i in range(40)]
    ref, got = tmp_path / "ref", tmp_path / "got"
    ref.mkdir()
    got.mkdir()
    write_table(ref, "counts", rows, ("csv", "parquet"), bom=True)
    sink = Sink(got, ("counts",))
    for i in range(0, 40, 6):
        sink["counts"].extend([dict(r) for r in rows[i:i + 6]])
    sink["counts"].finalize(got, ("csv", "parquet"), bom=True)
    sink.cleanup()
    assert (got / "counts.csv").read_bytes() == (ref / "counts.csv").read_bytes()
    a, b = pd.read_parquet(ref / "counts.parquet"), pd.read_parquet(got / "counts.parquet")
    assert a.equals(b) and list(a.dtypes) == list(b.dtypes)
    assert not list(got.glob(".spool-*")) and not list(got.glob(".*.tmp"))


def test_bad_engine_rejected():
    with pytest.raises(ValueError):
        Settings(engine="spark")


def test_pool_worker_thread_waits_on_workers_and_notifier_only():
    """The pool's maintenance thread must not wake on queued results (it would spin), but must
    still replace a worker that exited: its sentinel and the change notifier wake it."""
    import os
    import time

    from kemensos_extract.engines import LocalEngine

    eng = LocalEngine(Settings(jobs=2), warm=False).start()
    pool = eng._pool
    try:
        assert pool._get_sentinels() == [pool._change_notifier._reader]
        before = list(pool._pool)
        eng.run_async(os._exit, (0,))  # a worker exits (outside the task queue's lock); its task is lost
        deadline = time.monotonic() + 20
        while all(p in pool._pool for p in before) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(pool._pool) == 2 and not all(p in pool._pool for p in before)
        assert eng.run_async(os.getpid, ()).get(timeout=20) != os.getpid()
    finally:
        pool.terminate()  # the lost task would keep close() + join() waiting
        eng._pool = None
