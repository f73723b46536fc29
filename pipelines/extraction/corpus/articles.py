"""Whole news articles (lede, body, background paragraphs) and the events an analyst would code from them.

Each entry: (published date, article text, expected events). An expected event is
(event_date, location, sub_event_type, fatalities, injuries); an empty list means the article reports no event.
The articles exercise discourse structure rather than single phrasings: background paragraphs with other figures,
dates said by a source versus the day of the event, a second incident introduced as separate, statistics reviews.
"""

from datetime import date

ExpectedEvent = tuple[date, str, str, int, int]

ARTICLES: list[tuple[date, str, list[ExpectedEvent]]] = [
    (
        date(2024, 3, 14),  # a Thursday
        "Bomb kills two guards in Peshawar; militants beaten back in Kohat\n"
        "PESHAWAR, Pakistan — A bomb hidden in a motorbike exploded next to a police checkpoint in Peshawar on "
        "Thursday morning, killing two guards and wounding three, officials said.\n"
        "In a separate incident late on Wednesday, gunmen attacked a police post on the edge of Kohat. Officers "
        "returned fire for an hour, killing one of the attackers, police said. Two officers were hurt.\n"
        "Last month, 17 soldiers were killed when a truck bomb hit a camp in the province.",
        [
            (date(2024, 3, 14), "Peshawar", "Remote explosive/landmine/IED", 2, 3),
            (date(2024, 3, 13), "Kohat", "Armed clash", 1, 2),
        ],
    ),
    (
        date(2024, 5, 21),  # a Tuesday
        "KHARTOUM, Sudan — Artillery shells hit a crowded bus station in Khartoum on Monday, killing six people and "
        "wounding 22, a volunteer medical group said.\n"
        "Most of the wounded were taken to the only hospital still working in the area, where doctors said supplies "
        "had run out.\n"
        "The war, which broke out last year, has killed more than 15,000 people and forced millions from their "
        "homes. Last week a similar strike on a market in the city left 30 dead.\n"
        "Both sides deny targeting civilians.",
        [(date(2024, 5, 20), "Khartoum", "Shelling/artillery/missile attack", 6, 22)],
    ),
    (
        date(2024, 2, 10),  # a Saturday
        "Police arrest seven after raids in Mombasa\n"
        "MOMBASA, Kenya — Police said on Saturday they had arrested seven people in overnight raids in Mombasa on "
        "Friday, accusing them of recruiting for an armed group.\n"
        "Relatives said the men were traders. Rights groups have long accused the police of abducting young men in "
        "the city, a charge the police deny.\n"
        "Three soldiers were killed by a roadside bomb near the Somali border last month.",
        [(date(2024, 2, 9), "Mombasa", "Arrests", 0, 0)],
    ),
    (
        date(2024, 4, 11),  # a Thursday
        "LIMA, Peru — Police fired tear gas and used batons on Wednesday to break up a sit-in by miners outside "
        "the energy ministry in Lima, injuring at least six protesters and two officers, organisers said.\n"
        "The miners, who have camped in the capital since February, are demanding that the government withdraw a "
        "new licensing law. Police said 14 people were detained and later released.\n"
        "Rights groups have accused the security forces of abducting union leaders in mining regions.",
        [(date(2024, 4, 10), "Lima", "Protest with intervention", 0, 8)],
    ),
    (
        date(2024, 3, 5),  # a Tuesday
        "ODESA, Ukraine — Russian missiles hit a port warehouse and a block of flats in Odesa on Tuesday, killing "
        "three people and injuring 11, the regional governor said, as Moscow kept up its air attacks on the south.\n"
        "Two of the injured were in a serious condition. Officials in a neighbouring region reported no casualties "
        "from drones shot down overnight.\n"
        "A strike on the city on Saturday killed 12 people, most of them in a single apartment block.",
        [(date(2024, 3, 5), "Odesa", "Shelling/artillery/missile attack", 3, 11)],
    ),
    (
        date(2024, 1, 15),
        "The year in figures: violence across the region\n"
        "Conflict deaths in the region reached a record in 2023, according to a report published on Monday, with "
        "more than 6,000 people killed in the north alone.\n"
        "The number of attacks on civilians rose by 25 percent compared with 2022. Monitors recorded more than "
        "900 bombings over the year.\n"
        "The number of people killed in the second half of the year was twice that of the first, as armed groups "
        "stepped up attacks in border districts.",
        [],
    ),
    (
        date(2024, 6, 5),
        "Finance minister quits as shares tumble\n"
        "The finance minister resigned on Wednesday after the budget was voted down, and the main index fell 4 "
        "percent in what one broker called a bloodbath for lenders.\n"
        "Opposition leaders said the government had killed any hope of relief for families, and two more ministers "
        "are expected to leave the cabinet.",
        [],
    ),
]
