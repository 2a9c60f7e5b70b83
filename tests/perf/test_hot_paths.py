"""Hot-path guards (fast: a few seconds): compile once, no per-document pipeline building."""
from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
import regex

from kemensos_extract.pipeline import process_bytes, warm
from kemensos_extract.segment import get_nlp, split_sentences, split_sentences_fast

ROOT = Path(__file__).resolve().parents[2]
DEV = sorted((ROOT / "tests" / "gold" / "dev" / "texts").glob("*.txt"))


@pytest.fixture(scope="module")
def warmed() -> list[bytes]:
    warm()
    datas = [p.read_bytes() for p in DEV]
    for i, d in enumerate(datas):  # every lazy resource built once
        process_bytes(d, f"w{i}")
    return datas


def test_no_pattern_or_pipeline_built_per_document(warmed, monkeypatch):
    calls: list[str] = []
    real_re, real_regex = re.compile, regex.compile

    def spy_re(p, *a, **k):
        calls.append(f"re:{str(p)[:60]}")
        return real_re(p, *a, **k)

    def spy_regex(p, *a, **k):
        calls.append(f"regex:{str(p)[:60]}")
        return real_regex(p, *a, **k)

    monkeypatch.setattr(re, "compile", spy_re)
    monkeypatch.setattr(regex, "compile", spy_regex)
    import spacy

    monkeypatch.setattr(spacy, "blank", lambda *a, **k: calls.append("spacy.blank"))
    for i, d in enumerate(warmed):
        process_bytes(d, f"d{i}")
    assert not calls, f"compiled per document: {sorted(set(calls))[:10]}"


def test_no_dateparser_search_dates_on_whole_texts(warmed, monkeypatch):
    from dateparser import search

    monkeypatch.setattr(search, "search_dates", lambda *a, **k: pytest.fail("search_dates called"))
    for i, d in enumerate(warmed[:5]):
        process_bytes(d, f"d{i}")


def test_fast_segmenter_is_much_faster_than_spacy(warmed):
    texts = [d.decode("utf-8", errors="replace") for d in warmed]
    nlp = get_nlp()
    t = time.process_time()
    for x in texts * 2:
        split_sentences(x, nlp(x))
    slow = time.process_time() - t
    t = time.process_time()
    for x in texts * 2:
        split_sentences_fast(x)
    fast = time.process_time() - t
    assert fast * 2.5 < slow, (fast, slow)


def test_single_document_budget(warmed):
    """Whole pipeline per 3-4 KB release, one core: a generous CI bound (the target is ~4 ms)."""
    t = time.process_time()
    for i, d in enumerate(warmed):
        process_bytes(d, f"d{i}")
    per_doc = (time.process_time() - t) / len(warmed)
    assert per_doc < 0.1, f"{per_doc * 1000:.1f} ms per document"


def test_fast_path_never_builds_the_full_spacy_pipeline():
    """Workers warm in ~1 s: the default segmenter needs only `get_tokenizer`, never `spacy.blank`."""
    import os
    import subprocess
    import sys

    code = ("from kemensos_extract.pipeline import process_bytes, warm\n"
            "from kemensos_extract.segment import get_nlp\n"
            "warm()\n"
            "process_bytes('Jakarta (Kemensos) - Dr. Budi hadir. Prof. DR. R. Siti datang.'.encode(), 'x')\n"
            "assert get_nlp.cache_info().currsize == 0, 'spacy.blank was built'\n")
    env = {k: v for k, v in os.environ.items() if k != "KEMENSOS_SEGMENTER"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
