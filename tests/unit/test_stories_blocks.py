"""Story grouping works block by block (bounded memory): results must not depend on the block size."""
from __future__ import annotations

import numpy as np

from kemensos_extract.corpus import stories


def _lists(seed: int = 3, n: int = 57) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    out = [np.unique(rng.integers(0, 400, size=int(rng.integers(0, 60))).astype(np.uint32)) for _ in range(n)]
    out[5] = np.zeros(0, np.uint32)  # an empty document inside a block
    return out


def _reference_doc_freq(lists: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    return np.unique(np.concatenate(lists).astype(np.uint32), return_counts=True)


def test_doc_freq_blockwise_equals_one_pass(monkeypatch) -> None:
    lists = _lists()
    want_u, want_c = _reference_doc_freq(lists)
    for block in (1, 4, 10, 1000):
        monkeypatch.setattr(stories, "DOC_BLOCK", block)
        u, c = stories._doc_freq(lists)
        assert u.dtype == np.uint32 and c.dtype == np.int64
        assert np.array_equal(u, want_u) and np.array_equal(c, want_c)


def test_token_weights_do_not_depend_on_block(monkeypatch) -> None:
    lists = _lists(seed=9)
    u, c = _reference_doc_freq(lists)
    n = len(lists)
    for block in (1, 7, 1000):
        monkeypatch.setattr(stories, "DOC_BLOCK", block)
        got = stories.token_weights(lists)
        assert len(got) == n
        for t, w in zip(lists, got):
            want = np.log1p((n + stories.IDF_SMOOTH) / (c[np.searchsorted(u, t)] + stories.IDF_SMOOTH)).astype(np.float32)
            assert w.dtype == np.float32 and np.array_equal(w, want)


def test_doc_freq_empty() -> None:
    u, c = stories._doc_freq([])
    assert u.size == 0 and c.size == 0


def test_group_does_not_depend_on_blocks(monkeypatch) -> None:
    """Block sizes bound memory only: the same stories and pair checks for any block size."""
    from pathlib import Path

    from kemensos_extract.pipeline import process_bytes

    root = Path(__file__).resolve().parents[1] / "gold"
    files = sorted(p for p in root.glob("*/texts/*") if p.is_file())
    assert files
    fps = {p.stem + f"-{k}": process_bytes(p.read_bytes(), p.stem).fingerprint for k in range(2) for p in files}
    want = stories.group(dict(fps), with_rejected=True)
    for doc_block, pair_block in ((1, 1), (3, 2), (5, 7)):
        monkeypatch.setattr(stories, "DOC_BLOCK", doc_block)
        monkeypatch.setattr(stories, "PAIR_BLOCK", pair_block)
        assert stories.group(dict(fps), with_rejected=True) == want
