"""Anchored scans: a pattern's `finditer` matches, tried only where a match can start.

Extractors locate the few offsets where a pattern can begin (a month name, a
number word ...) with cheap `str.find` scans, then `match` there instead of
scanning the whole text.  Given a superset of the real start offsets, the
result is exactly what `finditer` yields (non-overlapping, leftmost first).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import regex


def gate_key(word: str) -> str:
    """The leading run of [a-z0-9_] of a lower-cased word: every match led by the word starts with it
    (the keys dates and counts hand to the units gate, `units._shared_gate_keys`)."""
    return _KEY_RX.match(word.lower()).group()


_KEY_RX = re.compile(r"[a-z0-9_]*")


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


_DIGIT_RUN_RX = re.compile(r"[0-9]+")
#: ASCII bytes -> b"0" for a digit, b" " for anything else
_DIGIT_BYTES = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
#: a run of b"0" (spelled so that `re` finds the literal first byte at C speed; `0+` would be tried at every offset)
_DIGIT_RUN_BYTES_RX = re.compile(rb"00*")


@lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every run of ASCII digits in `text`, in order.

    Dates and counts both anchor their digit-led patterns on these runs: one C-speed scan per
    text (cached; the same `doc.text` object reaches both stages).  Read only.
    """
    starts: list[int] = []
    ends: list[int] = []
    if text.isascii():  # offsets in the bytes are offsets in the text
        it = _DIGIT_RUN_BYTES_RX.finditer(text.encode("ascii").translate(_DIGIT_BYTES))
    else:
        it = _DIGIT_RUN_RX.finditer(text)
    for m in it:
        s, e = m.span()
        starts.append(s)
        ends.append(e)
    return starts, ends


def match_at(rx: Any, text: str, starts: Iterable[int], span: int | None = None, *, end: int | None = None,
             overlapped: bool = False) -> Iterator[Any]:
    """The matches finditer would yield, given every offset where one can start (sorted, a superset).

    `span` bounds how far one match may read: without it, `regex` may first look
    for a literal the pattern requires in all the rest of the text, which is
    quadratic on a huge text.  `end`: finditer's endpos.  `overlapped`: as `regex`'s
    finditer flag (the next match may start one character after the last one's start).
    """
    last = 0
    n = len(text) if end is None else end
    for s in starts:
        if s < last:
            continue
        m = rx.match(text, s, n) if span is None else rx.match(text, s, min(n, s + span))
        if m is not None:
            last = s + 1 if overlapped else m.end()
            yield m


def twin(rx: "regex.Pattern[str]") -> "re.Pattern[str] | None":
    """`re` twin of a `regex` pattern, for ASCII texts: the same matches there (tests compare them), at
    about half the cost per call.  `\\s` is spelled out (`re`'s also takes \\x1c-\\x1f); None when `re`
    cannot compile it, it is not ASCII, or it uses a feature not proven the same in `re`."""
    known = regex.IGNORECASE | regex.MULTILINE | regex.VERSION0 | regex.VERSION1 | regex.UNICODE | regex.FULLCASE
    if rx.flags & ~known or not rx.pattern.isascii() or "\\\\" in rx.pattern or "[[" in rx.pattern:
        return None  # another flag, an escaped backslash or a nested set: not proven the same in `re`
    pat = rx.pattern.replace(r"\s", r"[\t\n\v\f\r ]")
    flags = (re.IGNORECASE if rx.flags & regex.IGNORECASE else 0) | (re.MULTILINE if rx.flags & regex.MULTILINE else 0)
    try:
        return re.compile(pat, flags)
    except re.error:
        return None
