"""Deterministic output: same input -> byte-identical tables, whatever the number of workers."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kemensos_extract.api import extract_folder
from kemensos_extract.write import TABLES, TEXTS

from robust_helpers import RAW, SENTENCES, settings


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    src = tmp_path_factory.mktemp("det_in")
    raws = sorted(RAW.glob("*.txt")) if RAW.is_dir() else []
    for p in raws:
        (src / p.name).write_bytes(p.read_bytes())
    for i in range(6):
        (src / f"gen_{i}.txt").write_text("\n\n".join(SENTENCES[i:i + 9]), encoding="utf-8")
    if raws:  # a republished copy (story grouping) and a file in a sub-folder
        (src / "sub").mkdir()
        (src / "sub" / "copy.txt").write_bytes(raws[0].read_bytes().replace(b"Jakarta", b"JAKARTA"))
    (src / "broken.txt").write_bytes(bytes(range(256)) * 10)
    return src


def _files(out: Path) -> dict[str, bytes]:
    got = {}
    for p in sorted(out.rglob("*")):
        rel = p.relative_to(out)
        if p.is_file() and not any(part.startswith(".") for part in rel.parts):
            got[str(rel)] = p.read_bytes()
    return got


@pytest.fixture(scope="module")
def runs(corpus, tmp_path_factory):
    outs = {}
    for label, jobs in (("j1", 1), ("j2", 2), ("j1_again", 1)):
        out = tmp_path_factory.mktemp(label)
        extract_folder(corpus, out, settings(jobs=jobs))
        outs[label] = out
    # a re-run into the same folder (cache hits where the version has a cache)
    extract_folder(corpus, outs["j1_again"], settings(jobs=2, cache=True))
    extract_folder(corpus, outs["j1_again"], settings(jobs=2, cache=True))
    return outs


@pytest.mark.parametrize("other", ["j2", "j1_again"])
def test_csv_and_side_files_byte_identical(runs, other):
    a, b = _files(runs["j1"]), _files(runs[other])
    assert set(a) == set(b)
    for name in a:
        if name.endswith(".parquet"):
            continue
        assert a[name] == b[name], name
    assert "documents.csv" in a and "texts.csv" in a


@pytest.mark.parametrize("other", ["j2", "j1_again"])
def test_parquet_identical(runs, other):
    for name in (*TABLES, TEXTS):
        pa, pb = runs["j1"] / f"{name}.parquet", runs[other] / f"{name}.parquet"
        fa, fb = pd.read_parquet(pa), pd.read_parquet(pb)
        pd.testing.assert_frame_equal(fa, fb, check_exact=True)
        # pyarrow writes the same bytes for the same frame (no timestamps in the file)
        assert pa.read_bytes() == pb.read_bytes(), name


def test_no_timestamps_or_paths_of_the_run_inside_tables(runs):
    import re

    stamp = re.compile(rb"20\d\d-\d\d-\d\dT\d\d:\d\d|\d{10}\.\d+")
    for name in TABLES:
        data = (runs["j1"] / f"{name}.csv").read_bytes()
        assert not stamp.search(data), name
        assert str(runs["j1"]).encode() not in data, name


def test_rows_are_sorted(runs):
    import csv

    with open(runs["j1"] / "documents.csv", encoding="utf-8", newline="") as fh:
        ids = [r["doc_id"] for r in csv.DictReader(fh)]
    assert ids == sorted(ids)
    for kind in ("units", "people", "dates", "counts", "awards"):
        with open(runs["j1"] / f"{kind}.csv", encoding="utf-8", newline="") as fh:
            keys = [(r["doc_id"], int(r["start"]), int(r["end"])) for r in csv.DictReader(fh)]
        assert keys == sorted(keys), kind
