"""Property-based: the parsers and the whole per-article path hold their invariants on any input, never crash."""

from datetime import date, timedelta

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipelines.extraction.dateline import find_dateline, resolve_dateline_date
from pipelines.extraction.dates import DAY, MONTH, WEEK, find_dates, resolve_event_date
from pipelines.extraction.numbers import find_counts, parse_count
from pipelines.stages import article_events, clean_raw_row, raw_row

FEW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

references = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))
qualifiers = st.sampled_from(["", "at least ", "more than ", "up to ", "nearly ", "about ", "fewer than ",
                              "some ", "around ", "over ", "almost "])  # fmt: skip
number_words = st.sampled_from(["one", "four", "twelve", "twenty-one", "a hundred", "two hundred and five",
                                "dozens", "several", "a few", "hundreds", "a dozen", "thousands", "no"])  # fmt: skip
digits = st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}" if n % 2 else str(n))
count_phrases = st.builds(lambda q, n, plus: f"{q}{n}{plus}", qualifiers, st.one_of(digits, number_words),
                          st.sampled_from(["", "+"]))  # fmt: skip
ranges = st.builds(lambda a, b: f"between {min(a, b)} and {max(a, b)}", st.integers(0, 10**6), st.integers(0, 10**6))
news_words = st.sampled_from([
    "killed", "wounded", "at least", "people", "Baghdad", "Jan", "4", "2024", ",", ":", "-", "on", "Monday",
    "yesterday", "last", "week", "month", "February", "29", "31", "1,000,000,000", "dozens", "between", "and", "to",
    "KABUL", "(Reuters)", "—", "\n", "said", "police", "’s", "0", "99999999999999999999",
])  # fmt: skip
prose = st.one_of(st.text(max_size=300), st.lists(news_words, max_size=60).map(" ".join))


def assert_ordered(low: int, best: int, high: int | None) -> None:
    assert 0 <= low <= best and (high is None or best <= high), (low, best, high)


@FEW
@given(st.one_of(count_phrases, ranges))
@example("fewer than 0")  # found by this test: gave (-1, -1, -1)
def test_count_phrases_parse_with_low_at_most_best_at_most_high(phrase):
    quantity = parse_count(phrase)
    assert quantity is not None, phrase
    assert_ordered(quantity.low, quantity.best, quantity.high)


@FEW
@given(prose)
def test_counts_in_any_text_are_ordered_spans_with_ordered_bounds(text):
    starts = []
    for start, end, quantity in find_counts(text):
        assert 0 <= start < end <= len(text)
        assert_ordered(quantity.low, quantity.best, quantity.high)
        starts.append(start)
    assert starts == sorted(set(starts))


@FEW
@given(prose, references)
def test_dateline_is_within_the_text_and_its_yearless_day_not_after_the_reference(text, reference):
    dateline = find_dateline(text)
    if dateline is None:
        return
    assert 0 <= dateline.end <= len(text)
    assert dateline.month is None or 1 <= dateline.month <= 12
    assert dateline.day is None or 1 <= dateline.day <= 31
    resolved = resolve_dateline_date(dateline, reference)
    if resolved is not None and dateline.year is None:
        assert reference - timedelta(days=366) <= resolved <= reference


yearless = st.builds(lambda m, d: f"on {m} {d}", st.sampled_from(["Jan", "March", "Sept.", "December", "feb"]),
                     st.integers(1, 31))  # fmt: skip
relative = st.sampled_from(["yesterday", "last night", "on Monday", "Thursday's", "last week", "this month",
                            "last month", "earlier today", "the day before yesterday", "on Sunday"])  # fmt: skip


@FEW
@given(st.lists(st.one_of(yearless, relative, news_words.filter(lambda w: w != "2024")), max_size=20).map(" ".join),
       references)
def test_dates_without_a_year_never_fall_after_the_reference(text, reference):
    for _, found in find_dates(text, reference):
        assert found.day <= reference, (text, found)
        assert found.precision in (DAY, WEEK, MONTH)


@FEW
@given(prose, references)
def test_an_event_date_is_never_after_publication(text, published):
    found = resolve_event_date(text, published, find_dateline(text))
    assert found.day <= published and found.precision in (DAY, WEEK, MONTH)


html_pieces = st.sampled_from([
    b"<html>", b"<body>", b"<article>", b"<p>", b"</p>", b"<script>", b"<!DOCTYPE html>", b"<meta charset=\"",
    b"shift_jis\">", b"utf-16", b"<title>", b"BAGHDAD, Iraq, Jan 4: ", b"A drone strike killed 4 people. ",
    b"wounded 1,000,000,000 ", b"\xff\xfe", b"\x00", b"\xef\xbb\xbf", b"%PDF-", b"<div>" * 50, b"&#0;", b"&amp;",
    b"<meta property=\"article:published_time\" content=\"2099-02-30\">",
    b"<meta property=\"article:published_time\" content=\"2031-06-01\">", b"\xe2\x80", b"\r\n",
])  # fmt: skip
pages = st.one_of(st.binary(max_size=3000), st.lists(st.one_of(html_pieces, st.binary(max_size=40)),
                                                     max_size=80).map(b"".join))  # fmt: skip


@SLOW
@given(pages, references)
def test_the_per_article_path_never_raises_on_arbitrary_bytes(data, collected):
    raw = raw_row("a" * 16, collected, "/landing/page.html", "file:///landing/page.html", data)
    clean = clean_raw_row(raw)
    assert (clean["text"] is None) == (clean["rejected_reason"] is not None)
    if clean["rejected_reason"] is not None:
        return
    assert clean["published_date"] <= collected
    for event in article_events(clean):
        assert_ordered(event["fatalities_low"], event["fatalities"], event["fatalities_high"])
        assert event["event_date"] <= clean["published_date"]
