"""Library API: `extract_folder()` runs the whole pipeline, `load()` reads the tables back.

The CLI is a thin layer over these two functions.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import __version__
from .corpus import canonical, stories
from .model import SPAN_KINDS
from .pipeline import PIPELINE_VERSION, DocResult, discover
from .settings import Settings
from .write import TABLES, TEXTS, atomic_write_text, clean_stale_temp, unescape_cell


@dataclass
class RunSummary:
    """What a run did: counts an analyst (and the CLI's end summary) needs."""

    out_dir: Path
    n_documents: int = 0
    n_ok: int = 0
    n_partial: int = 0
    n_failed: int = 0
    n_cached: int = 0  # results reused from the cache (unchanged files)
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, stage, error)

    def as_dict(self) -> dict[str, Any]:
        return {"out_dir": str(self.out_dir), "n_documents": self.n_documents, "n_ok": self.n_ok,
                "n_partial": self.n_partial, "n_failed": self.n_failed, "n_cached": self.n_cached,
                "rows": self.rows, "seconds": round(self.seconds, 3)}


#: Mention tables are streamed to disk; the corpus stage keeps a compact copy of the award
#: rows (`_Compact`) and per-key aggregates of units and people (`canonical.*Aggregator`).


class _Row(Mapping):
    """A read-only row: one shared column index + a tuple of values (~1/3 of a dict's memory)."""

    __slots__ = ("_cols", "_vals")

    def __init__(self, cols: dict[str, int], vals: tuple[Any, ...]) -> None:
        self._cols = cols
        self._vals = vals

    def __getitem__(self, key: str) -> Any:
        return self._vals[self._cols[key]]

    def get(self, key: str, default: Any = None) -> Any:
        i = self._cols.get(key)
        return default if i is None else self._vals[i]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cols)

    def __len__(self) -> int:
        return len(self._cols)

    def __repr__(self) -> str:
        return f"_Row({dict(self)!r})"


_AWARD_COLS = {k: i for i, k in enumerate((*canonical.AWARD_INPUT_COLUMNS, "evidence"))}


class _Compact:
    """Compact in-memory copies of what the corpus stage keeps: award rows and fingerprints.

    Award rows become `_Row`s sharing one column index and strings are
    shared through one memo (an award name seen 10,000 times is stored once);
    units and people are not kept as rows at all (`canonical.*Aggregator`).
    """

    def __init__(self) -> None:
        self._memo: dict[Any, Any] = {}

    def award(self, doc_id: str, values: tuple[Any, ...]) -> _Row:
        """An award input row (`canonical.AWARD_INPUT_COLUMNS` + evidence) from `canonical.award_values`."""
        memo = self._memo
        return _Row(_AWARD_COLS, (doc_id, *[memo.setdefault(v, v) if type(v) is str else v for v in values]))

    def fingerprint(self, fp: Any) -> Any:
        """Drop what unpickling leaves around a story fingerprint (~1 KB per document).

        Unpickled NumPy arrays are views on a temporary buffer (which stays alive);
        an own copy holds just the data.  Subject keys are shared strings.
        """
        for name in ("tokens", "sig"):
            a = getattr(fp, name, None)
            if isinstance(a, np.ndarray) and a.base is not None:
                setattr(fp, name, a.copy())
        subjects = getattr(fp, "subjects", None)
        if isinstance(subjects, tuple) and subjects:
            memo = self._memo
            fp.subjects = tuple(memo.setdefault(x, x) if isinstance(x, str) else x for x in subjects)
        return fp


def extract_folder(inputs: str | Path | Iterable[str | Path], out_dir: str | Path, settings: Settings | None = None,
                   *, on_document: Callable[[DocResult], None] | None = None,
                   on_start: Callable[[int], None] | None = None) -> RunSummary:
    """Read every release under `inputs`, extract facts, write all tables into `out_dir`.

    One unreadable file never stops the run: it becomes a `failed` row in
    `documents` with the stage and the error.  Documents are processed by
    `settings.jobs` workers (or a Dask cluster), results stream to disk, and
    unchanged files are served from the cache (OUT_DIR/.cache) when
    `settings.cache` is on.
    """
    from .cache import ResultCache
    from .engines import _sha_of, iter_processed
    from .sink import Sink, release_memory, write_rows, write_spool, write_text_if_changed

    settings = settings or Settings()
    t0 = time.perf_counter()
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    items = discover(list(inputs), settings.extensions)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    clean_stale_temp(out)  # leftovers of a run that was killed while writing
    if on_start:
        on_start(len(items))
    summary = RunSummary(out_dir=out)
    texts_dir = out / "texts"
    text_files, text_table = settings.texts == "files", settings.texts == "table"
    if text_files:
        texts_dir.mkdir(parents=True, exist_ok=True)
    names = _output_tables(settings)  # every table this run writes, in order
    cache = ResultCache(Path(settings.cache_dir) if settings.cache_dir else out / ".cache") if settings.cache else None
    sink = Sink(out, ("documents", *SPAN_KINDS) + ((TEXTS,) if text_table else ()))
    compact = _Compact()
    fps: dict[str, Any] = {}
    published: dict[str, str] = {}  # doc_id -> ISO publication date (orders documents in canonical tables)
    award_rows: list[Any] = []  # canonical awards need story ids: kept (compact) until grouping
    # canonical units and people: aggregated while their tables are written (`write_spool`)
    doc_ids = [doc_id for doc_id, _ in items]
    aggregates = {"units": partial(canonical.UnitsAggregator, doc_ids=doc_ids),
                  "people": partial(canonical.PeopleAggregator, published, doc_ids=doc_ids)}
    up_to_date = False
    kept: list[Any] = []  # the engine, kept open: its idle workers write tables at the end
    shas: list[str] | None = None
    inputs_digest = ""
    try:
        if cache is not None:
            # Hash every file first: when the files, the settings and the code are those of the
            # previous run, every file is cached and its tables are intact, they are the result
            # and nothing is read from the cache (an unchanged 10,000-file re-run: ~1 s).
            shas = [_sha_of(path, settings.max_bytes) for _, path in items]
            digest = hashlib.sha256(_settings_key(settings).encode())
            for (doc_id, path), sha in zip(items, shas):
                digest.update(f"{doc_id}\t{path}\t{sha}\n".encode())
            inputs_digest = digest.hexdigest()
            if all(shas) and _outputs_current(out, inputs_digest) \
                    and len(cache.contains(shas)) == len(set(shas)):
                state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
                prev = state["summary"]
                up_to_date = True
                summary.rows = {k: state["rows"][k] for k in names if k in state["rows"]}
                summary.n_documents = summary.n_cached = len(items)
                summary.n_ok, summary.n_partial, summary.n_failed = prev["n_ok"], prev["n_partial"], prev["n_failed"]
                summary.failures = [tuple(f) for f in prev["failures"]]
                return summary
        for _doc_id, how, res in iter_processed(items, settings, cache, keep=kept, shas=shas):
            d = res.document
            sink["documents"].append(d)
            if d.get("published_date"):
                published[d["doc_id"]] = d["published_date"]
            rows_of = res.rows
            packed_of = getattr(rows_of, "packed", None)  # a worker's result: row lists still pickled
            for kind in SPAN_KINDS:
                packed = packed_of(kind) if packed_of is not None else None
                if packed is not None:
                    sink[kind].extend_packed(*packed)  # as the worker pickled them
                else:
                    rows = rows_of.get(kind, [])
                    if rows:
                        sink[kind].extend(rows)
            inputs = res.award_inputs
            if inputs is None:
                inputs = [canonical.award_values(r) for r in rows_of.get("awards", [])]
            if inputs:
                award_rows.extend(map(partial(compact.award, d["doc_id"]), inputs))
            if res.fingerprint is not None:
                fps[d["doc_id"]] = compact.fingerprint(res.fingerprint)
            if res.text:
                if text_table:
                    sink[TEXTS].append({"doc_id": d["doc_id"], "text": res.text})
                elif text_files:
                    write_text_if_changed(texts_dir / f"{d['doc_id']}.txt", res.text)
            summary.n_documents += 1
            summary.n_cached += how == "hit"
            status = d["status"]
            if status == "ok":
                summary.n_ok += 1
            elif status == "partial":
                summary.n_partial += 1
            else:
                summary.n_failed += 1
            if status != "ok":
                summary.failures.append((d["doc_id"], d.get("stage") or "", d.get("error") or ""))
            if on_document:
                on_document(res)
        if cache is not None:
            cache.close()
        # mention tables (and texts) need nothing from the corpus stage: idle workers write them meanwhile
        writing = {}
        run_async = getattr(kept[0], "run_async", None) if kept else None
        if run_async is not None:
            for name in (*SPAN_KINDS, TEXTS) if text_table else SPAN_KINDS:
                kw = {"aggregate": aggregates[name]()} if name in aggregates else {}
                handle = run_async(write_spool, sink[name].job(out, settings.formats, bom=settings.excel_bom), kw)
                if handle is not None:
                    writing[name] = handle
        # corpus stage
        story_of, story_rows = stories.group(fps)
        del fps
        release_memory()  # the grouping's working memory, before the canonical tables need theirs
        set_story = partial(_set_story, story_of)
        if run_async is not None:  # documents.csv needs the story ids: written by a worker from now on
            handle = run_async(write_spool, sink["documents"].job(out, settings.formats, bom=settings.excel_bom),
                               {"transform": set_story})
            if handle is not None:
                writing["documents"] = handle
        small = {
            "stories": story_rows,
            "canonical_awards": canonical.canonical_awards(award_rows, story_of, published=published),
        }
        award_rows.clear()
        for name in names:
            if name in writing:
                n = writing[name].get()
            elif name in sink.tables:
                n = sink[name].finalize(out, settings.formats, bom=settings.excel_bom,
                                        transform=set_story if name == "documents" else None,
                                        aggregate=aggregates[name]() if name in aggregates else None)
            else:
                rows = small.pop(name, [])
                write_rows(out, name, rows, settings.formats, bom=settings.excel_bom)
                n = len(rows)
                del rows
            if isinstance(n, tuple):  # a mention table and its canonical table (units, people)
                n, small[f"canonical_{name}"] = n
            summary.rows[name] = n
    finally:
        for engine in kept:
            engine.close()
        sink.cleanup()
        if cache is not None:
            cache.close()
        if up_to_date:
            summary.seconds = time.perf_counter() - t0
    errors = [{"doc_id": a, "stage": b, "error": c} for a, b, c in summary.failures]
    atomic_write_text(out / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    if not text_table:  # a texts table of an earlier run would not match these tables
        for ext in ("csv", "parquet"):
            (out / f"{TEXTS}.{ext}").unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - t0
    manifest = {"tool": "kemensos-extract", "version": __version__, "pipeline_version": PIPELINE_VERSION,
                "n_documents": summary.n_documents, "n_failed": summary.n_failed, "rows": summary.rows,
                "formats": list(settings.formats)}
    atomic_write_text(out / "manifest.json", json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    state = out / STATE_FILE
    if settings.cache:
        # lets an unchanged re-run skip the corpus stage and the writing (see `_outputs_current`)
        prev = {"n_ok": summary.n_ok, "n_partial": summary.n_partial, "n_failed": summary.n_failed,
                "failures": [list(f) for f in summary.failures]}
        atomic_write_text(state, json.dumps({"inputs_digest": inputs_digest, "rows": summary.rows, "summary": prev,
                                             "outputs": _output_stamps(out, settings)}, indent=1) + "\n")
    elif state.exists():
        state.unlink()
    return summary


def _set_story(story_of: dict[str, str], d: dict[str, Any]) -> None:
    """Fill a document row's story id (module level: it travels to a worker with `partial`)."""
    d["story_id"] = story_of.get(d["doc_id"]) or (f"s-{d['doc_id']}" if d["status"] != "failed" else None)


#: Hidden file in OUT_DIR describing the run that wrote it (not a table; manifest.json stays
#: byte-identical between runs).
STATE_FILE = ".run-state.json"


def _settings_key(settings: Settings) -> str:
    """The settings that change the written tables (with the pipeline key: code + data)."""
    from .cache import pipeline_key

    return json.dumps([pipeline_key(), sorted(settings.formats), settings.excel_bom, settings.texts,
                       settings.max_mb, list(settings.extensions)])


def _output_tables(settings: Settings) -> tuple[str, ...]:
    """The tables a run with these settings writes (the texts table with ``texts="table"``)."""
    return TABLES + ((TEXTS,) if settings.texts == "table" else ())


def _output_stamps(out: Path, settings: Settings) -> dict[str, list[int]]:
    """Size and mtime of every table file written, so a later run can tell they are untouched."""
    stamps = {}
    formats = settings.formats
    names = [f"{t}.{ext}" for t in _output_tables(settings) for ext in ("csv", "parquet") if ext in formats] + \
        ["errors.jsonl", "manifest.json"]
    for name in names:
        st = (out / name).stat()
        stamps[name] = [st.st_size, st.st_mtime_ns]
    return stamps


def _outputs_current(out: Path, inputs_digest: str) -> bool:
    """True when OUT_DIR holds the complete, untouched result of exactly these inputs and settings.

    Every input came from the cache (unchanged bytes, same pipeline key), the
    list of (doc_id, path, sha256) and the settings hash to the digest stored
    by the previous run (OUT_DIR/.run-state.json), and every table file still has the size and mtime it
    was written with.  Then the corpus stage would recompute the same tables.
    """
    try:
        state = json.loads((out / STATE_FILE).read_text(encoding="utf-8"))
        if state.get("inputs_digest") != inputs_digest or not state.get("outputs") or "summary" not in state:
            return False
        for name, (size, mtime) in state["outputs"].items():
            st = (out / name).stat()
            if st.st_size != size or st.st_mtime_ns != mtime:
                return False
        return True
    except (OSError, ValueError, KeyError, TypeError):
        return False


# ---- load ---------------------------------------------------------------------
_CATEGORICAL = {"status", "stage", "encoding", "outlet", "dateline_city", "unit_type", "mention", "precision", "role",
                "award_family", "cue", "province"}
_INT = {"start", "end", "n_bytes", "n_chars", "award_edition", "evidence_start", "evidence_end", "n_members",
        "n_sources", "n_docs", "n_units", "n_people", "n_awards", "n_dates", "n_counts"}




def load(out_dir: str | Path, tables: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Read a run's tables into pandas with proper dtypes.

    Parquet is preferred (raw values); CSV is used when no Parquet was written
    (the Excel-safety apostrophe is removed).  Nullable integers for offsets,
    counts and editions; `*_date` / dates `value` parsed beside the ISO string
    (`published` / `date` columns, NaT when partial); categoricals for closed
    vocabularies.  The texts table is read only when asked for (``tables=["texts"]``).
    """
    out = Path(out_dir)
    result: dict[str, pd.DataFrame] = {}
    for name in (tables or TABLES):
        pq, csvp = out / f"{name}.parquet", out / f"{name}.csv"
        if pq.exists():
            df = pd.read_parquet(pq)
        elif csvp.exists():
            df = pd.read_csv(csvp, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
            df = df.map(unescape_cell) if len(df) else df
        else:
            continue
        for c in df.columns:
            if c in _INT or (name == "counts" and c == "value"):
                df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
            elif c in _CATEGORICAL:
                df[c] = df[c].astype("category")
            elif df[c].dtype == object:
                df[c] = df[c].astype("string")
        if name == "documents" and "published_date" in df:
            df["published"] = pd.to_datetime(df["published_date"], format="%Y-%m-%d", errors="coerce")
        if name == "dates" and "value" in df:
            df["date"] = pd.to_datetime(df["value"].astype("string"), format="%Y-%m-%d", errors="coerce")
        result[name] = df
    return result
