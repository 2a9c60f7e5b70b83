"""Results travel with their row lists pickled per table (cache.PackedRows) and reach the spool as they are."""
from __future__ import annotations

from pathlib import Path

from kemensos_extract import cache, sink
from kemensos_extract.engines import rebind
from kemensos_extract.pipeline import DocResult, process_bytes

TEXT = ("Jakarta (Kemensos) - Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) "
        "Kartini Temanggung meraih penghargaan Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2019 "
        "pada Rabu (19/9). Menteri Sosial Agus Gumiwang Kartasasmita hadir.").encode()


def test_round_trip_keeps_rows_and_packs_them() -> None:
    res = process_bytes(TEXT, "d1", "d1.txt")
    for dump in (cache.dumps, cache.dumps_raw):
        back = cache.loads(dump(res))
        assert isinstance(back, DocResult) and isinstance(back.rows, cache.PackedRows)
        assert back.document == res.document and back.text == res.text
        assert set(back.rows) == set(res.rows)
        for kind, rows in res.rows.items():
            packed = back.rows.packed(kind)
            assert packed is not None and packed[1] == len(rows)
            assert set(packed[2]) == {k for r in rows for k in r}
            assert back.rows[kind] == rows and back.rows.get(kind) == rows
            assert back.rows.packed(kind) is None  # read: the caller may change the rows


def test_rebind_rewrites_doc_ids() -> None:
    back = cache.loads(cache.dumps(process_bytes(TEXT, "d1", "d1.txt")))
    rebind(back, "other", "other.txt")
    assert back.document["doc_id"] == "other"
    assert all(r["doc_id"] == "other" for rows in back.rows.values() for r in rows)
    assert all(back.rows.packed(k) is None for k in back.rows)


def test_spool_mixes_packed_and_plain_rows_in_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sink, "CHUNK_ROWS", 3)
    s = sink.Sink(tmp_path, ("dates",))
    sp = s["dates"]
    want = []
    for i in range(7):
        rows = [{"doc_id": f"d{i}", "start": j, "end": j + 1, "text": "x", **({"extra": i} if i % 2 else {})}
                for j in range(i % 3 + 1)]
        want.extend(rows)
        if i % 2:
            sp.extend_packed(*cache._pack_rows(rows))
        else:
            sp.extend(rows)
    sp.seal()
    got = [r for chunk in sink.read_spool(str(sp.path)) for r in chunk]
    assert got == want and sp.n_rows == len(want) and "extra" in sp.keys
    s.cleanup()


def test_write_rows_in_chunks_equals_write_table(tmp_path: Path, monkeypatch) -> None:
    import pandas as pd

    from kemensos_extract.write import write_table

    rows = [{"story_id": f"s-{i:03d}", "members": f"d{i};e{i}", "n_members": 2, "representative_doc_id": f"d{i}",
             "pairwise": "" if i % 3 else '[{"a": "=x"}]'} for i in range(13)]
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    write_table(a, "stories", rows, ("csv", "parquet"))
    monkeypatch.setattr(sink, "CHUNK_ROWS", 5)
    sink.write_rows(b, "stories", rows, ("csv", "parquet"))
    assert (a / "stories.csv").read_bytes() == (b / "stories.csv").read_bytes()
    pd.testing.assert_frame_equal(pd.read_parquet(a / "stories.parquet"), pd.read_parquet(b / "stories.parquet"))
