"""Fast paths give what their plain definitions give.

Each speed-up in the engine has a slow, obvious equivalent, and these tests hold the two
together: time expressions searched only near their key words (and lower-cased when ASCII),
fixed dates resolved once for every article, mentions found by bisection, the denial test split
in two, span text joined in one pass, contradiction partners merged from sorted lists, and
tokens' per-word fields read from a cache instead of from spaCy's token arrays.
"""
from __future__ import annotations

import random
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.claims import _CALLED_FALSE, _DENIAL_OPENING, _takes_back
from kit.entities import ArticleEntities, Mention
from kit.timeline import _EXPR, _matches, _resolve_cached, resolve

SENTENCES = [
    "They met in 2021 and again since March 2023.",
    "Between the beginning of this year and the end of last month, sales fell.",
    "from  the   beginning   of   last   month the  office was closed",  # runs of spaces
    "Throughout the beginning of this year, the firm said, prices rose.",
    "He may march on 5 May 2020, or in May.",
    "A few weeks ago, 2000 troops arrived; $2024 was paid on 12 October.",
    "Nothing here at all.",
    "the first half of 2022, Q3 2021, the 1990s, early 2019 and late last year",
    "Talks ran from 3 March 2020 to 4 April 2021 and after the end of 2022.",
    # a bare weekday counts only capitalised; ASCII text is scanned lower-cased, the rest as written
    "On Friday he spoke; by friday night the FRIDAY edition, last Monday and Sunday's paper had it.",
    "Zoë Ørsted said on Tuesday, in May 2021 and since 3 März 2020 that tuesday was late.",
]
WORDS = ("from between the beginning end of last this next year month week since 2020 2021 March May in on "
         "until to and 12 3rd quarter half first early late ago two days weeks , . - $ 5 million throughout "
         "Friday friday FRIDAY Monday Zoë").split()


@pytest.mark.parametrize("text", SENTENCES)
def test_windowed_search_finds_what_a_full_scan_finds(text):
    assert list(_matches(text)) == [m.span() for m in _EXPR.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from([" ", "  ", " \t "]))
def test_windowed_search_on_random_word_salad(words, sep):
    text = sep.join(words)
    assert list(_matches(text)) == [m.span() for m in _EXPR.finditer(text)]


@pytest.mark.parametrize("expr", ["in 2021", "since 2022", "last year", "in march", "on tuesday", "5 may 2020",
                                  "the end of last year", "until 2023", "after 2020", "two weeks ago", "may 5"])
@pytest.mark.parametrize("anchor", [None, pd.Timestamp("2024-10-25"), pd.Timestamp("2019-01-02")])
def test_cached_resolution_equals_resolution_with_the_anchor(expr, anchor):
    got, want = _resolve_cached(expr, anchor), resolve(expr, anchor=anchor)
    assert got[2:] == want[2:]
    assert [None if pd.isna(x) else x for x in got[:2]] == [None if pd.isna(x) else x for x in want[:2]]


@pytest.mark.parametrize("seed", range(5))
def test_mentions_at_a_span_by_bisection_equal_a_linear_scan(seed):
    rnd = random.Random(seed)
    ms = []
    for _ in range(60):
        s = rnd.randrange(0, 500)
        ms.append(Mention("N", "x", s, s + rnd.randrange(1, 40), rnd.choice(["name", "epithet", "pronoun"]), 0))
    ms.sort(key=lambda m: (m.start, m.end))
    ents = ArticleEntities({}, ms)
    for _ in range(200):
        a = rnd.randrange(0, 540)
        b = a + rnd.randrange(0, 60)
        kinds = rnd.choice([("name",), ("name", "epithet"), ("name", "epithet", "pronoun")])
        assert ents.at(a, b, kinds=kinds) == [m for m in ms if m.start < b and a < m.end and m.kind in kinds]
    # a mention added out of order (a resolved pronoun) is still found
    ms.append(Mention("P", "he", 3, 5, "pronoun", 0))
    assert ents.at(0, 10, kinds=("pronoun",)) == [m for m in ms if m.start < 10 and m.end > 0 and m.kind == "pronoun"]


# the plain definition: one pattern searched over the whole content
_TAKES_BACK = re.compile(rf"^(?:{_DENIAL_OPENING.pattern})|{_CALLED_FALSE.pattern}", re.IGNORECASE)


@pytest.mark.parametrize("content", [
    "there was no meeting", '"No such contract exists," she said', "Officials categorically denied the report",
    "The ministry flatly rejected it", "He called the report false and baseless", "She BRANDED the claims nonsense",
    "he described the account as an absurd fabrication", "the minister said it was true", "", "no",
    "It was described by all as accurate", "Zoë called the story fake", "Zoë ſaid nothing; they deſcribed it as lies",
    "Reports that he denied it are false", "We did not deny anything",
])
def test_denial_content_equals_one_search_over_the_text(content):
    assert _takes_back(content) == (_TAKES_BACK.search(content) is not None)


@pytest.mark.parametrize("seed", range(3))
def test_span_text_equals_joining_every_token(seed):
    from kit.entities import _span_text
    from kit.nlp import Tok

    def plain(toks, i, j):
        return "".join(t.text + (" " if t.ws and k < j - 1 else "") for k, t in enumerate(toks[i:j], start=i)).strip()

    rnd = random.Random(seed)
    for _ in range(500):
        toks = [Tok(rnd.choice(["Ann", "Vole", "-", "'s", ".", "X", "von"]), "", False, False, False, False, False, 0,
                    rnd.random() < 0.6) for _ in range(rnd.randrange(1, 8))]
        i = rnd.randrange(0, len(toks) + 1)
        j = rnd.randrange(i, len(toks) + 1)
        assert _span_text(toks, i, j) == plain(toks, i, j)


@pytest.mark.parametrize("seed", range(40))
def test_partners_are_the_claims_sharing_most_entities_then_rare_words(seed):
    from collections import Counter
    from itertools import chain

    from kit.contradictions import _MAX_PARTNERS, _partners

    rnd = random.Random(seed)
    n = 400
    rank = list(range(n))
    rnd.shuffle(rank)
    i = rnd.randrange(n)
    size = rnd.choice([5, 40, 300])  # few partners, or more sharing two entities than can be scored

    def claims():  # one entity's claims, in claim-id order, as the index keeps them
        return sorted(rnd.sample(range(n), rnd.randrange(1, size)) + [i], key=rank.__getitem__)

    lists = [claims() for _ in range(rnd.choice([1, 2, 2, 3, 4]))]
    near = [sorted(rnd.sample(range(n), rnd.randrange(1, 20)), key=rank.__getitem__) for _ in range(rnd.randrange(3))]

    counts = Counter(chain.from_iterable(lists))
    counts.pop(i, None)
    first = sorted(counts, key=lambda o: (-counts[o], rank[o]))[:_MAX_PARTNERS]
    rest = sorted(set(chain.from_iterable(near)) - set(first) - {i}, key=rank.__getitem__)
    want = first + rest[:_MAX_PARTNERS - len(first)]
    got = _partners(i, lists, near, rank.__getitem__)
    assert sorted(got) == sorted(want)
    assert len(got) == len(set(got))


@pytest.mark.parametrize("body", [
    "Ann  Vole said so, twice.",                                  # a double space: a whitespace token
    "Zoë Ørsted, the U.S. head of AT&T's unit, said: “No.”",       # non-ASCII, initialisms, curly quotes
    "DR. JONES met dr. jones in MAY; the 3rd was a Tuesday.\t Then  X left.",
])
def test_cached_token_fields_equal_spacys_own(body):
    from kit.nlp import _CAP_WORD, get_nlp, split_body

    text = "Title\n" + body + "\n"
    doc = get_nlp().tokenizer(body)
    plain = [(t.text, t.text.lower(), t.is_title, t.is_upper, t.is_alpha, t.is_punct,
              not t.is_punct and t.text[:1].isupper() and (t.is_alpha or _CAP_WORD.fullmatch(t.text) is not None),
              len("Title\n") + t.idx, bool(t.whitespace_)) for t in doc if not t.is_space]
    for _ in range(2):  # the first pass fills the word cache, the second reads it
        toks = [tuple(t) for s in split_body(text, title="Title") for t in s.tokens]
        assert toks == plain
