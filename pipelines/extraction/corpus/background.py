"""Sentences a coder reads as background (about a period, a war, earlier incidents or statistics) or as the incident.

BACKGROUND: (True, [...]) sentences whose figures belong to no single incident; (False, [...]) sentences that report
the incident itself even though a background-looking word appears in them.
"""

BACKGROUND: list[tuple[bool, list[str]]] = [
    (
        True,
        [
            # a war's toll on each side; what a report found
            "The attacks come days after gunmen stormed a barracks in a neighbouring province, killing 11 soldiers.",
            "More than 900 people have been killed by troops or militias in that period, according to U.N. figures.",
            "At least 30 civilians have been killed on the Syrian side, and a dozen soldiers on the other.",
            "The study, compiled by three universities, found that the northern district was the deadliest, with 52 "
            "killings.",
            "Since the ceasefire collapsed, more than 2,300 people have died in the province.",
            "The group also said it was behind a 2016 Christmas Day market attack that killed 12 people.",
            "In late 2021, a wave of raids on the mining camps killed more than 60 people.",
            "The monitor said it had verified the killing of at least 300 civilians over the 12-month period.",
            "The tally includes the 15 people the army said were killed in an attack near the border on Dec. 2.",
            "At least 20 people have been killed in fresh attacks by gunmen on two communities in the district.",
            "A truck bomb at the port that same month killed more than 80 people.",
            "The group has carried out some of the deadliest bombings in the country's history.",
            "Earlier this month, the council called for an end to the blockade of the city.",
            "In the autumn, militants killed dozens of officials in the city in a campaign of bombings.",
            "Last summer, a wave of raids on the border villages left more than 40 people dead.",
            # an incident named by its year, a crackdown among them
            "The case over the 2005 crackdown on the march, in which 13 people were shot dead, expired on Friday.",
            "The decision follows a deadly attack earlier this month on a checkpoint, in which nine people died.",
            "The four victims were shot dead at a market stall more than four weeks ago.",
            "Raids on the police have multiplied in the south despite the curfew.",
            "Activists say at least five people have died in incidents linked to the strikes since they began.",
            "A monitoring group has documented dozens of civilian deaths from air strikes in the region.",
            "More than 60,000 people have been detained under the emergency decree, the interior ministry says.",
            "Rights groups say hundreds have died in prison since the crackdown began.",
            "At least 11 villagers have been killed in two separate attacks in the district since Friday.",
            "Army air raids have killed many of the gangs' fighters, but have also hit villages on several occasions.",
            "Between 2015 and 2019 the rebellion killed an estimated 60,000 people.",
            "A civil war from 2003 to 2008 left some 200,000 people dead.",
            "Nearly 900 civilians have lost their lives in the district to date.",
            "Every month another village is burned, the elders say.",
            "Over the past decade, 41 journalists were murdered across the region.",
            "Last October, a bombing at the same bus depot killed 14 people.",
            "A 2019 police raid on the same hillside killed 13 men.",
            "In the past, herders have accused the youths of killing four of their men in revenge raids.",
            "More than 300 people have been killed in Lebanon, most of them fighters, and at least 20 in Israel.",
            "The 2017 ambush near the bridge left nine soldiers dead.",
            "Hospitals treated 1,200 wounded people in three weeks of fighting around the port.",
            "About 3,000 people were killed during the revolution, according to a truth commission.",
            "The revolt, which began in 2012, killed tens of thousands of people.",
            "The raid was the deadliest in the valley since Easter, when gunmen killed 40 people at a church.",
            "In the same period, 31 officers were killed in attacks on police posts across the north.",
            "Between March and September 2015, air raids on the border towns killed hundreds of people.",
            "Rival militias have killed thousands of villagers, a rights group said in its report on Thursday.",
            "Between January and March, 412 people were killed in gang violence across the capital, the UN said.",
            "Hundreds of herders have been killed in the region and thousands have fled to the towns.",
        ],
    ),
    (
        False,
        [
            # news of the incident told a day before ("had reported 13 dead a day earlier")
            "The ministry on Thursday lowered the toll from the strike to nine, after rescuers had reported 13 dead a "
            "day earlier.",
            # the time of the occasion a march marks is no period of the clashes that followed it
            "Police detained 14 people in clashes on Wednesday night after a march marking ten years since the revolt.",
            "The death toll from Saturday's air raids on the port has risen to six, officials said on Sunday.",
            "Hundreds of residents set fire to a police post on Tuesday night over a detainee who died in a cell "
            "earlier this month.",
            "Gunmen killed four farmers near the river on Tuesday, the previous day's market having been cancelled.",
            "The armed group, which took up arms after the 2021 coup, said 30 people were killed in the strike.",
            "Gunmen burned homes in the hills on Monday, killing six villagers, a day before hundreds of displaced "
            "people marched in the capital.",
            "At least 120 people have been killed in the blast at the fuel depot, officials said.",
            "A shell left over from years of fighting blew up in a field on Sunday, killing two shepherd boys.",
            "Raiders burned the market on Friday, killing 30 people in one of the worst attacks in the province this "
            "year.",
            "The provincial health office said it had so far confirmed the deaths of 14 people in Monday's landslide "
            "of rubble after the blast.",
            "Rebels stormed the town on Friday, in one of the deadliest assaults since the truce of 2020.",
            "Police fired on the crowd on Monday, killing three people, raising an earlier toll given the day before.",
            "A bomb tore through a bus in the city centre on Sunday, killing six passengers.",
            "A bomb tore through a bus on 12 March 2024, killing six passengers.",
        ],
    ),
]

# A month named without a day: in a full article, whose incident is dated to the day, such a sentence recalls an
# earlier event.
MONTH_ONLY: list[tuple[bool, list[str]]] = [
    (
        True,
        [
            "In March, a truck bomb hit the same checkpoint.",
            "An ambush on a patrol in the same valley in February killed nine soldiers.",
            "Fighters overran a nearby base in early August.",
            "Last June, gunmen abducted 40 pupils from a school in the district.",
            "Those held are suspected of taking part in the November riots, in which 54 people were killed.",
        ],
    ),
    (False, [
        "Soldiers repelled the attack on March 3, the army said.",
        "Riots broke out on Sunday night.",
        "Survivors of the March 3 attack marched on Sunday.",
    ]),
]
