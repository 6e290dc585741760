"""Tokenising and sentence splitting with spaCy's blank English pipeline.

No trained model is needed or downloaded: the blank pipeline's tokenizer and the
rule-based sentencizer ship inside the spaCy wheel.

>>> [s.text for s in split_body("Title\\nA said so. B said not.\\n")]
['A said so.', 'B said not.']
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

_ATTRS: list | None = None
# "Read more" on a line of its own: the line under it is another story's headline, a link (Caixin)
LINK_LABEL = re.compile(r"(?i)\s*(?:read more(?:\s+(?:on|from|at)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2})?|read next|read also|also read|see also"
                        r"|related(?:\s+stor(?:y|ies)|\s+articles?)?|recommended(?:\s+(?:reading|for you|stories|articles))?"
                        r"|more on this(?:\s+story)?|(?:previous|next)\s+(?:article|story|post)|more\s+(?:[\w'’]+\s+){0,3}(?:news|stories|headlines)"
                        r"|more\s+(?:in|from)\s+this\s+section)\s*:?\s*")  # ("More in this section": Iconic's Irish papers)
# ("MORE GOLD COAST NEWS"; Pakistan Today's "Previous article" and "Next article" at the foot, each over a headline;
# "Read more on MLive:", Newsquest's "Recommended reading:")


# a linked story's first words, cut short: "SHILLONG, Feb 9: The dry weather ... on Monday..." (each under its headline)
_TEASER = re.compile(r"(?:\.\.\.|…)\s*$")


def linked_lines(lines: list[str]) -> set[int]:
    """The lines under a "Read more" label that are other stories' headlines: one (Caixin), or a block of them
    (Sky News's "Read more:" over two), up to the first line that ends as a sentence does.

    >>> sorted(linked_lines(["Body.", "Read more:", "Patients wait longer", "Why is the target missed?", "The CQC said so."]))
    [2, 3]
    """
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if not LINK_LABEL.fullmatch(ln):
            continue
        j = i + 1
        bullet = lines[j].lstrip()[:2] in {"* ", "• "} if j < len(lines) else False
        # (each line after the first shaped as it is, a bullet or none, and no dashed heading: "- 'Fishing blind' -")
        # (a line of one to three words after the first headline heads the story again: "Recommended reading:", two
        # headlines, then "Complaint figures")
        while j < len(lines) and lines[j].strip() and (len(lines[j].split()) <= 20 or _TEASER.search(lines[j])) \
                and (j == i + 1 or len(lines[j].split()) > 3) \
                and (j == i + 1 or (not lines[j].rstrip().endswith((".", '"', "”", "’", "'", "-", "–"))
                                    or _TEASER.search(lines[j]) is not None)
                     and (lines[j].lstrip()[:2] in {"* ", "• "}) == bullet):
            out.add(j)
            j += 1
            if j - i > 4 or "next" in ln.lower() or "previous" in ln.lower():
                break  # ("Read next" points to one story: the Sacramento Bee's; so do "Previous article", "Next article")
    return out
_END_PUNCT = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.(?:\s+[A-Z]{2,4})?\s*$")


def _attrs():
    from spacy.attrs import IDX, ORTH, SPACY

    return [ORTH, IDX, SPACY]


_SPACE = ("",)  # what the word cache holds for a whitespace token: no text, so skipped (truthy: a cache hit)
_WORDS: dict[int, tuple] = {}  # spaCy's orth id -> a Tok's per-word fields: the same word is read once
_MAX_WORDS = 500_000  # a bound on that cache (about 100 MB at most); cleared when reached


def _word(orth: int) -> tuple:
    """The per-word fields of a Tok (text, lower, is_title, ...), from spaCy's lexeme, cached."""
    if len(_WORDS) >= _MAX_WORDS:
        _WORDS.clear()
    lex = get_nlp().vocab[orth]
    t = lex.orth_
    if lex.is_space or not t:
        out: tuple = _SPACE
    else:
        punct = lex.is_punct
        out = (t, t.lower(), lex.is_title, lex.is_upper, lex.is_alpha, punct,
               not punct and t[:1].isupper() and (lex.is_alpha or _CAP_WORD.fullmatch(t) is not None))
    _WORDS[orth] = out
    return out


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    from kit.lexicons import CANADIAN_PROVINCES, CO_OP_SPELLINGS

    # The tokenizer alone: sentence boundaries are ours (see _sentences), which
    # handles quotes and single-letter names ("platform X. The journal") better.
    nlp = spacy.blank("en")
    # a dash glued to a dateline's abbreviation is no part of it: "Pa.—Dale Whitcomb says" (AP style, no spaces)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(
        list(nlp.Defaults.infixes) + [r"(?<=[.,;:])[—–](?=[A-Z])"]).finditer
    for abbr in CANADIAN_PROVINCES:  # "Dunmore, Man.,": spaCy knows the US states' abbreviations, not these
        nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    for link in ("a/l", "a/p", "A/L", "A/P"):  # "Ramesh a/l Kanagaratnam": "son of" in a Malaysian Indian name, one word
        nlp.tokenizer.add_special_case(link, [{"ORTH": link}])
    for word in CO_OP_SPELLINGS:  # "the co-op" is one word, not "co", "-", "op"
        for form in {word, word.capitalize(), word + "s", word.capitalize() + "s"}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


@dataclass
class Sentence:
    """One body sentence: its span in the article text and its tokens."""

    sid: int
    start: int
    end: int
    text: str
    line: int
    para_first: bool
    tokens: list = field(default_factory=list, repr=False)  # list[Tok]
    runs: list | None = field(default=None, repr=False, compare=False)  # capitalised runs, once computed


class Tok(NamedTuple):
    """A token with its offset in the article text (a tuple: cheap to make by the million)."""

    text: str
    lower: str
    is_title: bool
    is_upper: bool
    is_alpha: bool
    is_punct: bool
    is_cap: bool  # a capitalised word or initialism: what names are made of (_CAP_WORD)
    start: int  # offset in the article text
    ws: bool  # followed by whitespace

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# a wire dateline opening an article's first sentence: "HARTWELL, Ohio (AP) — ", "LONDON (Reuters) - "
# a day, then its year after a slash, as the Addis Standard opens its first paragraph: "November 26/2025"
DAY_SLASH_YEAR = r"(?P<day>[A-Z][a-z]{2,8}\.? \d{1,2})/(?P<year>\d{4})"
# capitals with their accents ("HÀ NỘI — ", "SÃO PAULO — ")
_CAPS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1F00) if chr(c).isupper())
DATELINE = re.compile(rf"^(?P<place>[{_CAPS}][{_CAPS}.'-]+(?: [{_CAPS}][{_CAPS}.'-]+)*(?: City(?= [—–-]))?)(?:, [\w. ]{{2,30}}?){{0,3}}"
                      r"(?: \([\w .&-]{1,40}\))?"
                      r"\s*(?:[—–-]{1,2}|:)\s+(?=[A-Z\"“‘'])"  # ("PETALING JAYA: Private hospital operator"; "ILOILO City – ")
                      # (or in title case before the agency, as AFP writes it: "Nairobi (AFP) - ")
                      r"|^(?P<town>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?: \((?:AFP|AP|Reuters|dpa|EFE|ANSA|Xinhua|Bernama|"
                      r"IANS|PTI|Yonhap|Kyodo|ANA|TASS|Anadolu)\)"
                      # (or the day after the town, its year after a slash: "Addis Abeba, November 26/2025 – ")
                      rf"|, {DAY_SLASH_YEAR})\s*[—–-]{{1,2}}\s+(?=[A-Z\"“‘'])")


# a town and its country, no dash, as Matangi Tonga opens its first paragraph: "Nuku'alofa, Tonga A dispute over ..."
# (the country checked against the list of countries; the sentence goes on with a function word)
_TOWN_COUNTRY = re.compile(r"^(?P<town>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}), (?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}?)"
                           r" (?=(?:The|A|An|In|On|At|After|When|As|For|Police|It|Two|Three|Residents)\s)")


def lead_dateline(text: str) -> re.Match | None:
    """The dateline a first paragraph opens with: a wire's ("LONDON (Reuters) - ") or a town and its country.

    >>> lead_dateline("Nuku'alofa, Tonga A dispute has reached the House.").group("town")
    "Nuku'alofa"
    """
    m = DATELINE.match(text)
    if m is None and (m := _TOWN_COUNTRY.match(text)) is not None:
        from kit.lexicons import countries

        return m if m.group("country") in countries() else None
    return m


def dateline_sentence(sentences: list) -> int | None:
    """The sid of the sentence a wire dateline opens ("PORT CALLOWAY, Mich. — ..."): the article's first,
    or the first after a standfirst (a line skipped between them: the published line)."""
    for k, x in enumerate(sentences[:4]):
        # (a byline the loader kept, "Maureen MacNeil · Cape Breton Post | Posted: Dec. 5, 2025", is no paragraph)
        after_byline = k > 0 and len(sentences[k - 1].text) < 120 and _BYLINE_DATED.search(sentences[k - 1].text)
        if (k == 0 or x.line > sentences[k - 1].line + 1 or after_byline) and lead_dateline(x.text):
            return x.sid
        if k > 0 and x.line == sentences[k - 1].line + 1 and not after_byline \
                and _END_PUNCT.search(sentences[k - 1].text):  # (a standfirst kept as a sentence: still the header)
            return None
    return None


# a byline line that carries its date: "Jane Roe · The Post | Posted: Dec. 5, 2025 3:10 p.m."
_BYLINE_DATED = re.compile(r"\b(?:Posted|Published|Updated)\b:?\s+\S+\s+\d|\b20\d\d\b")


# an interview's turn, "Q: What about the slide deck?", "A: I haven't seen it." (no section; the answer the
# interviewee's)
INTERVIEW_TURN = re.compile(r"\s*(?P<who>[QA])\s?[:.]\s")
# a transcript's speaker label, in capitals: "ÉLISE FORTIER, CANADIAN MINISTER OF INTERNATIONAL TRADE: ",
# "REYES: ", "TESSA LINDQVIST, CNN CORRESPONDENT (voice-over): "
_SPEAKER_LABEL = re.compile(r"(?P<name>[^\W\d_][^\W\d_'’.\- ]{0,24}(?:[ '’.\-]+[^\W\d_][^\W\d_'’.\-]{0,24}){0,3})"
                            r"(?P<desc>,\s*[^:()]{2,80}?)?(?:\s*\([a-z][a-z\- ]{2,30}\))?:\s")


def speaker_labels(sentences: list) -> dict[int, tuple[int, str]]:
    """A transcript's turns: the sid of each line that opens on a speaker's label in capitals, the label's end
    offset and the name in it (none unless three lines do).

    >>> s = [Sentence(0, 0, 12, "REYES: Hi.", 0, True), Sentence(1, 13, 30, "FORTIER: No.", 1, True),
    ...      Sentence(2, 31, 40, "REYES: So?", 2, True)]
    >>> speaker_labels(s)[1]
    (21, 'FORTIER')
    """
    labels: dict[int, tuple[int, str]] = {}
    line = -1
    for x in sentences:
        if x.line == line:
            continue
        line = x.line
        m = _SPEAKER_LABEL.match(x.text)
        if m is None:
            continue
        name, desc = m.group("name"), m.group("desc") or ""
        if name == name.upper() and desc == desc.upper() and sum(c.isalpha() for c in name) >= 2:
            labels[x.sid] = (x.start + m.end() - 1, name)
    return labels if len(labels) >= 3 else {}


# a capitalised word ("Vole", "Ørsted") or an initialism ("U.S.", "AT&T"): a piece of a name
_CAP_WORD = re.compile(r"[A-Z][\w.&'’-]*\+?")  # (and a streaming brand's plus: "Disney+", "Tidewell+")


# a reporter's sign-off closing the page: a bio, a way to reach them, an editor's credit
_SIGN_OFF = re.compile(r"(?:»\s*|\(|[—–]\s*|--\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$"
                       r"|(?:Reach|Contact|E-?mail|Write\s+to)\s+(?:him|her|them|me|us|the\s+\w+|(?:[A-Z][\w.'’-]*\s*){1,4})\s*(?:at|:|on|via)\s"
                       r"|(?:[A-Z][\w.'’-]+\s+){1,3}(?:covers|reports\s+on|writes\s+about|is\s+an?\s+(?:[\w-]+\s+){0,3}"
                       r"(?:reporter|writer|correspondent|journalist|editor|columnist))\b[^.]{0,120}?\bfor\s+(?:the\s+)?[A-Z]"
                       r"|(?:Editor|Edited\s+by|Reporting\s+by|Additional\s+reporting\s+by)\b:?\s"
                       r"|Follow\s+(?:@|him\b|her\b|them\b|us\b)"
                       # ("(Reporting by ...; Editing by ...)", "Associated Press writer X in Y contributed to this report.",
                       # "—With assistance from X.", "This report by The Canadian Press was first published Oct. 14, 2025.")
                       r"|[^.]{0,160}\bcontributed\s+to\s+this\s+report\.?\)?\s*$|(?:With\s+assistance\s+from|Editing\s+by)\b"
                       r"|This\s+(?:report|article|story)\b[^.]{0,80}\bwas\s+first\s+published\b|Our\s+Standards:"
                       r"|Local\s+Democracy\s+Reporting\s+is\b)")
# a photographer's credit in brackets: "(Jack Hennessey photo)", "(Photo: Reuters)"
_CREDIT_IN_BRACKETS = (r"\((?:[\w'’.-]+\s+){1,3}(?:photo|picture)(?:\s*[-–—/:][^()]{0,60})?\)"
                       r"|\((?:photo|picture|image)(?:\s+by|:)\s[^()]{2,60}\)")
PHOTO_CREDIT = re.compile(_CREDIT_IN_BRACKETS, re.IGNORECASE)
_NOT_BODY = re.compile(r"(?i)this\s+(?:story|article)\s+was\s+originally\s+published\b|read\s+more\s*:|(?-i:READ\s+MORE)\b"
                       # ("READ ALSO: ...", "Also read: ...", "READ | ...", "(Photo supplied)", "This article has been updated.")
                       r"|(?:read\s+also|also\s+read|related)\s*:|(?-i:READ)\s*[|:]|\(?photo\s+supplied\)?\s*$"
                       r"|this\s+(?:article|story)\s+has\s+been\s+updated\.?\s*$"
                       # a photographer's credit on its own line ("Picture by Declan Ashby", "(Jesse Tremblay photo - Williams
                       # Lake Tribune)"; a caption closed by one stays: annotators read what it tells)
                       r"|\(?(?:staff\s+)?(?:photo|picture|image)s?\s+(?:by|courtesy\s+of)\s"
                       rf"|(?:{_CREDIT_IN_BRACKETS})\s*$"
                       # the page's appeals: "Sign up to our free newsletter", "Follow X on Facebook", "Become a member today"
                       r"|(?:sign\s+up|subscribe)\b[^.]{0,80}\bnewsletter|follow\s+[^.]{0,60}\bon\s+(?:facebook|instagram|x|twitter|youtube|tiktok)\b"
                       r"|do\s+you\s+have\s+something\s+to\s+add\s+to\s+this\s+story|support\s+(?:quality|local|independent)\b[^.]{0,40}\bjournalism"
                       r"|from\s+just\s+[£$€]\d|become\s+a\s+(?:member|subscriber)\b")


def is_body_line(line: str, *, title: str = "", sections=()) -> bool:
    """A paragraph of the body: not the title, a subheading or a dateline."""
    s = line.strip()
    if not s or s == title.strip() or s in sections:
        return False
    if _NOT_BODY.match(s):
        return False  # "This story was originally published ...", "READ MORE: ...": the page's, not the story's
    words = s.split()
    if not _END_PUNCT.search(s) and (len(words) <= 12 or len(s) <= 120 and _is_dateline(s)):
        return False  # subheadings and datelines carry no closing punctuation (nor does "Posted: ... | Last Updated: ...")
    if len(words) <= 8 and _CLOCK_END.search(s) and _is_dateline(s):
        return False  # "Dec. 5, 2025 9:55 a.m.": the full stop is the clock's
    if len(words) <= 16 and s.endswith(".") and s[-5:-1].isdigit() and _is_dateline(s[:-1]):
        return False  # "News | Ffion Lewis | Published: 08:30, Sunday April 19th, 2026.": a dateline closed by a full stop
    return True


# the verbs a standfirst tells a claim with ("Council insists ...", "..., says union")
_STANDFIRST_CUE = re.compile(r"\b(?:says?|warns?|insists?|blames?|denies|rejects?|disputes?|accuses|claims?)\b")


def _standfirst_claim(line: str, title: str, sections) -> bool:
    """A standfirst line under the headline that carries a claim, though headline-short and unpunctuated."""
    s = line.strip()
    if not s or s == title.strip() or s in sections or _END_PUNCT.search(s) or len(s.split()) < 4:
        return False
    return _STANDFIRST_CUE.search(s) is not None and not s.startswith(("By ", "BY ")) and not _is_dateline(s)


def sign_off_lines(sentences: list[Sentence]) -> set[int]:
    """The lines closing an article that sign it off ("Alyssa Carrington covers transportation for The Providence
    Journal. Reach her at ..."): the page's, no claim (their names are still the article's)."""
    lines: set[int] = set()
    for x in reversed([x for x in sentences if x.para_first]):
        if len(lines) == 3 or not _SIGN_OFF.match(x.text):
            break
        lines.add(x.line)
    return lines


def _is_dateline(line: str) -> bool:
    from kit.datelines import looks_like_dateline

    return looks_like_dateline(line)


_SAID_FORMS = {"said", "says", "told", "added", "noted", "insisted", "explained", "wrote"}


def _clock_then_speaker(toks: list, i: int) -> bool:
    """ "to meet again Dec. 15 at 6 p.m. Pruitt said the district ...": after a clock's "p.m.", a name and its "said"
    open the next sentence."""
    if toks[i].lower not in {"a.m.", "p.m."}:
        return False
    k = i + 1
    while k < len(toks) and k <= i + 3 and toks[k].is_title:
        k += 1
    return i + 1 < k < len(toks) and toks[k].lower in _SAID_FORMS


def split_body(text: str, *, title: str | None = None, sections=()) -> list[Sentence]:
    """Split an article's body into sentences with offsets into ``text``.

    The first line is the title when ``title`` is not given.
    """
    lines = text.split("\n")
    if title is None:
        title = next((ln for ln in lines if ln.strip()), "")
    offsets, pos = [], 0
    for ln in lines:
        offsets.append(pos)
        pos += len(ln) + 1
    linked = linked_lines(lines)
    # (what sits over the headline is the page's: a section's tag, a photo's caption)
    top = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    top = next((i for i, ln in enumerate(lines[:top + 3]) if title and ln.strip() == title.strip()), top)
    body = [(i, ln) for i, ln in enumerate(lines) if i > top and is_body_line(ln, title=title, sections=set(sections))
            and i not in linked]  # (a linked headline under "Read more")
    if body and (told := [i for i in range(1, min(4, body[0][0])) if _standfirst_claim(lines[i], title, sections)]):
        # a standfirst that tells who says what, short and unpunctuated as a headline ("District blames canal charges
        # and stalled lease of settlement water"; "Traders given less than a month's notice to move, says association")
        body = [(i, lines[i]) for i in told] + body
    nlp = get_nlp()
    global _ATTRS
    if _ATTRS is None:
        _ATTRS = _attrs()
    out: list[Sentence] = []
    tokenizer, new, words, word = nlp.tokenizer, tuple.__new__, _WORDS, _word  # the blank pipeline is its tokenizer
    for i, ln in body:
        doc = tokenizer(ln)
        base = offsets[i]
        first = True
        # Token attributes as one array: iterating Token objects costs more than the tokenizing.
        # A word's own fields come from the cache; only its offset and spacing are per token.
        # Tok(...) spelled out: a tuple made directly skips the named tuple's Python-level __new__
        all_toks = [
            new(Tok, w + (base + idx, space == 1))
            for orth, idx, space in doc.to_array(_ATTRS).tolist()
            if (w := words.get(orth) or word(orth))[0]  # not by identity: compiled, a tuple is not one object
        ]
        for toks in _sentences(all_toks):
            if not toks:
                continue
            start, end = toks[0].start, toks[-1].end
            out.append(Sentence(len(out), start, end, text[start:end], i + 1, first, toks))
            first = False
    return out


# abbreviated titles before a name, which spaCy leaves apart from their full stop
TITLE_ABBREVIATIONS = {"lt", "sgt", "capt", "col", "gen", "det", "insp", "supt", "cpl", "pvt", "maj", "cmdr", "adm",
                       "gov", "sen", "rep", "rev", "prof", "dr", "mr", "mrs", "ms", "st", "cllr", "clr", "hon", "fr", "brig",
                       "lieut", "const", "pc", "dc", "di", "dci", "ds", "cst", "ofc", "engr", "barr", "ald", "coun",
                       "adj", "sr", "comr", "commr", "eng", "ing", "lic", "arq", "mgr",  # ("Lingga Police chief Adj. Sr. Comr. Dimas Prakoso")
                       "atty", "sec", "secy", "usec", "asec",  # (Philippine: "Atty. Benjamin Soriano", "Agriculture Sec. Lorenzo Tan")
                       "adv",  # (southern Africa's advocates: "Adv. Loide Namupala")
                       "sup",  # (a county supervisor, as Milwaukee prints it: "Sup. Janelle Ortberg")
                       "ir",  # (an engineer: "Datuk Ir. Kamarulzaman bin Yusof")
                       "sta", "sto", "ste"}  # (and a saint's in a place's name, as "St.": "Sta. Filomena", "Sto. Tomas")
_NUMBER_ABBREVIATIONS = {"no", "nos", "vol", "art", "sec", "ch", "pp", "fig", "para", "cl", "reg",  # before a number
                         "rs", "shs", "kshs", "tk", "rp", "dhs", "naf", "afl", "nu"}  # (and currencies with a stop: "Rs. 300,000", "NAf. 145,000")
# given and family names the press shortens with a stop before the rest of the name: Filipino "Ma." (Maria), Telugu
# "Ch.", "Md."/"Mohd." (Mohammed)
ABBREVIATED_GIVEN = {"Ma", "Ch", "Md", "Mohd", "Muhd"}
# closing quotes and brackets: they hug a stop and belong to its sentence
CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}
_ENDERS = {".", "!", "?", "…", "...", "?!", "!?"}
# a degree written with stops, spaCy leaving the last apart ("M.Sc", "Ph.D", "B.Tech"; not "U.S": no lower case)
DEGREE = re.compile(r"(?=.*[a-z])(?:[A-Z]{1,2}[a-z]{0,4}\.){1,3}[A-Z][a-z]{0,4}")
_FIRM_ENDS = {"ltd.", "inc.", "corp.", "plc.", "llc.", "bhd."}  # a firm's legal form, abbreviated
_AFTER_A_QUESTION = {"asked", "asks", "wondered", "demanded", "said", "says", "added", "told"}


def _sentences(toks: list[Tok]) -> list[list[Tok]]:
    """Group tokens into sentences at ., ! and ? (with their closing quotes)."""
    from kit.lexicons import MONTHS, NON_NAME_CAPS, TITLE_WORDS, WEEKDAYS

    n, out, begin = len(toks), [], 0
    # only a stop, or a word ending in a full stop, can close a sentence: look at those alone
    for i in [k for k, t in enumerate(toks) if t.text in _ENDERS or (t.text[-1:] == "." and len(t.text) >= 2)]:
        t = toks[i]
        if t.text == "." and i > 0 and not toks[i - 1].ws and toks[i - 1].lower in TITLE_ABBREVIATIONS \
                and i + 1 < n and (toks[i + 1].is_title or toks[i - 1].text.isupper() and toks[i + 1].text.isupper()
                                   and toks[i + 1].is_alpha and len(toks[i + 1].text) > 1) \
                and not (toks[i - 1].text.isupper() and i > 1 and toks[i - 2].is_alpha and toks[i - 2].text.islower()):
            continue  # "spokesperson Lt. Amanda Sørby said": a title, not the end (nor "SAULT STE. MARIE - ")
            # (but "did not respond to queries from ST. Kaili Land said": an outlet's initials close the sentence)
        if t.text == "." and i > 0 and not toks[i - 1].ws and toks[i - 1].lower in TITLE_ABBREVIATIONS and i + 3 < n \
                and toks[i + 1].text == "(" and toks[i + 2].lower in {"retd", "rtd", "ret", "retired"}:
            continue  # "Col. (retd) P. Raghava Sarma": a retired officer's title
        if t.text == "." and i > 0 and not toks[i - 1].ws and DEGREE.fullmatch(toks[i - 1].text) and i + 1 < n \
                and toks[i + 1].is_title and toks[i + 1].lower not in NON_NAME_CAPS:
            continue  # "a final-year M.Sc. Chemistry student": a degree, not the end (but "... a Ph.D. The lab")
        if t.text == "." and i > 1 and toks[i - 1].text in ABBREVIATED_GIVEN and not toks[i - 1].ws and i + 1 < n and toks[i + 1].is_title \
                and (not toks[i - 2].is_cap or toks[i - 2].lower in TITLE_WORDS or toks[i - 2].text == "."):
            continue  # "Senator Ma. Lourdes Vergara-Tan", "said Ma. Teresa Lacsamana": Maria, as Filipinos shorten it
            # (and a name cut short: "managing director Ch. Venkata Rithvik Rao", "said Md. Rafiqul Islam")
            # (but "said Jack Ma. Lourdes ...": a surname ends the sentence)
        if i > 0 and i + 1 < n and toks[i + 1].text[:1].isdigit() and (
                t.text == "." and not toks[i - 1].ws and toks[i - 1].lower in _NUMBER_ABBREVIATIONS
                and toks[i - 1].text[:1].isupper() or t.text[:-1].lower() in _NUMBER_ABBREVIATIONS and t.text[:1].isupper()):
            continue  # "its No. 3 tailings dam", "Art. 12": an abbreviation before its number (not "was no. 3 died")
        if t.text not in _ENDERS:
            # "platform X. The journal", "in the U.S. The company": an abbreviation closing a sentence
            nxt = toks[i + 1] if i + 1 < n else None
            if t.lower in _FIRM_ENDS and t.ws and nxt is not None and nxt.is_title and i + 2 < n \
                    and toks[i + 2].text.islower() and toks[i + 2].is_alpha and nxt.lower not in TITLE_WORDS:
                pass  # "is run by Kenur Leisure Ltd. Residents claim ...": the firm's name closes the sentence
            elif not ((t.text[0].isupper() or t.lower in {"a.m.", "p.m."}) and nxt is not None and (nxt.lower in NON_NAME_CAPS
                                                                                           or _clock_then_speaker(toks, i))
                    and nxt.is_title and nxt.lower not in {"mr", "mrs", "ms", "dr"} and t.ws
                    and not (t.lower in {"a.m.", "p.m."} and (nxt.lower in WEEKDAYS or nxt.lower.rstrip(".") in MONTHS))) \
                    and not (t.text[0].isupper() and t.ws and nxt is not None and nxt.text in {"“", '"'} and i + 2 < n
                             and toks[i + 2].is_title and t.lower[:-1] not in TITLE_ABBREVIATIONS
                             and not DEGREE.fullmatch(t.text[:-1]) and t.text[:-1].isalpha()) \
                    and not (t.lower in {"a.m.", "p.m."} and t.ws and nxt is not None and nxt.text in {"“", '"'}
                             and i + 2 < n and toks[i + 2].is_title):
                continue  # (and "logged at 11:47 p.m. The fire chief", not "at 8 p.m. Monday"; and "water from AyA. “Every
                # liter ...": a quotation opens the next one, after a clock's "a.m." too)
        # closing quotes and brackets that hug the stop belong to this sentence
        j = i
        while j + 1 < n and toks[j + 1].text in CLOSERS and not toks[j].ws:
            j += 1
        if t.text in {"?", "!"} and j > i and j + 1 < n and toks[j + 1].text[:1].islower():
            continue  # '"Why now?" asked Anna Lee', '"Is it safe?" she asked': the question is quoted
        if t.text in {"?", "!"} and j > i:
            # '"Why now?" Anna Lee asked.': the speaker after the question, named
            stop = next((x for x in range(j + 2, min(n, j + 6)) if toks[x].text in {".", ","}), None)
            if stop is not None and toks[stop - 1].lower in _AFTER_A_QUESTION and all(toks[x].is_title for x in range(j + 1, stop - 1)):
                continue
        if j + 1 >= n or toks[j].ws:
            out.append(toks[begin:j + 1])
            begin = j + 1
    if begin < n:
        out.append(toks[begin:])
    return out
