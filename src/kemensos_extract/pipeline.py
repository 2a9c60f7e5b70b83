"""The staged pipeline: files -> Document -> spans -> rows -> corpus tables -> files.

`process_bytes` is a pure function of a file's bytes (so it can run in any
worker process); `run` streams files through it, then runs the corpus stage
(stories, canonical tables) and writes every table.
"""
from __future__ import annotations

import hashlib
import os
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .extract import EXTRACTORS
from .model import SPAN_KINDS, Document
from .normalize import normalize
from .read import ReadError, read_bytes
from .segment import segment
from .settings import Settings

#: Bump when extraction logic changes in a way that alters output (cache key).
PIPELINE_VERSION = "1"


@dataclass
class DocResult:
    """Everything one input file contributes to the output."""

    document: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    text: str = ""
    fingerprint: Any = None
    #: `canonical.award_values` of each award row (None: not computed; the corpus stage then reads the rows)
    award_inputs: list[tuple[Any, ...]] | None = None


def _stage_error(exc: BaseException) -> str:
    msg = f"{type(exc).__name__}: {exc}"
    return msg[:500]


def run_stages(doc: Document) -> Document:
    """normalise -> segment -> extractors; a failing stage is recorded on the document."""
    run_stages_many([doc])
    return doc


def run_stages_many(docs: list[Document]) -> list[Document]:
    """`run_stages` on several documents, stage by stage (each stage's code and data stay hot).

    Every document still goes through the same stages in the same order and a
    failure stays its own: a document is independent of the others in its batch.
    """
    active = docs
    for name, fn in (("normalize", normalize), ("segment", segment)):
        for doc in active:
            try:
                fn(doc)
            except Exception as exc:  # noqa: BLE001 - isolate per document
                doc.status, doc.stage, doc.error = "failed", name, _stage_error(exc)
                doc.meta["traceback"] = traceback.format_exc(limit=6)
        active = [doc for doc in active if doc.status != "failed"]
    for name, fn in EXTRACTORS:
        for doc in active:
            try:
                fn(doc)
            except Exception as exc:  # noqa: BLE001 - one extractor never costs the others
                doc.spans[name] = []
                if doc.status == "ok":
                    doc.status, doc.stage, doc.error = "partial", f"extract:{name}", _stage_error(exc)
                    doc.meta["traceback"] = traceback.format_exc(limit=6)
    return docs


def extract_text(text: str, doc_id: str = "doc") -> Document:
    """Run every stage after reading on an in-memory text (tests, notebooks)."""
    doc = Document(doc_id=doc_id, raw_text=text)
    return run_stages(doc)


def process_bytes(data: bytes, doc_id: str, path: str = "", *, max_bytes: int | None = None) -> DocResult:
    """Pure per-file work: bytes in, rows out.  Never raises."""
    return process_many([(data, doc_id, path)], max_bytes)[0]


def process_many(batch: list[tuple[bytes, str, str]], max_bytes: int | None = None) -> list[DocResult]:
    """`process_bytes` of every (bytes, doc_id, path), stage by stage over the batch, then rows:
    each stage's code and data stay in the CPU caches (-15 % CPU per release against one
    document at a time; the results are the same)."""
    docs = [read_document(data, doc_id, path, max_bytes=max_bytes) for data, doc_id, path in batch]
    run_stages_many([doc for doc in docs if doc.status == "ok"])
    return [to_result(doc) for doc in docs]


def read_document(data: bytes, doc_id: str, path: str = "", *, max_bytes: int | None = None) -> Document:
    """The read stage: a Document holding the decoded text, or a failed one (never raises)."""
    doc = Document(doc_id=doc_id, path=path, n_bytes=len(data))
    doc.sha256 = hashlib.sha256(data).hexdigest()
    try:
        if max_bytes is not None and len(data) > max_bytes:
            raise ReadError(f"file too large: {len(data) / 1048576:.1f} MB > limit {max_bytes / 1048576:.1f} MB (raise it with --max-mb)")
        read_bytes(data, doc, name=path)
    except ReadError as exc:
        doc.status, doc.stage, doc.error = "failed", "read", str(exc)
    except Exception as exc:  # noqa: BLE001
        doc.status, doc.stage, doc.error = "failed", "read", _stage_error(exc)
    return doc


def process_file(path: str, doc_id: str, max_bytes: int | None = None) -> DocResult:
    """Read a file and process it; an unreadable file becomes a failed document row."""
    try:
        with open(path, "rb") as fh:
            if max_bytes is not None and os.fstat(fh.fileno()).st_size > max_bytes:
                size = os.fstat(fh.fileno()).st_size
                doc = Document(doc_id=doc_id, path=path, n_bytes=size, status="failed", stage="read",
                               error=f"file too large: {size / 1048576:.1f} MB > limit {max_bytes / 1048576:.1f} MB (raise it with --max-mb)")
                return to_result(doc)
            data = fh.read()
    except OSError as exc:
        doc = Document(doc_id=doc_id, path=path, status="failed", stage="read", error=f"cannot open file: {exc.strerror or exc}")
        return to_result(doc)
    return process_bytes(data, doc_id, path, max_bytes=max_bytes)


def to_result(doc: Document) -> DocResult:
    """Flatten a Document into table rows (and its story fingerprint)."""
    from .corpus import stories
    from .corpus.canonical import award_values

    dl = doc.dateline
    document = {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "status": doc.status,
        "stage": doc.stage,
        "error": doc.error,
        "encoding": doc.encoding,
        "n_bytes": doc.n_bytes,
        "n_chars": len(doc.text),
        "sha256": doc.sha256,
        "headline": doc.text[doc.headline[0]:doc.headline[1]] if doc.headline else None,
        "dateline": dl.text if dl else None,
        "dateline_city": dl.city if dl else None,
        "outlet": dl.outlet if dl else None,
        "published_date": dl.date if dl else None,
        "byline": doc.meta.get("byline"),
        "story_id": None,
    }
    rows = {kind: [s.as_row(doc.doc_id) for s in sorted(doc.spans.get(kind, []), key=lambda s: (s.start, s.end))]
            for kind in SPAN_KINDS}
    for kind in SPAN_KINDS:
        document[f"n_{kind}"] = len(rows[kind])
    fp = None
    if doc.status != "failed" and doc.text:
        try:
            fp = stories.fingerprint(doc)
        except Exception as exc:  # noqa: BLE001
            if doc.status == "ok":
                document.update(status="partial", stage="fingerprint", error=_stage_error(exc))
    return DocResult(document=document, rows=rows, text=doc.text if doc.status != "failed" else "", fingerprint=fp,
                     award_inputs=[award_values(r) for r in rows["awards"]])


# ---- discovery -------------------------------------------------------------
def _suffix(name: str) -> str:
    """`PurePath.suffix` of a file name (without building a Path: 100k files matter)."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _stem(name: str) -> str:
    """`PurePath.stem` of a file name."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def _walk(root: str, extensions: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], str]]:
    """(relative parts, path) of regular, non-hidden files under `root` (hidden folders pruned).

    `os.walk` on strings instead of `Path.rglob`: 100,000 files cost well under a
    second.  Same files and order as ``sorted(Path(root).rglob("*"))`` filtered by
    `is_file` and hidden parts (symlinked folders are not followed, like rglob).
    """
    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel_dir = os.path.relpath(dirpath, root)
        prefix = () if rel_dir == os.curdir else tuple(rel_dir.split(os.sep))
        for name in filenames:
            if name.startswith("."):
                continue
            if extensions and _suffix(name).lower() not in extensions:
                continue
            full = os.path.join(dirpath, name)
            if os.path.isfile(full):
                found.append((prefix + (name,), full))
    found.sort(key=lambda t: t[0])
    return found


def discover(inputs: Iterable[str | os.PathLike], extensions: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Expand folders (recursively) and files into (doc_id, path) pairs, sorted, ids unique.

    Every regular non-hidden file counts (so a stray binary is reported, not
    silently skipped) unless `extensions` restricts the suffixes.  The id is the
    file name without its suffix; when two files share it, their relative paths
    (with ``__`` for the separator), then ``~N``.
    """
    files: list[tuple[tuple[str, ...], str]] = []  # (parts relative to the input, path)
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            files.extend(_walk(str(p), extensions))
        elif p.exists():
            files.append(((p.name,), str(p)))
        else:
            raise FileNotFoundError(f"input not found: {p}")
    seen: dict[str, int] = {}
    stem_counts = Counter(_stem(rel[-1]) for rel, _ in files)  # linear: 100k files must not cost n^2
    dup = {s for s, n in stem_counts.items() if n > 1}
    out = []
    for rel, path in files:
        doc_id = _stem(rel[-1])
        if doc_id in dup:
            doc_id = "__".join(rel)
        if doc_id in seen:
            seen[doc_id] += 1
            doc_id = f"{doc_id}~{seen[doc_id]}"
        else:
            seen[doc_id] = 0
        out.append((doc_id, path))
    out.sort(key=lambda t: t[0])
    return out


def process_batch(batch: list[tuple[bytes, str, str]], max_bytes: int | None = None,
                  segmenter: str | None = None, compress: bool = True) -> list[bytes]:
    """Worker entry point for every engine: [(bytes, doc_id, path)] -> compressed result blobs.

    Pure (depends only on its arguments and the installed package), so it runs
    in a local process pool or on a remote Dask worker alike.  Returning blobs
    (not objects) lets the main process store them in the cache as they are.
    """
    from .cache import dumps, dumps_raw
    from .segment import ENV_SEGMENTER

    if segmenter and os.environ.get(ENV_SEGMENTER) != segmenter:
        os.environ[ENV_SEGMENTER] = segmenter
    pack = dumps if compress else dumps_raw  # uncompressed when no cache stores the blobs
    return [pack(res) for res in process_many(batch, max_bytes)]


def warm() -> None:
    """Build every compiled resource once (worker initialiser): first documents are not slow."""
    from .segment import _punct_rx, get_nlp, get_tokenizer, segmenter

    if segmenter() == "spacy":
        get_nlp()
    else:
        get_tokenizer()
    _punct_rx()
    try:
        process_bytes("Jakarta (Kemensos) - Warm up. Selesai.".encode(), "warm", "")
    except Exception:  # noqa: BLE001 - warming is best effort
        pass


def iter_results(items: list[tuple[str, str]], settings: Settings) -> Iterator[DocResult]:
    """Process files in order (no cache, no streaming): kept for library callers and tests."""
    from .engines import iter_processed

    for _doc_id, _how, res in iter_processed(items, settings, cache=None):
        yield res


def _warm() -> None:
    warm()


def _work(args: tuple[str, str, int]) -> DocResult:
    return process_file(*args)


ProgressFn = Callable[[DocResult], None]
