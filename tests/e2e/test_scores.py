"""Regression gate: accuracy on the seed and dev gold copied into tests/gold.

Thresholds only ever rise: when a change improves a field, raise its floor here.
"""
from __future__ import annotations

import pytest

from kemensos_extract.evaluate import score
from conftest import GOLD

# field -> minimum (F1 for P/R fields, accuracy for the others)
_FIELDS = ["units", "people", "people_position", "awards", "awards_edition", "awards_innovation", "dates",
           "counts", "published", "stories", "canonical_awards", "canonical_sources"]
# Measured 2026-11-23: 1.0 on every field of seeds and dev; floors leave a small margin.
SEEDS_MIN = {"overall_f1": 0.98, **{f: 0.95 for f in _FIELDS}}
DEV_MIN = {"overall_f1": 0.98, **{f: 0.95 for f in _FIELDS}}
# tests/gold/heldout: 16 releases written for this project after the rules were first built (see its NOTES.md).
HELDOUT_MIN = {"overall_f1": 0.95, "units": 0.95, "people": 0.90, "awards": 0.95, "dates": 0.95, "counts": 0.95,
               "stories": 0.95, "canonical_awards": 0.95}


def _value(res: dict, field: str) -> float:
    v = res[field]
    if isinstance(v, dict):
        return v.get("f1", v.get("acc"))
    return v


@pytest.mark.parametrize("field", sorted(SEEDS_MIN))
def test_seeds_floor(seeds_out, field):
    res, errors = score(GOLD / "seeds", seeds_out)
    assert _value(res, field) >= SEEDS_MIN[field], "\n".join(errors[:40])


@pytest.mark.parametrize("field", sorted(DEV_MIN))
def test_dev_floor(dev_out, field):
    res, errors = score(GOLD / "dev", dev_out)
    assert _value(res, field) >= DEV_MIN[field], "\n".join(errors[:40])


HELDOUT2_MIN = {"overall_f1": 0.92, "units": 0.95, "people": 0.90, "awards": 0.95, "dates": 0.95, "counts": 0.95,
                "canonical_awards": 0.95}


@pytest.fixture(scope="module")
def heldout2_out(tmp_path_factory):
    from kemensos_extract import Settings, extract_folder

    out = tmp_path_factory.mktemp("heldout2_out")
    extract_folder(GOLD / "heldout2" / "texts", out, Settings(jobs=1))
    return out


@pytest.mark.parametrize("field", sorted(HELDOUT2_MIN))
def test_heldout2_floor(heldout2_out, field):
    res, errors = score(GOLD / "heldout2", heldout2_out)
    assert _value(res, field) >= HELDOUT2_MIN[field], "\n".join(errors[:40])


@pytest.fixture(scope="module")
def heldout_out(tmp_path_factory):
    from kemensos_extract import Settings, extract_folder

    out = tmp_path_factory.mktemp("heldout_out")
    extract_folder(GOLD / "heldout" / "texts", out, Settings(jobs=1))
    return out


@pytest.mark.parametrize("field", sorted(HELDOUT_MIN))
def test_heldout_floor(heldout_out, field):
    res, errors = score(GOLD / "heldout", heldout_out)
    assert _value(res, field) >= HELDOUT_MIN[field], "\n".join(errors[:40])


# tests/gold/heldout3 ... heldout8: written by someone who never saw the code, measured untuned
# (0.974, 0.950, 0.888, 0.834, 0.762, 0.900 overall), then used for the error analysis behind
# tests/unit/test_rules_h3.py and test_rules_h6.py.  Measured after that work (2026-12-03):
# 0.994, 0.995, 0.988, 0.999, 0.953, 0.959.
LATER_MIN = {
    "heldout3": {"overall_f1": 0.98, "units": 0.95, "people": 0.95, "awards": 0.95, "dates": 0.95, "counts": 0.95,
                 "awards_innovation": 0.9, "canonical_awards": 0.9},
    "heldout4": {"overall_f1": 0.965, "units": 0.95, "people": 0.95, "people_position": 0.95, "awards": 0.9,
                 "dates": 0.95, "counts": 0.95, "published": 0.95, "stories": 0.95, "canonical_awards": 0.9},
    # heldout5: untuned 0.888 (tables, numbered lists, UNPSA / SINOVIK), 0.984 after its analysis
    "heldout5": {"overall_f1": 0.95, "units": 0.9, "people": 0.95, "awards": 0.85, "dates": 0.95, "counts": 0.95,
                 "published": 0.95, "stories": 0.95, "canonical_awards": 0.8},
    # heldout6: untuned 0.834 (central units as recipients, awards of other bodies, rewrites), 0.999 after
    "heldout6": {"overall_f1": 0.97, "units": 0.95, "people": 0.95, "people_position": 0.9, "awards": 0.95,
                 "dates": 0.95, "counts": 0.95, "published": 0.95, "stories": 0.9, "canonical_awards": 0.9},
    # heldout7: untuned 0.762 (IKPA / Ramah Anak awards, joint awards, editions as words), 0.953 after
    "heldout7": {"overall_f1": 0.93, "units": 0.95, "people": 0.95, "people_position": 0.9, "awards": 0.95,
                 "dates": 0.95, "counts": 0.95, "published": 0.95, "stories": 0.7, "canonical_awards": 0.88},
    # heldout8: untuned 0.900 (four award families never seen, read by their written names), 0.959 after
    "heldout8": {"overall_f1": 0.93, "units": 0.95, "people": 0.85, "people_position": 0.9, "awards": 0.8,
                 "dates": 0.95, "counts": 0.95, "published": 0.95, "stories": 0.95, "canonical_awards": 0.8},
}


@pytest.fixture(scope="module")
def later_outs(tmp_path_factory):
    from kemensos_extract import Settings, extract_folder

    outs = {}
    for name in LATER_MIN:
        outs[name] = tmp_path_factory.mktemp(f"{name}_out")
        extract_folder(GOLD / name / "texts", outs[name], Settings(jobs=1))
    return outs


@pytest.mark.parametrize("name,field", [(n, f) for n, fl in LATER_MIN.items() for f in sorted(fl)])
def test_later_heldout_floor(later_outs, name, field):
    res, errors = score(GOLD / name, later_outs[name])
    assert _value(res, field) >= LATER_MIN[name][field], "\n".join(errors[:40])
