"""Loaders for the language and domain data shipped in `kemensos_extract/data/`.

Knowledge (unit names, titles, award names, number words, boilerplate markers)
lives in plain CSV / text files so that adding a unit or a title needs no code
change.  Loaders are cached: every file is read once per process.
"""
from __future__ import annotations

import csv
import hashlib
import io
from functools import lru_cache
from importlib import resources

_PKG = "kemensos_extract.data"


def _read(name: str) -> str:
    return resources.files(_PKG).joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV data file as dicts; lines starting with '#' are comments."""
    lines = [ln for ln in _read(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(io.StringIO("\n".join(lines))))


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text data file."""
    out = []
    for ln in _read(name).splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            out.append(ln)
    return tuple(out)


def split_list(value: str, sep: str = "|") -> list[str]:
    """Split a multi-valued CSV cell ('a|b|c')."""
    return [v.strip() for v in (value or "").split(sep) if v.strip()]


@lru_cache(maxsize=1)
def data_fingerprint() -> str:
    """Hash of every data file: part of the cache key, so editing data invalidates caches."""
    h = hashlib.sha256()
    root = resources.files(_PKG)
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            h.update(entry.name.encode())
            h.update(entry.read_bytes())
    return h.hexdigest()[:16]
