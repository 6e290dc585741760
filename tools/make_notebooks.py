"""Write the curated notebooks in ``notebooks/`` (run once after editing this file).

The committed ``.ipynb`` files are the product; this script is how they are made, so
their cells stay short, their ids stable and their outputs empty.

    .venv/bin/python tools/make_notebooks.py
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

OUT = Path(__file__).resolve().parent.parent / "notebooks"

PARAMETERS = (
    "# The case folder, relative to this notebook. Set the environment variable KIT_CASE\n"
    "# (as `kit render` and the tests do) to point every notebook elsewhere without editing it.\n"
    'CASE = "../seeds"'
)
SETUP = "import kit\nfrom kit import notebook as nb\n\ncase = nb.open_case(CASE)"


def md(text: str) -> tuple[str, str]:
    return ("md", text.strip("\n"))


def code(text: str) -> tuple[str, str]:
    return ("code", text.strip("\n"))


NOTEBOOKS: dict[str, list[tuple[str, str]]] = {
    "00_start_here": [
        md("""
# Start here: what is in this case

**What it is for.** Open a case (a folder of news articles), see what kit loaded and
found in it, and meet the people, organisations and places the articles name, with every
alias and role they go by. The other notebooks build on this one:
`01_sourcing` (who says what), `02_contradictions` (which accounts conflict) and
`03_timeline` (what happened when, according to whom).

**Method.** kit reads each article (plain text in the seed's layout: a title line, a lead,
a dateline such as `25 October 2024 06:06`, one paragraph per line; or Markdown, HTML, JSON),
splits it into sentences, and turns every sentence that asserts something into a *claim*
with its source, the cue (`said`, `according to`, `denied`) and any hedges. Names are
merged across articles into *entities*: "Musk", "Elon Musk" and "the billionaire" become one.

**Caveats.** Everything below is machine-extracted and meant to be checked, not quoted:
names can be merged wrongly or left apart (fix them in the entity view at the end),
attributions can be missed in long sentences, and a count is only as good as the sentence
splitting behind it. Your judgements are saved in the case folder, in `.kit/case.sqlite`.
"""),
        code(PARAMETERS),
        code(SETUP + "\nprint(nb.describe(case))"),
        md("""
## The articles

One row per article: its id (the file name), headline, outlet and publication time, and
how many claims, distinct sources and dated events kit found in it.
"""),
        code("nb.articles_table(case)"),
        md("""
## Who is named, and how

Every entity with the surface forms that refer to it (`aliases`, epithets included) and the
titles or roles the articles give it (`roles`), most mentioned first.
"""),
        code("nb.entity_table(case)"),
        md("""
## Correct the entity list

Two rows that are one person? *Merge* them. An alias that belongs to someone else?
*Split* it off. Each correction is saved in the case file at once and every frame is
re-derived with it.
"""),
        code("from kit.widgets import EntityView\n\nEntityView(case)"),
        md("""
## Add your own articles

1. Make a folder (for example `../my_case/`) and put the articles in it, one file each:
   `.txt` in the layout above, `.md` with YAML front matter (`title`, `outlet`, `published`),
   saved `.html` pages, or `.json`/`.jsonl` records with `title` and `text`.
2. Optionally add an `articles.csv` with the columns `file,outlet,url,published` to fill in
   what the files do not say.
3. Point the notebooks at it: change `CASE` in the parameters cell above, or start
   JupyterLab with `KIT_CASE=../my_case`. To get the offline HTML of all four notebooks,
   run `kit render ../my_case --out rendered/`.

The first run analyses every article (a few seconds each); results are cached in the
folder's `.kit/`, so later runs only analyse new or changed files.
"""),
    ],
    "01_sourcing": [
        md("""
# Sourcing: who says what

**What it is for.** See how each article knows what it says: which claims rest on named
sources, which on anonymous ones, which on nobody at all; which are hedged
("reportedly", "allegedly") and which are denials. Then explore the claims and grade the
sources on the Admiralty scale.

**Method.** Every claim carries its source and a source type. *Named* means a person,
official, organisation, outlet or document the reader could check; *anonymous* a source
described but not named ("a former intelligence officer"); *unattributed* the article's
own voice. `via` lists who relays a claim ("the WSJ, citing officials"). The Admiralty
(NATO) system grades each source twice: reliability of the source from A (completely
reliable) to F (cannot be judged), credibility of its information from 1 (confirmed by
other sources) to 6 (cannot be judged). Grades are your judgement, saved in the case file.

**Caveats.** "Named" is not "reliable", and an anonymous source may be well placed: the
split is a prompt for questions, not an answer. Hedges are found by their words, so a
hedge phrased unusually is missed. An outlet relaying another outlet counts where the
claim originates, so check `via` before counting independent confirmations.
"""),
        code(PARAMETERS),
        code(SETUP + "\nprint(nb.sourcing_line(case.claims))"),
        md("""
## Named, anonymous, unattributed: per article and per outlet
"""),
        code('from kit.explore import sourcing_summary\n\nsourcing_summary(case.claims, by="article_id")'),
        code('from kit.plots import sourcing_chart\n\nnb.show(sourcing_chart(case.claims, by="article_id"))'),
        code('sourcing_summary(case.claims, by="outlet", articles=case.articles)'),
        md("""
## Hedged claims

Claims carrying a hedge; the hedge, the cue and the source are highlighted in each sentence.
"""),
        code("from IPython.display import HTML\nfrom kit.explore import claims_to_html, filter_claims\n\n"
             "HTML(claims_to_html(filter_claims(case.claims, hedged=True)))"),
        md("""
## Denials
"""),
        code('HTML(claims_to_html(filter_claims(case.claims, stance="denies")))'),
        md("""
## Explore the claims

Filter by source, source type, entity, article, hedging, stance or words in the sentence.
"""),
        code("from kit.widgets import ClaimExplorer\n\nClaimExplorer(case.claims)"),
        md("""
## Grade the sources

The scale, then the board: pick a source, its reliability and the credibility of what it
says, add a note on why, and save. The table shows the grades saved so far.
"""),
        code("from kit.case import admiralty_scale\n\nadmiralty_scale()"),
        code("from kit.widgets import SourceBoard\n\nSourceBoard(case)"),
    ],
    "02_contradictions": [
        md("""
# Contradictions: review them one by one

**What it is for.** Go through the pairs of claims kit suspects of conflicting, decide
about each, and see what remains open.

**Method.** Candidate pairs come from a few kinds of evidence: a *denial* of something
another claim asserts, *temporal* (the same event put at incompatible times), *quantity*
(different numbers for the same thing), *negation*, and *account* (two sources telling one
matter in shared words, one of them with a figure, a date or a denial). Each pair has a
one-line reason to check and a score from 0 to 1: the chance that an annotator would call
it a conflict, as a small model fit on 419 annotated articles estimates it from the
evidence, the distance between the claims, their sources and the words they share. For
every pair you give a verdict: **confirmed** (a real conflict between the
accounts), **explained** (both can be true: different periods, a correction, a misquote),
**not a conflict** (a false alarm), or leave it **open**. A verdict is saved in the case
file the moment you click, with your name and the time; the last verdict on a pair wins.

**Caveats.** The candidates are suggestions: a high score is not proof, and real
conflicts phrased differently can be missing altogether (on articles the model was not fit
on, about half of an article's ten best pairs are conflicts an annotator listed). Read both sentences in their
articles before deciding; the reason line says what the machine matched, not why it matters.
"""),
        code(PARAMETERS),
        code(SETUP + "\nprint(nb.review_line(case))"),
        md("""
## The candidates, best first
"""),
        code('case.contradictions[["kind", "score", "reason", "verdict"]]'),
        md("""
## Review

One pair at a time: both claims side by side with their sources and dates. Write a note
if you like, then click a verdict; the review moves to the next pair.
"""),
        code("from kit.widgets import ContradictionReview\n\nContradictionReview(case)"),
        md("""
## What remains open

Run this cell again after reviewing: it re-reads the verdicts from the case file.
"""),
        code("print(nb.review_line(case))\nnb.open_pairs(case)"),
        md("""
## Verdicts given so far
"""),
        code('case.judgements().query("action == \'rule\'")'),
    ],
    "03_timeline": [
        md("""
# Timeline: what happened when, according to whom

**What it is for.** Put the dated events the articles mention on one time axis, one row
per source, with how uncertain each date is, and spot where accounts disagree.

**Method.** Every time expression ("in October 2022", "at the end of last year",
"since 2022") is resolved to an interval of days against the article's publication date.
An exact day is a short tick; "2022" is a bar over the whole year; the interval is the
uncertainty, not the duration of the event. Events whose claim is part of a contradiction
candidate are marked as contested.

**Caveats.** Relative expressions depend on the publication date: an article with a wrong
or missing dateline moves or loses its events. Expressions kit cannot place on days (an open
"before 2020", or any relative date of an article without a publication date) are not events:
each claim lists them in its `undated` column. A timeline here is a list of *who says* what
happened when, not a finding of what did.
"""),
        code(PARAMETERS),
        code(SETUP + "\nprint(nb.timeline_line(case))"),
        md("""
## Who says what happened when

`days` is how wide the stated date is (1 for an exact day); `contested` marks events in a
contradiction candidate.
"""),
        code("nb.timeline_table(case)"),
        md("""
## The timeline by source
"""),
        code("from kit.plots import timeline_plot\n\n"
             'nb.show(timeline_plot(case.timeline, contradictions=case.contradictions, claims=case.claims, by="source"))'),
        md("""
## Explore

Narrow the dates, or pick entities and sources; the plot redraws.
"""),
        code("from kit.widgets import TimelineExplorer\n\n"
             "TimelineExplorer(case.timeline, contradictions=case.contradictions, claims=case.claims)"),
    ],
}


def build(name: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook(metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
        "language_info": {"name": "python"},
    })
    for i, (kind, source) in enumerate(cells):
        cell = new_markdown_cell(source) if kind == "md" else new_code_cell(source)
        cell.id = f"{name[:2]}-{i:02d}"  # stable ids: regenerating gives the same file
        if kind == "code" and source == PARAMETERS:
            cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS.items():
        path = OUT / f"{name}.ipynb"
        nbformat.write(build(name, cells), path)
        print(path.relative_to(OUT.parent))


if __name__ == "__main__":
    main()
