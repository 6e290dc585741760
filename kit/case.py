"""The analyst's case file: the frames of an analysis plus the analyst's judgements,
each saved the moment it is made, in ``<folder>/.kit/case.sqlite``.

The store is an append-only event log (:mod:`kit.store`); what you see (grades, verdicts,
tags, notes) is derived from it on every read, latest judgement per target winning, so
two notebooks on the same folder see each other's work and nothing is ever overwritten.

>>> import kit
>>> case = kit.open_case("seeds/", author="analyst")                      # doctest: +SKIP
>>> case.grade_source("The Wall Street Journal", "B", 2, note="named sources")  # doctest: +SKIP
>>> a, b = case.contradictions[["claim_a", "claim_b"]].iloc[0]             # doctest: +SKIP
>>> case.rule(a, b, "explained", note="different periods")                # doctest: +SKIP
>>> case.sources[["source", "grade", "grade_note"]]                        # doctest: +SKIP
>>> case.export("case.json")                                               # doctest: +SKIP
"""
from __future__ import annotations

import difflib
import getpass
import json
import os
import tempfile
import warnings
from pathlib import Path
from typing import Any, Iterable, Literal, get_args

import pandas as pd

from kit.analysis import gc_paused
from kit.cache import cached_map, folder_stamp, read_part, read_snapshot, snapshot_key, write_snapshot
from kit.schema import empty_frame
from kit.store import SCHEMA_VERSION, CaseError, Store

__all__ = ["open_case", "Case", "CaseError", "RELIABILITY", "CREDIBILITY", "VERDICTS", "admiralty_scale"]

# The Admiralty (NATO) system: how reliable the source is, how credible this information is.
RELIABILITY = {
    "A": "Completely reliable", "B": "Usually reliable", "C": "Fairly reliable",
    "D": "Not usually reliable", "E": "Unreliable", "F": "Reliability cannot be judged",
}
CREDIBILITY = {
    1: "Confirmed by other sources", 2: "Probably true", 3: "Possibly true",
    4: "Doubtful", 5: "Improbable", 6: "Truth cannot be judged",
}
Verdict = Literal["confirmed", "explained", "not_a_conflict", "open"]
VERDICTS: list[str] = list(get_args(Verdict))
ACTIONS = ("grade", "rule", "tag", "untag", "note", "merge_entities", "split_entity")
EXPORT_FORMAT = "kit-case"


def admiralty_scale() -> pd.DataFrame:
    """The scale as a frame (axis, code, meaning), for pickers and legends.

    >>> admiralty_scale().query("axis == 'reliability'")["code"].tolist()
    ['A', 'B', 'C', 'D', 'E', 'F']
    """
    rows = [("reliability", code, meaning) for code, meaning in RELIABILITY.items()]
    rows += [("credibility", str(code), meaning) for code, meaning in CREDIBILITY.items()]
    return pd.DataFrame(rows, columns=["axis", "code", "meaning"])


def open_case(folder: str | Path, *, author: str | None = None) -> "Case":
    """Open (or start) the case on the articles in ``folder``; see :class:`Case`."""
    return Case(folder, author=author)


def default_author() -> str:
    """``$KIT_AUTHOR``, else the OS user, else "unknown"."""
    if os.environ.get("KIT_AUTHOR"):
        return os.environ["KIT_AUTHOR"]
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): KeyError or OSError by version
        return "unknown"


# Seams to the loader and the engine, imported late: a notebook opening a case pays for
# spaCy only when an article is not cached yet.
def _load_articles(folder: Path) -> pd.DataFrame:
    from kit.load import load_articles

    return load_articles(folder, errors="warn")


def _engine():
    """The module with ``analyze_article``, ``combine`` and ``ANALYSIS_VERSION``."""
    from kit import analysis

    return analysis


FRAMES = ("articles", "claims", "entities", "mentions", "timeline", "contradictions", "sources")


class _Snapshot:
    """An analysis read back from a case snapshot, each frame on first use.

    If the snapshot is gone by then (another notebook saved a newer one), the whole
    analysis is recomputed once and every frame taken from it, so frames never mix.
    """

    def __init__(self, parts: dict, recompute):
        self._parts, self._recompute = parts, recompute

    def __getattr__(self, name: str) -> Any:
        parts = self.__dict__.get("_parts", {})
        if name not in parts:
            raise AttributeError(name)
        value = read_part(parts[name])
        if value is None:
            full = self._recompute()
            for n in parts:
                setattr(self, n, getattr(full, n, None))
            return getattr(self, name)
        setattr(self, name, value)
        return value


def _qualname(obj: Any) -> str:
    return f"{getattr(obj, '__module__', '')}.{getattr(obj, '__qualname__', getattr(obj, '__name__', ''))}"


def _warn_again(problems: list) -> None:
    """Re-issue the loader's warnings (recorded so a snapshot can replay them on reopen)."""
    for category, message in problems:
        warnings.warn(message, category if isinstance(category, type) else UserWarning, stacklevel=4)


def _near_now(articles: pd.DataFrame) -> bool:
    """Whether an article is dated within two days of now: the loader flags future datelines
    against today's clock, so such a load is not stable enough to snapshot."""
    if "published_utc" not in articles or articles.empty:
        return False
    latest = pd.to_datetime(articles["published_utc"], errors="coerce").max()
    return not pd.isna(latest) and latest > pd.Timestamp.now("UTC").tz_localize(None) - pd.Timedelta(days=2)


def _pair(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))  # a contradiction is unordered


class Case:
    """Frames of the articles in ``folder`` joined with the analyst's judgements."""

    def __init__(self, folder: str | Path, *, author: str | None = None):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise ValueError(f"folder={str(folder)!r} is not a directory; a case is a folder of articles")
        self.author = author or default_author()
        # Fixed names under .kit/: nothing an article says ever becomes part of a path.
        self.store = Store(self.folder / ".kit" / "case.sqlite")
        self.refresh()

    def __repr__(self) -> str:
        return (f"<Case {self.folder.name!r}: {len(self._analysis.articles)} articles, "
                f"{len(self._analysis.claims)} claims, {len(self.store.events())} judgements>")

    def refresh(self) -> "Case":
        """Reload the articles and re-derive the frames, applying the entity rulings."""
        engine = _engine()
        salt = str(getattr(engine, "ANALYSIS_VERSION", ""))
        rulings = self.entity_rulings()

        def compute():
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                articles = _load_articles(self.folder)
            problems = [(w.category, str(w.message)) for w in caught]
            # The engine's own version is in the key: bumping it re-analyzes every article.
            with gc_paused():
                results = cached_map(articles.to_dict("records"), engine.analyze_article,
                                     self.folder / ".kit" / "cache", salt=salt)
                return articles, problems, engine.combine(articles, results, entity_rulings=rulings)

        # An unchanged folder (same file stamps, rulings, engine and code) reads the last
        # result back, frame by frame on first use: loading and combining 10,000 articles
        # take minutes, a notebook showing the claims needs only the claims.
        stamp = folder_stamp(self.folder)
        key = None if stamp is None else snapshot_key(
            stamp, rulings, salt, _qualname(_load_articles), _qualname(engine), os.environ.get("KIT_MAX_BYTES"))
        snap_dir = self.folder / ".kit" / "snapshot"
        parts = read_snapshot(snap_dir, key) if key else None
        problems = read_part(parts.pop("problems")) if parts and "problems" in parts else None
        if parts and isinstance(problems, list):
            self._analysis = _Snapshot(parts, lambda: compute()[2])
            _warn_again(problems)
            return self
        articles, problems, self._analysis = compute()
        _warn_again(problems)
        if key and not _near_now(articles):
            frames = {n: getattr(self._analysis, n) for n in (*FRAMES, "timings") if hasattr(self._analysis, n)}
            write_snapshot(snap_dir, key, {"problems": problems, **frames})
        return self

    # --- the frames, with judgements joined in (recomputed from the log on every read) ---
    def _frame(self, name: str) -> pd.DataFrame:
        frame = getattr(self._analysis, name, None)
        return empty_frame(name) if frame is None else frame.copy()

    @property
    def articles(self) -> pd.DataFrame:
        return self._frame("articles")

    @property
    def mentions(self) -> pd.DataFrame:
        return self._frame("mentions")

    @property
    def timeline(self) -> pd.DataFrame:
        return self._frame("timeline")

    @property
    def claims(self) -> pd.DataFrame:
        df, view = self._frame("claims"), self._view()
        df["tags"] = _objects([list(view["tags"].get(c, [])) for c in df["claim_id"]], df.index)
        df["notes"] = _objects([_texts(view["notes"].get(c)) for c in df["claim_id"]], df.index)
        return df

    @property
    def entities(self) -> pd.DataFrame:
        df, view = self._frame("entities"), self._view()
        df["notes"] = _objects([_texts(view["notes"].get(e)) for e in df["entity_id"]], df.index)
        return df

    @property
    def sources(self) -> pd.DataFrame:
        df, view = self._frame("sources"), self._view()
        grades = [view["grades"].get(s, {}).get("payload", {}) for s in df["source"]]
        df["reliability"] = _objects([g.get("reliability") for g in grades], df.index)
        df["credibility"] = pd.array([g.get("credibility") for g in grades], dtype="Int64")
        df["grade"] = _objects([f"{g['reliability']}{g['credibility']}" if g else None for g in grades], df.index)
        df["grade_note"] = [g.get("note", "") for g in grades]
        df["notes"] = _objects([_texts(view["notes"].get(s)) for s in df["source"]], df.index)
        return df

    @property
    def contradictions(self) -> pd.DataFrame:
        df, view = self._frame("contradictions"), self._view()
        rulings = [view["verdicts"].get(_pair(a, b), {}).get("payload", {})
                   for a, b in zip(df["claim_a"], df["claim_b"])]
        df["verdict"] = pd.Categorical([r.get("verdict", "open") for r in rulings], categories=VERDICTS)
        df["verdict_note"] = [r.get("note", "") for r in rulings]
        df["notes"] = _objects([_texts(view["notes"].get(_pair(a, b)))
                                for a, b in zip(df["claim_a"], df["claim_b"])], df.index)
        return df

    # --- judgements: validate everything first, then one event in one transaction ---
    def grade_source(self, source: str, reliability: str = "B", credibility: int | str = 2, note: str = "") -> dict:
        """Grade ``source`` (its exact name in ``case.sources``) on the Admiralty scale."""
        if reliability not in RELIABILITY:
            raise ValueError(f"reliability={reliability!r} is not on the Admiralty scale; valid: {list(RELIABILITY)}")
        cred = _as_credibility(credibility)
        self._check_known("source", source, self._frame("sources")["source"].dropna(), what="source in case.sources")
        payload = {"reliability": reliability, "credibility": cred, "note": str(note or "")}
        return self._append("grade", source, payload)

    def rule(self, claim_a: str, claim_b: str, verdict: Verdict, note: str = "") -> dict:
        """Rule on a pair of claims (either order): confirmed, explained, not_a_conflict or open."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict={verdict!r} is not a verdict; valid: {VERDICTS}")
        claims = self._frame("claims")["claim_id"]
        for arg, value in (("claim_a", claim_a), ("claim_b", claim_b)):
            self._check_known(arg, value, claims, what="claim id")
        if claim_a == claim_b:
            raise ValueError(f"claim_a and claim_b are the same claim ({claim_a!r}); a ruling needs two")
        a, b = sorted((claim_a, claim_b))
        payload = {"claim_a": a, "claim_b": b, "verdict": verdict, "note": str(note or "")}
        return self._append("rule", _pair(a, b), payload)

    def tag(self, claim_id: str, *tags: str) -> dict:
        """Add tags to a claim."""
        return self._tagging("tag", claim_id, tags)

    def untag(self, claim_id: str, *tags: str) -> dict:
        """Remove tags from a claim (the tagging stays in the history)."""
        return self._tagging("untag", claim_id, tags)

    def _tagging(self, action: str, claim_id: str, tags: Iterable[str]) -> dict:
        tags = [str(t).strip() for t in tags]
        if not tags or not all(tags):
            raise ValueError(f"tags={tags!r}: give at least one non-empty tag")
        self._check_known("claim_id", claim_id, self._frame("claims")["claim_id"], what="claim id")
        return self._append(action, claim_id, {"tags": tags})

    def note(self, target: str, text: str) -> dict:
        """Attach a note to a claim id, a source name, an entity id, or a claim pair "a|b"."""
        if not isinstance(target, str):
            raise ValueError(f"target={target!r} is not a string; valid: a claim id, source name, entity id or 'a|b'")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"text={text!r} is empty; a note needs words")
        claims = set(self._frame("claims")["claim_id"])
        if "|" in target and target not in claims:
            a, _, b = target.partition("|")
            if a in claims and b in claims and a != b:
                return self._append("note", _pair(a, b), {"text": text})
        known = [*claims, *self._frame("sources")["source"].dropna(), *self._frame("entities")["entity_id"]]
        self._check_known("target", target, known, what="claim id, source name, entity id or claim pair 'a|b'")
        return self._append("note", target, {"text": text})

    def merge_entities(self, a: str, b: str) -> dict:
        """Rule that ``a`` and ``b`` are one entity (applied by :meth:`refresh`; the engine picks the name kept)."""
        name_a, name_b = self._entity_name("a", a), self._entity_name("b", b)
        if name_a == name_b:
            raise ValueError(f"a={a!r} and b={b!r} are already one entity ({name_a!r})")
        return self._append("merge_entities", _pair(name_a, name_b), {"a": name_a, "b": name_b})

    def split_entity(self, entity: str, alias: str) -> dict:
        """Rule that ``alias`` is not the entity (applied by :meth:`refresh`)."""
        name = self._entity_name("entity", entity)
        ents = self._frame("entities")
        aliases = [x for x in ents.loc[ents["name"] == name, "aliases"].iloc[0] if x != name]
        if alias not in aliases:
            raise ValueError(f"alias={alias!r} is not an alias of {name!r}; valid: {aliases}")
        return self._append("split_entity", name, {"entity": name, "alias": alias})

    def _entity_name(self, arg: str, value: str) -> str:
        ents = self._frame("entities")
        by_id = dict(zip(ents["entity_id"], ents["name"]))
        if value in by_id:
            return by_id[value]
        self._check_known(arg, value, ents["name"], what="entity name or id")
        return value

    def _check_known(self, arg: str, value: Any, valid: Iterable, *, what: str | None = None) -> None:
        valid = [str(v) for v in valid]
        if isinstance(value, str) and value in set(valid):
            return
        close = difflib.get_close_matches(str(value), valid, n=5, cutoff=0.5)
        shown = valid if len(valid) <= 10 else f"{len(valid)} in this case, e.g. {valid[:5]}"
        raise ValueError(f"{arg}={value!r} is not a known {what or arg}; close matches: {close}; valid: {shown}")

    def _append(self, action: str, target: str, payload: dict) -> dict:
        return self.store.append(action, target, payload, author=self.author)

    # --- reading the log ---
    def _view(self) -> dict:
        return replay(self.store.events())

    def entity_rulings(self) -> list[dict]:
        """The analyst's merges and splits, in order, as ``combine(entity_rulings=...)`` takes them."""
        return self._view()["rulings"]

    def history(self) -> pd.DataFrame:
        """Every change ever made, in the order it reached this case file."""
        cols = ["seq", "ts", "author", "action", "target", "payload"]
        return pd.DataFrame([{c: e[c] for c in cols} for e in self.store.events()], columns=cols)

    def orphans(self) -> pd.DataFrame:
        """Judgements whose claims, sources or entities are no longer in the articles."""
        claims = set(self._frame("claims")["claim_id"])
        sources = set(self._frame("sources")["source"].dropna())
        ents = self._frame("entities")
        ent_ids = set(ents["entity_id"])
        names = set(ents["name"]) | {a for aliases in ents["aliases"] for a in aliases}
        rows = []
        for e in self.store.events():
            missing = _missing(e, claims, sources, ent_ids, names)
            if missing:
                rows.append({**{c: e[c] for c in ("seq", "ts", "author", "action", "target", "payload")},
                             "reason": f"no longer in the articles: {', '.join(missing)}"})
        return pd.DataFrame(rows, columns=["seq", "ts", "author", "action", "target", "payload", "reason"])

    def judgements(self) -> pd.DataFrame:
        """The current view, one row per standing judgement (what ``export("x.csv")`` writes)."""
        view, rows = self._view(), []
        for target, e in view["grades"].items():
            p = e["payload"]
            rows.append(("grade", target, f"{p['reliability']}{p['credibility']}", p["note"], e))
        for target, e in view["verdicts"].items():
            rows.append(("rule", target, e["payload"]["verdict"], e["payload"]["note"], e))
        for target, tags in view["tags"].items():
            if tags:
                rows.append(("tag", target, ";".join(tags), "", view["tag_events"][target]))
        for target, notes in view["notes"].items():
            rows += [("note", target, "", n["payload"]["text"], n) for n in notes]
        for e in view["ruling_events"]:
            p = e["payload"]
            value = p["alias"] if e["action"] == "split_entity" else f"{p['a']} + {p['b']}"
            rows.append((e["action"], e["target"], value, "", e))
        cols = ["action", "target", "value", "note", "author", "ts"]
        return pd.DataFrame([(a, t, v, n, e["author"], e["ts"]) for a, t, v, n, e in rows], columns=cols)

    # --- moving judgements between analysts ---
    def export(self, path: str | Path) -> Path:
        """Write the whole log (``.json``) or the current view (``.csv``) to ``path``.

        In the CSV a cell starting like a spreadsheet formula ("=", "+", "-", "@") gets a
        leading "'" so opening it in a spreadsheet runs nothing; the JSON keeps every byte.

        Keep exports out of the case folder itself (``.kit/`` is fine): the loader reads
        ``.json`` files there as articles.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".json":
            doc = {"format": EXPORT_FORMAT, "schema_version": SCHEMA_VERSION, "events": self.store.events()}
            data = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        elif suffix == ".csv":
            data = self.judgements().map(_csv_safe).to_csv(index=False).encode("utf-8")
        else:
            raise ValueError(f"path={str(path)!r} has suffix {suffix!r}; valid: ['.json', '.csv']")
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=suffix)
        try:  # a half-written export never replaces a good one
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        return path

    def import_(self, path: str | Path) -> int:
        """Merge another analyst's JSON export; return how many events were new (0 the second time)."""
        path = Path(path)
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"path={str(path)!r} is not a readable case export: {exc}") from exc
        if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT or not isinstance(doc.get("events"), list):
            raise ValueError(f"path={str(path)!r} is not a case export (expected format {EXPORT_FORMAT!r})")
        if not isinstance(doc.get("schema_version"), int) or doc["schema_version"] > SCHEMA_VERSION:
            raise CaseError(f"{path} was exported by a newer kit (schema {doc.get('schema_version')!r}); upgrade kit")
        events = [_checked_event(e, path) for e in doc["events"]]
        return self.store.insert_many(events)


def replay(events: Iterable[dict]) -> dict:
    """The current judgements from the log: replayed in time order, last write per target wins.

    Time order (UTC ``ts``), not arrival order, so an older export imported today does
    not overrule a newer judgement made here.

    >>> log = [{"seq": 1, "ts": "2024-05-02", "action": "grade", "target": "S", "payload": {"reliability": "B"}},
    ...        {"seq": 2, "ts": "2024-05-01", "action": "grade", "target": "S", "payload": {"reliability": "E"}}]
    >>> replay(log)["grades"]["S"]["payload"]["reliability"]
    'B'
    """
    view = {"grades": {}, "verdicts": {}, "tags": {}, "tag_events": {}, "notes": {},
            "rulings": [], "ruling_events": []}
    for e in sorted(events, key=lambda e: (e["ts"], e["seq"])):
        action, target, p = e["action"], e["target"], e["payload"]
        if action == "grade":
            view["grades"][target] = e
        elif action == "rule":
            view["verdicts"][target] = e
        elif action in ("tag", "untag"):
            tags = view["tags"].setdefault(target, [])
            view["tag_events"][target] = e
            for t in p["tags"]:
                if action == "tag" and t not in tags:
                    tags.append(t)
                elif action == "untag" and t in tags:
                    tags.remove(t)
        elif action == "note":
            view["notes"].setdefault(target, []).append(e)
        elif action == "merge_entities":
            view["rulings"].append({"action": "merge", "a": p["a"], "b": p["b"]})
            view["ruling_events"].append(e)
        elif action == "split_entity":
            view["rulings"].append({"action": "split", "entity": p["entity"], "alias": p["alias"]})
            view["ruling_events"].append(e)
    return view


def _checked_event(e: Any, path: Path) -> dict:
    fields = {"uid": str, "ts": str, "author": str, "action": str, "target": str, "payload": dict,
              "schema_version": int}
    if not isinstance(e, dict) or any(not isinstance(e.get(k), t) for k, t in fields.items()):
        raise ValueError(f"path={str(path)!r}: event {e!r} lacks one of {list(fields)}")
    if e["action"] not in ACTIONS:
        raise ValueError(f"path={str(path)!r}: action={e['action']!r} is unknown; valid: {list(ACTIONS)}")
    # The view trusts payloads, so an imported one must look like one this module writes.
    p, action = e["payload"], e["action"]
    ok = {
        "grade": lambda: p.get("reliability") in RELIABILITY and p.get("credibility") in CREDIBILITY,
        "rule": lambda: p.get("verdict") in VERDICTS and all(isinstance(p.get(k), str) for k in ("claim_a", "claim_b")),
        "tag": lambda: isinstance(p.get("tags"), list) and all(isinstance(t, str) for t in p["tags"]),
        "note": lambda: isinstance(p.get("text"), str),
        "merge_entities": lambda: isinstance(p.get("a"), str) and isinstance(p.get("b"), str),
        "split_entity": lambda: isinstance(p.get("entity"), str) and isinstance(p.get("alias"), str),
    }[action if action != "untag" else "tag"]
    if not ok():
        raise ValueError(f"path={str(path)!r}: event {e['uid']!r} has a malformed {action!r} payload: {p!r}")
    return {k: e[k] for k in fields}


def _missing(e: dict, claims: set, sources: set, ent_ids: set, names: set) -> list[str]:
    """What an event refers to that the current analysis no longer has."""
    action, target, p = e["action"], e["target"], e["payload"]
    if action == "grade":
        return [] if target in sources else [f"source {target!r}"]
    if action == "rule":
        return [f"claim {c!r}" for c in (p["claim_a"], p["claim_b"]) if c not in claims]
    if action in ("tag", "untag"):
        return [] if target in claims else [f"claim {target!r}"]
    if action == "note":
        if target in claims or target in sources or target in ent_ids:
            return []
        parts = target.split("|")
        if len(parts) == 2:  # a claim pair
            return [f"claim {c!r}" for c in parts if c not in claims]
        return [f"target {target!r}"]
    if action == "merge_entities":
        return [f"entity {n!r}" for n in (p["a"], p["b"]) if n not in names]
    if action == "split_entity":
        return [] if p["entity"] in names else [f"entity {p['entity']!r}"]
    return []


def _as_credibility(value: int | str) -> int:
    try:
        code = int(value)
    except (TypeError, ValueError):
        code = None
    if code not in CREDIBILITY or isinstance(value, (bool, float)):
        raise ValueError(f"credibility={value!r} is not on the Admiralty scale; valid: {list(CREDIBILITY)}")
    return code


def _csv_safe(value: Any) -> Any:
    """Defuse spreadsheet formulas: names and notes come from untrusted articles."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _texts(events: list[dict] | None) -> list[str]:
    return [e["payload"]["text"] for e in events or []]


def _objects(values: list, index: pd.Index) -> pd.Series:
    return pd.Series(values, index=index, dtype=object)
