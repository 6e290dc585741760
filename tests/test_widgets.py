"""kit.widgets, driven from plain Python: set a value or click, assert what changed."""
from __future__ import annotations

import logging

import pytest

from explore_fixtures import (
    IMG,
    SCRIPT,
    FakeCase,
    empty_case,
    synthetic_claims,
    synthetic_contradictions,
    synthetic_timeline,
)
from kit.schema import empty_frame, to_frame
from kit.widgets import ClaimExplorer, ContradictionReview, EntityView, SourceBoard, TimelineExplorer

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


# ---- ClaimExplorer ----

@pytest.mark.parametrize(
    "name, value, expected",
    [
        ("source", ("Ilse Varga",), ["c1"]),
        ("source_type", ("anonymous", "unattributed"), ["c2", "c5"]),
        ("entity", ("Ørsted Næss",), ["c3"]),
        ("article", ("syn-a2",), ["c3", "c4"]),
        ("hedged", "hedged", ["c2", "c5"]),
        ("hedged", "not hedged", ["c1", "c3", "c4"]),
        ("stance", "denies", ["c2"]),
        ("text", "depot", ["c1", "c3", "c5"]),
    ],
)
def test_claim_explorer_filter_changes_rows_and_html(name, value, expected):
    ex = ClaimExplorer(synthetic_claims())
    before_html = ex.html.value
    assert len(ex.shown) == 5 and ex.count.value == "5 of 5 claims"
    ex.filters[name].value = value
    assert ex.shown["claim_id"].tolist() == expected
    assert ex.html.value != before_html
    assert ex.html.value.count('class="kit-claim"') == len(expected)
    assert ex.count.value == f"{len(expected)} of 5 claims"


def test_claim_explorer_filters_combine_and_reset():
    ex = ClaimExplorer(synthetic_claims())
    ex.filters["entity"].value = ("Depot Nord",)
    ex.filters["hedged"].value = "hedged"
    assert ex.shown["claim_id"].tolist() == ["c2", "c5"]
    ex.filters["entity"].value = ()
    ex.filters["hedged"].value = "(any)"
    assert len(ex.shown) == 5


def test_claim_explorer_initial_view_is_populated():
    ex = ClaimExplorer(synthetic_claims())
    assert "Ilse Varga" in ex.html.value and "5 of 5 claims" in ex.static_html()
    assert sorted(ex.filters) == ["article", "entity", "hedged", "source", "source_type", "stance", "text"]
    assert ex.filters["entity"].options == ("<a href=\"javascript:alert(1)\">click</a>", "Depot Nord",
                                            "Ilse Varga", "Ørsted Næss")


# ---- SourceBoard ----

def test_source_board_grades_via_case():
    case = FakeCase()
    board = SourceBoard(case)
    board.source.value = "officials"
    board.reliability.value = "C"
    board.credibility.value = 3
    board.note.value = "anonymous but specific"
    board.save.click()
    assert case.calls == [("grade_source", "officials", "C", 3, "anonymous but specific")]
    assert board.status.value == "Saved C3 for officials"
    assert "<td>C3</td>" in board.table.value
    assert board.error.value == ""


def test_source_board_preselects_existing_grade_and_draws_chart():
    case = FakeCase()
    case.grade_source("Ilse Varga", reliability="A", credibility=1)
    board = SourceBoard(case)
    board.source.value = "officials"
    board.source.value = "Ilse Varga"
    assert (board.reliability.value, board.credibility.value) == ("A", 1)
    assert bytes(board.chart.value)[:4] == b"\x89PNG"
    assert board.source.options == ("Ilse Varga", "officials", IMG)


# ---- ContradictionReview ----

@pytest.mark.parametrize("verdict", ["confirmed", "explained", "not_a_conflict", "open"])
def test_review_verdict_button_calls_rule(verdict):
    case = FakeCase()
    review = ContradictionReview(case)
    assert review.progress.value == "0 of 3 reviewed" and review.position.value == "pair 1 of 3"
    review.note.value = "checked the port log"
    review.buttons[verdict].click()
    assert case.calls == [("rule", "c1", "c3", verdict, "checked the port log")]
    reviewed = 0 if verdict == "open" else 1
    assert review.progress.value == f"{reviewed} of 3 reviewed"
    assert review.position.value == "pair 2 of 3"  # moved on to the next pair


def test_review_progress_next_previous_and_pair_html():
    case = FakeCase()
    review = ContradictionReview(case)
    assert "closed in 2021 vs closed in March 2023" in review.html.value
    assert review.prev.disabled and not review.next.disabled
    review.next.click()
    review.next.click()
    assert review.position.value == "pair 3 of 3" and review.next.disabled
    review.buttons["confirmed"].click()  # last pair: stays there
    review.prev.click()
    review.buttons["explained"].click()
    assert review.progress.value == "2 of 3 reviewed"
    assert [c[1:4] for c in case.calls] == [("c3", "c4", "confirmed"), ("c1", "c2", "explained")]


def test_review_failing_rule_shows_the_error(caplog):
    case = FakeCase(fail="rule")
    review = ContradictionReview(case)
    with caplog.at_level(logging.WARNING):
        review.buttons["confirmed"].click()
    assert "RuntimeError: rule failed: disk full" in review.error.value
    assert "&lt;script&gt;" in review.error.value and "<script>" not in review.error.value
    assert review.error.layout.display is None  # visible
    assert any("rule failed" in r.getMessage() or (r.exc_info and "rule failed" in str(r.exc_info[1]))
               for r in caplog.records)
    assert review.position.value == "pair 1 of 3" and case.calls == []
    case.fail = None
    review.buttons["confirmed"].click()
    assert review.error.value == "" and review.error.layout.display == "none"


# ---- TimelineExplorer ----

@pytest.mark.parametrize(
    "name, value, expected",
    [
        ("start", "2022-01-01", ["e2", "e3"]),
        ("end", "2021-12-31", ["e1"]),
        ("source", ("Ørsted Næss",), ["e2"]),
        ("entity", ("Ilse Varga",), ["e1"]),
    ],
)
def test_timeline_explorer_filters(name, value, expected):
    import datetime as dt

    ex = TimelineExplorer(synthetic_timeline(), contradictions=synthetic_contradictions(), claims=synthetic_claims())
    before = bytes(ex.chart.value)
    assert ex.count.value == "4 of 4 events"
    ex.filters[name].value = dt.date.fromisoformat(value) if name in ("start", "end") else value
    assert ex.shown["event_id"].tolist() == expected
    assert ex.count.value == f"{len(expected)} of 4 events"
    assert bytes(ex.chart.value) != before


def test_timeline_explorer_reversed_range_raises_and_shows():
    import datetime as dt

    ex = TimelineExplorer(synthetic_timeline())
    ex.filters["end"].value = dt.date(2021, 1, 1)
    with pytest.raises(ValueError, match="is after end"):
        ex.filters["start"].value = dt.date(2022, 1, 1)
    assert "is after end" in ex.error.value


# ---- EntityView ----

def test_entity_view_merge_and_split_call_the_case():
    case = FakeCase()
    view = EntityView(case)
    assert "the harbourmaster" in view.table.value
    view.merge_a.value, view.merge_b.value = "Ilse Varga", "Ørsted Næss"
    view.merge.click()
    view.split_entity.value = "Ilse Varga"
    assert view.split_alias.options == ("Varga", "the harbourmaster")
    view.split_alias.value = "the harbourmaster"
    view.split.click()
    assert case.calls == [("merge_entities", "Ilse Varga", "Ørsted Næss"),
                          ("split_entity", "Ilse Varga", "the harbourmaster")]
    assert view.status.value == "Split the harbourmaster off Ilse Varga"


def test_entity_view_merge_with_itself_is_an_error_shown():
    case = FakeCase()
    view = EntityView(case)
    view.merge_a.value = view.merge_b.value = "Ilse Varga"
    view.merge.click()
    assert "choose two different entities" in view.error.value and case.calls == []


# ---- escaping, display, edge cases ----

WIDGETS = {
    "claims": lambda case: ClaimExplorer(case.claims),
    "sources": SourceBoard,
    "review": ContradictionReview,
    "timeline": lambda case: TimelineExplorer(case.timeline, contradictions=case.contradictions, claims=case.claims),
    "entities": EntityView,
}


def _html_values(widget):
    import ipywidgets as w

    out, stack = [], [widget.widget]
    while stack:
        node = stack.pop()
        if isinstance(node, w.HTML):
            out.append(node.value)
        stack.extend(getattr(node, "children", ()))
    return out


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_widgets_escape_payloads_everywhere(name):
    case = FakeCase()
    case.contradictions = case.contradictions.assign(verdict_note=f"note {SCRIPT}")
    widget = WIDGETS[name](case)
    for text in [*_html_values(widget), widget.static_html()]:
        assert "<script>" not in text and "<img src=x" not in text and 'href="javascript' not in text
    if name != "timeline":  # the timeline shows only a plot
        assert "&lt;script&gt;" in widget.static_html() or "&lt;img src=x" in widget.static_html()


@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_widgets_display_in_a_notebook(name, monkeypatch):
    widget = WIDGETS[name](FakeCase())
    bundle = widget._repr_mimebundle_()
    assert bundle[WIDGET_VIEW]["model_id"] == widget.widget.model_id
    assert bundle["text/html"] == widget.static_html()
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append((obj, raw)))
    widget._ipython_display_()
    assert shown and shown[0][1] is True and WIDGET_VIEW in shown[0][0]


ALL_NAT = to_frame([{"event_id": f"n{i}", "start": None, "end": None} for i in range(2)], "timeline")  # synthetic
NON_ASCII_CLAIMS = to_frame([{"claim_id": "u1", "article_id": "syn-ü", "sentence": "Žofie Ďuricová řekla ano.",
                              "source": "Žofie Ďuricová", "source_type": "person", "stance": "asserts",
                              "entities": ["Žofie Ďuricová"]}], "claims")  # synthetic

EDGE_WIDGETS = {
    "claims: empty": (lambda: ClaimExplorer(empty_frame("claims")), "count", "0 of 0 claims", "No claims match."),
    "claims: non-ASCII": (lambda: ClaimExplorer(NON_ASCII_CLAIMS), "count", "1 of 1 claims", "Žofie Ďuricová"),
    "sources: empty case": (lambda: SourceBoard(empty_case()), "status", "", "No sources."),
    "review: empty case": (lambda: ContradictionReview(empty_case()), "progress", "0 of 0 reviewed",
                           "No contradiction candidates"),
    "review: no claims": (lambda: ContradictionReview(FakeCase(claims=empty_frame("claims"))), "progress",
                          "0 of 3 reviewed", "claim c1 not found"),
    "timeline: empty": (lambda: TimelineExplorer(empty_frame("timeline")), "count", "0 of 0 events", "data:image/png"),
    "timeline: all NaT": (lambda: TimelineExplorer(ALL_NAT, claims=empty_frame("claims")), "count", "2 of 2 events",
                          "data:image/png"),
    "entities: empty case": (lambda: EntityView(empty_case()), "status", "", "No entities."),
}


@pytest.mark.parametrize("name", sorted(EDGE_WIDGETS))
def test_widget_edge_cases(name):
    make, label, label_value, html_snippet = EDGE_WIDGETS[name]
    widget = make()
    assert getattr(widget, label).value == label_value
    assert html_snippet in widget.static_html()


@pytest.mark.parametrize("make, buttons", [
    (lambda: ContradictionReview(empty_case()), lambda w: [*w.buttons.values(), w.prev, w.next]),
    (lambda: SourceBoard(empty_case()), lambda w: [w.save]),
    (lambda: EntityView(empty_case()), lambda w: [w.merge, w.split]),
])
def test_empty_case_disables_actions(make, buttons):
    assert all(b.disabled for b in buttons(make()))


# ---- the real case file, on the synthetic engine of tests/case_fakes.py ----

def test_widgets_drive_the_real_case(tmp_path, monkeypatch):
    import case_fakes
    import kit.case

    case_fakes.install(monkeypatch.setattr)
    case = kit.case.open_case(case_fakes.write_articles(tmp_path / "synthetic"), author="tester")
    review = ContradictionReview(case)
    review.note.value = "different depots"
    review.buttons["explained"].click()
    assert review.progress.value == "1 of 1 reviewed" and review.error.value == ""
    assert case.contradictions["verdict_note"].tolist() == ["different depots"]
    board = SourceBoard(case)
    board.source.value = "Teodor Lenz"
    board.reliability.value, board.credibility.value = "B", 2
    board.save.click()
    assert case.sources.set_index("source").loc["Teodor Lenz", "grade"] == "B2"
    view = EntityView(case)
    view.split_entity.value = "Oren Vasko"
    view.split.click()
    assert case.entities.set_index("name").loc["Oren Vasko", "aliases"] == ["Oren Vasko"]
