"""Shared helpers for the robustness suite (bad input, crashes, hostile text).

A plain module (not a conftest.py: tests/conftest.py is imported by name elsewhere)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
SRC = ROOT / "src"

#: Real sentences of the genre (quoted from sample releases) used to build test texts.
SENTENCES = [
    "Hakordia 2020, Tiga UPT Rehabilitasi Sosial Panen Penghargaan",
    "JAKARTA (16 Desember 2020) \u2013 Peringatan Hari Anti Korupsi Sedunia (Hakordia) tahun ini membawa kabar baik "
    "bagi Direktorat Jenderal Rehabilitasi Sosial Kementerian Sosial.",
    "Tiga unit pelaksana teknis (UPT) di bawah Ditjen Rehsos tercatat meraih penghargaan, ditambah satu penghargaan "
    "perorangan bagi aparatur yang dinilai berintegritas.",
    "Menteri Sosial Ad Interim Muhadjir Effendy memberikan apresiasi atas capaian tersebut saat membuka Workshop "
    "Hakordia yang digelar Inspektorat Jenderal bersama Badan Pendidikan, Penelitian dan Penyuluhan Sosial (BP3S), "
    "Selasa (15/12).",
    "\u201cPrestasi seperti ini lahir dari kerja tekun di lapangan, bukan dari seremoni,\u201d ujarnya.",
    "Capaian pertama datang dari Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Intelektual (BBRSPDI) "
    "\u201cKartini\u201d Temanggung.",
    "Balai besar ini masuk TOP 15 Kategori Khusus Kompetisi Inovasi Pelayanan Publik (KIPP) Tahun 2020.",
    "Capaian berikutnya diraih Balai \u201cWasana Bahagia\u201d di Ternate, Maluku Utara, yang menembus TOP 99 KIPP 2020.",
    "Sentra Budi Perkasa Palembang Raih Predikat Menuju WBK dari KemenPANRB",
    "JAKARTA (7 Desember 2023) \u2013 Upaya Kementerian Sosial membangun birokrasi yang bersih kembali berbuah.",
    "Sentra Budi Perkasa di Palembang, Sumatera Selatan, ditetapkan sebagai Unit Kerja Pelayanan Berpredikat Menuju "
    "Wilayah Bebas dari Korupsi (WBK) tahun 2023 oleh Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.",
    "Penghargaan diserahkan dalam acara apresiasi zona integritas di Nusa Dua, Bali, Rabu (6/12/2023).",
    "Kegiatan dibuka Menteri PANRB Abdullah Azwar Anas dan dihadiri Wakil Presiden Ma'ruf Amin.",
    "Tahun ini Kemensos mengusulkan empat unit pelaksana teknis (UPT) dan satu balai pendidikan dan pelatihan.",
    "Keempat UPT itu adalah Sentra Budi Perkasa di Palembang (WBK), Sentra Terpadu \u201cKartini\u201d Temanggung (WBBM), "
    "Sentra \u201cSatria\u201d di Baturaden (WBK), dan Sentra \u201cPhalamartha\u201d Sukabumi (WBK).",
    "Kepala Sentra Budi Perkasa, Drs. Ahmad Subarkah, M.Si., mengatakan sebanyak 1.250 penerima manfaat telah dilayani.",
]


def settings(**kw):
    """`Settings` with the cache off (when this version has one): every run recomputes."""
    from kemensos_extract.settings import Settings

    names = {f.name for f in dataclasses.fields(Settings)}
    if "cache" in names:
        kw.setdefault("cache", False)
    return Settings(**{k: v for k, v in kw.items() if k in names})


def good_release() -> bytes:
    """One well-formed release (a sample from data/raw when present, else built from SENTENCES)."""
    files = sorted(RAW.glob("*.txt")) if RAW.is_dir() else []
    if files:
        return files[0].read_bytes()
    return ("\n\n".join(SENTENCES[:8])).encode("utf-8")

