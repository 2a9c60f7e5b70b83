"""Gold scoring inside the product, so users who annotate their own releases can measure.

Implements the matching rules of the project's evaluation contract (OUTPUT.md):
units by distinctive-name spelling inside key/name/text, people by token-subset
names and containment of expanded positions, awards by family regex +
recipient, dates as value sets (`--MM-DD` accepts any year), counts by value +
counted head, stories pairwise, canonical awards by family + recipient
(+ edition) and exact source sets.  Gold format: docs.jsonl + corpus.json
(see the README, "Evaluating").
"""
from __future__ import annotations

import csv
import itertools
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

HONORIFICS = {"prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "s", "sos", "si", "msi", "m", "mm",
              "mpd", "se", "sh", "mh", "ak", "st", "mt", "phd", "ma", "mba", "spd", "skm", "bapak",
              "ibu", "pak", "bu", "sdr", "saudara"}
ABBREV = [
    (r"\bsekjen\b", "sekretaris jenderal"), (r"\bmensos\b", "menteri sosial"),
    (r"\bdirjen\b", "direktur jenderal"), (r"\brehsos\b", "rehabilitasi sosial"),
    (r"\bkemensos\b|\bkemsos\b", "kementerian sosial"), (r"\bkemenpanrb\b|\bkemenpan rb\b", "kementerian panrb"),
    (r"\bmenpanrb\b|\bmenpan rb\b|\bmenpan\b", "menteri panrb"), (r"\bpan rb\b", "panrb"),
    (r"\bkaro\b", "kepala biro"), (r"\bkabiro\b", "kepala biro"), (r"\bhumas\b", "hubungan masyarakat"),
    (r"\bri\b", ""),
]


def norm(s: object) -> str:
    s = "" if s is None else str(s)
    s = unicodedata.normalize("NFKC", s).lower()
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return " ".join(s.split())


def norm_name(s: str) -> str:
    toks = [t for t in norm(s).split() if t not in HONORIFICS]
    return " ".join(toks)


def norm_pos(s: str) -> str:
    s = norm(s)
    for pat, rep in ABBREV:
        s = re.sub(pat, rep, s)
    return " ".join(s.split())


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def unit_matches(gold_unit: dict, *fields: str) -> bool:
    hay = " " + " ".join(norm(x) for x in fields) + " "
    hay_compact = hay.replace(" ", "")
    for c in gold_unit["core"]:
        n = norm(c)
        if n and (f" {n} " in hay or (len(n) > 6 and n.replace(" ", "") in hay_compact)):
            return True
    return False


def names_match(g: str, p: str) -> bool:
    g, p = norm_name(g), norm_name(p)
    if not g or not p:
        return False
    if g == p:
        return True
    gt, pt = set(g.split()), set(p.split())
    small, big = (gt, pt) if len(gt) <= len(pt) else (pt, gt)
    return small <= big and len(small) >= 1 and (len(small) >= 2 or len(big) <= 2)


def pos_matches(alts: list[str], pred: str) -> bool:
    p = norm_pos(pred)
    if not p:
        return False
    for a in alts:
        a = norm_pos(a)
        if a and (a in p or p in a):
            return True
    return False


def date_match(gold_value: str, pred_value: str) -> bool:
    if gold_value == pred_value:
        return True
    if gold_value.startswith("--") and len(pred_value) == 10 and pred_value[4:] == gold_value[1:]:
        return True
    return False


class Scorer:
    def __init__(self, gold_dir: Path, pred_dir: Path):
        self.docs = [json.loads(l) for l in (gold_dir / "docs.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
        self.corpus = json.loads((gold_dir / "corpus.json").read_text(encoding="utf-8"))
        self.families = [(k, re.compile(v, re.I)) for k, v in self.corpus["award_families"].items()]
        self.pred = {name: read_csv(pred_dir / f"{name}.csv") for name in
                     ["documents", "units", "people", "awards", "dates", "counts", "canonical_awards"]}
        self.by_doc = {name: defaultdict(list) for name in self.pred}
        for name, rows in self.pred.items():
            for r in rows:
                self.by_doc[name][str(r.get("doc_id", "")).strip()].append(r)
        self.units_by_key = {}
        for d in self.docs:
            for u in d["units"]:
                self.units_by_key[u["key"]] = u
        self.errors: list[str] = []
        self.missing = [n for n in self.pred if not (pred_dir / f"{n}.csv").exists()]

    def family(self, name: str) -> str | None:
        for k, rx in self.families:
            if rx.search(name or ""):
                return k
        return None

    def err(self, msg: str):
        self.errors.append(msg)

    # ---- per-field scores -------------------------------------------------
    def units(self) -> dict:
        tp = fp = fn = 0
        for d in self.docs:
            rows = self.by_doc["units"][d["doc_id"]]
            keys = defaultdict(list)
            for r in rows:
                keys[r.get("unit_key") or norm(r.get("unit_name"))].append(r)
            for g in d["units"]:
                if g.get("optional"):
                    continue
                if any(unit_matches(g, r.get("unit_key", ""), r.get("unit_name", ""), r.get("text", "")) for r in rows):
                    tp += 1
                else:
                    fn += 1
                    self.err(f"units  FN {d['doc_id']}: {g['key']}")
            for k, rs in keys.items():
                if not any(unit_matches(g, r.get("unit_key", ""), r.get("unit_name", ""), r.get("text", ""))
                           for g in d["units"] for r in rs):
                    fp += 1
                    self.err(f"units  FP {d['doc_id']}: {k} / {rs[0].get('text', '')!r}")
        return prf(tp, fp, fn)

    def people(self) -> tuple[dict, dict]:
        tp = fp = fn = 0
        pos_ok = pos_n = 0
        for d in self.docs:
            rows = self.by_doc["people"][d["doc_id"]]
            names = defaultdict(list)
            for r in rows:
                n = norm_name(r.get("name") or r.get("text") or "")
                if n:
                    names[n].append(r)
            matched_pred = set()
            for g in d["people"]:
                hits = [n for n in names if names_match(g["name"], n)]
                if g.get("optional"):
                    matched_pred.update(hits)
                    continue
                if hits:
                    tp += 1
                    matched_pred.update(hits)
                    if g["position"]:
                        pos_n += 1
                        if any(pos_matches(g["position"], r.get("position", "")) for h in hits for r in names[h]):
                            pos_ok += 1
                        else:
                            got = sorted({r.get('position', '') for h in hits for r in names[h]})
                            self.err(f"people POS {d['doc_id']}: {g['name']} gold={g['position'][0]!r} got={got}")
                else:
                    fn += 1
                    self.err(f"people FN {d['doc_id']}: {g['name']}")
            for n in names:
                if n not in matched_pred:
                    fp += 1
                    self.err(f"people FP {d['doc_id']}: {n!r}")
        acc = round(pos_ok / pos_n, 4) if pos_n else 1.0
        return prf(tp, fp, fn), {"acc": acc, "ok": pos_ok, "n": pos_n}

    def awards(self) -> tuple[dict, dict, dict]:
        tp = fp = fn = 0
        ed_ok = ed_n = inn_ok = inn_n = 0
        for d in self.docs:
            rows = self.by_doc["awards"][d["doc_id"]]
            pred = []
            for r in rows:
                pred.append((self.family(r.get("award_name", "")), r))
            used = set()
            for g in d["awards"]:
                gu = self.units_by_key.get(g["recipient"], {"core": [g["recipient"]]})
                hits = [i for i, (fam, r) in enumerate(pred) if fam == g["family"] and
                        unit_matches(gu, r.get("recipient_unit_key", ""), r.get("recipient_unit_name", ""))]
                if g.get("optional"):
                    used.update(hits)
                    continue
                if not hits:
                    fn += 1
                    self.err(f"awards FN {d['doc_id']}: {g['family']} {g['edition']} -> {g['recipient']}")
                    continue
                tp += 1
                used.update(hits)
                if g.get("edition"):
                    ed_n += 1
                    if any(str(pred[i][1].get("award_edition", "")).split(".")[0] == str(g["edition"]) for i in hits):
                        ed_ok += 1
                    else:
                        self.err(f"awards EDITION {d['doc_id']}: {g['family']} -> {g['recipient']} gold={g['edition']}")
                if g.get("innovation"):
                    inn_n += 1
                    if any(any(norm(k) in norm(pred[i][1].get("innovation", "")) for k in g["innovation"]) for i in hits):
                        inn_ok += 1
                    else:
                        self.err(f"awards INNOV {d['doc_id']}: {g['recipient']} gold={g['innovation'][0]!r}")
            seen = set()
            for i, (fam, r) in enumerate(pred):
                if i in used:
                    continue
                key = (fam, norm(r.get("recipient_unit_key") or r.get("recipient_unit_name")))
                if key in seen:
                    continue
                seen.add(key)
                fp += 1
                self.err(f"awards FP {d['doc_id']}: {r.get('award_name')!r} -> {r.get('recipient_unit_key')!r}")
        return (prf(tp, fp, fn),
                {"acc": round(ed_ok / ed_n, 4) if ed_n else 1.0, "ok": ed_ok, "n": ed_n},
                {"acc": round(inn_ok / inn_n, 4) if inn_n else 1.0, "ok": inn_ok, "n": inn_n})

    def dates(self) -> tuple[dict, dict]:
        tot = [0, 0, 0]
        day = [0, 0, 0]
        for d in self.docs:
            pred = {str(r.get("value", "")).strip() for r in self.by_doc["dates"][d["doc_id"]]}
            pred.discard("")
            gold = [g for g in d["dates"] if not g.get("optional")]
            opt = [g for g in d["dates"] if g.get("optional")]
            gvals = {g["value"] for g in gold}
            for gv in gvals:
                isday = len(gv) == 10 or gv.startswith("--")
                hit = any(date_match(gv, p) for p in pred)
                tot[0 if hit else 2] += 1
                if isday:
                    day[0 if hit else 2] += 1
                if not hit:
                    self.err(f"dates  FN {d['doc_id']}: {gv}")
            for p in pred:
                if any(date_match(gv, p) for gv in gvals) or any(date_match(g["value"], p) for g in opt):
                    continue
                tot[1] += 1
                if len(p) == 10:
                    day[1] += 1
                self.err(f"dates  FP {d['doc_id']}: {p}")
        return prf(*tot), prf(*day)

    def counts(self) -> dict:
        tp = fp = fn = 0
        for d in self.docs:
            rows = self.by_doc["counts"][d["doc_id"]]
            pred = []
            for r in rows:
                try:
                    v = int(float(str(r.get("value", "")).replace(",", "")))
                except ValueError:
                    continue
                pred.append((v, norm(r.get("counted", "")), r))

            def ok(g, p):
                if p[0] != g["value"]:
                    return False
                for w in g["what"]:
                    w = norm(w)
                    if w and (w in p[1] or (p[1] and p[1].split()[0] == w.split()[0])):
                        return True
                return False
            used = set()
            for g in d["counts"]:
                hits = [i for i, p in enumerate(pred) if ok(g, p)]
                used.update(hits)
                if g.get("optional"):
                    continue
                if hits:
                    tp += 1
                else:
                    fn += 1
                    self.err(f"counts FN {d['doc_id']}: {g['value']} {g['what'][0]}")
            seen = set()
            for i, p in enumerate(pred):
                if i in used or (p[0], p[1]) in seen:
                    continue
                seen.add((p[0], p[1]))
                fp += 1
                self.err(f"counts FP {d['doc_id']}: {p[0]} {p[1]!r}")
        return prf(tp, fp, fn)

    def published(self) -> dict:
        ok = n = 0
        docs = {r.get("doc_id"): r for r in self.pred["documents"]}
        for d in self.docs:
            n += 1
            got = (docs.get(d["doc_id"], {}).get("published_date") or "").strip()[:10]
            want = d.get("published") or ""
            if got == want:
                ok += 1
            else:
                self.err(f"published {d['doc_id']}: gold={want!r} got={got!r}")
        return {"acc": round(ok / n, 4) if n else 1.0, "ok": ok, "n": n}

    def stories(self) -> dict:
        ids = [d["doc_id"] for d in self.docs]
        gold_of = {i: i for i in ids}
        for k, group in enumerate(self.corpus.get("stories", [])):
            for i in group:
                gold_of[i] = f"g{k}"
        pred_rows = {r.get("doc_id"): (r.get("story_id") or "").strip() for r in self.pred["documents"]}
        pred_of = {i: (pred_rows.get(i) or f"solo:{i}") for i in ids}
        tp = fp = fn = 0
        for a, b in itertools.combinations(ids, 2):
            g = gold_of[a] == gold_of[b]
            p = pred_of[a] == pred_of[b]
            if g and p:
                tp += 1
            elif p:
                fp += 1
                self.err(f"stories FP: {a} ~ {b}")
            elif g:
                fn += 1
                self.err(f"stories FN: {a} ~ {b}")
        return prf(tp, fp, fn)

    def canonical(self) -> tuple[dict, dict]:
        rows = self.pred["canonical_awards"]
        gold = self.corpus.get("canonical_awards", [])
        used = set()
        tp = fn = 0
        src_ok = 0
        for g in gold:
            gu = self.units_by_key.get(g["recipient"], {"core": [g["recipient"]]})
            hits = [i for i, r in enumerate(rows)
                    if self.family(r.get("award_name", "")) == g["family"]
                    and unit_matches(gu, r.get("recipient_unit_key", ""), r.get("recipient_unit_name", ""))
                    and (not g.get("edition") or str(r.get("award_edition", "")).split(".")[0] == str(g["edition"]))]
            if g.get("optional"):
                used.update(hits)
                continue
            if not hits:
                fn += 1
                self.err(f"canon  FN: {g['family']} {g['edition']} -> {g['recipient']}")
                continue
            tp += 1
            used.update(hits)
            want = set(g["sources"])
            if any({s.strip() for s in re.split(r"[;,|]", rows[i].get("source_doc_ids", "")) if s.strip()} == want for i in hits):
                src_ok += 1
            else:
                self.err(f"canon  SOURCES {g['family']} {g['edition']} -> {g['recipient']}: gold={sorted(want)} "
                         f"got={[rows[i].get('source_doc_ids') for i in hits]}")
            if len(hits) > 1:
                self.err(f"canon  SPLIT {g['family']} {g['edition']} -> {g['recipient']}: {len(hits)} rows")
        fp = 0
        for i, r in enumerate(rows):
            if i not in used:
                fp += 1
                self.err(f"canon  FP: {r.get('award_name')!r} {r.get('award_edition')} -> {r.get('recipient_unit_key')!r}")
        return prf(tp, fp, fn), {"acc": round(src_ok / tp, 4) if tp else 0.0, "ok": src_ok, "n": tp}

    def run(self) -> dict:
        res = {}
        res["units"] = self.units()
        res["people"], res["people_position"] = self.people()
        res["awards"], res["awards_edition"], res["awards_innovation"] = self.awards()
        res["dates"], res["dates_day"] = self.dates()
        res["counts"] = self.counts()
        res["published"] = self.published()
        res["stories"] = self.stories()
        res["canonical_awards"], res["canonical_sources"] = self.canonical()
        f1s = [res[k]["f1"] for k in ["units", "people", "awards", "dates", "counts", "stories", "canonical_awards"]]
        res["overall_f1"] = round(sum(f1s) / len(f1s), 4)
        res["missing_files"] = self.missing
        return res


def score(gold_dir: str | Path, pred_dir: str | Path) -> tuple[dict, list[str]]:
    """Score an output folder against a gold folder: (results, error lines)."""
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    for need in (gold_dir / "docs.jsonl", gold_dir / "corpus.json"):
        if not need.exists():
            raise FileNotFoundError(f"gold file missing: {need}")
    if not pred_dir.is_dir():
        raise FileNotFoundError(f"prediction folder missing: {pred_dir}")
    s = Scorer(gold_dir, pred_dir)
    res = s.run()
    return res, s.errors


def format_report(res: dict, as_json: bool = False) -> str:
    """Human-readable (or JSON) score table."""
    if as_json:
        return json.dumps(res, indent=1)
    lines = []
    for k, v in res.items():
        if isinstance(v, dict) and "f1" in v:
            lines.append(f"{k:18s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  (tp={v['tp']} fp={v['fp']} fn={v['fn']})")
        elif isinstance(v, dict):
            lines.append(f"{k:18s} acc={v['acc']:.3f}  ({v['ok']}/{v['n']})")
    if res.get("missing_files"):
        lines.append("missing files: " + ", ".join(res["missing_files"]))
    lines.append(f"overall_f1={res['overall_f1']:.4f}")
    return "\n".join(lines)
