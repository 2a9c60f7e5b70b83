#!/usr/bin/env python3
"""Build the gold files of held-out set 6 (docs.jsonl, corpus.json) from the annotations below.

Usage: python3 build_gold.py

Edit the annotations in this file, then re-run it and `python3 validate.py`.
Canonical awards are derived from the per-document awards (see `derive_canonical`).
Same schema and helpers as /work/main/tests/gold/heldout5/build_gold.py; new here: optional awards
produce optional canonical rows (as in heldout's ho_015), four new award families, and the
EDITION_FROM_CONTEXT table for editions resolved from a relative expression.
"""
from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Award families: the 15 families of heldout5, same order, plus four new families placed just
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
    # new in heldout6
    ("sdgs-action", r"sdgs?\s+action|\bi-?saa\b"),
    ("kearsipan", r"kearsipan|pengawasan\s+arsip|arsip\s+award"),
    ("anugerah-media-humas", r"anugerah\s+media\s+humas|\bamh\b"),
    ("bkn-award", r"\bbkn\s+award|badan\s+kepegawaian\s+negara"),
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
    "pelayanan-publik": "Penghargaan Pelayanan Publik (Evaluasi Pelayanan Publik)",
}

# Encoding / line-ending / BOM of each text that is not plain UTF-8 + LF without BOM (checked by validate.py).
TEXT_FORMAT = {
    "h6_005": {"encoding": "cp1252", "newline": "\n", "bom": False},
    "h6_010": {"encoding": "utf-8", "newline": "\n", "bom": True},
    "h6_012": {"encoding": "utf-8", "newline": "\r\n", "bom": False},
}

# Web boilerplate lines that must be present (checked by validate.py).
BOILERPLATE = {
    "h6_002": ["Baca juga:", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Tags:", "Bagikan:"],
    "h6_003": ["Oleh:", "Baca Juga:", "ADVERTISEMENT", "Editor:", "Tag:", "Share:"],
    "h6_009": ["Editor:", "Bagikan artikel ini:"],
}

# Editions that are not written as a year: they are resolved from a relative expression, which must
# appear in the text (validate.py checks the phrase instead of the year).
EDITION_FROM_CONTEXT = {
    ("h6_006", "zona-integritas-wbk", "budi-luhur-banjarbaru"): "pada Desember tahun lalu",
}

# --------------------------------------------------------------------------------------------
# Units (key -> core spellings, city). `core` = distinctive name surviving renames.
# --------------------------------------------------------------------------------------------
UNITS = {
    "mulya-jaya-jakarta": (["Mulya Jaya"], "Jakarta"),
    "pangudi-luhur-bekasi": (["Pangudi Luhur"], "Bekasi"),
    "wyata-guna-bandung": (["Wyata Guna", "Wyataguna", "Wiyata Guna"], "Bandung"),
    "budi-luhur-banjarbaru": (["Budi Luhur"], "Banjarbaru"),
    "kartini-temanggung": (["Kartini", "Lemah Ingatan", "Zwakzinnigenzorg"], "Temanggung"),
    # invented unit (formerly an invented Panti Sosial Bina Daksa)
    "siwalima-ambon": (["Siwalima"], "Ambon"),
    # central units (they receive an award in this set)
    "inspektorat-jenderal": (["Inspektorat Jenderal", "Itjen"], None),
    "ditjen-linjamsos": (["Direktorat Jenderal Perlindungan dan Jaminan Sosial",
                          "Ditjen Perlindungan dan Jaminan Sosial", "Ditjen Linjamsos", "Linjamsos"], None),
    "ditjen-rehsos": (["Direktorat Jenderal Rehabilitasi Sosial", "Ditjen Rehabilitasi Sosial", "Ditjen Rehsos"],
                      None),
    "bp3s": (["BP3S", "Badan Pendidikan, Penelitian dan Penyuluhan Sosial",
              "Badan Pendidikan Penelitian dan Penyuluhan Sosial"], None),
    "biro-humas": (["Biro Hubungan Masyarakat", "Biro Humas"], None),
    # the ministry as a whole: optional unit, as in heldout ho_015
    "kemensos": (["Kementerian Sosial", "Kemensos"], None),
}

# --------------------------------------------------------------------------------------------
# Positions (acceptable spellings), reused across documents.
# --------------------------------------------------------------------------------------------
POS = {
    "menpanrb": ["Menteri PANRB", "Menteri PAN-RB", "Menteri PAN RB",
                 "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "MenPANRB", "MenPAN-RB"],
    "mensos": ["Menteri Sosial", "Mensos"],
    "menkominfo": ["Menteri Komunikasi dan Informatika", "Menteri Kominfo", "Menkominfo"],
    "irjen": ["Inspektur Jenderal Kemensos", "Inspektur Jenderal Kementerian Sosial", "Inspektur Jenderal",
              "Irjen Kemensos", "Irjen"],
    "ses_linjamsos": ["Sekretaris Ditjen Linjamsos", "Sekretaris Direktorat Jenderal Perlindungan dan Jaminan Sosial",
                      "Sekretaris Ditjen Perlindungan dan Jaminan Sosial", "Sesditjen Linjamsos",
                      "Sekretaris Direktorat Jenderal", "Sekretaris Ditjen"],
    "ka_mulya_jaya": ["Kepala Sentra Mulya Jaya", "Kepala Sentra", "kepala"],
    "pm_mulya_jaya": ["penerima manfaat", "penerima manfaat Sentra Mulya Jaya", "korban TPPO"],
    "ka_pangudi": ["Kepala Sentra Terpadu Pangudi Luhur", "Kepala Sentra Terpadu", "Kepala Sentra", "kepala"],
    "dir_rehsos_pd": ["Direktur Rehabilitasi Sosial Penyandang Disabilitas Kemensos",
                      "Direktur Rehabilitasi Sosial Penyandang Disabilitas", "Direktur Rehsos Penyandang Disabilitas",
                      "Direktur Rehsos PD", "Direktur"],
    "ka_wyataguna": ["Kepala Sentra Wyataguna", "Kepala Sentra Wyata Guna", "Kepala Sentra", "kepala"],
    "terapis": ["terapis", "terapis pijat", "terapis PIJAR NETRA", "penerima manfaat"],
    "ketua_ki_kalsel": ["Ketua Komisi Informasi Provinsi Kalimantan Selatan",
                        "Ketua Komisi Informasi (KI) Provinsi Kalimantan Selatan", "Ketua KI Provinsi Kalimantan Selatan",
                        "Ketua KI Kalsel", "Ketua Komisi Informasi Kalsel", "Ketua Komisi Informasi", "Ketua KI"],
    "ka_budi_luhur": ["Kepala Sentra Budi Luhur", "Kepala Sentra", "kepala"],
    "pj_sekda_bjb": ["Pj. Sekretaris Daerah Kota Banjarbaru", "Pj Sekretaris Daerah Kota Banjarbaru",
                     "Penjabat Sekretaris Daerah Kota Banjarbaru", "Pj. Sekretaris Daerah", "Sekretaris Daerah",
                     "Pj. Sekda Banjarbaru", "Pj. Sekda", "Pj Sekda", "Sekda"],
    "plt_ka_kartini": ["Plt. Kepala Sentra Terpadu Kartini", "Plt Kepala Sentra Terpadu Kartini",
                       "Pelaksana Tugas Kepala Sentra Terpadu Kartini", "Plt. Kepala Sentra Terpadu",
                       "Plt. Kepala Sentra", "Kepala Sentra Terpadu Kartini", "Kepala Sentra Terpadu", "Kepala Sentra",
                       "kepala"],
    "pendamping_swp": ["pendamping SWP", "pendamping Sheltered Workshop Peduli", "pendamping"],
    "karo_umum": ["Kepala Biro Umum Kemensos", "Kepala Biro Umum Kementerian Sosial", "Kepala Biro Umum",
                  "Karo Umum"],
    "ka_bp3s": ["Kepala BP3S", "Kepala Badan Pendidikan, Penelitian dan Penyuluhan Sosial",
                "Kepala Badan Pendidikan Penelitian dan Penyuluhan Sosial", "Kepala Badan", "kepala"],
    "karo_osdm": ["Kepala Biro Organisasi dan Sumber Daya Manusia Kemensos",
                  "Kepala Biro Organisasi dan Sumber Daya Manusia", "Kepala Biro Organisasi dan SDM", "Karo OSDM",
                  "Kepala Biro"],
    "peksos_wyata": ["pekerja sosial", "pekerja sosial di Sentra Wyataguna", "pekerja sosial Sentra Wyataguna",
                     "pekerja sosial Kemensos", "finalis Anugerah ASN"],
    "karo_humas": ["Kepala Biro Humas Kemensos", "Kepala Biro Hubungan Masyarakat Kemensos",
                   "Kepala Biro Hubungan Masyarakat", "Kepala Biro Humas", "Karo Humas"],
    "pranata_humas": ["Pranata Humas Ahli Muda", "Pranata Humas", "Pranata Hubungan Masyarakat"],
    "ka_siwalima": ["Kepala LRSPD Siwalima", "Kepala Loka Rehabilitasi Sosial Penyandang Disabilitas Siwalima",
                    "Kepala LRSPD", "Kepala Loka", "kepala"],
    "plh_kadinsos_maluku": ["Plh. Kepala Dinas Sosial Provinsi Maluku", "Plh Kepala Dinas Sosial Provinsi Maluku",
                            "Pelaksana Harian Kepala Dinas Sosial Provinsi Maluku", "Kepala Dinas Sosial Provinsi Maluku",
                            "Kepala Dinas Sosial", "Kadinsos Maluku", "Kadinsos"],
    "penerima_alat": ["penerima bantuan", "penerima alat bantu", "penerima manfaat", "penerima", "warga"],
    "raja_hila": ["Raja Negeri Hila", "Raja Negeri", "kepala desa", "Raja"],
    "nelayan": ["nelayan", "warga", "penerima manfaat"],
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
    "pijar": ["PIJAR NETRA", "Pijat Rumahan Netra"],
    "sajadah": ["SAJADAH", "Sampah Jadi Berkah"],
    "labibi": ["LABIBI", "Layanan Buku Bicara Digital", "Buku Bicara"],
    "swp": ["Sheltered Workshop Peduli", "SWP", "SW Peduli"],
    "cekbansos": ["Cek Bansos", "cekbansos"],
}

W_PM = ["penerima manfaat"]
W_KABKOTA = ["kabupaten/kota", "kabupaten", "kota"]
W_UNIT = ["unit kerja", "unit"]

DOCS = [
    # ------------------------------------------ story S1: Zona Integritas 2024 (three outlets) ---
    {
        "doc_id": "h6_001", "published": "2024-12-11", "dateline_city": "Jakarta",
        "units": [U("pangudi-luhur-bekasi"), U("inspektorat-jenderal"), U("ditjen-linjamsos"),
                  U("mulya-jaya-jakarta")],
        "people": [P("Rini Widyantini", "menpanrb"), P("Saifullah Yusuf", "mensos"),
                   P("Agustinus Parlindungan Lumbangaol", "irjen"),
                   P("Wahyuningsih Purnamasari", "ses_linjamsos")],
        "awards": [A("zona-integritas-wbbm", 2024, "pangudi-luhur-bekasi"),
                   A("zona-integritas-wbk", 2022, "pangudi-luhur-bekasi"),
                   A("zona-integritas-wbk", 2024, "inspektorat-jenderal"),
                   A("zona-integritas-wbk", 2024, "ditjen-linjamsos"),
                   A("zona-integritas-wbk", 2024, "mulya-jaya-jakarta")],
        "dates": [D("11 Desember 2024", "2024-12-11"), D("Selasa (10/12)", "2024-12-10"), D("pada 2022", "2022"),
                  D("Januari", "2024-01"), D("Oktober 2024", "2024-10"), D("Sepanjang 2024", "2024"),
                  D("pada 2025", "2025"),
                  D("412/HUMAS/XII/2024", "2024-12", True), D("Zona Integritas Tahun 2024", "2024", True)],
        "counts": [C("empat unit kerja", 4, W_UNIT), C("19 unit kerja", 19, W_UNIT),
                   C("27.418 aduan masyarakat", 27418, ["aduan", "aduan masyarakat", "pengaduan"]),
                   C("Empat yang lolos ini", 4, W_UNIT, True), C("pertama kali", 1, ["kali"], True),
                   C("dua tahun", 2, ["tahun"], True), C("lima hari", 5, ["hari"], True),
                   C("satu hari kerja", 1, ["hari", "hari kerja"], True), C("24 jam", 24, ["jam"], True),
                   C("sedikitnya enam unit kerja", 6, W_UNIT, True)],
    },
    {
        "doc_id": "h6_002", "published": "2024-12-11", "dateline_city": "Jakarta",
        "units": [U("mulya-jaya-jakarta"), U("pangudi-luhur-bekasi")],
        "people": [P("Bagus Harimurti", "ka_mulya_jaya"), P("Mawar", "pm_mulya_jaya", optional=True),
                   P("Saifullah Yusuf", "mensos")],
        "awards": [A("zona-integritas-wbk", 2024, "mulya-jaya-jakarta"),
                   A("zona-integritas-wbbm", 2024, "pangudi-luhur-bekasi")],
        "dates": [D("Rabu, 11 Des 2024", "2024-12-11"), D("Selasa (10/12/2024)", "2024-12-10"),
                  D("sejak Maret 2023", "2023-03")],
        "counts": [C("1.245 penerima manfaat", 1245, W_PM), C("14 pekerja sosial", 14, ["pekerja sosial"]),
                   C("tiga psikolog klinis", 3, ["psikolog", "psikolog klinis"]),
                   C("386 di antaranya", 386, ["korban", "korban TPPO", "penerima manfaat"], True),
                   C("dua sampai tiga hari", 2, ["hari"], True), C("dua sampai tiga hari", 3, ["hari"], True),
                   C("Jadi Sehari", 1, ["hari"], True),
                   C("27 Korban TPPO", 27, ["korban", "korban TPPO"], True)],
    },
    {
        "doc_id": "h6_003", "published": "2024-12-12", "dateline_city": "Bekasi",
        "units": [U("pangudi-luhur-bekasi"), U("mulya-jaya-jakarta")],
        "people": [P("Endang Sulastri Widodo", "ka_pangudi")],
        "awards": [A("zona-integritas-wbbm", 2024, "pangudi-luhur-bekasi"),
                   A("zona-integritas-wbk", 2024, "mulya-jaya-jakarta"),
                   A("zona-integritas-wbk", 2022, "pangudi-luhur-bekasi"),
                   A("top99-inovasi", 2022, "pangudi-luhur-bekasi", INNOV["sajadah"])],
        "dates": [D("Kamis, 12 Desember 2024", "2024-12-12"), D("pada 2022", "2022"),
                  D("Rabu (11/12/2024)", "2024-12-11"), D("Sepanjang 2024", "2024"),
                  D("Selasa lalu", "2024-12-10", True), D("(KIPP) 2022", "2022", True)],
        "counts": [C("612 penerima manfaat", 612, W_PM),
                   C("210 keluarga pemulung", 210, ["keluarga", "keluarga pemulung"]),
                   C("delapan kelurahan", 8, ["kelurahan"]),
                   C("tiga unit kerja", 3, W_UNIT, True),
                   C("40 Manusia Gerobak", 40, ["manusia gerobak", "manusia"], True)],
    },
    # ---------------------------------------------------- story S2: KIPP 2022 (two outlets) -------
    {
        "doc_id": "h6_004", "published": "2022-10-07", "dateline_city": "Jakarta",
        "units": [U("wyata-guna-bandung"), U("pangudi-luhur-bekasi"), U("budi-luhur-banjarbaru")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Hasbullah Nur Ikhsan", "dir_rehsos_pd"),
                   P("Asep Saepul Rohmat", "ka_wyataguna"), P("Tri Rismaharini", "mensos")],
        "awards": [A("top45-inovasi", 2022, "wyata-guna-bandung", INNOV["pijar"]),
                   A("top99-inovasi", 2022, "pangudi-luhur-bekasi", INNOV["sajadah"])],
        "dates": [D("7 Oktober 2022", "2022-10-07"), D("Kamis (6/10)", "2022-10-06"), D("pada 2023", "2023"),
                  D("KIPP 2022", "2022", True), D("(KIPP) 2022", "2022", True)],
        "counts": [C("Dua Inovasi", 2, ["inovasi"]), C("dua belas inovasi", 12, ["inovasi"]),
                   C("3.478 proposal", 3478, ["proposal"]), C("42 terapis", 42, ["terapis"]),
                   C("enam kota", 6, ["kota"]), C("150 keluarga pemulung", 150, ["keluarga", "keluarga pemulung"]),
                   C("dua di antaranya", 2, ["inovasi"], True),
                   C("rata-rata terapis mendapat 30 pesanan", 30, ["pesanan"], True),
                   C("Satu inovasi lain", 1, ["inovasi"], True), C("kedua sentra", 2, ["sentra"], True)],
    },
    {
        "doc_id": "h6_005", "published": "2022-10-07", "dateline_city": "Bandung",
        "units": [U("wyata-guna-bandung"), U("pangudi-luhur-bekasi")],
        "people": [P("Asep Saepul Rohmat", "ka_wyataguna"), P("Ratnasari", "terapis")],
        "awards": [A("top45-inovasi", 2022, "wyata-guna-bandung", INNOV["pijar"]),
                   A("ramah-disabilitas", 2021, "wyata-guna-bandung"),
                   A("top99-inovasi", 2022, "pangudi-luhur-bekasi", INNOV["sajadah"])],
        "dates": [D("Jum’at, 7 Oktober 2022", "2022-10-07"), D("Kamis (6/10/2022)", "2022-10-06"),
                  D("Pada 2021", "2021"), D("awal 2023", "2023"), D("(KIPP) 2022", "2022", True)],
        "counts": [C("45 Inovasi Terbaik", 45, ["inovasi"]), C("3.478 proposal", 3478, ["proposal"]),
                   C("42 terapis", 42, ["terapis"]), C("tiga ruang praktik", 3, ["ruang praktik", "ruang"]),
                   C("25 tunanetra muda", 25, ["tunanetra", "tunanetra muda"]),
                   C("± 40 pelanggan", 40, ["pelanggan"], True),
                   C("dua kali lipat", 2, ["kali", "kali lipat"], True)],
    },
    # ------------------------------------------------ KI Kalsel 2024: Sentra Budi Luhur ----------
    {
        "doc_id": "h6_006", "published": "2024-11-27", "dateline_city": "Banjarbaru",
        "units": [U("budi-luhur-banjarbaru")],
        "people": [P("Muhammad Syarifuddin Noor", "ketua_ki_kalsel"), P("Rusmini Noor Aisyah", "ka_budi_luhur"),
                   P("Said Abdullah Alaydrus", "pj_sekda_bjb")],
        "awards": [A("keterbukaan-informasi", 2024, "budi-luhur-banjarbaru", grade="Informatif"),
                   A("zona-integritas-wbk", 2023, "budi-luhur-banjarbaru")],
        "dates": [D("Rabu, 27 November 2024", "2024-11-27"), D("Selasa (26/11)", "2024-11-26"),
                  D("Juli", "2024-07"), D("Oktober 2024", "2024-10"), D("Desember tahun lalu", "2023-12"),
                  D("Sepanjang 2024", "2024"),
                  D("Kalimantan Selatan 2024", "2024", True), D("KIPP 2024", "2024", True)],
        "counts": [C("143 badan publik", 143, ["badan publik"]), C("31 badan publik", 31, ["badan publik"]),
                   C("214 permohonan informasi", 214, ["permohonan", "permohonan informasi"]),
                   C("318 penyandang disabilitas intelektual", 318,
                     ["penyandang disabilitas intelektual", "penyandang disabilitas", "penyandang"]),
                   C("13 kabupaten/kota", 13, W_KABKOTA),
                   C("sepuluh hari kerja", 10, ["hari", "hari kerja"], True)],
    },
    # --------------------------------------- Indonesia's SDGs Action Awards 2024: Kartini --------
    {
        "doc_id": "h6_007", "published": "2024-12-19", "dateline_city": "Temanggung",
        "units": [U("kartini-temanggung")],
        "people": [P("Yohanes Dwi Cahyono", "plt_ka_kartini"), P("Suwarni", "pendamping_swp")],
        "awards": [A("sdgs-action", 2024, "kartini-temanggung", INNOV["swp"]),
                   A("top99-inovasi", 2018, "kartini-temanggung", INNOV["swp"])],
        "dates": [D("Kamis, 19 Desember 2024", "2024-12-19"), D("Rabu (18/12)", "2024-12-18"),
                  D("Sepanjang 2024", "2024"), D("Pada 2018", "2018"), D("pada 1904", "1904"),
                  D("pada 2025", "2025"), D("Awards 2024", "2024", True)],
        "counts": [C("36 kelompok usaha", 36, ["kelompok usaha", "kelompok"]),
                   C("tujuh kabupaten", 7, ["kabupaten"]), C("2.317 penerima manfaat", 2317, W_PM),
                   C("kali pertama", 1, ["kali"], True), C("dua sentra lain", 2, ["sentra"], True)],
    },
    # ---------------------------- internal Penghargaan Kearsipan 2024 (BP3S, Ditjen Rehsos, ...) --
    {
        "doc_id": "h6_008", "published": "2025-02-21", "dateline_city": "Jakarta",
        "units": [U("bp3s"), U("ditjen-rehsos"), U("mulya-jaya-jakarta"), U("kemensos", optional=True)],
        "people": [P("Teddy Kurniadi Sunarya", "karo_umum"), P("Syarifah Nurul Hidayah", "ka_bp3s"),
                   P("Bagus Harimurti", "ka_mulya_jaya")],
        "awards": [A("kearsipan", 2024, "bp3s", grade="AA (Sangat Memuaskan)"),
                   A("kearsipan", 2024, "ditjen-rehsos", grade="A (Memuaskan)"),
                   A("kearsipan", 2024, "mulya-jaya-jakarta", grade="A (Memuaskan)"),
                   A("zona-integritas-wbk", 2024, "mulya-jaya-jakarta"),
                   A("kearsipan", 2024, "kemensos", grade="AA (Sangat Memuaskan)", optional=True)],
        "dates": [D("21 Februari 2025", "2025-02-21"), D("Kamis (20/2)", "2025-02-20"),
                  D("sejak Oktober 2024", "2024-10"), D("tahun 2024", "2024"), D("sejak 2019", "2019"),
                  D("Desember lalu", "2024-12"), D("pada 2026", "2026"),
                  D("Kearsipan 2024", "2024", True), D("Kearsipan Tahun 2024", "2024", True)],
        "counts": [C("Tiga penghargaan utama", 3, ["penghargaan"]), C("48 unit kerja", 48, W_UNIT),
                   C("empat aspek", 4, ["aspek"]), C("12.360 berkas", 12360, ["berkas", "berkas arsip"])],
    },
    # ------------------------- near-miss article: BKN Award to the ministry, Anugerah ASN finalist ---
    {
        "doc_id": "h6_009", "published": None, "dateline_city": "Jakarta",
        "units": [U("wyata-guna-bandung"), U("kemensos", optional=True)],
        "people": [P("Yuyun Yuningsih Hermawan", "karo_osdm"), P("Dadan Ramdani", "peksos_wyata"),
                   P("Asep Saepul Rohmat", "ka_wyataguna")],
        "awards": [A("top99-inovasi", 2021, "wyata-guna-bandung", INNOV["labibi"]),
                   A("bkn-award", 2023, "kemensos", optional=True),
                   A("bkn-award", 2019, "kemensos", optional=True)],
        "dates": [D("Selasa (31/10/2023)", "2023-10-31"), D("Sejak 2021", "2021"),
                  D("Kamis (2/11/2023)", "2023-11-02"), D("pada 2021", "2021"), D("pada 2019", "2019"),
                  D("BKN Award 2023", "2023", True), D("(ASN) 2023", "2023", True)],
        "counts": [C("31 sentra", 31, ["sentra"]), C("2.150 judul buku audio", 2150, ["judul", "judul buku", "buku"]),
                   C("38 instansi lain", 38, ["instansi"], True),
                   C("sekitar 900 pengguna", 900, ["pengguna"], True)],
    },
    # ------------------------------------------- Anugerah Media Humas 2023: Biro Humas (BOM) ------
    {
        "doc_id": "h6_010", "published": "2023-11-25", "dateline_city": "Jakarta",
        "units": [U("biro-humas")],
        "people": [P("Budi Arie Setiadi", "menkominfo"), P("Rahmawati Kusumadewi", "karo_humas"),
                   P("Fikri Haikal Ramadhan", "pranata_humas")],
        "awards": [A("anugerah-media-humas", 2023, "biro-humas", INNOV["cekbansos"], grade="Juara I"),
                   A("anugerah-media-humas", 2019, "biro-humas", grade="Juara II")],
        "dates": [D("Sabtu, 25 November 2023", "2023-11-25"), D("Jumat (24/11/2023)", "2023-11-24"),
                  D("Maret", "2023-03"), D("September 2023", "2023-09"), D("pada 2024", "2024"),
                  D("Anugerah Media Humas 2023", "2023", True), D("(AMH) 2023", "2023", True),
                  D("AMH 2019", "2019", True)],
        "counts": [C("412 peserta", 412, ["peserta"]), C("sembilan kategori", 9, ["kategori"]),
                   C("5.400 titik layanan", 5400, ["titik layanan", "titik"]),
                   C("3,2 juta pengunjung", 3200000, ["pengunjung", "pengunjung unik"]),
                   C("tujuh orang", 7, ["orang", "anggota"])],
    },
    # -------------------------------- story S3 (no award): Loka Siwalima assistive devices ---------
    {
        "doc_id": "h6_011", "published": "2024-10-15", "dateline_city": "Ambon",
        "units": [U("siwalima-ambon")],
        "people": [P("Johanis Fredrik Latumahina", "ka_siwalima"), P("Yakomina Tuhuteru", "penerima_alat"),
                   P("Ongky Matitaputty", "plh_kadinsos_maluku"), P("Saifullah Yusuf", "mensos")],
        "awards": [],
        "dates": [D("15 Oktober 2024", "2024-10-15"), D("Senin (14/10)", "2024-10-14"),
                  D("akhir November 2024", "2024-11")],
        "counts": [C("595 unit", 595, ["unit", "alat bantu"]), C("312 kursi roda", 312, ["kursi roda"]),
                   C("86 kaki palsu", 86, ["kaki palsu"]), C("140 tongkat", 140, ["tongkat"]),
                   C("57 alat bantu dengar", 57, ["alat bantu dengar", "alat bantu"]),
                   C("11 kabupaten/kota", 11, W_KABKOTA),
                   C("tiga unit mobil layanan", 3, ["mobil layanan", "mobil", "unit"]),
                   C("dua belas kecamatan", 12, ["kecamatan"]),
                   C("dua tahun", 2, ["tahun"], True)],
    },
    {
        "doc_id": "h6_012", "published": None, "dateline_city": "Ambon",
        "units": [U("siwalima-ambon")],
        "people": [P("Abdul Rasyid Ollong", "raja_hila"), P("Johanis Fredrik Latumahina", "ka_siwalima"),
                   P("Hamid Lating", "nelayan")],
        "awards": [],
        "dates": [D("Senin (14/10)", "2024-10-14"), D("tahun anggaran 2024", "2024"),
                  D("Selasa (15/10)", "2024-10-15")],
        "counts": [C("tiga mobil layanan", 3, ["mobil layanan", "mobil"]), C("312 kursi roda", 312, ["kursi roda"]),
                   C("86 kaki palsu", 86, ["kaki palsu"]),
                   C("1.108 penyandang disabilitas", 1108, ["penyandang disabilitas", "penyandang"]),
                   C("empat petugas", 4, ["petugas"]), C("dua belas kecamatan", 12, ["kecamatan"]),
                   C("sedikitnya 40 warga", 40, ["warga", "warga penyandang disabilitas"], True),
                   C("dua jam", 2, ["jam"], True)],
    },
]

STORIES = [["h6_001", "h6_002", "h6_003"], ["h6_004", "h6_005"], ["h6_011", "h6_012"]]

NOTES = {
    "encoding": {
        "h6_005": "Saved in cp1252 (Windows-1252), not UTF-8: a curly apostrophe in the weekday 'Jum’at' (0x92), "
                  "curly double quotes (0x93/0x94), en-dashes (0x96), '±' (0xB1) and 'm²' (0xB2). Decode as "
                  "cp1252. Gold `text` fields are the decoded Unicode strings ('Jum’at, 7 Oktober 2022', "
                  "'± 40 pelanggan').",
        "h6_010": "UTF-8 with a byte-order mark (EF BB BF) and LF line endings. Strip the BOM before reading the "
                  "header line 'Sabtu, 25 November 2023 | 10:12 WIB'.",
        "h6_012": "UTF-8 with Windows (CRLF) line endings.",
        "boilerplate": "h6_002 (detik style): 'ADVERTISEMENT', 'SCROLL TO CONTINUE WITH CONTENT', two 'Baca juga:' "
                       "lines, '(nvl/idn)', 'Tags:', 'Bagikan:'. h6_003 (Radar Bekasi style): byline 'Oleh: ... | "
                       "date', 'Baca Juga:', 'ADVERTISEMENT', 'Editor:', 'Tag:', 'Share:'. h6_009: 'Editor:' and "
                       "'Bagikan artikel ini:'.",
        "others": "UTF-8 with LF line endings, no BOM. Sizes 1.61-2.13 KB.",
    },
    "events": {
        "A Zona Integritas 2024 (Selasa 10 Dec 2024, Jakarta): Sentra Terpadu Pangudi Luhur WBBM; Inspektorat "
        "Jenderal, Ditjen Linjamsos and Sentra Mulya Jaya WBK; recap of Pangudi Luhur WBK 2022":
            ["h6_001", "h6_002", "h6_003", "h6_008"],
        "B KIPP 2022 (Kamis 6 Oct 2022): Sentra Wyataguna Top 45 (PIJAR NETRA), Sentra Terpadu Pangudi Luhur "
        "Top 99 (SAJADAH)": ["h6_003", "h6_004", "h6_005"],
        "C Penghargaan Pelayanan Publik Ramah Disabilitas from the Gubernur Jawa Barat, 2021: Wyataguna (recap)":
            ["h6_005"],
        "D Top 99 KIPP 2021: BRSPDSN Wyata Guna, LABIBI (background in a near-miss article)": ["h6_009"],
        "E Anugerah Keterbukaan Informasi Publik Provinsi Kalimantan Selatan 2024 (Selasa 26 Nov 2024): Sentra "
        "Budi Luhur 'Informatif'; recap of Budi Luhur WBK (Desember tahun lalu = 2023)": ["h6_006"],
        "F Indonesia's SDGs Action Awards 2024 (Rabu 18 Dec 2024): Sentra Terpadu Kartini, Sheltered Workshop "
        "Peduli; recap of Top 99 KIPP 2018 as BBRSPDI Kartini": ["h6_007"],
        "G Penghargaan Kearsipan Kemensos Tahun 2024 (internal, Kamis 20 Feb 2025): BP3S AA, Ditjen Rehsos A, "
        "Sentra Mulya Jaya A; the ministry's own ANRI AA is optional": ["h6_008"],
        "H BKN Award 2023 and 2019 to the ministry (optional); Anugerah ASN 2023 finalist (personal, not won: "
        "not an award)": ["h6_009"],
        "I Anugerah Media Humas 2023 (Jumat 24 Nov 2023): Biro Humas Juara I, Cek Bansos; recap AMH 2019 Juara II":
            ["h6_010"],
        "J Service news without any award: LRSPD Siwalima Ambon hands over 595 assistive devices and launches "
        "three mobile service cars (Senin 14 Oct 2024)": ["h6_011", "h6_012"],
    },
    "stories": "Near-duplicate groups: {h6_001 Kemensos press release, h6_002 detik-style rewrite with a Mulya Jaya "
               "angle, h6_003 Radar Bekasi rewrite one day later with a Pangudi Luhur angle} (Zona Integritas "
               "2024); {h6_004 Kemensos release, h6_005 Pikiran Rakyat rewrite with a Wyataguna angle, cp1252} "
               "(KIPP 2022); {h6_011 Kemensos release, h6_012 Ambon Ekspres rewrite, CRLF} (assistive devices, no "
               "award at all). h6_008 is a separate story that still feeds the canonical award "
               "zona-integritas-wbk 2024 mulya-jaya-jakarta ('Desember lalu'). All other documents are singletons.",
    "conventions": [
        "Follows the dev-set conventions and those of the earlier held-out sets (heldout … heldout5). Award "
        "outcomes, unit heads, staff, beneficiaries, figures, innovation / campaign names (PIJAR NETRA, SAJADAH, "
        "and the awards given to LABIBI, Sheltered Workshop Peduli and Cek Bansos) and all quotes are FICTIONAL. Real "
        "office holders appear only in offices they held at the time and are never quoted: Menteri PANRB Rini "
        "Widyantini and Mensos Saifullah Yusuf (Dec 2024), Mensos Saifullah Yusuf (Oct 2024), Menteri PANRB "
        "Abdullah Azwar Anas and Mensos Tri Rismaharini (Oct 2022), Menkominfo Budi Arie Setiadi (Nov 2023). All "
        "other officials are invented. LRSPD / PSBD 'Siwalima' Ambon is an INVENTED unit. Former names (PSKW Mulya "
        "Jaya, PSBK Pangudi Luhur, PSBN / BRSPDSN Wyata Guna, BRSPDI Budi Luhur, BBRSPDI Kartini) may be "
        "inaccurate; the text is the only ground truth.",
        "NEW FAMILIES (placed before the catch-all pelayanan-publik, which stays last): 'sdgs-action' "
        "(Indonesia's SDGs Action Awards, Bappenas), 'kearsipan' (Penghargaan Kearsipan / Pengawasan Kearsipan), "
        "'anugerah-media-humas' (Anugerah Media Humas, AMH, Kominfo) and 'bkn-award' (BKN Award). The other 15 "
        "families are those of heldout5, unchanged and in the same order.",
        "INTERNAL AWARDS: an award that Kemensos itself gives to its own units (Penghargaan Kearsipan Tahun 2024, "
        "h6_008) is annotated like any other award, one entry per recipient unit, with the category as grade "
        "('AA (Sangat Memuaskan)', 'A (Memuaskan)'). 'Unit Pengolah Terbaik I/II' and 'UPT Terbaik' are ranks, not "
        "counts. The organiser (Biro Umum) is not a unit.",
        "AWARDS TO THE MINISTRY AS A WHOLE (as heldout ho_015): the ANRI Pengawasan Kearsipan Eksternal AA (h6_008) "
        "and the BKN Award 2023 / 2019 (h6_009) go to Kementerian Sosial itself, so the award, the unit 'kemensos' "
        "and the canonical rows are all OPTIONAL (neither rewarded nor penalised).",
        "NOT AWARDS: personal awards and finalists (Anugerah ASN 2023: Dadan Ramdani reached the last six but did "
        "not win, h6_009); nominations that failed (Budi Luhur's KIPP 2022 proposal, h6_004; Budi Luhur's KIPP "
        "2024 proposal, h6_006; the Kemensos Instagram account at AMH 2023, h6_010; Pemkab Temanggung at the SDGs "
        "Action Awards, h6_007); awards of non-Kemensos bodies (Pemkot Banjarbaru / Universitas Lambung Mangkurat "
        "'Informatif' and Dinsos Kalsel 'Menuju Informatif', h6_006; Pemkot Bandung Top 45, h6_005; Pemprov Jateng "
        "/ Pemkot Surabaya BKN Award, h6_009); future targets (WBK/WBBM 'pada 2025', h6_001; 'ruang arsip standar "
        "pada 2026', h6_008; LABIBI 'ke ajang KIPP tahun depan', h6_009). Top 45 does not imply a separate Top 99 "
        "entry unless the text says so.",
        "CENTRAL UNITS: Inspektorat Jenderal and Ditjen Perlindungan dan Jaminan Sosial (WBK 2024, h6_001), "
        "Direktorat Jenderal Rehabilitasi Sosial and BP3S (Penghargaan Kearsipan, h6_008) and Biro Hubungan "
        "Masyarakat (AMH, h6_010) are units because they receive an award. Not units: the 'Biro Hubungan "
        "Masyarakat / Kementerian Sosial RI' signature block of the releases (h6_001, h6_004, h6_008, h6_011), Biro "
        "Umum (organiser, h6_008), Biro Organisasi dan Sumber Daya Manusia and Direktorat Rehabilitasi Sosial "
        "Penyandang Disabilitas (inside titles), Kementerian PANRB, Bappenas, BKN, ANRI, Komisi Informasi, Dinas "
        "Sosial, Pemkot/Pemkab, Tim Penilai Nasional, DTKS.",
        "EDITION FROM A RELATIVE EXPRESSION: h6_006 (27 Nov 2024) says Budi Luhur won WBK 'pada Desember tahun "
        "lalu' -> edition 2023 and date 2023-12, although '2023' is never written (validate.py checks the phrase "
        "instead, via EDITION_FROM_CONTEXT). h6_008 (21 Feb 2025): Mulya Jaya's WBK 'yang diraih Desember lalu' -> "
        "edition 2024, date 2024-12. h6_003: the WBBM received 'Selasa lalu' (12 Dec 2024 article) has edition 2024.",
        "PEOPLE: abbreviated Javanese noble titles written as initials ('R. Bagus Harimurti', 'Rr. Wahyuningsih "
        "Purnamasari') are left out of the gold name; the scorer's token-subset rule accepts a prediction with or "
        "without them (a fully written 'Raden' is still kept, as in heldout). Address forms are dropped: Sundanese "
        "'Neng' (Neng Ratnasari -> Ratnasari) and 'Kang' (Kang Dadan = Dadan Ramdani), Ambonese 'Oma' and 'Bapa', "
        "'Ibu'. 'Said' (Said Abdullah Alaydrus) and 'Syarifah' (Syarifah Nurul Hidayah) are kept as part of the name. "
        "In Maluku 'Raja Negeri Hila' is an OFFICE (head of a customary village), so 'Raja' is the position of Abdul "
        "Rasyid Ollong, not part of his name (contrast heldout5 'Raja Fitriani Hamid'). The pseudonym 'Mawar (bukan "
        "nama sebenarnya)' is an optional person. 'Gus Ipul' = Saifullah Yusuf. Positions may follow the name "
        "after 'selaku' (h6_006) or come in the next sentence ('... kata Syarifah Nurul Hidayah. Kepala BP3S itu', "
        "h6_008); Plt./Plh./Pj. titles are part of the position. Bylines and credits ('Oleh: Rizky Ramadhan', "
        "'Editor: Ade Kurniawan', '(nvl/idn)', '(Yusuf Wijaya/PR)', '(rdh/KP)', 'Editor: Mukhamad Rifai', 'Editor: "
        "Fransiska Lumbantobing', '(inf/ha)', '(mg-3/AMEKS)') are not people. Degrees dropped include Ak., M.Ak., "
        "M.P.S.Sp., S.Tr.Sos., S.ST.",
        "DATES: published dates from headers ('Rabu, 11 Des 2024 16:20 WIB', 'Oleh: … | Kamis, 12 Desember 2024 - "
        "09:30 WIB', 'Jum’at, 7 Oktober 2022 – 14.20 WIB', 'Rabu, 27 November 2024', 'Kamis, 19 Desember 2024 | "
        "11:05 WIB', 'Sabtu, 25 November 2023 | 10:12 WIB') or datelines ('Jakarta, 11 Desember 2024 —', 'JAKARTA "
        "(7 Oktober 2022) —', 'JAKARTA, 21 Februari 2025 –', 'AMBON (15 Oktober 2024) –'); 'JAKARTA, RRI.co.id –' and "
        "'AMBON, AMEKS –' give published null. '(d/m)' takes its year from the dateline/header or, in h6_012, from "
        "'tahun anggaran 2024' (a year, required). 'Januari hingga Oktober 2024', 'Juli–Oktober 2024' and 'Maret "
        "hingga September 2023' give both months. 'awal 2023' = 2023; 'pada 1904' = 1904; targets with a year "
        "('pada 2023/2024/2025/2026') are dates. The bare 'Selasa lalu' is optional (2024-12-10). Optional: the "
        "document number '412/HUMAS/XII/2024' (2024-12) and years inside award names ('Zona Integritas Tahun "
        "2024', 'KIPP 2022', 'Awards 2024', 'BKN Award 2023', 'Anugerah ASN 2023', 'AMH 2019', 'Kearsipan Tahun "
        "2024', 'Kalimantan Selatan 2024', 'KIPP 2024'). Not dates: 'tahun ini', 'tahun depan', 'pekan depan', "
        "'Pada pekan yang sama', 'Sehari setelah penyerahan' (the same day is given as 'Selasa (15/10)'), clock "
        "times.",
        "COUNTS: required when a number (digits, '.' thousands, '3,2 juta' = 3200000, or words such as 'dua "
        "belas', 'tiga', 'sembilan') quantifies things in the article, including 'tiga unit mobil layanan' (what: "
        "mobil layanan / mobil / unit) and '45 Inovasi Terbaik' (45 inovasi, as heldout4 '45 inovasi'). Optional: "
        "'N … lain' ('38 instansi lain', 'tiga unit kerja Kementerian Sosial lain', 'Satu inovasi lain', 'dua "
        "sentra lain'), partitives and anaphora ('386 di antaranya', 'dua di antaranya', 'Empat yang lolos ini', "
        "'kedua sentra'), approximations ('± 40', 'sekitar 900', 'sedikitnya 40/enam', 'rata-rata … 30'), "
        "ratios ('dua kali lipat'), ordinals ('pertama kali', 'kali pertama'), durations ('dua tahun', 'lima hari', "
        "'satu hari kerja', 'Sehari', '24 jam', 'sepuluh hari kerja', 'dua jam', 'dua sampai tiga hari'), and "
        "numbers in 'Baca juga' headlines ('27 Korban TPPO', '40 Manusia Gerobak'), which are boilerplate. Not "
        "counts: 'Ratusan', money ('Rp 38 juta'), areas ('± 1.200 m²'), ages ('(29)', '(67)', '(58)'), document "
        "numbers ('Nomor: 412/HUMAS/XII/2024'), ranks and grades ('enam besar', 'Juara I/II', 'Terbaik I/II', "
        "'tujuan ke-8', 'tahap pertama/kedua', AA / A), numbers in names (Top 45/99, BP3S), idioms ('salah satu', "
        "'satu-satunya', 'salah seorang').",
        "STORIES WITHOUT AWARDS: {h6_011, h6_012} is a near-duplicate pair with no award at all; it tests story "
        "grouping only. validate.py requires story-mates to share an award when they have any, otherwise a unit.",
    ],
}


def derive_canonical(docs, stories):
    canon = OrderedDict()
    optional_keys = set()
    # dated awards first (optional awards make optional canonical rows)
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
