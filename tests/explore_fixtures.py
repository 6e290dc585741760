"""Synthetic frames for the explorer, plot and widget tests, and a recording fake case.

Everything here is synthetic: invented people, outlets and events. The XSS payloads sit
in every place article-derived text can reach HTML (sentences, sources, entity names,
aliases, reasons, notes, article ids).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from kit.schema import empty_frame, to_frame

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_LINK = '<a href="javascript:alert(1)">click</a>'
PAYLOADS = [SCRIPT, IMG, JS_LINK]

ARTICLE_TEXT = {
    # synthetic articles; claim spans below are offsets into these strings
    "syn-a1": "Header line.\nIlse Varga said the depot closed in 2021. Officials reportedly denied it.",
    "syn-a2": f"Ørsted Næss told reporters the depot closed in March 2023. {SCRIPT} claimed nothing.",
}


def _claim(cid, article, sentence, *, source, source_type, cue=None, stance="asserts", hedges=(),
           entities=(), source_text=None, spans=True, sentence_id=0):
    text = ARTICLE_TEXT.get(article, sentence)
    start = text.find(sentence) if sentence in text else 0
    rec = {"claim_id": cid, "article_id": article, "sentence_id": sentence_id, "start": start,
           "end": start + len(sentence), "sentence": sentence, "content": sentence, "source": source,
           "source_type": source_type, "cue": cue, "stance": stance, "hedges": list(hedges),
           "entities": list(entities), "source_text": source_text}
    if spans and cue:
        rel = sentence.find(cue)
        rec.update(cue_start=start + rel, cue_end=start + rel + len(cue))
    if spans and source_text:
        rel = sentence.find(source_text)
        rec.update(source_start=start + rel, source_end=start + rel + len(source_text))
    return rec


def synthetic_claims() -> pd.DataFrame:
    """Five synthetic claims over two articles: named, anonymous, unattributed, hedged, denied, XSS."""
    return to_frame([
        _claim("c1", "syn-a1", "Ilse Varga said the depot closed in 2021.", source="Ilse Varga",
               source_type="person", cue="said", entities=["Ilse Varga", "Depot Nord"], source_text="Ilse Varga",
               sentence_id=1),
        _claim("c2", "syn-a1", "Officials reportedly denied it.", source="officials", source_type="anonymous",
               cue="denied", stance="denies", hedges=["reportedly"], entities=["Depot Nord"],
               source_text="Officials", sentence_id=2),
        _claim("c3", "syn-a2", "Ørsted Næss told reporters the depot closed in March 2023.", source="Ørsted Næss",
               source_type="official", cue="told reporters", entities=["Ørsted Næss", "Depot Nord"],
               source_text="Ørsted Næss", spans=False),
        _claim("c4", "syn-a2", f"{SCRIPT} claimed nothing.", source=IMG, source_type="person", cue="claimed",
               entities=[JS_LINK], sentence_id=1),
        _claim("c5", "syn-a3", "The depot was allegedly sold.", source=None, source_type="unattributed",
               hedges=["allegedly"], entities=["Depot Nord"]),
    ], "claims")


def synthetic_articles() -> pd.DataFrame:
    return to_frame([
        {"article_id": "syn-a1", "title": "Synthetic one", "text": ARTICLE_TEXT["syn-a1"],
         "published": pd.Timestamp("2024-05-01"), "outlet": "The Synthetic Herald"},
        {"article_id": "syn-a2", "title": "Synthetic two", "text": ARTICLE_TEXT["syn-a2"],
         "published": pd.Timestamp("2024-06-02"), "outlet": f"Herald {IMG}"},
        {"article_id": "syn-a3", "title": "Synthetic three", "text": "The depot was allegedly sold.",
         "published": None, "outlet": None},
    ], "articles")


def synthetic_timeline() -> pd.DataFrame:
    return to_frame([
        {"event_id": "e1", "article_id": "syn-a1", "claim_id": "c1", "expression": "in 2021",
         "start": "2021-01-01", "end": "2021-12-31", "granularity": "year", "source": "Ilse Varga",
         "source_type": "person", "description": "depot closed"},
        {"event_id": "e2", "article_id": "syn-a2", "claim_id": "c3", "expression": "in March 2023",
         "start": "2023-03-01", "end": "2023-03-31", "granularity": "month", "source": "Ørsted Næss",
         "source_type": "official", "description": "depot closed"},
        {"event_id": "e3", "article_id": "syn-a2", "claim_id": "c4", "expression": "on 4 May 2023",
         "start": "2023-05-04", "end": "2023-05-04", "granularity": "day", "source": IMG,
         "source_type": "person", "description": SCRIPT},
        {"event_id": "e4", "article_id": "syn-a3", "claim_id": "c5", "expression": "once",
         "start": None, "end": None, "granularity": "unknown", "source": None,
         "source_type": "unattributed", "description": "sold"},
    ], "timeline")


def synthetic_contradictions() -> pd.DataFrame:
    return to_frame([
        {"claim_a": "c1", "claim_b": "c3", "kind": "temporal", "score": 0.9,
         "reason": "closed in 2021 vs closed in March 2023"},
        {"claim_a": "c1", "claim_b": "c2", "kind": "denial", "score": 0.7, "reason": f"denial {SCRIPT}"},
        {"claim_a": "c3", "claim_b": "c4", "kind": "account", "score": 0.2, "reason": IMG},
    ], "contradictions")


def synthetic_entities() -> pd.DataFrame:
    return to_frame([
        {"entity_id": "p1", "name": "Ilse Varga", "type": "PERSON", "aliases": ["Ilse Varga", "Varga", "the harbourmaster"],
         "roles": ["harbourmaster"], "n_mentions": 3, "articles": ["syn-a1"], "epithets": ["the harbourmaster"]},
        {"entity_id": "p2", "name": "Ørsted Næss", "type": "PERSON", "aliases": ["Ørsted Næss", "Næss"],
         "roles": [], "n_mentions": 2, "articles": ["syn-a2"]},
        {"entity_id": "x1", "name": SCRIPT, "type": "ORG", "aliases": [SCRIPT, IMG], "roles": [JS_LINK],
         "n_mentions": 1, "articles": ["syn-a2"]},
    ], "entities")


def synthetic_sources() -> pd.DataFrame:
    frame = to_frame([
        {"source": "Ilse Varga", "source_type": "person", "n_claims": 1, "n_hedged": 0, "n_denials": 0, "claim_ids": ["c1"]},
        {"source": "officials", "source_type": "anonymous", "n_claims": 1, "n_hedged": 1, "n_denials": 1, "claim_ids": ["c2"]},
        {"source": IMG, "source_type": "person", "n_claims": 1, "n_hedged": 0, "n_denials": 0, "claim_ids": ["c4"]},
    ], "sources")
    frame["reliability"] = [None, None, None]
    frame["credibility"] = pd.array([None, None, None], dtype="Int64")
    frame["grade"] = [None, None, None]
    return frame


@dataclass
class FakeCase:
    """A duck-typed stand-in for :class:`kit.case.Case` that records every call (synthetic)."""

    claims: pd.DataFrame = field(default_factory=synthetic_claims)
    sources: pd.DataFrame = field(default_factory=synthetic_sources)
    contradictions: pd.DataFrame = field(default_factory=synthetic_contradictions)
    timeline: pd.DataFrame = field(default_factory=synthetic_timeline)
    entities: pd.DataFrame = field(default_factory=synthetic_entities)
    articles: pd.DataFrame = field(default_factory=synthetic_articles)
    calls: list = field(default_factory=list)
    fail: str | None = None  # name of a method that raises, to test error display

    def __post_init__(self):
        if "verdict" not in self.contradictions.columns:
            self.contradictions = self.contradictions.assign(verdict="open", verdict_note="")

    def _record(self, name, *args, **kwargs):
        if self.fail == name:
            raise RuntimeError(f"{name} failed: disk full {SCRIPT}")
        self.calls.append((name, *args, *[kwargs[k] for k in sorted(kwargs)]))

    def grade_source(self, source, reliability="B", credibility=2, note=""):
        self._record("grade_source", source, reliability, credibility, note)
        mask = self.sources["source"] == source
        sources = self.sources.copy()
        sources.loc[mask, "reliability"] = reliability
        sources.loc[mask, "credibility"] = credibility
        sources.loc[mask, "grade"] = f"{reliability}{credibility}"
        self.sources = sources

    def rule(self, claim_a, claim_b, verdict, note=""):
        self._record("rule", claim_a, claim_b, verdict, note)
        mask = (self.contradictions["claim_a"] == claim_a) & (self.contradictions["claim_b"] == claim_b)
        frame = self.contradictions.copy()
        frame.loc[mask, "verdict"] = verdict
        frame.loc[mask, "verdict_note"] = note
        self.contradictions = frame

    def merge_entities(self, a, b):
        self._record("merge_entities", a, b)

    def split_entity(self, entity, alias):
        self._record("split_entity", entity, alias)


def empty_case() -> FakeCase:
    """A case with no data at all (synthetic)."""
    frames = {n: empty_frame(n) for n in ("claims", "sources", "contradictions", "timeline", "entities", "articles")}
    return FakeCase(**frames)
