"""Tables -> files: CSV (UTF-8, Excel-safe) and Parquet, each written atomically.

Every file is written to a temporary name in the output folder and renamed
into place (`os.replace` is atomic on POSIX and Windows), so a run killed while
writing leaves the previous output complete.  CSV text cells that a
spreadsheet would execute (leading =, +, -, @, tab, CR) get a leading
apostrophe (OWASP CSV injection); numeric and date-like values are left as
they are.  Parquet keeps the raw values.
"""
from __future__ import annotations

import csv
import io
import os
import re
import tempfile
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

_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_SAFE_VALUE = re.compile(r"[-+]?[\d.,:/ \-]*\d[\d.,:/ \-]*|-{1,2}\d{2}-\d{2}|[A-E][+-]?")


def excel_safe(value: Any) -> Any:
    """Neutralise a text cell that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value and value[0] in _DANGEROUS and not _SAFE_VALUE.fullmatch(value):
        return "'" + value
    return value


def columns_for(name: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    base = list(TABLE_COLUMNS.get(name, []))
    extra = sorted({k for r in rows for k in r} - set(base))
    return base + extra


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
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
    _atomic_write_bytes(path, text.encode("utf-8"))


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float) and v != v:  # NaN
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (list, tuple, set)):
        return "|".join(str(x) for x in v)
    return v


def to_csv_bytes(rows: Sequence[dict[str, Any]], columns: list[str], *, bom: bool = False) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([excel_safe(_cell(r.get(c))) for c in columns])
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


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


def write_table(out_dir: Path, name: str, rows: Sequence[dict[str, Any]], formats: Iterable[str] = ("csv", "parquet"),
                *, bom: bool = False) -> None:
    columns = columns_for(name, rows)
    formats = tuple(formats)
    if "csv" in formats:
        _atomic_write_bytes(out_dir / f"{name}.csv", to_csv_bytes(rows, columns, bom=bom))
    if "parquet" in formats:
        buf = io.BytesIO()
        to_frame(name, rows, columns).to_parquet(buf, index=False, engine="pyarrow")
        _atomic_write_bytes(out_dir / f"{name}.parquet", buf.getvalue())
