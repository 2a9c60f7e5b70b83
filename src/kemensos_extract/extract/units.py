"""Units extractor: Kemensos service units (sentra, balai, panti, loka, ...) -> doc.spans["units"].

Why rules of this shape: a unit is written in a few formulaic ways that survive its
renames, and the part that identifies it is its *distinctive name* (Kartini, Pangudi
Luhur) plus its city:

* a type head, descriptor words, an optional acronym in parentheses, the distinctive
  name (often quoted) and the city: ``Balai Besar Rehabilitasi Sosial Penyandang
  Disabilitas Intelektual (BBRSPDI) "Kartini" Temanggung``;
* an acronym followed by the name: ``BRSAMPK Alyatama Jambi`` (acronym typos such as
  BBRRSPDI are matched by a bounded edit distance, anchored by the name - never alone);
* a registry alias that names the unit by itself (``Pusdatinkesos``, ``STKS``,
  ``Panti Asuhan Lemah Ingatan``);
* later in the text, short references: the bare name (``Kartini``) or a demonstrative
  (``balai tersebut``); these link to a unit named in the document and never create one.

A unit found by shape but absent from the registry (data/units.csv) still gets a key
``<name>-<city>`` by the same slug rule, so new units flow through.  Directorates,
bureaus and venues have no unit head, and venues that do (``Balai Kartini``, ``Balai
Kota``) are listed in data/unit_venues.txt.
"""
from __future__ import annotations

import bisect
import re as _stdre
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex as re
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..model import UNIT, Document
from ..resources import load_csv, load_lines, split_list

# ---------------------------------------------------------------------------
# small helpers


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Key slug: ASCII, lower case, runs of other characters -> '-'."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _SLUG_RX.sub("-", t).strip("-")


_NON_ALNUM_RX = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Comparison form: lower-case letters and digits only ('Phala Martha' == 'Phalamartha')."""
    if text.isascii():
        return _NON_ALNUM_RX.sub("", text.lower())
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_ALNUM_RX.sub("", t)


def _phrase_pattern(phrase: str) -> str:
    """Regex for a phrase whose words may be separated by spaces, dots or hyphens (or nothing);
    a comma the phrase has between two words may be written or left out ("Badan Pendidikan,
    Penelitian dan ...")."""
    toks = list(re.finditer(r"\w+", phrase))
    out = [re.escape(toks[0][0])] if toks else []
    for a, b in zip(toks, toks[1:]):
        out.append(r"[\s.\-]*,?[\s.\-]*" if "," in phrase[a.end():b.start()] else r"[\s.\-]*")
        out.append(re.escape(b[0]))
    return "".join(out)


def _alternation(phrases: list[str]) -> str:
    uniq = sorted({p for p in phrases if p.strip()}, key=lambda p: (-len(p), p))
    return "|".join(_phrase_pattern(p) for p in uniq) or r"(?!x)x"


_QUOTES_OPEN = "\"\u201c\u201e\u00ab\u2018'"
_QUOTES_CLOSE = "\"\u201d\u201c\u00bb"

# ---------------------------------------------------------------------------
# data (cached)


@dataclass(frozen=True)
class _Table:
    """A name table read word by word (`_longest_at`): places or registry cores."""
    id: str
    table: dict[str, Any]  # compact name -> entry
    prefixes: frozenset[str]  # every compact prefix (by whole words) of the names: stops hopeless look-ups
    starts4: frozenset[str]  # first four characters of the prefixes that long: a cheap first test
    starts2: frozenset[str]  # first two characters of the prefixes: the same for shorter words
    max_words: int  # words in the longest name (bounds the look-up)
    span: int  # words the look-up reads: max_words, within 1..5


def _table(table_id: str, table: dict[str, Any], names: list[str]) -> _Table:
    prefixes = set()
    for n in names:
        words = re.findall(r"[^\W_][\w']*", n)
        for i in range(1, len(words) + 1):
            prefixes.add(compact("".join(words[:i])))
    max_words = max((len(re.findall(r"\w+", n)) for n in names), default=1)
    return _Table(table_id, table, frozenset(prefixes), frozenset(p[:4] for p in prefixes if len(p) >= 4),
                  frozenset(p[:2] for p in prefixes), max_words, min(max(max_words, 1), 5))


@dataclass(frozen=True)
class _Data:
    rows: tuple[dict[str, Any], ...]
    core_index: dict[str, list[dict[str, Any]]]
    alias_index: dict[str, dict[str, Any]]
    city_acr_index: dict[tuple[str, str], dict[str, Any]]
    core_rx: Any
    alias_rx: Any
    head_rx: Any
    heads: dict[str, tuple[str, str, str]]  # compact head -> (head, unit type, shape_needs)
    acronyms: dict[str, dict[str, str]]
    expansion_index: dict[str, str]
    descriptors: dict[str, bool]
    stopwords: frozenset[str]
    venues: tuple[str, ...]
    places: dict[str, tuple[str, str]]
    anaphor_rx: Any
    quantifiers: frozenset[str]
    place_table: _Table
    core_table: _Table
    venue_index: tuple[int, dict[str, tuple[str, ...]]]  # venues by their first k characters (k = shortest)


def _place_names() -> list[str]:
    names = [n for p in load_csv("places.csv") for n in [p["name"], *split_list(p.get("aliases", ""))]]
    names += [c for r in load_csv("units.csv") for c in [r.get("city", ""), *split_list(r.get("city_aliases", ""))] if c]
    return names


@lru_cache(maxsize=1)
def _data() -> _Data:
    rows: list[dict[str, Any]] = []
    places: dict[str, tuple[str, str]] = {}
    for p in load_csv("places.csv"):
        for n in [p["name"], *split_list(p.get("aliases", ""))]:
            places.setdefault(compact(n), (p["name"], p.get("province", "")))
    for r in load_csv("units.csv"):
        row = dict(r)
        row["cores"] = split_list(r.get("core", ""))
        row["acronym_list"] = [a.upper() for a in split_list(r.get("acronyms", ""))]
        row["alias_list"] = split_list(r.get("aliases", ""))
        cities = [r.get("city", ""), *split_list(r.get("city_aliases", ""))]
        row["cities"] = {compact(c) for c in cities if c}
        rows.append(row)
    core_index: dict[str, list[dict[str, Any]]] = {}
    alias_index: dict[str, dict[str, Any]] = {}
    city_acr_index: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        for c in row["cores"]:
            core_index.setdefault(compact(c), []).append(row)
        for a in row["alias_list"]:
            alias_index.setdefault(compact(a), row)
        if not row["cores"]:
            for a in row["acronym_list"]:
                for c in row["cities"]:
                    city_acr_index.setdefault((a, c), row)
    # a named unit written by acronym + city only ("BBRVPD Cibinong"): when that pair is unambiguous
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        if row["cores"]:
            for a in row["acronym_list"]:
                for c in row["cities"]:
                    pairs.setdefault((a, c), []).append(row)
    for pair, cands in pairs.items():
        if len(cands) == 1:
            city_acr_index.setdefault(pair, cands[0])
    heads = {compact(h["head"]): (h["head"], h["type"], h.get("shape_needs") or "strong")
             for h in load_csv("unit_types.csv")}
    acronyms = {a["acronym"].upper(): dict(a) for a in load_csv("unit_acronyms.csv")}
    expansion_index = {compact(a["expansion"]): acr for acr, a in acronyms.items()}
    descriptors = {compact(d["word"]): d.get("strong", "0") == "1" for d in load_csv("unit_descriptors.csv")}
    stop = frozenset(compact(w) for w in load_lines("unit_stopwords.txt"))
    venues = tuple(compact(v) for v in load_lines("unit_venues.txt"))
    core_rx = re.compile(r"(?i)(?<![\w])(?:" + _alternation([c for r in rows for c in r["cores"]]) + r")(?![\w])")
    alias_rx = re.compile(r"(?i)(?<![\w])(?:" + _alternation([a for r in rows for a in r["alias_list"]]) + r")(?![\w])")
    head_rx = re.compile(r"(?i)(?<![\w])(?:" + _alternation([h[0] for h in heads.values()]) + r")(?![\w])")
    for r in rows:
        for c in [r.get("city", ""), *split_list(r.get("city_aliases", ""))]:
            if c:
                places.setdefault(compact(c), (r.get("city", "") or c, r.get("province", "")))
    anaphor_rx = re.compile(r"(?i)(?<![\w])(" + "|".join(_ANAPHOR_HEADS) + r")\s+("
                            + "|".join(re.escape(w) for w in load_lines("unit_anaphors.txt")) + r")(?![\w])")
    k = min((len(v) for v in venues), default=0)
    venue_index: dict[str, list[str]] = {}
    for v in venues:
        venue_index.setdefault(v[:k], []).append(v)
    d = _Data(tuple(rows), core_index, alias_index, city_acr_index, core_rx, alias_rx, head_rx,
              heads, acronyms, expansion_index,
              descriptors, stop, venues, places, anaphor_rx,
              frozenset(w.lower() for w in load_lines("unit_quantifiers.txt")),
              _table("places", places, _place_names()),
              _table("cores", core_index, [c for r in rows for c in r["cores"]]),
              (k, {key: tuple(vs) for key, vs in venue_index.items()}))
    return d


#: Type words a demonstrative may follow ("balai tersebut"); the first word of each is a scan key.
_ANAPHOR_HEADS = load_lines("unit_anaphor_heads.txt")

# ---------------------------------------------------------------------------
# candidate gate: one cheap scan per document instead of four case-insensitive ones
#
# Every match of the data-driven alternations (heads, cores, aliases, anaphors) starts at
# a word start with the first word of one of its phrases.  One `re` scan of the lower-cased
# text for those first words (a trie, ASCII) lists the few positions where a pattern can
# match at all; the original pattern then runs only there (`.match`, whose look-behind
# still sees the text before the position), so the matches are exactly those of finditer.

#: Non-ASCII characters that `regex`'s case-insensitive matching equates with an ASCII
#: letter (checked in tests): a text holding one is scanned the slow, exact way.
_FOLDS_TO_ASCII = frozenset("\u0130\u017f\u212a")
_GATE_KINDS = ("head", "core", "alias", "anaphor")


def _trie_pattern(words: list[str], ahead: str = "") -> str:
    """Regex matching the longest of `words` that starts at a position (a trie: no branch retried).

    A word's last character that is in `ahead` is checked by a look-ahead, not taken: the match
    ends before it (so a separator that ends a word is left to the word after it).
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def edge(ch: str, child: dict[str, Any]) -> str:
        if ch in ahead and list(child) == [""]:
            return f"(?={re.escape(ch)})"
        return re.escape(ch) + emit(child)

    def emit(node: dict[str, Any]) -> str:
        alts = [edge(ch, node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@dataclass(frozen=True)
class _Gate:
    rx: Any  # stdlib `re` pattern over " " + the lower-cased text; group 1 is a key
    rx_bytes: Any  # the same over ASCII bytes where every byte but [a-z0-9_] became a space (one literal to find)
    kinds_of: dict[bytes, tuple[str, ...]]  # matched key -> the kinds whose patterns may match there
    ungated: frozenset[str]  # kinds always scanned in full (a phrase without an ASCII key)
    kinds: tuple[str, ...]  # every kind the scan reports: ours and those of later stages (_shared_gate_keys)
    exact: dict[str, Any]  # kind -> its `regex` pattern
    fast: dict[str, Any]  # kind -> the same pattern compiled by `re` for ASCII texts (None: keep `regex`)


def _fast_twin(rx: Any) -> Any:
    """`re` twin of an ASCII data pattern: same matches on ASCII text once `\\s` is spelled out."""
    pat = rx.pattern.replace(r"[\s.\-]", r"[\t\n\v\f\r .\-]").replace(r"\s+", r"[\t\n\v\f\r ]+")
    pat = pat.replace(r"[\w]", "[A-Za-z0-9_]")  # the look-arounds; cheaper than the Unicode category
    if not pat.isascii() or r"\s" in pat or r"\S" in pat:
        return None
    try:
        return _stdre.compile(pat)
    except _stdre.error:
        return None


def _shared_gate_keys() -> dict[str, frozenset[str]]:
    """Word starts that later stages look for (month names, number words ...), found by the same pass.

    The pass costs about the same whatever the number of keys (its cost is a step per word), so
    dates and counts read their starts from it (`_candidates`, cached per text) instead of scanning
    the text again.  Their keys are leading runs of [a-z0-9_]; a stage without a usable key set
    returns none and keeps its own scan.  Imported here, not at the top: those modules import this one.
    """
    from . import counts, dates

    out: dict[str, frozenset[str]] = {}
    for mod in (dates, counts):
        out.update(mod._gate_keys() or {})
    return out


@lru_cache(maxsize=1)
def _gate() -> _Gate:
    d = _data()
    phrases = {
        "head": [h[0] for h in d.heads.values()],
        "core": [c for r in d.rows for c in r["cores"]],
        "alias": [a for r in d.rows for a in r["alias_list"]],
        "anaphor": [re.sub(r"\(.*", "", h) for h in _ANAPHOR_HEADS],
    }
    key_kinds: dict[str, set[str]] = {}
    ungated: set[str] = set()
    for kind in _GATE_KINDS:
        for ph in phrases[kind]:
            if not ph.strip():
                continue  # _alternation drops these
            toks = re.findall(r"\w+", ph)
            first = toks[0] if toks else ""
            n = 0
            while n < len(first) and first[n].isascii():
                n += 1
            key = first[:n].lower()
            if not key:
                ungated.add(kind)
                continue
            key_kinds.setdefault(key, set()).add(kind)
    shared = _shared_gate_keys()
    for kind, keys in shared.items():
        for key in keys:
            key_kinds.setdefault(key, set()).add(kind)
    kinds = (*_GATE_KINDS, *shared)
    # A key may end in a space (dates' cue keys: "no " is "No" or "No." before a non-word character, in the
    # byte view); the scan checks that space by a look-ahead, leaving it to the next word, and reports the
    # key without it.  The scan returns the longest key at a position; every shorter key that is its prefix
    # matches too (and a key reported without its space: those that are a prefix of it with the space).
    reported = {k[:-1] if k.endswith(" ") else k for k in key_kinds}
    kinds_of = {}
    for k in reported:  # the keys that k (or k + " ") starts with are its prefixes that are keys
        k2 = k + " "
        found = set().union(*(key_kinds.get(k2[:i], ()) for i in range(1, len(k2) + 1)))
        kinds_of[k] = tuple(kind for kind in kinds if kind in found)
    # a key right after a character that is not an ASCII word character (or after the text start)
    trie = _trie_pattern(sorted(key_kinds), ahead=" ") or r"(?!x)x"
    rx = _stdre.compile(r"[^a-z0-9_](" + trie + ")")
    rx_bytes = _stdre.compile((" (" + trie + ")").encode("ascii"))
    exact = {"head": d.head_rx, "core": d.core_rx, "alias": d.alias_rx, "anaphor": d.anaphor_rx}
    return _Gate(rx, rx_bytes, {k.encode("ascii"): v for k, v in kinds_of.items()}, frozenset(ungated), kinds,
                 exact, {k: _fast_twin(v) for k, v in exact.items()})


#: Lower-cases ASCII bytes and turns every byte that is not [a-z0-9_] into a space.
_GATE_BYTES = bytes((ord(chr(i).lower()) if chr(i).lower() in "abcdefghijklmnopqrstuvwxyz0123456789_" else 32)
                    for i in range(256))


@lru_cache(maxsize=4)
def _candidates(text: str) -> dict[str, list[int]] | None:
    """Start positions per kind where its pattern may match (None: scan the whole text)."""
    if not text.isascii() and any(ch in _FOLDS_TO_ASCII for ch in text):
        return None
    g = _gate()
    out: dict[str, list[int]] = {k: [] for k in g.kinds}
    kinds_of = g.kinds_of
    # " " stands for the text start, so a match starts at the separator: m.start() is the key's offset in `text`
    if text.isascii():
        for m in g.rx_bytes.finditer((" " + text).encode("ascii").translate(_GATE_BYTES)):
            s = m.start()
            for kind in kinds_of[m[1]]:
                out[kind].append(s)
    else:
        for m in g.rx.finditer(" " + text.lower()):
            s = m.start()
            for kind in kinds_of[m[1].encode("ascii")]:
                out[kind].append(s)
    return out


def _scan(text: str, kind: str) -> list[Any]:
    """Matches of the `kind` pattern in `text`, exactly as `pattern.finditer(text)` gives them."""
    g = _gate()
    rx = g.exact[kind]
    cands = _candidates(text)
    if cands is None or kind in g.ungated:
        return list(rx.finditer(text))
    if text.isascii() and g.fast[kind] is not None:
        rx = g.fast[kind]
    out = []
    last_end = -1
    match = rx.match
    for p in cands[kind]:
        if p < last_end:
            continue
        m = match(text, p)
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


@lru_cache(maxsize=4)
def _head_starts(text: str) -> frozenset[int] | None:
    """Positions where a unit head may start (None: unknown, ask the pattern)."""
    cands = _candidates(text)
    if cands is None or "head" in _gate().ungated:
        return None
    return frozenset(cands["head"])


def _head_at(text: str, pos: int) -> bool:
    """Does a unit head (`head_rx`) match at `pos`?"""
    starts = _head_starts(text)
    if starts is not None and pos not in starts:
        return False
    fast = _gate().fast["head"]
    rx = fast if fast is not None and text.isascii() else _data().head_rx
    return rx.match(text, pos) is not None


_ACR_TOKEN_RX = re.compile(r"(?<![\w])[A-Z][A-Z0-9]{2,11}(?![\w])")
#: ASCII bytes -> "A" upper-case letter, "0" digit, "a" other word character ([a-z_]), " " anything else
_ACR_BYTES = bytes(65 if 65 <= i <= 90 else 48 if 48 <= i <= 57 else 97 if 97 <= i <= 122 or i == 95 else 32
                   for i in range(256))
#: _ACR_TOKEN_RX over " " + the text mapped by _ACR_BYTES: led by the literal "A" (an upper-case letter, found at
#: C speed; rarer than the separator before it), which the look-behind then wants after a separator
_ACR_TOKEN_BYTES_RX = _stdre.compile(rb"A(?<= A)[A0]{2,11}(?![aA0])")


def _acronym_tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of every all-caps token (`_ACR_TOKEN_RX.finditer`), by a byte scan for ASCII texts."""
    if not text.isascii():
        return [m.span() for m in _ACR_TOKEN_RX.finditer(text)]
    # " " stands for the text start: offsets in the bytes are one past those in the text
    return [(m.start() - 1, m.end() - 1)
            for m in _ACR_TOKEN_BYTES_RX.finditer((" " + text).encode("ascii").translate(_ACR_BYTES))]
_PAREN_ACR_RX = re.compile(r"\(\s*([A-Za-z0-9][A-Za-z0-9\-]{1,14})\s*\)")
_LIST_GAP_RX = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:dan|serta)[ \t]+)?|(?:dan|serta)[ \t]+)")
_OTHER_MINISTRY_RX = re.compile(r"[ \t]*(?:Kementerian|Kemen)(\w*)[ \t]*(\w*)")
_BLANKS_RX = re.compile(r"[ \t]*")
_SLUG_RX = re.compile(r"[^a-z0-9]+")
_MAX_STEPS = 30


class _Pats:
    """The small patterns of the token walk, compiled by one engine.

    `regex` and the standard `re` agree on ASCII text once the character classes are
    spelled out in ASCII (`re`'s `\\s` also takes \\x1c-\\x1f, and explicit classes
    are cheaper than Unicode categories); `re` costs about half as much per call, and
    the walk makes ~150 calls per document, so ASCII texts use the `re` set
    (`str.isascii()` is O(1)).  Other texts keep `regex` and its Unicode classes.
    """

    def __init__(self, compile_: Any, classes: dict[str, str]) -> None:
        def c(pattern: str) -> Any:
            for name, cls in classes.items():
                pattern = pattern.replace(name, cls)
            return compile_(pattern)

        self.word = c(r"<alpha>[<w>'\u2019\-]*")
        self.paren_acr = c(r"\([<s>]*([A-Za-z0-9][A-Za-z0-9\-]{1,14})[<s>]*\)")
        self.quoted = c(r"[\"\u201c\u201e]([^\"\u201c\u201d\n]{1,60})[\"\u201d]"
                        r"|[\u2018']([^\u2018\u2019'\n]{1,60})[\u2019']")
        self.sep = c(r"[ \t\u00a0]*,?[ \t\u00a0]*(?:di[ \t\u00a0]+)?")
        self.comma = c(r"[ \t\u00a0]*,[ \t\u00a0]*")
        self.title_dot = c(r"\.[ \t]*[A-Z]")
        # up to five words (the most a table look-up reads); k words when the table's names have at most k
        self.multiword = {k: c(r"<alnum>[<w>']*(?:[ \t\u00a0.\-]{1,3}<alnum>[<w>']*){0,%d}" % (k - 1))
                          for k in range(1, 6)}
        self.place_prefix = c(r"(?:Kota|Kabupaten|Kab\.)[ \t\u00a0]+")
        self.spaces = c(r"[<s>]+")
        self.words = c(r"[<w>]+")
        self.prev_word = c(r"(<alpha>[<w>'\-]*)(\.?)[ \t]+$")
        self.prev_token = c(r"([<w>\-]+)[ \t]+$")


#: Character classes of the two sets; the ASCII ones equal `regex`'s on ASCII text (tested).
_UNICODE_CLASSES = {"<alpha>": r"[^\W\d_]", "<alnum>": r"[^\W_]", "<w>": r"\w", "<s>": r"\s"}
_ASCII_CLASSES = {"<alpha>": "[A-Za-z]", "<alnum>": "[A-Za-z0-9]", "<w>": "A-Za-z0-9_", "<s>": r"\t\n\v\f\r "}
_EXACT = _Pats(re.compile, _UNICODE_CLASSES)
_FAST = _Pats(_stdre.compile, _ASCII_CLASSES)
_BLANK_CHARS = frozenset(" \t\u00a0")


def _skip_blanks(text: str, pos: int) -> int:
    """End of the run of spaces, tabs and no-break spaces at `pos` (`[ \\t\\u00a0]*`)."""
    n = len(text)
    while pos < n and text[pos] in _BLANK_CHARS:
        pos += 1
    return pos

# ---------------------------------------------------------------------------
# parsing one candidate


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    mention: str  # registry / acronym / shape / shortref
    row: dict[str, Any] | None = None
    core: str = ""
    city: str = ""
    province: str = ""
    utype: str = ""
    acronym: str = ""
    quoted: bool = False
    name_text: str = ""
    written_type: str = ""  # type of the head/acronym as written (old names keep their old type)
    attrs: dict[str, Any] = field(default_factory=dict)


_TOKEN_END_RX = re.compile(r"[^\W_][\w']*")


def _longest_at(text: str, pos: int, tab: _Table) -> tuple[int, str] | None:
    """Longest run of up to `tab.max_words` words at `pos` whose compact form is a name of `tab`.

    A dictionary look-up per word prefix instead of a big regex alternation tried at every position
    (cached per run of words).
    """
    ascii_ = text.isascii()
    if ascii_:
        # the first word's compact form starts with these letters: no name starts so
        w = text[pos:pos + 4]
        if len(w) == 4 and w.isalnum():
            if w.lower() not in tab.starts4:
                return None
        elif w[:2].isalnum() and len(w) >= 2 and w[:2].lower() not in tab.starts2:
            return None
    m = (_FAST if ascii_ else _EXACT).multiword[tab.span].match(text, pos)
    if not m:
        return None
    n = _longest_prefix(m.group(), tab.id, tab.max_words)
    return (pos + n, text[pos:pos + n]) if n else None


@lru_cache(maxsize=16384)
def _longest_prefix(words: str, table_id: str, max_words: int) -> int:
    """Length of the longest word prefix of `words` that is a name of the table (0: none)."""
    d = _data()
    tab = d.place_table if table_id == "places" else d.core_table
    table, prefixes = tab.table, tab.prefixes
    acc = ""
    best = 0
    for i, t in enumerate(_TOKEN_END_RX.finditer(words)):
        if i >= max_words:
            break
        acc += compact(t.group(0))
        if acc not in prefixes:
            break
        if acc in table:
            best = t.end()
    return best


def _place_at(text: str, pos: int) -> tuple[int, str, str] | None:
    """(end, canonical city, province) if a known place starts at `pos`."""
    if pos >= len(text) or not text[pos].isupper():
        return None
    tab = _data().place_table
    pm = (_FAST if text.isascii() else _EXACT).place_prefix.match(text, pos) if text[pos] == "K" else None
    for p in ((pm.end(), pos) if pm else (pos,)):
        hit = _longest_at(text, p, tab)
        if hit:
            city, prov = tab.table[compact(hit[1])]
            return hit[0], city, prov
    return None


#: The characters `_Pats.sep` can begin with (its blanks, the comma, the "d" of "di").
_SEP_FIRST = frozenset(" \t\u00a0,d")


def _city_after(text: str, pos: int) -> tuple[int, str, str] | None:
    """A city right after `pos`: ' Temanggung', ', Jambi', ' di Palembang', ' di Kabupaten Temanggung'."""
    # Most calls end at the first or second character (a word, or a space and a lower-case word): decided
    # here without the pattern.  Where `sep` can take nothing more, the city must start (upper case) there.
    n = len(text)
    if pos >= n:
        return None
    c = text[pos]
    if c not in _SEP_FIRST:  # sep matches "" at pos
        if c.isalnum() or not c.isupper():
            return None
    elif c == " " and pos + 1 < n:
        c = text[pos + 1]
        if c not in _SEP_FIRST and not c.isupper():  # sep matches the one space
            return None
    pats = _FAST if text.isascii() else _EXACT
    m = pats.sep.match(text, pos)
    if not m or m.end() == pos and pos < len(text) and text[pos].isalnum():
        return None
    q = m.end()
    if q >= len(text) or not text[q].isupper():
        return None  # `_place_at` needs an upper-case first letter
    hit = _place_at(text, q)
    if not hit:
        return None
    end, city, prov = hit
    # ", Bogor" after "Cibinong": the same city said twice is one mention
    m2 = pats.comma.match(text, end)
    if m2:
        hit2 = _place_at(text, m2.end())
        if hit2 and hit2[1] == city:
            end = hit2[0]
    return end, city, prov


def _registry_core_at(text: str, pos: int) -> tuple[int, str] | None:
    if pos >= len(text) or not text[pos].isupper():
        return None
    return _longest_at(text, pos, _data().core_table)


_LOWER_DESCRIPTORS = frozenset({"dan", "yang", "bagi", "dengan"})  # descriptors allowed in lower case


def _parse_tail(text: str, pos: int, *, descriptors_allowed: bool, lower_head: bool = False) -> dict[str, Any] | None:
    """Read what follows a head or acronym: descriptors, (ACR), name, city.

    Bounded token walk (no backtracking): each step consumes one element.  `lower_head`:
    the caller drops the parse unless it found a registry core or a quoted name, so
    None comes back early when it found neither.
    """
    d = _data()
    pats = _FAST if text.isascii() else _EXACT
    known_descriptors, stopwords, word_match = d.descriptors, d.stopwords, pats.word.match
    core_table = d.core_table
    descriptors: list[str] = []
    strong = quoted = False
    acronym = name = registry_core = city = province = ""
    name_start = name_end = -1
    end = pos  # end of what the mention takes so far
    n = len(text)
    phase = 0 if descriptors_allowed else 1  # 0 descriptors, 1 name
    name_tokens: list[tuple[int, int]] = []
    for _ in range(_MAX_STEPS):
        p = pos
        while p < n and text[p] in _BLANK_CHARS:
            p += 1
        if p >= n:
            break
        ch = text[p]
        # (ACR)
        if ch == "(" and not acronym and not name_tokens and not quoted:
            m = pats.paren_acr.match(text, p)
            if not m:
                break
            acronym = m.group(1)
            pos = end = m.end()
            phase = 1
            continue
        # quoted distinctive name
        if ch in _QUOTES_OPEN and not name_tokens and not quoted:
            m = pats.quoted.match(text, p)
            if not m:
                break
            g = 1 if m.group(1) is not None else 2
            name, name_start, name_end, quoted = m.group(g).strip(), m.start(g), m.end(g), True
            pos = end = m.end()
            rc = _registry_core_at(text, m.start(g))
            if rc and rc[0] >= m.end(g) - 1:
                registry_core = rc[1]
            break
        if not ch.isalpha():
            break
        # a registry core starts the name (`_registry_core_at`: upper case first)
        if not name_tokens and ch.isupper():
            rc = _longest_at(text, p, core_table)
            if rc:
                name, name_start, name_end, registry_core = rc[1], p, rc[0], rc[1]
                pos = end = rc[0]
                break
        wm = word_match(text, p)
        if not wm:
            break
        word = wm.group(0)
        cw = compact(word)
        upper = word[0].isupper()
        if phase == 0 and cw in known_descriptors and (upper or cw in _LOWER_DESCRIPTORS):
            descriptors.append(word)
            strong = strong or known_descriptors[cw]
            pos = wm.end()
            if upper:
                end = pos
            continue
        # not a name word (cheap tests first; each of these and a city ends the name)
        if not upper or cw in stopwords or word.isupper() and len(word) > 1:
            break
        if _place_at(text, p):  # a city ends the name
            break
        if _head_at(text, p):  # another unit head ("... Menjadi Sentra ...")
            break
        if lower_head:
            return None  # a name that is no registry core: neither a core nor a quote can follow now
        phase = 1
        e = wm.end()
        # titles inside names: "Prof. Dr. Soeharso"
        if e < n and text[e] == "." and len(word) <= 4 and pats.title_dot.match(text, e, min(n, e + 3)):
            e += 1
        name_tokens.append((p, e))
        pos = end = e
        if len(name_tokens) >= 5:
            break
    if lower_head and not registry_core and not quoted:
        return None
    if name_tokens and not name:
        name, name_start, name_end = text[name_tokens[0][0]:name_tokens[-1][1]], name_tokens[0][0], name_tokens[-1][1]
    # "Sentra Terpadu Pangudi Luhur (STPL) Bekasi": an acronym after the name, then the city
    q = _skip_blanks(text, end)
    am = pats.paren_acr.match(text, q) if name and text.startswith("(", q) else None
    if am and _city_after(text, am.end()):
        acronym = acronym or am.group(1)
        end = am.end()
    c = _city_after(text, end)
    if c:
        end, city, province = c
    return {"descriptors": descriptors, "strong": strong, "acronym": acronym, "name": name, "name_start": name_start,
            "name_end": name_end, "quoted": quoted, "registry_core": registry_core, "city": city,
            "province": province, "end": end}


@lru_cache(maxsize=4096)
def _fuzzy_core(name: str, city: str) -> dict[str, Any] | None:
    """Registry row whose core is a close spelling of `name` (Alyatam, Inten Suweno), anchored by city."""
    d = _data()
    cn = compact(name)
    if len(cn) < 5:
        return None
    best, best_score = None, 0.0
    for row in d.rows:
        if city and row["cities"] and compact(city) not in row["cities"]:
            continue
        need = 85.0 if city else 92.0
        for c in row["cores"]:
            s = fuzz.ratio(cn, compact(c))
            if s >= need and s > best_score:
                best, best_score = row, s
    return best


def _lookup_core(name: str, city: str) -> tuple[dict[str, Any] | None, bool]:
    """(registry row, city_conflict) for a distinctive name as written."""
    d = _data()
    rows = d.core_index.get(compact(name)) or []
    if not rows:
        # a run like "Pangudi Luhur I Ketut" was already cut at the registry core; try fuzzy
        row = _fuzzy_core(name, city)
        rows = [row] if row else []
    if not rows:
        return None, False
    if city:
        cc = compact(city)
        for r in rows:
            if not r["cities"] or cc in r["cities"]:
                return r, False
        return rows[0], True
    return rows[0], False


@lru_cache(maxsize=8192)
def _acronym_match(token: str) -> tuple[str, int] | None:
    """(known acronym, distance) for an all-caps token, exact or within a bounded edit distance."""
    d = _data()
    t = token.upper()
    if t in d.acronyms:
        return t, 0
    if len(t) < 4:
        return None
    best: tuple[str, int] | None = None
    for a in d.acronyms:
        lim = 1 if len(a) <= 6 else 2
        dist = Levenshtein.distance(t, a, score_cutoff=lim)
        if dist <= lim and (best is None or dist < best[1]):
            best = (a, dist)
    return best


def _descriptor_acronym(head: str, descriptors: list[str]) -> str:
    """Acronym implied by a spelled-out form ('Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial')."""
    return _expansion_acronym(head, tuple(descriptors))


@lru_cache(maxsize=4096)
def _expansion_acronym(head: str, descriptors: tuple[str, ...]) -> str:
    return _data().expansion_index.get(compact(head + " " + " ".join(descriptors)), "")


def _is_venue(text: str, start: int, end: int, row: dict[str, Any] | None) -> bool:
    k, index = _data().venue_index
    ch = text[start] if start < len(text) else ""
    if k and ch.isascii() and ch.isalnum() and ch.lower() not in _venue_initials():
        return False  # the compact span starts with this letter, and no venue does
    span = compact(text[start:end])
    for v in index.get(span[:k], ()) if len(span) >= k else ():
        if span.startswith(v):
            if row is not None and any(c in span[len(v):] for c in row["cities"] if c):
                return False
            return True
    return False


@lru_cache(maxsize=1)
def _venue_initials() -> frozenset[str]:
    return frozenset(v[0] for v in _data().venues if v)


def _from_head(text: str, m: Any) -> _Mention | None:
    """Parse a unit that starts with a type head (Balai, Sentra Terpadu, Panti Sosial ...)."""
    d = _data()
    start, hend = m.start(), m.end()
    head_name, utype, need = d.heads.get(compact(m.group(0)), (m.group(0), "balai", "strong"))
    lower = not text[start].isupper()
    if lower and _lower_tail_hopeless(text, hend):
        return None
    t = _parse_tail(text, hend, descriptors_allowed=True, lower_head=lower)
    if t is None or lower and not (t["registry_core"] or (t["quoted"] and t["city"])):
        return None  # lower-case "sentra" only with a known or quoted name: "kepala sentra Paramita"
    acr = t["acronym"].upper() if t["acronym"] else _descriptor_acronym(head_name, t["descriptors"])
    if acr in d.acronyms and d.acronyms[acr].get("type"):
        utype = d.acronyms[acr]["type"]
    return _resolve(text, start, t, utype, acr, need, "registry")


def _lower_tail_hopeless(text: str, pos: int) -> bool:
    """True when the parse after a lower-case head ("sentra itu") can find neither a registry core nor a
    quoted name, judged from its first step (what `_parse_tail` does first): no "(" or quote opens it, and
    it is no letter or a lower-case word that is no lower-case descriptor ("dan", "yang" ...)."""
    p = _skip_blanks(text, pos)
    if p >= len(text):
        return True
    ch = text[p]
    if ch == "(" or ch in _QUOTES_OPEN:
        return False
    if not ch.isalpha():
        return True
    if ch.isupper():
        return False
    wm = (_FAST if text.isascii() else _EXACT).word.match(text, p)
    cw = compact(wm.group(0)) if wm else ""
    return not (cw in _LOWER_DESCRIPTORS and cw in _data().descriptors)


def _resolve(text: str, start: int, t: dict[str, Any], utype: str, acr: str, need: str, via: str) -> _Mention | None:
    """Turn a parsed tail into a mention: registry row, or a new unit by shape, or nothing."""
    d = _data()
    end = t["end"]
    name, city = t["name"], t["city"]
    if name:
        row, conflict = _lookup_core(name, city)
        if row is not None and not conflict:
            if _is_venue(text, start, end, row):
                return _Mention(start, end, "venue")
            return _Mention(start, end, via, row=row, core=t["registry_core"] or name, city=city or row.get("city", ""),
                            province=row.get("province", ""), utype=row.get("type") or utype, acronym=acr,
                            quoted=t["quoted"], name_text=name, written_type=utype)
        # unregistered distinctive name: validate the shape
        words = (_FAST if name.isascii() else _EXACT).words.findall(name)
        first = compact(words[0]) if words else ""
        if not first or first in d.stopwords:
            return None
        if _is_venue(text, start, end, None):
            return _Mention(start, end, "venue")
        ok = t["quoted"] or t["strong"] or (need == "city" and bool(city)) or (acr in d.acronyms and bool(city))
        if not ok and need == "city" and via == "registry":
            # "Sentra Bhakti Luhur melayani ...": a short name that ends where running text resumes
            nxt = _skip_blanks(text, end)
            ok = len(words) <= 3 and (nxt >= len(text) or not text[nxt].isalnum() or text[nxt].islower())
        if not ok:
            return None
        return _Mention(start, end, "shape", core=name, city=city, province=t["province"], utype=utype,
                        acronym=acr, quoted=t["quoted"], name_text=name, written_type=utype)
    # no distinctive name: units keyed by acronym + city (BBPPKS Yogyakarta)
    if acr and city:
        row = d.city_acr_index.get((acr, compact(city)))
        if row is None:
            a = _acronym_match(acr)
            row = d.city_acr_index.get((a[0], compact(city))) if a else None
        if row is not None:
            return _Mention(start, end, via, row=row, core=acr, city=row.get("city", city),
                            province=row.get("province", ""), utype=row.get("type") or utype, acronym=acr,
                            written_type=utype)
        info = d.acronyms.get(acr)
        if info and info.get("keyed_by") == "city":
            return _Mention(start, end, "shape", core=acr, city=city, province=t["province"],
                            utype=info.get("type") or utype, acronym=acr, name_text=acr)
    return None


def _from_acronym(text: str, start: int, end: int, hit: tuple[str, int]) -> _Mention | None:
    """Parse 'BRSAMPK Alyatama Jambi', 'BBRRSPDI "Kartini" Temanggung', 'BBPPKS Yogyakarta' (the token at start:end)."""
    d = _data()
    acr, dist = hit  # `_acronym_match` of the token
    t = _parse_tail(text, end, descriptors_allowed=False)
    assert t is not None  # only a lower-case head's parse can stop early
    info = d.acronyms[acr]
    if dist > 0 and not (t["registry_core"] or t["quoted"]):
        # a typo acronym needs an anchor: the distinctive name, or for city-keyed
        # families (BBPPKS) a city with a registry unit of that family
        if not (info.get("keyed_by") == "city" and not t["name"] and t["city"]
                and (acr, compact(t["city"])) in d.city_acr_index):
            return None
    need = "city" if info.get("keyed_by") == "city" else "strong"
    if not t["name"] and info.get("keyed_by") != "city" \
            and not (t["city"] and (acr, compact(t["city"])) in d.city_acr_index):
        return None
    t = dict(t)
    t["strong"] = False
    mention = _resolve(text, start, t, info.get("type", "balai"), acr, need, "acronym")
    return mention


def _from_alias(text: str, m: Any) -> _Mention | None:
    """A registry alias that names the unit by itself; swallow a following '(ACR)' and city."""
    d = _data()
    if not text[m.start()].isupper():
        return None
    row = d.alias_index.get(compact(m.group(0)))
    if row is None:
        return None
    # "Pusdatin Kementerian Kesehatan": another ministry's unit
    after = text[m.end():m.end() + 40]
    fm = _OTHER_MINISTRY_RX.match(after)
    if fm and compact(fm.group(1) + fm.group(2))[:3] not in {"sos", ""}:
        return None
    end = m.end()
    pm = _BLANKS_RX.match(text, end)
    am = _PAREN_ACR_RX.match(text, pm.end())
    if am:
        end = am.end()
    c = _city_after(text, end)
    if c and row["cities"] and compact(c[1]) in row["cities"]:
        end = c[0]
    return _Mention(m.start(), end, "registry", row=row, core=m.group(0), city=row.get("city", ""),
                    province=row.get("province", ""), utype=row.get("type", ""))


# ---------------------------------------------------------------------------
# document level


def _key(mn: _Mention) -> str:
    if mn.row is not None:
        return mn.row["key"]
    base = slug(mn.core)
    return f"{base}-{slug(mn.city)}" if mn.city else base


def _select(cands: list[_Mention]) -> list[_Mention]:
    """Keep the longest non-overlapping mentions (registry wins ties)."""
    rank = {"registry": 0, "acronym": 1, "venue": 2, "shape": 3, "shortref": 4}
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), rank.get(c.mention, 9)))
    out: list[_Mention] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


def find_mentions(text: str) -> list[_Mention]:
    """All full unit mentions (registry, acronym, shape) in `text`, in order, without overlaps.

    Venue look-alikes ("Balai Kartini" in Jakarta) come back as mention="venue" so that
    later passes leave them alone; callers drop them."""
    d = _data()
    cands: list[_Mention] = []
    for m in _scan(text, "head"):
        mn = _from_head(text, m)
        if mn:
            cands.append(mn)
    for s, e in _acronym_tokens(text):
        hit = _acronym_match(text[s:e])
        if hit is None:
            continue  # most all-caps tokens are no unit acronym (cached)
        mn = _from_acronym(text, s, e, hit)
        if mn:
            cands.append(mn)
    for m in _scan(text, "alias"):
        mn = _from_alias(text, m)
        if mn:
            cands.append(mn)
    return _select(cands)


def _bare_refs(text: str, full: list[_Mention]) -> list[_Mention]:
    """Bare distinctive names: shortrefs to units named in the document, or registry units
    whose core is followed by their city or is distinctive alone (bare=1)."""
    d = _data()
    pats = _FAST if text.isascii() else _EXACT
    named = {}
    for mn in full:
        if mn.mention != "venue":
            named.setdefault(_key(mn), mn)
    out: list[_Mention] = []
    taken = sorted((mn.start, mn.end) for mn in full)  # non-overlapping
    starts = [a for a, _b in taken]

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and taken[i][1] > s:
            return False
        return not (i + 1 < len(taken) and taken[i + 1][0] < e)

    def proper_context(s: int, e: int) -> bool:
        # part of a longer proper name ("Sri Handayani", "Universitas Budi Luhur")?
        before = text[max(0, s - 30):s]
        pm = pats.prev_word.search(before)
        if not pm or not pm.group(1)[0].isupper() or d.head_rx.fullmatch(pm.group(1)):
            return False
        if pm.group(2):  # "R.A. Kartini", "Dr. R. Soeharso": an initial or title; a longer word ends a sentence
            return len(pm.group(1)) <= 3
        # a capitalised word that opens a sentence or quote is a function word ("Kalau Pangudi Luhur bisa")
        lead = before[:pm.start()].rstrip(" \t")
        return not (not lead or lead[-1] in ".!?:\n\"\u201c(")

    listed = sorted(mn.end for mn in full if mn.mention in {"registry", "acronym", "shape"})
    last_bare = -1

    def continues_list(s: int) -> bool:
        # "Sentra Handayani, Paramita, dan Phalamartha": a name listed after a unit shares its head
        i = bisect.bisect_right(listed, s) - 1
        prev = max(listed[i] if i >= 0 else -1, last_bare)
        return prev >= 0 and s - prev <= 12 and bool(_LIST_GAP_RX.fullmatch(text, prev, s))

    for m in _scan(text, "core"):
        s, e = m.start(), m.end()
        if not text[s].isupper() or not free(s, e):
            continue
        rows = d.core_index.get(compact(m.group(0))) or []
        if not rows:
            continue
        row = rows[0]
        if continues_list(s):
            c = _city_after(text, e)
            end = c[0] if c and compact(c[1]) in row["cities"] else e
            out.append(_Mention(s, end, "registry", row=row, core=m.group(0), city=row.get("city", ""),
                                province=row.get("province", ""), utype=row.get("type", "")))
            last_bare = end
            continue
        if proper_context(s, e):
            continue
        if row["key"] in named:
            out.append(_Mention(s, e, "shortref", row=row, core=m.group(0), city=row.get("city", ""),
                                province=row.get("province", ""), utype=row.get("type", "")))
            continue
        c = _city_after(text, e)
        if c and compact(c[1]) in row["cities"]:
            out.append(_Mention(s, c[0], "registry", row=row, core=m.group(0), city=row.get("city", ""),
                                province=row.get("province", ""), utype=row.get("type", "")))
        elif row.get("bare") == "1":
            out.append(_Mention(s, e, "registry", row=row, core=m.group(0), city=row.get("city", ""),
                                province=row.get("province", ""), utype=row.get("type", "")))
    # names of units found by shape (not in the registry)
    shape_names = {compact(mn.core): mn for mn in full
                   if mn.mention == "shape" and mn.core and len(compact(mn.core)) >= 4}
    for cn, src in shape_names.items():
        pat = src.core
        i = 0
        while True:
            j = text.find(pat, i)
            if j < 0:
                break
            i = j + len(pat)
            k = j + len(pat)
            if (j > 0 and text[j - 1].isalnum()) or (k < len(text) and text[k].isalnum()):
                continue
            if free(j, k) and not proper_context(j, k):
                out.append(_Mention(j, k, "shortref", core=src.core, city=src.city, province=src.province,
                                    utype=src.utype, attrs={"key": _key(src)}))
    return out


def _anaphors(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """'balai tersebut', 'sentra itu': link to the nearest unit mentioned before."""
    out = []
    d = _data()
    pats = _FAST if text.isascii() else _EXACT
    ordered = sorted(mentions, key=lambda x: x.end)
    ends = [x.end for x in ordered]
    by_start = sorted((x.start, x.end) for x in mentions)
    starts = [a for a, _b in by_start]
    for m in _scan(text, "anaphor"):
        pw = pats.prev_token.search(text, max(0, m.start() - 30), m.start())
        if pw and (pw.group(1).lower() in d.quantifiers or pw.group(1).isdigit()):
            continue  # "enam sentra ini": plural / generic
        i = bisect.bisect_right(ends, m.start()) - 1
        if i < 0:
            continue
        src = ordered[i]
        j = bisect.bisect_left(starts, m.end())
        if any(b > m.start() for _a, b in by_start[max(0, j - 3):j]):
            continue  # inside a full mention
        out.append(_Mention(m.start(), m.end(), "shortref", row=src.row, core=src.core, city=src.city,
                            province=src.province, utype=src.utype, attrs={"key": _key(src)}))
    return out


def _unify_shape_keys(mentions: list[_Mention]) -> dict[int, str]:
    """Within a document a shape unit named once with its city and once without is one unit."""
    keys: dict[int, str] = {}
    with_city: dict[str, str] = {}
    for mn in mentions:
        if mn.row is None and mn.city and mn.core:
            with_city.setdefault(slug(mn.core), _key(mn))
    for i, mn in enumerate(mentions):
        k = mn.attrs.get("key") or _key(mn)
        if mn.row is None and not mn.city and slug(mn.core) in with_city:
            k = with_city[slug(mn.core)]
        keys[i] = k
    return keys


def _display_name(text: str, mn: _Mention) -> str:
    if mn.row is not None:
        return mn.row.get("name") or mn.row["key"]
    return _clean_name(text[mn.start:mn.end])


@lru_cache(maxsize=8192)
def _clean_name(raw: str) -> str:
    """A unit name as written, with its blanks collapsed and its quotes removed."""
    raw = (_FAST if raw.isascii() else _EXACT).spaces.sub(" ", raw).strip()
    return raw.replace("\u201c", "").replace("\u201d", "").replace('"', "")


def analyse(text: str) -> list[tuple[_Mention, str]]:
    """Every unit mention in `text` with its key (full mentions, bare names, demonstratives)."""
    found = find_mentions(text)
    full = [mn for mn in found if mn.mention != "venue"]
    bare = _bare_refs(text, found)
    allm = sorted(full + bare, key=lambda x: x.start)
    allm = sorted(allm + _anaphors(text, allm), key=lambda x: x.start)
    keys = _unify_shape_keys(allm)
    return [(mn, keys[i]) for i, mn in enumerate(allm)]


def extract(doc: Document) -> None:
    """Append unit spans to doc.spans["units"]."""
    text = doc.text
    if not text:
        return
    # names of shape units with a city in this document (for shortref key names)
    names: dict[str, str] = {}
    results = analyse(text)
    regional = {key for mn, key in results if mn.row is None and _other_owner_rx().match(text, mn.end)}
    # "Kepala Sentra Lamhot Parulian Simanjuntak, S.Sos.": a name with a degree after it is a person's
    if "," in text:
        results = [(mn, key) for mn, key in results
                   if mn.row is not None or mn.mention == "shortref" or not _degree_after(text, mn.end)]
    if regional:  # a province's or a district's panti: not a Kemensos unit, nor any mention of it
        results = [(mn, key) for mn, key in results if key not in regional]
    for mn, key in results:
        if mn.mention != "shortref" and key not in names:
            names[key] = _display_name(text, mn)
    for mn, key in results:
        if mn.row is not None:
            unit_name = mn.row.get("name")
        else:
            unit_name = names[key] if key in names else _display_name(text, mn)
        city = (mn.row.get("city") if mn.row is not None else mn.city) or ""
        province = (mn.row.get("province") if mn.row is not None else mn.province) or ""
        doc.add(UNIT, doc.span(mn.start, mn.end, "UNIT", key, unit_key=key, unit_name=unit_name,
                               unit_type=(mn.row.get("type") if mn.row is not None else mn.utype) or "",
                               city=city, province=province, mention=mn.mention, core=mn.core,
                               acronym=mn.acronym, written_type=mn.written_type))


# ---------------------------------------------------------------------------
# API for other stages


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in {"cities"}}


@lru_cache(maxsize=1)
def _other_owner_rx() -> Any:
    """`.match` right after a unit: it belongs to a regional government (unit_other_owners.txt)."""
    owners = "|".join(_phrase_pattern(w) for w in load_lines("unit_other_owners.txt"))
    return re.compile(r"(?i)[\s,]*(?:yang\s+)?(?:milik|di\s+bawah(?:\s+naungan)?|dikelola|binaan)\s+(?:" + owners + r")\b")


def _degree_after(text: str, pos: int) -> bool:
    """An academic degree follows `pos` after a comma (", S.Sos."): the people stage's pattern."""
    from .people import lexicon  # lazy: the people stage's lexicon, built once per process

    m = lexicon().degrees_re.match(text, pos)
    return m is not None and "," in m.group(0)


@lru_cache(maxsize=1)
def recipient_only_keys() -> frozenset[str]:
    """Keys of central units (Ditjen, Itjen, Biro, Badan) that are units of a document only where an
    award names them as its recipient (units.csv `recipient_only`): elsewhere they organise,
    sign a release or sit inside a title."""
    return frozenset(r["key"] for r in load_csv("units.csv") if r.get("recipient_only") == "1")


def drop_unawarded(doc: Document, recipients: set[str]) -> None:
    """Remove mentions of `recipient_only_keys` units that no award of the document goes to."""
    only = recipient_only_keys()
    spans = doc.spans.get(UNIT)
    if spans and only:
        doc.spans[UNIT] = [s for s in spans if s.value not in only or s.value in recipients]


def registry() -> list[dict[str, Any]]:
    """Registry rows (units.csv) with parsed lists: cores, acronym_list, alias_list."""
    return [_public(r) for r in _data().rows]


def lookup(name: str) -> dict[str, Any] | None:
    """Registry row for a unit name, acronym form or alias as written ('BRSAMPK Alyatama',
    'Sentra Terpadu "Inten Suweno" Bogor', 'Pusdatinkesos', 'Kartini'), else None."""
    if not name or not name.strip():
        return None
    d = _data()
    cn = compact(name)
    if cn in d.alias_index:
        return _public(d.alias_index[cn])
    for mn in find_mentions(name):
        if mn.row is not None and mn.mention != "venue":
            return _public(mn.row)
    rows = d.core_index.get(cn)
    if rows:
        return _public(rows[0])
    for m in d.core_rx.finditer(name):
        rows = d.core_index.get(compact(m.group(0)))
        if rows:
            return _public(rows[0])
    return None
