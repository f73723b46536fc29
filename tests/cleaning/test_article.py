from datetime import date
from pathlib import Path

import pytest

from pipelines.cleaning.article import clean_page
from pipelines.cleaning.errors import RejectedPage

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
STRIKE = (PAGES / "baghdad_drone_strike.html").read_text(encoding="utf-8")
STRIKE_WITHOUT_META = STRIKE.replace('<meta property="article:published_time" content="2024-01-04T16:20:00+03:00">', "")
UNDATED_URL = STRIKE_WITHOUT_META.replace("/2024/01/04/", "/world/")


def test_meta_publication_date_wins():
    article = clean_page(STRIKE, date(2024, 1, 5))
    assert (article.published_date, article.published_date_source) == (date(2024, 1, 4), "meta")


def test_page_without_date_meta_is_dated_by_its_permalink():
    article = clean_page(STRIKE_WITHOUT_META, date(2024, 1, 5))
    assert (article.published_date, article.published_date_source) == (date(2024, 1, 4), "url")


def test_page_without_date_meta_is_dated_by_its_dateline_against_the_collection_day():
    assert "published_time" not in UNDATED_URL and "/2024/" not in UNDATED_URL
    article = clean_page(UNDATED_URL, date(2024, 1, 5))
    assert (article.published_date, article.published_date_source) == (date(2024, 1, 4), "dateline")


def test_footer_copyright_year_never_becomes_the_publication_date():
    article = clean_page(STRIKE_WITHOUT_META, date(2024, 1, 5))
    assert article.published_date != date(2023, 1, 1)
    assert article.published_date.year == 2024


def test_page_with_no_date_at_all_falls_back_to_the_collection_day():
    html = UNDATED_URL.replace("BAGHDAD, Iraq, Jan 4:", "")
    article = clean_page(html, date(2024, 1, 5))
    assert (article.published_date, article.published_date_source) == (date(2024, 1, 5), "collected")


@pytest.mark.parametrize(
    "boilerplate",
    ["This news has been read", "Related Articles", "Twelve killed in clashes near Kirkuk", "Back to top",
     "Ad Blocker", "Kindly disable", "Verified by", "© 2023"],
)
def test_boilerplate_is_not_in_the_clean_text(boilerplate):
    assert boilerplate not in clean_page(STRIKE, date(2024, 1, 4)).text


def test_story_and_its_traps_survive_cleaning():
    text = clean_page(STRIKE, date(2024, 1, 4)).text
    assert "killed four fighters" in text
    assert "more than 100 attacks" in text


def test_title_and_language_come_from_the_markup():
    article = clean_page(STRIKE, date(2024, 1, 4))
    assert article.title.startswith("Drone strike kills four")
    assert article.language == "en"


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><head><script>var a = 1;</script></head><body><script>" + "x=1;" * 5000 + "</script></body></html>",
        "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>",
    ],
    ids=["no-article", "only-script", "nested-100k"],
)
def test_pages_without_an_article_are_rejected_with_a_reason(html):
    with pytest.raises(RejectedPage) as rejection:
        clean_page(html, date(2024, 1, 4))
    assert rejection.value.reason == "no_article_text"


def test_external_entity_is_never_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN-4711")
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}">]>'
        f"<html><body><article><p>&leak; {STRIKE.split('<article>')[1].split('</article>')[0]}</p>"
        "</article></body></html>"
    )
    article = clean_page(html, date(2024, 1, 4))
    assert "TOP-SECRET-TOKEN-4711" not in article.text
    assert "TOP-SECRET-TOKEN-4711" not in (article.title or "")


_STORY = (
    "<p>Gunmen attacked a police post on the edge of the market town late on Tuesday, officials said, in the third "
    "such raid this month.</p><p>Two officers were killed and four people were wounded, according to the district "
    "commissioner, who said reinforcements had been sent.</p><p>Residents described a firefight that lasted nearly "
    "an hour before the attackers withdrew toward the forest.</p>"
)
_SIDEBAR = "<aside><h3>Most read</h3><ul>" + "".join(f"<li><a href='/s/{i}'>Other story {i}</a></li>"
                                                     for i in range(30)) + "</ul></aside>"
_TEASER = "<article class='teaser'><h3><a href='/t'>Floods close the coastal road</a></h3></article>"


def _page(body: str) -> str:
    head = "<head><title>Police post attacked</title></head>"
    return f"<html>{head}<body><nav><a href='/'>Home</a></nav>{body}</body></html>"


@pytest.mark.parametrize("body", [
    f"<main><article>{_STORY}</article>{_SIDEBAR}</main>",  # one marked article: read on its own
    f"<main><div itemprop='articleBody'>{_STORY}</div>{_SIDEBAR}</main>",
    f"<main><article>{_STORY}</article>{_TEASER}{_TEASER}{_SIDEBAR}</main>",  # several <article>s: whole page
    f"<main><div class='story'>{_STORY}</div>{_SIDEBAR}</main>",  # nothing marked: whole page
])
def test_the_story_is_found_whether_or_not_the_page_marks_its_article(body):
    text = clean_page(_page(body), date(2024, 1, 10)).text
    assert "Two officers were killed and four people were wounded" in text
    assert "attackers withdrew toward the forest" in text
    assert "Other story" not in text and "Floods close" not in text
