"""Regression gate: accuracy on the seed and dev gold copied into tests/gold.

Thresholds only ever rise: when a change improves a field, raise its floor here.
"""
from __future__ import annotations

import pytest

from kemensos_extract.evaluate import score
from conftest import GOLD

# field -> minimum (F1 for P/R fields, accuracy for the others)
SEEDS_MIN = {"overall_f1": 0.0}
DEV_MIN = {"overall_f1": 0.0}


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
