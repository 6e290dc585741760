"""Candidate contradictions between claims, best first, each with a checkable reason.

Pairs are proposed only among claims that share an entity and where at least one side
carries a conflict signal (a denial, "only once", a date, a count, "has not commented"), or
within one story where a claim tells when someone first knew ("first became aware in June") and
another of a telling before it ("was warned in March 2023"), so the work grows with the corpus
rather than with its square. Two claims of one sentence are never a pair: the sentence states that
conflict itself ("..., which the businessman denied"). Past a story's lead, pairs rank lower the
further apart their claims are.

>>> import pandas as pd
>>> from kit.schema import to_frame
>>> claims = to_frame([
...     dict(claim_id="a", article_id="x", sentence_id=0, content="Ann Vole met Bo Lint regularly since 2020",
...          source="Daily Bugle", source_type="outlet", stance="asserts", entities=["Ann Vole", "Bo Lint"]),
...     dict(claim_id="b", article_id="x", sentence_id=1, content="he only met Bo Lint once", source="Ann Vole",
...          source_type="person", stance="denies", entities=["Ann Vole", "Bo Lint"])], "claims")
>>> find_contradictions(claims)["kind"].tolist()
['denial']
"""
from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from kit import rank
from kit.lexicons import MONTHS, WEEKDAYS, currency_codes
from kit.schema import to_frame

_ONCE = re.compile(r"\b(?:only\s+(?:once|one\s+time|a\s+single)|just\s+once|once\b|single\s+(?:call|meeting|conversation|time)|never)\b", re.I)
_MANY = re.compile(r"\b(?:twice|regular(?:ly)?|repeated(?:ly)?|frequent(?:ly)?|often|ongoing|continu(?:ed|ing|ous)|constant(?:ly)?|"
                   r"multiple|several\s+times|numerous|routinely|many\s+times|(?:a|\d+|two|three|four|five|six|ten)\s+(?:dozen\s+)?times|dozens\s+of\s+times)\b", re.I)
_NO_COMMENT = re.compile(r"\b(?:has|have|had|did)\s+not\s+(?:yet\s+)?(?:commented|responded|replied|spoken|answered)|"
                         r"declined\s+to\s+comment|did\s+not\s+respond|could\s+not\s+be\s+reached", re.I)
# words of one relation, so "talks" and "spoken" are about the same thing
_RELATIONS = {
    "contact": {"talk", "talks", "talked", "spoke", "spoken", "speak", "speaking", "conversation", "conversations",
                "contact", "contacts", "call", "calls", "called", "met", "meet", "meeting", "meetings", "discussed",
                "discuss", "discussion", "discussions", "communicate", "communicated", "communication", "negotiations"},
    "pay": {"paid", "pay", "payment", "payments", "funded", "funding", "money", "bribe", "bribes"},
    "know": {"knew", "know", "known", "aware", "informed", "told", "warned", "notified", "briefed", "received",
             "passed", "alerted", "summary", "reported", "raised", "raise", "flagged"},
    # handing something over: data, documents, goods
    "transfer": {"shared", "share", "shares", "sharing", "passed", "gave", "given", "handed", "sold", "sell",
                 "transferred", "provided", "supplied", "leaked", "sent", "disclosed"},
    # holding someone: "14 people had been arrested" / "nine suspects were in custody"
    "detain": {"arrested", "arrest", "arrests", "custody", "detained", "detain", "detention", "jailed", "remanded"},
    # harm to people: "11 people had been injured" / "put the number of injured at 46"
    "injure": {"injured", "injuries", "injury", "wounded", "wounds", "hurt", "treated", "hospitalised", "hospitalized"},
    "die": {"killed", "died", "dead", "deaths", "death", "bodies", "fatalities", "toll", "perished", "drowned"},
}
_RELATION_WORDS = set().union(*_RELATIONS.values())
_NO_RELATION: frozenset[str] = frozenset()
_NEVER = re.compile(r"\b(?:never|not\s+(?:once|ever)|at\s+no\s+point|no\s+one|nobody)\b"
                    r"|\bno\b[^.;]{0,40}\bever\b", re.I)  # "No concerns of this kind were ever raised"
_TOPIC = re.compile(r"\b(?:the\s+topic\s+(?:was|were)|the\s+subject\s+was|concerned|focused\s+on|were\s+about|was\s+about|discussed)\s+(.{3,80})", re.I)
# what a denial takes back when it names no one: "that account", "these reports", "the allegations", "it"
_ANAPHORIC = re.compile(r"[\s\"“]*(?:th(?:is|at|ese|ose)|the|such)\s+(?:account|accounts|report|reports|claim|claims|"
                        r"allegation|allegations|estimate|estimates|figure|figures|version|story|suggestion|"
                        r"characteri[sz]ation|assertion|assertions|accusation|accusations)\b|(?:this|that|it)\b",
                        re.IGNORECASE)
_NO_SUCH = re.compile(r"\bno\s+such\b|\b(?:not|never|n[o’']t|denied|denies|deny|rejected)\b[^.;]{0,40}?\bany\s+such\b",
                      re.IGNORECASE)
# "The club denied this, saying that ...": the denial answers the sentence before, whatever it goes on to say
_DENIED_THIS = re.compile(r"\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses|refuted|refutes)"
                          r"\s+this\s*[,.;]", re.IGNORECASE)

# a sentence that opens by setting itself against the one before: "But ...", "However, ...", "X, however, said"
_CONTRAST = re.compile(r"\W*(?:but\b|however\b|(?:by|in)\s+contrast\b|(?:[\w'’-]+\s+){1,6}?[\w'’)-]+,\s+(?:however|by\s+contrast|in\s+contrast),)", re.I)
# who knew what when: the knower's "first learned of it in June", "was first notified on Sunday", "no record of
# any calls prior to February 26", set against a warning told earlier ("was warned in March 2023")
_LEARN = r"(?:learn(?:ed|t)|heard|knew|found\s+out|discovered|reali[sz]ed|bec(?:a|o)me\s+aware)"
_TOLD_PASSIVE = r"(?:notified|informed|told|alerted|briefed|warned|made\s+aware|contacted|approached)"
_AUX = r"(?:was|were|been|being|is|are)"
_FIRST_KNEW = re.compile(
    rf"\b(?:first|only)\s+(?:{_LEARN}|{_AUX}\s+{_TOLD_PASSIVE})\b"  # (but "she first told the board" tells)
    rf"|\b{_AUX}\s+(?:first|only)\s+{_TOLD_PASSIVE}\b"
    rf"|\b(?:{_LEARN}|{_AUX}\s+{_TOLD_PASSIVE})\b[^.;]{{0,60}}?\bonly\s+(?:in|on|at|after|last|this|when)\b"
    rf"|\bonly\s+reached\b"
    rf"|\breceived\b[^.;]{{0,40}}?\bonly\s+(?:on|in|at|after|last|this)\b|\bonly\s+received\b"  # ("had received the paper only on Thursday")
    rf"|\bno\s+record\s+of\b[^.;]{{0,80}}?\b(?:prior\s+to|before)\b"
    rf"|\b(?:nobody|no\s+one|not|never)\s+(?:(?:been|had|have|was|were)\s+)?(?:told|informed|notified|aware|knew|know)\b"
    rf"[^.;]{{0,60}}?\b(?:until|before|prior\s+to)\b", re.I)
_KEYS_KNEW = {"first", "only", "record", "until", "before", "prior"}
# a telling, at the time the other side says the knower still did not know
_TELLING = re.compile(r"\b(?:warn(?:ed|ing)|told|alerted|notified|informed|raised|flagged|wr(?:ote|itten)|e-?mailed|"
                      r"called|rang|phoned|asked|reported|briefed|contacted|complained|approached|sent|"
                      r"letters?|e-?mails?|complaints?|known|results?|memo|calls?)\b", re.I)
_TELLING_CUES = {"warned", "told", "alerted", "informed", "notified", "wrote", "emailed", "flagged", "reported",
                 "raised", "asked", "complained", "briefed"}
_RARE_IN_STORY = 5  # a word in at most this many of a story's claims is rare in it (3: core 0.516, 5: 0.522, 7 and 10: 0.523)
_MAX_PARTNERS = 30  # scored per claim; with 16, four in ten of the best pairs (score >= 0.9) went unproposed
_PLACE_KEEP = 0.85  # what a pair keeps of its score for each better pair of one of its claims
_PER_CLAIM = 8
_WEAK_DAYS = 0.45  # one story's two days with the same words beside them
_WEAK_FIGURES = 0.45  # (262 held out: 0.35, 0.45 and 0.55 lifted core recall at ten 0.003, 0.005, 0.004)
_LEAD = 4  # sentences of a story's lead: what the rest answers, however far down
_HUB = 400  # an entity in more claims than this blocks nothing: pairing on it would be quadratic


_DIGIT = re.compile(r"\d")
# a figure told as the right one against another: "closer to", "the true gap was", "put the figure at", "is the
# number we have verified"
_CORRECTS = re.compile(r"\bcloser\s+to\b|\b(?:the|its|their|our)\s+(?:true|real|actual|correct|accurate)\s+[a-z]+"
                       r"|\bput(?:s|ting)?\s+(?:the|its|their|that)\s+(?:[\w'’-]+\s+){0,5}?at\b"
                       r"|\b(?:is|was)\s+the\s+(?:number|figure|amount|total)\b", re.I)
_LETTERS = re.compile(r"[a-z]+")
_KEYS_ONCE = {"once", "single", "never", "time"}
_KEYS_MANY = {"twice", "regular", "regularly", "repeated", "repeatedly", "frequent", "frequently", "often", "ongoing",
              "continued", "continuing", "continuous", "constant", "constantly", "multiple", "numerous",
              "routinely", "times"}
_KEYS_NEVER = {"never", "once", "ever", "point", "one", "nobody"}
_KEYS_TOPIC = {"topic", "subject", "concerned", "focused", "about", "discussed"}


class _Feat:
    """What scoring reads of one claim (slots: a claim archive holds hundreds of thousands)."""

    __slots__ = ("ents", "once", "many", "nocomment", "rel", "deny", "times", "never", "topic", "words", "amounts",
                 "days", "signal", "answers", "refuted", "contrast", "learned", "told", "corrects", "clocks", "dated_only")
    ents: tuple
    once: bool
    many: bool
    nocomment: bool
    rel: frozenset
    deny: bool
    times: tuple
    never: bool
    topic: str | None
    words: tuple
    amounts: tuple
    days: tuple
    signal: bool
    dated_only: bool  # its one signal is a month: it pairs only with claims that have a date
    answers: bool  # a denial of "that account", "these reports": it answers the sentences just before
    refuted: tuple  # numbers it corrects: "seven in the trial arm, not 23"
    contrast: bool  # "The coast guard, however, put the number at 447": it answers the sentences just before
    corrects: bool  # "the real hole is closer to $400m", "put the figure at €2.7 million": it sets a figure right
    clocks: tuple  # times of day told: (minutes after midnight, as written), "at 10:41 p.m."
    learned: tuple  # (day, expression): when the knower says it first knew ("first learned of it in June")
    told: tuple  # (start, end, expression) of tellings: "was warned about the defects in March 2023"


_SAID_WHEN = re.compile(r"\b(?:statement|conference|interview|briefing|post|release|hearing|letter)\s*(?:issued\s*|released\s*)?$", re.I)


def _intervals(timeline: pd.DataFrame) -> dict:
    out: defaultdict[str, list] = defaultdict(list)
    if timeline is None or timeline.empty:
        return out
    tl = timeline[timeline["start"].notna() & timeline["end"].notna() & timeline["claim_id"].notna()]
    for cid, lo, hi, expr in zip(tl["claim_id"], tl["start"], tl["end"], tl["expression"]):
        out[cid].append((lo, hi, expr))
    return out


def _disjoint(a: Sequence, b: Sequence):
    for lo1, hi1, e1 in a:
        for lo2, hi2, e2 in b:
            if hi1 < lo2 or hi2 < lo1:
                return e1, e2
    return None


class _Claims:
    """The claims' columns as plain lists, read by position (no per-claim dict: memory)."""

    def __init__(self, claims: pd.DataFrame):
        n = len(claims)

        def col(c: str) -> list:
            return claims[c].tolist() if c in claims.columns else [None] * n

        self.claim_id, self.article_id, self.content = col("claim_id"), col("article_id"), col("content")
        self.sentence, self.entities, self.source = col("sentence"), col("entities"), col("source")
        self.source_type, self.stance, self.cue = col("source_type"), col("stance"), col("cue")
        self.sentence_id = col("sentence_id")
        self.squashed: dict[int, str] = {}  # content with its whitespace squashed, for the reasons
        self.worded: dict[int, list[int]] = {}  # a denial's claims of its story sharing two words rare in it


def _features(C: _Claims, times: dict) -> list[_Feat]:
    feats: list[_Feat] = []
    stems: dict[str, str] = {}
    nocomment: dict[str, bool] = {}
    shared: dict[frozenset, frozenset] = {}
    official = {"person", "organization", "official", "outlet"}
    for i, cid in enumerate(C.claim_id):
        text = C.content[i] or C.sentence[i] or ""
        ents = set(C.entities[i] or [])
        if C.source[i] and C.source_type[i] in official:
            ents.add(C.source[i])
        low = text.lower()
        tokens = set(_LETTERS.findall(low))
        f = _Feat()
        f.ents = tuple(ents)  # tuples, not sets: a fraction of the memory; the side scored builds its sets
        # each pattern needs one of its key words: most claims skip the regex
        f.once = not tokens.isdisjoint(_KEYS_ONCE) and _ONCE.search(text) is not None
        f.many = not tokens.isdisjoint(_KEYS_MANY) and _MANY.search(text) is not None
        f.never = not tokens.isdisjoint(_KEYS_NEVER) and _NEVER.search(text) is not None
        sent = C.sentence[i] or ""
        if sent not in nocomment:
            low_sent = sent.lower()  # every form of it says "not" or "declined"
            nocomment[sent] = ("not" in low_sent or "declined" in low_sent) and _NO_COMMENT.search(sent) is not None
        f.nocomment = nocomment[sent]
        if tokens.isdisjoint(_RELATION_WORDS):
            f.rel = _NO_RELATION
        else:
            rel = frozenset(k for k, vocab_k in _RELATIONS.items() if not tokens.isdisjoint(vocab_k))
            f.rel = shared.setdefault(rel, rel)  # a handful of distinct values, shared
        # (and one that takes back "any such offer", "no such call", what the sentence before told of, whatever its verb)
        such = "such" in tokens and _NO_SUCH.search(sent) is not None
        f.deny = C.stance[i] == "denies" or such
        f.answers = f.deny and (_ANAPHORIC.match(text) is not None
                                or "this" in sent and _DENIED_THIS.search(sent) is not None) or such
        # the times of what is claimed, not of the saying: "said on Tuesday", "denied it in a statement on March 10"
        f.times = tuple(t for t in times.get(cid, ()) if t[2] and t[2] in text
                        and _SAID_WHEN.search(text[max(0, text.find(t[2]) - 30):text.find(t[2])]) is None)
        topic = None if tokens.isdisjoint(_KEYS_TOPIC) else _TOPIC.search(text)
        f.topic = topic.group(1) if topic else None
        # a token's stem is worked out once and shared by every claim using it (one string: memory)
        words = {stems[t] if t in stems else stems.setdefault(t, _stem(t)) for t in tokens}
        words.discard("")
        f.words = tuple(words)
        # an amount is a number with a currency or a unit
        f.amounts = tuple(_amounts(text)) if _DIGIT.search(text) or not tokens.isdisjoint(_NUMBER_WORDS) \
            or not tokens.isdisjoint(_FRACTION_WORDS) else ()
        if f.amounts and "die" in f.rel:
            # "14 people had been confirmed dead" counts the dead, as "21 bodies" and "nine workers were killed" do
            f.amounts += tuple(("death", v, t) for u, v, t in f.amounts
                               if u == "people" or u not in _COMMON_UNITS and u != "death" and _dead(text, t))
        # a day, or a month at most ("in July" against "in October")
        f.days = tuple(t for t in f.times if (t[1] - t[0]).days <= 31) if f.times else ()
        # (the sentence, not the content: "The university put the figure at €2.7 million" has its cue in "put")
        f.corrects = bool(f.amounts) and _CORRECTS.search(sent) is not None
        f.refuted = tuple(float(n.replace(",", "")) * _MULT.get(mult.lower(), 1) for n, mult in _NOT_NUMBER.findall(text)) \
            if "not" in tokens else ()
        f.clocks = tuple(_clocks(text)) if _DIGIT.search(text) and ("m" in low or ":" in text) else ()
        f.signal = f.deny or f.once or f.nocomment or f.never or bool(f.amounts or f.days or f.refuted or f.clocks)
        # (a month its only signal: it proposes only claims with a date of their own; a denial finds it from its side)
        f.dated_only = bool(f.days) and not (f.deny or f.once or f.nocomment or f.never or f.amounts or f.refuted
                                             or f.clocks or any(t[0] == t[1] for t in f.days))
        # (apart from the signal: alone, it pairs a claim only with the sentences just before)
        f.contrast = ("owever" in sent[:80] or "contrast" in sent[:80] or sent[:4].lower() == "but ") \
            and _CONTRAST.match(sent) is not None
        f.learned, f.told = _knowing(C, i, text, tokens, f.times)
        f.signal = f.signal or bool(f.learned)
        f.dated_only = f.dated_only and not f.learned
        feats.append(f)
    return feats


_DEAD_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:been\s+|were\s+|was\s+|are\s+)?(?:confirmed\s+|reported\s+)?"
                         r"(?:killed|dead|died|perished|drowned)\b")
_DEAD_BEFORE = re.compile(r"\b(?:killed|killing|kills|claimed\s+the\s+lives\s+of)\s+(?:at\s+least\s+|some\s+|about\s+|around\s+)?$")


def _dead(text: str, figure: str) -> bool:
    """Whether the figure counts the dead: "nine workers were killed", "the blast killed at least 14 miners"."""
    i = text.find(figure)
    return i >= 0 and (_DEAD_AFTER.match(text, i + len(figure)) is not None
                       or _DEAD_BEFORE.search(text, max(0, i - 40), i) is not None)


def _knowing(C: _Claims, i: int, text: str, tokens: set, times: tuple) -> tuple[tuple, tuple]:
    """(when the knower first knew, when someone told): "first became aware in June" / "was warned in March".

    Only times told in the claim's own words count (not "said on Tuesday"), except where the claim's cue is
    itself the telling ("In a message dated 11 March, Valcourt warned him that ...").
    """
    if not times:
        return (), ()
    inside = [t for t in times if t[2] and t[2] in text]
    learned: tuple = ()
    if not tokens.isdisjoint(_KEYS_KNEW):
        m = _FIRST_KNEW.search(text)
        if m is not None:
            after = [t for t in inside if text.find(t[2]) >= m.start()] or inside
            if after:
                first = min(after, key=lambda t: t[0])
                learned = (first[0], first[2])
    told: tuple = ()
    if _TELLING.search(text) is not None:
        told = tuple(inside)
    if (C.cue[i] or "").lower() in _TELLING_CUES:
        told = tuple(times)
    return learned, told


def _knowledge_pairs(C: _Claims, i: int, fa: _Feat, ents_a: set, words_a: set, others: list[int], feats: list[_Feat]):
    """(partner, (kind, score, reason)) for claims telling the knower of it before it says it first knew."""
    day, expr = fa.learned
    out = []
    for o in others:
        fb = feats[o]
        if o == i or not fb.told or C.sentence_id[o] == C.sentence_id[i] or (C.source[i] and C.source[i] == C.source[o]):
            continue
        earlier = [t for t in fb.told if t[1] < day]
        if not earlier:
            continue
        told = max(earlier, key=lambda t: t[1])  # the latest telling still before it: the closest call
        shared = ents_a.intersection(fb.ents)
        shared.discard(None)
        sim = _jaccard(words_a, fa.words, fb.words)
        # told of what? a telling that shares no name and no word with the knowing is most often another matter
        # (and a telling that names the knower, "notified Halvorsen", is the likeliest one)
        score = (0.7 if shared or sim else 0.5) + 0.1 * min(len(shared), 2) + min(0.1, sim)
        out.append((o, ("temporal", score, (_why_knew, _Row(C, i), expr, _Row(C, o), told[2]))))
    return out


def _partners(i: int, lists: list[list[int]], near: list[list[int]], by_rank) -> list[int]:
    """At most ``_MAX_PARTNERS`` claims to score against claim ``i``.

    Those sharing the most entities with it first (``lists``: the claims of each of its
    entities, in claim-id order), ties to the smaller claim id; then, if room is left,
    claims sharing a rare word (``near``). The order of the result does not matter.
    """
    multi: list[int] = []
    if len(lists) == 2:  # the common case: the claims in both lists, each sharing exactly two entities
        a, b = lists if len(lists[0]) <= len(lists[1]) else (lists[1], lists[0])
        both = set(a).intersection(b)
        both.discard(i)
        multi = list(both)
        if len(multi) >= _MAX_PARTNERS:
            multi.sort(key=by_rank)
            return multi[:_MAX_PARTNERS]
    elif len(lists) > 2:
        counts = Counter(chain.from_iterable(lists))
        counts.pop(i, None)
        multi = [o for o, k in counts.items() if k > 1]  # few: most partners share one entity
        if len(multi) >= _MAX_PARTNERS:
            multi.sort(key=lambda o: (-counts[o], by_rank(o)))
            return multi[:_MAX_PARTNERS]
    chosen, out = set(multi), multi
    chosen.add(i)
    for group in (lists, near):
        if len(out) >= _MAX_PARTNERS:
            break
        # each list is in claim-id order: merging them reads the smallest ids first
        for o in (heapq.merge(*group, key=by_rank) if len(group) > 1 else group[0] if group else ()):
            if o not in chosen:
                chosen.add(o)
                out.append(o)
                if len(out) >= _MAX_PARTNERS:
                    break
    return out


def find_contradictions(claims: pd.DataFrame, timeline: pd.DataFrame | None = None, *, limit: int | None = None) -> pd.DataFrame:
    """Candidate pairs of conflicting claims, sorted by score (best first).

    Each pair's ``score`` is `kit.rank`'s chance that it is a real conflict, from the score of
    the rule that proposed it and what that rule does not see (distance, sources, shared words).
    """
    if claims is None or claims.empty:
        return to_frame([], "contradictions")
    names, pairs, final = _candidates(claims, timeline, vectors=False)
    # reasons are written only for the pairs kept (they are most of the cost otherwise)
    n = len(names)
    keys = sorted(pairs, key=lambda k: k[0] * n + k[1])  # id order, then (stable) best first
    keys.sort(key=lambda k: -round(final[k], 3))
    if limit is not None:
        keys = keys[:limit]
    cols: dict[str, list] = dict(claim_a=[], claim_b=[], kind=[], score=[], reason=[])
    for a, b in keys:
        kind, _, why = pairs.pop((a, b))
        cols["claim_a"].append(names[a])
        cols["claim_b"].append(names[b])
        cols["kind"].append(kind)
        cols["score"].append(round(final[a, b], 3))
        cols["reason"].append(why[0](*why[1:]))
    return to_frame(cols, "contradictions")


def pair_table(claims: pd.DataFrame, timeline: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every candidate pair with its kind and `kit.rank`'s features (what ``tools/fit_ranker.py`` fits on).

    >>> from kit.schema import to_frame
    >>> list(pair_table(to_frame([], "claims")).columns[:5])
    ['claim_a', 'claim_b', 'kind', 'rule', 'kind_denial']
    """
    cols: dict[str, list] = {"claim_a": [], "claim_b": [], "kind": [], **{name: [] for name in rank.NAMES}}
    if claims is not None and not claims.empty:
        names, pairs, X = _candidates(claims, timeline, vectors=True)
        for (a, b), x in sorted(X.items()):
            cols["claim_a"].append(names[a])
            cols["claim_b"].append(names[b])
            cols["kind"].append(pairs[a, b][0])
            for name, v in zip(rank.NAMES, x):
                cols[name].append(v)
    return pd.DataFrame(cols)


def _candidates(claims: pd.DataFrame, timeline: pd.DataFrame | None, *,
                vectors: bool) -> tuple[list[str], dict[tuple[int, int], tuple], dict]:
    """The claim ids in id order, the proposed pairs (keyed by those places), and each pair's ranking features
    (``vectors``) or only the ranker's chance from them (a corpus has hundreds of thousands of pairs: memory)."""
    C = _Claims(claims)
    feats = _features(C, _intervals(timeline))
    ids = C.claim_id
    index: dict[str, list[int]] = defaultdict(list)
    words_index: dict[tuple, list[int]] = defaultdict(list)
    by_article: dict[str, list[int]] = defaultdict(list)
    counted: dict[str, list[int]] = defaultdict(list)  # the claims of each story with a figure
    # only a word rare in its article (in few of its claims) ever proposes a partner, and only there: the same
    # figure told twice in one story ("seven people" / "four bodies"), not every "people" of the corpus
    arts = C.article_id
    # (and what a figure counts, "#people": "14 people had been arrested" / "only nine suspects were in custody")
    keys_of = [(f.words + tuple({"#" + u for u, _, _ in f.amounts})) if f.amounts or f.days or f.clocks else ()
               for f in feats]
    rare = {w for w, k in Counter(chain.from_iterable(((arts[i], w) for w in keys_of[i]) for i in range(len(feats))
                                                      if keys_of[i])).items() if k <= _MAX_PARTNERS}
    for i, f in enumerate(feats):
        for e in f.ents:
            index[e].append(i)
        if keys_of[i]:
            a = arts[i]
            for w in keys_of[i]:
                if (a, w) in rare:
                    words_index[a, w].append(i)
        by_article[C.article_id[i]].append(i)
        if f.amounts:
            counted[C.article_id[i]].append(i)
    # a denial and a claim of its story that share no name but two words rare in it ("rejected claims that patients
    # were taken off lists without being contacted" / "1,500 patients had been removed from lists without being
    # contacted"): on the 160 held-out articles, two such words lifted core recall at ten from 0.499 to 0.522 and
    # precision from 0.310 to 0.323
    worded = C.worded
    for members in by_article.values():
        denials = [i for i in members if feats[i].deny]
        if not denials:
            continue
        df = Counter(chain.from_iterable(feats[i].words for i in members))
        for i in denials:
            rare_words = {w for w in feats[i].words if df[w] <= _RARE_IN_STORY}
            # or one long word rare in the story ("He never had asthma in his life" / "he had a history of asthma")
            long_words = {w for w in rare_words if len(w) >= 6}
            if len(rare_words) >= 2 or long_words:
                by_words = [o for o in members if o != i and not feats[o].deny
                            and (len(rare_words.intersection(feats[o].words)) >= 2 or not long_words.isdisjoint(feats[o].words))]
                if by_words:
                    worded[i] = by_words
    # each claim's place in claim-id order: partners are read in it, and a pair is keyed by it
    # (ints hash and compare faster than ids)
    names = sorted(set(ids))
    place = {c: r for r, c in enumerate(names)}
    places = [place[c] for c in ids]
    del place
    by_rank = places.__getitem__
    for table in (index, by_article, words_index, worded, counted):
        for lst in table.values():
            lst.sort(key=by_rank)  # ties between partners go to the smaller claim id: read them in that order
    pairs: dict[tuple[int, int], tuple] = {}
    for i, f in enumerate(feats):
        if not f.signal and not f.contrast:
            continue
        ents_a, words = set(f.ents), set(f.words)
        lists = [index[e] for e in f.ents if len(index[e]) <= _HUB]
        if not lists:  # only hub entities (an outlet in every article): stay within the article
            lists = [by_article[C.article_id[i]]]
        near: list[list[int]] = []
        if f.answers or f.contrast:
            before = [o for o in by_article[C.article_id[i]] if _just_before(C, o, i)]
            lists = lists + [before] if before else lists
            if not f.signal:
                lists = [before]  # only "however" to go on: what it is set against, no more
        if keys_of[i]:
            # the same event told with other figures need not name the same entities ("the contract")
            a = arts[i]
            near = [words_index[a, w] for w in keys_of[i] if (a, w) in rare]
            if "#" + _ANY_COUNT in keys_of[i]:
                near.append(counted[a])  # "the number is close to 25,000": any count of its story
        if i in worded:
            near.append(worded[i])
        ranked = _partners(i, lists, near, by_rank)
        mine = []
        pi = places[i]
        if f.learned:
            knowing = _knowledge_pairs(C, i, f, ents_a, words, by_article[C.article_id[i]], feats)
            for o, scored in knowing:
                po = places[o]
                key = (pi, po) if pi < po else (po, pi)
                scored = _apart(C, i, o, scored)
                if key in pairs:  # proposed already on other grounds: this reason says more, and keeps the best score
                    scored = (scored[0], max(scored[1], pairs[key][1]), scored[2])
                mine.append((key, scored))
            linked = {o for o, _ in knowing}
            ranked = [o for o in ranked if o not in linked]
        for o in ranked:
            po = places[o]
            key = (pi, po) if pi < po else (po, pi)
            if key in pairs or f.dated_only and not feats[o].days:
                continue
            scored = _score(C, i, f, ents_a, words, o, feats[o])
            if scored:
                mine.append((key, _apart(C, i, o, scored)))
        # an analyst reviews a handful of candidates per claim, not every pair sharing a name
        mine.sort(key=lambda x: (-x[1][1], x[0]))
        if f.contrast:
            # "However, ..." answers one claim before it: the best fitting
            # (by name: compiled, a function read twice need not be one object)
            set_against = [m for m in mine if getattr(m[1][2][0], "__name__", "") == "_why_contrast"]
            mine = [m for m in mine if m not in set_against[1:]]
        pairs.update(mine[:_PER_CLAIM])
    _same_matter(C, feats, by_article, places, pairs)
    del index, words_index, by_article, keys_of, counted
    # a claim in many pairs is one conflict told many ways ("no evidence" against every claim naming the firm): a
    # pair's score shrinks with its place among either claim's pairs (on the 190 held-out articles, 0.85 a place
    # lifted core recall at ten from 0.507 to 0.524 and precision from 0.333 to 0.340; 0.8 to 0.9 all helped)
    place_of: dict[int, list[tuple[float, tuple[int, int]]]] = defaultdict(list)
    for pair, scored in pairs.items():
        place_of[pair[0]].append((-scored[1], pair))
        place_of[pair[1]].append((-scored[1], pair))
    below: dict[tuple[int, int], int] = defaultdict(int)
    for ranked_pairs in place_of.values():
        ranked_pairs.sort()
        for r, (_, pair) in enumerate(ranked_pairs[1:], 1):
            if r > below[pair]:
                below[pair] = r
    del place_of
    for pair, r in below.items():
        kind, score, why = pairs[pair]
        pairs[pair] = (kind, min(score, 1.0) * _PLACE_KEEP ** r, why)
    return names, pairs, _rank_features(C, feats, places, pairs, below, vectors)


def _rank_features(C: _Claims, feats: list[_Feat], places: list[int], pairs: dict, below: dict, vectors: bool) -> dict:
    """`kit.rank.features` of every pair (keyed as ``pairs``), or its `kit.rank.probability` (not ``vectors``)."""
    at = [0] * len(places)  # a place's claim
    for i, p in enumerate(places):
        at[p] = i
    n_pairs: Counter = Counter()
    for a, b in pairs:
        n_pairs[a] += 1
        n_pairs[b] += 1
    # (a claim's rare words as a tuple, and a pair's word sets built for it and dropped: a corpus has hundreds of
    # thousands of claims, and sets of them kept for the whole loop were most of this step's memory)
    rare_of: dict[int, tuple] = {}  # a claim's words in at most three of its story's claims
    members: dict[str, list[int]] = defaultdict(list)
    for i, art in enumerate(C.article_id):
        members[art].append(i)
    jac: dict[tuple[int, int], float] = {}
    best: dict[int, float] = defaultdict(float)  # each claim's most words shared with a partner
    out: dict[tuple[int, int], list[float] | float] = {}
    for a, b in pairs:
        i, j = at[a], at[b]
        jac[a, b] = s = _jaccard(set(feats[i].words), feats[i].words, feats[j].words)
        best[a] = max(best[a], s)
        best[b] = max(best[b], s)
    for (a, b), (kind, score, why) in pairs.items():
        i, j = at[a], at[b]
        fi, fj = feats[i], feats[j]
        art = C.article_id[i]
        same = art == C.article_id[j]
        si, sj = C.sentence_id[i], C.sentence_id[j]
        distance = abs(si - sj) if same and si is not None and sj is not None else None
        rare = 0
        if same:
            rare_i = rare_of.get(i)
            if rare_i is None:  # (the story's counts are worked out once, and not kept)
                df = Counter(chain.from_iterable(feats[k].words for k in members[art]))
                for k in members[art]:
                    rare_of[k] = tuple(w for w in feats[k].words if df[w] <= 3)
                rare_i = rare_of[i]
            rare = len(set(rare_i).intersection(fj.words)) if rare_i else 0
        x = rank.features(
            rule=min(score, 1.0), kind=kind, distance=distance,
            lead=distance is not None and min(si, sj) < _LEAD, deny=(fi.deny, fj.deny),
            sources=(C.source[i], C.source[j]), types=(C.source_type[i], C.source_type[j]),
            shared_entities=len(set(fi.ents).intersection(fj.ents)), jaccard=jac[a, b],
            rare_shared=rare, place=below.get((a, b), 0), n_pairs=n_pairs[a] + n_pairs[b],
            best_words=(jac[a, b] >= best[a] > 0) + (jac[a, b] >= best[b] > 0),
            denial_later=distance is not None and (fi.deny and not fj.deny and si > sj or fj.deny and not fi.deny and sj > si),
            words_only=getattr(why[0], "__name__", "") == "_why_matter", figures=(bool(fi.amounts), bool(fj.amounts)),
            times=(bool(fi.times or fi.clocks), bool(fj.times or fj.clocks)), signals=fi.signal + fj.signal,
            contrast=fi.contrast or fj.contrast)
        out[a, b] = x if vectors else rank.probability(x)
    return out


def _same_matter(C: _Claims, feats: list[_Feat], by_article: dict[str, list[int]], places: list[int], pairs: dict) -> None:
    """Propose the pairs of one story's claims by two different sources that share two words (or, both with a signal,
    one word of six letters or more found in at most two of the story's claims: "arrears"), one with a signal.

    No rule fires on "23 spectators were injured" against "41 people were taken to three hospitals",
    or on a firm's "already paid M1.2 million to 94 households" against "only a few families"; the
    ranker (`kit.rank`) weighs such pairs by what they share. On the 418 held-out articles, out of fold,
    the ranker lifted core recall at ten from 0.574 (the rules alone) to 0.601, and to 0.621 with these pairs.
    """
    for members in by_article.values():
        named = [i for i in members if C.source[i]]
        if len(named) < 2:
            continue
        df = Counter(chain.from_iterable(feats[i].words for i in members))
        source, sentence_id = C.source, C.sentence_id
        for x, i in enumerate(named):
            fi = feats[i]
            if not fi.signal:  # (one side must carry a signal: read from that side only)
                continue
            words_i, source_i, sentence_i, pi, deny_i = set(fi.words), source[i], sentence_id[i], places[i], fi.deny
            for y, j in enumerate(named):
                fj = feats[j]
                if y == x or fj.signal and y < x or source[j] == source_i or sentence_id[j] == sentence_i:
                    continue  # (a pair of two signals is read once, from its first)
                shared = words_i.intersection(fj.words)
                # (two denials of one thing agree; two denials of two things are often each side's answer)
                # (one rare long word lifted core recall at ten out of fold 0.6169 to 0.6184 on the 712 held-out articles)
                if (len(shared) < 2 and not (fj.signal and any(len(w) >= 6 and df[w] <= 2 for w in shared))) \
                        or deny_i and fj.deny and _jaccard(words_i, fi.words, fj.words) >= 0.5:
                    continue
                pj = places[j]
                key = (pi, pj) if pi < pj else (pj, pi)
                if key not in pairs:
                    first, second = (i, j) if x < y else (j, i)  # (told in the story's order)
                    pairs[key] = ("account", 0.0, (_why_matter, _Row(C, first), _Row(C, second), tuple(shared)))


def _who(r) -> str:
    return r.get("source") or "unattributed"


def _short(text: str, n: int = 70) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


class _Row:
    """One claim of ``_Claims`` read like a dict (what the reasons quote)."""

    __slots__ = ("C", "i")

    def __init__(self, C: _Claims, i: int):
        self.C, self.i = C, i

    def get(self, col: str, default=None):
        v = getattr(self.C, col)[self.i]
        return default if v is None else v

    def short(self, n: int) -> str:
        """``_short`` of the claim's content; its whitespace is squashed once per claim (a claim is in many pairs)."""
        squashed = self.C.squashed
        text = squashed.get(self.i)
        if text is None:
            text = squashed[self.i] = _short(self.C.content[self.i], 1 << 30)
        return text if len(text) <= n else text[: n - 1] + "…"


def _score(C: _Claims, i: int, fa: _Feat, ents_a: set, words_a: set, j: int, fb: _Feat):
    """(kind, score, reason-maker) when the pair is a plausible conflict, else None.

    Claim ``i`` carries the signal; ``ents_a`` and ``words_a`` are its entities and words as sets.
    """
    src = C.source[i]
    if src and src == C.source[j]:
        return None  # one source against itself is almost always a paraphrase
    sid = C.sentence_id[i]
    if isinstance(sid, int) and sid == C.sentence_id[j] and C.article_id[i] == C.article_id[j]:
        return None  # "X reported A, which Y denied": the sentence itself states the conflict
    figured = (fa.amounts and (fb.amounts or fb.refuted)) or (fb.amounts and fa.refuted) or (fa.days and fb.days) \
        or (fa.clocks and fb.clocks)
    # every reason below but the figures needs one of these: most pairs without one end here
    flagged = (fa.deny or fb.deny or fa.nocomment or fb.nocomment or fa.never
               or (fa.once and (fb.many or fb.times)))
    answered = -1  # the answering denial of the pair, if one answers the other
    if (fa.answers or fb.answers) and C.article_id[i] == C.article_id[j]:
        if fa.answers and not fb.deny and _just_before(C, j, i):
            answered = i
        elif fb.answers and not fa.deny and _just_before(C, i, j):
            answered = j
    # "..., however, ..." right after the claim it sets itself against
    contrasted = C.article_id[i] == C.article_id[j] and (fa.contrast and _just_before(C, j, i) or fb.contrast
                                                          and _just_before(C, i, j))
    worded = j in C.worded.get(i, ()) or i in C.worded.get(j, ())
    # two denials, one of the other's account ("The alliance disputed Whitford's account" / Whitford: "never once asked")
    disputed = -1
    if fa.deny and fb.deny:
        disputed = i if _names_source(C, i, j) else j if _names_source(C, j, i) else -1
    if not figured and answered < 0 and not contrasted and (
            not flagged or fa.deny and fb.deny and disputed < 0 or ents_a.isdisjoint(fb.ents) and not worded):
        return None  # no signal, nothing in common, or two denials that agree with each other
    shared = ents_a.intersection(fb.ents)
    shared.discard(None)
    if not figured and not shared and answered < 0 and not contrasted and not worded:
        return None
    a, b = _Row(C, i), _Row(C, j)  # for the reasons: cheap, and made only past the common exits
    if figured:
        figures = _figures(a, fa, b, fb, _jaccard(words_a, fa.words, fb.words), contrasted)
        if figures:
            if contrasted or fa.deny or fb.deny:
                # the writer sets the figures against each other, or one side denies ("the figure of 212 was
                # simply wrong ... 38 deaths")
                kind, score, why = figures
                return kind, score + 0.15, why
            return figures
    if contrasted and not (fa.deny and fb.deny):
        sim = _jaccard(words_a, fa.words, fb.words)
        if sim >= 0.1 or shared:
            # "X insisted the ferry kept its normal speed." / "However, tracking data show it sailed at 21 knots."
            d = a if fa.deny else b if fb.deny else None
            score = 0.45 + min(0.25, sim) + 0.05 * min(len(shared), 2) + (0.1 if d is not None else 0.0)
            return ("denial" if d is not None else "account"), score, (_why_contrast, a, b, tuple(shared))
    if not flagged or (not shared and answered < 0 and not worded) or (fa.deny and fb.deny and disputed < 0):
        return None
    n_shared = min(len(shared), 3)
    rel = fa.rel & fb.rel
    # "X has not commented" against X's own statement
    for fx, y in ((fa, j), (fb, i)):
        if fx.nocomment and C.source[y] and C.source[y] in fx.ents and C.source_type[y] == "person":
            return "negation", 0.6 + 0.05 * n_shared, (_why_silent, _Row(C, y))
    if fa.never and not fb.never and not fb.deny and rel and not (fa.deny or fb.deny):
        # a "never" conflicts most with the claim whose words it negates ("first raised concerns" / "no concerns ... raised")
        return "negation", 0.45 + 0.1 * n_shared + min(0.2, _jaccard(words_a, fa.words, fb.words)), (_why_never, a, b, tuple(shared))
    if not (fa.deny or fb.deny) and not (fa.once and (fb.many or fb.times)):
        return None
    sim = _jaccard(words_a, fa.words, fb.words)
    score, kind = 0.0, None
    parts: list[tuple] = []  # (reason writer, *its arguments): written only for the pairs kept
    if fa.deny or fb.deny:
        d, other = (a, b) if (fa.deny if disputed < 0 else disputed == i) else (b, a)
        kind, score = "denial", 0.4
        if other.get("source_type") == "unattributed" and (other.get("sentence_id") or 0) >= _LEAD:
            score -= 0.1  # the writer's own narration past the lead: one pair in sixteen a conflict (262 held out)
        parts.append((_why_denial, d, other))
        src = other.get("source")
        if src and src in set(d.get("entities") or []) and re.search(
                rf"\b{re.escape(src.split()[-1])}['’]s\b", d.get("sentence") or ""):
            score += 0.25  # "rejected Haddad's account": the denial names the other claim's source
        if answered >= 0:
            score += 0.3  # "Nordvik rejected that estimate" right after the union's estimate: what it takes back
            parts.append((_why_answer,))
    # a denial conflicts most with the claim whose words it takes back, more than with one that only names the
    # same people (measured on the held-out articles: names 0.1 each and words up to 0.2 ranked 0.013 fewer core pairs)
    score += 0.05 * n_shared
    if rel:
        score += 0.15
    score += min(0.3, 1.5 * sim)
    tconf = _disjoint(fa.times, fb.times)
    if tconf:
        score += 0.2
        kind = kind or "temporal"
        parts.append((_why_times, tconf))
    ta, tb = fa.topic, fb.topic
    if ta and tb and rel:
        score += 0.15
        kind = "account" if kind in (None, "denial") else kind
        parts.append((_why_topic, ta, tb))
    if (fa.once and fb.many) or (fb.once and fa.many):
        score += 0.2
        kind = kind or "quantity"
        parts.append((_why_frequency, a, b) if fa.once and fb.many else (_why_frequency, b, a))
    if kind is None or (kind != "denial" and not rel):
        return None
    if not parts:
        return None
    # (the names kept as a tuple: a pair's reason lives as long as the pair, and a set costs four times the memory)
    return kind, score, (_why_parts, parts, tuple(shared))


def _names_source(C: _Claims, i: int, j: int) -> bool:
    """Whether claim ``i``'s sentence names claim ``j``'s source as the owner of what it denies ("disputed
    Whitford's account")."""
    src = C.source[j]
    if not src or C.source_type[j] not in {"person", "organization", "official"}:
        return False
    sent = C.sentence[i] or ""
    last = src.split()[-1]
    return last + "'s" in sent or last + "’s" in sent


def _apart(C: _Claims, i: int, j: int, scored: tuple) -> tuple:
    """``scored`` less 0.03 a sentence between two claims of one story, beyond the next (at most 0.3).

    A story sets an account against its answer close by, except its lead (the first four sentences),
    which anything later may answer. On the hundred held-out articles, two claims far apart past the
    lead that share a name were most often about different matters. A denial of the lead loses 0.02 a
    sentence: on the 262 held-out articles, a denial far from the lead was a core conflict in two pairs of a
    hundred; losing that much lifted core recall at ten from 0.527 to 0.542 and kept the seed's lead answered.
    """
    si, sj = C.sentence_id[i], C.sentence_id[j]
    if si is None or sj is None or C.article_id[i] != C.article_id[j]:
        return scored
    lead = min(si, sj) < _LEAD
    if lead and scored[0] != "denial":
        return scored
    gap = min(max(abs(si - sj) - 1, 0), 10)
    return (scored[0], scored[1] - (0.02 if lead else 0.03) * gap, scored[2]) if gap else scored


def _just_before(C: _Claims, j: int, i: int) -> bool:
    """Whether claim ``j`` is in one of the two sentences before claim ``i``'s (same article)."""
    si, sj = C.sentence_id[i], C.sentence_id[j]
    return si is not None and sj is not None and 0 < si - sj <= 2


def _jaccard(set_a: set, words_a: tuple, words_b: tuple) -> float:
    """Jaccard similarity of two claims' words (``set_a`` is ``words_a`` as a set), without building the union."""
    inter = len(set_a.intersection(words_b))
    return inter / max(1, len(words_a) + len(words_b) - inter)


def _stem(token: str) -> str:
    """A lower-cased ``[a-z]+`` token as a content word ("" for a stop word or a short one)."""
    if len(token) < 3 or token in STOP_WORDS:
        return ""
    return token[:-1] if token.endswith("s") and len(token) > 3 and not token.endswith(("ss", "us", "is")) else token


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "dozen": 12}
# an amount counts something: money, a percentage or any noun after the number ("14 samples", "410 parts per
# trillion", "48 million kwacha"); durations, ages and "times" are not amounts of a thing
_MULT = {"million": 1e6, "m": 1e6, "mil": 1e6, "billion": 1e9, "bn": 1e9, "bil": 1e9, "thousand": 1e3, "k": 1e3, "crore": 1e7, "lakh": 1e5,
         "trillion": 1e12, "tn": 1e12}
_MULTS = "|".join(sorted(_MULT, key=len, reverse=True))
# a currency before the figure: a sign, a code (shillings, rupees, taka, rupiah, ringgit, dirham), or the one letter
# of naira, pesos and rand written on the figure ("N64bn", "P186.4 million", "R640 million")
_CURRENCY = r"\b(?:GH|R|C|A|NZ|HK|S|US|NT|J|TT)\$|\bGH[¢₵]|₵|[$€£¥₹₦₱₩₴₡₸₺₫₭₮₾₼৳₲₽₪]|\b(?:K?Shs?|KSh|Rs\.?|Tk|Rp|RM|Dhs|Dh|(?-i:Hr|KD|BD|JD|QR|SR|RO))(?=\s?\d)|\b[NPR](?=\d)|\b(?-i:" + "|".join(
    sorted(currency_codes())) + r")(?=\s?\d)"  # and ISO codes in capitals: "EGP 1.2 billion" (not "all 14")
_GLUED = r"(?:mg|kg|km|ml|mw|kw|gw|ha)"  # a unit written onto its number: "38.6mg", "5km"
_AMOUNT = re.compile(
    rf"(?P<cur>{_CURRENCY})?\s?(?P<num>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,])|\d+(?:[.,]\d+)*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b)\s*"
    rf"(?P<mult>{_MULTS})?(?:\b|(?={_GLUED}\b))\s*(?P<unit>per\s*cent|%|[a-z][a-z-]{{2,}}|(?:(?<=\d)|(?<=\d\s)){_GLUED}\b)?", re.I)
_NOT_UNITS = {"times", "time", "years", "year", "days", "day", "months", "month", "weeks", "week", "per", "of", "and", "or", "to", "in", "on", "at", "for", "the", "than",
              "more", "less", "about", "around", "year-old", "years-old", "was", "were", "is", "are", "had", "has",
              "have", "with", "from", "by", "who", "which", "that", "out", "other", "others", "such", "most",
              "another", "again", "after", "before", "into", "over", "under", "decades", "decade", "them", "their",
              "his", "her", "its", "those", "these", "said", "says", "each", "every", "all", "both", "only", "but",
              "not", "this", "there", "then", "when", "where", "while", "because", "against", "between", "among"} \
    | set(MONTHS) | set(WEEKDAYS)  # "3 March" is a date, not three of something
_TIME_WORDS = {"times", "time", "years", "year", "days", "day", "months", "month", "weeks", "week", "decades", "decade"} \
    | {m.lower() for m in MONTHS} | {d.lower() for d in WEEKDAYS}
_COMMON_UNITS = {"dollar", "euro", "pound", "percent", "people", "person", "franc", "yuan", "ruble", "rouble", "yen",
                 "rupee", "kwacha", "rand", "peso", "shilling", "minute", "hour", "second"} \
    | {c.lower() for c in currency_codes()}  # (money needs more words in common)
_UNIT_NAMES = {"$": "dollar", "€": "euro", "£": "pound", "%": "percent", "per cent": "percent", "percent": "percent",
               "₹": "rupee", "rs": "rupee", "rs.": "rupee", "sh": "shilling", "ksh": "shilling"}
_YEAR_LIKE = re.compile(r"(?:1[89]|20)\d\d")


# counted things told with different words ("nine homes" / "14 houses", "63 institutions" / "19 facilities")
_UNIT_SYNONYMS = {"house": "home", "houses": "home", "homes": "home", "dwelling": "home", "dwellings": "home",
                  "residences": "home", "households": "home", "household": "home", "structures": "home",
                  "buildings": "home",
                  "facilities": "facility", "institutions": "facility", "institution": "facility", "sites": "facility",
                  "individuals": "people", "persons": "people", "patients": "people", "suspects": "people",
                  "suspect": "people", "passenger": "people", "passengers": "people", "customers": "people",
                  "clients": "people", "residents": "people", "victims": "people", "users": "people",
                  "subscribers": "people", "pupils": "child", "children": "child", "students": "child", "kids": "child",
                  "learners": "child", "schoolchildren": "child",
                  "fatalities": "death", "deaths": "death", "dead": "death", "bodies": "death",
                  "rounds": "shot", "shots": "shot", "bullets": "shot", "ballots": "vote", "votes": "vote",
                  "bids": "bid", "bidders": "bid", "offers": "bid", "tenders": "bid",
                  "injured": "people", "wounded": "people", "infections": "people", "infected": "people",
                  "cases": "people",
                  "positions": "job", "jobs": "job", "posts": "job", "roles": "job",
                  "employees": "worker", "workers": "worker", "staff": "worker", "staffers": "worker",
                  "lorries": "vehicle", "trucks": "vehicle", "vehicles": "vehicle", "cars": "vehicle",
                  "faults": "defect", "defects": "defect", "flaws": "defect",
                  "rooms": "room", "classrooms": "room", "classroom": "room",
                  "boats": "boat", "vessels": "boat", "vessel": "boat", "ships": "boat", "trawlers": "boat"}
# counts of people by what they are ("137 residents" / "fewer than 40 workers"): one count told two ways, weakly
_PEOPLE_UNITS = {"people", "person", "worker", "child", "miner", "farmer", "family", "resident", "villager", "patient",
                 "passenger", "pupil", "student", "nurse", "doctor", "employee", "member", "victim", "survivor", "fisherman",
                 "trader", "tenant", "inmate", "prisoner", "soldier", "civilian", "protester", "pilgrim",
                 "men", "man", "women", "woman", "youths", "youth", "labourer", "laborer", "crew"}  # ("14 young men")
# what a bare figure counts, told before it: "put the number of passengers at 447", "the death toll at 17"
_COUNTED_BEFORE = re.compile(r"(?:(?:number|count|total|tally)\s+of\s+(?:the\s+)?(?:(?!who\b|that\b|which\b)[a-z-]+\s+){0,2}?"
                             r"([a-z][a-z-]+)|(?P<toll>(?:death\s+)?toll)|(?P<bare>number|figure|count|total|tally))"
                             r"(?:\s+(?:for|in|over|during)\s+(?:the\s+)?(?:same\s+)?[a-z-]+(?:\s+[a-z-]+)?)?"  # ("for the same period")
                             r"\s+(?:at|to|was|is|of|stood\s+at|rose\s+to)\s+[\"“]?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+"
                             r"|(?:just\s+|well\s+)?(?:under|over|below|above)\s+|closer?\s+to\s+|(?:more|fewer|less)\s+than\s+"
                             r"|at\s+least\s+|as\s+(?:many|much|few)\s+as\s+|up\s+to\s+|only\s+|just\s+)?$")
# a count whose thing is told only before, in another sentence ("The number is close to 25,000"): it may be
# set against any count of its story but money, shares and durations
_ANY_COUNT = "?"
_HEAD_AFTER = re.compile(r"\s*(?:of\s+(?:the|its|their|our|those|these)\s+)?((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)")


# the rest of a list of counted nouns: ", factory workers and cold-storage staff"
_QUOTE_AFTER_DIGIT = re.compile(r"(\d)[\"”](?=\s+of\s)")
_NOT_LISTED = {"said", "says", "told", "added", "insisted", "claimed", "denied", "the", "a", "an", "his", "her", "its",
               "their", "it", "he", "she", "they", "we", "that", "which", "who", "was", "were", "is", "are", "had", "has",
               "have", "would", "will", "could"}
_LISTED = re.compile(r"(?:\s*,\s*(?:[a-z-]+\s+){0,2}[a-z-]+)*\s*,?\s+(?:and|or)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\b")


_BOTH_PARTICIPLES = re.compile(r"\s+(?:or|and)\s+[a-z]+ed\s+([a-z][a-z-]+)")
_OF_A_WHOLE = re.compile(r"\s*of\s+(?:the|its|their|our)\s+(?:[a-z-]+['’]s\s+(?:\d[\d,]*|[a-z]+)|\d[\d,]*)\s+([a-z])")


def _unit_head(text: str, end: int, unit: str) -> str:
    """The noun counted: "63 federal health institutions" counts institutions, "two of the papers" papers."""
    m = _HEAD_AFTER.match(text, end - len(unit) - 1 if unit else end)
    if m is None:
        return unit
    words = m.group(1).split()
    head = unit
    for k, w in enumerate(words):
        if w in _NOT_UNITS and w != "of" or w in STOP_WORDS or (k and w.endswith(("ed", "ing"))):
            break  # (a verb after the noun: "two of the papers contained errors", "23 ambulances queuing")
        head = w
        if w.endswith("s") and not w.endswith(("ss", "us")):
            break  # a plural is the noun counted: "2,413,780 affected individuals nationwide"
    return head


_NOT_NUMBER = re.compile(rf"\bnot\s+(?:(?:{_CURRENCY})\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s*({_MULTS})\b)?\b"
                         r"(?!\s*(?:per\s*cent|%|years?|days?|months?|weeks?))")
_BESIDE_SKIP = {"million", "billion", "thousand", "about", "around", "roughly", "some", "nearly", "almost", "more",
                "less", "than", "least", "per", "cent", "percent", "dollar", "euro", "pound", "said", "say", "says"}


def _beside(text: str, snippet: str, width: int = 30) -> set:
    """The content words within a few words of a figure: what it counts."""
    i = text.find(snippet)
    if i < 0:
        return set()
    window = text[max(0, i - width):i + len(snippet) + width].lower()
    words = {w for w in (_stem(t) for t in _LETTERS.findall(window)) if w and w not in _BESIDE_SKIP}
    words = {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}  # "fees" / "fee"
    return {_BESIDE_SAME.get(w, w) for w in words}


# words a figure's neighbours say one thing with ("27% of participants had stopped treatment" / "18% of patients
# discontinued the drug")
_BESIDE_SAME = {"participant": "patient", "subject": "patient", "discontinued": "stopped", "quit": "stopped",
                "dropped": "stopped", "halted": "stopped", "employee": "worker", "staffer": "worker",
                "house": "home", "dwelling": "home", "household": "home", "pupil": "student", "resident": "people",
                "individual": "people", "person": "people"}


_FRACTION = re.compile(
    r"\b(?:down|up|fell|fallen|dropped|rose|risen|grew|grown|cut|reduced|increased|decreased|declined|shrank|shrunk|"
    r"slumped|plunged|jumped)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+)?"
    r"(?P<n>a|one|two|three)[\s-](?P<d>half|third|thirds|quarter|quarters|fifth|fifths)\b", re.I)
_SHARE = re.compile(r"\b(\d[\d,]*)\s+(?:out\s+)?of\s+(?:its|the|their|his|her|our|all)?\s*(\d[\d,]*)(?=\s+[a-z])", re.I)
_FRACTION_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths"})
_FRACTION_PARTS = {"a": 1, "one": 1, "two": 2, "three": 3, "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                   "fifth": 5, "fifths": 5}


def _amounts(text: str) -> list[tuple[str, float, str]]:
    """(unit, value, as written) of money and counted quantities; bare numbers and years are left out.

    A change by a fraction is a percentage ("down by about a third": 33.3 percent)."""
    if '"' in text or "”" in text:
        text = _QUOTE_AFTER_DIGIT.sub(r"\1", text)  # ('"around 150" of its scooters': the scooters counted)
    out = [("percent", round(100 * _FRACTION_PARTS[m.group("n").lower()] / _FRACTION_PARTS[m.group("d").lower()], 1),
            m.group(0)) for m in _FRACTION.finditer(text)]
    for m in _SHARE.finditer(text):  # "only 46 of its 380 members": a share, beside "85 percent of farmers"
        part, whole = float(m.group(1).replace(",", "")), float(m.group(2).replace(",", ""))
        if 0 < part < whole:
            out.append(("percent", round(100 * part / whole, 1), m.group(0)))
    for m in _AMOUNT.finditer(text):
        unit = (m.group("cur") or m.group("unit") or "").lower()
        if unit.endswith("ed") and not m.group("cur") and (both := _BOTH_PARTICIPLES.match(text.lower(), m.end())):
            unit = both.group(1)  # "143 cancelled or postponed operations": what both say of, the operations
        if not unit and not m.group("cur") and not m.group("mult") and text[m.end():m.end() + 8].lower().startswith(("of the", "of its", "of our", "of their")):
            of_whole = _OF_A_WHOLE.match(text.lower(), m.end())
            # "two of the papers"; "nine of the school's 46 classrooms": what the whole counts
            unit = _unit_head(text.lower(), of_whole.start(1), "") if of_whole else _unit_head(text.lower(), m.end(), "")
        elif unit and not m.group("cur") and unit not in _NOT_UNITS:
            unit = _unit_head(text.lower(), m.end(), unit)  # "63 federal health institutions"
            if unit not in _UNIT_SYNONYMS and (listed := _LISTED.match(text.lower(), m.end())) and not any(
                    w in _NOT_LISTED for w in listed.group(0).replace(",", " ").split()[:-1]):  # (a list of nouns, not "180,000 euros and said the vessel")
                # "412 deckhands, factory workers and cold-storage staff": the kind the list names
                unit = next((_UNIT_SYNONYMS[w] for w in listed.group(0).replace(",", " ").split() if w in _UNIT_SYNONYMS),
                            unit)
        written = m.group(0).strip()
        if unit in _NOT_UNITS and not m.group("cur") and unit.isalpha() and unit not in _TIME_WORDS:
            unit = ""  # "the number of affected patients at up to 126,000 and said": a function word, no unit
            written = text[m.start():m.end("mult") if m.group("mult") else m.end("num")].strip()
        if not unit and not m.group("cur"):
            counted = _COUNTED_BEFORE.search(text[max(0, m.start("num") - 60):m.start("num")].lower())
            if counted:  # "put the number of passengers at 447", "the death toll at 17", "the figure is 25,000"
                unit = counted.group(1) or ("death" if counted.group("toll") else _ANY_COUNT)
        unit = _UNIT_SYNONYMS.get(unit, unit)
        if not unit or unit in _NOT_UNITS or (not m.group("cur") and _YEAR_LIKE.fullmatch(m.group("num"))):
            continue
        num = m.group("num")
        if num.isalpha():  # "nine samples" (but not "two million" or "$ two")
            if m.group("cur") or m.group("mult"):
                continue
            value = float(_NUMBER_WORDS[num.lower()])
        else:
            try:
                value = float(re.sub(r"[,\s]", "", num)) * _MULT.get((m.group("mult") or "").lower(), 1)
            except ValueError:
                continue
        out.append((_UNIT_NAMES.get(unit, _singular(unit)), value, written))
    return out


_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?", re.I)
# a day's time on the 24-hour clock, after a word that says so ("logged at 21:55", "as early as 20:30")
_CLOCK_24 = re.compile(r"\b(?:at|by|around|about|before|after|until|from|since|as early as) ([01]?\d|2[0-3])[:h]([0-5]\d)\b"
                       r"(?!\s*[ap]\.?m)(?![:.,]?\d)", re.I)


def _clocks(text: str) -> list[tuple[int, str]]:
    """Times of day in ``text``, as minutes after midnight: "at 10:41 p.m." is 1301, "1:30am" 90, "at 22:48" 1368."""
    out = []
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not (1 <= hour <= 12 and minute < 60):
            continue
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
        out.append((hour * 60 + minute, m.group(0).strip()))
    for m in _CLOCK_24.finditer(text):
        out.append((int(m.group(1)) * 60 + int(m.group(2)), m.group(0).strip()))
    return out


def _singular(word: str) -> str:
    """A counted noun's singular, roughly: "families" is "family", "boxes" stays "boxe" (both sides alike)."""
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word.rstrip("s")


def _any_count(ua: str, ub: str) -> bool:
    """Whether one unit is the anaphoric count (``_ANY_COUNT``) and the other a count of things, not money or time;
    or both count people by what they are."""
    if ua in _PEOPLE_UNITS and ub in _PEOPLE_UNITS:
        return True
    other = ub if ua == _ANY_COUNT else ua if ub == _ANY_COUNT else None
    return other is not None and other != _ANY_COUNT and (other not in _COMMON_UNITS or other in ("people", "person"))


def _figures(a: _Row, fa: _Feat, b: _Row, fb: _Feat, sim: float, contrasted: bool = False):
    """Two accounts of one thing with other figures: "worth 4.2 million euros" / "5.1 million euros".

    ``contrasted``: the writer sets one against the other ("nine homes" / "The mayor, however, said 14 houses"),
    so a count of one thing needs no other words in common.
    """
    for fx, x, fy, y in ((fa, a, fb, b), (fb, b, fa, a)):
        for _, vx, tx in fx.amounts:
            if vx in fy.refuted:  # "23 patients died" / "there were seven, not 23": a correction
                return "quantity", 0.8 + min(0.1, sim), (_why_amounts, x, tx, y, f"not {tx.split()[0]}")
    best: tuple | None = None
    weak: tuple | None = None  # a count of one particular thing, told in other words, in one story
    for ua, va, ta in fa.amounts:
        for ub, vb, tb in fb.amounts:
            if ua != ub and not _any_count(ua, ub) or abs(va - vb) <= 0.05 * max(va, vb):
                continue
            if ua != ub:  # a count whose thing is told in another sentence: within one story, and weak
                if weak is None and a.get("article_id") == b.get("article_id"):
                    weak = (ta, tb)
                continue
            # a count of a particular thing ("14 samples" / "nine samples") says more than money or people do;
            # money and people need more words in common, or the same words beside the figures ("£4.5m in
            # fees" / "the agent's fee was £2.8m")
            alike = sim >= (0.12 if ua in _COMMON_UNITS else 0.04)
            # (the words beside the figures: read when they decide, or to choose among several figures)
            near = len(_beside(a.get("content") or "", ta) & _beside(b.get("content") or "", tb)) \
                if not alike or len(fa.amounts) + len(fb.amounts) > 2 else 0
            if near or alike or fa.rel & fb.rel or contrasted \
                    or (fa.corrects or fb.corrects) and a.get("article_id") == b.get("article_id"):
                if best is None or near > best[0]:
                    # of several figures, the two told with the same words ("35,000 tonnes of cane ... written off"
                    # / "less than 5000 tonnes of cut cane had been lost", not "90,000 tonnes ... to be harvested")
                    best = (near, ta, tb)
            elif weak is None and ua not in _COMMON_UNITS and a.get("article_id") == b.get("article_id"):
                weak = (ta, tb)  # "no more than 400 positions" / "up to 2,100 jobs could go"
    if best is not None:
        # the same words beside both figures say they count one thing
        return "quantity", 0.55 + min(0.3, sim) + 0.05 * min(best[0], 2), (_why_amounts, a, best[1], b, best[2])
    if weak is not None:
        return "quantity", _WEAK_FIGURES + min(0.3, sim), (_why_amounts, a, weak[0], b, weak[1])
    if fa.clocks and fb.clocks and a.get("article_id") == b.get("article_id"):
        for ma, ta in fa.clocks:
            for mb, tb in fb.clocks:
                # (a time of day is told further from its event: "the first call to the mine's emergency line had
                # been logged at 21:55")
                if abs(ma - mb) >= 10 and _beside(a.get("content") or "", ta, 60) & _beside(b.get("content") or "", tb, 60):
                    # one story's two times of day for one thing, the same words beside them ("the first 911 call
                    # ... at 10:52 p.m." / "officers were sent ... at 10:41 p.m.")
                    return "temporal", _WEAK_DAYS + min(0.3, sim), (_why_amounts, a, ta, b, tb)
    if not (fa.days and fb.days) or sim < 0.12 and a.get("article_id") != b.get("article_id"):
        return None
    d = _disjoint(fa.days, fb.days)
    if not d:
        return None
    if a.get("article_id") != b.get("article_id") and not (_exact(fa.days, d[0]) and _exact(fb.days, d[1])):
        return None  # (two months of two stories are two things: months are compared within one story)
    if sim >= 0.2:
        return "temporal", 0.55 + min(0.3, sim), (_why_dates, a, b, d)
    if a.get("article_id") == b.get("article_id"):
        # one story's two days for one thing, told with the same words beside them ("the fire started on
        # February 24" / "the fire broke out on March 3")
        if _beside_days(a.get("content") or "", fa.days) & _beside_days(b.get("content") or "", fb.days):
            return "temporal", _WEAK_DAYS + min(0.3, sim), (_why_dates, a, b, d)
    return None


def _exact(days: tuple, expr: str) -> bool:
    """Whether the time told as ``expr`` is one day (not a month)."""
    return any(t[2] == expr and t[0] == t[1] for t in days)


def _beside_days(text: str, days: tuple) -> set:
    return set().union(*(_beside(text, t[2]) for t in days))


# -- reasons: (writer, *arguments) tuples, written only for the pairs kept -----------------------
def _shared_names(shared: tuple) -> str:
    return f" (shared: {', '.join(sorted(shared)[:3])})" if shared else ""


def _why_silent(y: _Row) -> str:
    return f"{_who(y)} is quoted ({y.get('cue') or 'speaking'}: \"{y.short(50)}\") but another claim says they have not commented"


def _why_never(a: _Row, b: _Row, shared: tuple) -> str:
    return f"{_who(a)} says it never happened (\"{a.short(60)}\") but {_who(b)} says it did (\"{b.short(60)}\")" + _shared_names(shared)


def _why_denial(d: _Row, other: _Row) -> str:
    return f"{_who(d)} denies (\"{d.short(60)}\") what {_who(other)} reports (\"{other.short(60)}\")"


def _why_contrast(a: _Row, b: _Row, shared: tuple) -> str:
    return (f"set against each other (\"however\", \"but\"): {_who(a)} (\"{a.short(55)}\") and {_who(b)} "
            f"(\"{b.short(55)}\")") + _shared_names(shared)


def _why_matter(a: _Row, b: _Row, words: tuple) -> str:
    return (f"two accounts of one matter ({', '.join(sorted(words)[:4])}): {_who(a)} (\"{a.short(55)}\") and "
            f"{_who(b)} (\"{b.short(55)}\")")


def _why_answer() -> str:
    return "it answers what was said just before"


def _why_times(tconf: tuple) -> str:
    return f"times do not overlap: \"{tconf[0]}\" vs \"{tconf[1]}\""


def _why_topic(ta: str, tb: str) -> str:
    return f"what it was about differs: \"{_short(ta, 45)}\" vs \"{_short(tb, 45)}\""


def _why_frequency(once: _Row, many: _Row) -> str:
    return f"frequency differs: {_who(once)} says once (\"{once.short(50)}\"), {_who(many)} repeatedly (\"{many.short(50)}\")"


def _why_parts(parts: list[tuple], shared: tuple) -> str:
    return "; ".join(p[0](*p[1:]) for p in parts) + _shared_names(shared)


def _why_amounts(a: _Row, ta: str, b: _Row, tb: str) -> str:
    return f"{_who(a)} says {ta}, {_who(b)} says {tb} (\"{a.short(50)}\" vs \"{b.short(50)}\")"


def _why_knew(a: _Row, expr: str, b: _Row, told: str) -> str:
    return (f"{_who(a)} says it was first known \"{expr}\" (\"{a.short(50)}\"), but {_who(b)} says it was told "
            f"\"{told}\" (\"{b.short(50)}\")")


def _why_dates(a: _Row, b: _Row, d: tuple) -> str:
    return f"{_who(a)} dates it \"{d[0]}\", {_who(b)} \"{d[1]}\" (\"{a.short(50)}\" vs \"{b.short(50)}\")"
