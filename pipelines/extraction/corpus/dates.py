"""Event texts, their publication date and dateline, and the (date, precision) they must resolve to."""

from datetime import date

# ((expected date, precision), published, dateline opening or "", [event sentences])
DATES: list[tuple[tuple[date, int], date, str, list[str]]] = [
    # a day between the source and its verb ("The ministry on Thursday revised down the toll") is the telling's
    (
        (date(2024, 10, 15), 1),
        date(2024, 10, 17),
        "",
        ["The ministry on Thursday revised down the death toll from an airstrike on a house late on Tuesday to nine."],
    ),
    # a yearless day a few weeks after publication is one the story looks forward to, not last year's
    (
        (date(2023, 10, 20), 1),
        date(2023, 10, 21),
        "",
        ["A village chief running in the October 30 polls was shot dead on Friday evening, police said."],
    ),
    # a day with a name of its own ("Easter Sunday") is not this week's Sunday; the body's "on Tuesday" is
    (
        (date(2024, 1, 2), 1),
        date(2024, 1, 5),
        "",
        ["Survivors of the Easter Sunday bombings marched on Tuesday to demand answers."],
    ),
    (
        (date(2024, 1, 4), 1),
        date(2024, 1, 5),
        "",
        [
            "Thursday's rockets hit a vehicle.",
            "Gunmen attacked the post on Thursday.",
            "The clashes began yesterday.",
            "Militants shelled the town last night.",
            "A bomb exploded on January 4.",
            "A bomb exploded on 4 January 2024.",
            "A bomb exploded on Jan. 4.",
            "A bomb exploded on the 4th, police said.",
        ],
    ),
    # A day of the month later than the story's day is last month's.
    ((date(2023, 12, 28), 1), date(2024, 1, 5), "", ["Troops clashed with rebels on the 28th."]),
    (
        (date(2024, 1, 5), 1),
        date(2024, 1, 5),
        "",
        [
            "Police fired tear gas at students earlier today.",
            "A bomb exploded on Friday.",
            "Troops raided the camp this morning.",
        ],
    ),
    ((date(2023, 12, 30), 1), date(2024, 1, 2), "", ["Protesters blocked the road on December 30."]),
    ((date(2023, 12, 1), 3), date(2024, 1, 10), "", ["Rebels seized the town last month."]),
    ((date(2024, 1, 4), 2), date(2024, 1, 10), "", ["Troops clashed with rebels last week."]),
    ((date(2024, 1, 4), 1), date(2024, 1, 5), "BAGHDAD, Iraq, Jan 4: ", ["A drone strike hit a building."]),
    ((date(2024, 1, 1), 1), date(2024, 1, 5), "KABUL, Jan 4 (Reuters) - ", ["Gunmen attacked a checkpoint on Monday."]),
    (
        (date(2024, 1, 5), 1),
        date(2024, 1, 6),
        "",
        [
            "Police said on Saturday they had detained nine men in raids on Friday night.",
            "Crowds angry at a killing earlier this week burned cars in the city on Friday.",
            "The army announced on Saturday that Friday's attack on the base had been repelled.",
        ],
    ),
    ((date(2024, 1, 6), 1), date(2024, 1, 6), "", ["Police said on Saturday that five people had been killed."]),
    # A day on which a source spoke, put before the day of the act: the act's day.
    (
        (date(2024, 6, 9), 1),
        date(2024, 6, 11),
        "",
        [
            "On Monday, the commissioner revised the toll from Sunday's raid on the cattle camps down to 18.",
            "On Monday, a nurse at the district hospital, who did not want to be named, said the camp was attacked "
            "on Sunday.",
            "Herders reached by phone on Monday said about 25 people died when raiders stormed the camp on Sunday.",
            "The commissioner told a local radio station on Monday night that raiders had stormed the camp on Sunday.",
            # the day a toll rose, or a wounded victim died, is the count's day
            "The number of people killed when gunmen stormed the camp on Sunday rose to nine on Monday.",
            "A girl died on Monday in hospital, raising to seven the number killed when raiders stormed the camp "
            "on Sunday.",
        ],
    ),
    # ... but a fronted day whose clause tells an act, with its source at the end, is the act's day.
    (
        (date(2024, 6, 9), 1),
        date(2024, 6, 11),
        "",
        ["On Sunday, rebels briefly held the town of Tonj before pulling back into the bush, two residents said."],
    ),
    (
        (date(2023, 12, 1), 3),
        date(2024, 1, 10),
        "",
        ["Families of the guards killed in an ambush last month appealed for help on Tuesday."],
    ),
]
