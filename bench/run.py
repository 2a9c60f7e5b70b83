"""Benchmark: synthetic corpus generator, per-stage and end-to-end speed, memory, cache, baseline.

Reproducible (seeded) and self-contained: it reads only the repository
(data/raw, tests/gold/*/texts + docs.jsonl, the package's data files).

    python bench/run.py gen      --n 10000 --out /tmp/bench/c10k [--seed 7]
    python bench/run.py stages   /tmp/bench/c10k [--sample 1000]
    python bench/run.py profile  /tmp/bench/c10k [--sample 2000] [--flat]   # pyinstrument, one worker
    python bench/run.py e2e      /tmp/bench/c10k --jobs 1 2 [--engine local|dask]
    python bench/run.py baseline /tmp/bench/c10k --jobs 1 2 [--sample 400]
    python bench/run.py rerun    /tmp/bench/c10k
    python bench/run.py all      --n 10000 --out /tmp/bench   # gen + all of the above, JSON + markdown

Every command prints a JSON line of results (and `all` a markdown table for
BENCHMARKS.md).  End-to-end figures run the real CLI in a subprocess
(`kemensos-extract run ... --no-cache`), timing the wall clock and sampling
the summed RSS of the whole process tree (main + workers) every 50 ms.

The baseline is what an engineer writes first: spaCy `blank("id")` plus an
EntityRuler with a few hundred token patterns (unit heads and titles
followed by title-case tokens, from the package's own data files) plus
`dateparser.search_dates` over the whole text - measured in the same
process setting (1 and N worker processes) on the same corpus.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
CLI = [str(VENV_BIN / "kemensos-extract")] if (VENV_BIN / "kemensos-extract").exists() else \
    [sys.executable, "-m", "kemensos_extract"]

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
OUTLETS = ["", "ANTARA", "Kompas.com", "Liputan6.com", "Kemensos", "Humas Kemensos", "Republika"]


# ---------------------------------------------------------------------------------- corpus
def _source_texts() -> list[str]:
    from kemensos_extract.model import Document
    from kemensos_extract.normalize import normalize
    from kemensos_extract.read import read_bytes

    files = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted(ROOT.glob("tests/gold/*/texts/*.txt"))
    out = []
    for f in files:
        doc = Document(doc_id=f.stem)
        read_bytes(f.read_bytes(), doc, name=str(f))
        normalize(doc)
        out.append((doc.text, doc.body_start, doc.headline))
    return out


def _gold_names() -> tuple[list[str], list[str]]:
    people: set[str] = set()
    for f in ROOT.glob("tests/gold/*/docs.jsonl"):
        for ln in f.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                for p in json.loads(ln).get("people", []):
                    if p.get("name"):
                        people.add(p["name"])
    from kemensos_extract.resources import load_csv, split_list

    cores = sorted({c for r in load_csv("units.csv") for c in split_list(r.get("core", ""))[:1] if len(c) > 3})
    return sorted(people), cores


class _Pools:
    """Sentences, headlines and substitution pools built from the real releases."""

    def __init__(self, seed: int) -> None:
        from kemensos_extract.resources import load_csv, split_list
        from kemensos_extract.segment import split_sentences_fast

        self.rng = random.Random(seed)
        self.sentences: list[str] = []
        self.quotes: list[str] = []
        self.headlines: list[str] = []
        for text, body, head in _source_texts():
            if head:
                self.headlines.append(text[head[0]:head[1]])
            for s, e in split_sentences_fast(text[body:]):
                sent = text[body + s:body + e]
                if len(sent) < 40:
                    continue
                (self.quotes if sent.startswith(("\"", "“")) else self.sentences).append(sent)
        people, cores = _gold_names()
        self.people = people
        firsts = [p.split()[0] for p in people if len(p.split()) >= 2]
        lasts = [p.split()[-1] for p in people if len(p.split()) >= 2]
        self.people_pool = sorted(set(people) | {f"{a} {b}" for a in firsts for b in lasts if a != b})
        self.cores = cores
        all_cores = sorted({c for r in load_csv("units.csv") for c in split_list(r.get("core", "")) if len(c) > 3},
                           key=len, reverse=True)
        self.cities = sorted({r.get("name") or r.get("city") for r in load_csv("places.csv")} - {None, ""})
        self._name_rx = re.compile("|".join(re.escape(p) for p in sorted(people, key=len, reverse=True)))
        self._core_rx = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in all_cores) + r")\b")
        self._date_rx = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")
        self._num_rx = re.compile(r"(?<![\d.,/])\b([2-9]\d{0,2})\b(?![\d.,/])")

    def vary(self, sent: str, rng: random.Random) -> str:
        """One real sentence with other people, units, dates and numbers."""
        sent = self._name_rx.sub(lambda m: rng.choice(self.people_pool), sent)
        sent = self._core_rx.sub(lambda m: rng.choice(self.cores), sent)
        sent = self._date_rx.sub(lambda m: f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}", sent)
        return self._num_rx.sub(lambda m: str(rng.randint(2, 999)), sent)

    def release(self, rng: random.Random, target: int) -> str:
        y, mo, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
        outlet = rng.choice(OUTLETS)
        city = rng.choice(self.cities)
        dateline = f"{city.upper()} ({d} {MONTHS[mo - 1]} {y}) - " if not outlet or rng.random() < 0.5 else \
            f"{city.upper()}, {outlet} - "
        wd = WEEKDAYS[dt.date(y, mo, d).weekday()]
        paras: list[str] = []
        size = 0
        first = True
        while size < target:
            n = rng.randint(1, 3)
            sents = [self.vary(rng.choice(self.sentences), rng) for _ in range(n)]
            if first:
                s0 = sents[0]
                if s0.endswith(".") and rng.random() < 0.3:
                    s0 = s0[:-1] + f" pada {wd} ({d}/{mo})."
                sents[0] = dateline + s0
                first = False
            elif self.quotes and rng.random() < 0.3:
                sents = [self.vary(rng.choice(self.quotes), rng)]
            p = " ".join(sents)
            paras.append(p)
            size += len(p.encode()) + 2
        head = self.vary(rng.choice(self.headlines), rng) if self.headlines else "Siaran Pers"
        return head + "\n\n" + "\n\n".join(paras) + "\n"


def generate(n: int, out: Path, seed: int = 7, size: int = 3000, reprint_rate: float = 0.1) -> dict[str, Any]:
    """Write N releases (~`size` bytes each; a share are reprints of earlier ones) into `out`."""
    pools = _Pools(seed)
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    recent: list[str] = []
    width = max(6, len(str(n)))
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        if recent and rng.random() < reprint_rate:
            # a reprint: another outlet's copy of a recent release, lightly edited
            src = rng.choice(recent).split("\n\n")
            keep = [p for j, p in enumerate(src) if j < 2 or rng.random() > 0.2]
            text = "\n\n".join(keep).rstrip("\n") + "\n"
        else:
            text = pools.release(rng, size - 300 + rng.randint(0, 600))
            recent = (recent + [text])[-50:]
        data = text.encode("utf-8")
        (out / f"rel_{i:0{width}d}.txt").write_bytes(data)
        total += len(data)
    return {"n": n, "bytes": total, "mean_bytes": round(total / max(1, n)), "seed": seed, "dir": str(out)}


def corpus_stats(corpus: Path) -> tuple[list[Path], int]:
    files = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    return files, sum(p.stat().st_size for p in files)


# ---------------------------------------------------------------------------------- measuring
class TreeRSS:
    """Peak of the summed RSS of a process and all its descendants (sampled)."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        import psutil

        self.proc = psutil.Process(pid)
        self.peak = 0
        self.every = every
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)
        self._t.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(self.every)

    def stop(self) -> int:
        self._stop.set()
        self._t.join()
        return self.peak


def run_cli(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run the CLI; wall seconds, CPU seconds of the tree, peak tree RSS (MB)."""
    before = os.times()
    t0 = time.perf_counter()
    p = subprocess.Popen(CLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    mon = TreeRSS(p.pid)
    out, err = p.communicate()
    wall = time.perf_counter() - t0
    peak = mon.stop()
    after = os.times()
    if p.returncode != 0:
        raise RuntimeError(f"CLI failed ({p.returncode}): {err.decode(errors='replace')[-2000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "peak_rss_mb": round(peak / 1048576, 1),
            "stderr_tail": err.decode(errors="replace").strip().splitlines()[-2:]}


def e2e(corpus: Path, jobs: list[int], engine: str = "local", work: Path | None = None) -> list[dict[str, Any]]:
    files, nbytes = corpus_stats(corpus)
    work = work or corpus.parent / "out"
    res = []
    for j in jobs:
        out = work / f"e2e_{engine}_j{j}"
        shutil.rmtree(out, ignore_errors=True)
        r = run_cli(["run", str(corpus), "--out", str(out), "--jobs", str(j), "--no-cache", "--quiet",
                     "--engine", engine])
        r.update(kind="e2e", engine=engine, jobs=j, n_docs=len(files), mb=round(nbytes / 1e6, 2),
                 docs_per_s=round(len(files) / r["wall_s"], 1), mb_per_s=round(nbytes / 1e6 / r["wall_s"], 3))
        res.append(r)
        print(json.dumps(r), flush=True)
    return res


def rerun(corpus: Path, work: Path | None = None, jobs: int = 0) -> dict[str, Any]:
    """First run with the cache, then the same command again, then again after editing one file."""
    files, nbytes = corpus_stats(corpus)
    work = work or corpus.parent / "out"
    out = work / "rerun"
    shutil.rmtree(out, ignore_errors=True)
    args = ["run", str(corpus), "--out", str(out), "--quiet"] + (["--jobs", str(jobs)] if jobs else [])
    first = run_cli(args)
    second = run_cli(args)
    # one changed file: it is processed again, everything else comes from the cache
    victim = files[len(files) // 2]
    orig = victim.read_bytes()
    try:
        victim.write_bytes(orig + "\nTambahan satu kalimat untuk uji ulang.\n".encode())
        third = run_cli(args)
    finally:
        victim.write_bytes(orig)
    r = {"kind": "rerun", "n_docs": len(files), "first_wall_s": first["wall_s"], "rerun_wall_s": second["wall_s"],
         "one_changed_wall_s": third["wall_s"], "speedup": round(first["wall_s"] / second["wall_s"], 1),
         "speedup_one_changed": round(first["wall_s"] / third["wall_s"], 1),
         "first_peak_rss_mb": first["peak_rss_mb"], "rerun_peak_rss_mb": second["peak_rss_mb"],
         "rerun_stderr": second["stderr_tail"]}
    print(json.dumps(r), flush=True)
    return r


def scale(base: Path, copies: int, work: Path, cache_dir: Path | None = None, jobs: int = 0) -> dict[str, Any]:
    """Peak memory at `copies` x |base| documents: the base releases under other names (hard links).

    With `cache_dir` holding the base corpus's results (the `rerun` command leaves
    them in OUT/rerun/.cache), every copy is a cache hit, so this measures the
    main process at that scale - discovery, cache reads, streaming the mention
    tables, the story index and the corpus stage over every document, writing
    the tables - without spending hours re-extracting identical texts.  Worker
    memory does not grow with the corpus (each holds one batch).
    """
    files, nbytes = corpus_stats(base)
    if cache_dir is not None:
        from kemensos_extract.cache import SUFFIX, pipeline_key

        if not (cache_dir / f"{pipeline_key()}{SUFFIX}").exists():
            raise SystemExit(f"no cache of this code version in {cache_dir}: run `rerun` first (same code)")
    big = work / f"scale_{copies}x{len(files)}"
    if not big.exists() or len(list(big.iterdir())) != copies * len(files):
        shutil.rmtree(big, ignore_errors=True)
        big.mkdir(parents=True)
        for k in range(copies):
            for f in files:
                os.link(f, big / f"{f.stem}_c{k:02d}{f.suffix}")
    out = work / "out" / "scale"
    shutil.rmtree(out, ignore_errors=True)
    args = ["run", str(big), "--out", str(out)] + (["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]) \
        + (["--jobs", str(jobs)] if jobs else [])
    r = run_cli(args)
    r.update(kind="scale", n_docs=copies * len(files), mb=round(copies * nbytes / 1e6, 1), base_docs=len(files),
             docs_per_s=round(copies * len(files) / r["wall_s"], 1))
    print(json.dumps(r), flush=True)
    return r


def dask_check(texts: Path, work: Path, jobs: int = 2) -> dict[str, Any]:
    """Run the local and the Dask engine on the same folder and compare every table."""
    import pandas as pd

    from kemensos_extract.write import TABLES

    outs = {}
    for engine in ("local", "dask"):
        out = work / f"dask_check_{engine}"
        shutil.rmtree(out, ignore_errors=True)
        run_cli(["run", str(texts), "--out", str(out), "--no-cache", "--quiet", "--jobs", str(jobs), "--engine", engine])
        outs[engine] = out
    same = {}
    for t in TABLES:
        a, b = outs["local"], outs["dask"]
        csv_same = (a / f"{t}.csv").read_bytes() == (b / f"{t}.csv").read_bytes()
        pq_same = pd.read_parquet(a / f"{t}.parquet").equals(pd.read_parquet(b / f"{t}.parquet"))
        same[t] = csv_same and pq_same
    r = {"kind": "dask_check", "texts": str(texts), "identical": all(same.values()), "tables": same}
    print(json.dumps(r), flush=True)
    return r


def profile(corpus: Path, sample: int = 2000, flat: bool = False, top: int = 40) -> dict[str, Any]:
    """Where a worker's time goes: pyinstrument samples `pipeline.process_batch` on 32-document
    batches, after `warm()` (what a pool worker runs), and prints the call tree (or, `--flat`,
    the functions by own time: a regex shows up as the Python line that calls it)."""
    import gc

    from pyinstrument import Profiler

    from kemensos_extract.pipeline import process_batch, warm

    warm()
    gc.freeze()
    files, _ = corpus_stats(corpus)
    batch = [(f.read_bytes(), f.stem, str(f)) for f in files[:sample]]
    prof = Profiler(interval=0.0005)
    t0 = time.process_time()
    prof.start()
    for i in range(0, len(batch), 32):
        process_batch(batch[i:i + 32], None, None, False)
    prof.stop()
    cpu = time.process_time() - t0
    text = prof.output_text(unicode=False, color=False, flat=flat, time="percent_of_total")
    print("\n".join(text.splitlines()[: top + 8]))
    r = {"kind": "profile", "n_docs": len(batch), "cpu_ms_per_doc": round(cpu / max(1, len(batch)) * 1000, 3)}
    print(json.dumps(r))
    return r


def stages(corpus: Path, sample: int = 1000) -> dict[str, Any]:
    """Single process, per stage: docs/s and MB/s (CPU time), RSS after the stage."""
    import resource

    from kemensos_extract.corpus import stories
    from kemensos_extract.extract import EXTRACTORS
    from kemensos_extract.model import Document
    from kemensos_extract.normalize import normalize
    from kemensos_extract.pipeline import to_result, warm
    from kemensos_extract.read import read_bytes
    from kemensos_extract.segment import get_nlp, split_sentences, split_sentences_fast

    files, _ = corpus_stats(corpus)
    files = files[:sample]
    datas = [f.read_bytes() for f in files]
    nbytes = sum(map(len, datas))
    warm()
    get_nlp()
    times: dict[str, float] = {}
    rss: dict[str, float] = {}

    def tick(name: str, t: float) -> None:
        times[name] = times.get(name, 0.0) + (time.process_time() - t)

    docs = []
    for i, data in enumerate(datas):
        doc = Document(doc_id=str(i), n_bytes=len(data))
        t = time.process_time()
        read_bytes(data, doc, name="")
        tick("read", t)
        t = time.process_time()
        normalize(doc)
        tick("normalize", t)
        docs.append(doc)
    rss["normalize"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    nlp = get_nlp()
    t = time.process_time()
    for doc in docs:
        split_sentences(doc.text, nlp(doc.text))
    tick("segment (spacy pipeline)", t)
    t = time.process_time()
    for doc in docs:
        doc.sentences = split_sentences_fast(doc.text)
    tick("segment (fast, default)", t)
    for name, fn in EXTRACTORS:
        t = time.process_time()
        for doc in docs:
            try:
                fn(doc)
            except Exception:  # noqa: BLE001 - measure speed, not correctness
                pass
        tick(f"extract:{name}", t)
        rss[f"extract:{name}"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.process_time()
    for doc in docs:
        stories.fingerprint(doc)
    tick("story fingerprint", t)
    t = time.process_time()
    for doc in docs:
        to_result(doc)
    tick("rows (+fingerprint)", t)
    n = len(docs)
    total = sum(v for k, v in times.items() if k not in ("segment (spacy pipeline)", "story fingerprint"))
    out = {"kind": "stages", "n_docs": n, "mb": round(nbytes / 1e6, 2),
           "stages": {k: {"cpu_s": round(v, 3), "docs_per_s": round(n / v, 1) if v else None,
                          "mb_per_s": round(nbytes / 1e6 / v, 2) if v else None} for k, v in times.items()},
           "per_doc_total_ms": round(1000 * total / n, 2), "docs_per_s_one_core": round(n / total, 1),
           "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
    print(json.dumps(out), flush=True)
    return out


# ---------------------------------------------------------------------------------- baseline
_BASE: Any = None


def _baseline_nlp() -> Any:
    """blank('id') + EntityRuler: unit heads and titles followed by title-case tokens."""
    import spacy

    from kemensos_extract.resources import load_csv, load_lines, split_list

    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    pats = []
    heads: set[str] = set()
    for r in load_csv("unit_types.csv"):
        for k, v in r.items():
            if k and k.lower() in ("head", "heads", "spellings"):
                heads.update(split_list(v))
    heads.update(w for w in load_lines("person_unit_heads.txt") if not w.startswith("re:"))
    for h in sorted(heads):
        toks = [{"LOWER": w.lower()} for w in h.split()]
        pats.append({"label": "UNIT", "pattern": toks + [{"IS_TITLE": True, "OP": "+"}]})
    for r in load_csv("positions.csv"):
        for sp in split_list(r.get("spellings", "")):
            toks = [{"LOWER": w.lower()} for w in sp.replace(".", " ").split()]
            if toks:
                pats.append({"label": "PERSON", "pattern": toks + [{"IS_TITLE": True, "OP": "+"}]})
    for r in load_csv("unit_acronyms.csv"):
        for form in (r.get("acronym", ""), r.get("expansion", "")):
            toks = [{"LOWER": w.lower()} for w in form.split()]
            if toks:
                pats.append({"label": "UNIT", "pattern": toks + [{"IS_TITLE": True, "OP": "+"}]})
    for r in load_csv("award_families.csv"):
        toks = [{"LOWER": w.lower()} for w in r.get("name", "").split()]
        if toks:
            pats.append({"label": "AWARD", "pattern": toks})
    ruler.add_patterns(pats)
    return nlp, len(pats)


def _baseline_doc(path: str) -> int:
    global _BASE
    from dateparser.search import search_dates

    if _BASE is None:
        _BASE = _baseline_nlp()[0]
    text = Path(path).read_bytes().decode("utf-8", errors="replace")
    doc = _BASE(text)
    dates = search_dates(text, languages=["id"]) or []
    return len(doc.ents) + len(dates)


def _baseline_init() -> None:
    global _BASE
    _BASE = _baseline_nlp()[0]
    _baseline_doc(__file__)  # warm dateparser


def baseline(corpus: Path, jobs: list[int], sample: int = 400) -> list[dict[str, Any]]:
    import multiprocessing as mp

    files, _ = corpus_stats(corpus)
    files = files[:sample]
    nbytes = sum(f.stat().st_size for f in files)
    n_patterns = _baseline_nlp()[1]
    res = []
    for j in jobs:
        ctx = mp.get_context("fork")
        with ctx.Pool(j, initializer=_baseline_init) as pool:
            pool.map(_baseline_doc, [str(files[0])] * j)  # every worker warm
            t0 = time.perf_counter()
            pool.map(_baseline_doc, [str(f) for f in files], chunksize=8)
            wall = time.perf_counter() - t0
        r = {"kind": "baseline", "jobs": j, "n_docs": len(files), "n_patterns": n_patterns, "wall_s": round(wall, 3),
             "docs_per_s": round(len(files) / wall, 1), "mb_per_s": round(nbytes / 1e6 / wall, 3)}
        res.append(r)
        print(json.dumps(r), flush=True)
    return res


# ---------------------------------------------------------------------------------- report
def machine() -> dict[str, Any]:
    import psutil

    cpu = platform.processor() or ""
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"date_utc": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M"), "cpu": cpu,
            "cores": os.cpu_count(), "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "load_avg": [round(x, 2) for x in os.getloadavg()]}


def markdown(results: dict[str, Any]) -> str:
    lines = [f"Machine: {results['machine']}", ""]
    if "stages" in results:
        s = results["stages"]
        lines += [f"Per stage, one process, {s['n_docs']} documents ({s['mb']} MB), CPU time:", "",
                  "| stage | docs/s | MB/s |", "| --- | ---: | ---: |"]
        lines += [f"| {k} | {v['docs_per_s']} | {v['mb_per_s']} |" for k, v in s["stages"].items()]
        lines += ["", f"Total per document: {s['per_doc_total_ms']} ms CPU ({s['docs_per_s_one_core']} docs/s on one "
                      f"core); peak RSS {s['peak_rss_mb']} MB.", ""]
    base = {b["jobs"]: b for b in results.get("baseline", [])}
    if results.get("e2e"):
        lines += ["End to end (`kemensos-extract run --no-cache`), wall clock:", "",
                  "| engine | jobs | docs | docs/s | MB/s | peak RSS (MB, all processes) | baseline docs/s | ratio |",
                  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for r in results["e2e"]:
            b = base.get(r["jobs"])
            ratio = f"{r['docs_per_s'] / b['docs_per_s']:.1f}x" if b else ""
            lines.append(f"| {r['engine']} | {r['jobs']} | {r['n_docs']} | {r['docs_per_s']} | {r['mb_per_s']} | "
                         f"{r['peak_rss_mb']} | {b['docs_per_s'] if b else ''} | {ratio} |")
        lines.append("")
    if "rerun" in results:
        r = results["rerun"]
        lines += [f"Incremental: first run {r['first_wall_s']} s, unchanged re-run {r['rerun_wall_s']} s "
                  f"(**{r['speedup']}x**), one file changed {r['one_changed_wall_s']} s ({r['speedup_one_changed']}x); "
                  f"{r['n_docs']} documents.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("gen")
    g.add_argument("--n", type=int, required=True)
    g.add_argument("--out", type=Path, required=True)
    g.add_argument("--seed", type=int, default=7)
    g.add_argument("--size", type=int, default=3000)
    s = sub.add_parser("stages")
    s.add_argument("corpus", type=Path)
    s.add_argument("--sample", type=int, default=1000)
    pr = sub.add_parser("profile")
    pr.add_argument("corpus", type=Path)
    pr.add_argument("--sample", type=int, default=2000)
    pr.add_argument("--flat", action="store_true")
    pr.add_argument("--top", type=int, default=40)
    e = sub.add_parser("e2e")
    e.add_argument("corpus", type=Path)
    e.add_argument("--jobs", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    e.add_argument("--engine", default="local")
    b = sub.add_parser("baseline")
    b.add_argument("corpus", type=Path)
    b.add_argument("--jobs", type=int, nargs="+", default=[1, os.cpu_count() or 1])
    b.add_argument("--sample", type=int, default=400)
    r = sub.add_parser("rerun")
    r.add_argument("corpus", type=Path)
    sc = sub.add_parser("scale")
    sc.add_argument("corpus", type=Path)
    sc.add_argument("--copies", type=int, default=10)
    sc.add_argument("--cache-dir", type=Path, default=None)
    dk = sub.add_parser("dask-check")
    dk.add_argument("texts", type=Path, nargs="?", default=ROOT / "tests" / "gold" / "dev" / "texts")
    dk.add_argument("--work", type=Path, default=Path("/tmp/kemensos_bench"))
    a = sub.add_parser("all")
    a.add_argument("--n", type=int, default=10000)
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--seed", type=int, default=7)
    a.add_argument("--sample", type=int, default=1000)
    a.add_argument("--baseline-sample", type=int, default=400)
    a.add_argument("--no-rerun", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "gen":
        print(json.dumps(generate(args.n, args.out, args.seed, args.size)))
    elif args.cmd == "stages":
        stages(args.corpus, args.sample)
    elif args.cmd == "profile":
        profile(args.corpus, args.sample, args.flat, args.top)
    elif args.cmd == "e2e":
        e2e(args.corpus, args.jobs, args.engine)
    elif args.cmd == "baseline":
        baseline(args.corpus, args.jobs, args.sample)
    elif args.cmd == "rerun":
        rerun(args.corpus)
    elif args.cmd == "scale":
        scale(args.corpus, args.copies, args.corpus.parent, args.cache_dir)
    elif args.cmd == "dask-check":
        dask_check(args.texts, args.work)
    elif args.cmd == "all":
        corpus = args.out / f"corpus_{args.n}"
        results: dict[str, Any] = {"machine": machine(), "command": " ".join([Path(sys.executable).name] + sys.argv)}
        if not corpus.exists() or len(corpus_stats(corpus)[0]) != args.n:
            shutil.rmtree(corpus, ignore_errors=True)
            results["corpus"] = generate(args.n, corpus, args.seed)
        jobs = sorted({1, os.cpu_count() or 1})
        results["stages"] = stages(corpus, args.sample)
        results["baseline"] = baseline(corpus, jobs, args.baseline_sample)
        results["e2e"] = e2e(corpus, jobs, work=args.out / "out")
        if not args.no_rerun:
            results["rerun"] = rerun(corpus, work=args.out / "out")
        results["machine_end"] = machine()
        (args.out / "results.json").write_text(json.dumps(results, indent=1))
        print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
