"""Result cache for incremental runs: unchanged files are not processed again.

A file's result (`DocResult`, pickled and zlib-compressed by the worker) is
stored under the sha256 of its bytes in one SQLite file per *pipeline key*.
The key covers everything that can change a result:

* `PIPELINE_VERSION` (bumped by hand when output changes on purpose),
* the package version,
* `resources.data_fingerprint()` (every data file),
* `code_fingerprint()` (every .py file of the package - so an edited rule
  never serves stale rows, even when nobody bumped the version).

A new key means a new (empty) database; databases of other keys in the same
folder are deleted when a cache is opened for writing.  The document id and
path are not part of a cached entry: they are re-bound on a hit, so renaming
or copying a file still hits.  Only the main process touches the database
(workers return blobs), so there is no write concurrency.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from collections.abc import Iterator, Mapping
from typing import Any

SUFFIX = ".sqlite"
#: zlib level for cached blobs: level 1 is ~10x faster than 6 and ~3x smaller than raw pickles.
ZLEVEL = 1


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the package's Python sources (sorted by path)."""
    h = hashlib.sha256()
    root = Path(str(resources.files("kemensos_extract")))
    for p in sorted(root.rglob("*.py")):
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def pipeline_key() -> str:
    """Everything a cached result depends on besides the file's bytes."""
    from . import __version__
    from .pipeline import PIPELINE_VERSION
    from .resources import data_fingerprint

    raw = f"{PIPELINE_VERSION}|{__version__}|{data_fingerprint()}|{code_fingerprint()}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


#: First item of a packed result (see `pack`): tells a packed tuple from any other pickled object.
_WIRE = "kemensos-result/2"


class PackedRows(Mapping):
    """A result's rows per table kind, each list kept as the worker's pickle until it is read.

    The main process appends the pickles of the tables it does not need to the
    table spools as they are (`TableSpool.extend_packed`): no unpickling and
    re-pickling of millions of rows.  Reading a kind (``rows[kind]``) unpickles
    it once; `packed` then returns None, as the caller may change those rows.
    """

    __slots__ = ("_packed", "_rows")

    def __init__(self, packed: dict[str, tuple[bytes, int, tuple[str, ...]]]) -> None:
        self._packed = packed
        self._rows: dict[str, list[dict[str, Any]]] = {}

    def __getitem__(self, kind: str) -> list[dict[str, Any]]:
        rows = self._rows.get(kind)
        if rows is None:
            data, n, _keys = self._packed[kind]
            rows = self._rows[kind] = pickle.loads(data) if n else []
        return rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def packed(self, kind: str) -> tuple[bytes, int, tuple[str, ...]] | None:
        """(pickle of the row list, number of rows, every key used) - None once the rows were read."""
        return None if kind in self._rows else self._packed.get(kind)

    def __repr__(self) -> str:
        return f"PackedRows({dict(self)!r})"


def _pack_rows(rows: list[dict[str, Any]]) -> tuple[bytes, int, tuple[str, ...]]:
    if not rows:
        return b"", 0, ()
    keys: set[str] = set()
    for r in rows:
        keys.update(r)
    return pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), len(rows), tuple(sorted(keys))


def pack(obj: Any) -> Any:
    """A `DocResult` as a plain tuple whose row lists are pickled one per table kind."""
    rows = getattr(obj, "rows", None)
    if not isinstance(rows, dict) or not hasattr(obj, "document"):
        return obj
    return (_WIRE, obj.document, {k: _pack_rows(v) for k, v in rows.items()}, obj.text, obj.fingerprint,
            getattr(obj, "award_inputs", None))


def unpack(obj: Any) -> Any:
    """Inverse of `pack`: a `DocResult` whose `rows` is a `PackedRows` mapping."""
    if type(obj) is tuple and len(obj) == 6 and obj[0] == _WIRE:
        from .pipeline import DocResult

        return DocResult(document=obj[1], rows=PackedRows(obj[2]), text=obj[3], fingerprint=obj[4],
                         award_inputs=obj[5])
    return obj


def dumps(obj: Any) -> bytes:
    """Compact blob of a result (what workers send back and what the cache stores)."""
    return zlib.compress(pickle.dumps(pack(obj), protocol=pickle.HIGHEST_PROTOCOL), ZLEVEL)


def dumps_raw(obj: Any) -> bytes:
    """Uncompressed blob (worker -> main process when the run has no cache): zlib costs more than the pipe."""
    return pickle.dumps(pack(obj), protocol=pickle.HIGHEST_PROTOCOL)


def loads(blob: bytes) -> Any:
    """Inverse of `dumps` and `dumps_raw` (a pickle starts with 0x80, a zlib stream never does)."""
    return unpack(pickle.loads(blob if blob[:1] == b"\x80" else zlib.decompress(blob)))


class ResultCache:
    """sha256(bytes) -> result blob, for one pipeline key, in `root/<key>.sqlite`."""

    def __init__(self, root: str | Path, key: str | None = None, *, commit_every: int = 512) -> None:
        self.root = Path(root)
        self.key = key or pipeline_key()
        self.root.mkdir(parents=True, exist_ok=True)
        self._prune()
        self.path = self.root / f"{self.key}{SUFFIX}"
        self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (sha TEXT PRIMARY KEY, blob BLOB NOT NULL)")
        self._pending: list[tuple[str, bytes]] = []
        self._commit_every = commit_every
        self.hits = 0
        self.misses = 0

    def _prune(self) -> None:
        """Remove databases of other pipeline keys (they can never hit again)."""
        for p in self.root.glob(f"*{SUFFIX}*"):
            if not p.name.startswith(self.key):
                try:
                    p.unlink()
                except OSError:
                    pass

    def get(self, sha: str) -> bytes | None:
        row = self._db.execute("SELECT blob FROM results WHERE sha = ?", (sha,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return row[0]

    def get_many(self, shas: list[str]) -> dict[str, bytes]:
        """Blobs of the given hashes that are cached (one query per 500 hashes)."""
        out: dict[str, bytes] = {}
        uniq = list(dict.fromkeys(shas))
        for i in range(0, len(uniq), 500):
            part = uniq[i:i + 500]
            q = f"SELECT sha, blob FROM results WHERE sha IN ({','.join('?' * len(part))})"
            out.update(self._db.execute(q, part).fetchall())
        self.hits += sum(1 for s in shas if s in out)
        self.misses += sum(1 for s in shas if s not in out)
        return out

    def contains(self, shas: list[str]) -> set[str]:
        """The given hashes that are cached (keys only: cheap)."""
        out: set[str] = set()
        uniq = list(dict.fromkeys(shas))
        for i in range(0, len(uniq), 500):
            part = uniq[i:i + 500]
            q = f"SELECT sha FROM results WHERE sha IN ({','.join('?' * len(part))})"
            out.update(r[0] for r in self._db.execute(q, part))
        return out

    def put(self, sha: str, blob: bytes) -> None:
        self._pending.append((sha, blob))
        if len(self._pending) >= self._commit_every:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO results (sha, blob) VALUES (?, ?)", self._pending)
        self._pending.clear()

    def __len__(self) -> int:
        self.flush()
        return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._db.close()

    def __enter__(self) -> "ResultCache":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
