"""Dates stage: Indonesian date expressions -> ISO values in ``doc.spans["dates"]``.

Why our own patterns and tables rather than ``dateparser.search_dates``: measured on
the seeds (shared FINDINGS.md), search_dates is slow, gives no offsets, reads counts
and decree numbers as dates ("2864", "Nomor 47 Tahun 2019"), ignores the weekday and
fills a missing year from *today*.  Press releases use a handful of formulaic shapes
("Rabu (19/9)", "Kamis (18/7/2019)", "9 Maret 2020", "sejak 2015",
"Juli hingga November 2020"), so each shape is one bounded regex and every name
(months, weekdays, cue words) comes from ``data/`` files.

Partial dates are resolved from the document, never from the run date:
a day/month takes its year from the dateline date, else from the years the article
states (a full date before it, a year, an award year), using the weekday printed
beside it to choose among those candidates; a month takes the year of its range,
the dateline or the nearest stated year; otherwise a day/month stays ``--MM-DD``.
"""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

import re

import regex

from ..model import DATE, Document
from ..resources import load_csv, load_lines, split_list
from .anchored import digit_runs, find_all, gate_key, match_at, twin
from .units import _candidates as _word_starts  # the units gate: one pass finds the word starts of both stages
from .units import _trie_pattern

_TIMEOUT = 1.0  # seconds per short-text scan (backstop; patterns are linear)


def _timeout(text: str) -> float:
    """Backstop per whole-text scan, growing with the text so a 1 MB release is not cut short."""
    return _TIMEOUT + len(text) / 100_000


def _iter(rx: "regex.Pattern[str]", text: str):
    """finditer that stops (keeping what it found) instead of failing when the backstop fires."""
    try:
        yield from rx.finditer(text, timeout=_timeout(text))
    except TimeoutError:
        return


# ---------------------------------------------------------------- tables ----
@dataclass(frozen=True, slots=True)
class _Tables:
    month_of: dict[str, int]  # lower-cased full name/alias -> month number
    short_of: dict[str, int]  # lower-cased abbreviation -> month number
    weekday_of: dict[str, int]  # lower-cased name -> date.weekday()
    cues: dict[str, frozenset[str]]  # kind -> lower-cased cue words
    relyear: dict[str, str]  # "tahun yang sama" -> "same" | "pub" | "-1" | "+1"
    stopwords: frozenset[str]
    strong_year: frozenset[str]  # year cues that make the next 4-digit number a year whatever follows


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    month_of: dict[str, int] = {}
    short_of: dict[str, int] = {}
    for row in load_csv("months.csv"):
        n = int(row["number"])
        for name in [row["name"], *split_list(row.get("aliases", ""))]:
            month_of[name.lower()] = n
        for name in split_list(row.get("short", "")):
            short_of[name.lower()] = n
    weekday_of: dict[str, int] = {}
    for row in load_csv("weekdays.csv"):
        for name in [row["name"], *split_list(row.get("aliases", ""))]:
            weekday_of[name.lower()] = int(row["number"])
    cues: dict[str, set[str]] = {}
    relyear: dict[str, str] = {}
    strong: set[str] = set()
    for row in load_csv("date_cues.csv"):
        cues.setdefault(row["kind"], set()).add(row["cue"].lower())
        if row["kind"] == "year" and row.get("value") == "strong":
            strong.add(row["cue"].lower())
        if row["kind"] == "relyear":
            relyear[row["cue"].lower()] = row.get("value", "") or "same"
    stop = frozenset(w.lower() for w in load_lines("count_stopwords.txt"))
    return _Tables(month_of, short_of, weekday_of, {k: frozenset(v) for k, v in cues.items()}, relyear, stop,
                   frozenset(strong))


def _alt(words: list[str] | set[str] | frozenset[str]) -> str:
    """Regex alternation, longest first so 'Januari' wins over 'Jan'; spaces match any whitespace."""
    out = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        out.append(r"\s+".join(regex.escape(p) for p in w.split()))
    return "|".join(out)


@dataclass(frozen=True, slots=True)
class _Patterns:
    iso: "regex.Pattern[str]"
    num: "regex.Pattern[str]"
    num_prefix: "regex.Pattern[str]"
    num_range: "regex.Pattern[str]"
    named: "regex.Pattern[str]"
    named_prefix: "regex.Pattern[str]"
    mrange: "regex.Pattern[str]"
    myear: "regex.Pattern[str]"
    mrel: "regex.Pattern[str]"
    mdir: "regex.Pattern[str]"
    quarter: "regex.Pattern[str]"
    yrange: "regex.Pattern[str]"
    mcue: "regex.Pattern[str]"
    mhead: "regex.Pattern[str]"
    year: "regex.Pattern[str]"
    year_prefix: "regex.Pattern[str]"
    citation: "regex.Pattern[str]"
    citation_year: "regex.Pattern[str]"
    speech: "regex.Pattern[str]"
    recurring: "regex.Pattern[str]"
    future: "regex.Pattern[str]"
    para_break: "regex.Pattern[str]"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    t = _tables()
    wd = _alt(t.weekday_of)
    mon = _alt(t.month_of)
    mon_any = _alt(set(t.month_of) | set(t.short_of))
    rng = _alt(t.cues.get("range", frozenset()))
    rel = _alt(t.relyear)
    quarter = _alt(t.cues.get("quarter", frozenset()))
    ycue = _alt(t.cues.get("year", frozenset()))
    mcue = _alt(t.cues.get("month", frozenset()))
    cit = _alt(t.cues.get("citation", frozenset()))
    cit_year = _alt(t.cues.get("citation_year", frozenset()))
    speech = _alt(t.cues.get("speech", frozenset()))
    recur = _alt(t.cues.get("recurring", frozenset()))
    future = _alt(t.cues.get("future", frozenset()))
    year = r"(?:19|20)\d{2}"
    tod = "pagi|siang|sore|petang|malam|dini hari"
    f = regex.IGNORECASE | regex.VERSION1
    g = regex.VERSION0  # digit-only patterns: no case folding (much faster on long digit runs)
    return _Patterns(
        iso=regex.compile(rf"(?<![\w.])(?P<y>{year})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})(?![\w-])", g),
        # Rabu (19/9) | (19/09/2018) | Kamis (18/7/2019) | 16/10/2024 | 16-10-2024
        # the core is anchored on the digits (fast on long texts); what precedes is read by *_prefix
        num=regex.compile(
            rf"(?<![\d/.,-])(?P<d>\d{{1,2}})(?P<sep>[/.-])"
            rf"(?P<m>\d{{1,2}})(?:(?P=sep)(?P<y>\d{{4}}|\d{{2}}))?(?![\d/]|[.,-]\d)(?P<pc>\s*\))?", g),
        num_prefix=regex.compile(
            rf"(?:(?P<po0>\(\s*)?(?P<wd0>\b(?:{wd})\s*-\s*)?(?P<wd>\b(?:{wd}))\b(?:\s+(?:{tod}))?\s*,?\s*)?(?P<po>\(\s*)?\Z", f),
        # Rabu-Kamis (9-10/10) | (9-10/10/2024): a range of days in one month
        num_range=regex.compile(
            rf"(?<![\d/.,-])(?P<d1>\d{{1,2}})[ ]?-[ ]?(?P<d>\d{{1,2}})/"
            rf"(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?(?![\d/]|[.,-]\d)(?P<pc>\s*\))?", g),
        # 9 Maret 2020 | Senin, 10 Desember 2018 | 9 Desember | 9-11 Des 2020
        named_prefix=regex.compile(
            rf"(?:(?P<wd>\b(?:{wd}))\b(?:\s+(?:{tod}))?\s*,?\s*)?(?:\btanggal\s+|\btgl\.?\s*)?\Z", f),
        named=regex.compile(
            rf"(?P<d>\d(?<![\w.,/]\d)\d?)"
            rf"(?:\s*(?i:-|hingga|sampai|s\.d\.?|dan)\s*(?P<d2>\d{{1,2}}))?\s*(?=[A-Za-z])(?P<mon>\b(?i:{mon_any}))\.?(?!\w)"
            rf"(?:\s*,?\s*(?i:tahun\s+)?(?P<y>{year})(?![\w/]|[.,]\d))?", g),
        # Juli hingga November 2020
        mrange=regex.compile(
            rf"(?P<m1>\b(?:{mon}))(?!\w)\s*(?:{rng})\s*(?P<m2>\b(?:{mon}))(?!\w)\s*,?\s*(?:tahun\s+)?"
            rf"(?P<y>{year})(?![\w/]|[.,]\d)", f),
        # Maret 2019 | Desember tahun 2018
        myear=regex.compile(rf"(?P<mon>\b(?:{mon}))(?!\w)\s*,?\s*(?:tahun\s+)?(?P<y>{year})(?![\w/]|[.,]\d)", f),
        # Desember tahun yang sama
        mrel=regex.compile(rf"(?P<mon>\b(?:{mon}))(?!\w)\s+(?P<rel>(?:{rel}))(?!\w)", f),
        # Maret lalu | Juni mendatang
        mdir=regex.compile(rf"(?P<mon>\b(?:{mon}))(?!\w)\s+(?P<dir>lalu|silam|kemarin|mendatang|depan|nanti)(?!\w)", f),
        # triwulan IV 2023
        quarter=regex.compile(
            rf"\b(?:{quarter})\s+(?:IV|I{{1,3}}|[1-4]|pertama|kedua|ketiga|keempat)\s*,?\s*(?:tahun\s+)?"
            rf"(?P<y>{year})(?![\w/]|[.,]\d)", f),
        # 2019-2024 | 2017 hingga 2020
        yrange=regex.compile(
            rf"(?P<y1>(?:19|20)(?<![\w/.,-]..)\d{{2}})\s*(?:-|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d)\s*"
            rf"(?P<y2>{year})(?![\w/]|[.,]\d)", f),
        # sejak Maret | pada Agustus | bulan Juni
        mcue=regex.compile(rf"\b(?P<cue>{mcue})\s+(?:bulan\s+)?(?P<mon>\b(?:{mon}))(?!\w)", f),
        # a recap list item headed by a month: "- Januari: Sentra X meraih ..." (year from the heading)
        mhead=regex.compile(rf"(?m)^[ \t]*(?:[-\u2022*\u2013\u00b7][ \t]*)?(?P<mon>\b(?:{mon}))(?!\w)[ \t]*:", f),
        # sejak 2015 | tahun 2017 | 2017 - ... | Hakordia 2020
        year=regex.compile(rf"(?P<y>(?:19|20)(?<![\w/.,-]..)(?<!\d[ ]..)\d{{2}})(?![\w/]|[.,-]\d|[ ]\d{{3}})", g),
        year_prefix=regex.compile(rf"\b(?P<cue>{ycue})\s+\Z", f),
        # UU No. 25/2009 | Nomor 47 Tahun 2019 | PP 96/2012
        citation=regex.compile(
            rf"(?<![\w])(?:{cit})(?![A-Za-z])\s*\.?\s*(?:(?:Nomor|No\.?|Nomer)\s*:?\s*)?(?:[A-Za-z0-9.-]{{1,12}}/)?"
            rf"\d{{1,4}}[A-Za-z]?\s*(?:/\s*|,?\s*tahun\s+)(?P<y>{year})(?!\d)", f),
        citation_year=regex.compile(rf"(?<![\w])(?:{cit_year})\s+(?:tahun\s+)?(?P<y>{year})(?!\d)", f),
        speech=regex.compile(rf"\b(?:{speech})\b", f),
        recurring=regex.compile(rf"\b(?:{recur})\s+(?:tanggal\s+)?$", f),
        future=regex.compile(rf"\b(?:{future})\b", f),
        para_break=regex.compile(r"\n[ \t]*\n", g),
    )


# ------------------------------------------------------- anchored scans ----
# Running ~15 patterns over the whole text was most of this stage's time: the word-led ones (months,
# cues, citations) try a case-insensitive alternation at every offset.  In an ASCII text a match
# can only start at a few places found cheaply once per text: a month name or cue word (``str.find``
# on the lower-cased text), the few words before a month or a citation number, the first digit of
# a digit run followed by the right character.  Trying the compiled pattern only there, in text
# order and skipping starts inside the previous match, yields exactly the matches of ``finditer``
# (tests/unit/test_dates.py compares both).  Non-ASCII texts (case folding could map other letters
# onto these words), very long ones and ones with long blank runs keep the whole-text scans.
_FAST_MAX = 300_000  # longest text read with anchored matches
_SEPS = ("/", ".", "-")  # _Patterns.num: the day/month separators
_DATE_WORDS = ("tanggal", "tgl")  # the words _Patterns.named_prefix allows before a day
_BACK_MAX = 240  # longest look-back window (chars); a longer one falls back to the whole-text scan


@dataclass(frozen=True, slots=True)
class _Anchors:
    months: tuple[str, ...]  # lower-cased first word of every full month name or alias
    quarter: tuple[str, ...]  # lower-cased first word of every quarter cue
    mcue_start: "re.Pattern[str]"  # where a month cue can start (first characters of the cues)
    mcue_back: "regex.Pattern[str]"  # (reverse) the chunks a month cue plus "bulan" can span
    cit_start: "re.Pattern[str]"
    cit_back: "regex.Pattern[str]"  # (reverse) the chunks from a citation cue to its number
    cit_tail: "regex.Pattern[str]"  # the number and year that end a citation ("25/2009", "47 Tahun 2019")
    cit_digit_end: bool  # a citation cue ends in a digit
    cit_year: tuple[str, ...]  # first words of the citation_year cues ("UUD", "Undang-Undang Dasar")
    num_prefix: tuple[str, ...]  # where a num_prefix match can start: "(" or a weekday
    named_prefix: tuple[str, ...]  # where a named_prefix match can start: a weekday or "tanggal"/"tgl"
    speech: "re.Pattern[str]"  # any speech cue's first word (lower case): without one, no speech match
    year_cues: dict[int, frozenset[str]] | None  # length -> one-word year cues (None: a cue has two words)
    # Longest stretch an anchored match (with its look-arounds) can read: its words and numbers and
    # one blank run (under 200 characters, see _long_blanks) per gap between them.
    span_max: int
    usable: bool  # every anchor word is ASCII (else the anchored scans are not a proven superset)
    # Keys of the word-led starts (months, quarter cues, citation_year cues) that the units gate finds
    # in its pass over the text (units._candidates, kinds "date:*"); None: a word without a leading
    # [a-z0-9_] key, use str.find.  Each match of these patterns starts with such a word after a \b.
    gate_keys: dict[str, frozenset[str]] | None
    twins: dict["regex.Pattern[str]", "re.Pattern[str]"]  # pattern -> its `re` twin for ASCII texts (anchored.twin)


def _first_words(words: frozenset[str] | set[str] | dict[str, int]) -> tuple[str, ...]:
    """Lower-cased first word of each entry, without those another kept word is a prefix of."""
    firsts = sorted({w.lower().split()[0] for w in words if w.split()})
    return tuple(w for w in firsts if not any(o != w and w.startswith(o) for o in firsts))


def _start_rx(words: frozenset[str]) -> "re.Pattern[str]":
    """Offsets where one of `words` can begin, case-insensitively (ASCII)."""
    chars = sorted({c for w in words if w for c in (w[0].lower(), w[0].upper())})
    cls = "[" + "".join(re.escape(c) for c in chars) + "]" if chars else "(?!)"
    return re.compile(r"(?<!\w)" + cls if all(c.isalnum() or c == "_" for c in chars) else cls)


def _back_rx(chunks: int) -> "regex.Pattern[str]":
    """Matched backwards from an offset: the `chunks` whitespace-separated chunks before it."""
    return regex.compile(rf"(?r)(?:\S*\s*){{{chunks}}}", regex.VERSION0)


@lru_cache(maxsize=1)
def _anchor_words() -> _Anchors:
    t = _tables()
    mcue = t.cues.get("month", frozenset())
    cit = t.cues.get("citation", frozenset())
    quarter = t.cues.get("quarter", frozenset())
    speech = t.cues.get("speech", frozenset())
    ycue = t.cues.get("year", frozenset())
    cit_year = t.cues.get("citation_year", frozenset())
    words = [*t.month_of, *t.weekday_of, *mcue, *cit, *cit_year, *quarter, *speech, *ycue]
    every = [*words, *t.short_of, *t.relyear, *(c for v in t.cues.values() for c in v)]
    most_parts = max((len(w.split()) for w in every), default=1)
    parts = max((len(w.split()) for w in cit), default=1)
    year_cues: dict[int, set[str]] | None = {}
    for w in ycue:
        if len(w.split()) != 1 or w != w.strip() or not (w.isascii() and w.isalpha()):
            year_cues = None
            break
        year_cues.setdefault(len(w), set()).add(w.lower())
    usable = all(w.isascii() and w.strip() for w in words)
    firsts = {"month": _first_words(t.month_of), "quarter": _first_words(quarter), "cit_year": _first_words(cit_year)}
    keys = {f"date:{kind}": frozenset(gate_key(w) for w in ws) for kind, ws in firsts.items()}
    gate_keys = keys if usable and all("" not in ks for ks in keys.values()) else None
    cit_keys = _cue_end_keys(cit)
    if gate_keys is not None and cit_keys is not None:
        gate_keys["date:cit"] = cit_keys
    # the tail of _Patterns.citation from its number on (a citation is found at every tail start)
    cit_tail = regex.compile(r"\d{1,4}[A-Za-z]?\s*(?:/\s*|,?\s*(?i:tahun)\s+)(?:19|20)\d{2}(?!\d)", regex.VERSION0)
    return _Anchors(
        months=firsts["month"],
        quarter=_first_words(quarter),
        mcue_start=_start_rx(mcue),
        mcue_back=_back_rx(max((len(w.split()) for w in mcue), default=1) + 1),
        cit_start=_start_rx(cit),
        # cue parts, ".", "Nomor", ":" and the chunk holding the number ("KEP/25")
        cit_back=_back_rx(parts + 4),
        cit_tail=cit_tail,
        cit_digit_end=any(w[-1].isdigit() for w in cit),
        cit_year=_first_words(cit_year),
        num_prefix=("(", *_first_words(t.weekday_of)),
        named_prefix=_first_words({*t.weekday_of, *_DATE_WORDS}),
        # as a trie (one branch per letter, not per word): the same "does one occur" answer, fewer tries
        speech=re.compile(_trie_pattern(list(_first_words(speech))) or "(?!)"),
        year_cues=None if year_cues is None else {n: frozenset(v) for n, v in year_cues.items()},
        span_max=200 * (most_parts + 8) + 4 * max((len(w) for w in every), default=0) + 256,
        usable=usable,
        gate_keys=gate_keys,
        twins=_twins(cit_tail),
    )


#: What the units gate's byte view shows right after a citation cue's key: the cue is followed by a
#: character that is no letter (`(?![A-Za-z])`), or its first word goes on with one that is no word character
#: (the "." of "No."); the view keeps digits and "_" and turns every other such character into a space.
_CUE_END = " 0123456789_"


def _cue_end_keys(cues: frozenset[str]) -> frozenset[str] | None:
    """Gate keys for the citation cues: each cue's key followed by what can come after it (`_CUE_END`).

    Every citation match starts at a cue after a non-word character, so the gate lists its start
    (exact for the ASCII texts the anchored scans read; a bare key such as "se" or "per" would also
    list every word it begins).  None: a cue without a key.
    """
    keys = {gate_key(w.split()[0]) for w in cues if w.split()}
    if "" in keys:
        return None
    return frozenset(k + c for k in keys for c in _CUE_END)


def _gate_keys() -> dict[str, frozenset[str]] | None:
    """Keys for the units gate (`units._shared_gate_keys`)."""
    return _anchor_words().gate_keys


def _twins(*more: "regex.Pattern[str]") -> dict["regex.Pattern[str]", "re.Pattern[str]"]:
    p = _patterns()
    out = {}
    for rx in (p.iso, p.num, p.num_range, p.named, p.mrange, p.myear, p.mrel, p.mdir, p.quarter, p.yrange,
               p.mcue, p.mhead, p.year, p.citation, p.citation_year, p.num_prefix, p.named_prefix, p.year_prefix,
               p.speech, p.recurring, p.para_break, *more):
        tw = twin(rx)
        if tw is not None:
            out[rx] = tw
    return out


def _leftmost(rx: "regex.Pattern[str]", win: str, words: tuple[str, ...]):
    """``rx.search(win)`` for a pattern whose every match begins with one of `words`
    (case-insensitively) or is empty at the end of `win`: tried only at those offsets."""
    a = _anchor_words()
    if not (win.isascii() and a.usable):
        return rx.search(win)
    starts = find_all(win.lower(), words)
    starts.append(len(win))
    match = a.twins.get(rx, rx).match
    for c in starts:
        m = match(win, c)
        if m is not None:
            return m
    return None


_BLANKS = " \t\n\r\x0b\x0c"  # what regex's \s matches in ASCII


def _year_cue(win: str):
    """``year_prefix.search(win)``: the cue word must end where the trailing blanks begin."""
    a = _anchor_words()
    rx = _patterns().year_prefix
    if a.year_cues is None or not (win.isascii() and a.usable):
        return rx.search(win)
    r = len(win.rstrip(_BLANKS))
    if r == len(win):
        return None
    # every cue is one ASCII word of letters after a word boundary: so it is the whole run of letters
    # that ends at `r` (a shorter suffix has a letter before it)
    j = r
    while j > 0 and win[j - 1].isalpha():
        j -= 1
    ws = a.year_cues.get(r - j)
    if ws is None or win[j:r].lower() not in ws:
        return None
    return a.twins.get(rx, rx).match(win, j)


def _long_blanks(text: str) -> bool:
    """True when `text` may hold 200+ blanks in a row (such a run fills an aligned 100-character block).

    Patterns like ``\\s*,?\\s*`` backtrack quadratically over a long blank run; the whole-text scans
    have a timeout for that, the anchored matches have none, so such texts take the scans.
    """
    # the first character of each block, taken in one slice: most are not blank
    firsts = text[0:max(0, len(text) - 99):100]
    return any(text[100 * k:100 * k + 100].isspace() for k, ch in enumerate(firsts) if ch.isspace())


class _Scan:
    """Whole-text scans of one text: anchored matches for ASCII texts, else plain finditer."""

    def __init__(self, text: str):
        self.text = text
        a = _anchor_words()
        self.fast = a.usable and text.isascii() and len(text) <= _FAST_MAX and not _long_blanks(text)
        if self.fast:
            self.quarter: list[int] | None = None
            self.cit_year: list[int] | None = None
            self.cit: list[int] | None = None
            # the word starts found by the units gate (one pass for both stages, cached per text); read only
            found = _word_starts(text) if a.gate_keys is not None else None
            if found is not None and "date:month" in found:
                self.months, self.quarter, self.cit_year = found["date:month"], found["date:quarter"], found["date:cit_year"]
                self.cit = found.get("date:cit")
            else:
                self.months = find_all(self.low, a.months)
            # Digit runs: every digit-led pattern starts at the first digit of a run (its look-behinds
            # refuse a digit before it) and is followed by a non-digit, so the run length is known
            # (exactly 4 for a year 19xx/20xx, at most 2 for a day or month) and so is the character
            # that must follow the run (the first one the pattern reads after its digits).
            self.years: list[int] = []  # year
            self.iso: list[int] = []  # "2024-": iso
            self.yrange: list[int] = []  # "2019-", "2017 hingga", "2017 s.d.": yrange
            self.sep: list[int] = []  # "19/", "9.", "9-": num
            self.dash: list[int] = []  # "9-", "9 -": num_range
            self.named: list[int] = []  # "9 Maret", "9-11 Des", "9 hingga": named
            self.numbers: list[int] = []  # "25/2009", "47 Tahun", "12a/": where a citation number can start
            n_text = len(text)
            # the runs of digits, found once for dates and counts (cached per text); read only
            for s, e in zip(*digit_runs(text)):
                n = e - s
                c = text[e] if e < n_text else ""
                if n <= 2:
                    if c in _SEPS:
                        self.sep.append(s)
                    if c == "-" or (c == " " and text.startswith("-", e + 1)):
                        self.dash.append(s)
                    if c == "-" or c.isspace() or c.isalpha():
                        self.named.append(s)
                elif n == 4 and text.startswith(("19", "20"), s):
                    self.years.append(s)
                    if c == "-":
                        self.iso.append(s)
                    if c == "-" or c.isspace() or c in "hHsS":
                        self.yrange.append(s)
                if n <= 4 and (c.isalpha() or c.isspace() or c in "/,"):
                    self.numbers.append(s)

    @cached_property
    def low(self) -> str:
        """The lower-cased text, for the str.find scans (not needed when the units gate gave the starts)."""
        return self.text.lower()

    def starts(self, rx: "regex.Pattern[str]") -> list[int] | None:
        """Offsets (sorted) where `rx` can match, or None when only a whole-text scan is safe."""
        p, a, text = _patterns(), _anchor_words(), self.text
        if rx is p.year:
            return self.years
        if rx is p.iso:
            return self.iso
        if rx is p.yrange:
            return self.yrange
        if rx is p.num:
            return self.sep
        if rx is p.num_range:
            return self.dash
        if rx is p.named:
            return self.named
        if rx is p.mrange or rx is p.myear or rx is p.mrel or rx is p.mdir:
            return self.months
        if rx is p.mhead:  # the start of each month's line
            out: list[int] = []
            line, prev = 0, 0
            for q in self.months:  # rfind only back to the previous month: linear on one giant line
                line = max(line, text.rfind("\n", prev, q) + 1)
                prev = q
                if not out or out[-1] != line:
                    out.append(line)
            return out
        if rx is p.quarter:
            return self.quarter if self.quarter is not None else find_all(self.low, a.quarter)
        if rx is p.citation_year:
            return self.cit_year if self.cit_year is not None else find_all(self.low, a.cit_year)
        if rx is p.mcue:
            return self._before(self.months, a.mcue_back, a.mcue_start)
        if rx is p.citation:
            if self.cit is not None:  # the cue starts, from the units gate
                return self.cit
            if a.cit_digit_end:  # a cue ending in a digit: a number can start inside a run
                tails = [m.start() for m in a.cit_tail.finditer(text, overlapped=True)]
            else:
                tail = a.twins.get(a.cit_tail, a.cit_tail).match  # fast: an ASCII text
                tails = [q for q in self.numbers if tail(text, q, q + a.span_max)]
            return self._before(tails, a.cit_back, a.cit_start)
        return None

    def _before(self, ends: list[int], back: "regex.Pattern[str]", start_rx: "re.Pattern[str]") -> list[int] | None:
        """Offsets in the few chunks before each of `ends` where a cue can start."""
        out: list[int] = []
        for q in ends:
            lo = max(0, q - _BACK_MAX)
            m = back.match(self.text, lo, q)
            if m is None or (m.start() == lo and lo > 0):
                return None  # look-back not bounded: whole-text scan
            out += [c.start() for c in start_rx.finditer(self.text, m.start(), q + 1)]
        return sorted(set(out))

    def iter(self, rx: "regex.Pattern[str]"):
        starts = self.starts(rx) if self.fast else None
        if starts is None:
            return _iter(rx, self.text)
        if not starts:  # most patterns have no start in a given text
            return ()
        a = _anchor_words()
        return match_at(a.twins.get(rx, rx), self.text, starts, a.span_max)


# ------------------------------------------------------------ candidates ----
@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # date | dm | month | mrel | year
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    strong: bool = False  # year stated together with day and month
    rel: str | None = None  # month: past/future; mrel: same/pub/-1/+1
    deictic: bool = False  # month: "Maret lalu" / "Juni mendatang" counts from the dateline, not the context
    frame: bool = True  # a year that frames what follows ("Pada 2023, ..."), not a name year ("KIPP 2023")
    recurring: bool = False
    value: str | None = None
    precision: str | None = None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        _dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _year4(s: str) -> int:
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


@lru_cache(maxsize=1024)
def _wd_of(s: str | None) -> int | None:
    if not s:
        return None
    return _tables().weekday_of.get(" ".join(s.lower().split()))


@lru_cache(maxsize=4096)
def _month_of(s: str, allow_short: bool = False) -> int | None:
    t = _tables()
    k = " ".join(s.lower().rstrip(".").split())
    if k in t.month_of:
        return t.month_of[k]
    return t.short_of.get(k) if allow_short else None


_VERBLIKE = regex.compile(r"^(?:me|ber|ter)[a-z]{3,}$|^di[a-z]{2,}(?:kan|i)$")
_WORD_AFTER = regex.compile(r"[ \t]+(?P<w>[^\W\d_][\w'-]*)")


def _looks_like_count(text: str, end: int) -> bool:
    """A bare 4-digit number followed by a content noun ("2864 proposal") is a count, not a year."""
    m = _WORD_AFTER.match(text[end:end + 60])
    if not m:
        return False
    w = m.group("w")
    if not w[0].islower():
        return False
    lw = w.lower()
    t = _tables()
    if lw in t.stopwords or lw in t.month_of or _VERBLIKE.match(lw):
        return False
    return True


_SINCE = frozenset({"sejak", "semenjak", "mulai"})
_PREV_WORD = regex.compile(r"(?P<w>[^\W\d_][\w.&'-]*)[ \t]+\Z")


def _prev_word_at(win: str) -> int | None:
    """Where ``_PREV_WORD.search(win)`` puts its word (the word before trailing blanks), or None.

    In ASCII: the first letter of the run of [\\w.&'-] characters that ends at the trailing blanks."""
    if not win.isascii():
        m = _PREV_WORD.search(win)
        return m.start("w") if m else None
    r = len(win.rstrip(" \t"))
    if r == len(win):
        return None
    j = r
    while j > 0 and (win[j - 1].isalnum() or win[j - 1] in "_.&'-"):
        j -= 1
    for k in range(j, r):
        if win[k].isalpha():
            return k
    return None


def _frames(text: str, start: int, cue: str) -> bool:
    """Whether a bare year sets the time of the sentences after it.

    "Pada 2023, ...", "sepanjang 2024" and a heading line "Tahun 2023" do; a year inside a
    name ("KIPP 2023", "Evaluasi Kinerja Pelayanan Publik Tahun 2024": capitalised word before)
    and the open start of a period ("sejak 2015") do not.
    """
    if cue in _SINCE:
        return False
    if cue and cue != "tahun":
        return True
    win = text[max(0, start - 40):start]
    w = _prev_word_at(win)
    if w is None or not win[w].isupper():
        return True
    i = start - (len(win) - w) - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?\n\"'"


def _blocked_spans(text: str, p: _Patterns, scan: _Scan) -> list[tuple[int, int]]:
    """Legal citations: their years are not dates ("UU No. 25/2009", "Nomor 47 Tahun 2019")."""
    out = [(m.start(), m.end()) for m in scan.iter(p.citation)]
    out += [(m.start(), m.end()) for m in scan.iter(p.citation_year)]
    return out


def _candidates(text: str) -> list[_Cand]:
    """All date candidates, non-overlapping, earlier pattern kinds winning, in text order."""
    p, a = _patterns(), _anchor_words()
    scan = _Scan(text)
    # one byte per character: 1 = taken by an accepted candidate, 2 = inside a legal citation
    mask = bytearray(len(text))
    for s, e in _blocked_spans(text, p, scan):
        mask[s:e] = b"\x02" * (e - s)
    out: list[_Cand] = []

    def free(s: int, e: int) -> bool:
        return not any(mask[s:e])

    def add(c: _Cand) -> bool:
        if c.end <= c.start or not free(c.start, c.end):
            return False
        mask[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
        return True

    for m in scan.iter(p.iso):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            add(_Cand(m.start(), m.end(), "date", y, mo, d, strong=True))

    for m in scan.iter(p.num_range):
        d1, d2, mo = int(m["d1"]), int(m["d"]), int(m["m"])
        w0 = max(0, m.start() - 40)
        px = _leftmost(p.num_prefix, text[w0:m.start()], a.num_prefix)
        paren = bool(px and px["po"] and m["pc"])
        wd = _wd_of(px["wd"]) if px else None
        if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12) or not (m["y"] or paren or wd is not None):
            continue
        start = m.start("d1")
        if px and px.end() > px.start():
            start = w0 + px.start()
        end = m.end("pc") if m["pc"] else m.end()
        y = _year4(m["y"]) if m["y"] else None
        wd1 = _wd_of(px["wd0"].rstrip(" -")) if px and px["wd0"] else None
        for s, e, dd, w in ((start, m.end("d1"), d1, wd1), (m.start("d"), end, d2, wd)):
            if y is not None:
                if _valid(y, mo, dd):
                    add(_Cand(s, e, "date", y, mo, dd, wd=w, strong=True))
            elif _valid(2000, mo, dd):
                add(_Cand(s, e, "dm", None, mo, dd, wd=w))

    for m in scan.iter(p.num):
        d, mo = int(m["d"]), int(m["m"])
        w0 = max(0, m.start() - 40)
        px = _leftmost(p.num_prefix, text[w0:m.start()], a.num_prefix)
        wd = _wd_of(px["wd"]) if px else None
        po = bool(px and px["po"])
        paren = po and bool(m["pc"])
        sep = m["sep"]
        if not (1 <= d <= 31 and 1 <= mo <= 12):
            continue
        ys = m["y"]
        if ys is None:
            if sep != "/" or not (paren or wd is not None):
                continue
        elif len(ys) == 2 and not (paren or wd is not None):
            continue
        if px and px["wd"]:
            # "(Kamis, 12/10/2023)": the bracket opens before the weekday
            start = w0 + (px.start("po0") if px["po0"] and m["pc"] else
                          px.start("wd0") if px["wd0"] else px.start("wd"))
        else:
            start = w0 + px.start("po") if po else m.start("d")
        end = m.end("pc") if m["pc"] else (m.end("y") if ys else m.end("m"))
        if ys is not None:
            y = _year4(ys)
            if _valid(y, mo, d):
                add(_Cand(start, end, "date", y, mo, d, wd=wd, strong=True))
        else:
            add(_Cand(start, end, "dm", None, mo, d, wd=wd))

    for m in scan.iter(p.named):
        mo = _month_of(m["mon"], allow_short=bool(m["y"]))
        if mo is None:
            continue
        if m["mon"][0].islower() and not m["y"]:
            continue  # "9 juli" in running text is fine, but lower-case month + no year is too weak
        d = int(m["d"])
        w0 = max(0, m.start() - 40)
        px = _leftmost(p.named_prefix, text[w0:m.start()], a.named_prefix)
        wd = _wd_of(px["wd"]) if px else None
        start = w0 + px.start() if px and px.end() > px.start() else m.start()
        y = int(m["y"]) if m["y"] else None
        win = text[max(0, start - 30):start]
        recurring = bool(a.twins[p.recurring].search(win) if scan.fast and p.recurring in a.twins
                         else p.recurring.search(win, timeout=_TIMEOUT))
        days = [(m.start("d"), m.end("d"), d)]
        if m["d2"]:
            days.append((m.start("d2"), m.end(), int(m["d2"])))
            days[0] = (start, m.end("d"), d)
        else:
            days[0] = (start, m.end(), d)
        if m["mon"].lower() in _tables().month_of and text[m.end("mon"):m.end("mon") + 1] == "." \
                and not m["y"]:
            days[-1] = (days[-1][0], m.end("mon"), days[-1][2])
        for s, e, dd in days:
            if not (1 <= dd <= 31):
                continue
            if y is not None:
                if _valid(y, mo, dd):
                    add(_Cand(s, e, "date", y, mo, dd, wd=wd, strong=True))
            elif _valid(2000, mo, dd):
                add(_Cand(s, e, "dm", None, mo, dd, wd=wd, recurring=recurring))

    for m in scan.iter(p.mrange):
        m1, m2, y = _month_of(m["m1"]), _month_of(m["m2"]), int(m["y"])
        if m1 is None or m2 is None:
            continue
        y1 = y - 1 if m1 > m2 else y
        if free(m.start(), m.end()):
            add(_Cand(m.start("m1"), m.end("m1"), "month", y1, m1))
            add(_Cand(m.start("m2"), m.end(), "month", y, m2))

    for m in scan.iter(p.myear):
        mo = _month_of(m["mon"])
        if mo is not None:
            add(_Cand(m.start(), m.end(), "month", int(m["y"]), mo))

    for m in scan.iter(p.mrel):
        mo = _month_of(m["mon"])
        rel = _tables().relyear.get(" ".join(m["rel"].lower().split()))
        if mo is not None and rel:
            add(_Cand(m.start(), m.end(), "mrel", None, mo, rel=rel))

    for m in scan.iter(p.mdir):
        mo = _month_of(m["mon"])
        if mo is not None and m["mon"][0].isupper():
            rel = "past" if m["dir"].lower() in ("lalu", "silam", "kemarin") else "future"
            add(_Cand(m.start(), m.end(), "month", None, mo, rel=rel, deictic=True))

    for m in scan.iter(p.quarter):
        add(_Cand(m.start(), m.end(), "year", int(m["y"])))

    for m in scan.iter(p.yrange):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y1 < y2 and free(m.start(), m.end()):
            add(_Cand(m.start("y1"), m.end("y1"), "year", y1, frame=False))
            add(_Cand(m.start("y2"), m.end("y2"), "year", y2, frame=False))

    past = _tables().cues.get("past", frozenset())
    for m in scan.iter(p.mcue):
        mo = _month_of(m["mon"])
        if mo is None or not m["mon"][0].isupper():
            continue
        rel = "past" if m["cue"].lower() in past else None
        add(_Cand(m.start(), m.end(), "month", None, mo, rel=rel))

    for m in scan.iter(p.mhead):
        mo = _month_of(m["mon"])
        if mo is not None and m["mon"][0].isupper():
            add(_Cand(m.start("mon"), m.end("mon"), "month", None, mo))

    for m in scan.iter(p.year):
        ys, ye = m.start("y"), m.end("y")
        if not free(ys, ye):
            continue
        w0 = max(0, ys - 30)
        # the prefix ends in whitespace (isspace covers every regex \s), so most years need no search
        px = _year_cue(text[w0:ys]) if ys and text[ys - 1].isspace() else None
        cue = " ".join(px["cue"].lower().split()) if px else ""
        if cue not in _tables().strong_year and _looks_like_count(text, ye):
            continue
        start = w0 + px.start("cue") if px else ys
        if not free(start, ye):
            start = ys
        add(_Cand(start, ye, "year", int(m["y"]), frame=_frames(text, start, cue)))

    out.sort(key=lambda c: (c.start, c.end))
    return out


# ------------------------------------------------------------ resolution ----
class _YearContext:
    """The years an article states, indexed by offset (bisect) so resolution stays linear."""

    def __init__(self, stated: list[tuple[int, int, bool]]):
        self.stated = stated = sorted(stated)
        self.offsets = [o for o, _, _ in stated]
        self.years = [y for _, y, _ in stated]

    # the rest is asked for only in some documents (most resolve against the dateline): built when needed
    @cached_property
    def strong_offsets(self) -> list[int]:
        return [o for o, _, st in self.stated if st]

    @cached_property
    def strong_years(self) -> list[int]:
        return [y for _, y, st in self.stated if st]

    @cached_property
    def freq(self) -> Counter[int]:
        return Counter(self.years)

    @cached_property
    def by_year(self) -> dict[int, list[int]]:
        by_year: dict[int, list[int]] = {}
        for o, y in zip(self.offsets, self.years):
            by_year.setdefault(y, []).append(o)
        return by_year

    def __bool__(self) -> bool:
        return bool(self.years)

    def distance(self, year: int, pos: int) -> int:
        offs = self.by_year[year]
        k = bisect_left(offs, pos)
        return min(abs(offs[j] - pos) for j in (k - 1, k) if 0 <= j < len(offs))

    def prev_strong(self, pos: int) -> int | None:
        k = bisect_left(self.strong_offsets, pos)
        return self.strong_years[k - 1] if k else None

    def before(self, pos: int) -> int | None:
        k = bisect_left(self.offsets, pos)
        return self.years[k - 1] if k else None

    def before_within(self, pos: int, lo: int) -> int | None:
        """The last year stated in [lo, pos)."""
        k = bisect_left(self.offsets, pos)
        return self.years[k - 1] if k and self.offsets[k - 1] >= lo else None

    def after(self, pos: int) -> int | None:
        k = bisect_right(self.offsets, pos)
        return self.years[k] if k < len(self.years) else None

    def nearest_within(self, pos: int, lo: int, hi: int) -> int | None:
        a, b = bisect_left(self.offsets, lo), bisect_left(self.offsets, hi)
        if a >= b:
            return None
        k = bisect_left(self.offsets, pos, a, b)
        best = min((j for j in (k - 1, k) if a <= j < b), key=lambda j: abs(self.offsets[j] - pos))
        return self.years[best]

    def most_frequent(self, pos: int, among: set[int] | None = None) -> int | None:
        cands = [y for y in self.freq if among is None or y in among]
        if not cands:
            return None
        return max(cands, key=lambda y: (self.freq[y], -self.distance(y, pos), y))


def _framing_years(cands: list[_Cand]) -> list[tuple[int, int, bool]]:
    """(offset, year, strong) for the years that frame the text after them (see _frames)."""
    return [(c.start, c.y, c.strong) for c in cands
            if c.y is not None and c.kind in ("date", "month", "year") and c.frame]


def _stated_years(cands: list[_Cand]) -> list[tuple[int, int, bool]]:
    """(offset, year, strong) for every year the article states."""
    return [(c.start, c.y, c.strong) for c in cands if c.y is not None and c.kind in ("date", "month", "year")]


def _pick_year_dm(c: _Cand, ctx: _YearContext, pub: _dt.date | None, anchors: list[_dt.date]) -> int | None:
    """Year of a day/month without one: dateline first, then the article's years (weekday as tie-breaker)."""
    if pub is not None:
        y = pub.year
        if not _valid(y, c.m, c.d):
            return None if not _valid(y - 1, c.m, c.d) else y - 1
        dt = _dt.date(y, c.m, c.d)
        if (dt - pub).days > 45 and _valid(y - 1, c.m, c.d):
            y -= 1
        elif (pub - dt).days > 320 and _valid(y + 1, c.m, c.d):
            y += 1
        return y
    if not ctx:
        return None
    default = ctx.prev_strong(c.start)
    if default is None:
        default = ctx.most_frequent(c.start)
    if c.wd is None:
        return default
    # The printed weekday decides among the stated years and their neighbours: a release
    # that mentions "Desember 2024" and reports "Senin (20/1)" means January 2025.
    stated = set(ctx.freq)
    years = stated | {y + k for y in stated for k in (-1, 1)}
    match = {y for y in years if _valid(y, c.m, c.d) and _dt.date(y, c.m, c.d).weekday() == c.wd}
    if not match:
        return default
    if default in match:
        return default
    in_stated = match & stated
    if in_stated:
        return ctx.most_frequent(c.start, in_stated)
    return min(match, key=lambda y: (_gap(_dt.date(y, c.m, c.d), anchors), y))


def _gap(day: _dt.date, anchors: list[_dt.date]) -> int:
    """Days from `day` to the closest date the article states (its reference dates)."""
    return min((abs((day - a).days) for a in anchors), default=0)


def _anchors(cands: list[_Cand], pub: _dt.date | None) -> list[_dt.date]:
    """Reference dates of the article: its full dates, months (mid-month) and the dateline."""
    out = [pub] if pub is not None else []
    for c in cands:
        if c.y is None or c.kind not in ("date", "month"):
            continue
        out.append(_dt.date(c.y, c.m, c.d if c.kind == "date" else 15))
    return out


class _Paragraphs:
    """Paragraph starts (after a blank line) by bisect; a heading line belongs to the paragraph below it."""

    def __init__(self, text: str):
        rx = _patterns().para_break
        # ASCII text: the `re` twin (the same matches, cheaper; linear, so no backstop needed)
        tw = _anchor_words().twins.get(rx) if text.isascii() else None
        self.starts = [m.end() for m in (tw.finditer(text) if tw is not None else _iter(rx, text))]

    def start_of(self, pos: int) -> int:
        k = bisect_right(self.starts, pos)
        return self.starts[k - 1] if k else 0


def _month_year(doc: Document, c: _Cand, ctx: _YearContext, frame_ctx: _YearContext,
                pub: _dt.date | None, paras: _Paragraphs) -> int | None:
    """Year of a month named without one ("pada Agustus", "sejak Maret", "Desember lalu").

    A framing year stated earlier in the same paragraph (or its heading, "Tahun 2023") sets the month's,
    as long as that does not put it after the dateline.  Otherwise the dateline year, moved back
    a year when the month lies after the dateline month and nothing in the sentence looks ahead
    (releases report what happened); "lalu"/"mendatang" count from the dateline only.
    """
    if not (c.deictic and pub is not None):
        y = frame_ctx.before_within(c.start, paras.start_of(c.start))
        if y is not None and (pub is None or (y, c.m) <= (pub.year, pub.month)):
            return y
    if pub is not None:
        y = pub.year
        if c.rel == "past" and c.m > pub.month:
            y -= 1
        elif c.rel == "future" and c.m < pub.month:
            y += 1
        elif c.rel is None and c.m > pub.month + 1:
            lo, hi = doc.sentence_of(c.start) if doc.sentences else (max(0, c.start - 200), c.end + 200)
            if not _patterns().future.search(doc.text[lo:hi], timeout=_TIMEOUT):
                y -= 1
        return y
    y = None
    if doc.sentences:
        lo, hi = doc.sentence_of(c.start)
        y = ctx.nearest_within(c.start, lo, hi)
    if y is None:
        y = ctx.before(c.start)
    if y is None:
        y = ctx.after(c.start)
    return y


def _resolve(doc: Document, cands: list[_Cand]) -> None:
    pub: _dt.date | None = None
    if doc.dateline is not None and doc.dateline.date:
        try:
            pub = _dt.date.fromisoformat(doc.dateline.date[:10])
        except ValueError:
            pub = None
    stated = _stated_years(cands)
    if pub is not None:
        stated.append((doc.dateline.start, pub.year, True))
    ctx = _YearContext(stated)
    framing = _framing_years(cands)
    if pub is not None:
        framing.append((doc.dateline.start, pub.year, True))
    frame_ctx: _YearContext | None = None  # built from `framing` (taken before any year is filled in) when needed
    anchors = _anchors(cands, pub)
    paras: _Paragraphs | None = None
    for c in cands:
        if c.kind == "date":
            c.value, c.precision = f"{c.y:04d}-{c.m:02d}-{c.d:02d}", "day"
        elif c.kind == "year":
            c.value, c.precision = f"{c.y:04d}", "year"
        elif c.kind == "dm":
            y = None if c.recurring else _pick_year_dm(c, ctx, pub, anchors)
            if y is None:
                c.value, c.precision = f"--{c.m:02d}-{c.d:02d}", "month-day"
            else:
                c.y = y
                c.value, c.precision = f"{y:04d}-{c.m:02d}-{c.d:02d}", "day"
        elif c.kind == "month":
            if c.y is None:
                if paras is None:
                    paras = _Paragraphs(doc.text)
                    frame_ctx = _YearContext(framing)
                c.y = _month_year(doc, c, ctx, frame_ctx, pub, paras)
            if c.y is not None:
                c.value, c.precision = f"{c.y:04d}-{c.m:02d}", "month"
        elif c.kind == "mrel":
            base = ctx.before(c.start)
            if base is None and pub is not None:
                base = pub.year
            if c.rel in ("pub", "-1", "+1") and pub is not None:
                base = pub.year
            if base is not None:
                y = base + (int(c.rel) if c.rel in ("-1", "+1") else 0)
                c.y = y
                c.value, c.precision = f"{y:04d}-{c.m:02d}", "month"


def _role(doc: Document, c: _Cand) -> str:
    dl = doc.dateline
    if dl is not None and dl.start <= c.start and c.end <= dl.end:
        return "published"
    if c.precision == "year":
        return "other"
    if c.precision not in ("day", "month-day"):
        return "event"
    s, _e = doc.sentence_of(c.start) if doc.sentences else (0, len(doc.text))
    window = doc.text[max(s, c.start - 90):c.start]
    a = _anchor_words()
    if window.isascii() and a.usable:
        if not a.speech.search(window.lower()):
            return "event"  # no speech word at all: the search below cannot match
        rx = _patterns().speech
        return "statement" if a.twins.get(rx, rx).search(window) else "event"
    if _patterns().speech.search(window, timeout=_TIMEOUT):
        return "statement"
    return "event"


# ------------------------------------------------------------------- API ----
def find_dates(doc: Document) -> list[_Cand]:
    """Resolved date candidates of a document (no spans added)."""
    cands = _candidates(doc.text)
    _resolve(doc, cands)
    return [c for c in cands if c.value]


def extract(doc: Document) -> None:
    """Append date spans (value, precision, role) to doc.spans["dates"]."""
    for c in find_dates(doc):
        sp = doc.span(c.start, c.end, "DATE", c.value)
        sp.attrs.update(value=c.value, precision=c.precision, role=_role(doc, c))
        doc.add(DATE, sp)


@lru_cache(maxsize=4096)
def parse_date_text(s: str, ref_year: int | None = None) -> str | None:
    """ISO value of one date expression ("9 Maret 2020", "18/7/2019", "Senin, 15 Januari 2024").

    Returns YYYY-MM-DD for a full date, YYYY-MM / YYYY for a month or year alone, a day/month
    takes `ref_year` when given (else ``--MM-DD``); None when `s` holds no date.  Never uses
    today's date.  Used by the normaliser to fill ``doc.dateline.date``.
    """
    if not s or len(s) > 200:
        return None
    cands = _candidates(s)
    if not cands and "/" in s:
        cands = _candidates(f"({s.strip()})")  # a lone "19/9" is a date when it is the whole expression
    if not cands:
        return None
    c = max(cands, key=lambda c: ({"date": 4, "dm": 3, "month": 2, "mrel": 1, "year": 0}[c.kind], c.end - c.start))
    if c.kind == "date":
        return f"{c.y:04d}-{c.m:02d}-{c.d:02d}"
    if c.kind == "dm":
        if ref_year is not None and _valid(ref_year, c.m, c.d):
            return f"{ref_year:04d}-{c.m:02d}-{c.d:02d}"
        return f"--{c.m:02d}-{c.d:02d}"
    if c.kind == "month":
        y = c.y if c.y is not None else ref_year
        return f"{y:04d}-{c.m:02d}" if y is not None else None
    if c.kind == "year":
        return f"{c.y:04d}"
    return None
