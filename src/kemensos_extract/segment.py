"""Sentence segmentation: the one place a spaCy `Doc` is made.

`spacy.blank("id")` gives Indonesian tokenisation; a sentencizer splits
sentences.  Two domain fixes: titles and initials such as "DR.", "MO.", "Drs."
are tokenizer exceptions (so "Prof. DR. R. Siti Zuhro" is not cut after "DR."),
and a line break always ends a sentence (headings, list items, signatures).
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.symbols import ORTH

from .model import Document
from .resources import load_lines


@lru_cache(maxsize=1)
def get_nlp() -> "spacy.language.Language":
    """Build the blank Indonesian pipeline once per process."""
    nlp = spacy.blank("id")
    for abbr in load_lines("abbreviations.txt"):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        if abbr.upper() != abbr:
            nlp.tokenizer.add_special_case(abbr.upper(), [{ORTH: abbr.upper()}])
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str, doc: "spacy.tokens.Doc | None" = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace-trimmed, never crossing a line break."""
    if doc is None:
        doc = get_nlp()(text)
    out: list[tuple[int, int]] = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        # cut at line breaks
        pos = s
        while pos < e:
            nl = text.find("\n", pos, e)
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


def segment(doc: Document) -> Document:
    """Fill `doc.sentences` from `doc.text`."""
    sdoc = get_nlp()(doc.text)
    doc.sentences = split_sentences(doc.text, sdoc)
    doc.meta["n_tokens"] = len(sdoc)
    return doc
