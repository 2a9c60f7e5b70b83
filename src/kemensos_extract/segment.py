"""Sentence segmentation: spaCy's Indonesian tokenizer + sentencizer rules, made fast.

`spacy.blank("id")` gives Indonesian tokenisation; its sentencizer starts a
sentence at the first non-punctuation token after a token that is exactly a
sentence-final character ("." "!" "?" ...).  Two domain fixes: titles and
initials such as "DR.", "MO.", "Drs." (data/abbreviations.txt) are tokenizer
exceptions (so "Prof. DR. R. Siti Zuhro" is not cut after "DR."), and a line
break always ends a sentence (headings, list items, signatures).

Running the whole spaCy pipeline costs ~4 ms per 3 KB release (FINDINGS.md:
~255 docs/s), which alone would cap throughput.  But spaCy tokenises every
whitespace-separated chunk independently, and the sentencizer only looks at
the tokens of chunks that hold a sentence-final character (and at the first
token after one).  So the fast path (`split_sentences_fast`, the default) runs
the *same* Indonesian tokenizer only on those chunks, memoised per chunk, and
replays the sentencizer's rule: identical boundaries (tests compare both paths
on every gold text and on fuzzed text) at a fraction of the cost.  Set
``KEMENSOS_SEGMENTER=spacy`` (or ``--segmenter spacy``) to run the full spaCy
pipeline instead.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Document
from .resources import load_lines

if TYPE_CHECKING:  # spaCy is imported lazily: a cached re-run never needs it
    import spacy

#: Environment switch read by `segment()`: "fast" (default) or "spacy".
ENV_SEGMENTER = "KEMENSOS_SEGMENTER"
SEGMENTERS = ("fast", "spacy")


def _abbreviations() -> list[str]:
    """Titles and initials that must not end a sentence (data/abbreviations.txt), also upper-cased."""
    out: list[str] = []
    for abbr in load_lines("abbreviations.txt"):
        out.append(abbr)
        if abbr.upper() != abbr:
            out.append(abbr.upper())
    return out


@lru_cache(maxsize=1)
def get_nlp() -> "spacy.language.Language":
    """Build the blank Indonesian pipeline once per process (the ``spacy`` segmenter)."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("id")
    for abbr in _abbreviations():
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("sentencizer")
    return nlp


_HYPHEN_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)+\Z")


def boundary_exceptions(exceptions: dict[str, list[dict]], extra: list[str], punct: frozenset[str]) -> dict[str, list[dict]]:
    """The tokenizer exceptions that can move a sentence boundary; drops the other ~15k.

    `spacy.blank("id")` spends ~2 s per process loading 15,963 exceptions,
    15,577 of them hyphenated words kept whole ("anak-anak").  Without its
    exception such a word S splits into its parts and hyphens (a test checks
    this on every one), so its first token still starts at S with a letter or
    digit and none of its tokens is a sentence-final character: the
    sentencizer's state after S is the same.  S is kept when it holds a
    sentence-final character, or when one of its parts occurs inside a kept
    exception (or an abbreviation): only then could a kept multi-token
    exception overlap S's tokens and be matched differently without it.
    """
    drop = {k for k, v in exceptions.items()
            if len(v) == 1 and _HYPHEN_WORD.match(k) and not any(c in punct for c in k)}
    kept = [k for k in exceptions if k not in drop] + list(extra)
    inside = {k[i:j] for k in kept for i in range(len(k)) for j in range(i + 1, len(k) + 1)}
    drop = {k for k in drop if not any(part in inside for part in k.split("-"))}
    return {k: v for k, v in exceptions.items() if k not in drop}


@lru_cache(maxsize=1)
def get_tokenizer() -> "spacy.tokenizer.Tokenizer":
    """spaCy's Indonesian tokenizer for the fast path: same rules, only `boundary_exceptions`.

    Gives the sentencizer the same boundaries as `get_nlp().tokenizer` (tests
    compare both on every gold text and on fuzzed text) and builds in ~0.15 s
    instead of ~2.3 s: every worker process pays this once.
    """
    from spacy.lang.id import Indonesian
    from spacy.symbols import ORTH

    abbrs = _abbreviations()
    tok = indonesian_tokenizer(boundary_exceptions(Indonesian.Defaults.tokenizer_exceptions, abbrs, _punct_chars()))
    for abbr in abbrs:
        tok.add_special_case(abbr, [{ORTH: abbr}])
    return tok


def indonesian_tokenizer(rules: dict[str, list[dict]]) -> "spacy.tokenizer.Tokenizer":
    """A tokenizer with spaCy's Indonesian affix rules (as `spacy.blank("id")` builds it) and these exceptions."""
    from spacy import util
    from spacy.lang.id import Indonesian
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import create_vocab

    d = Indonesian.Defaults
    return Tokenizer(
        create_vocab("id", d),
        rules=rules,
        prefix_search=util.compile_prefix_regex(d.prefixes).search,
        suffix_search=util.compile_suffix_regex(d.suffixes).search,
        infix_finditer=util.compile_infix_regex(d.infixes).finditer,
        token_match=d.token_match,
        url_match=d.url_match,
    )


@lru_cache(maxsize=1)
def _punct_chars() -> frozenset[str]:
    """The sentencizer's sentence-final characters (taken from spaCy, not copied)."""
    from spacy.pipeline import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


@lru_cache(maxsize=1)
def _punct_rx() -> "re.Pattern[str]":
    """Candidates for sentence-final characters: the BMP ones plus *any* astral character.

    A character class listing spaCy's astral punctuation makes `re` ~25x slower
    on every text; a plain astral range is fast, and the rare astral hit is
    checked against the set (`_is_pc`).
    """
    bmp = sorted(c for c in _punct_chars() if ord(c) < 0x10000)
    return re.compile("[" + "".join(re.escape(c) for c in bmp) + "\U00010000-\U0010FFFF]")


def _has_pc(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a sentence-final character?"""
    pcs = _punct_chars()
    return any(m.group() in pcs for m in _punct_rx().finditer(text, start, end))


_CHUNK = re.compile(r"\S+")


def _tokens_of(chunk: str) -> tuple[tuple[int, bool, bool], ...]:
    """(offset, is a sentence-final char, is punctuation) of each spaCy token of one chunk."""
    pc = _punct_chars()
    return tuple((t.idx, t.text in pc, t.is_punct) for t in get_tokenizer()(chunk))


_cached_tokens = lru_cache(maxsize=1 << 16)(_tokens_of)
#: Longer chunks (URLs, garbage runs) are tokenised uncached: they rarely repeat and would pin memory.
_CACHE_MAX_LEN = 64


def _chunk_tokens(chunk: str) -> tuple[tuple[int, bool, bool], ...]:
    return _cached_tokens(chunk) if len(chunk) <= _CACHE_MAX_LEN else _tokens_of(chunk)


def sentence_starts(text: str) -> list[int]:
    """Character offsets where the spaCy sentencizer would start a sentence (0 first).

    Visits only the chunks holding a sentence-final character (found by one
    regex scan) and, while a sentence is open, the chunks right after them;
    every other chunk cannot change the sentencizer's state.
    """
    starts = [0]
    pcs = _punct_chars()
    chunk_at = _CHUNK.match
    next_chunk = _CHUNK.search
    n = len(text)
    done = 0  # end of the last chunk examined

    def run(s: int, e: int, seen: bool) -> bool:
        """Feed the tokens of chunk text[s:e] to the sentencizer's state machine."""
        for off, is_pc, is_p in _chunk_tokens(text[s:e]):
            if seen and not is_p and not is_pc:
                starts.append(s + off)
                seen = False
            elif is_pc:
                seen = True
        return seen

    for pm in _punct_rx().finditer(text):
        p = pm.start()
        if p < done:
            continue  # inside a chunk already examined
        if pm.group() not in pcs:
            continue  # an astral character that is not sentence-final
        s = p
        while s > done and not text[s - 1].isspace():
            s -= 1
        e = chunk_at(text, s).end()
        seen = run(s, e, False)
        while seen:  # a sentence end is pending: the next token decides where the next one starts
            m = next_chunk(text, e)
            if m is None:
                if e < n and text[e:] != " ":
                    starts.append(e + 1 if text[e] == " " else e)
                break
            cs, ce = m.span()
            if text[e:cs] != " ":
                # whitespace other than one plain space is a (non-punctuation) token
                starts.append(e + 1 if text[e] == " " else e)
                break
            if text[cs].isalnum() and not _has_pc(text, cs, ce):
                starts.append(cs)
                break
            seen = run(cs, ce, True)
            e = ce
        done = e
    return starts


def _cut(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trim whitespace and cut every sentence at line breaks."""
    out: list[tuple[int, int]] = []
    find = text.find
    for s, e in bounds:
        pos = s
        while pos < e:
            nl = find("\n", pos, e)
            seg_end = e if nl == -1 else nl
            a, b = pos, seg_end
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
            if nl == -1:
                break
            pos = nl + 1
    return out


def split_sentences_fast(text: str) -> list[tuple[int, int]]:
    """Same result as `split_sentences` with the full spaCy pipeline, without tokenising every word."""
    if not text:
        return []
    st = sentence_starts(text)
    return _cut(text, list(zip(st, st[1:] + [len(text)])))


def split_sentences(text: str, doc: "spacy.tokens.Doc | None" = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace-trimmed, never crossing a line break (full spaCy path)."""
    if doc is None:
        doc = get_nlp()(text)
    return _cut(text, [(sent.start_char, sent.end_char) for sent in doc.sents])


def segmenter() -> str:
    """The segmenter chosen by the environment (read per call: cheap, and workers inherit it)."""
    name = os.environ.get(ENV_SEGMENTER, "fast").strip().lower() or "fast"
    return name if name in SEGMENTERS else "fast"


def segment(doc: Document) -> Document:
    """Fill `doc.sentences` from `doc.text`."""
    if segmenter() == "spacy":
        sdoc = get_nlp()(doc.text)
        doc.sentences = split_sentences(doc.text, sdoc)
        doc.meta["n_tokens"] = len(sdoc)
    else:
        doc.sentences = split_sentences_fast(doc.text)
    return doc
