"""Sentences or short reports and the casualty counts they state: {kind: best} (kinds not listed must be absent)."""

CASUALTIES: list[tuple[dict[str, int], list[str]]] = [
    # "the two surviving injured officers": the wounded left, who replace the first count
    ({"killed": 3, "wounded": 2}, [
        "Three policemen were killed and three others were injured in the blast. The two surviving injured officers "
        "were airlifted to the capital.",
    ]),
    # the wounded of whom one, set off by an appositive, later died: he is dead, not wounded
    ({"killed": 1, "wounded": 11}, [
        "Twelve people were wounded when police opened fire on the crowd late on Monday, and one of them, a "
        "17-year-old, later died of a gunshot wound, the health office said.",
    ]),
    # a side's dead who "fell with arms in hand"; the militants an army "sent to hell"; a named soldier of a given age
    # who "embraced shahadat" is one man
    ({"killed": 3, "wounded": 5}, [
        "On our side, three volunteers fell with arms in hand and five others were wounded.",
    ]),
    ({"killed": 6}, ["\"As a result, six terrorists were sent to hell,\" the statement said."]),
    ({"killed": 1}, [
        "Lance Naik Tariq Mehmood, 29, embraced shahadat during the exchange of fire, the military said.",
        "Okafor, 52, was killed on his way home from the market.",
    ]),
    # the bodies of a number of people found are the dead; a witness who "saw the bodies of" some saw only some
    ({"killed": 4}, ["The bodies of four men with gunshot wounds were found in a ravine outside the town."]),
    ({}, ["A neighbour said she saw the bodies of two men in the road as she fled."]),
    # a toll lowered "from" the incident "to" a new figure, the incident named at length between the two
    ({"killed": 7}, [
        "Officials on Friday lowered the death toll from Wednesday's missile strike on the town's bus station to "
        "seven, from the ten reported earlier.",
    ]),
    # a death of illness is no casualty of violence
    ({}, ["Mourners had gathered for a man who had died of illness on Friday."]),
    # "killed and another injured" after a verb of many words ("paid the supreme price"): one more, wounded
    ({"killed": 2, "wounded": 1}, ["Two soldiers paid the supreme price and one other was injured, the army said."]),
    ({"killed": 1, "wounded": 1}, ["A farmer was beaten to death and another badly injured by a mob in the market."]),
    ({"killed": 1}, ["A man accused of theft was beaten and burned to death by a crowd in the square."]),
    # "kills at least 9, hundreds flee": the next clause's subject is no victim
    ({"killed": 9}, ["Militia raid on village kills at least 9, hundreds flee"]),
    # a headline's "no one hurt"
    ({"killed": 0, "wounded": 0}, ["'Lucky escape' as no one hurt in blast at border crossing"]),
    # "two people, a vendor and a farmer": the two, then who they were; the dead one "who was struck by a stray
    # bullet" is no wounded; a toll an agency "had put" earlier yields to the later one
    ({"killed": 2, "wounded": 6}, [
        "Shells hit the bus station on Sunday, killing two people, a driver and a porter, and wounding six.",
    ]),
    ({"killed": 4, "wounded": 3}, [
        "Four people had died, among them a girl, who was struck by a stray bullet in her bedroom, and three others "
        "were wounded, the ministry said on Tuesday.",
    ]),
    ({"killed": 4, "wounded": 11}, [
        "On Monday night the ambulance service had put the toll at two dead and seven wounded. On Tuesday the "
        "ministry said four people had died and 11 had been wounded.",
    ]),
    # "her two children" counts two
    ({"killed": 4}, ["The shell killed a farmer and his three daughters in their yard on Monday, medics said."]),
    # a toll "revised down to N" told before what it counts replaces the earlier, higher figures, even those quoted
    # after it
    ({"killed": 11}, [
        "Officials on Friday revised down to 11 the number of people killed in the raid. The mayor had told a radio "
        "station on Thursday that more than 20 residents were killed.",
    ]),
    # a member "of the" group is one person; weapons with a word before them are no captives
    ({"killed": 2}, ["The strike killed a member of the village defence militia and his young nephew."]),
    ({"arrested": 3}, ["Police arrested three men and seized two unlicensed pistols and a car."]),
    # a victim's age set off by commas after the name is one victim, not a count; "two of the attackers" after the
    # forces' dead
    # dead adds the other side rather than picking out some of them
    ({"killed": 1}, ["Moreno, 52, who ran a community radio station, was shot dead outside his house."]),
    ({"killed": 6}, ["Four guards and two of the attackers were killed in the gunfight, the ministry said."]),
    # the dead a side lost are no part of the wounded counted after them
    ({"killed": 4, "wounded": 9}, ['"We lost four men and nine others were wounded," the captain said.']),
    # a further body found is the toll, one more; a second single victim joined by "and a" is another person
    ({"killed": 4}, [
        "The raid left three villagers dead, police said. Hours later officers said a fourth body had been found in a "
        "ditch behind the houses.",
    ]),
    ({"wounded": 2}, [
        "A soldier was shot in the shoulder and a shopkeeper was hit by a stray bullet in her doorway.",
    ]),
    ({}, ["Among the dead were two fishermen hit by stray bullets, a relative said."]),
    # the wounded who "remain admitted"
    ({"wounded": 3}, ["Three other marchers remain admitted at the county hospital, its director said."]),
    # "one of them seriously" after the victims is one of them, not one more
    ({"wounded": 4}, ["A rocket hit a depot at dawn on Friday, wounding four workers, one of them seriously."]),
    ({"killed": 6}, ["The raiders shot dead six villagers, two of them teenagers, the mayor said."]),
    # "the number had risen to": the toll named just before, updated
    ({"killed": 9}, [
        "The shelling killed at least six villagers, medics said. By nightfall the medics said the number had risen "
        "to nine, after three more died in hospital.",
    ]),
    # a side's losses in two groups, both added to the enemy dead; a headline's toll holding both sides
    ({"killed": 30}, [
        "The garrison held, the ministry said, losing six gendarmes and four volunteer fighters while killing 20 "
        "attackers.",
        "Thirty dead as gendarmes beat off raid on border post\nNIAMEY, March 3 (Reuters) - The garrison held, the "
        "ministry said, losing six gendarmes and four volunteer fighters while killing 20 attackers.",
    ]),
    # "many more deaths" is a comparison, no count; a figure superseded by the story ("initially reported") yields
    ({}, ["Many more child deaths go unrecorded, the agency's representative told reporters."]),
    ({"killed": 9}, [
        "Six gunmen and three policemen were killed in the shootout. The ministry initially reported that four "
        "gunmen had died.",
    ]),
    # a toll put as the number of civilians killed; a long name between two coordinated counts
    ({"killed": 12}, ["The number of civilians killed in the raid had risen to 12 by Monday, an official said."]),
    ({"killed": 15}, [
        "Nine members of the Civilian Joint Task Force (CJTF) and six soldiers were killed.",
    ]),
    # an earlier count is a figure, not a person
    ({"killed": 4}, ["Four gunmen were killed, police said, after prosecutors lowered an earlier count of dead."]),
    # a count of bodies is no part of the wounded counted beside it; nor are the bodies taken to hospital
    ({"killed": 9, "wounded": 30}, [
        "The clinic said it had taken in nine bodies and more than 30 injured people after the shelling.",
    ]),
    ({"killed": 6}, ["Six bodies had been taken to hospital by nightfall, a nurse said."]),
    # "two wounded guards died": the dead, not the wounded; "three of the wounded had died" keeps the wounded
    ({"killed": 5}, ["The toll rose to five on Friday after two wounded guards died in the capital."]),
    ({"killed": 7, "wounded": 12}, [
        "A nurse said two of the more than 12 wounded had died overnight, taking the toll to seven.",
    ]),
    # a side's own losses in its own words, and a verb of dying before "N others"
    ({"killed": 2, "wounded": 3}, [
        '"We have lost two of our colleagues, and three others who were hurt are in hospital," the commander said.',
        "Two rangers lost their lives and three others were wounded, the park service said.",
    ]),
    # a description set off by commas between the count and its verb
    ({"killed": 3, "wounded": 2}, [
        "In a separate incident, three members of the Village Guard (VG), the army's civilian auxiliaries, were killed "
        "and two wounded on Monday.",
    ]),
    # the dead counted apart from the bombers are the victims
    ({"killed": 7}, ["Police said five people besides the two bombers were killed at the market."]),
    # the wounded itemised after their count are the same people
    ({"wounded": 4}, ["Four other farmers were injured, two hit by stones and two beaten with sticks."]),
    # a toll put later replaces the first one; another source's figure further down does not replace the first
    ({"killed": 11}, ["Officials first said four people died in the fire. The governor later put the toll at 11."]),
    ({"killed": 2, "wounded": 6}, [
        "Two people were killed and six injured, police said. A doctor at the main hospital said nine people were "
        "wounded.",
    ]),
    # Figures of a date are no count: "On 12 June 2022 fighters killed ..." is no toll of 2022
    ({}, [
        "KASESE, 12 June 2022 (Radio Kyondo) - Armed men killed villagers with knives in a night raid on the hamlet.",
        "On 12 June 2022 fighters killed villagers in the hills above the town, the mayor said.",
    ]),
    ({"killed": 6}, ["On 3 March 6 people were killed when gunmen fired on a minibus."]),
    # the wounded left after some of them died replace the first count
    ({"killed": 4, "wounded": 3}, [
        "Three guards were killed and four others injured when the bomb went off. One of the injured died on "
        "Wednesday, raising the toll to four. The three remaining injured are stable, doctors said.",
    ]),
    # victims named before a pronoun ("beating them to death"), a single one ("shot him dead", "shot the guard dead")
    ({"killed": 3}, ["Villagers caught three traders near the river, beating them to death."]),
    ({"abducted": 4, "killed": 4}, ["The gang seized four farmers on the road and later killed them."]),
    ({"killed": 1}, [
        "Bandits stopped the lorry at a roadblock, shot the driver dead and stole the cargo.",
        "A crowd caught the suspected thief and beat him to death.",
    ]),
    ({}, ["Raiders burned two trucks and then looted them."]),
    # another blow dated from this one has deaths of its own
    ({"wounded": 3}, [
        "Three soldiers were wounded by a mine near the bridge on Friday, a day before a teacher was shot dead in "
        "the next district, officials said.",
    ]),
    # an earlier blow named in passing
    ({"arrested": 5}, [
        "Police said they had detained five men in connection with last month's bombing of a bus station that "
        "killed eleven people.",
    ]),
    ({}, ["Mourners gathered in the capital for the policemen killed last month in the ambush."]),
    ({"wounded": 40}, ["The ministry said more than 40 people were still being treated at the city's hospitals."]),
    # "another" beside the dead, not more wounded: the same 23
    ({"killed": 9, "wounded": 23}, [
        "Nine people were killed and 23 wounded in the clashes. Another 23 people had been admitted to hospital, the "
        "centre said.",
    ]),
    # The count before a relative clause ("who were walking nearby") is the subject's.
    ({"wounded": 2}, ["Two boys who were herding goats near the road were wounded by the blast."]),
    ({"killed": 1}, ["A police constable lost his life in the ambush on the highway."]),
    # army statements' "fell with honour"; "wounded another"; a noun that qualifies the person ("motorcycle taxi
    # driver"); a single wound sustained or suffered
    ({"killed": 8, "wounded": 6}, [
        "\"Eight of our soldiers fell with honour and six others were wounded,\" the army said.",
    ]),
    ({"killed": 12}, [
        "\"Five of our men fell with their weapons in hand and seven assailants were neutralised,\" he said.",
        "Five gendarmes fell on the field of honour and seven assailants were neutralised, the ministry said.",
    ]),
    ({"killed": 1, "wounded": 1}, [
        "Rebels shot dead a motorcycle taxi driver and wounded another near the market on Monday, police said.",
    ]),
    ({"wounded": 1}, ["One constable sustained a bullet injury in his leg and was flown to the capital."]),
    ({"wounded": 2}, ["Two other guards suffered injuries and were taken to the district hospital."]),
    # The forces' dead, then the armed side's in a clause of its own: both counted, even when the attackers' dead
    # are told again below.
    ({"killed": 7}, [
        "Three soldiers were killed and four insurgents died when the convoy was ambushed. The army said four of "
        "the attackers were killed in the fighting.",
        "Three policemen were martyred and four militants killed when the post was attacked.",
    ]),
    # A commander's own dead: "of our fighters fell" (not "of our shells fell short")
    ({"killed": 4}, ["\"At least four of our fighters fell on Friday,\" a militia commander said by telephone."]),
    ({}, ["Three of our shells fell short of the target, the officer admitted."]),
    # "paid the supreme price"; the enemy an army "neutralised" is added to its own dead
    ({"killed": 8}, [
        "\"Our men neutralised three of them, but five of our officers paid the supreme price,\" the spokesman said.",
    ]),
    # The source's words after a vague count are not more victims, and a figure the source would not give is none.
    ({"killed": 10}, [
        "A drone hit the street on Friday, killing several people, according to residents and a nurse.",
    ]),
    ({}, ["A nurse at the clinic said it had received both dead and wounded but would not give figures."]),
    # The wounded told by their care or their wound: "treated at ... for injuries", "escaped with injuries",
    # "shot in the leg", "taken to the ... referral hospital", and "another injured" after one killed.
    ({"wounded": 4}, [
        "Four vendors were treated at the provincial referral hospital for cuts and minor injuries, a nurse said.",
    ]),
    ({"wounded": 2}, ["Two farmers managed to escape with injuries and reached the clinic at dawn."]),
    ({"killed": 0, "wounded": 2}, ["Nobody died, but two boys who ran were shot in the leg, the chief said."]),
    ({"wounded": 3}, ["Three women were taken to the Bunia general referral hospital after the raid."]),
    ({"killed": 1, "wounded": 1}, ["A herder was killed and another injured when their cart struck a mine."]),
    # A fatal wound is a death, for a named soldier too.
    ({"killed": 1}, ["Border guard Levon Sargsyan sustained a fatal gunshot wound, the ministry said."]),
    ({"killed": 2}, ["Two firefighters suffered fatal injuries when the roof collapsed."]),
    # Ages are no count ("aged between 18 and 35"); those who buried the dead count them.
    ({"killed": 4}, ["Four men aged between 18 and 35 died at the scene."]),
    ({"killed": 3, "wounded": 2}, ["Three workers aged 20 to 25 were shot dead and two others wounded."]),
    ({"killed": 9}, ["\"We buried nine people on Friday, among them two children,\" a village elder said."]),
    # "A second ... has died": the toll is now the ordinal, not one more death
    ({"killed": 3}, [
        "Two farmers were shot dead at the well on Friday. A third man has died of his wounds, his family said.",
        "Two farmers were shot dead at the well on Friday. A third villager died in hospital overnight.",
    ]),
    # the other side's dead told as "two of the militants": added to the soldiers killed
    ({"killed": 5, "wounded": 2}, [
        "Three soldiers were killed and two wounded when militants attacked the post. \"Our men fought for an hour, "
        "and two of the militants were killed,\" the commander said.",
    ]),
    ({"wounded": 2}, ["Two guards sustained minor injuries when the gate was rammed."]),
    # Coordinated subjects with a longer first noun phrase, and a first count that has a verb of its own.
    ({"killed": 11}, ["Four soldiers of the national army and seven rebel fighters were killed in the battle."]),
    ({"killed": 1, "wounded": 8}, [
        "A 19-year-old man was stabbed to death and eight people were injured in the brawl.",
    ]),
    # The subject before a name set off by commas.
    ({"killed": 1}, ["A villager said that one farmer, Ibrahim Garba Sule, was shot dead in front of his house."]),
    ({"wounded": 1}, ["The district chairman, Haruna Bako, was hurt when the convoy came under fire."]),
    # A side's claim gives way to a figure the report states as fact.
    ({"killed": 1}, [
        "One policeman was killed in the exchange. The rebels claimed on Friday that their fighters had killed "
        "seven policemen.",
    ]),
    # "another" as the next clause's subject is a second victim of the same blow, not a further blow.
    ({"killed": 1, "wounded": 1}, [
        "A trader was beaten to death and another badly injured by a crowd at the bus park.",
    ]),
    # "was also killed" after a semicolon adds the attackers' side to the victims'.
    ({"killed": 3, "wounded": 2}, [
        "The raid on the ranger post killed two rangers and wounded another two; one poacher was also killed.",
    ]),
    # A toll told through a long clause before its verb.
    ({"killed": 9}, [
        "The number of people killed when armed men opened fire on worshippers leaving an evening service in the "
        "town rose to nine on Friday.",
    ]),
    # The wounded told by where they still are.
    ({"wounded": 4}, ["Four other people remain in hospital with burns, the health office said."]),
    ({"wounded": 6}, ["Six police officers are still under treatment at the district hospital."]),
    # A vague figure restates a count given elsewhere; it does not outbid it.
    ({"wounded": 5}, [
        "The march ended in the evening. Five protesters were taken to hospital on Friday. Witnesses said some "
        "had been beaten by police.",
    ]),
    (
        {"killed": 4, "wounded": 6},
        [
            "A drone strike on the depot resulted in the death of four guards, with six others wounded.",
            "Four guards were killed and six were wounded when the depot was hit.",
            "The strike killed four guards and wounded six others.",
            "The raid left 4 dead and 6 injured.",
            "Four people died and six were hurt in the attack.",
        ],
    ),
    (
        {"killed": 5},
        [
            "Two soldiers and three civilians were killed in the ambush.",
            "Gunmen shot dead two soldiers and three civilians at the market.",
            "The blast claimed five lives.",
            "The explosion claimed the lives of five passers-by.",
            "Five deaths were confirmed by the hospital.",
        ],
    ),
    (
        {"killed": 1},
        [
            "A soldier was killed when his patrol came under fire.",
            "A man was shot dead outside the mosque.",
            "The district governor was assassinated on his way to work.",
            "Gunmen killed a teacher in the village.",
        ],
    ),
    (
        {"killed": 7},
        [
            "A suicide bomber blew up a car at the gate, killing himself and six guards.",
            "Six guards were killed at the gate. The bomber also died.",
        ],
    ),
    (
        {"killed": 12},
        [
            "Eight people were killed in the shelling. The death toll later rose to 12.",
            "At least eight died in the shelling; by evening the toll had climbed to 12.",
        ],
    ),
    (
        {"killed": 3, "wounded": 9},
        [
            "Three people were killed and nine wounded. Officials said the three dead were all farmers.",
            "3 killed, 9 injured in market blast. The blast killed three people and injured nine, police said.",
        ],
    ),
    (
        {"killed": 0, "wounded": 0},
        [
            "A bomb went off near the court building but no casualties were reported.",
            "Nobody was hurt when the grenade exploded.",
        ],
    ),
    (
        {"killed": 0, "wounded": 14},
        [
            "The blast wounded 14 people but caused no deaths.",
            "Fourteen people were injured; no one was killed.",
        ],
    ),
    (
        {"killed": 10},
        [
            "Several villagers were killed when the militia attacked.",
            "Militants were killed in the air raid, the army said.",
        ],
    ),
    (
        {"killed": 12},
        [
            "Dozens of people were killed in the fighting.",
        ],
    ),
    ({"abducted": 30}, ["Gunmen abducted 30 pupils from a boarding school.", "30 pupils were kidnapped overnight."]),
    ({"arrested": 3}, ["Police arrested three suspects after the raid.", "Three suspects were detained."]),
    ({"missing": 4}, ["Four fishermen are still missing after the attack on their boat."]),
    (
        {"killed": 1, "wounded": 3},
        [
            "An attack killed a soldier and three others were injured.",
            "A bomb blast killed one person and injured three more.",
        ],
    ),
    (
        {"killed": 5, "wounded": 8},
        [
            "Five people, including a police officer, were killed and eight others were injured.",
            "Five people including a child were killed and 8 others injured (two of them seriously).",
        ],
    ),
    (
        {"killed": 9, "wounded": 19},
        [
            "Jets bombed the hamlet, killing nine villagers, four of them women, and wounding 19.",
            "Nine villagers, most of them farmers, were killed and 19 were wounded when jets bombed the hamlet.",
        ],
    ),
    (
        {"killed": 5, "wounded": 14},
        [
            "The blast killed five people and wounded 14, a police spokesman said.",
            "Gunmen killed five villagers and injured 14 others, two local officials told reporters.",
        ],
    ),
    (
        {"killed": 3, "wounded": 2},
        [
            "Three members of a village defence militia were killed by the mine. Two other members of the militia, "
            "which guards the road at night, were wounded.",
        ],
    ),
    (
        {"wounded": 8},
        [
            "Eight people were taken to hospital in the town with gunshot wounds.",
            "At least eight people were treated for injuries at the district clinic.",
        ],
    ),
    (
        {"killed": 1},
        [
            "A crowd beat to death a man accused of stealing a motorbike.",
            "Villagers stoned to death a suspected cattle thief.",
            "A crowd beat to death a man suspected of trying to snatch a bag from a trader in the market.",
        ],
    ),
    (
        {"killed": 14},
        [
            "Militiamen killed fourteen people at the camp. Nine of the dead were children.",
        ],
    ),
    (
        {"killed": 2, "wounded": 40},
        [
            "Missile strike kills 2, injures more than 40",
            "Missiles hit the city, killing two people and injuring more than 40. Six children were among the injured.",
        ],
    ),
    ({}, ["The opposition said the new tax had killed any hope of a recovery this year."]),
    ({}, ["Herders accuse the youths of stealing and killing their cattle."]),
    # a running count told as where it stands: the toll, not more dead on top of the found bodies
    ({"killed": 31}, [
        "Militiamen killed 25 villagers in the raid. \"Six more bodies were found at the river this morning, so we are "
        "now at 31 dead,\" the chief said.",
    ]),
    # one of the wounded who died, told in a clause after them ("where one of them succumbed", "; one of them later
    # died"), is no longer among the wounded
    ({"killed": 4, "wounded": 1}, [
        "A roadside bomb killed four police officers on Saturday. Three died on the spot. Two others were rushed to "
        "the county hospital, where one of them succumbed to his injuries on Sunday.",
    ]),
    ({"killed": 5, "wounded": 1}, [
        "Gunmen killed four villagers. Two others were wounded; one of them later died in hospital, bringing the toll "
        "to five.",
    ]),
    # one negation over both kinds ("No one was killed or injured")
    ({"killed": 0, "wounded": 0}, ["No one was killed or injured during the abduction, an official said."]),
    # the wounded still in care, told on their own after some died, are what is left of the wounded; told beside the
    # count of the wounded, only some of them
    ({"killed": 8, "wounded": 9}, [
        "Six soldiers were killed and 11 wounded in the ambush. Two of the wounded later died in hospital, raising the "
        "toll to eight. Nine wounded soldiers were still receiving treatment, the army said.",
    ]),
    ({"wounded": 30}, ["Thirty people were injured in the blast, including four children; 12 remain in hospital."]),
    # a count given later ("Police later said officers had recovered six bodies") is where the toll came to stand,
    # not another source's figure that only widens the first one's bounds
    ({"killed": 6}, [
        "Residents killed at least four men they accused of theft, a radio station said. Police later said officers "
        "had recovered six bodies from the scene.",
        "Two soldiers were killed when gunmen stormed the post on Friday. A doctor at the district hospital said later "
        "that six people had died.",
    ]),
    # a source that gives no figure ("did not give a number for militants killed") adds no victim of its own
    ({"killed": 9}, [
        "An air strike killed nine people at the school shelter. The army did not give a number for militants killed.",
    ]),
    ({"killed": 4}, ["Troops killed four gunmen, but the army did not say how many soldiers died."]),
    # the blow named next in a list of objects is no further victim ("killed nine people, and an air strike ...")
    ({"killed": 9}, ["Shelling killed nine people, and an air strike hit the market on the same day."]),
    # a side's own dead told as "people" ("we lost 11 people"): the victims' part of a toll that also holds the
    # attackers killed
    ({"killed": 14}, [
        "Raiders killed 14 people at the cattle camp. \"We lost 11 people, some of them children, and three of the "
        "raiders were killed,\" the commissioner said.",
    ]),
    ({"killed": 4}, ['"We lost four villagers in the attack," the chief said.']),
    (
        {"killed": 13},
        [
            "Troops killed ten rebels in the battle and lost three of their own.",
            "The army said it lost three soldiers while killing ten insurgents.",
        ],
    ),
    (
        {"killed": 10},
        [
            "Nine people died in the blast, not counting the bomber, the governor said.",
            "A suicide bomber struck the mosque, killing nine worshippers. \"The nine do not include the attacker,\" "
            "the doctor said.",
            "Nine guards and their commander were killed when the convoy was ambushed.",
        ],
    ),
    (
        {"wounded": 6},
        [
            "Six people with gunshot wounds were admitted to the district clinic.",
            "Health officials said six people had been taken to hospital.",
        ],
    ),
    (
        {"wounded": 1},
        ["A night watchman who tried to intervene was beaten and is being treated in hospital."],
    ),
    (
        {"killed": 1500},
        ["More than 1,500 protesters were killed during those weeks.", "A total of 1,500 people were killed."],
    ),
    (
        {"killed": 7, "wounded": 4},
        [
            "Early accounts put the death toll at ten, but the governor said later that seven people had died and "
            "four others were wounded.",
        ],
    ),
    (
        {"killed": 20, "wounded": 3},
        [
            'Eight policemen were killed and three wounded; officers killed "a dozen militants" in the gunfight.',
            "Security forces killed 12 insurgents and lost eight of their own, with three wounded.",
        ],
    ),
    (
        {"killed": 9},
        ["Defenders shot back and killed about nine of the attackers, the statement said."],
    ),
    (
        {"killed": 3},
        ["Three villagers died in the raid by the group, which has killed hundreds of people in the region."],
    ),
    # Words for deaths from other registers: "martyred" (South Asian and Middle Eastern press), "neutralised"
    # (army statements).
    (
        {"killed": 6, "wounded": 9},
        ["Five guards and a cook were martyred and nine others injured when a bomber struck the gate."],
    ),
    ({"killed": 14}, ["The army said its troops neutralised 14 assailants who had attacked the outpost."]),
    # An appositive between the subject and its verb describes the subject; it does not cut it off.
    (
        {"killed": 2, "wounded": 1},
        ["Two farmers were killed in the raid. A third man, a herder from the next village, was wounded."],
    ),
    # A noun that usually names things qualifies people here ("a school teacher", "two village elders").
    ({"killed": 3}, ["Gunmen shot dead a school teacher and two village elders near the market."]),
    # A question left open states no count.
    ({"killed": 4}, ["Four soldiers died in the ambush. Officers did not say whether anyone else had been wounded."]),
    # A toll counts the victims; attackers killed add to it.
    (
        {"killed": 23},
        [
            "Gunmen raided the village on Sunday. The death toll rose to 20, police said on Tuesday. Three of the "
            "attackers were killed by local guards.",
        ],
    ),
    ({"killed": 10}, ["The toll from the market bombing has risen to nine, not counting the bomber."]),
    # An army's tally of its own dead and the "terrorists" it neutralised: both sides' dead add up.
    (
        {"killed": 24, "wounded": 6},
        ["Three soldiers died and six were wounded in the ambush, the army said. On the enemy side, 21 terrorists "
         "were neutralised."],
    ),
    # A later sentence that splits the toll between the sides restates it.
    (
        {"killed": 9},
        [
            "Nine fighters died in the clash at the checkpoint. Five of our men were martyred and four of the "
            "attackers were killed, a commander said.",
            "Five soldiers and four attackers were killed in the clash at the checkpoint. The army said five of its "
            "men died. Four of the attackers were also killed, it said.",
        ],
    ),
    (
        {"killed": 6, "wounded": 3},
        [
            "A mine killed five shepherds and wounded three. Searchers later found a sixth body, bringing the toll "
            "to six.",
            "A mine killed five shepherds and wounded three. A boy died in hospital overnight, raising the death "
            "toll to six.",
        ],
    ),
    # Two sources in one sentence: the first figure stays the best estimate, the other only widens its bounds.
    (
        {"killed": 4},
        [
            "Officials said four people were killed, while a local monitoring group said six died.",
            "The ministry said four people had died, revising an earlier statement that only two were killed.",
            "Raiders killed at least four herders, the governor said, though villagers said eleven had died.",
        ],
    ),
]

# Whole articles whose figures about other, earlier events must be ignored: fatalities of the reported event.
FOREIGN_FIGURES: list[tuple[int, list[str]]] = [
    (
        2,
        [
            "Two policemen were killed in the attack. The previous attack on the post left one officer injured.",
            "Two policemen were killed. Last month a similar attack killed 30 people.",
            "Two policemen were killed. Militants have carried out over 100 attacks since October.",
            "Two policemen were killed in the ambush. So far this year 45 officers have died in the province.",
        ],
    ),
    (
        3,
        [
            "Three guards were killed when a bomb hit their truck on Monday. The insurgency, now in its tenth year, "
            "has killed tens of thousands of people.",
            "A mine killed three guards on Monday. Officials say hundreds of fighters have been killed in the "
            "campaign against the group, a figure that cannot be verified.",
            "Rockets killed three people in the city on Tuesday. The barrage came days after a larger attack on "
            "Friday that killed more than 30 people across the country.",
            "Fighting in the old town killed three people on Sunday. The war, which began last spring, has killed "
            "more than 12,000 people.",
            "Gunmen killed three villagers late on Monday. Raids on several villages over the holiday period left "
            "scores of people dead.",
        ],
    ),
]
