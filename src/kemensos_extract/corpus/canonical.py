"""Canonical tables (stub until the real merging lands)."""
from __future__ import annotations


def canonical_awards(award_rows, story_of=None):
    return []


def canonical_units(unit_rows):
    return []


def canonical_people(people_rows):
    return []
