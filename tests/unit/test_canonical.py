"""Canonical tables: award events merged across sources, units and people across documents."""
from __future__ import annotations

import json

from kemensos_extract.corpus.canonical import canonical_awards, canonical_people, canonical_units


def award(doc_id: str, family: str, recipient: str, edition=None, **kw) -> dict:
    row = {"doc_id": doc_id, "start": 0, "end": 1, "text": "x", "award_family": family,
           "award_name": kw.pop("award_name", "Top 99 Inovasi Pelayanan Publik"), "award_edition": edition,
           "recipient_unit_key": recipient, "recipient_unit_name": kw.pop("recipient_unit_name", recipient),
           "innovation": "", "grade": "", "giver": "", "ceremony_date": "", "ceremony_place": "", "evidence": ""}
    row.update(kw)
    return row


def by_key(rows):
    return {(r["award_family"], r["award_edition"], r["recipient_unit_key"]): r for r in rows}


def test_one_row_per_family_edition_recipient_with_sorted_sources():
    rows = [award("003", "top99-inovasi", "kartini-temanggung", 2018),
            award("001", "top99-inovasi", "kartini-temanggung", 2018),
            award("004", "top99-inovasi", "kartini-temanggung", 2018),
            award("004", "top99-inovasi", "pusdatinkesos", 2019),
            award("001", "top99-inovasi", "alyatama-jambi", 2018)]
    out = by_key(canonical_awards(rows, {"001": "s-001", "003": "s-001", "004": "s-004"}))
    k = out[("top99-inovasi", 2018, "kartini-temanggung")]
    assert k["source_doc_ids"] == "001;003;004" and k["n_sources"] == 3
    assert k["story_ids"] == "s-001;s-004"
    assert len(out) == 3


def test_omitted_edition_joins_the_only_edition():
    # "Dua tahun kemudian ... TOP 15" without a year in one source, "KIPP 2020" in another
    rows = [award("a", "top15-inovasi", "kartini-temanggung", 2020, award_name="TOP 15 KIPP 2020"),
            award("b", "top15-inovasi", "kartini-temanggung", None, award_name="TOP 15 Kategori Khusus")]
    (row,) = canonical_awards(rows)
    assert row["award_edition"] == 2020 and row["source_doc_ids"] == "a;b"
    c = json.loads(row["conflicts"])["award_edition"]
    assert c["chosen"] == "2020" and c["values"][""] == ["b"] and "only-edition" in c["rule"]


def test_omitted_edition_with_several_editions_uses_context_year():
    rows = [award("r", "zona-integritas-wbk", "handayani-jakarta", 2020),
            award("s", "zona-integritas-wbk", "handayani-jakarta", 2023),
            award("t", "zona-integritas-wbk", "handayani-jakarta", None, ceremony_date="2023-12-06"),
            award("u", "zona-integritas-wbk", "handayani-jakarta", None)]  # nothing places it
    out = canonical_awards(rows)
    got = {r["award_edition"]: r["source_doc_ids"] for r in out}
    assert got == {2020: "r", 2023: "s;t", "": "u"}


def test_omitted_edition_takes_its_story_edition():
    rows = [award("a", "top5-inovasi", "paramita-mataram", 2024),
            award("b", "top5-inovasi", "paramita-mataram", None),   # rewrite of a
            award("c", "top5-inovasi", "paramita-mataram", 2021)]
    out = canonical_awards(rows, {"a": "s-a", "b": "s-a", "c": "s-c"})
    got = {r["award_edition"]: r["source_doc_ids"] for r in out}
    assert got == {2024: "a;b", 2021: "c"}


def test_context_year_accepts_the_year_before_for_evaluations():
    # Evaluasi Kinerja Pelayanan Publik Tahun 2021 announced on 8 March 2022
    rows = [award("a", "pelayanan-publik", "paramita-mataram", 2021),
            award("b", "pelayanan-publik", "paramita-mataram", 2019),
            award("c", "pelayanan-publik", "paramita-mataram", None)]
    out = canonical_awards(rows, published={"c": "2022-03-08"})
    got = {r["award_edition"]: r["source_doc_ids"] for r in out}
    assert got == {2021: "a;c", 2019: "b"}


def test_conflicting_grades_majority_then_recorded():
    rows = [award("a", "pelayanan-publik", "paramita-mataram", 2021, grade="A-"),
            award("b", "pelayanan-publik", "paramita-mataram", 2021, grade="A-"),
            award("c", "pelayanan-publik", "paramita-mataram", 2021, grade="A")]
    (row,) = canonical_awards(rows)
    assert row["grade"] == "A-"
    c = json.loads(row["conflicts"])["grade"]
    assert c == {"values": {"A-": ["a", "b"], "A": ["c"]}, "chosen": "A-", "rule": "majority"}


def test_conflicting_dates_tie_most_specific_then_earliest():
    rows = [award("a", "top99-inovasi", "alyatama-jambi", 2018, ceremony_date="2018-09-19"),
            award("b", "top99-inovasi", "alyatama-jambi", 2018, ceremony_date="2018-09-18"),
            award("c", "top99-inovasi", "alyatama-jambi", 2018, ceremony_date="2018-09")]
    (row,) = canonical_awards(rows, published={"a": "2018-09-21", "b": "2018-09-20"})
    # 2018-09 is compatible with both; the tie between the two days goes to the earliest document (b)
    c = json.loads(row["conflicts"])["ceremony_date"]
    assert row["ceremony_date"] == "2018-09-18" and c["rule"] == "earliest-doc"


def test_innovation_spellings_that_contain_each_other_are_not_a_conflict():
    rows = [award("a", "top15-inovasi", "kartini-temanggung", 2020, innovation="Sheltered Workshop Peduli"),
            award("b", "top15-inovasi", "kartini-temanggung", 2020,
                  innovation="Mencapai Nol Kerentanan Penyandang Disabilitas Intelektual melalui Sheltered Workshop Peduli")]
    (row,) = canonical_awards(rows)
    assert row["conflicts"] == ""
    assert row["innovation"].startswith("Mencapai Nol Kerentanan")


def test_rows_without_recipient_are_not_award_events():
    assert canonical_awards([award("a", "top99-inovasi", "", 2018, recipient_unit_name="")]) == []


def test_canonical_units_aliases_and_docs():
    rows = [{"doc_id": "d2", "text": "BBRSPDI Kartini", "unit_key": "kartini-temanggung", "unit_name": "Sentra Terpadu Kartini",
             "unit_type": "sentra terpadu", "city": "Temanggung", "province": "Jawa Tengah"},
            {"doc_id": "d1", "text": "BBRRSPDI Kartini Temanggung", "unit_key": "kartini-temanggung",
             "unit_name": "Sentra Terpadu Kartini", "unit_type": "sentra terpadu", "city": "Temanggung", "province": ""},
            {"doc_id": "d1", "text": "Balai Anak Handayani", "unit_key": "handayani-jakarta", "unit_name": "Sentra Handayani",
             "unit_type": "sentra", "city": "Jakarta", "province": "DKI Jakarta"}]
    out = {r["unit_key"]: r for r in canonical_units(rows)}
    k = out["kartini-temanggung"]
    assert k["doc_ids"] == "d1;d2" and k["n_docs"] == 2 and k["province"] == "Jawa Tengah"
    assert set(k["aliases"].split("|")) == {"BBRSPDI Kartini", "BBRRSPDI Kartini Temanggung", "Sentra Terpadu Kartini"}


def test_canonical_people_merges_short_form_when_unambiguous():
    rows = [{"doc_id": "d1", "name": "Sri Wahyuni Dewi", "position": "Kepala Sentra Paramita"},
            {"doc_id": "d2", "name": "Sri Wahyuni", "position": "Kepala Sentra Paramita"},
            {"doc_id": "d3", "name": "Hartono Laras", "position": "Sekretaris Jenderal Kementerian Sosial"},
            {"doc_id": "d4", "name": "Hartono", "position": ""},
            {"doc_id": "d5", "name": "Hj. Sri Wahyuni Dewi", "position": "Kepala Sentra"}]
    out = {r["name"]: r for r in canonical_people(rows, published={"d1": "2022-03-08", "d2": "2022-04-21", "d5": "2022-05-01"})}
    assert set(out) == {"Sri Wahyuni Dewi", "Hartono Laras"}
    sw = out["Sri Wahyuni Dewi"]
    assert sw["doc_ids"] == "d1;d2;d5" and sw["n_docs"] == 3
    assert sw["positions"] == "Kepala Sentra Paramita (2022-03-08, 2022-04-21) | Kepala Sentra (2022-05-01)"
    assert out["Hartono Laras"]["doc_ids"] == "d3;d4"


def test_canonical_people_ambiguous_short_form_stays_alone():
    rows = [{"doc_id": "d1", "name": "Budi Santoso", "position": ""},
            {"doc_id": "d2", "name": "Budi Hartono", "position": ""},
            {"doc_id": "d3", "name": "Budi", "position": ""}]
    names = sorted(r["name"] for r in canonical_people(rows))
    assert names == ["Budi", "Budi Hartono", "Budi Santoso"]


def test_innovation_acronym_and_expansion_in_any_order_are_one_value():
    rows = [award("a", "top99-inovasi", "wasana-bahagia-ternate", 2020,
                  innovation="Pemberdayaan Sahabat ODHA di Kota Ternate (BASODARA)"),
            award("b", "top99-inovasi", "wasana-bahagia-ternate", 2020, innovation="BASODARA"),
            award("c", "top99-inovasi", "wasana-bahagia-ternate", 2020,
                  innovation="BASODARA; Pemberdayaan Sahabat ODHA di Kota Ternate")]
    (row,) = canonical_awards(rows)
    assert row["conflicts"] == ""
    assert "BASODARA" in row["innovation"] and "Sahabat ODHA" in row["innovation"]
