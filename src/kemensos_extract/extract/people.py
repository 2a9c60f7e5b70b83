"""people extractor (stub: replaced by the real rules)."""
from __future__ import annotations

from ..model import Document


def extract(doc: Document) -> None:
    """Append people spans to doc.spans["people"]."""
    return None
