"""Core data types shared by every stage.

One `Document` flows through the pipeline: the reader fills the raw text, the
normaliser the clean text (every offset in the project points into
`Document.text`), the segmenter the sentences, and each extractor appends typed
`Span`s to `Document.spans[kind]`.  Table rows are built from spans at the end,
so provenance (doc_id, start, end, text) is never lost.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

# Span kinds (keys of Document.spans).  Extractors own one kind each.
UNIT = "units"
PERSON = "people"
AWARD = "awards"
DATE = "dates"
COUNT = "counts"
SPAN_KINDS = (UNIT, PERSON, AWARD, DATE, COUNT)


@dataclass(slots=True)
class Span:
    """A typed piece of `Document.text`.

    `text == doc.text[start:end]` always holds (tests check it).  `value` is the
    normalised value (unit key, ISO date, integer ...); `attrs` carries the
    extra columns of the span's table row (e.g. unit_name, position, counted).
    """

    start: int
    end: int
    label: str
    text: str
    value: Any = None
    attrs: dict[str, Any] = field(default_factory=dict)
    source: str = "rule"

    def as_row(self, doc_id: str) -> dict[str, Any]:
        """Table row: provenance columns first, then the attrs (one dict display: no update call)."""
        return {"doc_id": doc_id, "start": self.start, "end": self.end, "text": self.text, **self.attrs}


@dataclass(slots=True)
class Dateline:
    """The opening 'CITY (date) -' / 'CITY, OUTLET -' marker of a release."""

    start: int
    end: int
    text: str
    city: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD when the dateline states a full date


@dataclass(slots=True)
class Document:
    doc_id: str
    path: str = ""
    raw_text: str = ""
    text: str = ""  # normalised text; all offsets point here
    encoding: str | None = None
    sha256: str | None = None
    n_bytes: int = 0
    status: str = "ok"  # ok | failed
    stage: str | None = None  # stage that failed
    error: str | None = None
    headline: tuple[int, int] | None = None  # (start, end) in text
    dateline: Dateline | None = None
    body_start: int = 0  # offset where the article body begins (after headline/dateline)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    spans: dict[str, list[Span]] = field(default_factory=lambda: {k: [] for k in SPAN_KINDS})
    meta: dict[str, Any] = field(default_factory=dict)

    # ---- helpers used by extractors -------------------------------------
    def add(self, kind: str, span: Span) -> Span:
        self.spans.setdefault(kind, []).append(span)
        return span

    def span(self, start: int, end: int, label: str, value: Any = None, **attrs: Any) -> Span:
        """Make a Span whose text is sliced from the document (keeps offsets honest)."""
        return Span(start, end, label, self.text[start:end], value, attrs)  # **attrs is a fresh dict already

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `offset` (whole text if unknown).

        Sentences are sorted and disjoint (segment.py): the last one starting at or
        before `offset` is the only candidate.
        """
        sents = self.sentences
        i = bisect_right(sents, (offset, len(self.text) + 1)) - 1
        if i >= 0 and offset < sents[i][1]:
            return sents[i]
        return 0, len(self.text)

    @property
    def published(self) -> str | None:
        return self.dateline.date if self.dateline else None
