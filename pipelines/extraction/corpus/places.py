"""Where events happened, as news text states it, with the place an analyst would code.

Each entry: ((location, country, geo_precision), [texts]). A text may open with a dateline; the tests take the
dateline from it, pass the rest as the event text and the whole as the article. Countries use the canonical names
of `places.country_names()`.
"""

PLACES: list[tuple[tuple, list[str]]] = [
    # where a statement was issued is not where the strikes fell
    (("Gusau", "Nigeria", 1), [
        "GUSAU, Nigeria — On Sunday, air force jets struck bandit camps in the forest, a spokesman said in a "
        "statement issued in Abuja.",
    ]),
    # a name the text calls a territory that the gazetteer knows only as a town hints no country (and breaks nothing)
    (("Lita", "Democratic Republic of Congo", 3), [
        "BUNIA — Militiamen attacked a displacement site near Lita in Djugu territory on Monday, killing nine people.",
    ]),
    # a village named as the place attackers invaded
    (("Rukuba", "Nigeria", 4), [
        "JOS, Nigeria — Hours later, another group of attackers invaded Rukuba, where three people were killed.",
    ]),
    # A town standing for its district ("in Dera Ismail Khan district") yields to a smaller town named in it
    (("Kulachi", "Pakistan", 2), [
        "PESHAWAR — Gunmen attacked a police post in Dera Ismail Khan district overnight, killing two constables. "
        "The post stands on the main road in Kulachi tehsil, police said.",
    ]),
    # a village whose "of" names where it lies ("in X village of south Kashmir's Kulgam district"); the area of a
    # district told before ("in the Jani Khel area of the district")
    (("Hanjipora", "India", 2), [
        "SRINAGAR — Two militants were killed in a gunfight in Hanjipora village of south Kashmir's Kulgam district "
        "on Sunday, police said.",
    ]),
    (("Jani Khel", "Pakistan", 4), [
        "BANNU — Militants attacked a police post in the Jani Khel area of the district overnight, killing a "
        "constable.",
    ]),
    # a town abroad that the article's clues agree on, against the dateline's country
    (("Kyunhla", "Myanmar", 2), [
        "CHIANG MAI, Thailand — A Myanmar military air strike on the Sagaing Region town of Kyunhla killed eight "
        "people on Friday, residents said. The junta's jets have struck Sagaing often, and Myanmar's resistance says "
        "hundreds died.",
    ]),
    # a village "in the hinterlands of X town"; a village put "in the country's East region"
    (("Piagapo", "Philippines", 4), [
        "MANILA — Two soldiers were killed in a clash in the hinterlands of Piagapo town on Tuesday, the army said.",
    ]),
    (("Tanwalbougou", "Burkina Faso", 4), [
        "OUAGADOUGOU — The army said it had repelled an attack on its post in Tanwalbougou, in the country's East "
        "region, on Sunday.",
    ]),
    # victims of the dateline's nationality keep its country when an armed group points across the border
    (("Ngouboua", "Chad", 4), [
        "N'DJAMENA — Four Chadian soldiers were killed when Boko Haram fighters attacked their position at "
        "Ngouboua, in the Lac province, on Sunday. Boko Haram has raided the lake shore from Nigeria for years.",
    ]),
    # A town named as its district ("in Bannu district") yields to a village named in it, not to a hospital the
    # wounded were sent to
    (("Jani Khel Kot", "Pakistan", 2), [
        "PESHAWAR — A bomb hit a police vehicle in Bannu district on Friday, killing one constable. The vehicle was "
        "on patrol near Jani Khel Kot when the device went off.",
    ]),
    (("Bannu", "Pakistan", 2), [
        "PESHAWAR — A bomb hit a police vehicle in Bannu district on Friday, killing one constable. One of the "
        "wounded was later referred to CMH in Rawalpindi.",
    ]),
    # The dateline city is where short stories happen...
    (("Baghdad", "Iraq", 1), [
        "BAGHDAD, Iraq, March 3: A roadside bomb struck a police patrol, killing two officers.",
        "BAGHDAD (Reuters) - Gunmen opened fire on an army checkpoint overnight, officials said.",
        "BAGHDAD, Iraq, Jan 4: Officials blamed the US-led coalition for the drone strike that killed four.",
    ]),
    (("Islamabad", "Pakistan", 1), [
        "ISLAMABAD, Pakistan, Feb 2: A grenade hit a police station; the US embassy said none of its staff were hurt.",
    ]),
    # ...unless the event text names another place.
    (("Kirkuk", "Iraq", 1), ["BAGHDAD, Iraq, May 2: A car bomb exploded at a market in Kirkuk, police said."]),
    (("Jalalabad", "Afghanistan", 1), ["KABUL — A suicide bomber struck a crowded bazaar in Jalalabad, killing nine."]),
    (("Helmand", "Afghanistan", 3), [
        "KABUL, Afghanistan, June 9: Three soldiers died when their vehicle hit a mine in Helmand province.",
    ]),
    # Names shared by several places: the countries and nationalities in the article decide, then size.
    (("Tripoli", "Lebanon", 1), [
        "Rival factions traded fire in Tripoli overnight, leaving four dead, Lebanese security sources said.",
        "Clashes in Tripoli, Lebanon, wounded a dozen people.",
    ]),
    (("Tripoli", "Libya", 1), [
        "Rockets landed on a residential block in Tripoli on Sunday.",
        "Militias shelled the airport in Tripoli as talks on Libya's government stalled.",
    ]),
    (("Hyderabad", "Pakistan", 1), [
        "A grenade was thrown at a rally in Hyderabad, Pakistan, wounding six.",
        "Pakistani police said a bomb went off outside a shrine in Hyderabad.",
    ]),
    (("Hyderabad", "India", 1), ["Two bombs exploded in Hyderabad, injuring 12 people, Indian officials said."]),
    # Near a place, or a district of it.
    (("Baghdad", "Iraq", 2), [
        "A car bomb went off on the outskirts of Baghdad, killing three.",
        "Mortar rounds landed 30 km north of Baghdad late on Tuesday.",
        "A bomb destroyed a bus near Baghdad.",
    ]),
    (("Hebron", "Palestine", 2), ["Settlers and villagers clashed near Hebron; two were injured."]),
    # Spellings other than GeoNames' own.
    (("Mazar-e Sharif", "Afghanistan", 1), ["Rockets struck Mazar-i-Sharif before dawn."]),
    (("Basrah", "Iraq", 1), ["Masked men shot dead three shopkeepers in Basra."]),
    (("Al Fallujah", "Iraq", 1), ["Insurgents ambushed a convoy in Fallujah."]),
    # The capital named by the nationality.
    (("Kabul", "Afghanistan", 1), ["A magnetic bomb exploded under a minibus in the Afghan capital on Monday."]),
    (("Kabul", "Afghanistan", 2), ["Gunmen attacked a checkpoint near the Afghan capital."]),
    # "the capital of X's region" is the region's capital, not the country's.
    (("Jonglei", "South Sudan", 3), [
        "Raiders struck cattle camps in the capital of South Sudan's Jonglei state, leaving nine dead.",
    ]),
    # Only a region named.
    (("Nangarhar", "Afghanistan", 3), ["Gunmen ambushed a convoy of aid workers in Nangarhar."]),
    (("Balochistan", "Pakistan", 3), ["Separatists blew up a gas pipeline in Balochistan province."]),
    (("Borno", "Nigeria", 3), ["Insurgents raided two villages in Borno State, burning homes."]),
    (("West Bank", "Palestine", 3), ["Troops raided a refugee camp in the occupied West Bank."]),
    (("Gaza Strip", "Palestine", 3), ["An air strike hit a house in the Gaza Strip."]),
    # Only a country: no location.
    ((None, "Mali", 4), ["Unidentified gunmen killed five herders in central Mali."]),
    ((None, "Democratic Republic of Congo", 4), [
        "Rebels attacked a clinic in eastern DRC, killing two nurses.",
        "Militiamen burned a village in eastern Congo.",
    ]),
    ((None, "Myanmar", 4), ["Soldiers burned homes across Burma, residents said."]),
    ((None, "United Kingdom", 4), ["A letter bomb was intercepted at a sorting office in the UK."]),
    ((None, "Mali", 4), ["Four Malian soldiers were killed when their truck ran over a mine."]),
    # Towns under 15,000 people count only where the sentence calls them a place.
    (("Mpeketoni", "Kenya", 1), [
        "Gunmen stormed the village of Mpeketoni, burning a hotel and a police station.",
        "Militants set fire to shops in Mpeketoni overnight.",
    ]),
    # A known city's other spelling outranks a village of that exact name, and a sizeable town the event is put in
    # is not overruled by a country mentioned once in passing.
    (("Darnah", "Libya", 1), ["A car bomb exploded in Derna; the victim had reported from Iraq for years."]),
    # "X in Y state": the state settles which X.
    (("Barcelona", "Venezuela", 1), ["Soldiers clashed with protesters in Barcelona in Anzoátegui state."]),
    # A hotel or street named after a place is not in it; a lower-case "Kabul hotel" is.
    (("Baghdad", "Iraq", 1), ["A bomb tore through the Palestine Hotel in Baghdad, wounding six."]),
    # A landmark named after a square elsewhere is in the city the text puts it in.
    (("Basrah", "Iraq", 1), ["Students staged a sit-in at Tahrir Square in Basra over unpaid grants."]),
    # "the city of X" puts the event in X as firmly as "in X" does, whatever the actors' nationality.
    (("Khan Yunis", "Palestine", 1), [
        "The Israeli military said its tanks shelled a school in the city of Khan Yunis, an Israeli spokesman added.",
    ]),
    # "near the Egyptian border" points across that border, not into Egypt.
    (("Rafah", "Palestine", 1), [
        "Close to the Egyptian border in Rafah, a drone hit a motorbike, killing its two riders.",
    ]),
    # A neighbouring country's army operating in a town does not move the town abroad.
    (("Janin", "Palestine", 1), [
        "The Israeli army said its bulldozers tore up streets in Jenin during a two-day raid.",
    ]),
    (("Kermanshah", "Iran", 1), ["A suicide bomber struck the Azadi square of Kermanshah."]),
    # Landmarks known by their own name stand for their city.
    (("Rawalpindi", "Pakistan", 1), ["A blast at Benazir Bhutto International Airport wounded three guards."]),
    (("Karachi", "Pakistan", 2), ["Rockets landed near Jinnah International Airport."]),
    # A region the sentence names as such is not dropped for a country named elsewhere.
    (("Jonglei", "South Sudan", 3), ["Rebels clashed with the army in Jonglei State, a US official said."]),
    # No place named: an armed group, mission or home institution that works in one country is the prior...
    ((None, "Nigeria", 4), ["Boko Haram fighters raided a market, killing 12."]),
    ((None, "Somalia", 4), ["Al-Shabaab claimed a bombing that killed five soldiers."]),
    ((None, "Spain", 4), ["ETA claimed responsibility for a car bomb that damaged a courthouse."]),
    ((None, "United Kingdom", 4), ["Masked men fired shots at the home of a Sinn Féin councillor overnight."]),
    # An attack only "near" a known town, and a village named after it: the village.
    (("Kalunguta", "Democratic Republic of Congo", 2), [
        "Rebels killed six farmers near Beni on Tuesday night. The attackers struck in Kalunguta, a farming village "
        "some 10 km from the town.",
        "Rebels killed six farmers near Beni on Tuesday night. The gunfight broke out near Kalunguta village.",
    ]),
    # Where the wounded were taken is not where the incident happened.
    (("Lahore", "Pakistan", 1), [
        "LAHORE — A grenade thrown at a shop wounded four people, who were taken to a hospital in Faisalabad.",
        "LAHORE — A grenade thrown at a shop wounded four people, who are receiving treatment in Faisalabad.",
        "LAHORE — A grenade thrown at a shop wounded four people; two were being treated in Faisalabad.",
    ]),
    # Villages in frames of their own: the hinterlands or countryside of X, "residents of X, a town in ...", "X, in
    # the municipio of Y", "the X area east of Y" (outside the city), "around X on Thursday", "the X area of" a
    # small town (not a city's own district, which stays the city).
    (("Matuguinao", "Philippines", 4), [
        "TACLOBAN CITY — Soldiers clashed with communist rebels in the hinterlands of Matuguinao on Friday.",
    ]),
    (("Jiga", "Ethiopia", 4), [
        "ADDIS ABABA — Residents of Jiga, a town in the West Gojjam zone, said a drone strike killed six people.",
    ]),
    (("El Mango", "Colombia", 4), [
        "POPAYAN — A drone dropped explosives on the police station in El Mango, in the municipio of Argelia, on "
        "Sunday.",
    ]),
    (("Mutaibija", "Iraq", 2), [
        "Gunmen attacked an army post in the Mutaibija area east of Samarra late on Friday, killing two soldiers.",
    ]),
    (("Gadiang", "South Sudan", 4), [
        "JUBA — Armed youths attacked cattle camps around Gadiang on Thursday, killing 14 herders.",
    ]),
    (("Gichk", "Pakistan", 2), ["QUETTA — Militants attacked a Frontier Corps post in the Gichk area of Panjgur."]),
    (("Derry", "United Kingdom", 1), [
        "Mourners said the army shot dead three youths in the Creggan area of Derry on Saturday.",
    ]),
    # A small town the gazetteer knows, named as the edge or hinterland of a place; a short first word ("Lope")
    # does not make a multi-word name too short to trust.
    (("Lope de Vega", "Philippines", 1), [
        "TACLOBAN CITY — Troops and communist rebels clashed in the hinterlands of Lope de Vega, Northern Samar, on "
        "Monday.",
    ]),
    # Camps, local government areas, upazilas and rural districts named with the unit they are in.
    (("Askar", "Palestine", 2), [
        "RAMALLAH — An Israeli drone struck a house in the Askar refugee camp near Nablus, killing two men.",
    ]),
    (("Gajiganna", "Nigeria", 2), [
        "MAIDUGURI — Insurgents attacked a military base in Gajiganna, Magumeri Local Government Area of Borno "
        "State, on Monday.",
    ]),
    (("Belabo", "Bangladesh", 2), [
        "DHAKA — One man was killed when rival supporters clashed in Belabo upazila of Narsingdi on Friday.",
    ]),
    (("Kwanar Dutsi", "Nigeria", 2), [
        "GUSAU — Armed bandits on Sunday invaded Kwanar Dutsi, a farming community in Maru Local Government Area, "
        "killing two.",
    ]),
    (("Villacolombia", "Colombia", 2), [
        "CALI — A drone dropped explosives on the police post in Villacolombia, a rural district of Jamundi, on "
        "Tuesday.",
    ]),
    # A barangay the gazetteer knows as a small town, named with its city.
    (("Carabalan", "Philippines", 1), [
        "BACOLOD CITY — Soldiers clashed with rebels in Barangay Carabalan, Himamaylan City, on Sunday.",
    ]),
    # "The town of X" makes even a common English word a place ("sake").
    (("Sake", "Democratic Republic of Congo", 4), [
        "GOMA — Shells fired by the rebels struck the town of Sake on Wednesday, killing six civilians.",
    ]),
    # A small town the article's country has outranks a bigger namesake abroad (Chala in Tanzania).
    (("Chala", "Peru", 1), [
        "LIMA — Protesters blocked the highway near the town of Chala, in Peru's Arequipa region, on Monday.",
    ]),
    # A locality put in a region unknown in the dateline's country keeps that country, not a namesake abroad.
    (("Tinakoff", "Burkina Faso", 4), [
        "OUAGADOUGOU, March 3 — Gunmen killed nine herders at Tinakoff, in Seno province, residents said.",
    ]),
    # GeoNames names bilingual cities "Gasteiz / Vitoria": either name is the city, and ETA settles the namesake.
    (("Gasteiz / Vitoria", "Spain", 1), ["A parcel bomb blamed on ETA damaged a bank branch in Vitoria."]),
    ((None, "India", 4), ["Suspected Maoists blew up a railway track, derailing a freight train."]),
    ((None, "Pakistan", 4), ["Tehrik-i-Taliban fighters attacked a checkpoint, killing four."]),
    ((None, "Afghanistan", 4), ["The Taliban said they shot down a helicopter carrying US soldiers."]),
    ((None, "Iraq", 4), ["Two Iraqi policemen were killed by a roadside bomb."]),
    ((None, "Mali", 4), ["A MINUSMA convoy hit a mine; two Chadian peacekeepers died."]),
    ((None, "Russia", 4), ["The Dagestani interior ministry said two officers were shot dead."]),
    # ...but a named place still wins over the group's home country.
    (("Mandera", "Kenya", 2), ["Al-Shabaab gunmen attacked a bus near Mandera, Kenya, killing 28 passengers."]),
    # Villages the gazetteer lacks keep the name the report gives when the sentence leaves no doubt it is a place;
    # the map point is the known place around it, as precise as that place is (2 a town, 3 a region, 4 a country).
    (("Mainok", "Nigeria", 3), [
        "MAIDUGURI, Nigeria — Insurgents burned the village of Mainok in Borno State, killing seven.",
        "Jihadists stormed Mainok, a farming village on the Maiduguri-Damaturu road in Borno State, overnight.",
    ]),
    (("Ogossagou", "Mali", 4), [
        "BAMAKO (AFP) - Armed men killed 21 herders near Ogossagou in central Mali on Friday.",
    ]),
    (("Kishishe", "Democratic Republic of Congo", 3), [
        "GOMA, Congo — Rebels killed villagers in Kishishe village, in North Kivu province, the army said.",
    ]),
    (("Tchoma Bangou", "Niger", 2), [
        "Gunmen on motorbikes attacked Tchoma Bangou, a village near Tillaberi, killing 49.",
    ]),
    # Where someone lived or was born is not where the event happened, nor is its country.
    (("Kismayo", "Somalia", 1), [
        "A car bomb exploded outside a hotel in Kismayo, killing 12. The bomber had lived in Oslo, Norway for years.",
    ]),
    ((None, None, None), ["Police shot the attacker, a man born in Lyon, France, who had moved to the coast."]),
    # A village that shares its name with a town abroad is still the village: the article's country, the
    # nationality the sentence gives it or the region it is put in decide (and not the dateline's country).
    (("Arima", "Syria", 4), [
        "BEIRUT (Reuters) - Two fighters died in a clash near the Syrian village of Arima on Friday.",
    ]),
    (("Liancourt", "Haiti", 3), [
        "PORT-AU-PRINCE, Haiti — Gunmen raided the town of Liancourt in Haiti's Artibonite region, killing 12. "
        "The wounded were driven to a hospital in Saint-Marc.",
    ]),
    # An area of a district is a locality; a district of a city is the city.
    (("Jani Khel", "Pakistan", 2), [
        "BANNU, Pakistan — Gunmen killed two policemen in the Jani Khel area of Bannu district on Friday.",
    ]),
    (("Baghdad", "Iraq", 1), ["BAGHDAD — A car bomb exploded in the Karrada district of Baghdad, killing four."]),
    # Local words for a village, and a village's prefix. With nothing in the sentence to put the village in, only
    # its country is known: the dateline city may be far away.
    # A community "in Zurmi Local Government Area" lies near the town the area is named after.
    (("Gidan Jaja", "Nigeria", 2), [
        "GUSAU — Bandits stormed Gidan Jaja, a community in Zurmi Local Government Area, killing nine.",
    ]),
    (("Kwall", "Nigeria", 2), [
        "Police confirmed that gunmen killed seven farmers at Kwall village, Bassa Local Government, on Monday.",
    ]),
    (("Buenavista Tres", "Philippines", 4), [
        "BACOLOD CITY — Soldiers clashed with rebels in Barangay Buenavista Tres, Negros Occidental, on Sunday.",
    ]),
    (("Zamzam", "Sudan", 4), ["EL FASHER — Paramilitaries shelled the Zamzam camp for displaced people, killing six."]),
    # "near X" followed by the rest of the sentence, the edge of a place, a region "of" a name.
    (("Ngamdu", "Nigeria", 4), ["MAIDUGURI, Nigeria — Insurgents ambushed a convoy near Ngamdu on Friday, killing 4."]),
    (("Inates", "Niger", 3), [
        "NIAMEY — Jihadists overran an army camp on the outskirts of Inates, in the region of Tillaberi, killing 71.",
    ]),
    # A neighbourhood named as an area of a city is the city; a monument or beach near which it happened is too.
    (("Kabul", "Afghanistan", 1), ["KABUL — A bomb hit a school in the Dasht-e-Barchi area of Kabul, killing 9."]),
    (("Mogadishu", "Somalia", 1), ["MOGADISHU — Gunmen stormed a restaurant near Lido Beach on Friday, killing 5."]),
    # Particles ("El", "La") are part of a village's name, not stop words.
    (("El Limoncito", "Mexico", 3), [
        "MORELIA, Mexico — Police found nine bodies in the hamlet of El Limoncito in the western state of Michoacán.",
    ]),
    # A dateline abroad: the event text's country ("the Syrian desert") wins over the dateline city's.
    ((None, "Syria", 4), [
        "BEIRUT (AFP) - A landmine blew up under a minibus of shepherds in the eastern Syrian desert, killing six.",
    ]),
    # A known town named first stays the event's place; a village named after it is an aside.
    (("Dori", "Burkina Faso", 1), [
        "Jihadists attacked an army post in Dori, the main town near Seytenga village, killing nine soldiers.",
    ]),
    # Residents of a town who tell what happened there are witnesses, not people from elsewhere.
    (("Debre Tabor", "Ethiopia", 1), [
        "ADDIS ABABA — Residents of Debre Tabor, a town in Ethiopia's Amhara region, say a drone struck the bus "
        "station on Monday.",
    ]),
    # A village called so outright counts even after a known town (here one in a vigilante group's name).
    (("Dangulbi", "Nigeria", 2), [
        "In Sokoto State, five members of the Sokoto Vigilance Corps were killed when bandits ambushed them near "
        "Dangulbi village in Isa LGA.",
    ]),
    # Local units reporters name the way officials do: a commune of a province, a region's township, a cattle camp,
    # "the district of X", a post "in the far north of the country".
    (("Bukinanyana", "Burundi", 3), [
        "BUJUMBURA — A ruling party youth member was stabbed to death on Friday in Bukinanyana commune of Cibitoke "
        "province.",
    ]),
    (("Myaing", "Myanmar", 2), ["An air strike killed nine people in Magway's Myaing township, residents said."]),
    (("Pakam", "South Sudan", 4), [
        "JUBA — Gunmen from a rival county attacked the Pakam cattle camp before dawn, killing six herders.",
    ]),
    (("Karimama", "Benin", 4), [
        "COTONOU — Jihadists attacked a police post at Karimama, in the far north of the country, killing two "
        "officers.",
    ]),
    (("Vizcatán", "Peru", 4), [
        "LIMA — Two soldiers were wounded when their patrol was ambushed in the district of Vizcatán, in the VRAEM "
        "valley.",
    ]),
    # A commune named like a town abroad stays in the dateline's country.
    (("Muhanga", "Burundi", 3), [
        "BUJUMBURA — Two ruling party youths were arrested on Sunday after an opposition supporter was hacked to "
        "death in Muhanga commune of Kayanza province.",
    ]),
    # A dateline town the gazetteer lacks is still where a story naming no other place happened.
    (("Ilobasco", "El Salvador", 3), [
        "ILOBASCO, Cabañas — Police detained nine suspected gang members in raids on Tuesday.",
    ]),
    # A village the gazetteer lacks sits in the region the text names in the dateline's country, not across the
    # border where the other side's statement puts its own positions.
    (("Sotk", "Armenia", 3), [
        "YEREVAN — Azerbaijani units opened fire on Armenian positions in the eastern province of Gegharkunik, the "
        "ministry said. The shots hit a post near Sotk. Azerbaijan's defence ministry said Azerbaijani troops had "
        "only returned fire on units shelling Azerbaijani posts in the Kalbajar district.",
    ]),
    # A village named beside the county or district it lies in is the more precise place.
    (("Luonyaker", "South Sudan", 3), [
        "JUBA — Raiders struck in Warrap State's Gogrial East County at dawn, killing nine herders at the Luonyaker "
        "cattle camp.",
    ]),
    # Nothing that names a place: capitalised words that are also towns somewhere, people, groups.
    ((None, None, None), [
        "Police said the attack was under investigation.",
        "Reading the statement aloud, the spokesman condemned the violence.",
        "Mobile phone networks were cut after the clashes.",
        "March organisers said officers used tear gas.",
        "Victoria Adams, a spokeswoman, declined to comment.",
        "Hassan Nasrallah gave a televised speech on Friday.",
        "The US-led coalition denied any involvement.",
        "Most of the wounded were taken to hospital.",
        "The Patriotic Union of Kurdistan condemned the killing.",
        "Gunmen opened fire on shoppers in Haifa Street.",
        "Gunmen attacked a customs post near the border with Niger.",
        "Hamas said the rocket fire was a response to the raid.",
        "Residents said Mpeketoni was the name of the driver.",
        "Gunmen fired on Christians in the village on Sunday in the night.",
        "SANA, the state news agency, said a bomb had gone off under a bus.",
    ]),
]
