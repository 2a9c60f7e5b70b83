"""Story grouping: reprints and rewrites group, follow-ups / recaps / other recipients do not."""
from __future__ import annotations

import pickle
import random

import numpy as np
import pytest

from kemensos_extract.corpus import stories
from kemensos_extract.model import Document
from kemensos_extract.normalize import normalize


def make(doc_id: str, text: str, recipients: tuple[str, ...] = ()) -> Document:
    doc = normalize(Document(doc_id, raw_text=text))
    for key in recipients:
        doc.spans["awards"].append(doc.span(0, 1, "AWARD", None, recipient_unit_key=key))
    return doc


# Seed 001 (Waspada) and seed 003 (its longer reprint): one story.
WASPADA = """Dua UPT Kemsos Raih Penghargaan Inovasi Pelayanan Publik

JAKARTA (Waspada): Dua unit pelayanan teknis (UPT) di bawah Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial meraih prestasi TOP 99 Inovasi Pelayanan Publik 2018. Keduanya adalah Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) Kartini di Temanggung dan Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus (BRSAMPK) Alyatam, Jambi.

Penghargaan diberikan oleh Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Kementerian PAN-RB), di Surabaya, Rabu (19/9).

Sekretaris Jenderal Kementerian Sosial RI Hartono Laras bangga dan menyambut baik penghargaan ini. Sebab penghargaan ini menunjukkan pimpinan dan segenap staf di kedua UPT tadi mampu bekerja dengan sungguh-sungguh, kreatif, dan berinovasi.

"Saya sangat bangga. Ini menunjukkan implementasi reformasi birokrasi yang dilakukan Kementerian Sosial sudah berjalan di jalur yang tepat," kata Hartono di Jakarta, Jumat (21/9).

Hartono mengingatkan, apresiasi dari masyarakat akan dengan sendirinya muncul bila segenap pegawai Kementerian Sosial bekerja maksimal dan melayani rakyat.
"""

REPRINT = """Jakarta - Kementerian Sosial RI kembali mencatatkan prestasi di bidang pelayanan publik. Dua unit pelayanan teknis (UPT) di bawah Direktorat Jenderal Rehabilitasi Sosial masuk dalam kategori "TOP 99 Inovasi Pelayanan Publik 2018".

Dua UPT itu adalah Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) "Kartini" Temanggung, dan Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus (BRSAMPK) Alyatama Jambi. Penghargaan diberikan oleh Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (Kementerian PAN-RB), di Surabaya, Rabu (19/09/2018).

Sekretaris Jenderal Kementerian Sosial RI Hartono Laras bangga dan menyambut baik penghargaan ini. Sebab penilaian dilakukan oleh tokoh-tokoh yang dikenal memiliki reputasi, seperti wartawan senior Suryo Pratomo, peneliti senior LIPI Prof. DR. R. Siti Zuhro, JB Kristiadi, dan sebagainya.

"Saya sangat bangga. Ini menunjukkan implementasi reformasi birokrasi yang dilakukan Kementerian Sosial sudah berjalan di jalur yang tepat," kata Hartono, di Jakarta, Kamis (20/09/2018).

Hartono gembira, sebab penghargaan ini menunjukkan pimpinan dan segenap staf di kedua UPT tadi mampu bekerja dengan sungguh-sungguh, kreatif, dan berinovasi.

Hartono mengingatkan, apresiasi dari masyarakat akan dengan sendirinya muncul bila segenap pegawai Kementerian Sosial bekerja maksimal dan melayani rakyat.
"""

# A recap a year later that retells the 2018 award (seed 004 style): not that story.
RECAP = """JAKARTA (19 Juli 2019) - Menteri Sosial Agus Gumiwang Kartasasmita mengapresiasi capaian satuan kerja Kementerian Sosial yang meraih penghargaan Top 99 Inovasi Pelayanan Publik dari Kementerian PAN RB RI.

Dengan penghargaan ini, berarti untuk ketiga kalinya Kementerian Sosial RI menerima penghargaan serupa, setelah pada tahun 2018 dan tahun 2017 juga menyabet penghargaan.

Pada tahun 2018, dua unit pelayanan teknis (UPT) di bawah Direktorat Jenderal Rehabilitasi Sosial masuk dalam kategori "TOP 99 Inovasi Pelayanan Publik 2018".

Dua UPT itu adalah Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) Kartini Temanggung, dan Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus (BRSAMPK) Alyatama Jambi. Penghargaan diberikan di Surabaya, Jawa Timur, 19 September 2018.
"""

# dev_005 / dev_006: the same release rewritten by another outlet.
RELEASE = """Sentra Paramita Mataram Raih Predikat Sangat Baik dari Menteri PANRB

MATARAM (8 Maret 2022) - Kementerian Sosial kembali menorehkan capaian di bidang pelayanan publik. Sentra "Paramita" di Mataram, Nusa Tenggara Barat, dinilai sebagai penyelenggara pelayanan publik dengan predikat A- atau kategori "Sangat Baik" dalam Evaluasi Kinerja Pelayanan Publik Tahun 2021 oleh Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.

Hasil evaluasi dan penghargaan diumumkan Menteri PANRB Tjahjo Kumolo di Jakarta, Selasa (8/3/2022). Deputi Bidang Pelayanan Publik Kementerian PANRB, Prof. Dr. Diah Natalisa, MBA, menjelaskan evaluasi berlangsung sejak Agustus hingga November 2021 dan menilai enam aspek, yaitu kebijakan pelayanan, profesionalisme SDM, sarana prasarana, sistem informasi pelayanan publik, konsultasi dan pengaduan, serta inovasi.

Diah mencatat Indeks Pelayanan Publik Nasional berada di angka 3,79 pada tahun 2021, sedikit di bawah capaian 3,84 pada tahun 2020. Menurut dia, gelombang pandemi Covid-19 dan meluasnya cakupan evaluasi ikut menekan angka tersebut.

Kepala Sentra Paramita, Hj. Sri Wahyuni Dewi, S.Sos., M.Si., mengatakan tim penilai Kementerian PANRB datang langsung ke sentra untuk memeriksa layanan. "Kami tidak menyiapkan panggung khusus. Yang dinilai adalah pelayanan sehari-hari kepada anak-anak dan keluarga yang datang ke Paramita," katanya.

Ia menegaskan capaian itu tak lepas dari arahan Menteri Sosial Tri Rismaharini agar setiap sentra siap melayani siapa pun yang membutuhkan, tanpa membeda-bedakan jenis masalah sosialnya.
"""

REWRITE = """Sentra Kemensos di Mataram Dapat Nilai A- untuk Pelayanan Publik

Mataram, KOMPAS.com - Sentra Paramita milik Kementerian Sosial (Kemensos) di Mataram, Nusa Tenggara Barat (NTB), mendapat nilai A- atau kategori sangat baik dalam evaluasi kinerja pelayanan publik tahun 2021 yang digelar Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB).

Penghargaan itu diumumkan Menteri PANRB Tjahjo Kumolo pada Selasa (8/3/2022).

"Tim penilai datang langsung dan melihat pelayanan kami sehari-hari," kata Kepala Sentra Paramita Sri Wahyuni Dewi saat dihubungi, Rabu (9/3/2022).

Ia menyebut predikat tersebut juga berkat dorongan Menteri Sosial Tri Rismaharini yang meminta semua sentra melayani warga tanpa memilah jenis persoalan.

Evaluasi dilakukan pada Agustus hingga November 2021. Ada enam aspek yang diperiksa, mulai dari kebijakan pelayanan hingga inovasi.

Diah menyebut nilai indeks pelayanan publik nasional turun dari 3,84 menjadi 3,79. "Pandemi dan bertambahnya lokus evaluasi memengaruhi hasil," ujarnya.
"""

# dev_024 style: a feature six weeks later about the same unit and award.
FOLLOW_UP = """Paramita Mataram, dari Panti Marsudi Putra Menjadi Sentra Multilayanan

MATARAM - Sentra "Paramita" di Mataram, Nusa Tenggara Barat, terus memperluas jenis layanannya. Unit pelaksana teknis Kementerian Sosial yang dahulu bernama Panti Sosial Marsudi Putra (PSMP) Paramita itu kini tidak hanya menangani anak yang berhadapan dengan hukum.

"Perubahan nama dari panti ke balai, lalu ke sentra, bukan sekadar ganti papan. Cara kerja kami ikut berubah," kata Kepala Sentra Paramita, Sri Wahyuni Dewi, Kamis (21/4/2022).

Perubahan itu berbuah pengakuan. Pada Maret 2022, Sentra Paramita memperoleh predikat A- atau Sangat Baik dalam Evaluasi Kinerja Pelayanan Publik Tahun 2021 dari Kementerian PANRB. Sri Wahyuni menyebut penilaian tersebut menjadi cermin untuk memperbaiki aspek yang masih lemah, terutama sistem informasi pelayanan.

Sri Wahyuni menargetkan Paramita meraih predikat Pelayanan Prima pada evaluasi berikutnya. "Kami sudah punya modal. Tinggal konsistensi," katanya.
"""


def fps_of(**docs: Document) -> dict[str, stories.Fingerprint]:
    return {k: stories.fingerprint(d) for k, d in docs.items()}


def test_reprint_groups_and_recap_does_not():
    fps = fps_of(a=make("a", WASPADA), b=make("b", REPRINT), c=make("c", RECAP))
    story_of, rows = stories.group(fps)
    assert story_of["a"] == story_of["b"] == "s-a"
    assert story_of["c"] == "s-c"
    assert sum(r["n_members"] for r in rows) == 3


def test_rewrite_groups_and_follow_up_does_not():
    fps = fps_of(r1=make("r1", RELEASE), r2=make("r2", REWRITE), f=make("f", FOLLOW_UP))
    story_of, _ = stories.group(fps)
    assert story_of["r1"] == story_of["r2"]
    assert story_of["f"] != story_of["r1"]
    ok, info = stories.same_story(fps["r1"], fps["f"])
    assert not ok and info["rule"] == "dates-apart"


def test_same_ceremony_other_recipients_are_other_stories():
    # one template, names swapped: nearly verbatim, but the recipients differ
    a = make("a", RELEASE, recipients=("paramita-mataram",))
    b = make("b", RELEASE.replace("Paramita", "Handayani").replace("Mataram", "Jakarta"), recipients=("handayani-jakarta",))
    ok, info = stories.same_story(stories.fingerprint(a), stories.fingerprint(b))
    assert not ok and info["rule"] == "other-recipients"
    # a rewrite of another recipient's release on the same day
    c = make("c", REWRITE.replace("Paramita", "Handayani").replace("Mataram", "Jakarta"), recipients=("handayani-jakarta",))
    ok, info = stories.same_story(stories.fingerprint(a), stories.fingerprint(c))
    assert not ok and info["rule"] == "other-recipients"
    # without award spans the same pair is one story (recipients unknown: text decides)
    ok, _ = stories.same_story(stories.fingerprint(make("a", RELEASE)), stories.fingerprint(make("b", REWRITE)))
    assert ok


@pytest.mark.parametrize("text, expected", [
    ("Judul berita yang cukup panjang di sini\n\nJAKARTA (16 Desember 2020) - Isi berita.", (2020, 12, 16)),
    ("BENGKULU, 16/10/2024 - Sentra menggelar syukuran.", (2024, 10, 16)),
    ("Jakarta - Penghargaan diberikan di Surabaya, Rabu (19/09/2018).", (2018, 9, 19)),
    # year from the weekday: 19 September is a Wednesday in 2018, not in 2019
    ("Jakarta - Prestasi TOP 99 2018 dan 2019. Penghargaan diberikan di Surabaya, Rabu (19/9).", (2018, 9, 19)),
    ("Liputan6.com, Jakarta - Pada penilaian tahun 2023 ... di Nusa Dua, Bali, Rabu (6/12).", (2023, 12, 6)),
    ("Jakarta - Tanpa tanggal apa pun di sini.", None),
])
def test_release_date(text, expected):
    assert stories.release_date(normalize(Document("t", raw_text=text))) == expected


def test_days_apart_without_year_wraps_the_year_end():
    assert stories.days_apart((0, 12, 30), (2021, 1, 2)) == 3
    assert stories.days_apart((2020, 12, 15), (2020, 12, 16)) == 1
    assert stories.days_apart(None, (2020, 1, 1)) is None


def test_union_find_is_transitive():
    # a~b and b~c accepted, a~c never checked: all three share one story
    base = RELEASE
    a = make("a", base)
    b = make("b", base + "\nTambahan paragraf pertama tentang layanan anak dan keluarga di Mataram yang panjang sekali.")
    c = make("c", base + "\nTambahan paragraf pertama tentang layanan anak dan keluarga di Mataram yang panjang sekali.\n"
             "Paragraf kedua menambah cerita baru tentang kunjungan rumah dan pendampingan keluarga rentan.")
    story_of, rows = stories.group(fps_of(a=a, b=b, c=c))
    assert len({story_of[k] for k in "abc"}) == 1
    (row,) = rows
    assert row["members"] == "a;b;c" and row["n_members"] == 3


def test_deterministic_and_order_independent():
    docs = {"x1": make("x1", WASPADA), "x2": make("x2", REPRINT), "x3": make("x3", RELEASE),
            "x4": make("x4", REWRITE), "x5": make("x5", FOLLOW_UP)}
    fps = {k: stories.fingerprint(d) for k, d in docs.items()}
    first = stories.group(fps)
    keys = list(fps)
    random.Random(3).shuffle(keys)
    second = stories.group({k: fps[k] for k in keys})
    assert first == second
    assert first[0]["x1"] == "s-x1" and first[0]["x4"] == "s-x3"


def test_fingerprint_is_compact_and_picklable():
    fp = stories.fingerprint(make("a", REPRINT))
    assert fp.sig is not None and fp.sig.dtype == np.uint32 and fp.sig.size == stories.NUM_PERM
    assert fp.tokens.dtype == np.uint32
    blob = pickle.dumps(fp)
    assert len(blob) < 4000
    again = pickle.loads(blob)
    assert np.array_equal(again.tokens, fp.tokens) and again.date == fp.date


def test_near_empty_documents_stay_singletons():
    fps = fps_of(a=make("a", "Judul\n\nJAKARTA - Singkat."), b=make("b", "Judul\n\nJAKARTA - Singkat."),
                 c=make("c", ""))
    story_of, rows = stories.group(fps)
    assert len(set(story_of.values())) == 3
    assert stories.fingerprint(make("a", "Judul\n\nJAKARTA - Singkat.")).empty


def test_none_fingerprints_are_singletons():
    story_of, rows = stories.group({"a": None, "b": stories.fingerprint(make("b", RELEASE))})
    assert story_of == {"a": "s-a", "b": "s-b"}


def test_byline_and_baca_juga_are_ignored():
    noisy = REWRITE + "\nBaca juga: Sentra Kemensos Diminta Buka Pintu untuk Semua Warga Rentan\n\nPenulis: Kontributor Mataram, Fitri Rahmawati\nEditor: Andi Hartanto\n"
    a, b = stories.fingerprint(make("a", REWRITE)), stories.fingerprint(make("b", noisy))
    assert np.array_equal(a.tokens, b.tokens)


def test_candidates_are_subquadratic_on_unrelated_documents():
    rng = random.Random(7)
    vocab = [f"kata{i}" for i in range(5000)]
    fps = {}
    for i in range(300):
        words = " ".join(rng.choice(vocab) for _ in range(120))
        fps[f"d{i:03d}"] = stories.fingerprint(make(f"d{i:03d}", f"JAKARTA - {words}."))
    stories.group(fps)
    assert stories.LAST_STATS.n_candidates < 300 * 299 // 2 // 10


def test_vectorised_prefilter_only_drops_pairs_the_exact_check_rejects():
    texts = [WASPADA, REPRINT, RECAP, RELEASE, REWRITE, FOLLOW_UP]
    flist = [stories.fingerprint(make(f"d{k}", t)) for k, t in enumerate(texts)]
    codes = np.array([(i << 32) | j for i in range(len(flist)) for j in range(i + 1, len(flist))], dtype=np.int64)
    kept = set(stories._prefilter(flist, codes, stories.GroupStats()).tolist())
    dropped = [c for c in codes.tolist() if c not in kept]
    assert dropped  # recap and follow-up pairs are dated apart
    for c in dropped:
        ok, info = stories.same_story(flist[c >> 32], flist[c & 0xFFFFFFFF])
        assert not ok and info["rule"] == "dates-apart"


def test_minhash_ignores_order_repeats_and_chunking():
    """One-chunk and chunked MinHash agree; shuffling or repeating shingles changes nothing."""
    rng = np.random.default_rng(7)
    x = np.unique(rng.integers(0, 2**32, size=stories._MINHASH_CHUNK + 500, dtype=np.uint64))
    small = x[:300]
    ref = np.full(stories.NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    a, b = stories._perms()
    for v in small.tolist():  # plain definition, one shingle at a time
        ref = np.minimum(ref, a * np.uint64(v) + b)
    assert stories._minhash(small).tolist() == (ref >> np.uint64(32)).astype(np.uint32).tolist()
    assert stories._minhash(np.concatenate((small[::-1], small[:50]))).tolist() == stories._minhash(small).tolist()
    chunked = stories._minhash(x)  # more than one chunk
    whole = np.minimum.reduce(a[:, None] * x[None, :] + b[:, None], axis=1) >> np.uint64(32)
    assert chunked.tolist() == whole.astype(np.uint32).tolist()
    assert chunked.dtype == np.uint32 and chunked.flags.c_contiguous


def test_n_shingles_counts_distinct_shingles():
    line = ("Sentra Budi Perkasa Bekasi menerima penghargaan zona integritas wilayah bebas korupsi birokrasi "
            "bersih melayani dari kementerian pendayagunaan aparatur negara reformasi di Jakarta.")
    doc = normalize(Document("r", raw_text="Judul\n\nJAKARTA - " + "\n".join([line] * 3)))
    fp = stories.fingerprint(doc)
    codes = stories._codes(stories.story_text(doc)).astype(np.uint32)
    sh = codes[:-2] * stories._SHINGLE_C1 ^ codes[1:-1] * stories._SHINGLE_C2 ^ codes[2:]
    assert fp.n_tokens >= stories.MIN_TOKENS
    assert fp.n_shingles == np.unique(sh).size < sh.size
