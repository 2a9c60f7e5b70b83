"""Extractors: each module exposes `extract(doc) -> None` (see ARCHITECTURE.md)."""
from __future__ import annotations

from . import awards, counts, dates, people, units

#: Order matters: later extractors read the spans of earlier ones.
EXTRACTORS = (("units", units.extract), ("dates", dates.extract), ("counts", counts.extract),
              ("people", people.extract), ("awards", awards.extract))
