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
