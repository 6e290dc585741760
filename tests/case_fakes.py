"""Synthetic stand-ins for the loader and the engine, so the case file is tested on its own.

Articles are ``*.txt`` files: a title line, then lines "Source Name: content". Every
content line is one claim; claims in different articles on the same topic (first word)
are a contradiction. All names are invented.
"""
from __future__ import annotations

import hashlib
import itertools
import sys
from pathlib import Path
from types import SimpleNamespace

from kit.schema import to_frame

ANALYSIS_VERSION = "synthetic-1"
CALLS: list[str] = []  # article_ids passed to analyze_article, in this process
RULINGS: list = []  # entity_rulings passed to combine, in this process

SYNTHETIC_ARTICLES = {
    "a1.txt": "Synthetic: harbour fire\nMara Quill: Depot burned on 3 March.\nOren Vasko: Bridge reopened in spring.\n",
    "a2.txt": "Synthetic: follow-up\nTeodor Lenz: Depot burned on 9 May.\nMara Quill: Ferry service resumed.\n",
}


def write_articles(folder: Path, articles: dict[str, str] = SYNTHETIC_ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def claim_id(article_id: str, content: str) -> str:
    return hashlib.sha1(f"{article_id}\n{content}".encode()).hexdigest()[:12]


def load_articles(folder, errors="raise"):
    rows = []
    for path in sorted(Path(folder).glob("*.txt")):
        title, _, text = path.read_text(encoding="utf-8").partition("\n")
        rows.append({"article_id": path.stem, "path": path.name, "title": title, "text": text})
    return to_frame(rows, "articles")


def analyze_article(row: dict) -> dict:
    CALLS.append(row["article_id"])
    claims, offset = [], 0
    for i, line in enumerate(row["text"].splitlines()):
        source, _, content = line.partition(": ")
        if content:
            claims.append({"claim_id": claim_id(row["article_id"], content), "article_id": row["article_id"],
                           "sentence_id": i, "start": offset, "end": offset + len(line), "sentence": line,
                           "content": content, "source": source, "source_type": "person", "stance": "asserts"})
        offset += len(line) + 1
    return {"article_id": row["article_id"], "claims": claims}


def combine(articles, results, *, entity_rulings=None):
    RULINGS.append(list(entity_rulings or []))
    claims = [c for r in results for c in r["claims"]]
    people: dict[str, list[str]] = {}
    for c in claims:
        people.setdefault(c["source"], [c["source"], c["source"].split()[-1]])
    for ruling in entity_rulings or []:
        if ruling["action"] == "merge" and ruling["b"] in people and ruling["a"] in people:
            people[ruling["a"]] += [x for x in people.pop(ruling["b"]) if x not in people[ruling["a"]]]
        elif ruling["action"] == "split" and ruling["entity"] in people:
            people[ruling["entity"]] = [x for x in people[ruling["entity"]] if x != ruling["alias"]]
    entities = [{"entity_id": hashlib.sha1(n.encode()).hexdigest()[:8], "name": n, "type": "PERSON",
                 "aliases": aliases, "n_mentions": 1} for n, aliases in sorted(people.items())]
    sources = [{"source": s, "source_type": "person", "n_claims": len(cs), "n_hedged": 0, "n_denials": 0,
                "claim_ids": [c["claim_id"] for c in cs]}
               for s, cs in itertools.groupby(sorted(claims, key=lambda c: c["source"]), key=lambda c: c["source"])
               for cs in [list(cs)]]
    contradictions = [{"claim_a": a["claim_id"], "claim_b": b["claim_id"], "kind": "temporal", "score": 0.5,
                       "reason": "synthetic: same topic, two articles"}
                      for a, b in itertools.combinations(claims, 2)
                      if a["article_id"] != b["article_id"] and a["content"].split()[0] == b["content"].split()[0]]
    return SimpleNamespace(articles=articles, claims=to_frame(claims, "claims"),
                           entities=to_frame(entities, "entities"), mentions=to_frame([], "mentions"),
                           timeline=to_frame([], "timeline"), contradictions=to_frame(contradictions, "contradictions"),
                           sources=to_frame(sources, "sources"))


def install(setattr=None) -> None:
    """Point kit.case at these fakes: via pytest's monkeypatch.setattr, or for good in a child process."""
    import kit.case

    def engine():
        return sys.modules[__name__]  # this module: analyze_article, combine, ANALYSIS_VERSION

    def load(folder):
        return load_articles(folder, errors="warn")

    if setattr is None:
        kit.case._engine, kit.case._load_articles = engine, load
    else:
        setattr(kit.case, "_engine", engine)
        setattr(kit.case, "_load_articles", load)


def fresh_case(tmp_path: Path, monkeypatch) -> Path:
    """The synthetic engine installed with empty call logs, and a case folder of its articles."""
    install(monkeypatch.setattr)
    monkeypatch.setattr(sys.modules[__name__], "CALLS", [])
    monkeypatch.setattr(sys.modules[__name__], "RULINGS", [])
    for var in ("KIT_AUTHOR", "KIT_MAX_BYTES"):
        monkeypatch.delenv(var, raising=False)
    return write_articles(tmp_path / "case")


def write_notes(folder: str, author: str, n: int) -> None:
    """A child process's work: open the case and write ``n`` notes, one transaction each."""
    install()
    import kit

    case = kit.open_case(folder, author=author)
    target = case.claims["claim_id"].iloc[0]
    for i in range(n):
        case.note(target, f"{author} {i}")
