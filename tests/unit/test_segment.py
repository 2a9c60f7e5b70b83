"""The fast sentence splitter must give exactly the spaCy pipeline's sentences."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from kemensos_extract.model import Document
from kemensos_extract.normalize import normalize
from kemensos_extract.read import read_bytes
from kemensos_extract.segment import segment, split_sentences, split_sentences_fast

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "gold").glob("*/texts/*.txt"))


def _texts(path: Path) -> list[str]:
    """The raw decoded text and the normalised text (what the pipeline segments)."""
    doc = Document(doc_id=path.stem)
    read_bytes(path.read_bytes(), doc, name=str(path))
    raw = doc.raw_text
    normalize(doc)
    return [raw, doc.text]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_fast_equals_spacy_on_real_releases(path):
    for text in _texts(path):
        assert split_sentences_fast(text) == split_sentences(text)


@pytest.mark.parametrize("text", [
    # titles and initials are not sentence ends (data/abbreviations.txt)
    "Hadir pula pengamat politik Prof. DR. R. Siti Zuhro dan JB Kristiadi. Acara ditutup.",
    "Kepala Balai, Drs. H.M. Soeharto, M.Si., membuka acara. Peserta hadir.",
    # a quote after the period stays with the sentence before it (spaCy's sentencizer rule)
    'Ia menutup sambutan. "Kami siap melayani," katanya.',
    "Penghargaan diterima pada Rabu (19/9). Selanjutnya 3.156 penerima manfaat dilayani.",
    "Sentra Handayani menerima penghargaan!Luar biasa?! Ya.",
    "Judul tanpa titik\n\nJAKARTA (9 Maret 2020) - Paragraf pertama. Kalimat kedua.\nBaris baru",
    "Kata.Kata lain…  Dua spasi.  Lalu\ttab. Akhir ",
    "www.kemensos.go.id. Email: humas@kemensos.go.id. Selesai",
    "", "   ", ".", "a.n. Menteri Sosial, Sekjen Kemensos.",
])
def test_fast_equals_spacy_on_genre_cases(text):
    assert split_sentences_fast(text) == split_sentences(text)


def test_fast_equals_spacy_on_fuzzed_text():
    pieces = [".", "...", "!", "?", "?!", '"', "“", "”", "'", "(", ")", ",", ";", ":", "-", "–", "/", "DR.", "Dr.",
              "Prof.", "H.M.", "M.Si.", "S.Sos", "a.n.", "No.", "dll.", "A.", "B", "Jakarta", "kata", "Kata",
              "3.156", "(19/9)", "2018.", "Rp1,5", "www.kemsos.go.id", "Covid-19", "RI.", "ok.Baru", " ", " ",
              "  ", "\n", "\n\n", " \n", "\t", "\xa0", "…", "%", "😀", "𑁇", "x𑁇y", "🇮🇩.", "Tbk.", "K.H.", "WIB.", "1.", "2)"]
    rng = random.Random(11)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + (" " if rng.random() < 0.5 else "") for _ in range(rng.randint(1, 20)))
        assert split_sentences_fast(text) == split_sentences(text), repr(text)


def test_segment_switch(monkeypatch):
    text = "Kalimat satu. Kalimat dua."
    doc = Document(doc_id="x", text=text)
    monkeypatch.setenv("KEMENSOS_SEGMENTER", "spacy")
    assert segment(doc).sentences == [(0, 13), (14, 26)]
    monkeypatch.setenv("KEMENSOS_SEGMENTER", "fast")
    assert segment(Document(doc_id="y", text=text)).sentences == [(0, 13), (14, 26)]


def _dropped() -> list[str]:
    from spacy.lang.id import Indonesian

    from kemensos_extract.segment import _abbreviations, _punct_chars, boundary_exceptions

    ex = Indonesian.Defaults.tokenizer_exceptions
    kept = boundary_exceptions(ex, _abbreviations(), _punct_chars())
    return sorted(set(ex) - set(kept))


def test_dropped_exceptions_split_into_parts_and_hyphens():
    """The premise of `boundary_exceptions`: without its exception a dropped word splits at its hyphens."""
    import re

    from kemensos_extract.segment import indonesian_tokenizer

    bare = indonesian_tokenizer({})
    dropped = _dropped()
    assert len(dropped) > 10_000  # the point: most of the 15,963 exceptions are not needed
    bad = [w for w in dropped if [t.text for t in bare(w)] != re.split("(-)", w)]
    assert not bad, bad[:10]


def test_fast_equals_spacy_around_dropped_exceptions():
    """Every dropped hyphenated word, in the contexts where a boundary could move."""
    from kemensos_extract.segment import _cached_tokens

    _cached_tokens.cache_clear()
    rng = random.Random(5)
    shapes = ["{w}. Lalu", "({w}). Lalu", "{w}.Lalu", '"{w}." Lalu', "{w}-D. x", "x. {w} y", "x.{w}", "{w}!? x",
              "A.{w}.", "{w}…", "x. ({w}", "x.  {w}."]
    words = _dropped()
    for i in range(0, len(words), 400):
        text = " ".join(rng.choice(shapes).format(w=w) for w in words[i:i + 400])
        assert split_sentences_fast(text) == split_sentences(text)
