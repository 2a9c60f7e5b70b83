"""Dates stage: Indonesian date shapes, year resolution from the article, look-alikes that are not dates."""
from __future__ import annotations

import time

import pytest

from kemensos_extract.extract import dates
from kemensos_extract.extract.dates import parse_date_text
from kemensos_extract.model import Dateline, Document
from kemensos_extract.normalize import normalize
from kemensos_extract.segment import segment


def run(text: str) -> Document:
    """normalise -> segment -> dates only (the stage under test)."""
    doc = normalize(Document("t", raw_text=text))
    segment(doc)
    dates.extract(doc)
    return doc


def values(text: str) -> set[str]:
    return {s.attrs["value"] for s in run(text).spans["dates"]}


def body(text: str, pub: str | None = None) -> Document:
    """A document with a given dateline date, without relying on dateline detection."""
    doc = Document("t", text=text)
    if pub:
        doc.dateline = Dateline(0, 0, "", date=pub)
    segment(doc)
    dates.extract(doc)
    return doc


def bvalues(text: str, pub: str | None = None) -> set[str]:
    return {s.attrs["value"] for s in body(text, pub).spans["dates"]}


# ---- shapes ----------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("JAKARTA (9 Maret 2020) - Balai Anak Handayani Jakarta menerima penghargaan.", {"2020-03-09"}),
    ("Penghargaan diberikan oleh Kementerian PAN-RB, di Surabaya, Rabu (19/09/2018).", {"2018-09-19"}),
    ("didampingi Dirjen Rehabilitasi Sosial di Semarang, Jawa Tengah, Kamis (18/7/2019).", {"2019-07-18"}),
    ("Plakat penghargaan diterima di Nusa Dua, Bali, Rabu (06/12/2023) - acara yang dibuka Menteri PANRB.",
     {"2023-12-06"}),
    ("Cikal bakalnya adalah Zwakzinnigenzorg Temanggoeng yang didirikan pada 15 September 1904.", {"1904-09-15"}),
    ("Penghargaan diberikan di Surabaya, Jawa Timur, 19 September 2018.", {"2018-09-19"}),
    ("Program ini sudah berjalan sejak 2015 di 12 lokasi di Jawa Tengah.", {"2015"}),
    ("setelah pada tahun 2018 dan tahun 2017 juga menyabet penghargaan.", {"2018", "2017"}),
    ("Sejak 2007, PSAA Alyatama berinisitatif mengoptimalkan pelayanan.", {"2007"}),
    ("Pada 2012, program pelayanan tersebut menjadi Pesona Surga.", {"2012"}),
    ("mencanangkan zona integritas pada awal 2023 dan langsung membenahi enam area perubahan.", {"2023"}),
    ("mencapai 98,5 persen pada akhir 2020.", {"2020"}),
    ("Sepanjang 2023, sentra menerima 37 pengaduan masyarakat.", {"2023"}),
    ("survei kepuasan masyarakat pada triwulan IV 2023 menghasilkan indeks 3,62 dari skala 4.", {"2023"}),
    ("Cakupan penilaian 2021 jauh melebar.", {"2021"}),
    ("rangkaian peringatan pada 2020 menekankan pembangunan karakter", {"2020"}),
    ("Sejak dirintis pada Maret 2019, BASODARA bertumpu pada tiga layanan.", {"2019-03"}),
    ("Penghargaan itu diserahkan pada Desember 2018 di Jakarta.", {"2018-12"}),
    ("dilakukan kepada 56 Kementerian/Lembaga sejak  Juli hingga November 2020.", {"2020-07", "2020-11"}),
    ("evaluasi berlangsung sejak Agustus hingga November 2021 dan menilai enam aspek", {"2021-08", "2021-11"}),
    ("2017 - Panti Sosial Bina Karya (PSBK) \"Pangudi Luhur\" Bekasi membuka jalan.", {"2017"}),
    ("diumumkan pada 8 Maret 2022. Pada Desember tahun yang sama, Sentra Terpadu Pangudi Luhur dinobatkan.",
     {"2022-03-08", "2022-12"}),
    ("RPJMN 2020-2024 menjadi acuan.", {"2020", "2024"}),
])
def test_shapes(sentence, expected):
    assert values(sentence) == expected


# ---- year resolution ---------------------------------------------------------
def test_weekday_date_takes_award_year():
    text = ("Dua UPT meraih prestasi TOP 99 Inovasi Pelayanan Publik 2018.\n\n"
            "Penghargaan diberikan di Surabaya, Rabu (19/9).\n\n"
            "\"Saya sangat bangga,\" kata Hartono di Jakarta, Jumat (21/9).")
    assert bvalues(text) == {"2018", "2018-09-19", "2018-09-21"}


def test_day_month_without_context_stays_partial():
    text = ("Penghargaan tersebut diumumkan di Jakarta (6/12), acara dihadiri Menteri PANRB.\n\n"
            "Berdasarkan UU No. 25/2009 tentang Pelayanan Publik, kelompok rentan terdiri dari disabilitas.")
    assert bvalues(text) == {"--12-06"}


def test_dateline_year_for_day_month():
    assert bvalues("Piagam tersebut diterima dalam apel pagi, Jumat (8/1).", pub="2021-01-08") == {"2021-01-08"}


def test_dateline_year_previous_for_late_december():
    assert bvalues("Acara digelar Rabu (30/12) di Jakarta.", pub="2021-01-04") == {"2020-12-30"}


def test_weekday_picks_among_stated_years():
    # 10/12 is a Monday in 2018, a Tuesday in 2019
    text = ("Kementerian Sosial menargetkan jumlah satker bertambah pada 2019.\n\n"
            "Seremoni berlangsung di Hotel Sultan, Jakarta, Senin (10/12), dalam rangkaian penganugerahan "
            "Zona Integritas menuju WBK/WBBM Tahun 2018.")
    assert bvalues(text) == {"2019", "2018", "2018-12-10"}


def test_weekday_never_overrides_dateline_year():
    # 8 Oct 2024 is a Tuesday, the outlet printed "Rabu"
    assert bvalues("Acara digelar Rabu (8/10).", pub="2024-10-09") == {"2024-10-08"}


def test_previous_full_date_year():
    text = ("Di Gresik, Sabtu (20/5/2017) malam, Menteri menyerahkan piagam.\n\n"
            "kata Khofifah dalam keterangan tertulis yang diterima di Jakarta, Minggu (21/5).")
    assert bvalues(text) == {"2017-05-20", "2017-05-21"}


def test_month_alone_takes_dateline_year():
    assert bvalues("\"Banyak kegiatan lapangan terhenti sejak Maret,\" ujarnya.", pub="2020-12-18") == {"2020-03"}


def test_month_range_without_dateline_year_from_range():
    assert bvalues("Sepanjang Januari hingga November 2020, tim balai mendampingi 127 ODHA.") == {"2020-01", "2020-11"}


def test_recurring_day_is_partial():
    assert bvalues("Hakordia diperingati setiap 9 Desember.", pub="2020-12-16") == {"--12-09"}


def test_day_month_with_dateline():
    assert bvalues("peringatan Hari Anti Korupsi Sedunia yang jatuh pada 9 Desember.", pub="2023-12-07") == {
        "2023-12-09"}


def test_never_the_run_date():
    this_year = time.gmtime().tm_year
    vals = bvalues("Penghargaan diberikan di Surabaya, Rabu (19/9).")
    assert vals == {"--09-19"}
    assert not any(v.startswith(str(this_year)) for v in vals)


# ---- not dates -----------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Evaluasi merupakan amanat Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan PP 96/2012.",
    "Berdasarkan UU No. 25/2009 tentang Pelayanan Publik, kelompok rentan terdiri dari disabilitas.",
    "Daftar penerima ditetapkan melalui Keputusan Menteri PANRB Nomor 47 Tahun 2019.",
    "Acara dimulai pukul 10.00 WIB di aula sentra.",
    "proses pembangunan zona integritas yang memakan waktu hampir dua tahun.",
    "Penghargaan diperoleh berdasarkan hasil penilaian terhadap 2864 proposal inovasi pelayanan publik.",
    "Kompetisi diikuti oleh 331 instansi pemerintah dengan 3.156 inovasi.",
    "Pada tahun akademik 2020/2021, Poltekesos menerima 412 mahasiswa baru dari 34 provinsi.",
    "kata Muhadjir dalam siaran pers yang diterima di Jakarta, Rabu.",
    "pelayanan yang diberikan balai tidak terhambat oleh adanya Pandemi Covid-19.",
    "sesuai amanat UUD 1945 dan Pancasila.",
    "Tahun ini panitia menerima lebih dari 3.000 proposal inovasi.",
    "Hendra menargetkan jumlah kelompok usaha bertambah menjadi enam kelompok pada tahun depan.",
    "Sekretariat dapat dihubungi di nomor 0812 2019 3344.",
])
def test_not_dates(sentence):
    assert values(sentence) == set()


# ---- attributes, offsets, roles ---------------------------------------------
def test_attrs_and_offsets():
    doc = run("JAKARTA (19 Juli 2019) - Menteri Sosial mengapresiasi capaian itu.\n\n"
              "\"Tingkatkan terus kualitas layanan,\" kata Mensos di Jakarta, Jumat (19/7).\n\n"
              "Penghargaan diterima di Semarang, Jawa Tengah, Kamis (18/7/2019). Program berjalan sejak 2015.")
    by_text = {s.text: s for s in doc.spans["dates"]}
    for s in doc.spans["dates"]:
        assert s.text == doc.text[s.start:s.end]
        assert set(s.attrs) >= {"value", "precision", "role"}
    assert by_text["19 Juli 2019"].attrs["role"] == "published"
    assert by_text["Jumat (19/7)"].attrs == {"value": "2019-07-19", "precision": "day", "role": "statement"}
    assert by_text["Kamis (18/7/2019)"].attrs["role"] == "event"
    assert by_text["sejak 2015"].attrs["precision"] == "year"


def test_partial_precision():
    doc = body("Penghargaan diumumkan di Jakarta (6/12).")
    (s,) = doc.spans["dates"]
    assert s.attrs["value"] == "--12-06" and s.attrs["precision"] == "month-day"


# ---- parse_date_text (used by the dateline parser) -----------------------------
@pytest.mark.parametrize("s, expected", [
    ("9 Maret 2020", "2020-03-09"),
    ("18/7/2019", "2019-07-18"),
    ("16/10/2024", "2024-10-16"),
    ("15 Januari 2024", "2024-01-15"),
    ("Senin, 15 Januari 2024", "2024-01-15"),
    ("Rabu (19/9/2018)", "2018-09-19"),
    ("9 Des 2020", "2020-12-09"),
    ("2020-12-16", "2020-12-16"),
    ("Maret 2020", "2020-03"),
    ("19/9", "--09-19"),
    ("Waspada", None),
    ("ANTARA", None),
    ("NUSANTARAPOS", None),
    ("", None),
])
def test_parse_date_text(s, expected):
    assert parse_date_text(s) == expected


def test_parse_date_text_ref_year():
    assert parse_date_text("19/9", ref_year=2018) == "2018-09-19"


# ---- robustness -------------------------------------------------------------------
@pytest.mark.parametrize("text", ["1" * 1_000_000, "A" * 1_000_000, "." * 1_000_000, "12/" * 300_000])
def test_long_lines_are_fast(text):
    doc = Document("t", text=text)
    t0 = time.perf_counter()
    dates.extract(doc)
    assert time.perf_counter() - t0 < 30


# ---- generalisation: year resolution rules (held-out failures and their neighbours) ----------
def test_weekday_picks_neighbour_of_stated_year():
    # no dated dateline; the release mentions December 2024 and reports a Monday 20/1:
    # 20 Jan 2024 is a Saturday, 20 Jan 2025 a Monday -> the weekday chooses the next year
    text = ("TABANAN - Bupati Tabanan mengunjungi Sentra \"Mahatmiya\" Tabanan, Senin (20/1). Kunjungan "
            "dilakukan sebulan setelah sentra itu menerima predikat WBK pada Desember 2024.")
    assert values(text) == {"2025-01-20", "2024-12"}


def test_weekday_named_date_picks_neighbour_year():
    text = ("Bupati meninjau sentra pada Senin, 20 Januari, sebulan setelah predikat WBK diraih "
            "pada Desember 2024.")
    assert bvalues(text) == {"2025-01-20", "2024-12"}


def test_weekday_prefers_stated_year_over_neighbour():
    # 10/12 is a Monday in 2018 (stated); neither 2017, 2019 nor 2020 is a Monday
    text = ("Penganugerahan Zona Integritas menuju WBK/WBBM Tahun 2018 digelar di Jakarta, Senin (10/12). "
            "Kemensos menargetkan jumlah satker bertambah pada 2019.")
    assert "2018-12-10" in bvalues(text)


def test_month_after_dateline_month_is_last_year():
    # dateline January 2025; "pertengahan Agustus" in a past-tense quote is August 2024
    text = ("Jakarta, 24/1/2025 - Kementerian PANRB merilis hasil Evaluasi Kinerja Pelayanan Publik.\n\n"
            "\"Tim penilai datang tanpa pemberitahuan pada pertengahan Agustus. Yang mereka lihat adalah "
            "layanan kami apa adanya,\" kata Harimurti.")
    assert "2024-08" in values(text)


def test_month_after_dateline_month_stays_when_sentence_looks_ahead():
    assert bvalues("Sentra Budhi Dharma akan dinilai kembali pada Oktober.", pub="2025-01-24") == {"2025-10"}


def test_month_under_year_heading_takes_heading_year():
    # a recap published in 2025: "Pada Desember" sits under the heading "Tahun 2023"
    text = ("JAKARTA, 14 Februari 2025 - Biro Humas Kementerian Sosial merangkum penghargaan UPT Kemensos.\n\n"
            "Tahun 2023\n"
            "Sentra Terpadu \"Prof. Dr. Soeharso\" masuk Top 45 KIPP lewat KAJEBO. Pada Desember, Sentra "
            "\"Abiseka\" Pekanbaru dinobatkan sebagai penyelenggara pelayanan ramah kelompok rentan.\n\n"
            "Tahun 2024\n"
            "Sentra \"Mahatmiya\" Tabanan meraih predikat WBK.")
    vals = values(text)
    assert "2023-12" in vals and "2025-12" not in vals and "2024-12" not in vals


def test_month_context_year_never_after_dateline():
    # the stated 2024 would put "Desember" after a June 2024 dateline: fall back to the dateline rule
    text = "Pada 2024 sentra mulai berbenah. Pada Desember, sentra meraih WBK."
    assert bvalues(text, pub="2024-06-24") == {"2024", "2023-12"}


def test_month_context_year_in_paragraph():
    text = ("JAKARTA, 14 Februari 2025 - Kemensos merangkum capaian sentra.\n\n"
            "Pada 2023 sentra mulai berbenah. Pada Desember, sentra meraih WBK.")
    assert values(text) == {"2025-02-14", "2023", "2023-12"}


@pytest.mark.parametrize("sentence, pub, expected", [
    ("Sentra menerima penghargaan itu pada Desember lalu.", "2024-03-05", {"2023-12"}),
    ("Sentra menerima penghargaan itu pada Desember tahun lalu.", "2024-03-05", {"2023-12"}),
    ("Evaluasi lanjutan dijadwalkan Maret mendatang.", "2024-10-24", {"2025-03"}),
    ("\"Banyak kegiatan lapangan terhenti sejak Maret,\" ujarnya.", "2025-01-24", {"2024-03"}),
    ("Evaluasi lapangan digelar Oktober 2023 lalu.", "2024-03-05", {"2023-10"}),
    ("Program ini diluncurkan pada pertengahan 2021 di Bekasi.", "2024-03-05", {"2021"}),
    ("Pelatihan digelar 9-10 Oktober di Bogor.", "2024-10-15", {"2024-10-09", "2024-10-10"}),
    ("Rapat koordinasi digelar Rabu-Kamis (9-10/10) di Bogor.", "2024-10-15", {"2024-10-09", "2024-10-10"}),
    # relative periods without a calendar name are not dates (gold convention: 'tahun ini', 'tahun lalu')
    ("Tim penilai datang pada awal bulan ini.", "2024-03-05", set()),
    ("Target itu dicapai pada akhir tahun lalu.", "2024-03-05", set()),
])
def test_relative_months(sentence, pub, expected):
    assert bvalues(sentence, pub=pub) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Penyerahan dilakukan di Jakarta (Kamis, 12/10/2023).", {"2023-10-12"}),
    ("Penyerahan dilakukan di Jakarta pada 12-10-2023.", {"2023-10-12"}),
    ("Evaluasi berlangsung tanggal 5 s.d. 7 Oktober 2023 di Bogor.", {"2023-10-05", "2023-10-07"}),
    ("Evaluasi berlangsung 5-7 Oktober 2023 di Bogor.", {"2023-10-05", "2023-10-07"}),
    ("Bimbingan teknis berlangsung 5 dan 6 Desember 2023.", {"2023-12-05", "2023-12-06"}),
    ("Rapat digelar di Bogor (9-10/10/2024).", {"2024-10-09", "2024-10-10"}),
    ("Penilaian lapangan berlangsung dari Juni hingga Oktober 2024.", {"2024-06", "2024-10"}),
    ("Penilaian dilakukan Oktober-Desember 2023.", {"2023-10", "2023-12"}),
    ("Rekam Jejak Penghargaan UPT Kemensos 2021-2024: Dari Top 99 hingga Pelayanan Prima", {"2021", "2024"}),
    ("Pada 2023 sentra mulai berbenah.", {"2023"}),
    ("Piagam diterima Jumat (8/1/21).", {"2021-01-08"}),
])
def test_more_shapes(sentence, expected):
    assert values(sentence) == expected


def test_bracketed_weekday_span_keeps_bracket():
    doc = body("Penyerahan dilakukan di Jakarta (Kamis, 12/10/2023).")
    (s,) = doc.spans["dates"]
    assert s.text == "(Kamis, 12/10/2023)" and s.text == doc.text[s.start:s.end]


@pytest.mark.parametrize("text, month_value", [
    # a framing year ("Sepanjang 2023", a heading "Tahun 2023") sets the month's year
    ("JAKARTA, 14 Februari 2025 - Kemensos merangkum capaian sentra.\n\n"
     "Sepanjang 2023, sentra berbenah. Pada Desember, Sentra Abiseka dinobatkan.", "2023-12"),
    # a year inside a name does not: the dateline year applies
    ("JAKARTA, 20 Maret 2022 - Kemensos menerima hasil evaluasi.\n\n"
     "Hasil Evaluasi Kinerja Pelayanan Publik Tahun 2021 diumumkan pada Februari.", "2022-02"),
    ("JAKARTA, 20 Juni 2024 - Kemensos menerima penghargaan.\n\n"
     "Sentra masuk Top 99 KIPP 2023. Penganugerahan digelar pada Maret.", "2024-03"),
    # nor does the open start of a period
    ("JAKARTA, 20 Juni 2024 - Kemensos menerima penghargaan.\n\n"
     "Sejak 2015 sentra melayani warga. Pada Maret, sentra meraih WBK.", "2024-03"),
])
def test_framing_years(text, month_value):
    months = {v for v in values(text) if len(v) == 7}
    assert months == {month_value}


def test_recap_with_year_headings_and_month_items():
    # a year-by-year recap: lone year lines head month-led list items ("- Januari: ...")
    text = ("JAKARTA, 8 Januari 2025 - Kemensos merangkum capaian unit selama tiga tahun.\n\n"
            "2022\n- Sentra Efata Kupang meraih predikat WBK.\n\n"
            "2023\n- Maret: Sentra Abiseka Pekanbaru masuk Top 99.\n"
            "- Oktober: Sentra Bahagia Medan meraih UNPSA.\n\n"
            "2024\n- Agustus: Sentra Mahatmiya Tabanan menerima penghargaan sarana prasarana ramah kelompok rentan.\n")
    got = values(text)
    assert {"2022", "2023", "2024", "2023-03", "2023-10", "2024-08"} <= got
    assert "2025-03" not in got and "2024-10" not in got


@pytest.mark.parametrize("text", [
    "Agenda rapat Januari: evaluasi layanan sentra.",   # not a list item / line head
    "Daftar hadir\nNama: Januari Siregar hadir.",       # month word inside the line
])
def test_month_heading_needs_line_start(text):
    assert not any(len(v) == 7 for v in bvalues(text, "2024-05-02"))


# ---- anchored scans (speed) give exactly the whole-text scans ------------------------------
def _random_texts(n: int, seed: int) -> list[str]:
    """Texts dense in date shapes, cue words, look-alikes and odd spacing (deterministic)."""
    import random

    rnd = random.Random(seed)
    t = dates._tables()
    words = sorted({*t.month_of, *t.short_of, *t.weekday_of, *t.relyear, *(c for v in t.cues.values() for c in v),
                    "tahun", "bulan", "tanggal", "tgl.", "lalu", "mendatang", "No.", "Nomor", "KEP/", "IV", "Sentra"})
    seps = [" "] * 10 + ["", "\n", "\n\n", "  ", "\t", ", ", ". ", " - ", " (", ") ", "/", "-", ".", ":", "\n- "]

    def tok() -> str:
        r = rnd.random()
        if r < .45:
            w, c = rnd.choice(words), rnd.random()
            return w.upper() if c < .1 else w.capitalize() if c < .5 else w.lower() if c < .8 else w
        if r < .6:
            return str(rnd.randint(1985, 2030))
        if r < .8:
            return str(rnd.randint(1, 31))
        if r < .9:
            return f"{rnd.randint(1, 31)}/{rnd.randint(1, 12)}" + rnd.choice(["", f"/{rnd.randint(1990, 2030)}"])
        return str(rnd.randint(1, 99999))

    return ["".join(tok() + rnd.choice(seps) for _ in range(rnd.randint(1, 80))) for _ in range(n)]


def test_anchored_scans_equal_whole_text_scans():
    p = dates._patterns()
    names = ["iso", "num", "num_range", "named", "mrange", "myear", "mrel", "mdir", "quarter", "yrange", "mcue",
             "mhead", "year", "citation", "citation_year"]
    for x in _random_texts(300, 7):
        scan = dates._Scan(x)
        assert scan.fast
        for nm in names:
            rx = getattr(p, nm)
            want = [(m.span(), m.groups()) for m in dates._iter(rx, x)]
            assert [(m.span(), m.groups()) for m in scan.iter(rx)] == want, (nm, x)


def test_prefix_shortcuts_equal_searches():
    p, a = dates._patterns(), dates._anchor_words()
    for x in _random_texts(150, 8):
        for j in range(0, len(x) + 1, 5):
            w = x[max(0, j - 40):j]
            for rx, words in ((p.num_prefix, a.num_prefix), (p.named_prefix, a.named_prefix)):
                r1, r2 = rx.search(w), dates._leftmost(rx, w, words)  # both always match (maybe empty)
                assert (r1.span(), r1.groups()) == (r2.span(), r2.groups()), w
            w = x[max(0, j - 30):j]
            r1, r2 = p.year_prefix.search(w), dates._year_cue(w)
            assert (r1 and (r1.span(), r1.groups())) == (r2 and (r2.span(), r2.groups())), w
            r = dates._PREV_WORD.search(w)
            assert dates._prev_word_at(w) == (r.start("w") if r else None), w


def test_non_ascii_and_long_blank_texts_take_the_whole_text_scans():
    text = "Sejak Maret 2019, sentra meraih penghargaan pada Rabu (19/9/2018) dan 9 Desember 2020."
    assert dates._Scan(text).fast
    assert not dates._Scan(text + " Kafé").fast
    assert not dates._Scan(text + " " * 220 + "x").fast
    assert bvalues(text + " Kafé") == bvalues(text) == {"2019-03", "2018-09-19", "2020-12-09"}


def test_re_twins_equal_the_patterns_on_ascii_with_odd_blanks():
    """The `re` twins used for ASCII texts: same matches, also around \\x0b-\\x0d and \\x1c-\\x1f."""
    import re as _re

    import regex as _regex

    for i in range(128):  # the spelled-out \s is regex's \s on ASCII
        assert bool(_regex.fullmatch(r"\s", chr(i))) == bool(_re.fullmatch(r"[\t\n\v\f\r ]", chr(i))), i
    a = dates._anchor_words()
    odd = ["\x0b", "\x0c", "\r", "\x1c", "\x1f", " "]
    for k, x in enumerate(_random_texts(120, 9)):
        x = x.replace(" ", odd[k % len(odd)], 3)
        for rx, twin in a.twins.items():
            want = [(m.span(), m.groups()) for m in rx.finditer(x)]
            assert [(m.span(), m.groups()) for m in twin.finditer(x)] == want, (rx.pattern[:60], x)


def test_scan_reads_its_word_starts_from_the_units_gate():
    from kemensos_extract.extract import units

    text = "Sejak Maret 2019 dan triwulan IV 2020 menurut UUD 1945, sentra meraih penghargaan pada Juni 2021."
    scan = dates._Scan(text)
    assert scan.fast and scan.months == units._candidates(text)["date:month"] == [6, text.index("Juni")]
    assert scan.starts(dates._patterns().quarter) == [text.index("triwulan")]
