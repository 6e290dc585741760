"""Matplotlib plots of the frames: data first, ``ax=None``, the axes returned.

Colours come from fixed tables (never random), nothing touches pyplot's global state
when an ``ax`` is given, and empty input gives an empty but labelled axes.

>>> from kit.schema import empty_frame
>>> timeline_plot(empty_frame("timeline")).get_title()
'Timeline: no dated events'
"""
from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kit.explore import SUMMARY_COLUMNS, SummaryBy, sourcing_summary

# One colour per source type (colour-blind-safe Okabe-Ito order), fixed for every plot.
SOURCE_TYPE_COLORS = {
    "outlet": "#0072b2",
    "person": "#e69f00",
    "official": "#009e73",
    "organization": "#56b4e9",
    "anonymous": "#cc79a7",
    "document": "#f0e442",
    "unattributed": "#999999",
}
SOURCING_COLORS = {"named": "#0072b2", "anonymous": "#cc79a7", "unattributed": "#999999"}
CONFLICT_COLOR = "#d55e00"


def _axes(ax: Axes | None, n_rows: int = 0) -> Axes:
    # A bare Figure (not pyplot) so plotting never depends on or changes the backend;
    # its height grows with the number of rows so labels stay readable.
    if ax is not None:
        return ax
    height = min(30.0, max(3.0, 1.6 + 0.35 * n_rows))
    return Figure(figsize=(9, height), layout="constrained").subplots()


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _conflicting(contradictions: pd.DataFrame | None) -> set[str]:
    if contradictions is None or len(contradictions) == 0:
        return set()
    return set(contradictions["claim_a"].astype(str)) | set(contradictions["claim_b"].astype(str))


def _timeline_labels(ax: Axes, by: str) -> None:
    ax.set_xlabel("date")
    ax.set_ylabel("source" if by == "source" else "event")


def timeline_plot(
    timeline: pd.DataFrame,
    *,
    contradictions: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
    by: Literal["source", "event"] = "source",
    ax: Axes | None = None,
) -> Axes:
    """Each event as its interval (a year a long bar, a day a tick), one row per source.

    Bars are coloured by ``source_type``; events whose claim is in a contradiction pair
    get an outlined marker. ``claims`` fills a missing event source from its claim.
    Undated (NaT) events are skipped and counted in the title.

    >>> from kit.schema import to_frame
    >>> t = to_frame([{"event_id": "e1", "start": "2024-01-01", "end": "2024-12-31",
    ...                "source": "Synthetic Daily", "source_type": "outlet"}], "timeline")
    >>> [l.get_text() for l in timeline_plot(t).get_yticklabels()]
    ['Synthetic Daily']
    """
    if by not in ("source", "event"):
        raise ValueError(f"by={by!r} is not a valid row key; valid: ['source', 'event']")
    n_all = len(timeline)
    dated = timeline[timeline["start"].notna()] if n_all else timeline
    skipped = n_all - len(dated)
    note = f" ({skipped} undated skipped)" if skipped else ""
    if len(dated) == 0:
        ax = _axes(ax)
        _timeline_labels(ax, by)
        ax.set_title(f"Timeline: no dated events{note}")
        ax.set_yticks([])
        return ax
    sources = dated["source"].astype(object)
    stypes = dated["source_type"].astype(object)
    if claims is not None and len(claims):
        by_claim = claims.set_index("claim_id")
        src_map = by_claim["source"].to_dict()
        st_map = by_claim["source_type"].astype(object).to_dict()
        sources = sources.where(sources.notna(), dated["claim_id"].map(src_map))
        stypes = stypes.where(stypes.notna(), dated["claim_id"].map(st_map))
    sources = sources.where(sources.notna(), "(unattributed)").astype(str)
    stypes = stypes.where(stypes.notna(), "unattributed").astype(str)
    if by == "source":
        labels = sources
    else:
        labels = dated["description"].astype(str).where(dated["description"].astype(str) != "", dated["event_id"].astype(str))
    # Rows in order of first appearance by date, top to bottom, so the plot is stable.
    first = pd.DataFrame({"label": labels.to_numpy(), "start": dated["start"].to_numpy()}).groupby("label", sort=True)["start"].min()
    order = list(first.sort_values(kind="stable").index)
    row_of = {label: i for i, label in enumerate(order)}
    ax = _axes(ax, len(order))
    _timeline_labels(ax, by)
    conflicts = _conflicting(contradictions)
    starts = pd.to_datetime(dated["start"])
    ends = pd.to_datetime(dated["end"]).fillna(starts)
    ends = ends.where(ends >= starts, starts)
    # Plain date numbers: bar widths in days, independent of pandas' unit converters.
    x0 = mdates.date2num(starts.to_numpy())
    x1 = mdates.date2num(ends.to_numpy()) + 1.0  # bounds are inclusive days
    n_conflict = 0
    for label, st, a, b, cid in zip(labels, stypes, x0, x1, dated["claim_id"].astype(object)):
        y = row_of[label]
        color = SOURCE_TYPE_COLORS.get(st, "#999999")
        if b - a <= 1.0:
            ax.plot([a + 0.5], [y], marker="|", markersize=14, markeredgewidth=2.5, color=color, linestyle="none")
        else:
            ax.barh(y, b - a, left=a, height=0.5, color=color, alpha=0.75)
        if cid is not None and str(cid) in conflicts:
            n_conflict += 1
            ax.plot([(a + b) / 2], [y - 0.33], marker="v", markersize=8, color=CONFLICT_COLOR, linestyle="none")
    ax.set_yticks(range(len(order)))
    ax.set_yticklabels([_short(label) for label in order])
    ax.set_ylim(len(order) - 0.5, -0.6)
    lo, hi = float(x0.min()), float(x1.max())
    pad = max(1.0, (hi - lo) * 0.03)
    ax.set_xlim(lo - pad, hi + pad)
    ax.xaxis_date()
    ax.tick_params(axis="x", labelrotation=30)
    handles = [Patch(color=SOURCE_TYPE_COLORS[t], label=t) for t in SOURCE_TYPE_COLORS if t in set(stypes)]
    if n_conflict:
        handles.append(Line2D([], [], marker="v", color=CONFLICT_COLOR, linestyle="none", label="in a contradiction"))
    ax.legend(handles=handles, loc="best", fontsize="small")
    ax.set_title(f"Timeline: {len(dated)} events{note}")
    return ax


def sourcing_chart(data: pd.DataFrame, *, by: SummaryBy = "article_id", ax: Axes | None = None) -> Axes:
    """Stacked bars of named / anonymous / unattributed claims per ``by`` value.

    ``data`` is a claims frame (summarised with :func:`kit.explore.sourcing_summary`)
    or such a summary already.

    >>> from kit.schema import to_frame
    >>> c = to_frame([{"article_id": "a1", "source_type": "anonymous"}], "claims")
    >>> sourcing_chart(c).get_ylabel()
    'article_id'
    """
    if all(c in data.columns for c in SOURCING_COLORS):
        summary = data
        key = next((c for c in data.columns if c not in SUMMARY_COLUMNS), None)
    else:
        summary = sourcing_summary(data, by=by)
        key = by
    ax = _axes(ax, len(summary))
    ax.set_xlabel("claims")
    ax.set_ylabel(key or by)
    if len(summary) == 0:
        ax.set_title("Sourcing: no claims")
        ax.set_yticks([])
        return ax
    labels = summary[key].astype(str).tolist() if key else [str(i) for i in summary.index]
    y = np.arange(len(summary))
    left = np.zeros(len(summary))
    for col, color in SOURCING_COLORS.items():
        values = summary[col].to_numpy(dtype=float)
        ax.barh(y, values, left=left, color=color, label=col, height=0.6)
        left += values
    ax.set_yticks(y)
    ax.set_yticklabels([_short(label) for label in labels])
    ax.set_ylim(len(summary) - 0.5, -0.5)
    ax.legend(loc="best", fontsize="small")
    ax.set_title(f"Sourcing: {int(left.sum())} claims")
    return ax


def to_png(ax: Axes, *, dpi: int = 96) -> bytes:
    """The axes' figure as PNG bytes, without a timestamp so equal plots give equal bytes.

    >>> to_png(sourcing_chart(__import__("kit.schema").schema.empty_frame("claims")))[:4]
    b'\\x89PNG'
    """
    import io

    buf = io.BytesIO()
    ax.figure.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


__all__ = ["timeline_plot", "sourcing_chart", "to_png", "SOURCE_TYPE_COLORS", "SOURCING_COLORS"]
