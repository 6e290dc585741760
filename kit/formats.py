"""Article formats: decoded text in, article records out.

Each parser takes the decoded, newline-normalised text of one file and returns a list of
:class:`Parsed` records (one for most formats, one per record for JSON), or raises
:class:`FormatError` with a reason an analyst can act on. :func:`sniff` picks the format
from the content as well as the extension.

>>> [p.title for p in parse("Headline\\n2024-10-25\\nBody sentence.\\n", "txt")]
['Headline']
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

from kit.datelines import _READING_TIME, OFFSET, Dateline, localize, looks_like_dateline, parse_date_value, parse_dateline, to_utc
from kit.lexicons import REPORTING_VERBS
from kit.nlp import DAY_SLASH_YEAR, INTERVIEW_TURN, LINK_LABEL, linked_lines

Format = Literal["txt", "md", "html", "json", "jsonl"]
FORMATS: tuple[str, ...] = ("txt", "md", "html", "json", "jsonl")
EXTENSIONS: dict[str, Format] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
MAX_TITLE = 300  # characters; a longer "first line" is body text, not a headline
MAX_HEADING_WORDS = 12
_BYLINE = re.compile(r"by\s+\w[^.!?]{0,80}$", re.I)  # "By Ann Roe, Velden correspondent": not the lead
# a byline under the dateline: "Shenika Dawkins/Staff Reporter", "By Ann Roe, Staff writer", "Marielle Tran · CPB News"
_BYLINE_AFTER = re.compile(r"(?:[Bb]y\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*(?:/|\||·|,|—|-)\s*"
                           r"(?:(?i:(?:\w+\s+){0,2}(?:reporter|writer|correspondent|editor|contributor|journalist|"
                           r"bureau|staff|reporting)\b.*)|[A-Z]{2,5}|(?:[A-Z]\w+\s+){0,3}(?:News|Service|Agency|Press|Wire))")
_BY_NAME = re.compile(r"[Bb]y\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s+and\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})?")
# a link to another story set in the body ("Read more: ...", "ALSO READ: ..."): no heading, no claim
LINK_LINE = re.compile(r"(?i)\s*(?:read more|read also|also read|read|see also|related|recommended|more on this|more from"
                       r" [\w ]{1,30}|watch|listen|related stor(?:y|ies)|related articles?)\s*[:|»>]")
# (also the Inquirer's "—WITH A REPORT FROM ...", Bloomberg's "—With assistance from ...", and "Main image credit: City
# Hall (press materials)")
_TRAILER = re.compile(r"(?i)\s*[-–—]?\s*(?:©|\(c\)\s*\d{4}|copyright\b|contact (?:the )?(?:reporters?|editors?|authors?)\b|with (?:a )?(?:files|reports?|additional reporting|reporting|assistance) (?:from|by)\b"
                      r"|(?:additional )?reporting by\b|(?:main |lead |top |featured |banner )?(?:image|photo|picture)s?(?: credits?)?\s*:"
                      # back matter: Mongabay's "Citations:", a donation appeal ("Support PREMIUM TIMES' journalism of
                      # integrity"), "Contact Delia Ransome: delia.ransome@propublica.org"
                      r"|(?:citations?|references|footnotes|bibliography)\s*:?\s*$|support\b.{0,40}\bjournalism\b"
                      r"|contact\b[^:]{0,60}:\s*\S+@\S+\s*$|republish this (?:story|article)\s*$"
                      r"|edited by\b|(?:editors?|sub-?editors?|translat(?:ion|or))\s*:|translated by\b|published in .+,\s*\w+ \d{1,2}(?:st|nd|rd|th)?,? \d{4}\s*$|\(end\)\s*$|-?\s*ends\s*-?\s*$)")
_STAFF_TITLE = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Producer|Journalist)\s*")
_NAME_LINE = re.compile(r"\s*(?:By\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|Ní|Ó|Mac|Nic|de|van|von|al-\w+)){1,4}\s*")
_CREDIT = re.compile(r"(?:[a-z]{2,4}(?:/[a-z]{2,4})+\s*)?\([A-Za-z]+(?:(?:,\s*|/|\s+and\s+)[A-Za-z]+)*\)|[a-z]{2,4}(?:/[a-z]{2,4})+")
_CLOSING = '"\'\u201d\u2019)]\u00bb*_'
_SENTENCE_END = ".!?\u2026:;,"


class FormatError(ValueError):
    """The content cannot be read as an article; the message is the reason."""


@dataclass
class Parsed:
    title: str
    text: str
    lead: str = ""
    published: Dateline = field(default_factory=lambda: Dateline(pd.NaT))
    outlet: str | None = None
    url: str | None = None
    sections: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # non-fatal problems, e.g. an unresolvable date
    index: int | None = None  # position in a JSON list or JSON Lines file


def sniff(text: str, ext: str) -> Format:
    """The format of ``text``: JSON extensions are trusted, otherwise the content decides.

    >>> sniff("---\\ntitle: X\\n---\\nBody", ".txt"), sniff("<!doctype html><p>x</p>", "")
    ('md', 'html')
    """
    by_ext = EXTENSIONS.get(ext.lower())
    if by_ext in ("json", "jsonl"):
        return by_ext
    head = text.lstrip()[:512].lower()
    if text.startswith("---\n"):
        return "md"
    if head.startswith(("<!doctype html", "<html", "<?xml")) or (
            head.startswith("<") and re.search(r"<(head|body|article|p|div|title)[\s>]", head)):
        return "html"
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
            return "json"
        except (ValueError, RecursionError):
            lines = [ln for ln in text.split("\n") if ln.strip()]
            if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines[:20]):
                return "jsonl"
    return by_ext or "txt"


def parse(text: str, fmt: Format) -> list[Parsed]:
    """Parse decoded ``text`` as ``fmt`` (one of :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt={fmt!r} is not a known format; valid: {list(FORMATS)}")
    if not text.strip():
        raise FormatError("empty file (only whitespace)")
    return {"txt": parse_text, "md": parse_markdown, "html": parse_html,
            "json": parse_json, "jsonl": parse_jsonl}[fmt](text)


def _check_title(title: str) -> str:
    title = " ".join(title.split())  # a headline is one line, whatever the metadata held
    if not title or not re.search(r"\w", title):
        raise FormatError("no recognisable title")
    if len(title) > MAX_TITLE:
        raise FormatError(f"no recognisable title (first line is {len(title):,} characters)")
    return title


# AFP sets its subheadings between dashes: "- 'They take everything' -" is the heading "'They take everything'"
_DASHED_HEADING = re.compile(r"^[-–]\s+(.+?)\s+[-–]$")


_EMAIL_LINE = re.compile(r"\S+@\S+\.[a-z]{2,}", re.I)


def is_heading(line: str) -> bool:
    """A subheading: a short line without closing punctuation.

    >>> is_heading('"Closely guarded secret"'), is_heading("He said so."), is_heading("Nine samples or 14?")
    (True, False, True)
    >>> is_heading("jsi/rc (dpa, Reuters)"), is_heading("(AFP, AP)"), is_heading("In short:"), is_heading("She said:")
    (False, False, True, False)
    >>> is_heading("($1 = 3.6650 soles)"), is_heading("(Reporting by Ana Ruiz; Editing by Tom Bell)")
    (False, False)
    >>> is_heading("What you need to know:"), is_heading("In a statement, the ministry said:")
    (True, False)
    >>> is_heading("Read more: Council confirms £3m cut to school repairs"), is_heading("With files from Ana Ruiz")
    (False, False)
    >>> is_heading("—WITH A REPORT FROM ANA RUIZ"), is_heading("Main image credit: City Hall (press materials)")
    (False, False)
    >>> is_heading("* Council tightens nitrogen rules for Tautiki catchment"), is_heading("jwchoi@yna.co.kr")
    (False, False)
    """
    line = line.strip()
    if _CREDIT.fullmatch(line) or line[:1] in "([" and line[-1:] in ")]":
        return False  # "jsi/rc (dpa, Reuters)", "(Reporting by ...; Editing by ...)": notes closing a story
    if LINK_LINE.match(line):
        return False  # "Read more: Council confirms £3m cut": a link to another story
    if line[:2] in {"* ", "• "}:
        return False  # "* Council tightens nitrogen rules": an item of a list (of links, of points), no heading
    if _EMAIL_LINE.fullmatch(line) or line in {"(END)", "END"}:
        return False  # "jwchoi@yna.co.kr", "(END)": a wire's sign-off
    if _TRAILER.match(line):
        return False  # "With files from Marcus Ducharme", "Published in Dawn, June 23rd, 2024": the story's credits
    core = line.rstrip(_CLOSING).rstrip()
    if core.endswith("?") and core == line and len(line.split()) <= 8 \
            and (line[:1].isalnum() or line[:1] in "'‘\"“" and re.search(r"\w['’\"”]\s", line)):
        return True  # "Nine samples or 14?", "‘Signed off’ or not?": a question as a subheading (a quoted one is speech)
    if core.endswith(":") and core == line and len(line.split()) <= 6 and line[:1].isupper() \
            and line.split()[0].lower() not in {"the", "he", "she", "it", "they", "we", "i", "this", "that"} \
            and not any(w.strip(":").lower() in REPORTING_VERBS for w in line.split()):
        return True  # "In short:", "What you need to know:": a label over a summary (but "She said:" opens a quotation)
    return (bool(core) and len(line) <= 120 and len(line.split()) <= MAX_HEADING_WORDS
            and core[-1] not in _SENTENCE_END and bool(re.search(r"\w", core)))


# --- plain text in the seed's layout ------------------------------------------------


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
# a fact check's "RATING: FALSE": a label in capitals and its value on one line, no section
_LABELLED_LINE = re.compile(r"[A-Z][A-Z’' -]{2,}:\s+[A-Z][A-Z’' -]*")  # (but "DOE: first complaint came in October")
_CONTACT_LABEL = re.compile(r"(?i)(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries)\s*:?")
# an outlet's name and the date in brackets opening the first paragraph, as Law360 prints it
_OUTLET_DATED = re.compile(r"[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3} \((?P<when>[^()]{6,60}?\d{4}[^()]{0,30})\)\s*(?:--|—|–)\s"
                           # "Addis Abeba, November 26/2025 – Students ...": the place, the day, the year after a slash
                           rf"|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}}, {DAY_SLASH_YEAR}\s*[—–-]\s")


_ORIGINALLY = re.compile(r"(?i)this\s+(?:story|article)\s+was\s+originally\s+published\s+(?:on\s+)?(.+?)\.?")


def _opening_date(line: str) -> str | None:
    """The date that opens a first paragraph, if any, in a form ``parse_dateline`` reads."""
    m = _OUTLET_DATED.match(line)
    return None if m is None else m["when"] or f"{m['day']}, {m['year']}"
# a wire's closing slug, "burs-dmn/sjw", "ach/jm": its editors' initials, no section
# a photographer's credit under a caption: "Ruby Castellano/Tribune", "HILLARY CORWIN — THE BERKSHIRE EAGLE"
_PHOTO_CREDIT = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                           r"|[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}\s+[—–|]\s+[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}")
_CREDIT_LABEL = re.compile(r"(?i)\s*(?:photo|image|picture|video)s?(?:\s+credit)?\s+(?:by|:)\s*|(?:photo|image|picture)?\s*credits?\s*:?\s*")
_AGENCY_SLUG = re.compile(r"[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6}(?:-[a-z]{2,6})*)+")
# a writer's sign-off at the foot: "– Bea Santillan/Rappler.com"; a wire's: "(By Yeh Tsung-han) Enditem/ASG" (CNA)
_SIGN_OFF = re.compile(r"[–—-]\s*[A-Z][\w.’' -]+/[\w.]+|\(By [^()]{3,80}\)\s*(?:Enditem|ENDITEM)?(?:/\s*[\w.]+)*")
# a news site's buttons and labels copied with the story ("Listen to this article:", "Share this story"): no section
_PAGE_CHROME = re.compile(r"(?i)(?:[-–—]\s*)?(?:listen to (?:this )?(?:article|story)|share (?:this )?(?:article|story)|advertisement|"
                          r"read more|read next|related (?:articles|stories|coverage)|article content|"
                          # ("Related Topics: Hakin, Milford Haven, ...": the page's tags under their label; the
                          # "Local Journalism Initiative" tag over a Canadian byline)
                          r"(?:related\s+)?(?:topics|tags)\s*:\s.{1,200}|local journalism initiative(?: reporter)?|"
                          r"story continues below(?: advertisement)?|continue reading(?: below)?|print (?:this )?(?:article|story)|"
                          r"follow us(?: on \w+)?|skip to (?:main )?content|loading(?:\.\.\.|…)?|"
                          # ("Sign up to our daily Falkirk Herald newsletter"; the reporter's bio under its label)
                          r"(?:sign\s+up|subscribe)\b.{0,80}\bnewsletters?[.!]?|about the (?:author|reporter|writer)s?|"
                          r"\d{1,2}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read|"  # ("4 minute read" under the date: Postmedia)
                          # ("Last updated 2 hours ago": when the page changed, told relative to a clock we don't have)
                          r"(?:last\s+)?updated\s+(?:about\s+)?(?:\d+|an?|one)\s+(?:minute|min|hour|hr|day|week)s?\s+ago|"
                          # ("Loading": an embed's; "Credit: Belga", "Photo: Reuters": a picture's credit)
                          r"(?:photo |image |picture )?credits?:\s.{1,60}|(?:photo|image|picture):\s.{1,60}|"
                          # ("Hold tight - we’re checking permissions before loading more content": an embed's placeholder)
                          r"(?:hold tight|please wait)\b.{0,80}\bloading\b.{0,40}|"
                          # ("Become a supporter of Shetland News": the outlet's plea between paragraphs)
                          r"become an?\s+(?:supporter|member|subscriber|patron|donor)\b.{0,60}|support (?:local |independent )?journalism\b.{0,40})\s*:?"
                          r"(?:\s*[-–—])?")  # ("- Advertisement -": St Lucia Times)
# a page's tags, one line of short names between commas ("dialysis, Ebeye, Kwajalein, Ministry of Health"): front matter
_TAG_LINE = re.compile(r"\s*[^\W\d][^,.;:!?\"“”]{0,40}(?:,\s*[^\W\d][^,.;:!?\"“”]{0,40}){4,}\s*")
# "14:27" on a line of its own, or "Posted 3:42 pm (GMT+7)", or "13:42 | Lima, Nov. 24." (the wire's place and day after it)
_CLOCK_LINE = re.compile(r"\s*(?:(?:posted|published|updated)(?:\s+at)?\s*:?\s*)?(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?"
                         rf"\s*(?:\(?\s*([A-Z]{{2,5}}(?:{OFFSET})?)\s*\)?)?\s*"
                         r"(?:[|·•]\s*(?:[^\W\d_][\w.'’-]*,?\s+){1,4}\d{1,2}\.?\s*(?:\(\w+\)\.?)?\s*)?", re.IGNORECASE)

_BULLETS = {"•", "·", "▪", "●", "*"}  # a summary's bullet lines under the title, before the date


def _lead(lines: list[str], nonblank: list[int], upto: int) -> str:
    """The standfirst: the lines between the title and line ``upto`` (a byline is none, nor a short label under
    it: "Staff Writer")."""
    return " ".join(lines[i] for i in nonblank[1:] if i < upto and not _BYLINE.match(lines[i])
                    and not (len(lines[i].split()) <= 3 and lines[i][-1:] not in ".!?\"”")
                    # (nor a photo's caption over its credit: "Residents ... outside City Hall.", "Ellie Roe/Park Record")
                    and not _PHOTO_CREDIT.fullmatch(lines[i]) and not _credited(lines, i))


def _credited(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a photo's caption: the next line is its credit ("Jo Bloggs/Tribune", "Photo by Jo
    Bloggs")."""
    nxt = next((ln for ln in lines[i + 1:] if ln), "")
    return bool(_PHOTO_CREDIT.fullmatch(nxt) or _PICTURE_LABEL.match(nxt) and len(nxt.split()) <= 8)


_PICTURE_LABEL = re.compile(r"(?i)\s*(?:photo|image|picture)s?(?:\s+credit)?\s*(?:by\b|:)")


# a photo's credit closing a caption: "... Photo: Declan Gavigan", "... (Image: Newsquest)", "... Picture by Jo Bloggs"
_CAPTION_CREDIT = re.compile(r"[.!?”’\"]\s+(?:\(?(?:photo|picture|image)s?(?:\s+by|\s*:)\s*[^()]{2,60}\)?)\.?$", re.IGNORECASE)


# a section's name and a slash before the headline on its line (Shetland News): one to three words, each slash spaced
_SECTION_TAG = re.compile(r"(?:[A-Z][\w&'’-]*(?: (?:&|[\w'’-]+)){0,2} / )+(?=[A-Z0-9‘'“\"])")


# the sections a paper files its stories under, printed as a label of one word over the headline
_SECTION_LABELS = {"news", "council", "local", "sport", "sports", "business", "politics", "health", "education",
                   "environment", "crime", "courts", "court", "community", "region", "regional", "national", "world",
                   "property", "farming", "rural", "agriculture", "transport", "planning", "police", "justice",
                   "economy", "energy", "housing", "development", "schools", "emergency", "weather", "water"}


def _above_headline(first: str, second: str) -> bool:
    """Whether the first line sits over the headline, not being it: a section's tag led by an emoji ("🌊 Floods"), or
    a photo's caption with its credit ("Parents at the bus stop. Photo: Declan Gavigan") over a line that reads as
    a headline (no closing full stop)."""
    if not second or second.endswith(".") or len(second.split()) < 3:
        return False
    if unicodedata.category(first[:1]) == "So" and len(first.split()) <= 4:
        return True
    if first.lower() in _SECTION_LABELS and len(second.split()) >= 5 and not looks_like_dateline(second):
        return True  # a section's label of one word over the headline ("Council", then the headline: ACM's papers)
    return len(first.split()) >= 6 and _CAPTION_CREDIT.search(first) is not None


def parse_text(text: str) -> list[Parsed]:
    """Line 1 the title, an optional lead, a dateline, then one paragraph per line.

    >>> p = parse_text("T\\nThe lead.\\n25 October 2024 06:06\\nBody.\\nA heading\\nMore.\\n")[0]
    >>> p.lead, str(p.published.value), p.sections
    ('The lead.', '2024-10-25 06:06:00', ['A heading'])
    """
    lines = [ln.strip() for ln in text.split("\n")]
    nonblank = [i for i, ln in enumerate(lines) if ln]
    if len(nonblank) >= 3 and _above_headline(lines[nonblank[0]], lines[nonblank[1]]):
        nonblank = nonblank[1:]  # (a section tag or a photo's caption over the headline: the page's, not the story's)
    title = _check_title(lines[nonblank[0]])
    if (tag := _SECTION_TAG.match(title)) and len(title[tag.end():].split()) >= 4:
        title = title[tag.end():]  # "Environment / Creel fishermen accuse ...": the section's tag before the headline
    notes: list[str] = []
    # The dateline sits within the first few lines after the title (after the lead, if any).
    dateline_at = next((i for i in nonblank[1:4] if looks_like_dateline(lines[i])), None)
    if dateline_at is None:
        # "By Mia Castellano", "ABC News", "Topic: Universities", then "Posted Tue 4 Mar 2025 at 5:12am": further down,
        # past short lines only (a byline, an outlet, a label), never past a paragraph
        for i in nonblank[4:7]:
            # (a standfirst right under the title may come first: "By Teresa Vallejo", "Staff Writer", then the date)
            if _BYLINE.match(lines[i]) or lines[i][:1] in _BULLETS or _NAME_LINE.fullmatch(lines[i]) \
                    or _STAFF_TITLE.fullmatch(lines[i]) or _EMAIL_LINE.fullmatch(lines[i]):
                # ("By Ellie Thurston", "Reporter", then the date: Newsquest; a name and an address: Swift's papers)
                continue  # (past the byline itself and a summary's bullets: Bloomberg's takeaways, "By Clarissa Goh", the date;
                # TODAY's bare "Rachel Ong Shu Min" under its summary lines)
            before = nonblank[nonblank.index(i) - 1]
            # (a credit line is no paragraph: NZ Herald's "Reporter·Bay of Plenty Times·5 mins to read")
            if any(len(lines[x].split()) > 6 and lines[x][:1] not in _BULLETS and "·" not in lines[x]
                   and not _READING_TIME.search(lines[x]) for x in nonblank[2:nonblank.index(i)]) \
                    and not _BYLINE.match(lines[before]) and not _NAME_LINE.fullmatch(lines[before]) \
                    and not _STAFF_TITLE.fullmatch(lines[before]) and not _EMAIL_LINE.fullmatch(lines[before]):
                # (nor the reporter's address under the name: "Jonah Meacham", "jmeacham@...", then the date)
                # (nor a byline of a bare name: Handelsblatt's "Lukas Brandhorst", then "26.11.2025 - 14:03 Uhr")
                break  # (but a date right under a byline, past a standfirst of two lines: Bloomberg's; or past a
                # summary's bullets: the Star's "In Summary", then "• ..." lines)
            if looks_like_dateline(lines[i]):
                dateline_at = i
                break
    published, lead, body_from = Dateline(pd.NaT), "", nonblank[0] + 1
    if dateline_at is not None:
        published = parse_dateline(lines[dateline_at], context=text)
        lead = _lead(lines, nonblank, dateline_at)
        body_from = dateline_at + 1
        nxt = next((i for i in nonblank if i > dateline_at), None)
        if nxt is not None and not pd.isna(published.value) and not _CLOCK.search(lines[dateline_at]):
            clock = _CLOCK_LINE.fullmatch(lines[nxt])
            if clock:
                # "Wednesday, 12 March 2025" then "14:27" on a line of its own: one moment
                hour = int(clock.group(1)) % 12 + (12 if (clock.group(3) or "").lower().startswith("p") else 0) \
                    if clock.group(3) else int(clock.group(1))
                if hour < 24 and int(clock.group(2)) < 60:
                    at = published.value + pd.Timedelta(hours=hour, minutes=int(clock.group(2)))
                    if clock.group(4) and at.tzinfo is None:
                        at = localize(at, clock.group(4).replace(" ", ""), context=text) or at  # "(GMT+7)"
                    published = Dateline(at, published.note)
                    body_from = nxt + 1
            elif looks_like_dateline(lines[nxt]) and _PUBLISHED.match(lines[dateline_at]):
                # "Published at : March 12, 2025" then "Updated at : March 12, 2025 17:42": the day's only time (but
                # not under a bare date: "Wed., Nov. 26, 2025", then "Updated ... at 5:12 p.m.", is when it changed)
                later = parse_dateline(lines[nxt], context=text)
                if not pd.isna(later.value) and later.value.date() == published.value.date():
                    published, body_from = later, nxt + 1
        if nxt is not None and _UPDATED.match(lines[dateline_at]) and _PUBLISHED.match(lines[nxt]) \
                and not pd.isna((first_out := parse_dateline(lines[nxt], context=text)).value):
            # "Updated Mar 4, 2026, 06:12 PM" then "Published Mar 4, 2026, 05:30 PM": when it was first published
            published, body_from = first_out, nxt + 1
        if _UPDATED.match(lines[dateline_at]) and (orig := _ORIGINALLY.fullmatch(lines[nonblank[-1]])) is not None \
                and not pd.isna((first_out := parse_dateline(orig.group(1), context=text)).value) \
                and (pd.isna(published.value) or to_utc(first_out.value) <= to_utc(published.value)):
            # "Updated December 05, 2025 3:12 PM" over the story, "This story was originally published December 5,
            # 2025 at 5:00 AM." under it (McClatchy's papers): when it was first published
            published = first_out
    elif (opening := next((i for i in nonblank[1:4] if _OUTLET_DATED.match(lines[i])), None)) is not None \
            and not pd.isna((dated := parse_dateline(_opening_date(lines[opening]) or "", context=text)).value):
        # "Law360 (August 27, 2025, 5:52 PM EDT) -- A California federal judge ...": the date opens the first paragraph,
        # which is body (the standfirst, if any, before it)
        published, body_from = dated, opening
        lead = _lead(lines, nonblank, opening)
    else:
        notes.append("no dateline found: published is NaT")
    if published.note:
        notes.append(published.note)
    # a heading before the first paragraph is front matter ("Heard on Morning Edition", a byline), and the
    # last line is a credit ("AFP", "TimesLIVE"): neither opens a section
    first = next((i for i in range(body_from, len(lines))  # (but a label "In short:" opens the summary under it)
                  if lines[i] and not _PAGE_CHROME.fullmatch(lines[i]) and not _TAG_LINE.fullmatch(lines[i])
                  and not _contact_line(lines, i)
                  and (not is_heading(lines[i]) or lines[i].endswith(":") or _CLOCK_LINE.fullmatch(lines[i]))), len(lines))
    # (and a heading before the first paragraph proper is the page's too: a second kicker under the standfirst, a
    # photo's caption under the reporter's "Email:" line)
    # (but a label "Key points:" and a live blog's clock line "18:47" open what is under them)
    first = next((i for i in range(first, len(lines)) if lines[i] and (not is_heading(lines[i])
                  and (lines[i][-1:] in _PARAGRAPH_END or len(lines[i].split()) > 25)
                  or lines[i].endswith(":") and not _contact_line(lines, i) or _CLOCK_LINE.fullmatch(lines[i]))), first)
    last = nonblank[-1]
    # a release's contact block ("Media Contact:", a name, a title, a telephone number): its label heads it, and
    # nothing under it is a section
    contact = next((i for i in range(first, len(lines)) if _CONTACT_LABEL.fullmatch(lines[i])), len(lines))
    last = min(last, contact)
    linked = linked_lines(lines)
    sections = [_DASHED_HEADING.sub(r"\1", ln) for i, ln in enumerate(lines[first:last + 1], first)
                # (a line all in capitals is no byline: "WHO KNEW WHAT, AND WHEN")
                if ln and is_heading(ln) and not (_BYLINE_AFTER.match(ln) and not ln.isupper()) and not _PAGE_CHROME.fullmatch(ln)
                # (the last line heads nothing: a credit, "AFP", "TimesLIVE")
                and not _BY_NAME.fullmatch(ln) and i != nonblank[-1]
                and not _EMAIL.search(ln)  # ("Write to Lydia Okafor at lydia.okafor@wsj.com": a contact line)
                and not _contact_line(lines, i)  # ("Email:" over the reporter's address, "@DKowalchukMHN")
                and not _CLOCK_LINE.fullmatch(ln)  # (a live blog's "14:05" over each entry: a time, no section)
                and not _LABELLED_LINE.fullmatch(ln) and not _SIGN_OFF.fullmatch(ln) and not INTERVIEW_TURN.match(ln)
                and not _AGENCY_SLUG.fullmatch(ln) and not _PHOTO_CREDIT.fullmatch(ln)
                # ("Photo by" over "Lachlan Verity": a picture's credit on two lines)
                and not _CREDIT_LABEL.fullmatch(ln) and not (i > 0 and _CREDIT_LABEL.fullmatch(lines[i - 1]))
                # "Read more" on a line of its own, and the linked headline under it (Caixin): no sections
                and not LINK_LABEL.fullmatch(ln) and i not in linked and not _over_links(lines, i)
                and not _LINKED_INLINE.match(ln)  # ("READ ALSO  Citizens seek tree census ...": the label and the link)
                # a byline under a caption: "Eoin Mac Cárthaigh" over "Health Correspondent" (RTÉ)
                and not _STAFF_TITLE.fullmatch(ln)
                and not (i + 1 < len(lines) and _STAFF_TITLE.fullmatch(lines[i + 1]) and _NAME_LINE.fullmatch(ln))]
    return [Parsed(title=title, text=text, lead=lead, published=published, sections=sections, notes=notes)]


# a link label in capitals with the other story's headline on its line (Star of Mysore)
# (and a Gannett paper's related story in the body: "More: Panhandle wheat harvest runs behind", "More:Health ...")
_LINKED_INLINE = re.compile(r"(?:READ\s+ALSO|ALSO\s+READ|READ\s+MORE|SEE\s+ALSO|RELATED)\s*[:|–—-]?\s+[A-Z‘'“\"]"
                            r"|More:\s*[A-Z‘'“\"]")


_PARAGRAPH_END = ".!?\"”’…)"


def _over_links(lines: list[str], i: int) -> bool:
    """Whether every line under line ``i`` to the end is an item of a list: a box of links ("Talk to us" over
    "> Give us your news tips.", The Herald's), which heads no section of the story.

    >>> _over_links(["Talk to us", "> Give us your news tips.", "", "> Send us a letter."], 0)
    True
    """
    rest = [ln.lstrip() for ln in lines[i + 1:] if ln.strip()]
    return bool(rest) and all(ln[:2] in {"> ", "* ", "• ", "- "} for ln in rest)


_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_UPDATED = re.compile(r"\s*(?:last\s+)?(?:updated|modified|edited)\b", re.I)
_PUBLISHED = re.compile(r"\s*(?:first\s+)?(?:published|posted)\b", re.I)


# --- Markdown with YAML front matter ------------------------------------------------

_FRONT = re.compile(r"---\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)


def _scalar(meta: dict, *keys: str) -> object:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, (str, int, float)) or hasattr(value, "year"):
            return value
    return None


def _opt_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _layout(title: str, lead: str, paragraphs: list[str]) -> str:
    """The seed's layout for formats that carry structure elsewhere: title, lead, one paragraph per line."""
    lines = [title] + ([lead] if lead else []) + paragraphs
    return "\n".join(lines) + "\n"


def parse_markdown(text: str) -> list[Parsed]:
    """Front matter (title, published, outlet, url, author, lead) and a body; ``#`` lines are sections.

    ``text`` is rebuilt in the seed's layout (markers dropped, wrapped paragraphs joined).

    >>> p = parse_markdown("---\\ntitle: T\\npublished: 2024-10-25\\n---\\nSome body.\\n\\n# Part two\\nMore.\\n")[0]
    >>> p.title, p.sections, p.text
    ('T', ['Part two'], 'T\\nSome body.\\nPart two\\nMore.\\n')
    """
    meta: dict = {}
    body = text
    if text.startswith("---\n"):
        m = _FRONT.match(text)
        if not m:
            raise FormatError("malformed front matter: no closing '---' line")
        if len(m.group(1)) > 64_000:
            raise FormatError("malformed front matter: over 64 KB")
        import yaml  # only Markdown files pay for it

        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise FormatError(f"malformed front matter: {str(exc).splitlines()[0]}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise FormatError(f"malformed front matter: a {type(loaded).__name__}, not a mapping")
        meta = {str(k).lower(): v for k, v in (loaded or {}).items()}
        body = text[m.end():]
    paragraphs, sections, current = [], [], []
    title = _opt_str(_scalar(meta, "title", "headline")) or ""

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for raw in body.split("\n"):
        line = raw.strip()
        heading = re.match(r"#{1,6}\s+(.*?)\s*#*$", line)
        if heading:
            flush()
            if (not title and line.startswith("# ")) or (heading.group(1) == title and not paragraphs):
                title = heading.group(1)  # the headline, repeated or only here: not a section
                continue
            if heading.group(1):
                sections.append(heading.group(1))
                paragraphs.append(heading.group(1))
        elif not line:
            flush()
        else:
            current.append(line)
    flush()
    title = _check_title(title)
    lead = _opt_str(_scalar(meta, "lead", "description", "summary", "standfirst")) or ""
    published = parse_date_value(_scalar(meta, "published", "date", "datepublished"))
    notes = [published.note] if published.note else []
    return [Parsed(title=title, text=_layout(title, lead, paragraphs), lead=lead, published=published,
                   outlet=_opt_str(_scalar(meta, "outlet", "source", "publisher")),
                   url=_opt_str(_scalar(meta, "url", "link")), sections=sections, notes=notes)]


# --- HTML saved from a browser --------------------------------------------------------


def parse_html(text: str) -> list[Parsed]:
    """Title, main text and publication time through trafilatura (imported only here).

    Scripts, styles and iframes never reach ``text``: trafilatura drops them.
    """
    import trafilatura  # heavy: HTML files only

    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True,
                                    "extensive_search": False})
    except RecursionError:
        raise FormatError("HTML too deeply nested to parse") from None
    except Exception as exc:  # noqa: BLE001 - a third-party parser's failure is this file's problem
        raise FormatError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    if doc is None or not (doc.text or "").strip():
        raise FormatError("no article text found in the HTML")
    title = _check_title(doc.title or "")
    paragraphs = [ln.strip() for ln in doc.text.split("\n") if ln.strip()]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    sections = []
    if doc.body is not None:
        sections = [" ".join(h.itertext()).strip() for h in doc.body.iter("head")]
        sections = [s for s in sections if s and s != title]
    lead = (doc.description or "").strip()
    if lead and paragraphs and paragraphs[0] == lead:
        paragraphs = paragraphs[1:]
    published = parse_date_value(doc.date)
    notes = [published.note] if published.note else []
    if not doc.date:
        notes.append("no publication date in the HTML metadata: published is NaT")
    return [Parsed(title=title, text=_layout(title, lead, paragraphs), lead=lead, published=published,
                   outlet=_opt_str(doc.sitename), url=_opt_str(doc.url), sections=sections, notes=notes)]


# --- JSON and JSON Lines ------------------------------------------------------------------

_FIELDS = {
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "articleBody"),
    "published": ("published", "date", "datePublished", "published_at", "publishedAt"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "url": ("url", "link"),
    "lead": ("lead", "description", "summary", "standfirst"),
}


def record_to_parsed(rec: object) -> Parsed:
    """One JSON record (a dict with at least title and text) as an article.

    >>> record_to_parsed({"title": "T", "body": "Text.", "source": "Daily Synth"}).outlet
    'Daily Synth'
    """
    if not isinstance(rec, dict):
        raise FormatError(f"a JSON record must be an object, not {type(rec).__name__}")
    got = {name: next((rec[k] for k in keys if k in rec), None) for name, keys in _FIELDS.items()}
    if not isinstance(got["title"], str) or not isinstance(got["text"], str):
        missing = [k for k in ("title", "text") if not isinstance(got[k], str)]
        raise FormatError(f"JSON record without a string {' and '.join(missing)}")
    title = _check_title(got["title"])
    body = got["text"].replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise FormatError("JSON record with empty text")
    lead = got["lead"].strip() if isinstance(got["lead"], str) else ""
    text = body if body.lstrip().startswith(title) else _layout(title, lead if lead not in body else "", [body.strip()])
    sections = rec.get("sections")
    sections = [s for s in sections if isinstance(s, str)] if isinstance(sections, list) else []
    published = parse_date_value(got["published"])
    outlet = got["outlet"]
    if isinstance(outlet, dict):  # schema.org publisher objects
        outlet = outlet.get("name")
    return Parsed(title=title, text=text, lead=lead, published=published, outlet=_opt_str(outlet),
                  url=_opt_str(got["url"]), sections=sections, notes=[published.note] if published.note else [])


def _load_json(text: str, what: str) -> object:
    try:
        return json.loads(text)
    except RecursionError:
        raise FormatError(f"{what} nested too deeply") from None
    except ValueError as exc:
        raise FormatError(f"invalid {what}: {exc}") from None


def parse_json(text: str) -> list[Parsed | FormatError]:
    """A record or a list of records; a bad record in a list is returned as its FormatError."""
    data = _load_json(text, "JSON")
    if isinstance(data, dict) and data.get("format") == "kit-case":
        raise FormatError("a kit case export (Case.export), not an article: keep exports outside the case folder")
    if isinstance(data, dict):
        return [record_to_parsed(data)]
    if not isinstance(data, list):
        raise FormatError(f"JSON of the wrong shape: a {type(data).__name__}, not an object or a list of objects")
    if not data:
        raise FormatError("JSON list holds no records")
    return _each(data)


def parse_jsonl(text: str) -> list[Parsed | FormatError]:
    """One JSON record per line; blank lines are skipped."""
    rows = [ln for ln in text.split("\n") if ln.strip()]
    out: list[object] = []
    for n, line in enumerate(rows, start=1):
        try:
            out.append(_load_json(line, f"JSON on line {n}"))
        except FormatError as exc:
            out.append(exc)
    return _each(out)


def _each(records: list) -> list[Parsed | FormatError]:
    out: list[Parsed | FormatError] = []
    for index, rec in enumerate(records):
        if isinstance(rec, FormatError):
            out.append(rec)
            continue
        try:
            out.append(record_to_parsed(rec))
            out[-1].index = index
        except FormatError as exc:
            out.append(exc)
    if not any(isinstance(p, Parsed) for p in out):
        reasons = sorted({str(e) for e in out})
        raise FormatError("no usable records: " + "; ".join(reasons[:3]))
    return out


# a reporter's handle on a line of its own ("@DKowalchukMHN", the Medicine Hat News)
_HANDLE_LINE = re.compile(r"@[A-Za-z0-9_]{2,30}")


def _contact_line(lines: list[str], i: int) -> bool:
    """A byline's contact line: a handle alone, or a label ("Email:") over an address or a handle (the Iconic
    Media papers print "Email:" then the reporter's address): no section, and no first paragraph."""
    ln = lines[i]
    if _HANDLE_LINE.fullmatch(ln):
        return True
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return ln.endswith(":") and len(ln) <= 20 and bool(_EMAIL.search(nxt) or _HANDLE_LINE.fullmatch(nxt))
