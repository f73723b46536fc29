"""Datelines as wire services and local sites write them, with what they must give.

Each entry: ((city, country, month, day, year, resolved date for a page collected on REFERENCE), [openings]).
"""

from datetime import date

REFERENCE = date(2024, 1, 5)

DATELINES: list[tuple[tuple, list[str]]] = [
    # the Mexican press's ".-" after the date
    (("Torreón", "Coahuila", 1, 4, 2024, date(2024, 1, 4)), [
        "TORREÓN, Coahuila, Jan. 4, 2024.- Gunmen attacked a bar.",
    ]),
    # a filing day without a city
    ((None, None, 1, 4, None, date(2024, 1, 4)), [
        "Jan. 4 — Gunmen attacked a bar.",
        "4 January — Gunmen attacked a bar.",
    ]),
    (("Baghdad", "Iraq", 1, 4, None, date(2024, 1, 4)), [
        "BAGHDAD, Iraq, Jan 4: A drone strike hit a building.",
        "BAGHDAD, Iraq, Jan. 4 — A drone strike hit a building.",
        "BAGHDAD, Iraq, January 4 - A drone strike hit a building.",
    ]),
    (("Mogadishu", None, 12, 30, None, date(2023, 12, 30)), [
        "MOGADISHU, Dec 30 (Reuters) - Militants stormed a hotel.",
        "MOGADISHU, December 30th: Militants stormed a hotel.",
        "MOGADISHU/NAIROBI, Dec 30 (Reuters) - Militants stormed a hotel.",
        "MOGADISHU / NAIROBI, Dec 30 - Militants stormed a hotel.",
        "(Translated from Somali) MOGADISHU, Dec 30 - Militants stormed a hotel.",
    ]),
    (("Lagos", "Nigeria", 12, 28, 2023, date(2023, 12, 28)), [
        "Lagos, Nigeria, Dec. 28, 2023 - Police fired tear gas.",
        "LAGOS, Nigeria, 28 December 2023: Police fired tear gas.",
        "LAGOS, Nigeria (Dec. 28, 2023) — Police fired tear gas.",
    ]),
    (("Kabul", "Afghanistan", None, None, None, None), [
        "KABUL, Afghanistan (AP) — A bomb exploded near a mosque.",
        "KABUL, Afghanistan — A bomb exploded near a mosque.",
    ]),
    (("Kirkuk", None, None, None, None, None), [
        "Kirkuk (AFP) - Gunmen opened fire on a checkpoint.",
        "KIRKUK: Gunmen opened fire on a checkpoint.",
    ]),
    (("New York", None, 1, 3, None, date(2024, 1, 3)), ["NEW YORK, Jan 3 (Reuters) - Protesters marched downtown."]),
    # letters of Latin Extended-A in a city in capitals
    (("Čačak", "Serbia", 1, 3, None, date(2024, 1, 3)), ["ČAČAK, Serbia, Jan 3 (Beta) - Students marched in silence."]),
]

# Openings that merely look like datelines: a capitalised word and a colon or dash is not enough.
NOT_DATELINES: list[str] = [
    "Police said: three people were hurt.",
    "The attack - which killed two - was condemned.",
    "Witnesses told reporters the blast shook the street.",
    "US: officials deny involvement.",
    "READ ALSO: Kaduna govt imposes curfew on communities",  # a link to another story
]
