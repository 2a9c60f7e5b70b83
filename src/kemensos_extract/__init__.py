"""kemensos-extract: Indonesian Kemensos press releases -> analyst-ready tables.

    >>> import kemensos_extract as ke
    >>> ke.extract_folder("data/raw", "data/out")      # doctest: +SKIP
    >>> tables = ke.load("data/out")                   # doctest: +SKIP
    >>> tables["canonical_awards"].head()              # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"

from .api import RunSummary, extract_folder, load  # noqa: E402
from .pipeline import extract_text  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = ["extract_folder", "extract_text", "load", "Settings", "RunSummary", "__version__"]
