"""Command line: `kemensos-extract run` and `kemensos-extract evaluate`.

A thin layer: arguments -> Settings -> library call -> summary + exit code.

Exit codes:
  0  the run finished (documents that failed are listed in documents.csv and errors.jsonl)
  1  --strict was given and at least one document failed or was only partly processed;
     or `evaluate --min-f1` was not reached
  2  usage error: bad arguments, an input path that does not exist, or no input files
  3  the output folder could not be written
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__

EPILOG = """examples:
  kemensos-extract run data/raw --out data/out
  kemensos-extract run releases/ more/one.txt --out results --jobs 4 --excel-bom
  kemensos-extract run big/ --out results --engine dask --scheduler tcp://10.0.0.5:8786
  kemensos-extract evaluate --gold my_gold/ --pred results/

Tables written to OUT_DIR (CSV and Parquet): documents, units, people, awards, dates,
counts, stories, canonical_awards, canonical_units, canonical_people; the texts table
(doc_id, text) holds the normalised text every start/end offset points into (--texts files:
texts/DOC_ID.txt instead); errors.jsonl lists failed files.
Load them in Python with: kemensos_extract.load("OUT_DIR") (texts: load("OUT_DIR", ["texts"]))."""


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="kemensos-extract",
        description="Turn a folder of Indonesian Kemensos press releases into analyst-ready tables.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="extract every table from folders and/or files of releases",
                         description="Read releases (.txt/.md/.html, any encoding), extract units, people, awards, "
                                     "dates and counts, group stories, and write every table into OUT_DIR.",
                         epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="folders (read recursively) and/or files")
    run.add_argument("--out", "-o", required=True, metavar="OUT_DIR", help="folder for the output tables")
    run.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                     help="worker processes (default: all cores)")
    run.add_argument("--format", dest="formats", default="csv,parquet", metavar="LIST",
                     help="output formats, comma-separated: csv, parquet (default: both)")
    run.add_argument("--excel-bom", action="store_true", help="write CSV as UTF-8 with BOM (for Excel)")
    run.add_argument("--strict", action="store_true", help="exit with code 1 when any document failed")
    run.add_argument("--max-mb", type=float, default=20.0, metavar="MB",
                     help="files larger than this are recorded as failed instead of read (default: 20)")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    run.add_argument("--texts", choices=("table", "files", "none"), default="table",
                     help="where the normalised texts go (offsets point into them): the texts table "
                          "(default), one file per document in OUT_DIR/texts/, or nowhere")
    perf = run.add_argument_group("speed and scale")
    perf.add_argument("--engine", choices=("local", "dask"), default="local",
                      help="where documents are processed: local worker processes (default) or a Dask "
                           "cluster (needs: pip install 'kemensos-extract[dask]')")
    perf.add_argument("--scheduler", default=None, metavar="ADDRESS",
                      help="Dask scheduler address (tcp://host:8786); default: a LocalCluster of --jobs workers")
    perf.add_argument("--no-cache", dest="cache", action="store_false",
                      help="process every file again (default: reuse results of unchanged files)")
    perf.add_argument("--cache-dir", default=None, metavar="DIR",
                      help="where results of processed files are kept (default: OUT_DIR/.cache)")
    perf.add_argument("--segmenter", choices=("fast", "spacy"), default="fast",
                      help="sentence splitter: fast (spaCy's Indonesian tokenizer on sentence ends only, "
                           "same boundaries) or spacy (the full spaCy pipeline; slower)")

    ev = sub.add_parser("evaluate", help="score an output folder against gold annotations",
                        description="Score OUT_DIR against a gold folder (docs.jsonl + corpus.json) with the "
                                    "matching rules of the project's evaluation contract.")
    ev.add_argument("--gold", required=True, type=Path, help="gold folder with docs.jsonl and corpus.json")
    ev.add_argument("--pred", required=True, type=Path, help="output folder of a run")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--show-errors", action="store_true", help="list every miss and false hit")
    ev.add_argument("--min-f1", type=float, default=None, help="exit 1 when overall F1 is below this")
    return ap


def _cmd_run(a: argparse.Namespace) -> int:
    from .api import extract_folder
    from .settings import Settings

    try:
        settings = Settings(jobs=a.jobs if a.jobs > 0 else (os.cpu_count() or 1),
                            formats=tuple(f.strip() for f in a.formats.split(",") if f.strip()),
                            excel_bom=a.excel_bom, strict=a.strict, max_mb=a.max_mb,
                            progress=not a.quiet and sys.stderr.isatty(), engine=a.engine,
                            scheduler=a.scheduler, cache=a.cache, cache_dir=a.cache_dir, segmenter=a.segmenter,
                            texts=a.texts)
    except ValueError as exc:
        print(f"kemensos-extract: error: {exc}", file=sys.stderr)
        return 2
    bar = None

    def on_start(n: int) -> None:
        nonlocal bar
        if settings.progress:
            from tqdm import tqdm

            bar = tqdm(total=n, unit="doc", desc="extracting", file=sys.stderr)

    def on_doc(_res) -> None:
        if bar is not None:
            bar.update(1)

    try:
        summary = extract_folder(a.inputs, a.out, settings, on_document=on_doc, on_start=on_start)
    except FileNotFoundError as exc:
        print(f"kemensos-extract: error: {exc}", file=sys.stderr)
        return 2
    except ImportError as exc:  # --engine dask without the extra installed
        print(f"kemensos-extract: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"kemensos-extract: error: cannot write output: {exc}", file=sys.stderr)
        return 3
    finally:
        if bar is not None:
            bar.close()
    if summary.n_documents == 0:
        print("kemensos-extract: error: no input files found", file=sys.stderr)
        return 2
    if not a.quiet:
        s = summary
        cached = f" ({s.n_cached} unchanged, from cache)" if s.n_cached else ""
        print(f"read {s.n_documents} documents{cached}: {s.n_ok} ok, {s.n_partial} partial, {s.n_failed} failed "
              f"in {s.seconds:.1f}s -> {s.out_dir}", file=sys.stderr)
        print("rows: " + ", ".join(f"{k} {v}" for k, v in s.rows.items()), file=sys.stderr)
        for doc_id, stage, err in s.failures[:10]:
            print(f"  {doc_id}: {stage}: {err}", file=sys.stderr)
        if len(s.failures) > 10:
            print(f"  ... {len(s.failures) - 10} more in {s.out_dir / 'errors.jsonl'}", file=sys.stderr)
    if settings.strict and (summary.n_failed or summary.n_partial):
        return 1
    return 0


def _cmd_evaluate(a: argparse.Namespace) -> int:
    from .evaluate import format_report, score

    try:
        res, errors = score(a.gold, a.pred)
    except FileNotFoundError as exc:
        print(f"kemensos-extract: error: {exc}", file=sys.stderr)
        return 2
    if a.show_errors:
        print("\n".join(errors) + "\n")
    print(format_report(res, as_json=a.json))
    if a.min_f1 is not None and res["overall_f1"] < a.min_f1:
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = _parser()
    a = ap.parse_args(argv)
    if a.command == "run":
        return _cmd_run(a)
    if a.command == "evaluate":
        return _cmd_evaluate(a)
    ap.print_help()
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
