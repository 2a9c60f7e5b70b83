from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory) -> Path:
    """One pipeline run over the sample releases, shared by the e2e tests."""
    from kemensos_extract import Settings, extract_folder

    out = tmp_path_factory.mktemp("seeds_out")
    extract_folder(RAW, out, Settings(jobs=1))
    return out


@pytest.fixture(scope="session")
def dev_out(tmp_path_factory) -> Path:
    from kemensos_extract import Settings, extract_folder

    out = tmp_path_factory.mktemp("dev_out")
    extract_folder(GOLD / "dev" / "texts", out, Settings(jobs=1))
    return out
