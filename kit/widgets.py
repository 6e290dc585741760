"""ipywidgets explorers: each one wraps a pure function of :mod:`kit.explore` or :mod:`kit.plots`.

Every explorer keeps its ipywidgets tree in ``.widget``, shows itself when it is the
last value of a cell, and fills its views at construction, so a static render shows
real content. Callbacks are guarded: an exception is shown in the red ``.error`` HTML
widget, logged, and re-raised (ipywidgets then reports it too) — never swallowed.

>>> from kit.schema import to_frame
>>> claims = to_frame([{"claim_id": "c1", "sentence": "Acme said so.", "source": "Acme",
...                     "source_type": "organization", "stance": "asserts"}], "claims")  # synthetic
>>> ex = ClaimExplorer(claims)
>>> ex.filters["text"].value = "nothing like this"
>>> len(ex.shown), ex.count.value
(0, '0 of 1 claims')
"""
from __future__ import annotations

import base64
import functools
import logging
from typing import Any, Callable

import ipywidgets as w
import pandas as pd

from kit.explore import (
    VERDICTS,
    claims_to_html,
    entities_table,
    esc,
    filter_claims,
    filter_timeline,
    pair_to_html,
    review_queue,
    sources_to_html,
)
from kit.case import CREDIBILITY, RELIABILITY  # the Admiralty scale, one definition
from kit.plots import sourcing_chart, timeline_plot, to_png
from kit.schema import SOURCE_TYPES, STANCES

log = logging.getLogger(__name__)

_ANY = "(any)"


def _static(widget: Any) -> str:
    """A static HTML snapshot of a widget tree (for renders without a kernel)."""
    if isinstance(widget, w.HTML):
        return widget.value
    if isinstance(widget, w.Image):
        data = base64.b64encode(bytes(widget.value)).decode("ascii")
        return f'<img alt="plot" src="data:image/{esc(widget.format)};base64,{data}"/>' if widget.value else ""
    if isinstance(widget, w.Box):
        style = ' style="display:flex;gap:8px"' if isinstance(widget, w.HBox) else ""
        return f"<div{style}>" + "".join(_static(c) for c in widget.children) + "</div>"
    if isinstance(widget, w.Button):
        return f"<button disabled>{esc(widget.description)}</button>"
    if isinstance(widget, (w.Label, w.Text, w.Textarea)):
        desc = f"{esc(widget.description)}: " if getattr(widget, "description", "") else ""
        return f"<span>{desc}{esc(widget.value)}</span>" if (desc or widget.value) else ""
    if hasattr(widget, "value") and hasattr(widget, "description"):
        value = widget.value
        shown = ", ".join(map(str, value)) if isinstance(value, tuple) else ("" if value is None else str(value))
        return f"<span>{esc(widget.description)}: {esc(shown or _ANY)}</span> "
    return ""


class _Explorer:
    """Shared plumbing: error box, guarded callbacks, notebook display."""

    widget: w.Box

    def __init__(self) -> None:
        self.error = w.HTML(value="", layout=w.Layout(display="none"))

    def _guard(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        name = getattr(fn, "__name__", None) or getattr(getattr(fn, "func", None), "__name__", "callback")

        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                self.error.value = (
                    '<div class="kit-error" style="color:#a00;border:1px solid #a00;padding:4px">'
                    f"<b>Error in {esc(name)}:</b> {esc(type(exc).__name__)}: {esc(exc)}</div>"
                )
                self.error.layout.display = None
                log.exception("kit widget callback %s failed", name)
                raise
            self.error.value = ""
            self.error.layout.display = "none"
            return result

        guarded.__name__ = name
        return guarded

    def static_html(self) -> str:
        """The current view as plain HTML (what a render without widget state shows)."""
        return f'<div class="kit-widget">{_static(self.widget)}</div>'

    def _repr_mimebundle_(self, **kwargs: Any) -> dict:
        bundle = dict(self.widget._repr_mimebundle_(**kwargs) or {})
        bundle["text/html"] = self.static_html()
        return bundle

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self._repr_mimebundle_(), raw=True)


def _multi(options: list[str], description: str) -> w.SelectMultiple:
    return w.SelectMultiple(options=options, value=(), description=description, rows=min(6, max(2, len(options))))


class ClaimExplorer(_Explorer):
    """Filter claims by source, type, entity, article, hedging, stance and text.

    ``.filters`` holds the filter widgets by name, ``.shown`` the frame on display.

    >>> from kit.schema import empty_frame
    >>> ClaimExplorer(empty_frame("claims")).count.value
    '0 of 0 claims'
    """

    def __init__(self, claims: pd.DataFrame, *, limit: int = 200):
        super().__init__()
        self.claims = claims
        self.limit = limit
        ents = sorted({e for v in claims["entities"] if isinstance(v, list) for e in v})
        self.filters: dict[str, w.Widget] = {
            "source": _multi(sorted(claims["source"].dropna().astype(str).unique()), "source"),
            "source_type": _multi(list(SOURCE_TYPES), "source type"),
            "entity": _multi(ents, "entity"),
            "article": _multi(sorted(claims["article_id"].astype(str).unique()), "article"),
            "hedged": w.Dropdown(options=[_ANY, "hedged", "not hedged"], value=_ANY, description="hedged"),
            "stance": w.Dropdown(options=[_ANY, *STANCES], value=_ANY, description="stance"),
            "text": w.Text(value="", placeholder="words in the sentence", description="text"),
        }
        self.count = w.Label()
        self.html = w.HTML()
        for widget in self.filters.values():
            widget.observe(self._guard(self._on_change), names="value")
        f = self.filters
        self.widget = w.VBox([
            w.HBox([f["source"], f["source_type"], f["entity"]]),
            w.HBox([f["article"], w.VBox([f["hedged"], f["stance"], f["text"]])]),
            self.error, self.count, self.html,
        ])
        self.refresh()

    def options(self) -> dict[str, Any]:
        """The current filters as keyword arguments of :func:`kit.explore.filter_claims`."""
        f = self.filters
        multi = {k: (list(f[k].value) or None) for k in ("source", "source_type", "entity", "article")}
        hedged = {"hedged": True, "not hedged": False}.get(f["hedged"].value)
        stance = None if f["stance"].value == _ANY else f["stance"].value
        return {**multi, "hedged": hedged, "stance": stance, "text": f["text"].value or None}

    def _on_change(self, _change: Any = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.shown = filter_claims(self.claims, **self.options())
        self.html.value = claims_to_html(self.shown, limit=self.limit)
        self.count.value = f"{len(self.shown)} of {len(self.claims)} claims"


class SourceBoard(_Explorer):
    """Sources with their mix, Admiralty grading (saved via ``case.grade_source``) and a chart."""

    def __init__(self, case: Any):
        super().__init__()
        self.case = case
        self.source = w.Dropdown(options=[], description="source")
        self.reliability = w.Dropdown(options=[(f"{k} — {v}", k) for k, v in RELIABILITY.items()], value="F", description="reliability")
        self.credibility = w.Dropdown(options=[(f"{k} — {v}", k) for k, v in CREDIBILITY.items()], value=6, description="credibility")
        self.note = w.Text(value="", description="note", placeholder="why this grade")
        self.save = w.Button(description="Save grade", button_style="primary")
        self.status = w.Label()
        self.table = w.HTML()
        self.chart = w.Image(format="png")
        self.save.on_click(self._guard(self._on_save))
        self.source.observe(self._guard(self._on_source), names="value")
        self.widget = w.VBox([
            w.HBox([self.source, self.reliability, self.credibility]),
            w.HBox([self.note, self.save]), self.error, self.status, self.table, self.chart,
        ])
        self.refresh()

    def refresh(self, *, redraw: bool = True) -> None:
        sources = self.case.sources
        self.table.value = sources_to_html(sources)
        names = sources["source"].astype(str).tolist()
        current = self.source.value
        self.source.options = names
        self.source.value = current if current in names else (names[0] if names else None)
        self.save.disabled = not names
        # Grading does not change the claims, so only a full refresh redraws the chart.
        if redraw:
            self.chart.value = to_png(sourcing_chart(self.case.claims, by="article_id"))

    def _on_source(self, _change: Any = None) -> None:
        sources = self.case.sources
        row = sources[sources["source"] == self.source.value]
        if len(row) and "reliability" in row.columns and isinstance(row["reliability"].iloc[0], str):
            if row["reliability"].iloc[0] in RELIABILITY:
                self.reliability.value = row["reliability"].iloc[0]
        if len(row) and "credibility" in row.columns and pd.notna(row["credibility"].iloc[0]):
            cred = int(row["credibility"].iloc[0])
            if cred in CREDIBILITY:
                self.credibility.value = cred

    def _on_save(self, _button: Any = None) -> None:
        if self.source.value is None:
            raise ValueError("no source selected")
        source, rel, cred = self.source.value, self.reliability.value, self.credibility.value
        self.case.grade_source(source, reliability=rel, credibility=cred, note=self.note.value)
        self.status.value = f"Saved {rel}{cred} for {source}"
        self.note.value = ""
        self.refresh(redraw=False)


class ContradictionReview(_Explorer):
    """One contradiction pair at a time with verdict buttons calling ``case.rule``."""

    def __init__(self, case: Any):
        super().__init__()
        self.case = case
        # The order is fixed when the review starts, so ruling a pair never reshuffles it.
        queue = review_queue(case.contradictions)
        self.pairs: list[tuple[str, str]] = list(zip(queue["claim_a"].astype(str), queue["claim_b"].astype(str)))
        self.pos = 0
        self.html = w.HTML()
        self.note = w.Textarea(value="", description="note", placeholder="why this verdict")
        self.buttons = {v: w.Button(description=v.replace("_", " "), tooltip=v) for v in VERDICTS}
        for verdict, button in self.buttons.items():
            button.on_click(self._guard(functools.partial(self._on_verdict, verdict)))
        self.prev = w.Button(description="◀ previous")
        self.next = w.Button(description="next ▶")
        self.prev.on_click(self._guard(self._on_prev))
        self.next.on_click(self._guard(self._on_next))
        self.progress = w.Label()
        self.position = w.Label()
        self.widget = w.VBox([
            w.HBox([self.prev, self.position, self.next, self.progress]),
            self.html, self.note, w.HBox(list(self.buttons.values())), self.error,
        ])
        self.show()

    def _current_row(self) -> dict:
        frame = self.case.contradictions
        a, b = self.pairs[self.pos]
        hit = frame[(frame["claim_a"].astype(str) == a) & (frame["claim_b"].astype(str) == b)]
        return hit.iloc[0].to_dict() if len(hit) else {"claim_a": a, "claim_b": b}

    def show(self) -> None:
        frame = self.case.contradictions
        verdicts = frame["verdict"].astype(object) if "verdict" in frame.columns else pd.Series("open", index=frame.index)
        reviewed = int((verdicts.fillna("open") != "open").sum())
        self.progress.value = f"{reviewed} of {len(frame)} reviewed"
        empty = not self.pairs
        for button in [*self.buttons.values(), self.prev, self.next]:
            button.disabled = empty
        if empty:
            self.position.value = "no pairs"
            self.html.value = '<p class="kit-empty">No contradiction candidates to review.</p>'
            return
        self.prev.disabled = self.pos == 0
        self.next.disabled = self.pos >= len(self.pairs) - 1
        self.position.value = f"pair {self.pos + 1} of {len(self.pairs)}"
        row = self._current_row()
        self.html.value = pair_to_html(
            row, self.case.claims,
            articles=getattr(self.case, "articles", None), timeline=getattr(self.case, "timeline", None),
        )
        note = row.get("verdict_note")
        self.note.value = note if isinstance(note, str) else ""

    def _on_verdict(self, verdict: str, _button: Any = None) -> None:
        a, b = self.pairs[self.pos]
        self.case.rule(a, b, verdict, note=self.note.value)
        if self.pos < len(self.pairs) - 1:
            self.pos += 1
        self.show()

    def _on_prev(self, _button: Any = None) -> None:
        self.pos = max(0, self.pos - 1)
        self.show()

    def _on_next(self, _button: Any = None) -> None:
        self.pos = min(len(self.pairs) - 1, self.pos + 1)
        self.show()


class TimelineExplorer(_Explorer):
    """Date range, entity and source filters over :func:`kit.plots.timeline_plot`."""

    def __init__(self, timeline: pd.DataFrame, *, contradictions: pd.DataFrame | None = None,
                 claims: pd.DataFrame | None = None):
        super().__init__()
        self.timeline, self.contradictions, self.claims = timeline, contradictions, claims
        ents: list[str] = []
        if claims is not None and len(claims):
            ids = set(timeline["claim_id"].dropna().astype(str))
            used = claims[claims["claim_id"].astype(str).isin(ids)]
            ents = sorted({e for v in used["entities"] if isinstance(v, list) for e in v})
        self.filters: dict[str, w.Widget] = {
            "start": w.DatePicker(description="from", value=None),
            "end": w.DatePicker(description="to", value=None),
            "entity": _multi(ents, "entity"),
            "source": _multi(sorted(timeline["source"].dropna().astype(str).unique()), "source"),
        }
        self.count = w.Label()
        self.chart = w.Image(format="png")
        for widget in self.filters.values():
            widget.observe(self._guard(self._on_change), names="value")
        f = self.filters
        self.widget = w.VBox([
            w.HBox([w.VBox([f["start"], f["end"]]), f["entity"], f["source"]]),
            self.error, self.count, self.chart,
        ])
        self.refresh()

    def options(self) -> dict[str, Any]:
        f = self.filters
        return {
            "start": f["start"].value, "end": f["end"].value,
            "entity": list(f["entity"].value) or None, "source": list(f["source"].value) or None,
        }

    def _on_change(self, _change: Any = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.shown = filter_timeline(self.timeline, claims=self.claims, **self.options())
        ax = timeline_plot(self.shown, contradictions=self.contradictions, claims=self.claims)
        self.chart.value = to_png(ax)
        self.count.value = f"{len(self.shown)} of {len(self.timeline)} events"


class EntityView(_Explorer):
    """Aliases, epithets and roles per entity, with merge / split via the case."""

    def __init__(self, case: Any):
        super().__init__()
        self.case = case
        self.table = w.HTML()
        self.merge_a = w.Dropdown(options=[], description="keep")
        self.merge_b = w.Dropdown(options=[], description="merge in")
        self.merge = w.Button(description="Merge")
        self.split_entity = w.Dropdown(options=[], description="entity")
        self.split_alias = w.Dropdown(options=[], description="alias")
        self.split = w.Button(description="Split alias off")
        self.status = w.Label()
        self.merge.on_click(self._guard(self._on_merge))
        self.split.on_click(self._guard(self._on_split))
        self.split_entity.observe(self._guard(self._on_entity), names="value")
        self.widget = w.VBox([
            w.HBox([self.merge_a, self.merge_b, self.merge]),
            w.HBox([self.split_entity, self.split_alias, self.split]),
            self.error, self.status, self.table,
        ])
        self.refresh()

    def refresh(self) -> None:
        entities = self.case.entities
        self.table.value = entities_table(entities)
        names = sorted(entities["name"].astype(str).unique())
        for dropdown, fallback in ((self.merge_a, 0), (self.merge_b, 1), (self.split_entity, 0)):
            current = dropdown.value
            dropdown.options = names
            dropdown.value = current if current in names else (names[min(fallback, len(names) - 1)] if names else None)
        self.merge.disabled = len(names) < 2
        self._on_entity()

    def _aliases(self, name: str | None) -> list[str]:
        entities = self.case.entities
        row = entities[entities["name"].astype(str) == name]
        if not len(row):
            return []
        # Epithets are among the aliases (data model), so this covers both.
        aliases = row["aliases"].iloc[0]
        return [a for a in aliases if a != name] if isinstance(aliases, list) else []

    def _on_entity(self, _change: Any = None) -> None:
        aliases = self._aliases(self.split_entity.value)
        self.split_alias.options = aliases
        self.split_alias.value = aliases[0] if aliases else None
        self.split.disabled = not aliases

    def _reload(self) -> None:
        # A real case applies entity rulings when it re-derives its frames.
        reload = getattr(self.case, "refresh", None)
        if callable(reload):
            reload()

    def _on_merge(self, _button: Any = None) -> None:
        a, b = self.merge_a.value, self.merge_b.value
        if a is None or b is None or a == b:
            raise ValueError(f"choose two different entities to merge (got {a!r} and {b!r})")
        self.case.merge_entities(a, b)
        self._reload()
        self.status.value = f"Merged {b} into {a}"
        self.refresh()

    def _on_split(self, _button: Any = None) -> None:
        entity, alias = self.split_entity.value, self.split_alias.value
        if entity is None or alias is None:
            raise ValueError("choose an entity and one of its aliases to split off")
        self.case.split_entity(entity, alias)
        self._reload()
        self.status.value = f"Split {alias} off {entity}"
        self.refresh()


__all__ = ["ClaimExplorer", "SourceBoard", "ContradictionReview", "TimelineExplorer", "EntityView",
           "RELIABILITY", "CREDIBILITY"]
