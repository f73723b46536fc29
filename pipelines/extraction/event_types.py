"""ACLED event type and sub-event type of an incident, from its sentences, by a fixed precedence of rules.

Precedence (first rule that matches wins), following ACLED's own priorities:
0. a weapon stopped before it struck (a bomb defused, drones shot down) is Disrupted weapons use; the caller
   passes it over when people were killed or hurt, since then another weapon struck.
1. the weapon decides for remote violence: chemical agent; suicide attack; air or drone strike; shelling,
   artillery, rockets, missiles (ground-launched missile strikes included, as ACLED codes them); grenade; then
   bombs, IEDs, landmines and unexplained explosions ("explosives" carried alongside rifles in an assault is not
   an IED attack). A drone strike that kills is an Air/drone strike, not a battle; an IED that opens an exchange
   of fire with armed targets (a complex attack) is an Armed clash.
2. mob violence ("a mob beat a suspected kidnapper": the mob decides, not the crime it suspected; rival party
   supporters fighting each other rather than the police), then abduction /
   kidnapping, then sexual violence (Violence against civilians).
3. demonstrations: force used on protesters, violent demonstration (protesters throwing stones, torching
   vehicles, clashing with police), protest with intervention, peaceful protest.
4. territory changing hands (Battles), then armed clashes: fighting between armed groups (an "encounter" in South
   Asian usage), or an armed attack whose targets are themselves armed (soldiers, police, militants, gang members).
5. any other armed attack or killing (Violence against civilians / Attack).
6. arrests, looting and destruction (arson on property included; the caller turns it into an Attack when people
   were killed or hurt), other strategic developments.
Figures of speech ("killed any hope of a deal") and arrests the text says did not happen are removed first. None when
the sentences report no such event.
"""

import re

from pipelines.extraction import screen
from pipelines.extraction.casualties import FIGURATIVE, RECALLED
from pipelines.extraction.screen import Screened
from pipelines.extraction.taxonomy import is_consistent

EventType = tuple[str, str]

# What a report says did not happen ("No arrests were reported", "nobody was detained") must not type the event.
_NEGATED = screen.compile(
    r"\bno\s+(?:\w+\s+(?:or|and)\s+)?(?:arrests?|detentions?)(?:\s+(?:or|and)\s+\w+)?\s+"
    r"(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:immediately\s+)?(?:reported|made)\b|"
    r"\b(?:no\s+one|nobody|none)\s+(?:\w+\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:arrested|detained)\b",
    re.IGNORECASE,
)


def _rx(pattern: str) -> Screened | re.Pattern[str]:
    # Screened: a sentence is typed by trying up to 24 rules in turn, and most hold none of a rule's words.
    return screen.compile(pattern, re.IGNORECASE)


_ARMED_TARGET = (
    r"(?:soldiers?|troops?|army|military|police(?:m[ae]n)?|policem[ae]n|officers?|security\s+forces|forces|"
    r"patrol|convoy|checkpoint|base|outpost|barracks|detachment|garrison|militants?|rebels?|insurgents?|fighters?|"
    r"militia(?:men)?|"
    r"gendarmes?|gendarmerie|guards?|paramilitar\w*|commandos?|peacekeepers?|servicem[ae]n|marines?|jihadists?|"
    r"gang\s+members|gangsters|(?:combat\s+|military\s+|army\s+|frontline\s+)?positions)"
)

# Weapons stopped before they struck: a bomb defused, drones or missiles shot down or intercepted.
DISRUPTED = ("Strategic developments", "Disrupted weapons use")
_RULES: list[tuple[Screened | re.Pattern[str], EventType]] = [
    (_rx(r"\b(?:defus\w+|disarm(?:ed|ing)|dismantl\w+|made\s+safe)\s+(?:\w+\s+){0,3}?(?:bombs?|explosives?|IEDs?|"
         r"devices?|mines?)\b|\b(?:bombs?|explosives?|IEDs?|devices?)\s+(?:was|were)\s+(?:\w+\s+)?(?:defused|"
         r"dismantled|disarmed)\b|\b(?:shot\s+down|downed|intercepted|destroyed)\s+(?:\w+\s+){0,3}?(?:drones?|"
         r"missiles?|rockets?)\b|\b(?:drones?|missiles?|rockets?)\s+(?:were|was)\s+(?:\w+\s+)?(?:shot\s+down|downed|"
         r"intercepted)\b"),
     DISRUPTED),
    # "Police arrest six suspects over Bannu checkpoint bombing": the arrests are the news, the bomb their reason
    (_rx(r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|round(?:s|ed)?\s+up)\s+(?:\w+\s+){0,3}?(?:suspects?|people|"
         r"men|persons|members)\s+(?:over|for|in\s+connection\s+with|linked\s+to)\b"),
     ("Strategic developments", "Arrests")),
    (_rx(r"\b(?:chemical\s+(?:weapon|attack|agent)s?|sarin|chlorine\s+gas|mustard\s+gas|nerve\s+agent|toxic\s+gas)\b"),
     ("Explosions/Remote violence", "Chemical weapon")),
    (_rx(r"\bsuicide\s+(?:car\s+|truck\s+)?(?:bomb\w*|attack\w*|blast|vest|belt|explosion|mission)|"
         r"\bblew\s+(?:himself|herself|themselves)\s+up\b|\bself-immolat\w*\s+bomb"),
     ("Explosions/Remote violence", "Suicide bomb")),
    (_rx(r"\b(?:drone|air|aerial)\s*[- ]?(?:strikes?|raids?|attacks?|bombardment|bombing)\b|\bairstrikes?\b|"
         r"\bwarplanes?\b|\bfighter\s+jets?\b|\bhelicopter\s+gunships?\b|\bunmanned\s+aerial\b|\bUAVs?\b|"
         r"\bdrones?\s+(?:fired|struck|hit|targeted|attacked|dropped|slammed|crashed|kill(?:s|ed)?)\b|"
         # "dropped explosives from drones onto the station", "explosive-laden drones"
         r"\b(?:dropped|dropping|drops?)\s+(?:\w+\s+){0,3}?(?:from|by)\s+(?:\w+\s+){0,2}?(?:drones?|jets?|aircraft|"
         r"planes?|helicopters?)\b|"
         r"\b(?:explosive|bomb)-laden\s+drones?\b|\bbombed\s+from\s+the\s+air\b|"
         # "air force jets and helicopters struck hideouts", "as air force pounds camps"
         r"\bair\s+force\s+(?:\w+\s+){0,3}?(?:jets?|planes?|aircraft|helicopters?|struck|strikes|pounded|pounds|"
         r"bombed|bombs)\b|"
         r"\b(?:guided|glide|gliding)\s+(?:aerial\s+|air\s+)?bombs?\b"),
     ("Explosions/Remote violence", "Air/drone strike")),
    # "fired tear gas shells to disperse the crowd" is crowd control, not shelling
    (_rx(r"(?<!gas\s)(?<!teargas\s)\bshell(?:ing|ed|s)\b|\bshell\s+(?:\w+\s+)?(?:struck|hit|landed|fell|slammed|exploded|killed|crashed)\b|"
         # a single shell ("a shell struck their house"), not a building's shell or a shell company
         r"\b(?:an?|the)\s+(?:artillery\s+|mortar\s+|tank\s+)?shell\b(?!\s+(?:compan|firm|game|of\b))|"
         r"\bartillery\b|\bmortars?\b|\bkatyushas?\b|\bmissiles?\b|\bbarrage\b|"
         r"\brockets?\s+(?:\w+\s+)?(?:attack|fire|fired|struck|hit|landed|slammed|launched|rained|targeted)\w*|"
         r"\b(?:fired|launched)\s+(?:\w+\s+){0,3}rockets?\b"),
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    # Stun, smoke and tear-gas grenades are crowd-control means, not weapons of remote violence.
    # Grenades thrown in an armed assault alongside rifles ("using hand grenades and automatic weapons") open a
    # fight rather than make a grenade attack.
    # A grenade among weapons seized ("Two pistols, a hand grenade and notes were seized") is no attack, and one
    # thrown before the target returned fire opens a fight.
    (_rx(r"(?<!propelled\s)(?<!stun\s)(?<!smoke\s)(?<!gas\s)\bgrenades?\b(?!\s+launcher)"
         r"(?!\s+and\s+(?:automatic\s+|heavy\s+|small\s+)?(?:weapons|rifles|guns|arms|gunfire)\b)"
         r"(?![^.;]{0,60}\b(?:were|was|had\s+been)\s+(?:seized|recovered|found|confiscated)\b)"
         # grenades thrown before the target "returned fire": a fight
         r"(?![^.;]{0,120}\b(?:returned\s+fire|exchanged\s+fire|exchange\s+of\s+fire|gun\s*battle|firefight)\b)"),
     ("Explosions/Remote violence", "Grenade")),
    # A complex attack: explosives set off and then gunfire traded with armed targets is a battle (ACLED codes the
    # fight, of which the bomb was the opening).
    (_rx(r"^(?=.*\b(?:IEDs?|improvised\s+explosives?|roadside\s+bombs?|explosive\s+devices?)\b)"
         r"(?=.*\b(?:direct\s+fire|came\s+under\s+(?:heavy\s+)?fire|gun\s*battles?|exchanges?\s+of\s+fire|"
         r"exchanged\s+fire|returned\s+fire|fought\s+back|firefights?|small[- ]arms\s+fire|complex\s+attack)\b)"
         rf"(?=.*\b{_ARMED_TARGET}\b)"),
     ("Battles", "Armed clash")),
    (_rx(r"\b(?:IEDs?|improvised\s+explosive|roadside\s+bomb\w*|land\s*mines?|mines?\s+(?:exploded|blast)|"
         r"car\s+bomb\w*|truck\s+bomb\w*|(?<!petrol\s)(?<!fire\s)bomb(?:s|ing|ings|ed)?\b|explosive\s+device|"
         r"(?<!rifles\sand\s)(?<!guns\sand\s)(?<!home-made\s)(?<!homemade\s)explosives?\b(?!\s+and\s+(?:rifles|guns))"
         # "weapons, explosive belts and forged documents were seized": a haul, not a blast
         r"(?!\s+(?:belts?|vests?|materials?|substances?)\b)"
         r"(?![^.;]{0,80}?\b(?:were|was)\s+(?:recovered|seized|found|confiscated)\b)|"
         r"booby[- ]trap\w*|"
         # "gunfire and explosions were heard" is the sound of a battle, not a bomb attack
         r"VBIEDs?|blasts?\b|(?<!gunfire\sand\s)(?<!shooting\sand\s)explosions?\b(?!\s+(?:were|was|could\s+be)\s+heard)|"
         r"exploded|detonat\w+|dynamit(?:ed|ing)|"
         # "the device, which had been hidden in a culvert, went off"
         r"devices?\b[^.;]{0,80}?\bwent\s+off\b)"),
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # a mob, or rival party supporters fighting it out ("a clash between two factions of the BNP")
    (_rx(r"\b(?:mobs?|lynch\w*)\b|"
         # residents turning on people they suspect ("Residents killed four men they accused of belonging to a gang"),
         # not residents who fled or told of an attack ("residents said gunmen killed ...")
         r"\b(?:residents|villagers|locals|crowds?)(?:\s+(?:in|of|from)\s+[^.;,]{0,50}?)?\s+(?:\w+\s+)?"
         r"(?:killed|beat|burned|burnt|stoned|hacked)\b[^.;]{0,50}?\b(?:suspected|accused|alleged|thie(?:f|ves)|"
         r"robbers?|kidnappers?)\b|"
         r"\bclash\w*\s+between\s+(?:\w+\s+){0,4}?(?:factions|supporters|activists|workers)\b|"
         r"\b(?:factions|supporters|activists)\s+(?:of\s+(?:\w+\s+){0,5}?)?clashed\b"
         # not with the police or troops: that is a violent demonstration
         r"(?!\s+with\s+(?:the\s+)?(?:\w+\s+)?(?:police|security|troops|soldiers|army|officers|forces)\b)"),
     ("Riots", "Mob violence")),
    (_rx(r"\b(?:kidnap\w*|abduct\w*|taken\s+hostage|took\s+\w+\s+hostage|hostages?|forced\s+disappearance)\b"),
     ("Violence against civilians", "Abduction/forced disappearance")),
    (_rx(r"\b(?:rap(?:e|ed|es|ing)|sexual(?:ly)?\s+(?:assault\w*|abus\w*|violence))\b"),
     ("Violence against civilians", "Sexual violence")),
    (_rx(r"\b(?:(?:fired|opened\s+fire|shot|killed|killing|live\s+(?:ammunition|rounds))\s+(?:\w+\s+){0,4}"
         r"(?:protesters?|protesting|demonstrators?|marchers?|crowds?|march(?:es)?|rall(?:y|ies))|(?:protesters?|demonstrators?)\s+"
         r"(?:were\s+|was\s+)?(?:shot|killed|died))\b"),
     ("Protests", "Excessive force against protesters")),
    (_rx(r"\b(?:riot(?:\w+|(?!\s+(?:police|gear|squads?|officers|units?|control)))|(?:protesters|demonstrators)\s+(?:\w+\s+){0,3}(?:threw|hurled|torched|set\s+fire|clashed|"
         r"burned|looted|attacked|stoned))\b|"
         r"^(?=.*\b(?:protest(?!ant)\w*|demonstrat\w*|crowds?|rall(?:y|ies)|youths)\b)(?=.*\b(?:(?:threw|hurled|pelted)\s+"
         r"(?:\w+\s+)?(?:stones|rocks|bricks|petrol\s+bombs|molotov)|torch(?:ed|ing)|set(?:ting)?\s+fire\s+to|"
         r"clash(?:ed|es)?\s+with\s+(?:the\s+)?(?:police|security))\b)|"
         # "came under attack from petrol bombs and masonry during disorder": street disorder, not a battle
         r"^(?=.*\b(?:disorder|unrest)\b)(?=.*\b(?:petrol\s+bombs?|molotov|masonry|bricks|fireworks)\b)"),
     ("Riots", "Violent demonstration")),
    (_rx(r"^(?=.*\b(?:protest(?!ant)\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ing|ers)?|sit-in)\b)"
         r"(?=.*\b(?:tear\s*gas|dispers\w+|water\s+cannons?|baton\w*|arrested|detained|rubber\s+bullets)\b)"),
     ("Protests", "Protest with intervention")),
    (_rx(r"\b(?:protest(?!ant)\w*|demonstrators|demonstrations?|rall(?:y|ies|ied)|sit-in|marched|marchers)\b|"
         r"\bdemonstrated\s+(?:in|outside|against|at|near|on|over|for|through)\b"),
     ("Protests", "Peaceful protest")),
    (_rx(r"\b(?:recaptured|retook|regained\s+control|liberated|recapture\s+of)\b"),
     ("Battles", "Government regains territory")),
    (_rx(r"\b(?:seized\s+control|took\s+control|captured\s+the\s+(?:town|city|village)|overran|overrun)\b"),
     ("Battles", "Non-state actor overtakes territory")),
    (_rx(r"\b(?:clash\w*|fighting\s+(?:between|broke\s+out|erupted|raged|rages|flared)|heavy\s+fighting|"
         r"(?:hours|days)\s+of\s+fighting|fighting\s+(?:[\w-]+\s+){0,4}?with|"
         # "soldiers and rebels have lost their lives in fighting on Sunday"
         r"(?:in|during)\s+(?:the\s+)?(?:heavy\s+|fierce\s+|renewed\s+)?fighting\s+(?:on|near|in|around|at)\b|"
         r"gun\s*battles?|gun\s*fights?|firefights?|exchange\s+of\s+fire|exchanged\s+fire|returned\s+(?:the\s+)?fire|"
         # South Asian usage: a gunfight between security forces and militants
         r"(?:in|during)\s+an?\s+(?:\w+\s+)?encounter|encounters?\s+(?:with|between)|"
         r"shoot-?outs?|fought|battle\s+(?:with|between|against)|"
         # Pakistan's army on a raid that met resistance: "conducted an intelligence-based operation in Awaran"
         r"intelligence-based\s+operations?|(?-i:IBOs?)|"
         # "soldiers ... engaged a group of ADF fighters near Eringeti"
         rf"engaged\s+(?:\w+\s+){{0,4}}?{_ARMED_TARGET})\b"),
     ("Battles", "Armed clash")),
    # the targets, not the agents: "an attack by militiamen" (or "attributed to" them) is not an attack on armed men,
    # nor are armed men who attack in the clause that follows ("killed when gang members attacked a village")
    (_rx(rf"\b(?:ambush\w*|attack\w*|open(?:ed|ing)\s+fire|fired|raid\w*|stormed|shot|gunned\s+down|killed|assault\w*)\s+"
         rf"(?:(?:on|at|upon)\s+)?(?:(?!(?:by|attributed|blamed|claimed|carried|perpetrated)\b)\w+\s+){{0,4}}{_ARMED_TARGET}\b"
         r"(?!\s+(?:attacked|stormed|raided|opened\s+fire|fired\s+on|shot\s+at)\b)"),
     ("Battles", "Armed clash")),
    # "the convoy, which was carrying fuel to troops in the area, came under fire"
    (_rx(rf"\b{_ARMED_TARGET}\b[^.;]{{0,100}}?\bcame\s+under\s+(?:heavy\s+|sustained\s+)?(?:gun)?(?:fire|attack)\b"),
     ("Battles", "Armed clash")),
    (_rx(rf"\b{_ARMED_TARGET}\s+(?:(?:were|was|been)\s+(?:\w+\s+)?(?:ambushed|attacked|killed|shot|gunned\s+down)|"
         rf"(?:ambushed|attacked|killed|shot|gunned\s+down)\s+(?:in|during|when|as|by)\b)"),
     ("Battles", "Armed clash")),
    (_rx(r"\b(?:gunm[ae]n|attack\w*|ambush\w*|assailants?|shot|shooting|open(?:ed|ing|s)?\s+fire|gunfire|killed|killing|"
         r"murder\w*|massacre\w*|stabb\w*|behead\w*|assassinat\w*|executed|machetes?|hacked|wounded|injured|slain|"
         r"lynched|martyred|cattle\s+raids?|raided\s+(?:\w+\s+)?cattle|"
         # "the bodies of six men with signs of torture were found dumped on a dirt road"
         r"(?:bodies|corpses)\b[^.;]{0,60}?\b(?:found|discovered|dumped))\b"),
     ("Violence against civilians", "Attack")),
    (_rx(r"\b(?:arrest\w*|detain\w*|apprehend\w*|taken\s+into\s+custody|rounded\s+up)\b"),
     ("Strategic developments", "Arrests")),
    (_rx(r"\b(?:loot\w*|ransack\w*|vandali[sz]\w*|destroyed|demolish\w*|burn(?:ed|t)\s+down|torch(?:ed|ing)|arson\w*|"
         r"set(?:ting)?\s+(?:\w+\s+){0,4}?(?:on\s+)?fire|firebomb\w*|"
         r"burn(?:ed|t|ing)\s+(?:\w+\s+){0,2}?(?:cars|vehicles|buses|tyres|tires|shops|houses|homes|buildings))\b"),
     ("Strategic developments", "Looting/property destruction")),
    # An agreement reached, not one talked about ("ended talks without agreeing on a ceasefire").
    (_rx(r"\b(?:signed|reached|agreed\s+(?:on|to)|brokered|struck|sealed|concluded|declared)\s+(?:an?\s+|the\s+)?"
         r"(?:\w+\s+){0,3}?(?:ceasefire|truce|peace\s+(?:deal|agreement|accord)|agreement|accord)\b|"
         r"\b(?:ceasefire|truce|peace\s+(?:deal|agreement|accord))\s+(?:\w+\s+){0,3}?(?:was|were|has\s+been|had\s+been)"
         r"\s+(?:signed|agreed|reached|brokered|declared)\b|"
         r"\b(?:ceasefire|truce)\s+(?:\w+\s+){0,4}?(?:took|takes|came|comes)\s+(?:effect|into\s+(?:force|effect))\b"),
     ("Strategic developments", "Agreement")),
]  # fmt: skip

for _pattern, (_type, _sub) in _RULES:
    assert is_consistent(_type, _sub), (_type, _sub)

# All the rules screened together (screen.Family), on the text before figures of speech and negated arrests are
# blanked out of it.
_ANY_RULE = screen.Family(pattern for pattern, _ in _RULES)


def classify(text: str, skip: frozenset[EventType] = frozenset()) -> EventType | None:
    """(event_type, sub_event_type) for an incident's text by the module's precedence, or None; types in `skip`
    are passed over (a caller that knows people were hurt skips Disrupted weapons use)."""
    if not _ANY_RULE.may_match(text):
        return None  # most sentences hold no word any rule needs
    text = _NEGATED.sub(" ", RECALLED.sub(" ", FIGURATIVE.sub(" ", text)))
    for pattern, event_type in _RULES:
        if event_type not in skip and pattern.search(text):
            return event_type
    return None


def is_event_text(text: str) -> bool:
    """True when the text reports something the event taxonomy covers."""
    return classify(text) is not None
