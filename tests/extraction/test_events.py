"""extract_events end to end on articles written for these tests."""

from datetime import date

import pytest

from pipelines.extraction.events import EXTRACTOR_VERSION, extract_events, split_sentences
from pipelines.extraction.taxonomy import is_consistent

SEED_LIKE = """Drone strike kills 4 militia fighters in Baghdad, Iraq blames US-led coalition

This story has been viewed 512 times!

BAGHDAD, Iraq, Jan 4: A drone strike on a building in the Iraqi capital resulted in the death of four members of \
an armed faction, with six others wounded, police and security sources said. The Iraqi authorities attribute the \
attack to the US-led coalition.

Witnesses said the drone fired two rockets at the compound. Thursday's rockets reportedly hit a vehicle parked \
inside the headquarters.

US forces have faced over 100 attacks in Iraq and Syria since October. Last month, the United States carried out \
retaliatory air strikes after a drone attack. The previous incident left one US service member critically injured \
and two others wounded.

Related Articles
Back to top button
"""


@pytest.mark.parametrize("published", [date(2024, 1, 4), date(2024, 1, 5)])
def test_seed_like_article_gives_exactly_one_event(published):
    events = extract_events(SEED_LIKE, published)
    assert len(events) == 1
    event = events[0]
    assert event.event_date == date(2024, 1, 4) and event.date_precision == 1
    assert (event.fatalities, event.injuries) == (4, 6)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert event.actor1 is not None and "US-led" in event.actor1 and "Coalition" in event.actor1
    assert "resulted in the death of four" in event.evidence
    assert "100 attacks" not in event.evidence and "service member" not in event.evidence


def test_seed_like_article_is_placed_in_baghdad():
    event = extract_events(SEED_LIKE, date(2024, 1, 5))[0]
    assert event.place.location == "Baghdad"
    assert event.place.country == "Iraq"


def test_text_without_violence_gives_no_event():
    text = "The finance minister presented the budget on Tuesday. Markets rose two percent."
    assert extract_events(text, date(2024, 3, 6)) == []


def test_incidents_at_different_places_become_separate_events():
    text = (
        "Gunmen attacked a convoy in Samarra, killing one driver and wounding two others. "
        "In a separate attack, militants fired on a police car in Tikrit, wounding three officers."
    )
    events = extract_events(text, date(2024, 3, 6))
    assert len(events) == 2
    assert sum(e.injuries for e in events) == 5
    assert sum(e.fatalities for e in events) == 1


def test_restated_figures_count_once():
    text = (
        "Three killed in market bombing\n"
        "A bomb exploded in a crowded market on Monday, killing three people. "
        "The three victims were traders, police said."
    )
    events = extract_events(text, date(2024, 3, 6))
    assert [e.fatalities for e in events] == [3]


def test_events_use_the_acled_vocabulary_and_a_version():
    events = extract_events("Rebels clashed with soldiers near the border, leaving 5 dead.", date(2024, 3, 6))
    assert events and all(is_consistent(e.event_type, e.sub_event_type) for e in events)
    assert EXTRACTOR_VERSION


def test_a_title_or_saint_abbreviation_does_not_end_the_sentence():
    text = "Families gathered outside St. Paul's church. Gen. Musa said the town was calm. Two were hurt."
    assert [sentence for _, sentence in split_sentences(text)] == [
        "Families gathered outside St. Paul's church.",
        "Gen. Musa said the town was calm.",
        "Two were hurt.",
    ]


def test_a_page_that_repeats_its_title_as_its_first_line_gets_one_event_not_a_second_from_the_headline():
    title = "Gunmen kill three, seize 12 in Zamfara community"
    text = (
        f"{title}\n"
        "By a staff writer, Gusau | May 7, 2024\n"
        "Gunmen on Sunday night invaded Dansadau community in Maru Local Government Area of Zamfara State, "
        "killing three farmers and taking 12 "
        "others away on motorcycles.\n"
        "A villager said the attackers fired into the air before going from house to house.\n"
        "Police confirmed the attack and said officers had been sent to the area.\n"
        "The state has seen a string of raids on farming villages in recent months."
    )
    events = extract_events(text, date(2024, 5, 7), title)
    assert [(e.event_date, e.place.location, e.fatalities) for e in events] == [(date(2024, 5, 5), "Dansadau", 3)]


def test_a_first_line_that_rewords_the_title_is_the_headline_not_the_first_incident():
    # the page's own first line sums up both stories; read as a lede, it gave the Djugu dead to the Masisi fighting
    title = "Fighting near Kitshanga in Masisi; five civilians killed in Djugu attack"
    text = (
        "Fighting near Kitshanga, five civilians killed in Djugu\n"
        "Published on 14/03/2023 | Community radio correspondent\n"
        "Fighting broke out on Sunday between M23 rebels and local armed groups on the hills around Kitshanga, in "
        "Masisi territory, local sources said.\n"
        "A spokesman for the local groups said his fighters killed three rebels and lost one of their own.\n"
        "Residents fled towards Sake.\n"
        "In Ituri province, five civilians were killed late on Monday in an attack attributed to CODECO militiamen "
        "in the village of Blukwa, in Djugu territory, a local chief said.\n"
        "The assailants came at night with machetes, he said.\n"
        "Violence in Djugu has killed hundreds of civilians since 2017."
    )
    events = extract_events(text, date(2023, 3, 14), title)
    assert [(e.event_date, e.fatalities, e.sub_event_type) for e in events] == [
        (date(2023, 3, 12), 4, "Armed clash"),
        (date(2023, 3, 13), 5, "Attack"),
    ]
