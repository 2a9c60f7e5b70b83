"""Incremental runs: results of unchanged files come from the cache, and only then."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kemensos_extract import Settings, extract_folder
from kemensos_extract.cache import ResultCache, dumps, loads, pipeline_key
from kemensos_extract.pipeline import process_bytes

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
TABLES = ["documents", "units", "people", "awards", "dates", "counts", "stories", "canonical_awards",
          "canonical_units", "canonical_people"]


def _tables(out: Path) -> dict[str, bytes]:
    return {t: (out / f"{t}.csv").read_bytes() for t in TABLES}


def test_roundtrip_and_key(tmp_path):
    res = process_bytes("JAKARTA - Kalimat satu. Kalimat dua.".encode(), "d1")
    with ResultCache(tmp_path) as c:
        c.put("abc", dumps(res))
        c.flush()
        assert loads(c.get("abc")).document == res.document
        assert c.get("zzz") is None and len(c) == 1
    assert len(pipeline_key()) == 20


def test_other_key_is_a_miss_and_is_pruned(tmp_path):
    with ResultCache(tmp_path, key="old") as c:
        c.put("abc", b"x")
    with ResultCache(tmp_path, key="new") as c:
        assert c.get("abc") is None
    assert not list(tmp_path.glob("old*")), "databases of another pipeline version are removed"


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(RAW, src)
    return src


def test_rerun_uses_cache_and_gives_identical_tables(corpus, tmp_path):
    out = tmp_path / "out"
    s1 = extract_folder(corpus, out, Settings(jobs=1))
    first = _tables(out)
    assert s1.n_cached == 0 and (out / ".cache").is_dir()
    s2 = extract_folder(corpus, out, Settings(jobs=1))
    assert s2.n_cached == s2.n_documents == 5
    assert _tables(out) == first
    # a fresh output folder sharing the cache gives the same tables
    out2 = tmp_path / "out2"
    s3 = extract_folder(corpus, out2, Settings(jobs=1, cache_dir=str(out / ".cache")))
    assert s3.n_cached == 5 and _tables(out2) == first


def test_changed_file_is_processed_again(corpus, tmp_path):
    out = tmp_path / "out"
    extract_folder(corpus, out, Settings(jobs=1))
    f = sorted(corpus.glob("*.txt"))[0]
    f.write_bytes(f.read_bytes() + "\nKalimat tambahan di akhir rilis.\n".encode())
    s = extract_folder(corpus, out, Settings(jobs=1))
    assert s.n_cached == 4


def test_nearly_cached_rerun_with_workers_equals_a_fresh_run(corpus, tmp_path, monkeypatch):
    """Two jobs, one changed file: unwarmed workers process it and write the tables; same tables
    (texts included) as a fresh single-process run."""
    from kemensos_extract import engines

    started = []
    real = engines.LocalEngine.start
    monkeypatch.setattr(engines.LocalEngine, "start", lambda self: started.append(self.warm) or real(self))
    out = tmp_path / "out"
    extract_folder(corpus, out, Settings(jobs=2))
    f = sorted(corpus.glob("*.txt"))[1]
    f.write_bytes(f.read_bytes() + "\nKalimat tambahan di akhir rilis.\n".encode())
    s = extract_folder(corpus, out, Settings(jobs=2))
    assert s.n_cached == 4 and started == [False, False]  # 5 files, then 1: both runs take this path
    fresh = tmp_path / "fresh"
    extract_folder(corpus, fresh, Settings(jobs=1, cache=False))
    assert _tables(out) == _tables(fresh)
    assert (out / "texts.csv").read_bytes() == (fresh / "texts.csv").read_bytes()


def test_renamed_file_hits_with_its_new_id(corpus, tmp_path):
    out = tmp_path / "out"
    extract_folder(corpus, out, Settings(jobs=1))
    f = sorted(corpus.glob("*.txt"))[0]
    f.rename(corpus / "zz_renamed.txt")
    s = extract_folder(corpus, out, Settings(jobs=1))
    assert s.n_cached == 5
    docs = (out / "documents.csv").read_text(encoding="utf-8")
    assert "zz_renamed" in docs and f.stem not in docs
    units = (out / "units.csv").read_text(encoding="utf-8")
    assert f.stem not in units


def test_no_cache(corpus, tmp_path):
    out = tmp_path / "out"
    extract_folder(corpus, out, Settings(jobs=1, cache=False))
    s = extract_folder(corpus, out, Settings(jobs=1, cache=False))
    assert s.n_cached == 0 and not (out / ".cache").exists()


def test_unchanged_rerun_leaves_outputs_untouched(corpus, tmp_path):
    out = tmp_path / "out"
    extract_folder(corpus, out, Settings(jobs=1))
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")}
    s = extract_folder(corpus, out, Settings(jobs=1))
    assert s.n_cached == 5 and s.rows["documents"] == 5
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.csv")} == before
    # a damaged output is rebuilt, and so are outputs of other settings
    (out / "units.csv").unlink()
    extract_folder(corpus, out, Settings(jobs=1))
    assert (out / "units.csv").exists()
    extract_folder(corpus, out, Settings(jobs=1, formats=("csv",), excel_bom=True))
    assert (out / "units.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_unchanged_rerun_reports_the_previous_summary(corpus, tmp_path):
    """The up-to-date shortcut answers from .run-state.json: same counts and failures as the first run."""
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x03\x04" * 50)
    out = tmp_path / "out"
    s1 = extract_folder(corpus, out, Settings(jobs=1))
    s2 = extract_folder(corpus, out, Settings(jobs=1))
    assert s1.n_failed == 1 and s1.failures
    assert (s2.n_documents, s2.n_ok, s2.n_partial, s2.n_failed, s2.failures, s2.rows) == \
        (s1.n_documents, s1.n_ok, s1.n_partial, s1.n_failed, s1.failures, s1.rows)
    # a new file is not an unchanged re-run
    (corpus / "extra.txt").write_text("JAKARTA (Kemensos) - Balai Besar Kartini meraih penghargaan. Selesai.")
    s3 = extract_folder(corpus, out, Settings(jobs=1))
    assert s3.n_documents == s1.n_documents + 1
