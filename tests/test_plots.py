"""kit.plots: what is drawn, in which colour, and that degenerate input never raises."""
from __future__ import annotations

import matplotlib.dates as mdates
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from explore_fixtures import IMG, synthetic_claims, synthetic_contradictions, synthetic_timeline
from kit.explore import sourcing_summary
from kit.plots import CONFLICT_COLOR, SOURCE_TYPE_COLORS, SOURCING_COLORS, sourcing_chart, timeline_plot, to_png
from kit.schema import empty_frame, to_frame


def _bars(ax):
    return [p for p in ax.patches]


def _ticks(ax, marker="|"):
    return [line for line in ax.lines if line.get_marker() == marker]


def test_timeline_plot_year_is_a_bar_day_is_a_tick():
    ax = timeline_plot(synthetic_timeline())
    bars = _bars(ax)
    # e1 (a year) and e2 (a month) are bars, as long as their inclusive day spans
    assert sorted(round(b.get_width()) for b in bars) == [31, 365]
    year = max(bars, key=lambda b: b.get_width())
    assert mdates.num2date(year.get_x()).date().isoformat() == "2021-01-01"
    # e3 (a day) is a tick on its day
    (tick,) = _ticks(ax)
    assert mdates.num2date(tick.get_xdata()[0]).date().isoformat() == "2023-05-04"


def test_timeline_plot_rows_are_sources_coloured_by_source_type():
    ax = timeline_plot(synthetic_timeline())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ilse Varga", "Ørsted Næss", IMG]
    colors = {round(b.get_y() + b.get_height() / 2): to_hex(b.get_facecolor()) for b in _bars(ax)}
    assert colors == {0: SOURCE_TYPE_COLORS["person"], 1: SOURCE_TYPE_COLORS["official"]}
    assert to_hex(_ticks(ax)[0].get_color()) == SOURCE_TYPE_COLORS["person"]


def test_timeline_plot_skips_nat_and_says_so():
    ax = timeline_plot(synthetic_timeline())
    assert ax.get_title() == "Timeline: 3 events (1 undated skipped)"


@pytest.mark.parametrize(
    "contradictions, n_marked",
    [(None, 0), (synthetic_contradictions(), 3), (synthetic_contradictions().iloc[[0]], 2), (empty_frame("contradictions"), 0)],
)
def test_timeline_plot_marks_events_in_contradictions(contradictions, n_marked):
    ax = timeline_plot(synthetic_timeline(), contradictions=contradictions)
    marks = _ticks(ax, "v")
    assert len(marks) == n_marked
    assert all(to_hex(m.get_color()) == CONFLICT_COLOR for m in marks)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert ("in a contradiction" in labels) == bool(n_marked)


def test_timeline_plot_by_event_and_claims_fill_missing_source():
    timeline = synthetic_timeline().assign(source=None)
    ax = timeline_plot(timeline, claims=synthetic_claims())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ilse Varga", "Ørsted Næss", IMG]
    ax = timeline_plot(synthetic_timeline(), by="event")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["depot closed", "<script>alert(1)</script>"]


def test_timeline_plot_bad_by():
    with pytest.raises(ValueError, match="by='colour'.*'source', 'event'"):
        timeline_plot(synthetic_timeline(), by="colour")


def test_sourcing_chart_stacks_named_anonymous_unattributed():
    ax = sourcing_chart(synthetic_claims())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["syn-a1", "syn-a2", "syn-a3"]
    by_color = {}
    for bar in _bars(ax):
        by_color.setdefault(to_hex(bar.get_facecolor()), []).append(bar.get_width())
    assert by_color == {SOURCING_COLORS["named"]: [1, 2, 0], SOURCING_COLORS["anonymous"]: [1, 0, 0],
                        SOURCING_COLORS["unattributed"]: [0, 0, 1]}
    assert ax.get_title() == "Sourcing: 5 claims"


def test_sourcing_chart_takes_a_summary():
    summary = sourcing_summary(synthetic_claims(), by="source_type")
    ax = sourcing_chart(summary)
    assert ax.get_ylabel() == "source_type"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["anonymous", "official", "person", "unattributed"]


def test_plots_draw_on_the_given_axes_and_are_deterministic():
    fig = Figure()
    ax1, ax2 = fig.subplots(1, 2)
    assert timeline_plot(synthetic_timeline(), ax=ax1) is ax1
    assert sourcing_chart(synthetic_claims(), ax=ax2) is ax2
    first = to_png(timeline_plot(synthetic_timeline(), contradictions=synthetic_contradictions()))
    again = to_png(timeline_plot(synthetic_timeline(), contradictions=synthetic_contradictions()))
    assert first == again and first[:4] == b"\x89PNG"


ALL_NAT = to_frame([{"event_id": f"n{i}", "start": None, "end": None} for i in range(2)], "timeline")  # synthetic
NON_ASCII = to_frame([{"event_id": "u1", "start": "2024-02-29", "end": "2024-02-29", "source": "Žofie Ďuricová",
                       "source_type": "person"}], "timeline")  # synthetic

PLOT_EDGES = {
    "timeline empty": (lambda: timeline_plot(empty_frame("timeline")), "Timeline: no dated events"),
    "timeline all NaT": (lambda: timeline_plot(ALL_NAT), "Timeline: no dated events (2 undated skipped)"),
    "timeline non-ASCII": (lambda: timeline_plot(NON_ASCII), "Timeline: 1 events"),
    "timeline, empty claims+contradictions": (
        lambda: timeline_plot(synthetic_timeline(), claims=empty_frame("claims"),
                              contradictions=empty_frame("contradictions")), "Timeline: 3 events (1 undated skipped)"),
    "sourcing empty claims": (lambda: sourcing_chart(empty_frame("claims")), "Sourcing: no claims"),
    "sourcing empty summary": (lambda: sourcing_chart(sourcing_summary(empty_frame("claims"))), "Sourcing: no claims"),
}


@pytest.mark.parametrize("name", sorted(PLOT_EDGES))
def test_plot_edge_cases_are_labelled_and_render(name):
    make, title = PLOT_EDGES[name]
    ax = make()
    assert ax.get_title() == title
    assert ax.get_xlabel() in ("date", "claims")
    assert to_png(ax)[:4] == b"\x89PNG"


def test_non_ascii_source_label():
    assert [t.get_text() for t in timeline_plot(NON_ASCII).get_yticklabels()] == ["Žofie Ďuricová"]


def test_plotting_does_not_use_pyplot_figures():
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    timeline_plot(synthetic_timeline())
    sourcing_chart(synthetic_claims())
    assert plt.get_fignums() == before
