"""kit.analyze never raises on arbitrary text, and every frame keeps the contract's columns."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.analysis import analyze_article, combine
from kit.schema import COLUMNS

FRAMES = ("claims", "entities", "mentions", "timeline", "contradictions", "sources")

# text built from pieces that stress the rules: quotes, names, cues, dates, odd unicode
_PIECES = st.sampled_from([
    "said", "according to", "citing", "denied", "reportedly", "allegedly", "the billionaire", "The", "Mr.", "Dr.",
    "Ann Vole", "Bo Lint", "WSJ", "“", "”", '"', ",", ".", "?", "!", "\n", " ", "since 2022", "last year", "on Tuesday",
    "32 October 2024", "he", "she", "they", "that", "'s", "-", "Zoë Ångström", "北京", "مرحبا", "\u200b", "\t",
    "<script>alert(1)</script>", "0", "2021", "once", "regular", "according", "to", "X.", "A", "told", "cites",
])
TEXTS = st.one_of(st.text(max_size=400), st.lists(_PIECES, max_size=80).map(" ".join))


def _analyze_text(text: str, published=pd.Timestamp("2024-10-25")):
    row = dict(article_id="h", title="Hypothesis", text=text, published=published, sections=[])
    arts = kit.to_frame([dict(row, path="h.txt", lead="")], "articles")
    return combine(arts, [analyze_article(row)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, dated=st.booleans())
def test_arbitrary_text_never_raises(text, dated):
    res = _analyze_text("Title\n" + text, pd.Timestamp("2024-10-25") if dated else pd.NaT)
    for name in FRAMES:
        frame = getattr(res, name)
        assert list(frame.columns[: len(COLUMNS[name])]) == list(COLUMNS[name])
    # every claim's span lies inside the text and is its sentence
    full = "Title\n" + text
    for c in res.claims.itertuples():
        assert 0 <= c.start <= c.end <= len(full)
        assert full[c.start:c.end] == c.sentence


EDGE_CASES = {
    "no articles": kit.to_frame([], "articles"),
    "no claims (title only)": kit.to_frame([dict(article_id="t", path="t.txt", title="Only a title", text="Only a title\n",
                                                 published=pd.NaT)], "articles"),
    "all-NaT dates": kit.to_frame([dict(article_id="n", path="n.txt", title="Undated", published=pd.NaT,
                                        text="Undated\nThe mayor said last year was hard, since 2020 and on Tuesday.\n")],
                                  "articles"),
    "non-ASCII names": kit.to_frame([dict(article_id="u", path="u.txt", title="Ünïcode", published=pd.Timestamp("2024-01-02"),
                                          text="Ünïcode\nZoë Ångström said that Łukasz Żółć met Søren Ødegård in Malmö.\n")],
                                    "articles"),
}


@pytest.mark.parametrize("name", list(EDGE_CASES))
def test_edge_cases_through_every_frame_consumer(name):
    from kit import explore, plots

    res = kit.analyze(EDGE_CASES[name])
    for frame in FRAMES:
        assert list(getattr(res, frame).columns[: len(COLUMNS[frame])]) == list(COLUMNS[frame])
    explore.filter_claims(res.claims)
    explore.claims_to_html(res.claims)
    explore.sourcing_summary(res.claims)
    explore.filter_timeline(res.timeline)
    plots.timeline_plot(res.timeline, contradictions=res.contradictions, claims=res.claims)
    plots.sourcing_chart(res.claims)
    if name == "non-ASCII names":
        assert {"Zoë Ångström", "Łukasz Żółć", "Søren Ødegård"} <= set(res.entities["name"])
        assert res.claims.iloc[0]["source"] == "Zoë Ångström"
    if name == "all-NaT dates":
        # relative dates cannot be placed without a publication date: kept on the claim, not as rows
        assert res.timeline.empty or res.timeline["start"].notna().all()
        assert {"last year", "on Tuesday"} <= {u for us in res.claims["undated"] for u in us}


def test_same_input_same_frames_and_ids(seed_articles):
    a, b = kit.analyze(seed_articles), kit.analyze(seed_articles)
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))


def test_bad_arguments_name_the_value():
    with pytest.raises(ValueError, match="engine='spark'.*'local', 'dask'"):
        kit.analyze(kit.to_frame([], "articles"), engine="spark")
    with pytest.raises(ValueError, match="workers=0"):
        kit.analyze(kit.to_frame([], "articles"), workers=0)
    with pytest.raises(ValueError, match="missing columns"):
        kit.analyze(pd.DataFrame({"title": ["x"]}))


def test_told_ending_a_sentence_never_raises():
    # (found by the property above: "told" as a sentence's last word, nothing after it)
    res = _analyze_text("Title\n, 0 0 0 0 0 0 0 B A 0 0 tOLD", pd.NaT)
    assert len(res.claims) == 1


def test_an_article_the_extractors_fail_on_never_stops_the_others(tmp_path, monkeypatch):
    import kit.entities

    real = kit.entities.find_entities

    def fragile(sents, *args, **kwargs):
        if any("Quorvell" in s.text for s in sents):
            raise StopIteration  # (what one real article's name once did in the entity rules)
        return real(sents, *args, **kwargs)

    monkeypatch.setattr(kit.entities, "find_entities", fragile)
    (tmp_path / "good.txt").write_text("Bridge safe\n12 March 2026\nThe mayor said the bridge was safe.\n")
    (tmp_path / "odd.txt").write_text("Odd one\n12 March 2026\nThe Quorvell board said the dam was safe.\n")
    articles = kit.load_articles(tmp_path)
    with pytest.warns(kit.AnalysisWarning, match=r"odd\.txt: not analyzed \(StopIteration") as caught:
        result = kit.analyze(articles)
    assert len(caught) == 1
    by_file = dict(zip(articles["article_id"], articles["path"].map(lambda p: str(p).rsplit("/", 1)[-1])))
    assert result.claims["article_id"].map(by_file).tolist() == ["good.txt"]
    assert result.claims["cue"].tolist() == ["said"] and len(result.articles) == 2


def test_a_chief_title_inside_a_body_s_name():
    # "District Education Authority Lahore": "Authority" read as a chief's title once ran the title search dry
    c = _analyze_text("Fees\nThe District Education Authority Lahore said it had approved the fee rise.").claims
    assert c["source"].tolist() == ["District Education Authority Lahore"]
