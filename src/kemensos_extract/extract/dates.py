"""dates extractor (stub: replaced by the real rules)."""
from __future__ import annotations

from ..model import Document


def extract(doc: Document) -> None:
    """Append dates spans to doc.spans["dates"]."""
    return None
