"""counts extractor (stub: replaced by the real rules)."""
from __future__ import annotations

from ..model import Document


def extract(doc: Document) -> None:
    """Append counts spans to doc.spans["counts"]."""
    return None
