"""Normalise text (placeholder: replaced by the full normaliser)."""
from __future__ import annotations

import unicodedata

from .model import Document


def normalize(doc: Document) -> Document:
    t = unicodedata.normalize("NFKC", doc.raw_text).replace("\r\n", "\n").replace("\r", "\n")
    t = t.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    doc.text = t
    return doc
