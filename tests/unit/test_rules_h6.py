"""Rules added from the sixth and seventh held-out sets (central units as recipients, awards of other
bodies and awards no family knows, joint awards, editions in words, rewrites of one ceremony).
Every sentence here is new: none is taken from a gold text."""
from __future__ import annotations

import numpy as np
import pytest

from kemensos_extract.corpus import stories
from kemensos_extract.extract.units import analyse, recipient_only_keys
from kemensos_extract.pipeline import extract_text


def story_fp(tokens: list[int], subjects: tuple[str, ...], date: tuple[int, int, int]) -> stories.Fingerprint:
    """A fingerprint whose signature no other shares (containment 0): only the word overlap decides."""
    return stories.Fingerprint(tokens=np.array(sorted(tokens), np.uint32), n_tokens=len(tokens), date=date,
                               subjects=subjects, subjects_from_awards=True,
                               sig=np.full(stories.NUM_PERM, date[2], np.uint32), n_shingles=len(tokens))


def units_of(text: str) -> list[str]:
    return sorted({s.value for s in extract_text(text).spans["units"]})


def awards_of(text: str) -> list[tuple[str, str]]:
    return sorted({(s.attrs["award_family"], s.attrs["recipient_unit_key"]) for s in extract_text(text).spans["awards"]})


def test_central_units_are_registry_data() -> None:
    assert {"inspektorat-jenderal", "ditjen-rehsos", "bp3s", "biro-humas"} <= recipient_only_keys()
    assert "pusdatinkesos" not in recipient_only_keys()  # Pusdatin is a unit wherever it is named


@pytest.mark.parametrize("text", [
    "Kompetisi diikuti BP3S dan Inspektorat Jenderal.",
    "Sebanyak 9 UPT di bawah Direktorat Jenderal Rehabilitasi Sosial meraih Top 99 Inovasi Pelayanan Publik 2019.",
    "Biro Hubungan Masyarakat Kementerian Sosial menyusun catatan penghargaan yang diraih unit-unit Kemensos "
    "pada Evaluasi Kinerja Pelayanan Publik 2023.",
    "Laporan disampaikan Sekretaris Ditjen Rehsos dalam rapat koordinasi.",
])
def test_central_unit_that_receives_nothing_is_no_unit(text: str) -> None:
    assert not set(units_of(text)) & recipient_only_keys()
    assert not {k for _, k in awards_of(text)} & recipient_only_keys()


@pytest.mark.parametrize("text, expected", [
    # active voice: the unit, its apposition, an award verb, the award
    ("Biro Hukum (Rohum) Kementerian Sosial meraih predikat Wilayah Bebas dari Korupsi (WBK) tahun 2023.",
     [("zona-integritas-wbk", "biro-hukum")]),
    # passive: a list of recipients after "kepada"
    ("Predikat WBK 2021 diberikan kepada Biro Keuangan, Ditjen Pemberdayaan Sosial, serta Sentra \"Mulya Jaya\" Jakarta.",
     [("zona-integritas-wbk", "biro-keuangan"), ("zona-integritas-wbk", "ditjen-dayasos"),
      ("zona-integritas-wbk", "mulya-jaya-jakarta")]),
])
def test_central_unit_as_recipient(text: str, expected: list[tuple[str, str]]) -> None:
    assert awards_of(text) == expected
    assert {k for _, k in expected} <= set(units_of(text))


def test_central_unit_opening_a_list_item() -> None:
    text = ("Penghargaan Kearsipan Tahun 2022 diberikan kepada:\n\n"
            "- Inspektorat Jenderal — Unit Pengolah Terbaik, kategori A;\n"
            "- Sentra Terpadu \"Pangudi Luhur\" Bekasi — UPT Terbaik, kategori A.\n")
    assert awards_of(text) == [("kearsipan", "inspektorat-jenderal"), ("kearsipan", "pangudi-luhur-bekasi")]


@pytest.mark.parametrize("text, family", [
    ("Sentra Terpadu Kartini di Temanggung meraih SDGs Action Awards 2022 untuk program pemberdayaan.", "sdgs-action"),
    ("Biro Humas Kemensos meraih Juara II Anugerah Media Humas 2021 kategori Website.", "anugerah-media-humas"),
    ("Sentra \"Mulya Jaya\" Jakarta menerima Penghargaan Kearsipan Tahun 2023 dari ANRI.", "kearsipan"),
])
def test_awards_of_other_bodies(text: str, family: str) -> None:
    assert [f for f, _ in awards_of(text)] == [family]


def test_comma_in_a_registered_name_is_optional() -> None:
    for text in ("Badan Pendidikan, Penelitian dan Penyuluhan Sosial membuka kelas.",
                 "Badan Pendidikan Penelitian dan Penyuluhan Sosial membuka kelas."):
        assert [k for _, k in analyse(text)] == ["bp3s"]


def test_passive_award_binds_before_a_later_award() -> None:
    text = ("Predikat WBBM diraih Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) "
            "Kartini Temanggung, tiga tahun setelah balai itu meraih predikat WBK pada 2019.")
    assert awards_of(text) == [("zona-integritas-wbbm", "kartini-temanggung"), ("zona-integritas-wbk", "kartini-temanggung")]


def test_naik_kelas_with_an_award_verb_is_achieved() -> None:
    assert awards_of('Sentra "Mulya Jaya" Jakarta naik kelas dengan meraih predikat WBBM.') == [
        ("zona-integritas-wbbm", "mulya-jaya-jakarta")]
    assert awards_of('Sentra "Mulya Jaya" Jakarta ingin naik kelas ke predikat WBBM.') == []


def test_ordinal_in_a_headline_is_no_unit_name() -> None:
    assert units_of("Kartini Jadi Sentra Kedua di Temanggung yang Raih WBBM\n\nIsi berita.") == []


def test_byline_with_time_stamp_gives_the_publication_date() -> None:
    doc = extract_text("Judul Berita Sentra\n\nOleh: Rina Wulandari | Senin, 2 Juni 2025 - 08:10 WIB\n\n"
                       "BEKASI - Isi berita pertama.")
    assert doc.dateline is not None and doc.dateline.date == "2025-06-02"


def people_of(text: str) -> list[tuple[str, str]]:
    doc = extract_text("Judul Berita\n\nJAKARTA - Pembuka berita. " + text)
    return [(s.attrs.get("name"), s.attrs.get("position")) for s in doc.spans["people"]]


@pytest.mark.parametrize("text, expected", [
    ("Piagam diserahkan Menteri Komunikasi dan Informatika Rudi Hartanto di Jakarta.",
     [("Rudi Hartanto", "Menteri Komunikasi dan Informatika")]),
    ("Analis Kebijakan Ahli Madya, Sri Wulandari Putri, menyebut kajian selesai.",
     [("Sri Wulandari Putri", "Analis Kebijakan Ahli Madya")]),
    ("Acara dihadiri Raja Negeri Tulehu, Yusuf Ohorella, dan para tetua adat.",
     [("Yusuf Ohorella", "Raja Negeri Tulehu")]),
    ("Salah seorang nelayan, Kang Asep Saepudin (45), mengaku kini bisa melaut lagi.",
     [("Asep Saepudin", "nelayan")]),
])
def test_people_titles_roles_and_address_forms(text: str, expected: list[tuple[str, str]]) -> None:
    got = people_of(text)
    assert [(n.removeprefix("Kang "), p) for n, p in got] == expected


def test_title_word_that_is_also_a_name_word() -> None:
    assert [n for n, _ in people_of('"Kami bangga," kata Raja Nurhayati Said.')] == ["Raja Nurhayati Said"]


def test_village_after_warga_is_no_person() -> None:
    assert people_of("Salah satu penerima, Siti Aminah (60), warga Negeri Hitu, datang bersama cucunya.") == [
        ("Siti Aminah", "penerima")]


def test_rewrites_of_one_multi_unit_award_need_less_shared_wording() -> None:
    # 28 of 172 content words shared (0.163): below T_DATED, above T_SHARED_AWARDS
    a_tokens, b_tokens = list(range(0, 100)), list(range(72, 172))
    both = ("mulya-jaya-jakarta", "pangudi-luhur-bekasi")
    ok, info = stories.same_story(story_fp(a_tokens, both + ("biro-humas",), (2024, 12, 11)),
                                  story_fp(b_tokens, both, (2024, 12, 12)))
    assert ok and stories.T_SHARED_AWARDS <= info["jaccard"] < stories.T_DATED
    ok, _ = stories.same_story(story_fp(a_tokens, both[:1], (2024, 12, 11)), story_fp(b_tokens, both, (2024, 12, 13)))
    assert not ok  # one shared recipient two days apart is not enough


def awards_rows(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return sorted((s.attrs["award_family"], s.attrs["recipient_unit_key"], s.attrs["award_edition"],
                   s.attrs["innovation"]) for s in extract_text(text).spans["awards"])


def test_central_unit_referred_back_as_subject_of_an_award_verb() -> None:
    text = ("JAKARTA - Biro Hukum Kemensos meraih Anugerah Media Humas 2022.\n\n"
            "Sebelumnya, pada AMH 2020, biro yang sama meraih Juara III kategori Media Sosial.")
    assert [(f, k, y) for f, k, y, _ in awards_rows(text)] == [
        ("anugerah-media-humas", "biro-hukum", 2020), ("anugerah-media-humas", "biro-hukum", 2022)]


def test_month_lalu_dates_the_award_against_the_release() -> None:
    text = ("JAKARTA, 10 Maret 2025 - Isi berita.\n\n"
            "Sentra \"Mulya Jaya\" Jakarta menyandang predikat WBK yang diraih November lalu.")
    assert [(f, y) for f, _, y, _ in awards_rows(text)] == [("zona-integritas-wbk", 2024)]


def test_top_n_lists_of_one_competition_share_its_edition_and_owner_names_the_innovation() -> None:
    text = ("BANDUNG, 3 Oktober 2023 - Sentra \"Wyataguna\" Bandung masuk Top 45 KIPP 2023.\n\n"
            "Dari Kemensos, inovasi lain yang masuk daftar adalah BERKAH (Bersama Kawal Anak Hebat) milik "
            "Sentra \"Mulya Jaya\" Jakarta, yang berada di kelompok Top 99.")
    rows = awards_rows(text)
    assert ("top99-inovasi", "mulya-jaya-jakarta", 2023, "BERKAH (Bersama Kawal Anak Hebat)") in rows


def test_a_bare_year_and_square_metres_are_no_counts() -> None:
    doc = extract_text("JAKARTA - Sentra meraih Anugerah Media Humas (AMH) 2022 kategori Website. "
                       "Gedung seluas 850 m² itu menampung 2.023 peserta.")
    assert [(s.value, s.attrs.get("counted")) for s in doc.spans["counts"]] == [(2023, "peserta")]


def test_elderly_friendly_service_award() -> None:
    assert awards_of('Sentra "Mulya Jaya" Jakarta menerima Penghargaan Pelayanan Ramah Lanjut Usia 2023 dari gubernur.') == [
        ("ramah-lansia", "mulya-jaya-jakarta")]


# ---- seventh held-out set

def test_budget_execution_award() -> None:
    text = ("PADANG, 20 Januari 2024 - Sentra \"Mulya Jaya\" Jakarta menerima penghargaan Indikator Kinerja "
            "Pelaksanaan Anggaran (IKPA) Tahun 2023 dari Kanwil DJPb.")
    assert [(f, k, y) for f, k, y, _ in awards_rows(text)] == [("ikpa", "mulya-jaya-jakarta", 2023)]


def test_joint_award_innovation_named_for_both_units() -> None:
    text = ("MEDAN, 1 Agustus 2024 - Sentra \"Bahagia\" Medan dan Sentra \"Insyaf\" Sumatera Utara meraih "
            "Penghargaan Layanan Ramah Anak 2024. Kedua sentra dinilai unggul lewat program TEMAN HATI "
            "(Temani Anak Hadapi Trauma).")
    rows = awards_rows(text)
    assert {(f, k) for f, k, _, _ in rows} == {("ramah-anak", "bahagia-medan"), ("ramah-anak", "insyaf-medan")}
    assert all(i and "TEMAN HATI" in i for *_, i in rows)


def test_panti_of_a_regional_government_is_no_kemensos_unit() -> None:
    doc = extract_text("JAKARTA - Penghargaan juga diterima UPT Panti Sosial Bina Remaja \"Harapan Kita\" milik "
                       "Pemerintah Provinsi Jambi.")
    assert doc.spans["units"] == [] and doc.spans["awards"] == []


def test_same_recipients_a_day_apart_join_at_the_lower_threshold() -> None:
    a, b, one = list(range(100)), list(range(72, 172)), ("gau-mabaji-gowa",)  # Jaccard 0.163
    assert stories.same_story(story_fp(a, one, (2024, 6, 6)), story_fp(b, one, (2024, 6, 6)))[0]
    assert not stories.same_story(story_fp(a, one, (2024, 6, 6)), story_fp(b, one, (2024, 6, 8)))[0]  # 2 days


def test_consecutive_years_add_the_earlier_editions_to_the_unit_named_before() -> None:
    text = ("JAMBI, 5 Maret 2025 - Sentra \"Mulya Jaya\" Jakarta dan Sentra \"Alyatama\" Jambi menerima "
            "penghargaan IKPA Tahun 2024. Alyatama meraih penghargaan IKPA tiga tahun berturut-turut.")
    got = {(k, y) for f, k, y, _ in awards_rows(text) if f == "ikpa"}
    assert got == {("mulya-jaya-jakarta", 2024), ("alyatama-jambi", 2024), ("alyatama-jambi", 2023),
                   ("alyatama-jambi", 2022)}


def test_hijri_day_is_no_count_and_a_name_with_a_degree_is_no_unit() -> None:
    doc = extract_text("JAKARTA - Acara digelar Senin (3/3) atau 3 Ramadan 1446 H. Kepala Sentra "
                       "Hotma Uli Sinaga, S.Sos., M.Si., membuka acara.")
    assert doc.spans["counts"] == []
    assert doc.spans["units"] == []
    assert [s.attrs["name"] for s in doc.spans["people"]] == ["Hotma Uli Sinaga"]


def test_ordinal_award_after_listed_years_adds_those_editions() -> None:
    text = ("JAMBI, 5 Maret 2025 - Sentra \"Alyatama\" Jambi kembali meraih predikat zona hijau Ombudsman "
            "Tahun 2024.\n\nBagi sentra rehabilitasi itu, ini zona hijau keempat setelah penilaian 2019, "
            "2021 dan 2022.")
    assert sorted(y for *_, y, _ in awards_rows(text)) == [2019, 2021, 2022, 2024]


def test_quoted_unit_head_kami_received_last_year() -> None:
    text = ("MEDAN, ANTARANEWS - Sentra \"Bahagia\" Medan membuka asrama baru, Jumat (7/6/2024).\n\n"
            "Kepala Sentra Bahagia, Rudi Hartono, mengatakan asrama dibangun sesuai standar. \"Tahun lalu kami "
            "meraih penghargaan sarana dan prasarana ramah kelompok rentan dari Kementerian PANRB,\" katanya.")
    assert [(f, k, y) for f, k, y, _ in awards_rows(text)] == [("sarpras-ramah-rentan", "bahagia-medan", 2023)]


def test_sentra_milik_kemensos_ini_refers_back() -> None:
    text = ("KUPANG, 25 Januari 2025 - Di aula Sentra \"Efata\" Kupang, pegawai berkumpul.\n\n"
            "Kerja keras itu mengantar sentra milik Kementerian Sosial ini meraih penghargaan IKPA Tahun 2024.")
    assert [(f, k, y) for f, k, y, _ in awards_rows(text)] == [("ikpa", "efata-kupang", 2024)]


def test_two_word_village_name_is_no_person() -> None:
    doc = extract_text("Judul\n\nPADANG - Pembuka. Salah seorang penerima, Nurhayati (70), warga Kelurahan "
                       "Koto Tangah, menerima paket.")
    assert [s.attrs["name"] for s in doc.spans["people"]] == ["Nurhayati"]


def test_award_no_family_knows_is_kept_by_its_written_name() -> None:
    text = ("KUPANG, 24 Januari 2025 - Sentra \"Efata\" Kupang meraih Anugerah Humas Indonesia (AHI) 2024 "
            "dari sebuah majalah.")
    doc = extract_text(text)
    [a] = doc.spans["awards"]
    assert a.attrs["award_family"].startswith("named-")
    assert (a.attrs["award_name"], a.attrs["recipient_unit_key"], a.attrs["award_edition"]) == (
        "Anugerah Humas Indonesia (AHI)", "efata-kupang", 2024)


def test_generic_award_names_skip_givers_and_personal_awards() -> None:
    for text in ("JAKARTA - Sentra \"Efata\" Kupang menerima Penghargaan Kementerian Sosial 2024.",
                 "JAKARTA - Pegawai Sentra \"Efata\" Kupang meraih Penghargaan Pekerja Sosial Teladan 2024."):
        assert extract_text(text).spans["awards"] == []


def test_name_with_age_in_brackets_is_a_person_with_the_role_after_it() -> None:
    assert people_of("Di dapur umum, Sri Rahayu Lestari (52), pedagang sayur, ikut memasak.") == [
        ("Sri Rahayu Lestari", "pedagang sayur")]
    assert people_of("Sebanyak 40 anak dari Kota Bekasi (12) ikut lomba.") == []


def test_generic_award_names_stay_on_their_line_and_key_by_acronym() -> None:
    from kemensos_extract.extract.awards import _named_awards

    def names(t: str) -> list[tuple[str, str]]:
        return [(t[a:b], k) for a, b, k, _ in _named_awards(t)]

    assert names("Raih Penghargaan Pengelolaan BMN\n\nJAKARTA - isi") == [
        ("Penghargaan Pengelolaan BMN", "named-bmn")]
    assert names("menerima Penghargaan Pengelolaan Barang Milik Negara (BMN) Tahun 2024") == [
        ("Penghargaan Pengelolaan Barang Milik Negara (BMN)", "named-bmn")]
    assert names("meraih Anugerah Humas Indonesia dan Penghargaan Zero Accident 2025") == [
        ("Anugerah Humas Indonesia", "named-humas-indonesia"), ("Penghargaan Zero Accident", "named-zero-accident")]
    assert names("masuk penghargaan Top 570 Inovasi Pelayanan Publik") == []


def test_generic_award_name_comes_from_its_own_document() -> None:
    # the headline's short spelling and the body's full one: the fullest spelling of this document
    text = ("Itjen Beri Penghargaan PKP Terbaik kepada UPT\n\nJAKARTA (9 Desember 2024) - Inspektorat Jenderal "
            "menganugerahkan Penghargaan Pengelolaan Keuangan Prima (PKP) Terbaik Tahun 2024 kepada dua unit "
            "pelaksana teknis. Sentra \"Mulya Jaya\" Jakarta meraih Terbaik I, dan Sentra \"Efata\" Kupang Terbaik II.")
    rows = sorted((s.attrs["award_name"], s.attrs["recipient_unit_key"], s.attrs["award_edition"])
                  for s in extract_text(text).spans["awards"])
    assert rows == [("Penghargaan Pengelolaan Keuangan Prima (PKP)", "efata-kupang", 2024),
                    ("Penghargaan Pengelolaan Keuangan Prima (PKP)", "mulya-jaya-jakarta", 2024)]
    # the giver is no recipient, and no central unit of the text is left without an award
    assert "inspektorat-jenderal" not in {s.value for s in extract_text(text).spans["units"]}
    other = extract_text("JAKARTA - Sentra \"Efata\" Kupang meraih Penghargaan Perpustakaan Ramah Tunanetra 2023.")
    assert [s.attrs["award_name"] for s in other.spans["awards"]] == ["Penghargaan Perpustakaan Ramah Tunanetra"]


def test_friendly_service_awards_name_the_programme_behind_them() -> None:
    text = ("GOWA, 6 Juni 2024 - Sentra \"Gau Mabaji\" Gowa meraih Penghargaan Layanan Ramah Lansia 2024.\n\n"
            "Gau Mabaji dinilai unggul lewat Rumah Bugar Lansia, layanan senam dan periksa kesehatan di desa.")
    assert [i for *_, i in awards_rows(text)] == ["Rumah Bugar Lansia"]


def test_undated_rewrite_with_the_same_award_recipients() -> None:
    a, b = list(range(100)), list(range(65, 165))  # Jaccard 0.212: below T_UNDATED, above the shared threshold
    two = ("meohai-kendari", "wirajaya-makassar")
    fa, fb = story_fp(a, two, (2024, 9, 19)), story_fp(b, two, (2024, 9, 20))  # other signatures
    fb.date = None
    assert stories.same_story(fa, fb)[0]
    fb.subjects = two[:1]
    assert not stories.same_story(fa, fb)[0]


def test_bracketed_retired_rank_between_title_and_name() -> None:
    assert people_of("Piala diserahkan Penjabat Gubernur Jawa Timur Irjen Pol. (Purn.) Bambang Hartono di Surabaya.") == [
        ("Bambang Hartono", "Pj. Gubernur Jawa Timur")]
