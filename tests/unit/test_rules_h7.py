"""Rules added from the seventh held-out set (budget and child-friendly awards, joint awards,
regional panti, rewrites of a one-unit award).  Every sentence here is new: none is from a gold text."""
from __future__ import annotations

import numpy as np

from kemensos_extract.corpus import stories
from kemensos_extract.pipeline import extract_text


def awards_rows(text: str) -> list[tuple[str, str, int | None, str | None]]:
    return sorted((s.attrs["award_family"], s.attrs["recipient_unit_key"], s.attrs["award_edition"],
                   s.attrs["innovation"]) for s in extract_text(text).spans["awards"])


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
    def fp(tokens: list[int], day: int) -> stories.Fingerprint:
        return stories.Fingerprint(tokens=np.array(sorted(tokens), np.uint32), n_tokens=len(tokens),
                                   date=(2024, 6, day), subjects=("gau-mabaji-gowa",), subjects_from_awards=True,
                                   sig=np.full(stories.NUM_PERM, day, np.uint32), n_shingles=len(tokens))

    a, b = list(range(100)), list(range(72, 172))  # Jaccard 0.163
    assert stories.same_story(fp(a, 6), fp(b, 6))[0]
    assert not stories.same_story(fp(a, 6), fp(b, 8))[0]  # two days apart: the usual threshold


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
