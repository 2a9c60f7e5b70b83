"""People extractor: cues, look-alikes, name cleaning, within-document resolution.

Sentences are real ones from the genre (Kemensos releases and their reprints).
"""
from __future__ import annotations

import time

import pytest

from kemensos_extract.extract import people
from kemensos_extract.pipeline import extract_text

BODY = "JAKARTA (9 Maret 2020) - "


def run(text: str, headline: bool = False):
    doc = extract_text(text if headline else BODY + text, "t")
    return doc, doc.spans["people"]


def persons(text: str) -> dict[str, str]:
    """name -> position for every person row."""
    _, spans = run(text)
    return {s.attrs["name"]: s.attrs["position"] for s in spans}


def norm(s: str) -> str:
    return " ".join(s.lower().replace(".", " ").replace(",", " ").split())


# ---------------------------------------------------------------------------- cues
@pytest.mark.parametrize("text,name,pos", [
    # title before the name
    ("Penghargaan diberikan langsung oleh Menteri PANRB Tjahjo Kumolo kepada Kepala Balai Anak Handayani Jakarta, Hasrifah Musa.",
     "Tjahjo Kumolo", "Menteri PANRB"),
    ("Penghargaan diberikan langsung oleh Menteri PANRB Tjahjo Kumolo kepada Kepala Balai Anak Handayani Jakarta, Hasrifah Musa.",
     "Hasrifah Musa", "Kepala Balai Anak Handayani Jakarta"),
    ("Sekretaris Jenderal Kementerian Sosial RI Hartono Laras bangga dan menyambut baik penghargaan ini.",
     "Hartono Laras", "Sekretaris Jenderal Kementerian Sosial"),
    ("Penghargaan diterima Sekretaris Jenderal Kemensos Robben Rico.", "Robben Rico",
     "Sekretaris Jenderal Kementerian Sosial"),
    ("Plt. Sekretaris Jenderal Kemensos Robben Rico hadir dan memberikan apresiasi.", "Robben Rico",
     "Plt. Sekretaris Jenderal Kementerian Sosial"),
    ("Deputi Bidang Pelayanan Publik Kementerian PANRB, Diah Natalisa, mengatakan proses evaluasi berjalan.",
     "Diah Natalisa", "Deputi Bidang Pelayanan Publik Kementerian PANRB"),
    ("Menteri Sosial Tri Rismaharini melalui Direktur Jenderal Rehabilitasi Sosial Pepen Nazaruddin menanggapi penghargaan tersebut.",
     "Pepen Nazaruddin", "Direktur Jenderal Rehabilitasi Sosial"),
    ("Menteri Sosial Tri Rismaharini melalui Direktur Jenderal Rehabilitasi Sosial Pepen Nazaruddin menanggapi penghargaan tersebut.",
     "Tri Rismaharini", "Menteri Sosial"),
    ("Adapun kegiatan ini juga dihadiri oleh Sekretaris Jenderal Kementerian Sosial Hartono Laras dan Kepala Biro Organisasi dan Kepegawaian Amin Raharjo.",
     "Amin Raharjo", "Kepala Biro Organisasi dan Kepegawaian"),
    ("Menteri Sosial Ad Interim Muhadjir Effendy memberikan apresiasi atas capaian tersebut.",
     "Muhadjir Effendy", "Menteri Sosial Ad Interim"),
    ("Inspektur Jenderal Kemensos Dadang Iskandar mengatakan keberhasilan itu harus diikuti satker lain.",
     "Dadang Iskandar", "Inspektur Jenderal Kementerian Sosial"),
    ("Kegiatan dibuka Menteri PANRB Abdullah Azwar Anas dan dihadiri Wakil Presiden Ma'ruf Amin.",
     "Ma'ruf Amin", "Wakil Presiden"),
    ("Acara dibuka Menteri PANRB Abdullah Azwar Anas dan dihadiri Wapres Ma’ruf Amin.",
     "Ma'ruf Amin", "Wakil Presiden"),
    ("Predikat itu diterima langsung dari Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Syafruddin.",
     "Syafruddin", "Menteri PANRB"),
    ("Di Gelora Joko Samudro, Gresik, Menteri PAN-RB Asman Abnur menyerahkan piagam itu ke tangan Menteri Sosial Khofifah Indar Parawansa.",
     "Asman Abnur", "Menteri PANRB"),
    ("Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK) Prof. Dr. Muhadjir Effendy, M.A.P. meninjau Sentra Terpadu \"Kartini\".",
     "Muhadjir Effendy", "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan"),
    ("Ia didampingi Bupati Temanggung H.M. Al Khadziq, Kepala BKKBN dr. Hasto Wardoyo, Sp.OG(K), serta Dirjen Perlindungan dan Jaminan Sosial Kemensos Pepen Nazaruddin.",
     "Al Khadziq", "Bupati Temanggung"),
    ("Ia didampingi Bupati Temanggung H.M. Al Khadziq, Kepala BKKBN dr. Hasto Wardoyo, Sp.OG(K), serta Dirjen Perlindungan dan Jaminan Sosial Kemensos Pepen Nazaruddin.",
     "Hasto Wardoyo", "Kepala BKKBN"),
    ("Ia didampingi Bupati Temanggung H.M. Al Khadziq, Kepala BKKBN dr. Hasto Wardoyo, Sp.OG(K), serta Dirjen Perlindungan dan Jaminan Sosial Kemensos Pepen Nazaruddin.",
     "Pepen Nazaruddin", "Direktur Jenderal Perlindungan dan Jaminan Sosial Kementerian Sosial"),
    ("Kepala Sentra Paramita, Hj. Sri Wahyuni Dewi, S.Sos., M.Si., mengatakan tim penilai datang langsung.",
     "Sri Wahyuni Dewi", "Kepala Sentra Paramita"),
    ("Direktur Poltekesos Bandung, Dr. Suhendar Wiradinata, M.Si., menyebut perubahan nama tidak boleh mengubah budaya kerja.",
     "Suhendar Wiradinata", "Direktur Poltekesos Bandung"),
    ("Kepala Sentra Terpadu Kartini, Juena Br. Sitepu, menyebut pasangan muda kini termasuk kelompok dampingan.",
     "Juena Br. Sitepu", "Kepala Sentra Terpadu Kartini"),
    ("Kepala Sentra Terpadu Pangudi Luhur I Ketut Supena selaku tuan rumah berharap peringatan Hakordia tidak berhenti pada seremoni.",
     "I Ketut Supena", "Kepala Sentra Terpadu Pangudi Luhur"),
    ("Piagam tersebut diterima Kepala Balai \"Wasana Bahagia\", Syamsul Bahri Umasugi, dalam apel pagi.",
     "Syamsul Bahri Umasugi", "Kepala Balai Wasana Bahagia"),
    ("Kepala PSBK Pangudi Luhur, Drs. Bambang Sugiharto, M.Si., menuturkan gagasan itu berangkat dari persoalan klasik.",
     "Bambang Sugiharto", "Kepala PSBK Pangudi Luhur"),
    ("Koordinator Tim Zona Integritas sentra, Fajar Ramadhan, menjelaskan tim membenahi enam area perubahan.",
     "Fajar Ramadhan", "Koordinator Tim Zona Integritas"),
    ("\"Penghargaan ini tak lepas dari dukungan semua pihak, termasuk Ibu Menteri Sosial Tri Rismaharini, Bapak Dirjen Rehabilitasi Sosial Harry Hikmat, dan Ibu Direktur Rehsos Anak Kanya Eka Santi,\" jelasnya.",
     "Kanya Eka Santi", "Direktur Rehabilitasi Sosial Anak"),
    ("\"Penghargaan ini tak lepas dari dukungan semua pihak, termasuk Ibu Menteri Sosial Tri Rismaharini, Bapak Dirjen Rehabilitasi Sosial Harry Hikmat, dan Ibu Direktur Rehsos Anak Kanya Eka Santi,\" jelasnya.",
     "Harry Hikmat", "Direktur Jenderal Rehabilitasi Sosial"),
    # roles
    ("Penilaian dilakukan oleh tokoh-tokoh yang dikenal memiliki reputasi, seperti wartawan senior Suryo Pratomo, peneliti senior LIPI Prof. DR. Siti Zuhro dan JB Kristiadi.",
     "Suryo Pratomo", "wartawan senior"),
    ("Penilaian dilakukan oleh tokoh-tokoh yang dikenal memiliki reputasi, seperti wartawan senior Suryo Pratomo, peneliti senior LIPI Prof. DR. Siti Zuhro dan JB Kristiadi.",
     "Siti Zuhro", "peneliti senior LIPI"),
    ("Sebab penilaian dilakukan oleh tokoh seperti peneliti senior Lembaga Ilmu Pengetahuan Indonesia (LIPI) Prof. DR. R. Siti Zuhro, JB Kristiadi, dan sebagainya.",
     "R. Siti Zuhro", "peneliti senior Lembaga Ilmu Pengetahuan Indonesia"),
    ("Pekerja sosial Sentra Paramita, Lalu Muhammad Zaini, menuturkan pendampingan kini lebih banyak dilakukan di rumah.",
     "Lalu Muhammad Zaini", "pekerja sosial Sentra Paramita"),
    # apposition after the name
    ("Penghargaan perorangan diberikan kepada Adrianus Alla, Kepala Subbagian Program dan Perencanaan pada Sekretariat Ditjen Rehsos, sebagai ASN berintegritas.",
     "Adrianus Alla", "Kepala Subbagian Program dan Perencanaan"),
    ("Predikat itu untuk STKS Bandung diterima Dwi Heru Sukoco, pelopor perubahan di kampus tersebut, langsung dari menteri.",
     "Dwi Heru Sukoco", "pelopor perubahan"),
    ("Penghargaan itu diserahkan pada Desember 2018 dan diterima Dwi Heru Sukoco selaku pelopor perubahan kampus.",
     "Dwi Heru Sukoco", "pelopor perubahan"),
    # "yang dipimpin oleh"
    ("Dua UPT itu yaitu Sentra Terpadu Pangudi Luhur Bekasi yang dipimpin oleh I Ketut Supena dan Sentra Terpadu Inten Soeweno Cibinong, Bogor yang dipimpin oleh MO. Royani.",
     "I Ketut Supena", "Kepala Sentra Terpadu Pangudi Luhur"),
    ("Dua UPT itu yaitu Sentra Terpadu Pangudi Luhur Bekasi yang dipimpin oleh I Ketut Supena dan Sentra Terpadu Inten Soeweno Cibinong, Bogor yang dipimpin oleh MO. Royani.",
     "MO. Royani", "Kepala Sentra Terpadu Inten Soeweno"),
    ("Sentra Dharma Guna yang dipimpin oleh Drs. Hendra Saputra, M.Si. meraih penghargaan itu.",
     "Hendra Saputra", "Kepala Sentra Dharma Guna"),
    # "Salah satu/seorang <role>, Nama,"
    ("Salah seorang warga dampingan, Sumiati, mengaku dulu mengemis di perempatan.", "Sumiati", "warga dampingan"),
    ("Salah satu pendamping sebaya, Nurlela Hasan, mengaku awalnya ragu.", "Nurlela Hasan", "pendamping sebaya"),
    ("Salah satu peserta kelompok sablon, Yogi Pratama (19), mengaku kini bisa membantu biaya sekolah adiknya.",
     "Yogi Pratama", "peserta kelompok sablon"),
    ("Salah satu pendamping SWP di Kabupaten Magelang, Wartini, menyebut perubahan terbesar.", "Wartini", "pendamping SWP"),
    # regions after area titles, organisations closed by their acronym or by org words
    ("Bupati Sleman Kustini Sri Purnomo meninjau lokasi.", "Kustini Sri Purnomo", "Bupati Sleman"),
    ("Wali Kota Tangerang Selatan Benyamin Davnie juga hadir.", "Benyamin Davnie", "Wali Kota Tangerang Selatan"),
    ("Gubernur Sumatera Selatan, Herman Deru, menyerahkan bantuan.", "Herman Deru", "Gubernur Sumatera Selatan"),
    ("Direktur Eksekutif Wahid Foundation Yenny Wahid hadir dalam acara itu.", "Yenny Wahid",
     "Direktur Eksekutif Wahid Foundation"),
    ("Anggota Komisi VIII DPR RI Bukhori Yusuf meninjau sentra.", "Bukhori Yusuf", "Anggota Komisi VIII DPR"),
    ("Kepala Loka Rehabilitasi Sosial Anak Bukit Tinggi, Nurlina, hadir mewakili.", "Nurlina",
     "Kepala Loka Rehabilitasi Sosial Anak Bukit Tinggi"),
    ("Acara itu dibuka oleh Staf Khusus Menteri Sosial Bidang Komunikasi, Don Rozano Sigit Prakoeswa.",
     "Don Rozano Sigit Prakoeswa", "Staf Khusus Menteri Sosial Bidang Komunikasi"),
    ("Budi Santoso, warga Kelurahan Jatimulya, mengaku puas dengan layanan sentra.", "Budi Santoso",
     "warga Kelurahan Jatimulya"),
    ("Kepala Sentra Handayani, Romal Uli Jaya Sinaga, menjelaskan program itu.", "Romal Uli Jaya Sinaga",
     "Kepala Sentra Handayani"),
    ("Mensos Juliari P. Batubara menyerahkan bantuan kepada warga.", "Juliari P. Batubara", "Menteri Sosial"),
    # roles described by lower-case words; "yang juga", "selaku" after degrees; title in parentheses
    ("Hal itu dikatakan pengamat kebijakan publik Trubus Rahardiansyah di Jakarta.", "Trubus Rahardiansyah",
     "pengamat kebijakan publik"),
    ("dosen Universitas Indonesia Prof. Rhenald Kasali menyebut inovasi itu penting.", "Rhenald Kasali",
     "dosen Universitas Indonesia"),
    ("Harry Hikmat yang juga Dirjen Rehsos memberikan sambutan.", "Harry Hikmat", "Direktur Jenderal Rehabilitasi Sosial"),
    ("Acara dibuka Prof. Dr. Ir. Kusmayanto Kadiman, M.Sc., selaku Ketua Tim Panel Independen.", "Kusmayanto Kadiman",
     "Ketua Tim Panel Independen"),
    ("Capaian itu diapresiasi Harry Hikmat (Dirjen Rehsos) dalam sambutannya.", "Harry Hikmat",
     "Direktur Jenderal Rehabilitasi Sosial"),
    ("Program itu digagas Edi Suharto, yang kini menjabat sebagai Staf Ahli Menteri Sosial.", "Edi Suharto",
     "Staf Ahli Menteri Sosial"),
    ("Kasubdit Rehabilitasi Sosial Anak, Nahar, menjelaskan layanan itu.", "Nahar",
     "Kepala Subdirektorat Rehabilitasi Sosial Anak"),
    ("Penghargaan diserahkan langsung oleh Wakil Presiden Jusuf Kalla kepada Menteri Sosial Idrus Marham di Istana Wakil Presiden.",
     "Idrus Marham", "Menteri Sosial"),
])
def test_cue_finds_name_and_position(text, name, pos):
    got = persons(text)
    assert name in got, got
    assert norm(pos) in norm(got[name]), got[name]


def test_list_continuation_has_no_position():
    got = persons("Penilaian dilakukan oleh tokoh seperti wartawan senior Suryo Pratomo, peneliti senior LIPI "
                  "Prof. DR. Siti Zuhro dan JB Kristiadi.")
    assert got.get("JB Kristiadi") == ""


def test_signature_block():
    text = ("Dua Unit Pelayanan Publik tersebut menerima penghargaan.\n\n"
            "Kepala Biro Hubungan Masyarakat Kementerian Sosial RI\n\nSonny W. Manalu")
    got = persons(text)
    assert "Sonny W. Manalu" in got
    assert norm("Kepala Biro Hubungan Masyarakat") in norm(got["Sonny W. Manalu"])


def test_signature_block_humas_abbreviation():
    got = persons('"Kami akan terus menjalankan program ini," kata Ratna.\n\nKepala Biro Humas Kementerian Sosial RI\n\nSonny W. Manalu\n')
    assert norm(got["Sonny W. Manalu"]) == norm("Kepala Biro Hubungan Masyarakat Kementerian Sosial")


def test_office_signature_without_name_is_no_person():
    assert persons("Ia meminta sentra lain menyusul.\n\nBiro Hubungan Masyarakat\nKementerian Sosial RI\n") == {}


# ---------------------------------------------------------------------------- name cleaning
@pytest.mark.parametrize("text,name,written", [
    ("Deputi Bidang Pelayanan Publik Kementerian PANRB, Prof. Dr. Diah Natalisa, MBA, menjelaskan evaluasi.",
     "Diah Natalisa", "Prof. Dr. Diah Natalisa, MBA"),
    ("Kepala Sentra Paramita, Hj. Sri Wahyuni Dewi, S.Sos., M.Si., mengatakan tim penilai datang.",
     "Sri Wahyuni Dewi", "Hj. Sri Wahyuni Dewi, S.Sos., M.Si."),
    ("Kepala BKKBN dr. Hasto Wardoyo, Sp.OG(K), ikut hadir.", "Hasto Wardoyo", "dr. Hasto Wardoyo, Sp.OG(K)"),
    ("Ia didampingi Bupati Temanggung H.M. Al Khadziq.", "Al Khadziq", "H.M. Al Khadziq"),
    ("Menko PMK Prof. Dr. Muhadjir Effendy, M.A.P. meninjau sentra.", "Muhadjir Effendy", "Prof. Dr. Muhadjir Effendy, M.A.P."),
])
def test_honorifics_dropped_from_name_kept_in_text(text, name, written):
    doc, spans = run(text)
    row = next(s for s in spans if s.attrs["name"] == name)
    assert row.text == written
    assert doc.text[row.start:row.end] == row.text


# ---------------------------------------------------------------------------- resolution
def test_short_forms_resolve_to_full_name():
    text = ("Sekretaris Jenderal Kementerian Sosial RI Hartono Laras bangga dan menyambut baik penghargaan ini.\n\n"
            "\"Saya sangat bangga,\" kata Hartono di Jakarta, Jumat (21/9).\n\n"
            "Hartono mengingatkan, apresiasi dari masyarakat akan muncul dengan sendirinya.\n\n"
            "\"Terima kasih,\" ujar Pak Hartono.")
    _, spans = run(text)
    assert {s.attrs["name"] for s in spans} == {"Hartono Laras"}
    assert len(spans) >= 4
    assert all(s.attrs["position"] == "Sekretaris Jenderal Kementerian Sosial" for s in spans)


def test_nickname_prefix_resolves():
    text = ("Menteri Sosial Tri Rismaharini meminta jajaran sentra lain mengejar ketertinggalan. "
            "\"Saya ingin tahun depan lebih banyak sentra yang menyusul Palembang,\" ujar Risma.")
    _, spans = run(text)
    assert [s.attrs["name"] for s in spans] == ["Tri Rismaharini", "Tri Rismaharini"]
    assert spans[1].text == "Risma"


def test_bare_title_resolves_to_the_single_holder():
    text = ("Menteri Sosial Agus Gumiwang Kartasasmita mengapresiasi capaian satuan kerja.\n\n"
            "\"Tingkatkan terus kualitas layanan,\" kata Mensos di Jakarta, Jumat (19/7).\n\n"
            "\"Yang meraih penghargaan adalah layanan Pusdatinkesos,\" kata Sekretaris Jenderal Hartono Laras.\n\n"
            "Penghargaan itu diterima oleh Sekjen Kemensos mewakili Menteri Sosial dan didampingi Dirjen Rehabilitasi Sosial.")
    _, spans = run(text)
    names = [(s.text, s.attrs["name"]) for s in spans]
    assert ("Mensos", "Agus Gumiwang Kartasasmita") in names
    assert ("Sekjen Kemensos", "Hartono Laras") in names
    assert not any(s.text.startswith("Dirjen") for s in spans)  # no Dirjen is named in the text
    assert {s.attrs["name"] for s in spans} == {"Agus Gumiwang Kartasasmita", "Hartono Laras"}


def test_best_position_carried_to_every_row():
    text = ("Menteri Sosial Ad Interim Muhadjir Effendy membuka workshop.\n\n"
            "\"Tolong jaga capaian ini,\" pesan Mensos Muhadjir kepada para kepala UPT.")
    _, spans = run(text)
    assert {s.attrs["position"] for s in spans} == {"Menteri Sosial Ad Interim"}


def test_unit_head_gets_unit_key_when_units_ran():
    doc, spans = run("Kepala Sentra Paramita, Sri Wahyuni Dewi, mengatakan tim penilai datang langsung.")
    row = next(s for s in spans if s.attrs["name"] == "Sri Wahyuni Dewi")
    if doc.spans.get("units"):
        assert row.attrs["unit_key"]
    assert set(row.attrs) >= {"name", "position", "organisation", "unit_key", "cue"}


def test_organisation_column():
    got = {s.attrs["name"]: s.attrs["organisation"] for s in run(
        "Penghargaan perorangan diberikan kepada Adrianus Alla, Kepala Subbagian Program dan Perencanaan "
        "pada Sekretariat Ditjen Rehsos, sebagai ASN berintegritas. Deputi Bidang Pelayanan Publik "
        "Kementerian PANRB, Diah Natalisa, mengatakan evaluasi berjalan.")[1]}
    assert got["Adrianus Alla"].startswith("Sekretariat")
    assert got["Diah Natalisa"] == "Kementerian PANRB"


# ---------------------------------------------------------------------------- look-alikes
@pytest.mark.parametrize("text", [
    # unit names, innovations, places, organisations
    "Capaian berikutnya diraih Balai \"Wasana Bahagia\" di Ternate, Maluku Utara, yang menembus TOP 99 KIPP 2020.",
    "Adapun Balai Anak \"Handayani\" Jakarta memperoleh predikat Zona Integritas menuju WBK Tahun 2020.",
    "Sementara BRSAMPK Handayani mengajukan Pendidikan Karakter melalui Terapi Psikososial bagi Anak Korban Radikalisme, yang dikenal dengan sebutan Pinter Melatih Anak Kobra.",
    "Adapun BRSAMPK Alyatama Jambi mengajukan Program Pesona Surga (Pelayanan Kesejahteraan Sosial Anak Berbasis Keluarga), dihadapan tim Sinovik 2018.",
    "Penghargaan Top 5 kelompok keberlanjutan diraih Sentra Terpadu \"Kartini\" Temanggung, yang sebelumnya bernama BBRSBG Kartini.",
    "Penghargaan diserahkan dalam acara apresiasi zona integritas di Nusa Dua, Bali, Rabu (6/12/2023).",
    "Di Gelora Joko Samudro, Gresik, Jawa Timur, piagam itu diserahkan.",
    "Penghargaan diterima Dinas Sosial Kota Bekasi dan Pemerintah Provinsi Jawa Barat.",
    # titles without names
    "Ia didampingi Dirjen Rehabilitasi Sosial, Direktur Rehabilitasi Sosial Anak, dan Kepala Pusdatinkesos.",
    "Acara dihadiri oleh sejumlah Menteri Kabinet Indonesia bersatu, Gubernur, Sekretaris Kementerian/Lembaga, dan Sekretaris Daerah.",
    "Daftar penerima ditetapkan melalui Keputusan Menteri PANRB Nomor 47 Tahun 2019.",
    "\"Tolong jaga capaian ini,\" pesan Mensos kepada para kepala UPT yang hadir secara daring.",
    # bylines, editor lines, reporter initials
    "Penghargaan itu milik semua pegawai.\n\nPewarta: Rangga Wijaya Kusuma\nEditor: Maria Ulfah Rosyidah\nCOPYRIGHT © ANTARA 2020",
    "Sentra Paramita naik kelas.\n\nPenulis: Kontributor Mataram, Fitri Rahmawati\nEditor: Andi Hartanto",
    "UNPSA hanya diberikan kepada 21 jenis pelayanan publik,” tutur kepala balai.(dianw/B).",
    "Dengan demikian, kelompok rentan dapat berpartisipasi penuh.(Rizky)",
    "Ditjen Rehabilitasi Sosial memberikan penghargaan atas prestasi yang diraih. (Prwr)",
    "Saat ini Sentra Budi Perkasa melayani penerima manfaat.\n\n(Redaksi)",
    "Kemensos menyebut inovasi-inovasi tersebut lahir untuk memudahkan kelompok rentan.",
    "Selain Budi Perkasa, Kemensos juga mengajukan Sentra Satria Baturaden untuk WBK. Ketiganya belum lolos tahun ini.",
    "Perolehan itu terbagi atas 1 penghargaan untuk Top 5 Inovasi Kelompok Keberlanjutan Inovasi.",
])
def test_look_alikes_are_not_people(text):
    assert persons(text) == {}


def test_headline_is_not_a_person_source():
    text = ("Sentra Paramita Mataram Raih Predikat Sangat Baik dari Menteri PANRB\n\n"
            "MATARAM (8 Maret 2022) – Hasil evaluasi diumumkan Menteri PANRB Tjahjo Kumolo di Jakarta.")
    doc, spans = run(text, headline=True)
    assert {s.attrs["name"] for s in spans} == {"Tjahjo Kumolo"}
    if doc.headline:
        assert all(s.start >= doc.headline[1] for s in spans)


@pytest.mark.parametrize("text", [
    "Salah satu inovasinya, Risol Gepeng Mas, dinilai unggul oleh tim penilai.",
    "Penghargaan diberikan kepada Karang Taruna Bina Remaja dan Tagana Kota Bekasi.",
    "Pesona Surga mendorong keluarga ikut mengasuh anak terlantar.",
    "\"Kami siap,\" kata pendamping Tagana di lokasi.",
    "Penghargaan itu diserahkan kepada Pemerintah Kota Surabaya dan Dinas Sosial Provinsi Jawa Timur.",
    "Kemensos bersama Badan Nasional Penanggulangan Terorisme (BNPT) dan Densus 88 menangani anak-anak itu.",
    "Menurut BPS, angka kemiskinan turun. Menurut Undang-Undang Nomor 11 Tahun 2009, negara wajib hadir.",
    "Acara ditutup dengan penyerahan piagam untuk Sheltered Workshop Peduli dan Kampung Siaga Bencana.",
    "Di Hotel Grand Sahid Jaya, Jakarta, Menteri Sosial menyerahkan penghargaan.",
    "Penghargaan Top 99 diberikan untuk inovasi Layanan Kunjungan Rumah Tanpa Antre.",
    "Kabar itu disampaikan dalam Rapat Kerja bersama Komisi VIII DPR RI di Senayan.",
])
def test_more_look_alikes(text):
    assert persons(text) == {}


def test_palace_is_not_a_title_reference():
    _, spans = run("Penghargaan diserahkan langsung oleh Wakil Presiden Jusuf Kalla di Istana Wakil Presiden.")
    assert [s.text for s in spans] == ["Jusuf Kalla"]


def test_all_capitals_signature():
    got = persons("Layanan terus berjalan.\n\nKepala Biro Hubungan Masyarakat Kementerian Sosial RI\n\nSONNY W. MANALU\n")
    assert "Sonny W. Manalu" in got


def test_alias_joins_the_person():
    _, spans = run("Menteri Sosial Saifullah Yusuf atau yang akrab disapa Gus Ipul meninjau sentra. "
                   "\"Kami siap,\" kata Gus Ipul.")
    assert {s.attrs["name"] for s in spans} == {"Saifullah Yusuf"}
    assert [s.text for s in spans].count("Gus Ipul") == 2


def test_weak_lead_needs_an_award_context():
    assert persons("Ia berbincang dengan warga dan bersama Adrianus Alla meninjau dapur umum.") == {}
    assert "Adrianus Alla" in persons("Penghargaan ASN berintegritas untuk Adrianus Alla dari Sekretariat Ditjen Rehsos.")


def test_family_name_is_optional_but_not_a_unit():
    got = persons("Cikal bakalnya adalah \"Zwakzinnigenzorg Temanggoeng\" yang didirikan keluarga Graafstal pada 15 September 1904.")
    assert "Zwakzinnigenzorg Temanggoeng" not in got


def test_spans_are_honest():
    doc, spans = run("Kepala Sentra Budi Perkasa, Rosmawati Siregar, menyebut predikat itu hasil kerja. "
                     "\"Kami buka semua alur layanan,\" ujar Rosmawati.")
    assert spans
    for s in spans:
        assert doc.text[s.start:s.end] == s.text


# ---------------------------------------------------------------------------- robustness
def test_tokenizer_splits_sentence_periods_but_keeps_initials():
    toks = [t.text for t in people.tokenize("Sonny W. Manalu dan MO. Royani datang. Lalu WBK. Selesai.")]
    assert "W." in toks and "MO." in toks
    assert "datang" in toks and "WBK" in toks


def test_sentence_final_short_name_has_no_period():
    _, spans = run('Kepala Sentra Mulya Jaya, Ira Kusumawaty, menjelaskan layanan itu. "Kami datang ke rumah warga," kata Ira.')
    assert [s.text for s in spans] == ["Ira Kusumawaty", "Ira"]
    assert {s.attrs["name"] for s in spans} == {"Ira Kusumawaty"}


def test_full_release_with_byline():
    text = ("Sentra Abiseka Pekanbaru Raih WBK 2022\n\n"
            "Pekanbaru, Riau Pos - Predikat diserahkan oleh Menteri PANRB Abdullah Azwar Anas kepada Kepala Sentra "
            "Abiseka Tumpal Simanjuntak di Jakarta, Kamis (8/12/2022).\n\n"
            "Tumpal mengatakan capaian ini hasil kerja keras seluruh pegawai. Ia juga berterima kasih kepada "
            "Direktur Jenderal Rehabilitasi Sosial Pepen Nazaruddin dan Inspektur Jenderal Dadang Iskandar.\n\n"
            "Sementara itu, Gubernur Riau Syamsuar mengapresiasi capaian tersebut. Wakil Ketua DPRD Riau Hardianto "
            "juga hadir.\n\n(rpg/adv)\n\nPewarta: Aditya Pratama\nEditor: Budi Santoso")
    _, spans = run(text, headline=True)
    got = {s.attrs["name"]: s.attrs["position"] for s in spans}
    assert set(got) == {"Abdullah Azwar Anas", "Tumpal Simanjuntak", "Pepen Nazaruddin", "Dadang Iskandar",
                        "Syamsuar", "Hardianto"}
    assert got["Tumpal Simanjuntak"] == "Kepala Sentra Abiseka"
    assert got["Syamsuar"] == "Gubernur Riau"


def test_pathological_inputs_are_fast():
    for text in ("A. " * 30000, "KEMENSOS " * 30000, "1.2.3." * 20000, "Kepala " * 20000, "Hartono " * 20000):
        t0 = time.perf_counter()
        extract_text(text, "big")
        assert time.perf_counter() - t0 < 20


# ---------------------------------------------------------------------------- generalisation pass
@pytest.mark.parametrize("text,name,pos", [
    # degrees after a comma are not a name; "Dr. I <Balinese name>" after an area title
    ("Bupati Tabanan Dr. I Komang Gede Sanjaya, S.E., M.M. mengunjungi Sentra \"Mahatmiya\" Tabanan, Senin (20/1).",
     "I Komang Gede Sanjaya", "Bupati Tabanan"),
    ("Kepala Sentra Budi Perkasa, Drs. Ahmad Subarkah, M.Si., mengatakan sebanyak 1.250 penerima manfaat telah dilayani.",
     "Ahmad Subarkah", "Kepala Sentra Budi Perkasa"),
    # all-capitals names in the body
    ("Menteri Sosial SAIFULLAH YUSUF meninjau Sentra Wyata Guna di Bandung.", "Saifullah Yusuf", "Menteri Sosial"),
    ("Menteri PANRB ABDULLAH AZWAR ANAS, menyerahkan penghargaan.", "Abdullah Azwar Anas", "Menteri PANRB"),
    ("Wakil Menteri Sosial Agus Jabo Priyono hadir dalam acara tersebut.", "Agus Jabo Priyono", "Wakil Menteri Sosial"),
    ("Wamensos Agus Jabo Priyono menyerahkan bantuan kepada penerima manfaat.", "Agus Jabo Priyono",
     "Wakil Menteri Sosial"),
    ("Wali Kota Bandung Muhammad Farhan menyambut rombongan di Balai Kota.", "Muhammad Farhan", "Wali Kota Bandung"),
    ("Kepala Dinas Sosial Provinsi Jawa Barat, Dodo Suhendar, mengatakan pihaknya siap mendukung.",
     "Dodo Suhendar", "Kepala Dinas Sosial Provinsi Jawa Barat"),
    ("Ketua Komisi Informasi Pusat Donny Yoesgiantoro menyerahkan penghargaan keterbukaan informasi publik.",
     "Donny Yoesgiantoro", "Ketua Komisi Informasi Pusat"),
    ("Hadir pula anggota Ombudsman RI Robert Na Endi Jaweng dalam penilaian tersebut.", "Robert Na Endi Jaweng",
     "Anggota Ombudsman"),
    ("Kepala Sentra Darussa'adah Aceh, Tengku Muhammad Yusuf, mengatakan layanan terus ditingkatkan.",
     "Tengku Muhammad Yusuf", "Kepala Sentra Darussa'adah Aceh"),
    ("Kepala Sentra Efata Kupang, Raden Ajeng Siti Nurhaliza, menyampaikan terima kasih.",
     "Raden Ajeng Siti Nurhaliza", "Kepala Sentra Efata Kupang"),
    ("Kepala Sentra Mahatmiya, Ni Luh Putu Ayu Widiastuti, mengatakan layanan terus ditingkatkan.",
     "Ni Luh Putu Ayu Widiastuti", "Kepala Sentra Mahatmiya"),
    ("Kepala Sentra Mahatmiya, I Gusti Ayu Made Sriani, mengatakan layanan terus ditingkatkan.",
     "I Gusti Ayu Made Sriani", "Kepala Sentra Mahatmiya"),
    ("Kepala Sentra Wirajaya Makassar, Andi Muhammad Yusuf, mengatakan layanan terus ditingkatkan.",
     "Andi Muhammad Yusuf", "Kepala Sentra Wirajaya Makassar"),
    ("Kepala Sentra Wirajaya Makassar, A.M. Yusuf, mengatakan layanan terus ditingkatkan.",
     "A.M. Yusuf", "Kepala Sentra Wirajaya Makassar"),
    ("Salah seorang penerima manfaat, Sumiati (45), mengaku senang mendapat pelatihan.", "Sumiati", "penerima manfaat"),
    # a unit named after a person sits inside the title's qualifier
    ("Kepala Sentra Terpadu \"Prof. Dr. Soeharso\" Surakarta, Agus Sugiarto, mengatakan layanan terus ditingkatkan.",
     "Agus Sugiarto", "Kepala Sentra Terpadu Prof. Dr. Soeharso Surakarta"),
    ("Kepala Sentra Prof. Dr. Soeharso, Agus Sugiarto, mengatakan layanan terus ditingkatkan.",
     "Agus Sugiarto", "Kepala Sentra Prof. Dr. Soeharso"),
])
def test_genre_titles_and_names(text, name, pos):
    got = persons(text)
    assert name in got, got
    assert norm(got[name]) == norm(pos)


@pytest.mark.parametrize("text,expected", [
    ("Peringatan Hari Kartini dihadiri Kepala Sentra Kartini Temanggung, Sri Wahyuni, dan Kepala Sentra Mahatmiya "
     "Bali, I Ketut Supena.", {"Sri Wahyuni", "I Ketut Supena"}),
    ("Penghargaan diserahkan kepada Kepala Dinas Sosial Provinsi Bali, Dewa Gede Mahendra Putra, dan Bupati Badung "
     "I Nyoman Giri Prasta.", {"Dewa Gede Mahendra Putra", "I Nyoman Giri Prasta"}),
    ("Acara dihadiri Sekretaris Jenderal Kemensos Robben Rico dan Inspektur Jenderal Kemensos Dadang Iskandar.",
     {"Robben Rico", "Dadang Iskandar"}),
    # look-alikes: streets, units named after people, bylines
    ("Bantuan diserahkan di Jalan Jenderal Sudirman, Kota Palembang. (ant/red)", set()),
    ("Sentra Terpadu Prof. Dr. Soeharso Surakarta meraih predikat WBBM.", set()),
    ("Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) Kartini Temanggung meraih "
     "predikat WBK. (ant/red)", set()),
    ("Kepala BBRSPDI KARTINI TEMANGGUNG menerima penghargaan.", set()),
    ("Kepala Sentra Budi Perkasa PALEMBANG menerima penghargaan WBK dari KEMENPANRB.", set()),
])
def test_lists_and_look_alikes(text, expected):
    assert set(persons(text)) == expected


def test_degrees_are_never_a_name():
    doc, spans = run("Bupati Tabanan Dr. I Komang Gede Sanjaya, S.E., M.M. mengunjungi sentra. "
                     "\"Sentra ini milik warga,\" kata Sanjaya.")
    assert {s.attrs["name"] for s in spans} == {"I Komang Gede Sanjaya"}
    assert spans[0].text == "Dr. I Komang Gede Sanjaya, S.E., M.M."


@pytest.mark.parametrize("text", [
    # the nickname is the subject of the sentence before "Menteri Sosial yang bernama lengkap ..."
    "Gus Ipul mengawali kunjungan kerjanya di Jawa Barat dengan meninjau Sentra \"Wyata Guna\" di Jalan Pajajaran, "
    "Kota Bandung. Menteri Sosial yang bernama lengkap Saifullah Yusuf itu berkeliling ke studio rekaman. "
    "\"Buku bicara ini harus sampai ke desa,\" kata Gus Ipul. Di akhir kunjungan, Saifullah menyatakan dukungan.",
    # the nickname right before the cue
    "Gus Ipul, yang bernama lengkap Saifullah Yusuf, meninjau Sentra Wyata Guna. \"Kami dukung,\" kata Gus Ipul.",
    # the nickname after "akrab disapa"
    "Menteri Sosial Saifullah Yusuf atau yang akrab disapa Gus Ipul meninjau sentra. \"Kami dukung,\" kata Gus Ipul.",
])
def test_nickname_resolves_to_full_name(text):
    _, spans = run(text)
    names = {s.attrs["name"] for s in spans}
    assert names == {"Saifullah Yusuf"}
    assert any(s.text == "Gus Ipul" for s in spans)


@pytest.mark.parametrize("text", [
    "Rombongan disambut Kepala Sentra Mahatmiya, Ni Luh Putu Ayu Widiastuti, yang akrab disapa Bu Ayu.",
    "Rombongan disambut Kepala Sentra Mahatmiya, Ni Luh Putu Ayu Widiastuti, yang akrab disapa Ayu. Ia ramah.",
    "Kepala Sentra Mahatmiya Ni Luh Putu Ayu Widiastuti alias Bu Ayu menyambut rombongan.",
])
def test_alias_mention_has_no_sentence_period(text):
    _, spans = run(text)
    assert {s.attrs["name"] for s in spans} == {"Ni Luh Putu Ayu Widiastuti"}
    assert all(not s.text.endswith(".") for s in spans)


@pytest.mark.parametrize("unit", [
    "kepada Budi Santoso ", "yang dipimpin oleh Budi Santoso ",
    "Menteri Sosial Budi Santoso atau yang akrab disapa Gus Ipul ",
    "Menteri Sosial yang bernama lengkap Budi Santoso ", "Menteri Sosial SAIFULLAH YUSUF ",
    "Dr. I Komang Gede Sanjaya, S.E., M.M. ",
])
def test_one_long_sentence_stays_linear(unit):
    """Cues that look back in their sentence are bounded: a 200 kB sentence without a period stays fast."""
    from kemensos_extract import pipeline
    from kemensos_extract.model import Document

    n = 200_000
    doc = Document(doc_id="big", raw_text=(unit * (n // len(unit) + 1))[:n])
    pipeline.normalize(doc)
    pipeline.segment(doc)
    t0 = time.perf_counter()
    people.extract(doc)
    assert time.perf_counter() - t0 < 5


def test_full_name_without_demonstrative_does_not_take_the_previous_subject():
    got = persons("Tri Rismaharini meninjau sentra. Kepala Sentra yang bernama lengkap Budi Santoso menyambut rombongan.")
    assert set(got) == {"Budi Santoso"}
    assert got["Budi Santoso"] == "Kepala Sentra"


def test_known_nickname_joins_full_name():
    """'Gus Ipul' (data/person_aliases.csv) is the same person as 'Saifullah Yusuf'."""
    from kemensos_extract.pipeline import extract_text

    doc = extract_text("JAKARTA (16 Januari 2025) - Menteri Sosial Saifullah Yusuf meninjau sentra. "
                       "Kunjungan perdana Gus Ipul ke Kalimantan Timur itu difokuskan pada layanan. "
                       '"Kami datang untuk mendengar," kata Gus Ipul.')
    names = {s.attrs["name"] for s in doc.spans["people"]}
    assert names == {"Saifullah Yusuf"}


def test_known_nickname_alone_takes_full_name():
    from kemensos_extract.pipeline import extract_text

    doc = extract_text('JAKARTA (16 Januari 2025) - "Layanan harus sampai ke desa," kata Gus Ipul di Jakarta.')
    assert {s.attrs["name"] for s in doc.spans["people"]} <= {"Saifullah Yusuf"}


# ---------------------------------------------------------------------------- speed-path equivalence
def _reference_tokens(text: str) -> list[tuple]:
    """The plain tokenizer the fast one replaces: one `_TOKEN_RE` pass over the whole text."""
    keep_dot = people._keep_dot()
    out: list[list] = []
    for m in people._TOKEN_RE.finditer(text):
        s, e = m.span()
        t = m.group()
        line = text.count("\n", 0, s)
        if len(t) == 1 and not t.isalnum() and out and out[-1][0] == t and out[-1][4] == line:
            out[-1][2] = e
            continue
        if t[-1] == "." and len(t) > 1:
            if t.count(".") == 1 and len(t) >= 4 and t not in keep_dot:
                out.append([t[:-1], s, e - 1, t[:-1].lower(), line])
                out.append([".", e - 1, e, ".", line])
                continue
            out.append([t, s, e, t.lower().rstrip("."), line])
        else:
            out.append([t, s, e, t.lower(), line])
    return [tuple(x) for x in out]


_EDGE_TEXTS = [
    "", "   ", "\n\n", "a . . . b", "x.. y ..", "Jakarta.\n. .", "Dr. H.M. Jusuf Kalla, S.E., M.M.", "..,,",
    "a\u0300b c\u00b2d", "SONNY W. MANALU\n\nKepala Biro", ". .\n. .", "(9 Maret 2020) - ok", "Jakarta. .",
    "x\x1cy \x1c\x1c . \x1c.", "a, , ,b ,, , x,", "1, 2,3 ,4", ", ,\n, ,", " a ", "ab ab ab", "a,,, b,\n,c",
    "Ma’ruf Amin\u00a0dan\u2003Tri-Rismaharini.\u2028Baru", "kata Hartono. \u201cKami\u201d", "10.000.000,50 orang.",
]


def test_fast_tokenizer_matches_the_plain_one():
    import random

    rnd = random.Random(7)
    pieces = ["Kepala", "Sentra", "Dr.", "H.M.", "Jakarta", ".", ",", " ", "  ", "\n", "\t", "(", ")", "2020",
              "1,5", "\u201c", "-", "Ma\u2019ruf", "\x1c", "\u00a0", "S.Sos", "BBPPKS", "a"]
    texts = _EDGE_TEXTS + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25))) for _ in range(3000)]
    for text in texts:
        got = [(t.text, t.start, t.end, t.low, t.line) for t in people.tokenize(text)]
        assert got == _reference_tokens(text), repr(text)
        words, starts, ends, lines, _ = people._tokenize_cols(text)
        assert [(w.text, s, e, w.low, ln) for w, s, e, ln in zip(words, starts, ends, lines)] == got


def test_spaced_tokenizer_matches_the_plain_one():
    """Normalised text (single spaces, "\n" runs) takes the piece path; it must agree with the plain
    tokenizer, and anything it cannot take (double spaces, " \n", edges) falls back."""
    import random

    rnd = random.Random(11)
    words = ["Kepala", "Sentra", "Dr.", "H.M.", "Jakarta.", ".", ",", "(", ")", "2020", "1,5", "\u201c", "-",
             "Ma\u2019ruf", "S.Sos", "BBPPKS", "a", "..", "x.", "kata", "Ibu", "\u00a0", "\x1c", "a\tb", "--"]
    seps = [" "] * 8 + ["\n\n", "\n", "\n\n\n", "\n\n\n\n", "  ", " \n", "\n "]
    taken = 0
    for _ in range(4000):
        n = rnd.randint(1, 12)
        text = rnd.choice(words) + "".join(rnd.choice(seps) + rnd.choice(words) for _ in range(n - 1))
        if rnd.random() < 0.1:
            text = rnd.choice([" ", "\n", "\n\n"]) + text + rnd.choice(["", " ", "\n"])
        taken += people._tokenize_spaced(text) is not None
        got = [(t.text, t.start, t.end, t.low, t.line) for t in people.tokenize(text)]
        assert got == _reference_tokens(text), repr(text)
    assert taken > 500  # most texts do take the piece path


def test_whitespace_split_class_is_regex_white_space():
    """The chunk splitter must cut exactly where `_TOKEN_RE` cannot match (`regex`'s \\s)."""
    import sys

    import regex

    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(regex.findall(r"\s", chars)) == set("".join(people._WS_SPLIT_RE.findall(chars)))
    # an all-letter chunk is one token: every str.isalpha() character is a letter of _TOKEN_RE
    assert not [c for c in regex.sub(r"[^\W\d_]", "", chars) if c.isalpha()]


def test_byline_starts_match_finditer():
    import random

    lex = people.lexicon()
    rnd = random.Random(3)
    pieces = ["Editor", "editor", "PENULIS", "Baca juga", "Foto", ":", "\uff1a", " ", "\n", "\t", "\r", "\x0b",
              "\x1c", "x", "  :", "\u2028", "a"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert people._byline_starts(text, lex.byline_re) == [m.start() for m in lex.byline_re.finditer(text)]
