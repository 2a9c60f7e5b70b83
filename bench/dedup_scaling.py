#!/usr/bin/env python3
"""Scaling benchmark of story grouping (corpus/stories.py) on synthetic releases.

Generates N Kemensos-style releases (seeded): every story is one release built
from sentence shapes of the genre with its own unit, award, people, numbers and
date; some stories get near-duplicate rewrites (other outlet, dateline, sentence
variants, dropped / reordered sentences, web residue), some get follow-ups
(same unit and award, weeks later).  Measures the seconds of normalise,
fingerprint and group, the candidate pairs (LSH, rare-word blocking), peak
memory, and pair precision / recall against the generator's truth.

    .venv/bin/python bench/dedup_scaling.py 1000 10000        # default: 1000 10000
    .venv/bin/python bench/dedup_scaling.py 100000 --seed 1

Results are recorded in bench/README.md.
"""
from __future__ import annotations

import argparse
import itertools
import random
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kemensos_extract.corpus import stories  # noqa: E402
from kemensos_extract.model import Document  # noqa: E402
from kemensos_extract.normalize import normalize  # noqa: E402

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
SYL = ["ka", "ri", "ta", "ma", "su", "na", "wa", "pa", "ra", "dha", "gu", "lu", "sa", "ti", "ha", "ya", "ni", "bu",
       "di", "pe", "kar", "man", "tra", "sin", "jaya", "dewi", "mulya", "bakti", "asih", "luhur"]
CITIES = ["Jakarta", "Bandung", "Bekasi", "Bogor", "Temanggung", "Mataram", "Palembang", "Ternate", "Jambi",
          "Bengkulu", "Takalar", "Sukabumi", "Makassar", "Medan", "Padang", "Kupang", "Ambon", "Manado",
          "Pontianak", "Samarinda", "Banjarmasin", "Denpasar", "Surabaya", "Semarang", "Yogyakarta", "Magelang",
          "Solo", "Malang", "Jayapura", "Sorong", "Kendari", "Palu", "Gorontalo", "Batam", "Pekanbaru"]
TYPES = ["Sentra", "Sentra Terpadu", "Balai", "Balai Besar", "Panti Sosial", "Loka"]
AWARDS = ["Top 99 Inovasi Pelayanan Publik", "Top 45 Inovasi Pelayanan Publik", "Top 5 Inovasi Kelompok Replikasi",
          "predikat Wilayah Bebas dari Korupsi (WBK)", "predikat Wilayah Birokrasi Bersih dan Melayani (WBBM)",
          "penghargaan Sarana dan Prasarana Ramah Kelompok Rentan", "nilai A- dalam Evaluasi Kinerja Pelayanan Publik"]
FIRST = ["Sri", "Budi", "Ratna", "Hendra", "Yogi", "Nurlela", "Fajar", "Rosmawati", "Bambang", "Dwi", "Agus", "Siti",
         "Rina", "Joko", "Wahyu", "Dedi", "Lestari", "Andi", "Putri", "Hasan", "Made", "Ketut", "Lalu", "Syamsul"]
LAST = ["Wahyuni", "Saputra", "Siregar", "Ramadhan", "Sugiharto", "Kusuma", "Pratama", "Hidayat", "Nasution",
        "Harahap", "Wibowo", "Santoso", "Lubis", "Umasugi", "Hakim", "Manalu", "Setiawan", "Rahayu", "Gunawan"]
OUTLETS = ["ANTARA", "KOMPAS.com", "Liputan6.com", "TRIBUNNEWS.COM", "NUSANTARAPOS", "POSKOTA.CO.ID", "Waspada"]
INNOV = ["Sheltered Workshop", "Rumah Singgah", "Layanan Keliling", "Kampung", "Sahabat", "Pintar", "Gerakan",
         "Sistem Informasi", "Terapi", "Pendampingan"]
INNOV2 = ["Peduli", "Mandiri", "Berdaya", "Ramah Anak", "Digital", "Terpadu", "Bersama Warga", "Inklusif", "Sehat"]

# Each fact has several sentence shapes; a rewrite picks other shapes for the same facts.
FACTS = {
    "lead": [
        "{unit} di {city} menerima {award} {year} dari Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.",
        "Kementerian Sosial kembali menorehkan capaian: {unit} {city} meraih {award} tahun {year}.",
        "Kabar baik datang dari {unit} {city} yang resmi menyandang {award} {year} dari KemenPANRB.",
    ],
    "ceremony": [
        "Penghargaan diserahkan di {place}, {wd} ({d}/{m}/{year}), dan diterima langsung oleh {head}.",
        "Acara penyerahan berlangsung di {place} pada {wd} ({d}/{m}) dan dihadiri Menteri PANRB.",
        "Piagam diserahkan dalam acara di {place}, {wd} ({d}/{m}/{year}).",
    ],
    "innovation": [
        "Inovasi yang dinilai bernama {innov}, layanan yang menjangkau {n1} penerima manfaat di {city}.",
        "Lewat {innov}, petugas mendampingi {n1} penerima manfaat langsung di rumah mereka.",
        "{innov} dirintis sejak {y0} dan kini melayani {n1} warga rentan.",
    ],
    "quote": [
        "\"Penghargaan ini milik seluruh pegawai dan penerima manfaat,\" kata Kepala {unit}, {head}.",
        "Kepala {unit}, {head}, menyebut capaian itu hasil kerja seluruh pegawai sejak {y0}.",
        "\"Kami tidak menyiapkan panggung khusus, yang dinilai adalah pelayanan sehari-hari,\" ujar {head}.",
    ],
    "numbers": [
        "Tahun ini panitia menilai {n2} proposal dari kementerian, lembaga, dan pemerintah daerah.",
        "Sebanyak {n2} proposal masuk dan disaring hingga tersisa {top} inovasi.",
        "Tim penilai menyaring {n2} proposal hingga tersisa {top} inovasi terbaik.",
    ],
    "official": [
        "{official} meminta capaian itu dijaga dan ditularkan kepada sentra lain.",
        "Menurut {official}, reformasi birokrasi harus terasa oleh penerima manfaat.",
        "{official} berharap lebih banyak unit Kemensos menyusul tahun depan.",
    ],
    "history": [
        "{unit} dahulu bernama {old} sebelum bertransformasi menjadi sentra.",
        "Sebelum menyandang nama sekarang, {unit} dikenal sebagai {old}.",
    ],
    "target": [
        "{head} menargetkan jumlah kelompok usaha bertambah menjadi {n3} kelompok pada tahun depan.",
        "Target berikutnya adalah predikat pelayanan prima dengan {n3} kelompok usaha baru.",
    ],
}
GENERIC = [
    "Kementerian Sosial terus mendorong penguatan karakter sumber daya manusia sebagai bagian dari reformasi birokrasi.",
    "Evaluasi dilakukan terhadap kebijakan pelayanan, profesionalisme SDM, sarana prasarana, dan inovasi.",
    "Penilaian tidak hanya memeriksa dokumen, tetapi juga menguji perubahan yang terasa di loket layanan.",
    "Sentra melayani anak, penyandang disabilitas, lanjut usia, dan korban bencana dari berbagai daerah.",
    "Layanan Asistensi Rehabilitasi Sosial dijalankan secara multifungsi bagi siapa pun yang membutuhkan.",
    "Unit pelaksana teknis Kemensos kini tersebar di seluruh provinsi dan melayani warga rentan.",
    "Program ini melibatkan pengurus RT, tokoh agama, dan karang taruna sebagai pendamping.",
    "Alur penerimaan penerima manfaat, jadwal layanan, hingga saluran pengaduan kini dipajang di ruang tunggu.",
]
RESIDUE = ["Baca juga: Kemensos dorong lebih banyak balai bangun zona integritas",
           "Pewarta: {p}\nEditor: {q}", "Bagikan:\nFacebook Twitter WhatsApp Telegram Salin Tautan",
           "Simak juga video pilihan berikut ini:", "Biro Hubungan Masyarakat\nKementerian Sosial RI"]


_LEX: list[str] = []
_CUM: list[float] = []
FUNCTION = ["yang", "dan", "di", "ke", "dari", "untuk", "pada", "dengan", "dalam", "itu", "ini", "juga", "akan", "oleh"]


def _lexicon(rng: random.Random, size: int = 20000) -> None:
    """Pseudo-words with Zipf frequencies: the lexical variety of real releases.

    The vocabulary grows with the corpus (Heaps' law: names, places, innovations),
    so that 100k releases do not share one 20k-word lexicon.
    """
    if len(_LEX) >= size:
        return
    _LEX.clear()
    _CUM.clear()
    import itertools as it
    seen = set()
    while len(_LEX) < size:
        w = "".join(rng.choice(SYL) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            _LEX.append(w)
    _CUM.extend(it.accumulate(1.0 / (i + 10) for i in range(size)))


def _word(rng: random.Random) -> str:
    import bisect
    return _LEX[min(len(_LEX) - 1, bisect.bisect(_CUM, rng.random() * _CUM[-1]))]


def _sentence(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(8, 16)):
        out.append(rng.choice(FUNCTION) if rng.random() < 0.3 else _word(rng))
    return out


def _paraphrase(words: list[str], rng: random.Random, p: float) -> str:
    out = [w if (w in FUNCTION or rng.random() >= p) else _word(rng) for w in words]
    return (" ".join(out)).capitalize() + "."


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(parts)).capitalize()


def make_story(rng: random.Random) -> dict:
    year = rng.randint(2015, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    import datetime as dt
    date = dt.date(year, m, d)
    core = _name(rng, 2) + " " + _name(rng, 2) if rng.random() < 0.3 else _name(rng, 3)
    return {
        "date": date, "year": year, "d": d, "m": m, "wd": WEEKDAYS[date.weekday()],
        "unit": f"{rng.choice(TYPES)} \"{core}\"", "city": rng.choice(CITIES), "award": rng.choice(AWARDS),
        "place": rng.choice(CITIES), "head": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "official": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "innov": f"{rng.choice(INNOV)} {rng.choice(INNOV2)} {_name(rng, 2)}", "y0": year - rng.randint(1, 8),
        "n1": rng.randint(12, 2000), "n2": f"{rng.randint(900, 4000):,}".replace(",", "."), "top": rng.choice([5, 15, 45, 99]),
        "n3": rng.randint(3, 12), "old": f"Panti Sosial {_name(rng, 2)} {_name(rng, 2)}",
        "facts": rng.sample(list(FACTS), k=rng.randint(3, 6)),
        "own": [_sentence(rng) for _ in range(rng.randint(6, 12))],
    }


def render(st: dict, rng: random.Random, *, rewrite: bool, follow: bool = False) -> tuple[str, "object"]:
    import datetime as dt
    date = st["date"] + dt.timedelta(days=(rng.randint(0, 2) if rewrite else 0) + (rng.randint(7, 90) if follow else 0))
    slots = dict(st)
    if follow:
        slots["head"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        slots["official"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        slots["wd"], slots["d"], slots["m"] = WEEKDAYS[date.weekday()], date.day, date.month
    facts = list(st["facts"])
    if rewrite or follow:
        rng.shuffle(facts)
        facts = facts[: max(4, len(facts) - rng.randint(0, 2))]
    sents = []
    for f in facts:
        shapes = FACTS[f]
        i = rng.randrange(len(shapes))
        sents.append(shapes[i].format(**slots))
    # the story's own sentences: a rewrite keeps most and rewords some words,
    # a follow-up tells mostly new things
    for words in st["own"]:
        if follow:
            if rng.random() < 0.2:
                sents.append(_paraphrase(words, rng, 0.5))
            else:
                sents.append(_paraphrase(_sentence(rng), rng, 0.0))
        elif rewrite:
            if rng.random() < 0.8:
                sents.append(_paraphrase(words, rng, 0.45))
        else:
            sents.append(_paraphrase(words, rng, 0.0))
    sents += rng.sample(GENERIC, k=rng.randint(1, 3))
    if rewrite or follow:
        rng.shuffle(sents)
    paras = []
    while sents:
        k = rng.randint(1, 3)
        paras.append(" ".join(sents[:k]))
        sents = sents[k:]
    head = f"{slots['unit']} {slots['city']} {'Raih' if not follow else 'Syukuri'} {st['award'].split('(')[0].strip()}"
    if rewrite and rng.random() < 0.6:
        dl = f"{st['city']} ({rng.choice(OUTLETS)}) -"
    else:
        dl = f"{st['city'].upper()} ({date.day} {MONTHS[date.month - 1]} {date.year}) -"
    body = "\n\n".join(paras)
    tail = ""
    if rng.random() < 0.5:
        tail = "\n\n" + rng.choice(RESIDUE).format(p=f"{rng.choice(FIRST)} {rng.choice(LAST)}", q=rng.choice(LAST))
    return f"{head}\n\n{dl} {body}{tail}\n", date


def generate(n: int, seed: int) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """(doc_id, text) pairs and doc -> true story number."""
    rng = random.Random(seed)
    _lexicon(random.Random(seed + 1), 20000 + 2 * n)
    docs: list[tuple[str, str]] = []
    truth: dict[str, int] = {}
    s = 0
    while len(docs) < n:
        st = make_story(rng)
        variants = [("orig", False, False)]
        r = rng.random()
        if r < 0.25:
            variants += [("rw", True, False)] * rng.randint(1, 3)
        if rng.random() < 0.10:
            variants.append(("fu", False, True))
        for kind, rewrite, follow in variants:
            if len(docs) >= n:
                break
            text, _ = render(st, rng, rewrite=rewrite, follow=follow)
            doc_id = f"syn{len(docs):07d}"
            docs.append((doc_id, text))
            truth[doc_id] = s if not follow else -len(docs)  # a follow-up is its own story
        s += 1
    return docs, truth


def pair_scores(story_of: dict[str, str], truth: dict[str, int]) -> tuple[float, float, int, int]:
    def pairs(groups: dict) -> set[tuple[str, str]]:
        out = set()
        for members in groups.values():
            for a, b in itertools.combinations(sorted(members), 2):
                out.add((a, b))
        return out
    g1: dict = defaultdict(list)
    g2: dict = defaultdict(list)
    for d, s in truth.items():
        g1[s].append(d)
    for d, s in story_of.items():
        g2[s].append(d)
    gold, pred = pairs(g1), pairs(g2)
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, len(gold), len(pred)


def run(n: int, seed: int) -> dict:
    t0 = time.perf_counter()
    docs, truth = generate(n, seed)
    t1 = time.perf_counter()
    # normalise and fingerprint one document at a time (as the workers do): only
    # the fingerprints stay in memory
    fps = {}
    t_norm = t_fp = 0.0
    for doc_id, text in docs:
        a = time.perf_counter()
        doc = normalize(Document(doc_id, raw_text=text))
        b = time.perf_counter()
        fps[doc_id] = stories.fingerprint(doc)
        t_fp += time.perf_counter() - b
        t_norm += b - a
    del docs
    t2 = t1 + t_norm
    t3 = time.perf_counter()
    story_of, rows = stories.group(fps)
    t4 = time.perf_counter()
    st = stories.LAST_STATS
    p, r, ng, npred = pair_scores(story_of, truth)
    fp_bytes = sum(f.tokens.nbytes + (f.sig.nbytes if f.sig is not None else 0) + 120 for f in fps.values()) / len(fps)
    return {
        "n": n, "gen_s": round(t1 - t0, 1), "normalize_s": round(t2 - t1, 1), "fingerprint_s": round(t_fp, 1),
        "group_s": round(t4 - t3, 1), "lsh_pairs": st.n_lsh, "key_pairs": st.n_key, "candidates": st.n_candidates,
        "accepted": st.n_accepted, "stories": len(rows), "true_pairs": ng, "pred_pairs": npred,
        "pair_p": round(p, 4), "pair_r": round(r, 4), "fp_bytes_avg": int(fp_bytes),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "rules": dict(sorted(st.rules.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many generated documents and exit")
    a = ap.parse_args(argv)
    if a.show:
        docs, truth = generate(a.show, a.seed)
        for doc_id, text in docs:
            print(f"=== {doc_id} story={truth[doc_id]}\n{text}")
        return 0
    for n in a.sizes:
        print(run(n, a.seed), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
