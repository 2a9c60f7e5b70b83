"""Normalise a release: Unicode, punctuation, whitespace, web residue; find headline and dateline.

The output `Document.text` is what every later stage reads and every offset
points into; it is also written out (the `texts` table) so that offsets can be
checked by anyone.  Web residue (comment forms, share buttons, "Baca juga"
teasers, lone section labels, share counters) is removed; bylines and
copyright lines move to `doc.meta["byline"]` so that reporters never look like
sources.  Boilerplate markers live in `data/boilerplate.csv`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from .model import Dateline, Document
from .resources import load_csv

_CHAR_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u0060": "'", "\u00b4": "'",
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u2022": "-", "\u2023": "-", "\u25e6": "-", "\u25aa": "-", "\u2043": "-",  # bullets: a list item's dash
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ", "\f": " ", "\v": " ", "\u2026": "...",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
})
_SPACES = regex.compile(r"[^\S\n]+")  # every kind of space except the line break
_OTHER_RX = regex.compile(r"[^\P{C}\n]+")  # Unicode category C (Cc, Cf, Cn, Co, Cs) but \n
_ASCII_SPACES = re.compile(r" {2,}")  # `_SPACES` on an ASCII text after `_unicode_ascii`


# Hostile text: spaCy's tokenizer is quadratic (or worse) in the length of one
# whitespace-free token made of punctuation (4,000 "-" take ~40 s), and long
# tokens slow every later pattern.  No release needs more than a few identical
# symbols in a row (separator lines, "......" leaders) nor a 200-character word,
# so runs are shortened and giant tokens broken here, once, for every stage.
_MAX_RUN = 16
_MAX_TOKEN = 200
_RUN_RX = regex.compile(r"([^\w\s]|_)\1{%d,}" % _MAX_RUN)
_LONG_TOKEN_RX = regex.compile(r"(?<![^ \n])[^ \n]{%d,}" % (_MAX_TOKEN + 1))  # starts at a token start: linear
#: Backstop for data-driven patterns run on every line (seconds).
_LINE_TIMEOUT = 0.05


def _defuse(line: str, runs: bool = True, long_tokens: bool = True) -> str:
    """Shorten runs of one repeated symbol and break tokens longer than `_MAX_TOKEN`.

    Idempotent: its output has no run longer than `_MAX_RUN` and no token longer
    than `_MAX_TOKEN`, so a second pass changes nothing.  `runs` / `long_tokens`
    False: the caller knows the line has none (skips the pattern).
    """
    if len(line) <= _MAX_RUN:
        return line
    if runs:
        line = _RUN_RX.sub(lambda m: m.group(1) * _MAX_RUN, line)
    if long_tokens and len(line) > _MAX_TOKEN:
        line = _LONG_TOKEN_RX.sub(
            lambda m: " ".join(m.group()[i:i + _MAX_TOKEN] for i in range(0, len(m.group()), _MAX_TOKEN)), line)
    return line


# ---- fast path for ASCII texts (most releases) ------------------------------
# On ASCII input every step of `_unicode` + `_SPACES` reduces to a few cheap string
# operations (NFKC leaves ASCII alone; the only whitespace left is " " and "\n"),
# and whole-text checks tell whether any line can hold a run or a giant token.
_ASCII_MAPPED = tuple(chr(i) for i in range(128) if i in _CHAR_MAP)  # \t \f \v `
_ASCII_CONTROL_RX = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # category C but \n (\r is gone by then)
#: bytes that can never be part of a run of `_RUN_RX` (letters, digits, the whitespace left)
_NOT_RUN_BYTES = bytes(i for i in range(128) if chr(i).isalnum() or chr(i) in " \n")
_RUN_BYTES_RX = re.compile(rb"(.)\1{%d}" % _MAX_RUN, re.S)


#: every ASCII character `_unicode_ascii` changes (controls but \n, and the mapped ones)
_ASCII_SPECIAL = bytes(i for i in range(128) if (i < 32 and i != 10) or i == 127 or chr(i) in _ASCII_MAPPED)


def _unicode_ascii(t: str) -> str:
    """`_unicode` for an ASCII text (same result, without the Unicode passes)."""
    b = t.encode("ascii")
    if len(b.translate(None, _ASCII_SPECIAL)) == len(b):
        return t  # nothing to change (most releases): one C pass instead of a regex scan
    if "\r" in t:
        t = t.replace("\r\n", "\n").replace("\r", "\n")
    if any(ch in t for ch in _ASCII_MAPPED):
        t = t.translate(_CHAR_MAP)
    if _ASCII_CONTROL_RX.search(t):
        t = _ASCII_CONTROL_RX.sub("", t)
    return t


def _may_have_runs(t: str) -> bool:
    """False when no line of the ASCII text `t` holds a run for `_RUN_RX`.

    A run is one symbol repeated; deleting the letters, digits and whitespace around it
    keeps it a run, and what is left is short.
    """
    return _RUN_BYTES_RX.search(t.encode("ascii").translate(None, _NOT_RUN_BYTES)) is not None


def _may_have_long_tokens(t: str) -> bool:
    """False when the text `t` (whose only whitespace is " " and "\n") has no token over `_MAX_TOKEN`.

    Such a token would cover a whole aligned block of `_MAX_TOKEN // 2` characters.
    """
    step = _MAX_TOKEN // 2
    for i in range(0, len(t), step):
        if t.find(" ", i, i + step) < 0 and t.find("\n", i, i + step) < 0:
            return True
    return False


@lru_cache(maxsize=1)
def _boilerplate() -> tuple["regex.Pattern[str]", tuple[str, ...]]:
    """All residue rules as ONE alternation (`_b0|_b1|...`, in file order) + the action of each.

    A full match of the alternation tries the rules in order, so the first
    alternative that matches the whole line is the first rule that would: one
    regex call per line instead of one per rule.  `regex` (not `re`): a data
    file may hold a pattern that backtracks badly; the timeout in `_rule_for`
    keeps one hostile line from stalling the run.
    """
    actions, parts = [], []
    for i, row in enumerate(load_csv("boilerplate.csv")):
        actions.append(row["action"])
        parts.append(f"(?P<_b{i}>{row['pattern']})")
    rx = regex.compile("|".join(parts) or r"(?!)", regex.I | regex.V0)
    return rx, tuple(actions)


@lru_cache(maxsize=4096)
def _rule_for(line: str) -> str | None:
    """Action of the first boilerplate rule matching the whole line (None: keep it)."""
    if len(line) > 300:
        return None
    rx, actions = _boilerplate()
    try:
        m = rx.fullmatch(line, timeout=_LINE_TIMEOUT)
    except TimeoutError:
        return None
    if not m:
        return None
    for i, act in enumerate(actions):
        if m.group(f"_b{i}") is not None:
            return act
    return None  # pragma: no cover - one alternative always matched


#: Length of the line prefix `_prefix_may_match` decides on.
_GATE_LEN = 6


@lru_cache(maxsize=8192)
def _prefix_may_match(prefix: str) -> bool:
    """False when no boilerplate rule can fully match any line that starts with `prefix`.

    A partial match (`regex` ``partial=True``) reports whether the text could be
    extended into a full match, so a False here is exact.  Body lines start with a
    few hundred distinct prefixes ("Menter", "Kepala" ...): one cached answer spares
    the full-line match (and its cache slot) for nearly every line of a release.
    """
    rx, _ = _boilerplate()
    try:
        return rx.fullmatch(prefix, partial=True, timeout=_LINE_TIMEOUT) is not None
    except TimeoutError:
        return True


def _unicode(raw: str) -> str:
    """NFKC, one kind of line break, ASCII quotes/dashes/spaces, no control characters.

    NFKC runs again after characters are dropped: removing a control or a soft
    hyphen can leave a base letter next to a combining mark that composes only
    now, and the result must be stable under a second pass.
    """
    t = unicodedata.normalize("NFKC", raw)
    t = t.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    t = t.translate(_CHAR_MAP)
    # control / format / unassigned / private-use / surrogate characters (keep \n): invisible,
    # and a lone surrogate cannot even be written out as UTF-8
    t = _OTHER_RX.sub("", t)
    for _ in range(3):
        u = unicodedata.normalize("NFKC", t).translate(_CHAR_MAP)
        if u == t:
            break
        t = u
    return t


def clean_text(raw: str) -> tuple[str, list[str]]:
    """Unicode + punctuation + whitespace + residue removal. Returns (text, byline lines).

    Idempotent: clean_text(clean_text(x)[0])[0] == clean_text(x)[0].
    """
    if raw.isascii():
        t = _unicode_ascii(raw)
        if "  " in t:
            t = _ASCII_SPACES.sub(" ", t)
        runs, long_tokens = _may_have_runs(t), _may_have_long_tokens(t)
    else:
        # the pattern never spans a line break: one call for the text, not one per line
        t = _SPACES.sub(" ", _unicode(raw))
        runs = long_tokens = True
    out: list[str] = []
    bylines: list[str] = []
    defuse = runs or long_tokens  # else `_defuse` changes nothing: skip the call
    for line in t.split("\n"):
        line = line.strip()
        if defuse:
            line = _defuse(line, runs, long_tokens)
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        # `_rule_for` keeps every line over 300 characters (most body paragraphs): no call, no cache key;
        # a line whose start no rule can match needs no full match either
        n = len(line)
        action = _rule_for(line) if n <= 300 and (n <= _GATE_LEN or _prefix_may_match(line[:_GATE_LEN])) else None
        if action == "cut_rest":
            break
        if action == "drop":
            continue
        if action == "byline":
            bylines.append(line)
            continue
        out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out), bylines


# ---- dateline --------------------------------------------------------------
_CITY = r"(?P<city>[A-Z][A-Za-z'.]*(?:[ ][A-Z][A-Za-z'.]*){0,3})"
_SEP = r"\s*(?:-+|:)\s*,?\s*"
# An optional date after the city/outlet: ", Kamis (14/11/2024)", ", 16/10/2024", " 18 Desember 2020".
_TAIL = (r"(?:\s*,\s*(?P<tail>(?:[A-Z][a-z']{2,8}\s*,?\s*)?\(?\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?"
         r"|\s+[A-Za-z]{3,9}\.?\s+\d{4})\)?))")
_DATELINE_PATTERNS = [
    # JAKARTA (9 Maret 2020) -   |   JAKARTA (Waspada):   |   Gresik (ANTARA) -
    regex.compile(rf"{_CITY}\s*\((?P<inner>[^()\n]{{1,40}})\){_TAIL}?\s*(?:-+|:)\s*"),
    # Liputan6.com, Jakarta -   |   Liputan6.com, Makassar, Kamis (14/11/2024) -
    regex.compile(rf"(?P<outlet>[A-Za-z0-9]+(?:\.[A-Za-z]{{2,}})+)\s*,\s*{_CITY}{_TAIL}?\s*-+\s*"),
    # JAKARTA,NUSANTARAPOS,-  |  Mataram, KOMPAS.com -  |  BENGKULU, 16/10/2024 -  |  TEMANGGUNG, 18 Desember 2020 -
    regex.compile(rf"{_CITY}\s*,\s*(?P<inner>[^,\n()]{{1,40}}?)\s*,?{_TAIL}?\s*,?\s*-+\s*"),
    # TRIBUNNEWS.COM -
    regex.compile(rf"(?P<outlet>[A-Za-z0-9]+(?:\.[A-Za-z]{{2,}})+){_TAIL}?\s*-+\s*"),
    # BEKASI -   |   Jakarta -   |   Jakarta, Kamis (14/11/2024) -
    regex.compile(rf"{_CITY}{_TAIL}?\s*-+\s+"),
]
#: Characters each dateline pattern needs (every group: one of its characters must occur):
#: a line without them is not tried against that pattern.
_DATELINE_NEEDS = (("(", ")", "-:"), (".", ",", "-"), (",", "-"), (".", "-"), ("-",))
assert len(_DATELINE_NEEDS) == len(_DATELINE_PATTERNS)
_NEED_CHARS = "()-:.,"  # every character of `_DATELINE_NEEDS`: `_eligible`'s key says which a line holds
assert set(_NEED_CHARS) == {ch for needs in _DATELINE_NEEDS for group in needs for ch in group}


@lru_cache(maxsize=None)
def _eligible(present: tuple[bool, ...]) -> tuple[int, ...]:
    """Indices of the dateline patterns whose `_DATELINE_NEEDS` a line satisfies, given which of
    `_NEED_CHARS` it holds (at most 64 keys: the per-pattern character tests run once per key)."""
    have = {ch for ch, hit in zip(_NEED_CHARS, present) if hit}
    return tuple(i for i, needs in enumerate(_DATELINE_NEEDS) if all(have.intersection(group) for group in needs))


@lru_cache(maxsize=4096)
def _parse_date(s: str) -> str | None:
    """ISO date of a dateline / time stamp date (pure: `parse_date_text` never reads today's date)."""
    try:
        from .extract.dates import parse_date_text
    except ImportError:  # pragma: no cover - dates stage not available
        return None
    try:
        v = parse_date_text(s)
    except Exception:  # noqa: BLE001 - a dateline must never break normalisation
        return None
    return v if v and len(v) == 10 and v[0].isdigit() else None


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    names: set[str] = set()
    try:
        rows = load_csv("places.csv")
    except (FileNotFoundError, OSError):
        return frozenset()
    for row in rows:
        for n in [row.get("name", "")] + (row.get("aliases", "") or "").split("|"):
            if n.strip():
                names.add(n.strip().lower())
    return frozenset(names)


@lru_cache(maxsize=1)
def _twins() -> tuple[tuple["re.Pattern[str] | None", ...], "re.Pattern[str] | None"]:
    """`re` twins (`anchored.twin`) of the dateline patterns and of `_TIMESTAMP`: the same matches
    on ASCII text, a few times faster per call and no timeout bookkeeping."""
    from .extract.anchored import twin  # lazy: importing the extract package loads every extractor

    return tuple(twin(rx) for rx in _DATELINE_PATTERNS), twin(_TIMESTAMP)


def _plain(s: str) -> bool:
    """ASCII with single spaces as its only whitespace (every normalised line): the patterns here
    backtrack polynomially only over runs of whitespace, so their `re` twins need no timeout."""
    return s.isascii() and s.isprintable() and "  " not in s


def _city_ok(city: str, strict: bool) -> bool:
    if not city:
        return False
    if city.isupper():
        return True
    if city.lower() in _known_places():
        return True
    return not strict and len(city.split()) <= 2


def _title(city: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in city.split())


def parse_dateline(line: str) -> tuple[int, str | None, str | None, str | None] | None:
    """Match a dateline at the start of `line`: (length, city, outlet, ISO date)."""
    head = line[:200]
    if "-" not in head and ":" not in head:
        return None  # every pattern ends with a dash (or a colon)
    twins = _twins()[0] if _plain(head) else None
    for i in _eligible(tuple(ch in head for ch in _NEED_CHARS)):
        tw = twins[i] if twins is not None else None
        m = tw.match(head) if tw is not None else _DATELINE_PATTERNS[i].match(head, timeout=0.05)
        if not m:
            continue
        gd = m.groupdict()
        city = (gd.get("city") or "").strip()
        inner = (gd.get("inner") or "").strip()
        outlet = (gd.get("outlet") or "").strip() or None
        date = None
        tail = (gd.get("tail") or "").strip()
        if tail:
            date = _parse_date(tail.split(",")[-1].strip())
        if inner:
            date = _parse_date(inner) or date
            if date is None:
                if i == 2 and not (inner.isupper() or "." in inner or inner.lower() in _known_places()):
                    continue
                outlet = inner
        if i in (0, 2) and not _city_ok(city, strict=False):
            continue
        if i == 4 and not _city_ok(city, strict=True):
            continue
        if i == 3 and not outlet:
            continue
        if i == 1 and not _city_ok(city, strict=False):
            continue
        return m.end(), (_title(city) if city else None), outlet, date
    return None


# A web page's time stamp line above the article: "Selasa, 30 Januari 2024 | 14:05 WIB",
# also led by the site's name: "Kompas.com - 06/01/2025, 09:15 WIB", or by the writer's byline:
# "Oleh: Rina Wulandari | Senin, 2 Juni 2025 - 08:10 WIB".
_TIMESTAMP = regex.compile(r"(?:(?:Oleh|Penulis|Reporter|Pewarta|By)\s*:?\s+)?"
                           r"(?:[A-Z][\w.]{1,20}(?:[ ][A-Z][\w.]{1,20}){0,2}[ ]?[-|][ ]?)?"
                           r"(?:[A-Z][a-z']{2,8}\s*,?\s*)?(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})"
                           r"(?:\s*[|,-]?\s*(?:pukul\s*)?\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:WIB|WITA|WIT)?)?\s*")


def _timestamp_date(line: str) -> str | None:
    if len(line) > 80:
        return None
    line = line.strip()
    tw = _twins()[1] if _plain(line) else None
    m = tw.fullmatch(line) if tw is not None else _TIMESTAMP.fullmatch(line, timeout=0.05)
    return _parse_date(m.group("date")) if m else None


def find_structure(doc: Document) -> Document:
    """Headline, dateline and body start of a normalised text."""
    text = doc.text
    lines: list[tuple[int, int]] = []
    pos = 0
    for ln in text.split("\n"):
        if ln.strip():
            lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
        if len(lines) >= 6:
            break
    # a time stamp line gives the publication date when the dateline does not
    stamp = None
    for idx, (s, e) in enumerate(lines[:4]):
        if ts := _timestamp_date(text[s:e]):
            stamp = (idx, ts)
            break
    dl_idx = None
    for idx, (s, e) in enumerate(lines[:5]):
        if stamp is not None and idx == stamp[0]:
            continue  # "Kompas.com - 06/01/2025, 09:15 WIB" is the page's stamp, not the dateline
        res = parse_dateline(text[s:e])
        if res:
            length, city, outlet, date = res
            doc.dateline = Dateline(s, s + length, text[s:s + length].rstrip(), city, outlet, date)
            doc.body_start = s + length
            dl_idx = idx
            break
    if stamp is not None:
        if doc.dateline is None:
            s, e = lines[stamp[0]]
            doc.dateline = Dateline(s, e, text[s:e], None, None, stamp[1])
        elif doc.dateline.date is None:
            doc.dateline.date = stamp[1]
    candidates = lines[:dl_idx] if dl_idx is not None else lines[:2 if stamp and stamp[0] == 0 else 1]
    candidates = [c for i, c in enumerate(candidates) if not (stamp and i == stamp[0])]
    for s, e in candidates:
        seg = text[s:e]
        if len(seg) <= 200 and not seg.rstrip().endswith((".", '"', ":")) and (dl_idx is not None or len(lines) > 1):
            doc.headline = (s, e)
            if dl_idx is None:
                doc.body_start = e + 1
            break
    return doc


def normalize(doc: Document) -> Document:
    """Fill `doc.text` (normalised), `doc.headline`, `doc.dateline`, `doc.body_start`, `doc.meta['byline']`."""
    doc.text, bylines = clean_text(doc.raw_text)
    doc.meta["byline"] = " | ".join(bylines) if bylines else None
    return find_structure(doc)
