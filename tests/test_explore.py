"""kit.explore: filtering, summaries and escaped HTML over synthetic frames."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from explore_fixtures import (
    IMG,
    JS_LINK,
    SCRIPT,
    synthetic_articles,
    synthetic_claims,
    synthetic_contradictions,
    synthetic_entities,
    synthetic_sources,
    synthetic_timeline,
)
from kit.explore import (
    claims_to_html,
    entities_table,
    filter_claims,
    filter_timeline,
    pair_to_html,
    review_queue,
    sources_to_html,
    sourcing_summary,
)
from kit.schema import empty_frame, to_frame


@pytest.fixture(scope="module")
def claims():
    return synthetic_claims()


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({}, ["c1", "c2", "c3", "c4", "c5"]),
        ({"source": "Ilse Varga"}, ["c1"]),
        ({"source": ["Ilse Varga", "Ørsted Næss"]}, ["c1", "c3"]),
        ({"source_type": "anonymous"}, ["c2"]),
        ({"source_type": ["person", "official"]}, ["c1", "c3", "c4"]),
        ({"entity": "Depot Nord"}, ["c1", "c2", "c3", "c5"]),
        ({"entity": ["Ørsted Næss", JS_LINK]}, ["c3", "c4"]),
        ({"entity": "Nobody"}, []),
        ({"article": "syn-a2"}, ["c3", "c4"]),
        ({"hedged": True}, ["c2", "c5"]),
        ({"hedged": False}, ["c1", "c3", "c4"]),
        ({"stance": "denies"}, ["c2"]),
        ({"text": "DEPOT"}, ["c1", "c3", "c5"]),
        ({"text": "næss told"}, ["c3"]),
        ({"text": ""}, ["c1", "c2", "c3", "c4", "c5"]),
        ({"entity": "Depot Nord", "hedged": True, "article": ["syn-a1", "syn-a3"]}, ["c2", "c5"]),
        ({"source": [], "stance": "asserts"}, []),
    ],
)
def test_filter_claims(claims, kwargs, expected):
    assert filter_claims(claims, **kwargs)["claim_id"].tolist() == expected


@pytest.mark.parametrize(
    "kwargs, error, words",
    [
        ({"source_type": "blogger"}, ValueError, ["'blogger'", "anonymous", "unattributed"]),
        ({"source_type": ["person", "rumour"]}, ValueError, ["'rumour'", "person"]),
        ({"stance": "maybe"}, ValueError, ["'maybe'", "asserts", "denies"]),
        ({"hedged": "yes"}, TypeError, ["hedged", "'yes'"]),
        ({"text": 3}, TypeError, ["text", "3"]),
    ],
)
def test_filter_claims_bad_values_name_value_and_valid_ones(claims, kwargs, error, words):
    with pytest.raises(error) as info:
        filter_claims(claims, **kwargs)
    assert all(w in str(info.value) for w in words)


def test_filter_claims_cache_follows_a_replaced_column(claims):
    frame = claims.copy()
    assert filter_claims(frame, entity="Varga")["claim_id"].tolist() == []
    frame["entities"] = [["Varga"]] + [[] for _ in range(len(frame) - 1)]
    assert filter_claims(frame, entity="Varga")["claim_id"].tolist() == ["c1"]


def _marks(html_text: str) -> list[tuple[str, str]]:
    return re.findall(r'<mark class="(kit-[a-z]+)">(.*?)</mark>', html_text)


@pytest.mark.parametrize(
    "claim_id, marks",
    [
        # spans from cue_start/source_start offsets
        ("c1", [("kit-source", "Ilse Varga"), ("kit-cue", "said")]),
        ("c2", [("kit-source", "Officials"), ("kit-hedge", "reportedly"), ("kit-cue", "denied")]),
        # no offsets recorded: found by searching the sentence
        ("c3", [("kit-source", "Ørsted Næss"), ("kit-cue", "told reporters")]),
        ("c5", [("kit-hedge", "allegedly")]),
    ],
)
def test_claims_to_html_marks_source_cue_and_hedges(claims, claim_id, marks):
    assert _marks(claims_to_html(claims[claims["claim_id"] == claim_id])) == marks


def test_claims_to_html_ignores_offsets_that_disagree_with_the_sentence(claims):
    row = claims[claims["claim_id"] == "c1"].copy()
    row["cue_start"], row["cue_end"] = row["start"] + 0, row["start"] + 4  # points at "Ilse", not "said"
    assert ("kit-cue", "said") in _marks(claims_to_html(row))


@pytest.mark.parametrize("limit, shown, more", [(200, 5, None), (2, 2, "3 more claims not shown (limit 2)."), (0, 0, "5 more")])
def test_claims_to_html_limit(claims, limit, shown, more):
    out = claims_to_html(claims, limit=limit)
    assert out.count('class="kit-claim"') == shown
    assert (more is None) == ("more claims not shown" not in out)
    if more:
        assert more in out


def test_claims_to_html_rejects_negative_limit(claims):
    with pytest.raises(ValueError, match="limit=-1"):
        claims_to_html(claims, limit=-1)


def _html_outputs():
    claims, contra = synthetic_claims(), synthetic_contradictions()
    noted = contra.assign(verdict="explained", verdict_note=f"analyst note {SCRIPT} {JS_LINK}")
    return {
        "claims_to_html": claims_to_html(claims),
        "sources_to_html": sources_to_html(synthetic_sources()),
        "entities_table": entities_table(synthetic_entities()),
        "pair_to_html": pair_to_html(noted.iloc[1], claims, articles=synthetic_articles(), timeline=synthetic_timeline()),
        "pair_to_html_img": pair_to_html(contra.iloc[2], claims, articles=synthetic_articles(), timeline=synthetic_timeline()),
    }


@pytest.mark.parametrize("name", sorted(_html_outputs()))
def test_every_html_output_escapes_article_text(name):
    out = _html_outputs()[name]
    assert "<script>" not in out and "<img" not in out and "<a " not in out
    assert "&lt;script&gt;" in out or "&lt;img src=x onerror=alert(1)&gt;" in out
    assert 'href="javascript' not in out


def test_payloads_present_escaped_where_they_were():
    outs = _html_outputs()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in outs["claims_to_html"]  # sentence
    assert "&lt;img src=x onerror=alert(1)&gt;" in outs["claims_to_html"]  # source
    assert "&lt;img src=x onerror=alert(1)&gt;" in outs["sources_to_html"]
    assert "&lt;a href=&quot;javascript:alert(1)&quot;&gt;" in outs["entities_table"]  # role
    assert "analyst note &lt;script&gt;" in outs["pair_to_html"]  # verdict note


def test_pair_to_html_shows_both_sides_sources_dates_reason():
    out = pair_to_html(synthetic_contradictions().iloc[0], synthetic_claims(),
                       articles=synthetic_articles(), timeline=synthetic_timeline())
    for text in ["depot closed in 2021.", "the depot closed in March 2023.", "Ilse Varga", "Ørsted Næss",
                 "published 2024-05-01", "published 2024-06-02", "“in March 2023” = 2023-03-01–2023-03-31",
                 "closed in 2021 vs closed in March 2023", "temporal", "0.90", "verdict: <span class=\"kit-verdict\">open"]:
        assert text in out


def test_pair_to_html_missing_claim_is_said_not_raised():
    out = pair_to_html({"claim_a": "c1", "claim_b": "gone", "reason": "x"}, synthetic_claims())
    assert "claim gone not found" in out and "Ilse Varga" in out


@pytest.mark.parametrize(
    "by, articles, expected",
    [
        ("article_id", None, [["syn-a1", 1, 1, 0, 1, 1, 2], ["syn-a2", 2, 0, 0, 0, 0, 2], ["syn-a3", 0, 0, 1, 1, 0, 1]]),
        ("outlet", synthetic_articles(), [["(none)", 0, 0, 1, 1, 0, 1], ["Herald " + IMG, 2, 0, 0, 0, 0, 2],
                                          ["The Synthetic Herald", 1, 1, 0, 1, 1, 2]]),
        ("source_type", None, [["anonymous", 0, 1, 0, 1, 1, 1], ["official", 1, 0, 0, 0, 0, 1],
                               ["person", 2, 0, 0, 0, 0, 2], ["unattributed", 0, 0, 1, 1, 0, 1]]),
    ],
)
def test_sourcing_summary_counts(by, articles, expected):
    out = sourcing_summary(synthetic_claims(), by=by, articles=articles)
    assert out.columns.tolist() == [by, "named", "anonymous", "unattributed", "hedged", "denied", "total"]
    assert out.to_numpy().tolist() == expected


@pytest.mark.parametrize("kwargs, words", [({"by": "colour"}, ["'colour'", "article_id", "outlet"]),
                                           ({"by": "outlet"}, ["outlet", "articles"])])
def test_sourcing_summary_bad_arguments(kwargs, words):
    with pytest.raises(ValueError) as info:
        sourcing_summary(synthetic_claims(), **kwargs)
    assert all(w in str(info.value) for w in words)


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        ({}, ["e1", "e2", "e3", "e4"]),
        ({"start": "2022-01-01"}, ["e2", "e3"]),
        ({"end": "2021-06-30"}, ["e1"]),
        ({"start": "2023-03-31", "end": "2023-03-31"}, ["e2"]),  # inclusive end day of a month
        ({"start": pd.Timestamp("2023-05-05")}, []),
        ({"source": "Ørsted Næss"}, ["e2"]),
        ({"entity": "Ilse Varga", "claims": synthetic_claims()}, ["e1"]),
        ({"entity": "Depot Nord", "claims": synthetic_claims()}, ["e1", "e2", "e4"]),
        ({"entity": "SOLD"}, ["e4"]),  # no claims: description substring
    ],
)
def test_filter_timeline(kwargs, expected):
    assert filter_timeline(synthetic_timeline(), **kwargs)["event_id"].tolist() == expected


def test_filter_timeline_rejects_reversed_range():
    with pytest.raises(ValueError, match="start='2024-01-02' is after end='2024-01-01'"):
        filter_timeline(synthetic_timeline(), start="2024-01-02", end="2024-01-01")


def test_review_queue_open_first_then_score():
    frame = synthetic_contradictions().assign(verdict=["confirmed", "open", "open"])
    out = review_queue(frame)
    assert out[["claim_a", "claim_b", "verdict", "reviewed"]].to_numpy().tolist() == [
        ["c1", "c2", "open", False], ["c3", "c4", "open", False], ["c1", "c3", "confirmed", True]]


def test_review_queue_without_verdicts_is_all_open_by_score():
    out = review_queue(synthetic_contradictions())
    assert out["score"].tolist() == [0.9, 0.7, 0.2] and not out["reviewed"].any()


# ---- edge-case catalogue: every pure function on degenerate inputs ----

NON_ASCII = to_frame([{"claim_id": "n1", "article_id": "syn-ü", "sentence": "Žofie Ďuricová řekla, že ano.",
                       "source": "Žofie Ďuricová", "source_type": "person", "cue": "řekla",
                       "stance": "asserts", "entities": ["Žofie Ďuricová"]}], "claims")  # synthetic
ALL_NAT = to_frame([{"event_id": f"n{i}", "start": None, "end": None} for i in range(3)], "timeline")

EDGE_CASES = {
    "empty claims": lambda: filter_claims(empty_frame("claims"), source="x", entity="y", text="z", hedged=True),
    "empty claims html": lambda: claims_to_html(empty_frame("claims")),
    "empty sources html": lambda: sources_to_html(empty_frame("sources")),
    "empty entities html": lambda: entities_table(empty_frame("entities")),
    "pair, no claims": lambda: pair_to_html(synthetic_contradictions().iloc[0], empty_frame("claims")),
    "empty summary": lambda: sourcing_summary(empty_frame("claims")),
    "empty timeline": lambda: filter_timeline(empty_frame("timeline"), start="2020-01-01", entity="x"),
    "all-NaT timeline": lambda: filter_timeline(ALL_NAT, start="2020-01-01"),
    "empty queue": lambda: review_queue(empty_frame("contradictions")),
}
EDGE_EXPECTED = {
    "empty claims": 0, "empty summary": 0, "empty timeline": 0, "all-NaT timeline": 0, "empty queue": 0,
    "empty claims html": "No claims match.", "empty sources html": "No sources.",
    "empty entities html": "No entities.", "pair, no claims": "claim c1 not found",
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_edge_cases(case):
    out, expected = EDGE_CASES[case](), EDGE_EXPECTED[case]
    if isinstance(expected, int):
        assert isinstance(out, pd.DataFrame) and len(out) == expected
    else:
        assert expected in out


def test_all_nat_timeline_kept_without_date_filter():
    assert len(filter_timeline(ALL_NAT)) == 3


@pytest.mark.parametrize("fn, needle", [
    (lambda: filter_claims(NON_ASCII, entity="Žofie Ďuricová", text="ŘEKLA")["claim_id"].tolist(), ["n1"]),
    (lambda: _marks(claims_to_html(NON_ASCII)), [("kit-source", "Žofie Ďuricová"), ("kit-cue", "řekla")]),
    (lambda: sourcing_summary(NON_ASCII)["article_id"].tolist(), ["syn-ü"]),
])
def test_non_ascii(fn, needle):
    assert fn() == needle


def test_claims_to_html_shows_escaped_tags_and_notes():
    claims = synthetic_claims().head(1)
    claims["tags"] = [["follow-up", SCRIPT]]
    claims["notes"] = [[f"ask {IMG}"]]
    out = claims_to_html(claims)
    assert "tags: follow-up, &lt;script&gt;" in out and "notes: ask &lt;img src=x" in out
    assert "<script>" not in out


@pytest.mark.parametrize("module", ["kit.explore", "kit.plots", "kit.widgets"])
def test_docstring_examples_run(module):
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module))
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize("value, expected", [
    (None, ""), (float("nan"), ""), (pd.NA, ""), (pd.NaT, ""), (pd.Timestamp("2024-02-29"), "2024-02-29"),
    (["a", "<b>"], "a, &lt;b&gt;"), ('"q" & \'s\'', "&quot;q&quot; &amp; &#x27;s&#x27;"), (3, "3"),
])
def test_esc(value, expected):
    from kit.explore import esc

    assert esc(value) == expected


def test_sources_table_with_ungraded_nullable_credibility():
    sources = synthetic_sources()  # credibility is Int64 with <NA>, as a case returns it
    out = sources_to_html(sources)
    assert "&lt;NA&gt;" not in out and "<th>credibility</th>" in out
