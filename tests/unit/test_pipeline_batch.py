"""A batch runs stage by stage over its documents: results equal one document at a time."""
from __future__ import annotations

import pickle
from pathlib import Path

from kemensos_extract.cache import loads
from kemensos_extract.pipeline import process_batch, process_bytes

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "tests" / "gold").glob("*/texts/*.txt"))[:40]


def _plain(res):
    return res.document, {k: list(v) for k, v in res.rows.items()}, res.text, res.fingerprint


def test_batch_equals_one_document_at_a_time():
    batch = [(p.read_bytes(), p.stem, str(p)) for p in FILES]
    batch.insert(3, (b"\xff\xfe\x00" * 10, "binary", "binary.bin"))  # a failed read inside the batch
    batch.insert(7, (b"", "empty", "empty.txt"))
    got = [loads(b) for b in process_batch(batch, None, None, False)]
    want = [process_bytes(d, i, p) for d, i, p in batch]
    assert len(got) == len(want) == len(FILES) + 2
    for g, w in zip(got, want):
        gd, gr, gt, gf = _plain(g)
        wd, wr, wt, wf = _plain(w)
        assert (gd, gr, gt) == (wd, wr, wt), gd["doc_id"]
        assert pickle.dumps(gf) == pickle.dumps(wf), gd["doc_id"]
