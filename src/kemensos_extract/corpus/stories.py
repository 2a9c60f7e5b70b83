"""Story grouping (stub until the real MinHash/LSH grouping lands)."""
from __future__ import annotations

from ..model import Document


def fingerprint(doc: Document):
    return None


def group(fps):
    story_of = {d: f"s-{d}" for d in sorted(fps)}
    rows = [{"story_id": s, "members": d, "n_members": 1, "representative_doc_id": d, "pairwise": ""} for d, s in story_of.items()]
    return story_of, rows
