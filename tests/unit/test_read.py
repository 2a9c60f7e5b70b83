"""Reader: bytes in any encoding -> text, or a clear ReadError."""
from __future__ import annotations

import pytest

from kemensos_extract.model import Document
from kemensos_extract.read import ReadError, decode, html_to_text, read_bytes, repair

SENT = "Menteri Sosial Tri Rismaharini meminta capaian itu dijaga – “Saya ingin tahun depan lebih banyak sentra”."


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_decodes_common_encodings(enc):
    text, used = decode(SENT.encode(enc))
    assert text.lstrip("\ufeff") == SENT
    assert used


def test_cp1252_smart_quotes_and_dash():
    data = "Rabu (06/12/2023) \u2013 acara \u201cWBK\u201d".encode("cp1252")
    text, enc = decode(data)
    assert enc == "cp1252" and "\u2013" in text and "\u201c" in text


@pytest.mark.parametrize("data,needle", [(b"", "empty"), (b"   \n\n ", "empty"),
                                          (bytes(range(256)) * 20, "binary"),
                                          (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02" * 300, "binary")])
def test_bad_bytes_raise_clear_errors(data, needle):
    with pytest.raises(ReadError, match=needle):
        decode(data)


def test_mojibake_repaired():
    broken = SENT.encode("utf-8").decode("cp1252", errors="replace")
    assert "â€" in broken
    assert repair(broken).startswith("Menteri Sosial")
    assert "â€" not in repair(broken)


def test_html_page_reduced_to_text():
    page = "<html><head><script>var x=1;</script></head><body><p>JAKARTA - Sentra Paramita</p><p>Kedua</p></body></html>"
    assert html_to_text(page) == "JAKARTA - Sentra Paramita\n\nKedua"
    doc = read_bytes(page.encode(), Document("x"), name="x.html")
    assert "var x" not in doc.raw_text and doc.encoding.endswith("+html")


@pytest.mark.parametrize("page", [
    "<html><body><p>JAKARTA - Sentra Paramita</p><!-- komentar tanpa akhir",
    "<html><body><p>JAKARTA - Sentra Paramita</p><div class=\"x",
])
def test_truncated_html_leaves_no_markup(page):
    assert html_to_text(page) == "JAKARTA - Sentra Paramita"


def test_html_only_script_is_a_read_error():
    with pytest.raises(ReadError, match="HTML"):
        read_bytes(b"<html><script>var a=1;</script></html>", Document("x"), name="x.html")


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"\xff\xfe", b"\xff\xfe \x00\n\x00"])
def test_bom_only_is_empty(data):
    with pytest.raises(ReadError, match="empty"):
        read_bytes(data, Document("x"), name="x.txt")


def test_unexpected_decoder_error_becomes_read_error(monkeypatch):
    import kemensos_extract.read as read

    def boom(_data):
        raise RuntimeError("detector crashed")

    monkeypatch.setattr(read.charset_normalizer, "from_bytes", boom)
    with pytest.raises(ReadError, match="detector crashed"):
        read_bytes("Sentra \u00e9 caf\u00e9 \x81".encode("latin-1") + b"\x81\x8d" * 50 + "\u20ac".encode("utf-8"),
                   Document("x"))
