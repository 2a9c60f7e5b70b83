#!/usr/bin/env python3
"""Build the gold files of held-out set 9 (docs.jsonl, corpus.json) from the annotations below.

Usage: python3 build_gold.py

Edit the annotations in this file, then re-run it and `python3 validate.py`.
Canonical awards are derived from the per-document awards (see `derive_canonical`, same code as heldout6-8).
Same schema and helpers as heldout8. New here: three award families (rekor-muri, efisiensi-energi,
kepatuhan-pajak); Java and Sumatra units under their older names (Panti Sosial ..., Balai (Besar) Rehabilitasi
Sosial ..., Rehabilitasi Centrum); awards stated as sentence subject, in a caption line, in a colon list and only
inside a quote (AWARD_SHAPES, checked by validate.py).
"""
from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------
# Award families: the 25 families of heldout8, same order, plus three new families placed just
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
    # new in heldout9
    ("rekor-muri", r"\bmuri\b|museum\s+rekor"),
    ("efisiensi-energi", r"subroto|efisiensi\s+energi|hemat\s+energi"),
    ("kepatuhan-pajak", r"pajak"),
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
    "rekor-muri": "Rekor Museum Rekor-Dunia Indonesia (MURI)",
    "efisiensi-energi": "Penghargaan Subroto Bidang Efisiensi Energi",
    "kepatuhan-pajak": "Penghargaan Kepatuhan Perpajakan Instansi Pemerintah",
    "pelayanan-publik": "Penghargaan Pelayanan Publik (Evaluasi Pelayanan Publik)",
}

# Encoding / line-ending / BOM of each text that is not plain UTF-8 + LF without BOM (checked by validate.py).
TEXT_FORMAT = {
    "h9_004": {"encoding": "utf-8", "newline": "\r\n", "bom": False},
    "h9_005": {"encoding": "cp1252", "newline": "\n", "bom": False},
}

# Web boilerplate lines that must be present (checked by validate.py; each line starts with the marker).
BOILERPLATE = {
    "h9_001": ["Biro Hubungan Masyarakat", "Kementerian Sosial RI"],
    "h9_002": ["Baca Juga:", "Editor:", "(m27/wsp)"],
    "h9_003": ["Penulis:", "FOTO:", "Baca juga:"],
    "h9_004": ["Biro Hubungan Masyarakat", "Kementerian Sosial RI"],
    "h9_006": ["Baca Juga:", "Editor:"],
    "h9_007": ["Biro Hubungan Masyarakat", "Kementerian Sosial RI"],
    "h9_008": ["Tags:"],
    "h9_009": ["Tags:"],
    "h9_010": ["Biro Hubungan Masyarakat", "Kementerian Sosial RI"],
}

# Editions resolved from a relative phrase (validate.py checks the phrase is in the text).
EDITION_FROM_CONTEXT = {
    ("h9_003", "zona-integritas-wbbm", "soeharso-surakarta", 2024): "Tahun ini Sentra Soeharso juga menyandang",
    ("h9_005", "top5-inovasi", "dharma-guna-bengkulu", 2024): "Top 5 Inovasi Pelayanan Publik tahun lalu",
}

# Later short mentions of a person whose full name is not written (none in this set; kept for validate.py).
PERSON_ALIASES: dict = {}

# Day ranges (none in this set; kept for validate.py).
DAY_RANGES: dict = {}

# Awards named only in the headline (none in this set; kept for validate.py).
HEADLINE_ONLY_AWARDS: dict = {}

# Month ranges 'M1 hingga M2 yyyy': both named months must be REQUIRED dates (heldout6 convention).
MONTH_RANGES = {
    "h9_003": [("Januari", "2024-01"), ("Agustus 2024", "2024-08")],
    "h9_004": [("Januari", "2024-01"), ("Desember 2024", "2024-12")],
    "h9_008": [("Juni", "2024-06"), ("Oktober 2024", "2024-10")],
}

# Central units that only organise / coordinate in a document: they must NOT be annotated as units there.
CENTRAL_ORGANISERS = {
    "h9_004": ["Biro Keuangan"],
    "h9_007": ["Direktorat Jenderal Rehabilitasi Sosial"],
}

# NEW in heldout9: the sentence shape in which an award is stated (validate.py checks the regex matches the given
# region of the text: 'quote' = inside “...” or "..." only; 'caption' = the caption line only; 'colon_list' = a line
# after a line ending with ':'; 'subject' = a sentence that starts with the award name).
AWARD_SHAPES = {
    ("h9_001", "rekor-muri"): ("subject", r"^Rekor Museum Rekor-Dunia Indonesia \(MURI\)"),
    ("h9_003", "efisiensi-energi"): ("subject", r"^Penghargaan Subroto 2024 bidang Efisiensi Energi"),
    ("h9_004", "kepatuhan-pajak"): ("colon_list", r"Sentra (Terpadu Kartini|Margo Laras|Antasena)"),
    ("h9_005", "top5-inovasi"): ("quote", r"Top 5 Inovasi"),
    ("h9_008", "keterbukaan-informasi"): ("subject", r"^Predikat Badan Publik Informatif"),
    ("h9_009", "zona-integritas-wbk"): ("caption", r"predikat WBK 2023"),
    ("h9_010", "top99-inovasi"): ("colon_list", r"Top 99 Kompetisi Inovasi"),
    ("h9_010", "ombudsman-kepatuhan"): ("colon_list", r"Ombudsman RI 2024"),
    ("h9_010", "kepatuhan-pajak"): ("colon_list", r"Kepatuhan Perpajakan"),
}

# --------------------------------------------------------------------------------------------
# Units (key -> core spellings, city). All keys and cores reuse the earlier sets.
# --------------------------------------------------------------------------------------------
UNITS = {
    "insyaf-medan": (["Insyaf"], "Medan"),                                          # heldout2/7
    "bahagia-medan": (["Bahagia"], "Medan"),                                        # heldout/3/7
    "soeharso-surakarta": (["Soeharso", "Prof. Dr. Soeharso", "Prof Dr Soeharso"], "Surakarta"),  # heldout
    "kartini-temanggung": (["Kartini"], "Temanggung"),                              # seeds/dev/...
    "margo-laras-pati": (["Margo Laras", "Margolaras"], "Pati"),                    # heldout2/4
    "antasena-magelang": (["Antasena"], "Magelang"),                                # heldout/3
    "dharma-guna-bengkulu": (["Dharma Guna"], "Bengkulu"),                          # dev
    "budi-perkasa-palembang": (["Budi Perkasa"], "Palembang"),                      # dev
    "budhi-dharma-bekasi": (["Budhi Dharma", "Budi Dharma"], "Bekasi"),             # heldout
    "pangudi-luhur-bekasi": (["Pangudi Luhur"], "Bekasi"),                          # seeds/dev/heldout6
    "mulya-jaya-jakarta": (["Mulya Jaya"], "Jakarta"),                              # heldout/6
    "bbppks-padang": (["BBPPKS Padang", "Pendidikan dan Pelatihan Kesejahteraan Sosial Padang"], "Padang"),  # ho/h7
    "tuah-sakato-padang": (["Tuah Sakato"], "Padang"),                              # heldout7
    "wyata-guna-bandung": (["Wyata Guna", "Wiyata Guna"], "Bandung"),               # heldout/4/6
    "alyatama-jambi": (["Alyatama", "Alyatam"], "Jambi"),                           # seeds/dev/h5/h7
}

# --------------------------------------------------------------------------------------------
# Positions (acceptable spellings).
# --------------------------------------------------------------------------------------------
POS = {
    "mensos": ["Menteri Sosial", "Mensos"],
    "sekjen": ["Sekretaris Jenderal Kementerian Sosial", "Sekjen Kemensos", "Sekretaris Jenderal", "Sekjen"],
    "muri": ["Senior Manajer MURI", "Senior Manajer", "perwakilan MURI", "MURI"],
    "ka_insyaf": ["Kepala Sentra Insyaf", "Kepala Sentra", "kepala"],
    "ka_bnnp_sumut": ["Kepala Badan Narkotika Nasional Provinsi (BNNP) Sumatera Utara",
                      "Kepala Badan Narkotika Nasional Provinsi Sumatera Utara", "Kepala BNNP Sumatera Utara",
                      "Kepala BNNP Sumut", "Kepala BNNP", "Kepala Badan Narkotika Nasional Provinsi"],
    "ka_bahagia": ["Kepala Sentra Bahagia", "Kepala Sentra", "kepala"],
    "siswi": ["siswi SMA Negeri 2 Medan", "siswi", "peserta", "pelajar"],
    "ka_soeharso": ["Kepala Sentra Terpadu Prof. Dr. Soeharso", "Kepala Sentra Terpadu Prof Dr Soeharso",
                    "Kepala Sentra Soeharso", "Kepala Sentra Terpadu", "Kepala Sentra", "kepala"],
    "ketua_penilai_subroto": ["Ketua Tim Penilai Penghargaan Subroto", "Ketua Tim Penilai", "Ketua tim penilai",
                              "juri", "penilai"],
    "manajer_energi": ["Manajer energi sentra", "Manajer energi", "manajer energi Sentra Soeharso"],
    "kakanwil_djp": ["Kepala Kanwil DJP Jawa Tengah I", "Kepala Kantor Wilayah Direktorat Jenderal Pajak Jawa Tengah I",
                     "Kepala Kanwil DJP Jateng I", "Kepala Kanwil DJP", "Kepala Kanwil", "Kepala Kantor Wilayah"],
    "ka_kartini": ["Kepala Sentra Terpadu Kartini", "Kepala Sentra Kartini", "Kepala Sentra Terpadu", "Kepala Sentra",
                   "kepala"],
    "karo_keuangan": ["Kepala Biro Keuangan Kementerian Sosial", "Kepala Biro Keuangan Kemensos",
                      "Kepala Biro Keuangan", "Karo Keuangan", "Kepala Biro"],
    "ka_dharma_guna": ["Kepala Sentra Dharma Guna", "Kepala Sentra", "kepala"],
    "instruktur_barista": ["Instruktur barista", "instruktur"],
    "peserta_dharma_guna": ["peserta", "remaja binaan", "peserta pelatihan"],
    "kadinsos_bengkulu": ["Kepala Dinas Sosial Provinsi Bengkulu", "Kepala Dinas Sosial Bengkulu",
                          "Kadinsos Bengkulu", "Kepala Dinas Sosial", "Kadinsos"],
    "ka_budi_perkasa": ["Kepala Sentra Budi Perkasa", "Kepala Sentra", "kepala"],
    "psikiater": ["Psikiater RS Ernaldi Bahar", "Psikiater", "dokter spesialis kedokteran jiwa"],
    "kadinsos_sumsel": ["Kepala Dinas Sosial Sumatera Selatan", "Kepala Dinas Sosial Provinsi Sumatera Selatan",
                        "Kepala Dinas Sosial Sumsel", "Kadinsos Sumsel", "Kepala Dinas Sosial", "Kadinsos"],
    "dirjen_rehsos": ["Direktur Jenderal Rehabilitasi Sosial", "Dirjen Rehsos", "Dirjen Rehabilitasi Sosial",
                      "Direktur Jenderal Rehabilitasi Sosial Kementerian Sosial", "Direktur Jenderal", "Dirjen"],
    "ka_budhi_dharma": ["Kepala Sentra Budhi Dharma", "Kepala Sentra", "kepala"],
    "lansia": ["lansia", "pengungsi", "warga"],
    "ka_mulya_jaya": ["Kepala Sentra Mulya Jaya", "Kepala Sentra", "kepala"],
    "korda_tagana": ["Koordinator Tagana Kota Bekasi", "Koordinator Tagana", "Koordinator"],
    "ketua_ki_sumbar": ["Ketua Komisi Informasi (KI) Sumbar", "Ketua Komisi Informasi Sumbar", "Ketua KI Sumbar",
                        "Ketua Komisi Informasi Provinsi Sumatera Barat", "Ketua Komisi Informasi", "Ketua KI",
                        "Ketua"],
    "ka_bbppks_padang": ["Kepala BBPPKS Padang",
                         "Kepala Balai Besar Pendidikan dan Pelatihan Kesejahteraan Sosial Padang",
                         "Kepala BBPPKS", "Kepala Balai Besar", "kepala"],
    "petugas_ppid": ["Petugas PPID BBPPKS Padang", "Petugas PPID", "petugas"],
    "ka_tuah_sakato": ["Kepala Sentra Tuah Sakato", "Kepala Sentra", "kepala"],
    "ka_wyata_guna": ["Kepala Sentra Wyata Guna", "Kepala Sentra", "kepala"],
    "pengasuh_pesantren": ["pengasuh pesantren tunanetra di Cimahi", "pengasuh pesantren tunanetra",
                           "pengasuh pesantren", "pemandu"],
    "peserta_wyata": ["peserta", "peserta tertua"],
    "ka_alyatama": ["Kepala Sentra Alyatama", "Kepala Sentra", "kepala"],
    "ka_kpp_jambi": ["Kepala KPP Pratama Jambi Telanaipura", "Kepala Kantor Pelayanan Pajak Pratama Jambi Telanaipura",
                     "Kepala KPP Pratama", "Kepala KPP"],
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
    "sota": ["Sekolah Orang Tua Asuh", "SOTA"],          # = heldout5 (h5_004)
}

W_PM = ["penerima manfaat"]
W_KABKOTA = ["kabupaten/kota", "kabupaten", "kota"]
W_UPT = ["unit pelaksana teknis", "UPT", "unit", "sentra", "satker"]
W_SATKER = ["satuan kerja", "satker"]

DOCS = [
    # ------------------------------------ story S1: Rekor MURI 2024, Sentra Insyaf Medan (HANI) ---------
    {
        "doc_id": "h9_001", "published": "2024-06-26", "dateline_city": "Medan",
        "units": [U("insyaf-medan")],
        "people": [P("Triyono Sasmito", "muri"), P("Lamhot Parulian Simanjuntak", "ka_insyaf"),
                   P("Rudolf Hasiholan Sitorus", "ka_bnnp_sumut"), P("Tri Rismaharini", "mensos")],
        "awards": [A("rekor-muri", 2024, "insyaf-medan")],
        "dates": [D("26 Juni 2024", "2024-06-26"), D("Rabu (26/6)", "2024-06-26"), D("sejak April 2024", "2024-04"),
                  D("pada 1972", "1972"), D("semester pertama 2024", "2024"), D("tahun 2023", "2023"),
                  D("pada Oktober 2024", "2024-10"), D("(HANI) 2024", "2024", True)],
        "counts": [C("12.450 pelajar", 12450, ["pelajar", "peserta", "pelajar dari 86 sekolah"]),
                   C("86 sekolah", 86, ["sekolah", "sekolah menengah"]),
                   C("240 penyuluh", 240, ["penyuluh", "penyuluh sebaya"]), C("10 provinsi", 10, ["provinsi"]),
                   C("1.318 penerima manfaat", 1318, W_PM), C("1.046 orang", 1046, ["orang", "penerima manfaat"]),
                   C("90 menit", 90, ["menit"], True)],
    },
    {
        "doc_id": "h9_002", "published": "2024-06-27", "dateline_city": "Medan",
        "units": [U("insyaf-medan"), U("bahagia-medan")],
        "people": [P("Triyono Sasmito", "muri"), P("Lamhot Parulian Simanjuntak", "ka_insyaf"),
                   P("Nurhayati Lubis", "ka_bahagia"), P("Putri Ayu br Tarigan", "siswi")],
        "awards": [A("rekor-muri", 2024, "insyaf-medan"), A("zona-integritas-wbk", 2022, "insyaf-medan")],
        "dates": [D("Kamis, 27 Juni 2024", "2024-06-27"), D("Rabu (26/6/2024)", "2024-06-26"),
                  D("pada 2022", "2022"), D("pada 2025", "2025")],
        "counts": [C("12.450 pelajar", 12450, ["pelajar", "peserta"]), C("86 sekolah", 86, ["sekolah"]),
                   C("35 anak binaan", 35, ["anak binaan", "anak"]),
                   C("240 penyuluh", 240, ["penyuluh", "penyuluh sebaya"]),
                   C("menjadi 120", 120, ["sekolah mitra", "sekolah"], True),
                   C("12 Ribu Pelajar", 12000, ["pelajar"], True),
                   C("3 Jaringan Sabu", 3, ["jaringan", "jaringan sabu"], True),
                   C("2 Ribu Remaja", 2000, ["remaja"], True)],
    },
    # ------------------------------------ Penghargaan Subroto 2024 (ESDM), Soeharso; WBBM 2024 recap -----
    {
        "doc_id": "h9_003", "published": "2024-09-30", "dateline_city": "Solo",
        "units": [U("soeharso-surakarta")],
        "people": [P("Endang Sulistyowati Rahayu", "ka_soeharso"), P("Ratih Kusumaningrum", "ketua_penilai_subroto"),
                   P("Bagus Setyo Nugroho", "manajer_energi")],
        "awards": [A("efisiensi-energi", 2024, "soeharso-surakarta",
                     grade="Manajemen Energi di Bangunan Gedung"),
                   A("zona-integritas-wbbm", 2024, "soeharso-surakarta")],
        "dates": [D("Senin, 30 September 2024", "2024-09-30"), D("Jumat (27/9/2024) malam", "2024-09-27"),
                  D("pada 1951", "1951"), D("Sejak Maret 2023", "2023-03"), D("Januari", "2024-01"),
                  D("Agustus 2024", "2024-08"), D("pada 2026", "2026"),
                  D("Penghargaan Subroto 2024", "2024", True)],
        "counts": [C("840 panel surya", 840, ["panel surya", "panel"]), C("12 gedung", 12, ["gedung"]),
                   C("2.316 lampu", 2316, ["lampu", "lampu lama"]),
                   C("64 bangunan gedung", 64, ["bangunan gedung", "bangunan", "gedung"]),
                   C("tujuh teknisi", 7, ["teknisi"]),
                   C("12 hektare", 12, ["hektare"], True)],
    },
    # ------------------------------------ Kepatuhan Perpajakan 2024 (Kanwil DJP Jateng I), CRLF -----------
    {
        "doc_id": "h9_004", "published": "2025-03-14", "dateline_city": "Semarang",
        "units": [U("kartini-temanggung"), U("margo-laras-pati"), U("antasena-magelang")],
        "people": [P("Heru Prasetyo Wicaksono", "kakanwil_djp"), P("Sri Murniati Lestari", "ka_kartini"),
                   P("Wahyu Adi Nugraha", "karo_keuangan")],
        "awards": [A("kepatuhan-pajak", 2024, "kartini-temanggung", grade="Bendahara Teladan"),
                   A("kepatuhan-pajak", 2024, "margo-laras-pati", grade="Pelaporan SPT Masa Tepat Waktu"),
                   A("kepatuhan-pajak", 2024, "antasena-magelang",
                     grade="Pemotongan dan Penyetoran Pajak Terbaik")],
        "dates": [D("14 Maret 2025", "2025-03-14"), D("Kamis (13/3)", "2025-03-13"), D("Januari", "2024-01"),
                  D("Desember 2024", "2024-12"), D("31 Maret 2025", "2025-03-31"),
                  D("Instansi Pemerintah Tahun 2024", "2024", True)],
        "counts": [C("tiga unit pelaksana teknis", 3, W_UPT), C("48 satuan kerja", 48, W_SATKER),
                   C("1.742 bukti potong", 1742, ["bukti potong"]),
                   C("57 bendahara pengeluaran", 57, ["bendahara pengeluaran", "bendahara"]),
                   C("Ketiganya", 3, W_UPT, True), C("Dua sentra lain", 2, ["sentra"], True),
                   C("bukan hanya tiga", 3, ["bendahara", "sentra"], True),
                   C("ketiga sentra", 3, ["sentra"], True)],
    },
    # ------------------------------------ Dharma Guna barbershop (cp1252); Top 5 2024 only in a quote -----
    {
        "doc_id": "h9_005", "published": "2025-01-17", "dateline_city": "Bengkulu",
        "units": [U("dharma-guna-bengkulu")],
        "people": [P("Yunita Sari Dewi", "ka_dharma_guna"), P("Ahmad Ma\u2019ruf Siregar", "instruktur_barista"),
                   P("D\u00e9sy", "peserta_dharma_guna"), P("Tengku Zulkarnain Syah", "kadinsos_bengkulu")],
        "awards": [A("top5-inovasi", 2024, "dharma-guna-bengkulu")],
        "dates": [D("Jum\u2019at, 17 Januari 2025", "2025-01-17"), D("Kamis (16/1)", "2025-01-16"),
                  D("sejak Oktober 2024", "2024-10"), D("Februari 2025", "2025-02")],
        "counts": [C("24 remaja binaan", 24, ["remaja binaan", "remaja"]), C("empat instruktur", 4, ["instruktur"]),
                   C("60 cangkir", 60, ["cangkir", "cangkir kopi"]), C("10 kabupaten/kota", 10, W_KABKOTA),
                   C("enam bulan", 6, ["bulan"], True)],
    },
    # ------------------------------------ near-miss: MURI pending, personal award, plans (Palembang) -----
    {
        "doc_id": "h9_006", "published": "2024-08-10", "dateline_city": "Palembang",
        "units": [U("budi-perkasa-palembang")],
        "people": [P("Kgs. Muhammad Ridwan", "ka_budi_perkasa"), P("Anwar Sadat Lubis", "psikiater"),
                   P("Mgs. Syarifuddin Akbar", "kadinsos_sumsel")],
        "awards": [],
        "dates": [D("Sabtu, 10 Agustus 2024", "2024-08-10"), D("Jumat (9/8)", "2024-08-09"),
                  D("September 2024", "2024-09"), D("17 Agustus 2024", "2024-08-17"),
                  D("Penghargaan Subroto 2025", "2025", True)],
        "counts": [C("1.500 anak", 1500, ["anak", "anak dan remaja"]), C("32 psikolog", 32, ["psikolog"]),
                   C("18 perawat jiwa", 18, ["perawat jiwa", "perawat"]),
                   C("400 anak", 400, ["anak", "anak usia sekolah dasar"]),
                   C("Dari jumlah itu, 214 anak", 214, ["anak"], True),
                   C("20 tahun", 20, ["tahun"], True)],
    },
    # ------------------------------------ release without award: Bekasi flood -----------------------------
    {
        "doc_id": "h9_007", "published": "2025-03-05", "dateline_city": "Bekasi",
        "units": [U("budhi-dharma-bekasi"), U("pangudi-luhur-bekasi"), U("mulya-jaya-jakarta")],
        "people": [P("Wibowo Santoso Hadi", "dirjen_rehsos"), P("Eko Wahyudi Saputra", "ka_budhi_dharma"),
                   P("Sarinah", "lansia"), P("Nurhasanah Lubis", "ka_mulya_jaya"),
                   P("Fahmi Alatas", "korda_tagana")],
        "awards": [],
        "dates": [D("5 Maret 2025", "2025-03-05"), D("Senin (3/3) malam", "2025-03-03"),
                  D("Selasa (4/3) pagi", "2025-03-04"), D("sejak Januari 2020", "2020-01"),
                  D("18 Maret 2025", "2025-03-18")],
        "counts": [C("87 lansia", 87, ["lansia"]), C("tiga sentra", 3, ["sentra"]),
                   C("tujuh kelurahan", 7, ["kelurahan"]), C("40 tempat tidur", 40, ["tempat tidur"]),
                   C("dua dapur umum", 2, ["dapur umum", "dapur"]),
                   C("6.500 porsi", 6500, ["porsi", "porsi makanan"]),
                   C("12 pekerja sosial", 12, ["pekerja sosial"]), C("40 relawan", 40, ["relawan", "relawan Tagana"]),
                   C("1.240 jiwa", 1240, ["jiwa", "warga"]),
                   C("312 kepala keluarga", 312, ["kepala keluarga", "KK", "keluarga"])],
    },
    # ------------------------------------ Keterbukaan Informasi Sumbar 2024: BBPPKS Padang, Tuah Sakato ---
    {
        "doc_id": "h9_008", "published": "2024-12-13", "dateline_city": "Padang",
        "units": [U("bbppks-padang"), U("tuah-sakato-padang")],
        "people": [P("Nofal Hendri Datuak Bandaro Kuning", "ketua_ki_sumbar"),
                   P("Yulia Fitri Chaniago", "ka_bbppks_padang"), P("Rahmi", "petugas_ppid"),
                   P("Afrizal Sutan Mudo", "ka_tuah_sakato")],
        "awards": [A("keterbukaan-informasi", 2024, "bbppks-padang", grade="Badan Publik Informatif"),
                   A("keterbukaan-informasi", 2024, "tuah-sakato-padang", grade="Menuju Informatif")],
        "dates": [D("Jumat, 13 Desember 2024", "2024-12-13"), D("Kamis (12/12)", "2024-12-12"),
                  D("Juni", "2024-06"), D("Oktober 2024", "2024-10"), D("sepanjang 2024", "2024"),
                  D("pada Maret 2024", "2024-03"), D("pada 2025", "2025"), D("Pada 2023", "2023"),
                  D("Sumatera Barat 2024", "2024", True)],
        "counts": [C("207 badan publik", 207, ["badan publik"]),
                   C("Sebanyak 46 badan publik", 46, ["badan publik"]),
                   C("312 permohonan informasi", 312, ["permohonan informasi", "permohonan"]),
                   C("10 provinsi", 10, ["provinsi"]),
                   C("tiga hari kerja", 3, ["hari kerja", "hari"], True),
                   C("dua unit Kemensos", 2, ["unit", "unit Kemensos"], True)],
    },
    # ------------------------------------ Rekor MURI 2025 Wyata Guna; WBK 2023 only in the caption -------
    {
        "doc_id": "h9_009", "published": "2025-03-16", "dateline_city": "Bandung",
        "units": [U("wyata-guna-bandung")],
        "people": [P("Triyono Sasmito", "muri"), P("Euis Komalasari", "ka_wyata_guna"),
                   P("Abdul Hakim Munawwar", "pengasuh_pesantren"), P("Ujang", "peserta_wyata")],
        "awards": [A("rekor-muri", 2025, "wyata-guna-bandung"),
                   A("zona-integritas-wbk", 2023, "wyata-guna-bandung")],
        "dates": [D("Minggu, 16 Maret 2025", "2025-03-16"), D("Sabtu (15/3/2025)", "2025-03-15"),
                  D("pada 2019", "2019"), D("sejak Januari 2025", "2025-01"), D("pada 1901", "1901"),
                  D("pada April 2025", "2025-04"), D("WBK 2023", "2023", True)],
        "counts": [C("1.212 peserta", 1212, ["peserta", "penyandang disabilitas netra"]),
                   C("27 kabupaten/kota", 27, W_KABKOTA),
                   C("600 mushaf Braille", 600, ["mushaf", "mushaf Braille"]),
                   C("45 pendamping awas", 45, ["pendamping", "pendamping awas"]),
                   C("dua cucunya", 2, ["cucu", "cucunya"]),
                   C("50 tahun", 50, ["tahun"], True)],
    },
    # ------------------------------------ Alyatama year-end list: Top 99 2024, Ombudsman 2024, pajak 2024 --
    {
        "doc_id": "h9_010", "published": "2024-12-30", "dateline_city": "Jambi",
        "units": [U("alyatama-jambi")],
        "people": [P("Rosmaniar", "ka_alyatama"), P("Yudhistira Pratama Putra", "ka_kpp_jambi"),
                   P("Robben Rico", "sekjen")],
        "awards": [A("top99-inovasi", 2024, "alyatama-jambi", INNOV["sota"]),
                   A("ombudsman-kepatuhan", 2024, "alyatama-jambi", grade="Kepatuhan Tinggi"),
                   A("kepatuhan-pajak", 2024, "alyatama-jambi", grade="Bendahara Pemerintah Patuh"),
                   A("top99-inovasi", 2018, "alyatama-jambi")],
        "dates": [D("30 Desember 2024", "2024-12-30"), D("Sepanjang 2024", "2024"), D("Jumat (27/12)", "2024-12-27"),
                  D("Kamis (19/12)", "2024-12-19"), D("Pada 2018", "2018"), D("Pada 2025", "2025"),
                  D("(KIPP) 2024", "2024", True), D("Ombudsman RI 2024", "2024", True),
                  D("Perpajakan Tahun 2024", "2024", True)],
        "counts": [C("tiga penghargaan", 3, ["penghargaan"]), C("58 keluarga", 58, ["keluarga", "keluarga orang tua asuh"]),
                   C("173 anak", 173, ["anak", "anak binaan"]),
                   C("lima instansi vertikal", 5, ["instansi vertikal", "instansi"]),
                   C("31 sentra", 31, ["sentra", "sentra dan sentra terpadu"]),
                   C("Tiga penghargaan ini", 3, ["penghargaan"], True), C("12 bulan", 12, ["bulan"], True)],
    },
]

STORIES = [["h9_001", "h9_002"]]

NOTES = {
    "encoding": {
        "h9_004": "UTF-8 with Windows (CRLF) line endings, including the numbered list after 'Ketiganya adalah:'.",
        "h9_005": "Saved in cp1252 (Windows-1252), not UTF-8: curly apostrophes (0x92) in the header 'Jum’at' and in "
                  "the name 'Ahmad Ma’ruf Siregar', curly double quotes (0x93/0x94) around the business name and the "
                  "quotes, e-acute (0xE9) in 'Café' and in the first name 'Désy', an ellipsis (0x85; a NEL control "
                  "character if misread as latin-1) and en-dashes (0x96). Decode as cp1252. Gold `text` and `name` "
                  "fields are the decoded Unicode strings.",
        "boilerplate": "h9_002 (Waspada style): two 'Baca Juga:' lines, 'Editor:', the code '(m27/wsp)'. h9_003 "
                       "(Solopos style): 'Penulis: ... | Editor: ...', a 'FOTO:' caption line, 'Baca juga:'. h9_006 "
                       "(Sumatera Ekspres style): 'Baca Juga:', 'Editor:'. h9_008 and h9_009: 'Tags:'. Kemensos "
                       "releases (h9_001, h9_004, h9_007, h9_010) end with the Biro Humas signature (not a unit).",
        "others": "UTF-8 with LF line endings, no BOM. Sizes 1.5-2.1 KB.",
    },
    "events": {
        "A Rekor MURI 2024 (penyuluhan antinarkoba, 12.450 pelajar, HANI Rabu 26 Jun 2024) to Sentra Insyaf Medan; "
        "h9_002 adds a WBK 2022 recap (= heldout2) and Sentra Bahagia as co-host": ["h9_001", "h9_002"],
        "B Penghargaan Subroto 2024 bidang Efisiensi Energi (Kementerian ESDM, Jumat 27 Sep 2024) to Sentra Terpadu "
        "Prof. Dr. Soeharso; WBBM 'tahun ini' (2024, = heldout)": ["h9_003"],
        "C Penghargaan Kepatuhan Perpajakan Instansi Pemerintah Tahun 2024 (Kanwil DJP Jawa Tengah I, Kamis 13 Mar "
        "2025) to Kartini, Margo Laras and Antasena, in a numbered list after a colon": ["h9_004"],
        "D Sentra Dharma Guna opens a barbershop/cafe (Kamis 16 Jan 2025); the Top 5 Inovasi 2024 (= dev) is "
        "mentioned only inside a quote, edition from 'tahun lalu'": ["h9_005"],
        "E Near-miss: Sentra Budi Perkasa Palembang's MURI record attempt awaits verification; a personal "
        "Satyalancana to its head; a planned Subroto 2025 nomination; a tax award to Dinsos Sumsel": ["h9_006"],
        "F Bekasi flood (from Senin 3 Mar 2025): Budhi Dharma, Pangudi Luhur, Mulya Jaya; coordinated by Ditjen "
        "Rehabilitasi Sosial; no award": ["h9_007"],
        "G Anugerah Keterbukaan Informasi Publik Sumatera Barat 2024 (Kamis 12 Dec 2024): BBPPKS Padang Badan Publik "
        "Informatif, Sentra Tuah Sakato Menuju Informatif": ["h9_008"],
        "H Rekor MURI 2025 (Al-Qur'an Braille, Sabtu 15 Mar 2025) to Sentra Wyata Guna; WBK 2023 (= heldout4) only "
        "in the photo caption": ["h9_009"],
        "I Sentra Alyatama year-end list: Top 99 KIPP 2024 SOTA (= heldout5), Ombudsman Kepatuhan Tinggi 2024 (= "
        "heldout7), Kepatuhan Perpajakan 2024 (KPP Pratama Jambi Telanaipura); recap Top 99 2018 (= seeds)": ["h9_010"],
    },
    "stories": "Near-duplicate group: {h9_001 Kemensos release, h9_002 Waspada rewrite one day later} (Rekor MURI "
               "2024, Sentra Insyaf). All other documents are singletons. h9_001 and h9_009 share the MURI officer "
               "Triyono Sasmito and the family rekor-muri, but they are different events (2024 Medan, 2025 Bandung).",
    "conventions": [
        "Follows the dev-set conventions and those of heldout ... heldout8. Award outcomes, unit heads (except those "
        "reused from earlier sets), staff, beneficiaries, figures and quotes are FICTIONAL. Real office holders are "
        "mentioned only: Mensos Tri Rismaharini (June 2024), Sekjen Robben Rico (as in heldout4/5). Unit heads reuse "
        "the earlier sets: Lamhot Parulian Simanjuntak (Insyaf, heldout2/7), Nurhayati Lubis (Bahagia, heldout7), "
        "Rosmaniar (Alyatama, heldout7). Award recaps agree with the earlier sets: Insyaf WBK 2022 = heldout2; "
        "Soeharso WBBM 2024 = heldout; Dharma Guna Top 5 2024 = dev; Wyata Guna WBK 2023 = heldout4; Alyatama Top 99 "
        "2024 (SOTA) = heldout5, Ombudsman 2024 = heldout7, Top 99 2018 = seeds.",
        "NEW FAMILIES (placed before the catch-all pelayanan-publik, which stays last; the 25 families of heldout8 are "
        "kept unchanged and in the same order): 'rekor-muri' (Rekor Museum Rekor-Dunia Indonesia, an association "
        "record certificate awarded to the unit that organised the record; regex '\\bmuri\\b|museum\\s+rekor'); "
        "'efisiensi-energi' (Penghargaan Subroto bidang Efisiensi Energi, Kementerian ESDM; regex "
        "'subroto|efisiensi\\s+energi|hemat\\s+energi'); 'kepatuhan-pajak' (Penghargaan Kepatuhan Perpajakan "
        "Instansi Pemerintah, from a Kanwil DJP or KPP Pratama of the Ministry of Finance; regex 'pajak', which also "
        "matches 'perpajakan'; 'kepatuhan perpajakan' is NOT ombudsman-kepatuhan, whose regex needs 'kepatuhan "
        "standar/tinggi').",
        "AWARD SHAPES (AWARD_SHAPES, checked by validate.py): the award as the grammatical SUBJECT ('Rekor ... MURI "
        "... kini menjadi milik Sentra Insyaf', 'Penghargaan Subroto 2024 ... jatuh ke Sentra Terpadu ...', "
        "'Predikat Badan Publik Informatif ... diraih BBPPKS Padang'); a numbered or dashed LIST introduced by a colon "
        "('Ketiganya adalah:' h9_004, 'membukukan tiga penghargaan:' h9_010); an award named ONLY INSIDE A QUOTE "
        "(h9_005 Top 5 Inovasi 'tahun lalu'); an award recap ONLY IN A PHOTO CAPTION (h9_009 'Sentra peraih "
        "predikat WBK 2023 itu'). All are annotated like awards in running text.",
        "GRADES (not scored): kepatuhan-pajak uses the category as grade ('Bendahara Teladan', 'Pelaporan SPT Masa "
        "Tepat Waktu', 'Pemotongan dan Penyetoran Pajak Terbaik', 'Bendahara Pemerintah Patuh'); "
        "efisiensi-energi 'Manajemen Energi di Bangunan Gedung'; keterbukaan-informasi 'Badan Publik Informatif' and "
        "'Menuju Informatif' (a lower predicate is still an award of the family); ombudsman-kepatuhan 'Kepatuhan "
        "Tinggi'. rekor-muri has none.",
        "OLDER UNIT NAMES map to the same key as the current Sentra name (dev convention), with the cores of the "
        "earlier sets: Panti Sosial Pamardi Putra (PSPP) 'Insyaf' -> insyaf-medan; Rehabilitasi Centrum (RC) / "
        "Balai Besar Rehabilitasi Sosial Bina Daksa (BBRSBD) Prof. Dr. Soeharso -> soeharso-surakarta; BBRSPDI "
        "Kartini; Panti Sosial Bina Laras (PSBL) Margo Laras; Panti Sosial Marsudi Putra (PSMP) Antasena; PSBR / "
        "BRSAMPK Dharma Guna; PSBR Budi Perkasa; Panti Sosial Tresna Werdha (PSTW) Budhi Dharma; PSBN / BRSPDSN Wyata "
        "Guna; BRSAMPK Alyatama. 'Prof. Dr. Soeharso' inside the unit name is NOT a person. 'Sentra Soeharso Solo' is "
        "soeharso-surakarta (dateline city 'Solo' is kept as written).",
        "CENTRAL UNITS: none is a unit here. Direktorat Jenderal Rehabilitasi Sosial only coordinates the flood "
        "response (h9_007; it was a unit in heldout6, where it received an award); Biro Keuangan appears only in a "
        "title (h9_004). Also not units: MURI, BNNP Sumatera Utara, Kementerian ESDM, Kanwil DJP Jawa Tengah I, KPP "
        "Pratama, Dinas Sosial Bengkulu / Sumatera Selatan, Komisi Informasi Sumbar, Universitas Andalas, Pemkot "
        "Payakumbuh, RS Ernaldi Bahar, Tagana, SMA Negeri 2 Medan.",
        "NOT AWARDS (h9_006 near-miss): a MURI record ATTEMPT still under verification; the PERSONAL Satyalancana "
        "Karya Satya XX Tahun of the unit head; a planned nomination for Penghargaan Subroto 2025; a tax award to Dinas "
        "Sosial Sumsel (not a Kemensos body). Also not awards: the WBK TARGET for 2025 (h9_010), the green-building "
        "certification target (h9_003), Universitas Andalas / Pemkot Payakumbuh predicates (h9_008), the earlier "
        "Surabaya record (h9_009), and 'rekor pertama' (h9_002, the same MURI award).",
        "EDITIONS: the year of the record/evaluation; Kepatuhan Perpajakan 'Tahun 2024' handed over in March 2025 -> "
        "2024; Soeharso WBBM 'Tahun ini' in a Sep 2024 text -> 2024 and Dharma Guna 'Top 5 ... tahun lalu' in a Jan "
        "2025 text -> 2024 (EDITION_FROM_CONTEXT). MURI records take the year of the record day (2024, 2025).",
        "PEOPLE: honorifics, degrees and ranks are dropped ('Brigjen Pol.', 'S.I.K., M.H.', 'Ir. Hj.', 'Dr. Eng.', "
        "'M.Eng.', 'Dr. Hj.', 'M.Pd.', 'Dra.', 'KH.', 'dr.', 'Sp.KJ', 'S.Psi., M.Psi., Psikolog', 'M.Kesos.', "
        "'Ak., M.B.A.', 'M.Ak.'); address forms 'Mbah', 'Kang', 'Ustaz' are dropped (Sarinah, Ujang, Fahmi Alatas). "
        "Kept as part of the name, as written: Palembang nobility 'Kgs.' / 'Mgs.', Aceh/Melayu 'Tengku', Batak 'br' "
        "(boru), and Minang adat titles after the name ('Nofal Hendri Datuak Bandaro Kuning', 'Afrizal Sutan Mudo'); "
        "the scorer's token-subset match accepts the shorter form when it keeps at least two tokens. First-name-only "
        "people: Désy, Rahmi, Rosmaniar, Ujang, Sarinah. Later surname/first-name mentions ('kata Lamhot', 'Nofal "
        "menjelaskan', 'tutur Abdul Hakim', 'Ridwan menerima') are the same person. Not people: bylines and "
        "credits ('Penulis: Ichsan Kholif Rahman', 'Editor: ...', '(m27/wsp)', '(rb/yan)', 'RB', 'PR', 'PADEK'), "
        "'Presiden' (unnamed), 'Prof. Dr. Soeharso' (unit name), 'RS Ernaldi Bahar' (hospital), ages '(16)', '(17)', "
        "'(71)', '(82)'.",
        "DATES: published dates come from the datelines ('MEDAN (26 Juni 2024) –', 'SEMARANG (14 Maret 2025) –', "
        "'BEKASI (5 Maret 2025) –', 'JAMBI (30 Desember 2024) –') or the header lines ('Kamis, 27 Juni 2024 07:45 "
        "WIB', 'Senin, 30 September 2024 | 10:15 WIB', 'Jum’at, 17 Januari 2025', 'Sabtu, 10 Agustus 2024', "
        "'Jumat, 13 Desember 2024', 'Minggu, 16 Maret 2025 | 19:20 WIB'); the dateline city of news rewrites is the "
        "city before the outlet tag ('MEDAN (Waspada):', 'SOLO —', 'BENGKULU, RB', 'PALEMBANG, SUMEKS.CO', 'PADANG, "
        "PADEK', 'BANDUNG, PR'). MONTH RANGES ('Januari hingga Agustus 2024', 'Januari hingga Desember 2024', 'Juni "
        "hingga Oktober 2024') give both named months. 'Jumat (27/9/2024) malam', 'Senin (3/3) malam', 'Selasa (4/3) "
        "pagi' = that day. 'semester pertama 2024' = 2024; 'periode yang sama tahun 2023' = 2023. Years inside award "
        "or event names ('(HANI) 2024', 'Penghargaan Subroto 2024/2025', 'Instansi Pemerintah Tahun 2024', 'Sumatera "
        "Barat 2024', 'WBK 2023', '(KIPP) 2024', 'Ombudsman RI 2024', 'Perpajakan Tahun 2024') are optional. Not "
        "dates: 'tahun lalu', 'tahun ini', 'Tahun ini', 'tahun sebelumnya', 'akhir tahun ajaran', 'Sepanjang tahun "
        "ini', 'Ramadan' (tag), clock times, 'Hari Jadi ... ke-79', 'XX Tahun'.",
        "COUNTS: 'Sebanyak 46 badan publik' is required. Optional: durations ('90 menit', 'enam bulan', '20 tahun', "
        "'tiga hari kerja', '12 bulan', '50 tahun'), anaphora ('Ketiganya', 'Dua sentra lain', 'di ketiga sentra', 'bukan hanya tiga', "
        "'dua unit Kemensos itu', 'Tiga penghargaan ini'), the partitive 'Dari jumlah itu, 214 anak', an elided head "
        "('bertambah menjadi 120'), rounded headline figures ('12 Ribu Pelajar') and numbers in 'Baca Juga' "
        "headlines ('3 Jaringan', '2 Ribu Remaja'), and the area '12 hektare'. Not counts: money ('Rp15.000', "
        "'Rp10.000'), percentages ('31 persen'), scores ('nilai di atas 90'), ordinals and "
        "ranks ('ke-79', 'rekor pertama', 'gelombang kedua', 'XX Tahun'), list numbers '1.'-'3.', idioms "
        "('satu-satunya', 'satu pun', 'dua kali lipat', 'Salah seorang', 'Salah satu'; in 'satu dari lima instansi' "
        "the five is counted), ages. Headline figures that repeat the body ('1.500 Anak', '87 Lansia', 'Dua Dapur "
        "Umum', '1.212 Penyandang Disabilitas Netra', 'Tiga Penghargaan') are the same count.",
        "STORY WITHOUT AWARD: h9_007. NEAR-MISS: h9_006 (pending record, personal award, plans, non-Kemensos winner; "
        "no unit award).",
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
