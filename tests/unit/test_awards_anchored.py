"""Awards: the anchored searches (start literals read from the patterns) find exactly what
the plain searches find: every match starts at a start literal, and the award-name tail is
only read where one of its words, a year, '/', '(' or ',' follows the name."""
from __future__ import annotations

import regex

from kemensos_extract.extract import awards
from kemensos_extract.model import Document

TEXTS = [
    'Sentra "Mulya Jaya" meraih Top 99 lewat inovasi Gerakan Melalui Desa (GEMADES) dan program '
    'Kaki Palsu Jemput Bola atau KAJEBO, dengan inovasi Layanan Rehabilitasi Terpadu yang dikembangkan sentra itu.',
    'Melalui "Sheltered Workshop Peduli" oleh BBRSPDI, inovasinya bernama SENTRIS. Dengan inovasi dengan inovasi X.',
    "inovasiinovasi programnya-aplikasi; berkat layanan kaki dan tangan palsu keliling (KATAPEL) yang diberi nama KATAPEL.",
    "Tidak ada apa pun di sini. 1. Pelayanan Disabilitas Netra (PDN) dan pelayanan rujukannya.",
]


def _ctx(text: str) -> awards._Ctx:
    doc = Document(doc_id="t", text=text)
    return awards._Ctx(doc)


def test_start_literals_of_cue_patterns():
    cue = awards._innov_rx()[0]
    lits = awards.start_literals(cue.pattern)
    assert lits is not None and "inovasi" in lits and "melalui" in lits
    assert awards.start_literals(r"[A-Z]\w+") is None  # a class: nothing known
    assert awards.start_literals(r"(?:top|wbk)?\d") is None  # may start with a digit
    assert awards.start_literals(r"\b(?:zona\s+)?wilayah") == ("wilayah", "zona")


def test_start_finder_refuses_literals_that_overlap():
    assert awards._start_finder(r"aba|bab") is None  # "bab" may start inside "aba"
    assert awards._start_finder(r"\b(?:inovasi|ialah)\b") is not None  # not at a word boundary


def test_anchored_finditer_equals_plain_finditer():
    rxs = list(awards._innov_rx()) + [awards._innov_desc_rx(), regex.compile(r"(?:aba|ab)c", regex.I)]
    for text in TEXTS:
        ctx = _ctx(text)
        for rx in rxs:
            for overlapped in (False, True):
                for a, b in ((0, len(text)), (5, len(text) - 3), (len(text) // 2, len(text))):
                    got = [(m.start(), m.end(), m.groups()) for m in awards._finditer_gated(ctx, rx, a, b, overlapped)]
                    want = [(m.start(), m.end(), m.groups()) for m in rx.finditer(text, a, b, overlapped=overlapped)]
                    assert got == want, (rx.pattern[:40], text[:30], a, b, overlapped)


def test_tail_shortcut_matches_tail_patterns():
    starts = awards._tail_starts()
    assert starts is not None and "tahun" in starts and "(" in starts
    text = ("Sentra X meraih WBK Tahun 2023 dan Top 99 KIPP (SINOVIK) 2019, juga WBBM dari Kementerian "
            "serta Top 45 / 2020 dan UNPSA. Top 5 kategori khusus pada 2021")
    ctx = _ctx(text)
    assert sum(map(len, ctx.mentions)) >= 5 and any(m.year for ms in ctx.mentions for m in ms)
    for ms in ctx.mentions:
        for m in ms:
            send = ctx.sents[m.sent][1]
            ym = awards._tail_rx().match(text, m.end, send)
            tm = awards._tail_only_rx().match(text, m.end, send)
            assert m.year == (int(ym.group("y")) if ym else None)
            assert m.full_end == (ym.end() if ym else max(m.end, tm.end()))
