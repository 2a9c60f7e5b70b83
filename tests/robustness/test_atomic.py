"""Atomic output: a run killed while writing leaves the previous output complete.

The run is a real subprocess (`python -m kemensos_extract run ...`) killed with
SIGKILL.  `KEMENSOS_EXTRACT_TEST_WRITE_DELAY` makes every atomic write pause
half-way (half the bytes are in the temporary file), so the kill lands while
a table is being written.
"""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from kemensos_extract.api import extract_folder, load
from kemensos_extract.write import TABLES, TEST_WRITE_DELAY_ENV, clean_stale_temp

from robust_helpers import SENTENCES, SRC, good_release, settings

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def _make_input(folder: Path, n: int, salt: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    base = good_release().decode("utf-8", errors="replace")
    for i in range(n):
        extra = "\n\n".join(SENTENCES[(i + j) % len(SENTENCES)] for j in range(4))
        (folder / f"rel_{i:03d}.txt").write_text(f"{base}\n\n{extra}\n\nCatatan {salt}{i}.", encoding="utf-8")
    return folder


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}


def _temp_entries(out: Path) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(out):
        rel = Path(root).relative_to(out)
        if ".cache" in rel.parts:
            continue
        found += [Path(root) / f for f in files if f.endswith(".tmp")]
        found += [Path(root) / d for d in dirs if d.startswith(".spool-")]
    return found


def _assert_complete(out: Path, n_docs_allowed: set[int]) -> None:
    """Every table parses completely (CSV and Parquet agree on the row count)."""
    for name in TABLES:
        csv_path, pq_path = out / f"{name}.csv", out / f"{name}.parquet"
        assert csv_path.exists() and pq_path.exists(), name
        with open(csv_path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh))
        header, body = rows[0], rows[1:]
        assert all(len(r) == len(header) for r in body), name  # no truncated last row
        assert csv_path.read_bytes().endswith(b"\n"), name
        assert len(pd.read_parquet(pq_path)) == len(body), name
    tables = load(out)
    assert len(tables["documents"]) in n_docs_allowed


def _spawn(src: Path, out: Path, delay: float | None, *extra: str) -> subprocess.Popen:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    if delay:
        env[TEST_WRITE_DELAY_ENV] = str(delay)
    return subprocess.Popen([sys.executable, "-m", "kemensos_extract", "run", str(src), "--out", str(out),
                             "--jobs", "1", "--quiet", *extra], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _kill_when(proc: subprocess.Popen, ready, timeout: float = 120.0) -> bool:
    """SIGKILL `proc` as soon as `ready()` is true; returns whether it was seen before the process ended."""
    deadline = time.monotonic() + timeout
    seen = False
    while time.monotonic() < deadline and proc.poll() is None:
        if ready():
            seen = True
            break
        time.sleep(0.01)
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return seen


@pytest.fixture
def previous_output(tmp_path):
    src = _make_input(tmp_path / "in", 6)
    out = tmp_path / "out"
    extract_folder(src, out, settings(jobs=1))
    return src, out


def test_kill_while_writing_tables_keeps_previous_output(previous_output, tmp_path):
    src, out = previous_output
    before = _snapshot(out)
    _make_input(tmp_path / "in2", 9, salt="baru ")  # a different corpus: new tables differ from the old
    proc = _spawn(tmp_path / "in2", out, delay=3.0)
    mid_write = _kill_when(proc, lambda: any(p.suffix == ".tmp" and p.parent == out for p in _temp_entries(out)))
    assert mid_write, f"run ended before writing: {proc.stderr.read().decode()[-2000:]}"
    assert proc.returncode == -signal.SIGKILL
    leftovers = _temp_entries(out)
    assert leftovers  # the kill really interrupted a write
    # every table is complete: each file is either the old one or a complete new one
    _assert_complete(out, {6, 9})
    after = _snapshot(out)
    assert set(after) >= set(before)
    for name, data in after.items():
        if data != before.get(name):
            assert name.endswith((".csv", ".parquet", ".json", ".jsonl")), name
    # load() only ever reads exact table names: temp files are never taken as tables
    assert not any(p.name.endswith((".csv", ".parquet")) for p in leftovers)
    removed = clean_stale_temp(out)
    assert set(removed) == set(leftovers)
    assert not _temp_entries(out)
    _assert_complete(out, {6, 9})


def test_kill_while_processing_then_rerun(previous_output, tmp_path):
    """Killed before any table is replaced: old output intact; the next run succeeds and matches a clean run."""
    src, out = previous_output
    before = _snapshot(out)
    _make_input(tmp_path / "in2", 12, salt="lain ")
    proc = _spawn(tmp_path / "in2", out, None, "--texts", "files")  # texts/ files show the progress

    def mid_run() -> bool:  # the 4th new text is written: documents are being processed
        try:
            return "lain 3." in (out / "texts" / "rel_003.txt").read_text(encoding="utf-8")
        except OSError:
            return False

    assert _kill_when(proc, mid_run), proc.stderr.read().decode()[-2000:]
    assert proc.returncode == -signal.SIGKILL
    _assert_complete(out, {6})
    for name in ("documents.csv", "units.csv", "stories.csv", "documents.parquet"):
        assert _snapshot(out)[name] == before[name]
    clean_stale_temp(out)
    extract_folder(tmp_path / "in2", out, settings(jobs=1, cache=True))
    fresh = tmp_path / "fresh"
    extract_folder(tmp_path / "in2", fresh, settings(jobs=1))
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes() == (fresh / f"{name}.csv").read_bytes(), name
    assert not _temp_entries(out)


def test_clean_stale_temp_touches_only_temp_names(tmp_path):
    out = tmp_path / "out"
    (out / "texts").mkdir(parents=True)
    keep = [out / "units.csv", out / "notes.tmp.csv", out / "texts" / "a.txt", out / "my.tmp", out / ".hidden"]
    stale = [out / ".units.csv.abc123.tmp", out / ".manifest.json.x.tmp", out / "texts" / ".a.txt.123.tmp"]
    for p in keep + stale:
        p.write_text("x")
    spool = out / ".spool-abc"
    spool.mkdir()
    (spool / "units.spool").write_bytes(b"\x80")
    removed = clean_stale_temp(out)
    assert set(removed) == set(stale) | {spool}
    assert all(p.exists() for p in keep)
    assert clean_stale_temp(tmp_path / "missing") == []


def test_next_run_removes_stale_temp(tmp_path):
    src = _make_input(tmp_path / "in", 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".units.csv.dead.tmp").write_text("half a table")
    (out / ".spool-dead").mkdir()
    extract_folder(src, out, settings(jobs=1))
    assert not _temp_entries(out)
