"""Counts stage: number + counted noun, number words, and the many look-alikes that are not counts."""
from __future__ import annotations

import time

import pytest

from kemensos_extract.extract import counts, dates
from kemensos_extract.extract.counts import words_value
from kemensos_extract.model import Document
from kemensos_extract.normalize import normalize
from kemensos_extract.segment import segment


def run(text: str) -> Document:
    """normalise -> segment -> dates -> counts (counts skip numbers inside dates)."""
    doc = normalize(Document("t", raw_text=text))
    segment(doc)
    dates.extract(doc)
    counts.extract(doc)
    return doc


def found(text: str) -> set[tuple[int, str]]:
    return {(s.attrs["value"], s.attrs["counted"]) for s in run(text).spans["counts"]}


@pytest.mark.parametrize("sentence, value, counted", [
    ("proses evaluasi kinerja pelayanan publik dilakukan kepada 56 Kementerian/Lembaga sejak Juli hingga "
     "November 2020.", 56, "Kementerian/Lembaga"),
    ("Menurutnya, ada enam aspek yang dinilai yakni Kebijakan Pelayanan.", 6, "aspek"),
    ("Terdapat 25 K/L lainnya yang mendapatkan nilai A-, dan 6 K/L mampu meraih nilai A.", 25, "K/L"),
    ("Terdapat 25 K/L lainnya yang mendapatkan nilai A-, dan 6 K/L mampu meraih nilai A.", 6, "K/L"),
    ("Dua unit pelayanan teknis (UPT) di bawah Direktorat Jenderal Rehabilitasi Sosial meraih prestasi.", 2,
     "unit pelayanan teknis (UPT)"),
    ("Penghargaan UNPSA hanya diberikan kepada 21 jenis pelayanan publik yang memenuhi kriteria.", 21,
     "jenis pelayanan publik"),
    ("Penghargaan diperoleh berdasarkan hasil penilaian terhadap 2864 proposal inovasi pelayanan publik dari "
     "seluruh Indonesia.", 2864, "proposal inovasi pelayanan publik"),
    ("Kompetisi diikuti oleh 331 instansi pemerintah dengan 3.156 inovasi.", 3156, "inovasi"),
    ("Kompetisi diikuti oleh 331 instansi pemerintah dengan 3.156 inovasi.", 331, "instansi pemerintah"),
    ("sasarannya mencapai 1.028 unit penyelenggara pelayanan (UPP): 514 DPMPTSP ditambah 514 Dinas "
     "Kependudukan dan Pencatatan Sipil.", 1028, "unit penyelenggara pelayanan (UPP)"),
    ("sasarannya mencapai 1.028 unit penyelenggara pelayanan (UPP): 514 DPMPTSP ditambah 514 Dinas "
     "Kependudukan dan Pencatatan Sipil.", 514, "Dinas Kependudukan dan Pencatatan Sipil"),
    ("Selain 84 kementerian/lembaga, tim menilai 34 Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
     "(DPMPTSP) tingkat provinsi dan 34 Samsat.", 34,
     "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)"),
    ("Selain 84 kementerian/lembaga, tim menilai 34 Samsat.", 34, "Samsat"),
    ("Enam sentra Kementerian Sosial menerima penghargaan inovasi pelayanan publik.", 6, "sentra"),
    ("Sebelas anak di antaranya kini sudah kembali bersekolah di sekolah umum.", 11, "anak"),
    ("Awalnya, Kementerian Sosial menunjuk lima Sentra Terpadu/Sebtra untuk mengikuti evaluasi.", 5,
     "Sentra Terpadu/Sebtra"),
    ("Tahun ini Kemensos mengusulkan empat unit pelaksana teknis (UPT) dan satu balai pendidikan dan "
     "pelatihan.", 1, "balai pendidikan dan pelatihan"),
    ("Menurut Sudarsono, sebanyak 216 penyandang disabilitas intelektual kini terlibat aktif.", 216,
     "penyandang disabilitas intelektual"),
    ("Sejak awal 2018, balai telah menangani 97 anak yang terkait kasus terorisme.", 97, "anak"),
    ("Salah seorang warga dampingan mengaku dulu mengemis di perempatan bersama dua anaknya.", 2, "anaknya"),
    ("\"Satu satker itu awal yang baik, tapi jelas belum cukup,\" kata Dadang.", 1, "satker"),
    ("Predikat WBK hanya jatuh kepada 200 satker, sementara WBBM diraih delapan satker.", 8, "satker"),
    ("Ia berharap program ini menjangkau dua puluh lima desa.", 25, "desa"),
    ("Program Keluarga Harapan menjangkau 10 juta keluarga penerima manfaat.", 10_000_000,
     "keluarga penerima manfaat"),
    ("Dua UPT Kemsos Raih Penghargaan Inovasi Pelayanan Publik", 2, "UPT"),
    ("Bantuan diserahkan kepada 3 (tiga) kelompok usaha di desa itu.", 3, "kelompok usaha"),
    # generalisation: scales, decimal + scale, repeated digits, compound number words, headlines
    ("Bantuan menjangkau 20 ribu warga di Bekasi.", 20_000, "warga"),
    ("Program ini menyasar 1,2 juta penerima di seluruh Indonesia.", 1_200_000, "penerima"),
    ("Layanan menjangkau 1,5 juta jiwa dan 2,3 ribu keluarga.", 2_300, "keluarga"),
    ("Sentra melayani tiga (3) kabupaten dan 2 (dua) kota di Bali.", 3, "kabupaten"),
    ("Sentra melayani tiga (3) kabupaten dan 2 (dua) kota di Bali.", 2, "kota"),
    ("Tahun ini, Kemensos mengusulkan dua belas sentra lain untuk menjalani evaluasi mandiri.", 12, "sentra"),
    ("Sentra memiliki tiga puluh tujuh pendamping di lapangan.", 37, "pendamping"),
    ("Sentra memiliki seratus dua puluh relawan di lapangan.", 120, "relawan"),
    ("Sebanyak sepuluh ribu paket sembako disalurkan.", 10_000, "paket sembako"),
    ("Sentra menyalurkan 2.500 paket sembako senilai Rp1,2 miliar.", 2_500, "paket sembako"),
    ("Ia juga menyerahkan bantuan 40 kursi roda dan 15 alat bantu dengar yang dibiayai APBD.", 40, "kursi roda"),
    ("Kemensos Borong 6 Penghargaan Inovasi Pelayanan Publik dari KemenPANRB", 6, "Penghargaan"),
    ("Mensos Kunjungi 2 Sentra di Nusa Tenggara Timur", 2, "Sentra"),
    ("Sentra Kemensos Sabet 5 Penghargaan dan 2 Predikat", 2, "Predikat"),
])
def test_counts(sentence, value, counted):
    assert (value, counted) in found(sentence)


@pytest.mark.parametrize("sentence", [
    # numbers inside names
    "Balai itu masuk TOP 15 Kategori Khusus dan Balai Wasana Bahagia masuk Top 99 KIPP 2020.",
    "Penghargaan Top 5 Inovasi Kelompok Keberlanjutan diraih Sentra Terpadu Kartini.",
    "Dari Top 99 ini akan diseleksi kembali menjadi Top 45.",
    "Pandemi Covid-19 tidak menghalangi teman-teman dalam memberikan layanan.",
    "Daftar penerima ditetapkan melalui Keputusan Menteri PANRB Nomor 47 Tahun 2019.",
    "Evaluasi merupakan amanat PP 39/2012 dan PP 96/2012.",
    "membutuhkan kerja sama dengan BNPT, Densus 88, dan pemerintah daerah.",
    "Liputan6.com, Jakarta - Birokrasi yang bersih tidak lahir dari slogan.",
    "Badan Pendidikan, Penelitian dan Penyuluhan Sosial (BP3S) menggelar workshop.",
    "Penyerahan penghargaan digelar di Nusa Dua, Bali.",
    # years, dates, times, money, percentages, scores, ages
    "Program ini sudah berjalan sejak 2015.",
    "Penghargaan diberikan di Surabaya, Rabu (19/9).",
    "Hakordia diperingati setiap 9 Desember.",
    "Acara dimulai pukul 10.00 WIB.",
    "Bantuan senilai Rp 5 juta diserahkan kepada keluarga.",
    "tingkat kepatuhan minum obat mencapai 98,5 persen pada akhir 2020.",
    "Kemensos juga telah memetakan talenta 97 persen pegawainya.",
    "Indeks Pelayanan Publik Nasional berada di angka 3,79 pada tahun 2021, di bawah capaian 3,84.",
    "Indeks Kualitas Kebijakan Kemensos mencapai 96,4 dan Indeks Reformasi Hukum memperoleh nilai 99,16.",
    "survei kepuasan masyarakat menghasilkan indeks 3,62 dari skala 4.",
    "Salah satu peserta kelompok sablon, Yogi Pratama (19), mengaku kini bisa membantu biaya sekolah.",
    # ordinals, vague quantities, idioms, anaphora, durations
    "Hartono menyebut penghargaan ini sebagai yang ketiga kalinya bagi Kemensos.",
    "Pertama, BBRRSPDI Kartini Temanggung dinobatkan sebagai TOP 15. Kedua, Balai Wasana Bahagia.",
    "Belasan di antaranya sudah memperoleh penghasilan rutin.",
    "Pendampingan dijalankan bersama belasan relawan dan ratusan warga.",
    "Di lingkungan Kemensos, sejumlah satker sedang berbenah.",
    "Sentra Budi Perkasa menjadi satu-satunya yang lolos hingga tahap akhir.",
    "Salah satu langkah pentingnya adalah memajang standar pelayanan.",
    "Sekarang di bawah satu atap ada rehabilitasi, pemberdayaan, sampai perlindungan sosial.",
    "Kami membaca komentar-komentarnya satu per satu.",
    "Ketiganya belum lolos tahun ini.",
    "Kelimanya dinilai berhasil mengadaptasi inovasi dari instansi lain.",
    "Empat lainnya, termasuk Sentra Terpadu Kartini, masih harus menunggu.",
    "proses pembangunan zona integritas yang memakan waktu hampir dua tahun.",
    "Dua tahun kemudian, Balai Besar Kartini kembali menembus TOP 15.",
    "Tiga Kali Berturut-turut",
    "Layanan ini tersedia 2 x 24 jam.",
    # generalisation: vague quantities, money, percentages, idioms, numbers in headline names
    "Ratusan warga hadir, puluhan relawan dan ribuan penerima manfaat menyambut Mensos.",
    "Anggaran Rp 1,2 miliar dialokasikan untuk renovasi asrama.",
    "Sentra menerima hibah senilai Rp1,2 miliar dari pemerintah daerah.",
    "Indeks kepuasan mencapai 98,5 persen pada 2023.",
    "Skor indeks 94,62 diperoleh sentra.",
    "\"Data kami dan data Kemensos harus bicara satu bahasa,\" ujarnya.",
    "Ia memastikan tak satu pun warga tertinggal.",
    "PSTW Budi Mulia 4 Raih Penghargaan Pelayanan Prima",
    "Sentra Terpadu Prof. Dr. Soeharso Masuk Top 45 KIPP 2023",
])
def test_not_counts(sentence):
    assert found(sentence) == set()


@pytest.mark.parametrize("words, value", [
    ("satu", 1), ("dua", 2), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11), ("dua belas", 12),
    ("dua puluh", 20), ("dua puluh lima", 25), ("seratus", 100), ("seratus dua puluh", 120),
    ("tiga ratus", 300), ("seribu", 1000), ("dua ribu lima ratus", 2500), ("Enam", 6), ("Sebelas", 11),
    ("dua tiga", None), ("puluh", None),
])
def test_words_value(words, value):
    assert words_value(words) == value


def test_offsets_and_attrs():
    doc = run("Kompetisi diikuti oleh 331 instansi pemerintah dengan 3.156 inovasi.")
    assert [s.text for s in doc.spans["counts"]] == ["331 instansi pemerintah", "3.156 inovasi"]
    for s in doc.spans["counts"]:
        assert s.text == doc.text[s.start:s.end]
        assert isinstance(s.attrs["value"], int)
        assert s.attrs["counted"]


@pytest.mark.parametrize("text", ["1" * 1_000_000, "A" * 1_000_000, "." * 1_000_000, "12 " * 300_000,
                                  "Dua Unit Pelayanan " * 20_000])
def test_long_lines_are_fast(text):
    doc = Document("t", text=text)
    t0 = time.perf_counter()
    counts.extract(doc)
    assert time.perf_counter() - t0 < 30


@pytest.mark.parametrize("sentence, value, counted", [
    # a spelled number after the preposition "ke" is a count (the ordinal is written "keempat")
    ("Sentra juga menyalurkan delapan puluh kursi roda ke lima kabupaten di pesisir utara Jawa Tengah.",
     5, "kabupaten"),
    # nouns shaped like passive verbs (di-...-i) or me-/ber- verbs
    ("Tahun ini Ombudsman menilai 412 instansi dengan empat dimensi penilaian: input, proses, output, dan "
     "pengaduan.", 4, "dimensi penilaian"),
    ("Sentra menggelar tiga diskusi kelompok terarah bersama keluarga penerima manfaat.", 3,
     "diskusi kelompok terarah"),
    ("Kegiatan itu dihadiri dua menteri dan sejumlah kepala daerah.", 2, "menteri"),
])
def test_counts_generalised(sentence, value, counted):
    assert (value, counted) in found(sentence)


@pytest.mark.parametrize("sentence", [
    "Tim voli sentra keluar sebagai juara ke 3 dalam turnamen antarinstansi.",  # "ke 3" = ke-3
    "Kelas itu diikuti oleh peserta yang dibatasi usia.",
])
def test_ordinal_ke_digits_is_no_count(sentence):
    assert not any(v == 3 for v, _ in found(sentence))


# ---- anchored scans (speed) give exactly the whole-text scans ------------------------------
def test_anchored_scans_equal_whole_text_scans():
    import random

    from kemensos_extract.resources import load_lines

    rnd = random.Random(11)
    tb, a = counts._tables(), counts._anchors()
    words = [*tb.words, *load_lines("count_idioms.txt"), *sorted(tb.stop)[:20], "orang", "sentra", "kedua", "tempat",
             "kesatuan", "satu-satu", "(tiga)", "(3)"]
    seps = [" "] * 10 + ["", "\n", "  ", ", ", ". ", "-", "/", "'", "&", " (", ") "]
    for _ in range(400):
        parts = []
        for _ in range(rnd.randint(1, 60)):
            w, c = rnd.choice(words), rnd.random()
            w = w.upper() if c < .1 else w.capitalize() if c < .4 else w
            parts.append((w if rnd.random() < .8 else str(rnd.randint(1, 9999))) + rnd.choice(seps))
        x = "".join(parts)
        low = counts._lower(x)
        assert low is not None
        for rx, fast, first in ((tb.words_rx, tb.words_fast, a.starters), (tb.idiom_rx, tb.idiom_fast, a.idioms)):
            want = [(m.span(), m.groups()) for m in counts._iter(rx, x)]
            assert [(m.span(), m.groups()) for m in counts._scan(rx, x, low, first)] == want, x
            # the `re` twin used on ASCII texts gives the same matches
            assert [(m.span(), m.groups()) for m in counts._scan(fast, x, low, first)] == want, x


def test_re_twins_exist_for_the_word_scans():
    tb = counts._tables()
    assert tb.words_fast is not tb.words_rx and tb.idiom_fast is not tb.idiom_rx


def test_non_ascii_text_takes_the_whole_text_scans():
    text = "Sentra menyalurkan tiga kursi roda dan 12 paket sembako kepada salah satu keluarga."

    def got(t: str) -> set[tuple[int, str]]:
        doc = Document("t", text=t)
        segment(doc)
        return {(v, c) for _, _, v, c in counts.find_counts(doc)}

    assert counts._lower(text) is not None and counts._lower(text + " Kafé") is None
    assert got(text + " Kafé") == got(text) == {(3, "kursi roda"), (12, "paket sembako")}


def test_gated_starts_give_the_same_counts_as_whole_text_scans(monkeypatch):
    """The word starts read from the units gate (number words, idioms, scale words for decimals)
    give exactly the counts of the whole-text scans."""
    import random

    rnd = random.Random(5)
    words = ["tiga", "Dua", "sebelas", "puluh", "ribu", "juta", "Juta", "miliar", "salah satu", "satu-satunya",
             "sentra", "anak", "orang", "paket", "Dinas", "(3)", "(tiga)", "kedua", "dan", "1,2", "98,5", "12",
             "3.156", "Top", "kesatuan", "sejuta"]
    seps = [" "] * 8 + ["", ", ", ". ", "\n", "-", "  "]
    texts = ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 50))) for _ in range(300)]

    def got(t: str) -> list[tuple[int, int, int, str]]:
        doc = Document("t", text=t)
        segment(doc)
        return counts.find_counts(doc)

    gated = [got(t) for t in texts]
    monkeypatch.setattr(counts, "_word_starts", lambda text: None)
    assert [got(t) for t in texts] == gated
    assert any(gated)


def test_title_case_lines_found_on_demand():
    text = "Kemensos Borong 6 Penghargaan Inovasi\n\nia menerima 6 penghargaan tahun ini\nx"
    lines = counts._Lines(text)
    for pos in [0, 10, 16, 37, 38, 39, 45, len(text) - 1, len(text)]:
        a = text.rfind("\n", 0, pos) + 1
        b = text.find("\n", pos)
        assert lines.title_case(pos) == counts._title_case_line(text, a, b if b >= 0 else len(text)), pos


def test_anchored_digit_scan_equals_whole_text_scan():
    """Digits matched only at the start of each digit run (`anchored.digit_runs`, shared with dates) give
    exactly the whole-text scan; the scale-word shortcut gives exactly `mult_rx`."""
    import random
    import re

    from kemensos_extract.extract.anchored import digit_runs, match_at

    rnd = random.Random(11)
    toks = ["12", "3.156", "1.028.000", "2019", "0812", "1,2", "98,5", "3/4", "7-a", "x9", "_5", "9_", "juta", "Ribu",
            "miliar", "kota", "Kafé", "٣", "²", "A4", "(3)", "-", ".", ",", "/"]
    seps = [" ", " ", " ", "", "\n", ", ", ". ", "-", "/", "\t"]
    texts = ["".join(rnd.choice(toks) + rnd.choice(seps) for _ in range(rnd.randint(1, 40))) for _ in range(400)]
    tb = counts._tables()
    for t in texts:
        spans = [m.span() for m in re.finditer("[0-9]+", t)]
        assert digit_runs(t) == ([s for s, _ in spans], [e for _, e in spans]), t
        if t.isascii():
            got = [(m.span(), m["num"]) for m in match_at(tb.digits_fast, t, digit_runs(t)[0])]
            assert got == [(m.span(), m["num"]) for m in counts._iter(tb.digits_rx, t)], t
        for e in range(len(t)):
            want = tb.mult_rx.match(t[e:e + 20]) if t.startswith(" ", e) else None
            got_m = counts._scale_after(tb, t, e)
            assert (got_m and got_m.span()) == (want and want.span()), (t, e)
