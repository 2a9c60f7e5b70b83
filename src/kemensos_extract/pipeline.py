"""Per-document pipeline: read -> normalise -> segment -> extract."""
from __future__ import annotations

from .extract import EXTRACTORS
from .model import Document
from .normalize import normalize
from .segment import segment


def extract_text(text: str, doc_id: str = "doc") -> Document:
    """Run every stage after reading on an in-memory text (used by tests and notebooks)."""
    doc = Document(doc_id=doc_id, raw_text=text)
    normalize(doc)
    segment(doc)
    for _name, fn in EXTRACTORS:
        fn(doc)
    return doc
