"""Background sentences: what an article tells around its incident rather than the incident itself.

A careful coder counts an event's casualties from the sentences about that incident only. Sentences about a period
("since 2014", "this year", "so far", "over the past decade", "between 2013 and 2018", "every week"), about a war or
campaign as a whole ("the war has killed tens of thousands", "killed during the uprising"), about earlier incidents
("the previous attack", "two weeks ago") or statistics and trends ("rose by 38 percent", "the highest number since")
are background. Markers inside a non-restrictive relative clause or a superlative aside (", which ... since
November,", "in one of the most violent protests since 2020") do not make the main clause background.
"""

import re
from functools import lru_cache

from pipelines.extraction import screen

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = r"(?:19|20)\d\d"
# Wars and campaigns as wholes: the subject or setting of cumulative tolls.
_WHOLE = r"(?:war|conflict|insurgency|campaign|crisis|uprising|rebellion|unrest|violence)"
# Periods of many incidents in which people are said to have died ("killed during the uprising"); "the fighting" and
# "the violence" are left out, since they usually name the incident itself.
_ERA = r"(?:war|conflict|insurgency|uprising|rebellion|revolution|civil\s+war|genocide|dictatorship|occupation)"
# Phrases that put a sentence's figures outside the incident being reported: periods, earlier events, totals.
_PERIOD = screen.compile(
    rf"\b(?:previous(?:ly)?(?!\s+(?:day|night|evening|morning|afternoon))|earlier\s+(?:attack|incident|bombing|strike|raid|clash)s?|"
    rf"since\s+(?:{_MONTH_NAMES}|the\b|its\b|(?:it|they)\s+(?:began|started|erupted|broke)|then\b|last|early|mid|late|"
    rf"{_YEAR})|"
    rf"so\s+far(?!\s+(?:confirmed|counted|recovered|identified|verified|recorded|registered))|to\s+date|this\s+year|last\s+year|in\s+recent\s+(?:days|weeks|months|years)|"
    # an incident set against an earlier one ("The attacks come days after militants stormed a barracks")
    rf"\b(?:came|come|comes|coming)\s+(?:just\s+|only\s+)?(?:days|weeks|months|hours)\s+(?:after|before)\b|"
    # (but "had reported 15 dead a day earlier" is news of the incident told)
    rf"over\s+the\s+(?:past|last|course)|(?:(?:a|one|two)\s+(?:weeks?|months?|years?)|"
    rf"(?:three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?))\s+"
    rf"(?:ago|earlier|before|after)|(?:a|one|two)\s+days?\s+ago|(?:the|a)\s+similar\s+(?:attack|incident)|in\s+similar\s+attacks|"
    rf"the\s+last\s+time|in\s+a\s+single\s+(?:day|week|month|year)|(?:in|during|over)\s+that\s+period|"
    rf"in\s+the\s+past\b(?!\s+(?:hour|day|two\s+days))|"
    rf"(?:more\s+than|over|nearly|at\s+least)\s+[\d,]+\s+(?:attacks|incidents)|"
    rf"(?:every|each)\s+(?:day|week|month|year)|a\s+(?:day|week|month|year)\s+on\s+average|"
    rf"(?:between|from)\s+{_YEAR}\s+(?:and|to|until)\s+{_YEAR}|"
    rf"(?:between|from)\s+(?:{_MONTH_NAMES})\s+(?:and|to|until|through)\s+(?:{_MONTH_NAMES})\b(?!\s+\d)|"
    rf"(?:first|second|third|fourth|last)\s+quarter|"
    rf"(?:in|over|after)\s+(?:(?!from\b)\w+\s+)?(?:days|weeks|months|years)\s+of\s+(?:fighting|clashes|violence|war|unrest)|"
    rf"last\s+(?:{_MONTH_NAMES})|in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH_NAMES})\s+)?{_YEAR}|"
    # a season, like a month, is a period of many days ("In the autumn, fighters killed dozens in the city")
    rf"(?:(?:in|during|over|through)\s+the|last|this\s+past)\s+(?:autumn|fall|spring|summer|winter)\b|"
    # "that same month" dates by an earlier sentence's month; "some of the deadliest attacks" is a record
    rf"that\s+same\s+(?:month|year)|some\s+of\s+the\s+(?:deadliest|worst|bloodiest)|"
    # "a 2021 raid in Jacarezinho killed 28", "a 2017 New Year's Eve attack": an incident named by its year
    rf"(?:a|an|the)\s+{_YEAR}\s+(?:[\w'’-]+\s+){{0,3}}?(?:attack|raid|bombing|massacre|strike|ambush|assault|"
    rf"clash|riot|protest|shooting|killing|explosion|blast|operation|incident|crackdown)e?s?|"
    rf"(?<!\d\s)(?:{_MONTH_NAMES})\s+(?:of\s+)?{_YEAR}|"
    rf"since\s+(?:christmas|easter|new\s+year|ramadan|eid)|(?:over|during|in)\s+the\s+(?:same\s+|[\w-]+\s+)?period|"
    rf"(?:said|reported|announced|claimed)\s+at\s+the\s+time|"
    rf"(?:is|was|marks|marked)\s+(?:the\s+)?(?:deadliest|worst|bloodiest)\b[^.;]{{0,60}}?\bsince)\b",
    re.IGNORECASE,
)
# Totals of a war or campaign ("the insurgency has killed tens of thousands", "a civil war killed an estimated
# 400,000", "more than 1,500 people were killed during the uprising").
_CUMULATIVE = screen.compile(
    rf"\b{_WHOLE}\b[^.;]{{0,60}}?\b(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left|displaced|cost|forced)\b|"
    rf"\b(?:civil\s+war|war|conflict|insurgency|rebellion|revolt|uprising)\b[^.;,]{{0,60}}?\b(?:killed|claimed|"
    rf"displaced)\b|"
    rf"\b(?:killed|wounded|injured|died|dead|displaced)\s+(?:\w+\s+)?(?:in|during|since|throughout)\s+"
    rf"(?:the|that|this|a)\s+(?:\w+\s+){{0,2}}?{_ERA}\b|"
    rf"\b(?:has|have)\s+been\s+(?:\w+\s+)?(?:killed|wounded|injured)\s+(?:in|during|since)\s+(?:the|that|this)\s+"
    rf"(?:war|conflict|campaign|insurgency|offensive|violence|crisis)\b|"
    rf"\bestimates?\s+of\s+the\s+(?:death\s+)?toll\b|"
    # present perfect over a vague large number: a running total ("warring parties have killed thousands")
    rf"\b(?:has|have)\s+(?:\w+\s+)?(?:killed|displaced|wounded)\s+(?:tens\s+of\s+)?"
    rf"(?:thousands|hundreds|millions|many)\b|"
    rf"\b(?:tens\s+of\s+)?(?:hundreds|thousands|millions)\s+(?:of\s+\w+\s+)?(?:have|has)\s+(?:been\s+(?:killed|"
    rf"displaced|wounded|injured|detained|arrested)|died)\b|"
    # ... or over a figure in the hundreds, not tied to an incident ("More than 200 people have been killed in
    # Lebanon"; not "120 people have been killed in the blast")
    rf"\b\d{{0,3}},?\d{{3}}\s+(?:[\w-]+\s+){{0,2}}?(?:have|has)\s+been\s+(?:killed|wounded|injured|detained|arrested)\b"
    rf"(?![^.;]{{0,40}}?\b(?:in|by)\s+(?:the|this|that|\w+day['’]s)\s+(?:\w+\s+)?(?:attack|blast|bombing|explosion|"
    rf"strike|raid|massacre|assault|ambush|shelling|fire|crash)s?\b)",
    re.IGNORECASE,
)
# Statistics and aggregates of many incidents, and trends ("rose by 38 percent", "over the year", "attacks on several
# villages", "stepped up attacks"). "A wave of attacks killed 26" is not among them: it may be the day's news.
_AGGREGATE = screen.compile(
    r"\b(?:rose|fell|increased|decreased|dropped|grew|declined|jumped)\s+by\s+(?:about\s+|nearly\s+|almost\s+)?"
    r"[\d.]+\s*(?:percent|per\s+cent|%)|\bcompared\s+(?:with|to)\s+(?:19|20)\d\d|"
    r"\b(?:over|during|throughout)\s+the\s+(?:year|past\s+year|(?:christmas|holiday|festive|new\s+year)\s+"
    r"(?:period|holidays?|season))\b|\b(?:first|second)\s+half\s+of\s+the\s+year\b|"
    r"\b(?:increase|rise|surge|decline|drop|fall)\s+in\s+(?:fatalities|deaths|attacks|violence|killings)\b|"
    r"\bstepped\s+up\s+(?:\w+\s+)?attacks\b|\b(?:reached|hit)\s+(?:a\s+)?(?:new\s+)?(?:record|heights)\b|"
    r"\bdeadliest\s+year\b|\bhighest\s+(?:number|level|toll)\b|\bannual\s+report\b|"
    r"\b(?:has|have)\s+(?:long|repeatedly|frequently|often|regularly)\s+(?:been\s+)?\w+ed\b|"
    r"\b(?:attacks|killings|raids|bombings|clashes)\s+(?:on|in|across|against)\s+(?:several|many|multiple|numerous|"
    r"dozens\s+of|scores\s+of|a\s+number\s+of)\b|"
    r"\b(?:repeated|numerous)\s+(?:attacks|killings|raids|bombings|clashes)\b|"
    # a trend ("Attacks on the army have multiplied in central Mali")
    # (the verb agrees with the trend's noun: "the toll from Saturday's raids on the port has risen" is no trend)
    r"\b(?:(?:attacks|killings|raids|bombings|clashes)\b[^.;,]{0,40}?\bhave|violence\b[^.;,]{0,40}?\bhas)\s+"
    r"(?:multiplied|increased|intensified|surged|escalated|grown|risen|spread)\b|"
    # a lede that sums up the incidents the story then tells one by one ("killed in two separate attacks")
    r"\bin\s+(?:two|three|four|five)\s+(?:separate\s+)?(?:attacks|incidents|raids|ambushes|assaults)\b|"
    # the war's toll on each side ("at least ten civilians have been killed on the Lebanese side")
    r"\b(?:have|has)\s+been\s+killed\s+on\s+(?:the|both|each)\s+(?:[\w-]+\s+)?sides?\b|"
    r"\b(?:attacks|raids)\b[^.;]{0,60}?\bon\s+(?:two|three|four|five)\s+(?:communities|villages|towns|settlements)\b|"
    # what a report or study found ("The report, compiled by a network of rights groups, found that Cauca was ...")
    r"\b(?:report|study|survey|analysis|audit)\b[^.;]{0,80}?\bfound\s+that\b|"
    # a report's tally that takes in an incident ("The tally includes the 20 people killed near Vugizo on Dec. 22")
    r"\b(?:tally|count|total)\s+(?:includes?|included)\b|"
    # a monitor's tally of many ("has documented dozens of civilian deaths from drone strikes")
    r"\b(?:documented|recorded|registered|tallied)\s+(?:\w+\s+)?(?:dozens|scores|hundreds|thousands|numerous|many)\s+"
    r"(?:of\s+)?(?:\w+\s+)?(?:deaths|killings|casualties|fatalities)\b",
    re.IGNORECASE,
)
# A non-restrictive relative clause or a superlative aside: background words in it do not make the sentence so.
_ASIDE = screen.compile(
    r",\s*(?:which|who|whose)\b[^,;]*,?|,\s*an?\s+(?:\w+\s+)?(?:group|coalition|member|network|body)\s+of\b[^,;]*,|,\s*(?:raising|revising|updating|lowering)\s+(?:an?|the|its|their)\s+"
    r"(?:\w+\s+)?(?:toll|figure|count)\b[^,;]*|,\s*(?:in\s+)?(?:the|one\s+of\s+the)\s+(?:deadliest|worst|largest|biggest|"
    r"bloodiest|first|latest|most|heaviest|fiercest)\b[^,;]*|\bin\s+one\s+of\s+the\s+(?:deadliest|worst|bloodiest|"
    r"largest|biggest|heaviest|fiercest)\b[^,;]*|"
    # "..., almost exactly a year after a massacre in the same town": the incident dated by an older one (or by a later
    # one: "..., a day before hundreds of displaced people took to the streets")
    r",\s*(?:\w+\s+){0,2}?(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since|"
    r"before)\b[^;]*",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)  # each sentence is asked about thrice (is_background, is_aggregate, recalls_month)
def _without_asides(sentence: str) -> str:
    return _ASIDE.sub("", sentence)


def is_background(sentence: str) -> bool:
    """True when the sentence is about earlier, cumulative or aggregated events rather than one incident."""
    main = _OCCASION.sub(" ", _without_asides(sentence))
    return bool(_PERIOD.search(main) or is_aggregate(sentence) or _recalls_this_month(main))


# "following a march marking 15 years since the killing": the occasion of today's news, whose own time is no period
# (but "stood in silence to mark one year since the collapse that killed 16" looks back itself)
_OCCASION = re.compile(
    r"\b(?:following|after)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:march|rally|vigil|ceremony|procession|gathering)\s+"
    r"(?:marking|to\s+mark|commemorating|to\s+commemorate)\s+[^,;]*",
    re.IGNORECASE,
)


# "The decision follows a deadly attack earlier this month": an earlier incident; but a sentence with a day of its
# own tells that day's news ("set fire to a police post on Tuesday night over a detainee who died earlier this month")
_EARLIER_THIS = re.compile(r"\bearlier\s+this\s+(?:month|year)\b", re.IGNORECASE)
_OWN_DAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|last\s+night|overnight)\b", re.IGNORECASE
)


def _recalls_this_month(sentence: str) -> bool:
    return bool(_EARLIER_THIS.search(sentence)) and not _OWN_DAY.search(sentence)


@lru_cache(maxsize=64)  # asked by is_background and again for the sentence's own record
def is_aggregate(sentence: str) -> bool:
    """True when the sentence states totals, statistics or trends over many incidents: never one incident."""
    main = _without_asides(sentence)
    return bool(_CUMULATIVE.search(main) or _AGGREGATE.search(main))


# Deaths beyond which a figure outside an article's lede is taken for one incident only when the sentence links it to
# the incident ("the toll from the attack rose to 130", "Monday's bombing killed 120").
PLAUSIBLE_DEATHS = 100
_LINKED = screen.compile(
    r"\b(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s|yesterday'?s|last\s+night'?s)\s+"
    r"(?:\w+\s+)?(?:attack|blast|bombing|explosion|strike|raid|massacre|assault|ambush|shelling|incident)s?\b|"
    r"\b(?:death\s+)?toll\s+(?:has\s+)?(?:rose|risen|rises|climbed|reached|jumped)\b",
    re.IGNORECASE,
)


def links_to_incident(sentence: str) -> bool:
    """True when the sentence ties its figures to the incident being reported by naming it."""
    return bool(_LINKED.search(sentence))


# A month named without a day ("in March", "last July", "in early June"): in a full article, whose incident is
# dated to the day, such a sentence recalls an earlier event.
_MONTH_ONLY = screen.compile(
    rf"\b(?:in|last|during|until|by)\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTH_NAMES})\b(?!\s+\d)|"
    # an incident named by its month ("the November riots, in which 54 people were killed")
    rf"\b(?:the|last)\s+(?:{_MONTH_NAMES})\s+(?:(?!\d)[\w-]+\s+)?(?:riots?|attacks?|massacres?|bombings?|clashes|"
    r"protests|killings|unrest|uprising|raids?|crackdown)\b",
    re.IGNORECASE,
)


# What a story looks back from: an anniversary, a trial or verdict, a report or a set of figures. A full article
# whose lede does this, without a new incident in that lede, recalls old incidents rather than reporting one.
_RETROSPECTIVE = screen.compile(
    r"\b(?:(?:attended|held|gathered\s+for|took\s+part\s+in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:funeral|"
    r"cremation|burial|memorial)|for\s+the\s+(?:funerals?|burials?|memorial)\s+of|laid\s+to\s+rest|(?:said|bade|bid)\s+(?:goodbye|farewell)|paid\s+(?:their\s+)?"
    r"last\s+respects|(?:decades?|years|months)\s+(?:has|have)\s+passed|(?:years|decades|(?:a|one)\s+year|a\s+decade)\s+"
    r"ago|"
    r"to\s+(?:remember|honou?r|mourn)|in\s+(?:memory|honou?r)\s+of|(?:paid|pay|pays|paying)\s+(?:\w+\s+)?tribute|"
    r"accompanied\s+the\s+remains|to\s+(?:his|her|their)\s+(?:burial|funeral)|anniversary|to\s+mark|marking|"
    r"commemorat\w+|memorial\s+(?:service|ceremony)|(?<!last\s)(?:years?|months?|decades?)\s+(?:on|since|after)\b|"
    r"to\s+bury\b|burying\s+(?:the\s+)?(?:\w+\s+)?(?:victims|dead)\b|(?:weeks|months|years)\s+after\s+(?:he|she|they)\s+(?:was|were)\s+(?:shot|killed|murdered|"
    r"abducted|kidnapped)|(?:acknowledged|admitted|testified|confessed)\s+(?:\w+\s+){0,3}?before\s+(?:the\s+|a\s+)?"
    r"(?:[\w'’]+\s+){0,5}?(?:court|tribunal|jurisdiction|commission|judges?)\b|"
    r"trial\s+of|stand\s+trial|coffins?\s+of|bids\s+farewell|pre-?trial\s+detention|"
    r"court\s+(?:\w+\s+){0,4}?(?:fixed|adjourned|remanded|extended|ordered)|told\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?"
    r"court\b|court\s+(?:heard|hears|was\s+told)|sentenced|convicted|verdict|"
    r"found\s+(?:\w+\s+)?guilty|acquitted|(?:went|stood|go|goes)\s+on\s+trial|in\s+a\s+report|"
    r"report\s+(?:released|published|issued)|(?:monthly|weekly|quarterly|annual|yearly)\s+(?:update|report|"
    r"bulletin|review|tally)|according\s+to\s+(?:a\s+)?(?:new\s+)?(?:report|figures|data|"
    r"statistics))\b",
    re.IGNORECASE,
)


_MARKING = re.compile(r"mark|commemorat|anniversary|remember|honou?r|mourn|memory|tribute", re.IGNORECASE)


def looks_back(sentence: str) -> tuple[int, bool] | None:
    """Where the sentence frames the story as a look back (anniversary, trial, verdict, report, statistics): the
    offset of that wording and whether it is an occasion being marked (which a march can do), or None."""
    match = _RETROSPECTIVE.search(sentence)
    return (match.start(), bool(_MARKING.search(match.group()))) if match else None


def recalls_month(sentence: str) -> bool:
    """True when the sentence is dated only by a month."""
    return bool(_MONTH_ONLY.search(_without_asides(sentence)))
