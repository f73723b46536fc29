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
    (
        date(2024, 9, 12),  # a Thursday; talks, a vote and old tolls: nothing happened that day
        "Rival Libyan camps resume talks on central bank in Geneva\n"
        "GENEVA — Delegates of Libya's two rival governments resumed United Nations-backed talks on Wednesday on "
        "who should run the country's central bank, a dispute that has cut oil output by half.\n"
        "The envoy leading the talks said both sides had agreed to keep negotiating for another week.\n"
        '"We are not there yet," she told reporters.\n'
        "Parliament in the east voted last week to reject the western government's choice of governor.\n"
        "Libya has had two rival administrations since 2014.\n"
        "Fighting for the capital in 2019 and 2020 killed more than 2,000 people, according to the UN.\n"
        "In August, clashes between armed groups in Tajoura left nine dead.",
        [],
    ),
    (
        date(2024, 10, 16),  # a Wednesday; the lede's official toll is the best figure, a group's higher one is not
        "Gunmen kill 12 at cattle market in Nigeria's Zamfara\n"
        "GUSAU, Nigeria — Gunmen on motorcycles opened fire on traders at a cattle market near Gusau on Monday, "
        "killing 12 people, the state police spokesman said on Tuesday.\n"
        "The attackers also burned stalls and drove away livestock, residents said.\n"
        "A traders' union said 19 of its members had been killed.\n"
        "Among the dead was a herder who was shot in the chest and died in hospital on Tuesday, his brother said.\n"
        "Police said they had deployed extra units to the area.\n"
        "The bandit gangs, which have killed thousands of people across the northwest, often raid markets.\n"
        "In June, gunmen abducted more than 100 villagers in the same district.",
        [(date(2024, 10, 14), "Gusau", "Attack", 12, 0)],
    ),
    (
        date(2024, 2, 20),  # a Tuesday; the army's dead and the militants it killed add up
        "Six soldiers killed as militants attack base in northern Burkina Faso\n"
        "OUAGADOUGOU — Militants attacked an army base near the northern town of Ouahigouya on Sunday, killing six "
        "soldiers, the army said on Monday.\n"
        'The army said its troops killed "about a dozen terrorists" in the fighting and recovered weapons.\n'
        "Four soldiers were wounded and flown to the capital.\n"
        "No group claimed the attack.\n"
        "The insurgency has killed more than 20,000 people since 2015.\n"
        "Last December, an assault on a base in the same province killed 17 soldiers.",
        [(date(2024, 2, 18), "Ouahigouya", "Armed clash", 18, 4)],
    ),
    (
        date(2024, 7, 11),  # a Thursday; a second city opens its own scene; the headline sums both incidents
        "Police fire on protesters in Lagos and Abuja, nine dead\n"
        "LAGOS — Police opened fire on protesters demanding lower food prices in Lagos on Wednesday, killing seven "
        "people, an Amnesty International official said.\n"
        "Another 20 people were wounded, a hospital doctor said.\n"
        "Crowds had blocked the main expressway since the morning.\n"
        "In the capital Abuja, police fired live rounds to break up a march on the presidential villa, and two "
        "protesters died, witnesses said.\n"
        "A police spokesman said officers had been attacked with stones.\n"
        "Similar protests in 2020 ended after a week.\n"
        "Food prices have doubled over the past year.",
        [
            (date(2024, 7, 10), "Lagos", "Excessive force against protesters", 7, 20),
            (date(2024, 7, 10), "Abuja", "Excessive force against protesters", 2, 0),
        ],
    ),
    (
        date(2024, 9, 18),  # a Wednesday; a toll updated on a later day, attackers' deaths, a deadlier raid recalled
        "Toll rises to 19 after bandits attack market town\n"
        "Bandits on motorbikes attacked the market town of Gusau late on Sunday, shooting traders and burning stalls, "
        "police said.\n"
        "A police spokesman said on Tuesday that the death toll had risen to 19, up from 11 given on Monday, as more "
        "bodies were found in the bush.\n"
        "About 25 other people were wounded and taken to hospitals in the town.\n"
        "He added that four of the attackers were killed when vigilantes fought back.\n"
        "The attack was the deadliest in the state since Christmas, when raids on several villages killed about "
        "90 people.\n"
        "The governor ordered a curfew in the area.",
        [(date(2024, 9, 15), "Gusau", "Attack", 23, 25)],
    ),
    (
        date(2024, 11, 12),  # a Tuesday; a headline over two stories, a second incident on the next day
        "Gunmen kill four at Kaduna checkpoint; youths burn police station in Zaria\n"
        "KADUNA, Nigeria — Gunmen opened fire on a police checkpoint in northern Kaduna on Sunday night, killing "
        "four officers, a police spokesman said.\n"
        "Two officers were wounded and were flown to a military hospital in Abuja.\n"
        "The next day, youths protesting the arrest of a trader set fire to a police station and three vehicles in "
        "the town of Zaria.\n"
        "No one was hurt, police said.\n"
        "Security forces have been deployed to both towns.",
        [
            (date(2024, 11, 10), "Kaduna", "Armed clash", 4, 2),
            (date(2024, 11, 11), "Zaria", "Violent demonstration", 0, 0),
        ],
    ),
    (
        date(2025, 3, 7),  # a Friday; a situation report whose first lines are headings, not a lede
        "Central African Republic — Flash update No.\n"
        "2: Nana-Grebizi prefecture\n"
        "Situation overview\n"
        "On Wednesday, armed men stopped a clearly marked aid vehicle on the road north of Kaga Bandoro and killed "
        "three aid workers, according to local authorities.\n"
        "The driver escaped on foot.\n"
        "Humanitarian partners have suspended movements on the road.\n"
        "Response\n"
        "Partners deployed a mobile team to Kaga Bandoro on Thursday.",
        [(date(2025, 3, 5), "Kaga-Bandoro", "Attack", 3, 0)],
    ),
    (
        date(2024, 6, 6),  # a Thursday; a trial over killings long past reports no new event
        "Ex-rebel commander pleads not guilty as war crimes trial opens\n"
        "A former rebel commander pleaded not guilty on Thursday to war crimes as his trial opened before an "
        "international court.\n"
        "Prosecutors say fighters under his command attacked civilians in villages around Bria between October 2013 "
        "and May 2014, killing at least 60 people and burning homes.\n"
        "The defence says he tried to protect civilians.\n"
        "Witnesses will testify behind screens.\n"
        "He was arrested in 2021 and handed to the court.\n"
        "The trial is expected to last two years.",
        [],
    ),
    (
        date(2024, 12, 3),  # a Tuesday; a second source quoted after the lede widens the bounds, not the best figure
        "Shelling of camp kills nine, health officials say\n"
        "Shelling struck a camp for displaced people on the edge of Kadugli on Monday, killing nine people and "
        "wounding 30, the state health ministry said on Tuesday.\n"
        "A medical charity had earlier said 15 people were killed when shells landed near a food queue.\n"
        "The two figures could not be reconciled.\n"
        "The army blamed the paramilitaries, who did not comment.\n"
        "Aid agencies say food is running out in the camp.\n"
        "Talks on a truce have stalled.",
        [(date(2024, 12, 2), "Kadugli", "Shelling/artillery/missile attack", 9, 30)],
    ),
    (
        date(2024, 6, 26),  # a Wednesday; "in central X" places the lede, so a scene in another city is its own
        "Police fired live rounds at protesters in central Nairobi on Tuesday, killing three people, a rights group "
        "said.\n"
        "Dozens of people were arrested.\n"
        "In the western city of Kisumu, police fired tear gas to disperse hundreds of marchers who had blocked a "
        "road.\n"
        "Nobody was hurt there, police said.\n"
        "The protests began last week over a tax bill.\n"
        "Parliament will vote on the bill on Thursday.\n"
        "The government says it needs the money.",
        [
            (date(2024, 6, 25), "Nairobi", "Excessive force against protesters", 3, 0),
            (date(2024, 6, 25), "Kisumu", "Protest with intervention", 0, 0),
        ],
    ),
    (
        date(2024, 11, 11),  # a Monday; a scene opened by "Early on Monday" at another place is a second incident
        "Drone strike kills two in Jenin\n"
        "JENIN — An Israeli drone strike killed two men in Jenin on Sunday, health officials said.\n"
        "The army said the men were members of an armed cell.\n"
        "Early on Monday, troops entered a refugee camp in Tulkarm, prompting an exchange of fire with gunmen.\n"
        "One gunman was killed, the army said.\n"
        "Residents said bulldozers tore up roads.\n"
        "The camp has been raided many times.\n"
        "Talks on a truce have stalled.",
        [
            (date(2024, 11, 10), "Janin", "Air/drone strike", 2, 0),
            (date(2024, 11, 11), "Tulkarm", "Armed clash", 1, 0),
        ],
    ),
    (
        date(2025, 3, 10),  # an anniversary: the lede marks the day, every toll below is the old attack's
        "QUETTA, Pakistan — Relatives of the victims gathered at a hillside graveyard on Monday to mark five years "
        "since a bomb at a crowded vegetable market killed 23 people.\n"
        "Names of the dead were read out by a local cleric.\n"
        "Many of the wounded were shoppers who had come for the weekly sale, one mourner recalled.\n"
        "Two men were later sentenced to death for planting the device.\n"
        "Shopkeepers said business never fully recovered.\n"
        "Security at the market has since been tightened.\n"
        "The provincial government announced a new memorial fund.",
        [],
    ),
    (
        date(2025, 2, 4),  # a verdict: the weapon and the wounded belong to an attack three years before
        "SOUSSE, Tunisia — A court on Tuesday sentenced four men to long prison terms over a 2022 shooting at a "
        "beach hotel in which three tourists died.\n"
        "Judges found that the men had smuggled the rifles and hidden the gunman in a flat before the attack.\n"
        "Eleven people were wounded in the shooting.\n"
        "A fifth defendant was cleared.\n"
        "Lawyers for the families welcomed the ruling.\n"
        "Defence lawyers said they would appeal.\n"
        "Tourism in the region has since recovered.",
        [],
    ),
    (
        date(2025, 7, 2),  # a report's running totals: "have killed thousands" is no one incident
        "NEW YORK — Armed groups in eastern Congo have killed thousands of civilians since the start of last year, "
        "the United Nations said in a report released on Wednesday.\n"
        "The report listed massacres in at least 40 villages.\n"
        "Investigators said some of the killings may amount to war crimes.\n"
        "They called on both the army and the rebels to protect civilians.\n"
        "The government rejected parts of the findings.\n"
        "Rebel leaders did not comment.\n"
        "Aid groups say more than a million people have fled their homes.",
        [],
    ),
    (
        date(2025, 4, 15),  # a march held "to mark" an anniversary is itself a demonstration, not a look back
        "Students march in Dhaka a year after campus crackdown\n"
        "DHAKA, Bangladesh — Several thousand students marched through central Dhaka on Monday to mark one year "
        "since police broke up a sit-in at the university.\n"
        "The march ended peacefully outside the press club.\n"
        "Organisers read out a list of demands, including the release of detained classmates.\n"
        "Police watched from a distance and made no arrests.\n"
        "Last year's crackdown left dozens hurt, rights groups say.\n"
        "The government has promised an inquiry.\n"
        "Student leaders said more marches would follow.",
        [(date(2025, 4, 14), "Dhaka", "Peaceful protest", 0, 0)],
    ),
    (
        date(2025, 9, 3),  # an analysis piece, by its slug: the strike it opens with is an illustration
        "ANALYSIS-Cheap drones are changing how the Sahel's wars are fought\n"
        "DAKAR — When a drone dropped a mortar shell on a market outside the town last spring, killing nine "
        "traders, residents said they had never seen such a weapon.\n"
        "Armed groups now field them across the region, analysts say.\n"
        "Armies have bought larger models from abroad.\n"
        "Neither side publishes its losses.\n"
        "Researchers count dozens of strikes a month.\n"
        "Prices have fallen sharply.\n"
        "Few expect the trend to reverse.",
        [],
    ),
    (
        date(2024, 8, 8),  # a funeral for soldiers killed weeks before: the ceremony is no event, the attack is old
        "KADUNA, Nigeria — Hundreds of mourners attended a military funeral on Wednesday for six soldiers killed "
        "when their convoy hit a roadside bomb near the border village three weeks ago.\n"
        "Their coffins were draped in the national flag.\n"
        "A seventh soldier wounded in the blast is still in hospital, an officer said.\n"
        "The army chief promised to hunt down those responsible.\n"
        "Widows of the soldiers asked for help with school fees.\n"
        "The state governor attended with his cabinet.\n"
        "A bugler played the last post.",
        [],
    ),
    (
        date(2024, 10, 9),  # a Wednesday; a later body "raising the death toll" updates the lede's figure
        "MARAWI, Philippines — A bomb hidden in a parked tricycle exploded outside a bakery in Marawi on Tuesday "
        "morning, killing three people, police said.\n"
        "Eleven others were hurt, among them two schoolchildren.\n"
        "Police said the device was set off by a mobile phone.\n"
        "In the evening a woman who had been pulled from the rubble died in hospital, raising the death toll to four, "
        "the city health office said.\n"
        "No group said it was behind the blast.\n"
        "The army has fought pro-Islamic State fighters in the region for years.\n"
        "Schools in the district were closed on Wednesday.",
        [(date(2024, 10, 8), "Marawi City", "Remote explosive/landmine/IED", 4, 11)],
    ),
    (
        date(2024, 7, 16),  # a Tuesday; the lede's "dozens" gives way to the counts sources give below it
        "GOMA, Congo — Militiamen attacked the village of Kipupu before dawn on Monday, killing dozens of people, "
        "local officials said.\n"
        "The provincial governor's office said on Tuesday that it had counted at least 23 bodies.\n"
        "A civil society leader said 31 people had been buried.\n"
        "Survivors said the attackers came from the hills above the village.\n"
        "Many homes were burned.\n"
        "The army said it had sent troops to the area.\n"
        "Aid groups said thousands had fled.",
        [(date(2024, 7, 15), "Kipupu", "Attack", 23, 0)],
    ),
    (
        date(2024, 4, 15),  # a Monday; the lede sums up a second blow on another day that the body tells in full
        "MAIDUGURI, Nigeria — Insurgents and soldiers fought for two hours at an army base in Damboa on Saturday, "
        "leaving eight fighters dead, the army said, while a roadside bomb killed two vigilantes near Konduga the "
        "following day.\n"
        "The army said five soldiers and three attackers died in the fighting.\n"
        "On Sunday, a bomb buried under a dirt road blew up beneath a pickup carrying vigilantes near Konduga, "
        "killing two of them and wounding four, a militia leader said.\n"
        "No group claimed either attack.\n"
        "Both towns lie on roads the insurgents often mine.\n"
        "The army said it had sent reinforcements.\n"
        "Farmers in the area have fled to Maiduguri.",
        [
            (date(2024, 4, 13), "Damboa", "Armed clash", 8, 0),
            (date(2024, 4, 14), "Konduga", "Remote explosive/landmine/IED", 2, 4),
        ],
    ),
    (
        date(2025, 5, 6),  # a court sets a trial date over an old kidnapping: no new incident
        "JOS, Nigeria — A high court in Jos on Monday fixed June 20 for the trial of four men charged over the "
        "kidnapping of 30 worshippers from a church in Bokkos two years ago.\n"
        "Three of the worshippers were killed by their captors before the rest were freed.\n"
        "The men pleaded not guilty.\n"
        "Their lawyer asked for bail, which the judge refused.\n"
        "Relatives of the victims packed the courtroom.\n"
        "Prosecutors said they would call 12 witnesses.\n"
        "The case was adjourned.",
        [],
    ),
    (
        date(2025, 1, 20),  # "a decade has passed since" and a farewell to soldiers who died weeks before
        "A decade has passed since gunmen killed 16 pupils at a boarding school in the hills above the town, and "
        "parents say nobody has been punished.\n"
        "Relatives said goodbye last week to two teachers who died of their wounds years later.\n"
        "The school reopened in 2017.\n"
        "A new wall now surrounds the grounds.\n"
        "Teachers say many pupils still have nightmares.\n"
        "An inquiry report was never published.\n"
        "The families plan a vigil next month.",
        [],
    ),
    (
        date(2023, 7, 31),  # a Monday; "the following day ... the two slain ... the encounter site" is the same clash
        "CAGAYAN DE ORO — Two suspected rebels were killed and a soldier was hurt in an encounter in the hills "
        "near Iligan on the 28th, the army said.\n"
        "Troops were checking reports of armed men near a farm when they came under fire.\n"
        "The bodies of the two slain rebels were found the following day near the encounter site, with two rifles.\n"
        "The wounded soldier is in stable condition.\n"
        "The army said the group had been extorting money from farmers.\n"
        "Families in two villages left their homes for a day.\n"
        "They have since returned.",
        [(date(2023, 7, 28), "Iligan", "Armed clash", 2, 1)],
    ),
    (
        date(2024, 4, 22),  # "years ago" in the lede: an old bombing recalled on its anniversary
        "Church bells rang across the city on Sunday at the minute, five years ago, when bombs tore through three "
        "churches during morning mass.\n"
        "The attacks killed 80 people and wounded 200, most of them worshippers.\n"
        "Survivors laid flowers at a memorial wall.\n"
        "The archbishop called for the inquiry report to be published.\n"
        "Police stood guard outside the churches.\n"
        "Two men are still awaiting trial.\n"
        "The city council declared a day of prayer.",
        [],
    ),
    (
        date(2025, 3, 4),  # a hearing: the killing it is about happened last year
        "KAMPALA, Uganda — A military court heard on Monday how a soldier shot dead two traders during the "
        "election protests, as the accused said he had fired warning shots only.\n"
        "He is charged with murder.\n"
        "Witnesses for the prosecution said he aimed at the crowd.\n"
        "The court adjourned the case to April.\n"
        "Relatives of the traders attended the hearing.\n"
        "Rights groups have called for civilian trials.\n"
        "The army declined to comment.",
        [],
    ),
    (
        date(2024, 9, 12),  # a Thursday: later-day counts, a running count and a related-story link
        "Gunmen kill 27 in raid on farming villages\n"
        "KASESE, Uganda — Gunmen killed at least 27 people in a raid on two farming villages near Bwera late on "
        "Tuesday, local officials said on Thursday.\n"
        "The district commissioner had said on Wednesday that 18 villagers were killed in the attack, which began "
        "shortly after dark.\n"
        "By Thursday, volunteers searching the bush had found another nine bodies.\n"
        "In a statement on Thursday morning, the district health office said 14 wounded people were being treated "
        "at Bwera hospital.\n"
        "Police said they were pursuing the attackers towards the border.\n"
        "READ MORE: Kasese: gunmen attack police post, killing one officer\n"
        "The region has seen repeated raids in recent years.",
        [(date(2024, 9, 10), "Bwera", "Attack", 27, 14)],
    ),
    (
        date(2025, 2, 18),  # a Tuesday: the hospital town is not where the blast was; "Mir Ali" ends in a given name
        "PESHAWAR: A roadside bomb hit a police van near Mir Ali in the North Waziristan tribal district on Monday, "
        "killing three policemen, officials said.\n"
        "Two injured policemen were shifted to the District Headquarters Hospital in Bannu, a police spokesman "
        "said.\n"
        "Late on Monday, one of the injured died, bringing the death toll to four, the spokesman said.\n"
        "No group claimed the attack.\n"
        "Police cordoned off the area and began a search.\n"
        "Attacks on the police have risen in the province this year.",
        [(date(2025, 2, 17), "Mir Ali", "Remote explosive/landmine/IED", 4, 2)],
    ),
    (
        date(2022, 12, 6),  # figures for the year, told on a Monday: the lede's totals frame the story
        "MOSUL — Unexploded shells and mines have killed 24 people and wounded 57 others in Nineveh province since "
        "the start of the year, the head of the provincial demining office said on Monday.\n"
        "He told reporters that most of the victims were farmers clearing their fields after the harvest.\n"
        "\"Whole villages are still sown with explosives left behind by the militants,\" he said.\n"
        "Teams had cleared about eight square kilometres this year, but donor money had fallen, he added.\n"
        "The office asked the government for more equipment.\n"
        "Schools in the province will hold awareness sessions next month.\n"
        "The United Nations says Iraq is among the countries most contaminated by explosive remnants.",
        [],
    ),
    (
        date(2022, 2, 8),  # a tribute and a remembrance: the deaths are a month and a year old
        "NIAMEY — Niger's army held a ceremony in the capital on Monday to honour nine soldiers killed last month "
        "when gunmen ambushed a convoy near the border with Mali.\n"
        "Ministers and senior officers attended, and the coffins were handed to the families for burial.\n"
        "The soldiers died on January 10 when their vehicles hit an ambush, the army said at the time.\n"
        "\"They gave their lives for the nation,\" the chief of staff said.\n"
        "Widows were given medals on behalf of their husbands.\n"
        "The region has seen repeated raids by armed groups.\n"
        "The government has extended a state of emergency in the area by three months.",
        [],
    ),
    (
        date(2024, 10, 14),  # "to remember" the dead of an attack a year ago: a memorial, not news of an attack
        "By Our Correspondent, Bunia\n"
        "Hundreds of people gathered at a church in Bunia on Sunday to remember the 23 villagers killed when "
        "militiamen raided a camp for displaced people a year ago.\n"
        "Survivors laid flowers at a monument bearing the names of the dead.\n"
        "The bishop called on the government to protect the camps.\n"
        "Some families said they were still waiting for compensation.\n"
        "The camp has since been moved closer to the town.\n"
        "Aid groups say thousands of people remain displaced in the province.",
        [],
    ),
    (
        date(2025, 6, 12),  # a Thursday: a figure the next sentence doubts gives way to the one stated as fact
        "PEMBA, Mozambique — Insurgents attacked an army position near the village of Quiterajo on Tuesday, and one "
        "soldier was killed in the exchange of fire, a local source said.\n"
        "Residents said the fighting lasted about two hours.\n"
        "Through its news agency, the armed group said on Wednesday that its fighters had killed six soldiers.\n"
        "The claim could not be verified.\n"
        "The army did not comment.\n"
        "Hundreds of villagers fled towards the district headquarters.\n"
        "The province has been hit by an insurgency since 2017.",
        [(date(2025, 6, 10), "Quiterajo", "Armed clash", 1, 0)],
    ),
    (
        date(2025, 4, 5),  # a Saturday: the second sentence places the strike the lede told without a place
        "BEIRUT — An Israeli drone strike on a motorcycle in south Lebanon on Friday killed one man, the health "
        "ministry said.\n"
        "The strike hit the motorcycle in the village of Deir Qanoun, east of Tyre, in the early afternoon.\n"
        "Two children who were walking nearby were wounded, the ministry said.\n"
        "The Israeli army said it had targeted a member of an armed group.\n"
        "Residents said the road was closed for several hours.\n"
        "The ceasefire has been strained by near-daily strikes.\n"
        "Lebanon has asked mediators to press for a full withdrawal.",
        [(date(2025, 4, 4), "Deir Qanoun", "Air/drone strike", 1, 2)],
    ),
    (
        date(2024, 3, 12),  # a Tuesday: a lede dated by an older massacre, a count "as of today", an old army claim
        "Gunmen kill 19 herders near Gorom-Gorom\n"
        "OUAGADOUGOU — Gunmen killed 11 herders on Sunday in an attack on a cattle market near Gorom-Gorom, residents "
        "said, almost exactly a year after a massacre in the same area.\n"
        "The attackers came on motorbikes at dawn and fired on the traders, a resident said.\n"
        "By Monday evening, the regional governor said the number of people killed had risen to 19.\n"
        "\"As of today, 19 people are confirmed dead,\" a local official told reporters on Tuesday.\n"
        "Last year, gunmen attacked a nearby village, and the army said at the time that it had killed 40 assailants.\n"
        "The region has been hit by repeated raids.\n"
        "Thousands of people have fled to the towns.",
        [(date(2024, 3, 10), "Gorom-Gorom", "Attack", 19, 0)],
    ),
    (
        date(2025, 5, 4),  # a burial weeks after the death abroad: no new incident
        "ELDORET, Kenya — Hundreds of mourners gathered in a village in Uasin Gishu County on Saturday to bury a "
        "police officer killed last month while serving with a mission abroad.\n"
        "He died when gunmen ambushed his patrol, the mission said at the time.\n"
        "Two other officers were wounded in the same ambush.\n"
        "His mother said he had called home two days before he died.\n"
        "Senior officers attended and the coffin was draped in the national flag.\n"
        "The government has deployed hundreds of officers to the mission.\n"
        "Rights groups have questioned the deployment.",
        [],
    ),
    (
        date(2024, 9, 18),  # former soldiers admitting old killings before a tribunal: no new incident
        "BOGOTA — Nine former soldiers acknowledged on Tuesday before the country's special peace tribunal that "
        "their unit killed farmers and presented them as rebels killed in combat.\n"
        "At the hearing, the men asked the victims' families for forgiveness.\n"
        "\"We killed them to show results,\" one of them said.\n"
        "Relatives held up photographs of the dead.\n"
        "The tribunal has documented thousands of such cases.\n"
        "Those who confess can receive alternative sentences.\n"
        "The hearing will resume next month.",
        [],
    ),
    (
        date(2024, 6, 11),  # a toll told on a later day and revised down; an older raid named by its year
        "Toll from Duk cattle raid revised down to 18\n"
        "JUBA — Armed youths raided cattle camps outside the village of Pakeer in Jonglei's Duk County on Sunday, "
        "fighting for several hours with the herders guarding the animals.\n"
        "The county commissioner told a local radio station on Sunday night that 25 people had been killed.\n"
        "On Monday, he revised the toll down to 18 after elders counted the bodies, saying several of the dead were "
        "raiders.\n"
        "\"We have 18 dead, raiders among them, and twelve wounded who are receiving treatment in Bor,\" he said.\n"
        "A 2020 raid in the same county killed more than 40 people.",
        [(date(2024, 6, 9), "Pakeer", "Armed clash", 18, 12)],
    ),
    (
        date(2024, 4, 16),  # "last week" in the lede and the day below it; an attack *by* militiamen, on civilians
        "Nine killed in attack on Tshikapa market, official says\n"
        "KANANGA, Democratic Republic of Congo — Nine people were killed in an attack by militiamen on a market in "
        "Tshikapa last week, a provincial official said on Monday.\n"
        "The fighters, armed with machetes and guns, came into the market on Saturday morning as traders were "
        "setting out their stalls, the official said.\n"
        "Four wounded traders were taken to hospital.",
        [(date(2024, 4, 13), "Tshikapa", "Attack", 9, 4)],
    ),
    (
        date(2024, 7, 8),  # a cross-border pair; a sentence back at the first place; running totals of the war
        "Drone strike kills two near Aita al-Shaab; rockets hit Metula\n"
        "An Israeli drone struck a motorcycle near the southern Lebanese village of Aita al-Shaab on Sunday, "
        "killing two men, Lebanese security sources said.\n"
        "The motorcycle was hit on a farm track on the edge of Aita al-Shaab shortly after noon, the sources "
        "said.\n"
        "Hours later, a volley of around a dozen rockets was fired towards Metula.\n"
        "One rocket struck a house in the town, and four people were lightly hurt by shrapnel, Israeli medics "
        "said.\n"
        "A third man wounded in the strike near Aita al-Shaab was in a serious condition, the Lebanese army "
        "said.\n"
        "More than 300 people have been killed in Lebanon and at least 20 in Israel, according to tallies by "
        "the two sides.",
        [
            (date(2024, 7, 7), "Aita al-Shaab", "Air/drone strike", 2, 1),
            (date(2024, 7, 7), "Metula", "Shelling/artillery/missile attack", 0, 4),
        ],
    ),
    (
        date(2024, 5, 11),  # the province a police spokesman serves is not another incident's place
        "Bomb at Lashkar Gah shrine kills five, police say\n"
        "KABUL — A bomb hidden in a bag exploded at a Sufi shrine in the city of Lashkar Gah during Friday "
        "prayers, killing five worshippers, officials said.\n"
        "Witnesses said the blast tore through a crowd gathered at the gate of the shrine.\n"
        "A spokesman for the police in Helmand province said five people were killed, including the bomber, "
        "and 14 others were wounded.\n"
        "No group said it had carried out the bombing.",
        [(date(2024, 5, 10), "Lashkar Gah", "Remote explosive/landmine/IED", 5, 14)],
    ),
    (
        date(2024, 10, 9),  # a lede summing two incidents, the second told apart below ("In the second incident")
        "Four workers shot dead in Kharan; two soldiers killed in Zhob\n"
        "QUETTA: Four construction workers were shot dead by gunmen in Kharan district on Monday evening, "
        "while two soldiers and three militants were killed in a clash in Zhob, officials said.\n"
        "According to the Levies, men on motorcycles stopped the workers' vehicle near the town of Kharan and "
        "opened fire, killing all four on the spot. A fifth worker escaped unhurt.\n"
        "In the second incident, militants attacked a security post near the village of Sambaza in Zhob "
        "district late on Tuesday.\n"
        "\"During the exchange of fire three terrorists were killed while two soldiers embraced shahadat,\" the "
        "military said in a statement.\n"
        "No group claimed either attack.",
        [
            (date(2024, 10, 7), "Kharan", "Attack", 4, 0),
            (date(2024, 10, 8), "Sambaza", "Armed clash", 5, 0),
        ],
    ),
    (
        date(2024, 3, 14),  # an "overnight" raid in the lede that began "late on Tuesday": Tuesday
        "Rebels kill 12 in overnight raid on Ituri village\n"
        "BUNIA, Democratic Republic of Congo — Suspected rebels killed 12 civilians in an overnight raid on a "
        "village in Ituri province, local officials said on Thursday.\n"
        "The attackers entered the village of Lolwa late on Tuesday, going from house to house with machetes, "
        "a civil society leader said by phone on Wednesday.\n"
        "Four wounded villagers were taken to hospital in Bunia.",
        [(date(2024, 3, 12), "Lolwa", "Attack", 12, 4)],
    ),
    (
        date(2024, 11, 6),  # a brief on a verdict over an old massacre: no new incident
        "BANGUI — A special court on Tuesday sentenced a former militia commander to life in prison over the killing "
        "of 40 villagers in 2018.\n"
        "Judges found him guilty of crimes against humanity.\n"
        "Survivors welcomed the verdict.",
        [],
    ),
    (
        date(2025, 4, 8),  # a judge sends suspects to trial over a killing weeks ago: no new incident
        "QUITO — A judge on Monday ordered three men to stand trial over the murder of a town mayor last month.\n"
        "The mayor was shot dead by two gunmen on a motorcycle outside his home on March 3.\n"
        "His bodyguard was wounded in the attack.\n"
        "The suspects were arrested in raids days later.\n"
        "Prosecutors say they belong to a gang that extorts shopkeepers.\n"
        "The trial is due to open in June.\n"
        "Several local officials have received threats this year.",
        [],
    ),
    (
        date(2024, 7, 16),  # the coffins of soldiers killed last month carried through the capital: no new incident
        "NIAMEY — Thousands of people lined the streets of the capital on Monday as the coffins of 12 soldiers killed "
        "last month in an ambush were driven to the cemetery.\n"
        "The soldiers died when their convoy was attacked near the border.\n"
        "The army said at the time that dozens of the attackers had also been killed.\n"
        "Ministers and diplomats attended a ceremony at the army's headquarters.\n"
        "\"They gave their lives so that we may live in peace,\" the chief of staff said.\n"
        "Families wept as the coffins passed.\n"
        "Hundreds of soldiers have been killed in the region since 2019.",
        [],
    ),
    (
        date(2024, 9, 10),  # the lede counts the soldiers; a later total with the bomber in it is the whole toll
        "BELEDWEYNE, Somalia — A suicide bomber drove a car at the gate of an army base in Beledweyne on Monday, "
        "killing four soldiers, officials said.\n"
        "The militant group that claimed the attack said its fighters had killed \"dozens\" of soldiers.\n"
        "The district commissioner said on Tuesday that five people had died — four soldiers and the bomber — and "
        "that seven soldiers were wounded.\n"
        "The car was stopped at the first checkpoint, he said.\n"
        "Shops near the gate were damaged by the blast.\n"
        "The army has been fighting the group in the region for years.\n"
        "Last year a similar attack on the same base killed 13 people.",
        [(date(2024, 9, 9), "Beledweyne", "Suicide bomb", 5, 7)],
    ),
    (
        date(2024, 10, 2),  # a court keeps suspects in custody over an attack months ago: no new incident
        "ISTANBUL — A court on Tuesday extended the pre-trial detention of six men accused of the June bombing of "
        "a bus station, in which 31 people were killed, state media reported.\n"
        "The judge ordered them held until the end of the year.\n"
        "The hearing was closed to the press.\n"
        "The bomb went off in a crowded waiting hall on June 14.\n"
        "More than 80 people were wounded.\n"
        "A militant group claimed the attack.\n"
        "Lawyers for two of the men say they were in another city that day.",
        [],
    ),
    (
        date(2024, 3, 5),  # a Tuesday; the lede's clause of a shell on another day is the second incident's
        "BENI, Congo — Soldiers and allied militias fought rebels around the town of Kalunguta on Sunday, and a "
        "shell slammed into a market in Beni on Monday, killing four people, officials said.\n"
        "The fighting near Kalunguta lasted most of the day, residents said.\n"
        "\"At least six of our fighters fell on Sunday,\" a militia commander said by telephone.\n"
        "The army gave no toll.\n"
        "In Beni, the shell struck stalls near the central market on Monday morning, killing four traders and "
        "wounding nine other people, according to the mayor.\n"
        "It was not clear who fired it.\n"
        "Thousands of people have fled the area in recent weeks.",
        [
            (date(2024, 3, 3), "Kalunguta", "Armed clash", 6, 0),
            (date(2024, 3, 4), "Beni", "Shelling/artillery/missile attack", 4, 9),
        ],
    ),
    (
        date(2025, 3, 3),  # a Monday; the lede's clause of a second blow, with its own day and count, is an incident
        "POPAYÁN, Colombia — A motorcycle bomb exploded outside the town hall in Jambaló on Saturday night, killing "
        "a street vendor and wounding three people, while two soldiers were killed in fighting near Toribío on "
        "Sunday, the authorities said.\n"
        "The bomb had been left on a motorcycle parked beside the square, police said.\n"
        "The vendor died at the scene.\n"
        "The three wounded were taken to the hospital in Santander de Quilichao.\n"
        "Near Toribío, troops clashed with dissident fighters for several hours, the army said.\n"
        "No group has said it planted the bomb.\n"
        "The region has seen a rise in attacks on security forces.",
        [
            (date(2025, 3, 1), "Jambalo", "Remote explosive/landmine/IED", 1, 3),
            (date(2025, 3, 2), "Toribio", "Armed clash", 2, 0),
        ],
    ),
    (
        date(2025, 6, 12),  # a Thursday; a roundup whose lede joins two blows with "and", each on its own weekday
        "Benue: six killed in Agatu village raid, two traders lynched in Gboko\n"
        "MAKURDI, Nigeria — Renewed violence has hit Benue State, with gunmen killing six people in a raid on a "
        "village in Agatu Local Government Area on Sunday and an angry crowd killing two traders in Gboko on "
        "Tuesday.\n"
        "In the first attack, gunmen stormed Okokolo community in Agatu at about 10pm on Sunday, firing into homes.\n"
        "The council chairman told reporters that six people were killed and four others injured.\n"
        "Two days later, on Tuesday evening, youths in Gboko attacked two traders they accused of kidnapping a "
        "child, beating them to death.\n"
        "Police said four suspects had been arrested.",
        [
            (date(2025, 6, 8), "Okokolo", "Attack", 6, 4),
            (date(2025, 6, 10), "Gboko", "Mob violence", 2, 0),
        ],
    ),
    (
        date(2024, 4, 10),  # a Wednesday; a filing day without a city; a source's town is not a second incident
        "Army says nine soldiers, 15 attackers killed in raid on Djibo base\n"
        "April 10 — Nine soldiers were killed when jihadist fighters attacked an army base in the northern town of "
        "Djibo on Monday, the army said, adding that 15 assailants were killed in the fighting.\n"
        "Seven soldiers were wounded.\n"
        "A security source in Ouahigouya said the attackers withdrew with several of their dead.\n"
        "Reinforcements reached the town on Tuesday.",
        [(date(2024, 4, 8), "Djibo", "Armed clash", 24, 7)],
    ),
    (
        date(2024, 10, 15),  # a Tuesday; a militia named after a town abroad ("Fano", Italy) is no place
        "Fano fighters briefly hold Amhara town of Bure\n"
        "ADDIS ABABA — Fighters of the Fano militia entered the town of Bure in West Gojjam zone on Sunday and held "
        "parts of it for several hours after clashing with federal troops, in fighting that killed at least seven "
        "people, residents said.\n"
        "The Fano fighters freed prisoners from the police station before withdrawing, a trader said.\n"
        "Fano, a loose network of Amhara militias, has fought the federal army since last year.",
        [(date(2024, 10, 13), "Bure", "Armed clash", 7, 0)],
    ),
    (
        date(2023, 6, 9),  # a Friday; a monthly report dated by its statement, its incidents weeks old: no event
        "Monitors: May worst month for civilians in the east this year\n"
        "GENEVA — At least 140 civilians were killed and 610 injured in the country's east in May, the highest "
        "monthly toll since January, the UN monitoring team said in its monthly update on Friday.\n"
        "Most of the casualties were caused by rockets and guided bombs falling on towns near the front line.\n"
        "The deadliest single strike of the month hit a bus depot in Kramatorsk on May 12, killing 17 people, the "
        "update said.\n"
        "A week earlier, a rocket hit a school yard in Druzhkivka and killed six.\n"
        "The team said it had been unable to verify reports from areas it cannot reach.\n"
        "The report came as both sides traded accusations over a dam on the river.",
        [],
    ),
    (
        date(2022, 3, 14),  # a Monday; a funeral weeks after the killing: no event
        "Bamenda buries three shot at a roadblock\n"
        "BAMENDA, Cameroon — Hundreds of mourners gathered at the main church in Bamenda on Saturday for the funeral "
        "of three young men killed at a roadblock in the town more than four weeks ago.\n"
        "The three, two taxi drivers and a student, were shot dead on the night of February 9 near the central "
        "market.\n"
        "Their families say soldiers opened fire after a separatist fighter ran past the roadblock.\n"
        "The army said at the time that its men had come under fire first.\n"
        "Shops in the town stayed shut during the service, and soldiers watched from armoured cars.\n"
        "The conflict in the two English-speaking regions has killed thousands since 2017.",
        [],
    ),
    (
        date(2021, 11, 20),  # a Saturday; an anniversary whose lede names the victims already counted: no event
        "Ten years on, families of Kanam mine victims still wait for justice\n"
        "LAGOS — Relatives of the 31 miners killed in the Kanam raid marked the tenth anniversary of the attack on "
        "Saturday with prayers at the mine gate in Kanam, as a federal court prepared to rule on the case.\n"
        "On Nov. 20, 2011, gunmen on motorcycles surrounded the mine camp at dusk and opened fire on the workers.\n"
        "Only two of the 14 men charged over the raid have been tried.\n"
        "\"We bury our patience every year,\" said the widow of one of the miners.\n"
        "Human rights groups say attacks on mining camps in the region have killed hundreds since 2010.\n"
        "The court is expected to deliver its judgment next month.",
        [],
    ),
    (
        date(2024, 10, 2),  # a Wednesday; a feature that recalls a raid seven weeks old: no event
        "In Kaya, families who fled Dablo wait for the rains to end\n"
        "KAYA, Burkina Faso — Awa Ouedraogo keeps the few things she saved in a plastic tub beside the mat where "
        "her four children sleep, at a camp on the edge of Kaya.\n"
        "\"We left with what we could carry.\n"
        "Our neighbours who stayed behind, we do not know where they are,\" she said through an interpreter.\n"
        "Her brother was among the farmers who were working in the fields around Dablo when fighters attacked the "
        "town on August 11.\n"
        "The government has not released a toll for the attack.\n"
        "Aid groups say food deliveries to the camp have been irregular because convoys need military escorts.\n"
        "Prices at Kaya's market have doubled since the spring, and families say they eat once a day.",
        [],
    ),
    (
        date(2021, 9, 8),  # a Wednesday; a group's dated claim, a year recalled, a trend: one event
        "Mali says four soldiers killed near Sofara; jihadists claim dozens\n"
        "BAMAKO, Sept 8 — Four Malian soldiers were killed on Monday when suspected jihadists attacked an army "
        "post near Sofara in the central Mopti region, the army said.\n"
        "The army said in a statement that three soldiers were wounded and that the area was being searched.\n"
        "An al-Qaeda-linked group said in a claim posted on messaging apps on Tuesday that its fighters had killed "
        "28 soldiers and burned two vehicles.\n"
        "The claim could not be verified.\n"
        "Attacks on the army have multiplied in central Mali this year despite a large deployment.\n"
        "In late 2019, a string of assaults on army bases in the region killed more than 100 soldiers.",
        [(date(2021, 9, 6), "Sofara", "Armed clash", 4, 3)],
    ),
    (
        date(2023, 5, 16),  # a Tuesday; a roundup whose third item, on its own scene, is four days old
        "Balochistan: two soldiers killed in Mastung blast\n"
        "QUETTA — Two soldiers were killed and three others injured on Monday when a roadside bomb hit their "
        "vehicle near Dasht in Balochistan's Mastung district, officials said.\n"
        "The injured were taken to the military hospital in Quetta.\n"
        "On Sunday evening, men on a motorcycle threw a hand grenade at a shop in Turbat's main bazaar, killing one "
        "person and injuring five, police said.\n"
        "Late on Friday, gunmen shot dead two labourers from Punjab who were building a school in Panjgur, the "
        "Levies said.\n"
        "Their bodies were sent home on Saturday.\n"
        "Officials condemned the attacks and vowed to find those responsible.",
        [
            (date(2023, 5, 15), "Dasht", "Remote explosive/landmine/IED", 2, 3),
            (date(2023, 5, 14), "Turbat", "Grenade", 1, 5),
            (date(2023, 5, 12), "Panjgur", "Attack", 2, 0),
        ],
    ),
    (
        date(2025, 3, 17),  # a Monday; a lede that adds another source's report of a second blow
        "Drones hit police post in Suarez; army says two rebels killed near Balboa\n"
        "BOGOTA, March 17 — Three police officers were wounded when drones dropped explosives on the police post "
        "in Suarez, in Colombia's Cauca department, on Saturday, and the army said on Sunday that two rebels had "
        "been killed in fighting in the same region.\n"
        "The drones released two charges over the post shortly after midnight, the police said.\n"
        "On Sunday, troops clashed with rebels near Balboa, the army said in a statement.\n"
        "Two rebels were killed and rifles were seized, it said.\n"
        "Cauca has seen dozens of drone attacks since last year.",
        [
            (date(2025, 3, 15), "Suarez", "Air/drone strike", 0, 3),
            (date(2025, 3, 16), "Balboa", "Armed clash", 2, 0),
        ],
    ),
    (
        date(2024, 3, 19),  # a Tuesday; a follow-up whose earlier toll is dated by the day it was said
        "Toll from Bama market bombing rises to nine\n"
        "MAIDUGURI, Nigeria — The toll from a suicide bombing at a cattle market in the northeast Nigerian town of "
        "Bama has risen to nine, including the bomber, after two wounded victims died, an emergency official said "
        "on Tuesday.\n"
        "A woman blew herself up near a tea stall at the market at around 6 pm on Sunday, witnesses said.\n"
        "On Monday officials had said six people besides the bomber were killed and 20 others injured.\n"
        "\"As of this morning we have nine dead,\" the official said.\n"
        "The governor condemned the attack.",
        [(date(2024, 3, 17), "Bama", "Suicide bomb", 9, 20)],
    ),
    (
        date(2022, 12, 1),  # a Thursday; a headline listing both sides' dead, grenades used in an armed assault
        "Two policemen, three militants killed in attack on Bannu police station\n"
        "PESHAWAR — Two policemen were killed and one injured when militants attacked a police station in Bannu "
        "late on Wednesday night, police said.\n"
        "The attackers came from two sides at around 11 pm, using hand grenades and automatic weapons.\n"
        "Officers returned fire, and three militants were killed in the exchange, a police officer said.\n"
        "The injured constable was taken to hospital.",
        [(date(2022, 11, 30), "Bannu", "Armed clash", 5, 1)],
    ),
    (
        date(2024, 4, 23),  # a Tuesday; the headline calls the dead infiltrators, the body militants: the same two
        "Two infiltrators killed in Gurez sector, soldier injured\n"
        "SRINAGAR — Two militants were killed when the army foiled an infiltration bid in the Gurez sector of "
        "Bandipora district on "
        "Monday, officials said.\n"
        "A soldier was injured in the exchange of fire.\n"
        "Weapons and ammunition were recovered from the site, an army spokesman said.\n"
        "The soldier was flown to the army hospital in Srinagar and is stable.\n"
        "The area was being searched for any other intruders, the spokesman added.\n"
        "Officials say infiltration attempts rise each spring as the snow on the mountain passes melts.",
        [(date(2024, 4, 22), "Gurez", "Armed clash", 2, 1)],
    ),
    (
        date(2022, 8, 18),  # a Thursday; a second incident opening with troops engaging fighters
        "ADF raid kills eight in Beni territory; soldiers and rebels die in clash near Mbau\n"
        "GOMA — Suspected ADF rebels killed at least eight civilians in a night raid on the village of Mamove in "
        "Beni territory, local officials said on Thursday.\n"
        "The attackers entered the village at about 9 p.m. on Tuesday, going from house to house.\n"
        "On Wednesday afternoon, soldiers engaged a group of ADF fighters near Mbau, the army said in a statement.\n"
        "Two soldiers and four rebels were killed in the fighting, it said.",
        [
            (date(2022, 8, 16), "Mamove", "Attack", 8, 0),
            (date(2022, 8, 17), "Mbau", "Armed clash", 6, 0),
        ],
    ),
    (
        date(2022, 3, 9),  # a Wednesday; an agency's war totals, dated by its briefing: no event
        "More than 8,000 children killed or maimed in the war since 2016, agency says\n"
        "GENEVA — More than 8,000 children have been killed or maimed since the fighting escalated in 2016, the "
        "UN children's agency said on Wednesday, warning that the real figure was far higher.\n"
        "\"These are only the cases we could verify.\n"
        "Many more child deaths and injuries go unrecorded,\" its representative told a briefing by video link.\n"
        "Some 2,900 of the children were killed and more than 5,100 wounded, she said, by air strikes, shelling and "
        "landmines.\n"
        "The agency said it needed $300 million to keep its programmes running this year.\n"
        "Two million children are out of school, it said.",
        [],
    ),
    (
        date(2023, 2, 7),  # a Tuesday; a commissioner's toll dated by the day he spoke, then updated
        "Death toll in Gogrial cattle raid rises to 12\n"
        "KUAJOK — The number of people killed in a cattle raid in Gogrial East County has risen to 12, the state "
        "information minister said on Tuesday.\n"
        "Armed youths attacked a cattle camp near Lietnhom on Sunday morning, sparking a gunfight with the herders, "
        "officials said.\n"
        "Speaking to this radio station on Monday, the county commissioner said nine people had been killed, among "
        "them two of the attackers, and seven others wounded.\n"
        "Two of the wounded later died in hospital in Kuajok, the minister said.\n"
        "The raiders made off with hundreds of cattle.\n"
        "Revenge raids between rival communities have killed hundreds in the state in recent years.",
        [(date(2023, 2, 5), "Lietnhom", "Armed clash", 12, 7)],
    ),
    (
        date(2023, 7, 13),  # a Thursday; a lede that sums up a second blow told on the following day
        "Insurgents kidnap three fishermen near Mucimba; five dead in Ancuabe clash\n"
        "PEMBA — Suspected insurgents kidnapped three fishermen near the village of Mucimba on Monday, while a clash "
        "between soldiers and insurgents near Ancuabe the following day left five people dead, local sources said.\n"
        "The fishermen had gone out before dawn when armed men stopped their boat, a relative said.\n"
        "On Tuesday, soldiers clashed with a group of insurgents near Ancuabe, a military source said.\n"
        "Four insurgents and one soldier were killed in the fighting.\n"
        "The army has not commented on either incident.",
        [
            (date(2023, 7, 10), "Mucimba", "Abduction/forced disappearance", 0, 0),
            (date(2023, 7, 11), "Ancuabe", "Armed clash", 5, 0),
        ],
    ),
    (
        date(2023, 4, 12),  # a Wednesday; "one year ago today" frames a look back, whatever toll follows
        "A year after the Sagal market killings, families still wait\n"
        "BAMAKO — One year ago today, soldiers surrounded the weekly market in Sagal, a village on the river in "
        "central Mali.\n"
        "What followed over two days remains one of the darkest episodes of the conflict.\n"
        "A rights group that interviewed survivors estimated that soldiers killed around 80 men, many of them "
        "after they had been detained.\n"
        "The army said at the time that it had killed 60 militants in an operation in the area.\n"
        "No independent investigation has been allowed to reach the village.\n"
        "Relatives say they still do not know where the dead were buried.",
        [],
    ),
    # the clock's "p.m." before the day ends no sentence; "In a statement Thursday" is the day of the telling; the
    # dead "including two who were taken to hospital" are no wounded, the four who remained hospitalised are
    (
        date(2023, 6, 15),  # a Thursday
        "Gunmen kill five at pool hall in Zacatecas town\n"
        "FRESNILLO, Mexico (AP) — Gunmen opened fire inside a pool hall in the Mexican town of Fresnillo, killing "
        "five men, Zacatecas state prosecutors said Thursday.\n"
        "The shooting began around 11 p.m. Tuesday, when three men walked in and fired at the players.\n"
        "The Red Cross said five people had died, including two who were taken to hospital in the state capital.\n"
        "In a statement Thursday, the prosecutor's office said the victims were aged between 19 and 40.\n"
        "Four other people remained hospitalized, one of them in serious condition, the office said.\n"
        "No arrests have been made. The state has long been fought over by rival cartels.",
        [(date(2023, 6, 13), "Fresnillo", "Attack", 5, 4)],
    ),
    # the lede's "in addition to the bomber" adds him; a later "brings the number of victims to" updates the toll;
    # of the wounded, those "of whom" died are dead, and "several with burns" are some of those still treated
    (
        date(2021, 9, 9),  # a Thursday
        "Suicide car bomb at Afgoye checkpoint kills nine\n"
        "AFGOYE, Somalia — A suicide bomber rammed a car packed with explosives into an army checkpoint outside "
        "Afgoye on Wednesday, killing at least six people, police said.\n"
        "An officer at the scene said four soldiers and two traders died on the spot, in addition to the bomber.\n"
        "On Thursday a doctor at the district hospital said it had taken in 19 wounded people, two of whom died "
        "during the night. \"That brings the number of victims to eight,\" she said.\n"
        "She added that 17 patients were still being treated, several with serious burns.\n"
        "Al-Shabaab said it carried out the attack. The group has bombed the road to the capital many times.",
        [(date(2021, 9, 8), "Afgooye", "Suicide bomb", 9, 17)],
    ),
    # violence on the night of a commemoration, "following" it: the occasion, not a lede that looks back
    (
        date(2023, 7, 13),  # a Thursday
        "BELFAST — Police came under attack on Wednesday night in north Belfast during disorder that broke out after "
        "a loyalist bonfire commemoration, the PSNI said.\n"
        "Youths threw bricks and fireworks at a line of officers on the Crumlin Road, and a car was set on fire.\n"
        "Three officers were slightly hurt. Nobody was arrested on the night, police said.\n"
        "Community leaders appealed for calm ahead of the weekend parades. A local councillor said families had "
        "been left frightened in their homes. \"This was a disgrace,\" she said.\n"
        "Police said they had gathered footage and would pursue those responsible. The chief constable condemned the "
        "attack. Similar trouble has broken out in the area in past summers.",
        [(date(2023, 7, 12), "Belfast", "Violent demonstration", 0, 3)],
    ),
    # bodies recovered a day later are the dead of the attack already told, not a second incident
    (
        date(2023, 4, 10),  # a Monday
        "Gunmen kill four workers at illegal mine in Ecuador\n"
        "QUITO (Reuters) - Four workers were killed on Saturday when gunmen stormed an informal gold mine near the "
        "town of Ponce Enríquez, in Azuay province, police said.\n"
        "Survivors said the attackers opened fire inside a shaft where the men were working.\n"
        "Rescuers recovered four bodies on Sunday after the attackers partly blew up the entrance as they left.\n"
        "Gangs have fought over informal mines in the area for years, and the government declared a state of "
        "emergency in the province last year. Nobody has been arrested.",
        [(date(2023, 4, 8), "Ponce Enríquez", "Attack", 4, 0)],
    ),
    # a headline over two stories types neither; the lede's clause of the second blow on another day is cut off
    (
        date(2023, 2, 14),  # a Tuesday
        "Militants storm army post in Damboa as gunmen kidnap traders near Konduga\n"
        "MAIDUGURI, Nigeria — Jihadist fighters attacked an army post in Damboa, Borno State, on Sunday, killing "
        "four soldiers, military sources said, while gunmen abducted nine traders near Konduga on Monday.\n"
        "The fighters came in trucks at dusk and fought troops for two hours before they were driven off, an officer "
        "said. Three soldiers were wounded.\n"
        "In a separate incident, gunmen on Monday abducted nine traders on the road near Konduga, a "
        "vigilante leader said. Nobody was killed.\n"
        "The insurgency in the northeast has killed tens of thousands of people since 2009.",
        [
            (date(2023, 2, 12), "Damboa", "Armed clash", 4, 3),
            (date(2023, 2, 13), "Konduga", "Abduction/forced disappearance", 0, 0),
        ],
    ),
    # a town named as "the weekly market of X"; a roundup's arrests told on their own scene a few days before
    (
        date(2022, 10, 12),  # a Wednesday
        "YAOUNDE, Cameroon — A suicide bomber blew herself up on Tuesday in the busy weekly market of Kolofata, in "
        "Cameroon's Far North region, killing three traders, local officials said.\n"
        "Eleven wounded people were taken to the district hospital, an official said.\n"
        "Boko Haram fighters have attacked towns near the Nigerian border for years.\n"
        "Meanwhile, the army said soldiers arrested nine suspected separatist fighters in a search operation in "
        "Ndop on Saturday, seizing locally made guns and ammunition.\n"
        "Relatives of some of those held said they were farmers. The army did not respond.",
        [
            (date(2022, 10, 11), "Kolofata", "Suicide bomb", 3, 11),
            (date(2022, 10, 8), "Ndop", "Arrests", 0, 0),
        ],
    ),
    # a roundup's arrests a day before the lede's blow, told by a source that speaks first ("Meanwhile, police said
    # four men ... were arrested in X on Thursday"): an incident of their own
    (
        date(2023, 9, 16),  # a Saturday
        "IMPHAL — A farmer was shot dead and another wounded when gunmen on a hillside fired on villagers working "
        "in paddy fields near Kumbi in Bishnupur district on Friday morning, police said.\n"
        "The wounded man was taken to hospital in Imphal.\n"
        "Meanwhile, state police said three members of a banned armed group were arrested in Kakching on "
        "Thursday during a search of a rented house.\n"
        "The state has been torn by ethnic violence for months, and security forces guard farmers in the fields "
        "near the foothills. Residents said they were afraid to go back to work.",
        [
            (date(2023, 9, 15), "Kumbi", "Attack", 1, 1),
            (date(2023, 9, 14), "Kakching", "Arrests", 0, 0),
        ],
    ),
    # a funeral weeks after the killing, told in a full article: the lede looks back, no new incident
    (
        date(2021, 3, 22),  # a Monday
        "OAXACA, Mexico — Family and friends buried community radio host Tomás Reyes on Sunday in his home village, "
        "four weeks after he was shot dead outside his studio in Juchitán, as the state forensic service kept his "
        "body for tests.\n"
        "Reyes, 39, who read the news every morning for a local station, was killed on Feb. 21 by a gunman on a "
        "motorcycle.\n"
        "He had reported on land disputes in the region. The family asked for a quiet ceremony.\n"
        "\"He only wanted to tell people what was happening,\" his brother said.\n"
        "Prosecutors said they were following several lines of inquiry. Nobody has been arrested.\n"
        "Press freedom groups say Mexico is among the most dangerous countries for reporters.",
        [],
    ),
    # a lede with only the day of the statement leaves the incident's day to the scene set below it
    (
        date(2024, 3, 12),  # a Tuesday
        "Two armed smugglers killed in clash on Tajik-Afghan border\n"
        "DUSHANBE — Tajik border guards killed two armed men who tried to cross the Panj river with a load of drugs "
        "in the Farkhor district of Khatlon province, the national security committee said on Tuesday.\n"
        "According to the committee, a patrol spotted the group on the river bank in the early hours of Sunday.\n"
        "When ordered to stop, the men opened fire on the guards, who fired back.\n"
        "One guard was slightly wounded. The committee said the dead men carried rifles and 30 kilograms of "
        "hashish.\n"
        "Tajikistan shares a long border with Afghanistan, much of it along the river.",
        [(date(2024, 3, 10), "Farkhor", "Armed clash", 2, 1)],
    ),
    # a lede whose clashes follow a march "marking 10 years since" a killing: the occasion's time is no period, and
    # its ", as youths hurled ..." clause is the riot itself, not scene-setting
    (
        date(2024, 12, 5),  # a Thursday
        "Stones and tear gas in Thessaloniki after anniversary march\n"
        "THESSALONIKI, Greece — Police detained 14 people and two officers were hurt in clashes in the city centre on "
        "Wednesday night, as masked youths hurled stones and flares at riot police following a march marking ten "
        "years since a student uprising at the university.\n"
        "Some 2,000 people had marched peacefully from the university earlier in the evening.\n"
        "Officers used tear gas to disperse the groups that stayed behind, police said.\n"
        "Shop owners said several windows were smashed. The march is held every year.",
        [(date(2024, 12, 4), "Thessaloniki", "Violent demonstration", 0, 2)],
    ),
    # a lede's clause of a second blow whose subject is the weapon ("while artillery fire wounded a man in Beryslav
    # on Wednesday"); the body tells it after a scene set up front and a source ("In the Kherson region, the governor
    # said troops had shelled ...")
    (
        date(2024, 9, 11),  # a Wednesday
        "KYIV — A Russian drone slammed into a house in the border village of Yunakivka late on Tuesday, killing "
        "two people, while artillery fire wounded a man in the southern town of Beryslav on Wednesday morning, "
        "regional officials said.\n"
        "The strike on Yunakivka, in the Sumy region, killed a woman and her son, the regional administration said.\n"
        "Two other people were wounded and taken to hospital.\n"
        "In the Kherson region, the governor said Russian troops had shelled the town of Beryslav with heavy "
        "artillery shortly after 8 am on Wednesday.\n"
        "A 60-year-old man was wounded and several houses were damaged.\n"
        "Moscow does not comment on individual strikes.",
        [
            (date(2024, 9, 10), "Yunakivka", "Air/drone strike", 2, 2),
            (date(2024, 9, 11), "Beryslav", "Shelling/artillery/missile attack", 0, 1),
        ],
    ),
    # "Early Thursday, drones attacked ...": a scene set up front without "on"; air defences that shot down some of
    # the drones while one struck make a strike, not a disrupted one
    (
        date(2024, 8, 15),  # a Thursday
        "CAIRO — Shells fired by the Rapid Support Forces hit a market in the city of Omdurman on Wednesday, killing "
        "at least seven people and wounding 20, medics said.\n"
        "The shells struck as traders were opening their stalls, a local volunteer group said.\n"
        "Early Thursday, drones attacked a power station in Rabak, on the White Nile, the state government said.\n"
        "Air defences shot down several of the drones, but one struck a transformer and started a fire.\n"
        "No casualties were reported. The army blamed the RSF.\n"
        "The war has driven millions from their homes.",
        [
            (date(2024, 8, 14), "Omdurman", "Shelling/artillery/missile attack", 7, 20),
            (date(2024, 8, 15), "Rabak", "Air/drone strike", 0, 0),
        ],
    ),
    # a lede's clause of a second blow on another day whose subject is a plural group of attackers
    (
        date(2024, 6, 11),  # a Tuesday
        "RAMALLAH — An Israeli air strike killed two Palestinians in the village of Tubas late on Monday, the health "
        "ministry said, and settlers attacked farmers near the village of Turmus Ayya on Tuesday morning, wounding "
        "three people.\n"
        "The strike hit a car on the edge of Tubas, residents said. A third man in the car was wounded.\n"
        "Near Turmus Ayya, settlers attacked farmers in their olive groves with clubs on Tuesday morning, the Red "
        "Crescent said. Three Palestinians were treated for injuries.\n"
        "Violence in the occupied West Bank has risen sharply this year.",
        [
            (date(2024, 6, 10), "Tubas", "Air/drone strike", 2, 1),
            (date(2024, 6, 11), "Turmus Ayya", "Attack", 0, 3),
        ],
    ),
    # a source's lead-in before a scene of its own ("The statement added that on Sunday, a patrol vehicle ran over a
    # mine near X"): another incident, not a later detail of the first; "Troops of Operation Safe Haven" names no place
    (
        date(2025, 10, 14),  # a Tuesday
        "Troops repel attack on base in Gajiram, lose two soldiers to mine near Gubio\n"
        "From our correspondent, Maiduguri\n"
        "Troops of Operation Lafiya Dole have repelled an attack by insurgents on their base in Gajiram, Nganzai "
        "Local Government Area of Borno State, killing seven of the attackers, the army said.\n"
        "In a statement on Tuesday, an army spokesman said the insurgents attacked the base in the early hours of "
        "Saturday but were driven back after a gunfight.\n"
        "Three soldiers sustained minor injuries, he said.\n"
        "The statement added that on Sunday, a patrol vehicle ran over a landmine near Gubio.\n"
        "Two soldiers paid the supreme price and one other was injured, it said.\n"
        "The army urged residents to report suspicious movements.",
        [
            (date(2025, 10, 11), "Gajiram", "Armed clash", 7, 3),
            (date(2025, 10, 12), "Gubio", "Remote explosive/landmine/IED", 2, 1),
        ],
    ),
    # a roundup item set across a border ("Across the border in Burkina Faso, ..."), and the headlines that a page
    # lists under "Related articles", which are other stories
    (
        date(2023, 12, 12),  # a Tuesday
        "NIAMEY — Ten soldiers were killed on Saturday when gunmen attacked a military post near Ayorou, in the "
        "Tillaberi region, the defence ministry said.\n"
        "The army said 15 attackers were killed in the fighting.\n"
        "Across the border in Burkina Faso, a bus hit an explosive device on Sunday near Seytenga, a security source "
        "said.\n"
        "Four passengers were killed and nine others injured.\n"
        "The wounded were taken to Dori.\n"
        "Related articles\n"
        "Mali: army says it killed 30 fighters near Menaka\n"
        "Back to top",
        [
            (date(2023, 12, 9), "Ayorou", "Armed clash", 25, 0),
            (date(2023, 12, 10), "Seytenga", "Remote explosive/landmine/IED", 4, 9),
        ],
    ),
    # a roundup's third item told by a source after "Separately,": its own place and the army's jargon for the dead
    # ("sent to hell", "embraced shahadat")
    (
        date(2025, 1, 23),  # a Thursday
        "QUETTA — Four labourers were shot dead when gunmen stopped a coach on the highway near Surab late on Tuesday, "
        "officials said.\n"
        "On Wednesday, two Frontier Corps soldiers were killed when a bomb exploded near their vehicle on the "
        "outskirts of Panjgur.\n"
        "Separately, the military's media wing said security forces conducted an intelligence-based operation in "
        "Kharan district on Wednesday on the reported presence of militants.\n"
        "\"Three terrorists were sent to hell,\" it said.\n"
        "Sepoy Imran Ali, 24, embraced shahadat during the exchange of fire, it said.\n"
        "The chief minister condemned the attacks.",
        [
            (date(2025, 1, 21), "Surab", "Attack", 4, 0),
            (date(2025, 1, 22), "Panjgur", "Remote explosive/landmine/IED", 2, 0),
            (date(2025, 1, 22), "Kharan", "Armed clash", 4, 0),
        ],
    ),
    # a headline's figure that the body gives as the attackers' dead ("12 Boko Haram fighters killed" over "We lost
    # five of our men ... Twelve assailants were neutralised"): the toll is 17, not the headline's 12 plus the 12
    (
        date(2021, 4, 6),  # a Tuesday
        "Chad: five soldiers, 12 Boko Haram fighters killed in attack on lake post\n"
        "N'DJAMENA — Five Chadian soldiers and 12 Boko Haram fighters were killed when the jihadists attacked an army "
        "position near Bol on Sunday night, the army said.\n"
        "\"We lost five of our men and six others were wounded,\" an army spokesman said.\n"
        "\"Twelve assailants were neutralised.\"\n"
        "The army recovered weapons and boats.\n"
        "The conflict has killed more than 36,000 people since 2009.",
        [(date(2021, 4, 4), "Bol", "Armed clash", 17, 6)],
    ),
    # bodies found: "the bodies of six men were found" is a count of the dead and an attack on civilians
    (
        date(2025, 11, 18),  # a Tuesday
        "ZACATECAS, Mexico — The bodies of five men with signs of torture were found dumped beside a dirt road "
        "outside the city of Jerez, state prosecutors said on Tuesday.\n"
        "Farm workers alerted the authorities early on Monday, the prosecutor's office said.\n"
        "The men had their hands tied.\n"
        "Three of them had been reported missing by their families.\n"
        "The other two had not been identified.\n"
        "A message signed with a cartel's initials was left beside them, local media said.\n"
        "Cartels have fought for years over routes through the state.",
        [(date(2025, 11, 17), "Jerez de Garcia Salinas", "Attack", 5, 0)],
    ),
    # a witness who counted the bodies at the scene a day later gives another source's figure for the same attack,
    # not an incident of its own; troops who "found the bodies" at a hamlet tell the fighting's dead
    (
        date(2024, 3, 19),  # a Tuesday
        "MAIDUGURI, Nigeria — Insurgents attacked a military base in the town of Dikwa late on Sunday, killing five "
        "soldiers before troops pushed them back, the army said on Tuesday.\n"
        "The army said 12 of the attackers were killed.\n"
        "A member of a vigilante group told reporters he had counted the bodies of eight soldiers at the base on "
        "Monday morning.\n"
        "Residents said the shooting lasted three hours.",
        [(date(2024, 3, 17), "Dikwa", "Armed clash", 17, 0)],
    ),
    # a lede that sums up the incidents the story then tells one by one ("in three regions"): it gives the first its
    # day, and neither its count nor its weapons
    (
        date(2025, 10, 14),  # a Tuesday
        "KYIV — Russian shelling and drone attacks killed four people in three Ukrainian regions on Monday, officials "
        "said on Tuesday.\n"
        "In Kharkiv, artillery fire hit a residential street in the afternoon, killing a woman and wounding six "
        "people, the governor said.\n"
        "In the Sumy region, a drone struck a bus near Bilopillia, killing the driver, the regional administration "
        "said.\n"
        "In Nikopol, a drone hit a market, killing two men, the regional governor said.\n"
        "Moscow denies targeting civilians.",
        [
            (date(2025, 10, 13), "Kharkiv", "Shelling/artillery/missile attack", 1, 6),
            (date(2025, 10, 13), "Bilopillia", "Air/drone strike", 1, 0),
            (date(2025, 10, 13), "Nikopol", "Air/drone strike", 2, 0),
        ],
    ),
    # a second source's blow in the lede, on another day ("while activists accused the military of killing dozens
    # in an airstrike ... a day earlier"; "while the air force said it had killed ... on Sunday"), told in full below
    (
        date(2024, 11, 26),  # a Tuesday
        "CAIRO — Shelling by the Rapid Support Forces killed four civilians in the city of El Fasher on Monday, a "
        "volunteer group said, while activists accused the army of killing dozens in an airstrike on a market in "
        "another Darfur town a day earlier.\n"
        "The shells landed in residential neighbourhoods, the group said.\n"
        "In Kutum, a military warplane struck the weekly market on Sunday, a lawyers' group said.\n"
        "\"Dozens of people were killed,\" the group said.\n"
        "The army did not comment.",
        [
            (date(2024, 11, 25), "El Fasher", "Shelling/artillery/missile attack", 4, 0),
            (date(2024, 11, 24), "Kutum", "Air/drone strike", 12, 0),
        ],
    ),
    (
        date(2022, 2, 7),  # a Monday
        "GUSAU — Bandits abducted more than 40 people in the village of Magami on Saturday, residents said, while the "
        "air force said it had killed \"scores of bandits\" in strikes on camps near Bakura on Sunday.\n"
        "The gunmen arrived on motorcycles and went from house to house, residents said.\n"
        "Two men who tried to run were shot and wounded.\n"
        "On Sunday, air force jets struck hideouts in forests near Bakura, a spokesman said in a statement issued in "
        "Abuja.\n"
        "\"Scores of bandits were neutralised,\" he said.",
        [
            (date(2022, 2, 5), "Magami", "Abduction/forced disappearance", 0, 2),
            (date(2022, 2, 6), "Bakura", "Air/drone strike", 20, 0),
        ],
    ),
    # a headline's count of one side ("kills three police, passer-by") does not split the lede's toll: the bomber told
    # apart adds to it
    (
        date(2023, 6, 20),  # a Tuesday
        "Suicide bomber kills three police, passer-by at Bannu checkpoint\n"
        "PESHAWAR — A suicide bomber blew himself up at a police checkpoint in Bannu on Monday, killing three "
        "policemen and a passer-by, police said.\n"
        "The bomber was also killed.\n"
        "Six people were wounded and taken to hospital.\n"
        "The constable on duty stopped him at the barrier, a police officer said.\n"
        "A faction of the Pakistani Taliban claimed the attack.\n"
        "The chief minister announced compensation for the families.\n"
        "Attacks on police have risen in the province this year.",
        [(date(2023, 6, 19), "Bannu", "Suicide bomb", 5, 6)],
    ),
    # a death of illness is no victim, and its day no incident ("a vigil for a man who had died of illness on Friday")
    (
        date(2020, 2, 10),  # a Monday
        "CELAYA, Mexico — Gunmen opened fire on mourners at a wake in the town of Jaral del Progreso on Saturday "
        "night, the state prosecutor said.\n"
        "The attackers fired at a house where a family was holding a vigil for a man who had died of illness on "
        "Friday, witnesses said.\n"
        "\"They killed six people,\" the mayor said.\n"
        "Two injured people were taken to hospitals in Celaya.",
        [(date(2020, 2, 8), "Jaral del Progreso", "Attack", 6, 2)],
    ),
    # a toll lowered from a strike told with its own day ("on Thursday revised down the death toll from an airstrike
    # ... to nine"): the day is the strike's, the toll the lowered one
    (
        date(2024, 10, 17),  # a Thursday
        "DEIR AL-BALAH, Gaza Strip — The health ministry on Thursday revised down the death toll from an Israeli "
        "airstrike on a house in Nuseirat late on Tuesday to nine, after the civil defence agency had reported 13 dead "
        "a day earlier.\n"
        "The ministry said some victims had been counted twice.\n"
        "At least 15 others were wounded.\n"
        "The Israeli military said it had struck a militant.",
        [(date(2024, 10, 15), "An Nusayrat", "Air/drone strike", 9, 15)],
    ),
    # a quote that repeats the lede's toll is the same strike, though a group's name in it ("the Front for the
    # Liberation of Azawad") reads like another place
    (
        date(2024, 12, 3),  # a Tuesday
        "BAMAKO — A drone strike on a weekly market in the town of Anefis killed nine civilians on Sunday, according "
        "to the rebel alliance that controls the area.\n"
        "\"Nine civilians were killed and about a dozen wounded when a drone of the army targeted the market,\" a "
        "spokesman for the Front for the Liberation of Azawad said.\n"
        "Reuters could not verify the toll.\n"
        "The army said it had struck terrorist targets in the area.\n"
        "Rights groups have documented several strikes that killed civilians this year.\n"
        "The junta ended a 2015 peace deal in January.\n"
        "The rebels control much of the north.",
        [(date(2024, 12, 1), "Anefis", "Air/drone strike", 9, 12)],
    ),
    # "The previous day, ...": a roundup item set on the day before the lede's, told on its own scene
    (
        date(2024, 7, 31),  # a Wednesday
        "ABUJA — Three soldiers were killed on Monday when a roadside bomb struck their vehicle near Kawuri, in "
        "Konduga local government area of Borno State, security sources said.\n"
        "Two other soldiers were wounded.\n"
        "The previous day, insurgents killed two farmers working their fields on the outskirts of Kirawa, a border "
        "town in Gwoza, residents said.\n"
        "The army did not comment on either attack.",
        [
            (date(2024, 7, 29), "Kawuri", "Remote explosive/landmine/IED", 3, 2),
            (date(2024, 7, 28), "Kirawa", "Attack", 2, 0),
        ],
    ),
    # an anniversary whose lede recalls the dead of a crackdown on demonstrators: no new incident, though the
    # crackdown it recalls was on a protest
    (
        date(2024, 10, 21),  # a Monday
        "N'DJAMENA — Relatives of people killed when security forces fired on demonstrators in Chad on 20 October "
        "2022 held prayers in the capital on Sunday to mark the second anniversary of the crackdown.\n"
        "Hundreds of people took to the streets of several towns that day to protest against the military "
        "government.\n"
        "The government said about 50 people were killed; rights groups put the toll far higher.\n"
        "An amnesty law adopted last year covers both protesters and security forces.\n"
        "\"They tell us to forget,\" said one mother.\n"
        "Police were deployed at crossroads on Sunday, but no gathering was reported.\n"
        "The transition leader was elected president in May.",
        [],
    ),
    # a lede that names the attackers soldiers killed as "suspected cartel gunmen", and a body that tells the same
    # five as attackers: five dead, not ten
    (
        date(2024, 11, 14),  # a Thursday
        "CULIACAN, Mexico — Mexican soldiers killed five suspected cartel gunmen in a firefight outside the city of "
        "Culiacan on Tuesday, the Defense Ministry said.\n"
        "An army patrol came under fire on a dirt road, the ministry said.\n"
        "Soldiers returned fire, killing five attackers, and one soldier was wounded.\n"
        "Troops seized eight rifles and two armored pickups.",
        [(date(2024, 11, 12), "Culiacan", "Armed clash", 5, 1)],
    ),
    # a trial story: "hours later" after a sentence about the old protest is that day's, not news
    (
        date(2025, 6, 18),  # a Wednesday
        "PUNO, Peru — Prosecutors on Tuesday asked a court to try three retired police generals over the deaths of 17 "
        "civilians during protests in the city of Juliaca in January 2023.\n"
        "The indictment says officers fired live ammunition at demonstrators on January 9, 2023.\n"
        "A police officer was killed by a mob in Juliaca hours later.\n"
        "Prosecutors are seeking sentences of up to 35 years.\n"
        "A lawyer for one of the generals said his client never gave an order to fire.\n"
        "Families have waited more than two years for the case.\n"
        "The Juliaca case is the largest of several investigations.",
        [],
    ),
    # both sides' dead told apart in a fight that the lede reports with no count ("have lost their lives in
    # fighting on Sunday near X"): "we lost three of our men" and "seven bodies of the rebels" add up to ten
    (
        date(2024, 6, 25),  # a Tuesday
        "BANGUI, June 25, 2024 — Soldiers and rebels have lost their lives in fighting on Sunday near Kabo, in the "
        "north of the country, according to military sources.\n"
        "The soldiers were ambushed while patrolling the road to the town, the sources said.\n"
        "\"We have lost three of our men but the enemy has suffered heavy losses.\n"
        "Seven bodies of the rebels have been counted on the ground,\" an officer said.\n"
        "The rebel coalition claimed the attack but gave no toll.\n"
        "The next day, Monday, two aid workers were abducted by armed men on the road near Batangafo.\n"
        "Their organisation suspended its movements in the area.",
        [
            (date(2024, 6, 23), "Kabo", "Armed clash", 10, 0),
            (date(2024, 6, 24), "Batangafo", "Abduction/forced disappearance", 0, 0),
        ],
    ),
    # a first communiqué whose day comes after the name of the station that read it ("read on state radio Voix du
    # Sahel on Saturday") is the day of the telling, not a second incident
    (
        date(2023, 4, 10),  # a Monday
        "GAO, Mali — Five Malian soldiers were killed when gunmen ambushed an army patrol near Ansongo, the army said "
        "Sunday, raising an earlier toll.\n"
        "The patrol came under fire on Friday morning on the road south of the town, the army said.\n"
        "In a first communiqué read on state radio Voix du Sahel on Saturday, the army said three soldiers were "
        "killed, while \"twelve terrorists were neutralised\" and several weapons were seized.\n"
        "Two of the wounded later died in Gao, the army said on Sunday.",
        [(date(2023, 4, 7), "Ansongo", "Armed clash", 17, 0)],
    ),
    # a spokesman's post named before his lower count ("Later on Tuesday, the army spokesman in North Kivu, Captain
    # X, said five civilians had been killed"): where he serves, not a second scene of the raid told
    (
        date(2024, 2, 14),  # a Wednesday
        "BUTEMBO, Feb 14 — At least nine people were killed when rebels attacked the village of Kalunguta in Beni "
        "territory on Monday night, local officials said on Wednesday.\n"
        "The attackers came out of the forest at about 9 pm and set houses on fire, survivors said.\n"
        "On Tuesday morning, a civil society group said seven bodies had been found.\n"
        "Later on Tuesday, the army spokesman in North Kivu, Captain Jean Kasereka, said five civilians had been "
        "killed and that soldiers had \"pushed back the enemy\".\n"
        "On Wednesday, the administrator of the territory said nine victims had been buried.",
        [(date(2024, 2, 12), "Kalunguta", "Attack", 9, 0)],
    ),
    # a lede that sums the day's incidents the body tells one by one ("killed at least three civilians on Tuesday",
    # then two in Kherson and one in Marhanets): its three are not counted again
    (
        date(2024, 3, 6),  # a Wednesday
        "KYIV, March 6 — Russian strikes on southern Ukraine killed at least three civilians on Tuesday, regional "
        "officials said.\n"
        "In the city of Kherson, artillery fire hit a market, killing two people and wounding four, the regional "
        "governor said.\n"
        "In Marhanets, a drone hit a house, killing a 70-year-old woman, the governor of the Dnipropetrovsk region "
        "said.\n"
        "Ukraine's air force said it had shot down most of the drones launched overnight.",
        [
            (date(2024, 3, 5), "Kherson", "Shelling/artillery/missile attack", 2, 4),
            (date(2024, 3, 5), "Marhanets", "Air/drone strike", 1, 0),
        ],
    ),
    # a lede that gives each incident's toll in one sentence ("shelling on X killed nine people, and an air strike
    # on Y killed 14"), both told below: no third incident; "an air strike" is no victim after the nine
    (
        date(2024, 8, 14),  # a Wednesday
        "NAIROBI, Aug 14 (Reuters) - Shelling by the paramilitary RSF on the Zamzam camp near El Fasher killed nine "
        "people, and an air strike on a market in the town of Mellit killed 14, medics and local groups said on "
        "Wednesday.\n"
        "A monitoring group said shells had hit homes in the Zamzam camp outside El Fasher on Monday evening, killing "
        "six people. On Tuesday, the camp's committee said three more of the wounded had died, bringing the toll to "
        "nine.\n"
        "On Tuesday, a warplane struck the weekly market in Mellit, about 60 km north of El Fasher. Local activists "
        "said 14 people had been killed.\n"
        "The war has killed tens of thousands of people.",
        [
            (date(2024, 8, 12), "Zamzam", "Shelling/artillery/missile attack", 9, 0),
            (date(2024, 8, 13), "Mellit", "Air/drone strike", 14, 0),
        ],
    ),
    # sources named by where they serve, with no article before them ("Police sources in Mueda initially said two
    # men had been beheaded"): an earlier count of the raid told, not a second scene
    (
        date(2022, 9, 13),  # a Tuesday
        "PEMBA — Insurgents attacked the village of Nangade on Friday, killing four men, local residents said.\n"
        "The attackers burned houses and a small market before heading towards the river, residents said.\n"
        "Police sources in Mueda initially said two men had been beheaded in the village.\n"
        "\"We buried them ourselves,\" a community leader said.",
        [(date(2022, 9, 9), "Nangade", "Attack", 4, 0)],
    ),
    # a dateline with a Spanish particle ("COTABATO CITY, Maguindanao del Norte --") opening the lede: where the
    # story was filed, not the place the lede names ("in the hinterlands of Datu Hoffer town")
    (
        date(2023, 9, 13),  # a Wednesday
        "COTABATO CITY, Maguindanao del Norte -- Two soldiers were killed in a clash with gunmen in the hinterlands "
        "of Datu Hoffer town on Monday, the army said.\n"
        "The firefight lasted an hour, the brigade commander said.",
        [(date(2023, 9, 11), "Datu Hoffer", "Armed clash", 2, 0)],
    ),
    # a sentence about "the victim" elaborates the shooting told, wherever along the road it puts him
    (
        date(2024, 5, 10),  # a Friday
        "JAYAPURA — A motorcycle taxi driver was shot dead and a passenger wounded by gunmen in Ilaga on Wednesday "
        "afternoon.\n"
        "The district police chief said the victim, a 41-year-old migrant from Sulawesi, was shot in the back while "
        "carrying a passenger along the road near Kago. Police said only one person had been killed.\n"
        "The passenger was evacuated to a hospital in Timika on Thursday.",
        [(date(2024, 5, 8), "Ilaga", "Attack", 1, 1)],
    ),
    # a funeral for the victims of a strike weeks before ("burying victims of an air strike ... on October 3"): no new
    # incident
    (
        date(2024, 11, 24),  # a Sunday
        "TYRE, Lebanon — Mourners carried nine coffins through the streets of the village of Srifa on Sunday, burying "
        "victims of an air strike that destroyed a house in the village on October 3.\n"
        "Rescuers could only reach the rubble after the fighting in the area stopped.\n"
        "\"We waited seven weeks to bury them,\" said a relative who lost his brother in the strike.\n"
        "At the time, the army said it had hit a weapons depot. Residents said the house sheltered two families.\n"
        "The ceasefire took effect on November 27.\n"
        "Many residents have not yet returned to the village.",
        [],
    ),
]
