"""Per-file isolation: every bad file becomes a `documents` row + an errors.jsonl line; the run goes on."""
from __future__ import annotations

import csv
import json
import os
import time
import zlib

import pytest

from kemensos_extract.api import extract_folder, load
from kemensos_extract.cli import main

from robust_helpers import SENTENCES, good_release, settings

GOOD = good_release()
_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8
_PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n" + zlib.compress(b"x" * 5000) * 4 + b"\x00" * 64
_ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + zlib.compress(bytes(range(256)) * 40)
_ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + bytes(range(256)) * 8

BAD_INPUTS: dict[str, dict[str, bytes]] = {
    "empty": {
        "empty_zero.txt": b"",
        "empty_spaces.txt": b"   \n\n\t \r\n ",
        "empty_bom.txt": b"\xef\xbb\xbf",
        "empty_bom_spaces.txt": b"\xef\xbb\xbf  \n\n",
    },
    "binary": {
        "binary_png.txt": _PNG,
        "binary_pdf.txt": _PDF,
        "binary_zip.txt": _ZIP,
        "binary_elf.txt": _ELF,
        "binary_allbytes.txt": bytes(range(256)) * 50,
    },
    "undecodable": {
        "undecodable_c1.txt": b"\x81\x8d\x8f\x90\x9d" * 200 + b"\xff\xfe\x00\xd8" * 10,
        "undecodable_bad_utf16_bom.txt": b"\xff\xfe" + b"\x00\xd8\x41\x00" * 50 + b"\x00",
        "undecodable_bad_utf32_bom.txt": b"\xff\xfe\x00\x00" + b"\xff\xff\xff\xff" * 40,
        "undecodable_controls.txt": bytes([1, 2, 3, 4, 5, 6, 14, 15, 16, 17]) * 100 + b"teks",
    },
    "html_bad": {
        "html_script_only.html": b"<html><head><script>var x = 1;</script><style>p{}</style></head><body></body></html>",
        "html_nav_only.htm": b"<!DOCTYPE html><html><body><nav>Beranda | Berita</nav><form>Cari</form></body></html>",
    },
}
# Files that must be read (status ok): odd but legitimate.
ODD_GOOD: dict[str, bytes] = {
    "html_page.html": ("<!DOCTYPE html><html><head><title>Sentra Budi Perkasa Raih WBK</title>"
                       "<script>track('x')</script></head><body><nav>Menu</nav><article>"
                       + "".join(f"<p>{s}</p>" for s in SENTENCES[8:13]) + "</article></body></html>").encode(),
    "html_in_txt.txt": ("<html><body><div>" + "<br>".join(SENTENCES[:5]) + "</div></body></html>").encode("utf-8"),
    "html_broken_markup.html": ("<html><body><p>" + SENTENCES[9] + "<p><b>" + SENTENCES[10] + "</i></div><!-- x").encode(),
    "utf16.txt": "\n\n".join(SENTENCES[:4]).encode("utf-16"),
    "cp1252.txt": "\n\n".join(SENTENCES[8:12]).encode("cp1252"),
    "bom_utf8.txt": b"\xef\xbb\xbf" + "\n\n".join(SENTENCES[:3]).encode(),
    "crlf.txt": "\r\n\r\n".join(SENTENCES[:6]).encode(),
}


def _docs(out):
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        return {r["doc_id"]: r for r in csv.DictReader(fh)}


def _errors(out):
    return {e["doc_id"]: e for e in map(json.loads, (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())}


def _stem(name: str) -> str:
    return name.rsplit(".", 1)[0]


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    src = tmp_path_factory.mktemp("bad_in")
    (src / "good.txt").write_bytes(GOOD)
    for files in BAD_INPUTS.values():
        for name, data in files.items():
            (src / name).write_bytes(data)
    for name, data in ODD_GOOD.items():
        (src / name).write_bytes(data)
    # 50 MB: a sparse file (instant to make); rejected from its size, before it is read
    with open(src / "large_50mb.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    big_text = src / "large_text_25mb.txt"
    with open(big_text, "wb") as fh:
        chunk = ("\n\n".join(SENTENCES) + "\n\n").encode() * 200
        while fh.tell() < 25 * 1024 * 1024:
            fh.write(chunk)
    out = tmp_path_factory.mktemp("bad_out")
    t0 = time.perf_counter()
    code = main(["run", str(src), "--out", str(out), "--jobs", "1", "--quiet"])
    return src, out, code, time.perf_counter() - t0


def test_exit_code_zero_and_nothing_lost(bad_run):
    src, out, code, seconds = bad_run
    assert code == 0
    docs = _docs(out)
    files = [p for p in src.iterdir() if p.is_file()]
    assert set(docs) == {_stem(p.name) for p in files}  # every file has its row
    # the oversized files are refused from their size: the run does not read 75 MB
    assert seconds < 60, seconds


@pytest.mark.parametrize("category", sorted(BAD_INPUTS))
def test_bad_files_are_recorded(bad_run, category):
    _, out, _, _ = bad_run
    docs, errors = _docs(out), _errors(out)
    for name in BAD_INPUTS[category]:
        d = docs[_stem(name)]
        assert d["status"] == "failed" and d["stage"] == "read" and d["error"], (name, d)
        assert errors[_stem(name)]["stage"] == "read" and errors[_stem(name)]["error"] == d["error"]
    if category == "empty":
        assert all("empty" in docs[_stem(n)]["error"] for n in BAD_INPUTS[category])
    if category == "binary":
        assert all("binary" in docs[_stem(n)]["error"] for n in BAD_INPUTS[category])


def test_large_files_rejected_by_size(bad_run):
    _, out, _, _ = bad_run
    docs = _docs(out)
    for name in ("large_50mb", "large_text_25mb"):
        d = docs[name]
        assert d["status"] == "failed" and d["stage"] == "read" and "too large" in d["error"], d
        assert int(d["n_bytes"]) > 20 * 1024 * 1024


@pytest.mark.parametrize("name", sorted(ODD_GOOD))
def test_odd_but_valid_files_are_read(bad_run, name):
    _, out, _, _ = bad_run
    d = _docs(out)[_stem(name)]
    assert d["status"] in ("ok", "partial"), d
    texts = load(out, ["texts"])["texts"]
    text = texts.loc[texts.doc_id == _stem(name), "text"].item()
    assert "<" not in text and "script" not in text and "track(" not in text
    assert len(text) > 100


def test_good_file_unaffected_by_neighbours(bad_run, tmp_path):
    _, out, _, _ = bad_run
    solo_in = tmp_path / "solo"
    solo_in.mkdir()
    (solo_in / "good.txt").write_bytes(GOOD)
    solo_out = tmp_path / "solo_out"
    assert main(["run", str(solo_in), "--out", str(solo_out), "--jobs", "1", "--quiet"]) == 0
    for table in ("units", "people", "awards", "dates", "counts"):
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
            mixed = [r for r in csv.DictReader(fh) if r["doc_id"] == "good"]
        with open(solo_out / f"{table}.csv", encoding="utf-8", newline="") as fh:
            solo = list(csv.DictReader(fh))
        assert mixed == solo, table
    assert _docs(out)["good"]["status"] == "ok"


def test_strict_turns_failures_into_exit_1(bad_run, tmp_path):
    src, _, _, _ = bad_run
    for name in ("large_50mb.txt", "large_text_25mb.txt"):
        os.unlink(src / name)
    assert main(["run", str(src), "--out", str(tmp_path / "o"), "--jobs", "1", "--quiet", "--strict"]) == 1


def test_large_file_with_raised_limit_is_read(tmp_path):
    """A 50 MB file under a raised --max-mb is read, not refused (fast variant: sparse = all NUL -> binary)."""
    src = tmp_path / "in"
    src.mkdir()
    with open(src / "big.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (src / "good.txt").write_bytes(GOOD)
    t0 = time.perf_counter()
    assert main(["run", str(src), "--out", str(tmp_path / "o"), "--jobs", "1", "--quiet", "--max-mb", "60"]) == 0
    seconds = time.perf_counter() - t0
    d = _docs(tmp_path / "o")
    assert d["big"]["status"] == "failed" and d["big"]["stage"] == "read" and "binary" in d["big"]["error"]
    assert d["good"]["status"] == "ok"
    assert seconds < 60, seconds


# ---- a stage that raises ---------------------------------------------------------
MARKER = "ZZBOOMZZ"


def _boom_extractor(kind, real):
    def fn(doc):
        if MARKER in doc.text:
            raise RuntimeError(f"{kind} exploded on purpose")
        return real(doc)
    return fn


def _stage_input(tmp_path, n_marked: int = 2):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"clean_{i}.txt").write_text("\n\n".join(SENTENCES[i * 3:i * 3 + 8]), encoding="utf-8")
    for i in range(n_marked):
        (src / f"marked_{i}.txt").write_text("\n\n".join(SENTENCES[i:i + 8]) + f"\n\nKata {MARKER} di sini.",
                                             encoding="utf-8")
    return src


@pytest.mark.parametrize("kind", ["units", "dates", "counts", "people", "awards"])
def test_extractor_that_raises_costs_only_its_own_spans(tmp_path, monkeypatch, kind):
    import kemensos_extract.pipeline as pipeline

    patched = tuple((k, _boom_extractor(k, fn) if k == kind else fn) for k, fn in pipeline.EXTRACTORS)
    monkeypatch.setattr(pipeline, "EXTRACTORS", patched)
    src = _stage_input(tmp_path)
    out = tmp_path / "out"
    summary = extract_folder(src, out, settings(jobs=1))
    assert summary.n_documents == 5
    docs, errors = _docs(out), _errors(out)
    for i in range(2):
        d = docs[f"marked_{i}"]
        assert d["status"] == "partial" and d["stage"] == f"extract:{kind}" and "exploded" in d["error"], d
        assert errors[f"marked_{i}"]["stage"] == f"extract:{kind}"
        assert int(d[f"n_{kind}"]) == 0
    for i in range(3):
        assert docs[f"clean_{i}"]["status"] == "ok"
    assert set(errors) == {"marked_0", "marked_1"}
    # the other extractors still ran on the marked documents
    others = sum(int(docs["marked_0"][f"n_{k}"]) for k in ("units", "dates", "counts", "people", "awards") if k != kind)
    assert others > 0


@pytest.mark.parametrize("stage", ["normalize", "segment"])
def test_early_stage_that_raises_fails_only_that_document(tmp_path, monkeypatch, stage):
    import kemensos_extract.pipeline as pipeline

    real = getattr(pipeline, stage)

    def boom(doc):
        if MARKER in (doc.text or doc.raw_text):
            raise ValueError(f"{stage} exploded on purpose")
        return real(doc)

    monkeypatch.setattr(pipeline, stage, boom)
    src = _stage_input(tmp_path)
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    docs, errors = _docs(out), _errors(out)
    for i in range(2):
        d = docs[f"marked_{i}"]
        assert d["status"] == "failed" and d["stage"] == stage and "exploded" in d["error"], d
    assert all(docs[f"clean_{i}"]["status"] == "ok" for i in range(3))
    assert set(errors) == {"marked_0", "marked_1"}
    assert main(["run", str(src), "--out", str(tmp_path / "o2"), "--jobs", "1", "--quiet", "--strict"]) == 1


def test_reader_that_raises_unexpectedly(tmp_path, monkeypatch):
    import kemensos_extract.pipeline as pipeline

    real = pipeline.read_bytes

    def boom(data, doc, *, name=""):
        if MARKER.encode() in data:
            raise MemoryError("reader exploded on purpose")
        return real(data, doc, name=name)

    monkeypatch.setattr(pipeline, "read_bytes", boom)
    src = _stage_input(tmp_path)
    out = tmp_path / "out"
    summary = extract_folder(src, out, settings(jobs=1))
    docs = _docs(out)
    assert summary.n_documents == 5 and summary.n_failed == 2
    assert docs["marked_0"]["stage"] == "read" and "exploded" in docs["marked_0"]["error"]


def test_unreadable_file_permission(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    src = _stage_input(tmp_path, 0)
    locked = src / "locked.txt"
    locked.write_text("Isi.", encoding="utf-8")
    locked.chmod(0)
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    d = _docs(out)["locked"]
    assert d["status"] == "failed" and d["stage"] == "read"
