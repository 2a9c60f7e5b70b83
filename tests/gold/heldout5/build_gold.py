#!/usr/bin/env python3
"""Build the gold files of held-out set 5 (docs.jsonl, corpus.json) from the annotations below.

Usage: python3 build_gold.py

Edit the annotations in this file, then re-run it and `python3 validate.py`.
Canonical awards are derived from the per-document awards (see `derive_canonical`).
Adapted from /work/heldout4/build_gold.py (same schema, same helpers).
"""
from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Award families: the 15 families of heldout4, same order. One change: `ombudsman-kepatuhan`
# also recognises "kepatuhan tinggi" (the pre-2022 Ombudsman predicate used in h5_009 / h5_012).
# `pelayanan-publik` stays last (catch-all).
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
    "pelayanan-publik": "Penghargaan Pelayanan Publik (Evaluasi Pelayanan Publik)",
}

# Encoding / line-ending of each text that is not plain UTF-8 + LF (checked by validate.py).
TEXT_FORMAT = {
    "h5_005": {"encoding": "cp1252", "newline": "\n"},
    "h5_007": {"encoding": "utf-8", "newline": "\r\n"},
}

# --------------------------------------------------------------------------------------------
# Units (key -> core spellings, city). `core` = distinctive name surviving renames.
# --------------------------------------------------------------------------------------------
UNITS = {
    "toddopuli-makassar": (["Toddopuli", "Todopuli"], "Makassar"),
    "segantang-lada-tanjungpinang": (["Segantang Lada"], "Tanjungpinang"),
    "efata-kupang": (["Efata", "Effata"], "Kupang"),
    "mahatmiya-tabanan": (["Mahatmiya", "Mahatmya"], "Tabanan"),
    "alyatama-jambi": (["Alyatama"], "Jambi"),
    # BBRVBD Cibinong -> BBRVPD Cibinong -> Sentra Terpadu Inten Soeweno: the distinctive name changed,
    # so the old acronyms and the old descriptive name are cores too. Key as in the dev set.
    "inten-soeweno-bogor": (["Inten Soeweno", "Inten Suweno", "Inten Soewono", "BBRVPD", "BBRVBD",
                             "Rehabilitasi Vokasional"], "Bogor"),
    "kartini-temanggung": (["Kartini", "Lemah Ingatan", "Zwakzinnigenzorg"], "Temanggung"),
    "minaula-kendari": (["Minaula"], "Kendari"),
    "satria-baturraden": (["Satria"], "Baturraden"),
    "bbppks-makassar": (["BBPPKS Makassar",
                         "Pendidikan dan Pelatihan Kesejahteraan Sosial (BBPPKS) Makassar",
                         "Pendidikan dan Pelatihan Kesejahteraan Sosial Makassar"], "Makassar"),
    "wirajaya-makassar": (["Wirajaya", "Wira Jaya"], "Makassar"),
    "pusdatinkesos": (["Pusdatinkesos", "Pusat Data dan Informasi Kesejahteraan Sosial",
                       "Pusat Data dan Informasi Kemensos", "Pusat Data dan Informasi", "Pusdatin"], None),
    "biro-perencanaan": (["Biro Perencanaan"], None),
    "setditjen-dayasos": (["Direktorat Jenderal Pemberdayaan Sosial", "Ditjen Pemberdayaan Sosial",
                           "Ditjen Dayasos", "Setditjen Dayasos"], None),
}

# --------------------------------------------------------------------------------------------
# Positions (acceptable spellings), reused across documents.
# --------------------------------------------------------------------------------------------
POS = {
    "menpanrb": ["Menteri PANRB", "Menteri PAN-RB", "Menteri PAN RB",
                 "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", "MenPANRB", "MenPAN-RB"],
    "mensos": ["Menteri Sosial", "Mensos"],
    "sekjen": ["Sekretaris Jenderal Kementerian Sosial", "Sekretaris Jenderal Kemensos", "Sekretaris Jenderal",
               "Sekjen"],
    "ka_toddopuli": ["Kepala BRSAMPK Toddopuli",
                     "Kepala Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus Toddopuli",
                     "Kepala BRSAMPK", "Kepala Balai", "kepala"],
    "kasubag_toddopuli": ["Kasubag TU BRSAMPK Toddopuli", "Kasubag TU", "Kasubbag TU", "Kepala Subbagian Tata Usaha",
                          "Kepala Subbagian Tata Usaha BRSAMPK Toddopuli"],
    "sesditjen_rehsos": ["Sekretaris Direktorat Jenderal Rehabilitasi Sosial", "Sekretaris Ditjen Rehabilitasi Sosial",
                         "Sekretaris Ditjen Rehsos", "Sesditjen Rehsos", "Sekretaris Direktorat Jenderal"],
    "relawan": ["relawan KARAPES", "relawan kampung", "relawan"],
    "ka_segantang": ["Kepala LRSA Segantang Lada", "Kepala Loka Rehabilitasi Sosial Anak Segantang Lada",
                     "Kepala LRSA", "Kepala Loka", "kepala"],
    "pj_sekda_tpi": ["Pj. Sekretaris Daerah Kota Tanjungpinang", "Pj Sekretaris Daerah Kota Tanjungpinang",
                     "Penjabat Sekretaris Daerah Kota Tanjungpinang", "Pj. Sekretaris Daerah", "Sekretaris Daerah",
                     "Pj. Sekda Tanjungpinang", "Pj. Sekda", "Pj Sekda", "Sekda"],
    "ka_efata": ["Kepala Sentra Efata", "Kepala Sentra", "kepala"],
    "ka_mahatmiya": ["Kepala Sentra Mahatmiya", "Kepala Sentra", "kepala"],
    "barista": ["barista", "lulusan pelatihan vokasional", "lulusan", "penerima manfaat"],
    "ka_inten": ["Kepala Sentra Terpadu Inten Soeweno", "Kepala Sentra Terpadu", "Kepala Sentra", "kepala"],
    "ka_bbrvpd": ["Kepala BBRVPD Cibinong",
                  "Kepala Balai Besar Rehabilitasi Vokasional Penyandang Disabilitas Cibinong",
                  "Kepala BBRVPD", "Kepala Balai Besar", "kepala"],
    "ka_minaula": ["Kepala BRSLU Minaula", "Kepala Balai Rehabilitasi Sosial Lanjut Usia Minaula", "Kepala BRSLU",
                   "Kepala Balai", "kepala"],
    "kasubag_minaula": ["Kasubag TU BRSLU Minaula", "Kasubag TU", "Kasubbag TU", "Kepala Subbagian Tata Usaha",
                        "Kepala Subbagian Tata Usaha BRSLU Minaula"],
    "penghuni": ["penghuni balai", "penghuni", "lansia", "penerima manfaat"],
    "ketua_ki_sulsel": ["Ketua KI Sulsel", "Ketua Komisi Informasi Provinsi Sulawesi Selatan",
                        "Ketua Komisi Informasi Sulawesi Selatan", "Ketua Komisi Informasi Sulsel",
                        "Ketua Komisi Informasi", "Ketua KI"],
    "ka_bbppks": ["Kepala BBPPKS Makassar",
                  "Kepala Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Makassar",
                  "Kepala BBPPKS", "kepala"],
    "ka_wirajaya": ["Kepala Sentra Wirajaya", "Kepala Sentra", "kepala"],
    "ombudsman_jambi": ["Kepala Perwakilan Ombudsman RI Provinsi Jambi", "Kepala Perwakilan Ombudsman RI Jambi",
                        "Kepala Perwakilan Ombudsman Jambi", "Kepala Perwakilan Ombudsman", "Kepala Perwakilan"],
    "plt_ka_alyatama": ["Plt. Kepala Sentra Alyatama", "Plt Kepala Sentra Alyatama",
                        "Pelaksana Tugas Kepala Sentra Alyatama", "Plt. Kepala Sentra", "Kepala Sentra", "kepala"],
    "ka_pusdatin": ["Kepala Pusdatin", "Kepala Pusat Data dan Informasi Kesejahteraan Sosial",
                    "Kepala Pusat Data dan Informasi", "Kepala Pusdatin Kemensos", "kepala"],
    "irjen": ["Inspektur Jenderal Kemensos", "Inspektur Jenderal Kementerian Sosial", "Inspektur Jenderal",
              "Irjen Kemensos", "Irjen"],
    "ka_satria": ["Kepala Sentra Satria", "Kepala Sentra", "kepala"],
    "kadinsos_banyumas": ["Kepala Dinas Sosial Kabupaten Banyumas", "Kepala Dinas Sosial Banyumas",
                          "Kepala Dinas Sosial", "Kadinsos Banyumas", "Kadinsos", "Kadis Sosial"],
    "karo_humas": ["Kepala Biro Hubungan Masyarakat Kemensos", "Kepala Biro Hubungan Masyarakat",
                   "Kepala Biro Humas", "Karo Humas"],
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
    "karapes": ["KARAPES", "Kampung Ramah Anak Pesisir"],
    "rusa": ["RUSA PELAUT", "Rumah Singgah Anak Pelaut"],
    "jbi": ["JBI Keliling", "Juru Bahasa Isyarat Keliling"],
    "siwerta": ["SIWERTA", "Siaga Werdha Tangguh Bencana"],
    "sota": ["SOTA", "Sekolah Orang Tua Asuh"],
    "cafe": ["Café Daksa", "Cafe Daksa", "Kafe Daksa"],
    "latermas": ["LATERMAS", "Layanan Terapi Berbasis Masyarakat"],
}

W_PM = ["penerima manfaat"]
W_KABKOTA = ["kabupaten/kota", "kabupaten", "kota"]
W_UNIT = ["unit kerja", "unit"]

DOCS = [
    # ------------------------------------------------------- story S1: UNPSA 2019, Toddopuli ---
    {
        "doc_id": "h5_001", "published": "2019-06-25", "dateline_city": "Jakarta",
        "units": [U("toddopuli-makassar")],
        "people": [P("Andi Muhammad Ridwan", "ka_toddopuli"), P("Agus Gumiwang Kartasasmita", "mensos"),
                   P("Nurhayati Sitompul", "sesditjen_rehsos")],
        "awards": [A("unpsa", 2019, "toddopuli-makassar", INNOV["karapes"]),
                   A("top40-inovasi", 2018, "toddopuli-makassar", INNOV["karapes"])],
        "dates": [D("25 Juni 2019", "2019-06-25"), D("Senin (24/6)", "2019-06-24"), D("Sejak 2016", "2016"),
                  D("pada Juli 2018", "2018-07"), D("pada 2018", "2018"),
                  D("UNPSA 2019", "2019", True), D("(UNPSA) 2019", "2019", True), D("(KIPP) 2018", "2018", True),
                  D("setahun sebelumnya", "2018", True)],
        "counts": [C("tujuh kelurahan pesisir", 7, ["kelurahan", "kelurahan pesisir"]),
                   C("1.340 anak", 1340, ["anak"]), C("612 keluarga", 612, ["keluarga"]),
                   C("dua inovasi", 2, ["inovasi"]), C("409 nominasi", 409, ["nominasi"]),
                   C("66 negara", 66, ["negara"]),
                   C("sepuluh kampung ramah anak", 10, ["kampung", "kampung ramah anak"])],
    },
    {
        "doc_id": "h5_002", "published": None, "dateline_city": "Makassar",
        "units": [U("toddopuli-makassar")],
        "people": [P("Andi Muhammad Ridwan", "ka_toddopuli"), P("Hasnah Daeng Ngai", "relawan"),
                   P("Muhammad Ikhsan Saleh", "kasubag_toddopuli")],
        # The text never states a year: editions null; merged into the dated canonical awards of story-mate h5_001.
        "awards": [A("unpsa", None, "toddopuli-makassar", INNOV["karapes"]),
                   A("top40-inovasi", None, "toddopuli-makassar", INNOV["karapes"])],
        "dates": [D("Senin (24/6)", "--06-24")],
        "counts": [C("dua ratus lima puluh relawan kampung", 250, ["relawan", "relawan kampung"]),
                   C("tujuh kelurahan pesisir", 7, ["kelurahan", "kelurahan pesisir"]),
                   C("tiga mobil layanan", 3, ["mobil layanan", "mobil"])],
    },
    # ------------------------------------------- Top 15 KIPP 2022, award named only in headline ---
    {
        "doc_id": "h5_003", "published": None, "dateline_city": "Tanjungpinang",
        "units": [U("segantang-lada-tanjungpinang")],
        "people": [P("Raja Fitriani Hamid", "ka_segantang"), P("Tengku Mahdi Arsyad", "pj_sekda_tpi")],
        "awards": [A("top15-inovasi", 2022, "segantang-lada-tanjungpinang", INNOV["rusa"])],
        "dates": [D("Kamis (8/12)", "2022-12-08"), D("sejak 2020", "2020"), D("November 2022", "2022-11"),
                  D("pada 2017", "2017"), D("KIPP 2022", "2022", True)],
        "counts": [C("163 anak", 163, ["anak"]), C("sembilan pulau", 9, ["pulau"]),
                   C("14 keluarga pelaut", 14, ["keluarga", "keluarga pelaut"]),
                   C("dua rumah singgah", 2, ["rumah singgah"]), C("11 pekerja sosial", 11, ["pekerja sosial"]),
                   C("empat psikolog", 4, ["psikolog"])],
    },
    # -------------------------------------------------------- KIPP 2024, numbered list ----------
    {
        "doc_id": "h5_004", "published": "2024-09-19", "dateline_city": "Jakarta",
        "units": [U("efata-kupang"), U("mahatmiya-tabanan"), U("alyatama-jambi")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Robben Rico", "sekjen"), P("Saifullah Yusuf", "mensos"),
                   P("Yosef Nikolaus Bria", "ka_efata"), P("Ni Made Sukerti", "ka_mahatmiya")],
        "awards": [A("top30-inovasi", 2024, "efata-kupang", INNOV["jbi"]),
                   A("top30-inovasi", 2024, "mahatmiya-tabanan", INNOV["siwerta"]),
                   A("top99-inovasi", 2024, "alyatama-jambi", INNOV["sota"])],
        "dates": [D("19 September 2024", "2024-09-19"), D("Rabu (18/9)", "2024-09-18"),
                  D("KIPP 2024", "2024", True), D("(KIPP) 2024", "2024", True)],
        "counts": [C("Dua sentra", 2, ["sentra"]), C("3.921 proposal inovasi", 3921, ["proposal", "proposal inovasi"]),
                   C("26 juru bahasa isyarat", 26, ["juru bahasa isyarat", "juru bahasa"]),
                   C("22 kabupaten/kota", 22, W_KABKOTA), C("1.086 lansia", 1086, ["lansia"]),
                   C("Satu sentra lain", 1, ["sentra"], True)],
    },
    # ------------------------------------------------------------- Café Daksa (cp1252) ---------
    {
        "doc_id": "h5_005", "published": "2023-11-12", "dateline_city": "Cibinong",
        "units": [U("inten-soeweno-bogor")],
        "people": [P("Dimas Arya Saputra", "barista"), P("Heru Prasetyo Wibisono", "ka_inten")],
        "awards": [A("top5-inovasi", 2023, "inten-soeweno-bogor", INNOV["cafe"]),
                   A("pelayanan-publik", 2018, "inten-soeweno-bogor", grade="A")],
        "dates": [D("Minggu, 12 November 2023", "2023-11-12"), D("pada Februari 2022", "2022-02"),
                  D("Kelompok Replikasi 2023", "2023", True), D("evaluasi tahun 2018", "2018", True),
                  D("Bulan lalu", "2023-10", True)],
        "counts": [C("18 lulusan", 18, ["lulusan"]), C("empat pemerintah daerah", 4, ["pemerintah daerah", "pemda"]),
                   C("dua gerai", 2, ["gerai"]),
                   C("tiga bulan", 3, ["bulan"], True), C("sekitar 150 pembeli", 150, ["pembeli"], True)],
    },
    # ------------------------------------- Penghargaan Pelayanan Publik 2018 (table lines) ------
    {
        "doc_id": "h5_006", "published": "2019-03-05", "dateline_city": "Jakarta",
        "units": [U("inten-soeweno-bogor"), U("kartini-temanggung"), U("minaula-kendari"), U("satria-baturraden")],
        "people": [P("Syafruddin", "menpanrb"), P("Hartono Laras", "sekjen"),
                   P("Bambang Setiadi Nugroho", "ka_bbrvpd"), P("Nurhayati Sitompul", "sesditjen_rehsos")],
        "awards": [A("pelayanan-publik", 2018, "inten-soeweno-bogor", grade="A"),
                   A("pelayanan-publik", 2018, "kartini-temanggung", grade="A-"),
                   A("pelayanan-publik", 2018, "minaula-kendari", grade="A-"),
                   A("pelayanan-publik", 2018, "satria-baturraden", grade="B")],
        "dates": [D("5 Maret 2019", "2019-03-05"), D("Senin (4/3)", "2019-03-04"),
                  D("Pelayanan Publik Tahun 2018", "2018", True)],
        "counts": [C("Empat unit pelaksana teknis", 4, ["unit pelaksana teknis", "UPT", "unit"]),
                   C("Empat Balai", 4, ["balai"]),
                   C("211 unit penyelenggara pelayanan publik", 211, ["unit penyelenggara", "unit"]),
                   C("enam aspek", 6, ["aspek"]),
                   C("640 penyandang disabilitas fisik", 640, ["penyandang disabilitas fisik", "penyandang disabilitas",
                                                               "penyandang"]),
                   C("12 jenis pelatihan vokasional", 12, ["jenis pelatihan", "jenis", "pelatihan"]),
                   C("satu tingkat", 1, ["tingkat"], True)],
    },
    # ---------------------------------------------- follow-up: BRSLU Minaula (CRLF) ------------
    {
        "doc_id": "h5_007", "published": None, "dateline_city": "Kendari",
        "units": [U("minaula-kendari")],
        "people": [P("Hasanuddin Lakawa", "ka_minaula"), P("Wa Ode Sitti Marhama", "kasubag_minaula"),
                   P("La Ode Baharuddin", "penghuni")],
        "awards": [A("pelayanan-publik", 2018, "minaula-kendari", grade="A-")],
        "dates": [D("Rabu (20/3/2019)", "2019-03-20"), D("4 Maret lalu", "2019-03-04"),
                  D("Pelayanan Publik Tahun 2018", "2018", True)],
        "counts": [C("96 lansia", 96, ["lansia"]), C("tiga tim home care", 3, ["tim", "tim home care"]),
                   C("45 lansia", 45, ["lansia"]), C("17 kabupaten/kota", 17, W_KABKOTA),
                   C("dua kali seminggu", 2, ["kali"], True)],
    },
    # ---------------------------------- KI Sulsel 2023 + SINOVIK 2016 recap (Wirajaya) ---------
    {
        "doc_id": "h5_008", "published": "2023-12-14", "dateline_city": "Makassar",
        "units": [U("bbppks-makassar"), U("wirajaya-makassar")],
        "people": [P("Andi Tenri Ajeng Pawelloi", "ketua_ki_sulsel"), P("Muhammad Arsyad Lantara", "ka_bbppks"),
                   P("Yohana Sampe Rante", "ka_wirajaya")],
        "awards": [A("keterbukaan-informasi", 2023, "bbppks-makassar", grade="Menuju Informatif"),
                   A("keterbukaan-informasi", 2023, "wirajaya-makassar", grade="Cukup Informatif"),
                   A("top99-inovasi", 2016, "wirajaya-makassar", INNOV["latermas"])],
        "dates": [D("Kamis, 14 Desember 2023", "2023-12-14"), D("awal Desember 2023", "2023-12"),
                  D("Januari", "2023-01"), D("November 2023", "2023-11"),
                  D("Informasi Publik 2023", "2023", True), D("(SINOVIK) 2016", "2016", True)],
        "counts": [C("Dua unit", 2, ["unit"]), C("86 badan publik", 86, ["badan publik"]),
                   C("21 badan publik", 21, ["badan publik"]),
                   C("2.460 pendamping sosial", 2460, ["pendamping sosial", "pendamping"]),
                   C("12 provinsi", 12, ["provinsi"]), C("dua petugas", 2, ["petugas"]),
                   C("318 permohonan informasi", 318, ["permohonan informasi", "permohonan"]),
                   C("dua tahun", 2, ["tahun"], True)],
    },
    # ------------------------------------------ Ombudsman 2021 zona hijau, Sentra Alyatama -----
    {
        "doc_id": "h5_009", "published": None, "dateline_city": "Jambi",
        "units": [U("alyatama-jambi")],
        "people": [P("Indra Syahputra Lubis", "ombudsman_jambi"), P("Hendri Yusman Siregar", "plt_ka_alyatama")],
        "awards": [A("ombudsman-kepatuhan", 2021, "alyatama-jambi", grade="zona hijau (kepatuhan tinggi)")],
        "dates": [D("Rabu (29/12/2021)", "2021-12-29"), D("Sepanjang 2021", "2021"), D("Agustus 2021", "2021-08"),
                  D("Pelayanan Publik Tahun 2021", "2021", True)],
        "counts": [C("19 unit layanan", 19, ["unit layanan", "unit"]), C("delapan unit", 8, ["unit"]),
                   C("tujuh unit", 7, ["unit"]), C("empat unit", 4, ["unit"]), C("342 anak", 342, ["anak"]),
                   C("11 kabupaten/kota", 11, W_KABKOTA),
                   C("pertama kalinya", 1, ["kali"], True), C("24 jam", 24, ["jam"], True)],
    },
    # ------------------------------------------------ story S2: Zona Integritas 2022 -----------
    {
        "doc_id": "h5_010", "published": "2022-12-16", "dateline_city": "Jakarta",
        "units": [U("pusdatinkesos"), U("biro-perencanaan"), U("setditjen-dayasos"), U("satria-baturraden")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Ratna Wulandari Siswanto", "ka_pusdatin"),
                   P("Teguh Santosa Harjono", "irjen"), P("Tri Rismaharini", "mensos")],
        "awards": [A("zona-integritas-wbbm", 2022, "pusdatinkesos"),
                   A("zona-integritas-wbk", 2022, "biro-perencanaan"),
                   A("zona-integritas-wbk", 2022, "setditjen-dayasos"),
                   A("zona-integritas-wbk", 2022, "satria-baturraden"),
                   A("zona-integritas-wbk", 2020, "pusdatinkesos")],
        "dates": [D("Jumat, 16 Desember 2022", "2022-12-16"), D("Kamis (15/12)", "2022-12-15"),
                  D("pada 2020", "2020"), D("November 2022", "2022-11"), D("penilaian 2023", "2023")],
        "counts": [C("Empat unit kerja", 4, W_UNIT),
                   C("1,2 juta usulan perbaikan data", 1200000, ["usulan", "usulan perbaikan data"]),
                   C("514 kabupaten/kota", 514, W_KABKOTA), C("11 unit kerja", 11, W_UNIT),
                   C("Tiga Satker Kemensos Lainnya", 3, ["satker"], True),
                   C("hanya empat yang lolos", 4, W_UNIT, True),
                   C("tiga hari kerja", 3, ["hari", "hari kerja"], True)],
    },
    {
        "doc_id": "h5_011", "published": None, "dateline_city": "Purwokerto",
        "units": [U("satria-baturraden"), U("pusdatinkesos")],
        "people": [P("Abdullah Azwar Anas", "menpanrb"), P("Tri Wahyudi Nugroho", "ka_satria"),
                   P("Edy Wahyono Sudrajat", "kadinsos_banyumas")],
        "awards": [A("zona-integritas-wbk", 2022, "satria-baturraden"),
                   A("zona-integritas-wbbm", 2022, "pusdatinkesos"),
                   A("pelayanan-publik", 2018, "satria-baturraden", grade="B")],
        "dates": [D("Kamis (15/12/2022)", "2022-12-15"), D("Jumat (16/12/2022)", "2022-12-16"),
                  D("Januari 2023", "2023-01"), D("Pelayanan Publik Tahun 2018", "2018", True)],
        "counts": [C("empat unit kerja", 4, W_UNIT), C("180 penerima manfaat", 180, W_PM),
                   C("25 konselor adiksi desa", 25, ["konselor", "konselor adiksi"]),
                   C("37 di antaranya", 37, W_PM, True), C("Empat tahun lalu", 4, ["tahun"], True)],
    },
    # ------------------------------------------------------- recap 2016-2024 (table lines) ------
    {
        "doc_id": "h5_012", "published": "2025-01-30", "dateline_city": "Jakarta",
        "units": [U("wirajaya-makassar"), U("toddopuli-makassar"), U("inten-soeweno-bogor"), U("alyatama-jambi"),
                  U("segantang-lada-tanjungpinang"), U("pusdatinkesos"), U("bbppks-makassar"), U("efata-kupang")],
        "people": [P("Retno Palupi Hapsari", "karo_humas"), P("Saifullah Yusuf", "mensos")],
        "awards": [A("top99-inovasi", 2016, "wirajaya-makassar", INNOV["latermas"]),
                   A("top40-inovasi", 2018, "toddopuli-makassar", INNOV["karapes"]),
                   A("pelayanan-publik", 2018, "inten-soeweno-bogor", grade="A"),
                   A("unpsa", 2019, "toddopuli-makassar", INNOV["karapes"]),
                   A("ombudsman-kepatuhan", 2021, "alyatama-jambi", grade="zona hijau (kepatuhan tinggi)"),
                   A("top15-inovasi", 2022, "segantang-lada-tanjungpinang", INNOV["rusa"]),
                   A("zona-integritas-wbbm", 2022, "pusdatinkesos"),
                   A("keterbukaan-informasi", 2023, "bbppks-makassar", grade="Menuju Informatif"),
                   A("top5-inovasi", 2023, "inten-soeweno-bogor", INNOV["cafe"]),
                   A("top30-inovasi", 2024, "efata-kupang", INNOV["jbi"])],
        "dates": [D("30 Januari 2025", "2025-01-30"), D("Rabu (29/1)", "2025-01-29"), D("sejak 2016", "2016"),
                  D("2016–2024", "2016"), D("2016–2024", "2024"),
                  D("2016 | Top 99", "2016"), D("2018 | Top 40", "2018"), D("2019 | Penghargaan", "2019"),
                  D("2019 | UNPSA", "2019"), D("2021 | Zona Hijau", "2021"), D("2022 | Top 15", "2022"),
                  D("2022 | WBBM", "2022"), D("2023 | Anugerah", "2023"), D("2023 | Top 5", "2023"),
                  D("2024 | Top 30", "2024"), D("pada 2025", "2025"),
                  D("(evaluasi 2018)", "2018", True)],
        "counts": [C("sepuluh penghargaan", 10, ["penghargaan"]), C("delapan unit", 8, ["unit"]),
                   C("31 sentra", 31, ["sentra", "sentra terpadu"]), C("lima unit", 5, ["unit"]),
                   C("dua kali", 2, ["kali"], True)],
    },
]

STORIES = [["h5_001", "h5_002"], ["h5_010", "h5_011"]]

NOTES = {
    "encoding": {
        "h5_005": "Saved in cp1252 (Windows-1252), not UTF-8: 'Café' (é = 0xE9), curly quotes (0x93/0x94) and an "
                  "en-dash in 'Rp 12.000–Rp 28.000' (0x96). Decode as cp1252. Gold `text` fields are the decoded "
                  "Unicode strings.",
        "h5_007": "UTF-8 with Windows (CRLF) line endings.",
        "h5_002": "UTF-8/LF (pure ASCII) with web boilerplate lines: 'Baca juga:' (twice), 'ADVERTISEMENT', "
                  "'Editor:', 'Tags:', 'Bagikan:'.",
        "others": "UTF-8 with LF line endings, no BOM. Sizes 1.60-2.11 KB.",
    },
    "events": {
        "A UNPSA 2019 (Baku, Senin 24 Jun 2019): BRSAMPK Toddopuli Makassar, KARAPES (Kampung Ramah Anak Pesisir)":
            ["h5_001", "h5_002", "h5_012"],
        "B Top 40 KIPP 2018 (announced Juli 2018): BRSAMPK Toddopuli, KARAPES (recap in the UNPSA story)":
            ["h5_001", "h5_002", "h5_012"],
        "C Penghargaan Pelayanan Publik, Evaluasi Pelayanan Publik Tahun 2018 (announced Senin 4 Mar 2019): "
        "BBRVPD Cibinong (= Sentra Terpadu Inten Soeweno) A, BBRSPDI Kartini A-, BRSLU Minaula A-, BRSKPN Satria B":
            ["h5_005", "h5_006", "h5_007", "h5_011", "h5_012"],
        "D Top 99 SINOVIK 2016: PSBD Wirajaya Makassar, LATERMAS (recap only)": ["h5_008", "h5_012"],
        "E Anugerah Keterbukaan Informasi Publik 2023, KI Sulsel (awal Desember 2023): BBPPKS Makassar 'Menuju "
        "Informatif', Sentra Wirajaya 'Cukup Informatif'": ["h5_008", "h5_012"],
        "F Ombudsman Penilaian Kepatuhan Standar Pelayanan Publik 2021 (Rabu 29 Dec 2021): Sentra Alyatama Jambi, "
        "zona hijau / kepatuhan tinggi": ["h5_009", "h5_012"],
        "G Zona Integritas 2022 (Kamis 15 Dec 2022): Pusdatin WBBM; Biro Perencanaan, Setditjen Pemberdayaan Sosial "
        "and Sentra Satria Baturraden WBK; recap of Pusdatin WBK 2020": ["h5_010", "h5_011", "h5_012"],
        "H Top 15 Kategori Khusus KIPP 2022 (Kamis 8 Dec 2022): invented LRSA Segantang Lada Tanjungpinang, RUSA "
        "PELAUT; the award is named only in the headline of h5_003": ["h5_003", "h5_012"],
        "I Top 5 Inovasi Pelayanan Publik Kelompok Replikasi 2023: Sentra Terpadu Inten Soeweno, Café Daksa":
            ["h5_005", "h5_012"],
        "J KIPP 2024 (Rabu 18 Sep 2024): Sentra Efata Kupang and Sentra Mahatmiya Tabanan Top 30, Sentra Alyatama "
        "Jambi Top 99": ["h5_004", "h5_012"],
        "recap document": ["h5_012"],
    },
    "stories": "Near-duplicate groups: {h5_001 Kemensos release, h5_002 FAJAR.CO.ID rewrite without any year} (UNPSA "
               "2019) and {h5_010 kemensos.go.id, h5_011 SatelitPost rewrite with a Baturraden angle} (Zona "
               "Integritas 2022). h5_007 (Minaula, 20 Mar 2019) is a follow-up on another day to h5_006: a separate "
               "story that still feeds the canonical award pelayanan-publik 2018 minaula-kendari. h5_005 and the "
               "recap h5_012 are separate stories that feed canonical awards of several events.",
    "conventions": [
        "Follows the dev-set conventions and those of the earlier held-out sets (heldout, heldout2, heldout3, "
        "heldout4). Award outcomes, unit heads, staff, beneficiaries, figures, innovation names (KARAPES, RUSA "
        "PELAUT, JBI Keliling, SIWERTA, SOTA, Café Daksa, LATERMAS) and all quotes are FICTIONAL. Real office holders "
        "appear only in offices they held at the time and are never quoted: Mensos Agus Gumiwang Kartasasmita (Jun "
        "2019), Menteri PANRB Syafruddin and Sekjen Kemensos Hartono Laras (Mar 2019), Menteri PANRB Abdullah Azwar "
        "Anas and Mensos Tri Rismaharini (Dec 2022), Menteri PANRB Abdullah Azwar Anas, Sekjen Robben Rico and Mensos "
        "Saifullah Yusuf (Sep 2024), Mensos Saifullah Yusuf (Jan 2025). All other officials are invented (Sesditjen "
        "Rehsos Nurhayati Sitompul, Irjen Teguh Santosa Harjono, Kepala Pusdatin Ratna Wulandari Siswanto, Karo Humas "
        "Retno Palupi Hapsari, Pj. Sekda Tanjungpinang Tengku Mahdi Arsyad, Ketua KI Sulsel Andi Tenri Ajeng "
        "Pawelloi, Kepala Perwakilan Ombudsman Jambi Indra Syahputra Lubis, Kadinsos Banyumas Edy Wahyono Sudrajat, "
        "all unit heads). Loka Rehabilitasi Sosial Anak (LRSA) 'Segantang Lada' Tanjungpinang is an INVENTED unit. "
        "Former names (PSMP / BRSAMPK Toddopuli, BBRVBD / BBRVPD Cibinong, PSTW / BRSLU Minaula, BRSKPN Satria, PSBD "
        "Wirajaya, BRSAMPK Alyatama) and service fields may be inaccurate; the text is the only ground truth.",
        "STORY MEMBER WITHOUT A YEAR (as in heldout4): h5_002 never states a year, so its UNPSA and Top 40 awards "
        "have edition null and 'Senin (24/6)' is '--06-24'. As a near-duplicate of h5_001 (same ceremony, unit and "
        "innovation) its awards belong to the canonical awards unpsa 2019 and top40-inovasi 2018 "
        "toddopuli-makassar, and h5_002 is listed among their sources. build_gold.py merges a null-edition award into "
        "the dated canonical award of the same family and recipient found in the same story; validate.py enforces "
        "that such a merge always goes through a story-mate.",
        "AWARD NAMED ONLY IN THE HEADLINE (h5_003): the headline says 'Top 15 KIPP 2022'; the body only says "
        "'jajaran inovasi terbaik kategori khusus' and 'capaian itu'. The award is annotated (top15-inovasi 2022, "
        "Segantang Lada, RUSA PELAUT) and its edition comes from the headline; 'Kamis (8/12)' takes its year from the "
        "headline / 'November 2022' (2022-12-08, a Thursday).",
        "TABLES AS TEXT LINES: h5_006 has a pipe table (No | Unit | Nilai | Predikat); row numbers are list markers, "
        "not counts; each row gives one pelayanan-publik award with its grade. h5_012 has a pipe table whose first "
        "column is a year: every row year is a date (value YYYY), while the award edition is the award's own year: "
        "the row '2019 | Penghargaan Pelayanan Publik (evaluasi 2018)' has edition 2018. Numbered lists ('1. Sentra "
        "...;') in h5_004 and h5_010 give one award per item; the list numbers are not counts.",
        "Awards are annotated only when a Kemensos unit is the recipient. Not annotated: the eight non-Kemensos "
        "units in the Ombudsman zona hijau and the other zones (h5_009); the 21 'Informatif' badan publik (h5_008); "
        "the WBK proposal 'tahun depan' (h5_009) and the WBK target 'pada 2025' (h5_012); the seven Kemensos unit "
        "proposals that did not pass Zona Integritas 2022 (h5_010); the new home-care / rawat jalan services (h5_007, "
        "h5_011), which are not awards. Alyatama's Top 99 KIPP 2024 is annotated even though it did not reach Top 30 "
        "(as in the earlier sets: Top 99 is itself an award).",
        "Edition = year of the award/evaluation: Penghargaan Pelayanan Publik 'hasil Evaluasi Pelayanan Publik Tahun "
        "2018' announced 4 Mar 2019 -> 2018 (h5_005, h5_006, h5_007, h5_011, h5_012); Pusdatin's WBK 'pada 2020' -> "
        "2020; SINOVIK 2016 -> 2016; Top 40 'KIPP 2018' -> 2018; Café Daksa 'Kelompok Replikasi 2023' -> 2023.",
        "Grades: pelayanan-publik 'A' (Pelayanan Prima), 'A-' (Sangat Baik), 'B' (Baik); keterbukaan-informasi "
        "'Menuju Informatif' and 'Cukup Informatif'; ombudsman-kepatuhan 'zona hijau (kepatuhan tinggi)'. The scorer "
        "does not score grades.",
        "Family regexes: the 15 families of heldout4, same order; 'ombudsman-kepatuhan' additionally matches "
        "'kepatuhan\\s+tinggi'. 'Top 99 ... (SINOVIK) 2016' is top99-inovasi (SINOVIK is the earlier name of the "
        "competition, not a family). UNPSA is recognised by name in both story members.",
        "Dates: headers 'Minggu, 12 November 2023 | 08:40 WIB' (h5_005), 'Kamis, 14 Desember 2023 | 10:25 WITA' "
        "(h5_008) and 'Jumat, 16 Desember 2022' (h5_010) give the published date; 'JAKARTA (25 Juni 2019) –' etc. "
        "too; datelines without a date (FAJAR.CO.ID, BATAMPOS.CO.ID, KENDARIPOS.CO.ID, JAMBIUPDATE.CO, SATELITPOST.COM) "
        "give published null even when the body has a full date. '4 Maret lalu' in a text dated 20/3/2019 is "
        "2019-03-04; 'awal Desember 2023' is 2023-12; 'Januari hingga November 2023' gives 2023-01 and 2023-11; "
        "'2016–2024' gives 2016 and 2024; 'penilaian 2023' and 'pada 2025' (targets with a year) are dates. "
        "'Bulan lalu' in a 12 Nov 2023 text is an optional 2023-10; 'setahun sebelumnya' (h5_001) an optional 2018. "
        "Not dates: 'pekan lalu', 'pekan depan', 'tahun ini', 'tahun lalu', 'tahun depan', 'awal tahun', 'pagi tadi', "
        "'setiap Sabtu', 'setiap Selasa dan Kamis sore', clock times (08:40 WIB, 10:25 WITA). Years inside award or "
        "event names ('UNPSA 2019', '(KIPP) 2018', 'KIPP 2022', 'KIPP 2024', '(SINOVIK) 2016', 'Informasi Publik "
        "2023', 'Kelompok Replikasi 2023', 'Pelayanan Publik Tahun 2018/2021', 'evaluasi tahun 2018', '(evaluasi "
        "2018)') are optional.",
        "Counts: number words are resolved ('dua ratus lima puluh relawan kampung' = 250), '1,2 juta usulan perbaikan "
        "data' = 1200000 (comma = decimal separator), '3.921' = 3921. Optional: anaphoric or partitive numerals "
        "('Satu sentra lain', 'Tiga Satker Kemensos Lainnya', 'hanya empat yang lolos', '37 di antaranya'), "
        "approximations ('sekitar 150 pembeli'), 'minimal satu tingkat', frequencies ('dua kali seminggu', "
        "'masing-masing tercatat dua kali'), ordinals ('pertama kalinya') and durations ('tiga bulan', 'dua tahun', "
        "'24 jam', 'tiga hari kerja', 'Empat tahun lalu'). Not counts: vague quantities ('Ratusan anak nelayan'), "
        "money ('Rp 12.000–Rp 28.000'), ages ('Dimas Arya Saputra (24)', 'La Ode Baharuddin (78)'), scores ('91,36'), "
        "grades (A, A-, B), numbers in names (Top 99/40/30/15/5, Nomor), list and table row numbers, idioms ('salah "
        "satu', 'salah seorang', 'belum satu pun', 'satu-satunya'), ordinal adjectives ('satker pertama', 'daftar "
        "pertama').",
        "People: bylines and credits ('Editor: Muhammad Nursam', '(rzl)', 'Penulis: Riska Amelia', 'Editor: Dede "
        "Supriadi', '(ndi)', 'Editor: Sudirman Laja', '(sah)', 'Penulis: Tim Media Humas', 'Editor: Intan "
        "Qurratulain', '(gun)') and the 'Biro Hubungan Masyarakat' signature are not people. Degrees and honorifics "
        "(Drs., Dra., Dr., Ir., H., S.Sos., M.Si., M.Kesos., M.Kes., M.M., S.Psi., S.ST., S.E.) are dropped. Regional "
        "noble / clan titles are kept as part of the name: Andi, Daeng (Hasnah Daeng Ngai), Raja (Raja Fitriani "
        "Hamid), Tengku, Wa Ode, La Ode, Ni Made. A single-word name (Menteri PANRB Syafruddin) is a person. Names "
        "given after the quote ('... kata Tri Wahyudi Nugroho, S.Sos., M.Si., Kepala Sentra Satria'), with the "
        "position in the next sentence ('Ia adalah Kepala BBPPKS Makassar'), or with the position first and a comma "
        "('Kasubag TU BRSLU Minaula, Wa Ode Sitti Marhama') all get positions. 'Wali Kota' in a 'Baca juga' line and "
        "streets (Jalan Sultan Alauddin) are not people.",
        "Units: old names map to one key (PSMP / BRSAMPK Toddopuli -> toddopuli-makassar; BBRVBD Cibinong / BBRVPD "
        "Cibinong / Sentra Terpadu Inten Soeweno -> inten-soeweno-bogor, whose cores include BBRVPD, BBRVBD and "
        "'Rehabilitasi Vokasional' because h5_006 names the unit only as BBRVPD Cibinong; BBRSPDI Kartini; PSTW / "
        "BRSLU Minaula; BRSKPN Satria; PSBD Wirajaya; BRSAMPK Alyatama). BBPPKS Makassar is a unit. Central units "
        "are units when they receive an award: Pusdatin (h5_010, h5_011, h5_012), Biro Perencanaan and the "
        "Sekretariat Direktorat Jenderal Pemberdayaan Sosial (h5_010). Biro Hubungan Masyarakat (author/signature), "
        "Direktorat Jenderal Rehabilitasi Sosial and Inspektorat Jenderal (inside titles), Kementerian PANRB, "
        "Ombudsman, Komisi Informasi, PPID, Dinas Sosial, Pemkab/Pemkot, RSUD Cibinong, Tim Penilai Nasional and DTKS "
        "are not units.",
    ],
}


def derive_canonical(docs, stories):
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
