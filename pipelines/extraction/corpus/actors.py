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
    (("Armed Separatists", None), ["Armed separatists kidnapped four nurses from a clinic on Monday, officials said."]),
    (("Riot Police", "Students"), ["Riot police opened fire on students marching to the ministry on Friday."]),
    (("Houthi Rebels", None), ["Two boys died when shells fired by Houthi rebels landed on a school."]),
    (("Russian", None), ["Russian cruise missiles struck a power plant overnight, the grid operator said."]),
    (("Herders", "Farmers"), ["Herders clashed with farmers over a water point near the town."]),
    (("Nigerien Army", None), ["The Nigerien army said on Monday that it had recaptured the border post."]),
    (
        ("Colombian Government", "National Liberation Army"),
        ["The Colombian government and the National Liberation Army (ELN) signed a ceasefire in Havana."],
    ),
    ((None, "Police"), ["A car bomb exploded outside a police station in the town, wounding three officers."]),
    (
        ("Supporters of former President Ahmed Kato", "Police"),
        ["Supporters of former President Ahmed Kato clashed with police outside the court on Friday."],
    ),
    (
        ("Kurdish-led Syrian Democratic Forces", "Arab Tribal Fighters"),
        ["Fighting between the Kurdish-led Syrian Democratic Forces and Arab tribal fighters killed nine people."],
    ),
    (("Jihadists", None), ["Dozens of militants killed in convoy ambush. Jihadists ambushed a supply convoy."]),
    # People after a verb are its object, not the agent of a later verb.
    ((None, None), ["The army said the raid targeted fighters who were planning attacks on the port."]),
    (("Armed Youths", None), ["Nine people died when armed youths raided a cattle camp at dawn."]),
]
