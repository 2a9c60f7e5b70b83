"""Counts stage: quantities of things ("3.156 inovasi", "Enam sentra") -> ``doc.spans["counts"]``.

A count is a number (digits with Indonesian thousands dots, or number words such as
*dua*, *sebelas*, *dua puluh lima*) directly followed by the noun phrase it counts.
Requiring the counted noun is what keeps out most look-alikes: numbers inside names
("Densus 88,", "Nusa Dua,"), ages ("Yogi Pratama (19)"), scores ("3,62 dari skala 4.")
and anaphora ("Empat lainnya").  The rest is excluded by data lists: words that make
the number part of a name or code (``count_name_prefixes.txt``: Top, Nomor, skala ...),
nouns that make it a duration/percentage/money (``count_skip_nouns.txt``), idioms
(``count_idioms.txt``: salah satu, satu-satunya ...) and function words that end a
noun phrase (``count_stopwords.txt``).  Numbers inside date spans are never counts.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..model import COUNT, DATE, Document
from ..resources import load_csv, load_lines
from .anchored import digit_runs, find_all, gate_key, match_at, twin
from .units import _candidates as _gate_starts  # the units gate: one pass finds the word starts of all stages

_TIMEOUT = 1.0  # backstop seconds for a short text; grows with the text (see _iter)
_MAX_WORDS = 6  # longest counted noun phrase we keep (lower-case run)
_MAX_CAP_WORDS = 10  # longest capitalised name we keep ("Dinas Penanaman Modal dan ...")


@dataclass(frozen=True, slots=True)
class _Tables:
    words: dict[str, tuple[int, str]]  # number word -> (value, kind)
    stop: frozenset[str]
    skip_nouns: frozenset[str]
    name_prefixes: frozenset[str]
    digit_prefixes: frozenset[str]
    verblike_nouns: frozenset[str]
    headline_verbs: frozenset[str]
    digits_rx: "regex.Pattern[str]"
    words_rx: "regex.Pattern[str]"
    mult_rx: "regex.Pattern[str]"
    decimal_rx: "regex.Pattern[str]"
    idiom_rx: "regex.Pattern[str] | None"
    # `re` twins of words_rx / idiom_rx / digits_rx for the anchored matches in ASCII texts (same matches,
    # ~3x cheaper per call); the pattern itself when no twin is proven.  Over a whole text the digit scan
    # keeps `regex` (`re` is slower on its look-behind at every offset); anchored, it is tried only at
    # the start of each digit run (`anchored.digit_runs`).
    words_fast: "regex.Pattern[str] | re.Pattern[str]"
    idiom_fast: "regex.Pattern[str] | re.Pattern[str] | None"
    digits_fast: "regex.Pattern[str] | re.Pattern[str]"
    # lower-cased first letters of the scale words (all ASCII): an ASCII letter after the space that is
    # none of them starts no mult_rx match, so the call is skipped (None: always call)
    scale_initials: frozenset[str] | None


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    words = {r["word"].lower(): (int(r["value"]), r["kind"]) for r in load_csv("number_words.csv")}
    starters = [w for w, (_, k) in words.items() if k in ("unit", "atom", "atom_scale")]
    alln = sorted(words, key=len, reverse=True)
    st = "|".join(regex.escape(w) for w in sorted(starters, key=len, reverse=True))
    an = "|".join(regex.escape(w) for w in alln)
    # two scans instead of one alternation: the digit scan needs no case folding (fast on digit runs)
    digits_rx = regex.compile(r"(?<![\w.,/-])(?P<num>\d{1,3}(?:\.\d{3}){1,5}|\d{1,15})(?![\w/]|[.,]\d|-\w)",
                              regex.VERSION0)
    words_rx = regex.compile(rf"(?<![\w.,/-])(?P<words>\b(?:{st})\b(?:[ ](?:{an})\b)*)(?![\w/]|-\w)",
                             regex.IGNORECASE | regex.VERSION1)
    scales = "|".join(regex.escape(w) for w, (_, k) in words.items() if k == "scale")
    mult_rx = regex.compile(rf"[ ](?P<mult>{scales})\b(?!-)", regex.IGNORECASE | regex.VERSION1)
    # "1,2 juta penerima": a decimal comma is a count only with a scale word after it
    decimal_rx = regex.compile(rf"(?<![\w.,/-])(?P<num>\d{{1,3}},\d{{1,3}})(?=[ ](?i:{scales})\b(?!-))",
                               regex.VERSION0)
    idioms = [i for i in load_lines("count_idioms.txt")]
    idiom_rx = None
    if idioms:
        alt = "|".join(r"\s+".join(regex.escape(p) for p in i.split()) for i in sorted(idioms, key=len, reverse=True))
        idiom_rx = regex.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", regex.IGNORECASE | regex.VERSION1)
    return _Tables(
        words=words,
        stop=frozenset(w.lower() for w in load_lines("count_stopwords.txt")),
        skip_nouns=frozenset(w.lower() for w in load_lines("count_skip_nouns.txt")),
        name_prefixes=frozenset(w.lower() for w in load_lines("count_name_prefixes.txt")),
        digit_prefixes=frozenset(w.lower() for w in load_lines("count_digit_prefixes.txt")),
        verblike_nouns=frozenset(w.lower() for w in load_lines("count_verblike_nouns.txt")),
        headline_verbs=frozenset(w.lower() for w in load_lines("count_headline_verbs.txt")),
        digits_rx=digits_rx,
        words_rx=words_rx,
        mult_rx=mult_rx,
        decimal_rx=decimal_rx,
        idiom_rx=idiom_rx,
        words_fast=twin(words_rx) or words_rx,
        idiom_fast=(twin(idiom_rx) or idiom_rx) if idiom_rx is not None else None,
        digits_fast=twin(digits_rx) or digits_rx,
        scale_initials=_initials([w for w, (_, k) in words.items() if k == "scale"]),
    )


def _initials(words: list[str]) -> frozenset[str] | None:
    """Lower-cased first letters of `words`, when every word is ASCII and starts with a letter."""
    if not all(w.isascii() and w[:1].isalpha() for w in words):
        return None
    return frozenset(w[0].lower() for w in words)


def _scale_after(tb: _Tables, text: str, e: int) -> "regex.Match[str] | None":
    """``mult_rx.match(text[e:e + 20])`` ("[ ]scale") when a space follows `e`, else None."""
    if not text.startswith(" ", e):
        return None
    ch = text[e + 1:e + 2]
    # an ASCII character matches a scale word's first letter (case-insensitively) only as itself
    if tb.scale_initials is not None and ch.isascii() and ch.lower() not in tb.scale_initials:
        return None
    return tb.mult_rx.match(text[e:e + 20])


def words_value(s: str) -> int | None:
    """Value of an Indonesian number-word sequence ("dua puluh lima" -> 25, "sebelas" -> 11)."""
    t = _tables().words
    total = group = 0
    pending: int | None = None
    for w in s.lower().split():
        if w not in t:
            return None
        v, kind = t[w]
        if kind == "unit":
            if pending is not None:
                return None  # "dua tiga": two numbers, not one
            pending = v
        elif kind == "atom":
            if pending is not None:
                return None
            group += v
        elif kind == "teen":
            if pending is None:
                return None
            group += pending + 10
            pending = None
        elif kind in ("tens", "hundred"):
            if pending is None:
                return None
            group += pending * v
            pending = None
        elif kind == "atom_scale":
            if pending is not None or group:
                return None
            total += v
        elif kind == "scale":
            g = group + (pending or 0)
            if g == 0:
                return None
            total += g * v
            group, pending = 0, None
    return total + group + (pending or 0)


_WORD = regex.compile(r"[ ]+(?P<w>[^\W\d_][\w'&-]*(?:/[^\W\d_][\w'&-]*)*)")
_SPELLED = regex.compile(r"[ ]?\((?P<w>[A-Za-z ]{3,40})\)")
_DIGITS_IN_BRACKETS = regex.compile(r"[ ]?\((?P<n>\d{1,6})\)")
_BRACKET = ("(", " (")  # how _SPELLED and _DIGITS_IN_BRACKETS begin ("[ ]?\(")
_ACRONYM = regex.compile(r"[ ]*\((?P<a>[A-Z][A-Za-z0-9&.-]{1,15})\)")
# `re` twins for ASCII windows (same matches there; `re` costs about half as much per call)
_WORD_ASCII = re.compile(r"[ ]+(?P<w>[A-Za-z][A-Za-z0-9_'&-]*(?:/[A-Za-z][A-Za-z0-9_'&-]*)*)")
_ACRONYM_ASCII = re.compile(_ACRONYM.pattern)


def _prev_word(text: str, pos: int) -> tuple[str, int, bool] | None:
    """(word, start, separated-by-a-space) of the word right before `pos`, scanning back <= 40 chars."""
    i = pos
    spaced = False
    if i > 0 and text[i - 1] == " ":
        i -= 1
        spaced = True
    j = i
    lo = max(0, pos - 40)
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "'.&-_"):
        j -= 1
    while j < i and not text[j].isalpha():
        j += 1
    if j >= i:
        return None
    return text[j:i], j, spaced


_VERBLIKE_RX = regex.compile(r"^(?:me|ber|di)[a-z]{3,}$")  # "diraih", "dinilai": passive


@lru_cache(maxsize=8192)
def _verblike(w: str) -> bool:
    """A word shaped like a verb (me-/ber-, di-...), unless listed as a noun ("dimensi", "dinas")."""
    return _VERBLIKE_RX.match(w) is not None and w not in _tables().verblike_nouns


@lru_cache(maxsize=16384)
def _ends_phrase(lw: str) -> bool:
    """A lower-cased word that cannot be (part of) the counted noun: function word, skip noun, number, verb."""
    tb = _tables()
    return lw in tb.stop or lw in tb.skip_nouns or lw in tb.words or _verblike(lw)


def _counted(text: str, pos: int, lines: "_Lines | None" = None, at: int = 0) -> tuple[str, int] | None:
    """The noun phrase right after a number: (phrase, end offset) or None when none follows.

    In a title-case line (a headline: `lines.title_case(at)`, asked only for a capitalised first word)
    every word is capitalised, so only the head noun is kept.
    Works on a short window copy: matching at an offset of a huge string is slow in `regex`.
    """
    if not text.startswith(" ", pos):
        return None  # _WORD needs a space first
    base = pos
    text = text[pos:pos + 400]
    ascii_ = text.isascii()
    word_match = (_WORD_ASCII if ascii_ else _WORD).match
    tb = _tables()
    m = word_match(text, 0)
    if not m:
        return None
    first = m.group("w")
    lw = first.lower()
    if _ends_phrase(lw):
        return None
    if lw.endswith("nya") and lw[:-3] in tb.skip_nouns:
        return None
    words = [first]
    end = m.end()
    if first[0].isupper():
        if not (lines is not None and lines.title_case(at)):
            # a capitalised name or acronym: keep the capitalised run ("Dinas Penanaman Modal dan ...")
            while len(words) < _MAX_CAP_WORDS:
                n = word_match(text, end)
                if not n:
                    break
                w = n.group("w")
                if w[0].isupper():
                    words.append(w)
                    end = n.end()
                    continue
                if w.lower() in ("dan", "&"):
                    n2 = word_match(text, n.end())
                    if n2 and n2.group("w")[0].isupper():
                        words += [w, n2.group("w")]
                        end = n2.end()
                        continue
                break
    else:
        while len(words) < _MAX_WORDS:
            n = word_match(text, end)
            if not n:
                break
            w = n.group("w")
            lw = w.lower()
            if w[0].isupper() and not w.isupper():
                break
            if lw == "dan":
                n2 = word_match(text, n.end())
                if n2 and len(words) <= 2:
                    w2 = n2.group("w").lower()
                    if w2 not in tb.stop and not _verblike(w2) and w2 not in tb.words:
                        words += [w, n2.group("w")]
                        end = n2.end()
                break
            if _ends_phrase(lw):
                break
            words.append(w)
            end = n.end()
    a = (_ACRONYM_ASCII if ascii_ else _ACRONYM).match(text, end)
    if a:
        end = a.end()
        return " ".join(words) + f" ({a.group('a')})", base + end
    return " ".join(words), base + end


def _iter(rx: "regex.Pattern[str]", text: str):
    """finditer with a length-scaled backstop; stops (keeping what it found) instead of failing."""
    try:
        yield from rx.finditer(text, timeout=_TIMEOUT + len(text) / 100_000)
    except TimeoutError:
        return


# ------------------------------------------------------- anchored scans ----
# The word-led patterns (number words, idioms) are slow to run over a whole text: the engine tries a
# case-insensitive alternation at every offset.  In an ASCII text a match can only start where one
# of their first words occurs, which ``str.find`` on the lower-cased text locates at C speed; trying
# the compiled pattern only there, in text order and skipping starts inside the previous match,
# yields exactly the matches of ``finditer``.  Non-ASCII texts (case folding could map other letters
# onto these words) and very long ones keep the whole-text scans.
_FAST_MAX = 300_000  # longest text read with anchored matches


@dataclass(frozen=True, slots=True)
class _Anchors:
    starters: tuple[str, ...]  # lower-cased words a words_rx match can begin with
    idioms: tuple[str, ...]  # lower-cased first words of the idioms
    usable: bool  # every anchor word is ASCII (else the anchored scans are not a proven superset)
    # Keys of the word starts that the units gate finds in its pass over the text (units._candidates,
    # kinds "count:*"): where a words_rx / idiom_rx match or a scale word (see _word_starts) may
    # start.  None: a word without a leading [a-z0-9_] key; use str.find and the whole-text scans.
    gate_keys: dict[str, frozenset[str]] | None


def _first_words(words: list[str]) -> tuple[str, ...]:
    """Lower-cased first word of each entry, without those another kept word is a prefix of."""
    firsts = sorted({w.lower().split()[0] for w in words if w.split()})
    return tuple(w for w in firsts if not any(o != w and w.startswith(o) for o in firsts))


@lru_cache(maxsize=1)
def _anchors() -> _Anchors:
    words = _tables().words
    starters = [w for w, (_, k) in words.items() if k in ("unit", "atom", "atom_scale")]
    idioms = load_lines("count_idioms.txt")
    scales = [w for w, (_, k) in words.items() if k == "scale"]
    usable = all(w.isascii() and w.strip() for w in [*starters, *idioms])
    # a words_rx / idiom_rx match starts (case-insensitively) with a starter / an idiom's first part,
    # right after a character that is not a word character: so at a key that follows a non-[a-z0-9_];
    # a scale word in decimal_rx's look-ahead follows a space
    keys = {"count:starter": frozenset(gate_key(w) for w in starters),
            "count:idiom": frozenset(gate_key(i) for i in idioms if i.strip()),
            "count:scale": frozenset(gate_key(w) for w in scales)}
    ok = usable and all(w.isascii() for w in scales) and all("" not in ks for ks in keys.values())
    return _Anchors(_first_words(starters), _first_words(idioms), usable, keys if ok else None)


def _gate_keys() -> dict[str, frozenset[str]] | None:
    """Keys for the units gate (`units._shared_gate_keys`)."""
    return _anchors().gate_keys


def _word_starts(text: str) -> tuple[list[int], list[int], list[int]] | None:
    """Offsets (sorted) in an ASCII `text` where a words_rx, an idiom_rx and a decimal_rx match may
    start (None: no gate, use the whole-text scans)."""
    if _anchors().gate_keys is None:
        return None
    found = _gate_starts(text)  # one pass for units, dates and counts, cached per text; read only
    if found is None or "count:starter" not in found:
        return None
    decimals: list[int] = []
    for q in found["count:scale"]:
        # decimal_rx: "d{1,3},d{1,3}" (3 to 7 characters) then " " and a scale word, which starts at q
        if text.startswith(" ", q - 1):
            decimals.extend(range(max(0, q - 8), q - 3))
    if decimals:
        decimals = sorted(set(decimals))
    return found["count:starter"], found["count:idiom"], decimals


def _scan(rx: "regex.Pattern[str]", text: str, low: str | None, words: tuple[str, ...]):
    """finditer of a pattern whose matches begin with one of `words`; anchored when `low` is given."""
    if low is None:
        return _iter(rx, text)
    return match_at(rx, text, find_all(low, words))


def _anchorable(text: str) -> bool:
    """Anchored scans are exact for `text` (ASCII, not huge)."""
    return text.isascii() and len(text) <= _FAST_MAX and _anchors().usable


def _lower(text: str) -> str | None:
    """The lower-cased text when anchored scans are exact for it (ASCII, not huge), else None."""
    return text.lower() if _anchorable(text) else None


def _blocked(doc: Document, idioms: "Iterable[regex.Match[str]]") -> bytearray:
    """One byte per character, non-zero inside a date span or an idiom ("salah satu")."""
    mask = bytearray(len(doc.text))
    for sp in doc.spans.get(DATE, ()):
        mask[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
    for m in idioms:
        s, e = m.span()
        mask[s:e] = b"\x01" * (e - s)
    return mask


def _sentence_starts(doc: Document) -> set[int]:
    return {s for s, _ in doc.sentences} | {0}


def find_counts(doc: Document) -> list[tuple[int, int, int, str]]:
    """(start, end, value, counted) for every count in the document."""
    tb = _tables()
    a = _anchors()
    text = doc.text
    anchored = _anchorable(text)
    ws = _word_starts(text) if anchored else None
    # anchored scans are for ASCII texts only: they may use the `re` twins
    if ws is not None:
        words_ms = match_at(tb.words_fast, text, ws[0])
        idiom_ms = match_at(tb.idiom_fast, text, ws[1]) if tb.idiom_rx is not None else ()
    elif anchored:
        low = text.lower()  # the gate gave no starts: find them with str.find
        words_ms = _scan(tb.words_fast, text, low, a.starters)
        idiom_ms = _scan(tb.idiom_fast, text, low, a.idioms) if tb.idiom_rx is not None else ()
    else:
        words_ms = _scan(tb.words_rx, text, None, a.starters)
        idiom_ms = _scan(tb.idiom_rx, text, None, a.idioms) if tb.idiom_rx is not None else ()
    blocked = _blocked(doc, idiom_ms)
    starts: set[int] | None = None  # sentence starts, built when first needed
    lines = _Lines(text)
    out: list[tuple[int, int, int, str]] = []
    # a digits_rx match starts at a digit with no word character before it: the first digit of a run
    digits_ms = match_at(tb.digits_fast, text, digit_runs(text)[0]) if anchored else _iter(tb.digits_rx, text)
    found = [(m.start(), m.end(), m["num"], None) for m in digits_ms]
    found += [(m.start(), m.end(), None, m["words"]) for m in words_ms]
    decimal_ms = match_at(tb.decimal_rx, text, ws[2]) if ws is not None else _iter(tb.decimal_rx, text)
    found += [(m.start(), m.end(), m["num"], None) for m in decimal_ms]
    found.sort()
    for s, e, num, wordseq in found:
        if blocked.find(1, s, e) >= 0:  # any non-zero byte (the mask holds 0 and 1)
            continue
        if num is not None and "," in num:
            mm = _scale_after(tb, text, e)
            if not mm:
                continue
            value = round(float(num.replace(",", ".")) * tb.words[mm["mult"].lower()][0])
            e += mm.end()
        elif num is not None:
            value = int(num.replace(".", ""))
            if num.startswith("0") and len(num) > 1:
                continue  # codes, phone numbers
            if len(num) == 4 and 1900 <= value <= 2099:
                continue  # a year ("AMH 2023 kategori ..."): thousands are written "2.023"
            mm = _scale_after(tb, text, e)  # "[ ]scale"
            if mm:
                value *= tb.words[mm["mult"].lower()][0]
                e += mm.end()
        else:
            value = words_value(wordseq)
            if value is None:
                continue
        # what precedes: names/codes ("Top 99", "Nomor 47"), a bracket (age), a list marker
        if s and text[s - 1] == "(" and text.startswith(")", e):
            continue
        after = e
        if text.startswith(_BRACKET, e):
            if num is not None:
                # "3 (tiga) orang": the number spelled out in brackets, then the counted noun
                sp = _SPELLED.match(text[e:e + 60])
                if sp and words_value(sp["w"]) == value:
                    after = e + sp.end()
            else:
                # "tiga (3) sentra": the number repeated in digits, then the counted noun
                sp = _DIGITS_IN_BRACKETS.match(text[e:e + 12])
                if sp and int(sp["n"]) == value:
                    after = e + sp.end()
        if not text.startswith(" ", after):
            continue  # no word follows (the test _counted starts with), so no line test needed
        c = _counted(text, after, lines, s)
        if c is None:
            continue
        counted, end = c
        pw = _prev_word(text, s)
        if pw:
            prev, prev_start, spaced = pw
            lp = prev.lower()
            if lp in tb.name_prefixes or lp.rstrip(".") in tb.name_prefixes:
                continue
            if num is not None and lp in tb.digit_prefixes:
                continue
            if prev[0].isupper() and spaced and (num is not None or text[s].isupper()):
                if starts is None:
                    starts = _sentence_starts(doc)
                if prev_start not in starts:
                    # "Budi Mulia 4", "Terpadu Satu Pintu": a number inside a capitalised name; but in a
                    # title-case headline a verb is capitalised too ("Kemensos Borong 6 Penghargaan")
                    headline_count = lines.title_case(s) and lp in tb.headline_verbs
                    if not headline_count and not _after_sentence_break(text, prev_start):
                        continue
        out.append((s, end, value, counted))
    return out


class _Lines:
    """The title-case test of the line holding an offset; bounds found on demand, the last line kept."""

    def __init__(self, text: str):
        self.text = text
        self.line = (0, -1, False)  # (start, end, title case): the last line asked about

    def title_case(self, pos: int) -> bool:
        a, b, hit = self.line
        if a <= pos <= b:  # no newline in [a, b): the same line (a newline at `pos` ends the line before it)
            return hit
        text = self.text
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        if b < 0:
            b = len(text)
        hit = _title_case_line(text, a, b)
        self.line = (a, b, hit)
        return hit


def _title_case_line(text: str, a: int, b: int) -> bool:
    """True when text[a:b] is a headline-style title-case line."""
    if b - a > 200:
        return False
    words = [w for w in text[a:b].split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.8


def _after_sentence_break(text: str, pos: int) -> bool:
    """True when `pos` starts a sentence or line (after . ! ? : or a newline)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\"'"


def extract(doc: Document) -> None:
    """Append count spans (value, counted) to doc.spans["counts"]."""
    for s, e, value, counted in find_counts(doc):
        sp = doc.span(s, e, "COUNT", value)
        sp.attrs.update(value=value, counted=counted)
        doc.add(COUNT, sp)
