#!/usr/bin/env python3
"""Validate held-out set 9 and score a perfect prediction built from the gold.

Usage: python3 validate.py [--keep-pred DIR] [--no-selftest]

Checks (adapted from heldout8's validate.py)
  1. texts: encoding, line endings and BOM as declared in build_gold.TEXT_FORMAT (default strict UTF-8 + LF, no
     BOM; h9_005 must be cp1252 and NOT valid UTF-8, with a non-ASCII character; h9_004 must use CRLF only); size
     1.5-3 KB; one text per gold document and vice versa; the boilerplate lines of build_gold.BOILERPLATE;
  2. docs.jsonl: keys/types of the schema; dates are ISO / --MM-DD; counts and editions are ints;
  3. every date / count `text`, at least one core of every unit, every person name (or, for
     build_gold.PERSON_ALIASES, the alias) and at least one innovation keyword per award appears in its (decoded)
     document; award recipients are units of the document; every edition year is written in the document, or
     (build_gold.EDITION_FROM_CONTEXT) the relative phrase it is resolved from; headline-only awards (none here);
  4. weekdays match their dates; '(d/m)', '(d/m/yyyy)', 'd Month [yyyy]', 'Month yyyy' match the value; the
     published date is among the document's date values; MONTH RANGES (build_gold.MONTH_RANGES): both named
     months are required dates with the given values;
  5. CENTRAL ORGANISERS (build_gold.CENTRAL_ORGANISERS): the organiser is written in the text and no unit of the
     document has it as a core (a central unit that only organises is not a unit);
  6. family regexes: every family used exists, first-match-wins on the canonical family names, and
     `pelayanan-publik` is last; the three new families (rekor-muri, efisiensi-energi, kepatuhan-pajak) are
     placed just before it;
  6b. AWARD SHAPES (build_gold.AWARD_SHAPES): the award is stated in the declared shape (subject of a sentence,
     colon list, only inside a quote, only in the caption line), and its family is annotated in the document;
  7. canonical awards agree with the per-document awards; story-mates share an award;
  8. self-test: deliberate errors injected in memory must each be reported;
  9. builds a perfect prediction (CSV tables of /work/shared/eval/OUTPUT.md; default /tmp/h9_perfect) and runs
     score.py on it: every metric must be 1.000.
Exit code 0 when there are no problems.
"""
from __future__ import annotations

import argparse
import copy
import csv
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/eval/score.py")
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from build_gold import (BOILERPLATE, CENTRAL_ORGANISERS, DAY_RANGES, EDITION_FROM_CONTEXT,  # noqa: E402
                        AWARD_SHAPES, FAMILY_NAMES, HEADLINE_ONLY_AWARDS, MONTH_RANGES, PERSON_ALIASES,
                        TEXT_FORMAT)
from build_gold import AWARD_FAMILIES as AWARD_FAMILIES_RX  # noqa: E402

WEEKDAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
MONTHS = {m: i + 1 for i, m in enumerate(
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
     "november", "desember"])}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "sep": 9,
               "okt": 10, "nov": 11, "des": 12})
BOMS = {"utf-8": [b"\xef\xbb\xbf"], "utf-16": [b"\xff\xfe", b"\xfe\xff"]}


def headline(text: str) -> str:
    """First non-empty line that is not a date/time header line."""
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if re.match(r"^(senin|selasa|rabu|kamis|jumat|sabtu|minggu),", s, re.I):
            continue
        return s
    return ""


class Checker:
    def __init__(self):
        self.problems: list[str] = []

    def bad(self, msg: str):
        self.problems.append(msg)

    # ---------------------------------------------------------------------------------- texts --
    def load_texts(self, docs):
        texts = {}
        files = sorted((HERE / "texts").glob("*.txt"))
        ids = {d["doc_id"] for d in docs}
        if {f.stem for f in files} != ids:
            self.bad(f"texts/ and docs.jsonl disagree: {sorted({f.stem for f in files} ^ ids)}")
        for f in files:
            raw = f.read_bytes()
            fmt = TEXT_FORMAT.get(f.stem, {"encoding": "utf-8", "newline": "\n", "bom": False})
            enc = fmt["encoding"]
            bom = next((b for b in BOMS["utf-8"] + BOMS["utf-16"] if raw.startswith(b)), None)
            if bool(bom) != bool(fmt.get("bom")):
                self.bad(f"{f.name}: BOM {'present' if bom else 'missing'}")
            if bom and bom not in BOMS.get(enc, []):
                self.bad(f"{f.name}: BOM {bom!r} does not fit {enc}")
            if bom and enc == "utf-8":
                raw = raw[len(bom):]
            try:
                s = raw.decode(enc)   # 'utf-16' consumes its BOM
            except UnicodeDecodeError as e:
                self.bad(f"{f.name}: not {enc} ({e})")
                continue
            size = len(s.encode("utf-8")) if enc == "utf-16" else len(raw)
            if not (1500 <= size <= 3072):
                self.bad(f"{f.name}: size {size} bytes outside 1.5-3 KB")
            if enc != "utf-8":
                try:
                    raw.decode("utf-8")
                    self.bad(f"{f.name}: declared {enc} but the bytes are valid UTF-8")
                except UnicodeDecodeError:
                    pass
            if enc == "cp1252" and not re.search(r"[^\x00-\x7f]", s):
                self.bad(f"{f.name}: declared cp1252 but has no non-ASCII character")
            if fmt["newline"] == "\r\n":
                if "\r\n" not in s or re.search(r"(?<!\r)\n", s) or re.search(r"\r(?!\n)", s):
                    self.bad(f"{f.name}: expected CRLF line endings only")
            elif "\r" in s:
                self.bad(f"{f.name}: CR line endings")
            if "\ufeff" in s:
                self.bad(f"{f.name}: stray BOM character inside the decoded text")
            s = s.replace("\r\n", "\n")
            for line in BOILERPLATE.get(f.stem, []):
                if not re.search(rf"^{re.escape(line)}", s, re.M):  # line starts with the marker
                    self.bad(f"{f.name}: boilerplate line {line!r} missing")
            texts[f.stem] = s
        return texts

    # --------------------------------------------------------------------------------- schema --
    def check_schema(self, d):
        want = ["doc_id", "published", "dateline_city", "units", "people", "awards", "dates", "counts"]
        if list(d.keys()) != want:
            self.bad(f"{d.get('doc_id')}: keys {list(d.keys())}")
        if d["published"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["published"]):
            self.bad(f"{d['doc_id']}: published {d['published']!r}")
        for u in d["units"]:
            if set(u) - {"key", "core", "city", "optional"} or not u["core"]:
                self.bad(f"{d['doc_id']}: unit {u}")
        for p in d["people"]:
            if set(p) - {"name", "position", "optional"} or not isinstance(p["position"], list):
                self.bad(f"{d['doc_id']}: person {p}")
        for a in d["awards"]:
            if set(a) - {"family", "edition", "recipient", "innovation", "grade", "optional"}:
                self.bad(f"{d['doc_id']}: award {a}")
            if a["edition"] is not None and not isinstance(a["edition"], int):
                self.bad(f"{d['doc_id']}: edition {a['edition']!r}")
        for x in d["dates"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}", x["value"]):
                self.bad(f"{d['doc_id']}: date value {x}")
        for c in d["counts"]:
            if not isinstance(c["value"], int) or not c["what"]:
                self.bad(f"{d['doc_id']}: count {c}")

    # ----------------------------------------------------------------------------- dates ------
    def check_weekday_and_numeric(self, doc_id, text, value):
        low = text.lower().replace("\u2019", "").replace("'", "")
        wd = next((w for w in WEEKDAYS if re.search(rf"\b{w}\b", low)), None)
        full = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
        partial = re.fullmatch(r"--(\d{2})-(\d{2})", value)
        m = re.search(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", text)
        if m:
            d_, m_, y_ = int(m.group(1)), int(m.group(2)), m.group(3)
            if full:
                if (d_, m_) != (int(full.group(3)), int(full.group(2))) or (y_ and int(y_) != int(full.group(1))):
                    self.bad(f"{doc_id}: {text!r} does not match {value}")
            elif partial:
                if (d_, m_) != (int(partial.group(2)), int(partial.group(1))) or y_:
                    self.bad(f"{doc_id}: {text!r} does not match {value}")
        rng = re.search(r"(\d{1,2})\s*[-\u2013]\s*(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?", text)
        if rng and rng.group(3).lower() in MONTHS:
            d1, d2, mon, yr = int(rng.group(1)), int(rng.group(2)), MONTHS[rng.group(3).lower()], rng.group(4)
            if not full:
                self.bad(f"{doc_id}: day range {text!r} with non-day value {value}")
            elif not (d1 <= int(full.group(3)) <= d2 and int(full.group(2)) == mon
                      and (not yr or int(yr) == int(full.group(1)))):
                self.bad(f"{doc_id}: {value} is outside the range {text!r}")
        else:
            m2 = re.search(r"(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?", text)
            if m2 and m2.group(2).lower() in MONTHS and (full or partial):
                if full:
                    want = (int(full.group(3)), int(full.group(2)))
                    if m2.group(3) and int(m2.group(3)) != int(full.group(1)):
                        self.bad(f"{doc_id}: {text!r} year does not match {value}")
                else:
                    want = (int(partial.group(2)), int(partial.group(1)))
                if (int(m2.group(1)), MONTHS[m2.group(2).lower()]) != want:
                    self.bad(f"{doc_id}: {text!r} does not match {value}")
        m3 = re.search(r"\b([A-Za-z]+)\s+(\d{4})\b", text)
        if m3 and m3.group(1).lower() in MONTHS and re.fullmatch(r"\d{4}-\d{2}", value):
            if (int(m3.group(2)), MONTHS[m3.group(1).lower()]) != tuple(map(int, value.split("-"))):
                self.bad(f"{doc_id}: {text!r} does not match {value}")
        if re.search(r"\b1[34]\d\d\s*H\b", text) and value[:2] in ("13", "14"):
            self.bad(f"{doc_id}: Hijri year in {text!r} resolved as a Gregorian year {value}")
        if wd:
            if full:
                got = WEEKDAYS[dt.date.fromisoformat(value).weekday()]
                if got != wd:
                    self.bad(f"{doc_id}: weekday of {text!r} is {got}, not {wd}")
            elif not partial:
                self.bad(f"{doc_id}: weekday text {text!r} with non-day value {value}")

    # ---------------------------------------------------------------------------- per doc -----
    def check_doc(self, d, text, unit_keys_seen):
        doc_id = d["doc_id"]
        flat = " ".join(text.replace("\u00a0", " ").split())
        low = flat.lower()
        norm = lambda s: " ".join(s.replace("\u00a0", " ").split())  # noqa: E731
        for x in d["dates"]:
            if norm(x["text"]) not in flat:
                self.bad(f"{doc_id}: date text {x['text']!r} not in text")
            self.check_weekday_and_numeric(doc_id, x["text"], x["value"])
        for rtext in DAY_RANGES.get(doc_id, []):
            ends = {x["value"] for x in d["dates"] if x["text"] == rtext and not x.get("optional")}
            if len(ends) != 2:
                self.bad(f"{doc_id}: day range {rtext!r} needs its two end days as required dates, got {ends}")
        for mtext, mval in MONTH_RANGES.get(doc_id, []):
            if not any(x["text"] == mtext and x["value"] == mval and not x.get("optional") for x in d["dates"]):
                self.bad(f"{doc_id}: month-range end {mtext!r} = {mval} is not a required date")
        for org in CENTRAL_ORGANISERS.get(doc_id, []):
            if org.lower() not in low:
                self.bad(f"{doc_id}: central organiser {org!r} not in text")
            for u in d["units"]:
                if any(c.lower() in org.lower() or org.lower() in c.lower() for c in u["core"]):
                    self.bad(f"{doc_id}: central organiser {org!r} annotated as unit {u['key']}")
        vals = {x["value"] for x in d["dates"]}
        if d["published"] and d["published"] not in vals:
            self.bad(f"{doc_id}: published {d['published']} not among dates")
        for c in d["counts"]:
            if norm(c["text"]) not in flat:
                self.bad(f"{doc_id}: count text {c['text']!r} not in text")
        keys = set()
        for u in d["units"]:
            keys.add(u["key"])
            if not any(c.lower() in low for c in u["core"]):
                self.bad(f"{doc_id}: no core of unit {u['key']} in text")
            prev = unit_keys_seen.setdefault(u["key"], (u["core"], u["city"]))
            if prev != (u["core"], u["city"]):
                self.bad(f"{doc_id}: unit {u['key']} defined differently elsewhere")
        if len(keys) != len(d["units"]):
            self.bad(f"{doc_id}: duplicate unit keys")
        names = [p["name"] for p in d["people"]]
        if len(names) != len(set(names)):
            self.bad(f"{doc_id}: duplicate people")
        for p in d["people"]:
            alias = PERSON_ALIASES.get((doc_id, p["name"]))
            if alias is not None:
                if norm(alias) not in flat:
                    self.bad(f"{doc_id}: alias {alias!r} of {p['name']!r} not in text")
                if norm(p["name"]) in flat:
                    self.bad(f"{doc_id}: {p['name']!r} is written in full; drop the PERSON_ALIASES entry")
            elif norm(p["name"]) not in flat:
                self.bad(f"{doc_id}: person {p['name']!r} not in text")
        seen_awards = set()
        for a in d["awards"]:
            k = (a["family"], a["edition"], a["recipient"])
            if k in seen_awards:
                self.bad(f"{doc_id}: duplicate award {k}")
            seen_awards.add(k)
            if a["recipient"] not in keys:
                self.bad(f"{doc_id}: award recipient {a['recipient']} is not a unit of the document")
            if a["innovation"] and not any(kw.lower() in low for kw in a["innovation"]):
                self.bad(f"{doc_id}: no innovation keyword of {a['innovation']} in text")
            ctx = EDITION_FROM_CONTEXT.get((doc_id, a["family"], a["recipient"], a["edition"]))
            if ctx is not None:
                if norm(ctx) not in flat:
                    self.bad(f"{doc_id}: edition phrase {ctx!r} not in text")
            elif a["edition"] is not None and str(a["edition"]) not in text:
                self.bad(f"{doc_id}: edition {a['edition']} not written in the text")
            rx = HEADLINE_ONLY_AWARDS.get((doc_id, a["family"]))
            if rx is not None:
                head = headline(text)
                body = text.split(head, 1)[1] if head else text
                if not re.search(rx, head, re.I):
                    self.bad(f"{doc_id}: headline-only award {a['family']} not named in the headline {head!r}")
                if re.search(rx, body, re.I):
                    self.bad(f"{doc_id}: headline-only award {a['family']} is also named in the body")
        for (did, fam, rec, ed) in EDITION_FROM_CONTEXT:
            if did == doc_id and (fam, ed, rec) not in seen_awards:
                self.bad(f"{doc_id}: EDITION_FROM_CONTEXT entry {fam} {ed} {rec} has no award")

    # --------------------------------------------------------------------------- corpus -------
    def check_families(self, corpus, docs):
        fams = list(corpus["award_families"].items())
        if fams[-1][0] != "pelayanan-publik":
            self.bad("pelayanan-publik is not the last family")
        names = [k for k, _ in fams]
        new3 = ("rekor-muri", "efisiensi-energi", "kepatuhan-pajak")
        if names[-4:-1] != list(new3):
            self.bad(f"new families {new3} missing or not just before pelayanan-publik: {names[-4:]}")
        if len(names) != 28:
            self.bad(f"expected 28 families (24 of heldout8 + 3 new + the catch-all), got {len(names)}")
        used = {a["family"] for d in docs for a in d["awards"]}
        for f in used:
            if f not in corpus["award_families"]:
                self.bad(f"family {f} used but not defined")
        for key, name in FAMILY_NAMES.items():
            first = next((k for k, rx in fams if re.search(rx, name, re.I)), None)
            if first != key:
                self.bad(f"family name {name!r} is captured by {first}, not {key}")

    def check_canonical(self, corpus, docs):
        by_id = {d["doc_id"]: d for d in docs}
        story_of = {}
        for i, g in enumerate(corpus["stories"]):
            for x in g:
                if x in story_of:
                    self.bad(f"{x} in two stories")
                story_of[x] = i
                if x not in by_id:
                    self.bad(f"story member {x} unknown")
            fams = [{(a["family"], a["recipient"]) for a in by_id[x]["awards"]} for x in g if x in by_id]
            if any(fams):
                if not set.intersection(*fams):
                    self.bad(f"story {g}: members share no award")
            else:
                units = [{u["key"] for u in by_id[x]["units"]} for x in g if x in by_id]
                if not units or not set.intersection(*units):
                    self.bad(f"story {g}: award-less members share no unit")
        placed = {}
        for row in corpus["canonical_awards"]:
            for s in row["sources"]:
                if s not in by_id:
                    self.bad(f"canonical {row['family']} {row['edition']} {row['recipient']}: unknown source {s}")
                    continue
                hits = [a for a in by_id[s]["awards"] if a["family"] == row["family"]
                        and a["recipient"] == row["recipient"]
                        and bool(a.get("optional")) == bool(row.get("optional"))
                        and (a["edition"] == row["edition"] or a["edition"] is None)]
                if not hits:
                    self.bad(f"canonical {row['family']} {row['edition']} {row['recipient']}: source {s} has no such "
                             f"award")
                for a in hits:
                    if a["edition"] is None and row["edition"] is not None:
                        mates = [x for x in row["sources"] if x != s and story_of.get(x) is not None
                                 and story_of.get(x) == story_of.get(s)]
                        if not mates:
                            self.bad(f"{s}: null-edition award merged without a story-mate source")
                    k = (s, a["family"], a["recipient"], a["edition"])
                    placed.setdefault(k, []).append(row)
        for d in docs:
            for a in d["awards"]:
                k = (d["doc_id"], a["family"], a["recipient"], a["edition"])
                if len(placed.get(k, [])) != 1:
                    self.bad(f"{d['doc_id']}: award {a['family']} {a['edition']} {a['recipient']} is in "
                             f"{len(placed.get(k, []))} canonical rows")

    # ------------------------------------------------------------------------- award shapes ---
    def check_shapes(self, docs, texts):
        by_id = {d["doc_id"]: d for d in docs}
        for (doc_id, fam), (shape, rx) in AWARD_SHAPES.items():
            if doc_id not in texts or doc_id not in by_id:
                self.bad(f"AWARD_SHAPES: unknown document {doc_id}")
                continue
            text = texts[doc_id]
            if not any(a["family"] == fam for a in by_id[doc_id]["awards"]):
                self.bad(f"{doc_id}: shape entry for {fam} but no such award annotated")
            lines = text.split("\n")
            if shape == "subject":
                sents = [x.strip() for para in lines for x in re.split(r"(?<=[.!?])\s+|\s[\u2013\u2014-]\s", para)]
                if not any(re.search(rx, x) for x in sents):
                    self.bad(f"{doc_id}: no sentence starts with the award {fam} ({rx!r})")
            elif shape == "colon_list":
                ok = False
                for i, line in enumerate(lines):
                    if line.rstrip().endswith(":"):
                        for nxt in lines[i + 1:i + 6]:
                            if re.search(rx, nxt):
                                ok = True
                if not ok:
                    self.bad(f"{doc_id}: award {fam} ({rx!r}) not in a list introduced by a colon")
            elif shape == "quote":
                quoted = " ".join(re.findall(r"[\u201c\"]([^\u201d\"]*)[\u201d\"]", text))
                outside = re.sub(r"[\u201c\"][^\u201d\"]*[\u201d\"]", " ", text)
                if not re.search(rx, quoted):
                    self.bad(f"{doc_id}: award {fam} ({rx!r}) not inside a quote")
                if re.search(rx, outside) or re.search(AWARD_FAMILIES_RX[fam], outside, re.I):
                    self.bad(f"{doc_id}: quote-only award {fam} is also named outside the quote")
            elif shape == "caption":
                caps = [ln for ln in lines if re.search(r"\((?:[A-Z]+/)?Dok\.", ln)]
                rest = [ln for ln in lines if ln not in caps]
                if not any(re.search(rx, ln) for ln in caps):
                    self.bad(f"{doc_id}: award {fam} ({rx!r}) not in a caption line")
                if any(re.search(AWARD_FAMILIES_RX[fam], ln, re.I) for ln in rest):
                    self.bad(f"{doc_id}: caption-only award {fam} is also named outside the caption")
            else:
                self.bad(f"{doc_id}: unknown shape {shape}")

    def run(self, docs, corpus, texts):
        seen = {}
        for d in docs:
            self.check_schema(d)
            if d["doc_id"] in texts:
                self.check_doc(d, texts[d["doc_id"]], seen)
        self.check_families(corpus, docs)
        self.check_canonical(corpus, docs)
        self.check_shapes(docs, texts)


# ------------------------------------------------------------------------------- self-test ----
def selftest(docs, corpus, texts) -> list[str]:
    """Inject known errors in memory; return the names of injections that were NOT reported."""
    def find(ds, doc_id):
        return next(d for d in ds if d["doc_id"] == doc_id)

    def dates_of(ds, doc_id, text):
        return [x for x in find(ds, doc_id)["dates"] if x["text"] == text]

    def wrong_weekday(ds, c, t):
        dates_of(ds, "h9_007", "Senin (3/3) malam")[0]["value"] = "2025-03-04"

    def wrong_weekday_crlf(ds, c, t):
        dates_of(ds, "h9_004", "Kamis (13/3)")[0]["value"] = "2025-03-12"

    def wrong_weekday_cp1252(ds, c, t):
        dates_of(ds, "h9_005", "Jum\u2019at, 17 Januari 2025")[0]["value"] = "2025-01-16"

    def wrong_count_text(ds, c, t):
        find(ds, "h9_008")["counts"][1]["text"] = "Sebanyak 64 badan publik"

    def misspelt_cp1252_name(ds, c, t):
        find(ds, "h9_005")["people"][1]["name"] = "Ahmad Ma'ruf Siregar"

    def accent_lost_name(ds, c, t):
        find(ds, "h9_005")["people"][2]["name"] = "Desy"

    def bad_canonical_source(ds, c, t):
        c["canonical_awards"][0]["sources"].append("h9_006")

    def missing_canonical_row(ds, c, t):
        c["canonical_awards"].pop()

    def wrong_edition(ds, c, t):
        find(ds, "h9_010")["awards"][3]["edition"] = 2017

    def lost_edition_phrase(ds, c, t):
        EDITION_FROM_CONTEXT[("h9_005", "top5-inovasi", "dharma-guna-bengkulu", 2024)] = "Top 5 Inovasi tahun 2024"

    def wrong_unit_core(ds, c, t):
        find(ds, "h9_006")["units"][0]["core"] = ["Budi Perkasya"]

    def month_range_end_optional(ds, c, t):
        dates_of(ds, "h9_008", "Juni")[0]["optional"] = True

    def organiser_as_unit(ds, c, t):
        find(ds, "h9_007")["units"].append({"key": "ditjen-rehsos", "core": ["Direktorat Jenderal Rehabilitasi Sosial",
                                            "Ditjen Rehabilitasi Sosial", "Ditjen Rehsos"], "city": None})

    def organiser_missing(ds, c, t):
        t["h9_007"] = t["h9_007"].replace("Direktorat Jenderal Rehabilitasi Sosial", "Direktorat Rehabilitasi")

    def new_family_misplaced(ds, c, t):
        fams = list(c["award_families"].items())
        c["award_families"] = dict([fams[-1]] + fams[:-1])

    def tax_family_swallowed(ds, c, t):
        c["award_families"]["ombudsman-kepatuhan"] += r"|kepatuhan"

    def story_members_share_no_award(ds, c, t):
        find(ds, "h9_002")["awards"] = [a for a in find(ds, "h9_002")["awards"] if a["family"] != "rekor-muri"]

    def recipient_not_unit(ds, c, t):
        find(ds, "h9_004")["awards"][0]["recipient"] = "kanwil-djp-jateng-1"

    def quote_award_leaks(ds, c, t):
        t["h9_005"] = t["h9_005"] + "\nSentra ini pernah masuk Top 5 Inovasi.\n"

    def caption_award_leaks(ds, c, t):
        t["h9_009"] = t["h9_009"].replace("Lembaga yang berdiri", "Lembaga peraih WBK yang berdiri")

    def list_without_colon(ds, c, t):
        t["h9_004"] = t["h9_004"].replace("Ketiganya adalah:", "Ketiganya adalah")

    def subject_shape_lost(ds, c, t):
        t["h9_008"] = t["h9_008"].replace("Predikat Badan Publik Informatif pada",
                                          "BBPPKS Padang meraih predikat Badan Publik Informatif pada")

    injections = [wrong_weekday, wrong_weekday_crlf, wrong_weekday_cp1252, wrong_count_text, misspelt_cp1252_name,
                  accent_lost_name, bad_canonical_source, missing_canonical_row, wrong_edition, lost_edition_phrase,
                  wrong_unit_core, month_range_end_optional, organiser_as_unit, organiser_missing,
                  new_family_misplaced, tax_family_swallowed, story_members_share_no_award, recipient_not_unit,
                  quote_award_leaks, caption_award_leaks, list_without_colon, subject_shape_lost]
    missed = []
    saved_ctx, saved_alias = dict(EDITION_FROM_CONTEXT), dict(PERSON_ALIASES)
    for fn in injections:
        ds, c, t = copy.deepcopy(docs), copy.deepcopy(corpus), dict(texts)
        fn(ds, c, t)
        ch = Checker()
        ch.run(ds, c, t)
        EDITION_FROM_CONTEXT.clear()
        EDITION_FROM_CONTEXT.update(saved_ctx)
        PERSON_ALIASES.clear()
        PERSON_ALIASES.update(saved_alias)
        if not ch.problems:
            missed.append(fn.__name__)
    return missed, len(injections)


# ------------------------------------------------------------------------- perfect prediction --
def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def perfect_prediction(corpus, docs, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    story = {}
    for i, g in enumerate(corpus["stories"]):
        for x in g:
            story[x] = f"story{i + 1}"
    units = {u["key"]: u for d in docs for u in d["units"]}
    write_csv(out / "documents.csv", ["doc_id", "published_date", "dateline_city", "story_id"],
              [[d["doc_id"], d["published"] or "", d["dateline_city"] or "", story.get(d["doc_id"], d["doc_id"])]
               for d in docs])
    write_csv(out / "units.csv", ["doc_id", "unit_key", "unit_name", "text"],
              [[d["doc_id"], u["key"], u["core"][0], u["core"][0]] for d in docs for u in d["units"]
               if not u.get("optional")])
    write_csv(out / "people.csv", ["doc_id", "name", "position", "text"],
              [[d["doc_id"], p["name"], (p["position"] or [""])[0], p["name"]] for d in docs for p in d["people"]
               if not p.get("optional")])
    write_csv(out / "awards.csv", ["doc_id", "award_name", "award_edition", "recipient_unit_key",
                                   "recipient_unit_name", "innovation", "grade"],
              [[d["doc_id"], FAMILY_NAMES[a["family"]], a["edition"] or "", a["recipient"],
                units[a["recipient"]]["core"][0], (a["innovation"] or [""])[0], a["grade"] or ""]
               for d in docs for a in d["awards"] if not a.get("optional")])
    write_csv(out / "dates.csv", ["doc_id", "text", "value"],
              [[d["doc_id"], x["text"], x["value"]] for d in docs for x in d["dates"] if not x.get("optional")])
    write_csv(out / "counts.csv", ["doc_id", "text", "value", "counted"],
              [[d["doc_id"], c["text"], c["value"], c["what"][0]] for d in docs for c in d["counts"]
               if not c.get("optional")])
    write_csv(out / "canonical_awards.csv", ["award_name", "award_edition", "recipient_unit_key",
                                             "recipient_unit_name", "source_doc_ids"],
              [[FAMILY_NAMES[r["family"]], r["edition"] or "", r["recipient"], units[r["recipient"]]["core"][0],
                ";".join(r["sources"])] for r in corpus["canonical_awards"] if not r.get("optional")])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep-pred", type=Path, default=Path("/tmp/h9_perfect"),
                    help="where to write the perfect prediction (default: /tmp/h9_perfect)")
    ap.add_argument("--no-selftest", action="store_true")
    a = ap.parse_args()
    docs = [json.loads(l) for l in (HERE / "docs.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    corpus = json.loads((HERE / "corpus.json").read_text(encoding="utf-8"))
    ch = Checker()
    texts = ch.load_texts(docs)
    ch.run(docs, corpus, texts)
    if not a.no_selftest:
        missed, n = selftest(docs, corpus, texts)
        for m in missed:
            ch.bad(f"self-test: injected error {m} was not reported")
        print(f"self-test: {n - len(missed)}/{n} injected errors reported")

    perfect_prediction(corpus, docs, a.keep_pred)
    res = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE), "--pred", str(a.keep_pred), "--json"],
                         capture_output=True, text=True)
    if res.returncode != 0:
        ch.bad(f"scorer failed: {res.stderr}")
    else:
        r = json.loads(res.stdout)
        for k, v in r.items():
            if isinstance(v, dict):
                score = v.get("f1", v.get("acc"))
                if score != 1.0:
                    ch.bad(f"perfect prediction: {k} = {score}")
        if r.get("missing_files"):
            ch.bad(f"perfect prediction: missing {r['missing_files']}")
        txt = subprocess.run([sys.executable, str(SCORER), "--gold", str(HERE), "--pred", str(a.keep_pred)],
                             capture_output=True, text=True).stdout
        print(txt.rstrip())

    n = lambda key, opt=False: sum(1 for d in docs for x in d[key] if bool(x.get("optional")) == opt)  # noqa: E731
    print(f"docs={len(docs)} units={n('units')} people={n('people')} awards={n('awards')} "
          f"dates={n('dates')}(+{n('dates', True)} optional) counts={n('counts')}(+{n('counts', True)} optional) "
          f"canonical={len(corpus['canonical_awards'])} stories={len(corpus['stories'])}")
    for p in ch.problems:
        print("PROBLEM:", p)
    print(f"{len(ch.problems)} problems")
    return 1 if ch.problems else 0


if __name__ == "__main__":
    sys.exit(main())
