"""Event sentences and the ACLED (event_type, sub_event_type) they must be coded as."""

EVENT_TYPES: list[tuple[tuple[str, str], list[str]]] = [
    (
        ("Explosions/Remote violence", "Air/drone strike"),
        [
            "A drone strike on a militia building killed four fighters.",
            "Warplanes bombed a rebel camp, killing twelve.",
            "An airstrike hit the convoy near the border.",
        ],
    ),
    (
        ("Explosions/Remote violence", "Suicide bomb"),
        [
            "A suicide bomber blew himself up at a police checkpoint.",
            "A suicide car bomb struck the army base, killing nine soldiers.",
        ],
    ),
    (
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        [
            "A roadside bomb hit a patrol vehicle.",
            "An IED exploded under a minibus.",
            "A landmine killed two herders.",
            "A car bomb went off outside the ministry.",
        ],
    ),
    (
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        [
            "Artillery shelling hit residential areas overnight.",
            "Mortar rounds landed in the market.",
            "Militants fired rockets at the airport.",
        ],
    ),
    (("Explosions/Remote violence", "Grenade"), ["An attacker threw a grenade into the crowded bar."]),
    (
        ("Violence against civilians", "Attack"),
        [
            "Gunmen opened fire on worshippers leaving the church.",
            "Unknown attackers stabbed a journalist outside his home.",
        ],
    ),
    (
        ("Violence against civilians", "Abduction/forced disappearance"),
        [
            "Bandits kidnapped 20 travellers on the highway.",
            "Armed men abducted a local chief.",
        ],
    ),
    (
        ("Battles", "Armed clash"),
        [
            "Soldiers clashed with rebels near the river.",
            "Militants ambushed an army convoy, killing six soldiers.",
            "Fighting between two armed factions left 9 dead.",
        ],
    ),
    (("Protests", "Peaceful protest"), ["Thousands of teachers held a protest over unpaid wages."]),
    (("Protests", "Protest with intervention"), ["Police fired tear gas to disperse the protest."]),
    (("Protests", "Excessive force against protesters"), ["Security forces opened fire on protesters, killing three."]),
    (("Riots", "Violent demonstration"), ["Rioters torched shops after the verdict."]),
    (("Riots", "Mob violence"), ["A mob lynched a suspected thief."]),
    (("Strategic developments", "Arrests"), ["Police arrested five suspected militants in a dawn raid."]),
]

NOT_EVENTS: list[str] = [
    "The central bank raised interest rates by half a point.",
    "The home team won the cup final on penalties.",
]
