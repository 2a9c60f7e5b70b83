#!/usr/bin/env python3
"""Build the gold files of held-out set 4 (docs.jsonl, corpus.json) from the annotations below.

Usage: python3 build_gold.py

Edit the annotations in this file, then re-run it and `python3 validate.py`.
Canonical awards are derived from the per-document awards (see `derive_canonical`).
"""
from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Award families: the 14 families of the earlier held-out sets, same order, plus `ramah-lansia`
# (new in this set), placed just before the catch-all `pelayanan-publik`, which stays last.
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
    ("ombudsman-kepatuhan", r"ombudsman|kepatuhan\s+standar|zona\s+hijau|opini\s+pengawasan|kualitas\s+tertinggi"),
    ("keterbukaan-informasi", r"keterbukaan\s+informasi|badan\s+publik\s+informatif|komisi\s+informasi|\binformatif\b"),
    ("ramah-disabilitas", r"ramah\s+disabilitas"),
    ("ramah-lansia", r"ramah\s+lansia|ramah\s+lanjut\s+usia"),
    ("pelayanan-publik", r"pelayanan\s+publik|indeks\s+pe\w+\s+publik|pelayanan\s+prima|kinerja\s+pelayanan"),
])

# Canonical award name per family (used by validate.py for the perfect prediction and the
# first-match-wins check).
FAMILY_NAMES = {
    "top99-inovasi": "Top 99 Kompetisi Inovasi Pelayanan Publik",
    "top45-inovasi": "Top 45 Kompetisi Inovasi Pelayanan Publik",
    "top40-inovasi": "Top 40 Kompetisi Inovasi Pelayanan Publik",
    "top30-inovasi": "Top 30 Kompetisi Inovasi Pelayanan Publik",
    "top15-inovasi": "Top 15 Kompetisi Inovasi Pelayanan Publik",
    "top5-inovasi": "Top 5 Inovasi Pelayanan Publik",
    "unpsa": "United Nations Public Service Awards (UNPSA)",
    "sarpras-ramah-rentan": "Penyelenggara Pelayanan Publik dengan Sarana dan Prasarana Ramah Kelompok Rentan",
    "zona-integritas-wbk": "Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK)",
    "zona-integritas-wbbm": "Zona Integritas menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)",
    "ombudsman-kepatuhan": "Penilaian Kepatuhan Standar Pelayanan Publik Ombudsman (zona hijau)",
    "keterbukaan-informasi": "Anugerah Keterbukaan Informasi Publik",
    "ramah-disabilitas": "Penghargaan Pelayanan Publik Ramah Disabilitas",
    "ramah-lansia": "Penghargaan Layanan Ramah Lansia",
    "pelayanan-publik": "Evaluasi Kinerja Pelayanan Publik",
}

# --------------------------------------------------------------------------------------------
# Units (key -> core spellings, city). `core` = distinctive name surviving renames.
# --------------------------------------------------------------------------------------------
UNITS = {
    "kartini-temanggung": (["Kartini", "Lemah Ingatan", "Zwakzinnigenzorg"], "Temanggung"),
    "ciung-wanara-bogor": (["Ciung Wanara"], "Bogor"),
    "inten-soeweno-bogor": (["Inten Soeweno", "Inten Suweno", "Inten Soewono"], "Bogor"),
    "margo-laras-pati": (["Margo Laras", "Margolaras"], "Pati"),
    "budi-luhur-banjarbaru": (["Budi Luhur"], "Banjarbaru"),
    "wyata-guna-bandung": (["Wyata Guna", "Wiyata Guna"], "Bandung"),
    "melati-jakarta": (["Melati"], "Jakarta"),
    "tan-miyat-bekasi": (["Tan Miyat"], "Bekasi"),
    "bbppks-yogyakarta": (["BBPPKS Yogyakarta",
                           "Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Yogyakarta",
                           "Pendidikan dan Pelatihan Kesejahteraan Sosial Yogyakarta",
                           "BBPPKS Jogja"], "Yogyakarta"),
    "pusdatinkesos": (["Pusdatinkesos", "Pusat Data dan Informasi Kesejahteraan Sosial",
                       "Pusat Data dan Informasi Kemensos", "Pusat Data dan Informasi", "Pusdatin"], None),
    "meohai-kendari": (["Meohai"], "Kendari"),
    "senja-rinjani-lombok-timur": (["Senja Rinjani"], "Lombok Timur"),
    "mahatmiya-tabanan": (["Mahatmiya", "Mahatmya"], "Tabanan"),
}

# --------------------------------------------------------------------------------------------
# Positions (acceptable spellings), reused across documents.
# --------------------------------------------------------------------------------------------
POS = {
    "menpanrb": ["Menteri PANRB", "Menteri PAN-RB", "Menteri PAN RB",
                 "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "MenPANRB", "MenPAN-RB"],
    "mensos": ["Menteri Sosial", "Mensos"],
    "sekjen": ["Sekretaris Jenderal Kementerian Sosial", "Sekretaris Jenderal Kemensos", "Sekretaris Jenderal", "Sekjen"],
    "ka_kartini": ["Kepala BBRSPDI Kartini", "Kepala Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual Kartini",
                   "Kepala BBRSPDI", "Kepala Balai Besar", "kepala"],
    "ka_ciung": ["Kepala BRSPDI Ciung Wanara", "Kepala BRSPDI", "Kepala Balai", "kepala"],
    "kasubag_kartini": ["Kasubag TU BBRSPDI Kartini", "Kasubag TU", "Kepala Subbagian Tata Usaha",
                        "Kepala Subbagian Tata Usaha BBRSPDI Kartini", "Kasubbag TU"],
    "kadis_tmg": ["Kadis Sosial Kabupaten Temanggung", "Kepala Dinas Sosial Kabupaten Temanggung", "Kadis Sosial",
                  "Kepala Dinas Sosial", "Kadinsos"],
    "irjen_plt": ["Plt. Inspektur Jenderal", "Plt Inspektur Jenderal", "Pelaksana Tugas Inspektur Jenderal",
                  "Plt. Inspektur Jenderal Kementerian Sosial", "Inspektur Jenderal", "Plt. Irjen", "Plt Irjen", "Irjen"],
    "ka_inten": ["Kepala Sentra Terpadu Inten Soeweno", "Kepala Sentra Terpadu", "Kepala Sentra", "kepala"],
    "ka_margo": ["Kepala Sentra Margo Laras", "Kepala Sentra", "kepala"],
    "pj_sekda_pati": ["Pj. Sekretaris Daerah Kabupaten Pati", "Pj Sekretaris Daerah Kabupaten Pati",
                      "Penjabat Sekretaris Daerah Kabupaten Pati", "Pj. Sekretaris Daerah", "Sekretaris Daerah",
                      "Pj. Sekda Pati", "Pj Sekda", "Sekda"],
    "plt_ka_melati": ["Plt. Kepala Sentra Melati", "Plt Kepala Sentra Melati", "Pelaksana Tugas Kepala Sentra Melati",
                      "Plt. Kepala Sentra", "Kepala Sentra", "kepala"],
    "ka_tanmiyat": ["Kepala Sentra Tan Miyat", "Kepala Sentra", "kepala"],
    "dir_rsd": ["Direktur Rehabilitasi Sosial Penyandang Disabilitas Kemensos",
                "Direktur Rehabilitasi Sosial Penyandang Disabilitas", "Direktur Rehsos Penyandang Disabilitas",
                "Direktur"],
    "ka_bbppks": ["Kepala BBPPKS Yogyakarta", "Kepala Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Yogyakarta",
                  "Kepala BBPPKS", "kepala"],
    "ppid_bbppks": ["Koordinator Pejabat Pengelola Informasi dan Dokumentasi (PPID) BBPPKS",
                    "Koordinator Pejabat Pengelola Informasi dan Dokumentasi", "Koordinator PPID BBPPKS",
                    "Koordinator PPID", "Koordinator"],
    "ketua_ki_diy": ["Ketua KI DIY", "Ketua Komisi Informasi DIY", "Ketua Komisi Informasi Daerah Istimewa Yogyakarta",
                     "Ketua Komisi Informasi", "Ketua KI"],
    "koord_pusdatin": ["Koordinator Layanan Data Pusdatin", "Koordinator Layanan Data", "Koordinator"],
    "ka_pusdatin": ["Kepala Pusdatin Kemensos", "Kepala Pusat Data dan Informasi Kementerian Sosial",
                    "Kepala Pusat Data dan Informasi", "Kepala Pusdatin", "kepala"],
    "ombudsman_sultra": ["Kepala Perwakilan Ombudsman RI Sulawesi Tenggara", "Kepala Perwakilan Ombudsman RI Sultra",
                         "Kepala Perwakilan Ombudsman Sulawesi Tenggara", "Kepala Perwakilan Ombudsman",
                         "Kepala Ombudsman Sultra"],
    "plt_ka_meohai": ["Plt. Kepala Sentra Meohai", "Plt Kepala Sentra Meohai", "Pelaksana Tugas Kepala Sentra Meohai",
                      "Plt. Kepala Sentra", "Kepala Sentra", "kepala"],
    "ka_budiluhur": ["Kepala Sentra Budi Luhur", "Kepala Sentra", "kepala"],
    "kadinsos_bjb": ["Kadinsos Kota Banjarbaru", "Kepala Dinas Sosial Kota Banjarbaru", "Kadinsos",
                     "Kepala Dinas Sosial", "Kadis Sosial"],
    "ortu_pm": ["orang tua penerima manfaat", "orang tua"],
    "ka_senja": ["Kepala LRSLU Senja Rinjani", "Kepala Loka Rehabilitasi Sosial Lanjut Usia Senja Rinjani",
                 "Kepala LRSLU", "Kepala Loka", "kepala"],
    "kadinsos_ntb": ["Kepala Dinas Sosial Provinsi NTB", "Kepala Dinas Sosial Provinsi Nusa Tenggara Barat",
                     "Kepala Dinas Sosial NTB", "Kepala Dinas Sosial", "Kadinsos NTB", "Kadinsos", "Kadis Sosial"],
    "pm": ["penerima manfaat"],
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
    "gerkadi": ["GERKADI", "Gerai Karya Difabel Intelektual"],
    "rubelora": ["RUBELORA", "Rumah Belajar Orang Tua"],
    "laverda": ["LAVERDA", "Layanan Verifikasi Data Mandiri"],
    "saldu": ["SALDU", "Sahabat Lansia Dusun"],
}

W_PROPOSAL = ["proposal", "proposal inovasi"]
W_PM = ["penerima manfaat"]

DOCS = [
    # ---------------------------------------------------------------- story A (KIPP 2021) ---
    {
        "doc_id": "h4_001", "published": "2021-09-24", "dateline_city": "Jakarta",
        "units": [U("kartini-temanggung"), U("ciung-wanara-bogor")],
        "people": [P("Tjahjo Kumolo", "menpanrb"), P("Sri Endah Palupi", "ka_kartini"),
                   P("Deden Suryana Permana", "ka_ciung"), P("Tri Rismaharini", "mensos")],
        "awards": [A("top45-inovasi", 2021, "kartini-temanggung", INNOV["gerkadi"]),
                   A("top99-inovasi", 2021, "ciung-wanara-bogor", INNOV["rubelora"])],
        "dates": [D("24/9/2021", "2021-09-24"), D("Kamis (23/9)", "2021-09-23"),
                  D("sejak Januari 2020", "2020-01"),
                  D("KIPP 2021", "2021", True), D("(KIPP) 2021", "2021", True),
                  D("Inovasi Pelayanan Publik 2021", "2021", True)],
        "counts": [C("214 penerima manfaat", 214, W_PM), C("12 kabupaten", 12, ["kabupaten"]),
                   C("3.156 proposal inovasi", 3156, W_PROPOSAL), C("45 inovasi", 45, ["inovasi"]),
                   C("386 keluarga", 386, ["keluarga"]),
                   C("dua kali sepekan", 2, ["kali"], True), C("kedua balai", 2, ["balai"], True),
                   C("satu pertanyaan", 1, ["pertanyaan"], True)],
    },
    {
        "doc_id": "h4_002", "published": None, "dateline_city": "Temanggung",
        "units": [U("kartini-temanggung")],
        "people": [P("Sri Endah Palupi", "ka_kartini"), P("Tjahjo Kumolo", "menpanrb")],
        # The text never states the year: edition null (the canonical award still merges, see notes).
        "awards": [A("top45-inovasi", None, "kartini-temanggung", INNOV["gerkadi"])],
        "dates": [D("Kamis (23/9)", "--09-23"), D("Jumat", "--09-24", True)],
        "counts": [C("214 penerima manfaat", 214, W_PM), C("dua lokapasar", 2, ["lokapasar", "marketplace"]),
                   C("tujuh toko oleh-oleh", 7, ["toko", "toko oleh-oleh"]),
                   C("3.156 proposal inovasi", 3156, W_PROPOSAL)],
    },
    {
        "doc_id": "h4_003", "published": None, "dateline_city": "Temanggung",
        "units": [U("kartini-temanggung"), U("ciung-wanara-bogor")],
        "people": [P("Tjahjo Kumolo", "menpanrb"), P("Agus Wibowo Santoso", "kadis_tmg"),
                   P("Bambang Triyono", "kasubag_kartini")],
        "awards": [A("top45-inovasi", 2021, "kartini-temanggung", INNOV["gerkadi"]),
                   A("top99-inovasi", 2021, "ciung-wanara-bogor", INNOV["rubelora"])],
        "dates": [D("Kamis (23/9/2021)", "2021-09-23"), D("Januari", "2021-01"), D("Agustus 2021", "2021-08"),
                  D("sejak 2019", "2019"),
                  D("(KIPP) 2021", "2021", True), D("KIPP 2021", "2021", True)],
        "counts": [C("Dua balai", 2, ["balai", "balai rehabilitasi"]), C("386 keluarga", 386, ["keluarga"]),
                   C("1.200 penyandang disabilitas intelektual", 1200,
                     ["penyandang disabilitas intelektual", "penyandang disabilitas", "penyandang"]),
                   C("Keduanya", 2, ["balai"], True)],
    },
    # ------------------------------------------------------- story B (Zona Integritas 2023) ---
    {
        "doc_id": "h4_004", "published": "2023-12-15", "dateline_city": "Jakarta",
        "units": [U("margo-laras-pati"), U("budi-luhur-banjarbaru"), U("wyata-guna-bandung"),
                  U("inten-soeweno-bogor")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Hendrawan Sasmita Putra", "irjen_plt"),
                   P("Ratna Komalasari", "ka_inten"), P("Tri Rismaharini", "mensos")],
        "awards": [A("zona-integritas-wbk", 2023, "margo-laras-pati"),
                   A("zona-integritas-wbk", 2023, "budi-luhur-banjarbaru"),
                   A("zona-integritas-wbk", 2023, "wyata-guna-bandung"),
                   A("zona-integritas-wbbm", 2023, "inten-soeweno-bogor"),
                   A("zona-integritas-wbk", 2021, "inten-soeweno-bogor")],
        "dates": [D("Jumat, 15 Desember 2023", "2023-12-15"), D("Rabu (13/12)", "2023-12-13"),
                  D("pada 2021", "2021"), D("akhir Oktober 2023", "2023-10"),
                  D("(WBK) Tahun 2023", "2023", True)],
        "counts": [C("Tiga Sentra", 3, ["sentra"]),
                   C("Empat unit pelaksana teknis", 4, ["unit pelaksana teknis", "UPT", "unit"]),
                   C("sembilan satuan kerja", 9, ["satuan kerja", "satker"]),
                   C("empat satker", 4, ["satker", "satuan kerja"]),
                   C("lima lainnya", 5, ["satker", "satuan kerja"], True),
                   C("dua tahun lalu", 2, ["tahun"], True),
                   C("sedikitnya tujuh satker", 7, ["satker", "satuan kerja"], True)],
    },
    {
        "doc_id": "h4_005", "published": None, "dateline_city": "Pati",
        "units": [U("margo-laras-pati"), U("inten-soeweno-bogor")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Yohanes Bambang Hermawan", "ka_margo"),
                   P("Suharyono Widiatmoko", "pj_sekda_pati")],
        "awards": [A("zona-integritas-wbk", 2023, "margo-laras-pati"),
                   A("zona-integritas-wbbm", 2023, "inten-soeweno-bogor")],
        "dates": [D("Rabu (13/12/2023)", "2023-12-13"), D("sejak Februari 2022", "2022-02"),
                  D("Sepanjang 2023", "2023"), D("Kamis (14/12/2023)", "2023-12-14")],
        "counts": [C("tiga sentra", 3, ["sentra"]), C("47 warga", 47, ["warga"]),
                   C("312 penerima manfaat", 312, W_PM), C("1.146 warga", 1146, ["warga"])],
    },
    # ------------------------------------------------- Evaluasi Kinerja Pelayanan Publik 2023 ---
    {
        "doc_id": "h4_006", "published": "2024-01-31", "dateline_city": "Jakarta",
        "units": [U("melati-jakarta"), U("tan-miyat-bekasi")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Fitriani Rahmawati Nasution", "plt_ka_melati"),
                   P("Hendra Gunawan Siregar", "ka_tanmiyat"), P("Yusrizal Anwar Tanjung", "dir_rsd")],
        "awards": [A("pelayanan-publik", 2023, "melati-jakarta", grade="A"),
                   A("pelayanan-publik", 2023, "tan-miyat-bekasi", grade="A-")],
        "dates": [D("Rabu, 31 Jan 2024", "2024-01-31"), D("Selasa (30/1)", "2024-01-30"),
                  D("sepanjang 2023", "2023"), D("akhir Oktober 2023", "2023-10"),
                  D("Pelayanan Publik Tahun 2023", "2023", True)],
        "counts": [C("sebanyak 12 unit", 12, ["unit"]),
                   C("sembilan juru bahasa isyarat", 9, ["juru bahasa isyarat", "juru bahasa"]),
                   C("1.318 penerima manfaat", 1318, W_PM),
                   C("dua hari", 2, ["hari"], True), C("dua sentra itu", 2, ["sentra"], True)],
    },
    # ------------------------------------------------------------- KI DIY 2023, BBPPKS Yogya ---
    {
        "doc_id": "h4_007", "published": "2023-12-19", "dateline_city": "Jogja",
        "units": [U("bbppks-yogyakarta")],
        "people": [P("Bayu Aji Pamungkas", "ka_bbppks"), P("Anindita Larasati", "ppid_bbppks"),
                   P("Nurhadi Sasongko", "ketua_ki_diy")],
        "awards": [A("keterbukaan-informasi", 2023, "bbppks-yogyakarta", grade="Informatif")],
        "dates": [D("Selasa 19 Desember 2023", "2023-12-19"), D("12 Desember lalu", "2023-12-12"),
                  D("Senin (18/12/2023)", "2023-12-18"), D("sepanjang 2023", "2023"),
                  D("Januari", "2023-01"), D("November 2023", "2023-11"),
                  D("Informasi Publik 2023", "2023", True)],
        "counts": [C("148 badan publik", 148, ["badan publik"]), C("23 badan publik", 23, ["badan publik"]),
                   C("4.215 pendamping sosial", 4215, ["pendamping sosial", "pendamping"]),
                   C("lima provinsi", 5, ["provinsi"]),
                   C("96 permohonan informasi", 96, ["permohonan informasi", "permohonan"]),
                   C("11 keberatan", 11, ["keberatan"]),
                   C("tiga hari kerja", 3, ["hari", "hari kerja"], True)],
    },
    # --------------------------------------------------------------- Pusdatin KIPP 2023 -------
    {
        "doc_id": "h4_008", "published": None, "dateline_city": "Jakarta",
        "units": [U("pusdatinkesos")],
        "people": [P("Wulan Sari Dewanti", "koord_pusdatin"), P("Joko Prasetyo Adinugroho", "ka_pusdatin"),
                   P("Tri Rismaharini", "mensos")],
        "awards": [A("top45-inovasi", 2023, "pusdatinkesos", INNOV["laverda"]),
                   A("top99-inovasi", 2023, "pusdatinkesos", INNOV["laverda"])],
        "dates": [D("Kamis (12/10/2023)", "2023-10-12"), D("pada Juni 2023", "2023-06"),
                  D("sejak Maret 2022", "2022-03"),
                  D("KIPP 2023", "2023", True), D("(KIPP) 2023", "2023", True)],
        "counts": [C("2.418.560 usulan dan sanggahan", 2418560, ["usulan", "usulan dan sanggahan", "sanggahan"]),
                   C("514 kabupaten/kota", 514, ["kabupaten/kota", "kabupaten", "kota"]),
                   C("Lima sentra", 5, ["sentra"]),
                   C("14 hari", 14, ["hari"], True)],
    },
    # ---------------------------------------------------------- Ombudsman 2023, Meohai --------
    {
        "doc_id": "h4_009", "published": None, "dateline_city": "Kendari",
        "units": [U("meohai-kendari")],
        "people": [P("Hasrul Adnan Laode", "ombudsman_sultra"), P("La Ode Muhammad Rusdin", "plt_ka_meohai")],
        "awards": [A("ombudsman-kepatuhan", 2023, "meohai-kendari", grade="zona hijau")],
        "dates": [D("Selasa (19/12/2023)", "2023-12-19"), D("Juli", "2023-07"), D("September 2023", "2023-09"),
                  D("Sepanjang 2023", "2023"), D("Pelayanan Publik 2023", "2023", True)],
        "counts": [C("empat belas pekerja sosial", 14, ["pekerja sosial"]),
                   C("tiga juru bahasa isyarat", 3, ["juru bahasa isyarat", "juru bahasa"]),
                   C("18 instansi", 18, ["instansi"]), C("tujuh instansi", 7, ["instansi"]),
                   C("673 penerima manfaat", 673, W_PM)],
    },
    # ------------------------------------------------- follow-up: Budi Luhur, Feb 2024 --------
    {
        "doc_id": "h4_010", "published": None, "dateline_city": "Banjarbaru",
        "units": [U("budi-luhur-banjarbaru")],
        "people": [P("Noorhasanah Fitriyani", "ka_budiluhur"), P("Muhammad Riduan Syahrani", "kadinsos_bjb"),
                   P("Rahmadi", "ortu_pm")],
        "awards": [A("zona-integritas-wbk", 2023, "budi-luhur-banjarbaru")],
        "dates": [D("Senin (5/2/2024)", "2024-02-05"), D("Desember 2023", "2023-12"),
                  D("sepanjang 2023", "2023"), D("Maret 2024", "2024-03")],
        "counts": [C("2 ribu penerima manfaat", 2000, W_PM), C("enam pekerja sosial", 6, ["pekerja sosial"]),
                   C("dua psikolog", 2, ["psikolog"]), C("Dua Bulan", 2, ["bulan"], True)],
    },
    # ------------------------------------------ Ramah Lansia 2024, invented Loka Senja Rinjani --
    {
        "doc_id": "h4_011", "published": None, "dateline_city": "Selong",
        "units": [U("senja-rinjani-lombok-timur")],
        "people": [P("Baiq Rina Apriliani", "ka_senja"), P("Lalu Ahmad Fathurrahman", "kadinsos_ntb"),
                   P("Sahnim", "pm")],
        "awards": [A("ramah-lansia", 2024, "senja-rinjani-lombok-timur", INNOV["saldu"])],
        "dates": [D("Rabu (29/5/2024)", "2024-05-29"), D("awal April", "2024-04"),
                  D("Sejak Agustus 2022", "2022-08"), D("pada 2019", "2019"),
                  D("Ramah Lansia 2024", "2024", True)],
        "counts": [C("412 lansia", 412, ["lansia"]), C("27 dusun", 27, ["dusun"]), C("63 kader", 63, ["kader"]),
                   C("35 lansia", 35, ["lansia"])],
    },
    # ------------------------------------------------------------------ recap (Kompas) --------
    {
        "doc_id": "h4_012", "published": "2025-01-06", "dateline_city": None,
        "units": [U("kartini-temanggung"), U("ciung-wanara-bogor"), U("inten-soeweno-bogor"),
                  U("mahatmiya-tabanan"), U("margo-laras-pati"), U("budi-luhur-banjarbaru"),
                  U("wyata-guna-bandung"), U("pusdatinkesos"), U("bbppks-yogyakarta"), U("melati-jakarta"),
                  U("senja-rinjani-lombok-timur")],
        "people": [P("Robben Rico", "sekjen")],
        "awards": [A("top45-inovasi", 2021, "kartini-temanggung", INNOV["gerkadi"]),
                   A("top99-inovasi", 2021, "ciung-wanara-bogor", INNOV["rubelora"]),
                   A("zona-integritas-wbk", 2021, "inten-soeweno-bogor"),
                   A("sarpras-ramah-rentan", 2022, "mahatmiya-tabanan"),
                   A("zona-integritas-wbbm", 2023, "inten-soeweno-bogor"),
                   A("zona-integritas-wbk", 2023, "margo-laras-pati"),
                   A("zona-integritas-wbk", 2023, "budi-luhur-banjarbaru"),
                   A("zona-integritas-wbk", 2023, "wyata-guna-bandung"),
                   A("top45-inovasi", 2023, "pusdatinkesos", INNOV["laverda"]),
                   A("keterbukaan-informasi", 2023, "bbppks-yogyakarta", grade="Informatif"),
                   A("pelayanan-publik", 2023, "melati-jakarta", grade="A"),
                   A("ramah-lansia", 2024, "senja-rinjani-lombok-timur")],
        "dates": [D("06/01/2025", "2025-01-06"), D("2021-2024", "2021"), D("2021-2024", "2024"),
                  D("2021:", "2021"), D("2022:", "2022"), D("Pada Desember", "2022-12"), D("2023:", "2023"),
                  D("2024:", "2024"), D("30 Januari 2024", "2024-01-30"), D("Pada Mei", "2024-05"),
                  D("Jumat (3/1/2025)", "2025-01-03"),
                  D("Pada tahun yang sama", "2021", True), D("Zona Integritas 2023", "2023", True),
                  D("KIPP 2023", "2023", True), D("Pelayanan Publik Tahun 2023", "2023", True)],
        "counts": [C("dua belas penghargaan", 12, ["penghargaan"]), C("sebelas unit", 11, ["unit"]),
                   C("empat sentra", 4, ["sentra"]), C("31 sentra", 31, ["sentra", "sentra terpadu"]),
                   C("empat tahun terakhir", 4, ["tahun"], True), C("pertama kalinya", 1, ["kali"], True)],
    },
]

STORIES = [["h4_001", "h4_002", "h4_003"], ["h4_004", "h4_005"]]

NOTES = {
    "encoding": {"all": "All twelve texts are UTF-8 with LF line endings (1.5-2.2 KB). Datelines use en-dashes (–), "
                        "em-dashes (—), ' -- ' and ' - '."},
    "events": {
        "A KIPP 2021 (ceremony Kamis 23 Sep 2021): BBRSPDI Kartini Temanggung Top 45 (GERKADI), BRSPDI Ciung Wanara "
        "Bogor Top 99 (RUBELORA)": ["h4_001", "h4_002", "h4_003", "h4_012"],
        "B Zona Integritas 2023 (Rabu 13 Dec 2023): WBBM Sentra Terpadu Inten Soeweno; WBK Margo Laras, Budi Luhur, "
        "Wyata Guna; recap of Inten Soeweno WBK 2021": ["h4_004", "h4_005", "h4_010", "h4_012"],
        "C Evaluasi Kinerja Pelayanan Publik Tahun 2023 (announced Selasa 30 Jan 2024): Sentra Melati A (Pelayanan "
        "Prima), Sentra Tan Miyat A-": ["h4_006", "h4_012"],
        "D KI DIY Anugerah Keterbukaan Informasi Publik 2023 (12 Dec 2023): BBPPKS Yogyakarta Informatif":
            ["h4_007", "h4_012"],
        "E KIPP 2023: Pusdatin Top 99 (June 2023) then Top 45 (Kamis 12 Oct 2023), LAVERDA": ["h4_008", "h4_012"],
        "F Ombudsman Penilaian Kepatuhan 2023 (19 Dec 2023): Sentra Meohai Kendari zona hijau": ["h4_009"],
        "G Sentra Budi Luhur launches 'Sahabat Malam' (5 Feb 2024), recaps WBK Desember 2023": ["h4_010"],
        "H Penghargaan Layanan Ramah Lansia 2024, Pemprov NTB (HLUN, 29 May 2024): invented LRSLU Senja Rinjani "
        "(SALDU)": ["h4_011", "h4_012"],
        "I Sarana dan prasarana ramah kelompok rentan 2022: Sentra Mahatmiya Tabanan, recap only": ["h4_012"],
        "recap document": ["h4_012"],
    },
    "stories": "Near-duplicate groups: {h4_001 Kemensos release, h4_002 ANTARA, h4_003 KRjogja} (KIPP 2021) and "
               "{h4_004 kemensos.go.id, h4_005 Murianews} (Zona Integritas 2023). h4_010 (Budi Luhur, 5 Feb 2024) is a "
               "follow-up on another day: a separate story that still feeds the WBK 2023 canonical award. The recap "
               "h4_012 is a separate story that feeds eleven canonical awards.",
    "conventions": [
        "Follows the dev-set conventions and those of the earlier held-out sets. Award outcomes, unit heads, staff, "
        "beneficiaries, figures, innovation names (GERKADI, RUBELORA, LAVERDA, SALDU, 'Sahabat Malam') and all quotes "
        "are FICTIONAL. Real office holders appear only in offices they held at the time: Menteri PANRB Tjahjo Kumolo "
        "(Sep 2021), Menteri PANRB Abdullah Azwar Anas (Oct/Dec 2023, Jan 2024), Mensos Tri Rismaharini (2021-2023, "
        "mentioned without quotes), Sekjen Kemensos Robben Rico (Jan 2025). All other officials are invented (Plt. "
        "Irjen Hendrawan Sasmita Putra, Direktur Rehsos Penyandang Disabilitas Yusrizal Anwar Tanjung, Kepala Pusdatin "
        "Joko Prasetyo Adinugroho, Kadis/Kadinsos, Pj. Sekda Pati, Ketua KI DIY, Kepala Perwakilan Ombudsman Sultra, "
        "Kepala Dinas Sosial NTB, all unit heads). Loka Rehabilitasi Sosial Lanjut Usia (LRSLU) 'Senja Rinjani' Lombok "
        "Timur is an INVENTED unit. Former names (BRSPDI Ciung Wanara, BRSPDM Margo Laras, BRSPDI Budi Luhur, PSBN / "
        "BRSPDSN Tan Miyat, BRSPDSRW Meohai) and the service fields of real units may be inaccurate; the text is the "
        "only ground truth. Bylines use invented names.",
        "STORY WITH A MISSING YEAR (decision for this set): h4_002 (ANTARA rewrite) never states the year of the Top 45 "
        "award, so its award has edition null and its dates are '--MM-DD' ('Kamis (23/9)' -> '--09-23'; the bare "
        "'Jumat' is optional '--09-24'). Because h4_002 is a near-duplicate of h4_001/h4_003 (same ceremony, same "
        "unit, same innovation), its award still belongs to the canonical award top45-inovasi 2021 kartini-temanggung "
        "and h4_002 is listed among its sources. build_gold.py merges a null-edition award into the dated canonical "
        "award of the same family and recipient found in the same story.",
        "Awards are annotated only when a Kemensos unit is the recipient. Not annotated: awards to Pemkab Sleman and "
        "Pemkot Yogyakarta (h4_007), Pemkot Kendari and Kantor Pertanahan Kota Kendari (h4_009), RSUD Dr. R. Soedjono "
        "Selong and Puskesmas Masbagik (h4_011); the five satker that did not pass Zona Integritas 2023 (h4_004) and "
        "the five sentra whose KIPP 2023 proposals did not pass (h4_008); targets (seven more WBK satker, h4_004; more "
        "WBBM proposals, h4_012); the launch of the 'Sahabat Malam' service (h4_010), which is not an award.",
        "Edition = year of the award/evaluation: Evaluasi Kinerja Pelayanan Publik Tahun 2023 announced 30 Jan 2024 -> "
        "2023 (also in the recap under the 2024 heading); the WBBM of Inten Soeweno in h4_004/h4_005 takes 2023 from "
        "the same ceremony; Inten Soeweno's earlier WBK 'pada 2021' -> 2021; Budi Luhur's WBK 'pada Desember 2023' "
        "(h4_010) -> 2023; Pusdatin's Top 99 'pada Juni 2023' -> 2023; recap items take the year of their heading "
        "('2022:' + 'Pada Desember' -> Mahatmiya sarpras 2022; '2024:' + 'Pada Mei' -> Senja Rinjani ramah lansia "
        "2024). Pusdatin reached Top 99 and then Top 45: both are annotated (as in the earlier sets).",
        "Grades: pelayanan-publik 'A' (Pelayanan Prima) and 'A-' (Sangat Baik); keterbukaan-informasi 'Informatif'; "
        "ombudsman-kepatuhan 'zona hijau'. The scorer does not score grades.",
        "New family 'ramah-lansia' (regex 'ramah\\s+lansia|ramah\\s+lanjut\\s+usia') for the provincial 'Penghargaan "
        "Layanan Ramah Lansia'; placed before the catch-all 'pelayanan-publik', which stays last.",
        "Dates: the release-time headers 'Jumat, 15 Desember 2023' (h4_004), 'Rabu, 31 Jan 2024 14:22 WIB' (h4_006), "
        "'Selasa 19 Desember 2023 - 15:40 WIB' (h4_007) and 'Kompas.com - 06/01/2025, 09:15 WIB' (h4_012) give the "
        "published date; datelines without a date ('Temanggung (ANTARA) -', 'Kendari, Kemensos RI --', "
        "'REPUBLIKA.CO.ID, JAKARTA --' ...) give published null. '12 Desember lalu' in a 19 Dec 2023 text = "
        "2023-12-12; 'awal April' in a May 2024 text = 2024-04; 'akhir Oktober 2023' = 2023-10; a month in a range "
        "takes the year of the range end ('Januari hingga Agustus 2021', 'Juli hingga September 2023', 'Januari "
        "hingga November 2023'); recap headings '2021:' ... '2024:' are years and the title range '2021-2024' gives "
        "2021 and 2024. Years inside award or event names (KIPP 2021, (KIPP) 2023, Inovasi Pelayanan Publik 2021, "
        "(WBK) Tahun 2023, Zona Integritas 2023, Pelayanan Publik Tahun 2023, Informasi Publik 2023, Pelayanan Publik "
        "2023, Ramah Lansia 2024, the tag 'KIPP 2021') are optional, as is 'Pada tahun yang sama' (h4_012). 'tahun "
        "ini', 'tahun depan', 'dua tahun lalu', 'besok paginya', 'Setiap Jumat' and clock times (14:22 WIB, 19.00 "
        "hingga 22.00 WITA) are not dates.",
        "Optional counts: anaphoric numerals ('kedua balai', 'Keduanya', 'lima lainnya', 'dua sentra itu'), "
        "approximations ('sedikitnya tujuh satker'), the rhetorical 'satu pertanyaan' (h4_001), frequencies ('dua kali sepekan'), ordinals ('pertama kalinya') and "
        "durations ('dua tahun lalu', 'dua hari', 'tiga hari kerja', '14 hari', 'Dua Bulan', 'empat tahun terakhir'). "
        "'2 ribu penerima manfaat' = 2000 and 'empat belas pekerja sosial' = 14 are required. '45 inovasi' in "
        "h4_001 is a count (the number of best innovations), but 'Top 45', 'Top 99' and 'masuk 45 besar' (h4_008) are "
        "not. Not counts: money ('Rp 186 juta', 'nol rupiah'), ages ('Rahmadi (38)', 'berusia 12 tahun', 'Inaq "
        "Sahnim (74)'), scores ('93,18'), grades (A, A-), numbers in names, idioms ('salah satu', 'satu-satunya').",
        "People: bylines and credits ('Pewarta: Heru Suyitno', 'Editor: Nurul Hayati', 'Penulis: Biro Humas', 'Editor: "
        "Tim Media Kemensos', '(fas/idn)', 'Editor: Sunartono Widodo', 'Rep: Laila Fitriana  Red: Budi Rahardjo', "
        "'Penulis: Rizki Anugrah', 'Editor: Mahmud Fadillah', '(ris)', 'Penulis: Rahmat Hidayanto | Editor: Sari "
        "Anggraeni') are not people. Degrees and honorifics (Dra., Drs., Dr., Ir., Hj., H., S.Sos., M.Si., M.M., "
        "S.Psi., S.I.Kom., M.T., S.Tr.Sos.) are dropped; Sasak noble titles 'Baiq' and 'Lalu' are kept as part of the "
        "name, the kinship honorific 'Inaq' (= ibu) is dropped ('Inaq Sahnim' -> Sahnim). Streets and institutions "
        "named after people (Jalan Ahmad Yani, RSUD Dr. R. Soedjono) are not people. 'Menteri Sosial' without a name "
        "and 'Mensos' in a 'Baca juga' headline are not people. People introduced only after their quote, in "
        "parentheses ('Drs. Deden Suryana Permana (Kepala BRSPDI Ciung Wanara)') or in apposition get the same "
        "positions.",
        "Units: old names map to the same key (BBRSPDI Kartini / Sentra Terpadu Kartini -> kartini-temanggung; BRSPDI / "
        "Balai Ciung Wanara; BRSPDM Margo Laras; BRSPDI Budi Luhur; PSBN / BRSPDSN Tan Miyat; BRSPDSRW Meohai). "
        "Sentra Terpadu Inten Soeweno (Cibinong, Kabupaten Bogor) uses the dev key inten-soeweno-bogor. BBPPKS "
        "Yogyakarta and Pusdatin (award recipients) are units. Kementerian PANRB, Inspektorat Jenderal (inside a "
        "title), Komisi Informasi DIY, Ombudsman, Dinas Sosial / Dinas Kesehatan, Pemkab/Pemkot/Pemprov, Kantor "
        "Pertanahan, RSUD, Puskesmas, PPID and Biro Humas are not units.",
    ],
}


def derive_canonical(docs, stories):
    story_of = {}
    for i, g in enumerate(stories):
        for d in g:
            story_of[d] = i
    canon = OrderedDict()
    # dated awards first
    for d in docs:
        for a in d["awards"]:
            if a.get("optional") or a["edition"] is None:
                continue
            k = (a["family"], a["edition"], a["recipient"])
            canon.setdefault(k, []).append(d["doc_id"])
    # null-edition awards: merge into a dated canonical award of a story-mate, else keep undated
    for d in docs:
        for a in d["awards"]:
            if a.get("optional") or a["edition"] is not None:
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
            canon[target].append(d["doc_id"])
    rows = []
    for (fam, ed, rec), srcs in sorted(canon.items(), key=lambda kv: (kv[0][1] or 0, kv[0][0], kv[0][2])):
        rows.append({"family": fam, "edition": ed, "recipient": rec, "sources": sorted(set(srcs))})
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
    print(f"wrote docs.jsonl ({len(DOCS)} docs) and corpus.json ({len(corpus['canonical_awards'])} canonical awards)")


if __name__ == "__main__":
    main()
