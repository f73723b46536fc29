"""Event texts and the (actor1, actor2) they must give; None where the text names nobody."""

ACTORS: list[tuple[tuple[str | None, str | None], list[str]]] = [
    (
        ("Islamic State", None),
        [
            "Islamic State claimed responsibility for the bombing.",
            "The Islamic State has claimed responsibility for the attack on the market.",
            "Responsibility for the attack was claimed by Islamic State.",
        ],
    ),
    (
        ("US-led Coalition", None),
        [
            "Iraqi officials blamed the strike on the US-led coalition.",
            "The authorities attribute the attack to the US-led coalition.",
            "A statement held the US-led coalition responsible for the strike.",
        ],
    ),
    (("Al-Shabaab", None), ["The attack was carried out by Al-Shabaab, officials said."]),
    (
        (None, None),
        [
            "A bomb exploded in the market, killing three people.",
            "No group claimed responsibility for the blast.",
        ],
    ),
]
