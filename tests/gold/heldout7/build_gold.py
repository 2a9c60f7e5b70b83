#!/usr/bin/env python3
"""Build the gold files of held-out set 7 (docs.jsonl, corpus.json) from the annotations below.

Usage: python3 build_gold.py

Edit the annotations in this file, then re-run it and `python3 validate.py`.
Canonical awards are derived from the per-document awards (see `derive_canonical`).
Same schema and helpers as /work/heldout6/build_gold.py. New here: two award families (ikpa, ramah-anak),
a UTF-16 text, EDITION_FROM_CONTEXT keyed by edition as well (one unit has two editions of one award in a
document), PERSON_ALIASES (a real office holder named only by a nickname), DAY_RANGES and HEADLINE_ONLY_AWARDS.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Award families: the 19 families of heldout6, same order, plus two new families placed just
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
    # new in heldout7
    ("ikpa", r"\bikpa\b|kinerja\s+pelaksanaan\s+anggaran"),
    ("ramah-anak", r"ramah\s+anak|layak\s+anak"),
    ("pelayanan-publik", r"pelayanan\s+publik|indeks\s+pe\w+\s+publik|pelayanan\s+prima|kinerja\s+pelayanan"),
])

# Canonical award name per family (used by validate.py for the perfect prediction and the
# first-match-wins check).
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
    "pelayanan-publik": "Penghargaan Pelayanan Publik (Evaluasi Pelayanan Publik)",
}

# Encoding / line-ending / BOM of each text that is not plain UTF-8 + LF without BOM (checked by validate.py).
TEXT_FORMAT = {
    "h7_003": {"encoding": "utf-16", "newline": "\n", "bom": True},   # UTF-16 LE with BOM FF FE
    "h7_005": {"encoding": "utf-8", "newline": "\r\n", "bom": False},
    "h7_006": {"encoding": "cp1252", "newline": "\n", "bom": False},
}

# Web boilerplate lines that must be present (checked by validate.py).
BOILERPLATE = {
    "h7_002": ["Baca juga:", "Penulis:", "Editor:", "Artikel ini telah tayang di"],
    "h7_007": ["Editor:", "Tags:"],
    "h7_012": ["ADVERTISEMENT", "Baca Juga:", "Tags:", "Bagikan:"],
}

# Editions that are not written as a year: they are resolved from a relative expression, which must appear in
# the text (validate.py checks the phrase instead of the year). Key: (doc, family, recipient, edition).
EDITION_FROM_CONTEXT = {
    ("h7_002", "ikpa", "efata-kupang", 2023): "dua tahun berturut-turut",
    ("h7_003", "ikpa", "efata-kupang", 2023): "tahun anggaran sebelumnya",
    ("h7_008", "sarpras-ramah-rentan", "abiseka-pekanbaru", 2023): "Tahun lalu kami dianugerahi",
}

# Real office holders written ONLY by a well-known nickname: the gold name is the full name (SCHEMA: "full
# name"), so validate.py checks the alias instead of the name and checks that the full name is NOT written.
PERSON_ALIASES = {
    ("h7_002", "Saifullah Yusuf"): "Mensos Gus Ipul",
    ("h7_004", "Tri Rismaharini"): "Mensos Risma",
}

# Day ranges: every date entry whose text is a range must have a value inside it (validate.py).
DAY_RANGES = {"h7_011": ["3-5 Juni 2024"]}

# Awards whose name is written only in the headline (first non-empty line that is not a date header).
HEADLINE_ONLY_AWARDS = {("h7_009", "top45-inovasi"): r"top\s*45|kompetisi\s+inovasi|\bkipp\b"}

# --------------------------------------------------------------------------------------------
# Units (key -> core spellings, city). `core` = distinctive name surviving renames.
# Keys and cores reuse the earlier sets (efata: heldout5; alyatama, stks: dev; bbppks-*: heldout).
# --------------------------------------------------------------------------------------------
UNITS = {
    "efata-kupang": (["Efata", "Effata"], "Kupang"),
    "naibonat-kupang": (["Naibonat"], "Kupang"),
    "bahagia-medan": (["Bahagia"], "Medan"),
    "insyaf-medan": (["Insyaf"], "Medan"),
    # invented unit
    "tuah-sakato-padang": (["Tuah Sakato"], "Padang"),
    "bbppks-padang": (["BBPPKS Padang", "Pendidikan dan Pelatihan Kesejahteraan Sosial Padang",
                       "Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Padang"], "Padang"),
    "stks-bandung": (["STKS", "Sekolah Tinggi Kesejahteraan Sosial", "Poltekesos", "Politeknik Kesejahteraan Sosial"],
                     "Bandung"),
    "bbppks-bandung": (["BBPPKS Bandung", "Pendidikan dan Pelatihan Kesejahteraan Sosial Bandung",
                        "Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Bandung"], "Bandung"),
    "abiseka-pekanbaru": (["Abiseka"], "Pekanbaru"),
    "tumou-tou-manado": (["Tumou Tou"], "Manado"),
    "alyatama-jambi": (["Alyatama", "Alyatam"], "Jambi"),
    "gau-mabaji-gowa": (["Gau Mabaji"], "Gowa"),
}

# --------------------------------------------------------------------------------------------
# Positions (acceptable spellings), reused across documents.
# --------------------------------------------------------------------------------------------
POS = {
    "mensos": ["Menteri Sosial", "Mensos"],
    "ka_kanwil_djpb_ntt": ["Kepala Kanwil DJPb Provinsi NTT", "Kepala Kanwil DJPb NTT",
                           "Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Nusa Tenggara Timur",
                           "Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi NTT",
                           "Kepala Kantor Wilayah DJPb", "Kepala Kanwil DJPb", "Kepala Kanwil", "Kepala Kantor Wilayah"],
    "ka_efata": ["Kepala Sentra Efata", "Kepala Sentra", "kepala"],
    "plt_ka_naibonat": ["Plt. Kepala Sentra Naibonat", "Plt Kepala Sentra Naibonat",
                        "Pelaksana Tugas Kepala Sentra Naibonat", "Plt. Kepala Sentra", "Kepala Sentra Naibonat",
                        "Kepala Sentra", "kepala"],
    "kasubbag_tu_naibonat": ["Kepala Subbagian Tata Usaha", "Kepala Subbagian Tata Usaha Sentra Naibonat",
                             "Kasubbag TU", "Kasubag TU", "Kepala Subbagian"],
    "jbi_efata": ["juru bahasa isyarat", "juru bahasa isyarat kontrak", "juru bahasa isyarat Sentra Efata",
                  "penerima manfaat"],
    "kadis_pppa_sumut": ["Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Sumatera Utara",
                         "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
                         "Kepala Dinas PPPA Provinsi Sumatera Utara", "Kepala Dinas PPPA Sumut", "Kadis PPPA Sumut",
                         "Kepala DP3A Sumut", "Kepala Dinas"],
    "ka_bahagia": ["Kepala Sentra Bahagia", "Kepala Sentra", "kepala"],
    "ka_insyaf": ["Kepala Sentra Insyaf", "Kepala Sentra", "kepala"],
    "ortu_insyaf": ["orang tua", "orang tua penerima manfaat", "warga binaan Sentra Insyaf", "warga binaan",
                    "penerima manfaat"],
    "ka_tuah_sakato": ["Kepala LRSLU Tuah Sakato", "Kepala Loka Rehabilitasi Sosial Lanjut Usia Tuah Sakato",
                       "Kepala LRSLU", "Kepala Loka", "kepala"],
    "ka_bbppks_padang": ["Kepala BBPPKS Padang", "Kepala Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Padang",
                         "Kepala BBPPKS", "Kepala Balai Besar", "kepala"],
    "penerima_kurban": ["penerima", "penerima kurban", "penerima paket", "penerima daging kurban", "warga",
                        "warga Kelurahan Lubuk Buaya", "lansia"],
    "dir_poltekesos": ["Direktur Poltekesos Bandung", "Direktur Politeknik Kesejahteraan Sosial Bandung",
                       "Direktur Poltekesos", "Direktur"],
    "mahasiswa": ["mahasiswa", "mahasiswa Poltekesos", "mahasiswa Poltekesos Bandung"],
    "mantan_ketua_stks": ["mantan Ketua STKS Bandung", "mantan Ketua STKS",
                          "mantan Ketua Sekolah Tinggi Kesejahteraan Sosial Bandung", "Ketua STKS Bandung",
                          "Ketua STKS", "Ketua Sekolah Tinggi Kesejahteraan Sosial"],
    "plh_ka_abiseka": ["Plh. Kepala Sentra Abiseka", "Plh Kepala Sentra Abiseka",
                       "Pelaksana Harian Kepala Sentra Abiseka", "Plh. Kepala Sentra", "Kepala Sentra Abiseka",
                       "Kepala Sentra", "kepala"],
    "kadinsos_riau": ["Kepala Dinas Sosial Provinsi Riau", "Kepala Dinas Sosial Riau", "Kadinsos Riau",
                      "Kepala Dinas Sosial", "Kadinsos"],
    "mantan_ka_tumou": ["mantan Kepala Sentra Tumou Tou", "mantan Kepala Sentra", "Kepala Sentra Tumou Tou",
                        "penggagas Mapalus Kasih", "relawan"],
    "ka_tumou": ["Kepala Sentra Tumou Tou", "Kepala Sentra", "kepala"],
    "peserta_mapalus": ["peserta", "peserta Kelas Mapalus Lansia", "ketua kelompok kebun obat", "ketua kelompok",
                        "lansia", "pensiunan guru"],
    "plt_ombudsman_jambi": ["Plt. Kepala Perwakilan Ombudsman RI Provinsi Jambi",
                            "Plt Kepala Perwakilan Ombudsman RI Provinsi Jambi",
                            "Pelaksana Tugas Kepala Perwakilan Ombudsman RI Provinsi Jambi",
                            "Kepala Perwakilan Ombudsman RI Provinsi Jambi", "Kepala Perwakilan Ombudsman Jambi",
                            "Plt. Kepala Perwakilan Ombudsman", "Kepala Perwakilan Ombudsman", "Kepala Perwakilan"],
    "ka_alyatama": ["Kepala Sentra Alyatama", "Kepala Sentra", "kepala"],
    "pm_alyatama": ["penerima manfaat", "mantan penerima manfaat", "barista", "alumni rehabilitasi"],
    "kadinsos_sulsel": ["Kepala Dinas Sosial Provinsi Sulawesi Selatan", "Kepala Dinas Sosial Sulsel",
                        "Kadinsos Sulsel", "Kepala Dinas Sosial", "Kadinsos"],
    "ka_gau_mabaji": ["Kepala Sentra Gau Mabaji", "Kepala Sentra", "kepala"],
    "dir_rehsos_lu": ["Direktur Rehabilitasi Sosial Lanjut Usia Kementerian Sosial",
                      "Direktur Rehabilitasi Sosial Lanjut Usia", "Direktur Rehsos Lanjut Usia",
                      "Direktur Rehsos Lansia", "Direktur"],
    "peserta_sikola": ["peserta", "peserta Sikola Tau Toa", "warga", "warga Kecamatan Bontonompo", "lansia"],
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
    "kawan": ["KAWAN PULIH", "Keluarga dan Anak Pulih"],
    "rama": ["Rumah Aman Anak", "RAMA"],
    "mapalus": ["Mapalus Kasih"],
    "sikola": ["Sikola Tau Toa"],
}

W_PM = ["penerima manfaat"]
W_KABKOTA = ["kabupaten/kota", "kabupaten", "kota"]
W_UPT = ["unit pelaksana teknis", "UPT", "unit", "sentra"]

DOCS = [
    # ------------------------------------------- story S1: IKPA 2024, NTT (three outlets) ---------
    {
        "doc_id": "h7_001", "published": "2025-01-24", "dateline_city": "Kupang",
        "units": [U("efata-kupang"), U("naibonat-kupang")],
        "people": [P("Lalu Hendra Prasetya", "ka_kanwil_djpb_ntt"), P("Yosef Gabriel Nahak", "ka_efata"),
                   P("Yuliana Benu", "plt_ka_naibonat"), P("Saifullah Yusuf", "mensos")],
        "awards": [A("ikpa", 2024, "efata-kupang", grade="Terbaik I"),
                   A("ikpa", 2024, "naibonat-kupang", grade="Terbaik III"),
                   A("ikpa", 2023, "efata-kupang")],
        "dates": [D("24 Januari 2025", "2025-01-24"), D("Kamis (23/1)", "2025-01-23"),
                  D("tahun anggaran 2024", "2024"), D("Sepanjang 2024", "2024"),
                  D("IKPA 2024", "2024", True), D("(IKPA) Tahun 2024", "2024", True),
                  D("IKPA Tahun 2023", "2023", True)],
        "counts": [C("dua unit pelaksana teknis", 2, W_UPT), C("delapan indikator", 8, ["indikator"]),
                   C("214 satuan kerja", 214, ["satuan kerja", "satker"]),
                   C("428 penerima manfaat", 428, W_PM), C("22 kabupaten/kota", 22, W_KABKOTA),
                   C("96 anak", 96, ["anak"]),
                   C("hanya 18 yang kami beri penghargaan", 18, ["satuan kerja", "satker"], True),
                   C("dua sentra Kemensos", 2, ["sentra"], True),
                   C("lima hari kerja", 5, ["hari", "hari kerja"], True)],
    },
    {
        "doc_id": "h7_002", "published": "2025-01-24", "dateline_city": "Kupang",
        "units": [U("naibonat-kupang"), U("efata-kupang")],
        "people": [P("Yuliana Benu", "plt_ka_naibonat"), P("Markus Benu", "kasubbag_tu_naibonat"),
                   P("Saifullah Yusuf", "mensos")],
        "awards": [A("ikpa", 2024, "naibonat-kupang", grade="Terbaik III"),
                   A("ikpa", 2024, "efata-kupang"),
                   A("ikpa", 2023, "efata-kupang")],
        "dates": [D("Jumat, 24 Januari 2025", "2025-01-24"), D("Kamis (23/1/2025)", "2025-01-23"),
                  D("(IKPA) Tahun 2024", "2024", True)],
        "counts": [C("empat orang", 4, ["orang", "pegawai", "anggota", "tim"]), C("96 anak", 96, ["anak"]),
                   C("Sebanyak 41 di antaranya", 41, ["anak", "anak berhadapan dengan hukum"], True),
                   C("kedua sentra", 2, ["sentra"], True), C("sehari", 1, ["hari"], True),
                   C("dua tahun berturut-turut", 2, ["tahun"], True),
                   C("3 Truk Logistik", 3, ["truk", "truk logistik"], True),
                   C("1.200 Formasi PPPK", 1200, ["formasi", "formasi PPPK"], True)],
    },
    {
        "doc_id": "h7_003", "published": "2025-01-25", "dateline_city": "Kupang",
        "units": [U("efata-kupang")],
        "people": [P("Yosef Gabriel Nahak", "ka_efata"), P("Kristina Bria", "jbi_efata")],
        "awards": [A("ikpa", 2024, "efata-kupang"),
                   A("ikpa", 2023, "efata-kupang")],
        "dates": [D("Sabtu, 25 Januari 2025", "2025-01-25"), D("Kamis (23/1)", "2025-01-23"),
                  D("sejak 2019", "2019"), D("(IKPA) Tahun 2024", "2024", True)],
        "counts": [C("12 juru bahasa isyarat", 12, ["juru bahasa isyarat", "juru bahasa"]),
                   C("sembilan kabupaten", 9, ["kabupaten"]), C("17 penerima manfaat", 17, W_PM)],
    },
    # -------------------------- story S2: Layanan Ramah Anak Sumut 2023, joint award (two outlets) ---
    {
        "doc_id": "h7_004", "published": "2023-07-24", "dateline_city": "Medan",
        "units": [U("bahagia-medan"), U("insyaf-medan")],
        "people": [P("Elvi Yanti Harahap", "kadis_pppa_sumut"), P("Nurhayati Lubis", "ka_bahagia"),
                   P("Lamhot Parulian Simanjuntak", "ka_insyaf"), P("Tri Rismaharini", "mensos")],
        "awards": [A("ramah-anak", 2023, "bahagia-medan", INNOV["kawan"]),
                   A("ramah-anak", 2023, "insyaf-medan", INNOV["kawan"]),
                   A("zona-integritas-wbk", 2022, "insyaf-medan")],
        "dates": [D("24 Juli 2023", "2023-07-24"), D("Sabtu (22/7)", "2023-07-22"),
                  D("pertengahan Juli 2023", "2023-07"), D("sejak Maret 2022", "2022-03"), D("pada 2022", "2022"),
                  D("Sumut 2023", "2023", True), D("Sumatera Utara 2023", "2023", True)],
        "counts": [C("Dua unit pelaksana teknis", 2, W_UPT), C("64 lembaga", 64, ["lembaga"]),
                   C("137 anak", 137, ["anak"]), C("88 keluarga", 88, ["keluarga"]),
                   C("Kedua sentra", 2, ["sentra"], True), C("setiap dua pekan", 2, ["pekan", "minggu"], True),
                   C("dua lembaga", 2, ["lembaga"], True), C("satu keluarga", 1, ["keluarga"], True),
                   C("lebih dari satu sentra", 1, ["sentra"], True)],
    },
    {
        "doc_id": "h7_005", "published": "2023-07-24", "dateline_city": "Medan",
        "units": [U("bahagia-medan"), U("insyaf-medan")],
        "people": [P("Nurhayati Lubis", "ka_bahagia"), P("Rahmat Hidayat Nasution", "ortu_insyaf"),
                   P("Tri Rismaharini", "mensos")],
        "awards": [A("ramah-anak", 2023, "bahagia-medan", INNOV["kawan"]),
                   A("ramah-anak", 2023, "insyaf-medan", INNOV["kawan"]),
                   A("top15-inovasi", 2022, "bahagia-medan", INNOV["rama"])],
        "dates": [D("Senin, 24 Juli 2023", "2023-07-24"), D("Sabtu (22/7/2023)", "2023-07-22"),
                  D("setiap 23 Juli", "--07-23"), D("Minggu (23/7)", "2023-07-23"), D("pada 2022", "2022"),
                  D("sejak Februari", "2023-02"), D("pada 2024", "2024"),
                  D("Sumatera Utara 2023", "2023", True)],
        "counts": [C("dua asrama", 2, ["asrama"]), C("enam pekerja sosial", 6, ["pekerja sosial"]),
                   C("137 anak", 137, ["anak"]), C("14 sekolah", 14, ["sekolah"]), C("dua anaknya", 2, ["anak"]),
                   C("Kedua sentra", 2, ["sentra"], True), C("sehari", 1, ["hari"], True),
                   C("kali pertama", 1, ["kali"], True)],
    },
    # ------------------------------------------- service news without award: Iduladha, Padang ------
    {
        "doc_id": "h7_006", "published": "2024-06-18", "dateline_city": "Padang",
        "units": [U("tuah-sakato-padang"), U("bbppks-padang")],
        "people": [P("Yusnidar Chaniago", "ka_tuah_sakato"), P("Afrizal Ma\u2019ruf", "ka_bbppks_padang"),
                   P("Nurbaiti", "penerima_kurban")],
        "awards": [],
        "dates": [D("18 Juni 2024", "2024-06-18"), D("Senin (17/6/2024)", "2024-06-17"),
                  D("10 Zulhijah 1445 H", "2024-06-17", True)],
        "counts": [C("sebanyak 4.500 paket", 4500, ["paket", "paket daging", "paket daging kurban"]),
                   C("23 ekor sapi", 23, ["sapi", "ekor sapi"]), C("41 ekor kambing", 41, ["kambing", "ekor kambing"]),
                   C("dua ekor sapi", 2, ["sapi", "ekor sapi"]), C("tiga sasaran", 3, ["sasaran"]),
                   C("1.800 paket", 1800, ["paket"]), C("1.500 paket", 1500, ["paket"]),
                   C("11 kelurahan", 11, ["kelurahan"]), C("1.200 paket", 1200, ["paket"]),
                   C("60 peserta", 60, ["peserta", "peserta diklat"])],
    },
    # ------------------- near-miss article: Poltekesos nominated, not won; STKS WBK 2018 background ---
    {
        "doc_id": "h7_007", "published": "2024-12-14", "dateline_city": "Bandung",
        "units": [U("stks-bandung"), U("bbppks-bandung")],
        "people": [P("Gilang Permana Sukmajaya", "dir_poltekesos"), P("Nabila Khairunnisa", "mahasiswa"),
                   P("Hendarman Kusumahadi", "mantan_ketua_stks")],
        "awards": [A("zona-integritas-wbk", 2018, "stks-bandung")],
        "dates": [D("Sabtu, 14 Desember 2024", "2024-12-14"), D("Jumat (13/12/2024)", "2024-12-13"),
                  D("Sepanjang 2024", "2024"), D("pada 2018", "2018"),
                  D("Sabtu", "2024-12-14", True), D("Anugerah Diktiristek 2024", "2024", True),
                  D("Anugerah Diktiristek 2025", "2025", True)],
        "counts": [C("1,2 juta data", 1200000, ["data", "data keluarga"]),
                   C("640 pendamping", 640, ["pendamping", "pendamping sosial"]),
                   C("enam gelombang", 6, ["gelombang"]), C("tiga bulan", 3, ["bulan"], True)],
    },
    # ---------------------------------- award stated only in a quote: Sentra Abiseka (Riau Pos) ----
    {
        "doc_id": "h7_008", "published": None, "dateline_city": "Pekanbaru",
        "units": [U("abiseka-pekanbaru")],
        "people": [P("Zulkarnain Hasibuan", "plh_ka_abiseka"), P("Indra Gunawan Saleh", "kadinsos_riau")],
        "awards": [A("sarpras-ramah-rentan", 2023, "abiseka-pekanbaru")],
        "dates": [D("Rabu (16/10/2024)", "2024-10-16"), D("akhir September 2024", "2024-09")],
        "counts": [C("40 tempat tidur", 40, ["tempat tidur"]), C("12 kabupaten/kota", 12, W_KABKOTA),
                   C("18 pekerja sosial", 18, ["pekerja sosial"]), C("empat psikolog", 4, ["psikolog"]),
                   C("213 anak", 213, ["anak", "anak berhadapan dengan hukum"]),
                   C("dua lantai", 2, ["lantai"], True), C("24 jam", 24, ["jam"], True)],
    },
    # -------------------------------- award named only in the headline: Sentra Tumou Tou (Manado) ---
    {
        "doc_id": "h7_009", "published": "2025-02-08", "dateline_city": "Manado",
        "units": [U("tumou-tou-manado")],
        "people": [P("Johanis Frederik Rumengan", "mantan_ka_tumou"), P("Meity Wulan Pangemanan", "ka_tumou"),
                   P("Hendrik Maramis", "peserta_mapalus")],
        "awards": [A("top45-inovasi", 2023, "tumou-tou-manado", INNOV["mapalus"])],
        "dates": [D("Sabtu, 8 Februari 2025", "2025-02-08"), D("Senin (3/2)", "2025-02-03"),
                  D("pada 2023", "2023"), D("akhir 2025", "2025")],
        "counts": [C("tiga puluh lima lansia", 35, ["lansia"]), C("enam kelompok", 6, ["kelompok"]),
                   C("40 bibit tanaman obat", 40, ["bibit", "bibit tanaman obat", "tanaman obat"]),
                   C("sepuluh keluarga", 10, ["keluarga"]),
                   C("dua unit mobil", 2, ["mobil", "mobil antar-jemput", "unit"]),
                   C("tiga kelurahan lain", 3, ["kelurahan"], True)],
    },
    # ------------------------- Ombudsman zona hijau 2024, third time (2021, 2023): Sentra Alyatama ---
    {
        "doc_id": "h7_010", "published": "2025-03-04", "dateline_city": "Jambi",
        "units": [U("alyatama-jambi")],
        "people": [P("Dedi Firmansyah Harahap", "plt_ombudsman_jambi"), P("Rosmaniar", "ka_alyatama"),
                   P("Bayu Saputra", "pm_alyatama")],
        "awards": [A("ombudsman-kepatuhan", 2024, "alyatama-jambi", grade="zona hijau (kepatuhan tinggi)"),
                   A("ombudsman-kepatuhan", 2023, "alyatama-jambi", grade="zona hijau"),
                   A("ombudsman-kepatuhan", 2021, "alyatama-jambi", grade="zona hijau")],
        "dates": [D("Selasa, 4 Maret 2025", "2025-03-04"), D("Senin (3/3) malam", "2025-03-03"),
                  D("penilaian 2021", "2021"), D("2021 dan 2023", "2023"), D("penilaian 2022", "2022"),
                  D("penilaian tahun 2024", "2024"), D("Sepanjang 2024", "2024"),
                  D("3 Ramadan 1446 H", "2025-03-03", True), D("Ombudsman RI Tahun 2024", "2024", True)],
        "counts": [C("sembilan komponen", 9, ["komponen", "komponen standar pelayanan"]),
                   C("87 unit layanan", 87, ["unit layanan", "unit"]), C("326 penerima manfaat", 326, W_PM),
                   C("Hanya 29 di antaranya", 29, ["unit layanan", "unit"], True)],
    },
    # ---------------------- story S3: Layanan Ramah Lansia Sulsel 2024, Gau Mabaji (two outlets) -----
    {
        "doc_id": "h7_011", "published": "2024-06-06", "dateline_city": "Gowa",
        "units": [U("gau-mabaji-gowa")],
        "people": [P("Hasanuddin Latief", "kadinsos_sulsel"), P("Andi Muhammad Ridwan Daeng Nyarrang", "ka_gau_mabaji"),
                   P("Suryani Rahmawati", "dir_rehsos_lu")],
        "awards": [A("ramah-lansia", 2024, "gau-mabaji-gowa", INNOV["sikola"])],
        "dates": [D("6 Juni 2024", "2024-06-06"), D("Rabu (5/6)", "2024-06-05"),
                  D("3-5 Juni 2024", "2024-06-03"), D("3-5 Juni 2024", "2024-06-05"),
                  D("sejak April 2024", "2024-04"),
                  D("3-5 Juni 2024", "2024-06-04", True), D("Sulsel 2024", "2024", True),
                  D("Sulawesi Selatan 2024", "2024", True)],
        "counts": [C("34 lembaga", 34, ["lembaga", "lembaga layanan lansia"]), C("24 kabupaten/kota", 24, W_KABKOTA),
                   C("186 lansia", 186, ["lansia"]), C("tujuh kecamatan", 7, ["kecamatan"]),
                   C("21 pekerja sosial", 21, ["pekerja sosial"]), C("dua perawat", 2, ["perawat"]),
                   C("250 lansia", 250, ["lansia"])],
    },
    {
        "doc_id": "h7_012", "published": "2024-06-06", "dateline_city": "Gowa",
        "units": [U("gau-mabaji-gowa")],
        "people": [P("Andi Muhammad Ridwan Daeng Nyarrang", "ka_gau_mabaji"), P("Baso Daeng Rowa", "peserta_sikola"),
                   P("Hasnah")],
        "awards": [A("ramah-lansia", 2024, "gau-mabaji-gowa", INNOV["sikola"]),
                   A("ombudsman-kepatuhan", 2022, "gau-mabaji-gowa", grade="zona hijau")],
        "dates": [D("Kamis, 6 Juni 2024", "2024-06-06"), D("Rabu (5/6/2024)", "2024-06-05"),
                  D("pada 2025", "2025"),
                  D("Ombudsman RI 2022", "2022", True), D("HLUN 2024", "2024", True)],
        "counts": [C("186 lansia", 186, ["lansia"]), C("tujuh kecamatan", 7, ["kecamatan"]),
                   C("300 lansia", 300, ["lansia"]),
                   C("dua tahun mengikuti", 2, ["tahun"], True), C("Dua tahun lalu", 2, ["tahun"], True),
                   C("1.000 Kursi Roda", 1000, ["kursi roda"], True)],
    },
]

STORIES = [["h7_001", "h7_002", "h7_003"], ["h7_004", "h7_005"], ["h7_011", "h7_012"]]

NOTES = {
    "encoding": {
        "h7_003": "UTF-16 little-endian WITH a byte-order mark (FF FE), LF line endings. Decode as UTF-16 (the BOM "
                  "gives the byte order). Because every character takes two bytes, its size limit (1.5-3 KB) is "
                  "measured on the decoded text re-encoded as UTF-8; the file itself is about 3.2 KB.",
        "h7_005": "UTF-8 with Windows (CRLF) line endings.",
        "h7_006": "Saved in cp1252 (Windows-1252), not UTF-8: em-dash in the dateline (0x97), curly double quotes "
                  "(0x93/0x94), bullets (0x95), an ellipsis (0x85; a NEL control character if misread as latin-1) "
                  "and a curly apostrophe inside the name 'Afrizal Ma’ruf' (0x92). Decode as cp1252. Gold `text` "
                  "and `name` fields are the decoded Unicode strings.",
        "boilerplate": "h7_002 (Pos-Kupang / Tribun style): two 'Baca juga:' lines, 'Penulis:', 'Editor:', 'Artikel "
                       "ini telah tayang di ...'. h7_007 (AyoBandung style): 'Editor:' and 'Tags:'. h7_012 (FAJAR "
                       "style): 'ADVERTISEMENT', 'Baca Juga:', 'Tags:', 'Bagikan:'.",
        "others": "UTF-8 with LF line endings, no BOM. Sizes 1.60-2.10 KB (UTF-8).",
    },
    "events": {
        "A Penghargaan IKPA Tahun 2024, Kanwil DJPb NTT (Kamis 23 Jan 2025): Sentra Efata Terbaik I and Sentra "
        "Naibonat Terbaik III (satker pagu kecil); Efata also best in IKPA 2023": ["h7_001", "h7_002", "h7_003"],
        "B Penghargaan Layanan Ramah Anak Provinsi Sumatera Utara 2023 (Sabtu 22 Jul 2023), kategori Kolaborasi "
        "Layanan: awarded JOINTLY to Sentra Bahagia and Sentra Insyaf for KAWAN PULIH; recaps Insyaf WBK 2022 "
        "(h7_004) and Bahagia Top 15 KIPP 2022, RAMA (h7_005)": ["h7_004", "h7_005"],
        "C Iduladha 1445 H (Senin 17 Jun 2024): invented LRSLU Tuah Sakato and BBPPKS Padang distribute 4,500 "
        "meat parcels; no award": ["h7_006"],
        "D Poltekesos Bandung nominated for Anugerah Diktiristek 2024 but lost to Politeknik Negeri Bandung "
        "(Jumat 13 Dec 2024); background: WBK 2018 as STKS Bandung": ["h7_007"],
        "E Sentra Abiseka opens a children's shelter (Rabu 16 Oct 2024); sarpras ramah kelompok rentan of 'tahun "
        "lalu' (2023) stated only inside a quote": ["h7_008"],
        "F Sentra Tumou Tou opens Kelas Mapalus Lansia (Senin 3 Feb 2025); Top 45 KIPP (2023, Mapalus Kasih) named "
        "only in the headline": ["h7_009"],
        "G Ombudsman Penilaian Kepatuhan 2024, Sentra Alyatama zona hijau for the third time (2021, 2023, 2024; "
        "zona kuning in 2022), handed over Senin 3 Mar 2025 malam = 3 Ramadan 1446 H": ["h7_010"],
        "H Penghargaan Layanan Ramah Lansia Provinsi Sulawesi Selatan 2024 (HLUN 3-5 Jun 2024, handed over Rabu 5 "
        "Jun): Sentra Gau Mabaji, Sikola Tau Toa; recap Ombudsman zona hijau 2022 (h7_012)": ["h7_011", "h7_012"],
    },
    "stories": "Near-duplicate groups: {h7_001 Kemensos release, h7_002 Pos-Kupang rewrite with a Naibonat angle, "
               "h7_003 VictoryNews feature with an Efata angle one day later (UTF-16)} (IKPA 2024); {h7_004 Kemensos "
               "release, h7_005 Waspada rewrite (CRLF)} (Ramah Anak Sumut 2023, joint award); {h7_011 Kemensos "
               "release, h7_012 FAJAR rewrite} (Ramah Lansia Sulsel 2024). All other documents are singletons.",
    "conventions": [
        "Follows the dev-set conventions and those of the earlier held-out sets (heldout ... heldout6). Award "
        "outcomes, unit heads, staff, beneficiaries, figures, innovation names (KAWAN PULIH, Sikola Tau Toa, the "
        "Kelas Mapalus Lansia) and all quotes are FICTIONAL. Real office holders appear only in offices they held at "
        "the time and are never quoted: Mensos Saifullah Yusuf 'Gus Ipul' (Jan 2025), Mensos Tri Rismaharini 'Risma' "
        "(Jul 2023). All other officials are invented. Loka Rehabilitasi Sosial Lanjut Usia (LRSLU) 'Tuah Sakato' "
        "Padang is an INVENTED unit. Former names (LRSA Naibonat, BRSLU Gau Mabaji, STKS Bandung) may be inaccurate; "
        "the text is the only ground truth. Consistency with earlier sets: Tumou Tou Top 45 2023 (Mapalus Kasih, "
        "former head Johanis Frederik Rumengan) = heldout3; Bahagia Top 15 2022 (RAMA) = heldout3; Insyaf WBK 2022 "
        "and its head Lamhot Parulian Simanjuntak = heldout2; Gau Mabaji Ombudsman 2022 = heldout; Abiseka sarpras "
        "2023 = heldout; Alyatama Ombudsman 2021 = heldout5; STKS WBK 2018 = dev.",
        "NEW FAMILIES (placed before the catch-all pelayanan-publik, which stays last): 'ikpa' (Penghargaan "
        "Indikator Kinerja Pelaksanaan Anggaran, given by the Kanwil Ditjen Perbendaharaan / KPPN to the best "
        "satker; regex '\\bikpa\\b|kinerja\\s+pelaksanaan\\s+anggaran') and 'ramah-anak' (Penghargaan Layanan Ramah "
        "Anak; regex 'ramah\\s+anak|layak\\s+anak'). The other 19 families are those of heldout6, unchanged and in "
        "the same order. 'Anugerah Diktiristek' (h7_007) has no family: it was not won by a Kemensos unit.",
        "JOINT AWARD (h7_004, h7_005): an award given jointly to two units for one shared programme is one award "
        "entry per recipient unit, each with the same innovation (KAWAN PULIH), and one canonical row per unit.",
        "TWO OR MORE EDITIONS OF ONE AWARD FOR ONE UNIT: Efata's IKPA 2024 and IKPA 2023 (h7_001-003); Alyatama's "
        "Ombudsman zona hijau 2024, 2023 and 2021 (h7_010). Each edition is its own award entry and canonical row. "
        "Alyatama's zona KUNING of 2022 is not an award.",
        "EDITION WRITTEN AS WORDS: 'Efata memboyong penghargaan IKPA dua tahun berturut-turut' (h7_002, IKPA 2024 "
        "given Jan 2025) -> an IKPA 2023 entry; 'Efata juga menjadi satker terbaik pada penilaian tahun anggaran "
        "sebelumnya' (h7_003, next to IKPA Tahun 2024) -> IKPA 2023; 'Tahun lalu kami dianugerahi penghargaan "
        "sarana dan prasarana ramah kelompok rentan' in a 16 Oct 2024 article (h7_008) -> 2023. validate.py checks "
        "these phrases instead of the year (EDITION_FROM_CONTEXT, keyed by edition because Efata has two IKPA "
        "editions in one document). 'Tahun lalu', 'dua tahun berturut-turut' and 'tahun anggaran sebelumnya' are "
        "NOT dates (as 'tahun lalu' in heldout/heldout5); 'dua tahun berturut-turut' is an optional count (duration).",
        "AWARD STATED ONLY IN A QUOTE (h7_008) is annotated like any other. AWARD NAMED ONLY IN THE HEADLINE "
        "(h7_009: 'Peraih Top 45 KIPP, ...'; the body only says 'jajaran inovasi terbaik tingkat nasional' and gives "
        "'pada 2023') is annotated (top45-inovasi 2023, Mapalus Kasih), as in heldout5 h5_003; the body phrase "
        "alone must not become a pelayanan-publik award.",
        "NOT AWARDS: Poltekesos's nomination for Anugerah Diktiristek 2024 (lost) and its planned 2025 entry; winners "
        "that are not Kemensos bodies (Universitas Nusa Cendana and KPP Pratama Kupang IKPA, h7_001; UPTD PPA Kota "
        "Medan and Pemkab Deli Serdang, h7_004; Politeknik Negeri Bandung / Jakarta, h7_007; Pemkot Jambi and "
        "Kantor Pertanahan Muaro Jambi zona hijau, h7_010; Pemkab Gowa and the provincial UPT Panti Sosial Tresna "
        "Werdha 'Sinar Harapan', h7_012); Alyatama's zona kuning 2022. A PANTI RUN BY A PROVINCE (UPT PSTW 'Sinar "
        "Harapan' milik Pemprov Sulsel) is not a Kemensos unit, so it is neither a unit nor an award recipient.",
        "UNITS: Sentra Efata / Naibonat (former LRSA Naibonat) / Bahagia / Insyaf / Abiseka / Tumou Tou / Alyatama "
        "/ Gau Mabaji (former BRSLU); the invented LRSLU Tuah Sakato Padang; BBPPKS Padang and BBPPKS Bandung "
        "(Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial) as co-organisers; Poltekesos Bandung = the dev "
        "key stks-bandung (former STKS). Keys and cores reuse the earlier sets. Not units: Kanwil DJPb, KPPN, Dinas "
        "Sosial / DP3A, UPTD PPA, Ombudsman, Kementerian PANRB, Tim Reaksi Cepat, Direktorat Rehabilitasi Sosial "
        "Lanjut Usia (inside a title), the 'Biro Hubungan Masyarakat / Kementerian Sosial RI' signature block.",
        "PEOPLE: a real office holder written ONLY by a nickname gets the full name (SCHEMA asks for the full name): "
        "'Mensos Gus Ipul' (h7_002) = Saifullah Yusuf, 'Mensos Risma' (h7_004) = Tri Rismaharini; validate.py "
        "checks the alias (PERSON_ALIASES) and that the full name is indeed not written. A nickname next to the full "
        "name is the same person: 'Hendrik Maramis ..., yang akrab disapa Opa Endi' (h7_009; 'Opa' is an address "
        "form), 'Pak Markus' = Markus Benu. Two people sharing a surname are two entries (Yuliana Benu and Markus "
        "Benu, h7_002). A person later quoted only by the surname is not a new person ('kata Nahak', 'kata "
        "Simanjuntak', 'kata Hasibuan'). Former office: the position keeps 'mantan' ('mantan Kepala Sentra Tumou "
        "Tou', 'Mantan Ketua STKS Bandung'); the scorer's containment rule also accepts the bare office. Plt./Plh. "
        "are part of the position. 'Hj.' and degrees (S.E., S.Psi., M.Kesos., M.A.P.) are dropped; 'Lalu' (Sasak) and "
        "'Andi ... Daeng ...' / 'Baso Daeng Rowa' (Makassar) are kept whole. Single-word names are people "
        "(Rosmaniar, Nurbaiti, Hasnah; Hasnah's kinship 'Anaknya' is not a position, so her position is []). Streets "
        "named after people (Jalan Ir. H. Juanda, Jalan Kaharuddin Nasution) are not people. Bylines and credits "
        "('Penulis: Ferdinandus Dhae', 'Editor: Agustinus Sape', '(vn/ama)', '(cat)', 'Editor: Dadang Suhendar', "
        "'(rpg)', '(tr/mp)', '(dri)') are not people.",
        "DATES: published dates come from datelines ('KUPANG (24 Januari 2025) –', 'MEDAN (24 Juli 2023) –', 'PADANG "
        "(18 Juni 2024) —', 'GOWA (6 Juni 2024) –') or headers ('Jumat, 24 Januari 2025 15:42 WITA', 'Sabtu, 25 "
        "Januari 2025', 'Senin, 24 Juli 2023', 'Sabtu, 14 Desember 2024 | 10:15 WIB', 'Sabtu, 8 Februari 2025', "
        "'Selasa, 4 Maret 2025 07:30 WIB', 'Kamis, 6 Juni 2024 16:05'); 'PEKANBARU, RIAUPOS.CO –' gives null. "
        "'Senin (3/3) malam' = 2025-03-03. DAY RANGE '3-5 Juni 2024' (h7_011): both end days are required "
        "(2024-06-03, 2024-06-05), the inner day 2024-06-04 is optional, like month ranges where only the named "
        "ends count. 'pertengahan Juli 2023' = 2023-07; 'sejak Februari' in a July 2023 text = 2023-02; 'akhir "
        "September 2024' = 2024-09; 'akhir 2025' = 2025; the recurring 'setiap 23 Juli' (Hari Anak Nasional) = "
        "'--07-23' (dev: recurring days). HIJRI DATES are written next to the Gregorian date: '10 Zulhijah 1445 H' "
        "(= Senin 17 Jun 2024) and '3 Ramadan 1446 H' (= Senin 3 Mar 2025) are OPTIONAL with the Gregorian value; a "
        "Hijri year (1445, 1446) is never a Gregorian year, so predicting '1445' is a false date. Years inside award "
        "names ('IKPA 2024', '(IKPA) Tahun 2024', 'IKPA Tahun 2023', 'Sumut 2023', 'Sumatera Utara 2023', 'Sulsel "
        "2024', 'Sulawesi Selatan 2024', 'Ombudsman RI Tahun 2024', 'Ombudsman RI 2022', 'Anugerah Diktiristek "
        "2024/2025') and the tag 'HLUN 2024' are optional. The bare 'Sabtu' (h7_007, the publication day) is optional. "
        "Not dates: 'Awal pekan ini', 'awal tahun', 'tahun ini', 'Tahun lalu', 'Tahun depan', 'Dua tahun lalu', "
        "'Tahun-tahun sebelumnya', 'setiap Senin pagi', 'setiap Kamis dan Sabtu', clock times.",
        "COUNTS: 'sebanyak 4.500 paket' is a required count (sebanyak = 'as many as', not an approximation); "
        "'tiga puluh lima lansia' = 35; '1,2 juta data' = 1200000; the three bullet items (1.800 + 1.500 + 1.200 "
        "paket) and 'tiga sasaran' are counts; '300 lansia' (a target) is a count. Optional: partitives "
        "('Sebanyak 41 di antaranya', 'Hanya 29 di antaranya', 'hanya 18 yang kami beri penghargaan'), anaphora "
        "('Kedua sentra', 'dua sentra Kemensos', 'dua lembaga'), 'N ... lain' ('tiga kelurahan lain'), generic "
        "'satu keluarga' / 'lebih dari satu sentra', durations and frequencies ('lima hari kerja', 'sehari', 'setiap "
        "dua pekan', 'tiga bulan', '24 jam', 'dua tahun mengikuti', 'Dua tahun lalu', 'dua tahun berturut-turut'), "
        "'kali pertama', 'dua lantai' and numbers in 'Baca juga' headlines ('3 Truk', '1.200 Formasi', '1.000 Kursi "
        "Roda'). Not counts: 'Ratusan warga', 'puluhan ribu anak' (vague, like 'ratusan' / 'ribuan' / 'puluhan' in "
        "heldout), money ('Rp 2,5 miliar'), percentages ('98,7 persen', '31 persen'), ages ('(34)', '(77)', '(72)', "
        "'(27)', '(76)'), ranks and ordinals ('Terbaik I/III', 'peringkat pertama/kedua', 'zona hijau ketiga', "
        "'penghargaan pertama'), numbers in names (Top 45, Top 15, 'halaman III DIPA', 'Kairagi Satu'), clock times, "
        "idioms ('Salah satu', 'Salah seorang', 'separuh', 'Sebagian kecil').",
        "GRADES (not scored): ikpa 'Terbaik I' / 'Terbaik III' where the text says so (null where it only says "
        "'peringkat teratas' / 'satker terbaik'); ombudsman-kepatuhan 'zona hijau (kepatuhan tinggi)' / 'zona hijau'.",
        "STORY WITHOUT AWARD: h7_006 is a singleton release with no award (it tests that nothing is invented).",
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
    assert len(ids) == len(set(ids)) == 12
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
