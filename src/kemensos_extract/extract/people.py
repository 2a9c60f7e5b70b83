"""People and their positions, found through the cues of the genre.

No trained Indonesian NER runs offline, so names come from rules over a light
token stream plus lexicons in `data/`:

* a title before the name (``Sekretaris Jenderal Kementerian Sosial RI Hartono Laras``,
  ``Kepala Balai Anak Handayani Jakarta, Hasrifah Musa``), or after it in apposition
  (``Adrianus Alla, Kepala Subbagian ...``), or a role (``wartawan senior Suryo Pratomo``);
* ``yang dipimpin oleh I Ketut Supena`` (the name heads the unit just named);
* reporting verbs (``kata Hartono``, ``Menurut Harry``, ``Hasrifah menegaskan``);
* ``Salah seorang warga dampingan, Sumiati,``; ``Ibu/Bapak Nama``; list continuations
  (``... Prof. DR. Siti Zuhro dan JB Kristiadi``); ``kepada/untuk Nama``;
* the signature block (a title line followed by a name line) at the end of a release.

Within a document every mention is resolved to one full name (token subset,
nickname prefix such as ``Risma`` -> ``Tri Rismaharini``, bare titles such as
``Sekjen`` when exactly one person holds that title) and carries the best
position found for that person.  stanza's PROPN tags are used as extra evidence
for the weak cues when stanza and its Indonesian models are available.
"""
from __future__ import annotations

import bisect
import logging
import re
from collections import namedtuple
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, compress, count, islice
from operator import attrgetter, eq, itemgetter, not_

import regex

from ..model import PERSON, UNIT, Document
from ..resources import load_csv, load_lines, split_list

log = logging.getLogger(__name__)

# Tokens: words (with inner apostrophes/hyphens and dotted initials like H.M. / M.A.P.),
# numbers, or any single other character.  Linear: no nested quantifiers over the same chars.
_TOKEN_RE = regex.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:\.(?:[^\W\d_]{1,3}\.)*)?|\d+(?:[.,/]\d+)*|\S")
_CAMEL_RE = regex.compile(r"\p{Ll}\p{Lu}")
_SPACE_PUNCT_RE = regex.compile(r"\s+([,.;:)])")
_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
_CONNECT = {"dan", "pada", "di", "&", "/", "-", "serta"}
_NAME_PARTICLES = {"bin", "binti", "van", "der", "de", "da", "al", "el", "von", "ter"}
_BALINESE = {"I", "Ni"}
_MAX_NAME = 6
# Look-back bound (tokens) for cues that search their sentence: keeps a 1 MB sentence linear.
_WINDOW = 60

# Indonesian verb prefixes: a lower-case word with one of these is not part of a role description.
_VERB_PREFIXES = ("me", "ber", "di", "ter")
# Cues that alone make a weak case for a new person: with stanza, they need a PROPN.
_WEAK = {"speech", "honorific", "say_subject", "list", "lead"}
# Cue priority: which mention's position wins for a person.
_PRIORITY = {"title": 5, "signature": 5, "apposition": 5, "led_by": 4, "role": 3, "list_of": 3,
             "as": 3, "affiliation": 1}


# --------------------------------------------------------------------------- lexicons
def _low(s: str) -> str:
    return s.lower().rstrip(".")


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]  # lower-cased tokens of one spelling
    canonical: str
    kind: str
    organisation: str
    default_org: str
    heads_unit: bool
    area: bool = False
    lower_ok: bool = False  # counts in lower case before a capitalised organisation ("anggota Ombudsman RI")


@dataclass(frozen=True)
class Lex:
    titles: dict[str, tuple[Title, ...]]  # first token -> spellings, longest first
    title_trie: dict  # word -> child node; key "" holds the titles ending there
    title_words: frozenset[str]
    honorifics: frozenset[str]
    degrees_re: "regex.Pattern[str]"
    stop: frozenset[str]
    qual: frozenset[str]
    places: frozenset[str]
    abbrev: dict[str, str]
    cues: dict[str, frozenset[str]]
    cue_phrases: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # kind -> first word -> phrases
    cue_last: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # kind -> last word -> phrases
    cue_triggers: frozenset[str]  # first words of every cue the cue pass reacts to
    unit_heads: tuple[tuple[str, ...], ...]
    unit_acr_re: tuple["regex.Pattern[str]", ...]
    org_heads: frozenset[str]
    name_abbrev: frozenset[str]
    stop_re: tuple["regex.Pattern[str]", ...]
    degree_toks: frozenset[str]
    person_nouns: frozenset[str]
    area_heads: frozenset[str]
    byline_re: "regex.Pattern[str]"
    # necessary condition of `degrees_re` (same shape, degrees cut to their first two characters,
    # `re`'s \s a superset of `regex`'s): a cheap test that skips the big alternation after most names
    degrees_gate: "re.Pattern[str]"


def _toks(s: str) -> list[str]:
    return [m.group() for m in _TOKEN_RE.finditer(s)]


def _by_first(phrases: list[tuple[str, ...]], reverse: bool = False) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Index phrases by their first word (longest first); `reverse` un-reverses them after indexing."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ph in sorted(phrases, key=len, reverse=True):
        out.setdefault(ph[0], []).append(tuple(reversed(ph)) if reverse else ph)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lex:
    """Build every lookup table once per process from the data files."""
    titles: dict[str, list[Title]] = {}
    title_words: set[str] = set()
    for row in load_csv("positions.csv"):
        for sp in split_list(row["spellings"]):
            words = tuple(_low(t) for t in _toks(sp))
            if not words:
                continue
            t = Title(words, row["canonical"], row["kind"], row.get("organisation", ""),
                      row.get("default_org", ""), row.get("heads_unit", "").lower() == "yes",
                      (row.get("area") or "").lower() == "yes", (row.get("lowercase") or "").lower() == "yes")
            titles.setdefault(words[0], []).append(t)
            if row["kind"] != "role":
                title_words.update(w for w in words if len(w) > 2)
    title_words -= {_low(w) for w in load_lines("person_name_words.txt")}  # "Raja Fitriani Hamid"
    frozen = {k: tuple(sorted(v, key=lambda t: -len(t.words))) for k, v in titles.items()}
    honor = frozenset(load_lines("honorifics.txt"))
    degrees = sorted(load_lines("person_degrees.txt"), key=len, reverse=True)
    degrees_re = regex.compile(r"\s*,?\s*(?:" + "|".join(regex.escape(d) for d in degrees) + r")(?![\w(])")
    places: set[str] = set()
    for p in load_lines("person_places.txt"):
        places.update(_low(w) for w in p.split())
    qual = frozenset({_low(w) for w in load_lines("position_words.txt")} | places)
    stop_lines = load_lines("person_stopwords.txt")
    stop_re = tuple(regex.compile(ln[3:]) for ln in stop_lines if ln.startswith("re:"))
    stop = frozenset({_low(w) for ln in stop_lines if not ln.startswith("re:") for w in ln.split()} | qual | title_words
                     | {_low(h) for h in honor if len(h.rstrip(".")) > 3})
    abbrev = {r["abbr"].lower(): r["expansion"] for r in load_csv("position_abbreviations.csv")}
    cues: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for r in load_csv("person_cues.csv"):
        words = tuple(r["cue"].lower().split())
        if len(words) == 1:
            cues.setdefault(r["kind"], set()).add(words[0])
        phrases.setdefault(r["kind"], []).append(words)
    heads, acr = [], []
    for ln in load_lines("person_unit_heads.txt"):
        if ln.startswith("re:"):
            acr.append(regex.compile(ln[3:]))
        else:
            heads.append(tuple(w.lower() for w in ln.split()))
    labels = sorted(load_lines("person_bylines.txt"), key=len, reverse=True)
    byline_re = regex.compile(r"^\s*(?:" + "|".join(regex.escape(b) for b in labels) + r")\s*[:：]", regex.I | regex.M)
    trie: dict = {}
    for ts in frozen.values():
        for t in ts:
            node = trie
            for w in t.words:
                node = node.setdefault(w, {})
            node.setdefault("", []).append(t)
    return Lex(frozen, trie, frozenset(title_words), honor, degrees_re, stop, qual, frozenset(places), abbrev,
               {k: frozenset(v) for k, v in cues.items()},
               {k: _by_first(v) for k, v in phrases.items()},
               {k: _by_first([tuple(reversed(p)) for p in v], reverse=True) for k, v in phrases.items()},
               frozenset({p[0] for k in ("list_of", "alias", "led_by", "full_name") for p in phrases.get(k, [])}
                         | cues.get("speech_before", set()) | cues.get("lead", set()) | cues.get("honor", set())),
               tuple(sorted(heads, key=len, reverse=True)), tuple(acr),
               frozenset(w.lower() for w in load_lines("position_org_heads.txt")),
               frozenset(load_lines("person_name_abbrev.txt")) | frozenset(load_lines("abbreviations.txt"))
               | frozenset(t for ts in titles.values() for x in ts for t in _toks(" ".join(x.words)) if t.endswith(".")),
               stop_re,
               frozenset(t for d in degrees for t in _toks(d)) | frozenset(degrees),
               frozenset({w.lower() for w in load_lines("person_nouns.txt")}
                         | {t.words[0] for ts in frozen.values() for t in ts if t.kind == "role"}),
               frozenset(_low(w) for w in load_lines("position_area_heads.txt")), byline_re,
               re.compile(r"\s*,?\s*(?:" + "|".join(sorted({re.escape(d[:2]) for d in degrees})) + ")"))


# --------------------------------------------------------------------------- tokens
# A token of a document is its `_Word` (what the text is: shared by every occurrence, cached across
# documents) at an index; where it is lives in the document's parallel lists (starts, ends, lines).
# Tuple subclasses reuse namedtuple's fast field getters.
_WordFields = namedtuple("_WordFields", "text low cap is_word acronym scan")
_TokFields = namedtuple("_TokFields", "text start end low line cap is_word acronym")


class _Word(tuple):
    """Shape of a token text, computed once: `low` (lower case, final periods dropped when the
    text is longer than one character), `cap` = starts with a capital, `is_word` = starts with a
    letter, `acronym` = 2+ letters, all capitals, no final period ("BKKBN", "JB"), `scan` = its
    word starts some cue a pass scans for."""

    __slots__ = ()
    text = _WordFields.text
    low = _WordFields.low
    cap = _WordFields.cap
    is_word = _WordFields.is_word
    acronym = _WordFields.acronym
    scan = _WordFields.scan

    def __repr__(self) -> str:
        return f"_Word({self.text!r})"


class Tok(tuple):
    """A token with its position (what `tokenize` returns): (text, start, end, low, line, cap, is_word, acronym)."""

    __slots__ = ()
    text = _TokFields.text
    start = _TokFields.start
    end = _TokFields.end
    low = _TokFields.low
    line = _TokFields.line
    cap = _TokFields.cap
    is_word = _TokFields.is_word
    acronym = _TokFields.acronym

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.start}, {self.end})"


# White_Space as the `regex` module's \s defines it (tests/unit/test_people.py checks it): the
# token pattern never matches these, so text can be cut into whitespace-free chunks first.
_WS_SPLIT_RE = re.compile("([\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+)")
_CACHE_MAX = 100_000  # entries per cache below (cleared when full: memory stays bounded on hostile input)
_SHAPES: dict[str, _Word] = {}  # token text -> its shape
_CHUNK_WORDS: dict[str, "_Word | _Split"] = {}  # whitespace-free chunk -> _chunk_entry(chunk)
_GAP_NEWLINES: dict[str, int] = {}  # white-space run -> its number of "\n" (few distinct runs)
_SCAN_FLAG = itemgetter(5)  # _Word.scan
_TEXT = itemgetter(0)  # _Word.text
_LOW = itemgetter(1)  # _Word.low
_START = attrgetter("start")


def _shape(t: str) -> _Word:
    """The shape of a token text; cached across documents."""
    out = _SHAPES.get(t)
    if out is not None:
        return out
    c = t[:1]
    cap = c.isupper()
    acronym = cap and len(t) > 1 and t[-1] != "." and t.isupper() and sum(ch.isalpha() for ch in t) >= 2
    low = t.lower().rstrip(".") if len(t) > 1 and t[-1] == "." else t.lower()
    out = _Word((t, low, cap, c.isalpha(), acronym, low in _scan_words()))
    if len(_SHAPES) >= _CACHE_MAX:
        _SHAPES.clear()
    _SHAPES[t] = out
    return out


class _Split(list):
    """A chunk that is not one token: its tokens' words and their starts/ends relative to the chunk.

    Always empty as a list, so it is falsy and a `_Word` (a non-empty tuple) is truthy: one C-level
    pass over a document's chunk entries finds the chunks to split."""

    __slots__ = ("words", "starts", "ends")

    def __init__(self, words: tuple[_Word, ...], starts: tuple[int, ...], ends: tuple[int, ...]):
        super().__init__()
        self.words, self.starts, self.ends = words, starts, ends


def _chunk_entry(chunk: str) -> "_Word | _Split":
    """What a whitespace-free chunk is made of; cached across documents (`_CHUNK_WORDS`).

    The `_Word` of the chunk when it is one token as it stands (nearly always), else a `_Split`
    (no tokens for "").  A period is split off a word of 4+ characters that holds no other period
    (unless the word is a known abbreviation or honorific); a run of one punctuation mark
    (". . ." written without spaces) is one token.
    """
    res: _Word | _Split
    if not chunk:
        res = _Split((), (), ())
    elif chunk.isalpha():
        res = _shape(chunk)  # every letter of str.isalpha() is a letter of _TOKEN_RE: one word
    else:
        keep_dot = _keep_dot()
        out: list[list] = []
        for m in _TOKEN_RE.finditer(chunk):
            s, e = m.span()
            t = m.group()
            if len(t) == 1 and not t.isalnum() and out and out[-1][0] == t:
                out[-1][2] = e
                continue
            if t[-1] == "." and len(t) >= 4 and t.count(".") == 1 and t not in keep_dot:
                out.append([t[:-1], s, e - 1])
                out.append([".", e - 1, e])
                continue
            out.append([t, s, e])
        if len(out) == 1 and out[0] == [chunk, 0, len(chunk)]:
            res = _shape(chunk)
        else:
            res = _Split(tuple(_shape(x[0]) for x in out), tuple(x[1] for x in out), tuple(x[2] for x in out))
    if len(_CHUNK_WORDS) >= _CACHE_MAX:
        _CHUNK_WORDS.clear()
    _CHUNK_WORDS[chunk] = res
    return res


@lru_cache(maxsize=1)
def _honorific_starts() -> frozenset[str]:
    """Token texts `_skip_honorifics` can step over first: honorifics, and those with a final
    period written apart ("Dr ." -> "Dr")."""
    honor = lexicon().honorifics
    return honor | frozenset(h[:-1] for h in honor if h.endswith("."))


@lru_cache(maxsize=1)
def _keep_dot() -> frozenset[str]:
    lex = lexicon()
    return lex.honorifics | lex.name_abbrev


@lru_cache(maxsize=1)
def _scan_words() -> frozenset[str]:
    """Lower-cased words that start any cue a pass scans for (titles, cue triggers, speech verbs,
    unit heads): only tokens with these words are looked at by the scanning passes."""
    lex = lexicon()
    return frozenset(lex.title_trie) | lex.cue_triggers | _speech_verbs() | frozenset(_heads_by_first()) \
        | lex.cues.get("award_context", frozenset())


@lru_cache(maxsize=1)
def _phrase_seconds() -> dict[str, frozenset[str] | None]:
    """First word of a cue phrase -> the second words of the phrases starting with it (None when one
    of them is that word alone): a phrase can only start where the next token is one of these."""
    out: dict[str, set[str] | None] = {}
    for by_first in lexicon().cue_phrases.values():
        for w, phrases in by_first.items():
            for ph in phrases:
                if len(ph) == 1:
                    out[w] = None
                elif out.setdefault(w, set()) is not None:
                    out[w].add(ph[1])  # type: ignore[union-attr]
    return {w: (frozenset(v) if v is not None else None) for w, v in out.items()}


@lru_cache(maxsize=1)
def _scan_groups() -> tuple[frozenset[str], ...]:
    """The words of `_scan_words` by pass: title starts, cue triggers, speech verbs, unit heads, award words."""
    lex = lexicon()
    return (frozenset(lex.title_trie), lex.cue_triggers, _speech_verbs(), frozenset(_heads_by_first()),
            lex.cues.get("award_context", frozenset()))


@lru_cache(maxsize=1)
def _phrase_kinds() -> dict[str, frozenset[str]]:
    """First word -> the cue kinds with a phrase starting with it (the cue pass tries only those)."""
    out: dict[str, set[str]] = {}
    for kind, by_first in lexicon().cue_phrases.items():
        for w in by_first:
            out.setdefault(w, set()).add(kind)
    return {w: frozenset(k) for w, k in out.items()}


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    lex = lexicon()
    return lex.cues.get("speech_after", frozenset()) | lex.cues.get("say_after", frozenset())


# Normalised text (normalize.py) holds no white space but single spaces between words and "\n\n"
# between paragraphs.  Such a text, with " \n\n" for each "\n\n", is cut at " " into pieces
# (`_tokenize_spaced`); a piece is a cached `_PieceEntry`, and the document's columns come from
# a few C-level passes over the entries of its pieces.  Other texts take the general path.
_PieceEntry = tuple  # (cols, first mark, last mark): see _piece_entry
_PIECES: dict[str, _PieceEntry] = {}  # piece -> its entry (pieces holding an inner "\n" are not kept)
_COLS, _FIRST = itemgetter(0), itemgetter(1)
_flat = chain.from_iterable


def _piece_entry(piece: str) -> _PieceEntry | None:
    """A piece of spaced text -> its entry, or None when the text must take the general path (an
    empty piece, white space at its end or, "\n"s aside, at its start, or white space inside but "\n").

    The entry's `cols` hold three values per token: the gap before it (1 for the space before the
    piece, the "\n" run that opens the piece or sits between two chunks, 0 inside a chunk), its
    span length and its word.  Over a document, every third value is a word and the running sum of
    the others gives every token start and end (tokens tile each chunk): one flattening pass
    yields both.  `first` / `last`: the text of a one-mark first /
    last token (None / False otherwise, and no first after a "\n"): equal neighbours make a run
    `_merge_runs` joins.
    Chunks are tokenised by `_chunk_entry`, as ever.
    """
    body = piece.lstrip("\n")
    lead = len(piece) - len(body)
    if not body or body[0].isspace() or body[-1].isspace():  # isspace() covers every \s of `regex`
        return None
    parts = _WS_SPLIT_RE.split(body)
    words: list[_Word] = []
    cols: list = []
    gap = lead or 1
    for n, part in enumerate(parts):
        if n % 2:
            if part.strip("\n"):
                return None
            gap = len(part)
            continue
        entry = _CHUNK_WORDS.get(part)
        if entry is None:
            entry = _chunk_entry(part)
        if type(entry) is _Word:
            words.append(entry)
            cols += (gap, len(part), entry)
        else:
            ws, st, en = entry.words, entry.starts, entry.ends  # type: ignore[union-attr]
            words += ws
            for w, a, b in zip(ws, st, en):
                cols += (gap, b - a, w)
                gap = 0
    first, last = words[0].text, words[-1].text
    out = (tuple(cols),
           first if not lead and len(first) == 1 and not first.isalnum() else None,
           last if len(last) == 1 and not last.isalnum() else False)
    if "\n" not in body:
        if len(_PIECES) >= _CACHE_MAX:
            _PIECES.clear()
        _PIECES[piece] = out
    return out


def _tokenize_spaced(text: str) -> tuple[list[_Word], list[int], list[int], list[int], list[int]] | None:
    """`_tokenize_cols` for a text cut by single spaces into pieces (with " \n\n" for "\n\n": a
    paragraph's first piece starts with its "\n\n"), else None."""
    if not text or text[0] == "\n" or " \n" in text:
        return None
    pieces = text.replace("\n\n", " \n\n").split(" ")
    ents = list(map(_PIECES.get, pieces))
    if not all(ents):  # pieces not kept (an entry is a non-empty tuple)
        for i in list(compress(count(), map(not_, ents))):
            ents[i] = _piece_entry(pieces[i])
            if ents[i] is None:
                return None
    cols = list(_flat(map(_COLS, ents)))  # gap, length, word of each token
    W = cols[2::3]
    del cols[2::3]
    bounds = list(accumulate(cols, initial=-1))  # the first piece has no space before it
    S, E = bounds[1::2], bounds[2::2]
    L = _line_numbers(text, S)
    # ". . .": a run of one mark over pieces; only the (few) pieces opening with a mark can join one
    for i in compress(count(1), map(_FIRST, islice(ents, 1, None))):
        if ents[i][1] == ents[i - 1][2]:
            return _merge_runs(W, S, E, L)
    return W, S, E, L, list(compress(count(), map(_SCAN_FLAG, W)))


def _line_numbers(text: str, starts: list[int]) -> list[int]:
    """The number of "\n" before each token start (`starts`: sorted; no token starts on a "\n").

    One bisect per run of "\n" (a paragraph break in normalised text), not work per token."""
    out: list[int] = []
    line = k = 0
    n = len(text)
    nl = text.find("\n")
    while nl >= 0:
        end = nl + 1
        while end < n and text[end] == "\n":
            end += 1
        j = bisect.bisect_left(starts, end, k)  # the tokens before this run
        out += [line] * (j - k)
        k, line = j, line + end - nl
        nl = text.find("\n", end)
    out += [line] * (len(starts) - k)
    return out


def _tokenize_cols(text: str) -> tuple[list[_Word], list[int], list[int], list[int], list[int]]:
    """Tokens of `text` as (words, starts, ends, lines, indexes of the words a pass scans for).

    Normalised text takes `_tokenize_spaced`.  Otherwise the text is cut at white space into
    chunks; a chunk is looked up in `_CHUNK_WORDS` (filled by `_chunk_entry`, which runs
    `_TOKEN_RE` once per distinct chunk), so a document costs a few C-level passes over its chunks
    plus a little work per chunk that is not one token.
    """
    cols = _tokenize_spaced(text)
    if cols is not None:
        return cols
    parts = _WS_SPLIT_RE.split(text)
    chunks = parts[0::2]
    # one token per chunk to begin with (its cached _Word); the other chunks are then replaced by their tokens
    W = list(map(_CHUNK_WORDS.get, chunks))
    offs = list(accumulate(map(len, parts), initial=0))
    S = offs[0::2]
    E = offs[1::2]
    gaps = parts[1::2]
    try:
        L = list(accumulate(map(_GAP_NEWLINES.__getitem__, gaps), initial=0))  # newlines before each chunk
    except KeyError:  # a white-space run not seen before
        if len(_GAP_NEWLINES) >= _CACHE_MAX:
            _GAP_NEWLINES.clear()
        _GAP_NEWLINES.update((g, g.count("\n")) for g in gaps)
        L = list(accumulate(map(_GAP_NEWLINES.__getitem__, gaps), initial=0))
    for i in reversed(list(compress(count(), map(not_, W)))):  # unseen chunks (None) and _Split ones
        entry = W[i]
        if entry is None:
            entry = _chunk_entry(chunks[i])
        if type(entry) is _Word:
            W[i] = entry
        else:  # its tokens replace the chunk ("" has none: text starting or ending with white space)
            base = S[i]
            W[i:i + 1] = entry.words
            S[i:i + 1] = map(base.__add__, entry.starts)
            E[i:i + 1] = map(base.__add__, entry.ends)
            L[i:i + 1] = [L[i]] * len(entry.words)
    return _merge_runs(W, S, E, L)


def _merge_runs(W: list[_Word], S: list[int], E: list[int], L: list[int]
                ) -> tuple[list[_Word], list[int], list[int], list[int], list[int]]:
    """Join runs of one mark over chunks; add the indexes of the words a pass scans for."""
    if True in map(eq, W[1:], W):
        # a run of one mark spread over chunks of one line (". . . .") is one boundary token
        for k in range(len(W) - 1, 0, -1):
            t = W[k].text
            if W[k] == W[k - 1] and len(t) == 1 and not t.isalnum() and L[k] == L[k - 1]:
                E[k - 1] = E[k]
                del W[k], S[k], E[k], L[k]
    return W, S, E, L, list(compress(count(), map(_SCAN_FLAG, W)))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of text[start:end]; a sentence-final period is split off long words."""
    base_line = text.count("\n", 0, start)
    words, starts, ends, lines, _ = _tokenize_cols(text[start:end])
    return [Tok((w.text, s + start, e + start, w.low, ln + base_line, w.cap, w.is_word, w.acronym))
            for w, s, e, ln in zip(words, starts, ends, lines)]


# --------------------------------------------------------------------------- mentions
@dataclass(slots=True)
class Mention:
    start: int  # span of the mention in doc.text (honorifics and degrees included)
    end: int
    name: tuple[str, ...]  # name tokens without honorifics
    cue: str
    position: str = ""
    organisation: str = ""
    unit_key: str = ""
    title: str = ""  # canonical title
    bare: bool = False  # a title standing for a person named elsewhere
    person: int = -1
    prio: int = 0
    alias_of: "Mention | None" = None  # "... atau yang akrab disapa Gus Ipul"


@dataclass(slots=True)
class _Ctx:
    doc: Document
    toks: list[_Word]  # the shape of each token; positions are in starts/ends/lines
    lex: Lex
    unit_at: dict[int, tuple[int, int, str]]  # token index -> (end token idx, end char, unit_key)
    unit_words: frozenset[str]
    propn: list[tuple[int, int]] | None
    used_titles: set[int] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # start char of each token
    covered: set[int] = field(default_factory=set)  # token starts inside a mention
    title_at: dict[int, tuple[Title, int]] = field(default_factory=dict)  # token index -> longest title there
    title_idx: list[int] = field(default_factory=list)  # sorted keys of title_at
    scan: list[int] = field(default_factory=list)  # indexes of tokens whose word starts some cue (_scan_words)
    lines: list[int] = field(default_factory=list)  # line of each token
    ends: list[int] = field(default_factory=list)  # end char of each token
    award_idx: list[int] = field(default_factory=list)  # indexes of award-context words ("penghargaan")
    unit_starts: list[int] = field(default_factory=list)  # sorted token indexes of unit spans
    by_start: "list[tuple[int, Mention]] | None" = None  # mentions of the first passes, by start
    qual_memo: dict[tuple[int, int, bool], tuple[int, str]] = field(default_factory=dict)
    alias_keys: dict[tuple[str, ...], "Mention"] = field(default_factory=dict)  # nickname -> full-name mention
    paren_acr: "set[int] | None" = None  # see _paren_acronyms
    has_modifier: bool = True  # does title_at hold a modifier ("Plt.")? (`_modifier_before`)
    cue_idx: list[int] = field(default_factory=list)  # scanned tokens whose word is a cue trigger (_cue_pass)
    speech_idx: list[int] = field(default_factory=list)  # scanned tokens whose word is a speech verb


def _find_titles(toks: list[_Word], lines: list[int], cand: list[int], lex: Lex) -> dict[int, tuple[Title, int]]:
    """Longest title/role spelling at each candidate token (a title can only start at a trie word)."""
    out: dict[int, tuple[Title, int]] = {}
    trie = lex.title_trie
    n = len(toks)
    for i in cand:
        ti = toks[i]
        if not ti.is_word or ti.low not in trie:
            continue
        line = lines[i]
        node = trie
        matches: list[tuple[Title, int]] = []
        k = i
        while k < n and lines[k] == line:
            node = node.get(toks[k].low)  # type: ignore[assignment]
            if node is None:
                break
            k += 1
            for t in node.get("", ()):  # type: ignore[union-attr]
                matches.append((t, k))
        for t, end in reversed(matches):
            if t.kind == "title" and not ti.cap and not ti.acronym and not (
                    t.lower_ok and end < n and toks[end].cap and lines[end] == line):
                continue  # lower-case official titles are generic ("para kepala UPT")
            out[i] = (t, end)
            break
    return out


_NOT_NAME, _INITIALS, _NAME_WORD = 1, 2, 3
_NAME_KIND: dict[str, int] = {}  # token text -> one of the three above (the document-independent part)


def _name_kind(text: str) -> int:
    """What a token text can be in a name, whatever the document: never / initials / a name word."""
    kind = _NAME_KIND.get(text)
    if kind is not None:
        return kind
    lex = lexicon()
    w = _shape(text)
    low, cap, is_word, acronym = w.low, w.cap, w.is_word, w.acronym
    if len(text) == 2 and text[1] == "." and text[0].isupper() and low not in lex.stop:
        kind = _INITIALS  # "Bambang S. Wibowo": a one-letter initial, even where degrees start with it ("S.Sos.")
    elif not is_word or not cap or low in lex.stop or text in lex.honorifics or text in lex.degree_toks:
        kind = _NOT_NAME  # "S.E.", "M.M." after a comma are degrees, not a second name
    elif acronym:
        kind = _INITIALS if len(text) <= 3 else _NOT_NAME
    elif _unit_acronym(text) or any(rx.search(low) for rx in lex.stop_re):
        kind = _NOT_NAME
    elif _CAMEL_RE.search(text):
        kind = _NOT_NAME  # "KemenPANRB", "LiputanKhusus": camel-case words are organisations/brands
    else:
        kind = _NAME_WORD
    if len(_NAME_KIND) >= _CACHE_MAX:
        _NAME_KIND.clear()
    _NAME_KIND[text] = kind
    return kind


def _name_tok(ctx: _Ctx, i: int) -> bool:
    """Can token i be part of a person's name?"""
    t = ctx.toks[i]
    kind = _NAME_KIND.get(t.text) or _name_kind(t.text)
    if kind == _NOT_NAME or t.low in ctx.unit_words:
        return False
    if kind == _INITIALS:
        # 2-3 capital initials ("JB Kristiadi") only when a surname follows
        toks = ctx.toks
        return i + 1 < len(toks) and ctx.lines[i + 1] == ctx.lines[i] and _plain_name_word(ctx, toks[i + 1])
    return True


def _plain_name_word(ctx: _Ctx, t: _Word) -> bool:
    return t.is_word and t.cap and not t.acronym and t.low not in ctx.lex.stop and t.low not in ctx.unit_words


def _name_run(ctx: _Ctx, i: int) -> int:
    """End index of the name starting at token i (i itself when no name starts there)."""
    toks = ctx.toks
    n = len(toks)
    if i >= n or not toks[i].cap:
        return i  # a name word is capitalised (`_name_kind`): the common case, decided at once
    lines, unit_words = ctx.lines, ctx.unit_words
    line = lines[i]
    lim = min(n, i + _MAX_NAME)
    j = i
    while j < lim and lines[j] == line:
        t = toks[j]
        if (_NAME_KIND.get(t.text) or _name_kind(t.text)) == _NAME_WORD and t.low not in unit_words:
            j += 1  # `_name_tok` of a plain name word, inline
            continue
        if _name_tok(ctx, j):
            j += 1
            continue
        if j > i and toks[j].low in _NAME_PARTICLES and j + 1 < len(toks) and _name_tok(ctx, j + 1):
            j += 1
            continue
        break
    return j


def _skip_honorifics(ctx: _Ctx, i: int) -> int:
    """Index after the honorifics at token i ("Dr.", "Hj", "Prof. DR." - also written "Dr ." or "Prof., Dr.")."""
    toks, honor = ctx.toks, ctx.lex.honorifics
    n = len(toks)
    while i < n:
        text = toks[i].text
        if text in honor:
            i += 1
        elif text + "." in honor and i + 1 < n and toks[i + 1].text == ".":
            i += 2
        elif text == "(" and i + 2 < n and (toks[i + 1].text in honor or toks[i + 1].text + "." in honor) \
                and i > 0 and toks[i - 1].text != ",":
            # "Komjen Pol. (Purn.) Nana Sudjana": a bracketed honorific inside a run of them
            k = i + 2 + (toks[i + 2].text == "." and toks[i + 1].text + "." in honor)
            if k < n and toks[k].text == ")":
                i = k + 1
            else:
                break
        else:
            break
        if i < n and toks[i].text == "," and i + 1 < n and toks[i + 1].text in honor:
            i += 1
    return i


def _degrees_end(ctx: _Ctx, end_char: int) -> int:
    """Extend a name's end over academic degrees (", S.Sos., M.Si.")."""
    text = ctx.doc.text
    pos = end_char
    gate, degrees_re = ctx.lex.degrees_gate.match, ctx.lex.degrees_re.match
    while True:
        if gate(text, pos) is None:
            return pos
        m = degrees_re(text, pos)
        if not m or "\n" in m.group():
            return pos
        pos = m.end()


def _tok_index_at(ctx: _Ctx, char: int) -> int:
    """Index of the first token starting at or after `char`."""
    return bisect.bisect_left(ctx.starts, char)


def _expand(ctx: _Ctx, words: list[str]) -> list[str]:
    out = []
    for w in words:
        k = w.lower()
        if k in ctx.lex.abbrev:
            exp = ctx.lex.abbrev[k]
            if exp:
                out.extend(exp.split())
        else:
            out.append(w)
    return out


def _qualifier(ctx: _Ctx, i: int, title_start: int, area: bool = False) -> tuple[int, str]:
    """Memoised `_qualify` (titles are looked at by several passes)."""
    key = (i, title_start, area)
    if key not in ctx.qual_memo:
        ctx.qual_memo[key] = _qualify(ctx, i, title_start, area)
    return ctx.qual_memo[key]


def _qualify(ctx: _Ctx, i: int, title_start: int, area: bool = False) -> tuple[int, str]:
    """Consume an organisation/unit qualifier from token i -> (end index, unit_key).

    Accepts position words, places, acronyms, unit spans, quoted unit names,
    parenthesised acronyms and connectors between two of those.
    """
    toks, lex = ctx.toks, ctx.lex
    unit_at, lines, unit_words, qual = ctx.unit_at, ctx.lines, ctx.unit_words, lex.qual
    n = len(toks)
    unit_key = ""
    j = i
    # a unit span that starts inside the title ("Kepala [Balai Anak Handayani Jakarta]")
    us = ctx.unit_starts
    if us:
        for k in us[bisect.bisect_left(us, title_start):bisect.bisect_right(us, i)]:
            u = unit_at[k]
            if u[0] > j:
                j, unit_key = u[0], u[2]
    line = lines[title_start] if title_start < n else 0
    if area and j == i:
        j = _area_name_end(ctx, j, line)
    while j < n and lines[j] == line:
        t = toks[j]
        if j > i and toks[j - 1].low in lex.area_heads:
            a = _area_name_end(ctx, j, line, two_words=True)
            if a > j:
                j = a
                continue
        u = unit_at.get(j)
        if u is not None:
            j, unit_key = u[0], unit_key or u[2]
            continue
        text, low, is_word = t.text, t.low, t.is_word
        if text in _QUOTES:
            k = j + 1
            while k < n and k - j <= 6 and toks[k].text not in _QUOTES and toks[k].is_word and toks[k].cap:
                k += 1
            if k < n and k > j + 1 and toks[k].text in _QUOTES:
                j = k + 1
                continue
            break
        if text == "(":
            k = j + 1
            while k < n and k - j <= 8 and toks[k].text != ")" and (
                    toks[k].acronym or toks[k].low in qual or toks[k].low in lex.title_words
                    or toks[k].low in _CONNECT or toks[k].text == "-"):
                k += 1
            if k < n and k > j + 1 and toks[k].text == ")":
                j = k + 1
                continue
            break
        if is_word and (low in qual or low in unit_words):
            j += 1
            continue
        if is_word and t.cap and j == i:
            inner = ctx.title_at.get(j)
            if inner and inner[0].kind == "title":
                j = inner[1]
                continue
        if is_word and t.cap and (ctx.paren_acr if ctx.paren_acr is not None else _paren_acronyms(ctx)):
            # "Lembaga Ilmu Pengetahuan Indonesia (LIPI)": a capitalised name closed by its acronym
            k = j
            while k < n and k - j < 8 and lines[k] == line and (
                    (toks[k].is_word and toks[k].cap) or toks[k].low in _CONNECT):
                k += 1
            if k + 2 < n and toks[k].text == "(" and toks[k + 1].acronym and toks[k + 2].text == ")":
                j = k + 3
                continue
        if t.acronym and not (j + 1 < n and toks[j + 1].text == "."):
            j += 1
            continue
        if is_word and _unit_acronym(text):
            j += 1
            continue
        if low in _CONNECT and j > i and j + 1 < n and lines[j + 1] == line and (
                toks[j + 1].low in qual or toks[j + 1].acronym or (j + 1) in unit_at
                or toks[j + 1].low in unit_words):
            j += 1
            continue
        break
    # do not end on a connector
    while j > i and toks[j - 1].low in _CONNECT:
        j -= 1
    return j, unit_key


def _paren_acronyms(ctx: _Ctx) -> set[int]:
    """Indexes k of the tokens "(" ACRONYM ")" (k at the "("), found once per document from the
    "(" characters of the text: most documents have none, and `_qualify` then skips its look-ahead."""
    got: set[int] = set()
    text, starts, toks = ctx.doc.text, ctx.starts, ctx.toks
    n = len(toks)
    c = text.find("(")
    while c >= 0:
        k = bisect.bisect_left(starts, c)
        if k + 2 < n and starts[k] == c and toks[k].text == "(" and toks[k + 1].acronym and toks[k + 2].text == ")":
            got.add(k)
        c = text.find("(", c + 1)
    ctx.paren_acr = got
    return got


_UNIT_ACRONYM: dict[str, bool] = {}  # token text -> _unit_acronym(text)


def _unit_acronym(text: str) -> bool:
    """Does a token text match a unit acronym pattern ("BRSPDI", "PSBN")?  Cached across documents."""
    got = _UNIT_ACRONYM.get(text)
    if got is None:
        got = any(rx.match(text) for rx in lexicon().unit_acr_re)
        if len(_UNIT_ACRONYM) >= _CACHE_MAX:
            _UNIT_ACRONYM.clear()
        _UNIT_ACRONYM[text] = got
    return got


def _qual_words(ctx: _Ctx, texts: tuple[str, ...]) -> list[str]:
    """Qualifier words as written (`texts`: its tokens), without quotes and without parenthesised
    acronyms/titles, abbreviations expanded."""
    words: list[str] = []
    k = 0
    n = len(texts)
    while k < n:
        t = texts[k]
        if t == "(":
            close = next((x for x in range(k + 1, n) if texts[x] == ")"), None)
            if close is not None:
                k = close + 1  # "(Menko PMK)", "(LIPI)", "(BRSAMPK)": a repeat of what surrounds it
                continue
        if t not in _QUOTES and t not in "()":
            words.append(t)
        k += 1
    while words and words[-1] in {",", "-", "/"}:
        words.pop()
    return _expand(ctx, words)


def _area_name_end(ctx: _Ctx, j: int, line: int, two_words: bool = False) -> int:
    """The region name after 'Bupati' / 'Kelurahan': one capitalised word (two when both are places).

    `two_words` (after an area word such as 'Kelurahan', not a title): two capitalised words that
    end the phrase are one name ("warga Kelurahan Lubuk Buaya, ...")."""
    toks = ctx.toks
    start = j
    if j < len(toks) and ctx.lines[j] == line and toks[j].is_word and toks[j].cap \
            and toks[j].text not in ctx.lex.honorifics and not ctx.title_at.get(j):
        j += 1
        while j < len(toks) and ctx.lines[j] == line and toks[j].low in ctx.lex.places:
            j += 1
        if two_words and j == start + 1 and j + 1 < len(toks) and toks[j].is_word and toks[j].cap \
                and not toks[j + 1].is_word and toks[j + 1].text in (",", ".", ";", ")"):
            j += 1
    return j


def _group1(m: "regex.Match[str]") -> str:
    return m.group(1)


_POSITIONS: dict[tuple[int, tuple[str, ...], str], tuple[Title, str, str]] = {}  # see _position_text


def _position_text(ctx: _Ctx, title: Title, q_start: int, q_end: int, modifier: str = "") -> tuple[str, str]:
    """`_position_of` the title with qualifier tokens q_start..q_end; cached across documents (the
    same titles and qualifiers recur).  Keyed by the title's id (hashing a Title is slow); the
    entry keeps the title itself so an id can never be mistaken for another title's."""
    texts = tuple(map(_TEXT, ctx.toks[q_start:q_end]))
    key = (id(title), texts, modifier)
    got = _POSITIONS.get(key)
    if got is None or got[0] is not title:
        got = (title, *_position_of(ctx, title, texts, modifier))
        if len(_POSITIONS) >= _CACHE_MAX:
            _POSITIONS.clear()
        _POSITIONS[key] = got
    return got[1], got[2]


def _position_of(ctx: _Ctx, title: Title, texts: tuple[str, ...], modifier: str) -> tuple[str, str]:
    """(position, organisation) from a title and its qualifier tokens.

    The position is the canonical title plus the qualifier with abbreviations expanded
    ("Sekjen Kemensos" -> "Sekretaris Jenderal Kementerian Sosial"); a bare Kemensos title
    gets its default organisation.  The organisation is the qualifier from its first
    organisation head (Kementerian, Sekretariat, Sentra ...), the title's own
    organisation, the default one, or the qualifier itself.
    """
    words = _qual_words(ctx, texts)
    qual = _SPACE_PUNCT_RE.sub(_group1, " ".join(words))
    parts = [modifier, title.canonical, qual]
    if not qual and title.default_org and not title.organisation:
        parts.append(title.default_org)
    pos = " ".join(p for p in parts if p)
    org = ""
    heads = ctx.lex.org_heads
    for n, w in enumerate(words):
        if w.lower() in heads and w[:1].isupper():
            org = " ".join(words[n:])
            break
    if not org:
        cwords = title.canonical.split()
        at = next((n for n, w in enumerate(cwords) if w.lower() in heads), None)
        if at is not None and qual:
            org = " ".join(cwords[at:] + [qual])
        else:
            org = title.organisation or title.default_org or (qual if qual[:1].isupper() else "")
    return pos, org


def _modifier_before(ctx: _Ctx, i: int) -> tuple[str, int]:
    """A 'Plt.'/'Plh.' modifier right before token i -> (canonical, start index)."""
    if not ctx.has_modifier:
        return "", i
    for back in (1, 2):
        k = i - back
        if k < 0:
            break
        hit = ctx.title_at.get(k)
        if hit and hit[0].kind == "modifier" and hit[1] == i:
            return hit[0].canonical, k
    return "", i


def _add(ctx: _Ctx, s: int, e: int, name_toks: list[_Word], cue: str, **kw) -> Mention | None:
    honor = ctx.lex.honorifics
    name = tuple([t.text for t in name_toks if t.text not in honor])
    if not name:
        return None
    m = Mention(s, e, name, cue, prio=_PRIORITY.get(cue, 0), **kw)
    ctx.mentions.append(m)
    starts = ctx.starts
    k = bisect.bisect_left(starts, s)
    ctx.covered.update(starts[k:bisect.bisect_left(starts, e, k)])  # tokens starting in [s, e)
    return m


def _name_after(ctx: _Ctx, j: int, allow_comma: bool = True) -> tuple[int, int, int] | None:
    """A name at token j (after optional comma and honorifics) -> (first, name_start, name_end)."""
    toks = ctx.toks
    first = j
    if j >= len(toks):
        return None
    t = toks[j]
    if allow_comma and t.text == ",":
        j += 1
        if j >= len(toks):
            return None
        t = toks[j]
    if not t.cap and t.text not in _honorific_starts():
        return None  # neither a name word (capitalised) nor an honorific starts here: the common case
    h = _skip_honorifics(ctx, j)
    e = _name_run(ctx, h)
    if e == h:
        return None
    if ctx.title_at.get(h):
        return None
    return first, h, e


def _boundary_ok(ctx: _Ctx, e: int) -> bool:
    """A name must not run on into another capitalised word (it would be an org or a phrase)."""
    toks = ctx.toks
    if e >= len(toks) or ctx.lines[e] != ctx.lines[e - 1]:
        return True
    t = toks[e]
    if t.is_word and t.cap and not t.acronym and t.low in ctx.lex.qual and t.low not in ctx.lex.places:
        return False  # "Wahid Foundation", "Budi Perkasa Sentra": the run names an organisation
    return not (t.is_word and t.cap and not t.acronym and t.low not in ctx.lex.stop)


# --------------------------------------------------------------------------- cue passes
def _title_pass(ctx: _Ctx) -> None:
    """Title/role (+ qualifier) followed by a name; titles without a name are kept as bare."""
    toks = ctx.toks
    as_last = ctx.lex.cue_last.get("as", {})  # last words of "selaku"-like phrases (`_after_named_as`)
    nxt = 0  # tokens before this are consumed
    for i in ctx.title_idx:
        if i < nxt:
            continue
        title, j = ctx.title_at[i]
        if title.kind == "modifier":
            continue
        modifier, i0 = _modifier_before(ctx, i)
        if i0 and toks[i0 - 1].low in as_last and _after_named_as(ctx, i0):
            nxt = j  # "Nama, M.Sc., selaku Ketua Tim ...": the title belongs to the name before
            continue
        q_end, unit_key = _qualifier(ctx, j, i, title.area)
        got = _name_after(ctx, q_end)
        for _ in range(2):
            # "Direktur Eksekutif [Wahid Foundation] Yenny Wahid": an unknown word followed by
            # organisation words belongs to the qualifier
            if got and got[0] == got[1] and got[2] < len(toks) and ctx.lines[got[2]] == ctx.lines[i] \
                    and toks[got[2]].cap and toks[got[2]].low in ctx.lex.qual and toks[got[2]].low not in ctx.lex.places:
                q2, uk2 = _qualifier(ctx, got[2], i)
                if q2 > got[2]:
                    q_end, unit_key = q2, unit_key or uk2
                    got = _name_after(ctx, q_end)
                    continue
            break
        # "Kepala Sentra Budi Perkasa, Rosmawati Siregar", "Kepala Loka ... Bukit Tinggi, Nurlina":
        # capitalised words up to a comma that is followed by a name belong to the unit name
        if title.kind == "title" and (title.heads_unit or not title.organisation):
            seg = _caps_segment(ctx, q_end)
            if seg > q_end and seg < len(toks) and toks[seg].text == "," and (not got or got[0] == q_end):
                nxt = _name_after(ctx, seg)
                if nxt and _boundary_ok(ctx, nxt[2]) and ctx.lines[nxt[1]] == ctx.lines[i] \
                        and not _followed_by_title(ctx, nxt[2]) and (
                        nxt[1] > seg + 1 or _is_unitish(ctx, q_end, seg) or _ends_with_unit_head(ctx, q_end)):
                    q_end, got = seg, nxt
        if got and toks[got[0]].text != "," and got[1] == got[0]:
            got = _split_unit_from_name(ctx, got, title)
            if got[0] > q_end:
                q_end = got[0]
        if not got and title.kind == "role":
            # "pengamat kebijakan publik Trubus Rahardiansyah": lower-case words describe the role
            k = q_end
            while k < len(toks) and k - q_end < 4 and ctx.lines[k] == ctx.lines[i] and toks[k].is_word \
                    and toks[k].text.islower() and not toks[k].low.startswith(_VERB_PREFIXES) \
                    and toks[k].low not in _CONNECT:
                k += 1
            if k > q_end:
                q2, _ = _qualifier(ctx, k, i)
                nxt = _name_after(ctx, q2, allow_comma=True)
                if nxt and (nxt[2] - nxt[1] >= 2 or toks[nxt[0]].text == ","):
                    q_end, got = q2, nxt
        if got and title.kind == "role" and got[2] - got[1] == 1 and not _single_name_ok(ctx, got[2]):
            got = None
        caps_name = False
        if not got and q_end > j:
            # "Menteri Sosial SAIFULLAH YUSUF": the qualifier swallowed an all-capitals name
            cs = _caps_name_tail(ctx, j, q_end)
            if cs is not None and _boundary_ok(ctx, q_end):
                got, q_end, caps_name = (cs, cs, q_end), cs, True
        if got and ctx.lines[got[1]] == ctx.lines[i] and _boundary_ok(ctx, got[2]):
            first, h, e = got
            if q_end < first:
                q_end = first
            pos, org = _position_text(ctx, title, j, q_end, modifier)
            end_char = _degrees_end(ctx, ctx.ends[e - 1])
            cue = "title" if title.kind == "title" else "role"
            name_toks = toks[h:e] if not caps_name else [_shape(x.text.title()) for x in toks[h:e]]
            _add(ctx, ctx.starts[first + 1 if toks[first].text == "," else first], end_char,
                 name_toks, cue, position=pos, organisation=org,
                 unit_key=unit_key if title.heads_unit else "", title=title.canonical)
            ctx.used_titles.add(i)
            nxt = e
            continue
        # bare title (no name follows): maybe an apposition or an anaphor, handled later
        nxt = max(q_end, j)


def _demonstrative_title_pass(ctx: _Ctx) -> None:
    """'... kata Bayu Aji Pamungkas. Kepala BBPPKS Yogyakarta itu menyebut ...' / '... Ia adalah Kepala
    BBPPKS Makassar yang ...': a sentence that opens with a title and 'itu'/'tersebut' (or with a
    `title_anaphor` phrase such as 'Ia adalah') gives that title to the last person named just before it."""
    toks = ctx.toks
    sents = ctx.doc.sentences
    if not sents:
        return
    sent_starts = [a for a, _ in sents]
    for i in ctx.title_idx:
        title, j = ctx.title_at[i]
        if title.kind != "title" or i in ctx.used_titles or not toks[i].cap:
            continue
        modifier, i0 = _modifier_before(ctx, i)
        anaphor = _phrase_before(ctx, i0, "title_anaphor")
        lead = i0 - anaphor
        # the sentence must open at `lead` (or right after a degree's period the segmenter kept: "M.Si. Kepala")
        k = bisect.bisect_right(sent_starts, ctx.starts[lead]) - 1
        if k < 0:
            continue
        if sent_starts[k] == ctx.starts[lead]:
            if k < 1:
                continue
            prev_start = sent_starts[k - 1]
        elif lead and toks[lead - 1].text.endswith("."):
            prev_start = sent_starts[k]
        else:
            continue
        q_end, unit_key = _qualifier(ctx, j, i, title.area)
        e = max(j, q_end)
        if not anaphor and (e >= len(toks) or toks[e].low not in ("itu", "tersebut")):
            continue
        before = [m for m in ctx.mentions if not m.bare and prev_start <= m.start and m.end <= ctx.starts[lead]]
        if not before:
            continue
        m = max(before, key=lambda x: x.end)
        if m.position:
            continue
        m.position, m.organisation = _position_text(ctx, title, j, q_end, modifier)
        m.unit_key = unit_key if title.heads_unit else ""
        m.title = title.canonical
        ctx.used_titles.add(i)


def _phrase_before(ctx: _Ctx, i: int, kind: str) -> int:
    """Length of a cue phrase of `kind` that ends right before token i (0 if none)."""
    toks = ctx.toks
    if i < 1:
        return 0
    best = 0
    for words in ctx.lex.cue_last.get(kind, {}).get(toks[i - 1].low, ()):
        n = len(words)  # its last word is toks[i - 1] (the index key): compare the others
        if n > best and i - n >= 0 and (n == 1 or all(toks[i - n + x].low == words[x] for x in range(n - 1))):
            best = n
    return best


def _after_named_as(ctx: _Ctx, i: int) -> bool:
    """Is token i preceded by 'selaku/sebagai/yang juga' right after a name (or its degrees)?"""
    toks = ctx.toks
    n = _phrase_before(ctx, i, "as")
    if not n or i - n - 1 < 0:
        return False
    p = toks[i - n - 1]
    return p.text == "," or p.text in ctx.lex.degree_toks or _name_tok(ctx, i - n - 1)


def _single_name_ok(ctx: _Ctx, e: int) -> bool:
    """A one-word name after a role needs an appositive/speech context ("..., Sumiati, mengaku")."""
    toks, lex = ctx.toks, ctx.lex
    if e >= len(toks):
        return True
    t = toks[e]
    return t.text in {",", "(", ".", ")"} or t.low in lex.cues.get("say_after", ()) \
        or t.low in lex.cues.get("speech_after", ())


def _followed_by_title(ctx: _Ctx, e: int) -> bool:
    return e < len(ctx.toks) and ctx.title_at.get(e) is not None


def _is_unitish(ctx: _Ctx, s: int, e: int) -> bool:
    """Do tokens s..e look like (part of) a unit/organisation name?"""
    toks, lex = ctx.toks, ctx.lex
    return any(toks[k].low in ctx.unit_words or toks[k].low in lex.qual or toks[k].text in _QUOTES
               or k in ctx.unit_at for k in range(s, e))


def _ends_with_unit_head(ctx: _Ctx, q_end: int) -> bool:
    """Does the title/qualifier before q_end end with a unit head ('Kepala Sentra', 'Kepala BRSPDI')?"""
    if q_end == 0:
        return False
    t = ctx.toks[q_end - 1]
    return any(h[-1] == t.low for h in ctx.lex.unit_heads) or t.low in {"besar", "terpadu"} \
        or _unit_acronym(t.text)


_VOWELS = frozenset("AEIOUY")


def _caps_name_word(ctx: _Ctx, t: _Word) -> bool:
    """An all-capitals word that reads as a name, not an acronym ("SAIFULLAH", not "BBPPKS"/"PANRB")."""
    lex = ctx.lex
    if not t.acronym or len(t.text) < 3 or not t.text.isalpha() or t.low in lex.stop or t.low in lex.abbrev \
            or t.low in ctx.unit_words or t.low in lex.titles or _unit_acronym(t.text):
        return False
    v = sum(ch in _VOWELS for ch in t.text)
    return v >= 1 and v * 10 >= 3 * len(t.text) and t.text not in lex.name_abbrev


def _caps_name_tail(ctx: _Ctx, j: int, q_end: int) -> int | None:
    """Start of a run of 2-4 name-like capitals words ending a qualifier j..q_end, else None."""
    toks = ctx.toks
    k = q_end
    while k > j and q_end - k < 4 and _caps_name_word(ctx, toks[k - 1]):
        k -= 1
    return k if q_end - k >= 2 else None


def _caps_segment(ctx: _Ctx, i: int) -> int:
    """End of a short run of capitalised words/quotes starting at i (same line)."""
    toks = ctx.toks
    k = i
    while k < len(toks) and k - i < 7 and ctx.lines[k] == ctx.lines[i] and (
            (toks[k].is_word and toks[k].cap) or toks[k].text in _QUOTES
            or (k > i and toks[k].low in _CONNECT)):
        if ctx.title_at.get(k):
            return i
        k += 1
    return k


def _split_unit_from_name(ctx: _Ctx, got: tuple[int, int, int], title: Title) -> tuple[int, int, int]:
    """Separate unit words glued before a name ("Pangudi Luhur I Ketut Supena")."""
    first, h, e = got
    toks = ctx.toks
    # a Balinese name marker or an honorific inside the run starts the name
    for k in range(h + 1, e - 1):
        if toks[k].text in _BALINESE:
            return k, k, e
    if title.heads_unit and e - h >= 4 and not ctx.unit_at:
        return e - 2, e - 2, e
    return got


def _apposition_pass(ctx: _Ctx) -> None:
    """Title after the name: 'Nama, Kepala Subbagian ...', 'Nama selaku pelopor perubahan',
    'Harry Hikmat (Dirjen Rehsos)'."""
    toks = ctx.toks
    lex = ctx.lex
    as_last = lex.cue_last.get("as", {})  # last words of "selaku"-like phrases (`_phrase_before`)
    for i in ctx.title_idx:
        if i < 1 or i in ctx.used_titles:
            continue
        title, j = ctx.title_at[i]
        if title.kind == "modifier":
            continue
        mod, i0 = _modifier_before(ctx, i)
        k = i0 - 1
        if k < 0:
            continue
        if toks[k].text not in (",", "(") and toks[k].low not in as_last:
            continue  # neither a comma/parenthesis nor the end of a "selaku" phrase before the title
        cue = "apposition"
        as_len = _phrase_before(ctx, i0, "as")
        if as_len:
            k -= as_len
            cue = "as"
        elif toks[k].text in {",", "("}:
            k -= 1
        else:
            continue
        # walk back over degrees (", M.Sc.,") to the end of the name
        e = k + 1
        while e - 1 >= 0 and (toks[e - 1].text == "," or toks[e - 1].text in lex.degree_toks) \
                and ctx.lines[e - 1] == ctx.lines[i]:
            e -= 1
        s = e
        while s - 1 >= 0 and (_name_tok(ctx, s - 1) or (toks[s - 1].low in _NAME_PARTICLES and s - 1 > 0))\
                and ctx.lines[s - 1] == ctx.lines[i] and e - s < _MAX_NAME:
            s -= 1
        if s == e or not _name_tok(ctx, s):
            continue
        if s > 0 and ctx.title_at.get(s - 1):
            continue
        # the name must not itself be the tail of a title+name mention already found
        if _covered(ctx, ctx.starts[s]):
            continue
        if s > 0 and toks[s - 1].is_word and toks[s - 1].cap and toks[s - 1].low not in lex.stop \
                and toks[s - 1].text not in lex.honorifics and ctx.lines[s - 1] == ctx.lines[s]:
            continue
        q_end, unit_key = _qualifier(ctx, j, i, title.area)
        seg = _caps_segment(ctx, q_end) if q_end < len(toks) else q_end
        if seg > q_end and (seg >= len(toks) or not (toks[seg].is_word and toks[seg].cap)):
            q_end = seg  # "selaku Ketua Tim [Panel Independen]": no name follows, the words name the team
        if toks[k + 1].text == "(" and not (q_end < len(toks) and toks[q_end].text == ")"):
            continue
        pos, org = _position_text(ctx, title, j, q_end, mod)
        hs = s
        while hs - 1 >= 0 and toks[hs - 1].text in lex.honorifics:
            hs -= 1
        _add(ctx, ctx.starts[hs], _degrees_end(ctx, ctx.ends[e - 1]), toks[s:e],
             cue, position=pos, organisation=org, unit_key=unit_key if title.heads_unit else "",
             title=title.canonical)
        ctx.used_titles.add(i)


def _phrase_at(ctx: _Ctx, i: int, kind: str) -> int:
    """End index when a cue phrase of `kind` starts at token i, else -1."""
    toks = ctx.toks
    if i < 0 or i >= len(toks):
        return -1
    for words in ctx.lex.cue_phrases.get(kind, {}).get(toks[i].low, ()):
        n = len(words)  # its first word is toks[i] (the index key): compare the others
        if i + n <= len(toks):
            k = 1
            while k < n and toks[i + k].low == words[k]:
                k += 1
            if k == n:
                return i + n
    return -1


def _covered(ctx: _Ctx, char: int) -> bool:
    """Is the token starting at `char` already inside a mention?"""
    return char in ctx.covered


def _cue_pass(ctx: _Ctx) -> None:
    """Speech verbs, 'dipimpin oleh', 'Salah satu <role>, Nama', Ibu/Bapak, lead words."""
    toks, lex = ctx.toks, ctx.lex
    triggers = lex.cue_triggers
    phrase_kinds = _phrase_kinds()
    no_kinds: frozenset[str] = frozenset()
    speech_before = lex.cues.get("speech_before", no_kinds)
    lead = lex.cues.get("lead", no_kinds)
    honor_cues = lex.cues.get("honor", no_kinds)
    seconds = _phrase_seconds()
    n_toks = len(toks)
    for i in ctx.cue_idx:
        t = toks[i]
        if t.low not in triggers:
            continue
        kinds = phrase_kinds.get(t.low, no_kinds)
        if kinds:
            second = seconds[t.low]  # None when a one-word phrase starts with the word
            if second is not None and (i + 1 >= n_toks or toks[i + 1].low not in second):
                kinds = no_kinds  # no phrase can start here ("yang" not followed by "disapa")
        # -- "Salah seorang warga dampingan, Sumiati,"
        e = _phrase_at(ctx, i, "list_of") if "list_of" in kinds else -1
        if e > 0:
            k = e
            while k < len(toks) and k - e < 8 and toks[k].text != "," and ctx.lines[k] == ctx.lines[i] \
                    and toks[k].text not in ".;:\"":
                k += 1
            if k < len(toks) and toks[k].text == "," and k > e and not toks[e].cap \
                    and toks[e].low in lex.person_nouns:
                got = _name_after(ctx, k)
                if got and _boundary_ok(ctx, got[2]) and not _covered(ctx, ctx.starts[got[1]]):
                    _, h, ne = got
                    role = " ".join(x.text for x in toks[e:k])
                    _add(ctx, ctx.starts[h], _degrees_end(ctx, ctx.ends[ne - 1]), toks[h:ne], "list_of",
                         position=role)
            continue
        # -- "Menteri Sosial Saifullah Yusuf atau yang akrab disapa Gus Ipul"
        e = _phrase_at(ctx, i, "alias") if "alias" in kinds else -1
        if e > 0:
            got = _name_after(ctx, e, allow_comma=False)
            s0 = ctx.doc.sentence_of(ctx.starts[i])[0]
            s0 = max(s0, ctx.starts[max(0, i - _WINDOW)])
            if ctx.by_start is None:
                ctx.by_start = sorted(((m.start, m) for m in ctx.mentions), key=lambda x: x[0])
            lo = bisect.bisect_left(ctx.by_start, s0, key=lambda x: x[0])
            hi = bisect.bisect_left(ctx.by_start, ctx.starts[i], key=lambda x: x[0])
            prev = [m for _, m in ctx.by_start[lo:hi] if m.end <= ctx.starts[i] and not m.bare]
            if got and prev and _boundary_ok(ctx, got[2]):
                _, h, ne = got
                m = _add(ctx, ctx.starts[h], ctx.ends[ne - 1], toks[h:ne], "alias")
                if m is not None:
                    m.alias_of = max(prev, key=lambda x: x.start)
            continue
        # -- "Menteri Sosial yang bernama lengkap Saifullah Yusuf itu"
        e = _phrase_at(ctx, i, "full_name") if "full_name" in kinds else -1
        if e > 0:
            _full_name_cue(ctx, i, e)
            continue
        # -- "yang dipimpin oleh I Ketut Supena"
        e = _phrase_at(ctx, i, "led_by") if "led_by" in kinds else -1
        if e > 0:
            got = _name_after(ctx, e, allow_comma=False)
            if got and _boundary_ok(ctx, got[2]) and not _covered(ctx, ctx.starts[got[1]]):
                _, h, ne = got
                unit = _unit_before(ctx, i)
                pos = f"Kepala {unit[1]}" if unit else ""
                _add(ctx, ctx.starts[got[0]], _degrees_end(ctx, ctx.ends[ne - 1]), toks[h:ne], "led_by",
                     position=pos, organisation=unit[1] if unit else "", unit_key=unit[0] if unit else "",
                     title="Kepala" if unit else "")
            continue
        # -- "kata Hartono", "Menurut Harry"
        if t.low in speech_before and t.is_word:
            got = _name_after(ctx, i + 1, allow_comma=False)
            if got and _boundary_ok(ctx, got[2]) and not _covered(ctx, ctx.starts[got[1]]):
                _, h, ne = got
                _add(ctx, ctx.starts[got[0]], _degrees_end(ctx, ctx.ends[ne - 1]), toks[h:ne], "speech")
            continue
        # -- "Ibu Kanya", "Pak Hartono"
        if t.low in honor_cues and t.cap:
            if ctx.title_at.get(i + 1):
                continue
            got = _name_after(ctx, i + 1, allow_comma=False)
            if got and _boundary_ok(ctx, got[2]) and not _covered(ctx, ctx.starts[got[1]]):
                _, h, ne = got
                _add(ctx, ctx.starts[i], _degrees_end(ctx, ctx.ends[ne - 1]), toks[h:ne], "honorific")
            continue
        # -- "kepada Adrianus Alla" (weak: needs two name words, or stanza's PROPN)
        if t.low in lead and not t.cap and _award_context(ctx, i):
            got = _name_after(ctx, i + 1, allow_comma=False)
            if got and got[2] - got[1] >= 2 and _boundary_ok(ctx, got[2]) and _propn_ok(ctx, got[1], got[2]) \
                    and not _covered(ctx, ctx.starts[got[1]]) and not _followed_by_title(ctx, got[2]):
                _, h, ne = got
                m = _add(ctx, ctx.starts[got[0]], _degrees_end(ctx, ctx.ends[ne - 1]), toks[h:ne], "lead")
                if m is not None:
                    _affiliation(ctx, m, ne)


def _full_name_cue(ctx: _Ctx, i: int, e: int) -> None:
    """'<Nickname>, yang bernama lengkap <Full>' / '<Title> yang bernama lengkap <Full>'.

    The full name becomes a person (with the title when one ends right before the cue);
    the nickname, written just before the cue or as the subject of this or the previous
    sentence, becomes an alias of that person.
    """
    toks = ctx.toks
    got = _name_after(ctx, e, allow_comma=False)
    if not got or got[2] - got[1] < 2 or not _boundary_ok(ctx, got[2]) or _covered(ctx, ctx.starts[got[1]]):
        return
    _, h, ne = got
    k = i
    while k > 0 and toks[k - 1].low in ("yang", ",") and i - k < 2:
        k -= 1
    line = ctx.lines[i]
    title_hit = None
    for t0 in range(max(0, k - 8), k):
        hit = ctx.title_at.get(t0)
        if hit and hit[0].kind == "title" and ctx.lines[t0] == line:
            q_end, unit_key = _qualifier(ctx, hit[1], t0, hit[0].area)
            if max(q_end, hit[1]) == k:
                title_hit = (t0, hit[0], hit[1], q_end, unit_key)
                break
    end_char = _degrees_end(ctx, ctx.ends[ne - 1])
    if title_hit:
        t0, title, j, q_end, unit_key = title_hit
        pos, org = _position_text(ctx, title, j, q_end, _modifier_before(ctx, t0)[0])
        m = _add(ctx, ctx.starts[h], end_char, toks[h:ne], "title", position=pos, organisation=org,
                 unit_key=unit_key if title.heads_unit else "", title=title.canonical)
        ctx.used_titles.add(t0)
        # "... Saifullah Yusuf itu": the demonstrative marks someone already named (the subject before)
        anaphoric = ne < len(toks) and toks[ne].low in ("itu", "tersebut")
        nick = _sentence_subject(ctx, ctx.starts[t0]) if anaphoric else None
    else:
        m = _add(ctx, ctx.starts[h], end_char, toks[h:ne], "full_name")
        s = k
        while s > 0 and _name_tok(ctx, s - 1) and k - s < 4 and ctx.lines[s - 1] == line:
            s -= 1
        nick = (s, k) if s < k else None
    if m is None or nick is None:
        return
    ns, nn = nick
    key = tuple(_low(x.text) for x in toks[ns:nn] if x.text not in ctx.lex.honorifics)
    if key and not set(key) <= {_low(x) for x in m.name}:
        ctx.alias_keys[key] = m
        if not _covered(ctx, ctx.starts[ns]):
            a = _add(ctx, ctx.starts[ns], ctx.ends[nn - 1], toks[ns:nn], "alias")
            if a is not None:
                a.alias_of = m


def _sentence_subject(ctx: _Ctx, char: int) -> tuple[int, int] | None:
    """Name run opening the sentence before `char` or the one before it ("BANDUNG – Gus Ipul mengawali")."""
    toks = ctx.toks
    sents = ctx.doc.sentences
    n = bisect.bisect_right(sents, (char, len(ctx.doc.text) + 1)) - 1
    if n < 0:
        return None
    s = sents[n][0]
    for start in (s, sents[n - 1][0] if n > 0 else -1):
        if start < 0:
            continue
        body = ctx.doc.body_start or 0
        k = _tok_index_at(ctx, max(start, body))
        # a dateline "CITY –" before the first word of the body
        if k + 1 < len(toks) and toks[k].text.isupper() and toks[k + 1].text in {"-", "–", "—"}:
            k += 2
        k = _skip_honorifics(ctx, k)
        n = _name_run(ctx, k)
        if n > k and n - k <= 3 and _boundary_ok(ctx, n) and not ctx.title_at.get(k):
            return k, n
        if start != s:
            break
    return None


def _award_context(ctx: _Ctx, i: int) -> bool:
    """Is there an award/handover word earlier in the sentence of token i (at most _WINDOW tokens back)?

    Only the nearest award word before i can decide it (the window and the sentence both end at i).
    """
    n = bisect.bisect_left(ctx.award_idx, i) - 1
    if n < 0:
        return False
    k = ctx.award_idx[n]
    if i - k > _WINDOW:
        return False
    toks = ctx.toks
    s = ctx.doc.sentence_of(ctx.starts[i])[0]
    return ctx.starts[k] >= s


def _affiliation(ctx: _Ctx, m: Mention, e: int) -> None:
    """'Adrianus Alla dari Sekretariat Ditjen Rehsos' -> organisation/position of a weakly cued name."""
    toks = ctx.toks
    k = _phrase_at(ctx, e, "affiliation") if e < len(toks) else -1
    if k < 0 or k >= len(toks) or not (toks[k].low in ctx.lex.qual or toks[k].acronym or k in ctx.unit_at):
        return
    q_end, unit_key = _qualifier(ctx, k, k)
    if q_end <= k:
        return
    words = _expand(ctx, [t.text for t in toks[k:q_end] if t.text not in _QUOTES and t.text not in "()"])
    org = " ".join(words)
    m.organisation = org
    m.position = org
    m.cue = "lead"
    m.prio = _PRIORITY["affiliation"]


def _unit_before(ctx: _Ctx, i: int) -> tuple[str, str] | None:
    """The unit named last before token i in the same sentence -> (unit_key, text)."""
    toks = ctx.toks
    s = ctx.doc.sentence_of(ctx.starts[i])[0]
    best = None
    us = ctx.unit_starts
    for n in range(bisect.bisect_left(us, i) - 1, max(-1, bisect.bisect_left(us, i - _WINDOW) - 1), -1):
        k = us[n]
        ke, kend, key = ctx.unit_at[k]
        if ctx.starts[k] >= s and kend <= ctx.starts[i] and (best is None or ctx.starts[k] > best[0]):
            best = (ctx.starts[k], key, k, ke)
    if best:
        return best[1], " ".join(t.text for t in toks[best[2]:best[3]] if t.text not in _QUOTES)
    # fallback without a units extractor: "<unit head> Name Words [City]" before the cue
    k = i - 1
    heads = _heads_by_first()
    while k >= 0 and ctx.starts[k] >= s and i - k <= _WINDOW:
        for head in heads.get(toks[k].low, ()):
            n = len(head)
            if k + n <= i and all(toks[k + x].low == head[x] for x in range(n)) and toks[k].cap:
                e = k + n
                while e < i and (toks[e].cap or toks[e].text in _QUOTES) and toks[e].text != ",":
                    e += 1
                if e > k + n:
                    text = " ".join(t.text for t in toks[k:e] if t.text not in _QUOTES)
                    return "", text
        k -= 1
    return None


def _speech_after_pass(ctx: _Ctx) -> None:
    """'Hasrifah menegaskan', 'Diah mencatat': short mentions of a speaker (resolved later)."""
    toks, lex = ctx.toks, ctx.lex
    say = lex.cues.get("say_after", frozenset())
    verbs = _speech_verbs()
    for i in ctx.speech_idx:
        t = toks[i]
        if t.low not in verbs or i == 0:
            continue
        e = i
        if toks[e - 1].text == ",":  # "Dwi Heru, yang kini mengajar" is not handled; keep simple
            continue
        s = e
        while s - 1 >= 0 and _name_tok(ctx, s - 1) and ctx.lines[s - 1] == ctx.lines[i] and e - s < 4:
            s -= 1
        if s == e:
            continue
        if s > 0 and (toks[s - 1].is_word and toks[s - 1].cap and toks[s - 1].low not in lex.stop):
            continue
        if s > 0 and _title_ends_at(ctx, s):
            continue
        if _covered(ctx, ctx.starts[s]):
            continue
        _add(ctx, ctx.starts[s], ctx.ends[e - 1], toks[s:e], "say_subject" if t.low in say else "speech_subject")


_AGE_RX = re.compile(r"\((\d{1,3})(?:\s*tahun)?\)")


def _age_pass(ctx: _Ctx) -> None:
    """'Dimas Arya Saputra (24) menakar kopi', 'Nurbaiti (77), warga ...': a name with an age in
    brackets is a person (news style for the people a story is about)."""
    text, toks, lex = ctx.doc.text, ctx.toks, ctx.lex
    if "(" not in text:
        return
    starts = ctx.starts
    for m in _AGE_RX.finditer(text):
        if not 1 <= int(m.group(1)) <= 110:
            continue
        e = bisect.bisect_left(starts, m.start())  # the "(" token
        if e == 0 or e >= len(toks) or starts[e] != m.start():
            continue
        s = e
        while s - 1 >= 0 and e - s < 4 and ctx.lines[s - 1] == ctx.lines[e] and _plain_name_word(ctx, toks[s - 1]) \
                and toks[s - 1].low not in lex.places and _name_tok(ctx, s - 1):
            s -= 1
        if s == e or _covered(ctx, starts[s]) or (s > 0 and _title_ends_at(ctx, s)):
            continue
        # "Hamid Lating (58), nelayan yang ...": a person noun right after is the role
        role = ""
        k = bisect.bisect_left(starts, m.end())
        if k + 1 < len(toks) and toks[k].text == "," and not toks[k + 1].cap and toks[k + 1].low in lex.person_nouns:
            j = k + 1  # and the lower-case words after it, up to a comma or "yang" ("pedagang sayur")
            while j + 1 < len(toks) and j - k < 3 and toks[j + 1].is_word and not toks[j + 1].cap \
                    and toks[j + 1].low not in ("yang", "dan", "di", "dari", "asal", "warga"):
                j += 1
            if j + 1 < len(toks) and toks[j + 1].is_word:
                j = k + 1  # no clear end of the role: keep its noun
            role = " ".join(t.text for t in toks[k + 1:j + 1])
        _add(ctx, starts[s], ctx.ends[e - 1], toks[s:e], "age", position=role)


def _title_ends_at(ctx: _Ctx, s: int) -> bool:
    for k in range(max(0, s - 8), s):
        hit = ctx.title_at.get(k)
        if hit and hit[1] <= s:
            q_end, _ = _qualifier(ctx, hit[1], k, hit[0].area)
            if q_end >= s:
                return True
    return False


def _list_pass(ctx: _Ctx) -> None:
    """'..., Prof. DR. Siti Zuhro dan JB Kristiadi': names listed after a cued person."""
    toks = ctx.toks
    for m in list(ctx.mentions):
        if m.cue not in ("title", "role", "list"):
            continue
        e = _tok_index_at(ctx, m.end)
        while True:
            k = e
            if k < len(toks) and toks[k].text == ",":
                k += 1
            if k < len(toks) and toks[k].low in ("dan", "serta"):
                k += 1
            if k == e:
                break
            got = _name_after(ctx, k, allow_comma=False)
            if not got or got[2] - got[1] < 2 or not _boundary_ok(ctx, got[2]) or _followed_by_title(ctx, got[2]):
                break
            if _covered(ctx, ctx.starts[got[1]]) or ctx.lines[got[1]] != ctx.lines[e - 1]:
                break
            nxt = got[2]
            if nxt < len(toks) and toks[nxt].text == "," and nxt + 1 < len(toks) and ctx.title_at.get(nxt + 1):
                break  # apposition: handled by the apposition pass
            _, h, ne = got
            _add(ctx, ctx.starts[got[0]], _degrees_end(ctx, ctx.ends[ne - 1]), toks[h:ne], "list")
            e = _tok_index_at(ctx, ctx.mentions[-1].end)


def _signature_pass(ctx: _Ctx) -> None:
    """'Kepala Biro Hubungan Masyarakat Kementerian Sosial RI' line + a name line = a person."""
    toks, lines = ctx.toks, ctx.lines
    n = len(toks)
    for first in ctx.title_idx:
        if first and lines[first - 1] == lines[first]:
            continue  # not the first token of its line
        hit = ctx.title_at[first]
        if hit[0].kind != "title":
            continue
        a_end = bisect.bisect_right(lines, lines[first], first)
        if a_end >= n:
            continue  # the last line: no name line follows
        ia = range(first, a_end)
        ib = range(a_end, bisect.bisect_right(lines, lines[a_end], a_end))
        q_end, unit_key = _qualifier(ctx, hit[1], ia[0], hit[0].area)
        if q_end != ia[-1] + 1:
            continue
        h = _skip_honorifics(ctx, ib[0])
        e = _name_run(ctx, h)
        name_toks = toks[h:e]
        if e == h and 2 <= len(ib) <= 5 and all(toks[x].is_word and toks[x].text.isupper() for x in ib):
            # "SONNY W. MANALU": an all-capitals signature line
            e = ib[-1] + 1
            if any(x.low in ctx.lex.stop for x in toks[h:e]):
                continue
            name_toks = [_shape(x.text.title()) for x in toks[h:e]]
        end_char = _degrees_end(ctx, ctx.ends[e - 1]) if e > h else 0
        if e - h < 1 or (e <= ib[-1] and ctx.ends[ib[-1]] > end_char):
            continue
        pos, org = _position_text(ctx, hit[0], hit[1], q_end)
        ctx.used_titles.add(ia[0])
        _add(ctx, ctx.starts[ib[0]], end_char, name_toks, "signature", position=pos, organisation=org,
             unit_key=unit_key if hit[0].heads_unit else "", title=hit[0].canonical)


def _bare_titles(ctx: _Ctx, held: set[str]) -> list[Mention]:
    """Titles not attached to a name ('kata Mensos', 'Sekjen Kemensos mewakili ...').

    Only titles that a named person of the document holds (`held`) can be resolved, so
    only those are collected.
    """
    toks, lex = ctx.toks, ctx.lex
    out: list[Mention] = []
    if not held:
        return out
    nxt = 0  # tokens before this are consumed
    for i in ctx.title_idx:
        if i < nxt:
            continue
        title, j = ctx.title_at[i]
        if title.kind != "title" or i in ctx.used_titles or not toks[i].cap or title.canonical not in held:
            continue
        if (j < len(toks) and toks[j].low in lex.titles) or (i and toks[i - 1].low in lex.title_words):
            nxt = j  # "Kepala Kepala ...": a run of titles names nobody
            continue
        prev = _phrase_at(ctx, i - 1, "not_before_title") if i else -1
        prev2 = _phrase_at(ctx, i - 2, "not_before_title") if i > 1 else -1
        q_end, unit_key = _qualifier(ctx, j, i, title.area)
        if prev == i or prev2 == i or _covered(ctx, ctx.starts[i]):
            nxt = max(j, q_end)
            continue
        pos, org = _position_text(ctx, title, j, q_end, _modifier_before(ctx, i)[0])
        out.append(Mention(ctx.starts[i], ctx.ends[q_end - 1] if q_end > j else ctx.ends[j - 1], (), "title_ref",
                           position=pos, organisation=org, unit_key=unit_key if title.heads_unit else "",
                           title=title.canonical, bare=True))
        nxt = max(j, q_end)
    return out


def _propn_ok(ctx: _Ctx, s: int, e: int) -> bool:
    """stanza evidence for a weakly cued name: every token inside a PROPN run (True without stanza)."""
    if ctx.propn is None:
        return True
    toks = ctx.toks
    return all(any(a <= ctx.starts[k] and ctx.ends[k] <= b for a, b in ctx.propn) for k in range(s, e))


# --------------------------------------------------------------------------- resolution
_NON_ALNUM_RE = regex.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=8192)
def _norm_pos(p: str) -> str:
    """Position text compared loosely (lower case, alphanumeric words); positions recur, so cached."""
    return " ".join(_NON_ALNUM_RE.sub(" ", p.lower()).split())


class _Person:
    """One person of a document: the full name and every mention of them."""

    __slots__ = ("name", "keys", "mentions", "_best")

    def __init__(self, m: Mention, key: tuple[str, ...]):
        self.name = m.name
        self.keys = frozenset(key)  # the words of the name (`_name_key(m.name)`)
        self.mentions = [m]
        self._best: tuple[int, Mention | None] | None = None  # (number of mentions, _best of them)

    def add(self, m: Mention) -> None:
        self.mentions.append(m)

    def best(self) -> Mention | None:
        """`_best` of the mentions; kept while no mention is added (mentions are only ever added)."""
        memo = self._best
        if memo is None or memo[0] != len(self.mentions):
            memo = self._best = (len(self.mentions), _best(self.mentions))
        return memo[1]


@lru_cache(maxsize=1)
def _known_aliases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Public nicknames (data/person_aliases.csv): lower-cased alias tokens -> full-name tokens."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in load_csv("person_aliases.csv"):
        alias, name = row.get("alias", ""), row.get("name", "")
        if alias and name:
            out[tuple(_low(w) for w in alias.split())] = tuple(name.split())
    return out


def _apply_known_aliases(ms: list[Mention], keys: list[tuple[str, ...]]) -> bool:
    """A known nickname joins its full-name mention in the document, else takes the full name.

    `keys`: the `_name_key` of each mention's name.  True when a mention's name was changed."""
    known = _known_aliases()
    if not known or known.keys().isdisjoint(keys):
        return False  # no known nickname in the document (the common case)
    full_by_key: dict[tuple[str, ...], Mention] = {}
    for m, key in zip(ms, keys):
        full_by_key.setdefault(key, m)
    renamed = False
    for m, key in zip(ms, keys):
        target = known.get(key)
        if target is None or m.alias_of is not None:
            continue
        owner = full_by_key.get(tuple(_low(w) for w in target))
        if owner is not None and owner is not m:
            m.alias_of = owner
        else:
            m.name = target
            renamed = True
    return renamed


_NAME_KEYS: dict[tuple[str, ...], tuple[str, ...]] = {}


def _name_key(name: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-cased name words without final periods (cached: names repeat within and across documents)."""
    key = _NAME_KEYS.get(name)
    if key is None:
        if len(_NAME_KEYS) >= _CACHE_MAX:
            _NAME_KEYS.clear()
        key = _NAME_KEYS[name] = tuple(_low(x) for x in name)
    return key


# Cues strong enough to make a new person on their own.
_STRONG = frozenset({"title", "role", "apposition", "as", "signature", "led_by", "list_of", "list", "lead", "full_name", "age",
                     "speech", "honorific", "say_subject"})


def _resolve_order(pair: tuple[Mention, tuple[str, ...]]) -> tuple[int, int]:
    """Longest names first, then in text order."""
    return -len(pair[1]), pair[0].start


def _resolve(ctx: _Ctx) -> list[_Person]:
    """Group mentions into persons (indexes keep this linear on long texts)."""
    ms = [m for m in ctx.mentions if m.name]
    keys = [_NAME_KEYS.get(m.name) or _name_key(m.name) for m in ms]
    if _apply_known_aliases(ms, keys):
        keys = [_NAME_KEYS.get(m.name) or _name_key(m.name) for m in ms]
    pairs = list(zip(ms, keys))  # names are final from here on
    persons: list[_Person] = []
    by_tok: dict[str, list[_Person]] = {}
    strong = _STRONG
    aliases = {key: m.alias_of for m, key in pairs if m.alias_of is not None}
    for k, v in ctx.alias_keys.items():
        aliases.setdefault(k, v)
    prefix_keys: list[str] | None = None
    # full names first: the longest names define persons
    for m, key in sorted(pairs, key=_resolve_order):
        if m.alias_of is not None or (key in aliases and m.cue != "alias"):
            continue
        kset = set(key)
        # every person holding all the words is in each word's pool (pools keep creation order)
        if not by_tok:
            cands = []
        elif len(key) == 1:
            cands = by_tok.get(key[0], [])
        else:
            cands = [p for p in min([by_tok.get(w, ()) for w in kset], key=len) if kset <= p.keys]
        if not cands and len(key) == 1 and len(key[0]) >= 4:
            # nickname prefix ("Risma" -> "Rismaharini")
            if prefix_keys is None:
                prefix_keys = sorted(by_tok)
            w = key[0]
            lo = bisect.bisect_left(prefix_keys, w)
            hi = bisect.bisect_left(prefix_keys, w + "\uffff")
            seen: dict[int, _Person] = {}
            for tok in prefix_keys[lo:hi]:
                for p in by_tok[tok]:
                    seen[id(p)] = p
            cands = list(seen.values())
        if len(cands) == 1:
            cands[0].add(m)
            continue
        if len(cands) > 1:
            # ambiguous short form: the person mentioned last before it
            before = [p for p in cands if any(x.start < m.start for x in p.mentions[:50])]
            if before:
                max(before, key=lambda p: max(x.start for x in p.mentions[:50] if x.start < m.start)).add(m)
            continue
        if m.cue == "speech_subject" or (m.cue == "say_subject" and len(m.name) < 2):
            continue
        if m.cue in _WEAK and ctx.propn is not None and not _in_propn(ctx, m):
            continue  # stanza sees no proper noun here
        if m.cue in strong:
            p = _Person(m, key)
            persons.append(p)
            for w in kset:
                by_tok.setdefault(w, []).append(p)
            if prefix_keys is not None:
                prefix_keys = None  # rebuilt lazily with the new tokens
    # aliases and their later mentions join the person they name
    owner = {id(x): p for p in persons for x in p.mentions}
    for m, key in pairs:
        target = m.alias_of or aliases.get(key)
        if target is not None and id(target) in owner:
            owner[id(target)].add(m)
    return persons


def _held_titles(persons: list[_Person]) -> dict[str, list[tuple[_Person, str]]]:
    """canonical title -> [(person, normalised best position)] for persons with a title."""
    by_title: dict[str, list[tuple[_Person, str]]] = {}
    for p in persons:
        best = p.best()
        if best and best.title:
            by_title.setdefault(best.title, []).append((p, _norm_pos(best.position)))
    return by_title


def _attach_bare(by_title: dict[str, list[tuple[_Person, str]]], bare: list[Mention]) -> None:
    """A bare title stands for the one person of the document holding it."""
    for b in bare:
        bp = _norm_pos(b.position)
        cands = [p for p, pp in by_title.get(b.title, ()) if bp in pp or pp in bp]
        if len(cands) == 1:
            b.name = cands[0].name
            cands[0].add(b)


def _in_propn(ctx: _Ctx, m: Mention) -> bool:
    runs = ctx.propn or []
    k = bisect.bisect_left(runs, (m.end, m.end))
    return any(a < m.end and m.start < b for a, b in runs[max(0, k - 3):k + 1])


def _best(ms: list[Mention]) -> Mention | None:
    """The mention with a position that wins (priority, longest position, earliest); the first of equals."""
    best, best_key = None, None
    for m in ms:
        if m.position:
            key = (m.prio, len(m.position), -m.start)
            if best_key is None or key > best_key:
                best, best_key = m, key
    return best


# --------------------------------------------------------------------------- entry point
def _units_index(doc: Document, toks: list[_Word], starts: list[int], ends: list[int]
                 ) -> dict[int, tuple[int, int, str]]:
    """Token index where a unit span starts -> (end token index, end char, unit_key); the longest span wins."""
    out: dict[int, tuple[int, int, str]] = {}
    bisect_left = bisect.bisect_left
    n = len(starts)
    for sp in doc.spans.get(UNIT, []):
        s = sp.start
        i = bisect_left(starts, s)
        if i == n or starts[i] != s:
            continue  # no token starts where the unit starts
        e = sp.end
        j = bisect_left(starts, e, i)  # first token starting at or after the span's end
        # a closing quote right after the unit name belongs to it
        if j < n and starts[j] == e and toks[j].text in _QUOTES:
            j += 1
        if i not in out or out[i][0] < j:
            out[i] = (j, ends[j - 1], str(sp.attrs.get("unit_key") or sp.value or ""))
    return out


@lru_cache(maxsize=1)
def _heads_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Unit heads ("balai besar", "sentra") indexed by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for h in lexicon().unit_heads:  # already sorted longest first
        out.setdefault(h[0], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _unit_words(toks: list[_Word], lines: list[int], lex: Lex, unit_at: dict, scan: list[int]) -> frozenset[str]:
    """Capitalised words that name units in this document (after unit heads, inside quotes)."""
    honorifics = lex.honorifics  # "Sentra Terpadu "Prof. Dr. Soeharso"": not unit words
    words = {t.low for i, (j, _, _) in unit_at.items() for t in toks[i:j]
             if t.is_word and t.cap and t.text not in honorifics}
    firsts = _heads_by_first()
    n_toks = len(toks)
    qual, places, title_words = lex.qual, lex.places, lex.title_words
    for i in scan:
        t = toks[i]
        heads = firsts.get(t.low)
        if heads is None or not t.cap:
            continue
        for head in heads:
            n = len(head)
            if i + n > n_toks:
                continue
            x = 1  # the first word is t (the index key): compare the others
            while x < n and toks[i + x].low == head[x]:
                x += 1
            if x < n:
                continue
            if i > 0 and toks[i - 1].low in title_words:
                break  # "Kepala Sentra X Name": the name may follow
            k = i + n
            quoted = k < n_toks and toks[k].text in _QUOTES
            if quoted:
                k += 1
            line = lines[i]
            while k < n_toks and k - i < n + 5 and lines[k] == line:
                w = toks[k]
                if not (w.is_word and w.cap and (quoted or w.low not in places)):
                    break
                if w.low not in qual and w.text not in honorifics:
                    words.add(w.low)
                k += 1
            break
    words -= {"i", "ni"}
    return frozenset(words)


def _excluded(doc: Document, lex: Lex) -> list[tuple[int, int]]:
    """Regions that hold no people of the story: headline, text before the body, bylines."""
    out = []
    if doc.headline:
        out.append(doc.headline)
    if doc.body_start:
        out.append((0, doc.body_start))
    for start in _byline_starts(doc.text, lex.byline_re):
        e = doc.text.find("\n", start)
        out.append((start, len(doc.text) if e < 0 else e))
    return out


def _byline_starts(text: str, byline_re: "regex.Pattern[str]") -> list[int]:
    """Starts of `byline_re.finditer(text)` matches, trying only the lines that can match.

    The pattern is `^\\s*LABEL\\s*[:：]` (multi-line, `^` only after "\\n"): every match holds a
    colon, and its label ends where the white space before that colon begins, on the line of the
    label, which follows only blank lines from the match start.  So the line starts to try are
    found from the (few) colons; `match` at each, in order, skipping those inside a match, gives
    exactly what `finditer` gives.
    """
    cands: set[int] = set()
    for colon in (":", "："):
        c = text.find(colon)
        while c >= 0:
            q = c
            while q > 0 and text[q - 1].isspace():  # isspace() covers every \s of `regex`
                q -= 1
            ls = text.rfind("\n", 0, q) + 1  # start of the label's line
            cands.add(ls)
            while ls > 0:  # blank lines before it: \s* may start the match there
                prev = text.rfind("\n", 0, ls - 1) + 1
                if text[prev:ls - 1] and not text[prev:ls - 1].isspace():
                    break
                cands.add(prev)
                ls = prev
            c = text.find(colon, c + 1)
    out: list[int] = []
    done = 0
    for ls in sorted(cands):
        if ls < done:
            continue
        m = byline_re.match(text, ls)
        if m:
            out.append(ls)
            done = m.end()
    return out


def extract(doc: Document) -> None:
    """Append people spans to doc.spans["people"]."""
    if not doc.text:
        return
    lex = lexicon()
    toks, starts, ends, lines, scan = _tokenize_cols(doc.text)
    unit_at = _units_index(doc, toks, starts, ends)
    from .. import stanza_backend  # local import: optional dependency stays lazy
    # the scanned tokens, split once by what each pass looks for (C-level passes over their words)
    title_w, trigger_w, verb_w, head_w, award_w = _scan_groups()
    lows = list(map(_LOW, map(toks.__getitem__, scan)))
    title_at = _find_titles(toks, lines, list(compress(scan, map(title_w.__contains__, lows))), lex)
    ctx = _Ctx(doc, toks, lex, unit_at,
               _unit_words(toks, lines, lex, unit_at, list(compress(scan, map(head_w.__contains__, lows)))),
               stanza_backend.propn_spans(doc.text), starts=starts, ends=ends, lines=lines, unit_starts=sorted(unit_at),
               title_at=title_at, title_idx=sorted(title_at), scan=scan,
               award_idx=list(compress(scan, map(award_w.__contains__, lows))),
               cue_idx=list(compress(scan, map(trigger_w.__contains__, lows))),
               speech_idx=list(compress(scan, map(verb_w.__contains__, lows))),
               has_modifier=any(t.kind == "modifier" for t, _ in title_at.values()))
    _title_pass(ctx)
    _signature_pass(ctx)
    _apposition_pass(ctx)
    _cue_pass(ctx)
    _list_pass(ctx)
    _speech_after_pass(ctx)
    _demonstrative_title_pass(ctx)
    _age_pass(ctx)
    excluded = _excluded(doc, lex)
    mentions = ctx.mentions
    for a, b in excluded:
        mentions = [m for m in mentions if not a <= m.start < b]
    ctx.mentions = mentions
    persons = _resolve(ctx)
    held = _held_titles(persons)
    bare = _bare_titles(ctx, set(held))
    for a, c in excluded:
        bare = [b for b in bare if not a <= b.start < c]
    _attach_bare(held, bare)
    rows = []
    for person in persons:
        full, ms = person.name, person.mentions
        best = person.best()
        head = next((m for m in ms if m.unit_key), None)
        name = " ".join(full)
        position = best.position if best else ""
        organisation = best.organisation if best else ""
        unit_key = head.unit_key if head else ""
        seen = set()
        for m in ms:
            if (m.start, m.end) in seen:
                continue
            seen.add((m.start, m.end))
            rows.append(doc.span(m.start, m.end, "PERSON", name, name=name, position=position,
                                 organisation=organisation, unit_key=unit_key, cue=m.cue))
    rows.sort(key=_START)
    doc.spans.setdefault(PERSON, []).extend(rows)
