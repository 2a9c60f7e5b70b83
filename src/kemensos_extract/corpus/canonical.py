"""Canonical corpus tables: one row per award event, per unit, per person.

Per-document rows (one per mention / fact) are merged across documents:

* `canonical_awards`: one row per award family + edition + recipient unit.  A
  fact whose edition a source omits joins the row of the same family + recipient
  when that is unambiguous: the same story gives the edition, or there is exactly
  one candidate edition, or (several editions) its ceremony date / evidence /
  publication year fits exactly one of them.  Otherwise it stays its own row.
  Sources that disagree (date, grade, innovation, edition) are reported in
  ``conflicts`` with every value, the value chosen and the rule that chose it:
  majority of documents, then most specific, then earliest document.
* `canonical_units`: one row per unit key, every spelling seen in ``aliases``.
* `canonical_people`: one row per normalised name; a shorter form ("Hartono",
  "Sri Wahyuni") joins the one longer name that contains it, when only one does.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..resources import load_lines

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def norm(s: Any) -> str:
    """Lower-case, accents folded, punctuation to spaces (compare spellings)."""
    return _norm_str("" if s is None else str(s))


@lru_cache(maxsize=1 << 16)
def _norm_str(s: str) -> str:
    """`norm` of a string, memoised: the corpus stage sees the same names and titles again and again."""
    s = unicodedata.normalize("NFKD", s)
    if not s.isascii():
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(_NON_ALNUM.sub(" ", s.lower()).split())


def _blank(v: Any) -> bool:
    """None, NaN or only whitespace (called ~50 times per award row: plain strings first)."""
    if v is None:
        return True
    if type(v) is str:
        return not v.strip()
    return (isinstance(v, float) and v != v) or str(v).strip() == ""


def _edition(v: Any) -> int | None:
    if type(v) is int and -(1 << 53) < v < 1 << 53:  # what int(float(v)) gives back unchanged
        return v
    if _blank(v):
        return None
    try:
        return int(float(str(v).strip()))
    except ValueError:
        m = _YEAR.search(str(v))
        return int(m.group(1)) if m else None


def _doc_order(doc_ids: Iterable[str], published: dict[str, str] | None) -> list[str]:
    """Documents from earliest to latest (publication date when known, then id)."""
    pub = published or {}
    return sorted(set(doc_ids), key=lambda d: ((pub.get(d) or "9999")[:10], d))


def _key(v: str, kind: str) -> str:
    """Compare form of a value: grades keep their sign (A- is not A), dates stay ISO."""
    if kind == "grade":
        return "".join(v.split()).upper()
    if kind == "date":
        return v.strip()[:10]
    return norm(v)


def _choose(values_by_doc: dict[str, str], published: dict[str, str] | None, *, kind: str
            ) -> tuple[str, dict[str, Any] | None]:
    """Pick one value among the documents' values; a conflict record when they disagree.

    Values that are prefixes / containments of each other (2018-09 vs 2018-09-19,
    "Sheltered Workshop Peduli" vs "... melalui Sheltered Workshop Peduli (SWP)")
    are not a conflict: the most specific is taken.  A vague value compatible with
    several disagreeing values does not vote.  Otherwise: majority of documents,
    then most specific (longest), then earliest document.
    """
    vals = {d: str(v).strip() for d, v in values_by_doc.items() if not _blank(v)}
    if len(vals) <= 1:  # nothing to choose between
        return next(iter(vals.values()), ""), None
    order = _doc_order(vals, published)
    rank = {d: i for i, d in enumerate(order)}
    clusters: list[dict[str, Any]] = []
    abstain: dict[str, str] = {}
    # most specific values first, so that vague ones can join the cluster they fit
    for d in sorted(vals, key=lambda d: (-len(_key(vals[d], kind)), rank[d])):
        v = vals[d]
        kv = _key(v, kind)
        fits = [c for c in clusters if any(_compatible(kv, _key(x, kind), kind) for x in c["values"])]
        if len(fits) == 1:
            fits[0]["values"].append(v)
            fits[0]["docs"].append(d)
        elif not fits:
            clusters.append({"values": [v], "docs": [d], "best": v})
        else:
            abstain[d] = v
    if len(clusters) == 1:
        return clusters[0]["best"], None
    ranked = sorted(clusters, key=lambda c: (-len(c["docs"]), -len(_key(c["best"], kind)),
                                             min(rank[d] for d in c["docs"])))
    top, second = ranked[0], ranked[1]
    if len(top["docs"]) > len(second["docs"]):
        rule = "majority"
    elif len(_key(top["best"], kind)) > len(_key(second["best"], kind)):
        rule = "most-specific"
    else:
        rule = "earliest-doc"
    values = {c["best"]: sorted(c["docs"]) for c in clusters}
    for d, v in abstain.items():
        values.setdefault(v, []).append(d)
    record = {"values": {k: sorted(v) for k, v in values.items()}, "chosen": top["best"], "rule": rule}
    return top["best"], record


def _compatible(a: str, b: str, kind: str) -> bool:
    if a == b:
        return True
    if kind == "date":
        return a.startswith(b) or b.startswith(a)
    if kind == "innovation":
        # one spelling's words within the other's: "BASODARA" / "Pemberdayaan Sahabat ODHA (BASODARA)"
        ta, tb = set(a.split()), set(b.split())
        return bool(ta) and bool(tb) and (ta <= tb or tb <= ta or a in b or b in a)
    return False


def _majority(values: Iterable[Any]) -> str:
    """The most frequent value, then the longest, then the first in sort order ("" when none)."""
    c: dict[str, int] = {}
    for v in values:
        if not _blank(v):
            v = str(v).strip()
            c[v] = c.get(v, 0) + 1
    if len(c) <= 1:  # most canonical rows come from one document
        return next(iter(c), "")
    return min(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0]


def _per_doc(rows: list[dict[str, Any]], col: str) -> dict[str, str]:
    """One value per document: the most specific (longest) non-empty value the document gives."""
    out: dict[str, str] = {}
    for r in rows:
        v = r.get(col)
        if _blank(v):
            continue
        v = str(v).strip()
        d = str(r.get("doc_id", ""))
        if d not in out or len(v) > len(out[d]):
            out[d] = v
    return out


# ---- awards ---------------------------------------------------------------------------
def _family(r: dict[str, Any]) -> str:
    fam = r.get("award_family")
    return str(fam).strip() if not _blank(fam) else norm(r.get("award_name"))


def _recipient(r: dict[str, Any]) -> str:
    key = r.get("recipient_unit_key")
    return str(key).strip() if not _blank(key) else norm(r.get("recipient_unit_name"))


def _context_years(r: dict[str, Any], published: dict[str, str] | None) -> list[int]:
    """Years that place an edition-less fact: its ceremony date, then its evidence, then publication."""
    out: list[int] = []
    cd = r.get("ceremony_date")
    if not _blank(cd):
        m = _YEAR.search(str(cd))
        if m:
            out.append(int(m.group(1)))
    if not out and not _blank(r.get("evidence")):
        out.extend(int(y) for y in _YEAR.findall(str(r.get("evidence"))))
    if not out and published:
        p = published.get(str(r.get("doc_id", "")))
        if p and _YEAR.match(p[:4]):
            out.append(int(p[:4]))
    return out


def _fit_edition(years: list[int], editions: list[int]) -> int | None:
    """The one edition a context year fits (same year, or the year before: evaluations are announced later)."""
    for exact in (True, False):
        fits = {e for e in editions for y in years if (e == y if exact else e == y - 1)}
        if len(fits) == 1:
            return fits.pop()
        if len(fits) > 1:
            return None
    return None


#: The award columns `canonical_awards` reads (the rest of a row stays in awards.csv only).
AWARD_INPUT_COLUMNS = ("doc_id", "award_family", "award_name", "award_edition", "recipient_unit_key",
                       "recipient_unit_name", "innovation", "grade", "giver", "ceremony_date", "ceremony_place")


def award_values(r: dict[str, Any]) -> tuple[Any, ...]:
    """The part of an award row the corpus stage needs besides the doc id, as values (columns
    ``AWARD_INPUT_COLUMNS[1:]`` + evidence), small enough to hold 100,000 documents' worth.

    The evidence sentence is only ever searched for years (`_context_years`), so it is
    kept as those years.  Computed by the worker that extracted the row
    (`pipeline.DocResult.award_inputs`): the main process never unpickles award rows.
    """
    ev = r.get("evidence")
    return (*map(r.get, AWARD_INPUT_COLUMNS[1:]), " ".join(_YEAR.findall(str(ev))) if not _blank(ev) else ev)


def canonical_awards(award_rows: list[dict[str, Any]], story_of: dict[str, str] | None = None, *,
                     published: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Merge per-document award facts into one row per family + edition + recipient unit.

    `story_of` (doc -> story id) lets an edition-less fact take the edition its own
    story states; `published` (doc -> ISO date) orders documents ("earliest") and
    gives a context year to edition-less facts.
    """
    story_of = story_of or {}
    by_fr: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in award_rows:
        fam, rec = _family(r), _recipient(r)
        if not fam or not rec:
            continue  # a fact with no recipient unit is not an award event of a unit
        by_fr[(fam, rec)].append(r)
    out: list[dict[str, Any]] = []
    for (fam, rec), rows in sorted(by_fr.items()):
        groups: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
        attached: dict[int, list[tuple[str, str]]] = defaultdict(list)  # edition -> (doc, rule)
        editions = sorted({e for e in (_edition(r.get("award_edition")) for r in rows) if e is not None})
        # editions stated per story (a rewrite that omits the year tells the same event)
        story_ed: dict[str, set[int]] = defaultdict(set)
        for r in rows:
            e = _edition(r.get("award_edition"))
            if e is not None:
                story_ed[story_of.get(str(r.get("doc_id")), "")].add(e)
        for r in rows:
            e = _edition(r.get("award_edition"))
            if e is not None:
                groups[e].append(r)
                continue
            doc = str(r.get("doc_id", ""))
            target, rule = None, ""
            st = story_of.get(doc)
            if st and len(story_ed.get(st, ())) == 1:
                target, rule = next(iter(story_ed[st])), "same-story"
            elif len(editions) == 1:
                target, rule = editions[0], "only-edition"
            elif editions:
                target = _fit_edition(_context_years(r, published), editions)
                rule = "context-year"
            if target is not None:
                groups[target].append(r)
                attached[target].append((doc, rule))
            else:
                groups[None].append(r)
        for ed in sorted(groups, key=lambda e: (e is None, e or 0)):
            out.append(_award_row(fam, rec, ed, groups[ed], attached.get(ed, []) if ed is not None else [],
                                  story_of, published))
    return out


def _award_row(fam: str, rec: str, edition: int | None, rows: list[dict[str, Any]],
               attached: list[tuple[str, str]], story_of: dict[str, str],
               published: dict[str, str] | None) -> dict[str, Any]:
    docs = sorted({str(r.get("doc_id", "")) for r in rows})
    conflicts: dict[str, Any] = {}
    values: dict[str, str] = {}
    for col, kind in (("ceremony_date", "date"), ("grade", "grade"), ("innovation", "innovation")):
        chosen, rec_ = _choose(_per_doc(rows, col), published, kind=kind)
        values[col] = chosen
        if rec_:
            conflicts[col] = rec_
    if attached:
        stated = sorted({str(r.get("doc_id")) for r in rows if _edition(r.get("award_edition")) is not None})
        conflicts["award_edition"] = {
            "values": {str(edition): stated, "": sorted({d for d, _ in attached})},
            "chosen": str(edition),
            "rule": "omitted-edition-attached:" + ",".join(sorted({rule for _, rule in attached})),
        }
    names = [r.get("award_name") for r in rows]
    return {
        "award_family": fam,
        "award_name": _majority(names),
        "award_edition": edition if edition is not None else "",
        "recipient_unit_key": rec,
        "recipient_unit_name": _majority(r.get("recipient_unit_name") for r in rows),
        "innovation": values["innovation"],
        "grade": values["grade"],
        "giver": _majority(r.get("giver") for r in rows),
        "ceremony_date": values["ceremony_date"],
        "ceremony_place": _majority(r.get("ceremony_place") for r in rows),
        "source_doc_ids": ";".join(docs),
        "n_sources": len(docs),
        "story_ids": ";".join(sorted({story_of.get(d, "") for d in docs} - {""})),
        "conflicts": json.dumps(conflicts, ensure_ascii=False, sort_keys=True) if conflicts else "",
    }


# ---- units ----------------------------------------------------------------------------
class _DocIndex:
    """Document ids as small ints for the aggregates (one int per unit-document pair, not a string).

    Built from the run's sorted doc ids, the strings are allocated once, together:
    aggregates that held each mention's own doc-id string pinned memory all over
    the heap after the rows were gone (~100 MB at 100,000 documents).
    """

    __slots__ = ("ids", "index")

    def __init__(self, doc_ids: Iterable[str] | None = None) -> None:
        self.ids: list[str] = list(doc_ids) if doc_ids is not None else []
        self.index: dict[str, int] = {d: i for i, d in enumerate(self.ids)}

    def __call__(self, doc: Any) -> int:
        doc = doc if type(doc) is str else str(doc)
        i = self.index.get(doc)
        if i is None:
            i = self.index[doc] = len(self.ids)
            self.ids.append(doc)
        return i

    def names(self, idx: Iterable[int]) -> list[str]:
        """The sorted, distinct doc ids of some indices."""
        ids = self.ids
        return sorted(ids[i] for i in set(idx))


def _add_doc(docs: list[int], i: int) -> None:
    """Append a document index unless it is the last one (rows come grouped by document)."""
    if not docs or docs[-1] != i:
        docs.append(i)


class _UnitAgg:
    """What one unit key needs for its canonical row: how often each combination of values occurs, documents."""

    __slots__ = ("combos", "docs")

    def __init__(self) -> None:
        self.combos: dict[tuple[Any, ...], int] = {}  # (spellings, unit_name, unit_type, city, province) -> n
        self.docs: list[int] = []  # `_DocIndex` indices (repeats possible when rows come unordered)

    def counters(self) -> tuple[Counter, Counter, Counter, Counter, Counter]:
        """Counts per spelling, unit name, type, city and province (blanks not counted, as `_majority`)."""
        spell, name, utype, city, prov = Counter(), Counter(), Counter(), Counter(), Counter()
        for (spellings, *vals), n in self.combos.items():
            for sp in spellings:
                spell[sp] += n
            for c, v in zip((name, utype, city, prov), vals):
                if v is not None:
                    c[v] += n
        return spell, name, utype, city, prov


def _value(v: Any) -> str | None:
    """A value the way `_majority` counts it: stripped, None when blank."""
    return None if _blank(v) else str(v).strip()


_MISS = object()
#: Distinct raw value combinations remembered by the aggregators (mentions repeat a lot).
_MEMO_MAX = 200_000


def _memo_get(memo: dict[Any, Any], raw: tuple[Any, ...], make: Any) -> Any:
    """memo[raw], computed by make(*raw) on a miss (unhashable values: computed, not kept)."""
    try:
        hit = memo.get(raw, _MISS)
    except TypeError:
        return make(*raw)
    if hit is _MISS:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        hit = memo[raw] = make(*raw)
    return hit


_UNIT_FIELDS = ("unit_key", "text", "unit_name", "unit_type", "city", "province")


def _unit_combo(key: Any, text: Any, name: Any, utype: Any, city: Any, province: Any
                ) -> tuple[str, tuple[Any, ...]] | None:
    """(unit key, counted values) of one unit mention; None when it has no key."""
    key = str(key).strip() if not _blank(key) else norm(name)
    if not key:
        return None
    spellings = tuple(" ".join(str(v).split()) for v in (text, name) if not _blank(v))
    return key, (spellings, _value(name), _value(utype), _value(city), _value(province))


class UnitsAggregator:
    """`canonical_units` fed one row at a time: memory grows with distinct units, not mentions.

    The pipeline streams every unit mention of the corpus through `add`, so a
    100,000-document run keeps a few counters per unit instead of millions of rows.
    A mention costs one memo lookup and one count: the same unit is spelled the
    same way thousands of times.
    """

    def __init__(self, doc_ids: Iterable[str] | None = None) -> None:
        self._by_key: dict[str, _UnitAgg] = {}
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._docs = _DocIndex(doc_ids)  # the run's doc ids (sorted), when known

    def add(self, r: dict[str, Any]) -> None:
        hit = _memo_get(self._memo, tuple(map(r.get, _UNIT_FIELDS)), _unit_combo)
        if hit is None:
            return
        key, combo = hit
        a = self._by_key.get(key)
        if a is None:
            a = self._by_key[key] = _UnitAgg()
        a.combos[combo] = a.combos.get(combo, 0) + 1
        _add_doc(a.docs, self._docs(r.get("doc_id", "")))

    def rows(self) -> list[dict[str, Any]]:
        out = []
        for key, a in sorted(self._by_key.items()):
            spell, name, utype, city, prov = a.counters()
            docs = self._docs.names(a.docs)
            out.append({
                "unit_key": key,
                "unit_name": _top(name),
                "unit_type": _top(utype),
                "city": _top(city),
                "province": _top(prov),
                "aliases": "|".join(sorted(spell, key=lambda s: (-spell[s], s))),
                "n_docs": len(docs),
                "doc_ids": ";".join(docs),
            })
        return out


def _top(c: Counter) -> str:
    """`_majority` of counted values: most frequent, then longest, then alphabetical."""
    if not c:
        return ""
    return sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def canonical_units(unit_rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per unit key: canonical name and place, every spelling seen, documents."""
    agg = UnitsAggregator()
    for r in unit_rows:
        agg.add(r)
    return agg.rows()


# ---- people ---------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _title_tokens() -> frozenset[str]:
    toks: set[str] = set()
    for name in ("honorifics.txt", "person_degrees.txt"):
        try:
            for ln in load_lines(name):
                t = norm(ln).replace(" ", "")
                if t:
                    toks.add(t)
        except (FileNotFoundError, ModuleNotFoundError):
            continue
    return frozenset(toks)


def norm_person(name: Any) -> str:
    """Compare key of a person's name: lower case, no punctuation, no honorifics/degrees."""
    return _norm_person_str("" if name is None else str(name))


@lru_cache(maxsize=1 << 16)
def _norm_person_str(name: str) -> str:
    titles = _title_tokens()
    return " ".join(t for t in norm(name).split() if t not in titles)


def _subset_targets(keys: list[str]) -> dict[str, str]:
    """Map each name key to the one longer name whose tokens contain all of its tokens.

    `keys` come longest first, so a longer name's own target is known when a
    shorter one looks it up (chains end at the longest names); two distinct
    roots make the short name ambiguous, and it maps to itself.  The supersets
    come from an inverted index (token -> keys), not a scan over all pairs:
    100,000 documents hold tens of thousands of distinct names.
    """
    toks_of = {k: frozenset(k.split()) for k in keys}
    n_of = {k: len(k.split()) for k in keys}
    postings: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        for t in toks_of[k]:
            postings[t].append(k)
    target: dict[str, str] = {}
    for k in keys:
        toks = toks_of[k]
        if not toks:
            target[k] = k
            continue
        # candidates: keys holding the rarest token, then check the rest
        rare = min(toks, key=lambda t: len(postings[t]))
        n = len(toks)
        supers = [o for o in postings[rare] if o != k and n_of[o] > n and toks <= toks_of[o]]
        roots = {target.get(o, o) for o in supers}
        target[k] = roots.pop() if len(roots) == 1 else k
    return target


class _PersonAgg:
    """What one name key needs: spellings, positions (spellings, publication dates), documents.

    Flat and small: 100,000 releases hold ~300,000 (person, position) pairs, so
    no Counter or set per pair - one count per (position key, spelling), and a
    position's date stays a plain string until a second date turns it into a set.
    """

    __slots__ = ("names", "pos_spell", "pos_dates", "docs")

    def __init__(self) -> None:
        self.names: Counter = Counter()
        self.pos_spell: dict[tuple[str, str], int] = {}  # (position key, spelling) -> n
        self.pos_dates: dict[str, str | set[str]] = {}  # position key -> date(s) seen
        self.docs: list[int] = []  # `_DocIndex` indices (repeats possible when rows come unordered)

    def add_position(self, np_: str, p: str, date: str) -> None:
        ps = self.pos_spell
        ps[np_, p] = ps.get((np_, p), 0) + 1
        pd_ = self.pos_dates
        cur = pd_.get(np_)
        if cur is None:
            pd_[np_] = date
        elif type(cur) is str:
            if cur != date:
                pd_[np_] = {cur, date}
        else:
            cur.add(date)

    def merge(self, o: "_PersonAgg") -> None:
        self.names.update(o.names)
        ps = self.pos_spell
        for k, n in o.pos_spell.items():
            ps[k] = ps.get(k, 0) + n
        pd_ = self.pos_dates
        for k, d in o.pos_dates.items():
            cur = pd_.get(k)
            if cur is None:
                pd_[k] = d if type(d) is str else set(d)  # never share a set between aggregates
                continue
            if type(cur) is str:
                cur = pd_[k] = {cur}
            if type(d) is str:
                cur.add(d)
            else:
                cur.update(d)
        self.docs.extend(o.docs)

    def positions(self) -> list[tuple[str, str, set[str]]]:
        """(position key, most frequent spelling, dates) of every position."""
        spells: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for (np_, p), n in self.pos_spell.items():
            spells[np_].append((p, n))
        out = []
        for np_, d in self.pos_dates.items():
            spelled = sorted(spells[np_], key=lambda kv: (-kv[1], kv[0]))[0][0]
            out.append((np_, spelled, {d} if type(d) is str else d))
        return out


class PeopleAggregator:
    """`canonical_people` fed one row at a time (see `UnitsAggregator`).

    `published` (doc -> ISO date) must hold a document's date before its rows
    are added; the pipeline adds the document row first.
    """

    def __init__(self, published: dict[str, str] | None = None, doc_ids: Iterable[str] | None = None) -> None:
        self.published = published if published is not None else {}
        self._by_name: dict[str, _PersonAgg] = {}
        self._docs = _DocIndex(doc_ids)  # the run's doc ids (sorted), when known

    def add(self, r: dict[str, Any]) -> None:
        key = norm_person(r.get("name") or r.get("text"))
        if not key:
            return
        a = self._by_name.get(key)
        if a is None:
            a = self._by_name[key] = _PersonAgg()
        a.names[" ".join(str(r.get("name") or r.get("text") or "").split())] += 1
        doc = str(r.get("doc_id", ""))
        _add_doc(a.docs, self._docs(doc))
        p = r.get("position")
        if _blank(p):
            return
        p = " ".join(str(p).split())
        np_ = norm(p)
        a.add_position(np_, p, (self.published.get(doc) or "")[:10])

    def rows(self) -> list[dict[str, Any]]:
        by_name = self._by_name
        keys = sorted(by_name, key=lambda k: (-len(k.split()), k))
        target = _subset_targets(keys)
        groups: dict[str, list[_PersonAgg]] = {}
        for k, a in by_name.items():
            groups.setdefault(target[k], []).append(a)
        merged: dict[str, _PersonAgg] = {}
        for t, aggs in groups.items():
            if len(aggs) == 1:  # nothing to merge: read as it is (rows() leaves the aggregates as they are)
                merged[t] = aggs[0]
                continue
            m = merged[t] = _copy_agg(aggs[0])
            for a in aggs[1:]:
                m.merge(a)
        out = []
        for key, a in sorted(merged.items()):
            names = a.names
            full = [n for n in names if norm_person(n) == key] or list(names)
            # prefer the spelling without honorifics ("Sri Wahyuni Dewi" over "Hj. Sri Wahyuni Dewi")
            display = sorted(full, key=lambda n: (norm(n) != key, -names[n], n))[0]
            parts = []
            for np_, spelled, pdates in sorted(a.positions(), key=lambda t: (min(t[2] - {""}, default="9999"), t[0])):
                dates = sorted(pdates - {""})
                parts.append(f"{spelled} ({', '.join(dates)})" if dates else spelled)
            docs = self._docs.names(a.docs)
            out.append({
                "name": display,
                "positions": " | ".join(parts),
                "n_docs": len(docs),
                "doc_ids": ";".join(docs),
            })
        return out


def _copy_agg(a: _PersonAgg) -> _PersonAgg:
    c = _PersonAgg()
    c.merge(a)
    return c


def canonical_people(people_rows: Iterable[dict[str, Any]], *, published: dict[str, str] | None = None
                     ) -> list[dict[str, Any]]:
    """One row per person across documents.

    A name whose tokens are a subset of exactly one longer name's tokens joins it
    ("Sri Wahyuni" -> "Sri Wahyuni Dewi"); when two longer names contain it, it
    stays on its own (ambiguous).  ``positions`` lists each position with the
    publication dates it was seen on (when `published` is given), earliest first.
    """
    agg = PeopleAggregator(published)
    for r in people_rows:
        agg.add(r)
    return agg.rows()
