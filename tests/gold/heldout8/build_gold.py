#!/usr/bin/env python3
"""Build the gold files of held-out set 8 (docs.jsonl, corpus.json) from the annotations below.

Usage: python3 build_gold.py

Edit the annotations in this file, then re-run it and `python3 validate.py`.
Canonical awards are derived from the per-document awards (see `derive_canonical`, same code as heldout6/7).
Same schema and helpers as /work/heldout7/build_gold.py. New here: four award families (bmn, top-digital,
zero-accident, upg-gratifikasi), CENTRAL_ORGANISERS (central units that only organise and must NOT be units),
and MONTH_RANGES (month ranges whose two named ends must both be required dates).
"""
from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Award families: the 21 families of heldout7, same order, plus four new families placed just
# before the catch-all `pelayanan-publik`, which stays last.
# --------------------------------------------------------------------------------------------
AWARD_FAMILIES = OrderedDict([
    ("top99-inovasi", r"top\s*99"),
    ("top45-inovasi", r"top\s*45"),
    ("top40-inovasi", r"top\s*40\b"),
    ("top30-inovasi", r"top\s*30\b"),
    ("top15-inovasi", r"top\s*15\b"),
    ("top5-inovasi", r"top\s*5\b"),
    ("unpsa", r"unpsa|unspa|united\s+nations?\s+public\s+service\s+awards?"),
    ("sarpras-ramah-rentan", r"sarana\s+(dan\s+)?prasarana\s+ramah|ramah\s+kelompok\s+rentan"),
    ("zona-integritas-wbk", r"wilayah\s+bebas\s+(dari\s+)?korupsi|\bwbk\b"),
    ("zona-integritas-wbbm", r"wilayah\s+birokrasi\s+bersih|\bwbbm\b"),
    ("ombudsman-kepatuhan", r"ombudsman|kepatuhan\s+standar|kepatuhan\s+tinggi|zona\s+hijau|opini\s+pengawasan"
                            r"|kualitas\s+tertinggi"),
    ("keterbukaan-informasi", r"keterbukaan\s+informasi|badan\s+publik\s+informatif|komisi\s+informasi|\binformatif\b"),
    ("ramah-disabilitas", r"ramah\s+disabilitas"),
    ("ramah-lansia", r"ramah\s+lansia|ramah\s+lanjut\s+usia"),
    ("sdgs-action", r"sdgs?\s+action|\bi-?saa\b"),
    ("kearsipan", r"kearsipan|pengawasan\s+arsip|arsip\s+award"),
    ("anugerah-media-humas", r"anugerah\s+media\s+humas|\bamh\b"),
    ("bkn-award", r"\bbkn\s+award|badan\s+kepegawaian\s+negara"),
    ("ikpa", r"\bikpa\b|kinerja\s+pelaksanaan\s+anggaran"),
    ("ramah-anak", r"ramah\s+anak|layak\s+anak"),
    # new in heldout8
    ("bmn", r"\bbmn\b|barang\s+milik\s+negara"),
    ("top-digital", r"top\s+digital"),
    ("zero-accident", r"zero\s+accident|kecelakaan\s+(kerja\s+)?nihil"),
    ("upg-gratifikasi", r"gratifikasi"),
    ("pelayanan-publik", r"pelayanan\s+publik|indeks\s+pe\w+\s+publik|pelayanan\s+prima|kinerja\s+pelayanan"),
])

FAMILY_NAMES = {
    "top99-inovasi": "Top 99 Kompetisi Inovasi Pelayanan Publik",
    "top45-inovasi": "Top 45 Kompetisi Inovasi Pelayanan Publik",
    "top40-inovasi": "Top 40 Kompetisi Inovasi Pelayanan Publik",
    "top30-inovasi": "Top 30 Kompetisi Inovasi Pelayanan Publik",
    "top15-inovasi": "Top 15 Kompetisi Inovasi Pelayanan Publik Kategori Khusus",
    "top5-inovasi": "Top 5 Inovasi Pelayanan Publik Kelompok Replikasi",
    "unpsa": "United Nations Public Service Awards (UNPSA)",
    "sarpras-ramah-rentan": "Penyelenggara Pelayanan Publik dengan Sarana dan Prasarana Ramah Kelompok Rentan",
    "zona-integritas-wbk": "Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK)",
    "zona-integritas-wbbm": "Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)",
    "ombudsman-kepatuhan": "Penilaian Kepatuhan Standar Pelayanan Publik Ombudsman (zona hijau, kepatuhan tinggi)",
    "keterbukaan-informasi": "Anugerah Keterbukaan Informasi Publik",
    "ramah-disabilitas": "Penghargaan Pelayanan Publik Ramah Disabilitas",
    "ramah-lansia": "Penghargaan Layanan Ramah Lansia",
    "sdgs-action": "Indonesia's SDGs Action Awards",
    "kearsipan": "Penghargaan Kearsipan",
    "anugerah-media-humas": "Anugerah Media Humas (AMH) kategori Kampanye Layanan Publik",
    "bkn-award": "BKN Award",
    "ikpa": "Penghargaan Indikator Kinerja Pelaksanaan Anggaran (IKPA)",
    "ramah-anak": "Penghargaan Layanan Ramah Anak",
    "bmn": "Penghargaan Pengelolaan Barang Milik Negara (BMN)",
    "top-digital": "TOP Digital Awards (TOP Digital Implementation on Government Institution)",
    "zero-accident": "Penghargaan Kecelakaan Kerja Nihil (Zero Accident)",
    "upg-gratifikasi": "Penghargaan Unit Pengendalian Gratifikasi (UPG) Terbaik",
    "pelayanan-publik": "Penghargaan Pelayanan Publik (Evaluasi Pelayanan Publik)",
}

# Encoding / line-ending / BOM of each text that is not plain UTF-8 + LF without BOM (checked by validate.py).
TEXT_FORMAT = {
    "h8_005": {"encoding": "utf-8", "newline": "\r\n", "bom": False},
    "h8_008": {"encoding": "cp1252", "newline": "\n", "bom": False},
}

# Web boilerplate lines that must be present (checked by validate.py).
BOILERPLATE = {
    "h8_002": ["Baca juga:", "Penulis:", "Editor:", "Artikel ini telah tayang di"],
    "h8_004": ["ADVERTISEMENT", "Baca Juga:", "Tags:"],
}

# Editions not written as a year, resolved from a relative phrase. Key: (doc, family, recipient, edition).
EDITION_FROM_CONTEXT = {
    ("h8_008", "ombudsman-kepatuhan", "lentera-kapuas-pontianak", 2023): "tahun lalu masuk zona hijau Ombudsman",
}

# Real office holders written only by a nickname (none in this set; kept for validate.py).
PERSON_ALIASES: dict = {}

# Day ranges (none in this set; kept for validate.py).
DAY_RANGES: dict = {}

# Awards named only in the headline (none in this set; kept for validate.py).
HEADLINE_ONLY_AWARDS: dict = {}

# Month ranges 'M1 hingga M2 yyyy': both named months must be REQUIRED dates (heldout6 convention).
MONTH_RANGES = {
    "h8_003": [("Agustus", "2024-08"), ("November 2024", "2024-11")],
    "h8_009": [("Juli", "2024-07"), ("Oktober 2024", "2024-10")],
    "h8_010": [("Januari", "2024-01"), ("November 2024", "2024-11")],
}

# Central units that only organise / coordinate in a document: they must NOT be annotated as units there
# (dev convention), although some of them are units elsewhere when they receive an award (heldout6).
# Value: the spelling written in the text (validate.py checks it is there and that no unit of the doc has it).
CENTRAL_ORGANISERS = {
    "h8_001": ["Biro Umum"],
    "h8_003": ["Direktorat Jenderal Perlindungan dan Jaminan Sosial"],
    "h8_007": ["Direktorat Jenderal Perlindungan dan Jaminan Sosial"],
    "h8_010": ["Inspektorat Jenderal"],
}

# --------------------------------------------------------------------------------------------
# Units (key -> core spellings, city). Keys and cores reuse the earlier sets; one new (invented) Loka.
# --------------------------------------------------------------------------------------------
UNITS = {
    "budi-luhur-banjarbaru": (["Budi Luhur"], "Banjarbaru"),                       # heldout2/4/6
    "bbppks-banjarmasin": (["BBPPKS Banjarmasin", "Pendidikan dan Pelatihan Kesejahteraan Sosial Banjarmasin",
                            "Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Banjarmasin"],
                           "Banjarmasin"),                                           # heldout2
    "pusdatinkesos": (["Pusdatinkesos", "Pusat Data dan Informasi Kesejahteraan Sosial",
                       "Pusat Data dan Informasi Kemensos", "Pusat Data dan Informasi", "Pusdatin"], None),  # dev
    "mahatmiya-tabanan": (["Mahatmiya", "Mahatmya"], "Tabanan"),                      # heldout/4/5
    "cahaya-timur-sorong": (["Cahaya Timur"], "Sorong"),                              # heldout
    "huyula-gorontalo": (["Huyula"], "Gorontalo"),                                    # NEW, invented
    "nipotowe-palu": (["Nipotowe"], "Palu"),                                          # heldout/3
    "lentera-kapuas-pontianak": (["Lentera Kapuas"], "Pontianak"),                    # heldout2
    "meohai-kendari": (["Meohai"], "Kendari"),                                        # heldout2/4
    "wirajaya-makassar": (["Wirajaya", "Wira Jaya"], "Makassar"),                     # heldout2/5
    "bbpks-jayapura": (["BBPKS Jayapura", "BBPPKS Jayapura", "Pelatihan Kesejahteraan Sosial Jayapura",
                        "Pelatihan Kesejahteraan Sosial (BBPKS) Jayapura"], "Jayapura"),  # heldout2
}

# --------------------------------------------------------------------------------------------
# Positions (acceptable spellings).
# --------------------------------------------------------------------------------------------
POS = {
    "mensos": ["Menteri Sosial", "Mensos"],
    "ka_kanwil_djkn": ["Kepala Kanwil DJKN Kalselteng", "Kepala Kanwil DJKN Kalimantan Selatan dan Tengah",
                       "Kepala Kantor Wilayah DJKN Kalimantan Selatan dan Tengah",
                       "Kepala Kantor Wilayah Direktorat Jenderal Kekayaan Negara Kalimantan Selatan dan Tengah",
                       "Kepala Kanwil DJKN", "Kepala Kantor Wilayah DJKN", "Kepala Kanwil", "Kepala Kantor Wilayah"],
    "ka_budi_luhur": ["Kepala Sentra Budi Luhur", "Kepala Sentra", "kepala"],
    "ka_bbppks_bjm": ["Kepala BBPPKS Banjarmasin",
                      "Kepala Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Banjarmasin",
                      "Kepala BBPPKS", "Kepala Balai Besar", "kepala"],
    "karo_umum": ["Kepala Biro Umum Kementerian Sosial", "Kepala Biro Umum Kemensos", "Kepala Biro Umum",
                  "Karo Umum", "Kepala Biro"],
    "operator_bmn": ["operator SIMAK BMN", "operator", "anggota tim", "pegawai"],
    "ka_pusdatin": ["Kepala Pusdatin", "Kepala Pusdatin Kemensos", "Kepala Pusdatinkesos",
                    "Kepala Pusat Data dan Informasi", "Kepala Pusat Data dan Informasi Kementerian Sosial",
                    "Kepala Pusat Data dan Informasi Kesejahteraan Sosial", "Kepala Pusat"],
    "ketua_juri_top": ["Ketua Dewan Juri TOP Digital Awards 2024", "Ketua Dewan Juri TOP Digital Awards",
                       "Ketua Dewan Juri", "Ketua Juri", "juri"],
    "dir_jamsos": ["Direktur Jaminan Sosial", "Direktur Jaminan Sosial Kementerian Sosial",
                   "Direktur Jaminan Sosial Kemensos", "Direktur"],
    "analis_pusdatin": ["analis", "analis data", "analis Pusdatin", "analis data Pusdatin"],
    "pemred_itworks": ["Pemimpin Redaksi majalah It Works", "Pemimpin Redaksi It Works", "Pemimpin Redaksi",
                       "Pemred It Works", "Pemred"],
    "kadisnaker_bali": ["Kepala Dinas Tenaga Kerja dan ESDM Provinsi Bali", "Kepala Dinas Tenaga Kerja dan ESDM Bali",
                        "Kepala Dinas Tenaga Kerja dan Energi Sumber Daya Mineral Provinsi Bali",
                        "Kadisnaker ESDM Bali", "Kepala Disnaker ESDM Bali", "Kepala Dinas Tenaga Kerja",
                        "Kepala Dinas"],
    "ka_mahatmiya": ["Kepala Sentra Mahatmiya", "Kepala Sentra", "kepala"],
    "instruktur_kayu": ["Instruktur bengkel kayu", "instruktur bengkel kayu Sentra Mahatmiya", "instruktur"],
    "pm_mahatmiya": ["penerima manfaat", "penerima manfaat asal Karangasem", "tukang las", "peserta pelatihan las"],
    "ka_cahaya_timur": ["Kepala Sentra Cahaya Timur", "Kepala Sentra", "kepala"],
    "peksos_cahaya_timur": ["pekerja sosial", "pekerja sosial Sentra Cahaya Timur", "pekerja sosialnya",
                            "Pendamping Sosial Teladan Papua Barat Daya", "Pendamping Sosial Teladan",
                            "pendamping sosial"],
    "ketua_klasis": ["Ketua Klasis GKI Sorong", "Ketua Klasis GKI", "Ketua Klasis", "juri", "pendeta"],
    "dir_pskba": ["Direktur Perlindungan Sosial Korban Bencana Alam",
                  "Direktur Perlindungan Sosial Korban Bencana Alam Kementerian Sosial", "Direktur PSKBA",
                  "Direktur"],
    "ka_huyula": ["Kepala LRS Huyula", "Kepala Loka Rehabilitasi Sosial Huyula",
                  "Kepala Loka Rehabilitasi Sosial (LRS) Huyula", "Kepala LRS", "Kepala Loka", "kepala"],
    "ka_nipotowe": ["Kepala Sentra Nipotowe", "Kepala Sentra", "kepala"],
    "pengungsi": ["pengungsi", "warga Desa Tapa", "warga"],
    "kadinsos_kalbar": ["Kepala Dinas Sosial Provinsi Kalimantan Barat", "Kepala Dinas Sosial Kalbar",
                        "Kadinsos Kalbar", "Kepala Dinas Sosial", "Kadinsos"],
    "ka_lentera": ["Kepala Sentra Lentera Kapuas", "Kepala Sentra", "kepala"],
    "barista": ["barista", "barista Kafé Inklusi Kapuas", "barista tuli", "penyandang disabilitas"],
    "ketua_ki_sultra": ["Ketua KI Sultra", "Ketua Komisi Informasi Provinsi Sulawesi Tenggara",
                        "Ketua Komisi Informasi Sultra", "Ketua KI Provinsi Sultra", "Ketua KI", "Ketua"],
    "ka_meohai": ["Kepala Sentra Meohai", "Kepala Sentra", "kepala"],
    "petugas_ppid": ["Petugas meja layanan PPID", "petugas PPID", "petugas meja layanan", "petugas"],
    "waketua_ki_sultra": ["Wakil Ketua KI Sultra", "Wakil Ketua Komisi Informasi Provinsi Sulawesi Tenggara",
                          "Wakil Ketua Komisi Informasi Sultra", "Wakil Ketua KI", "Wakil Ketua"],
    "irjen": ["Inspektur Jenderal Kemensos", "Inspektur Jenderal Kementerian Sosial", "Inspektur Jenderal",
              "Irjen Kemensos", "Irjen"],                                            # = heldout6
    "ka_wirajaya": ["Kepala Sentra Wirajaya", "Kepala Sentra", "kepala"],
    "ka_bbpks_jpr": ["Kepala BBPKS Jayapura", "Kepala Balai Besar Pelatihan Kesejahteraan Sosial Jayapura",
                     "Kepala BBPKS", "Kepala Balai Besar", "kepala"],
    "plt_dir_gratifikasi": ["Plt. Direktur Gratifikasi dan Pelayanan Publik KPK",
                            "Plt Direktur Gratifikasi dan Pelayanan Publik KPK",
                            "Pelaksana Tugas Direktur Gratifikasi dan Pelayanan Publik KPK",
                            "Direktur Gratifikasi dan Pelayanan Publik KPK", "Direktur Gratifikasi dan Pelayanan Publik",
                            "Plt. Direktur Gratifikasi", "Direktur Gratifikasi", "narasumber"],
}


def U(key, optional=False):
    core, city = UNITS[key]
    d = {"key": key, "core": list(core), "city": city}
    if optional:
        d["optional"] = True
    return d


def P(name, pos_key=None, optional=False):
    d = {"name": name, "position": list(POS[pos_key]) if pos_key else []}
    if optional:
        d["optional"] = True
    return d


def A(family, edition, recipient, innovation=None, grade=None, optional=False):
    d = {"family": family, "edition": edition, "recipient": recipient,
         "innovation": list(innovation) if innovation else None, "grade": grade}
    if optional:
        d["optional"] = True
    return d


def D(text, value, optional=False):
    d = {"text": text, "value": value}
    if optional:
        d["optional"] = True
    return d


def C(text, value, what, optional=False):
    d = {"text": text, "value": value, "what": list(what)}
    if optional:
        d["optional"] = True
    return d


INNOV = {
    "sadakes": ["SADAKES", "Satu Data Kesejahteraan Sosial"],
    "pengaduan": ["pengaduan bansos daring", "aplikasi pengaduan bansos", "pengaduan bansos"],
    "kafe": ["Kafé Inklusi Kapuas", "Kafe Inklusi Kapuas", "Kafé Inklusi", "Kafe Inklusi"],
}

W_PM = ["penerima manfaat"]
W_KABKOTA = ["kabupaten/kota", "kabupaten", "kota"]
W_UPT = ["unit pelaksana teknis", "UPT", "unit", "sentra", "satker"]
W_SATKER = ["satuan kerja", "satker"]

DOCS = [
    # ------------------------------------ story S1: Penghargaan Pengelolaan BMN 2024, Kalselteng ------
    {
        "doc_id": "h8_001", "published": "2025-02-19", "dateline_city": "Banjarbaru",
        "units": [U("budi-luhur-banjarbaru"), U("bbppks-banjarmasin")],
        "people": [P("Hendro Wicaksono Adiputro", "ka_kanwil_djkn"), P("Gusti Muhammad Rizani", "ka_budi_luhur"),
                   P("Siti Rahmah Noor", "ka_bbppks_bjm"), P("Bambang Setiadi Wibowo", "karo_umum"),
                   P("Saifullah Yusuf", "mensos")],
        "awards": [A("bmn", 2024, "budi-luhur-banjarbaru", grade="Terbaik I"),
                   A("bmn", 2024, "bbppks-banjarmasin", grade="Terbaik II")],
        "dates": [D("19 Februari 2025", "2025-02-19"), D("Selasa (18/2)", "2025-02-18"),
                  D("Sepanjang 2024", "2024"), D("pada Oktober 2024", "2024-10"), D("sejak Maret 2024", "2024-03"),
                  D("semester pertama 2025", "2025"),
                  D("(BMN) Tahun 2024", "2024", True), D("BMN 2024", "2024", True)],
        "counts": [C("Dua unit pelaksana teknis", 2, W_UPT), C("87 satuan kerja", 87, W_SATKER),
                   C("dua provinsi", 2, ["provinsi"]), C("enam aspek", 6, ["aspek"]),
                   C("3.412 item aset", 3412, ["item aset", "item", "aset"]),
                   C("14 bidang tanah", 14, ["bidang tanah", "bidang", "tanah"]),
                   C("126 unit barang", 126, ["unit barang", "barang", "unit"]),
                   C("41 ruang kelas", 41, ["ruang kelas", "ruang", "ruang kelas dan asrama"]),
                   C("13 kabupaten/kota", 13, W_KABKOTA),
                   C("Kedua satker", 2, W_SATKER, True)],
    },
    {
        "doc_id": "h8_002", "published": "2025-02-19", "dateline_city": "Banjarbaru",
        "units": [U("budi-luhur-banjarbaru"), U("bbppks-banjarmasin")],
        "people": [P("Gusti Muhammad Rizani", "ka_budi_luhur"), P("Rusdi", "operator_bmn")],
        "awards": [A("bmn", 2024, "budi-luhur-banjarbaru", grade="Terbaik I"),
                   A("bmn", 2024, "bbppks-banjarmasin", grade="Terbaik II")],
        "dates": [D("Rabu, 19 Februari 2025", "2025-02-19"), D("Selasa (18/2/2025)", "2025-02-18"),
                  D("sejak 1979", "1979"), D("sejak November 2024", "2024-11"),
                  D("(BMN) Tahun 2024", "2024", True)],
        "counts": [C("3.412 item aset", 3412, ["item aset", "item", "aset"]),
                   C("tujuh pegawai", 7, ["pegawai", "anggota", "orang"]), C("87 satker", 87, W_SATKER),
                   C("2 Sentra Kemensos", 2, ["sentra"], True)],
    },
    # ------------------------------------ story S2: TOP Digital Awards 2024, Pusdatin (central unit) --
    {
        "doc_id": "h8_003", "published": "2024-12-12", "dateline_city": "Jakarta",
        "units": [U("pusdatinkesos")],
        "people": [P("Wahyu Kurniawan Susetyo", "ka_pusdatin"), P("Rudi Hartanto Sasmita", "ketua_juri_top"),
                   P("Maria Goreti Lewar", "dir_jamsos"), P("Saifullah Yusuf", "mensos")],
        "awards": [A("top-digital", 2024, "pusdatinkesos", INNOV["sadakes"], grade="Level Stars 4")],
        "dates": [D("12 Desember 2024", "2024-12-12"), D("Kamis (12/12)", "2024-12-12"),
                  D("Agustus", "2024-08"), D("November 2024", "2024-11"),
                  D("pada 2022", "2022"), D("pada 2025", "2025"),
                  D("TOP Digital Awards 2024", "2024", True)],
        "counts": [C("514 kabupaten/kota", 514, W_KABKOTA), C("38 dinas sosial", 38, ["dinas sosial", "dinas"]),
                   C("12 kementerian", 12, ["kementerian"]), C("275 instansi", 275, ["instansi"]),
                   C("lebih dari 9.000 operator", 9000, ["operator", "operator desa"], True),
                   C("sekitar 2,7 juta pembaruan", 2700000, ["pembaruan", "pembaruan data", "data"], True),
                   C("21 hari", 21, ["hari"], True), C("empat hari", 4, ["hari"], True)],
    },
    {
        "doc_id": "h8_004", "published": "2024-12-13", "dateline_city": "Jakarta",
        "units": [U("pusdatinkesos")],
        "people": [P("Wahyu Kurniawan Susetyo", "ka_pusdatin"), P("Dimas", "analis_pusdatin"),
                   P("Ahmad Fauzan Sidik", "pemred_itworks")],
        "awards": [A("top-digital", 2024, "pusdatinkesos", INNOV["sadakes"], grade="Level Stars 4"),
                   A("top-digital", 2023, "pusdatinkesos", INNOV["pengaduan"], grade="Level Stars 3")],
        "dates": [D("Jumat, 13 Desember 2024", "2024-12-13"), D("Kamis (12/12/2024)", "2024-12-12"),
                  D("pada 2019", "2019"), D("November 2025", "2025-11"),
                  D("TOP Digital Awards 2024", "2024", True), D("TOP Digital Awards 2023", "2023", True)],
        "counts": [C("46 pengembang", 46, ["pengembang", "pengembang dan analis data", "orang"]),
                   C("275 peserta", 275, ["peserta", "instansi"]), C("12 kementerian", 12, ["kementerian"]),
                   C("11 orang", 11, ["orang", "pegawai kontrak", "pegawai"], True),
                   C("tiga bulan", 3, ["bulan"], True), C("satu tingkat", 1, ["tingkat"], True)],
    },
    # ------------------------------------ Zero Accident 2025, Bali (CRLF); WBK 2024 recap --------------
    {
        "doc_id": "h8_005", "published": "2025-02-15", "dateline_city": "Denpasar",
        "units": [U("mahatmiya-tabanan")],
        "people": [P("Ida Bagus Made Suryawan", "kadisnaker_bali"), P("Ni Luh Putu Ayu Widiastuti", "ka_mahatmiya"),
                   P("I Komang Arta Wijaya", "instruktur_kayu"), P("Kadek", "pm_mahatmiya")],
        "awards": [A("zero-accident", 2025, "mahatmiya-tabanan"),
                   A("zona-integritas-wbk", 2024, "mahatmiya-tabanan")],
        "dates": [D("Sabtu, 15 Februari 2025", "2025-02-15"), D("Jumat (14/2)", "2025-02-14"),
                  D("1 Januari 2022", "2022-01-01"), D("31 Desember 2024", "2024-12-31"),
                  D("sejak Agustus 2023", "2023-08"), D("pada 2024", "2024"), D("pada 2026", "2026"),
                  D("setiap 12 Januari", "--01-12"),
                  D("(Zero Accident) Tahun 2025", "2025", True), D("Bulan K3 Nasional 2025", "2025", True)],
        "counts": [C("38 perusahaan", 38, ["perusahaan", "perusahaan dan instansi", "instansi"]),
                   C("lima bengkel kerja", 5, ["bengkel", "bengkel kerja"]),
                   C("Sebanyak 86 pegawai", 86, ["pegawai"]), C("23 instruktur", 23, ["instruktur"]),
                   C("lebih dari 410.000 jam kerja", 410000, ["jam kerja", "jam"], True)],
    },
    # ------------------------------------ near-miss: nominated, not won (Sorong, Papua Barat Daya) ----
    {
        "doc_id": "h8_006", "published": "2024-10-21", "dateline_city": "Sorong",
        "units": [U("cahaya-timur-sorong")],
        "people": [P("Yance Rumbiak", "ka_cahaya_timur"), P("Yohana", "peksos_cahaya_timur"),
                   P("Markus Kambuaya", "ketua_klasis")],
        "awards": [],
        "dates": [D("Senin, 21 Oktober 2024", "2024-10-21"), D("Jumat (18/10) malam", "2024-10-18"),
                  D("pada 2022", "2022"), D("Sejak Juni 2024", "2024-06"), D("Januari 2025", "2025-01"),
                  D("Papua Barat Daya 2024", "2024", True), D("(KIPP) 2025", "2025", True)],
        "counts": [C("17 instansi", 17, ["instansi"]), C("enam kategori", 6, ["kategori"]),
                   C("312 penerima manfaat", 312, W_PM), C("empat distrik", 4, ["distrik"]),
                   C("dua mobil layanan keliling", 2, ["mobil", "mobil layanan keliling", "mobil layanan"])],
    },
    # ------------------------------------ release without award: flood response, Gorontalo -------------
    {
        "doc_id": "h8_007", "published": "2024-07-08", "dateline_city": "Gorontalo",
        "units": [U("huyula-gorontalo"), U("nipotowe-palu")],
        "people": [P("Teuku Ardiansyah Putra", "dir_pskba"), P("Sitti Nurhayati Pakaya", "ka_huyula"),
                   P("Rahmawati Lamadjido", "ka_nipotowe"), P("Ningsih", "pengungsi")],
        "awards": [],
        "dates": [D("8 Juli 2024", "2024-07-08"), D("Jumat (5/7) malam", "2024-07-05"),
                  D("Minggu (7/7)", "2024-07-07"), D("Sabtu (6/7/2024)", "2024-07-06"),
                  D("21 Juli 2024", "2024-07-21")],
        "counts": [C("2.416 kepala keluarga", 2416, ["kepala keluarga", "KK", "keluarga"]),
                   C("7.930 jiwa", 7930, ["jiwa", "orang", "warga"]), C("empat kecamatan", 4, ["kecamatan"]),
                   C("tiga titik pengungsian", 3, ["titik pengungsian", "titik", "lokasi pengungsian"]),
                   C("4.800 porsi", 4800, ["porsi", "porsi makanan"]),
                   C("sembilan pekerja sosial", 9, ["pekerja sosial"]),
                   C("150 anak", 150, ["anak", "anak dan lansia"]),
                   C("dua hari", 2, ["hari"], True), C("dua malam", 2, ["malam"], True)],
    },
    # ------------------------------------ Ramah Disabilitas Kalbar 2024 (cp1252); Ombudsman recap -----
    {
        "doc_id": "h8_008", "published": "2024-12-04", "dateline_city": "Pontianak",
        "units": [U("lentera-kapuas-pontianak")],
        "people": [P("Nur\u2019aini Syarifah", "kadinsos_kalbar"), P("Hendrikus Ajong", "ka_lentera"),
                   P("Andr\u00e9 Kurniawan", "barista")],
        "awards": [A("ramah-disabilitas", 2024, "lentera-kapuas-pontianak", INNOV["kafe"]),
                   A("ombudsman-kepatuhan", 2023, "lentera-kapuas-pontianak", grade="zona hijau")],
        "dates": [D("4 Desember 2024", "2024-12-04"), D("Selasa (3/12)", "2024-12-03"),
                  D("sejak Mei 2023", "2023-05"), D("setiap 3 Desember", "--12-03"),
                  D("Kalimantan Barat 2024", "2024", True), D("Kalbar 2024", "2024", True)],
        "counts": [C("35 instansi", 35, ["instansi", "instansi pelayanan publik"]),
                   C("14 kabupaten/kota", 14, W_KABKOTA), C("12 barista", 12, ["barista"]),
                   C("140 cangkir", 140, ["cangkir"]), C("tiga kategori", 3, ["kategori"]),
                   C("delapan di antaranya", 8, ["barista", "barista tuli"], True)],
    },
    # ------------------------------------ Keterbukaan Informasi Sultra 2024; Ombudsman 2023 recap -----
    {
        "doc_id": "h8_009", "published": "2024-11-26", "dateline_city": "Kendari",
        "units": [U("meohai-kendari")],
        "people": [P("La Ode Abdul Syukur Nasrun", "ketua_ki_sultra"), P("La Ode Muhammad Sabaruddin", "ka_meohai"),
                   P("Sartini", "petugas_ppid"), P("Wa Ode Nurhayati Saleh", "waketua_ki_sultra")],
        "awards": [A("keterbukaan-informasi", 2024, "meohai-kendari", grade="Badan Publik Informatif"),
                   A("ombudsman-kepatuhan", 2023, "meohai-kendari", grade="zona hijau")],
        "dates": [D("Selasa, 26 November 2024", "2024-11-26"), D("Senin (25/11/2024)", "2024-11-25"),
                  D("Juli", "2024-07"), D("Oktober 2024", "2024-10"), D("Pada 2023", "2023"),
                  D("Agustus 2025", "2025-08"), D("Sulawesi Tenggara 2024", "2024", True)],
        "counts": [C("142 badan publik", 142, ["badan publik"]),
                   C("1.180 permohonan", 1180, ["permohonan", "permohonan informasi"]),
                   C("17 kabupaten/kota", 17, W_KABKOTA),
                   C("Hanya 19 di antaranya", 19, ["badan publik"], True),
                   C("tiga hari kerja", 3, ["hari", "hari kerja"], True),
                   C("Dua penghargaan", 2, ["penghargaan"], True)],
    },
    # ------------------------------------ UPG Terbaik 2024 (Itjen organises only), Hakordia -----------
    {
        "doc_id": "h8_010", "published": "2024-12-10", "dateline_city": "Jakarta",
        "units": [U("wirajaya-makassar"), U("bbpks-jayapura"), U("mahatmiya-tabanan")],
        "people": [P("Agustinus Parlindungan Lumbangaol", "irjen"), P("Andi Tenri Sumange", "ka_wirajaya"),
                   P("Yohanes Kambu", "ka_bbpks_jpr"), P("Wahyudi Prasetyo Nugroho", "plt_dir_gratifikasi")],
        "awards": [A("upg-gratifikasi", 2024, "wirajaya-makassar", grade="Terbaik I"),
                   A("upg-gratifikasi", 2024, "bbpks-jayapura", grade="Terbaik II"),
                   A("upg-gratifikasi", 2024, "mahatmiya-tabanan", grade="Terbaik III")],
        "dates": [D("10 Desember 2024", "2024-12-10"), D("Senin (9/12)", "2024-12-09"),
                  D("Januari", "2024-01"), D("November 2024", "2024-11"), D("pada 2023", "2023"),
                  D("setiap 9 Desember", "--12-09"), D("pada 2025", "2025"),
                  D("(UPG) Terbaik Tahun 2024", "2024", True)],
        "counts": [C("tiga unit pelaksana teknis", 3, W_UPT), C("46 unit pelaksana teknis", 46, W_UPT),
                   C("63 laporan", 63, ["laporan", "laporan gratifikasi"]),
                   C("28 ruang layanan", 28, ["ruang layanan", "ruang"]),
                   C("Dua keluarga", 2, ["keluarga", "keluarga penerima manfaat"]),
                   C("16 penyuluh", 16, ["penyuluh", "penyuluh antikorupsi"]),
                   C("37 laporan", 37, ["laporan"])],
    },
]

STORIES = [["h8_001", "h8_002"], ["h8_003", "h8_004"]]

NOTES = {
    "encoding": {
        "h8_005": "UTF-8 with Windows (CRLF) line endings.",
        "h8_008": "Saved in cp1252 (Windows-1252), not UTF-8: em-dashes (0x97) in the dateline and mid-sentence, "
                  "curly double quotes (0x93/0x94), an ellipsis (0x85; a NEL control character if misread as "
                  "latin-1), e-acute (0xE9) in the innovation name 'Kafé Inklusi Kapuas' and in the name 'André "
                  "Kurniawan', and a curly apostrophe (0x92) inside the name 'Nur’aini Syarifah'. Decode as cp1252. "
                  "Gold `text`, `name` and innovation fields are the decoded Unicode strings.",
        "boilerplate": "h8_002 (Banjarmasin Post / Tribun style): two 'Baca juga:' lines, 'Penulis:', 'Editor:', "
                       "'Artikel ini telah tayang di ...'. h8_004 (online news style): 'ADVERTISEMENT', 'Baca Juga:', "
                       "'Tags:'. Kemensos releases end with the 'Biro Hubungan Masyarakat / Kementerian Sosial RI' "
                       "signature block (not a unit).",
        "others": "UTF-8 with LF line endings, no BOM. Sizes 1.5-2.0 KB.",
    },
    "events": {
        "A Penghargaan Pengelolaan Barang Milik Negara (BMN) Tahun 2024, Kanwil DJKN Kalimantan Selatan dan Tengah "
        "(Selasa 18 Feb 2025): Sentra Budi Luhur Banjarbaru Terbaik I, BBPPKS Banjarmasin Terbaik II "
        "(satker with assets under Rp50 miliar)": ["h8_001", "h8_002"],
        "B TOP Digital Awards 2024 (majalah It Works, Kamis 12 Dec 2024): Pusdatin Kemensos, Level Stars 4, "
        "dasbor SADAKES; recap TOP Digital Awards 2023 Level Stars 3 (h8_004)": ["h8_003", "h8_004"],
        "C Penghargaan Kecelakaan Kerja Nihil (Zero Accident) Tahun 2025 from the Province of Bali (Jumat 14 Feb "
        "2025) to Sentra Mahatmiya Tabanan; recap WBK 2024": ["h8_005"],
        "D Near-miss: Sentra Cahaya Timur Sorong in the top-three nominees of the Anugerah Pelayanan Publik Provinsi "
        "Papua Barat Daya 2024 (Jumat 18 Oct 2024), lost to RSUD Sele be Solu; a personal award to a social worker; "
        "a planned KIPP 2025 entry": ["h8_006"],
        "E Flood response in Gorontalo (from Jumat 5 Jul 2024): invented Loka Rehabilitasi Sosial 'Huyula' "
        "Gorontalo and Sentra Nipotowe Palu, coordinated by Ditjen Linjamsos; no award": ["h8_007"],
        "F Penghargaan Pelayanan Publik Ramah Disabilitas Provinsi Kalimantan Barat 2024 (HDI, Selasa 3 Dec 2024) to "
        "Sentra Lentera Kapuas for Kafé Inklusi Kapuas; recap Ombudsman zona hijau 'tahun lalu' (2023)": ["h8_008"],
        "G Anugerah Keterbukaan Informasi Publik Sulawesi Tenggara 2024 (Senin 25 Nov 2024): Sentra Meohai Badan "
        "Publik Informatif; recap Ombudsman zona hijau 2023": ["h8_009"],
        "H Penghargaan Unit Pengendalian Gratifikasi (UPG) Terbaik Tahun 2024, organised by the Inspektorat Jenderal "
        "(Hakordia, Senin 9 Dec 2024): Sentra Wirajaya Terbaik I, BBPKS Jayapura Terbaik II, Sentra Mahatmiya "
        "Terbaik III": ["h8_010"],
    },
    "stories": "Near-duplicate groups: {h8_001 Kemensos release, h8_002 Banjarmasin Post rewrite with a Budi Luhur "
               "angle} (BMN 2024); {h8_003 Kemensos release, h8_004 online-news rewrite one day later with a 2023 "
               "recap} (TOP Digital Awards 2024). All other documents are singletons (h8_005 and h8_010 share a "
               "unit, Mahatmiya, but tell different stories).",
    "conventions": [
        "Follows the dev-set conventions and those of the earlier held-out sets (heldout ... heldout7). Award "
        "outcomes, unit heads, staff, beneficiaries, figures, innovation names (SADAKES, Kafé Inklusi Kapuas, Noken "
        "Peduli) and all quotes are FICTIONAL. The only real office holder named is Mensos Saifullah Yusuf (Dec 2024 / "
        "Feb 2025), mentioned but never quoted. LRS 'Huyula' Gorontalo is an INVENTED unit. Unit heads reuse the "
        "earlier sets where the unit appeared before (Gusti Muhammad Rizani, Hendrikus Ajong, La Ode Muhammad "
        "Sabaruddin, Andi Tenri Sumange = heldout2; Yance Rumbiak, Ni Luh Putu Ayu Widiastuti = heldout; Yohanes "
        "Kambu = heldout2; Hj. Rahmawati Lamadjido = heldout3; Irjen Agustinus Parlindungan Lumbangaol = heldout6). "
        "Award recaps agree with the earlier sets: Mahatmiya WBK 2024 = heldout; Lentera Kapuas Ombudsman 2023 = "
        "heldout2; Meohai Ombudsman 2023 = heldout4.",
        "NEW FAMILIES (placed before the catch-all pelayanan-publik, which stays last; the 21 families of heldout7 are "
        "kept unchanged and in the same order): 'bmn' (Penghargaan Pengelolaan Barang Milik Negara, from a Kanwil DJKN "
        "of the Ministry of Finance; regex '\\bbmn\\b|barang\\s+milik\\s+negara'); 'top-digital' (TOP Digital Awards, "
        "from the magazine It Works; regex 'top\\s+digital' - it needs whitespace and a word, so it never competes "
        "with 'Top 99/45/..'); 'zero-accident' (Penghargaan Kecelakaan Kerja Nihil / Zero Accident, from a province; "
        "regex 'zero\\s+accident|kecelakaan\\s+(kerja\\s+)?nihil'); 'upg-gratifikasi' (Penghargaan Unit Pengendalian "
        "Gratifikasi Terbaik, internal Kemensos award organised by the Inspektorat Jenderal; regex 'gratifikasi').",
        "GRADES (not scored): bmn 'Terbaik I' / 'Terbaik II' (h8_002 'terbaik pertama' / 'urutan kedua' are given the "
        "same grades); top-digital 'Level Stars 4' / 'Level Stars 3'; upg-gratifikasi 'Terbaik I/II/III'; "
        "keterbukaan-informasi 'Badan Publik Informatif'; ombudsman-kepatuhan 'zona hijau'. zero-accident has none.",
        "CENTRAL UNITS: Pusdatin is a unit (key pusdatinkesos, city null) because it RECEIVES an award (h8_003, "
        "h8_004), as in dev/heldout. Central units that only ORGANISE or coordinate are NOT units (dev convention): "
        "Biro Umum runs the BMN clinic (h8_001), Ditjen Perlindungan dan Jaminan Sosial co-develops SADAKES (h8_003) "
        "and coordinates flood logistics (h8_007), and the Inspektorat Jenderal organises the UPG award (h8_010) - "
        "although Itjen and Ditjen Linjamsos were units in heldout6, where they received awards. Directorates inside "
        "titles (Direktur Jaminan Sosial, Direktur Perlindungan Sosial Korban Bencana Alam) are not units. Also not "
        "units: Kanwil DJKN, Dinas Tenaga Kerja dan ESDM Bali, Dinas Sosial Kalbar, Komisi Informasi Sultra, KPK, "
        "Tagana, RSUD Sele be Solu, the Biro Humas signature block.",
        "NOT AWARDS: the NOMINATION of Sentra Cahaya Timur (top three, not won) in the Anugerah Pelayanan Publik Papua "
        "Barat Daya 2024 (h8_006; the name matches pelayanan-publik, which makes it a trap); the PERSONAL title "
        "'Pendamping Sosial Teladan Papua Barat Daya' of the social worker Yohana (a person, not a unit); the planned "
        "KIPP 2025 entry; winners that are not Kemensos bodies (Universitas Lambung Mangkurat and Polda Kalimantan "
        "Tengah BMN, h8_002; RSUD Sele be Solu, h8_006; the 38 companies of h8_005 are not named); 'TOP Digital "
        "Awards' 2025 plans (h8_004).",
        "EDITIONS: BMN 'Tahun 2024' handed over in Feb 2025 -> 2024 (edition = evaluated year, dev convention); Zero "
        "Accident 'Tahun 2025' (period 2022-2024) -> 2025, the year in the award's name; TOP Digital Awards 2023 "
        "(h8_004) is written only inside the award name, so the date is optional but the edition is 2023; "
        "Lentera Kapuas 'tahun lalu masuk zona hijau Ombudsman RI' in a Dec 2024 text -> 2023 (EDITION_FROM_CONTEXT); "
        "'tahun lalu' is not a date.",
        "PEOPLE: honorifics and degrees are dropped, in varied forms: 'Drs.', 'Dr.', 'Dr. Hj.', 'Ir.', 'Prof. Dr. Ir.', "
        "'Ns.' (nurse), 'Pdt.' (pastor), 'Hj.', and suffixes with or without dots ('S.Sos., M.Si.', 'S.Kom., "
        "M.T.I.', 'S.Kep., M.Kes.', 'S.ST.', 'S.Th.', 'ST, MSi'). Name elements that are part of the name are kept: "
        "'Gusti' (Banjar), 'Teuku' (Aceh), 'Ida Bagus', 'I', 'Ni Luh Putu' (Bali), 'La Ode' / 'Wa Ode' (Buton), "
        "'Andi' (Bugis). Single first names are people: Rusdi, Dimas, Kadek, Yohana, Ningsih, Sartini. A later "
        "surname-only or first-name-only mention ('kata Wahyu', 'Menurut Fauzan', 'ujar Sabaruddin', 'Suryawan "
        "mengingatkan', 'Rumbiak menambahkan') is the same person. Bylines and credits ('Penulis: Muhammad Syaiful "
        "Anwar', 'Editor: Hari Widodo', '(ads)', '(fr/pbd)', '(ard)', 'JN', 'KP', 'PBDPos') are not people. Ages "
        "'(41)', '(23)' are not counts. Places named after people ('Gedung Lambert Jitmau', 'Lapangan Niti Mandala "
        "Renon') are not people.",
        "DATES: published dates come from datelines ('BANJARBARU (19 Februari 2025) –', 'JAKARTA (12 Desember 2024) "
        "–', 'GORONTALO (8 Juli 2024) –', 'Pontianak, 4 Desember 2024 —', 'JAKARTA (10 Desember 2024) –') or headers "
        "('Rabu, 19 Februari 2025 14:10 WITA', 'Jumat, 13 Desember 2024 | 09:20 WIB', 'Sabtu, 15 Februari 2025', "
        "'Senin, 21 Oktober 2024', 'Selasa, 26 November 2024'); the dateline city of a news rewrite is the city "
        "after the outlet tag ('BANJARMASINPOST.CO.ID, BANJARBARU' -> Banjarbaru; 'DENPASAR, NusaBali' -> Denpasar). "
        "MONTH RANGES 'Agustus hingga November 2024', 'Juli hingga Oktober 2024', 'Januari hingga November 2024' give "
        "both named months (heldout6 convention; MONTH_RANGES). Full-date period ends '1 Januari 2022 hingga 31 "
        "Desember 2024' are two dates. 'Jumat (5/7) malam' / 'Jumat (18/10) malam' = that day. 'semester pertama "
        "2025' = 2025. Recurring days: 'setiap 12 Januari' (Hari K3) = --01-12, 'setiap 3 Desember' (HDI) = --12-03, "
        "'setiap 9 Desember' (Hakordia) = --12-09. Years inside award/event names ('BMN 2024', '(BMN) Tahun 2024', "
        "'TOP Digital Awards 2024/2023', '(Zero Accident) Tahun 2025', 'Bulan K3 Nasional 2025', 'Papua Barat Daya "
        "2024', '(KIPP) 2025', 'Kalimantan Barat 2024', 'Kalbar 2024', 'Sulawesi Tenggara 2024', '(UPG) Terbaik Tahun "
        "2024') are optional. Not dates: 'tahun ini', 'Tahun lalu', 'Tahun depan', 'sepanjang tahun ini', 'Setiap "
        "bulan', 'setiap hari', 'setiap Kamis', clock times ('14:10 WITA', '09:20 WIB').",
        "COUNTS: 'Sebanyak 86 pegawai' is required (sebanyak = 'as many as'). Optional: approximations ('lebih dari "
        "9.000 operator', 'sekitar 2,7 juta pembaruan', 'lebih dari 410.000 jam kerja'), partitives ('Dari jumlah "
        "itu, 11 orang', 'delapan di antaranya', 'Hanya 19 di antaranya'), anaphora ('Kedua satker', 'Dua "
        "penghargaan ini'), durations ('21 hari', 'empat hari', 'tiga hari kerja', 'tiga bulan', 'dua hari', 'dua "
        "malam'), 'naik satu tingkat', and numbers in 'Baca juga' headlines ('2 Sentra Kemensos'). Not counts: money "
        "('Rp50 miliar', 'Rp 90 Ribu', 'Rp1,3 miliar', 'Rp 15 juta'), scores ('94,6'), ranks ('Terbaik I/II/III', "
        "'terbaik pertama', 'urutan kedua', 'tiga besar nominasi', 'Level Stars 4'), ordinals ('pertama digelar', "
        "'ruang pelatihan kedua', 'pertama kali'), idioms ('satu-satunya', 'Salah satu', 'Salah seorang', 'satu dari "
        "12' - the 12 is counted), ages, and 'Sebagian warga'. The headline '3.412 Aset' repeats the body count.",
        "STORY WITHOUT AWARD: h8_007 (no award language at all). NEAR-MISS: h8_006 (nomination, personal award, "
        "plans; no unit award).",
    ],
}

def derive_canonical(docs, stories):
    canon = OrderedDict()
    optional_keys = set()
    for d in docs:
        for a in d["awards"]:
            if a["edition"] is None:
                continue
            k = (a["family"], a["edition"], a["recipient"])
            canon.setdefault(k, []).append(d["doc_id"])
            if a.get("optional"):
                optional_keys.add(k)
    # null-edition awards: merge into a dated canonical award of a story-mate, else keep undated
    for d in docs:
        for a in d["awards"]:
            if a["edition"] is not None:
                continue
            mates = [g for g in stories if d["doc_id"] in g]
            target = None
            for k, srcs in canon.items():
                if k[0] == a["family"] and k[2] == a["recipient"] and mates and set(srcs) & set(mates[0]):
                    assert target is None, f"ambiguous merge for {d['doc_id']} {a}"
                    target = k
            if target is None:
                target = (a["family"], None, a["recipient"])
                canon.setdefault(target, [])
                if a.get("optional"):
                    optional_keys.add(target)
            canon[target].append(d["doc_id"])
    rows = []
    for (fam, ed, rec), srcs in sorted(canon.items(), key=lambda kv: (kv[0][1] or 0, kv[0][0], kv[0][2])):
        row = {"family": fam, "edition": ed, "recipient": rec, "sources": sorted(set(srcs))}
        if (fam, ed, rec) in optional_keys:
            row["optional"] = True
        rows.append(row)
    return rows


def main():
    ids = [d["doc_id"] for d in DOCS]
    assert len(ids) == len(set(ids)) == 10
    key_order = ["doc_id", "published", "dateline_city", "units", "people", "awards", "dates", "counts"]
    with (HERE / "docs.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for d in DOCS:
            f.write(json.dumps({k: d[k] for k in key_order}, ensure_ascii=False) + "\n")
    corpus = {
        "stories": STORIES,
        "award_families": dict(AWARD_FAMILIES),
        "canonical_awards": derive_canonical(DOCS, STORIES),
        "notes": NOTES,
    }
    (HERE / "corpus.json").write_text(json.dumps(corpus, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_req = sum(1 for r in corpus["canonical_awards"] if not r.get("optional"))
    print(f"wrote docs.jsonl ({len(DOCS)} docs) and corpus.json ({len(corpus['canonical_awards'])} canonical awards, "
          f"{n_req} required)")


if __name__ == "__main__":
    main()
