"""Event sentences and the ACLED (event_type, sub_event_type) they must be coded as."""

EVENT_TYPES: list[tuple[tuple[str, str], list[str]]] = [
    (
        # an attack "attributed to" militiamen is theirs, not one on them; bodies found with signs of torture
        ("Violence against civilians", "Attack"),
        [
            # an ambush on people who are not armed: an attack, not a battle
            "The next day, a group of traders and their passengers were ambushed on the road to the market.",
            "Seven villagers were killed in an attack attributed to CODECO militiamen in the night.",
            "The bodies of six men with signs of torture were found dumped by a road.",
        ],
    ),
    (
        # Pakistan's army on its raids that met resistance; grenades thrown before the target returned fire
        ("Battles", "Armed clash"),
        [
            # residents who fled are no mob: the soldiers fought
            "Residents fled after soldiers killed three suspected militants.",
            "Security forces conducted an intelligence-based operation in the district on the presence of militants.",
            "The militants opened fire with machine guns and threw hand grenades at the post near the village before "
            "soldiers returned fire.",
        ],
    ),
    (
        # an air force's jets
        ("Explosions/Remote violence", "Air/drone strike"),
        ["Air force jets and helicopters struck hideouts in the forest, a spokesman said."],
    ),
    (
        # petrol bombs thrown by youths clashing with police are a riot, not an explosive attack
        ("Riots", "Violent demonstration"),
        [
            "Youths burned a dozen cars in the estate overnight in clashes with police after a boy died in a crash.",
            "Crowds threw stones and petrol bombs at officers outside the town hall.",
            "Officers came under attack from petrol bombs and masonry during disorder on an estate in the city.",
        ],
    ),
    (
        # troops engaging fighters; grenades thrown alongside rifles in an assault on a post
        ("Battles", "Armed clash"),
        [
            "On Friday, troops engaged a group of rebel fighters in the hills above the village.",
            "Militants attacked the police station from three sides, using hand grenades and automatic weapons.",
            "Gunmen stormed the detachment in the town before dawn.",
        ],
    ),
    (
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        # a device that "went off"
        ["The patrol was passing the school when the device, which had been buried under the road, went off."],
    ),
    (
        # explosives dropped from drones or aircraft are an air or drone strike
        ("Explosions/Remote violence", "Air/drone strike"),
        [
            "Two bombs were dropped from a jet onto the school, a teacher said.",
            "A Russian drone slammed into a house in the village late on Tuesday, killing two people.",
            "Rebels dropped grenades from small drones onto the army post, wounding four soldiers.",
            "Explosive-laden drones struck the police barracks before dawn.",
        ],
    ),
    (
        # a haul of explosives is no blast; arrests over a bombing are the arrests
        ("Strategic developments", "Arrests"),
        [
            "Police arrested three men in the market. Two pistols, a hand grenade and cash were seized from them.",
            "Soldiers detained four men in the raid, and rifles, explosive vests and radios were seized.",
            "Police arrested three men in a raid, and explosives and two pistols were recovered from the house.",
            "Police arrest five suspects over market bombing",
        ],
    ),
    (
        # tear gas shells are crowd control
        ("Protests", "Protest with intervention"),
        ["Police fired tear gas shells to break up the protest outside the governor's office."],
    ),
    (
        ("Violence against civilians", "Attack"),
        [
            # "Protestant" is no protest; armed men in the clause after "killed when" are the agents
            "Nine villagers were killed when gang members attacked the farming settlement at dawn.",
            "Gunmen stormed the village on Sunday, killing a Protestant pastor and two farmers, the mayor said.",
            "Gunmen killed a shopkeeper in the market, and no arrests had been made by evening.",
        ],
    ),
    (
        # an IED that opens a gunfight with soldiers or police (a complex attack) is coded as the battle
        ("Battles", "Armed clash"),
        [
            "An army patrol was hit by an improvised explosive device and then came under fire from militants hiding "
            "in the maize fields.",
            "Police said the convoy was the target of a complex attack with roadside bombs and rifles, and officers "
            "returned fire for an hour.",
            # the sound of a battle is no bomb attack
            "Heavy gunfire and explosions were heard across the city as rival militias fought for the port.",
            # one army firing on the other's positions across a border
            "The defence ministry said enemy troops opened fire on its combat positions near the border village.",
            # armed targets that "came under fire"
            "The convoy, which was carrying fuel to troops stationed in the area, came under fire near the town.",
        ],
    ),
    (
        # without an exchange of fire the bomb decides
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ["A roadside bomb tore through a police van on the highway, killing three officers."],
    ),
    (
        ("Strategic developments", "Agreement"),
        [
            "The two militias signed a truce in the presence of tribal elders on Sunday.",
            "Negotiators reached a ceasefire deal after three days of talks in the capital.",
            "A ceasefire brokered by the neighbours took effect at midnight.",
        ],
    ),
    (
        ("Strategic developments", "Disrupted weapons use"),
        [
            "Army engineers defused a roadside bomb planted near the bridge.",
            "Air defences shot down six drones heading for the refinery overnight.",
            "Two explosive devices were safely dismantled outside the stadium.",
        ],
    ),
    (
        ("Protests", "Protest with intervention"),
        ["Riot police used tear gas and water cannon to disperse students marching on the ministry."],
    ),
    (
        ("Explosions/Remote violence", "Air/drone strike"),
        [
            "A drone strike on a militia building killed four fighters.",
            "Warplanes bombed a rebel camp, killing twelve.",
            "An airstrike hit the convoy near the border.",
            "Three glide bombs dropped by enemy aircraft struck a shopping centre in the afternoon.",
            "A guided aerial bomb hit an apartment block, killing seven residents.",
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
            # a single shell
            "A shell slammed into the market on Monday, killing four traders.",
            "Three children died when a mortar shell hit their school.",
            "Artillery shelling hit residential areas overnight.",
            "Mortar rounds landed in the market.",
            "Militants fired rockets at the airport.",
            "A missile strike on the city centre killed two people.",
            "Cruise missiles slammed into an apartment block.",
        ],
    ),
    (("Explosions/Remote violence", "Grenade"), ["An attacker threw a grenade into the crowded bar."]),
    (
        ("Violence against civilians", "Attack"),
        [
            "Gunmen opened fire on worshippers leaving the church.",
            "Unknown attackers stabbed a journalist outside his home.",
            "Fighters from a local militia attacked a camp for displaced families, killing fourteen people.",
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
            "Rebels attacked a police station with rifles and home-made explosives, killing two officers.",
            "Fighting broke out between the rebels and army troops outside the town.",
            "Heavy fighting raged near the port on Monday.",
            "Soldiers shot dead four suspected gang members during a raid on their hideout.",
        ],
    ),
    (
        ("Protests", "Peaceful protest"),
        [
            "Thousands of teachers held a protest over unpaid wages.",
            "Several thousand nurses demonstrated outside parliament over unpaid wages. No arrests were reported.",
            "Farmers marched through the capital against fuel prices; no injuries or arrests were reported.",
            "Students demonstrated in the main square on Friday, and nobody was detained.",
        ],
    ),
    (("Protests", "Protest with intervention"), ["Police fired tear gas to disperse the protest."]),
    (
        ("Protests", "Excessive force against protesters"),
        [
            "Security forces opened fire on protesters, killing three.",
            "Troops opened fire to disperse people protesting against power cuts, killing one protester.",
            "A protester was shot dead as police broke up the rally.",
        ],
    ),
    (
        ("Riots", "Violent demonstration"),
        [
            "Rioters torched shops after the verdict.",
            "Crowds protesting the arrest of a local leader set fire to two buses and hurled stones at police.",
        ],
    ),
    (
        ("Riots", "Mob violence"),
        [
            "A mob lynched a suspected thief.",
            "A mob beat to death a man suspected of trying to kidnap a child.",
            "Residents of the district killed three men they accused of extortion, beating them and burning them.",
            "Villagers stoned to death two suspected cattle thieves on Sunday.",
            # rival party supporters fighting each other, not the police
            "One man was killed in a clash between two factions of the ruling party over a bus stand.",
            "Supporters of the two candidates clashed with sticks and machetes outside the polling station.",
        ],
    ),
    (
        # South Asian usage: an "encounter" or "gunfight" between security forces and militants
        ("Battles", "Armed clash"),
        [
            "Three Maoists were killed in an encounter with security forces in the forest on Tuesday.",
            "A village volunteer was killed in a gunfight between armed groups in the foothills.",
        ],
    ),
    (("Strategic developments", "Arrests"), ["Police arrested five suspected militants in a dawn raid."]),
    # Stun and tear-gas grenades break up a crowd; they do not make the event a grenade attack.
    (
        ("Protests", "Protest with intervention"),
        ["Police used tear gas and stun grenades to disperse protesters outside the ministry."],
    ),
    (
        ("Protests", "Excessive force against protesters"),
        ["Troops opened fire on villagers protesting against the dam, killing two."],
    ),
    (
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ["Rebels dynamited a rail bridge north of the town."],
    ),
    (
        ("Violence against civilians", "Attack"),
        ["Militants behead a farmer they accuse of spying.", "A shopkeeper was martyred by unknown assailants."],
    ),
    (
        ("Strategic developments", "Looting/property destruction"),
        ["Separatists torched a secondary school in the town.", "Armed men set fire to a primary school at night."],
    ),
]

NOT_EVENTS: list[str] = [
    "A fisherman fled by boat to the island of Ibo.",  # a place, not the army's "IBO"
    "The central bank raised interest rates by half a point.",
    "The home team won the cup final on penalties.",
    "Critics said the decision had killed any hope of a deal.",
    "One trader called the sell-off a bloodbath for bank shares.",
    "A baker has reopened in the shell of his old shop on the square.",
    "The talks ended without agreement on a ceasefire, and both sides will meet again next month.",
]
