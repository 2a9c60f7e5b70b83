"""Story grouping: which releases tell the same story (one release, several outlets).

Two kinds of "same story" occur in the genre:

* **reprints** - an outlet copies a Kemensos release with light edits (seeds 001/003:
  word 3-shingle Jaccard 0.26, containment 0.71);
* **rewrites** - ANTARA, Kompas, Liputan6 ... retell the same release in their own
  words; they share the event, its date, the recipients and the people quoted, but
  little running text (content-word Jaccard 0.21-0.43, 3-shingle Jaccard 0.04-0.12,
  no better than a follow-up about the same award).

What separates a rewrite from a *follow-up* (same award, another day: a piagam
arriving, a thanksgiving, a feature) or a *recap* is the date the release is
about, so the decision uses it.

Pipeline
--------
1. `fingerprint(doc)` (in the worker, pure): the body without headline, dateline,
   bylines, signatures and short lines (`data/story_ignore_lines.txt`); from it
   * ``tokens`` - sorted unique crc32 of content words (stop words in
     `data/story_stopwords.txt` and bare numbers removed): the exact check;
   * ``sig`` - a MinHash (`NUM_PERM` multiply-shift hashes) of word 3-shingles:
     LSH candidates for reprints and the containment estimate;
   * ``date`` - the release's own date: the dateline date, else the first
     "Rabu (19/9)"-style date (year inferred from the weekday and the years the
     text names, as the weekday alone pins it);
   * ``subjects`` - award recipient unit keys (else unit keys) when extracted.
2. `group(fps)`: candidate pairs = LSH banding over ``sig`` (reprints) UNION
   rare-word blocking (pairs sharing >= `MIN_SHARED_KEYS` of their
   `KEYS_PER_DOC` rarest words; finds rewrites, which LSH cannot find cheaply);
   a vectorised pass drops pairs dated apart (rule 3 below) in bulk; the rest get
   the exact check `same_story`; union-find joins accepted pairs.  Cost: sorting
   plus sum over buckets of size^2 with every bucket capped (`MAX_BUCKET`,
   `KEY_POSTING_MAX`) - sub-quadratic; ``bench/README.md`` has the figures.

The exact check (`same_story`)
------------------------------
1. both have award recipients and they are disjoint -> different stories (two
   releases about one ceremony but different recipients, even from one template);
2. estimated 3-shingle containment >= `VERBATIM_CONTAINMENT` -> same story (a copy);
3. both dates known and more than `DATE_TOL_DAYS` apart -> different stories;
4. both name units (no recipients) and they are disjoint -> different stories;
5. content-word Jaccard >= `T_DATED` when both dates are known (and close),
   >= `T_UNDATED` when either date is unknown; >= `T_SHARED_AWARDS` when both are
   dated close and report awards to the same two or more units (one's recipients
   among the other's), or to the same units a day apart at most; >= `T_SHARED_AWARDS_UNDATED`
   when a date is unknown and both report awards to the same two or more units.

Calibration (seeds + dev gold; `bench/calibrate_stories.py` prints it, `bench/README.md` keeps it)
-----------------------------------------------------------------------------------------------
Score = content-word Jaccard weighted by smoothed IDF (`token_weights`; nearly flat
on a 24-document set).  True pairs: 0.202 (two reprints also joined through a
third at 0.264 / 0.303), 0.271, 0.302 (undated), 0.303, 0.322, 0.366, 0.392
(undated), 0.409.  False pairs with both dates close: at most 0.133 (another
release 2 days later about one of the same awards); with a date unknown: at most
0.174 (a recap); with dates apart: up to 0.204 (recaps of earlier awards) - only
the date rule separates these, which is why it exists.  Hence T_DATED = 0.18 (true >= 0.202, false <= 0.133) and
T_UNDATED = 0.26 (true >= 0.302, false <= 0.174).  Estimated 3-shingle
containment: false pairs <= 0.30, a real reprint 0.77, so the
copy rule starts at 0.6.  On synthetic corpora (bench/dedup_scaling.py) the same
thresholds give pair precision 1.0 and recall ~0.95-0.97.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
import zlib
from dataclasses import dataclass, field
from collections.abc import Callable
from functools import cache, lru_cache, partial
from typing import Any, Union

import numpy as np

from ..extract.anchored import find_all, match_at
from ..model import Document
from ..resources import load_csv, load_lines, split_list

# ---- parameters (calibrated: see module docstring) ---------------------------
NUM_PERM = 120          # MinHash size (bands x rows)
LSH_BANDS = 40          # 40 bands x 3 rows: LSH threshold ~ (1/40)^(1/3) = 0.29 on 3-shingles
LSH_ROWS = 3
MAX_BUCKET = 200        # an LSH bucket larger than this is boilerplate, not a story
KEYS_PER_DOC = 24       # rarest words per document used for blocking
KEY_POSTING_MAX = 100   # a blocking word chosen by more documents than this is not distinctive
MIN_SHARED_KEYS = 2     # candidate when two documents share this many blocking words
MIN_TOKENS = 12         # fewer content words than this: near-empty, stays a singleton
DATE_TOL_DAYS = 3       # reprints appear within a few days of the release
T_DATED = 0.18          # weighted content-word Jaccard, both dates known and close
T_UNDATED = 0.26        # weighted content-word Jaccard, a date unknown
#: both dated close and reporting awards to the same units (two at least, one release's recipients
#: among the other's; or the same recipients a day apart at most): rewrites of one ceremony share
#: fewer words (0.143, 0.171 in heldout6; 0.167 in heldout7)
T_SHARED_AWARDS = 0.14
#: a date unknown, the same two or more award recipients: a rewrite (0.229 in heldout2; false pairs
#: with a date unknown reach 0.174, a recap naming many more units)
T_SHARED_AWARDS_UNDATED = 0.20
VERBATIM_CONTAINMENT = 0.6  # estimated 3-shingle containment of a copy
IDF_SMOOTH = 20.0       # smoothing of the token weights (see token_weights)
DOC_BLOCK = 2048        # documents per block in the per-token passes (memory, not results)
PAIR_BLOCK = 16384      # candidate pairs per block in the signature comparison (memory, not results)

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK32 = np.uint64(0xFFFFFFFF)


@dataclass(slots=True)
class Fingerprint:
    """Compact, picklable summary of one release (about 1-2 KB)."""

    tokens: np.ndarray                      # uint32, sorted unique content-word hashes
    sig: np.ndarray | None = None           # uint32[NUM_PERM] MinHash of word 3-shingles
    n_shingles: int = 0
    date: tuple[int, int, int] | None = None  # (year or 0 when unknown, month, day)
    subjects: tuple[str, ...] = ()
    subjects_from_awards: bool = False  # subjects are award recipients (not just units named)
    n_tokens: int = 0

    @property
    def empty(self) -> bool:
        return self.n_tokens < MIN_TOKENS or self.sig is None


# ---- data ----------------------------------------------------------------------
@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("story_stopwords.txt"))


@lru_cache(maxsize=1)
def _ignore_rx() -> "re.Pattern[str]":
    pats = [f"(?:{p})" for p in load_lines("story_ignore_lines.txt")]
    return re.compile("|".join(pats) if pats else r"(?!x)x", re.I)


@lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    days: dict[str, int] = {}
    for row in load_csv("story_calendar.csv"):
        target = months if row["kind"] == "month" else days
        for name in split_list(row["name"]):
            target[name.lower()] = int(row["number"])
    return months, days


@lru_cache(maxsize=1)
def _date_rx() -> tuple["re.Pattern[str]", "re.Pattern[str]", "re.Pattern[str]"]:
    months, days = _calendar()
    mon = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    wd = "|".join(sorted(map(re.escape, days), key=len, reverse=True))
    # dateline-style full date near the top: "(16 Desember 2020)", "16/10/2024", "18/7/2019"
    full = re.compile(rf"\b(\d{{1,2}})(?:\s+({mon})\.?\s+|[/.-](\d{{1,2}})[/.-])(\d{{4}})\b", re.I)
    # "Rabu (19/9)", "Selasa (15/12/2020)", "Kamis, (20/09/2018)"
    wdate = re.compile(rf"\b({wd})\s*,?\s*\(\s*(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*(\d{{2,4}}))?\s*\)", re.I)
    # "Rabu, 9 Oktober 2024" / "Rabu (9 Oktober 2024)"
    wlong = re.compile(rf"\b({wd})\s*,?\s*\(?\s*(\d{{1,2}})\s+({mon})\.?(?:\s+(\d{{4}}))?", re.I)
    return full, wdate, wlong


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@lru_cache(maxsize=1)
def _perms() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(20261123)
    a = rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    return a, b


# ---- fingerprint -----------------------------------------------------------------
def story_text(doc: Document) -> str:
    """The body lines that carry the story (no headline/dateline/byline/signature/short line)."""
    text = doc.text or ""
    start = doc.body_start if 0 <= doc.body_start <= len(text) else 0
    if doc.headline and doc.headline[1] > start:
        start = doc.headline[1]
    ignored = _ignore_rx().fullmatch
    # lines of at least 5 words (split stops at the fifth) that no ignore pattern covers
    return "\n".join([line for line in map(str.strip, text[start:].split("\n"))
                      if len(line.split(None, 4)) == 5 and not ignored(line)])


class _WordCodes(dict):
    """word -> crc32 | (content word) << 32, computed once per distinct word.

    Releases reuse a small vocabulary, so a dict hit (C speed through `map`)
    replaces a crc32, an encode, a stop-word lookup and `isdigit` per word.
    `_word_codes` holds `str` words, `_byte_codes` ASCII `bytes` words (`_codes`): same codes.
    Cleared when it grows past `_WORD_CODES_MAX` (bounded memory per worker).
    """

    def __missing__(self, key: str | bytes) -> int:
        if len(self) >= _WORD_CODES_MAX:
            self.clear()
        if isinstance(key, bytes):
            raw, w = key, key.decode("ascii")
        else:
            raw, w = key.encode("utf-8"), key
        v = zlib.crc32(raw) | ((w not in _stopwords() and not w.isdigit()) << 32)
        self[key] = v
        return v


_WORD_CODES_MAX = 200_000
_word_codes = _WordCodes()
_byte_codes = _WordCodes()  # apart from str keys: b"x" and "x" hash alike, so they would collide


def _minhash(shingles: np.ndarray) -> np.ndarray:
    """MinHash by multiply-shift: min over shingles of (a * x + b) >> 32, per permutation.

    The shift is monotone, so it is applied once to the minima; permutations are
    rows (a contiguous reduction); chunked so that a 1 MB document stays small.
    A release (~400 shingles) is one chunk: three ufunc calls, no loop, no running
    minimum.  Order and repeats of `shingles` do not matter (a minimum).  Unsigned
    array arithmetic wraps silently (numpy only warns on scalar overflow): no errstate.
    (Tried: a and b tiled to full rows so the ufuncs see same-shape operands - a
    third faster when the cache is warm, no faster right after the extractors; also
    an (n, NUM_PERM) layout, permutation blocks in a reused buffer, and Python sets
    instead of the sorts for tokens / shingle count: none faster after the extractors.
    numpy's uint64 multiply is scalar code, so the product dominates.)
    """
    a, b = _perms_cols()
    if 0 < len(shingles) <= _MINHASH_CHUNK:
        hv = np.multiply(a, shingles)
        hv += b  # in place: no second temporary of the chunk's size
        best = np.minimum.reduce(hv, axis=1)
    else:
        best = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
        for i in range(0, len(shingles), _MINHASH_CHUNK):
            hv = np.multiply(a, shingles[i:i + _MINHASH_CHUNK])
            hv += b
            np.minimum(best, np.minimum.reduce(hv, axis=1), out=best)
    return (best >> _SHIFT32).astype(np.uint32)


_MINHASH_CHUNK = 4096
_SHIFT32 = np.uint64(32)


@lru_cache(maxsize=1)
def _perms_cols() -> tuple[np.ndarray, np.ndarray]:
    a, b = _perms()
    return np.ascontiguousarray(a[:, None]), np.ascontiguousarray(b[:, None])


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    """`np.unique(x)` for a small 1-D array: sort + neighbour test (np.unique hashes first,
    several times slower on the few hundred values of one release)."""
    x = np.sort(x)
    if x.size > 1:
        keep = np.empty(x.size, dtype=bool)
        keep[0] = True
        np.not_equal(x[1:], x[:-1], out=keep[1:])
        x = x[keep]
    return x


def _ascii_word_table() -> bytes:
    """bytes.translate table: ASCII word characters (what ``\\w`` matches) lowercased, the rest spaces."""
    out = bytearray(b" " * 256)
    for c in range(128):
        ch = chr(c)
        if _WORD.fullmatch(ch):
            out[c] = ord(ch.lower())
    return bytes(out)


_ASCII_WORDS = _ascii_word_table()


def _codes(body: str) -> np.ndarray:
    """uint64 `_WordCodes` code of every word of ``_WORD.findall(body.lower())``, in order.

    ASCII text (nearly every release) is split as bytes through one translate + split,
    several times faster than the regex (same words: `_ASCII_WORDS`).
    """
    if body.isascii():
        words = body.encode("ascii").translate(_ASCII_WORDS).split()
        memo = _byte_codes
    else:
        words = _WORD.findall(body.lower())
        memo = _word_codes
    return np.fromiter(map(memo.__getitem__, words), dtype=np.uint64, count=len(words))


def _weekday_year(day: int, month: int, weekday: int, years: list[int]) -> int:
    """The year (among those the text names) in which day/month falls on `weekday`; 0 if none."""
    for y in sorted(set(years), reverse=True):
        try:
            if _dt.date(y, month, day).weekday() == weekday:
                return y
        except ValueError:
            continue
    return 0


def release_date(doc: Document, text: str | None = None) -> tuple[int, int, int] | None:
    """The date the release is about: dateline date, else the first weekday-dated event.

    Returns (year or 0, month, day) or None.  Pure and cheap: a few regexes.
    """
    text = doc.text if text is None else text
    if doc.dateline is not None and doc.dateline.date:
        try:
            d = _dt.date.fromisoformat(doc.dateline.date[:10])
            return (d.year, d.month, d.day)
        except ValueError:
            pass
    months, days = _calendar()
    full, wdate, wlong = _date_rx()
    # a full date in the dateline region (first 80 characters of the body / dateline)
    lo = doc.dateline.start if doc.dateline is not None else doc.body_start
    head = text[lo: max(lo, doc.body_start) + 80] if text else ""
    m = full.search(head)
    if m:
        mo = months.get((m.group(2) or "").lower()) if m.group(2) else int(m.group(3))
        d = _valid(int(m.group(4)), mo or 0, int(m.group(1)))
        if d:
            return d
    years: list[int] | None = None  # the years the text names, read only when a weekday needs one
    best: tuple[int, tuple[int, int, int]] | None = None
    start = doc.body_start if doc.body_start < len(text) else 0
    ascii_text = text.isascii()
    starts: list[int] | None = None
    if ascii_text:
        # both patterns start with a weekday name: try them only where one occurs
        starts = [i for i in find_all(text.lower(), tuple(days)) if i >= start]
        if not starts:
            return None
    for rx, kind in ((wdate, "num"), (wlong, "long")):
        m = rx.search(text, start) if starts is None else next(match_at(rx, text, starts), None)
        if not m:
            continue
        wd = days.get(m.group(1).lower(), -1)
        if kind == "num":
            dd, mo, yy = int(m.group(2)), int(m.group(3)), m.group(4)
        else:
            dd, mo, yy = int(m.group(2)), months.get(m.group(3).lower(), 0), m.group(4)
        y = int(yy) if yy else 0
        if 0 < y < 100:
            y += 2000
        if not y and wd >= 0 and 1 <= mo <= 12:
            if years is None:
                years = _text_years(text)
            y = _weekday_year(dd, mo, wd, years)
        d = _valid(y, mo, dd)
        if d and (best is None or m.start() < best[0]):
            best = (m.start(), d)
    return best[1] if best else None


def _text_years(text: str) -> list[int]:
    """``[int(y) for y in _YEAR.findall(text[:_YEAR_SCAN])]``, a few times faster: `_YEAR_FAST` has no
    leading ``\\b`` (so `re` skips ahead to a 1 or a 2), the left boundary is tested per match."""
    head = text[:_YEAR_SCAN]
    return [int(m.group()) for m in _YEAR_FAST.finditer(head)
            if not (m.start() and _WORD_CHAR.match(head, m.start() - 1))]


_YEAR_SCAN = 20000  # characters searched for the years a text names
# `_YEAR` without its leading \b: a rejected match (word character before it) is followed by a
# non-word character, so it cannot hide an overlapping standalone year
_YEAR_FAST = re.compile(r"(?:19[5-9]|20\d)\d(?!\w)")
_WORD_CHAR = re.compile(r"\w")


def _valid(y: int, m: int, d: int) -> tuple[int, int, int] | None:
    try:
        _dt.date(y or 2000, m, d)
    except (ValueError, TypeError):
        return None
    return (y, m, d)


def _subjects(doc: Document) -> tuple[tuple[str, ...], bool]:
    """Award recipient unit keys (True), else the unit keys named (False)."""
    keys = {str(s.attrs.get("recipient_unit_key") or "") for s in doc.spans.get("awards", [])}
    keys.discard("")
    if keys:
        return tuple(sorted(keys)), True
    keys = {str(s.attrs.get("unit_key") or "") for s in doc.spans.get("units", [])}
    keys.discard("")
    return tuple(sorted(keys)), False


_SHINGLE_C1 = np.uint32(0x9E3779B1)
_SHINGLE_C2 = np.uint32(0x85EBCA77)


def fingerprint(doc: Document) -> Fingerprint:
    """Fingerprint one document (pure; run in the worker)."""
    codes = _codes(story_text(doc))
    wh = codes.astype(np.uint32)  # the crc32 (low half): shingles and content words share it
    tokens = _sorted_unique(wh[codes > _MASK32])  # content words carry bit 32
    subjects, from_awards = _subjects(doc)
    fp = Fingerprint(tokens=tokens, n_tokens=int(tokens.size), date=release_date(doc), subjects=subjects,
                     subjects_from_awards=from_awards)
    if codes.size >= 3 and fp.n_tokens >= MIN_TOKENS:
        # (x*C1 ^ y*C2 ^ z) mod 2**32 of the word hashes, in uint32 (wrapping) arithmetic
        sh = np.sort(wh[:-2] * _SHINGLE_C1 ^ wh[1:-1] * _SHINGLE_C2 ^ wh[2:])
        # the MinHash ignores repeats: only their count needs the distinct shingles
        fp.n_shingles = int(sh.size) - int(np.count_nonzero(sh[1:] == sh[:-1]))
        fp.sig = _minhash(sh.astype(np.uint64))
    return fp


# ---- pair scores -------------------------------------------------------------------
def jaccard(a: np.ndarray, b: np.ndarray, wa: np.ndarray | None = None, wb: np.ndarray | None = None) -> float:
    """Jaccard of two sorted token-hash sets; weighted (sum of weights) when weights are given."""
    if a.size == 0 or b.size == 0:
        return 0.0
    if wa is None or wb is None:
        inter = np.intersect1d(a, b, assume_unique=True).size
        return inter / (a.size + b.size - inter)
    _, ia, _ = np.intersect1d(a, b, assume_unique=True, return_indices=True)
    w_inter = float(wa[ia].sum())
    total = float(wa.sum()) + float(wb.sum()) - w_inter
    return w_inter / total if total > 0 else 0.0


def _doc_freq(token_lists: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """(sorted unique tokens, number of documents holding each): each list is already unique.

    Counted block by block and merged, so the peak is one block's tokens plus the
    vocabulary, not every token of the corpus at once (100,000 documents: ~25
    million tokens, several copies of which a single `np.unique` would hold).
    """
    uniq, counts = np.zeros(0, np.uint32), np.zeros(0, np.int64)
    for lo in _blocks(len(token_lists)):
        part = token_lists[lo:lo + DOC_BLOCK]
        if not part:
            continue
        u, c = np.unique(np.concatenate(part).astype(np.uint32), return_counts=True)
        if uniq.size == 0:
            uniq, counts = u, c.astype(np.int64)
            continue
        allu = np.concatenate((uniq, u))
        allc = np.concatenate((counts, c.astype(np.int64)))
        order = np.argsort(allu, kind="stable")
        allu, allc = allu[order], allc[order]
        starts = np.concatenate(([0], np.flatnonzero(np.diff(allu)) + 1))
        uniq, counts = allu[starts], np.add.reduceat(allc, starts)
    return uniq, counts


def _blocks(n: int) -> range:
    """Start offsets of document blocks: per-token temporaries stay small (100,000 documents
    hold ~25 million tokens; a whole-corpus int64 index per token would cost 200 MB each)."""
    return range(0, n, DOC_BLOCK)


def token_weights(token_lists: list[np.ndarray]) -> list[np.ndarray]:
    """Smoothed IDF per token of each document: ln(1 + (N + S) / (df + S)), S = IDF_SMOOTH.

    With a few dozen documents the weights are nearly flat (plain Jaccard, as
    calibrated on the gold sets); with thousands, words every release uses
    (templates, ministry names) weigh little next to a story's own names.
    `group` computes them per document on demand (`_Weights`): same values.
    """
    w = _Weights(token_lists)
    return [w(i) for i in range(len(token_lists))]


class _Weights:
    """`token_weights` of one document at a time, from the corpus document frequencies.

    Only documents in candidate pairs need weights; a list for every document
    would hold ~100 MB at 100,000 documents.
    """

    def __init__(self, token_lists: list[np.ndarray]) -> None:
        self.token_lists = token_lists
        self.n = len(token_lists)
        self.uniq, self.counts = _doc_freq(token_lists)

    def __call__(self, i: int) -> np.ndarray:
        t = self.token_lists[i]
        if t.size == 0:
            return np.zeros(0, np.float32)
        df = self.counts[np.searchsorted(self.uniq, t.astype(np.uint32))]
        return np.log1p((self.n + IDF_SMOOTH) / (df + IDF_SMOOTH)).astype(np.float32)


def shingle_containment(a: Fingerprint, b: Fingerprint) -> float:
    """Containment of the smaller 3-shingle set in the larger, estimated from the MinHashes."""
    if a.sig is None or b.sig is None:
        return 0.0
    j = float(np.count_nonzero(a.sig == b.sig)) / NUM_PERM
    small = min(a.n_shingles, b.n_shingles)
    if small == 0:
        return 0.0
    return min(1.0, j * (a.n_shingles + b.n_shingles) / ((1.0 + j) * small))


def days_apart(a: tuple[int, int, int] | None, b: tuple[int, int, int] | None) -> int | None:
    """Days between two release dates; month-day distance when a year is unknown."""
    if not a or not b:
        return None
    if a[0] and b[0]:
        return abs((_dt.date(*a) - _dt.date(*b)).days)
    x = _dt.date(2001, a[1], min(a[2], 28) if a[1] == 2 else a[2])
    y = _dt.date(2001, b[1], min(b[2], 28) if b[1] == 2 else b[2])
    d = abs((x - y).days)
    return min(d, 365 - d)


#: Token weights, or a call that computes them (only the pairs that reach the Jaccard step need them).
Weights = Union[np.ndarray, Callable[[], np.ndarray], None]


def same_story(a: Fingerprint, b: Fingerprint, wa: Weights = None, wb: Weights = None
               ) -> tuple[bool, dict[str, Any]]:
    """The exact check on one candidate pair: (decision, scores and the rule that decided).

    `wa` / `wb` are the token weights from `token_weights`, or calls returning them
    (`group` passes calls: most pairs are decided before the Jaccard step); without
    them the content-word Jaccard is unweighted.
    """
    info: dict[str, Any] = {}
    if a.empty or b.empty:
        return False, {"rule": "empty"}
    disjoint = bool(a.subjects and b.subjects and not set(a.subjects) & set(b.subjects))
    if disjoint and a.subjects_from_awards and b.subjects_from_awards:
        # one template, other recipients: two releases even when the text is the same
        info["rule"] = "other-recipients"
        return False, info
    c = shingle_containment(a, b)
    info["containment"] = round(c, 3)
    if c >= VERBATIM_CONTAINMENT:
        info["jaccard"] = round(jaccard(a.tokens, b.tokens), 3)
        info["rule"] = "verbatim"
        return True, info
    gap = days_apart(a.date, b.date)
    info["days"] = gap
    if gap is not None and gap > DATE_TOL_DAYS:
        info["rule"] = "dates-apart"
        return False, info
    if disjoint:
        info["rule"] = "other-subjects"
        return False, info
    if callable(wa):
        wa = wa()
    if callable(wb):
        wb = wb()
    j = jaccard(a.tokens, b.tokens, wa, wb)
    info["jaccard"] = round(j, 3)
    thr = T_DATED if gap is not None else T_UNDATED
    if a.subjects_from_awards and b.subjects_from_awards:
        sa, sb = set(a.subjects), set(b.subjects)
        if gap is not None and ((len(sa & sb) >= 2 and (sa <= sb or sb <= sa)) or (sa == sb and gap <= 1)):
            thr = T_SHARED_AWARDS
        elif gap is None and len(sa) >= 2 and sa == sb:
            thr = T_SHARED_AWARDS_UNDATED
    ok = j >= thr
    info["rule"] = ("jaccard>=%.2f" if ok else "jaccard<%.2f") % thr
    return ok, info


# ---- candidates ----------------------------------------------------------------------
_TRIU: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _triu(m: int) -> tuple[np.ndarray, np.ndarray]:
    if m not in _TRIU:
        _TRIU[m] = np.triu_indices(m, 1)
    return _TRIU[m]


def lsh_candidates(sigs: np.ndarray) -> np.ndarray:
    """Banding over MinHash signatures (rows = documents): codes of pairs sharing a band."""
    n = sigs.shape[0]
    if n < 2:
        return np.zeros(0, np.int64)
    idx = np.arange(n, dtype=np.int64)
    found = []
    mult = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                    dtype=np.uint64)
    for band in range(LSH_BANDS):
        cols = sigs[:, band * LSH_ROWS:(band + 1) * LSH_ROWS].astype(np.uint64)  # one band at a time: small
        with np.errstate(over="ignore"):
            key = np.zeros(n, dtype=np.uint64)
            for r in range(cols.shape[1]):
                key = (key ^ (cols[:, r] * mult[r % 4])) * np.uint64(0x100000001B3)
        order = np.argsort(key, kind="stable")
        raw = _raw_pairs(key[order], idx[order], MAX_BUCKET)
        found.append(raw[(raw >> 32) != (raw & 0xFFFFFFFF)])
    return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int64)  # one de-duplication


def key_candidates(token_lists: list[np.ndarray]) -> np.ndarray:
    """Rare-word blocking: pairs sharing >= MIN_SHARED_KEYS of their KEYS_PER_DOC rarest words."""
    n = len(token_lists)
    if n < 2:
        return np.zeros(0, np.int64)
    uniq, counts = _doc_freq(token_lists)
    if uniq.size == 0:
        return np.zeros(0, np.int64)
    sel_t: list[np.ndarray] = []
    sel_d: list[np.ndarray] = []
    for lo in _blocks(n):
        part = token_lists[lo:lo + DOC_BLOCK]
        lens = np.fromiter((t.size for t in part), dtype=np.int64, count=len(part))
        if lens.sum() == 0:
            continue
        allt = np.concatenate(part).astype(np.uint32)
        doc = np.repeat(np.arange(lo, lo + len(part), dtype=np.int64), lens)
        df = counts[np.searchsorted(uniq, allt)]
        ok = df >= 2
        allt, doc, df = allt[ok], doc[ok], df[ok]
        if doc.size == 0:
            continue
        # per document, the KEYS_PER_DOC rarest words (ties: smaller hash), deterministic
        if n < (1 << 19) and len(part) <= (1 << 13):
            # one sort of packed (document, df, hash) keys: same order as the lexsort, ~3x faster
            comp = np.sort(((doc - lo).astype(np.uint64) << np.uint64(51)) | (df.astype(np.uint64) << np.uint64(32))
                           | allt.astype(np.uint64))
            allt = (comp & np.uint64(0xFFFFFFFF)).astype(np.uint32)
            doc = (comp >> np.uint64(51)).astype(np.int64) + lo
            del comp
        else:
            order = np.lexsort((allt, df, doc))
            allt, doc = allt[order], doc[order]
        first = np.concatenate(([0], np.flatnonzero(np.diff(doc)) + 1))
        rank = np.arange(doc.size) - np.repeat(first, np.diff(np.concatenate((first, [doc.size]))))
        keep = rank < KEYS_PER_DOC
        sel_t.append(allt[keep])
        sel_d.append(doc[keep])
    if not sel_t:
        return np.zeros(0, np.int64)
    allt, doc = np.concatenate(sel_t), np.concatenate(sel_d)
    order = np.lexsort((doc, allt))
    # one code per shared word; a pair is a candidate when it shares enough words
    raw = _raw_pairs(allt[order].astype(np.int64), doc[order], KEY_POSTING_MAX)
    if raw.size == 0:
        return raw
    u, c = np.unique(raw, return_counts=True)
    return u[c >= MIN_SHARED_KEYS]


def _raw_pairs(keys: np.ndarray, members: np.ndarray, max_run: int) -> np.ndarray:
    """All (i<j) member pairs inside runs of equal `keys` (sorted; runs longer than max_run skipped).

    Int64 codes i * 2**32 + j, one per run a pair shares (not de-duplicated).
    """
    bounds = np.flatnonzero(np.diff(keys)) + 1
    starts = np.concatenate(([0], bounds))
    lens = np.diff(np.concatenate((starts, [keys.size])))
    out = []
    for m in np.unique(lens):
        if m < 2 or m > max_run:
            continue
        st = starts[lens == m]
        ti, tj = _triu(int(m))
        a = members[st[:, None] + ti[None, :]].ravel().astype(np.int64)
        b = members[st[:, None] + tj[None, :]].ravel().astype(np.int64)
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        out.append((lo << 32) | hi)
    return np.concatenate(out) if out else np.zeros(0, np.int64)


# ---- grouping -------------------------------------------------------------------------
class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # smaller index wins: roots do not depend on union order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass
class GroupStats:
    n_docs: int = 0
    n_lsh: int = 0
    n_key: int = 0
    n_candidates: int = 0
    n_accepted: int = 0
    rules: dict[str, int] = field(default_factory=dict)


LAST_STATS = GroupStats()


def candidate_pairs(fps: list[Fingerprint]) -> tuple[np.ndarray, int, int]:
    """Union of LSH and rare-word candidates, as (codes, n_lsh, n_key)."""
    live = [i for i, f in enumerate(fps) if not f.empty]
    if len(live) < 2:
        return np.zeros(0, np.int64), 0, 0
    live_arr = np.asarray(live, dtype=np.int64)
    sigs = np.stack([fps[i].sig for i in live])
    lsh = lsh_candidates(sigs)
    key = key_candidates([fps[i].tokens for i in live])
    both = np.unique(np.concatenate((lsh, key)))
    # map back from live positions to fps positions
    a = live_arr[both >> 32]
    b = live_arr[both & 0xFFFFFFFF]
    return (a << 32) | b, int(lsh.size), int(key.size)


def _date_arrays(flist: list[Fingerprint]) -> tuple[np.ndarray, np.ndarray]:
    """Per document: day ordinal (-1 unknown year or date) and day of a leap-free year (-1 unknown)."""
    full = np.full(len(flist), -1, dtype=np.int64)
    doy = np.full(len(flist), -1, dtype=np.int64)
    for k, f in enumerate(flist):
        if f.date:
            y, m, d = f.date
            doy[k] = _dt.date(2001, m, min(d, 28) if m == 2 else d).timetuple().tm_yday
            if y:
                full[k] = _dt.date(y, m, d).toordinal()
    return full, doy


def _prefilter(flist: list[Fingerprint], codes: np.ndarray, stats: GroupStats) -> np.ndarray:
    """Vectorised rules 2-3 of `same_story`: drop pairs whose dates are apart and that are no copy.

    Exactly the decisions `same_story` would take (recipients aside, which only reject);
    it spares the per-pair Python call for the bulk of candidates in large corpora.
    """
    if codes.size == 0:
        return codes
    a = codes >> 32
    b = codes & 0xFFFFFFFF
    full, doy = _date_arrays(flist)
    gap = np.full(codes.size, -1, dtype=np.int64)
    both_full = (full[a] >= 0) & (full[b] >= 0)
    gap[both_full] = np.abs(full[a] - full[b])[both_full]
    part = ~both_full & (doy[a] >= 0) & (doy[b] >= 0)
    d = np.abs(doy[a] - doy[b])
    gap[part] = np.minimum(d, 365 - d)[part]
    apart = gap > DATE_TOL_DAYS
    if not apart.any():
        return codes
    # the copy rule overrides dates: estimate containment for the pairs about to be dropped
    idx = np.flatnonzero(apart)
    sigs = np.stack([f.sig if f.sig is not None else np.zeros(NUM_PERM, np.uint32) for f in flist])
    nsh = np.fromiter((f.n_shingles for f in flist), dtype=np.float64, count=len(flist))
    keep_copy = np.zeros(idx.size, dtype=bool)
    for lo in range(0, idx.size, PAIR_BLOCK):
        sl = idx[lo:lo + PAIR_BLOCK]
        j = (sigs[a[sl]] == sigs[b[sl]]).sum(axis=1) / NUM_PERM
        na, nb = nsh[a[sl]], nsh[b[sl]]
        small = np.maximum(np.minimum(na, nb), 1.0)
        c = np.minimum(1.0, j * (na + nb) / ((1.0 + j) * small))
        keep_copy[lo:lo + PAIR_BLOCK] = c >= VERBATIM_CONTAINMENT - 0.05  # margin: exact check decides
    drop = np.zeros(codes.size, dtype=bool)
    drop[idx[~keep_copy]] = True
    stats.rules["dates-apart"] = stats.rules.get("dates-apart", 0) + int(drop.sum())
    return codes[~drop]


def group(fps: dict[str, Fingerprint | None], *, with_rejected: bool = False
          ) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Group documents into stories.

    Returns (story_of, rows): every doc id gets a story id ``s-<smallest member id>``
    (independent of input order); rows have story_id, members, n_members,
    representative_doc_id (most content words, then smallest id), pairwise (JSON
    list of the accepted pair checks; rejected candidates too if `with_rejected`).
    """
    global LAST_STATS
    ids = sorted(fps)
    empty_fp = Fingerprint(tokens=np.zeros(0, np.uint32))
    flist = [fps[i] if isinstance(fps[i], Fingerprint) else empty_fp for i in ids]
    codes, n_lsh, n_key = candidate_pairs(flist)
    weights = _Weights([f.tokens for f in flist])
    uf = _UnionFind(len(ids))
    pair_info: dict[int, list[dict[str, Any]]] = {}
    stats = GroupStats(n_docs=len(ids), n_lsh=n_lsh, n_key=n_key, n_candidates=int(codes.size))
    codes = _prefilter(flist, codes, stats)
    left, w_left = -1, None  # pairs come sorted: the left document repeats
    for code in codes.tolist():
        i, j = code >> 32, code & 0xFFFFFFFF
        if i != left:
            left, w_left = i, cache(partial(weights, i))
        ok, info = same_story(flist[i], flist[j], w_left, partial(weights, j))
        stats.rules[info["rule"]] = stats.rules.get(info["rule"], 0) + 1
        if ok:
            stats.n_accepted += 1
            uf.union(i, j)
        if ok or with_rejected:
            info = {"a": ids[i], "b": ids[j], "same": ok, **info}
            pair_info.setdefault(i, []).append(info)
    LAST_STATS = stats
    members: dict[int, list[int]] = {}
    for k in range(len(ids)):
        members.setdefault(uf.find(k), []).append(k)
    story_of: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    for root in sorted(members, key=lambda r: ids[min(members[r])]):
        mem = sorted(members[root], key=lambda k: ids[k])
        sid = "s-" + ids[mem[0]]
        for k in mem:
            story_of[ids[k]] = sid
        rep = max(mem, key=lambda k: (flist[k].n_tokens, -k))
        pairs = [p for k in mem for p in pair_info.get(k, [])]
        pairs.sort(key=lambda p: (p["a"], p["b"]))
        rows.append({
            "story_id": sid,
            "members": ";".join(ids[k] for k in mem),
            "n_members": len(mem),
            "representative_doc_id": ids[rep],
            "pairwise": json.dumps(pairs, ensure_ascii=False, sort_keys=True) if pairs else "",
        })
    return story_of, rows
