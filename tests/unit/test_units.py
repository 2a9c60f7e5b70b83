"""Units extractor: one test family per rule, on sentences of the genre."""
from __future__ import annotations

import time

import pytest

from kemensos_extract.extract import units
from kemensos_extract.extract.units import analyse, lookup, registry, slug
from kemensos_extract.pipeline import extract_text
from kemensos_extract.resources import load_csv


def keys(text: str, *, kinds: tuple[str, ...] = ("registry", "acronym", "shape", "shortref")) -> list[str]:
    return [k for mn, k in analyse(text) if mn.mention in kinds]


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(text[mn.start:mn.end], k, mn.mention) for mn, k in analyse(text)]


# ---------------------------------------------------------------------------
# registry data


def test_registry_keys_are_unique_slugs() -> None:
    rows = registry()
    ks = [r["key"] for r in rows]
    assert len(ks) == len(set(ks))
    assert len(rows) >= 40
    for r in rows:
        assert r["key"] == slug(r["key"])
        assert r["type"], r["key"]


def test_places_have_province() -> None:
    for p in load_csv("places.csv"):
        assert p["name"] and p["province"], p


# ---------------------------------------------------------------------------
# full names: head + descriptors + (ACR) + name + city


@pytest.mark.parametrize("sentence,key,span", [
    ('Keduanya adalah Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) Kartini di '
     'Temanggung dan Balai Rehabilitasi Sosial', "kartini-temanggung",
     "Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) Kartini di Temanggung"),
    ("Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus (BRSAMPK) Alyatam,  Jambi.",
     "alyatama-jambi", "Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus (BRSAMPK) Alyatam,  Jambi"),
    ("JAKARTA (9 Maret 2020) - Balai Anak Handayani Jakarta yang merupakan Unit Pelaksana Teknis (UPT)",
     "handayani-jakarta", "Balai Anak Handayani Jakarta"),
    ('Capaian berikutnya diraih Balai "Wasana Bahagia" di Ternate, Maluku Utara, yang menembus TOP 99 KIPP 2020.',
     "wasana-bahagia-ternate", 'Balai "Wasana Bahagia" di Ternate'),
    ("Kemudian pada tahun 2017, penghargaan serupa diberikan kepada Panti Sosial Bina Karya Pangudi Luhur, Bekasi, "
     "Jawa Barat, yang mengembangkan", "pangudi-luhur-bekasi", "Panti Sosial Bina Karya Pangudi Luhur, Bekasi"),
    ("Adapun balai diklat yang diusulkan ialah Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) "
     "Yogyakarta.", "bbppks-yogyakarta",
     "Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Yogyakarta"),
    ("Satker pertama yang meraihnya adalah Sekolah Tinggi Kesejahteraan Sosial (STKS) Bandung pada 2018",
     "stks-bandung", "Sekolah Tinggi Kesejahteraan Sosial (STKS) Bandung"),
    ("Dua unit di lingkungan Kementerian Sosial, yakni Pusat Data dan Informasi Kesejahteraan Sosial (Pusdatinkesos) dan",
     "pusdatinkesos", "Pusat Data dan Informasi Kesejahteraan Sosial (Pusdatinkesos)"),
    ("meninjau Sentra Terpadu \"Kartini\" di Kabupaten Temanggung, Jawa Tengah, Selasa (8/11/2022).",
     "kartini-temanggung", 'Sentra Terpadu "Kartini" di Kabupaten Temanggung'),
])
def test_full_names(sentence: str, key: str, span: str) -> None:
    got = mentions(sentence)
    assert (span, key, "registry") in got, got


# ---------------------------------------------------------------------------
# quoted names, city after a district


def test_quoted_names_and_district() -> None:
    s = ("Dua UPT Kemensos yang memperoleh penghargaan yaitu Sentra Terpadu Pangudi Luhur Bekasi yang dipimpin oleh "
         "I Ketut Supena dan Sentra Terpadu Inten Soeweno Cibinong, Bogor yang dipimpin oleh MO. Royani.")
    got = mentions(s)
    assert ("Sentra Terpadu Pangudi Luhur Bekasi", "pangudi-luhur-bekasi", "registry") in got
    assert ("Sentra Terpadu Inten Soeweno Cibinong, Bogor", "inten-soeweno-bogor", "registry") in got
    s2 = "khususnya di Sentra Terpadu \u201cInten Soeweno\u201d Bogor dan Sentra Terpadu \u201cPangudi Luhur\u201d Bekasi"
    assert keys(s2) == ["inten-soeweno-bogor", "pangudi-luhur-bekasi"]


@pytest.mark.parametrize("sentence,key", [
    ('Sentra Terpadu "Inten Suweno" Bogor dinobatkan sebagai penyelenggara pelayanan terbaik', "inten-soeweno-bogor"),
    ("Sentra Phala Martha Sukabumi untuk WBK", "phalamartha-sukabumi"),
    ('Sentra "Phalamartha" Sukabumi (WBK)', "phalamartha-sukabumi"),
    ('Sentra "Satria" di Baturaden (WBK)', "satria-baturaden"),
    ("Sentra Satria Baturraden", "satria-baturaden"),
])
def test_spelling_variants_share_a_key(sentence: str, key: str) -> None:
    assert keys(sentence)[:1] == [key]


# ---------------------------------------------------------------------------
# acronyms and acronym typos


@pytest.mark.parametrize("sentence", [
    "Seperti BBRRSPDI Kartini Temanggung, layanan penjangkuan yang dilakukannya, juga mendapat penghargaan",
    '1. "Mencapai Nol Kerentanan Penyandang Disabilitas Intelektual melalui Sheltered Workshop Peduli" oleh '
    'BBRRPDI "Kartini" Temanggung.',
    "merupakan program terobosan BBRSBG Kartini Temanggung berupa pemberian layanan di luar lembaga.",
    "BBRSPDI Kartini Temanggung menyampaikan program berjudul",
    'Pertama, BBRRSPDI "Kartini" Temanggung yang dinobatkan sebagai TOP 15 Kategori Khusus',
])
def test_typo_acronyms_are_one_unit(sentence: str) -> None:
    assert keys(sentence) == ["kartini-temanggung"]


@pytest.mark.parametrize("sentence", [
    "Kepala BBRRSPDI menyampaikan laporan.",     # typo acronym alone: no anchor
    "BBRSPDI menyampaikan laporan tahunan.",     # exact acronym alone: no name
])
def test_acronym_alone_is_not_a_unit(sentence: str) -> None:
    assert keys(sentence) == []


def test_city_keyed_acronym_typo_anchored_by_city() -> None:
    assert keys("BBPPPKS Bandung menggelar diklat pendamping PKH.") == ["bbppks-bandung"]
    assert keys("Kepala BBPPKS Makassar hadir.") == ["bbppks-makassar"]


@pytest.mark.parametrize("sentence,key", [
    ("Balai Besar Rehabilitasi Vokasional Penyandang Disabilitas (BBRVPD) Cibinong menggelar pelatihan",
     "inten-soeweno-bogor"),
    ("BBRVPD Cibinong menggelar pelatihan", "inten-soeweno-bogor"),
    ("Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual Temanggung", "kartini-temanggung"),
    ("PSBR Palembang ikut membina remaja putus sekolah.", "budi-perkasa-palembang"),
])
def test_unit_named_by_type_and_city(sentence: str, key: str) -> None:
    """Without its distinctive name, a type acronym + city names a unit when the pair is unambiguous."""
    assert keys(sentence) == [key]


def test_lower_case_head_needs_a_known_or_quoted_name() -> None:
    assert keys("kata kepala sentra Paramita, Sri Wahyuni.") == ["paramita-mataram"]
    assert keys("Ia meminta sentra lain dan balai di daerah ikut berbenah.") == []


# ---------------------------------------------------------------------------
# renames: old names map to the same key


def test_rename_alyatama() -> None:
    s = ("Panti Sosial Asuhan Anak (PSAA) Alyatama kemudian menjadi BRSAMPK Alyatama, lalu Sentra Alyatama di Jambi. "
         "Sejak 2007, PSAA Alyatama berinisitatif mengoptimalkan pelayanan.")
    assert set(keys(s)) == {"alyatama-jambi"}
    assert len(keys(s)) == 4


def test_rename_kartini_history() -> None:
    s = ('Cikal bakalnya adalah "Zwakzinnigenzorg Temanggoeng" yang didirikan keluarga Graafstal pada 15 September '
         "1904. Setelah kemerdekaan, lembaga itu beberapa kali berganti nama, antara lain menjadi Panti Asuhan Lemah "
         "Ingatan pada 1950. Belakangan ia dikenal sebagai Panti Sosial Bina Grahita (PSBG) Kartini, lalu Balai Besar "
         "Rehabilitasi Sosial Bina Grahita (BBRSBG) Kartini, kemudian Balai Besar Rehabilitasi Sosial Penyandang "
         "Disabilitas Intelektual (BBRSPDI) Kartini, sebelum bertransformasi menjadi Sentra Terpadu Kartini.")
    ks = keys(s)
    assert set(ks) == {"kartini-temanggung"} and len(ks) == 6


def test_rename_stks_poltekesos() -> None:
    s = ("Politeknik Kesejahteraan Sosial (Poltekesos) Bandung menegaskan komitmennya menjaga predikat WBK yang diraih "
         "kampus itu pada 2018, ketika masih bernama Sekolah Tinggi Kesejahteraan Sosial (STKS) Bandung.")
    assert keys(s) == ["stks-bandung", "stks-bandung"]


# ---------------------------------------------------------------------------
# a unit absent from the registry flows through by its shape


@pytest.mark.parametrize("sentence,key", [
    ('Sentra "Mandiri Sejahtera" Kupang menerima penghargaan Top 99 Inovasi.', "mandiri-sejahtera-kupang"),
    ("Kepala Sentra Mandiri Sejahtera di Kupang, Yohanes Lado, mengatakan", "mandiri-sejahtera-kupang"),
    ('Loka Rehabilitasi Sosial Anak "Seroja" Batam meraih predikat WBK.', "seroja-batam"),
    ("Panti Sosial Bina Netra Bhakti Candrasa Surakarta menerima kunjungan.", "bhakti-candrasa-surakarta"),
])
def test_unregistered_unit_by_shape(sentence: str, key: str) -> None:
    got = [(k, m) for _t, k, m in mentions(sentence)]
    assert got[0] == (key, "shape")


def test_unregistered_unit_short_references_share_its_key() -> None:
    s = ('Sentra "Mandiri Sejahtera" Kupang meraih penghargaan. Kepala sentra tersebut, Yohanes Lado, menyebut '
         "Mandiri Sejahtera melayani 300 lansia.")
    got = mentions(s)
    assert [k for _t, k, _m in got] == ["mandiri-sejahtera-kupang"] * 3
    assert [m for _t, _k, m in got] == ["shape", "shortref", "shortref"]


# ---------------------------------------------------------------------------
# short references


def test_short_references_link_to_the_named_unit() -> None:
    s = ('Penghargaan pertama diraih Balai Besar "Kartini" Temanggung, Jawa Tengah. Balai itu mengusung Sheltered '
         "Workshop Peduli. Di bawah nama-nama lamanya, Kartini mengoleksi sejumlah penghargaan.")
    got = mentions(s)
    assert [(t, m) for t, _k, m in got] == [('Balai Besar "Kartini" Temanggung', "registry"),
                                            ("Balai itu", "shortref"), ("Kartini", "shortref")]
    assert {k for _t, k, _m in got} == {"kartini-temanggung"}


def test_short_reference_without_antecedent_creates_nothing() -> None:
    assert keys("Hari Kartini diperingati setiap 21 April. Balai tersebut ramai.") == []
    assert keys("Saya bangga pada enam sentra ini.") == []


def test_head_plus_registry_core_without_city() -> None:
    s = "Pinter Melatih Anak Kobra, Cara Balai Handayani Memulihkan Anak Korban Radikalisme"
    assert keys(s) == ["handayani-jakarta"]
    s2 = "Kepala Sentra Paramita Sri Wahyuni Dewi saat dihubungi, Rabu (9/3/2022)."
    assert mentions(s2) == [("Sentra Paramita", "paramita-mataram", "registry")]


def test_listed_names_share_the_head() -> None:
    s = "Penghargaan diraih Sentra Handayani, Paramita, dan Phalamartha Sukabumi."
    assert keys(s) == ["handayani-jakarta", "paramita-mataram", "phalamartha-sukabumi"]


def test_unit_inside_a_person_title_is_a_unit() -> None:
    s = "Penghargaan diberikan langsung oleh Menteri PANRB Tjahjo Kumolo kepada Kepala Balai Anak Handayani Jakarta, Hasrifah Musa."
    assert keys(s) == ["handayani-jakarta"]


# ---------------------------------------------------------------------------
# not units


@pytest.mark.parametrize("sentence", [
    "Dua unit pelayanan teknis (UPT) di bawah Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial meraih prestasi",
    "Kepala Biro Hubungan Masyarakat Kementerian Sosial RI",
    "menerima penghargaan dari KemenPANRB di Hotel The Ritz Carlton, Jakarta.",
    "Workshop Hakordia yang digelar Inspektorat Jenderal bersama Badan Pendidikan, Penelitian dan Penyuluhan Sosial (BP3S)",
    "didampingi Bupati Temanggung H.M. Al Khadziq, Kepala BKKBN dr. Hasto Wardoyo",
    "kerja sama dengan Badan Nasional Penanggulangan Terorisme (BNPT), Densus 88, dan pemerintah daerah.",
    "Baca juga: Sentra Kemensos Diminta Buka Pintu untuk Semua Warga Rentan",
    "Wali Kota menerima tamu di Balai Kota Bekasi, Senin.",
    "Penghargaan diserahkan di Balai Kartini, Jakarta Selatan.",
    "Sentra Gakkumdu Kota Bekasi menerima laporan.",
    "Balai Besar Wilayah Sungai Citarum Bandung dan Balai Pemasyarakatan Kelas I Bandung",
    "34 Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) tingkat provinsi",
    "Pusdatin Kementerian Kesehatan merilis data.",
    "Awalnya, Kementerian Sosial menunjuk lima Sentra Terpadu/Sebtra untuk mengikuti evaluasi",
    "Pasien dirujuk ke RS Ortopedi Prof. Dr. R. Soeharso Surakarta.",
    "Peringatan Hari Kartini mengenang perjuangan R.A. Kartini.",
])
def test_not_units(sentence: str) -> None:
    # the whole pipeline: central units (Ditjen, Itjen, Biro) are candidates of the units stage,
    # kept only where an award goes to them
    from kemensos_extract.pipeline import extract_text

    assert [s.value for s in extract_text(sentence).spans["units"]] == [], mentions(sentence)


def test_venue_next_to_a_unit() -> None:
    s = "Penghargaan diserahkan di Balai Kartini, Jakarta, kepada Sentra Terpadu Kartini Temanggung."
    assert mentions(s) == [("Sentra Terpadu Kartini Temanggung", "kartini-temanggung", "registry")]


# ---------------------------------------------------------------------------
# pipeline contract, API, robustness


def test_spans_in_document() -> None:
    doc = extract_text("JAKARTA (16 Desember 2020) \u2013 Capaian pertama datang dari Balai Besar Rehabilitasi Sosial "
                       'Penyandang Disabilitas Intelektual (BBRSPDI) "Kartini" Temanggung. Balai besar ini masuk TOP 15.')
    spans = doc.spans["units"]
    assert spans
    for sp in spans:
        assert sp.text == doc.text[sp.start:sp.end]
        for a in ("unit_key", "unit_name", "unit_type", "city", "province", "mention"):
            assert a in sp.attrs
    first = spans[0].attrs
    assert first["unit_key"] == "kartini-temanggung"
    assert first["unit_name"] == "Sentra Terpadu Kartini di Temanggung"
    assert first["province"] == "Jawa Tengah"
    assert first["written_type"] == "balai besar"
    assert spans[-1].attrs["mention"] == "shortref"


@pytest.mark.parametrize("name,key", [
    ("BRSAMPK Alyatama", "alyatama-jambi"),
    ('Sentra Terpadu "Inten Suweno" Bogor', "inten-soeweno-bogor"),
    ("Pusdatinkesos", "pusdatinkesos"),
    ("Kartini", "kartini-temanggung"),
    ("BBRRSPDI Kartini", "kartini-temanggung"),
    ("STKS Bandung", "stks-bandung"),
])
def test_lookup(name: str, key: str) -> None:
    row = lookup(name)
    assert row is not None and row["key"] == key


@pytest.mark.parametrize("name", ["Hotel Sultan", "Balai Kota", "Dinas Sosial", ""])
def test_lookup_none(name: str) -> None:
    assert lookup(name) is None


@pytest.mark.parametrize("text", [
    "BALAI SENTRA BBRSPDI " * 5000,
    "A" * 200_000,
    "." * 200_000,
    "Balai Besar Rehabilitasi Sosial Anak " * 3000,
    "Balai (" * 20000,
    " ".join(["BRSAMPKX"] * 20000),
    ('Sentra "' + "x" * 50) * 2000,
])
def test_pathological_inputs_are_fast(text: str) -> None:
    t0 = time.perf_counter()
    analyse(text)
    assert time.perf_counter() - t0 < 5.0


def test_module_has_no_per_document_compiles() -> None:
    import inspect

    src = inspect.getsource(units.extract) + inspect.getsource(units.analyse)
    assert "re.compile" not in src


# ---------------------------------------------------------------------------
# speed paths: the gated scan and the `re` twins give exactly what `regex` gives

import re  # noqa: E402

import regex as _regex  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SCAN_TEXTS = [
    "Sentra Terpadu Pangudi Luhur Bekasi dan balai tersebut; BALAI BESAR Kartini, sentra ini.",
    "Pusat Data dan Informasi Kesejahteraan Sosial (Pusdatinkesos) - STKS Bandung, Panti Sosial Budi Luhur",
    "x_Sentra Sentra_ 3Balai balai3 (balai) \"Phala Martha\" Phala-Martha Phalamartha PHALA.MARTHA",
    "Sentra\nTerpadu Inten Soeweno\n\nBalai  Besar\tRehabilitasi loka ini sentra   itu",
    "Caf\u00e9 Sentra \u00c9fata Balai\u00a0Besar na\u00efve Kartini",
    "\u0130nten Suweno sentra \u017fentra \u212aartini Balai",  # letters that fold to ASCII
    "", "balai", "Sentra" * 50, "KemenSos sentra-sentra Panti-panti",
]


@pytest.mark.parametrize("text", _SCAN_TEXTS)
@pytest.mark.parametrize("kind", ["head", "core", "alias", "anaphor"])
def test_gated_scan_equals_finditer(text: str, kind: str) -> None:
    rx = units._gate().exact[kind]
    assert [m.span() for m in units._scan(text, kind)] == [m.span() for m in rx.finditer(text)]


def test_letters_that_fold_to_ascii_are_known() -> None:
    """The gate scans a lower-cased ASCII view: every other letter that `regex` (?i) equates with
    an ASCII one, or whose lower case changes the length, must send the text down the exact path."""
    rx = _regex.compile(r"(?i)[a-z0-9_]")
    found = set()
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        if rx.match(ch) or len(ch.lower()) != 1:
            found.add(ch)
    assert found <= units._FOLDS_TO_ASCII


def test_ascii_classes_equal_unicode_classes_on_ascii() -> None:
    for name, uni in units._UNICODE_CLASSES.items():
        asc = units._ASCII_CLASSES[name]
        if name in ("<w>", "<s>"):  # used inside brackets
            uni, asc = f"[{uni}]", f"[{asc}]"
        for i in range(128):
            assert bool(_regex.fullmatch(uni, chr(i))) == bool(re.fullmatch(asc, chr(i))), (name, i)


_PAT_NAMES = ["word", "paren_acr", "quoted", "sep", "comma", "title_dot", "place_prefix", "spaces", "words",
              "prev_word", "prev_token"]
_ASCII = st.lists(st.sampled_from(list(" \t\n\x0b\x0c\r\x1c\x1f.,-'\"()_aZ9dikKoa")
                                  + ["di ", "Kota ", "Kab. ", "Sentra", "balai", "ini", "Pangudi", "STKS"]),
                  max_size=20).map("".join)


@settings(max_examples=300, deadline=None)
@given(_ASCII, st.integers(0, 5))
def test_fast_patterns_equal_exact_on_ascii(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    for name in _PAT_NAMES:
        fast, exact = getattr(units._FAST, name), getattr(units._EXACT, name)
        a, b = fast.match(text, pos), exact.match(text, pos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), name
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in exact.finditer(text)], name
    for k in range(1, 6):
        a, b = units._FAST.multiword[k].match(text, pos), units._EXACT.multiword[k].match(text, pos)
        assert (a and a.span()) == (b and b.span())
    for kind, twin in units._gate().fast.items():
        if twin is not None:
            exact = units._gate().exact[kind]
            assert [m.span() for m in twin.finditer(text)] == [m.span() for m in exact.finditer(text)], kind


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(" \t\n.,-'\"()_aZ9dK") + ["BBRSPDI", "STKS", "Ab", "A1", "ABC_", "X" * 13, "UPT"]),
                max_size=25).map("".join))
def test_acronym_token_byte_scan_equals_finditer(text: str) -> None:
    assert units._acronym_tokens(text) == [m.span() for m in units._ACR_TOKEN_RX.finditer(text)]
    assert units._acronym_tokens(text + " Kafé BBRSPDI") == [m.span() for m in
                                                            units._ACR_TOKEN_RX.finditer(text + " Kafé BBRSPDI")]


def test_gate_pass_also_finds_the_word_starts_of_dates_and_counts() -> None:
    """One pass serves units, dates and counts: their kinds are in it, at word starts only."""
    text = "Sejak Maret 2019, sentra menyalurkan tiga kursi roda (1,2 juta) pada triwulan IV; smaret ketiga UUD 1945."
    found = units._candidates(text)
    assert found is not None
    assert found["date:month"] == [text.index("Maret")]
    assert found["date:quarter"] == [text.index("triwulan")]
    assert found["date:cit_year"] == [text.index("UUD")]
    assert text.index("tiga") in found["count:starter"] and text.index("ketiga") not in found["count:starter"]
    assert found["count:scale"] == [text.index("juta")]


def test_gate_lists_citation_cues_before_a_non_letter_only() -> None:
    """Dates' citation cue keys end in a space (read by a look-ahead): "No." / "UU" / "PP96" are listed, a cue
    that goes on with a letter is not, and the space is left to the next word ("UU No." lists both)."""
    text = "Sesuai UU No. 25/2009, Nomor 47 Tahun 2019, PP96/2012 dan SE: nomorx, UUX, Pertama, perlu."
    found = units._candidates(text)
    assert found is not None
    want = [text.index(w) for w in ("UU No", "No.", "Nomor 47", "PP96", "SE:")]
    assert found["date:cit"] == want
    assert found["date:month"] == [] and text.index("Nomor") not in found["date:month"]
