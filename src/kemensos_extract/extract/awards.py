"""awards extractor (stub: replaced by the real rules)."""
from __future__ import annotations

from ..model import Document


def extract(doc: Document) -> None:
    """Append awards spans to doc.spans["awards"]."""
    return None
