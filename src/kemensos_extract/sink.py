"""Streaming table output: rows go to disk as documents finish, not into lists.

Each table's rows are appended (pickled, in chunks) to a spool file in a
private temporary folder inside OUT_DIR while the run goes on; at the end
every table is converted chunk by chunk into CSV and Parquet (one row group
per chunk) under a temporary name and renamed into place - memory stays
bounded by one chunk, whatever the corpus size.  The final files are the same
as `write.write_table` would write for the same rows: same columns (the
table's base columns, then every extra attribute seen, sorted), same CSV
bytes, same Parquet values.  Documents arrive in sorted doc-id order and rows
within a document by offset, so append order is the deterministic order.
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .write import TEXTS, atomic_write_bytes, columns_for, csv_cells, csv_header, csv_writer, to_arrow, write_table

#: Rows per pickled chunk in the spool and per Parquet row group (5,000: writing a table adds
#: ~50 MB to a worker, 20,000 rows ~95 MB; same CPU).
CHUNK_ROWS = 5_000
#: The same for the texts table, whose rows are whole releases (~3 KB each): ~1.5 MB per chunk.
TEXT_CHUNK_ROWS = 500


def chunk_rows(name: str) -> int:
    """Rows per spool chunk and Parquet row group of table `name`."""
    return min(CHUNK_ROWS, TEXT_CHUNK_ROWS) if name == TEXTS else CHUNK_ROWS


class TableSpool:
    """Append-only row store of one table; `finalize` writes the table's files."""

    def __init__(self, tmp_dir: Path, name: str) -> None:
        self.name = name
        self.path = tmp_dir / f"{name}.spool"
        self._fh = open(self.path, "wb", buffering=1 << 20)  # ~50,000 small appends per 10,000 documents
        self._buf: list[dict[str, Any]] = []
        self.keys: set[str] = set()
        self.n_rows = 0

    def extend(self, rows: list[dict[str, Any]]) -> None:
        for r in rows:
            self.keys.update(r)
        self._buf.extend(rows)
        self.n_rows += len(rows)
        if len(self._buf) >= chunk_rows(self.name):
            self._flush()

    def append(self, row: dict[str, Any]) -> None:
        self.extend([row])

    def extend_packed(self, data: bytes, n_rows: int, keys: tuple[str, ...]) -> None:
        """Append rows given as one pickled list (a worker's `cache.PackedRows`), without unpickling them."""
        if not n_rows:
            return
        self._flush()  # rows buffered before these go first
        self._fh.write(data)
        self.keys.update(keys)
        self.n_rows += n_rows

    def _flush(self) -> None:
        if self._buf:
            pickle.dump(self._buf, self._fh, protocol=pickle.HIGHEST_PROTOCOL)
            self._buf = []

    def seal(self) -> None:
        """Flush and close the spool file (it can then be written out by another process)."""
        self._flush()
        if not self._fh.closed:
            self._fh.close()

    def columns(self) -> list[str]:
        return columns_for(self.name, [dict.fromkeys(self.keys)] if self.keys else [])

    def finalize(self, out_dir: Path, formats: tuple[str, ...], *, bom: bool = False,
                 transform: Callable[[dict[str, Any]], None] | None = None, aggregate: Any = None) -> Any:
        """Write OUT_DIR/<name>.csv / .parquet atomically; returns what `write_spool` returns."""
        return write_spool(*self.job(out_dir, formats, bom=bom), transform=transform, aggregate=aggregate)

    def job(self, out_dir: Path, formats: tuple[str, ...], *, bom: bool = False) -> tuple[Any, ...]:
        """Arguments of `write_spool` for this table (picklable: runs in any local process)."""
        self.seal()
        return (str(self.path), self.name, self.columns(), self.n_rows, str(out_dir), tuple(formats), bom)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


def read_spool(path: str, size: int | None = None) -> Iterator[list[dict[str, Any]]]:
    """Chunks of rows from a sealed spool file, in append order, about `size` (`CHUNK_ROWS`) each.

    The file holds pickled lists: buffered chunks and single documents' rows
    (`TableSpool.extend_packed`); small ones are joined.
    """
    size = size or CHUNK_ROWS
    buf: list[dict[str, Any]] = []
    with open(path, "rb") as fh:
        while True:
            try:
                part = pickle.load(fh)
            except EOFError:
                break
            if not buf and len(part) >= size:
                yield part
                continue
            buf.extend(part)
            if len(buf) >= size:
                yield buf
                buf = []
    if buf:
        yield buf


def write_spool(path: str, name: str, columns: list[str], n_rows: int, out_dir: str, formats: tuple[str, ...],
                bom: bool = False, *, transform: Callable[[dict[str, Any]], None] | None = None,
                aggregate: Any = None) -> Any:
    """Convert a sealed spool into OUT_DIR/<name>.csv / .parquet atomically; returns the number of rows.

    A plain function of picklable arguments, so the tables that need nothing
    from the corpus stage can be written by idle worker processes while the
    main process groups stories.  `aggregate` (e.g. `canonical.UnitsAggregator`)
    sees every row on the way (`add`); then the result is (rows, aggregate.rows()).
    """
    out = Path(out_dir)
    if n_rows == 0:
        write_table(out, name, [], formats, bom=bom)
        return 0 if aggregate is None else (0, aggregate.rows())
    try:
        write_chunks(read_spool(path, chunk_rows(name)), name, columns, out, formats, bom, transform=transform, aggregate=aggregate)
    finally:
        if multiprocessing.parent_process() is not None:  # a worker writes several tables in turn
            release_memory(collect=True)
    return n_rows if aggregate is None else (n_rows, aggregate.rows())


def write_rows(out_dir: Path, name: str, rows: list[dict[str, Any]], formats: tuple[str, ...], *,
               bom: bool = False) -> None:
    """`write.write_table`, chunk by chunk for long tables (no whole-table DataFrame or CSV string)."""
    if len(rows) <= CHUNK_ROWS:
        write_table(out_dir, name, rows, formats, bom=bom)
        return
    chunks = (rows[i:i + CHUNK_ROWS] for i in range(0, len(rows), CHUNK_ROWS))
    write_chunks(chunks, name, columns_for(name, rows), out_dir, formats, bom)


def release_memory(collect: bool = False) -> None:
    """Return freed heap to the operating system (glibc keeps it otherwise): peak RSS is a target.

    `collect` runs the cycle collector first (cheap in a worker; in the main
    process, with millions of live objects, it would cost seconds).
    """
    import ctypes
    import gc

    if collect:
        gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def write_chunks(chunks: Iterable[list[dict[str, Any]]], name: str, columns: list[str], out: Path,
                 formats: tuple[str, ...], bom: bool = False, *,
                 transform: Callable[[dict[str, Any]], None] | None = None, aggregate: Any = None) -> None:
    """Write OUT/<name>.csv / .parquet atomically from chunks of rows (one Parquet row group each).

    Each chunk becomes one Arrow table: written to Parquet as it is and to CSV as `csv_cells`.
    """
    csv_tmp = pq_tmp = None
    csv_fh = None
    csv_w = writer = None
    schema = None
    try:
        if "csv" in formats:
            fd, csv_tmp = tempfile.mkstemp(prefix=f".{name}.csv.", suffix=".tmp", dir=out)
            csv_fh = os.fdopen(fd, "wb")
            csv_fh.write(csv_header(columns, bom=bom))
        if "parquet" in formats:
            import pyarrow.parquet as pq

            fd, pq_tmp = tempfile.mkstemp(prefix=f".{name}.parquet.", suffix=".tmp", dir=out)
            os.close(fd)
        for chunk in chunks:
            if transform is not None:
                for r in chunk:
                    transform(r)
            if aggregate is not None:
                for r in chunk:
                    aggregate.add(r)
            tbl = to_arrow(name, chunk, columns, schema)
            schema = tbl.schema
            if csv_fh is not None:
                cells = csv_cells(tbl)
                if csv_w is None:
                    csv_w = csv_writer(csv_fh, cells.schema)
                csv_w.write_table(cells)
            if pq_tmp is not None:
                if writer is None:
                    writer = pq.ParquetWriter(pq_tmp, tbl.schema)
                writer.write_table(tbl)
        if csv_fh is not None:
            if csv_w is not None:
                csv_w.close()
                csv_w = None
            csv_fh.flush()
            os.fsync(csv_fh.fileno())
            csv_fh.close()
            csv_fh = None
            os.replace(csv_tmp, out / f"{name}.csv")
            csv_tmp = None
        if writer is not None:
            writer.close()
            writer = None
            os.replace(pq_tmp, out / f"{name}.parquet")
            pq_tmp = None
    finally:
        if csv_w is not None:
            csv_w.close()
        if csv_fh is not None:
            csv_fh.close()
        if writer is not None:
            writer.close()
        for t in (csv_tmp, pq_tmp):
            if t:
                try:
                    os.unlink(t)
                except OSError:
                    pass


class Sink:
    """Spools for several tables in one private temporary folder inside OUT_DIR."""

    def __init__(self, out_dir: Path, names: tuple[str, ...]) -> None:
        self.out_dir = out_dir
        self.tmp = Path(tempfile.mkdtemp(prefix=".spool-", dir=out_dir))
        self.tables = {n: TableSpool(self.tmp, n) for n in names}

    def __getitem__(self, name: str) -> TableSpool:
        return self.tables[name]

    def cleanup(self) -> None:
        for t in self.tables.values():
            t.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


def write_text_if_changed(path: Path, text: str) -> bool:
    """Write a small text file unless it already holds exactly `text` (re-runs touch nothing).

    Atomic (temporary name, then rename), without fsync and through a fixed
    temporary name: derived files, only this process writes them, re-created by
    the next run.
    """
    data = text.encode("utf-8")
    p = os.fspath(path)
    try:
        if os.stat(p).st_size == len(data):
            with open(p, "rb") as fh:
                if fh.read() == data:
                    return False
    except OSError:
        pass
    atomic_write_bytes(p, data, fsync=False, fixed_tmp=True)
    return True
