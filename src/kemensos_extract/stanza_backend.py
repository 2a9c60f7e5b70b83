"""Optional stanza signal for the people stage: runs of PROPN tokens.

stanza ships Indonesian tokenize/pos models (UD GSD) but no Indonesian NER, and it
is heavy (torch).  So it is only an *extra* piece of evidence for weakly cued names,
used when `pip install kemensos-extract[stanza]` was done AND the Indonesian models
are already on disk (``STANZA_RESOURCES_DIR`` or ``~/stanza_resources``).  Nothing is
ever downloaded.  Without stanza or models one clear line is logged and callers get
``None`` (meaning: use the rule path only).
"""
from __future__ import annotations

import importlib.util
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

log = logging.getLogger(__name__)

#: Set KEMENSOS_STANZA=0 to switch the signal off even when stanza is available.
ENV_SWITCH = "KEMENSOS_STANZA"
#: Texts longer than this skip stanza (a release is < 30 kB; a neural tagger on 1 MB of hostile text
#: would cost minutes, and the rules alone are linear).
MAX_CHARS = 200_000


def resources_dir() -> Path:
    """Where stanza keeps its models (same rule as stanza itself)."""
    return Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources")


def models_present(root: Path | None = None, lang: str = "id") -> bool:
    """True when the language folder holds tokenize and pos models (no network check)."""
    root = root or resources_dir()
    d = root / lang
    return (d / "tokenize").is_dir() and (d / "pos").is_dir()


@lru_cache(maxsize=1)
def get_pipeline() -> Any | None:
    """The stanza pipeline, or None (logged once) when stanza or its models are unavailable."""
    if os.environ.get(ENV_SWITCH, "1").strip().lower() in {"0", "false", "no", "off"}:
        log.info("stanza signal switched off (%s=0); people stage uses rules only", ENV_SWITCH)
        return None
    if importlib.util.find_spec("stanza") is None:
        log.info("stanza not installed; people stage uses rules only "
                 "(pip install kemensos-extract[stanza] and put Indonesian models in STANZA_RESOURCES_DIR)")
        return None
    root = resources_dir()
    if not models_present(root):
        log.warning("stanza installed but no Indonesian tokenize/pos models under %s; "
                    "people stage uses rules only (nothing is downloaded)", root)
        return None
    try:
        import stanza  # type: ignore[import-not-found]

        return stanza.Pipeline("id", dir=str(root), processors="tokenize,pos", download_method=None,
                               use_gpu=False, logging_level="WARN")
    except Exception as exc:  # pragma: no cover - depends on the installed models
        log.warning("stanza could not load its Indonesian models (%s); people stage uses rules only", exc)
        return None


def _tokens(document: Any) -> Iterable[tuple[int, int, str]]:
    """(start_char, end_char, upos) of each token of a stanza-like Document.

    Works on stanza's Document and on any object with ``sentences[].tokens[]`` whose
    tokens have ``start_char``/``end_char`` and ``words[].upos`` (or dict equivalents).
    """
    for sent in getattr(document, "sentences", []):
        for tok in getattr(sent, "tokens", []):
            get = tok.get if isinstance(tok, dict) else (lambda k, _t=tok: getattr(_t, k, None))
            s, e = get("start_char"), get("end_char")
            words = get("words") or []
            upos = None
            for w in words:
                upos = w.get("upos") if isinstance(w, dict) else getattr(w, "upos", None)
                if upos:
                    break
            if upos is None:
                upos = get("upos")
            if s is None or e is None:
                continue
            yield int(s), int(e), str(upos or "")


def propn_runs(document: Any, text: str | None = None) -> list[tuple[int, int]]:
    """Character spans of consecutive PROPN tokens (joined across spaces and initials' dots)."""
    runs: list[tuple[int, int]] = []
    for s, e, upos in _tokens(document):
        if upos != "PROPN":
            continue
        if runs:
            ps, pe = runs[-1]
            gap = text[pe:s] if text is not None else " " * (s - pe)
            if s >= pe and len(gap) <= 2 and gap.strip(" .") == "" and "\n" not in gap:
                runs[-1] = (ps, e)
                continue
        runs.append((s, e))
    return runs


def propn_spans(text: str) -> list[tuple[int, int]] | None:
    """PROPN runs of `text`, or None when stanza is not usable (callers fall back to rules)."""
    if len(text) > MAX_CHARS:
        return None
    nlp = get_pipeline()
    if nlp is None:
        return None
    try:
        return propn_runs(nlp(text), text)
    except Exception as exc:  # pragma: no cover - defensive: a model failure must not stop the run
        log.warning("stanza failed on a document (%s); rules only for it", exc)
        return None
