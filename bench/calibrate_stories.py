#!/usr/bin/env python3
"""Pair scores of story grouping on gold sets: how the thresholds in corpus/stories.py were chosen.

    .venv/bin/python bench/calibrate_stories.py /work/shared/gold/seeds /work/shared/gold/dev

For every pair of documents: weighted content-word Jaccard (as `group` computes
it), estimated 3-shingle containment, days between release dates, gold label and
the decision.  Prints the true pairs and the highest false pairs per date
situation, i.e. the margins recorded in bench/README.md.
"""
from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kemensos_extract.corpus import stories  # noqa: E402
from kemensos_extract.pipeline import process_file  # noqa: E402


def main(argv: list[str]) -> int:
    for gold in map(Path, argv or ["/work/shared/gold/seeds", "/work/shared/gold/dev"]):
        fps = {}
        for f in sorted((gold / "texts").glob("*.txt")):
            fps[f.stem] = process_file(str(f), f.stem).fingerprint
        ids = sorted(fps)
        flist = [fps[i] for i in ids]
        w = stories.token_weights([f.tokens for f in flist])
        groups = json.loads((gold / "corpus.json").read_text(encoding="utf-8"))["stories"]
        g = {d: k for k, grp in enumerate(groups) for d in grp}
        story_of, _ = stories.group(fps)
        rows = []
        for i, j in itertools.combinations(range(len(ids)), 2):
            a, b = flist[i], flist[j]
            true = ids[i] in g and g.get(ids[i]) == g.get(ids[j])
            ok, info = stories.same_story(a, b, w[i], w[j])
            rows.append({"pair": f"{ids[i]}~{ids[j]}", "true": true, "grouped": story_of[ids[i]] == story_of[ids[j]],
                         "wjacc": round(stories.jaccard(a.tokens, b.tokens, w[i], w[j]), 3),
                         "contain": round(stories.shingle_containment(a, b), 3),
                         "days": stories.days_apart(a.date, b.date), "rule": info["rule"]})
        print(f"== {gold}  ({len(ids)} docs)")
        for r in sorted((r for r in rows if r["true"]), key=lambda r: r["wjacc"]):
            print("TRUE ", r)
        for label, cond in (("false, dates close", lambda r: r["days"] is not None and r["days"] <= stories.DATE_TOL_DAYS),
                            ("false, a date unknown", lambda r: r["days"] is None),
                            ("false, dates apart", lambda r: r["days"] is not None and r["days"] > stories.DATE_TOL_DAYS)):
            top = sorted((r for r in rows if not r["true"] and cond(r)), key=lambda r: -r["wjacc"])[:3]
            for r in top:
                print(f"{label:22s}", r)
        top = sorted((r for r in rows if not r["true"]), key=lambda r: -r["contain"])[:1]
        print("max false containment ", top)
        bad = [r for r in rows if r["true"] != r["grouped"]]
        print("errors:", bad or "none")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
