"""stanza adapter: PROPN runs from stanza-like documents; graceful absence.

stanza is an optional extra and is not installed in CI; the adapter is tested on tiny
fake objects shaped like stanza's Document (sentences -> tokens -> words with upos).
"""
from __future__ import annotations

import logging
from types import SimpleNamespace as NS

import pytest

from kemensos_extract import stanza_backend as sb


def fake_doc(text: str, tagged: list[tuple[str, str]]):
    """A stanza-like Document from (token, upos) pairs found left to right in `text`."""
    toks, pos = [], 0
    for word, upos in tagged:
        s = text.index(word, pos)
        e = s + len(word)
        pos = e
        toks.append(NS(start_char=s, end_char=e, text=word, words=[NS(text=word, upos=upos)]))
    return NS(sentences=[NS(tokens=toks)])


SENT = "Sekretaris Jenderal Hartono Laras bangga, kata Sonny W. Manalu di Jakarta."
TAGS = [("Sekretaris", "NOUN"), ("Jenderal", "NOUN"), ("Hartono", "PROPN"), ("Laras", "PROPN"),
        ("bangga", "ADJ"), (",", "PUNCT"), ("kata", "VERB"), ("Sonny", "PROPN"), ("W.", "PROPN"),
        ("Manalu", "PROPN"), ("di", "ADP"), ("Jakarta", "PROPN"), (".", "PUNCT")]


def test_propn_runs_join_adjacent_proper_nouns():
    runs = sb.propn_runs(fake_doc(SENT, TAGS), SENT)
    assert [SENT[s:e] for s, e in runs] == ["Hartono Laras", "Sonny W. Manalu", "Jakarta"]


def test_propn_runs_from_token_dicts():
    text = "ujar Ma'ruf Amin."
    doc = {"sentences": []}  # dict input is not a Document: no sentences attribute -> no runs
    assert sb.propn_runs(doc, text) == []
    toks = [{"start_char": 0, "end_char": 4, "words": [{"upos": "VERB"}]},
            {"start_char": 5, "end_char": 11, "words": [{"upos": "PROPN"}]},
            {"start_char": 12, "end_char": 16, "words": [{"upos": "PROPN"}]},
            {"start_char": 16, "end_char": 17, "upos": "PUNCT"}]
    runs = sb.propn_runs(NS(sentences=[NS(tokens=toks)]), text)
    assert [text[s:e] for s, e in runs] == ["Ma'ruf Amin"]


def test_runs_do_not_cross_commas_or_lines():
    text = "Hartono, Laras\nManalu"
    tags = [("Hartono", "PROPN"), (",", "PUNCT"), ("Laras", "PROPN"), ("Manalu", "PROPN")]
    runs = sb.propn_runs(fake_doc(text, tags), text)
    assert [text[s:e] for s, e in runs] == ["Hartono", "Laras", "Manalu"]


def test_without_stanza_returns_none_and_logs_once(monkeypatch, caplog):
    sb.get_pipeline.cache_clear()
    monkeypatch.setattr(sb.importlib.util, "find_spec", lambda name: None)
    with caplog.at_level(logging.INFO, logger=sb.__name__):
        assert sb.propn_spans("Menteri Sosial Tri Rismaharini.") is None
        assert sb.propn_spans("Sekjen Hartono Laras.") is None
    lines = [r for r in caplog.records if r.name == sb.__name__]
    assert len(lines) == 1 and "rules only" in lines[0].getMessage()
    sb.get_pipeline.cache_clear()


def test_installed_but_no_models_never_downloads(monkeypatch, tmp_path, caplog):
    sb.get_pipeline.cache_clear()
    monkeypatch.setattr(sb.importlib.util, "find_spec", lambda name: object())
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with caplog.at_level(logging.INFO, logger=sb.__name__):
        assert sb.get_pipeline() is None
    assert str(tmp_path) in caplog.text
    assert not sb.models_present(tmp_path)
    (tmp_path / "id" / "tokenize").mkdir(parents=True)
    (tmp_path / "id" / "pos").mkdir()
    assert sb.models_present(tmp_path)
    sb.get_pipeline.cache_clear()


def test_switch_off(monkeypatch):
    sb.get_pipeline.cache_clear()
    monkeypatch.setenv(sb.ENV_SWITCH, "0")
    assert sb.propn_spans("Hartono Laras") is None
    sb.get_pipeline.cache_clear()


def test_people_stage_uses_propn_for_weak_cues(monkeypatch):
    """With a PROPN signal, a weakly cued name must be inside a PROPN run."""
    from kemensos_extract.extract import people
    from kemensos_extract.pipeline import extract_text

    text = "JAKARTA (9 Maret 2020) - Penghargaan ASN berintegritas untuk Adrianus Alla dari Sekretariat Ditjen Rehsos."
    monkeypatch.setattr(sb, "propn_spans", lambda t: [])  # stanza says: no proper nouns
    doc = extract_text(text, "t")
    assert doc.spans["people"] == []
    start = text.index("Adrianus")
    monkeypatch.setattr(sb, "propn_spans", lambda t: [(start, start + len("Adrianus Alla"))])
    doc = extract_text(text, "t")
    assert [s.attrs["name"] for s in doc.spans["people"]] == ["Adrianus Alla"]
    assert people  # imported module is the one patched through stanza_backend


def test_real_stanza_when_available():
    stanza = pytest.importorskip("stanza")
    if not sb.models_present():
        pytest.skip("stanza Indonesian models not on disk")
    sb.get_pipeline.cache_clear()
    runs = sb.propn_spans("Menteri Sosial Tri Rismaharini meninjau sentra di Bekasi.")
    assert runs is not None and stanza


def test_propn_vetoes_weak_new_names_only(monkeypatch):
    from kemensos_extract.pipeline import extract_text

    text = ('JAKARTA (9 Maret 2020) - Menteri Sosial Tri Rismaharini hadir. "Kami siap," kata Gotong. '
            '"Terima kasih," ujar Risma.')
    monkeypatch.setattr(sb, "propn_spans", lambda t: [])
    names = [s.attrs["name"] for s in extract_text(text, "t").spans["people"]]
    assert "Gotong" not in names  # weak cue, no PROPN: dropped
    assert names.count("Tri Rismaharini") == 2  # title cue and resolved short form are kept
    monkeypatch.setattr(sb, "propn_spans", lambda t: None)  # no stanza: rules only
    names = [s.attrs["name"] for s in extract_text(text, "t").spans["people"]]
    assert "Gotong" in names
