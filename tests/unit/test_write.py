"""Writer: Excel-safe CSV, Parquet, atomic files; load() round-trips."""
from __future__ import annotations

import csv

from kemensos_extract.api import load
from kemensos_extract.write import excel_safe, write_table


def test_excel_safe():
    assert excel_safe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert excel_safe("@SUM(A1)") == "'@SUM(A1)"
    assert excel_safe("+cmd|' /C calc'!A0") .startswith("'")
    assert excel_safe("-2+3+cmd|' /C calc'!A0").startswith("'")
    # values that are data, not formulas, stay as they are
    assert excel_safe("--12-06") == "--12-06"
    assert excel_safe("A-") == "A-"
    assert excel_safe("-5") == "-5"
    assert excel_safe(42) == 42


def test_csv_parquet_roundtrip(tmp_path):
    rows = [{"doc_id": "a", "start": 0, "end": 3, "text": "=1+1", "value": "2020-01-02", "precision": "day", "role": "event"}]
    write_table(tmp_path, "dates", rows, ("csv",))
    with open(tmp_path / "dates.csv", encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    assert got[0]["text"] == "'=1+1"
    df = load(tmp_path, ["dates"])["dates"]
    assert df.loc[0, "text"] == "=1+1" and str(df["start"].dtype) == "Int64"
    write_table(tmp_path, "dates", rows, ("parquet",))
    df = load(tmp_path, ["dates"])["dates"]
    assert df.loc[0, "text"] == "=1+1" and str(df.loc[0, "date"].date()) == "2020-01-02"
    assert not list(tmp_path.glob(".*.tmp"))


def test_bom_option(tmp_path):
    write_table(tmp_path, "counts", [{"doc_id": "a", "value": 3}], ("csv",), bom=True)
    assert (tmp_path / "counts.csv").read_bytes().startswith(b"\xef\xbb\xbf")


import pytest

from kemensos_extract.write import (TEST_WRITE_DELAY_ENV, clean_stale_temp, columns_for, test_write_pause,
                                    to_csv_bytes, unescape_cell)


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\",\"klik\")", "=1+1", "+62abc", "-cmd", "@SUM(A1:A2)",
                                   "\t=1", "\r=1", "=", "-", "+", "@", "'=1", "''@x", "-A"])
def test_formula_cells_neutralised_and_reversible(value):
    safe = excel_safe(value)
    assert safe == "'" + value
    assert unescape_cell(safe) == value


@pytest.mark.parametrize("value", ["--12-06", "--01-31", "A-", "B+", "C", "-5", "+62 812-3456-7890", "-1.250,5",
                                   "2023-12-06", "12/06/2023", "Sentra Budi Perkasa", "'kutipan'", "", "'", "-12-06"])
def test_data_values_untouched(value):
    assert excel_safe(value) == value
    assert unescape_cell(value) == value


def test_numeric_columns_untouched():
    rows = [{"doc_id": "a", "start": -1, "end": 5, "value": -3, "counted": "=orang"}]
    data = to_csv_bytes(rows, columns_for("counts", rows), name="counts").decode()
    header, line = data.splitlines()
    assert header.startswith("doc_id,start,end,text,value,counted")  # the header is not quoted
    # numbers and empty cells are never quoted, text always is
    assert line.startswith('"a",-1,5,,-3,') and "\"'=orang\"" in line


def test_parquet_keeps_raw_values(tmp_path):
    import pandas as pd

    rows = [{"doc_id": "a", "start": 0, "end": 2, "text": "=x", "value": "--12-06", "precision": "month-day",
             "role": "event"}]
    write_table(tmp_path, "dates", rows, ("csv", "parquet"))
    df = pd.read_parquet(tmp_path / "dates.parquet")
    assert df.loc[0, "text"] == "=x" and df.loc[0, "value"] == "--12-06"
    assert "'=x" in (tmp_path / "dates.csv").read_text(encoding="utf-8")


def test_carriage_return_never_splits_a_row(tmp_path):
    rows = [{"doc_id": "a", "text": "baris\rdua"}, {"doc_id": "b", "text": "x\r\ny"}]
    write_table(tmp_path, "counts", rows, ("csv",))
    with open(tmp_path / "counts.csv", encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert [r["text"] for r in got] == ["baris\ndua", "x\ny"]


def test_bom_csv_still_loads(tmp_path):
    rows = [{"doc_id": "a", "start": 1, "end": 2, "text": "@x", "value": 3, "counted": "orang"}]
    write_table(tmp_path, "counts", rows, ("csv",), bom=True)
    assert (tmp_path / "counts.csv").read_bytes()[:3] == b"\xef\xbb\xbf"
    df = load(tmp_path, ["counts"])["counts"]
    assert list(df.columns[:2]) == ["doc_id", "start"] and df.loc[0, "text"] == "@x"


def test_atomic_write_leaves_no_temp_and_survives_failure(tmp_path, monkeypatch):
    import os

    write_table(tmp_path, "units", [{"doc_id": "a", "unit_key": "k"}], ("csv", "parquet"))
    before = (tmp_path / "units.csv").read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_table(tmp_path, "units", [{"doc_id": "b", "unit_key": "z"}], ("csv",))
    monkeypatch.undo()
    assert (tmp_path / "units.csv").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_write_delay_hook(tmp_path, monkeypatch):
    import time

    monkeypatch.delenv(TEST_WRITE_DELAY_ENV, raising=False)
    t = time.perf_counter()
    test_write_pause()
    assert time.perf_counter() - t < 0.05
    monkeypatch.setenv(TEST_WRITE_DELAY_ENV, "0.2")
    t = time.perf_counter()
    write_table(tmp_path, "counts", [{"doc_id": "a"}], ("csv",))
    assert time.perf_counter() - t >= 0.2
    assert (tmp_path / "counts.csv").read_text().startswith("doc_id,")
    monkeypatch.setenv(TEST_WRITE_DELAY_ENV, "not a number")
    test_write_pause()


def test_clean_stale_temp(tmp_path):
    (tmp_path / ".units.csv.x1.tmp").write_text("half")
    (tmp_path / "units.csv").write_text("doc_id\n")
    assert [p.name for p in clean_stale_temp(tmp_path)] == [".units.csv.x1.tmp"]
    assert (tmp_path / "units.csv").exists()


def test_fast_row_writers_equal_the_reference_paths():
    """to_arrow / csv_cells (the streaming writer) give what to_frame / excel_safe + _cell give."""
    import io

    import pyarrow as pa

    from kemensos_extract.write import _cell, to_arrow, to_frame

    rows = [
        {"doc_id": "a", "start": 1, "end": 5, "text": "=SUM(A1)", "value": 12, "counted": "unit\r\nx"},
        {"doc_id": "b", "start": None, "end": "7", "text": "-5", "value": None, "counted": ["x", "y"]},
        {"doc_id": "c", "start": 3, "end": 4, "text": float("nan"), "value": 7, "counted": "'=x"},
        {"doc_id": "d", "start": 3, "end": 4, "text": "", "value": 3, "counted": None, "extra": 1.5},
    ]
    cols = ["doc_id", "start", "end", "text", "value", "counted", "extra"]
    ref = pa.Table.from_pandas(to_frame("counts", rows, cols), preserve_index=False)
    assert to_arrow("counts", rows, cols).to_pandas().equals(ref.to_pandas())
    assert to_arrow("counts", rows[1:], cols, ref.schema).equals(
        pa.Table.from_pandas(to_frame("counts", rows[1:], cols), preserve_index=False))
    got = list(csv.reader(io.StringIO(to_csv_bytes(rows, cols, name="counts").decode(), newline="")))
    assert got[0] == cols
    for r, line in zip(rows, got[1:]):
        want = []
        for c in cols:
            v = r.get(c)
            v = None if isinstance(v, float) and v != v and c != "extra" else v
            want.append("" if v is None else str(excel_safe(_cell(v))))
        assert line == want, (r, line)
