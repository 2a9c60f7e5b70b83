"""Award facts: one span per (award, recipient unit) stated in a release.

Releases of this genre state awards in a few formulaic ways, and the rules below
follow them rather than any single sentence:

* the award and the unit in one sentence ("Sentra X meraih predikat WBK tahun 2023",
  "Top 5 kelompok replikasi diberikan kepada A, B dan C");
* the award in one sentence and the units in the next ("... masuk TOP 99 ... 2018.
  Keduanya adalah A dan B", "Dua UPT itu adalah ...", numbered lists "1. ... oleh X");
* the award named earlier and referred back to ("Capaian berikutnya diraih Balai ...",
  "penghargaan serupa diberikan kepada ...", "Kelompok keberlanjutan dimenangi ...");
* the unit referred back to ("Balai besar ini masuk TOP 15 ...");
* the ministry as recipient of an innovation made by the one unit the release is
  about ("Kementerian Sosial masuk daftar Top 99 ... berkat program ...").

Nominations, proposals, targets and future selections are filtered by cue words
in the clause that joins the unit and the award (data/award_cues.csv).  Award
names and their spellings live in data/award_families.csv + award_patterns.csv.

The edition is the award's own year: a year written with the name, a year in the
sentence, a year-led recap paragraph ("2017 - ..."), another mention of the
same award, or the ceremony date -- never the publication date by default.
"""
from __future__ import annotations

import re
import string
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from operator import or_
from typing import Any

import regex

try:  # the stdlib parser of `re` syntax; only used to read literals out of data patterns
    from re import _constants as _sc, _parser as _sp  # Python >= 3.11
except ImportError:  # pragma: no cover
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

from ..model import AWARD, DATE, UNIT, Document
from ..resources import load_csv, load_lines
from .anchored import match_at
from .units import drop_unawarded, recipient_only_keys, slug

_TIMEOUT = 2.0  # seconds: backstop for whole-text scans and data-driven cue searches
# Fixed linear patterns of this module on bounded windows (clause bounds, years, innovation
# names in a sentence or line) run without it: `regex` pays ~1-2 us per call and ~1 us per
# match for the timer.

# ---------------------------------------------------------------- lexicon ---


@dataclass(frozen=True, slots=True)
class Family:
    key: str
    name: str
    giver: str
    ceremony_year: bool
    personal: bool
    innovation: bool
    graded: bool = False


_TOPN_KEY = regex.compile(r"top(\d+)-inovasi")


@lru_cache(maxsize=1)
def families() -> dict[str, Family]:
    """Award families by key (data/award_families.csv)."""
    out: dict[str, Family] = {}
    for row in load_csv("award_families.csv"):
        out[row["key"]] = Family(row["key"], row["name"], row.get("giver", ""),
                                 row.get("ceremony_year", "1") == "1", row.get("personal", "0") == "1",
                                 row.get("innovation", "0") == "1", row.get("graded", "0") == "1")
    return out


@lru_cache(maxsize=4096)
def family_of(key: str) -> Family:
    """The family for `key`; Top-N families not listed in the data are derived from N; a generic
    award ("named-<slug>", `_named_awards`) is named as the text wrote it."""
    fam = families().get(key)
    if fam is not None:
        return fam
    m = _TOPN_KEY.fullmatch(key)
    if m:
        return Family(key, f"Top {m.group(1)} Inovasi Pelayanan Publik", "KemenPANRB", True, False, True)
    if key.startswith(NAMED_PREFIX):
        # the name as written comes from the document (`_Ctx.named`); this is only a fallback
        return Family(key, key[len(NAMED_PREFIX):].replace("-", " ").upper(), "", True, False, False)
    return Family(key, key, "", True, False, False)


#: Key prefix of awards that no family of award_families.csv names (`_named_awards`).
NAMED_PREFIX = "named-"
_NAMED_WORD = r"(?:[A-Z][\w'\u2019-]*|[0-9]+(?![0-9]{3}))"
#: "Penghargaan <Name> (ACR)": the lead word, then capitalised words on the same line
_NAMED_LEAD_RX = re.compile(
    r"\b(?P<lead>[Pp]enghargaan|[Aa]nugerah|[Pp]iala|[Tt]rofi)[ \t]+(?P<name>" + _NAMED_WORD
    + r"(?:(?:[ \t]+(?:dan|&|of|the|for|dalam|untuk))?[ \t]+" + _NAMED_WORD + r"){0,7})"
    r"(?:[ \t]*\((?P<acr>[A-Z][A-Za-z0-9-]{1,10})\))?")
_NAMED_LEADS = frozenset({"penghargaan", "anugerah", "piala", "trofi"})
_NAMED_LEAD_STEMS = ("enghargaan", "nugerah", "iala", "rofi")  # the lead words less their first letter
#: "<Name> Award(s)": read backwards from "Award" (a forward scan would try every capitalised word)
_AWARD_WORD_RX = re.compile(r"Awards?\b")
_NAMED_BEFORE_RX = re.compile(r"(?:[A-Z][\w'\u2019-]*[ \t]+){1,6}$")
_WORD_END_RX = re.compile(r"\S+")
#: last words that end a name but are not part of it ("Anugerah Keterbukaan Informasi Publik Tahun 2024")
_NAMED_TAIL_STOP = frozenset({"tahun", "kategori", "tingkat", "periode", "edisi"})


@lru_cache(maxsize=1)
def _named_stop() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("award_named_stopwords.txt"))


def _named_awards(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, key, name as written) of award names no family pattern knows: "Penghargaan Indikator Kinerja
    Pelaksanaan Anggaran (IKPA)", "Anugerah Humas Indonesia", "Indonesia Green Awards".

    The scorer and the analyst read them by their written name; facts need the same cues,
    units and polarity as any award."""
    found: list[tuple[int, int, list[str], str, str | None]] = []  # start, end, words, lead, acr
    for stem in _NAMED_LEAD_STEMS:  # str.find per lead word, then the pattern at each hit
        k = text.find(stem)
        while k > 0:
            m = _NAMED_LEAD_RX.match(text, k - 1)
            if m is not None:
                found.append((m.start(), m.end("name"), m.group("name").split(), m.group("lead"), m.group("acr")))
            k = text.find(stem, k + len(stem))
    if "Award" in text:
        for m in _AWARD_WORD_RX.finditer(text):
            line_start = text.rfind("\n", max(0, m.start() - 120), m.start()) + 1
            b = _NAMED_BEFORE_RX.search(text, max(line_start, m.start() - 120), m.start())
            if b is not None:
                found.append((b.start(), m.end(), text[b.start():m.end()].split(), "", None))
    if not found:
        return []
    found.sort()  # text order
    stop = _named_stop()
    out = []
    for start, end, words, lead, acr in found:
        # a second award named right after ("Anugerah X dan Penghargaan Y") is its own name
        cut = next((k for k, w in enumerate(words) if k and w.lower() in _NAMED_LEADS), None)
        if cut is not None:
            words = words[:cut]
            while words and words[-1].lower() in ("dan", "&", "serta"):
                words.pop()
            acr = None
        n = len(words) if cut is None else len(words) + 1  # a cut name ends at its last kept word
        # trailing years and words that start the edition belong to the edition, not to the name
        while words and (words[-1].isdigit() or words[-1].lower() in _NAMED_TAIL_STOP):
            words.pop()
        if not words or words[0].lower() in stop or " ".join(words[:2]).lower() in stop:
            continue
        if words[0].lower() == "top" and len(words) > 1 and words[1].isdigit():
            continue  # "Top 570 Inovasi ...": a Top-N list (top-n family)
        if len(words) <= 3 and words[-1].lower() in ("kemensos", "sosial", "kemsos"):
            continue  # "Penghargaan UPT Kemensos": the receivers, not a name
        if lead and len(words) < 2 and not acr:
            continue  # "Penghargaan Adhikarya": too little to tell an award from a name
        core = " ".join(words)
        if not lead:
            display = core
        else:
            display = f"{lead.capitalize()} {core}" + (f" ({acr})" if acr else "")
            if acr and len(words) == n:
                end = text.index(")", end) + 1
            elif len(words) < n:  # the span ends with the last word kept
                ends = [w.end() for w in _WORD_END_RX.finditer(text, start, end)]
                end = ends[len(words)]  # the lead word is the first
        # one award written out and as its acronym ("Pengelolaan Barang Milik Negara (BMN)", "Pengelolaan
        # BMN") is one family: keyed by the acronym when the name has one
        acro = acr or next((w for w in words if len(w) >= 3 and w.isupper() and w.isalpha()), None)
        key = NAMED_PREFIX + slug(acro or core)
        out.append((start, end, key, display))
    return out



# ------------------------------------------------------------ cue gates ---
#
# Most sentences hold no award and no cue word, and the `regex` searches below are slow
# even on text that cannot match.  A gate is a necessary condition read from the pattern
# itself (with the stdlib parser): clauses of lower-case literal strings such that every
# match contains one string of each clause.  The tokens of each sentence are mapped once
# to the clauses they satisfy (_Gates), and a search runs only where all clauses of some
# alternative of the pattern are satisfied, so its result is exactly that of the search.
# Conversely, a whole cue word such as "meraih" for `\b(?:me|di)?raih\b` answers a
# yes/no cue question without searching.  Everything is derived from the data files, so
# new rows keep working (a row the stdlib cannot read gets no gate and is always searched).

_MIN_LIT = 3  # shorter required literals occur everywhere: not worth a gate
# Non-ASCII characters that match an ASCII letter case-insensitively (Turkish i's, long s,
# Kelvin sign): a text holding one is never gated, because its lower-case form may not
# contain the literal that the pattern matched.
_CASE_ALIENS = re.compile("[\u0130\u0131\u017f\u212a]")


def _lit_score(lits: frozenset[str]) -> tuple[int, int]:
    return (min(len(x) for x in lits), -len(lits))


def _required_all(items: Any) -> list[frozenset[str]]:
    """Clauses of lower-case ASCII strings without whitespace: every match of the parsed
    sequence contains one string of each clause.  Conservative: anything not understood
    adds no clause."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _sc.LITERAL and av < 128 and not chr(av).isspace():
            run.append(chr(av).lower())
            continue
        flush()
        if op is _sc.SUBPATTERN:
            out.extend(_required_all(av[-1]))
        elif op is _sc.BRANCH:
            subs = [_required(b) for b in av[1]]
            if all(subs):
                out.append(frozenset().union(*subs))  # type: ignore[arg-type]
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) and av[0] >= 1:
            out.extend(_required_all(av[2]))
    flush()
    return out


def _required(items: Any) -> frozenset[str] | None:
    """The best single clause of _required_all (longest shortest string), or None."""
    clauses = _required_all(items)
    return max(clauses, key=_lit_score) if clauses else None


_FUZZY = re.compile(r"\{[^}0-9,]")  # `regex` fuzzy matching, e.g. (?:name){e<=1}


def _parse(pattern: str) -> Any:
    """The stdlib parse of a data pattern, or None when it may not mean the same there."""
    if "\\p" in pattern or "\\P" in pattern or "[[" in pattern or "(?V" in pattern \
            or _FUZZY.search(pattern):
        return None  # `regex`-only syntax that the stdlib parser would misread
    try:
        return _sp.parse(pattern, 0)
    except Exception:  # noqa: BLE001 - any syntax the stdlib does not know: no gate
        return None


@lru_cache(maxsize=None)
def required_clauses(pattern: str) -> tuple[frozenset[str], ...]:
    """The clauses of the pattern's gate worth testing (every string >= _MIN_LIT chars)."""
    parsed = _parse(pattern)
    if parsed is None:
        return ()
    good = {c for c in _required_all(parsed) if min(len(x) for x in c) >= _MIN_LIT}
    return tuple(sorted(good, key=lambda c: (_lit_score(c), sorted(c)), reverse=True))


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern (their sources), or None if unparsable."""
    if _parse(pattern) is None:
        return None
    depth, start, out = 0, 0, []
    k = 0
    while k < len(pattern):  # split at top-level '|' (outside groups and classes)
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":
            k += 1
            if k < len(pattern) and pattern[k] == "^":
                k += 1
            if k < len(pattern) and pattern[k] == "]":
                k += 1
            while k < len(pattern) and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    out.append(pattern[start:])
    return out


_GLOBAL_FLAGS = re.compile(r"\(\?[a-zA-Z^]+\)|\\[1-9]|\(\?P=|\\g<|\(\?\(|\(\?R|\(\?[+-]?[0-9]|\(\?&")


def _split_alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a cue row when each may be searched on its own: a
    search of the row matches exactly when one of them does (no global inline flag, back
    reference, conditional or recursion ties them together); else None."""
    if _GLOBAL_FLAGS.search(pattern):
        return None
    alts = _alternatives(pattern)
    if not alts:
        return None
    for a in alts:
        try:
            regex.compile(f"(?:{a})", regex.IGNORECASE | regex.MULTILINE)
        except regex.error:
            return None
    return alts


_WB = "\x00"  # stands for \b in the strings of _sure_strings
_MAX_SURE = 512


def _sure_strings(items: Any) -> set[str] | None:
    """A finite part of the language of a parsed sequence over literals and \b (written
    _WB), or None when empty.  Any text holding one of these strings matches the sequence."""
    out = {""}
    for op, av in items:
        if op is _sc.LITERAL and av < 128:
            part: set[str] | None = {chr(av).lower()}
        elif op is _sc.AT and av is _sc.AT_BOUNDARY:
            part = {_WB}
        elif op is _sc.SUBPATTERN and not av[1] and not av[2]:  # no inline flag change
            part = _sure_strings(av[-1])
        elif op is _sc.BRANCH:
            subs = [x for x in (_sure_strings(b) for b in av[1]) if x]
            part = set().union(*subs) if subs else None
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT) and av[1] == 1:  # X? or (X){1}
            part = (_sure_strings(av[2]) or set()) | ({""} if av[0] == 0 else set())
        else:
            part = None
        if not part:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _MAX_SURE:
            return None
    return out


@lru_cache(maxsize=None)
def sure_words(pattern: str) -> frozenset[str]:
    """Lower-case words w such that an ASCII text holding w as a whole word certainly
    matches the case-insensitive `pattern` (e.g. meraih, diraih for `\\b(?:me|di)?raih\\b`)."""
    parsed = _parse(pattern)
    got = (_sure_strings(parsed) if parsed is not None else None) or set()
    out = set()
    for x in got:
        while _WB + _WB in x:
            x = x.replace(_WB + _WB, _WB)
        if len(x) > 2 and x[0] == _WB and x[-1] == _WB and re.fullmatch(r"[a-z0-9_]+", x[1:-1]):
            out.add(x[1:-1])
    return frozenset(out)


def _lower_for_gates(text: str) -> str | None:
    """The text lower-cased with unchanged offsets, or None when gates must not be used."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _CASE_ALIENS.search(text)):
        return None
    return low


# ASCII characters that are no word characters: stripped from a whitespace-separated token,
# what is left is a whole word in the sense of \b
_NON_WORD = "".join(c for c in string.punctuation if c != "_")
_MAX_WORDS = 200_000
_MAX_SENTENCES = 20_000  # ~3 MB of sentence strings at most


class _Gates:
    """Word-level gates of the cue kinds and award patterns.

    Every clause (see _required_all) is a feature bit; a whitespace-separated token of the
    lower-cased text gets the bits of the clauses one of whose strings it contains, plus a
    'sure' bit per cue kind (above the clause bits) when the token is one of the kind's
    sure words.  Since no gate
    string holds whitespace, a string occurs in a stretch of text exactly when it occurs in
    one of its tokens, so OR-ing the token bits (kept per distinct token across documents)
    answers every gate of a sentence at once."""

    def __init__(self) -> None:
        self.trie: dict[str, Any] = {}
        self.bit_of: dict[frozenset[str], int] = {}
        # kind -> (OR of one-clause alternatives, AND masks of the others, OR of those);
        # None: no gate
        self.kind_rows: dict[str, tuple[int, tuple[int, ...], int] | None] = {}
        self.sure_bit: dict[str, int] = {}
        self.sure_words: dict[str, int] = {}
        self.words: dict[str, int] = {}
        self.sentences: dict[str, int] = {}  # see sentence_bits
        self.pattern_masks: list[int] = []  # per row of award_patterns.csv
        # kind -> (AND mask, compiled alternative) per top-level alternative of its rows;
        # None: the rows cannot be split safely (see _split_alternatives)
        self.kind_alts: dict[str, tuple[tuple[int, Any], ...] | None] = {}
        self._sure_pending: dict[str, frozenset[str]] = {}
        self.finished = False

    def mask(self, clauses: tuple[frozenset[str], ...]) -> int:
        """The AND mask of clauses (0: no gate)."""
        m = 0
        for c in clauses:
            bit = self.bit_of.get(c)
            if bit is None:
                if self.finished:
                    continue  # no new bits once the sure bits sit above: the clause is not tested
                bit = self.bit_of[c] = 1 << len(self.bit_of)
                self.words.clear()  # bits of known tokens lack the new clause
                self.sentences.clear()
                for lit in c:
                    node = self.trie
                    for ch in lit:
                        node = node.setdefault(ch, {})
                    node[""] = node.get("", 0) | bit
            m |= bit
        return m

    def add_kind(self, kind: str, rows: list[str]) -> None:
        """Gate of a cue kind: OR over the alternatives of its rows of their AND masks."""
        masks: list[int] = []
        alts: list[tuple[int, str]] | None = []
        for row in rows:
            parts = _split_alternatives(row)
            if parts is None:
                alts = None
            for alt in parts or _alternatives(row) or [row]:
                masks.append(self.mask(required_clauses(alt)))
                if alts is not None:
                    alts.append((masks[-1], alt))
        self.kind_alts[kind] = None if alts is None else tuple(
            (m, regex.compile(f"(?:{a})", regex.IGNORECASE | regex.MULTILINE)) for m, a in alts)
        if masks and all(masks):
            single = 0
            for m in masks:
                if m & (m - 1) == 0:
                    single |= m  # a one-clause alternative: any of its strings will do
            multi = tuple(m for m in masks if m & (m - 1))
            self.kind_rows[kind] = (single, multi, reduce(or_, multi, 0))
        else:
            self.kind_rows[kind] = None
        words = sure_words("|".join(f"(?:{p})" for p in rows)) if rows else frozenset()
        if words:
            self._sure_pending[kind] = words

    def finish(self) -> None:
        """Give the sure words their bits, above all clause bits (small ints are fast)."""
        base = len(self.bit_of)
        for k, (kind, words) in enumerate(sorted(self._sure_pending.items())):
            bit = self.sure_bit[kind] = 1 << (base + k)
            for w in words:
                self.sure_words[w] = self.sure_words.get(w, 0) | bit
        self.finished = True
        self.words.clear()
        self.sentences.clear()

    def word_bits(self, w: str) -> int:
        got = self.words.get(w)
        if got is not None:
            return got
        bits = 0
        trie = self.trie
        n = len(w)
        for p in range(n):
            node = trie
            q = p
            while q < n:
                node = node.get(w[q])
                if node is None:
                    break
                bits |= node.get("", 0)
                q += 1
        if w.isascii():
            bits |= self.sure_words.get(w.strip(_NON_WORD), 0)
        if len(self.words) > _MAX_WORDS:
            self.words.clear()
        self.words[w] = bits
        return bits

    def bits(self, low: str) -> int:
        """The gate bits of a stretch of lower-cased text."""
        try:  # most tokens have no bits: OR-ing only the others saves work on big ints
            return reduce(or_, filter(None, map(self.words.__getitem__, low.split())), 0)
        except KeyError:  # a token not seen before
            return reduce(or_, map(self.word_bits, low.split()), 0)

    def sentence_bits(self, low: str) -> int:
        """bits() of a sentence, kept across documents: releases repeat boilerplate and
        reposted sentences, and a dict lookup is far cheaper than OR-ing its tokens."""
        got = self.sentences.get(low)
        if got is None:
            if len(self.sentences) > _MAX_SENTENCES:
                self.sentences.clear()
            got = self.sentences[low] = self.bits(low)
        return got

    def passes(self, kind: str, bits: int) -> bool:
        """Whether text with these bits may match cue `kind`."""
        rows = self.kind_rows.get(kind)
        if rows is None:
            return True
        single, multi, some = rows
        if bits & single:
            return True
        if bits & some:
            for m in multi:
                if bits & m == m:
                    return True
        return False


@lru_cache(maxsize=1)
def _gates() -> _Gates:
    g = _Gates()
    rows: dict[str, list[str]] = {}
    for row in load_csv("award_cues.csv"):
        rows.setdefault(row["kind"], []).append(row["pattern"])
    for kind, pats in rows.items():
        if kind not in _WORD_LIST_KINDS:
            g.add_kind(kind, pats)
    g.pattern_masks = [g.mask(required_clauses(row["pattern"])) for row in load_csv("award_patterns.csv")]
    g.finish()
    return g


_DOT = ord(".")
_BOUNDARY_ATS = (_sc.AT_BOUNDARY, _sc.AT_NON_BOUNDARY)


def _consumes_no_dot(items: Any) -> bool:
    """The parsed sequence can never match a '.', and only \\b / \\B look at text outside
    the match (no lookaround, no other anchor, no back reference)."""
    for op, av in items:
        if op is _sc.LITERAL:
            if av == _DOT:
                return False
        elif op is _sc.IN:
            for iop, iav in av:
                if iop is _sc.LITERAL and iav != _DOT:
                    continue
                if iop is _sc.RANGE and not (iav[0] <= _DOT <= iav[1]):
                    continue
                if iop is _sc.CATEGORY and iav in (_sc.CATEGORY_SPACE, _sc.CATEGORY_WORD, _sc.CATEGORY_DIGIT):
                    continue
                return False  # a negation, \\W, \\S, a range with '.', ...
        elif op is _sc.AT:
            if av not in _BOUNDARY_ATS:
                return False
        elif op is _sc.SUBPATTERN:
            if not _consumes_no_dot(av[-1]):
                return False
        elif op is _sc.BRANCH:
            if not all(_consumes_no_dot(b) for b in av[1]):
                return False
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):
            if not _consumes_no_dot(av[2]):
                return False
        else:
            return False  # ANY, NOT_LITERAL, lookarounds, group references, ...
    return True


@lru_cache(maxsize=None)
def stretch_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """Clauses (strings one of which every match holds) when the pattern may be run on the
    '.'-free stretches of a text around them only (see _stretches); else None."""
    parsed = _parse(pattern)
    clauses = required_clauses(pattern)
    if parsed is None or not clauses or not _consumes_no_dot(parsed):
        return None
    first = next((op for op, _ in parsed if op is not _sc.AT), None)
    if first is _sc.LITERAL:
        return None  # a literal start: `regex` skips through the text fast by itself
    return tuple(tuple(sorted(c)) for c in clauses)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, Any, int, tuple[tuple[str, ...], ...] | None], ...]:
    """(key, compiled pattern, gate mask, stretch clauses) per row of award_patterns.csv."""
    masks = _gates().pattern_masks
    return tuple((row["key"], regex.compile(row["pattern"], regex.IGNORECASE), mask, stretch_literals(row["pattern"]))
                 for row, mask in zip(load_csv("award_patterns.csv"), masks))


_MAX_STRETCHES = 12


def _stretches(low: str | None, clauses: tuple[tuple[str, ...], ...] | None, n: int,
               memo: dict[tuple[str, ...], set[int] | None] | None = None) -> list[tuple[int, int]]:
    """The '.'-free stretches of the text holding a string of each clause that gives few
    (the whole text when none does or nothing is known).  A match that can
    hold no '.' lies inside one stretch, and with a '.' (no word character) at both ends
    \\b reads the same there, so running the pattern on these stretches finds exactly the
    matches it finds on the whole text.  `memo` keeps the stretch starts of a clause for
    the patterns of the same text that share it (the sets are never changed)."""
    if low is None or clauses is None:
        return [(0, n)]
    got: set[int] | None = None
    for lits in clauses:  # a match lies in a stretch that holds a string of every clause
        if memo is None:
            starts = _stretch_starts(low, lits)
        elif lits in memo:
            starts = memo[lits]
        else:
            starts = memo[lits] = _stretch_starts(low, lits)
        if starts is not None:
            got = starts if got is None else got & starts
            if len(got) <= 1:
                break  # nothing left to gain (none: no match anywhere)
    if got is None:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    for a in sorted(got):
        b = low.find(".", a)
        out.append((a, n if b == -1 else b))
    return out


def _stretch_starts(low: str, lits: tuple[str, ...]) -> set[int] | None:
    starts: set[int] = set()
    for lit in lits:
        p = low.find(lit)
        while p != -1:
            starts.add(low.rfind(".", 0, p) + 1)
            if len(starts) > _MAX_STRETCHES:
                return None
            p = low.find(lit, p + 1)
    return starts


# cue kinds that are word lists for bigger patterns, never searched on their own
_WORD_LIST_KINDS = frozenset({"name_tail", "year_block", "innov_cue", "innov_stop", "innov_desc_cue",
                              "innov_named", "innov_made"})


@lru_cache(maxsize=None)
def _cue(kind: str) -> Any:
    """All cue rows of one kind OR-ed into one compiled pattern."""
    pats = [row["pattern"] for row in load_csv("award_cues.csv") if row["kind"] == kind]
    if not pats:
        return regex.compile(r"(?!x)x")
    if kind in _WORD_LIST_KINDS:
        return "|".join(pats)  # word lists, embedded in bigger patterns below
    return regex.compile(_cue_source(kind), regex.IGNORECASE | regex.MULTILINE)


@lru_cache(maxsize=None)
def _cue_source(kind: str) -> str:
    pats = [row["pattern"] for row in load_csv("award_cues.csv") if row["kind"] == kind]
    return "|".join(f"(?:{p})" for p in pats) if pats else r"(?!x)x"


@lru_cache(maxsize=1)
def _year_heading_gate() -> Any:
    """The year_heading cue compiled with `re`, which scans lines several times faster; on
    ASCII text (where `re` and `regex` agree on ^, $, \\d and case) it finds a heading
    exactly when the `regex` one does, so it decides whether that one must run."""
    try:
        return re.compile(_cue_source("year_heading"), re.IGNORECASE | re.MULTILINE)
    except re.error:
        return re.compile("")  # `regex`-only syntax: always run the real pattern


@lru_cache(maxsize=1)
def _tail_rx() -> Any:
    """Name tail + year: ' Kategori Khusus ... (KIPP) Tahun 2020' after an award name."""
    words = _cue("name_tail")
    return regex.compile(
        rf"(?:\s*(?:(?:{words})(?![\w])|/\s*\w+|\((?:[A-Za-z]{{2,8}})\)))*\s*,?\s*(?:tahun\s+)?(?P<y>(?:19|20)\d\d)(?![\d/])",
        regex.IGNORECASE)


@lru_cache(maxsize=1)
def _tail_only_rx() -> Any:
    words = _cue("name_tail")
    return regex.compile(rf"(?:\s*(?:(?:{words})(?![\w])|\((?:[A-Za-z]{{2,8}})\)))*", regex.IGNORECASE)


# Start literals: strings one of which every match of a pattern starts with.  A search
# that only tries the positions where one occurs (found by one `re` scan of the lower-cased
# text) finds what rx.finditer finds, at a fraction of the cost for cue-led patterns.
_MAX_PREFIX = 12  # longer strings are cut: a prefix of a required start is required too
_MAX_PREFIX_STEPS = 20_000  # optional groups branch: give up on patterns that need more
_CASE_FLAGS = re.IGNORECASE


def _prefixes(items: list[Any], need: int = _MAX_PREFIX, steps: list[int] | None = None) -> set[str]:
    """Lower-case strings (of at most `need` characters) one of which every match of the
    parsed sequence starts with ('' among them: nothing is known); _WB stands for \\b (see
    _lead_bound).  Raises OverflowError past _MAX_PREFIX_STEPS calls."""
    if steps is None:
        steps = [0]
    steps[0] += 1
    if steps[0] > _MAX_PREFIX_STEPS:
        raise OverflowError("pattern too branchy for start literals")
    if not items or need <= 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op is _sc.AT and av is _sc.AT_BOUNDARY:
        return {_WB + x for x in _prefixes(rest, need, steps)}
    if op is _sc.AT and av is _sc.AT_NON_BOUNDARY:
        return _prefixes(rest, need, steps)
    if op is _sc.LITERAL and av < 128:
        return {chr(av).lower() + x for x in _prefixes(rest, need - 1, steps)}
    if op is _sc.SUBPATTERN and not (av[1] | av[2]) & ~_CASE_FLAGS:  # lower-cased: case flags do not matter
        return _prefixes(list(av[-1]) + rest, need, steps)
    if op is _sc.BRANCH:
        return set().union(*(_prefixes(list(b) + rest, need, steps) for b in av[1]))
    if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):
        lo, hi, body = av
        if lo == 0 and hi == 1:
            return _prefixes(rest, need, steps) | _prefixes(list(body) + rest, need, steps)
        if lo >= 1:
            return _prefixes(list(body), need, steps)  # the first repetition starts the match
    return {""}


@lru_cache(maxsize=None)
def start_literals(pattern: str) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `pattern` starts with, on a text
    whose lower-case form has the same offsets (see _lower_for_gates); None if unknown."""
    got = _bounded_starts(pattern)
    if got is None:
        return None
    got = {x.replace(_WB, "") for x in got}
    if "" in got:
        return None
    return tuple(sorted(_shortest(got)))


def _shortest(got: set[str]) -> set[str]:
    """The strings of `got` that do not extend another one (a match starting with the longer
    one starts with the shorter one too)."""
    return {x for x in got if not any(y != x and x.startswith(y) for y in got)}


def _lead_bound(x: str) -> str:
    """The string with one leading \\b mark kept and cut at any later mark (a prefix of a
    required start is required too)."""
    lead = x.startswith(_WB)
    x = x.lstrip(_WB)
    k = x.find(_WB)
    return (_WB if lead else "") + (x if k == -1 else x[:k])


@lru_cache(maxsize=None)
def _bounded_starts(pattern: str) -> frozenset[str] | None:
    """start_literals with a leading _WB where the match must start at a word boundary."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        got = {_lead_bound(x) for x in _prefixes(list(parsed))}
    except (OverflowError, RecursionError):
        return None
    if "" in got or _WB in got:
        return None
    return frozenset(_shortest(got))


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@lru_cache(maxsize=64)
def _start_finder(pattern: str) -> Any:
    """One `re` alternation of the start literals of `pattern` (see start_literals) whose
    non-overlapping scan of the lower-cased text finds every position where a match of the
    pattern may start; None when unknown or when one literal may start inside another's
    occurrence (the scan would step over it)."""
    got = _bounded_starts(pattern)
    if not got or any(not x.isascii() for x in got):
        return None
    for x in got:
        bx = x.lstrip(_WB)
        for k in range(1, len(bx)):
            for y in got:
                by = y.lstrip(_WB)
                if y.startswith(_WB) and _word_char(bx[k - 1]) == _word_char(bx[k]):
                    continue  # no word boundary there
                if bx[k:].startswith(by) or by.startswith(bx[k:]):
                    return None
    alts = sorted(got, key=lambda x: (-len(x), x))
    return re.compile("|".join((r"\b" if x.startswith(_WB) else "") + re.escape(x.lstrip(_WB)) for x in alts))


@lru_cache(maxsize=1)
def _tail_starts() -> tuple[str, ...] | None:
    """What the first non-space character after an award name must start for _tail_rx or
    _tail_only_rx to read more than the name: a tail word, 'tahun', a year, '/', '(' or ','."""
    words = start_literals(f"(?:{_cue('name_tail')})")
    return None if words is None else words + ("tahun", "1", "2", "/", "(", ",")


# small fixed patterns, compiled once (module-level `regex.search(str, ...)` calls pay a
# cache lookup each time)
_SLASH_END = regex.compile(r"/\s*$")
_DM_SLASH_END = regex.compile(r"\d{1,2}/\d{1,2}/$")
_GRADE_ONLY = regex.compile(r"[A-C][+-]?")
_COMMA_END = regex.compile(r",\s*$")
_ACRONYM = regex.compile(r"[A-Z][A-Z0-9-]{3,}")
_ISO_DAY = regex.compile(r"\d{4}-\d\d-\d\d")
_CAP_WORD_END = regex.compile(r"[A-Z][\w-]*\s+$")
_DIGITS = regex.compile(r"\d+")
_INNOV_WORD = regex.compile(r"\b(?:inovasi|program|layanan)", regex.I)
_YEAR_RX = regex.compile(r"(?<![\w/.,-])((?:19[89]|20[0-4])\d)(?![\w/]|[.,]\d)")
_DMY_RX = regex.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_BOUND_RX = regex.compile(r"[,;:]|\b(?:sementara|sedangkan|namun|tetapi)\b", regex.IGNORECASE)
_LIST_GLUE = regex.compile(r"^[\s,]*(?:(?:dan|serta)\s*)?$", regex.IGNORECASE)
_LINE_YEAR = regex.compile(r"\s*((?:19|20)\d\d)\s*(?:-|:|\u2013|\u2014)\s")  # .match(text, line start, line end)

_LEAD_WORD = regex.compile(r"^(?:inovasi|program|aplikasi|layanan\s+(?=[A-Z]))\s+", regex.IGNORECASE)
_CONNECT = r"(?:dan|di|bagi|melalui|untuk|yang|dengan|atas|dalam|ke|dari|pada|berbasis|of|the|and|for|in)"
_CAPW = r"(?:[A-Z][\w'&]*(?:-[\w]+)*)"
_TITLE = rf"{_CAPW}(?:[ ]+(?:{_CONNECT}[ ]+)?{_CAPW})*"
_ACR = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,4}"


@lru_cache(maxsize=1)
def _innov_rx() -> tuple[Any, ...]:
    cue = _cue("innov_cue")
    p_cue = regex.compile(
        rf"\b(?i:{cue})\b\s*[,:]?\s*(?:\"(?P<q>[^\"\n]{{4,200}})\"?|(?P<t>{_TITLE})(?:\s*\((?P<a>{_ACR})\))?"
        rf"(?:\s*,?\s*(?i:atau|disingkat|yang\s+dikenal\s+dengan\s+sebutan|dikenal\s+sebagai)\s+(?P<a2>{_TITLE}))?)")
    p_acr = regex.compile(rf"(?P<t>{_TITLE})\s*\((?P<a>{_ACR})\)")
    p_atau = regex.compile(rf"(?P<t>{_TITLE})\s+(?i:atau)\s+(?P<a>{_TITLE})")
    p_quote_by = regex.compile(r"\"(?P<q>[^\"\n]{8,200})\"?\s*(?:oleh|dari)\b")
    p_layanan = regex.compile(r"\b(?i:layanan|pelayanan)\s+(?P<w>[a-z]{4,}?an)(?:nya)?\b")
    return p_cue, p_acr, p_atau, p_quote_by, p_layanan


_LOWW = r"[a-z][a-z-]*"
_HEAD_NOUN = regex.compile(r"(?:layanan|inovasi|program|aplikasi)(?:nya)?$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _innov_desc_rx() -> Any:
    """An innovation described in lower case and then named or attributed:
    "berkat layanan kaki dan tangan palsu keliling (KATAPEL)" / "... yang diberi nama KATAPEL",
    "inovasi pemulihan berbasis keluarga yang dikembangkan sentra itu"."""
    cue, named, made = _cue("innov_desc_cue"), _cue("innov_named"), _cue("innov_made")
    return regex.compile(
        rf"\b(?P<c>(?i:{cue}))\s+(?P<h>(?i:layanan|inovasi|program|aplikasi)\s+)?"
        rf"(?P<d>{_LOWW}(?:[ ]{_LOWW}){{1,6}}?)"
        rf"(?:\s*\((?P<a>[A-Z][A-Z0-9-]{{2,15}})\)|[ ]yang[ ](?i:{named})[ ]\"?(?P<n>[A-Z][A-Z0-9-]{{2,15}}\b|{_TITLE})"
        rf"|[ ]yang[ ](?P<m>(?i:{made}))\b)")


@lru_cache(maxsize=1)
def _innov_stop_rx() -> Any:
    return regex.compile(rf"^(?:{_cue('innov_stop')})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _year_block_rx() -> Any:
    return regex.compile(rf"(?:\b(?:{_cue('year_block')})|[/©])\s*$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _month_rx() -> tuple[Any, dict[str, int]]:
    names: dict[str, int] = {}
    for row in load_csv("months.csv"):
        for n in [row["name"]] + [a for a in (row.get("aliases") or "").split("|") if a]:
            names[n.lower()] = int(row["number"])
    alt = "|".join(sorted(names, key=len, reverse=True))
    return regex.compile(rf"\b(\d{{1,2}})\s+({alt})\s+((?:19|20)\d\d)\b", regex.IGNORECASE), names


# ----------------------------------------------------------------- model ---


@dataclass(slots=True)
class Mention:
    start: int
    end: int          # end of the name as matched
    full_end: int     # end including tail and year
    key: str
    year: int | None
    sent: int


@dataclass(slots=True)
class URef:
    start: int
    end: int
    key: str
    name: str
    anaphor: bool = False


@dataclass(slots=True)
class Fact:
    family: str
    recipient_key: str
    recipient_name: str
    sent: int
    span: tuple[int, int]
    mention: Mention | None
    editions: list[tuple[float, int]] = field(default_factory=list)  # (rank, year)
    innovation: list[str] = field(default_factory=list)
    grade: str | None = None
    ceremony_date: str | None = None
    ceremony_place: str | None = None
    same_innov: bool = False
    rel: tuple[str, int] | None = None  # ("same", 0) / ("shift", n): year of the fact before

    @property
    def edition(self) -> int | None:
        return min(self.editions)[1] if self.editions else None


_MAX_SENT = 1200


def _cap_sentences(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut run-on 'sentences' (text without full stops) into pieces of at most _MAX_SENT
    characters at a clause mark or space, so every rule stays local and linear."""
    out: list[tuple[int, int]] = []
    for s, e in sents:
        while e - s > _MAX_SENT:
            cut = -1
            for ch in (";", ",", " "):
                cut = text.rfind(ch, s + _MAX_SENT // 2, s + _MAX_SENT)
                if cut != -1:
                    break
            cut = cut + 1 if cut != -1 else s + _MAX_SENT
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def _doc_bits(low: str | None, sents: list[tuple[int, int]]) -> tuple[list[int], int]:
    """Gate bits per sentence and of the whole text (-1: all bits, no gating).  The whole
    text's bits are those of its sentences and the gaps between them, unless a sentence
    boundary cuts a token (then the text is read again)."""
    if low is None:
        return [-1] * len(sents), -1
    g = _gates()
    sbits = [g.sentence_bits(low[s:e]) for s, e in sents]
    doc = reduce(or_, sbits, 0)
    prev = 0
    n = len(low)
    for s, e in sents:
        if s < prev or (0 < s < n and not low[s - 1].isspace() and not low[s].isspace()) \
                or (0 < e < n and not low[e - 1].isspace() and not low[e].isspace()):
            return sbits, g.bits(low)
        if prev < s:
            gap = low[prev:s]
            if not gap.isspace():
                doc |= g.bits(gap)
        prev = e
    if low[prev:].strip():
        doc |= g.bits(low[prev:])
    return sbits, doc


class _Ctx:
    """Per-document indexes: sentences, units, award mentions, years."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        sents = list(doc.sentences)
        if not sents and self.text:
            from ..segment import split_sentences_fast
            sents = split_sentences_fast(self.text)
        self.sents = _cap_sentences(self.text, sents)
        self.low = _lower_for_gates(self.text)
        ordered = all(a[1] <= b[0] for a, b in zip(self.sents, self.sents[1:]))
        self._starts = [s for s, _ in self.sents] if ordered else None
        self.ascii = self.text.isascii()
        self.gates = _gates()
        self.sbits, self.doc_bits = _doc_bits(self.low, self.sents)
        self._lines: dict[int, tuple[int, int]] = {}
        self.people = [(sp.start, sp.end) for sp in doc.spans.get("people", []) or []]
        self._items: dict[int, bool] = {}
        self.year_ok: dict[int, bool] = {}
        self.years_cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._has: dict[str, list[bool | None]] = {}  # per cue kind, per sentence
        self._gate: dict[str, list[bool | None]] = {}  # per cue kind, per sentence
        n = len(self.sents)
        self.units: list[list[URef]] = [[] for _ in range(n)]
        sent_index = self.sent_index
        for sp in doc.spans.get(UNIT, []) or []:
            attrs = sp.attrs
            key = attrs.get("unit_key") or sp.value
            if not key:
                continue
            i = sent_index(sp.start)
            if i is not None:
                name = attrs.get("unit_name") or sp.text
                self.units[i].append(URef(sp.start, sp.end, str(key), str(name)))
        for lst in self.units:
            if len(lst) > 1:
                lst.sort(key=lambda u: u.start)
        self.all_keys = {u.key for lst in self.units for u in lst}
        self.mentions: list[list[Mention]] = [[] for _ in range(n)]
        self.named: dict[str, str] = {}  # named-<slug> family -> its fullest spelling here
        for m in _find_mentions(self.text, self):
            self.mentions[m.sent].append(m)
        # np_prefix[k]: award mentions (not personal awards) in sentences before k
        self.np_prefix = [0]
        acc = 0
        for ms in self.mentions:
            if ms:
                acc += sum(1 for m in ms if not family_of(m.key).personal)
            self.np_prefix.append(acc)
        dl = doc.dateline
        self.dateline = (dl.start, dl.end) if dl is not None else None
        self.dates = [sp for sp in (doc.spans.get(DATE, []) or [])]
        self.event_days: list[tuple[int, str]] | None = None
        self.line_years: dict[int, int | None] = {}
        self.stops: dict[int, list[int]] = {}  # per sentence: ends of _STOP_RX marks
        self.naming: dict[str, list[int]] | None = None  # award key -> sentences naming it
        self.places: dict[int, str | None] = {}  # per sentence: ceremony place (_sentence_place)
        self.full_dates: dict[tuple[int, int], list[tuple[int, str]]] = {}
        self.sent_years: dict[tuple[int, int], int | None] = {}
        self.heading = self._heading_years()

    def _heading_years(self) -> list[int | None]:
        """Per sentence, the year of the recap heading line above it ("Tahun 2021" on a
        line of its own governs the lines below it until the next heading)."""
        out: list[int | None] = [None] * len(self.sents)
        heads: list[tuple[int, int, int]] = []  # (start, end, year)
        if self.ascii and _year_heading_gate().search(self.text) is None:
            return out
        for m in _cue("year_heading").finditer(self.text, timeout=_TIMEOUT):
            heads.append((m.start(), m.end(), int(m.group("y"))))
        if not heads:
            return out
        h = 0
        cur: int | None = None
        for k, (ss, se) in enumerate(self.sents):
            content = ss
            while h < len(heads) and heads[h][0] <= content:
                if heads[h][1] >= content:
                    content = heads[h][1] + 1  # the sentence starts with the heading line
                cur = heads[h][2]
                h += 1
            out[k] = cur if content < se else None
        return out

    def sent_index(self, pos: int) -> int | None:
        if self._starts is not None:  # sorted, disjoint sentences: bisect in C
            i = bisect_right(self._starts, pos) - 1
            return i if i >= 0 and pos < self.sents[i][1] else None
        lo, hi = 0, len(self.sents) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = self.sents[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return mid
        return None

    def stext(self, i: int) -> str:
        s, e = self.sents[i]
        return self.text[s:e]

    def line_of(self, i: int) -> tuple[int, int]:
        got = self._lines.get(i)
        if got is None:
            s, _ = self.sents[i]
            a = self.text.rfind("\n", 0, s) + 1
            b = self.text.find("\n", s)
            got = self._lines[i] = (a, (len(self.text) if b == -1 else b))
        return got

    def is_table_row(self, i: int) -> bool:
        """The sentence is a line of cells split by ' | ' (a table copied as text), three cells at least."""
        a, b = self.line_of(i)
        return self.text.count(" | ", a, b) >= 2

    def is_item(self, i: int) -> bool:
        """The sentence is (part of) a numbered / bulleted list line."""
        got = self._items.get(i)
        if got is None:
            a, b = self.line_of(i)
            got = self._items[i] = _ITEM_AT.match(self.text, a, b) is not None
        return got

    def has(self, kind: str, i: int) -> bool:
        # search the sentence as its own string so that '^' anchors at the sentence start
        row = self._has.get(kind)
        if row is None:
            row = self._has[kind] = [None] * len(self.sents)
        got = row[i]
        if got is None:
            got = row[i] = self._search_has(kind, i)
        return got

    def _search_has(self, kind: str, i: int) -> bool:
        s, e = self.sents[i]
        if self.low is not None:
            g = self.gates
            bits = self.sbits[i]
            if not g.passes(kind, bits):
                return False  # none of the cue's alternatives has all the words it needs
            sure = g.sure_bit.get(kind)
            if sure is not None and bits & sure:
                return True  # a whole cue word (e.g. "meraih"): the search would match
            return _cue_hit(kind, bits, self.text[s:e])
        return _cue(kind).search(self.text[s:e], timeout=_TIMEOUT) is not None

    def gate(self, kind: str, i: int) -> bool:
        """False when no match of cue `kind` can lie within sentence i (see _Gates)."""
        if self.low is None:
            return True
        row = self._gate.get(kind)
        if row is None:
            row = self._gate[kind] = [None] * len(self.sents)
        got = row[i]
        if got is None:
            got = row[i] = self.gates.passes(kind, self.sbits[i])
        return got

    def may(self, kind: str, a: int, b: int) -> bool:
        """False when no match of cue `kind` can lie within text[a:b] (see _Gates)."""
        return self.window_bits(kind, a, b) is not None

    def window_bits(self, kind: str, a: int, b: int) -> int | None:
        """The gate bits of text[a:b] (-1: no gating), or None when no match of cue `kind`
        can lie within it (see _Gates)."""
        if self.low is None:
            return -1
        g = _gates()
        if g.kind_rows.get(kind) is None:
            return -1
        i = self.sent_index(a)
        if i is not None and b <= self.sents[i][1] and not g.passes(kind, self.sbits[i]):
            return None  # not even the whole sentence around the stretch has the words
        bits = g.bits(self.low[a:b])
        return bits if g.passes(kind, bits) else None


def _cue_hit(kind: str, bits: int, string: str, pos: int = 0, endpos: int | None = None) -> bool:
    """Whether `_cue(kind).search(string, pos, endpos)` finds a match, searching only the
    alternatives of the cue whose gate `bits` pass (-1: all); a search of the OR of
    alternatives matches exactly when one of them does, and small patterns are fast."""
    alts = _gates().kind_alts.get(kind)
    if alts is None:
        return _cue(kind).search(string, pos, endpos, timeout=_TIMEOUT) is not None
    for mask, rx in alts:
        if bits & mask == mask and rx.search(string, pos, endpos, timeout=_TIMEOUT) is not None:
            return True
    return False


def _find_mentions(text: str, ctx: _Ctx) -> list[Mention]:
    """Award names in the text, longest match first, no overlaps."""
    cands: list[tuple[int, int, str]] = []
    doc_bits = ctx.doc_bits
    memo: dict[tuple[str, ...], set[int] | None] = {}
    for key, rx, mask, lits in _patterns():
        if (doc_bits & mask) != mask:
            continue  # the name cannot occur: one of its required words is not in the text
        for a, b in _stretches(ctx.low, lits, len(text), memo):
            for m in rx.finditer(text, a, b, timeout=_TIMEOUT):
                if key == "top-n":
                    n = int(m.group("n"))
                    if n <= 0 or n > 300:
                        continue
                    key2 = f"top{n}-inovasi"
                else:
                    key2 = key
                cands.append((m.start(), m.end(), key2))
    known = sorted((a, b) for a, b, _ in cands)
    for a, b, key, display in _named_awards(text):
        # a name the families know wins: "Penghargaan Pelayanan Publik Ramah Disabilitas"
        if not any(x < b and a < y for x, y in known):
            cands.append((a, b, key))
            # the fullest spelling in this document names the award (a pure function of the text)
            if len(display) > len(ctx.named.get(key, "")):
                ctx.named[key] = display
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[Mention] = []
    last_end = -1
    tail_rx, tail_only_rx = _tail_rx(), _tail_only_rx()
    low = ctx.low if ctx.ascii else None  # ASCII: str.isspace() holds for every \s match
    starts = _tail_starts()
    for s, e, key in cands:
        if s < last_end:
            continue
        i = ctx.sent_index(s)
        if i is None:
            continue
        send = ctx.sents[i][1]
        full_end = e
        year = None
        if low is not None and starts is not None:
            k = e
            while k < send and low[k].isspace():
                k += 1
            if k >= send or not low.startswith(starts, k):
                out.append(Mention(s, e, e, key, None, i))  # no tail, no year: both match nothing
                last_end = e
                continue
        ym = tail_rx.match(text, e, send, timeout=_TIMEOUT)
        if ym:
            year = int(ym.group("y"))
            full_end = ym.end()
        else:
            tm = tail_only_rx.match(text, e, send, timeout=_TIMEOUT)
            if tm:
                full_end = max(e, tm.end())
        out.append(Mention(s, e, full_end, key, year, i))
        last_end = e
    return out


# ----------------------------------------------------------- sentence rules ---


def _neg_in(ctx: _Ctx, a: int, b: int) -> bool:
    bits = ctx.window_bits("negative", a, b)
    if bits is None or not _cue_hit("negative", bits, ctx.text, a, b):
        return False
    i = ctx.sent_index(a)
    if i is None or not any(a < u.end and u.start < b for u in ctx.units[i]):
        return True
    # a cue word inside a unit's name ("Sentra "Harapan Baru" Sorong") is no nomination or target
    return any(not _inside_unit(ctx, i, m.start())
               for m in _cue("negative").finditer(ctx.text, a, b, overlapped=True, timeout=_TIMEOUT))


def _inside_unit(ctx: _Ctx, i: int, pos: int) -> bool:
    return any(u.start <= pos < u.end for u in ctx.units[i])


def _clause_start(ctx: _Ctx, i: int, pos: int) -> int:
    """Start of the clause holding `pos`; commas that only separate listed units do not count."""
    s, _ = ctx.sents[i]
    bounds = [m.end() for m in _BOUND_RX.finditer(ctx.text, s, pos)
              if not _inside_unit(ctx, i, m.start())]
    cur = pos
    while bounds:
        b = bounds.pop()
        if b > cur:
            continue
        between = ctx.text[b:cur]
        prev = [u for u in ctx.units[i] if u.end <= b]
        if prev and _LIST_GLUE.match(between) and _LIST_GLUE.match(ctx.text[prev[-1].end:b]):
            cur = prev[-1].start
            continue
        if prev and _LIST_GLUE.match(between) and not _LIST_GLUE.match(ctx.text[prev[-1].end:b]):
            # "A di Palembang, B ..." - a unit followed by a place, still a list
            seg = ctx.text[prev[-1].end:b]
            if len(seg) < 40 and not _cue("positive").search(seg) and not _cue("negative").search(seg) \
                    and not any(m.start < b <= m.full_end or prev[-1].end <= m.start < b for m in ctx.mentions[i]):
                cur = prev[-1].start
                continue
        return b
    return s


_STOP_RX = regex.compile(r"[;]|\b(?:sementara|sedangkan)\b", regex.IGNORECASE)


def _pair_candidates(u: URef, mentions: list[Mention], ctx: _Ctx, i: int) -> list[Mention]:
    """Awards the unit may be said to receive, best first: those named after it in its
    part of the sentence (active voice), then those before it (passive voice, lists)."""
    s, e = ctx.sents[i]
    stops = ctx.stops.get(i)
    if stops is None:
        if not _may_find(ctx, _STOP_RX, s, e):
            stops = ctx.stops[i] = []  # no ';' nor stop word in the sentence
        else:
            stops = ctx.stops[i] = [s + m.end() for m in _STOP_RX.finditer(ctx.text[s:e])]
    prev_stop = max([x for x in stops if x <= u.start] or [s])
    nxt_stop = min([x for x in stops if x > u.end] or [e])
    region = [m for m in mentions if prev_stop <= m.start < nxt_stop]
    if not region:
        # "A meraih WBK, sedangkan B masih dalam tahap evaluasi": B's clause must itself
        # say that B received something
        if prev_stop > s or nxt_stop < e:
            if not _cue("positive").search(ctx.text, prev_stop, nxt_stop) or _neg_in(ctx, prev_stop, nxt_stop):
                return []
        region = mentions
    after = [m for m in region if m.start >= u.end]
    before = [m for m in region if m.end <= u.start][::-1]
    inside = [m for m in region if m.start < u.end and m.end > u.start]
    if before and after and u.start - before[0].full_end < 80 and _cue("passive").match(
            ctx.text[before[0].full_end:u.start], timeout=_TIMEOUT):
        # "Predikat WBBM diraih Sentra X, dua tahun setelah ... WBK": the passive binds closer
        return before[:1] + after + before[1:] + inside
    return after + before + inside


def _pair_negative(ctx: _Ctx, i: int, u: URef, m: Mention, mentions: list[Mention]) -> bool:
    """A nomination / target cue on the unit's side or on the award's side of the pair."""
    if max(u.end, m.end) <= ctx.sents[i][1] and not ctx.gate("negative", i):
        return False  # every window below lies in sentence i, which has no negative cue
    if u.end <= m.start:
        w1 = (_clause_start(ctx, i, u.start), u.end)
        between = [x.full_end for x in mentions if u.end <= x.start and x.full_end <= m.start]
        w2 = (max([u.end] + between), m.end)
    elif m.end <= u.start:
        if u.start - m.full_end < 80 and _cue("rel_passive").match(ctx.text[m.full_end:u.start], timeout=_TIMEOUT):
            # "... melangkah ke predikat WBBM seperti yang diraih Sentra X": X holds it
            return _neg_in(ctx, m.full_end, u.end)
        w1 = (_clause_start(ctx, i, m.start), m.end)
        w2 = (m.end, u.end)
    else:
        w1 = (_clause_start(ctx, i, min(u.start, m.start)), max(u.end, m.end))
        w2 = w1
    return _neg_in(ctx, *w1) or _neg_in(ctx, *w2)


_ANTE_BACK = 8


def _antecedent_mention(ctx: _Ctx, i: int, back: int = _ANTE_BACK, graded: bool = False) -> Mention | None:
    """The last award named before sentence i (a graded one when only a grade refers back)."""
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        ms = [m for m in ctx.mentions[j] if not family_of(m.key).personal
              and (not graded or family_of(m.key).graded)]
        if ms:
            return ms[-1]
    return None


def _last_unit_before(ctx: _Ctx, i: int, back: int = 4) -> URef | None:
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        if ctx.units[j]:
            return ctx.units[j][-1]
    return None


_ITEM_AT = regex.compile(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[-\u2022*])\s")  # .match(text, line start, line end)


def _sentence_polarity(ctx: _Ctx, i: int) -> bool:
    """A sentence (without units) reports an achieved award rather than a proposal."""
    return ctx.has("positive", i) and not ctx.has("negative", i)


def _facts_in_sentence(ctx: _Ctx, i: int, facts_before: list[Fact] | None = None) -> list[Fact]:
    np = ctx.np_prefix
    if np[i + 1] == np[max(0, i - _ANTE_BACK)]:
        return []  # no award named here, nor in the sentences an anaphor may point back to
    s, e = ctx.sents[i]
    units = list(ctx.units[i])
    mentions = [m for m in ctx.mentions[i]]
    personal = [m for m in mentions if family_of(m.key).personal]
    mentions = [m for m in mentions if not family_of(m.key).personal]
    if not mentions and not units:
        return []  # nothing to pair: an award referred back needs a unit (below)
    positive = ctx.has("positive", i)
    list_intro = ctx.has("list_intro", i)
    inherited = False
    header: int | None = None  # the line above a list of items
    in_table = bool(units) and ctx.is_table_row(i)
    table_row = in_table and bool(mentions) and not (list_intro and i > 0)
    if list_intro and i > 0:
        positive = _sentence_polarity(ctx, i - 1)
        inherited = True
    elif table_row:
        # "2018 | Top 40 KIPP | BRSAMPK Toddopuli Makassar | KARAPES": a row of a table of awards
        positive = not ctx.has("negative", i)
        inherited = True
    elif in_table or (units and ctx.is_item(i)):
        # "1. ... oleh X", "1 | Balai Besar ... Cibinong | A" (no award in the row): the members of a
        # list or table take the award and the polarity of the text above it
        h = _list_header(ctx, i, ctx.is_table_row if in_table else ctx.is_item)
        if h is not None:
            positive = list_intro = inherited = True
            if not in_table:
                header = h  # a table's rows are dated by the award they refer back to, not by the header's date
    anaphoric_award = False
    graded_only = not mentions and units and positive and not list_intro and ctx.has("grade_anaphor", i)
    if not mentions and units and (list_intro or (positive and ctx.has("award_anaphor", i)) or graded_only):
        if not list_intro and ctx.has("other_award", i):
            return []  # "penghargaan Pekerja Sosial Teladan", "penghargaan dari Gubernur": another award
        if not list_intro and ctx.has("award_plural", i):
            return []  # "sepuluh penghargaan ... diraih delapan unit": a summary of several awards
        ante = _antecedent_mention(ctx, i, graded=graded_only and not ctx.has("award_anaphor", i))
        if ante is None:
            return []
        if personal:
            return []
        mentions = [Mention(s, s, s, ante.key, ante.year, ante.sent)]
        anaphoric_award = True
    if not mentions or not positive:
        return []
    central = recipient_only_keys()
    if not units:
        st = ctx.stext(i)
        ua = _cue("unit_anaphor").search(st, timeout=_TIMEOUT) if ctx.gate("unit_anaphor", i) else None
        mv = _cue("ministry_verb").search(st, timeout=_TIMEOUT) if ctx.gate("ministry_verb", i) else None
        if ua:
            u = _last_unit_before(ctx, i)
            if u is None:
                return []
            units = [URef(s + ua.start(), s + ua.end(), u.key, u.name, True)]
        elif mv and len(ctx.all_keys - central) == 1 and all(family_of(m.key).innovation for m in mentions):
            # the ministry received an innovation award; the one service unit of the release made it
            only = next(u for lst in ctx.units for u in lst if u.key not in central)
            units = [URef(s + mv.start(), s + mv.start(), only.key, only.name, True)]
        else:
            return []
    facts = []
    seen = set()
    single_key = len({u.key for u in units}) == 1
    for u in units:
        w = max(s, u.start - 20)
        if _may_find(ctx, _cue("not_recipient"), w, u.start) and _cue("not_recipient").search(ctx.text[w:u.start]):
            continue
        if anaphoric_award:
            if u.key in central and not _central_recipient(ctx, i, u, mentions[0], units):
                continue
            chosen = [mentions[0]]
            if not inherited:
                nb = [x for x in _BOUND_RX.finditer(ctx.text, u.end, e) if not _inside_unit(ctx, i, x.start())]
                if _neg_in(ctx, _clause_start(ctx, i, u.start), nb[0].start() if nb else e):
                    continue
        else:
            ok = [c for c in _pair_candidates(u, mentions, ctx, i) if not _pair_negative(ctx, i, u, c, mentions)]
            if ok and u.key in central:
                ok = [c for c in ok if _central_recipient(ctx, i, u, c, units)]
            if not ok:
                continue
            chosen = ok[:1]
            if single_key:
                # one unit, several awards: "Sentra X meraih WBK ... dan juga masuk Top 99"
                chosen += [c for c in ok[1:] if c.start >= u.end and c.key != ok[0].key]
        for m in chosen:
            if (u.key, m.key) in seen:
                continue
            seen.add((u.key, m.key))
            span = (m.start, m.end) if not anaphoric_award else (u.start, u.end)
            if span[0] == span[1]:
                span = (s, e)
            f = Fact(m.key, u.key, u.name, i, span, None if anaphoric_award else m)
            if not anaphoric_award and m.year:
                f.editions.append((1, m.year))
            y = _sentence_year(ctx, i, m.start if not anaphoric_award else u.start)
            if y is None and len(mentions) == 1:
                y = _relative_year(ctx, i)
            if y:
                f.editions.append((2, y))
            if anaphoric_award and m.year:
                f.editions.append((2, m.year))
            ly = _line_year(ctx, i) or ctx.heading[i]
            if ly:
                f.editions.append((3, ly))
            py = _prev_sentence_year(ctx, i) or _followup_year(ctx, i)
            if py:
                f.editions.append((4, py))
            if header is not None and not f.editions:
                hy = _header_year(ctx, header)
                if hy:
                    f.editions.append((3.5, hy))
            if not any(r <= 2 for r, _ in f.editions):
                f.rel = _rel_marker(ctx, i)
                if f.rel is not None:
                    base = _base_year(ctx, (facts_before or []) + facts, f)
                    if base:
                        f.editions.append((2.5, base + f.rel[1]))
            fam = family_of(m.key)
            if fam.graded:
                f.grade = _grade(ctx, i, u, units)
            if fam.innovation:
                f.innovation = _innovations_for(ctx, i, u, units)
                f.same_innov = ctx.gate("same_innov", i) and bool(_cue("same_innov").search(ctx.text, s, e))
            if table_row and not anaphoric_award:
                _table_cells(ctx, i, f, m, u, fam.innovation)
            facts.append(f)
    return facts


_LIST_GAP_RX = regex.compile(r"\s*(?:\([^()\n]{1,40}\))?\s*(?:,\s*)?(?:(?:dan|serta)\s+)?")
_ITEM_LEAD_RX = regex.compile(r"[\s|\-\u2022*\u2013\u2014]*(?:\d{1,2}[.)]|[a-z][.)])?[\s|]*")


def _central_recipient(ctx: _Ctx, i: int, u: URef, m: Mention, units: list[URef]) -> bool:
    """May a central unit (units.csv recipient_only: Ditjen, Itjen, Biro ...) receive award `m`?

    Only when the sentence says so directly, since these units mostly organise, sum up or sign:
    the unit opens a list item or table row; or the award follows it after an award verb with
    at most its own apposition and two other words between ("Biro Humas (Humas) Kementerian Sosial
    meraih ..."); or the award comes first and the unit - or the list it opens - follows a
    recipient word ("diberikan kepada Inspektorat Jenderal, Ditjen ..., serta ...").
    """
    text = ctx.text
    s, _ = ctx.sents[i]
    if _cue("central_not_recipient").search(text, max(s, u.start - 30), u.start, timeout=_TIMEOUT):
        return False
    if ctx.is_item(i) or ctx.is_table_row(i):
        a, _ = ctx.line_of(i)
        lead = _ITEM_LEAD_RX.match(text, a, u.start)
        if lead is not None and lead.end() == u.start:
            return True
    others = [x for x in units if x is not u]  # in text order, as `_Ctx.units` keeps them
    if m.start >= u.end:
        return _verb_follows(ctx, u, others, m.start)
    if _verb_follows(ctx, u, others, min(ctx.sents[i][1], u.end + 80)):
        return True  # "Pada AMH 2019, biro yang sama meraih Juara II": the unit is the verb's subject
    pos = u.start
    for x in reversed(others):  # walk back over the list this unit ends: "kepada A, B, serta C"
        if x.end <= pos and m.end <= x.start:
            g = _LIST_GAP_RX.match(text, x.end, pos)
            if g is not None and g.end() == pos:
                pos = x.start
    return _cue("central_passive").search(text, max(m.end, pos - 40), pos, timeout=_TIMEOUT) is not None


def _verb_follows(ctx: _Ctx, u: URef, others: list[URef], end: int) -> bool:
    """An award verb follows unit `u` before `end`, with at most its apposition, fellow subjects
    ("Itjen, Ditjen Linjamsos, dan Sentra X meraih") and two other lower-case words between."""
    text = ctx.text
    gap = text[u.end:end]
    for x in others:
        if u.end <= x.start and x.end <= end:
            gap = gap.replace(text[x.start:x.end], " ")
    verb = _cue("positive").search(gap, timeout=_TIMEOUT)
    if verb is None or ";" in gap[:verb.start()] or "." in gap[:verb.start()]:
        return False
    if _cue("giver_verb").search(gap, 0, verb.end(), timeout=_TIMEOUT) is not None:
        return False  # "Itjen menganugerahkan penghargaan ... kepada": the giver
    words = [w for w in _LOWER_WORD_RX.findall(gap, 0, verb.start()) if w not in ("dan", "serta")]
    return len(words) <= 2


_LOWER_WORD_RX = re.compile(r"\b[a-z]\w*")


def _list_header(ctx: _Ctx, i: int, member: Any) -> int | None:
    """The sentence above the list (or table) holding sentence i when it, or the sentence above a
    header that only introduces ("Berikut unit ... daftar KIPP 2024:"), states a fact; else None."""
    h = i - 1
    while h >= 0 and member(h):
        h -= 1
    if h >= 0 and (_sentence_polarity(ctx, h) or h > 0 and ctx.stext(h).rstrip().endswith(":")
                   and _sentence_polarity(ctx, h - 1)):
        return h
    return None


def _header_year(ctx: _Ctx, h: int) -> int | None:
    """The year of a list's header ("Berikut unit Kemensos dalam daftar KIPP 2024:"), else of a full
    date in it or in the two sentences before it ("... menerima penghargaan ..., Kamis (15/12)")."""
    hy = _YEAR_RX.search(ctx.stext(h))
    if hy:
        return int(hy.group(1))
    a, b = ctx.sents[max(0, h - 2)][0], ctx.sents[h][1]
    for sp in reversed(ctx.dates):  # the date nearest the header
        v = str(sp.attrs.get("value") or sp.value or "")
        if a <= sp.start < b and len(v) >= 10 and v[:4].isdigit():
            return int(v[:4])
    return None


def _table_cells(ctx: _Ctx, i: int, f: Fact, m: Mention, u: URef, innovation: bool) -> None:
    """A table row: the award's own cell dates it ("Penghargaan Pelayanan Publik (evaluasi 2018)"
    beside a 2019 year column), and a last cell that names neither the award, the unit, a year nor
    a grade names the innovation ("2018 | Top 40 KIPP | BRSAMPK Toddopuli | KARAPES")."""
    a, b = ctx.line_of(i)
    cells, pos = [], a
    for part in ctx.text[a:b].split("|"):
        cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    own = next(((x, y) for x, y in cells if x <= m.start < y), None)
    if own is not None:
        ym = _YEAR_RX.search(ctx.text, m.end, own[1])
        if ym:
            f.editions.append((0, int(ym.group(1))))
    if not innovation or f.innovation or len(cells) < 4:
        return
    x, y = cells[-1]
    last = ctx.text[x:y].strip(" \t\"'")
    if not last or not last[0].isupper() or x <= u.start < y or x <= m.start < y or _YEAR_RX.fullmatch(last) \
            or _GRADE_ONLY.fullmatch(last) or _innov_stop_rx().match(last) or ctx.gate("grade_word", i) \
            and _cue("grade_word").search(ctx.text, x, y) or "," in last or len(last) > 60:
        return
    f.innovation = [last]


# ----------------------------------------------------------------- years ---


def _years_in(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int]]:
    """(position, year) of award-usable years in text[a:b] (kept per document; read only)."""
    got = ctx.years_cache.get((a, b))
    if got is None:
        got = ctx.years_cache[(a, b)] = _find_years(ctx, a, b)
    return got


def _find_years(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    t = ctx.text
    for m in _YEAR_RX.finditer(t, a, b):
        out.append((m.start(1), int(m.group(1))))
    if t.find("/", a, b) != -1:  # every d/m/yyyy date holds a '/'
        for m in _DMY_RX.finditer(t, a, b):
            out.append((m.start(3), int(m.group(3))))
    ok = ctx.year_ok
    res = []
    for pos, y in out:
        v = ok.get(pos)
        if v is None:
            v = ok[pos] = _year_usable(ctx, pos)
        if v:
            res.append((pos, y))
    return res


def _year_usable(ctx: _Ctx, pos: int) -> bool:
    """The year written at `pos` may date an award (depends on the position only, so the
    verdict is kept per document)."""
    t = ctx.text
    if ctx.dateline and ctx.dateline[0] <= pos < ctx.dateline[1]:
        return False
    pre = t[max(0, pos - 60):pos]
    if _year_block_rx().search(pre) and not _DMY_RX.match(t, max(0, pos - 6), pos + 4):
        if not _SLASH_END.search(pre) or not _DM_SLASH_END.search(pre):
            return False
    if _may_find(ctx, _cue("legal"), max(0, pos - 60), pos) and _cue("legal").search(pre):
        return False
    if pos + 4 < len(t) and t[pos + 4:pos + 5] == "/":
        return False
    return True


def _sentence_year(ctx: _Ctx, i: int, near: int) -> int | None:
    """The year of sentence i that dates the award named at `near` (kept per document)."""
    k = (i, near)
    got = ctx.sent_years.get(k, False)
    if got is False:
        got = ctx.sent_years[k] = _find_sentence_year(ctx, i, near)
    return got  # type: ignore[return-value]


def _find_sentence_year(ctx: _Ctx, i: int, near: int) -> int | None:
    s, e = ctx.sents[i]
    ys = _years_in(ctx, s, e)
    # years that belong to another award's name are not this award's year
    others = [m for m in ctx.mentions[i] if m.year]
    own = [(p, y) for p, y in ys if not any(m.end <= p < m.full_end and m.start != near for m in others)]
    if not own:
        # "A dan B lolos Top 99 KIPP 2023, namun hanya A yang melaju ke Top 45": the stages of
        # one competition share the competition's year
        me = next((m for m in ctx.mentions[i] if m.start == near), None)
        if me is None or not family_of(me.key).innovation:
            return None
        own = [(p, y) for p, y in ys if any(m.end <= p < m.full_end and family_of(m.key).innovation
                                            and m.key.startswith("top") and me.key.startswith("top") for m in others)]
        if not own:
            return None
    return min(own, key=lambda py: abs(py[0] - near))[1]


_REL = {"ini": 0, "lalu": -1, "kemarin": -1, "sebelumnya": -1}


def _relative_year(ctx: _Ctx, i: int) -> int | None:
    """'tahun ini' / 'tahun lalu' against the dateline date, else the first full date of the lead
    ("PEKANBARU, RIAUPOS.CO - ... diresmikan Rabu (16/10/2024)"); never a bare default."""
    pub = ctx.doc.published
    if not pub:
        b = max(ctx.doc.body_start or 0, 0)
        lead = _full_dates_in(ctx, b, min(len(ctx.text), b + 400))
        pub = lead[0][1] if lead else None
    if not pub or not pub[:4].isdigit():
        return None
    m = _cue("relative_year").search(ctx.stext(i)) if ctx.gate("relative_year", i) else None
    if m:
        return int(pub[:4]) + _REL[m.group("rel").lower()]
    mm = _past_month_rx().search(ctx.stext(i))
    if mm and pub[5:7].isdigit():
        # "Desember lalu" in a February release: the December before; in a December release too
        month = _month_rx()[1][mm.group(1).lower()]
        return int(pub[:4]) - (1 if month >= int(pub[5:7]) else 0)
    return None


@lru_cache(maxsize=1)
def _past_month_rx() -> Any:
    """'<bulan> lalu / kemarin': the last such month before the release."""
    alt = "|".join(sorted(_month_rx()[1], key=len, reverse=True))
    return regex.compile(rf"\b({alt})\s+(?:lalu|kemarin)\b", regex.IGNORECASE)


def _line_year(ctx: _Ctx, i: int) -> int | None:
    """The year leading the line of sentence i ("2017 - ..."), kept per sentence."""
    if i in ctx.line_years:
        return ctx.line_years[i]
    a, b = ctx.line_of(i)
    m = _LINE_YEAR.match(ctx.text, a, b)
    y = ctx.line_years[i] = int(m.group(1)) if m else None
    return y


def _prev_sentence_year(ctx: _Ctx, i: int) -> int | None:
    """Year of the evaluation named in the previous sentence of the same paragraph
    (when that sentence names no other award)."""
    if i == 0:
        return None
    a, _ = ctx.line_of(i)
    ps, pe = ctx.sents[i - 1]
    if ps < a or ctx.mentions[i - 1] or not ctx.has("edition_context", i - 1):
        return None
    ys = _years_in(ctx, ps, pe)
    return ys[-1][1] if ys else None


def _followup_year(ctx: _Ctx, i: int) -> int | None:
    """Year of the next sentence of the paragraph when it continues this one's award
    ("Penetapan tersebut tertuang dalam Keputusan ... Nomor 478 Tahun 2022")."""
    if i + 1 >= len(ctx.sents) or ctx.mentions[i + 1] or "\n" in ctx.text[ctx.sents[i][1]:ctx.sents[i + 1][0]]:
        return None
    if not ctx.has("followup", i + 1) or {u.key for u in ctx.units[i + 1]} - {u.key for u in ctx.units[i]}:
        return None
    ys = _years_in(ctx, *ctx.sents[i + 1])
    return ys[0][1] if ys else None


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    out = {"se": 1}
    for row in load_csv("number_words.csv"):
        if row.get("kind") in ("unit", "atom"):
            out[row["word"].lower()] = int(row["value"])
    return out


def _rel_marker(ctx: _Ctx, i: int) -> tuple[str, int] | None:
    """'Pada tahun yang sama' -> ("same", 0); 'Setahun kemudian' -> ("shift", 1);
    'dua tahun sebelumnya' -> ("shift", -2)."""
    st = ctx.stext(i)
    if ctx.gate("same_event", i) and _cue("same_event").search(st, timeout=_TIMEOUT):
        return ("same", 0)
    m = _cue("shift_year").search(st, timeout=_TIMEOUT) if ctx.gate("shift_year", i) else None
    if m:
        w = (m.group("n") or "").lower() if "n" in m.groupdict() else ""
        n = int(w) if w.isdigit() and len(w) < 3 else _number_words().get(w, 1)
        return ("shift", -n if m.group("dir").lower() == "sebelumnya" else n)
    return None


# ------------------------------------------------------------ innovation ---


def _overlaps_any(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and b > s for s, e in spans)


@lru_cache(maxsize=64)
def _any_clauses(pattern: str) -> tuple[frozenset[str], ...]:
    """Required clauses of a pattern, short strings included (for small windows)."""
    parsed = _parse(pattern)
    return tuple(_required_all(parsed)) if parsed is not None else ()


@lru_cache(maxsize=64)
def _clause_finders(pattern: str) -> tuple[Any, ...]:
    """Per clause of _any_clauses, one `re` alternation of its (escaped, lower-case) strings:
    its search in the lower-cased text finds one exactly when a string occurs there, in one
    C call instead of a substring test per string."""
    return tuple(re.compile("|".join(re.escape(x) for x in sorted(c))) for c in _any_clauses(pattern))


def _may_find(ctx: _Ctx, rx: Any, a: int, b: int) -> bool:
    """False when a string that every match of rx needs is not in text[a:b] (then neither a
    search of text[a:b] nor one of the text between a and b can match)."""
    low = ctx.low
    if low is not None:
        for c in _clause_finders(rx.pattern):
            if c.search(low, a, b) is None:
                return False
    return True


def _finditer_gated(ctx: _Ctx, rx: Any, a: int, b: int, overlapped: bool = False) -> Any:
    """rx.finditer(text, a, b), skipped when a string every match needs is not in text[a:b];
    a pattern with known start literals is only tried where one occurs (_start_finder)."""
    low = ctx.low
    if low is not None and ctx.ascii:  # ASCII: `re` and `regex` agree on \b
        finder = _start_finder(rx.pattern)
        if finder is not None:
            starts = (c.start() for c in finder.finditer(low, a, b))
            return list(match_at(rx, ctx.text, starts, end=b, overlapped=overlapped))
    if not _may_find(ctx, rx, a, b):
        return ()
    return rx.finditer(ctx.text, a, b, overlapped=overlapped)


def _innov_candidates(ctx: _Ctx, a: int, b: int, cue_only: bool = False) -> list[tuple[int, str]]:
    """(position, name) of innovation names in text[a:b]."""
    if b <= a:
        return []
    t = ctx.text
    i0 = ctx.sent_index(a)
    blocked: list[tuple[int, int]] = []
    near: list[Mention] = []  # award mentions of the sentences spanned
    if i0 is not None:
        j1 = ctx.sent_index(max(a, b - 1)) or i0
        for j in range(i0, j1 + 1):
            blocked += [(u.start, u.end) for u in ctx.units[j]]
            near += ctx.mentions[j]
        blocked += [(m.start, m.full_end) for m in near]
    # people's names are no innovation (only those that reach into text[a:b] can overlap)
    blocked += [p for p in ctx.people if p[0] < b and p[1] > a]
    p_cue, p_acr, p_atau, p_quote_by, p_layanan = _innov_rx()
    stop = _innov_stop_rx()
    place_cut = _cue("name_place")
    out: list[tuple[int, str]] = []

    def ok(s: int, e: int, txt: str) -> bool:
        txt = txt.strip(" ,.;:\"")
        if len(txt) < 3 or stop.match(txt) or _overlaps_any(s, e, blocked):
            return False
        if _GRADE_ONLY.fullmatch(txt):
            return False
        return True

    def add(pos: int, txt: str) -> None:
        txt = _LEAD_WORD.sub("", txt.strip(" ,.;:\""))
        if " " in txt and not txt.endswith(")"):  # "X di Kota Y (ACR)": the acronym spells the whole name
            txt = place_cut.sub("", txt)
        if txt and txt not in [x for _, x in out]:
            out.append((pos, txt))

    taken: list[tuple[int, int]] = []
    # "meraih Top 45 KIPP 2023 (Mapalus Kasih)", "masuk Top 99 (SIBINA)": a name in brackets right
    # after an award mention (the mention's tail may hold it: it takes "(KIPP)"-like acronyms)
    for mn in near:
        if not a <= mn.end < b or not family_of(mn.key).innovation or t.find("(", mn.end, b) < 0:
            continue
        others = [x for x in blocked if x != (mn.start, mn.full_end)]
        tail_parens = []
        k = t.find("(", mn.end, mn.full_end)
        while k >= 0:
            tail_parens.append(k)
            k = t.find("(", k + 1, mn.full_end)
        for pos in (*tail_parens, mn.full_end):
            pm = _PAREN_AFTER_AWARD.match(t, pos, b)
            if pm is None:
                continue
            name = pm.group("p")
            if _name_tail_rx().fullmatch(name) or stop.match(name) or _GRADE_ONLY.fullmatch(name) \
                    or _overlaps_any(pm.start("p"), pm.end("p"), others):
                continue
            add(pm.start("p"), name)
            taken.append((pm.start(), pm.end()))
            break
    # overlapped: "Top 99 Inovasi Pelayanan Publik melalui Bimbingan Braille (BISIK)" -- the
    # run after "Inovasi" is the award name (rejected), the one after "melalui" the innovation
    for m in _finditer_gated(ctx, p_cue, a, b, overlapped=True):
        if _overlaps_any(m.start(), m.start() + 1, taken):
            continue  # a cue word inside a name already read ("Gerakan Melalui Desa")
        n_before = len(out)
        _read_cue_match(m, ok, add)
        if len(out) > n_before:
            taken.append((m.start(), m.end()))
    for m in _finditer_gated(ctx, _innov_desc_rx(), a, b):
        if _overlaps_any(m.start("d"), m.end(), taken) or not ok(m.start("d"), m.end("d"), m.group("d")):
            continue
        if m.group("m") and not (m.group("h") or _HEAD_NOUN.match(m.group("c"))):
            continue  # "melalui kerja sama yang dibuat ...": only a named head noun is an innovation
        if m.group("d").split()[0] == "yang" or " yang " in f" {m.group('d')} ":
            continue
        if m.group("a"):
            add(m.start("d"), f"{m.group('d')} ({m.group('a')})")
        elif m.group("n"):
            if ok(m.start("n"), m.end("n"), m.group("n")):
                add(m.start("n"), m.group("n"))
        else:
            add(m.start("d"), m.group("d"))
        taken.append((m.start(), m.end()))
    return _innov_rest(ctx, a, b, cue_only, out, ok, add, blocked)


#: "(Mapalus Kasih)", "(SIBINA)" right after an award mention (and its year): Title Case words or an acronym
_PAREN_AFTER_AWARD = regex.compile(
    r"[ \t]*(?:(?:(?:19|20)\d\d|(?:kategori|kelompok)(?:[ \t]+[A-Z]\w*){1,2})[ \t]*)?\([ \t]*(?P<p>[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,5})[ \t]*\)")


@lru_cache(maxsize=1)
def _name_tail_rx() -> Any:
    """Words that continue an award name ("KIPP", "(WBK)"), not an innovation's name."""
    return regex.compile(r"(?:" + _cue("name_tail") + r")", regex.IGNORECASE)


def _read_cue_match(m: Any, ok: Any, add: Any) -> None:
    """Names introduced by one innovation cue ("inovasi X (ACR)", "bernama "X"")."""
    t = m.string
    if m.group("q"):
        if ok(m.start("q"), m.end("q"), m.group("q")) and not _COMMA_END.search(m.group("q")):
            add(m.start("q"), m.group("q"))
        return
    tt = m.group("t")
    if tt and (len(tt.split()) < 2 and not _ACRONYM.fullmatch(tt) or t[m.end("t"):m.end("t") + 1] == "/"):
        tt = None  # a single ordinary word ("dengan HIV/AIDS") is no programme name
    if tt and ok(m.start("t"), m.end("t"), tt):
        name = tt + (f" ({m.group('a')})" if m.group("a") else "")
        add(m.start("t"), name)
        if m.group("a2"):
            add(m.start("a2"), m.group("a2"))
    elif m.group("a2") and ok(m.start("a2"), m.end("a2"), m.group("a2")):
        add(m.start("a2"), m.group("a2"))


def _innov_rest(ctx: _Ctx, a: int, b: int, cue_only: bool, out: list[tuple[int, str]],
                ok: Any, add: Any, blocked: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The cue-less readings of _innov_candidates: "X atau Y", "Title (ACR)", quotes, "layanan X-an"."""
    t = ctx.text
    _p_cue, p_acr, p_atau, p_quote_by, p_layanan = _innov_rx()
    for m in _finditer_gated(ctx, p_atau, a, b):
        if ok(m.start("t"), m.end("a"), m.group("t")) and ok(m.start("a"), m.end("a"), m.group("a")):
            add(m.start("t"), m.group("t"))
            add(m.start("a"), m.group("a"))
    if cue_only:
        return sorted(out)
    for m in _finditer_gated(ctx, p_acr, a, b):
        tt = m.group("t")
        # trim a leading sentence word / list number ("1. Pelayanan ...")
        if ok(m.start("t"), m.end("a"), tt) and len(tt.split()) >= 2:
            add(m.start("t"), f"{tt} ({m.group('a')})")
    for m in _finditer_gated(ctx, p_quote_by, a, b):
        if ok(m.start("q"), m.end("q"), m.group("q")):
            add(m.start("q"), m.group("q"))
    for m in _finditer_gated(ctx, p_layanan, a, b):
        if not _overlaps_any(m.start(), m.end(), blocked):
            add(m.start(), "layanan " + m.group("w"))
    return sorted(out)


#: an all-caps innovation name (with its expansion) followed by an ownership word and the unit
_INNOV_OF_RX = regex.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{2,}){0,2})(?:\s*\((?P<exp>[^()\n]{3,60})\))?"
    r"\s*,?\s*(?:milik|besutan|karya|garapan|buatan|gagasan)\s+$")


def _innovations_for(ctx: _Ctx, i: int, u: URef, units: list[URef]) -> list[str]:
    s, e = ctx.sents[i]
    if ctx.is_item(i):
        s, e = ctx.line_of(i)  # list items: the segmenter may cut '1. "Title" oleh X' apart
    idx = next((k for k, x in enumerate(units) if x is u), None)
    prev_end = units[idx - 1].end if idx else s
    next_start = units[idx + 1].start if idx is not None and idx + 1 < len(units) else e
    if not u.anaphor and u.start >= s and u.end <= e and u.end > u.start:
        own = _INNOV_OF_RX.search(ctx.text, max(prev_end, u.start - 120), u.start)
        if own is not None:
            # "SAJADAH (Sampah Jadi Berkah) milik Sentra X": the name right before its owner
            return [own.group("name") + (f" ({own.group('exp')})" if own.group("exp") else "")]
        after = _innov_candidates(ctx, u.end, next_start)
        if after:
            return [x for _, x in after]
        before = _innov_candidates(ctx, prev_end, u.start)
        if before:
            return [x for _, x in before]
    else:
        got = _innov_candidates(ctx, s, e)
        if got:
            return [x for _, x in got]
    # "program ini mengantar balai tersebut ..." -> the sentence before names it
    if _cue("prev_innov").search(ctx.text, s, e) and i > 0:
        for j in (i - 1, i - 2):
            if j >= 0 and not [x for x in ctx.units[j] if x.key != u.key]:
                got = _innov_candidates(ctx, *ctx.sents[j])
                if got:
                    return [x for _, x in got]
    # following sentences about the same unit (or about no unit): "Inovasinya bernama ..."
    other_keys = {x.key for x in units if x.key != u.key}
    if not other_keys:
        for j in range(i + 1, min(len(ctx.sents), i + 4)):
            keys = {x.key for x in ctx.units[j]}
            if keys - {u.key}:
                break
            if any(family_of(m.key).innovation for m in ctx.mentions[j]) and not keys:
                break
            got = _innov_candidates(ctx, *ctx.sents[j], cue_only=True)
            if got:
                return [x for _, x in got]
    else:
        for j in range(i + 1, min(len(ctx.sents), i + 5)):
            keys = {x.key for x in ctx.units[j]}
            if keys == {u.key} or (not keys and ctx.has("joint_anaphor", j)):
                got = _innov_candidates(ctx, *ctx.sents[j], cue_only=True)
                if got:
                    return [x for _, x in got]
    return []


# ----------------------------------------------------------------- grade ---


_SEG_GRADE = regex.compile(
    r"^[^;]{0,80}?\b(?:meraih|memperoleh|mendapat(?:kan)?|mengantongi|diganjar|berpredikat|menyandang|dengan)\s+"
    r"(?:(?:predikat|nilai|kategori|peringkat)\s+)?\"?(?P<g>A\+|A-|AA|A|BB|B\+|B-|B|CC|C\+|C-|C)(?![\w+-])")


def _grade(ctx: _Ctx, i: int, u: URef, units: list[URef]) -> str | None:
    """The grade stated for this unit: in its own part of a list sentence ("A meraih A-,
    sedangkan B memperoleh B"), else in the sentence when it is about one unit."""
    s, e = ctx.sents[i]
    if len({x.key for x in units}) > 1:
        nxt = min([x.start for x in units if x.start >= u.end and x.key != u.key] or [e])
        if u.anaphor or not (s <= u.end <= nxt):
            return None
        m = _SEG_GRADE.match(ctx.text[u.end:nxt])
        if m:
            return m.group("g")
        return _list_grade_word(ctx, i, u, units, nxt)
    m = _cue("grade").search(ctx.text, s, e, timeout=_TIMEOUT) if ctx.gate("grade", i) else None
    if m and m.group("g") and m.group("g")[0].isupper():
        return m.group("g")
    m = _cue("grade_word").search(ctx.text, s, e, timeout=_TIMEOUT) if ctx.gate("grade_word", i) else None
    return _grade_word_value(ctx, s, m)


def _grade_word_value(ctx: _Ctx, s: int, m: Any) -> str | None:
    """The grade a grade-word match states ("zona hijau"), unless a negation leads it."""
    if m is None or _cue("negative").search(ctx.text, max(s, m.start() - 60), m.start()):
        return None
    return " ".join(m.group("g").lower().split())


def _list_grade_word(ctx: _Ctx, i: int, u: URef, units: list[URef], nxt: int) -> str | None:
    """A grade word ("informatif", "zona hijau") for one unit of a list sentence: the one in
    its own part, else the one the whole list shares ("A, B, dan C di zona hijau": every grade
    word of the sentence is the same and comes after the last unit)."""
    if not ctx.gate("grade_word", i):
        return None
    s, e = ctx.sents[i]
    found = list(_cue("grade_word").finditer(ctx.text, s, e, timeout=_TIMEOUT))
    own = [m for m in found if u.end <= m.start() < nxt]
    if own:
        return _grade_word_value(ctx, s, own[0])
    if found and len({m.group("g").lower() for m in found}) == 1 and found[0].start() >= max(x.end for x in units):
        return _grade_word_value(ctx, s, found[0])
    return None


# -------------------------------------------------------------- ceremony ---


def _event_days(ctx: _Ctx) -> list[tuple[int, str]]:
    """(start, YYYY-MM-DD) of the full dates of the dates stage that may date a ceremony
    (not the dateline, not the publication date), in the stage's order; kept per document."""
    if ctx.event_days is None:
        out = []
        dl = ctx.dateline
        for sp in ctx.dates:
            v = str(sp.attrs.get("value") or sp.value or "")
            if _ISO_DAY.fullmatch(v):
                if (dl and dl[0] <= sp.start < dl[1]) or sp.attrs.get("role") == "published":
                    continue
                out.append((sp.start, v))
        ctx.event_days = out
    return ctx.event_days


def _full_dates_in(ctx: _Ctx, a: int, b: int) -> list[tuple[int, str]]:
    """Full dates in text[a:b] that may date a ceremony (kept per document; read only)."""
    got = ctx.full_dates.get((a, b))
    if got is None:
        got = ctx.full_dates[(a, b)] = _find_full_dates(ctx, a, b)
    return got


def _find_full_dates(ctx: _Ctx, a: int, b: int) -> list[tuple[int, str]]:
    if ctx.dates:
        return [d for d in _event_days(ctx) if a <= d[0] < b]
    out = []
    dl = ctx.dateline
    # no dates stage output (e.g. tests): explicit full dates only
    for m in _DMY_RX.finditer(ctx.text, a, b):
        if not (dl and dl[0] <= m.start() < dl[1]):
            out.append((m.start(), f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"))
    mrx, names = _month_rx()
    for m in mrx.finditer(ctx.text, a, b):
        if not (dl and dl[0] <= m.start() < dl[1]):
            out.append((m.start(), f"{m.group(3)}-{names[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"))
    return sorted(out)


_PLACE_RX = regex.compile(
    r"\bdi\s+(?!(?:bawah|lingkungan|tengah|tempat|mana|antara|kampung|sekitar|rumah|depan|luar|dalam|sini|situ)\b)"
    r"(?P<p>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})?)")


@lru_cache(maxsize=1)
def _not_place_rx() -> Any:
    words = [r["name"] for r in load_csv("months.csv")]
    try:
        words += [r["name"] for r in load_csv("weekdays.csv") if r.get("name")]
    except (FileNotFoundError, OSError, KeyError):
        pass
    return regex.compile(rf"^(?:{'|'.join(regex.escape(w) for w in words)})\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    names: set[str] = set()
    for row in load_csv("places.csv"):
        for n in [row.get("name", "")] + (row.get("aliases", "") or "").split("|"):
            if n.strip():
                names.add(n.strip().lower())
    return frozenset(names)


def _is_place(ctx: _Ctx, m: Any, s: int) -> bool:
    """'di <Place>' is a ceremony place when it names a known city or a venue, or at least
    does not continue a capitalised name ('... Pengemis di Masyarakat')."""
    p = m.group("p")
    first = p.split(",")[0].strip()
    if first.lower() in _places() or _cue("venue").search(first):
        return True
    return not _CAP_WORD_END.search(ctx.text[max(s, m.start() - 30):m.start()])


_CEREMONY_NOUN = regex.compile(r"\b(?:seremoni|penyerahan|penganugerahan|upacara)\b", regex.IGNORECASE)


def _sentence_place(ctx: _Ctx, j: int) -> str | None:
    """The ceremony place written in sentence j ("di Hotel X, Jakarta"), kept per sentence."""
    if j in ctx.places:
        return ctx.places[j]
    s, e = ctx.sents[j]
    place = None
    pm = next((x for x in _PLACE_RX.finditer(ctx.text, s, e) if _is_place(ctx, x, s)), None)
    if pm and not any(u.start <= pm.start("p") < u.end for u in ctx.units[j]):
        parts = [x.strip(" .") for x in pm.group("p").split(",")]
        parts = [x for x in parts if x and not _not_place_rx().match(x)]
        if parts:
            place = ", ".join(parts)
    ctx.places[j] = place
    return place


def _ceremony(ctx: _Ctx, f: Fact) -> None:
    """Date and place of the hand-over: the fact's sentence, else a nearby sentence that
    reports the ceremony of the same award and names no other unit."""
    i = f.sent
    order = [i]
    own_line = ctx.line_of(i)
    key, units, heading, n = f.recipient_key, ctx.units, ctx.heading, len(ctx.sents)
    for side in range(i + 1, min(n, i + 5)), range(i - 1, max(-1, i - 5), -1):
        for j in side:
            uj = units[j]
            if uj and any(u.key != key for u in uj):
                break  # a sentence about another unit ends the scope
            if heading[j] != heading[i] or (ctx.line_of(j) != own_line and _line_year(ctx, j)):
                break  # another year of a recap
            order.append(j)
    order = [order[0]] + sorted(order[1:], key=lambda j: abs(j - f.sent))
    for j in order:
        if j != f.sent:
            fams = {m.key for m in ctx.mentions[j]}
            if fams and f.family not in fams:
                continue
            if not ctx.has("ceremony", j):
                continue
            if not fams and not ctx.has("award_anaphor", j) and not (
                    abs(j - f.sent) == 1 and _CEREMONY_NOUN.search(ctx.stext(j))):
                continue
        s, e = ctx.sents[j]
        if f.ceremony_date is None:
            ds = _full_dates_in(ctx, s, e)
            if j != f.sent and f.editions and family_of(f.family).ceremony_year:
                ds = [d for d in ds if int(d[1][:4]) == f.edition]  # another year's ceremony
            if ds:
                f.ceremony_date = ds[0][1]
        if f.ceremony_place is None and (j != i or ctx.has("ceremony", j)):  # checked above for j != i
            f.ceremony_place = _sentence_place(ctx, j)
        if f.ceremony_date and f.ceremony_place:
            return


# ------------------------------------------------------------ doc passes ---


def _merge(facts: list[Fact]) -> list[Fact]:
    """One fact per (family, recipient, edition); undated mentions join the nearest dated one."""
    out: list[Fact] = []
    groups: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        groups.setdefault((f.family, f.recipient_key), []).append(f)
    for fs in groups.values():
        if len(fs) == 1:
            out.append(fs[0])  # nothing to merge (what the steps below give for one fact)
            continue
        by_ed: dict[int, list[Fact]] = {}
        undated: list[Fact] = []
        for f in fs:
            (by_ed.setdefault(f.edition, []) if f.edition else undated).append(f)
        # lower-rank editions that conflict with a better-ranked one in the same sentence are noise
        heads: list[Fact] = []
        for ed, lst in sorted(by_ed.items(), key=lambda kv: min(x.sent for x in kv[1])):
            head = lst[0]
            for o in lst[1:]:
                _absorb(head, o)
            heads.append(head)
        for f in undated:
            if heads:
                near = min(heads, key=lambda h: abs(h.sent - f.sent))
                _absorb(near, f)
            else:
                heads.append(f)
        out.extend(heads)
    out.sort(key=lambda f: (f.sent, f.span[0]))
    return out


def _absorb(head: Fact, other: Fact) -> None:
    for x in other.innovation:
        if x not in head.innovation:
            head.innovation.append(x)
    head.grade = head.grade or other.grade
    head.same_innov = head.same_innov or other.same_innov
    if head.mention is None and other.mention is not None and other.sent < head.sent:
        head.mention, head.sent, head.span = other.mention, other.sent, other.span
    for r in other.editions:
        if r not in head.editions and (not head.editions or r[1] == head.edition or r[0] < min(head.editions)[0]):
            head.editions.append(r)


def _sentences_naming(ctx: _Ctx, key: str) -> list[int]:
    """The sentences (in order) that name award `key` (kept per document)."""
    if ctx.naming is None:
        ctx.naming = {}
        for j, ms in enumerate(ctx.mentions):
            for m in ms:
                lst = ctx.naming.setdefault(m.key, [])
                if not lst or lst[-1] != j:
                    lst.append(j)
    return ctx.naming.get(key, [])


def _enrich_editions(ctx: _Ctx, facts: list[Fact], fact_sents: set[int]) -> None:
    """Undated facts take the year of another mention of the same award (not about another
    unit), else the ceremony year."""
    for k, f in enumerate(facts):
        if f.editions:
            continue
        best: tuple[int, int] | None = None
        for j in _sentences_naming(ctx, f.family):
            same = [m for m in ctx.mentions[j] if m.key == f.family]
            if ctx.has("negative", j):
                continue  # a proposal / target sentence dates the proposal, not the award
            if j in fact_sents and j != f.sent:
                if any(u.key != f.recipient_key for u in ctx.units[j]):
                    continue  # about another unit
            for m in same:
                y = m.year or _sentence_year(ctx, j, m.start)
                if y and (best is None or abs(j - f.sent) < best[0]):
                    best = (abs(j - f.sent), y)
        if best is None and "#" in (grp := _DIGITS.sub("#", f.family)) \
                and not _EARLIER_RX.search(ctx.text, *ctx.sents[f.sent]):
            # "Top 45 KIPP 2022 ... SAJADAH ... berada di kelompok Top 99": one competition, one edition
            for key in _family_keys_like(ctx, grp, f.family):
                for j in _sentences_naming(ctx, key):
                    if j > f.sent or ctx.has("negative", j):
                        continue
                    for m in ctx.mentions[j]:
                        if m.key != key:
                            continue
                        y = m.year or _sentence_year(ctx, j, m.start)
                        if y and (best is None or abs(j - f.sent) < best[0]):
                            best = (abs(j - f.sent), y)
        if best:
            f.editions.append((5, best[1]))
            continue
        if f.mention is None:
            # an award referred back ("memperoleh nilai di bawahnya", "predikat serupa"):
            # the edition of the nearest fact before that names it
            prior = [g for g in facts[:k] if g.family == f.family and g.mention is not None and g.edition]
            if prior:
                f.editions.append((5.5, prior[-1].edition))
                continue
        fam = family_of(f.family)
        if fam.ceremony_year:
            if f.ceremony_date:
                f.editions.append((6, int(f.ceremony_date[:4])))
                continue
            y = _doc_ceremony_year(ctx, f)
            if y:
                f.editions.append((7, y))


#: a fact told as earlier than the release's event: it does not share that event's edition
_EARLIER_RX = regex.compile(r"\b(?:sebelumnya|pernah|dulu|silam)\b", regex.IGNORECASE)


def _family_keys_like(ctx: _Ctx, grp: str, key: str) -> list[str]:
    """The other families of one competition named in the document (Top 45 / Top 99 of a KIPP)."""
    _sentences_naming(ctx, key)  # builds ctx.naming
    return [k for k in (ctx.naming or {}) if k != key and _DIGITS.sub("#", k) == grp]


def _consecutive(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """"Efata memboyong penghargaan IKPA dua tahun berturut-turut": the editions before the one
    stated, as facts of the sentence that says so (for the unit named last before the phrase)."""
    out: list[Fact] = []
    words = _number_words()
    have = {(f.family, f.recipient_key, f.edition) for f in facts}
    for j in range(len(ctx.sents)):
        if not ctx.units[j] or not ctx.has("consecutive", j):
            continue
        s, _ = ctx.sents[j]
        m = _cue("consecutive").search(ctx.stext(j), timeout=_TIMEOUT)
        n = int(m["n"]) if m["n"].isdigit() else words.get(m["n"].lower(), 0)
        if not 2 <= n <= 10:
            continue
        before = [u for u in ctx.units[j] if u.end <= s + m.start()]
        keys = {(before or ctx.units[j])[-1 if before else 0].key}  # the unit the phrase is said of
        fams = {x.key for x in ctx.mentions[j]}
        for f in facts:
            if f.recipient_key not in keys or (fams and f.family not in fams) or not f.edition:
                continue
            _add_editions(f, [f.edition - k for k in range(1, n)], j, (s + m.start(), s + m.end()), have, out)
    return out


def _add_editions(f: Fact, years: list[int], j: int, span: tuple[int, int], have: set[tuple[str, str, int | None]],
                  out: list[Fact]) -> None:
    """Facts of `f`'s award and unit for the other `years` a sentence states (those not known yet)."""
    for y in years:
        if (f.family, f.recipient_key, y) not in have:
            have.add((f.family, f.recipient_key, y))
            g = Fact(f.family, f.recipient_key, f.recipient_name, j, span, None)
            g.editions.append((2, y))
            out.append(g)


def _repeat_after(ctx: _Ctx, facts: list[Fact]) -> list[Fact]:
    """"ini zona hijau ketiga setelah penilaian 2021 dan 2023": the listed years are earlier editions
    of the award named in the sentence, for its unit (named in the sentence, else the one
    recipient of that award in the release)."""
    out: list[Fact] = []
    have = {(f.family, f.recipient_key, f.edition) for f in facts}
    for j in range(len(ctx.sents)):
        if not ctx.mentions[j] or not ctx.has("repeat_after", j) or ctx.has("negative", j):
            continue
        s, _ = ctx.sents[j]
        m = _cue("repeat_after").search(ctx.stext(j), timeout=_TIMEOUT)
        years = [int(y) for y in _YEAR_RX.findall(m["years"])] if m else []
        fams = {x.key for x in ctx.mentions[j]}
        for fam in fams:
            holders = {f.recipient_key: f for f in facts if f.family == fam}
            named = {u.key for u in ctx.units[j]} & set(holders)
            keys = named or (set(holders) if len(holders) == 1 else set())
            for key in keys:
                _add_editions(holders[key], years, j, (s + m.start(), s + m.end()), have, out)
    return out


def _base_year(ctx: _Ctx, before: list[Fact], f: Fact) -> int | None:
    """The year that 'pada tahun yang sama' / 'setahun kemudian' counts from: the edition of
    the last fact stated before, else the last award-usable year written before the sentence."""
    for g in reversed(before):
        if g.sent <= f.sent and g.edition and g is not f:
            return g.edition
    s = ctx.sents[f.sent][0]
    ys = _years_in(ctx, max(ctx.doc.body_start or 0, 0), s)
    return ys[-1][1] if ys else None


def _doc_ceremony_year(ctx: _Ctx, f: Fact) -> int | None:
    """Year of the nearest sentence that reports an award hand-over without naming another unit."""
    best = None
    key = f.recipient_key
    for j, uj in enumerate(ctx.units):
        if uj and any(u.key != key for u in uj):
            continue
        ms = ctx.mentions[j]
        if ms and all(m.key != f.family for m in ms):
            continue  # a sentence about a different, named award
        if not (ctx.has("ceremony", j) and (ctx.has("award_anaphor", j) or ctx.has("award_ceremony", j))):
            continue
        s, e = ctx.sents[j]
        ds = _full_dates_in(ctx, s, e)
        y = int(ds[0][1][:4]) if ds else _sentence_year(ctx, j, s)
        if y and (best is None or abs(j - f.sent) < best[0]):
            best = (abs(j - f.sent), y)
    return best[1] if best else None


def _fill_innovations(ctx: _Ctx, facts: list[Fact]) -> None:
    # "dengan inovasi yang sama": the recipient's earlier innovation
    def group(key: str) -> str:
        return _DIGITS.sub("#", key)

    for k, f in enumerate(facts):
        if f.innovation or not f.same_innov:
            continue
        prior = [g for g in facts[:k] if g.recipient_key == f.recipient_key and g.innovation]
        prior = prior or [g for g in facts[k + 1:] if g.recipient_key == f.recipient_key and g.innovation]
        same_kind = [g for g in prior if group(g.family) == group(f.family)]
        if same_kind or prior:
            f.innovation = list((same_kind or prior)[-1].innovation)
    # "Inovasi bernama KAJEBO (...) itu masuk Top 45": a unitless sentence that names the
    # innovation of an award only one unit of the release received
    for f in facts:
        if f.innovation or not family_of(f.family).innovation:
            continue
        if len({g.recipient_key for g in facts if g.family == f.family}) != 1:
            continue
        for j in _sentences_naming(ctx, f.family):
            if ctx.units[j] or ctx.has("negative", j):
                continue
            got = _innov_candidates(ctx, *ctx.sents[j], cue_only=True)
            if got:
                f.innovation = [x for _, x in got]
                break
    # a release about one recipient: innovation named anywhere with a cue
    keys = {f.recipient_key for f in facts}
    if len(keys) == 1:
        missing = [f for f in facts if not f.innovation and family_of(f.family).innovation]
        if missing:
            have = [x for f in facts for x in f.innovation]
            cands: list[str] = list(have)
            if not cands:
                for j in range(len(ctx.sents)):
                    s, e = ctx.sents[j]
                    others = [u.start for u in ctx.units[j] if u.key not in keys]
                    if others:
                        e = min(others)  # what another unit made is not the recipient's
                    if not _INNOV_WORD.search(ctx.text[s:e]):
                        continue
                    for _, x in _innov_candidates(ctx, s, e, cue_only=True):
                        if x not in cands:
                            cands.append(x)
            for f in missing:
                f.innovation = list(cands)
    # "Adapun Sentra X mengusung "Y" (SIBINA)": a sentence about the recipient alone, anywhere in
    # the release, says what it runs (names another fact already holds are not taken)
    missing = [f for f in facts if not f.innovation and family_of(f.family).innovation]
    if missing:
        held = {x for f in facts for x in f.innovation}
        own = _cue("innov_own")
        for f in missing:
            for j in range(len(ctx.sents)):
                us = ctx.units[j]
                if not us or any(u.key != f.recipient_key for u in us) or ctx.has("negative", j):
                    continue
                s, e = ctx.sents[j]
                a = next((u.end for u in us if not u.anaphor and s <= u.end <= e), None)
                if a is None or not own.match(ctx.text, a, e):
                    continue
                got = [x for _, x in _innov_candidates(ctx, a, e, cue_only=True) if x not in held]
                if got:
                    f.innovation = got
                    break


_ACR_AFTER = regex.compile(r"\s*\(\s*([A-Z][A-Za-z0-9-]{2,15})\s*\)")
_TITLE_ACR = regex.compile(r"^(.*?)\s*\(([^()]+)\)$")


def _innov_tokens(ctx: _Ctx, name: str) -> list[str]:
    """Ways the text refers to an innovation again: its title and its acronym, also an
    acronym written in brackets right after the title ("Kaki Palsu Jemput Bola" (KAJEBO))."""
    parts = [name]
    m = _TITLE_ACR.match(name)
    if m:
        parts = [m.group(1), m.group(2)]
    pos = ctx.text.find(name)
    if pos != -1:
        a = _ACR_AFTER.match(ctx.text, pos + len(name) + (1 if ctx.text[pos + len(name):pos + len(name) + 1] == '"' else 0))
        if a:
            parts.append(a.group(1))
    out = []
    for p in parts:
        p = p.strip(' "')
        words = p.split()
        if len(words) >= 2 and len(p) >= 8:
            out.append(p)
        elif len(words) == 1 and len(p) >= 3 and sum(c.isupper() for c in p) >= 2:
            out.append(p)  # an acronym, not an ordinary word
    return out


def _find_word(text: str, tok: str, a: int, b: int) -> int:
    pos = text.find(tok, a, b)
    while pos != -1:
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + len(tok)] if pos + len(tok) < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return pos
        pos = text.find(tok, pos + 1, b)
    return -1


def _innovation_recipients(ctx: _Ctx, raw: list[Fact]) -> list[Fact]:
    """Sentences where an innovation, not its unit, is the subject of an award ("Sebelum masuk
    Top 45, KAJEBO lebih dulu lolos Top 99 KIPP 2023"): the unit that made it received it."""
    names: dict[str, Fact] = {}
    for f in raw:
        for x in f.innovation:
            for tok in _innov_tokens(ctx, x):
                names.setdefault(tok, f)
    if not names:
        return []
    done = {f.sent for f in raw}
    out: list[Fact] = []
    for i in range(len(ctx.sents)):
        if i in done or ctx.units[i] or not ctx.mentions[i]:
            continue
        s, e = ctx.sents[i]
        hits = sorted((p, tok) for tok in names if (p := _find_word(ctx.text, tok, s, e)) != -1)
        if not hits:
            continue
        pos, tok = hits[0]
        src = names[tok]
        ctx.units[i] = [URef(pos, pos + len(tok), src.recipient_key, src.recipient_name)]
        try:
            got = _facts_in_sentence(ctx, i, sorted(raw + out, key=lambda g: g.sent))
        finally:
            ctx.units[i] = []
        for g in got:
            g.innovation = list(src.innovation)
        out.extend(got)
    return out


# ------------------------------------------------------------------ main ---


def extract(doc: Document) -> None:
    """Append awards spans to doc.spans["awards"]; then drop the central units no award goes to
    (`units.drop_unawarded`: an Itjen or a Biro is a unit of a release only as a recipient)."""
    try:
        _extract(doc)
    finally:
        drop_unawarded(doc, {s.attrs.get("recipient_unit_key") for s in doc.spans.get(AWARD, ())})


def _extract(doc: Document) -> None:
    if not doc.text or not doc.text.strip():
        return
    try:
        ctx = _Ctx(doc)
        raw: list[Fact] = []
        for i in range(len(ctx.sents)):
            if not ctx.mentions[i] and not ctx.units[i]:
                continue
            raw.extend(_facts_in_sentence(ctx, i, raw))
        raw.extend(_innovation_recipients(ctx, raw))
        if not raw:
            return
        fact_sents = {f.sent for f in raw}
        facts = _merge(raw)
        for f in facts:
            _ceremony(ctx, f)
        _enrich_editions(ctx, facts, fact_sents)
        facts = _merge(facts)
        _fill_innovations(ctx, facts)
        facts.extend(_consecutive(ctx, facts))
        facts.extend(_repeat_after(ctx, facts))
    except TimeoutError:  # a pathological text: no award facts rather than a hung run
        doc.meta.setdefault("warnings", []).append("awards: regex timeout")
        return
    spans = doc.spans.setdefault(AWARD, [])
    for f in facts:
        fam = family_of(f.family)
        s, e = ctx.sents[f.sent]
        a, b = f.span
        spans.append(doc.span(
            a, b, "AWARD", f.family,
            award_family=f.family, award_name=ctx.named.get(f.family) or fam.name, award_edition=f.edition,
            recipient_unit_key=f.recipient_key, recipient_unit_name=f.recipient_name,
            innovation="; ".join(dict.fromkeys(f.innovation)) or None, grade=f.grade, giver=fam.giver or None,
            ceremony_date=f.ceremony_date, ceremony_place=f.ceremony_place,
            evidence=ctx.text[s:e], evidence_start=s, evidence_end=e,
        ))
