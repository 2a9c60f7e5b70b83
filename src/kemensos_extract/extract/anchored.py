"""Anchored scans: a pattern's `finditer` matches, tried only where a match can start.

Extractors locate the few offsets where a pattern can begin (a month name, a
number word ...) with cheap `str.find` scans, then `match` there instead of
scanning the whole text.  Given a superset of the real start offsets, the
result is exactly what `finditer` yields (non-overlapping, leftmost first).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def find_all(low: str, words: tuple[str, ...]) -> list[int]:
    """Every offset (sorted) where one of `words` occurs in `low`."""
    out: list[int] = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            out.append(i)
            i = low.find(w, i + 1)
    out.sort()
    return out


def match_at(rx: Any, text: str, starts: list[int], span: int | None = None) -> Iterator[Any]:
    """The matches finditer would yield, given every offset where one can start (sorted, a superset).

    `span` bounds how far one match may read: without it, `regex` may first look
    for a literal the pattern requires in all the rest of the text, which is
    quadratic on a huge text.
    """
    last = 0
    n = len(text)
    for s in starts:
        if s < last:
            continue
        m = rx.match(text, s) if span is None else rx.match(text, s, min(n, s + span))
        if m is not None:
            last = m.end()
            yield m
