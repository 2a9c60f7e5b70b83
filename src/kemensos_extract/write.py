"""Tables -> files: CSV (UTF-8, Excel-safe) and Parquet, each written atomically.

Every file is written to a temporary name in the output folder and renamed
into place (`os.replace` is atomic on POSIX and Windows), so a run killed while
writing leaves the previous output complete.  CSV text cells that a
spreadsheet would execute (leading =, +, -, @, tab, CR) get a leading
apostrophe (OWASP CSV injection); numeric and date-like values are left as
they are.  Parquet keeps the raw values.  Both come from one Arrow table per
chunk of rows (`to_arrow`); the CSV is its cells (`csv_cells`) written by
Arrow's CSV writer: text always quoted, numbers and empty cells never.
"""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

# Column order per table (extra attrs found in rows are appended, sorted).
TABLE_COLUMNS: dict[str, list[str]] = {
    "documents": ["doc_id", "path", "status", "stage", "error", "encoding", "n_bytes", "n_chars", "sha256",
                  "headline", "dateline", "dateline_city", "outlet", "published_date", "byline", "story_id",
                  "n_units", "n_people", "n_awards", "n_dates", "n_counts"],
    "units": ["doc_id", "start", "end", "text", "unit_key", "unit_name", "unit_type", "city", "province", "mention"],
    "people": ["doc_id", "start", "end", "text", "name", "position", "organisation", "unit_key", "cue"],
    "awards": ["doc_id", "start", "end", "text", "award_family", "award_name", "award_edition", "recipient_unit_key",
               "recipient_unit_name", "innovation", "grade", "giver", "ceremony_date", "ceremony_place",
               "evidence", "evidence_start", "evidence_end"],
    "dates": ["doc_id", "start", "end", "text", "value", "precision", "role"],
    "counts": ["doc_id", "start", "end", "text", "value", "counted"],
    "stories": ["story_id", "members", "n_members", "representative_doc_id", "pairwise"],
    "canonical_awards": ["award_family", "award_name", "award_edition", "recipient_unit_key", "recipient_unit_name",
                         "innovation", "grade", "giver", "ceremony_date", "ceremony_place", "source_doc_ids",
                         "n_sources", "story_ids", "conflicts"],
    "canonical_units": ["unit_key", "unit_name", "unit_type", "city", "province", "aliases", "n_docs", "doc_ids"],
    "canonical_people": ["name", "positions", "n_docs", "doc_ids"],
}
TABLES = tuple(TABLE_COLUMNS)
#: The normalised texts every `start`/`end` points into: one row per document (doc_id, text),
#: written beside the tables (``--texts table``, the default) but not loaded by default
#: (~300 MB per 100,000 releases): ``load(out, ["texts"])``.  One table instead of a file per
#: document: creating 10,000 small files cost ~5 s of CPU (mostly in the kernel) per 10,000 releases.
TEXTS = "texts"
TABLE_COLUMNS[TEXTS] = ["doc_id", "text"]

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
# Data that starts like a formula but cannot run: numbers ("-5", "+62 812-3456"),
# partial dates ("--12-06") and grades ("A-").  They stay as they are (the scorer compares them).
_SAFE_VALUE = re.compile(r"[-+]?[\d.,:/ \-]*\d[\d.,:/ \-]*|-{1,2}\d{2}-\d{2}|[A-E][+-]?")


def _needs_quote(value: str) -> bool:
    """True when the cell gets a leading apostrophe.

    A value that already starts with apostrophes followed by a formula is quoted
    too, so that `unescape_cell` (which removes exactly one apostrophe) gives
    back every original value.
    """
    v = value.lstrip("'")
    return bool(v) and v[0] in _DANGEROUS and not _SAFE_VALUE.fullmatch(v)


def excel_safe(value: Any) -> Any:
    """Neutralise a text cell that a spreadsheet would run as a formula (OWASP CSV injection)."""
    if isinstance(value, str) and value and value[0] in _DANGEROUS + ("'",) and _needs_quote(value):
        return "'" + value
    return value


def unescape_cell(value: Any) -> Any:
    """Inverse of `excel_safe` for values read back from a CSV written here."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and _needs_quote(value[1:]):
        return value[1:]
    return value


# ---- temporary files -------------------------------------------------------
#: Test hook: seconds to pause in the middle of every atomic write (half the bytes
#: are in the temporary file), so a test can kill a run while it is writing.
TEST_WRITE_DELAY_ENV = "KEMENSOS_EXTRACT_TEST_WRITE_DELAY"


def test_write_pause() -> None:
    """Sleep `$KEMENSOS_EXTRACT_TEST_WRITE_DELAY` seconds (no-op when unset); writers call it mid-write."""
    raw = os.environ.get(TEST_WRITE_DELAY_ENV)
    if raw:
        try:
            delay = float(raw)
        except ValueError:
            return
        if delay > 0:
            time.sleep(delay)


test_write_pause.__test__ = False  # not a pytest test despite its name

#: Names of temporary entries our writers leave behind when a run is killed:
#: `.NAME.XXXX.tmp` files (here, and in texts/ with ``--texts files``) and `.spool-XXXX` folders (sink.py).
_STALE_FILE = re.compile(r"\..+\.tmp")
_STALE_DIR = re.compile(r"\.spool-.+")


def clean_stale_temp(out_dir: str | os.PathLike, *, older_than: float = 0.0) -> list[Path]:
    """Remove temporary files and spool folders left by a killed run; returns what was removed.

    Call at the start of a run, before anything is written.  Only hidden names
    of the shapes our writers use are touched (never a table or a user file);
    `older_than` (seconds) spares entries that a concurrent writer may still use.
    """
    out = Path(out_dir)
    removed: list[Path] = []
    now = time.time()
    for folder in (out, out / "texts"):
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for e in entries:
            try:
                if older_than and now - e.stat(follow_symlinks=False).st_mtime < older_than:
                    continue
                if e.is_file(follow_symlinks=False) and _STALE_FILE.fullmatch(e.name):
                    os.unlink(e.path)
                    removed.append(Path(e.path))
                elif folder == out and e.is_dir(follow_symlinks=False) and _STALE_DIR.fullmatch(e.name):
                    shutil.rmtree(e.path, ignore_errors=True)
                    removed.append(Path(e.path))
            except OSError:
                continue
    return sorted(removed)


def columns_for(name: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    base = list(TABLE_COLUMNS.get(name, []))
    extra = sorted({k for r in rows for k in r} - set(base))
    return base + extra


def atomic_write_bytes(path: Path, data: bytes, *, fsync: bool = True, fixed_tmp: bool = False) -> None:
    """Write to a temporary name in the same folder, then rename: readers never see half a file.

    `fsync=False` for derived files that the next run re-creates anyway (texts/ with ``--texts files``).
    `fixed_tmp=True` writes through ``.NAME.tmp`` instead of a random name (cheaper, for
    files only this process writes: 100,000 texts); `clean_stale_temp` removes either.
    """
    if fixed_tmp:
        tmp = os.path.join(os.path.dirname(path), f".{os.path.basename(path)}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".tmp", dir=Path(path).parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if os.environ.get(TEST_WRITE_DELAY_ENV):
                half = len(data) // 2
                fh.write(data[:half])
                fh.flush()
                test_write_pause()
                data = data[half:]
            fh.write(data)
            if fsync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _cell(v: Any) -> Any:
    """A value as a CSV cell.

    A carriage return inside a text cell becomes a line feed: Python's csv writer
    (with "\n" line endings) leaves a bare CR unquoted, and every CSV reader
    then splits the row in two.  Parquet keeps the raw value.
    """
    if isinstance(v, str):
        return v.replace("\r\n", "\n").replace("\r", "\n") if "\r" in v else v
    if v is None:
        return ""
    if isinstance(v, float) and v != v:  # NaN
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple, set)):
        return "|".join(str(x) for x in v)
    return v


def to_csv_bytes(rows: Sequence[dict[str, Any]], columns: list[str], *, bom: bool = False, name: str = "") -> bytes:
    """The CSV file of `rows` (as `write_table` writes it; `name` types the table's columns)."""
    return _csv_bytes(to_arrow(name, rows, columns), columns, bom)


def _csv_bytes(tbl: Any, columns: list[str], bom: bool) -> bytes:
    buf = io.BytesIO()
    buf.write(csv_header(columns, bom=bom))
    if tbl.num_rows:
        cells = csv_cells(tbl)
        with csv_writer(buf, cells.schema) as w:
            w.write_table(cells)
    return buf.getvalue()


# ---- CSV through Arrow ------------------------------------------------------
# The CSV cells are the Parquet values (one Arrow table per chunk serves both), with carriage
# returns folded and formula cells guarded; Arrow's C++ writer formats them (9x less CPU than
# `csv.writer` on Python rows: ~2 s per 10,000 releases).  Text cells are always quoted, numbers
# and empty (null) cells never; the header is not quoted.
#: A string cell that `_csv_text` may change: a leading formula character or apostrophe, or a CR.
_CSV_FIX_RX = r"^[=+\-@\t\r']|\r"


def _csv_text(v: str | None) -> str | None:
    return None if v is None else excel_safe(_cell(v))


def csv_cells(tbl: Any) -> Any:
    """An Arrow table from `to_arrow` as the cells of its CSV: text with CRs folded to LF (a bare
    CR would split the row in most readers) and formula cells guarded (`excel_safe`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = []
    for col in tbl.columns:
        text = pa.types.is_string(col.type) or pa.types.is_large_string(col.type)
        if text and pc.any(pc.match_substring_regex(col, _CSV_FIX_RX)).as_py():
            col = pa.array([_csv_text(v) for v in col.to_pylist()], type=col.type)
        cols.append(col)
    return pa.Table.from_arrays(cols, names=tbl.column_names)


def csv_header(columns: Sequence[str], *, bom: bool = False) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(columns)
    return (b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8")


def csv_writer(fh: Any, schema: Any) -> Any:
    """Arrow's CSV writer for the rows (after `csv_header`): `write_table(csv_cells(...))`."""
    import pyarrow.csv as pcsv

    return pcsv.CSVWriter(fh, schema, write_options=pcsv.WriteOptions(include_header=False))


_INT_COLS = {"start", "end", "n_bytes", "n_chars", "award_edition", "evidence_start", "evidence_end", "n_members",
             "n_sources", "n_docs", "n_units", "n_people", "n_awards", "n_dates", "n_counts"}


def to_frame(name: str, rows: Sequence[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """Rows as a typed DataFrame (nullable ints, strings) for Parquet."""
    data = {c: [_cell(r.get(c)) if isinstance(r.get(c), (list, tuple, set)) else r.get(c) for r in rows] for c in columns}
    df = pd.DataFrame(data, columns=columns)
    for c in columns:
        if c in _INT_COLS or (name == "counts" and c == "value"):
            df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
        else:
            df[c] = df[c].map(lambda v: None if v is None or (isinstance(v, float) and v != v) else str(v)).astype("string")
    return df


def _str_value(v: Any) -> Any:
    """Cell of a string column in Parquet (what `to_frame` makes of a value)."""
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, (list, tuple, set)):
        v = _cell(v)
    return str(v)


def to_arrow(name: str, rows: Sequence[dict[str, Any]], columns: list[str], schema: Any = None) -> Any:
    """Rows as a pyarrow Table equal to ``pa.Table.from_pandas(to_frame(...))``, built without pandas.

    `schema` (from a previous chunk, pandas metadata included) keeps row groups
    identical in type; a column whose values do not fit the fast path (an int
    column holding text, say) goes through `to_frame` for exact pandas semantics.
    """
    import pyarrow as pa

    if schema is None:
        schema = pa.Table.from_pandas(to_frame(name, rows[:1], columns), preserve_index=False).schema
    try:  # every value already of its column's type (the usual case): one conversion in C++
        fast = pa.Table.from_struct_array(pa.array(rows, type=pa.struct(list(schema))))
        return fast.replace_schema_metadata(schema.metadata)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
        pass  # a list, a NaN, a number in a text column ...: column by column below
    arrays = []
    for c in columns:
        vals = [r.get(c) for r in rows]
        if c in _INT_COLS or (name == "counts" and c == "value"):
            if all(v is None or type(v) is int for v in vals):
                arrays.append(pa.array(vals, type=pa.int64()))
                continue
            arrays.append(pa.Array.from_pandas(to_frame(name, [{c: v} for v in vals], [c])[c]))
        else:
            arrays.append(pa.array([v if type(v) is str else _str_value(v) for v in vals], type=pa.string()))
    return pa.Table.from_arrays(arrays, schema=schema)


def write_table(out_dir: Path, name: str, rows: Sequence[dict[str, Any]], formats: Iterable[str] = ("csv", "parquet"),
                *, bom: bool = False) -> None:
    import pyarrow.parquet as pq

    columns = columns_for(name, rows)
    formats = tuple(formats)
    tbl = to_arrow(name, rows, columns)  # one table for both files (see write_chunks)
    if "csv" in formats:
        atomic_write_bytes(out_dir / f"{name}.csv", _csv_bytes(tbl, columns, bom))
    if "parquet" in formats:
        buf = io.BytesIO()
        pq.write_table(tbl, buf)
        atomic_write_bytes(out_dir / f"{name}.parquet", buf.getvalue())
