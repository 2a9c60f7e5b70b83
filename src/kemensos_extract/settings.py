"""Run settings: one frozen object built by the CLI (or by library callers)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

FORMATS = ("csv", "parquet")
ENGINES = ("local", "dask")
SEGMENTERS = ("fast", "spacy")
TEXTS_MODES = ("table", "files", "none")


@dataclass(frozen=True)
class Settings:
    """Everything a run may vary.  Validated on construction."""

    jobs: int = 1
    formats: tuple[str, ...] = ("csv", "parquet")
    excel_bom: bool = False  # write CSV as UTF-8 with BOM (Excel on Windows)
    strict: bool = False  # exit code 1 when any document failed
    max_mb: float = 20.0  # larger files are recorded as failed, not read
    progress: bool = False
    # the normalised texts all offsets point into: table (texts.csv / .parquet), files
    # (texts/DOC_ID.txt, one per document) or none
    texts: str = "table"
    extensions: tuple[str, ...] = field(default=())  # empty: every regular, non-hidden file
    engine: str = "local"  # local (process pool) | dask (LocalCluster or --scheduler)
    scheduler: str | None = None  # Dask scheduler address; None: a LocalCluster of `jobs` workers
    cache: bool = True  # reuse results of unchanged files (keyed by content + pipeline version)
    cache_dir: str | None = None  # default: OUT_DIR/.cache
    segmenter: str = "fast"  # fast (spaCy tokenizer on sentence-final chunks) | spacy (full pipeline)
    batch_size: int = 0  # documents per task sent to a worker; 0: automatic

    def __post_init__(self) -> None:
        if self.jobs < 1:
            object.__setattr__(self, "jobs", max(1, os.cpu_count() or 1))
        bad = [f for f in self.formats if f not in FORMATS]
        if bad or not self.formats:
            raise ValueError(f"unknown output format(s) {bad}; choose from {', '.join(FORMATS)}")
        if self.engine not in ENGINES:
            raise ValueError(f"unknown engine {self.engine!r}; choose from {', '.join(ENGINES)}")
        if self.texts not in TEXTS_MODES:
            raise ValueError(f"unknown texts mode {self.texts!r}; choose from {', '.join(TEXTS_MODES)}")
        if self.segmenter not in SEGMENTERS:
            raise ValueError(f"unknown segmenter {self.segmenter!r}; choose from {', '.join(SEGMENTERS)}")
        if self.batch_size < 0:
            raise ValueError("batch_size must be >= 0")
        if self.max_mb <= 0:
            raise ValueError("max_mb must be positive")

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1024 * 1024)
