"""kit.load_articles: formats, datelines, encodings, ids, articles.csv (fixtures are synthetic)."""
from __future__ import annotations

import hashlib
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.datelines import parse_dateline, parse_date_value
from kit.load import LoadError, LoadWarning, Problem, decode, load_articles

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_ba1ba088aba1f641.txt"
COLUMNS = ["article_id", "path", "title", "lead", "published", "published_utc", "outlet", "url", "sections", "text"]


def load_quiet(source, **kw) -> tuple[pd.DataFrame, list[str]]:
    """Load and return the LoadWarning messages too."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = load_articles(source, **kw)
    return df, [str(w.message) for w in caught if issubclass(w.category, LoadWarning)]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


# --- the seed ------------------------------------------------------------------------------


def test_seed_exact_values():
    df = kit.load_articles(SEED.parent)
    assert df.columns.tolist()[: len(COLUMNS)] == COLUMNS
    assert len(df) == 1
    row = df.iloc[0]
    lines = SEED.read_text(encoding="utf-8").split("\n")
    assert row.article_id == "000_ba1ba088aba1f641"
    assert row.title == "Elon Musk's secret talks with Putin spark global concern"
    assert row.published == pd.Timestamp("2024-10-25 06:06")
    assert row.published.tzinfo is None
    assert row.published_utc == pd.Timestamp("2024-10-25 06:06")
    assert row.lead == lines[1]
    assert row.sections == ["Musk to talk with Putin", '"Closely guarded secret"']
    assert row.text == SEED.read_text(encoding="utf-8")
    assert row.outlet is None and row.url is None
    assert df.attrs["problems"] == []
    assert df["published"].dtype == object and df["published_utc"].dtype == "datetime64[ns]"


def test_seed_path_is_as_given_not_absolute():
    df = load_articles("seeds/") if Path("seeds").is_dir() else load_articles(SEED.parent)
    assert df.loc[0, "path"].endswith("seeds/000_ba1ba088aba1f641.txt")
    assert "000_ba1ba088aba1f641" == df.loc[0, "article_id"]


# --- every format, from the fixture folder ----------------------------------------------------

EXPECTED = [
    # article_id, title, published (str), outlet, url, sections, lead
    ("bridge_report", "Inspectors find cracks in the Lerwick Row bridge", "2024-10-25 08:15:00+02:00",
     "The Velden Tribune", "https://example.org/bridge-report", ["What happens next"], "The bridge will close for two weeks."),
    ("feed-0", "Ferry operator adds winter crossings", "2024-10-24 12:00:00+00:00", "Coastal Wire",
     "https://example.org/ferry", [], "Two extra crossings a week."),
    ("feed-1", "Library reopens after repairs", "2024-10-23 00:00:00", "Orsk Gazette", None, [], ""),
    ("harbour_fire", "Fire closes Port Averne harbour for a second day", "2024-10-25 17:12:00-04:00",
     "The Averne Courier", "https://example.org/harbour-fire", ["What we know", '"A long night"'],
     "Officials in the synthetic town of Port Averne said the blaze started in a grain store. "
     "No one was hurt, according to the harbour master."),
    ("river_council", "Velden council votes to dredge the river", "2024-10-26 09:00:00+01:00", None, None, [], ""),
    ("saved_page", "Orchard growers fear early frost", "2024-10-25 07:45:00+01:00", "Daily Synth", None,
     ["Harvest brought forward"], ""),
    ("single", "Museum lends painting abroad", "2024-10-25 06:06:00", None, "https://example.org/museum", [], ""),
    ("wire-0", "Tram strike called off", "2024-10-22 09:00:00-04:00", None, None, [], ""),
    ("wire-1", "Market square to be repaved", "2024-10-21 00:00:00", None, None, [], ""),
]


@pytest.fixture(scope="module")
def fixture_frame():
    df, warned = load_quiet(FIXTURES)
    return df.set_index("article_id", drop=False), warned


def test_fixture_folder_ids_sorted_and_unique(fixture_frame):
    df, warned = fixture_frame
    assert df["article_id"].tolist() == [e[0] for e in EXPECTED]
    assert df["article_id"].is_unique
    assert warned == []


@pytest.mark.parametrize("aid,title,published,outlet,url,sections,lead", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_fixture_articles(fixture_frame, aid, title, published, outlet, url, sections, lead):
    row = fixture_frame[0].loc[aid]
    assert row.title == title
    assert str(row.published) == published
    assert row.published_utc == (pd.Timestamp(published).tz_convert("UTC").tz_localize(None)
                                 if pd.Timestamp(published).tzinfo else pd.Timestamp(published))
    assert row.outlet == outlet
    assert row.url == url
    assert row.sections == sections
    assert row.lead == lead
    assert row.text.startswith(title + "\n")
    assert row.path == (FIXTURES / Path(row.path).name).as_posix()


def test_html_drops_scripts_iframes_and_handlers(fixture_frame):
    text = fixture_frame[0].loc["saved_page"].text
    for payload in ("SCRIPT_PAYLOAD", "STYLE_PAYLOAD", "IFRAME_PAYLOAD", "HANDLER_PAYLOAD", "<script", "onclick", "Home"):
        assert payload not in text
    assert "Tomas Revik, asked pickers" in text
    assert text.split("\n")[:3] == ["Orchard growers fear early frost",
                                    "Growers in the invented valley of Kessel said on Friday that an early frost "
                                    "could ruin half of this year's apple harvest.", "Harvest brought forward"]


def test_markdown_text_in_seed_layout(fixture_frame):
    assert fixture_frame[0].loc["bridge_report"].text == (
        "Inspectors find cracks in the Lerwick Row bridge\nThe bridge will close for two weeks.\n"
        "Inspectors said on Friday that they had found hairline cracks in two of the bridge's supports.\n"
        "What happens next\nTraffic will be diverted through the old town, the inspectors said.\n")


HTML_DATES = [
    ('<meta property="article:published_time" content="2024-10-25T06:06:00+02:00">', "", "2024-10-25 06:06:00+02:00"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "X", '
     '"datePublished": "2024-10-25T17:12:00-04:00"}</script>', "", "2024-10-25 17:12:00-04:00"),
    ("", '<time datetime="2024-10-24T09:30:00Z">24 Oct</time>', "2024-10-24 09:30:00+00:00"),
]


@pytest.mark.parametrize("head,inbody,expected", HTML_DATES, ids=["meta", "json-ld", "time"])
def test_html_publication_date_from_metadata(tmp_path, head, inbody, expected):
    html = (f"<html><head><title>Dam inspection passes | Synth Post</title>{head}</head><body><article>"
            f"<h1>Dam inspection passes</h1>{inbody}<p>The synthetic dam at Orvel passed its yearly inspection, "
            "engineers said on Thursday afternoon.</p><p>Repairs to the spillway will follow in the spring, "
            "the invented water board added.</p></article></body></html>")
    write(tmp_path, "dam.html", html)
    df, warned = load_quiet(tmp_path)
    assert str(df.loc[0, "published"]) == expected
    assert df.loc[0, "title"] == "Dam inspection passes"
    assert warned == []


JSON_FIELDS = [
    ({"title": "T one", "text": "Body one."}, {"outlet": None, "url": None, "lead": ""}),
    ({"title": "T one", "text": "Body one.", "source": "Wire A", "link": "https://example.org/a",
      "description": "Lead A."}, {"outlet": "Wire A", "url": "https://example.org/a", "lead": "Lead A."}),
    ({"headline": "T one", "content": "Body one.", "publisher": {"name": "Wire B"}, "summary": "Lead B."},
     {"outlet": "Wire B", "lead": "Lead B."}),
    ({"title": "T one", "body": "Body one.", "datePublished": "2024-10-25T06:06:00Z"},
     {"published": pd.Timestamp("2024-10-25 06:06", tz="UTC")}),
]


@pytest.mark.parametrize("record,expected", JSON_FIELDS)
def test_json_fields_map_by_name(tmp_path, record, expected):
    import json

    write(tmp_path, "rec.json", json.dumps(record))
    row = load_quiet(tmp_path)[0].iloc[0]
    assert row.article_id == "rec" and row.title == "T one"
    assert row.text == "T one\n" + (row.lead + "\n" if row.lead else "") + "Body one.\n"
    for key, value in expected.items():
        assert row[key] == value


def test_markdown_title_from_heading_when_front_matter_has_none(tmp_path):
    write(tmp_path, "note.md", "# Storm warning for the coast\n\nThe invented weather office warned of gales.\n\n"
                               "## Ferries cancelled\nAll crossings stopped.\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert (row.title, row.sections) == ("Storm warning for the coast", ["Ferries cancelled"])
    assert pd.isna(row.published)


def test_markdown_heading_repeating_the_title_is_not_a_section(tmp_path):
    write(tmp_path, "rep.md", "---\ntitle: Storm warning\n---\n# Storm warning\n\nBody.\n\n## Ferries\nMore.\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert (row.sections, row.text) == (["Ferries"], "Storm warning\nBody.\nFerries\nMore.\n")


@pytest.mark.parametrize("name,content,fmt_title", [
    ("looks_like.txt", "---\ntitle: Front matter in a txt\n---\nBody line.\n", "Front matter in a txt"),
    ("page.txt", "<!doctype html><html><head><title>Html in a txt</title></head><body><article><h1>Html in a txt"
                 "</h1><p>A paragraph that is long enough to count as the main text of the page.</p></article>"
                 "</body></html>", "Html in a txt"),
    ("data.txt", '{"title": "Json in a txt", "text": "Body."}', "Json in a txt"),
    ("noext", "Plain text without extension\n2024-10-25\nBody.\n", "Plain text without extension"),
])
def test_format_chosen_by_content(tmp_path, name, content, fmt_title):
    write(tmp_path, name, content)
    assert load_quiet(tmp_path)[0].loc[0, "title"] == fmt_title


# --- datelines ----------------------------------------------------------------------------

DATELINES = [
    ("25 October 2024 06:06", "2024-10-25 06:06:00", None, ""),
    ("Oct. 25, 2024 5:12 PM ET", "2024-10-25 17:12:00-04:00", "America/New_York", ""),
    ("Friday 25 October 2024 10.30 BST", "2024-10-25 10:30:00+01:00", "Europe/London", ""),
    ("2024-10-25", "2024-10-25 00:00:00", None, ""),
    ("2024-10-25T06:06:00Z", "2024-10-25 06:06:00+00:00", "UTC", ""),
    ("Updated 3 hours ago", "NaT", None, "relative dateline"),
    ("32 October 2024", "NaT", None, "impossible date"),
    ("Sept. 3, 2024 12:05 AM PT", "2024-09-03 00:05:00-07:00", "America/Los_Angeles", ""),
    ("3 March 2024 10:00 CET", "2024-03-03 10:00:00+01:00", "Europe/Paris", ""),
    ("September 30, 2025 4:02 am CET", "2025-09-30 04:02:00+01:00", "UTC+01:00", ""),  # as printed, in summer too
    ("25 October 2024 06:06 +02:00", "2024-10-25 06:06:00+02:00", "UTC+02:00", ""),
    ("October 25, 2024 at 5:12 p.m. EDT", "2024-10-25 17:12:00-04:00", "America/New_York", ""),
    ("Thu 24 Oct 2024 18.00 GMT", "2024-10-24 18:00:00+00:00", "UTC", ""),
    ("Published: 25 October 2024", "2024-10-25 00:00:00", None, ""),
    ("Oct 25, 2024 13:12 PM ET", "NaT", None, "impossible date"),
    ("2024-02-30", "NaT", None, "impossible date"),
    ("yesterday", "NaT", None, "relative dateline"),
    ("25.10.2024 06:06", "2024-10-25 06:06:00", None, ""),
    ("10/25/2024 5:12 PM ET", "2024-10-25 17:12:00-04:00", "America/New_York", ""),
    ("25/10/2024", "2024-10-25 00:00:00", None, ""),
    ("06:06, 25 October 2024", "2024-10-25 06:06:00", None, ""),
    ("17:12 ET, Oct. 25, 2024", "2024-10-25 17:12:00-04:00", "America/New_York", ""),
    ("Friday, 25 October, 2024, 06:06", "2024-10-25 06:06:00", None, ""),
    ("Velden | 25 October 2024 06:06", "2024-10-25 06:06:00", None, ""),
    ("By Ann Roe \u2022 Oct. 25, 2024 5:12 PM ET", "2024-10-25 17:12:00-04:00", "America/New_York", ""),
    ("13.13.2024", "NaT", None, "impossible date"),
    ("03/14/2025 March 14, 2025 17:26", "2025-03-14 17:26:00", None, ""),  # the date twice, numeric first
    ("Tuesday, 04 Mar 2025 2:32 PM MYT", "2025-03-04 14:32:00+08:00", "Asia/Kuala_Lumpur", ""),
    ("Mar - 03 - 2025 , 14:32", "2025-03-03 14:32:00", None, ""),
    ("Issued on: 12/03/2025 - 17:42", "2025-03-12 17:42:00", None, ""),  # a 24-hour clock: day first
    ("03/12/2025 05:42 PM EDT", "2025-03-12 17:42:00-04:00", "America/New_York", ""),  # a 12-hour one: month first
    ("03/12/2025 17:42 ET", "2025-03-12 17:42:00-04:00", "America/New_York", ""),  # a US zone: month first
    ("26 November 2026, MVT 14:35", "2026-11-26 14:35:00+05:00", "Indian/Maldives", ""),  # the zone before the time
    ("By Ann Roe - Nov 29,2026 - Last updated at Nov 29,2026 18:48", "2026-11-29 18:48:00", None, ""),  # no space
    ("Nov. 12, 2025, 5 a.m. EST", "2025-11-12 05:00:00-05:00", "America/New_York", ""),  # an hour with its a.m. alone
    ("Published Nov. 12, 2025 at 11 p.m.", "2025-11-12 23:00:00", None, ""),
    ("2026.11.27. 10:45", "2026-11-27 10:45:00", None, ""),  # year first, each part closed by a dot
    ("2026. 3. 7. 10:45", "2026-03-07 10:45:00", None, ""),
    ("27 November 2026 09:14 SBT", "2026-11-27 09:14:00+11:00", "Pacific/Guadalcanal", ""),
    # (round eighty-nine) the city of a zone's name in brackets, then the update (Le Monde); the byline on the line
    ("Published on November 26, 2025, at 5:12 pm (Paris), updated at 6:40 pm", "2025-11-26 17:12:00+01:00",
     "Europe/Paris", ""),
    ("Published July 3, 2025 at 9:00 am (Lyon)", "2025-07-03 09:00:00", None, ""),  # a city no zone is named for
    ("By Priya Nandakumar Nov. 21, 2025", "2025-11-21 00:00:00", None, ""),
    # (round ninety-three) Devex's double slash; German's "Uhr" after the time (Handelsblatt)
    ("By Clara Ostrowski // 25 November 2025", "2025-11-25 00:00:00", None, ""),
    ("26.11.2025 - 14:03 Uhr", "2025-11-26 14:03:00", None, ""),
    # (round ninety-four) a US zone by its region's name (Texas Tribune); "by Name on date" (Mongabay)
    ("Nov. 26, 2025 5 AM Central", "2025-11-26 05:00:00-06:00", "America/Chicago", ""),
    ("by Adi Prasetyo on 25 November 2025", "2025-11-25 00:00:00", None, ""),
    # (round ninety-seven) the print edition's page after the date (Taipei Times)
    ("Wed, Nov 26, 2025 page1", "2025-11-26 00:00:00", None, ""),
    # (round ninety-eight) the month's name between slashes (The Wire)
    ("26/Nov/2025", "2025-11-26 00:00:00", None, ""),
    # (round one hundred) an icon's name glued between the date and the reading time (Toronto Star)
    ("Wed., Nov. 26, 2025timer4 min. read", "2025-11-26 00:00:00", None, ""),
    # (round one hundred and one) a two-digit year before the time, after the byline (The Hill)
    ("by Avery Lindqvist - 11/25/25 5:12 PM ET", "2025-11-25 17:12:00-05:00", "America/New_York", ""),
    # (session fifty-nine) a section between the byline and the date (The Astana Times); a listing's spaced comma
    # between the date and the byline (Penguin News)
    ("By Aigerim Sadykova in Business on 9 December 2025", "2025-12-09 00:00:00", None, ""),
    ("By Ana Holt in World News on Dec. 9, 2025", "2025-12-09 00:00:00", None, ""),
    ("5 December 2025 , Ana Holt", "2025-12-05 00:00:00", None, ""),
]


@pytest.mark.parametrize("line,expected,zone,note", DATELINES, ids=[d[0] for d in DATELINES])
def test_parse_dateline(line, expected, zone, note):
    parsed = parse_dateline(line)
    assert str(parsed.value) == expected
    if zone:
        assert str(parsed.value.tzinfo) == zone
    elif expected != "NaT":
        assert parsed.value.tzinfo is None
    assert note in parsed.note and (bool(note) == bool(parsed.note))


def test_a_sentence_opening_with_by_is_no_byline_and_date():
    assert "not a dateline" in parse_dateline("By the end of March 2025").note


@pytest.mark.parametrize("line,expected,zone,note", DATELINES, ids=[d[0] for d in DATELINES])
def test_dateline_in_a_file(tmp_path, line, expected, zone, note):
    write(tmp_path, "story.txt", f"Synthetic headline\nA lead sentence here.\n{line}\nBody sentence.\nA subheading\nMore.\n")
    df, warned = load_quiet(tmp_path)
    row = df.iloc[0]
    assert str(row.published) == expected
    assert row.lead == "A lead sentence here."
    assert row.sections == ["A subheading"]  # the dateline is never a subheading
    if expected == "NaT":
        assert pd.isna(row.published_utc)
        assert len(warned) == 1 and "story.txt" in warned[0] and note in warned[0]
    else:
        assert row.published_utc == to_naive_utc(pd.Timestamp(expected))
        assert warned == []


def to_naive_utc(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo else ts


@pytest.mark.parametrize("between,lead", [
    ("By Ann Roe, Velden correspondent\n", ""),
    ("A lead sentence.\nBy Ann Roe\n", "A lead sentence."),
    ("", ""),
])
def test_byline_is_not_the_lead(tmp_path, between, lead):
    write(tmp_path, "story.txt", f"Synthetic headline\n{between}25 October 2024 06:06\nBody sentence.\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert (row.lead, row.published) == (lead, pd.Timestamp("2024-10-25 06:06"))


def test_future_dateline_is_kept_with_a_warning(tmp_path):
    write(tmp_path, "ahead.txt", "Synthetic headline\n1 January 2199 09:00\nBody.\n")
    df, warned = load_quiet(tmp_path)
    assert df.loc[0, "published"] == pd.Timestamp("2199-01-01 09:00")
    assert len(warned) == 1 and "ahead.txt" in warned[0] and "future" in warned[0]


def test_an_agency_credit_closing_the_story_is_no_subheading(tmp_path):
    write(tmp_path, "a.txt", "Headline\n14 March 2025 17:26\nThe plane landed safely.\nSmoke in the cabin\n"
                             "Passengers said they smelled smoke.\njsi/rc (dpa, Reuters)\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Smoke in the cabin"]


def test_a_summary_label_opens_a_section_but_an_introduced_quotation_does_not(tmp_path):
    write(tmp_path, "a.txt", "Headline\nPosted Wed 12 Mar 2025 at 5:42pm\nIn short:\nA worker has died.\n"
                             "What's next?\nThe regulator will investigate.\nShe said:\n\"We are heartbroken.\"\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["In short:", "What's next?"]


@pytest.mark.parametrize("chrome", ["Listen to this article:", "Share this story", "Advertisement"])
def test_a_sites_buttons_copied_with_the_story_are_no_section(tmp_path, chrome):
    write(tmp_path, "a.txt", f"Headline\nAnna Roe\nFriday, November 28, 2025 5:30 am\n{chrome}\nThe mill stopped.\n"
                             "Repair promises\nThe part arrived late.\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Repair promises"]


@pytest.mark.parametrize("head,foot", [
    # (session forty-four) Postmedia's "Last updated 2 hours ago" between bullets; CNA's credit at the foot
    ("Author of the article:\nTara Kwok\nPublished Dec 02, 2025\n•\nLast updated 2 hours ago\n•\n3 minute read",
     "The audit was filed."),
    ("12/02/2025 05:12 PM", "(By Yeh Tsung-han and Evelyn Chou) Enditem/ASG"),
    # (session forty-five) Postmedia's "Article content" between paragraphs; the Sacramento Bee's "READ NEXT" over
    # one linked headline (the heading under it stays)
    ("Published Dec 03, 2025\nArticle content", "Article content"),
    ("Updated December 03, 2025 5:12 PM", "READ NEXT\nSinking land, dry wells: How the law is playing out"),
    # (session sixty-eight) the Local Journalism Initiative's tag over a Canadian byline; a page's topics at its foot
    ("July 27, 2026\nBy Emily Roe\nLocal Journalism Initiative", "Related Topics: Hakin, Milford Haven, Natural Resources Wales"),
])
def test_page_chrome_and_wire_credits_are_no_sections(tmp_path, head, foot):
    write(tmp_path, "a.txt", f"Headline\n{head}\nThe mill stopped.\nRepair promises\nThe part arrived late.\n{foot}\n"
                             "Costs in dispute\nIt rained.\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Repair promises", "Costs in dispute"]


def test_a_longer_summary_label_and_a_publish_label(tmp_path):
    write(tmp_path, "a.txt", "Headline\nA standfirst.\nAnna Roe\nPublish : 12 Mar 2025, 05:42 PM\n"
                             "What you need to know:\nA worker has died.\nLocked gate\nThe gate was shut.\n")
    df = load_quiet(tmp_path)[0]
    assert df.loc[0, "published"] == pd.Timestamp("2025-03-12 17:42")
    assert df.loc[0, "sections"] == ["What you need to know:", "Locked gate"]


def test_a_lower_case_byline_under_a_standfirst_is_no_section(tmp_path):
    write(tmp_path, "a.txt", "Headline\nARGENTINA | 27-11-2026 17:48\nThe secretariat blames the system.\n"
                             "by Tomás Ibarra\nThe contract was suspended.\nFigures in dispute\nIt rained.\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Figures in dispute"]


@pytest.mark.parametrize("head,published", [
    # a day-first date with dashes; a dateline with no time, then the same day's update with one
    ("10-04-2025 14:18\nby Ana Ruiz", "2025-04-10 14:18"),
    ("Ana Ruiz\nPublished at : March 12, 2025\nUpdated at : March 12, 2025 17:42", "2025-03-12 17:42"),
    ("Wednesday, 12 March 2025\n14:27\nBy Lotte Vandermeersch", "2025-03-12 14:27"),  # the time on its own line
    ("By Phonsavanh Keomany\nNov 21, 2025\nPosted 3:42 pm (GMT+7)", "2025-11-21 15:42+07:00"),  # with its label, zone
    ("Luca Beeler\nThis content was published on November 26, 2026 - 17:05", "2026-11-26 17:05"),  # swissinfo's label
    ("16:20, 26 November 2026, Bishkek - 24.kg news agency, Aizada KASYMALIEVA", "2026-11-26 16:20"),  # the city after the date
    ("By Kareem Flowers\nPosted: Tuesday, November 24, 2026. 5:18 pm CST.", "2026-11-24 17:18-06:00"),  # stops, as a sentence
    ("By Kumudini Rathnasekara\nSunday, November 29, 2026 – 9.15 a.m. (GMT+5.30)", "2026-11-29 09:15+05:30"),  # an offset with a stop
    ("Tora Lindvik\nPublished: 26 November 2026 13:47 CET+01:00", "2026-11-26 13:47+01:00"),  # a zone and its offset
    ("Friday, November 27, 2026 - 17:05. Updated on Friday, November 27, 2026 - 17:48.", "2026-11-27 17:05"),  # a stop, then the update
    ("By Tharushi Amarakoon\nSunday, November 29, 2026\nUpdated 6.30 a.m. (GMT+5.30)", "2026-11-29 06:30+05:30"),  # its time below, dotted
    ("Published: 24/11/2026\n13:42 | Lima, Nov. 24.", "2026-11-24 13:42"),
    # (round one hundred) under a bare date, the update's time is when it changed, not when it was published
    ("By Ana Ruiz Staff Reporter\nWed., Nov. 26, 2025\nUpdated Nov. 26, 2025 at 5:12 p.m.", "2025-11-26 00:00"),  # its time below, with the wire's place and day
    ("Published: 24/11/2026\n13:42 | The minister said 24 workers were hurt.", "2026-11-24"),  # no time: a sentence after it
    # (rounds one hundred and eleven and twelve) Vanguard's "On ..." label; Postmedia's reading time on its own line
    ("By Ochuko Akpobire\nOn November 26, 2025", "2025-11-26"),
    ("Author of the article:\nEmma Laframboise\nPublished Nov 26, 2025\n•\n4 minute read", "2025-11-26"),
    # (session forty-four) the New Straits Times' "@" for "at", after its byline
    ("By Aidil Razak - December 2, 2025 @ 5:12pm", "2025-12-02 17:12"),
    # (session forty-five) the Borneo Post's weekday after the year
    ("By Raymond Jelian\non December 3, 2025, Wednesday at 5:12 PM", "2025-12-03 17:12"),
    # cleveland.com's update and first publication on one line: when it was published
    ("Updated: Dec. 03, 2025, 5:12 p.m.|Published: Dec. 03, 2025, 4:30 p.m.\nBy Andrea Petrovic, cleveland.com",
     "2025-12-03 16:30"),
    # (session forty-six) the Hankyoreh's "Dec.4,2025": no space after the month's stop, nor after the comma
    ("Posted on : Dec.4,2025 17:12 KST\nModified on : Dec.4,2025 17:12 KST", "2025-12-04 17:12+09:00"),
    # (session forty-seven) the Sierra Leone Telegraph's byline, outlet and date on one line, each closed by a colon
    ("Mariama Kamara: Sierra Leone Telegraph: 4 December 2025:", "2025-12-04"),
    # the Pacific Daily News' "ChST" (Chamorro Standard Time, Guam's, written with a lower-case letter)
    ("Marcus Aflague\nPacific Daily News\nPublished 5:12 p.m. ChST Dec. 4, 2025", "2025-12-04 17:12+10:00"),
    # (session forty-eight) Australian Community Media's "Updated ..., first published 12:30pm": the first time that
    # day; with its own day, that day
    ("Bridie Halloran\nUpdated December 5 2025 - 4:52pm, first published 12:30pm", "2025-12-05 12:30"),
    ("Bridie Halloran\nUpdated December 5 2025 - 4:52pm, first published December 4 2025 - 11:30pm", "2025-12-04 23:30"),
    # the Times of Swaziland's byline in capitals, then the day (day first) and the time with its seconds
    ("BY NOMPUMELELO MAVUSO on 05/12/2025 07:58:00", "2025-12-05 07:58"),
    # (session sixty-four) The Tribune's place, then a time before the date and its zone after the year; The Sun's ISO
    # date with a twelve-hour clock, whose "PM" is no zone
    ("Tribune News Service\nSangrur, Updated At : 05:20 AM Nov 27, 2026 IST", "2026-11-27 05:20+05:30"),
    ("Nur Aina Zulkifli\n2026-02-03 07:40 PM", "2026-02-03 19:40"),
    ("Nur Aina Zulkifli\n2026-02-03 12:15 AM", "2026-02-03 00:15"),
    # (session sixty-five) the Medicine Hat News' byline and date on one line, closed by a full stop
    ("By Devin Roe on September 30, 2026.\ndroe@example.com", "2026-09-30"),
    # its reporter's handle, and the Iconic Media papers' "Email:" over the address: no sections
    ("By Devin Roe on September 30, 2026.\ndroe@example.com\n@DRoeMHN", "2026-09-30"),
    ("Reporter:\nÁine Roe\n30 Sept 2026 12:42 PM\nEmail:\naine.roe@example.ie", "2026-09-30 12:42"),
    # (session sixty-seven) the Caerphilly Observer's section, byline and date on one line closed by a full stop,
    # then when it was updated: when it was published
    ("News | Ffion Roe | Published: 08:30, Sunday April 19th, 2026.\nLast updated: 11:15, Sunday April 19th, 2026",
     "2026-04-19 08:30"),
    # (session sixty-eight) KT Press's comma glued to the day; the Pembrokeshire Herald's page age before the date and
    # byline after it; TODAY's summary lines, then the reporter's bare name over the date
    ("by Aline Roe\nNovember,26 2026 4:37 pm", "2026-11-26 16:37"),
    ("Published 5 hours ago on March 31, 2026 By Ffion Roe", "2026-03-31"),
    ("Residents of a condominium say noise from the courts can be heard from 7am until past 10pm\n"
     "The operator says a consultant’s report found noise levels within guidelines\n"
     "URA said the operator’s temporary permission expires at the end of April\nRachel Ong Shu Min\n"
     "Published March 31, 2026 6:00am", "2026-03-31 06:00"),
])
def test_round_twenty_datelines(tmp_path, head, published):
    write(tmp_path, "a.txt", f"Headline\n{head}\nThe dam burst.\nA subheading\nIt rained.\n")
    df = load_quiet(tmp_path)[0]
    assert df.loc[0, "published"] == pd.Timestamp(published)
    assert df.loc[0, "sections"] == ["A subheading"]


@pytest.mark.parametrize("body,published", [
    # the year a dateline leaves out is the latest the story tells, not one it looks ahead to
    ("Fees rose in 2023.\nAt its final meeting of 2025 the board voted.\nThe plan runs until 2030.", "2025-11-26"),
    ("The levy dates from 2019 and is due to end by 2027.", "2019-11-26"),
    ("No year is told here.", None),
])
def test_a_dateline_without_its_year(tmp_path, body, published):
    write(tmp_path, "a.txt", f"Headline\nBy Lauren Whitfield\nTimes staff\nPublished Nov. 26\n{body}\n")
    df = load_quiet(tmp_path)[0]
    assert (pd.isna(df.loc[0, "published"]) if published is None else df.loc[0, "published"] == pd.Timestamp(published))
    assert df.loc[0, "sections"] == []


def test_no_dateline_gives_nat_and_a_note(tmp_path):
    write(tmp_path, "undated.txt", "Synthetic headline\nBody sentence one.\nBody sentence two.\n")
    df, warned = load_quiet(tmp_path)
    assert pd.isna(df.loc[0, "published"]) and df.loc[0, "lead"] == ""
    assert len(warned) == 1 and "no dateline" in warned[0]


def test_mixed_zones_column_is_object(fixture_frame):
    df = fixture_frame[0]
    assert df["published"].dtype == object
    assert {type(v).__name__ for v in df["published"]} == {"Timestamp"}
    assert df["published_utc"].dtype == "datetime64[ns]"


@pytest.mark.parametrize("value,expected", [
    ("2024-10-25T17:12:00-0400", "2024-10-25 17:12:00-04:00"),
    ("Fri, 25 Oct 2024 06:06:00 GMT", "2024-10-25 06:06:00+00:00"),
    ("not a date at all", "NaT"),
    ("Oct. 26", "NaT"),  # no year: never filled in from today
    (12345, "NaT"),
    (None, "NaT"),
])
def test_parse_date_value(value, expected):
    assert str(parse_date_value(value).value) == expected


# --- encodings ---------------------------------------------------------------------------

SAMPLE = "Caf\u00e9 owners \u201cwin\u201d appeal \u2014 na\u00efve ruling\n25 October 2024 06:06\nThe synthetic court ruled.\n"


def _utf16_no_bom(text: str, byteorder: str) -> bytes:
    return text.encode(f"utf-16-{byteorder}")


ENCODINGS = [
    ("utf-8", SAMPLE.encode("utf-8")),
    ("utf-8 BOM", b"\xef\xbb\xbf" + SAMPLE.encode("utf-8")),
    ("utf-16 BOM", SAMPLE.encode("utf-16")),
    ("utf-16-be BOM", b"\xfe\xff" + SAMPLE.encode("utf-16-be")),
    ("utf-16-le no BOM", _utf16_no_bom(SAMPLE, "le")),
    ("utf-16-be no BOM", _utf16_no_bom(SAMPLE, "be")),
    ("utf-32 BOM", SAMPLE.encode("utf-32")),
    ("cp1252", SAMPLE.encode("cp1252")),
    ("CRLF", SAMPLE.replace("\n", "\r\n").encode("utf-8")),
    ("CR", SAMPLE.replace("\n", "\r").encode("utf-8")),
]


@pytest.mark.parametrize("label,data", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_encodings(tmp_path, label, data):
    write(tmp_path, "cafe.txt", data)
    df, warned = load_quiet(tmp_path)
    assert df.loc[0, "text"] == SAMPLE
    assert df.loc[0, "title"] == "Caf\u00e9 owners \u201cwin\u201d appeal \u2014 na\u00efve ruling"
    assert df.loc[0, "published"] == pd.Timestamp("2024-10-25 06:06")
    assert warned == []


def test_decode_rejects_undecodable():
    with pytest.raises(ValueError, match="undecodable bytes"):
        decode(b"Title\n\x81\x8d\x8f\x90\x9d broken")


# --- ids, sources, overrides ---------------------------------------------------------------


def test_ids_stable_and_unique_on_stem_clash(tmp_path):
    for root in ("one", "two"):
        write(tmp_path / root, "a/report.txt", "Report from desk A\n2024-10-25\nBody.\n")
        write(tmp_path / root, "b/report.txt", "Report from desk B\n2024-10-25\nBody.\n")
        write(tmp_path / root, "report.json", '{"title": "Report as JSON", "text": "Body."}')
    first = load_quiet(tmp_path / "one")[0]
    second = load_quiet(tmp_path / "two")[0]
    expected = sorted(f"report-{hashlib.sha1(k.encode()).hexdigest()[:6]}" for k in ("a/report.txt", "b/report.txt", "report.json"))
    assert first["article_id"].tolist() == expected
    assert second["article_id"].tolist() == expected  # another folder, same ids
    assert dict(zip(first.article_id, first.title)) == dict(zip(second.article_id, second.title))
    assert load_quiet(tmp_path / "one")[0]["article_id"].tolist() == expected  # and again
    both = load_quiet([tmp_path / "one" / "a", tmp_path / "two" / "a" / "report.txt"])[0]
    assert both["article_id"].tolist() == sorted(
        f"report-{hashlib.sha1(k.encode()).hexdigest()[:6]}" for k in ("one/a/report.txt", "two/a/report.txt"))


def test_sources_folder_file_glob_list_path(tmp_path):
    write(tmp_path, "x.txt", "Story X\n2024-10-25\nBody.\n")
    write(tmp_path, "y.txt", "Story Y\n2024-10-25\nBody.\n")
    write(tmp_path, "sub/z.md", "---\ntitle: Story Z\n---\nBody.\n")
    folder = load_quiet(tmp_path)[0]
    assert folder["article_id"].tolist() == ["x", "y", "z"]
    assert load_quiet(tmp_path / "x.txt")[0]["article_id"].tolist() == ["x"]
    assert load_quiet(str(tmp_path / "*.txt"))[0]["article_id"].tolist() == ["x", "y"]
    assert load_quiet(str(tmp_path / "**" / "*.md"))[0]["article_id"].tolist() == ["z"]
    both = load_quiet([tmp_path / "x.txt", str(tmp_path), tmp_path / "sub"])[0]
    assert both["article_id"].tolist() == ["x", "y", "z"]  # each file once


def test_articles_csv_overrides_the_files_own(tmp_path):
    write(tmp_path, "story.md", "---\ntitle: Story\noutlet: Own Outlet\nurl: https://example.org/own\n"
                                "published: 2024-10-25\n---\nBody.\n")
    write(tmp_path, "other.txt", "Other story\n2024-10-24\nBody.\n")
    write(tmp_path, "undated.txt", "Undated story\nBody.\n")
    write(tmp_path, "articles.csv", "file,outlet,url,published\nstory.md,CSV Outlet,https://example.org/csv,"
                                    "\"Oct. 26, 2024 9:00 AM ET\"\nother.txt,,,\nundated.txt,,,2024-10-20\n")
    df, warned = load_quiet(tmp_path)
    df = df.set_index("article_id")
    assert warned == []  # undated.txt's missing dateline is supplied by the csv
    assert df.loc["undated", "published"] == pd.Timestamp("2024-10-20")
    assert df.loc["story", "outlet"] == "CSV Outlet"
    assert df.loc["story", "url"] == "https://example.org/csv"
    assert str(df.loc["story", "published"]) == "2024-10-26 09:00:00-04:00"
    assert (df.loc["other", "outlet"], str(df.loc["other", "published"])) == (None, "2024-10-24 00:00:00")
    assert "articles" not in df.index  # the csv is not an article


def test_articles_csv_is_never_an_article(tmp_path):
    write(tmp_path, "story.txt", "Story\n2024-10-24\nBody.\n")
    write(tmp_path, "articles.csv", "file,outlet\nstory.txt,Glob Outlet\n")
    df = load_quiet(str(tmp_path / "*"))[0]
    assert df["article_id"].tolist() == ["story"] and df.loc[0, "outlet"] == "Glob Outlet"
    with pytest.raises(LoadError, match="metadata, not an article"):
        load_articles(tmp_path / "articles.csv", errors="raise")


def test_unicode_names_give_the_same_id_composed_or_decomposed(tmp_path):
    import unicodedata

    name = "caf\u00e9 r\u00e9sum\u00e9"
    write(tmp_path / "nfc", unicodedata.normalize("NFC", name) + ".txt", "Story\n2024-10-24\nBody.\n")
    write(tmp_path / "nfd", unicodedata.normalize("NFD", name) + ".txt", "Story\n2024-10-24\nBody.\n")
    assert load_quiet(tmp_path / "nfc")[0]["article_id"].tolist() == [name]
    assert load_quiet(tmp_path / "nfd")[0]["article_id"].tolist() == [name]


def test_notes_warn_under_raise_too(tmp_path):
    write(tmp_path, "story.txt", "Story\nUpdated 3 hours ago\nBody.\n")
    with pytest.warns(LoadWarning, match="story.txt: relative dateline"):
        df = load_articles(tmp_path, errors="raise")
    assert pd.isna(df.loc[0, "published"])


def test_articles_csv_without_file_column_is_ignored_with_a_note(tmp_path):
    write(tmp_path, "story.txt", "Story\n2024-10-24\nBody.\n")
    write(tmp_path, "articles.csv", "name,outlet\nstory.txt,X\n")
    df, warned = load_quiet(tmp_path)
    assert df.loc[0, "outlet"] is None
    assert len(warned) == 1 and "articles.csv" in warned[0] and "'file'" in warned[0]


def test_problems_collector_and_attrs(tmp_path):
    write(tmp_path, "good.txt", "Good story\n2024-10-24\nBody.\n")
    write(tmp_path, "empty.txt", "")
    collected: list = []
    df, _ = load_quiet(tmp_path, problems=collected)
    expected = [Problem((tmp_path / "empty.txt").as_posix(), "empty file (only whitespace)", True)]
    assert collected == expected and df.attrs["problems"] == expected
    assert df["article_id"].tolist() == ["good"]


@pytest.mark.parametrize("errors", ["ignore", "strict", None, ""])
def test_invalid_errors_value(errors):
    with pytest.raises(ValueError, match=r"errors=.*valid: \['warn', 'skip', 'raise'\]"):
        load_articles(FIXTURES, errors=errors)


@pytest.mark.parametrize("max_bytes", [0, -5, 1.5, "10", True])
def test_invalid_max_bytes(max_bytes):
    with pytest.raises(ValueError, match="max_bytes="):
        load_articles(FIXTURES, max_bytes=max_bytes)


def test_max_bytes_from_env(tmp_path, monkeypatch):
    write(tmp_path, "story.txt", "Story\n2024-10-24\n" + "Body sentence. " * 20 + "\n")
    monkeypatch.setenv("KIT_MAX_BYTES", "100")
    df, warned = load_quiet(tmp_path)
    assert len(df) == 0 and len(warned) == 1 and "over the size limit of 100" in warned[0]
    monkeypatch.setenv("KIT_MAX_BYTES", "lots")
    with pytest.raises(ValueError, match="KIT_MAX_BYTES='lots'"):
        load_articles(tmp_path)


def test_load_error_pickles():
    import pickle

    err = pickle.loads(pickle.dumps(LoadError("a/b.txt", "empty file")))
    assert (err.path, err.reason, str(err)) == ("a/b.txt", "empty file", "a/b.txt: empty file")


def test_errors_modes(tmp_path):
    write(tmp_path, "good.txt", "Good story\n2024-10-24\nBody.\n")
    write(tmp_path, "bad.json", "[1, 2]")
    with pytest.raises(LoadError) as info:
        load_articles(tmp_path, errors="raise")
    assert info.value.path.endswith("bad.json") and "no usable records" in info.value.reason
    assert str(info.value).startswith(info.value.path + ": ")
    assert isinstance(info.value, ValueError)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "skip" is silent
        assert load_articles(tmp_path, errors="skip")["article_id"].tolist() == ["good"]


def test_many_files_with_progress_bar(tmp_path):
    for i in range(35):
        write(tmp_path, f"story_{i:02d}.txt", f"Story number {i}\n2024-10-{1 + i % 28:02d}\nBody {i}.\n")
    df, warned = load_quiet(tmp_path)
    assert len(df) == 35 and df["article_id"].tolist() == [f"story_{i:02d}" for i in range(35)]
    assert warned == []


def test_nothing_on_disk_is_modified(tmp_path):
    shutil.copytree(FIXTURES, tmp_path / "copy")
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "copy").rglob("*")}
    load_quiet(tmp_path / "copy")
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "copy").rglob("*")}
    assert before == after


def test_empty_source_gives_empty_frame_with_columns(tmp_path):
    df, warned = load_quiet(tmp_path)
    assert len(df) == 0 and df.columns.tolist()[: len(COLUMNS)] == COLUMNS


def test_date_beyond_datetime64_keeps_published_and_nats_the_sort_key(tmp_path):
    write(tmp_path, "far.txt", "Synthetic headline\n1 January 9999 09:00\nBody.\n")
    df, warned = load_quiet(tmp_path)
    assert df.loc[0, "published"] == pd.Timestamp("9999-01-01 09:00")
    assert pd.isna(df.loc[0, "published_utc"])
    assert len(warned) == 1 and "outside the years" in warned[0] and "future" not in warned[0]


@pytest.mark.slow
def test_text_folders_never_import_heavy_parsers():
    import subprocess
    import sys

    code = ("import sys, kit; kit.load_articles(sys.argv[1]); "
            "print(sorted(m for m in ('trafilatura', 'yaml', 'tqdm', 'spacy') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, str(SEED.parent)], capture_output=True, text=True,
                          timeout=120, cwd=SEED.parent.parent)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


@pytest.mark.parametrize("body,offset", [
    ("Tenants of a Dublin-based landlord said the doors were broken.", "+01:00"),  # Irish Standard Time
    ("The firm raised Rs 40 lakh from investors in Pune.", "+05:30"),  # India Standard Time
    ("The council said the doors were broken.", "+05:30"),  # nothing says Ireland: India's, as printed most
])
def test_ist_is_read_by_the_country_the_article_names(tmp_path, body, offset):
    write(tmp_path, "story.txt", f"Synthetic headline\nThu 9 Oct 2025 06.00 IST\n{body}\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert row.published == pd.Timestamp(f"2025-10-09 06:00:00{offset}")


@pytest.mark.parametrize("body,offset", [
    ("Families in a new Muharraq housing project say the tap water made them ill.", "+03:00"),  # Arabia, by its town
    ("Residents of Riyadh queued for water.", "+03:00"),  # by its name
    ("Residents of Dartmouth, Nova Scotia, queued for water.", "-04:00"),  # Atlantic
    ("The council said the pipes were old.", "-04:00"),  # nothing says the Gulf: Atlantic, as printed
])
def test_ast_is_read_by_the_place_the_article_names(tmp_path, body, offset):
    write(tmp_path, "story.txt", f"Synthetic headline\nTue, 24 Nov 2026 - 09:40 AM AST\n{body}\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert row.published == pd.Timestamp(f"2026-11-24 09:40:00{offset}")


@pytest.mark.parametrize("body,published", [
    ("A landfill fire near Manaus forced families out of their homes.", "2026-11-24 16:40:00-04:00"),  # Amazon time
    ("Firefighters in Yerevan fought the blaze, Armenian officials said.", "2026-11-24 16:40:00"),  # Armenia's: naive
])
def test_amt_is_amazon_time_in_a_brazilian_story(tmp_path, body, published):
    write(tmp_path, "story.txt", f"Synthetic headline\nPublished on 24/11/2026 - 16:40 AMT\n{body}\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert row.published == pd.Timestamp(published)


def test_afp_dashed_subheadings_and_link_lists():
    from kit.formats import parse_text
    text = ("Trawlers empty Senegal's seas\nIssued on: 16/10/2025 - 15:42\n"
            "Dakar (AFP) – The minister defended the licences on Thursday.\n"
            "READ MORE:\n* Council tightens nitrogen rules for the catchment\n"
            "- 'Fishing blind' -\nFishers said the catch had halved.\n")
    (parsed,) = parse_text(text)
    assert parsed.sections == ["'Fishing blind'"]


def test_a_live_blogs_clock_lines_are_no_sections_but_its_entry_titles_are(tmp_path):
    write(tmp_path, "a.txt", "Vote live: government survives\nLast updated: 18:47 AEST, 23 Jul 2025\n18:47\n"
                             "What we learned today\nThe motion failed.\n17:20\nLetter 'routine', office says\n"
                             "The letter was a routine reply.\n16:31\nThe whip disputes the count.\n")
    df = load_quiet(tmp_path)[0]
    assert df.loc[0, "sections"] == ["What we learned today", "Letter 'routine', office says"]
    assert df.loc[0, "published"] == pd.Timestamp("2025-07-23 18:47", tz="Australia/Brisbane") or \
        str(df.loc[0, "published"]).startswith("2025-07-23 18:47")


def test_a_date_under_a_byline_past_a_two_line_standfirst(tmp_path):
    write(tmp_path, "a.txt", "Kavuna Sells $1.25 Billion of Eurobonds as Demand Claims Diverge\n"
                             "Finance minister says orders topped $6 billion; bankers put the book far lower than that\n"
                             "Government denies the IMF was consulted late on the first sale since 2019 by the treasury\n"
                             "By Amara Okonkwo-Reid and Daniel Hartwell\nJuly 8, 2025 at 6:45 AM GMT+2\n"
                             "The sale drew orders.\n")
    assert str(load_quiet(tmp_path)[0].loc[0, "published"]) == "2025-07-08 06:45:00+02:00"


def test_a_fact_checks_rating_and_sign_off_are_no_sections(tmp_path):
    write(tmp_path, "a.txt", "FACT CHECK: The claim is false\nBea Santillan\nPublished 3:12 PM, October 14, 2025\n"
                             "CLAIM: A senator said imports doubled.\nRATING: FALSE\nTHE FACTS: Records show otherwise.\n"
                             "What the data show\nImports fell.\nDOE: first complaint came in October\nIt was filed.\n"
                             "\u2013 Bea Santillan/Rappler.com\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["What the data show", "DOE: first complaint came in October"]


def test_an_interviews_question_lines_are_no_sections(tmp_path):
    # (round eighty-two) a Q&A: "Q: What about the slide deck?" is a turn of the interview, not a heading
    write(tmp_path, "a.txt", "The mayor on the stalled line\nJared Whitfield\nOctober 2, 2025\n"
                             "Mayor Teresa Valcourt spoke with us on Monday.\nQ: What about the slide deck?\n"
                             "A: I haven't seen it.\nWho pays\nThe city does.\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Who pays"]


@pytest.mark.parametrize("slug", ["burs-dmn/sjw", "ach/jm", "pdh-rox/mlr/dc"])
def test_a_wires_closing_slug_is_no_section(tmp_path, slug):
    # (round eighty-three) AFP's "burs-dmn/sjw" at the foot: its editors' initials
    write(tmp_path, "a.txt", "Summit urges pull-back\nPublished on 14/06/2025 - 16:45\n"
                             "NAIROBI, Kenya (AFP) \u2013 Leaders met on Saturday.\n- 'Old maps' -\nThe maps are old.\n"
                             f"{slug}\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["'Old maps'"]


def test_a_press_releases_contact_block_holds_no_sections(tmp_path):
    # (round eighty-four) "Media Contact:" heads the block; the name, title and number under it are no sections
    write(tmp_path, "a.txt", "Voltera releases review\nSep 09, 2025, 08:00 ET\nRALEIGH, N.C. -- Voltera released it.\n"
                             "Key Findings\nThe defect was found.\nMedia Contact:\nJenna Morrow\n"
                             "Director of Corporate Communications\n+1 919-555-0143\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Key Findings", "Media Contact:"]


def test_a_date_in_brackets_opening_the_first_paragraph(tmp_path):
    # (round eighty-four) Law360's "Law360 (August 27, 2025, 5:52 PM EDT) -- A judge ...": the publication time
    write(tmp_path, "a.txt", "Judge Presses Class Counsel On Fee\nBy Megan Fairbrother\n"
                             "Law360 (August 27, 2025, 5:52 PM EDT) -- A California federal judge on Wednesday pressed "
                             "attorneys.\nThe hearing went on.\n")
    row = load_quiet(tmp_path)[0].iloc[0]
    assert str(row["published"]) == "2025-08-27 17:52:00-04:00" and row["lead"] == ""


@pytest.mark.parametrize("links, linked", [
    # (round ninety-one) Caixin's "Read more" on a line of its own, the linked headline under it
    ("Read more\nIn Depth: Why the Swap Has Yet to Reach Small Cities\n", "Swap"),
    # (round ninety-seven) Sky News's "Read more:" over two other stories' headlines, the second a question
    ("Read more:\nCancer patients waiting longer in half of trusts\n"
     "What is the 62-day target and why is it so often missed?\n", "62-day"),
])
def test_linked_headlines_are_no_sections(tmp_path, links, linked):
    write(tmp_path, "story.txt", "Headline here\nNov 25, 2025 07:41 PM\nThe bureau said it was informed.\n" + links
          + "The audit tells a different story.\nWhat comes next\nThe bank declined to comment.\n"
          "Contact reporter Ann Roe (annroe@example.com)\n")
    df, _ = load_quiet(tmp_path)
    assert df.iloc[0].sections == ["What comes next"]
    from kit.nlp import split_body

    row = df.iloc[0]
    assert not any(linked in s.text for s in split_body(row.text, title=row.title, sections=row.sections))


@pytest.mark.parametrize("text, sentences", [
    # (round ninety-two) an outlet's initials in capitals close a sentence; a title before a name does not
    ("Guan Teck did not respond to queries from ST. Kaili Land said it did not authorise any such remark.",
     ["Guan Teck did not respond to queries from ST.", "Kaili Land said it did not authorise any such remark."]),
    ("She met spokesperson Lt. Amanda Sorby on Monday.", ["She met spokesperson Lt. Amanda Sorby on Monday."]),
])
def test_initials_in_capitals_end_a_sentence(text, sentences):
    from kit.nlp import split_body

    assert [s.text for s in split_body("Synthetic\n" + text + "\n")] == sentences


@pytest.mark.parametrize("head", [
    # (round ninety-three) a date under a byline of a bare name, past a kicker and a standfirst (Handelsblatt)
    "Insurance\nA London-based short seller says the insurer's fund is overvalued by up to a quarter\nLukas Brandhorst\n"
    "26.11.2025 - 14:03 Uhr\n",
    # a caption, then a byline and a staff title (RTÉ): neither is a section
    "Updated / Monday, 24 Nov 2025 17:42\nThe union said 126 patients were on trolleys this morning (file image)\n"
    "Eoin Mac Cárthaigh\nHealth Correspondent\n",
    # (session fifty-nine) a standfirst, a byline, a credit line with the reading time, then the date (NZ Herald's
    # regional papers): the credit line is no paragraph
    "Growers say the packhouse owes them for three weeks of fruit that was never graded\nBy Mere Tapsell\n"
    "Reporter·Rotorua Daily Post·5 mins to read\n9 Dec, 2025 05:00 AM\n",
])
def test_bylines_are_no_sections(tmp_path, head):
    write(tmp_path, "story.txt", "Headline here\n" + head + "Shares fell on Wednesday.\nWhat comes next\nThe bank declined to comment.\n")
    df, _ = load_quiet(tmp_path)
    assert df.iloc[0].sections == ["What comes next"] and not pd.isna(df.iloc[0].published)


@pytest.mark.parametrize("context, offset", [
    # (round ninety-four) "IST" is India's, Ireland's or Israel's, as the story says
    ("The Knesset committee met on Monday.", "+02:00"),
    ("The ministry in New Delhi, India, said so.", "+05:30"),
    ("The Dáil debated the figures.", "+00:00"),
    ("", "+05:30"),
])
def test_ist_is_the_zone_of_the_country_told(context, offset):
    value = parse_dateline("Nov 26, 2025 3:45 pm IST", context=context).value
    assert value.isoformat().endswith(offset)


@pytest.mark.parametrize("line", [
    "Loading",  # an embed's placeholder
    "Credit: Belga",  # (round one hundred and four) a picture's credit
    "Write to Lydia Okafor at lydia.okafor@example.com",  # (round one hundred and three) a contact line
])
def test_page_furniture_is_no_section(tmp_path, line):
    write(tmp_path, "story.txt", "Headline here\nNov 25, 2025 07:41 PM\nShares fell on Wednesday.\nWhat comes next\n"
          f"The bank declined to comment.\n{line}\nThe board meets in March.\n")
    df, _ = load_quiet(tmp_path)
    assert df.iloc[0].sections == ["What comes next"]


@pytest.mark.parametrize("tail", [
    # (round ninety-four and ninety-five) back matter is no section: references, a donation appeal, a contact line
    "Banner image: A canal through cleared peatland.\nCitations:\nJejak Rimba. (2025). A report. Bogor.\n",
    "Support PREMIUM TIMES' journalism of integrity and credibility\nPlease consider a contribution.\n",
    "Ellery Vance contributed research.\nContact Delia Ransome: delia.ransome@example.org\n",
    "KFF Health News is a national newsroom that produces in-depth journalism about health issues.\nRepublish this story\n",
])
def test_back_matter_is_no_section(tmp_path, tail):
    write(tmp_path, "story.txt", "Headline here\nNov 25, 2025 07:41 PM\nShares fell on Wednesday.\nWhat comes next\n"
          "The bank declined to comment.\n" + tail)
    df, _ = load_quiet(tmp_path)
    assert df.iloc[0].sections == ["What comes next"]


def test_a_first_paragraph_opened_by_the_town_and_day(tmp_path):
    # (round one hundred and four) "Addis Abeba, November 26/2025 – ...": the day, its year after a slash (Addis Standard)
    write(tmp_path, "story.txt", "News: Schools still without textbooks\nEtenesh Gebremeskel\n"
          "Addis Abeba, November 26/2025 – Students in 214 schools have yet to receive books, the bureau said.\n")
    df, _ = load_quiet(tmp_path)
    assert str(df.iloc[0].published) == "2025-11-26 00:00:00"


def test_a_wire_dateline_in_capitals_with_accents(tmp_path):
    # "HÀ NỘI — ": the town in capitals with its accents opens the first paragraph: a dateline, its town a place
    (tmp_path / "a.txt").write_text("Residents demand a halt to dredging\nNovember 26, 2025 - 17:12\n"
                                    "HÀ NỘI — Hundreds of households have called for the licence to be revoked.\n",
                                    encoding="utf-8")
    r = kit.analyze(kit.load_articles(tmp_path))
    assert list(zip(r.entities["name"], r.entities["type"])) == [("Hà Nội", "GPE")]


@pytest.mark.parametrize("foot,sections", [
    # (session forty-six) the last line heads nothing: an outlet's credit ("TimesLIVE"), whatever its case
    ("TimesLIVE", ["Repair promises"]),
    ("AFP", ["Repair promises"]),
    # a subheading in capitals with a comma is no byline ("Name Name, AND"): a section
    ("WHO KNEW WHAT, AND WHEN\nThe board was told in May.", ["Repair promises", "WHO KNEW WHAT, AND WHEN"]),
])
def test_session_forty_six_last_lines(tmp_path, foot, sections):
    write(tmp_path, "a.txt", f"Headline\nDec. 4, 2025\nThe mill stopped.\nRepair promises\nThe part arrived late.\n{foot}\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == sections


def test_an_advertisement_between_dashes_is_no_section(tmp_path):
    # (session forty-eight) St Lucia Times' "- Advertisement -" line: a page's furniture, not a subheading
    write(tmp_path, "a.txt", "Headline\nBy Staff\nDecember 5, 2025\nThe bridge closed.\n- Advertisement -\n"
                             "It rained.\nTender questions\nThe tender was not published.\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == ["Tender questions"]


def test_a_line_of_tags_is_front_matter(tmp_path):
    # (session forty-eight) the Marshall Islands Journal's tags, then its category label, before the story: neither
    # opens a section
    write(tmp_path, "a.txt", "Headline\nBy Journal on December 5, 2025\n"
                             "dialysis, Ebeye, Kwajalein, Ministry of Health and Human Services, Nitijela, Pacific Renal\n"
                             "News Archive\nKidney patients are being sent to Majuro.\nThe minister denied it.\n")
    assert load_quiet(tmp_path)[0].loc[0, "sections"] == []


@pytest.mark.parametrize("credit", [
    # (session sixty-seven) a photographer's credit under the caption, no subheading
    "HILLARY CORWIN — THE BERKSHIRE EAGLE",
    "Ruby Castellano/Tribune",
])
def test_a_photo_credit_is_no_section(tmp_path, credit):
    write(tmp_path, "a.txt", f"Headline\nBy Ann Roe\nJan 20, 2026\nA gravel pit off Bradley Street, seen Friday.\n{credit}\n"
                             "The dam burst.\nA subheading\nIt rained.\n")
    df = load_quiet(tmp_path)[0]
    assert df.loc[0, "sections"] == ["A subheading"]


@pytest.mark.parametrize("above", [
    # (session sixty-nine) a section's tag led by an emoji, and a photo's caption with its credit, over the headline
    "🌊 Floods",
    "Siobhán Ledwith and other parents at the school bus stop at Collinstown Cross. Photo: Declan Gavigan",
])
def test_a_line_over_the_headline_is_the_pages(tmp_path, above):
    write(tmp_path, "a.txt", f"{above}\nFarmers say rebuilt levee is sinking again\nTamsin Roe\n8 Nov 2026\n"
                             "The levee is sinking, farmers said.\n")
    df = load_quiet(tmp_path)[0]
    assert df.loc[0, "title"] == "Farmers say rebuilt levee is sinking again"
    assert df.loc[0, "published"] == pd.Timestamp("2026-11-08")
    from kit.nlp import split_body

    assert [x.text for x in split_body(df.loc[0, "text"], title=df.loc[0, "title"])] == ["The levee is sinking, farmers said."]


def test_a_caption_over_a_sentence_is_still_the_title(tmp_path):
    # (a first line that is a headline, over a standfirst closed by a full stop, stays the title)
    write(tmp_path, "a.txt", "Mill shut after spill. Photo: Jo Roe\nThe mill was shut on Monday.\n8 Nov 2026\nIt rained.\n")
    assert load_quiet(tmp_path)[0].loc[0, "title"] == "Mill shut after spill. Photo: Jo Roe"


def test_a_weeklys_issue_line_dates_it_by_the_weeks_first_day(tmp_path):
    # (session seventy) "Issue No. 1439 | July 11 - 17, 2026": the issue's week, from its first day
    from kit.datelines import parse_dateline

    assert parse_dateline("Issue No. 1439 | July 11 - 17, 2026").value == pd.Timestamp("2026-07-11")
    assert parse_dateline("11-17 July 2026").value == pd.Timestamp("2026-07-11")
    assert parse_dateline("June 29 - July 5, 2026").value == pd.Timestamp("2026-06-29")
    write(tmp_path, "a.txt", "Farmers in row over furrow water\nBy Agnes Swai\nIssue No. 1439 | July 11 - 17, 2026\n"
                             "The furrow is dry, farmers said.\n")
    assert load_quiet(tmp_path)[0].loc[0, "published"] == pd.Timestamp("2026-07-11")


def test_session_seventy_page_lines_head_no_section():
    # (session seventy) a crosshead in single quotes is one; a photo's credit on two lines, an embed's placeholder and
    # a block of links under "MORE ... NEWS" are not
    from kit.formats import parse_text

    p = parse_text("Title\n12 March 2025\nPhoto by\nLachlan Verity\nFirst paragraph here.\n"
                   "Hold tight - we’re checking permissions before loading more content\nMore text here.\n"
                   "‘Signed off’ or not?\nThe council said so.\nLast paragraph here.\nMORE GOLD COAST NEWS\n"
                   "Southport cafe owners take on council over footpath dining fees\n"
                   "Helensvale family’s backyard find stuns neighbours\n")[0]
    assert p.sections == ["‘Signed off’ or not?"]


def test_session_seventy_one_dotted_date_with_a_two_digit_year(tmp_path):
    # (session seventy-one) "Reporter | City | Published 28.01.26, 05:48 AM": day, month, a two-digit year (The
    # Telegraph, India); never without its time
    from kit.datelines import parse_dateline

    assert parse_dateline("Mina Roy   |   Patna   |   Published 28.01.26, 05:48 AM").value == pd.Timestamp("2026-01-28 05:48")
    assert pd.isna(parse_dateline("Published 28.01.26").value)
    write(tmp_path, "a.txt", "Hospital denies holding body\nMina Roy | Patna | Published 03.02.26, 07:10 PM\n"
                             "The family said the bill was inflated.\n")
    assert load_quiet(tmp_path)[0].loc[0, "published"] == pd.Timestamp("2026-02-03 19:10")


def test_previous_and_next_article_links_head_no_section():
    # (session seventy-one) "Previous article" and "Next article" at the foot, each over another story's headline
    from kit.formats import parse_text

    p = parse_text("Title\n12 March 2025\nFirst paragraph here.\nWater report\nThe board said so.\nLast paragraph.\n"
                   "Previous article\nTraders announce strike against tax regime\nNext article\n"
                   "Rain emergency extended in four districts\n")[0]
    assert p.sections == ["Water report"]


@pytest.mark.parametrize("head,published", [
    # (session seventy-two) a reporter's job on its own line between the byline and the date (Newsquest's)
    ("Smokehouse plans draw fire\nNeighbours say the smell is worse.\nThe kilns on Mill Road (Image: Newsquest)\n"
     "By Ann Roe\nReporter\nPublished: 17th March 2026, 5:00am\n", "2026-03-17 05:00"),
    # the byline after the zone, its "By" with a colon (Republica's)
    ("Locals accuse crusher of digging riverbed\nPublished On: October 31, 2026 07:30 AM NPT By: Hari Roe\n",
     "2026-10-31 07:30+05:45"),
])
def test_session_seventy_two_datelines(tmp_path, head, published):
    write(tmp_path, "a.txt", head + "The residents said the works ran at night.\n")
    assert load_quiet(tmp_path)[0].loc[0, "published"] == pd.Timestamp(published)


@pytest.mark.parametrize("tail,sections", [
    # (session seventy-two) "Recommended reading:" over two headlines, then a subheading of the story again
    ("Recommended reading:\nKiosk tenders reopened after no bids received\nAppeal after scooter taken from supermarket\n"
     "Complaint figures\nThe council said so.\n", ["Water report", "Complaint figures"]),
    # "Read more on MLive:" over other stories' headlines at the foot
    ("Read more on MLive:\nDrain work to close part of 4 Mile Road\nBoard OKs apartments in split vote\n",
     ["Water report"]),
    # a box of links under its heading at the foot ("Talk to us", The Herald's)
    ("Talk to us\n> Give us your news tips.\n> Send us a letter to the editor.\n", ["Water report"]),
    # the outlet's plea between paragraphs
    ("Become a supporter of Shetland News\nThe board said more.\n", ["Water report"]),
])
def test_session_seventy_two_link_boxes_head_no_section(tail, sections):
    from kit.formats import parse_text

    p = parse_text("Title\n12 March 2025\nFirst paragraph here.\nWater report\nThe board said so.\n" + tail)[0]
    assert p.sections == sections


@pytest.mark.parametrize("first,title", [
    # (session seventy-two) a section's tag and a slash before the headline, on its line (Shetland News)
    ("Environment / Creel fishermen accuse salmon firm of rewriting history", "Creel fishermen accuse salmon firm of rewriting history"),
    ("News / Local / Council backs plan to close school", "Council backs plan to close school"),
    ("AC/DC to play Perth stadium in March", "AC/DC to play Perth stadium in March"),
    ("He said / she said: a feud over a fence", "He said / she said: a feud over a fence"),
])
def test_a_section_tag_before_the_headline_is_no_part_of_it(first, title):
    from kit.formats import parse_text

    assert parse_text(f"{first}\n12 March 2025\nFirst paragraph here.\n")[0].title == title


@pytest.mark.parametrize("head,published", [
    # (session seventy-three) the reporter's name and address on lines of their own, then the section and the date
    # (Swift's papers), under a photo's caption and its credit
    ("Park residents say new owner is pricing them out\nThe firm says the rise pays for a failing water system.\n"
     "Residents hold signs outside City Hall before Tuesday’s meeting.\nEllie Roe/Park Record\nJonah Roe\n"
     "jroe@parkrecord.com\nNews | May 13, 2026 6:10 AM MDT\n", "2026-05-13 06:10-06:00"),
])
def test_session_seventy_three_datelines(tmp_path, head, published):
    write(tmp_path, "a.txt", head + "The residents said the works ran at night.\n")
    arts = load_quiet(tmp_path)[0]
    assert arts.loc[0, "published"] == pd.Timestamp(published)
    assert "City Hall" not in arts.loc[0, "lead"]  # (the caption over its credit is the page's, no standfirst)


@pytest.mark.parametrize("text,title,sections", [
    # (session seventy-three) a section's label of one word over the headline (ACM's papers)
    ("Council\nPool shut for summer as locals and council trade blame over leak\nAnn Roe\nFriday, 09.01.2026\n"
     "The pool will stay closed, the council said.\n", "Pool shut for summer as locals and council trade blame over leak",
     []),
    # a second kicker under the standfirst, before the first paragraph; a "READ ALSO" line with its link
    ("Road widening: residents say 112 trees marked for axe\nNews\nMay 13, 2026\nNine trees felled; contractor blames "
     "utility\nForest Dept. yet to give nod, says official\nResidents staged a protest this morning.\nNight felling\n"
     "The trees were cut at night, residents said.\nREAD ALSO  Citizens seek tree census before any road widening\n"
     "The corporation said so.\n", "Road widening: residents say 112 trees marked for axe", ["Night felling"]),
    # a photo's caption under the reporter's "Email:" line
    ("Residents say sewage surfaced five times\nReporter:\nAnn Roe\n09 Jan 2026 6:00 AM\nEmail:\nann.roe@example.ie\n"
     "Residents beside the pumping station compound at Millbrook Grange\nResidents of the estate say sewage came up.\n"
     "Not accepted\nThe council said so.\n", "Residents say sewage surfaced five times", ["Not accepted"]),
    # but "Key points:" opens the summary under it
    ("Union disputes figures\n4 March 2026 05:12\nKey points:\nThe union says staff were underpaid.\n"
     "Audit raised concerns\nThe audit said so.\n", "Union disputes figures", ["Key points:", "Audit raised concerns"]),
    ("Pipe dreams\n4 March 2026\nThe utility said so.\n", "Pipe dreams", []),
])
def test_session_seventy_three_titles_and_sections(text, title, sections):
    from kit.formats import parse_text

    p = parse_text(text)[0]
    assert (p.title, p.sections) == (title, sections)


@pytest.mark.parametrize("text,sections", [
    # (session seventy-four) a Gannett paper's related story in the body ("More: ...") is no section
    ("Neighbors say odor is worse\nJul 5, 2026\nThe county will vote on the permit, the clerk said.\n"
     "More: Panhandle wheat harvest runs behind as June rains slow combines\nPens and head counts\n"
     "The feedyard holds 25,000 head, its manager said.\n", ["Pens and head counts"]),
    ("Beach reopens\nAug 15, 2026\nThe beach reopened on Friday, the county said.\n"
     "More:Health department issues beach advisories\nWhat the tests showed\nThe tests found E. coli, the group said.\n",
     ["What the tests showed"]),
    # but a heading that opens with "More" and no colon still is one
    ("Beach reopens\nAug 15, 2026\nThe beach reopened on Friday, the county said.\nMore questions than answers\n"
     "The group said so.\n", ["More questions than answers"]),
])
def test_session_seventy_four_sections(text, sections):
    from kit.formats import parse_text

    assert parse_text(text)[0].sections == sections
