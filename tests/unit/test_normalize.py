"""Normaliser: clean text, strip web residue, find headline and dateline."""
from __future__ import annotations

import pytest

from kemensos_extract.model import Document
from kemensos_extract.normalize import clean_text, normalize, parse_dateline


def norm(text: str) -> Document:
    return normalize(Document("t", raw_text=text))


def test_unicode_quotes_dashes_spaces():
    text, _ = clean_text("Sentra\u00a0Budi Perkasa \u2013 \u201cKami\u201d\r\nRabu\u00a0(6/12)")
    assert text == 'Sentra Budi Perkasa - "Kami"\nRabu (6/12)'


def test_idempotent():
    raw = "DAERAH\n\nJudul\n\nJAKARTA (Waspada): Isi  berita \u201cx\u201d.\n\n0\n\nLEAVE A REPLY\n\nPlease enter your comment!"
    once, _ = clean_text(raw)
    assert clean_text(once)[0] == once


@pytest.mark.parametrize("residue", [
    "LEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here",
    "Tinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\n\nKomentar *",
])
def test_comment_forms_cut(residue):
    text, _ = clean_text("Isi berita pertama.\n\n" + residue)
    assert text == "Isi berita pertama."


@pytest.mark.parametrize("line", ["0", "DAERAH", "Baca juga: Kemensos dorong lebih banyak balai bangun zona integritas",
                                  "Simak juga video pilihan berikut ini:", "Bagikan:",
                                  "Facebook Twitter WhatsApp Telegram Salin Tautan"])
def test_residue_lines_dropped(line):
    text, _ = clean_text(f"Awal.\n\n{line}\n\nAkhir.")
    assert text == "Awal.\n\nAkhir."


def test_bylines_move_to_meta():
    doc = norm("Judul\n\nJakarta (ANTARA) - Isi.\n\nPewarta: Rangga Wijaya Kusuma\nEditor: Maria Ulfah Rosyidah\nCOPYRIGHT © ANTARA 2020")
    assert "Pewarta" not in doc.text and "Rangga" in doc.meta["byline"]


@pytest.mark.parametrize("line,city,outlet", [
    ("JAKARTA (Waspada): Dua unit", "Jakarta", "Waspada"),
    ("JAKARTA,NUSANTARAPOS,- Dua Unit", "Jakarta", "NUSANTARAPOS"),
    ("Mataram, KOMPAS.com - Sentra Paramita", "Mataram", "KOMPAS.com"),
    ("Liputan6.com, Jakarta - Birokrasi", "Jakarta", "Liputan6.com"),
    ("TRIBUNNEWS.COM - Kementerian Sosial", None, "TRIBUNNEWS.COM"),
    ("Gresik (ANTARA) - Kementerian Sosial", "Gresik", "ANTARA"),
    ("BEKASI - Matahari belum tinggi", "Bekasi", None),
    ("JAKARTA, POSKOTA.CO.ID - Kementerian", "Jakarta", "POSKOTA.CO.ID"),
])
def test_datelines(line, city, outlet):
    res = parse_dateline(line)
    assert res is not None
    _, c, o, _ = res
    assert c == city and o == outlet


def test_no_dateline_in_plain_sentence():
    assert parse_dateline("Sentra Paramita merupakan unit pelaksana teknis - yang") is None
    assert parse_dateline("Dengan penghargaan ini, Hasrifah menegaskan") is None


def test_headline_and_body_start():
    doc = norm("Dua UPT Kemsos Raih Penghargaan\n\n0\n\nJAKARTA (Waspada): Dua unit pelayanan teknis meraih prestasi.")
    assert doc.text[doc.headline[0]:doc.headline[1]] == "Dua UPT Kemsos Raih Penghargaan"
    assert doc.dateline.city == "Jakarta"
    assert doc.text[doc.body_start:].startswith("Dua unit")


@pytest.mark.parametrize("raw,expected", [
    ("a" + "-" * 5000 + "b", "a" + "-" * 16 + "b"),
    ("Judul\n" + "=" * 80, "Judul\n" + "=" * 16),
    ("Isi" + "." * 40, "Isi" + "." * 16),
    ("x" * 450, "x" * 200 + " " + "x" * 200 + " " + "x" * 50),
])
def test_runaway_runs_and_tokens_defused(raw, expected):
    assert clean_text(raw)[0] == expected


@pytest.mark.parametrize("raw", [
    "Judul\n\n----------\n\nIsi ... lihat https://kemensos.go.id/berita/sentra-budi-perkasa-raih-wbk.",
    "Nilai A- dan B+; tanggal --12-06; Rp1.250.000,00.",
])
def test_ordinary_text_not_defused(raw):
    assert clean_text(raw)[0] == raw


@pytest.mark.parametrize("raw", ["e\x00\u0301", "Sentra\u00ad\u0301", "a\u200e\u0308", "\ufeff\ufeffJudul", "A\x0cB\x0bC"])
def test_invisible_characters_removed_and_stable(raw):
    once, _ = clean_text(raw)
    assert clean_text(once)[0] == once
    assert not any(ord(c) < 32 and c != "\n" for c in once) and "\u200e" not in once and "\ufeff" not in once


def test_form_feed_is_a_space():
    assert clean_text("Sentra\x0cBudi")[0] == "Sentra Budi"


def test_hostile_boilerplate_line_is_fast():
    import time

    line = "facebook " * 33 + "x"
    t = time.perf_counter()
    clean_text(("Awal.\n" + line + "\n") * 200)
    assert time.perf_counter() - t < 2


@pytest.mark.parametrize("line,city,date", [
    ("Liputan6.com, Makassar, Kamis (14/11/2024) - Wakil Menteri Sosial", "Makassar", "2024-11-14"),
    ("Jakarta, Kamis (14/11/2024) - Wakil Menteri Sosial", "Jakarta", "2024-11-14"),
    ("BENGKULU, 16/10/2024 - Sentra", "Bengkulu", "2024-10-16"),
    ("TEMANGGUNG, 18 Desember 2020 - Balai Besar", "Temanggung", "2020-12-18"),
    ("SEMARANG (18/7/2019) - Dua unit", "Semarang", "2019-07-18"),
    ("JAKARTA (9 Maret 2020) - Balai Anak", "Jakarta", "2020-03-09"),
    ("Jakarta (ANTARA) - Tiga unit", "Jakarta", None),
])
def test_dateline_dates(line, city, date):
    _, c, _, d = parse_dateline(line)
    assert (c, d) == (city, date)


def test_timestamp_line_gives_published_date():
    doc = norm("Selasa, 30 Januari 2024 | 14:05 WIB\n\nSentra Antasena Magelang Kantongi Nilai A-\n\n"
               "MAGELANG - Sentra Antasena Magelang memperoleh nilai A-.")
    assert doc.dateline.date == "2024-01-30" and doc.dateline.city == "Magelang"
    assert doc.text[doc.headline[0]:doc.headline[1]] == "Sentra Antasena Magelang Kantongi Nilai A-"


def test_no_timestamp_no_date():
    doc = norm("Judul Berita\n\nBEKASI - Matahari belum tinggi ketika dua pekerja sosial datang.")
    assert doc.dateline.date is None


# ---------------------------------------------------------------------------
# ASCII fast path: the same output as the Unicode path, by construction and by test

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kemensos_extract import normalize as _nz  # noqa: E402

_ASCII_PIECES = st.sampled_from([
    " ", "  ", "\t", "\f", "\v", "\r", "\r\n", "\n", "\n\n", "`", "\x00", "\x1c", "\x1f", "\x7f", "a", "Sentra",
    "JAKARTA -", "Baca juga: x", "Editor: A", "12", "=" * 17, "_" * 20, "-" * 16, "." * 40, "x" * 150, "y" * 120,
])
_ASCII_TEXT = st.lists(st.one_of(_ASCII_PIECES, st.text(st.characters(max_codepoint=127), max_size=12)),
                       max_size=40).map("".join)


def _reference_clean(raw: str) -> tuple[str, list[str]]:
    """`clean_text` through the general (Unicode) path only."""
    t = _nz._SPACES.sub(" ", _nz._unicode(raw))
    out: list[str] = []
    bylines: list[str] = []
    for line in t.split("\n"):
        line = _nz._defuse(line.strip())
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        action = _nz._rule_for(line)
        if action == "cut_rest":
            break
        if action == "drop":
            continue
        if action == "byline":
            bylines.append(line)
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out), bylines


@settings(max_examples=400, deadline=None)
@given(_ASCII_TEXT)
def test_ascii_fast_path_equals_unicode_path(raw: str) -> None:
    assert _nz._unicode_ascii(raw) == _nz._unicode(raw)
    assert clean_text(raw) == _reference_clean(raw)


@pytest.mark.parametrize("raw", ["a" + "=" * 17 + "b", "x " + "_" * 17, "a\n" + "." * 30, "y" * 201, "z " * 3 + "w" * 300,
                                 ("k" * 150 + " ") * 3, "ab\n" + "c" * 199 + "\n" + "d" * 201])
def test_ascii_gates_see_runs_and_giant_tokens(raw: str) -> None:
    t = _nz._unicode_ascii(raw)
    lines = t.split("\n")
    if any(_nz._RUN_RX.search(ln) for ln in lines):
        assert _nz._may_have_runs(t)
    if any(_nz._LONG_TOKEN_RX.search(ln) for ln in lines):
        assert _nz._may_have_long_tokens(t)
    assert clean_text(raw) == _reference_clean(raw)


def test_dateline_needs_match_the_patterns() -> None:
    """Each pattern's required characters really are required: a line without them never matches."""
    for i, rx in enumerate(_nz._DATELINE_PATTERNS):
        for line in ["JAKARTA (9 Maret 2020) - x", "Liputan6.com, Makassar, Kamis (14/11/2024) - x",
                     "JAKARTA,NUSANTARAPOS,- x", "TRIBUNNEWS.COM - x", "BEKASI - x", "JAKARTA (Waspada): x"]:
            if rx.match(line):
                assert all(any(ch in line for ch in group) for group in _nz._DATELINE_NEEDS[i])


@pytest.mark.parametrize("line", [
    "LEAVE A REPLY", "Tinggalkan Balasan", "Please enter your comment!", "Alamat email anda tidak akan dipublikasikan.",
    "Tulis komentar di sini", "7", "1234", "Baca juga: Mensos resmikan sentra", "BACA PULA > x", "Simak video berikut ini",
    "Bagikan :", "Share this:", "Facebook Twitter WhatsApp", "Ikuti berita terbaru di kanal kami", "Tags:", "NASIONAL",
    "Editor: Maria", "Copyright (c) 2024 ANTARA", "© Kemensos 2024", "Dapatkan update berita pilihan di Google News",
])
def test_prefix_gate_never_hides_a_rule(line):
    """`_prefix_may_match` only skips lines no rule matches: every rule's own example passes it."""
    assert _nz._rule_for(line) is not None
    assert len(line) <= _nz._GATE_LEN or _nz._prefix_may_match(line[:_nz._GATE_LEN])


def test_prefix_gate_skips_body_lines():
    for line in ["Menteri Sosial Tri Rismaharini menyerahkan penghargaan.", "Kepala Sentra menyampaikan terima kasih."]:
        assert not _nz._prefix_may_match(line[:_nz._GATE_LEN])


@pytest.mark.parametrize("line", [
    "JAKARTA (9 Maret 2020) - x", "Liputan6.com, Makassar, Kamis (14/11/2024) - x", "JAKARTA,NUSANTARAPOS,- x",
    "TRIBUNNEWS.COM - x", "BEKASI - x", "JAKARTA (Waspada): x", "Menteri Sosial, Tri Rismaharini, menyerahkan - x",
    "A,  " + " " * 60 + "- x", "Jakarta\t- x", "Jakarta, Kamis (14/11/2024) - Wakil", "Selasa, 30 Januari 2024 | 14:05 WIB",
])
def test_dateline_twins_match_like_the_regex_patterns(line):
    """The `re` twins used on plain ASCII lines give what the `regex` patterns give."""
    twins, ts_twin = _nz._twins()
    for rx, tw in zip(_nz._DATELINE_PATTERNS, twins):
        a, b = rx.match(line), tw.match(line)
        assert (a and (a.end(), a.groupdict())) == (b and (b.end(), b.groupdict()))
    a, b = _nz._TIMESTAMP.fullmatch(line), ts_twin.fullmatch(line)
    assert (a and a.groupdict()) == (b and b.groupdict())
