"""End to end: the CLI on real releases, bad input, exit codes."""
from __future__ import annotations

import csv
import json

import pytest

from kemensos_extract.cli import main
from kemensos_extract.write import unescape_cell
from conftest import RAW


def _docs(out):
    with open(out / "documents.csv", encoding="utf-8-sig") as fh:
        return {r["doc_id"]: r for r in csv.DictReader(fh)}


def test_run_writes_every_table(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(RAW), "--out", str(out), "--jobs", "1"]) == 0
    for name in ["documents", "units", "people", "awards", "dates", "counts", "stories",
                 "canonical_awards", "canonical_units", "canonical_people"]:
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists(), name
    docs = _docs(out)
    assert len(docs) == 5 and all(d["status"] == "ok" for d in docs.values())
    assert "read 5 documents" in capsys.readouterr().err
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["n_documents"] == 5


@pytest.mark.parametrize("mode", ["table", "files", "none"])
def test_texts_modes(tmp_path, mode):
    """--texts: one table (default), one file per document, or nothing; same text, same tables."""
    from kemensos_extract import load

    out = tmp_path / mode
    assert main(["run", str(RAW), "--out", str(out), "--jobs", "1", "--quiet", "--texts", mode]) == 0
    files = sorted((out / "texts").glob("*.txt")) if (out / "texts").exists() else []
    has_table = (out / "texts.csv").exists() and (out / "texts.parquet").exists()
    assert (mode == "table") == has_table and (mode == "files") == bool(files)
    assert "texts" not in load(out)  # read only when asked for
    manifest = json.loads((out / "manifest.json").read_text())
    if mode == "table":
        texts = load(out, ["texts"])["texts"]
        assert list(texts.columns) == ["doc_id", "text"] and manifest["rows"]["texts"] == 5
        assert set(texts.doc_id) == set(_docs(out))
        units = load(out, ["units"])["units"]
        by_id = dict(zip(texts.doc_id, texts.text))
        assert all(by_id[r.doc_id][r.start:r.end] == r.text for r in units.itertuples())
    if mode == "files":
        assert len(files) == 5 and "texts" not in manifest["rows"]
    if mode != "table":  # a texts table left by an earlier run into the same folder goes
        assert main(["run", str(RAW), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
        assert (out / "texts.parquet").exists()
        assert main(["run", str(RAW), "--out", str(out), "--jobs", "1", "--quiet", "--texts", mode]) == 0
        assert not (out / "texts.parquet").exists() and not (out / "texts.csv").exists()
    ref = tmp_path / "table"
    if mode != "table" and ref.exists():
        for name in ("documents", "units", "awards"):
            assert (out / f"{name}.csv").read_bytes() == (ref / f"{name}.csv").read_bytes()


def test_offsets_slice_normalised_text(seeds_out):
    with open(seeds_out / "texts.csv", encoding="utf-8") as fh:
        texts = {r["doc_id"]: unescape_cell(r["text"]) for r in csv.DictReader(fh)}
    assert texts and all(texts.values())
    for table in ["units", "people", "awards", "dates", "counts"]:
        with open(seeds_out / f"{table}.csv", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                text = texts[r["doc_id"]]
                got = text[int(r["start"]):int(r["end"])]
                want = r["text"][1:] if r["text"][:1] == "'" and got[:1] != "'" else r["text"]
                assert got == want, (table, r)


def test_bad_input_never_stops_the_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes((RAW / "000_dda4788258e4c0b7.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (src / "undecodable.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 200 + b"\xff\xfe\x00\xd8" * 10)
    (src / "big.txt").write_bytes(b"a " * 600_000)
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out), "--jobs", "1", "--quiet", "--max-mb", "1"]) == 0
    docs = _docs(out)
    assert set(docs) == {"good", "empty", "binary", "undecodable", "big"}
    assert docs["good"]["status"] == "ok"
    for bad in ["empty", "binary", "undecodable", "big"]:
        assert docs[bad]["status"] == "failed" and docs[bad]["stage"] == "read" and docs[bad]["error"], bad
    assert "empty" in docs["empty"]["error"] and "binary" in docs["binary"]["error"]
    assert "too large" in docs["big"]["error"]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {e["doc_id"] for e in errors} == {"empty", "binary", "undecodable", "big"}
    assert main(["run", str(src), "--out", str(out), "--jobs", "1", "--quiet", "--max-mb", "1", "--strict"]) == 1


def test_usage_errors(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    assert main(["run", str(empty), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    assert "OUT_DIR" in capsys.readouterr().out


def test_load_dtypes(seeds_out):
    from kemensos_extract import load

    t = load(seeds_out)
    assert str(t["documents"]["status"].dtype) == "category"
    assert "published" in t["documents"]
    assert str(t["dates"]["start"].dtype) == "Int64"
