"""Datelines as outlets print them, turned into pandas Timestamps.

A stated zone is honoured (tz-aware result, named zones via :mod:`zoneinfo`); no zone
gives a naive Timestamp. A line that has the shape of a dateline but cannot be resolved
("Updated 3 hours ago", "32 October 2024") gives ``NaT`` and a note saying why.

>>> parse_dateline("Oct. 25, 2024 5:12 PM ET").value
Timestamp('2024-10-25 17:12:00-0400', tz='America/New_York')
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

import pandas as pd

from kit.lexicons import MONTH_NAMES_RE, MONTHS, city_zones

# Zone abbreviations outlets print -> (IANA zone, is the daylight-saving variant).
# None means "whichever is in force on that date" (ET, PT...).
ZONES: dict[str, tuple[str, bool | None]] = {
    "UTC": ("UTC", None), "GMT": ("UTC", None), "Z": ("UTC", None),
    "BST": ("Europe/London", True),
    "ET": ("America/New_York", None), "EST": ("America/New_York", False), "EDT": ("America/New_York", True),
    "CT": ("America/Chicago", None), "CST": ("America/Chicago", False), "CDT": ("America/Chicago", True),
    "MT": ("America/Denver", None), "MST": ("America/Denver", False), "MDT": ("America/Denver", True),
    "PT": ("America/Los_Angeles", None), "PST": ("America/Los_Angeles", False),
    "PDT": ("America/Los_Angeles", True),
    # (CET and EET are the standard offsets, as EST is: "4:02 am CET" in September is +01:00 as printed)
    "CET": ("Europe/Paris", False), "CEST": ("Europe/Paris", True),
    "EET": ("Europe/Kyiv", False), "EEST": ("Europe/Kyiv", True), "MSK": ("Europe/Moscow", None),
    "IST": ("Asia/Kolkata", None), "JST": ("Asia/Tokyo", None), "HKT": ("Asia/Hong_Kong", None),
    "SGT": ("Asia/Singapore", None), "AEST": ("Australia/Sydney", False),
    "AEDT": ("Australia/Sydney", True), "ACST": ("Australia/Adelaide", False), "ACDT": ("Australia/Adelaide", True),
    "AWST": ("Australia/Perth", None), "NZST": ("Pacific/Auckland", False), "NZDT": ("Pacific/Auckland", True),
    "MYT": ("Asia/Kuala_Lumpur", None), "PHT": ("Asia/Manila", None), "WIB": ("Asia/Jakarta", None),
    "PKT": ("Asia/Karachi", None), "KST": ("Asia/Seoul", None), "GST": ("Asia/Dubai", None),
    "EAT": ("Africa/Nairobi", None), "WAT": ("Africa/Lagos", None), "CAT": ("Africa/Maputo", None),
    "SAST": ("Africa/Johannesburg", None), "WET": ("Europe/Lisbon", None), "WEST": ("Europe/Lisbon", True),
    "AST": ("America/Halifax", False), "ADT": ("America/Halifax", True), "NST": ("America/St_Johns", False),
    "HST": ("Pacific/Honolulu", None), "AKST": ("America/Anchorage", False), "AKDT": ("America/Anchorage", True),
    # Indochina, eastern Indonesia, Nepal, Myanmar, Turkey, Iran, South America
    "ICT": ("Asia/Bangkok", None), "WITA": ("Asia/Makassar", None), "WIT": ("Asia/Jayapura", None),
    "NPT": ("Asia/Kathmandu", None), "BTT": ("Asia/Thimphu", None), "MMT": ("Asia/Yangon", None), "TRT": ("Europe/Istanbul", None),
    "IRST": ("Asia/Tehran", None), "BRT": ("America/Sao_Paulo", None), "ART": ("America/Argentina/Buenos_Aires", None),
    # Indian Ocean and Pacific islands, the Caucasus
    "MVT": ("Indian/Maldives", None), "MUT": ("Indian/Mauritius", None), "SCT": ("Indian/Mahe", None),
    "FJT": ("Pacific/Fiji", None), "SBT": ("Pacific/Guadalcanal", None), "VUT": ("Pacific/Efate", None),
    "TOT": ("Pacific/Tongatapu", None), "GET": ("Asia/Tbilisi", None),
    "CHST": ("Pacific/Guam", None),  # (Chamorro Standard Time: "ChST", as Guam's papers print it)
    "CLT": ("America/Santiago", False), "CLST": ("America/Santiago", True), "COT": ("America/Bogota", None), "PET": ("America/Lima", None),
    "ECT": ("America/Guayaquil", None),
}
# Abbreviations two countries print: the other zone when the article names that country
# ("IST" is India's, or Irish Standard Time in a story about Dublin).
# ("AST" is Atlantic Standard Time, or Arabia Standard Time in a story from the Gulf or Iraq.) The third pattern
# keeps the first reading where the article names its place too; the flag reads the zone from a town the story names
# (a Bahraini town for "AST"; not for "IST", where any British town would do).
_INDIA = re.compile(r"\b(?:India|Indian|lakh|crore|Rs)\b|₹")
_ATLANTIC = re.compile(r"\b(?:Nova Scotia|New Brunswick|Prince Edward Island|Halifax|Puerto Rico|San Juan|Bermuda|"
                       r"Barbados|Trinidad|Dominica|Antigua|Grenada|St\.? Lucia|Virgin Islands)\b")
SHARED_ZONES: dict[str, list[tuple[str, re.Pattern, re.Pattern, bool]]] = {
    "IST": [("Europe/Dublin", re.compile(r"\b(?:Ireland|Irish|Dublin|Gardaí|Garda|Dáil|Taoiseach|Oireachtas)\b"), _INDIA, False),
            # (and Israel Standard Time in a story about Israel: Haaretz's "Nov 26, 2025 3:45 pm IST")
            ("Asia/Jerusalem", re.compile(r"\b(?:Israel|Israeli|Israelis|Jerusalem|Tel Aviv|Haifa|Knesset|NIS|shekels?)\b"),
             _INDIA, False)],
    "AST": [("Asia/Riyadh", re.compile(r"\b(?:Bahrain|Bahraini|Saudi|Kuwait|Kuwaiti|Qatar|Qatari|Iraq|Iraqi|Yemen|Yemeni|"
                                      r"Riyadh|Jeddah|Manama|Doha|Baghdad|Basra|Sanaa)\b"), _ATLANTIC, True)],
    # Amazon Time in a Brazilian story (Manaus, Cuiabá, Porto Velho); Armenia's "AMT" otherwise, left naive
    "AMT": [("America/Manaus", re.compile(r"\b(?:Brazil|Brazilian|Amazonas|Manaus|Roraima|Rondônia|Mato Grosso|Cuiabá|"
                                         r"Porto Velho|Boa Vista|Agência Brasil)\b"), re.compile(r"\b(?:Armenia|Armenian|Yerevan)\b"), False)],
}

# US zones by their region's name: the Texas Tribune's "Nov. 26, 2025 5 AM Central"
_ZONE_WORDS = {"EASTERN": "ET", "CENTRAL": "CT", "MOUNTAIN": "MT", "PACIFIC": "PT"}

_MONTH = rf"(?P<month>{MONTH_NAMES_RE})\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?[,;]?\s+)?"  # ("Wednesday; July 22, 2026")
# the label before a dateline's date: "Published on:", "Updated", "Issued on:", "Date", "Publish :", "Created:"
_LABEL = (r"(?:this\s+(?:content|article|story)\s+was\s+)?(?:publish(?:ed)?|updated?|posted|issued|modified|created|date|dated|first published|last (?:updated|modified)"
          r"|latest\s+update|publication(?:\s+date)?|as\s+(?:of|at)|on)(?:\s+(?:on|at))?\s*:?\s*")  # ("Publication date 20 November 2025 | 10:42 ICT",
# Vanguard's "On November 26, 2025"; The Tribune's "As of Friday, December 5, 2025")
_PREFIX = rf"(?:{_LABEL})?"
# (an hour alone only with its a.m. or p.m.: ProPublica's "Nov. 12, 2025, 5 a.m. EST"; "at" also as "@": the New
# Straits Times' "December 2, 2025 @ 5:12pm")
_TIME = (r"(?:,?\s+(?:at\s+|@\s*)?(?=\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b))(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2})"
         r"(?:[:.](?P<second>\d{2}))?)?\s*(?P<ampm>[ap]\.?m\.?)?)?")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME_FIRST = (r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?"
               r"(?:\s+(?P<zone>(?-i:[A-Z]{1,4}|ChST)))?,?\s+(?:on\s+)?")
# an offset after a zone's name, its minutes after a colon or a stop: "GMT+7", "GMT+5.30", "CET+01:00"
OFFSET = r"\s*[+-]\s*\d{1,2}(?:[:.]?\d{2})?"
_ZONE = (rf"(?:\s+\(?(?P<zone>(?-i:[A-Z]{{1,4}}|ChST)(?:{OFFSET})?|[+-]\d{{2}}:?\d{{2}}|(?-i:Eastern|Central|Mountain|Pacific))\)?"
         # "5:12 pm (Paris)": the city of a zone's name in brackets (Le Monde)
         r"|\s+\((?P<city>(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))\))?")

_FORMS = [
    # 2024-10-25, 2024-10-25T06:06:00Z, 2024-10-25 06:06+02:00, 2025/11/22 03:00, 2025.11.26 17:05
    re.compile(_PREFIX + r"(?P<iso>\d{4}(?P<isep>[-/.])\d{2}(?P=isep)\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?)"
               rf"\s*(?P<zone>Z|[+-]\d{{2}}:?\d{{2}}|(?:GMT|UTC){OFFSET}|(?-i:[A-Z]{{2,4}}))?", re.I),
    # 25 October 2024 06:06, Friday 25 October 2024 10.30 BST, Friday, 25 October, 2024, 06:06
    re.compile(_PREFIX + _WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?:,\s*|\s+)" + _YEAR + _TIME + _ZONE, re.I),
    # Oct. 25, 2024 5:12 PM ET (and the Hankyoreh's "Dec.4,2025 17:12 KST": no space after the month's stop)
    re.compile(_PREFIX + _WEEKDAY + _MONTH + r"(?:\s+|(?<=\.))" + _DAY + r"(?:,\s*|\s+)" + _YEAR + _TIME + _ZONE, re.I),
    # 25.10.2024 06:06 and 25-10-2024 (day first); 10/25/2024 (month first, as US outlets print it, unless the first is > 12)
    re.compile(_PREFIX + _WEEKDAY + r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)" + _YEAR + _TIME + _ZONE, re.I),
    # 06:06, 25 October 2024 and 17:12 ET, Oct. 25, 2024 (time first)
    re.compile(_PREFIX + _TIME_FIRST + _WEEKDAY + _DAY + r"\s+" + _MONTH + r"(?:,\s*|\s+)" + _YEAR, re.I),
    re.compile(_PREFIX + _TIME_FIRST + _WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?:,\s*|\s+)" + _YEAR, re.I),
]
# "Published Nov. 26": the year left out, as an outlet prints this year's stories (the Tampa Bay Times); only
# after a label, and read in the year the article itself tells (``_year_told``)
_YEARLESS_LABEL = r"(?:publish(?:ed)?|updated?|posted)(?:\s+on)?\s*:?\s*"
_NO_YEAR = [re.compile(_YEARLESS_LABEL + _WEEKDAY + _MONTH + r"\s+" + _DAY + _TIME + _ZONE, re.I),
            re.compile(_YEARLESS_LABEL + _WEEKDAY + _DAY + r"\s+" + _MONTH + _TIME + _ZONE, re.I)]
_US_ZONES = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST"}
_SEPARATORS = re.compile(r"\s+//\s+|\s+[|/\u2022\u00b7\u2014\u2013\u25cf\u25aa\u25a0\u2219\u26ab]\s+|\s+-\s+|\s*\|\s*"  # "Kyiv | 25 October 2024", "Nov. 4, 2025 / 7:15 AM ET", "Name  |07.02.2025 10:14"
                         # "Published March 12, 2025 Updated March 12, 2025 05:42pm", "Posted ... 2:15pm AEST, updated ..."
                         r"|(?<=[\w)])[,.]?\s+(?=(?:last\s+)?(?:updated|modified)\b)"
                         # "Jane Roe: Sierra Leone Telegraph: 4 December 2025:": a byline, the outlet and the date
                         r"|(?<=[^\d\s]):\s+(?=\S)", re.I)
_PLACE_FIRST = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s*,\s+(?=\S)")  # "Geneva, 2 July 2025"
# "Posted: Tuesday, November 24, 2026. 5:18 pm CST.": a stop after the year (and at the end), as sentences end
_YEAR_STOP = re.compile(r"(?<=\b\d{4})\.\s+(?=\d{1,2}[:.]\d{2})")
_CITY_AFTER = re.compile(r"(?<=\d),\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}$")  # "16:20, 26 November 2026, Bishkek"
_DASHED = re.compile(r"(?P<m>[A-Za-z]{3,9})\s*-\s*(?P<d>\d{1,2})\s*-\s*(?P<y>\d{4})\s*(?:,\s*)?(?P<t>\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?")
_NUMERIC_FIRST = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s+(?=[A-Za-z])")
_PREFIX_ONLY = re.compile(_LABEL, re.I)
_HOURS = re.compile(r"\b([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(?:hrs|hours|h)\b\.?|\b([01]?\d|2[0-3])h([0-5]\d)\b", re.I)
_RELATIVE = re.compile(_PREFIX + r"(?:(?:about|over)\s+)?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago"
                       r"|" + _PREFIX + r"(?:just now|yesterday|today)", re.I)


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: ``value`` is a Timestamp (naive or tz-aware) or NaT; ``note`` says why NaT."""

    value: pd.Timestamp
    note: str = ""


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _offset(text: str) -> dt.timezone | None:
    # ("GMT+5.30"; "CET+01:00": a zone's name and its offset, the offset said)
    m = re.fullmatch(r"(?:UTC|GMT|[A-Z]{2,5})?\s*([+-])\s*(\d{1,2})(?:[:.]?(\d{2}))?", text.strip(), re.I)
    if not m:
        return None
    minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
    if minutes > 14 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=minutes if m.group(1) == "+" else -minutes))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


def _names_city_in(context: str, zone: str) -> bool:
    """Whether the text names a town whose only time zone has ``zone``'s offset now (a Bahraini town for "AST")."""
    want = _zone(zone).utcoffset(dt.datetime(2000, 1, 15))
    table = city_zones()
    for m in _CAPITALISED.finditer(context[:4000]):
        for name in (m.group(0), m.group(0).split()[0]):
            zs = table.get(name)
            if zs and len(zs) == 1 and next(iter(zs)).startswith(zone.split("/")[0] + "/") \
                    and _zone(next(iter(zs))).utcoffset(dt.datetime(2000, 1, 15)) == want:
                return True
    return False


def localize(ts: pd.Timestamp, zone: str | None, *, context: str = "") -> pd.Timestamp | None:
    """Attach the zone an outlet printed ("BST", "ET", "+02:00"); None if it is not one we know.

    >>> str(localize(pd.Timestamp("2024-10-25 10:30"), "BST"))
    '2024-10-25 10:30:00+01:00'
    """
    if not zone:
        return ts
    key = zone.strip().upper()
    key = _ZONE_WORDS.get(key, key)
    for other, named, kept, by_town in SHARED_ZONES.get(key, []) if context else []:
        if (named.search(context) or by_town and _names_city_in(context, other)) and not kept.search(context):
            return ts.tz_localize(_zone(other), ambiguous=True, nonexistent="shift_forward")
    if key in ZONES:
        name, dst = ZONES[key]
        ambiguous = True if dst is None else dst
        out = ts.tz_localize(_zone(name), ambiguous=ambiguous, nonexistent="shift_forward")
        if dst is not None:
            # "4:17 PM MST" in October is Arizona's standard time, not Denver's daylight time: a printed standard
            # or daylight abbreviation is its fixed offset whatever the date
            zi = _zone(name)
            jan, jul = (zi.utcoffset(dt.datetime(ts.year, m, 15)) for m in (1, 7))
            if jan is not None and jul is not None and jan != jul:
                want = max(jan, jul) if dst else min(jan, jul)
                if out.utcoffset() != want:
                    return ts.tz_localize(dt.timezone(want))
        return out
    offset = _offset(key)
    return None if offset is None else ts.tz_localize(offset)


_AREAS = {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}


@lru_cache(maxsize=1)
def _zone_cities() -> dict[str, str]:
    """The zone a city names in "5:12 pm (Paris)": only a city that gives an IANA zone its name ("Europe/Paris" ->
    "Paris", "America/New_York" -> "New York")."""
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        area, _, city = name.partition("/")
        if area in _AREAS and "/" not in city:
            out.setdefault(city.replace("_", " "), name)
    return out


def _from_match(m: re.Match, context: str = "") -> Dateline:
    groups = m.groupdict()
    zone = groups.get("zone")
    try:
        if groups.get("iso"):
            ts = pd.Timestamp(dt.datetime.fromisoformat(groups["iso"][:10].replace("/", "-").replace(".", "-") + groups["iso"][10:].replace(" ", "T")))
        else:
            if groups.get("sep"):
                first, second = int(groups["a"]), int(groups["b"])
                # "12/03/2025 - 17:42": a 24-hour clock is printed day first (US outlets print "03/12/2025 5:42 PM")
                clock24 = groups.get("hour") is not None and not groups.get("ampm") and (zone or "") not in _US_ZONES
                day_first = groups["sep"] in {".", "-"} or first > 12 or clock24 and second <= 12
                day, month = (first, second) if day_first else (second, first)
            else:
                day, month = int(groups["day"]), MONTHS[groups["month"].lower()[:3]]
            hour, minute = int(groups.get("hour") or 0), int(groups.get("minute") or 0)
            ampm = (groups.get("ampm") or "").lower().replace(".", "")
            if ampm and not 1 <= hour <= 12:
                raise ValueError(f"hour {hour} with {ampm}")
            if ampm == "pm" and hour != 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            year = groups.get("year") or _year_told(context)
            if year is None:
                return Dateline(pd.NaT, f"no year in {m.group(0).strip()!r} nor in the article")
            ts = pd.Timestamp(dt.datetime(int(year), month, day, hour, minute,
                                          int(groups.get("second") or 0)))
    except (ValueError, OverflowError) as exc:  # "32 October 2024", "25:61"
        return Dateline(pd.NaT, f"impossible date {m.group(0).strip()!r} ({exc})")
    city = groups.get("city")
    if city and (name := _zone_cities().get(city)):
        return Dateline(ts.tz_localize(_zone(name), ambiguous=True, nonexistent="shift_forward"))
    out = localize(ts, zone, context=context)
    if out is None:
        return Dateline(ts, f"unknown time zone {zone!r}: read as naive")
    return Dateline(out)


_UHR = re.compile(r"(?<=\d)\s+Uhr\b")
_SECTION_AFTER = re.compile(r"(?<=\b(?:19|20)\d\d)\s+(?:News|Sport|Sports|Business|Politics|Local|World|Opinion|Features)$")
_DATE_TWICE = re.compile(r"((?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2},?)\s+\d{4})\s+\1\b")
_READING_TIME = re.compile(r"\s*[|·•-]?\s*(?:timer|clock)?\d{1,2}\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:to\s+)?read\s*$"
                           r"|\s+-?\s*page\s*[A-Z]?\d{1,3}\s*$", re.I)
# (and the print page: Taipei Times' "... 2025 page1"; an icon's name glued before the reading time: "2025timer4 min.
# read")
# "2026.11.27. 10:45" (Hungarian), "2026. 11. 27. 10:45" (Korean): year first, each part closed by a dot
_DOTTED_YMD = re.compile(r"\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.(?=\s|$)")
# "26 November 2026, MVT 14:35": the zone printed before the time
_ZONE_BEFORE_TIME = re.compile(r"(\d{4}),?\s+([A-Z]{2,4})\s+(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\b")
_TIME_IN_BRACKETS = re.compile(r"\s*\((\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)\)", re.I)


_SHORT_YEAR = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2})(?=\s+\d{1,2}:\d{2}\b)")
# "Published 28.01.26, 05:48 AM": day, month and a two-digit year with dots, before its time (The Telegraph, India)
_DOTTED_SHORT_YEAR = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}[:.]\d{2}\b)")
# a weekly's issue dated by its week, "July 11 - 17, 2026" or "11-17 July 2026": the week's first day
_WEEK_SPAN = re.compile(rf"\b((?:{MONTH_NAMES_RE})\.?\s+\d{{1,2}})\s*[-–]\s*(?:(?:{MONTH_NAMES_RE})\.?\s+)?\d{{1,2}}(,?\s+\d{{4}})\b"
                        rf"|\b(\d{{1,2}})\s*[-–]\s*\d{{1,2}}(\s+(?:{MONTH_NAMES_RE})\.?\s+\d{{4}})\b", re.I)
_SLASHED_MONTH = re.compile(rf"\b(\d{{1,2}})[/-]((?:{MONTH_NAMES_RE})\.?)[/-](\d{{4}})\b", re.I)
_DOTTED_DAY = re.compile(rf"\b(\d{{1,2}})\.\s+(?=(?:{MONTH_NAMES_RE})\b)", re.I)
# "2026-02-03 07:40 PM": an ISO date with a twelve-hour clock (The Sun, Malaysia), whose "PM" is no time zone
_ISO_TWELVE = re.compile(r"\b(\d{4}-\d{2}-\d{2})[T ](\d{1,2})[:.](\d{2})\s*([ap])\.?m\.?(?=\s|$)", re.I)
# "05:20 AM Nov 27, 2026 IST": a time first and its zone after the year (The Tribune, India)
_ZONE_AFTER_YEAR = re.compile(rf"^(.*?\d{{1,2}}[:.]\d{{2}}\s*[ap]\.?m\.?)(,?\s+(?:{MONTH_NAMES_RE}|\d).*\d{{4}}),?\s+([A-Z]{{2,5}})$", re.I)
_TIME_ONLY = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?", re.I)
_LABEL_FIRST = re.compile(r"(?:[A-Z][A-Za-z]+\s+){1,3}(?=\d)")
# "By Priya Nandakumar Nov. 21, 2025": the byline and the date on one line (STAT)
# (a section may stand between: The Astana Times' "By Aigerim Sadykova in Business on 9 December 2025")
_BYLINE_FIRST = re.compile(rf"(?:[Bb]y|BY)\s+(?:(?:[A-Z][\w'’.-]*|and|&)[\s,]+){{1,6}}?(?:in\s+(?:[A-Z][\w'’&-]*\s+){{1,3}})?"
                           rf"(?:on\s+)?(?=(?i:{MONTH_NAMES_RE})\.?\s+\d|\d)")
# "Rasa Kriaučiūnaitė, LRT RADIO, LRT.lt 2025.12.05 14:20": the byline, the channel and the portal, then a date in
# numbers (no "By": capitalised words and commas only, so a sentence never reads as one)
_NAMES_BEFORE_NUMBERS = re.compile(r"(?:[A-Z][\w'’.-]*,?\s+){1,8}(?=\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b)")
_MONTH_WORD = re.compile(rf"(?i)(?:{MONTH_NAMES_RE})\b")
# "December 5, 2025 The Sofia Globe staff": a date, then the byline with no "By" (names, "staff", "and"), or after a comma
# ("5 December 2025 , Ana Holt": a listing's comma, spaced)
_BYLINE_AFTER = re.compile(rf"(?P<date>(?i:{MONTH_NAMES_RE})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?i:{MONTH_NAMES_RE})\.?,?\s+\d{{4}})"
                           r"(?:\s*,)?\s+(?:[A-Z][\w'’.-]*|staff|and|&|reporters?|writers?|correspondents?)"
                           r"(?:\s+(?:[A-Z][\w'’.-]*|staff|and|&|of|the|reporters?|writers?|correspondents?)){0,5}")


def looks_like_dateline(line: str) -> bool:
    """True when the whole line is a dateline in one of the printed forms (resolvable or not).

    >>> looks_like_dateline("Updated 3 hours ago"), looks_like_dateline("Musk to talk with Putin")
    (True, False)
    """
    return _find(line.strip()) is not None


_UPDATED = re.compile(r"(?i)\bupdated?\b")
# "Updated December 5 2025 - 4:52pm, first published 12:30pm" (Australian Community Media): published that day, then
_FIRST_PUBLISHED_AT = re.compile(r"(?i)(?:last\s+)?updated?:?\s+(?P<date>.+?)\s*[-–—,]\s*\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?,?\s+"
                                 r"first\s+published:?\s+(?:at\s+)?(?P<time>\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)")
_FIRST_PUBLISHED_ON = re.compile(r"(?i)\bupdated?\b.*?[,|]\s*first\s+published:?\s+(?:on\s+)?(?P<when>.+)$")
_PUBLISHED_FIRST = re.compile(r"(?i)\s*(?:first\s+)?publish")
_WEEKDAY_AFTER = re.compile(r"(\d{4}),\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", re.I)
# "November,26 2026 4:37 pm": the comma glued to the day instead of after it (KT Press)
_COMMA_BEFORE_DAY = re.compile(rf"\b((?:{MONTH_NAMES_RE})\.?),\s*(\d{{1,2}})\s+(\d{{4}})\b", re.I)
# "Published 5 hours ago on March 31, 2026 By Ffion Llewellyn": the page's age before the date, the byline after it
# (or "... 07:30 AM NPT By: Rabindra Ghimire", Republica's)
_AGE_BEFORE_DATE = re.compile(r"(?i)^((?:published|posted|updated)\s+)?(?:about\s+)?(?:\d+|an?|one)\s+"
                              r"(?:second|minute|min|hour|hr|day|week)s?\s+ago\s+on\s+(?=\S)")
_BYLINE_LAST = re.compile(r"(?:(?<=\d)|(?<=\d\s[AaPp][Mm])|(?<=[AaPp][Mm]\s[A-Z]{3})|(?<=[AaPp][Mm]\s[A-Z]{4}))\s+(?:By|BY):?\s+[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and|&)){0,5}$")


def _iso_clock(m: re.Match) -> str:
    """ "2026-02-03 07:40 PM" as "2026-02-03 19:40" (an hour past 12 is left as written, for the date to refuse)."""
    hour = int(m[2])
    if not 1 <= hour <= 12:
        return m[0]
    return f"{m[1]} {hour % 12 + (12 if m[4].lower() == 'p' else 0):02d}:{m[3]}"


def _find(line: str) -> re.Match | str | None:
    """The dateline in ``line``: the whole line, or one part of "Kyiv | 25 October 2024 | Jane Roe"."""
    if len(line) > 120:
        return None
    line = line[:-1] if line.endswith(":") and ": " in line else line  # ("... 4 December 2025:")
    line = line[:-1] if line.endswith(".") and line[-5:-1].isdigit() else line  # ("Published: 08:30, Sunday April 19th, 2026.")
    if first := _FIRST_PUBLISHED_AT.fullmatch(line.strip()):
        line = f"{first['date']} - {first['time']}"
    elif (first := _FIRST_PUBLISHED_ON.search(line)) and _YEAR_IN_TEXT.search(first["when"]):
        line = first["when"]  # ("..., first published December 4 2025 - 11:30pm": that day and time)
    line = _READING_TIME.sub("", line)  # "March 10, 2025 7:48 PM 4 min read": the reading time after it
    line = _SECTION_AFTER.sub("", line)  # "Dec 05, 2025 News": the section's name after the date (Kaieteur News)
    line = _UHR.sub("", line)  # "26.11.2025 - 14:03 Uhr": German's "o'clock" after the time (Handelsblatt)
    line = _YEAR_STOP.sub(" ", line).rstrip(".") if _YEAR_STOP.search(line) or line.endswith(("M.", "T.", "m.")) else line
    if line.endswith(".") and line[-5:-1].isdigit() and _BYLINE_FIRST.match(line):
        line = line[:-1]  # "By Jane Roe on September 30, 2026.": the byline's own stop (Medicine Hat News)
    line = _HOURS.sub(lambda m: f"{m[1] or m[3]}:{m[2] or m[4]}", line)  # "09:40 hrs", "0940 hours", "14h05"
    line = _ISO_TWELVE.sub(_iso_clock, line)
    if (late := _ZONE_AFTER_YEAR.match(line)) and late[3] in ZONES:
        line = f"{late[1]} {late[3]}{late[2]}"
    line = _DOTTED_YMD.sub(lambda m: f"{m[1]}.{int(m[2]):02d}.{int(m[3]):02d}", line)
    line = _DOTTED_DAY.sub(r"\1 ", line)  # "26. Nov 2026 at 14:37": a day written with a dot, as Central Europe writes it
    line = _SLASHED_MONTH.sub(r"\1 \2 \3", line)  # "26/Nov/2025": the month's name between slashes (The Wire)
    line = _WEEK_SPAN.sub(lambda m: f"{m[1]}{m[2]}" if m[1] else f"{m[3]}{m[4]}", line)  # "July 11 - 17, 2026": its first day
    line = _SHORT_YEAR.sub(r"\1/\2/20\3", line)  # "11/25/25 5:12 PM ET": a two-digit year, before its time (The Hill)
    line = _DOTTED_SHORT_YEAR.sub(r"\1.\2.20\3", line)
    line = _ZONE_BEFORE_TIME.sub(lambda m: f"{m[1]} {m[3]} {m[2]}" if m[2] in ZONES else m[0], line)
    line = _TIME_IN_BRACKETS.sub(r" \1", line)  # "March 5, 2025 (9:40 am)": the time in brackets
    line = _COMMA_BEFORE_DAY.sub(r"\1 \2, \3", line)
    line = _BYLINE_LAST.sub("", _AGE_BEFORE_DATE.sub(r"\1", line))
    line = _WEEKDAY_AFTER.sub(r"\1", line)  # "December 3, 2025, Wednesday at 5:12 PM": the weekday after the year
    line = _DATE_TWICE.sub(r"\1", line)  # "Published On 21 Jan 2025 21 Jan 2025 14:05 GMT": the date printed twice
    dashed = _DASHED.fullmatch(line)
    if dashed:  # "Mar - 03 - 2025 , 14:32": the date with dashes and spaces
        line = f"{dashed['m']} {dashed['d']}, {dashed['y']}" + (f" {dashed['t']}" if dashed["t"] else "")
    parts = [line]
    if _SEPARATORS.search(line):
        pieces = [p.strip() for p in _SEPARATORS.split(line)]
        # "Geneva, 2 July 2025": a place before the date; "— Updated 11:20 CEST": a label before the time
        pieces = [_PLACE_FIRST.sub("", p, count=1) if _PLACE_FIRST.match(p) and any(c.isdigit() for c in p) else p
                  for p in pieces]
        pieces = [_CITY_AFTER.sub("", p, count=1) for p in pieces]  # "16:20, 26 November 2026, Bishkek - 24.kg"
        # "March 12, 2025 | 2:32 PM": a date and its time in neighbouring parts, before either alone
        parts += [f"{a} {_PREFIX_ONLY.sub('', b, count=1)}" for a, b in zip(pieces, pieces[1:])] + [
            f"{b} {a}" for a, b in zip(pieces, pieces[1:]) if _TIME_ONLY.fullmatch(a)] + pieces  # ("17:25 / 27.11.2026")
    elif _PLACE_FIRST.match(line) and any(c.isdigit() for c in line):
        parts.append(_PLACE_FIRST.sub("", line, count=1))
    elif _CITY_AFTER.search(line):
        parts.append(_CITY_AFTER.sub("", line, count=1))
    elif _NUMERIC_FIRST.match(line):
        parts.append(_NUMERIC_FIRST.sub("", line, count=1))  # "03/14/2025 March 14, 2025 17:26": the date twice
    if (label := _LABEL_FIRST.match(line)) and not _MONTH_WORD.match(line):
        parts.append(line[label.end():])  # "All News 18:07 June 24, 2024": a section's label before the time
    if byline := _BYLINE_FIRST.match(line):
        parts.append(line[byline.end():])
    elif byline := _NAMES_BEFORE_NUMBERS.match(line):
        parts.append(line[byline.end():])
    elif byline := _BYLINE_AFTER.fullmatch(line):
        parts.append(byline["date"])
    if _UPDATED.search(line):
        # "Updated: Dec. 03, 2025, 5:12 p.m.|Published: Dec. 03, 2025, 4:30 p.m.": when it was published, first
        parts = [p for p in parts if _PUBLISHED_FIRST.match(p)] + parts
    dated = None  # "Published: Monday | March 3, 2025 | 2:32 PM": the date with its time, before the date alone
    for part in parts:
        if len(part) > 80:
            continue
        if _RELATIVE.fullmatch(part) and dated is None:
            return part
        for form in _FORMS:
            m = form.fullmatch(part)
            if m:
                if m.groupdict().get("hour") or m.groupdict().get("iso"):
                    return m
                dated = dated or m
                break
    if dated is None:
        dated = next((m for form in _NO_YEAR if (m := form.fullmatch(line))), None)
    return dated


_YEAR_IN_TEXT = re.compile(r"(?<![\w$£€.,/-])((?:19|20)\d\d)(?![\w%/-])")
# a year the story looks forward to, not one it tells from: "by 2027", "until 2026", "next year, 2026"
_AHEAD = re.compile(r"\b(?:by|until|till|through|before|to|next|in\s+fiscal|FY)\s+$", re.I)


def _year_told(context: str) -> int | None:
    """The year a story without one in its dateline is from: the latest it names that it does not look ahead to
    ("the final meeting of 2025", not "by 2027").

    >>> _year_told("Fees rose in 2023 and at the final meeting of 2025; a plan runs until 2030.")
    2025
    """
    told = [int(m[1]) for m in _YEAR_IN_TEXT.finditer(context) if not _AHEAD.search(context[max(0, m.start() - 14):m.start()])]
    return max(told) if told else None


def parse_dateline(line: str, *, context: str = "") -> Dateline:
    """Parse a dateline line; NaT with a note when it is relative, impossible or not a date.

    >>> parse_dateline("25 October 2024 06:06").value
    Timestamp('2024-10-25 06:06:00')
    >>> parse_dateline("Updated 3 hours ago").note
    "relative dateline 'Updated 3 hours ago' cannot be resolved without the retrieval time"

    ``context`` (the article) settles a zone abbreviation two countries share ("IST").
    """
    line = line.strip()
    found = _find(line)
    if isinstance(found, str):
        return Dateline(pd.NaT, f"relative dateline {found!r} cannot be resolved without the retrieval time")
    if found is not None:
        return _from_match(found, context)
    return Dateline(pd.NaT, f"not a dateline: {line[:80]!r}")


def parse_date_value(value: object) -> Dateline:
    """A date from metadata (front matter, JSON, CSV, HTML): str, date or datetime.

    Tries the printed forms first, then dateutil for the long tail of ISO-ish strings.

    >>> parse_date_value("2024-10-25T17:12:00-0400").value
    Timestamp('2024-10-25 17:12:00-0400', tz='UTC-04:00')
    """
    if value is None or (isinstance(value, float) and value != value):
        return Dateline(pd.NaT)
    if isinstance(value, dt.datetime):
        return Dateline(pd.Timestamp(value))
    if isinstance(value, dt.date):
        return Dateline(pd.Timestamp(value.year, value.month, value.day))
    if not isinstance(value, str):
        return Dateline(pd.NaT, f"date of unsupported type {type(value).__name__}")
    text = value.strip()
    if not text:
        return Dateline(pd.NaT)
    parsed = parse_dateline(text)
    if not parsed.note.startswith("not a dateline"):
        return parsed
    if len(text) > 64 or not re.search(r"(?<!\d)\d{4}(?!\d)", text):
        # dateutil would fill a missing year from today's date: never guess one
        return Dateline(pd.NaT, f"unreadable date {text[:64]!r}")
    from dateutil import parser as du  # installed with pandas

    try:
        value = du.isoparse(text)
    except (ValueError, OverflowError):
        try:
            value = du.parse(text, tzinfos={k: _zone(v[0]) for k, v in ZONES.items()})
        except (ValueError, OverflowError, TypeError) as exc:
            return Dateline(pd.NaT, f"unreadable date {text!r} ({exc})")
    try:
        return Dateline(pd.Timestamp(value))
    except (ValueError, OverflowError) as exc:  # outside pandas' range
        return Dateline(pd.NaT, f"date out of range {text!r} ({exc})")


def to_utc(ts: pd.Timestamp) -> pd.Timestamp:
    """Naive UTC for sorting: aware values converted, naive ones read as UTC.

    >>> to_utc(pd.Timestamp("2024-10-25 10:30", tz="Europe/London"))
    Timestamp('2024-10-25 09:30:00')
    """
    if ts is None or pd.isna(ts):
        return pd.NaT
    return ts.tz_convert("UTC").tz_localize(None) if ts.tzinfo is not None else ts
