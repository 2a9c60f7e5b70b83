"""Output snapshots: prove that a speed change alters no extracted fact.

    python bench/snapshot.py save    /tmp/snap.pkl.gz [--bench /tmp/bench/c10k --n 1500]
    python bench/snapshot.py compare /tmp/snap.pkl.gz [--kinds awards people] [--show 5]
    python bench/snapshot.py time    [--bench /tmp/bench/c10k --n 1000]

`save` runs the whole per-file pipeline (`pipeline.process_bytes`) on every gold
text shipped in the project (tests/gold/*/texts, eval/*/texts, data/raw) plus the
first N releases of a benchmark corpus (`bench/run.py gen`), and stores the
document row, every mention row and the story fingerprint of each.  `compare`
re-runs and lists every difference; exit status 1 when anything differs.  `time`
prints CPU ms per document of each stage (one process).
"""
from __future__ import annotations

import argparse
import gzip
import pickle
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _inputs(bench: str | None, n: int) -> list[tuple[str, bytes]]:
    files: list[Path] = []
    for pat in ("tests/gold/*/texts/*", "eval/*/texts/*", "data/raw/*"):
        files.extend(sorted(ROOT.glob(pat)))
    out = [(str(f.relative_to(ROOT)), f.read_bytes()) for f in files if f.is_file()]
    if bench:
        bf = sorted(p for p in Path(bench).iterdir() if p.is_file())[:n]
        out.extend((f"bench/{p.name}", p.read_bytes()) for p in bf)
    return out


def _fp(fp: Any) -> Any:
    if fp is None:
        return None
    d = {}
    for k in ("tokens", "n_tokens", "date", "subjects", "subjects_from_awards", "sig", "n_shingles"):
        v = getattr(fp, k, None)
        d[k] = v.tolist() if hasattr(v, "tolist") else v
    return d


def run(inputs: list[tuple[str, bytes]]) -> dict[str, Any]:
    from kemensos_extract.pipeline import process_bytes, warm

    warm()
    snap = {}
    for name, data in inputs:
        res = process_bytes(data, Path(name).stem, name)
        snap[name] = {"document": res.document, "rows": res.rows, "text": res.text, "fingerprint": _fp(res.fingerprint)}
    return snap


def compare(old: dict[str, Any], new: dict[str, Any], kinds: list[str] | None, show: int) -> int:
    n_diff = 0
    per_kind: dict[str, int] = {}
    shown = 0
    for name, o in old.items():
        nw = new.get(name)
        if nw is None:
            continue
        parts = [("document", o["document"], nw["document"]), ("text", o["text"], nw["text"]),
                 ("fingerprint", o["fingerprint"], nw["fingerprint"])]
        parts += [(k, o["rows"].get(k), nw["rows"].get(k)) for k in o["rows"]]
        for k, a, b in parts:
            if kinds and k not in kinds:
                continue
            if a != b:
                n_diff += 1
                per_kind[k] = per_kind.get(k, 0) + 1
                if shown < show:
                    shown += 1
                    print(f"--- {name} [{k}]")
                    if isinstance(a, list) and isinstance(b, list):
                        sa = [repr(x) for x in a]
                        sb = [repr(x) for x in b]
                        for x in sa:
                            if x not in sb:
                                print("  - ", x[:400])
                        for x in sb:
                            if x not in sa:
                                print("  + ", x[:400])
                    else:
                        print("  - ", repr(a)[:600])
                        print("  + ", repr(b)[:600])
    print(f"{len(old)} documents compared; differences per part: {per_kind or 'none'}")
    return 1 if n_diff else 0


def timing(bench: str | None, n: int) -> None:
    from kemensos_extract.corpus import stories
    from kemensos_extract.extract import EXTRACTORS
    from kemensos_extract.model import Document
    from kemensos_extract.normalize import normalize
    from kemensos_extract.pipeline import to_result, warm
    from kemensos_extract.read import read_bytes
    from kemensos_extract.segment import segment

    inputs = [d for name, d in _inputs(bench, n) if name.startswith("bench/")] or [d for _, d in _inputs(None, 0)]
    warm()
    for rep in range(2):  # second pass: warm caches, report it
        times: dict[str, float] = {}
        for i, data in enumerate(inputs):
            doc = Document(doc_id=str(i), n_bytes=len(data))
            stages = [("read", lambda d=data, doc=doc: read_bytes(d, doc, name="")), ("normalize", lambda doc=doc: normalize(doc)),
                      ("segment", lambda doc=doc: segment(doc))]
            stages += [(f"extract:{nm}", (lambda fn=fn, doc=doc: fn(doc))) for nm, fn in EXTRACTORS]
            stages += [("fingerprint", lambda doc=doc: stories.fingerprint(doc)), ("rows", lambda doc=doc: to_result(doc))]
            for nm, fn in stages:
                t = time.process_time()
                fn()
                times[nm] = times.get(nm, 0.0) + time.process_time() - t
    total = sum(v for k, v in times.items() if k != "fingerprint")  # rows include the fingerprint
    for k, v in times.items():
        print(f"{k:20s} {1000 * v / len(inputs):7.3f} ms/doc")
    print(f"{'total':20s} {1000 * total / len(inputs):7.3f} ms/doc  ({len(inputs)} docs)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["save", "compare", "time"])
    ap.add_argument("path", nargs="?")
    ap.add_argument("--bench", default="/tmp/bench/c10k")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--kinds", nargs="*")
    ap.add_argument("--show", type=int, default=8)
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    bench = a.bench if a.bench and Path(a.bench).is_dir() else None
    if a.cmd == "time":
        timing(bench, a.n)
        return 0
    if a.cmd == "save":
        snap = {"bench": bench, "n": a.n, "docs": run(_inputs(bench, a.n))}
        with gzip.open(a.path, "wb") as fh:
            pickle.dump(snap, fh, protocol=pickle.HIGHEST_PROTOCOL)
        print(f"saved {len(snap['docs'])} documents to {a.path}")
        return 0
    with gzip.open(a.path, "rb") as fh:
        snap = pickle.load(fh)
    new = run(_inputs(snap["bench"], snap["n"]))
    return compare(snap["docs"], new, a.kinds, a.show)


if __name__ == "__main__":
    raise SystemExit(main())
