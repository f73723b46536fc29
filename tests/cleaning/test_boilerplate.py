import pytest

from pipelines.cleaning.boilerplate import strip_boilerplate

STORY = (
    "KIRKUK, Iraq, May 2: Gunmen attacked a police checkpoint on the Tikrit road, killing two officers.\n"
    "Officials said the attackers fled toward the hills."
)


@pytest.mark.parametrize(
    "line",
    [
        "This news has been read 731 times!",
        "This article has been viewed 1,204 times",
        "Views: 5,310",
        "2.4K views",
        "Advt Blocker Detected",
        "Ad Blocker Detected",
        "Kindly disable the Ad blocker",
        "Please support us by disabling your ad blocker.",
        "Share this:",
        "Click to share on Telegram (Opens in new window)",
        "Related Articles",
        "You may also like",
        "Back to top button",
        "Verified by MonsterInsights",
        "We use cookies to improve your experience on our site.",
        "© 2023 Tigris Daily. All rights reserved.",
        "Copyright 2024 Example Wire",
        "Leave a Reply",
        "Tags: Iraq, security",
    ],
)
def test_boilerplate_line_is_removed(line):
    cleaned = strip_boilerplate(f"{STORY}\n{line}\n")
    assert line not in cleaned
    assert cleaned == STORY


def test_headlines_listed_under_a_related_heading_are_removed():
    text = f"{STORY}\nRelated Articles\nTwelve killed in clashes near Mosul\nBomb wounds 3 in Basra market\n"
    assert strip_boilerplate(text) == STORY


def test_related_box_ends_at_the_first_real_sentence():
    text = f"Related posts\nTwelve killed near Mosul\n{STORY}"
    assert strip_boilerplate(text) == STORY


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents were asked to share any footage of the attack with investigators.",
        "The group said it would not block the road again, and views on the truce differ among its members.",
        "Copyright disputes were not the reason for the raid, the prosecutor said, adding that 3 men were held.",
    ],
)
def test_story_sentences_that_mention_boilerplate_words_are_kept(sentence):
    assert sentence in strip_boilerplate(f"{STORY}\n{sentence}")
