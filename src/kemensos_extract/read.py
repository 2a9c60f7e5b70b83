"""Bytes -> text.

Releases arrive in any encoding: UTF-8 (with or without BOM), UTF-16, Windows
code pages from old CMSs, sometimes already-garbled mojibake, sometimes a saved
HTML page.  Decoding is tried in order of how often each is right for this
genre; a file that cannot be decoded raises `ReadError` with a message an
analyst can act on (the pipeline records it and carries on).
"""
from __future__ import annotations

import codecs
import html
import re
from html.parser import HTMLParser

import charset_normalizer
import ftfy

from .model import Document


class ReadError(Exception):
    """A file that cannot be turned into text (empty, binary, undecodable, too large)."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Typical mojibake of UTF-8 read as cp1252/latin-1 ("â€œ", "Ã©", "Â ").
_MOJIBAKE = re.compile("[\u00c2\u00c3\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_OPEN_TAG = re.compile(r"</?[A-Za-z!]")
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|body|p|div|article|br)\b", re.I)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16/32 without BOM also has NULs: let those through when they decode cleanly.
        return not _is_utf16_text(head)
    ctrl = len(head) - len(head.translate(None, _CTRL_BYTES))  # C speed: a Python loop cost 0.2 ms per file
    return ctrl > max(8, len(head) // 50)


#: Bytes that mark binary content (C0 controls but tab, line feed, vertical tab, form feed, carriage return).
_CTRL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def _is_utf16_text(head: bytes) -> bool:
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            t = head[: len(head) // 2 * 2].decode(enc)
        except UnicodeDecodeError:
            continue
        if t and sum(ch.isprintable() or ch.isspace() for ch in t) / len(t) > 0.95:
            return True
    return False


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name). Raises ReadError."""
    if not data or not data.strip():
        raise ReadError("empty file: no text to read")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ReadError(f"file starts with a {enc} byte-order mark but does not decode as {enc}: {exc}") from exc
    if _looks_binary(data):
        if b"\x00" in data[:8192] and _is_utf16_text(data[:8192]):
            for enc in ("utf-16-le", "utf-16-be"):
                try:
                    return data.decode(enc), enc
                except UnicodeDecodeError:
                    pass
        raise ReadError("binary file: it holds control bytes, not text (is it a PDF, image or archive?)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 is what Indonesian CMS exports most often use when not UTF-8.
    try:
        text = data.decode("cp1252")
        if sum(ch.isascii() for ch in text) / len(text) > 0.9:
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError("undecodable: not UTF-8 and no known encoding fits the bytes")
    text = str(best)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text[:4096])) > 8:
        raise ReadError(f"undecodable: the best guess ({best.encoding}) yields control characters")
    return text, best.encoding


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "header", "footer", "title"}
    _SKIP = {"script", "style", "noscript", "nav", "form", "aside"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):  # noqa: D401
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per paragraph (scripts, menus, forms dropped)."""
    # A page cut off inside a comment or a tag ("<!-- x", "<div cla") would come
    # back as visible text at close(): drop the unterminated tail first.
    cut = markup.rfind("<!--")
    if cut != -1 and markup.find("-->", cut) == -1:
        markup = markup[:cut]
    lt = markup.rfind("<")
    if lt != -1 and markup.find(">", lt) == -1 and _OPEN_TAG.match(markup, lt):
        markup = markup[:lt]
    p = _TextExtractor()
    p.feed(markup)
    p.close()
    text = html.unescape("".join(p.parts))
    return re.sub(r"[ \t]*\n[ \t\n]*\n[ \t\n]*", "\n\n", text).strip()


def repair(text: str) -> str:
    """Fix mojibake only where it is present (ftfy is too slow to run on every release)."""
    if _MOJIBAKE.search(text):
        return ftfy.fix_text(text)
    return text


def read_bytes(data: bytes, doc: Document, *, name: str = "") -> Document:
    """Fill `doc.raw_text` and `doc.encoding` from raw bytes.

    Raises only `ReadError`: whatever the bytes, a third-party decoder or parser
    that trips on them is reported as this file's read error, never as a crash.
    """
    try:
        text, enc = decode(data)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - charset detection on hostile bytes
        raise ReadError(f"undecodable: encoding detection failed ({type(exc).__name__}: {exc})"[:300]) from exc
    if name.lower().endswith((".html", ".htm")) or _HTML_HINT.search(text[:2048]):
        try:
            text = html_to_text(text)
        except Exception as exc:  # noqa: BLE001 - html.parser on broken markup
            raise ReadError(f"HTML page that cannot be parsed ({type(exc).__name__}: {exc})"[:300]) from exc
        enc = f"{enc}+html"
        if not text.strip():
            raise ReadError("HTML page without visible text")
    try:
        text = repair(text)
    except Exception:  # noqa: BLE001 - a failed mojibake repair keeps the decoded text
        pass
    if not text.strip():
        raise ReadError("empty file: no text to read")
    doc.raw_text = text
    doc.encoding = enc
    return doc
