"""Who was killed, wounded, missing, abducted or arrested in one incident, read from its sentences.

A sentence yields mentions ("seven people were killed", "killing eleven", "resulted in the death of four", "the
death toll rose to 12", "no one was hurt"). An incident's totals combine its sentences' mentions:

* restatements count once: within a kind and a role (victims or attackers), the largest stated figure is taken,
  since headline, lede and body usually repeat or narrow the same number;
* coordinated subjects and objects add up ("two soldiers and three civilians were killed" is 5);
* a mention marked as extra ("also", "another", "N more") adds to that total;
* attackers' deaths ("the bomber also died", "killing himself") add to the victims';
* a death toll replaces the victims' smaller figures ("the toll rose to 12" after "8 killed"); attackers' deaths
  told apart still add to it;
* another source's figure ("..., while a rights group said seven died", "an earlier statement that only two had
  died") only widens the bounds of the figure stated first;
* an explicit negation ("no casualties were reported") gives 0 when nothing else is stated;
* deaths reported without a number are coded 10, the project's convention for an unspecified plural (ACLED's
  default for reported but uncounted deaths); a singular one is 1; a note in the evidence says so.
"""

import re
from dataclasses import dataclass, field, replace

from pipelines.extraction import screen
from pipelines.extraction.dateline import MONTHS
from pipelines.extraction.numbers import COUNT_PHRASE, Quantity, parse_count

KINDS = ("killed", "wounded", "missing", "abducted", "arrested")
UNSPECIFIED_PLURAL = Quantity(2, 10, None)

# Past participles / adjectives that close a passive clause ("were killed", "left 7 dead").
_PASSIVE = {
    # "martyred" (South Asian and Middle Eastern press) and "neutralised" (army statements) are deaths too.
    "killed": r"killed|dead|died|die|dies|slain|murdered|massacred|executed|beheaded|assassinated|perished|martyred|"
    # "sent to hell": Pakistan's army (ISPR) on the militants it killed
    r"neutrali[sz]ed|sent\s+to\s+hell|embraced\s+(?:shahadat|martyrdom)|paid\s+the\s+(?:supreme|ultimate)\s+(?:price|sacrifice)|"
    r"made\s+the\s+(?:supreme|ultimate)\s+sacrifice|fell\s+(?:with\s+honou?r|in\s+(?:combat|battle|action)|"
    r"with\s+(?:(?:their|his|her)\s+)?(?:weapons?|arms)\s+in\s+hands?|on\s+the\s+field\s+of\s+honou?r)|"
    r"(?:sustained|suffered|received)\s+(?:an?\s+)?fatal\s+(?:[\w-]+\s+)?(?:injuries|injury|wounds?)|"
    r"shot\s+dead|shot\s+to\s+death|gunned\s+down|lynched|lost\s+(?:their|his|her)\s+li(?:fe|ves)|(?:fatally|mortally)\s+(?:wounded|injured|"
    r"shot|hurt)|(?:burned|burnt|stabbed|beaten|hacked|crushed)\s+to\s+death|shot\s+and\s+killed",
    "wounded": r"wounded|injured|hurt|maimed|hospitali[sz]ed|beaten(?!\s+(?:and\s+\w+\s+)?to\s+death)|"
    r"(?:sustained|suffered)\s+(?:an?\s+)?(?!fatal\b)(?:\w+\s+)?(?:injuries|injury|wounds?)|"
    r"(?:treated|hospitali[sz]ed)\s+for\s+(?:\w+\s+)?(?:wounds|injuries)|(?:being\s+)?treated\s+in\s+hospital|"
    # "treated at the district hospital for minor injuries", "escaped with injuries", "shot in the leg"
    r"treated\s+(?:at|in)\s+[^,.;]{0,80}?\s+for\s+(?:[\w-]+\s+){0,4}?(?:wounds|injuries)|"
    r"(?:escaped?|taken|left)\s+with\s+(?:[\w-]+\s+)?(?:wounds|injuries)|"
    r"shot\s+in\s+the\s+(?:legs?|arms?|thighs?|feet|foot|hands?|shoulders?|back|stomach|abdomen|buttocks)|"
    r"(?:taken|rushed|admitted|brought|flown)\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:hospitals?|clinics?)"
    r"(?:(?:\s+[\w'’-]+){0,3}?\s+with\s+(?:[\w-]+\s+)?(?:wounds|injuries))?|"
    # "four others remain in hospital", "six are still under treatment", "two receiving treatment at a hospital"
    r"(?:remain(?:s|ed)?|still)\s+in\s+(?:(?:a|the)\s+)?hospital|(?:remain(?:s|ed)?|still)\s+admitted\b|"
    # "a resident was hit by a stray bullet" (unless the bullet killed)
    r"(?:hit|struck)\s+by\s+(?:a\s+)?stray\s+(?:bullets?|rounds?)(?![^.;]{0,40}\b(?:died|killed|dead|fatal\w*)\b)|"
    r"(?:still\s+)?(?:receiving|under|undergoing)\s+"
    r"(?:medical\s+)?treatment|(?:still\s+)?being\s+treated(?!\s+(?:as|like|with\s+suspicion))",
    "missing": r"missing|unaccounted\s+for",
    "abducted": r"abducted|kidnapped|taken\s+hostage|taken\s+captive|held\s+hostage",
    "arrested": r"arrested|detained|apprehended|taken\s+into\s+custody|rounded\s+up",
}
# Verbs that take the victims as object ("killing eleven bystanders"); no verb makes people missing.
_ACTIVE = {
    "killed": r"kill(?:ing|ed|s)?|shot\s+dead|shooting\s+dead|gunned\s+down|massacred|massacring|executed|executing|"
    r"(?:beat|beating|stoned|stoning|hacked|hacking|burned|burnt|burning)\s+to\s+death|"
    r"murdered|murdering|slaughtered|slaughtering|beheaded|beheading|assassinated|assassinating|lynched|"
    r"neutrali[sz](?:e|ed|es|ing)",
    "wounded": r"wound(?:ing|ed|s)?|injur(?:ing|ed|es|e)|maiming|maimed",
    "abducted": r"abduct(?:ing|ed|s)?|kidnap(?:ping|ped|s)?|seiz(?:ing|ed)",
    "arrested": r"arrest(?:ing|ed|s)?|detain(?:ing|ed|s)?|apprehend(?:ing|ed|s)?",
}
_AUX = (
    r"(?:(?:were|was|are|is|have|has|had|been|be|being|got|reportedly|also|later|allegedly|all|both|each|"
    r"subsequently|initially|instantly|immediately|confirmed|believed|feared|said|thought|reported|to|"
    r"critically|seriously|severely|badly|slightly|lightly|gravely|left)\s+){0,5}"
)
_PERPETRATOR = re.compile(
    r"\b(?:attackers?|assailants?|bombers?|gunm[ae]n|perpetrators?|hijackers?|militants?|terrorists?|"
    r"suicide\s+bombers?|himself|herself|themselves)\b",
    re.IGNORECASE,
)
# "six people besides the bombers": the people named after the word are others than those counted
_APART = r"\b(?:besides|apart\s+from|excluding|except|not\s+counting|not\s+including|in\s+addition\s+to)\s+the"
_BESIDES = re.compile(rf"{_APART}\b", re.IGNORECASE)
_BESIDES_BEFORE = re.compile(rf"{_APART}\s+$", re.IGNORECASE)
_UNIT_NOUNS = re.compile(
    # "two unlicensed pistols", "three armoured vehicles": a word about the thing before it
    r"^\s*(?:(?:unlicensed|illegal|homemade|home-made|locally\s+made|automatic|assault|stolen|loaded|hunting|"
    r"improvised|unexploded|armou?red|military|police|private|empty|abandoned)\s+)?(?:pounds?|lbs?|kg|kilo(?:gram)?s?|tons?|tonnes?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|"
    r"yards?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per\s+cent|%|dollars?|rounds?|"
    r"bombs?|vehicles?|cars?|trucks?|houses?|homes?|buildings?|rockets?|shells?|missiles?|attacks?|times?|"
    r"o'clock|a\.?m\.?|p\.?m\.?|GMT|local\s+time|villages?|districts?|provinces?|cities|towns?|"
    r"explosions?|blasts?|incidents?|shots?|bullets?|grenades?|mortars?|drones?|aircraft|jets?|air\s*strikes?|"
    r"strikes?|raids?|ambush(?:es)?|bombings?|bombardments?|markets?|"
    r"vans?|buses|boats?|ships?|schools?|churches|mosques?|stations?|checkpoints?|positions?|bases?|"
    r"rifles?|guns?|weapons?|pistols?|magazines?|motorcycles?|motorbikes?|head\s+of\s+cattle|cattle|cows|goats|"
    # "lowered an earlier count of dead attackers": a figure, not a person
    r"(?:earlier\s+|initial\s+|first\s+|official\s+)?(?:count|figure|toll|tally|estimate))\b"
    # ... unless the noun only qualifies the people who follow ("a village headman", "two bus drivers")
    r"(?!\s+(?:taxi\s+)?(?:head(?:m[ae]n|s)?|chiefs?|elders?|leaders?|guards?|drivers?|riders?|teachers?|officials?|"
    r"workers?|staff|"
    r"imams?|priests?|pastors?|passengers?|residents?|officers?|commanders?|members?|owners?|keepers?)\b)",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r"[;:—–]|(?<!\d),|,(?!\d{3}\b)|\b(?:when|while|after|before|as|because|since|but|which|who|whom|where|that|although|"
    r"though|during|following|and\s+(?:then|later))\b",
    re.IGNORECASE,
)
# Figures a report itself doubts; used only when the story gives no other.
_HEDGE = screen.compile(
    r"\b(?:unconfirmed|unverified|could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*|"
    r"claim(?:ed|s)?\s+to\s+have\s+killed|rumou?r\w*|"
    # a side's claim of what it did ("claimed on Wednesday that its fighters had killed three soldiers")
    r"claim(?:ed|s)\s+(?!responsibility|credit)(?:\w+\s+){0,6}?(?:that\s+)?(?:its|their|it|they)\s+(?:\w+\s+){0,2}?"
    r"(?:had\s+)?killed|"
    # a figure the story says was superseded ("It initially reported that five attackers had been killed")
    r"initially\s+(?:reported|said|put|gave|counted)|at\s+first\s+(?:\w+\s+){0,3}?(?:reported|said|put|gave)|"
    # "Late on Monday, the centre had put the toll at three dead and nine wounded": a count since overtaken
    r"had\s+(?:earlier\s+|previously\s+)?(?:put|given|set)\s+(?:the|its|a)\s+(?:death\s+)?toll\s+at)\b",
    re.IGNORECASE,
)
# Any casualty verb ("paid the supreme price" as much as "killed"): the end of an earlier clause's subject.
_ANY_CASUALTY_VERB = re.compile(
    rf"\b(?:{'|'.join(_PASSIVE.values())}|killing|wounding|injuring)\b",
    re.IGNORECASE,
)
_SUBSET_AFTER = re.compile(r"^\s*(?:of\s+(?:whom|them|those|the\s+\w+)|among\s+them)\b", re.IGNORECASE)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|among\s+them|among\s+whom|among\s+the\s+(?:dead|killed|victims|wounded|injured)|"
    r"such\s+as|besides)\s*$",
    re.IGNORECASE,
)
# Words that add a further blow; "another" may instead name a second victim of the same one.
_FURTHER = r"also|additional|further|as\s+well|in\s+addition|too"
_EXTRA = re.compile(rf"\b(?:another|{_FURTHER})\b", re.IGNORECASE)
_FURTHER_BLOW = re.compile(rf"\b(?:{_FURTHER})\b", re.IGNORECASE)
# "more" as in "three more", not the qualifier "more than three".
_OTHERS = re.compile(r"\b(?:others?|more(?!\s+than))\b", re.IGNORECASE)
_COUNT = rf"(?:{COUNT_PHRASE})"
_ONE_ARTICLE = r"(?:an?|one)"
_SINGULAR_SUBJECT = re.compile(
    r"(?:\b(?:he|she)\b|\b(?:the|a|an|his|her|their|its|one)\s+(?:[\w'’.-]+\s+){0,3}?[a-z'’.-]*[^s\W]|"
    r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:$)",
)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:people|persons|civilians|soldiers|troops|policemen|police\s+officers|officers|men|women|children|"
    r"militants|fighters|rebels|insurgents|members|guards|workers|students|villagers|residents|passengers|"
    r"others|victims|pilgrims|worshippers|protesters|demonstrators|bystanders|tourists|family\s+members|"
    r"relatives|journalists|staff|crew|personnel|hostages|gunmen|attackers|assailants|militiamen)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """One statement of a count: its kind (killed, wounded...), the quantity (None: not given) and where."""

    kind: str
    quantity: Quantity | None
    start: int
    end: int
    perpetrator: bool = False
    extra: bool = False
    toll: bool = False
    singular: bool = False
    others: bool = False
    hedged: bool = False
    revised: bool = False
    alternative: bool = False  # another source's figure for the count just stated: a bound, not a new best


@dataclass
class Casualties:
    """An incident's totals per kind, and the indices of the sentences they came from."""

    counts: dict[str, Quantity] = field(default_factory=dict)
    sentences: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def get(self, kind: str) -> Quantity:
        return self.counts.get(kind, Quantity.exact(0))


_APPOSITIVE = screen.compile(
    rf",\s*(?:including|among\s+them|mostly|(?:most|many|some|all|both|{COUNT_PHRASE})\s+of\s+(?:them|whom))\b"
    r"[^,;.]{1,80},",
    re.IGNORECASE,
)
# Figures that belong to a date ("25 July 2023", "Jan. 4", "in 2019"): "On 25 July 2023 rebels killed ..." is no
# toll of 2023. The preposition goes too, so that the count after it ("On 3 March 12 people ...") still heads its
# clause. Month names are matched in title case so that "five may have died" keeps its count.
_MONTH_TITLE = "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
_DATE_FIGURES = screen.compile(
    rf"(?:\b(?i:on|in|since|during|until|by|from|of)\s+)?"
    rf"\b(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_TITLE})\b\.?(?:,?\s+(?:19|20)\d\d)?"
    rf"|(?:{_MONTH_TITLE})\b\.?\s+(?:[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)"
    # a dateline in another language ("25 juillet 2023")
    r"|[0-3]?\d\s+[a-zà-ÿ]{3,9}\s+(?:19|20)\d\d)(?![\d,])"
    r"|\b(?i:in|since|during|until)\s+(?:19|20)\d\d\b(?![\d,])"
)
# Another blow dated from this one ("..., a day before a village headman was shot dead in Yala"): its own deaths.
_DATED_FROM_THIS = screen.compile(
    r"\b(?:a|one|two|three|several|\d+)\s+(?:days?|hours?|weeks?)\s+(?:before|after)\s+(?!(?:he|she|they)\b)[^,;.]*",
    re.IGNORECASE,
)
_AGES = screen.compile(r"\baged\s+(?:between\s+)?\d{1,2}\s*(?:and|to|-|–)\s*\d{1,2}\b", re.IGNORECASE)
# A non-restrictive relative clause between a subject and its verb ("two members of the group, which guards the
# road, were wounded"); kept when it states casualties itself.
_RELATIVE_CLAUSE = screen.compile(r",\s*(?:which|who|whose)\b[^,;.]{1,100},", re.IGNORECASE)
# An appositive between a subject and its verb ("a third person, a motorcyclist passing by, was wounded"): it
# describes the subject, and its comma would otherwise cut the subject off from the verb.
_APPOSITION = screen.compile(
    r"(?<=\w),\s*(?:an?|the)\s+[^,;.]{1,60},(?=\s*(?:was|were|is|are|(?:has|have|had)\s+been)\s)", re.IGNORECASE
)
_CUMULATIVE_CLAUSE = screen.compile(
    r",\s*(?:which|who)\s+(?:has|have)\s+(?:\w+\s+)?(?:killed|claimed|left|displaced)\b[^,;.]*", re.IGNORECASE
)
# An earlier blow named in passing ("in connection with last week's suicide bombing ... that killed eight
# policemen"): its deaths and its weapon are that blow's, not this report's.
RECALLED = screen.compile(
    r"\b(?:with|over|for|after|since|about|into)\s+last\s+(?:week|month|year)['’]s\s+[^,;.]*|"
    # "in honour of the soldiers killed last month"
    r"\b(?:killed|died|slain|murdered)\s+(?:\w+\s+)?last\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
# Figures of speech that use casualty words for things ("killed any hope of a deal").
FIGURATIVE = screen.compile(
    r"\bkill(?:ed|s|ing)?\s+(?:off\s+)?(?:any|all|the|their|his|her|its|our)?\s*(?:remaining\s+)?"
    r"(?:hopes?|chances?|deals?|bill|plans?|proposals?|idea|momentum|talks|prospects?|mood|rally|growth|jobs|"
    r"demand|appetite|competition|reform)\b|\bbloodbath\s+(?:for|on|in)\s+(?:\w+\s+)?(?:shares|stocks|markets?|"
    r"bonds|investors|lenders|banks)\b",
    re.IGNORECASE,
)
# Between two coordinated counts: the first one's noun (a few words) and a conjunction.
_COORDINATION = re.compile(r"(?:\s+[\w'’.-]+){0,8}?\s*(?:,|\band\b|,\s*and\b|\bplus\b|\bas\s+well\s+as\b)\s*")


_CLAUSE_VERB = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|killed|died|dead|wounded|injured|hurt|shot|stabbed|beaten|fell)\b", re.I
)
_PARENTHESES = re.compile(r"\([^()]*\)")
_QUOTES = re.compile(r"[\"“”]")
_GLUED_FIGURE = re.compile(r"(?<=\d)(?=[a-z]{4,}\b)")


def _prepare(sentence: str) -> str:
    """The sentence with asides blanked out (offsets kept) and figures glued to words separated."""
    # Asides break down or qualify the figure just given ("three tourists (two French and one American)",
    # "seven people, including a police officer, were killed"); counting them again would double it.
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    text = _PARENTHESES.sub(blank, sentence)
    text = _QUOTES.sub(" ", text)  # quoted words ("dozens of terrorists") are counted like the others
    text = _APPOSITIVE.sub(blank, text)
    text = _AGES.sub(blank, text)  # "four men aged between 18 and 35 died": ages, not a count
    text = _DATE_FIGURES.sub(blank, text)
    text = _DATED_FROM_THIS.sub(blank, text)
    text = _APPOSITION.sub(lambda m: m.group(0) if _ANY_CASUALTY_VERB.search(m.group(0)) else blank(m), text)
    text = _RELATIVE_CLAUSE.sub(lambda m: m.group(0) if _ANY_CASUALTY_VERB.search(m.group(0)) else blank(m), text)
    # ", which has killed hundreds": a group's or a war's running total, not the incident's.
    text = _CUMULATIVE_CLAUSE.sub(blank, text)
    text = FIGURATIVE.sub(blank, text)
    text = RECALLED.sub(blank, text)
    # "11people": a typo common enough in wire copy; ordinals and units (1st, 10km, 5pm) are shorter.
    return _GLUED_FIGURE.sub(" ", text)


def _is_person_count(text_after: str) -> bool:
    return not _UNIT_NOUNS.match(text_after)


# A sentence that doubts the figure stated just before it ("The claim could not be verified.").
DOUBTS_PREVIOUS = re.compile(
    r"^\W*(?:the|this|that|these|those)\s+(?:claims?|figures?|tolls?|numbers?|reports?|accounts?)\s+(?:could|can)\s*not"
    r"\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b",
    re.IGNORECASE,
)


def find_mentions(sentence: str) -> list[Mention]:
    """Every casualty statement in one sentence."""
    if not _STATEMENTS.may_match(sentence):
        return []  # most sentences hold no word any casualty statement needs
    text = _prepare(sentence)
    mentions: list[Mention] = []
    taken: list[tuple[str, int, int]] = []
    hedged = bool(_HEDGE.search(text))
    for finder in (
        _negations, _tolls, _ordinal_deaths, _losses, _nominal, _passive, _active, _pronoun_deaths, _uncounted_attacker
    ):
        for mention in finder(text):
            inside = any(k == mention.kind and (s <= mention.start < e or s < mention.end <= e) for k, s, e in taken)
            if inside and finder is not _uncounted_attacker:  # "five people besides the two bombers were killed"
                continue
            if _OTHERS.search(text[mention.start : mention.end]):
                mention = replace(mention, others=True)
            if hedged:
                mention = replace(mention, hedged=True)
            mentions.append(mention)
            taken.append((mention.kind, mention.start, mention.end))
    # "has risen to nine, including the bomber" (an aside _prepare blanks out): a toll of both sides, marked as the
    # attackers' too
    mentions = [
        replace(m, perpetrator=True) if m.toll and _WITH_ATTACKERS.match(sentence, m.end) else m for m in mentions
    ]
    further = [
        m.start
        for m in mentions
        if m.extra and not m.perpetrator and _FURTHER_BLOW.search(text, max(0, m.start - 25), m.end)
    ]
    if further:
        # "killing an additional eight people and wounding 12 others": the rest of the sentence adds a further blow;
        # "a man was beaten to death and another injured" does not (the other is a second victim of the same blow).
        first = min(further)
        mentions = [m if m.toll or m.perpetrator or m.start < first else replace(m, extra=True) for m in mentions]
    # the wounded still in care, told on their own, are what is left of the wounded after some died; told beside the
    # count of the wounded ("46 were injured; 19 remain in hospital") they are only some of them
    wounded = sum(1 for m in mentions if m.kind == "wounded" and m.quantity)
    mentions = [
        replace(m, toll=True, revised=True)
        if m.kind == "wounded"
        and m.quantity
        and (
            _REMAINING.search(text, max(0, m.start - 20), m.end)
            or (wounded == 1 and _STILL_TREATED.match(text, m.start, m.end + 60))
        )
        else m
        for m in mentions
    ]
    mentions = [_survivors(text, m) if m.kind == "wounded" and m.quantity else m for m in mentions]
    mentions = _second_victims(text, sorted(mentions, key=lambda m: m.start))
    later = _LATER_REPORT.search(text)
    if later is not None:  # "Police later said officers had recovered six bodies": the count as it came to stand
        mentions = [
            replace(m, toll=True)
            if m.kind == "killed" and m.start > later.start() and m.quantity and not m.quantity.vague
            and not m.perpetrator
            and not _ARMED.search(text[m.start : m.end + 30])  # "the bodies of nine insurgents": the other side's
            else m
            for m in mentions
        ]
    unstated = [m.span() for m in _NO_FIGURE.finditer(text)]
    if unstated:  # "It did not give a number for militants killed": a count not told, no victim
        mentions = [m for m in mentions if not any(start <= m.start < end for start, end in unstated)]
    return _mark_revisions(text, _both_sides(text, mentions))


# A count given later than the first reports ("Police later said ...", "A doctor said later that ...").
_LATER_REPORT = re.compile(
    r"\blater\b[^.;,]{0,40}?\b(?:said|says|told|confirmed|reported|put|gave|counted)\b|"
    r"\b(?:said|confirmed|reported)\s+later\b",
    re.IGNORECASE,
)
# A source that says it gives no figure ("did not say how many militants were killed", "declined to give a toll").
_NO_FIGURE = re.compile(
    r"\b(?:did\s+not|didn['’]t|would\s+not|could\s+not|declined\s+to|refused\s+to)\s+(?:say|give|provide|disclose|"
    r"specify|reveal|release)\s+(?:a\s+|any\s+)?(?:number|figure|toll|count|how\s+many|details\s+of\s+casualties)\b"
    r"[^.;]*",
    re.IGNORECASE,
)


# "One officer was shot in the arm and a resident was hit by a stray bullet": a second victim, not the first again
_AND_BETWEEN = re.compile(r"\s*,?\s*and\s+", re.IGNORECASE)
_A_PERSON = re.compile(r"(?:an?|one|another)\s", re.IGNORECASE)


def _second_victims(text: str, mentions: list[Mention]) -> list[Mention]:
    marked = list(mentions)
    for i in range(1, len(marked)):
        first, second = marked[i - 1], marked[i]
        single = all(m.quantity is not None and m.quantity.best == 1 for m in (first, second))
        joined = _AND_BETWEEN.fullmatch(text, first.end, second.start) and _A_PERSON.match(text, second.start)
        if single and first.kind == second.kind and joined:
            marked[i] = replace(second, others=True)
    return marked


# "26 wounded people, five of whom died overnight": the wounded are those who lived (the dead are counted as dead).
# ("Fifteen people were wounded when ..., and one of them, a 19-year-old, later died")
_OF_WHOM_DIED = re.compile(
    rf"[^.;]{{0,160}}?(?:,\s*(?:and\s+|where\s+|but\s+)?|;\s*)(?P<count>{_COUNT})\s+of\s+(?:whom|them)"
    rf"(?:,[^,.;]{{1,40}},)?\s+"
    r"(?:later\s+|subsequently\s+|(?:have|had)\s+since\s+)?(?:died|succumbed)\b",
    re.IGNORECASE,
)


def _survivors(text: str, mention: Mention) -> Mention:
    died = _OF_WHOM_DIED.match(text, mention.end)
    dead = parse_count(died.group("count")) if died else None
    if dead is None or mention.quantity is None or dead.best >= mention.quantity.best:
        return mention
    left = mention.quantity.best - dead.best
    return replace(mention, quantity=Quantity.exact(left))


# "the four remaining injured", "the two surviving injured officers": the wounded left after some died, the count
# that replaces the first one.
_REMAINING = re.compile(r"\b(?:remaining|surviving)\b", re.IGNORECASE)
# ... or those still in care ("Ten people remain in hospital", "nine wounded soldiers were still receiving treatment")
_STILL_TREATED = re.compile(
    r"[^.;]{0,40}?\b(?:(?:were|are|was|is)\s+still\s+(?:being\s+treated|receiving\s+treatment|in\s+hospital|"
    r"hospitali[sz]ed)|remains?\s+(?:in\s+(?:the\s+)?hospital|hospitali[sz]ed))\b",
    re.IGNORECASE,
)


# The count that opens a mention and the words naming who ("three militants", "six of the insurgents").
_COUNTED_NOUN = re.compile(rf"(?:{_COUNT})\s+(?:of\s+the\s+)?(?P<who>(?:[\w-]+\s+){{0,2}})", re.IGNORECASE)


def _both_sides(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Two policemen were martyred and three militants killed": a second clause of the armed side's dead after the
    forces' is the attackers' own toll, added to the first rather than restating it."""
    killed = [m for m in mentions if m.kind == "killed" and m.quantity is not None and not m.perpetrator]
    if len(killed) < 2:
        return mentions
    first = _COUNTED_NOUN.match(text, killed[0].start)
    if first is None or not _FORCES.search(first.group("who")):
        return mentions
    armed = set()
    for m in killed[1:]:
        who = _COUNTED_NOUN.match(text, m.start)
        if who is not None and _ARMED.search(who.group("who")) and not _FORCES.search(who.group("who")):
            armed.add(m.start)
    return [replace(m, perpetrator=True) if m.start in armed else m for m in mentions]


# Between two figures of one kind in a sentence: the second corrects the first ("initial reports put the toll at
# nine, but prosecutors said seven had died").
_CORRECTION = re.compile(r"\b(?:but|however|later|revised|corrected|lowered)\b", re.IGNORECASE)
# Between two figures of one kind: the second is another source's ("five were killed, while a rights group said
# seven died") or the figure the first replaced ("..., revising an earlier statement that only two had died"). The
# first stays the best estimate and the second only widens its bounds.
_OTHER_SOURCE = re.compile(
    r"\b(?:while|whereas|though|although)\b[^;]{0,80}?\b(?:said|says|say|put|puts|reported|counted|according\s+to)\b|"
    r"\b(?:revising|correcting|updating|raising|lowering|replacing)\s+(?:an?|the|its|their|his|her)\s+"
    r"(?:earlier|previous|initial|first)\b",
    re.IGNORECASE,
)


def _mark_revisions(text: str, mentions: list[Mention]) -> list[Mention]:
    marked: list[Mention] = []
    for mention in mentions:
        earlier = [m for m in marked if m.kind == mention.kind and m.quantity and m.perpetrator == mention.perpetrator]
        if mention.quantity and earlier and _OTHER_SOURCE.search(text, earlier[-1].end, mention.start):
            mention = replace(mention, alternative=True)
        elif mention.quantity and earlier and _CORRECTION.search(text, earlier[-1].end, mention.start):
            mention = replace(mention, revised=True)
        marked.append(mention)
    return marked


# A toll given without the attacker ("14 were killed, not counting the bomber"): the attacker died too.
_NOT_COUNTING = screen.compile(
    rf"\b(?:not\s+(?:counting|including)|(?:do|does|did)\s+not\s+include|excluding|besides|apart\s+from|"
    rf"in\s+addition\s+to)\s+the\s+(?:(?P<count>{_COUNT})\s+)?(?:suicide\s+)?"
    r"(?:bombers?|attackers?|gunm[ae]n|assailants?)\b",
    re.IGNORECASE,
)
# A singular person coordinated after a count, closing a subject ("eight guards and their driver").
_AND_ONE_MORE = re.compile(r"\band\s+(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}?[\w-]*[^s\W]\s*$", re.IGNORECASE)


def _uncounted_attacker(text: str) -> list[Mention]:
    return [
        Mention("killed", count, m.start(), m.end(), perpetrator=True)
        for m in _NOT_COUNTING.finditer(text)
        if (count := parse_count(m.group("count")) if m.group("count") else Quantity.exact(1)) is not None
    ]


_NEGATIONS = [
    (r"\bno\s+(?:one|body|person|people|civilians?)\s+(?:else\s+)?(?:was|were|has\s+been|had\s+been)\s+"
     r"(?:\w+\s+)?(?:killed|dead)", ("killed",)),
    (r"\bno\s+(?:one|body|person|people|civilians?)\s+(?:else\s+)?(?:was|were|has\s+been|had\s+been)\s+"
     r"(?:\w+\s+)?(?:killed\s+or\s+)?(?:injured|wounded)", ("wounded",)),  # "No one was killed or injured"
    (r"\b(?:no\s+(?:one|body)|nobody|none)\s+(?:\w+\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
     r"(?:hurt|harmed)", ("killed", "wounded")),
    (r"\b(?:no\s+one|nobody)\s+(?:\w+\s+)?died\b", ("killed",)),
    # a headline's "no one hurt as pipe bomb explodes"
    (r"\b(?:no\s+one|nobody)\s+(?:hurt|injured|harmed)\b", ("killed", "wounded")),
    (r"\bno\s+(?:casualties|victims)\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?casualties\b|"
     r"\bno\s+(?:one|body)\s+was\s+(?:hurt|harmed)|\bcasualty[-\s]free\b", ("killed", "wounded")),
    (r"\bno\s+(?:deaths|fatalities|loss\s+of\s+life|lives\s+were\s+lost|immediate\s+reports?\s+of\s+"
     r"(?:deaths|casualties))\b|\bcaus(?:ed|ing)\s+no\s+(?:deaths|fatalities)\b|\bnon-fatal\b", ("killed",)),
    (r"\bno\s+(?:injuries|injured|wounded)\b|\bcaus(?:ed|ing)\s+no\s+(?:injuries|damage\s+or\s+injuries)\b|"
     r"\bwithout\s+(?:causing\s+)?(?:any\s+)?injur(?:y|ies)\b|\bno\s+major\s+injuries\b", ("wounded",)),
]  # fmt: skip
_NEGATION_RES = [(screen.compile(p, re.IGNORECASE), kinds) for p, kinds in _NEGATIONS]


def _negations(text: str) -> list[Mention]:
    found = []
    for pattern, kinds in _NEGATION_RES:
        for match in pattern.finditer(text):
            for kind in kinds:
                found.append(Mention(kind, Quantity.exact(0), match.start(), match.end()))
    return found


_TOLL_RE = screen.compile(
    rf"\b(?P<what>death\s+toll|toll|number\s+of\s+(?:dead|deaths|(?:people|civilians|persons|soldiers)\s+killed|"
    rf"fatalities|victims)|"
    rf"number\s+of\s+(?:injured|wounded)|"
    # "the number had risen to 11, after four of the wounded died": the toll, named just before
    rf"(?<=the\s)number(?=\s+(?:had\s+|has\s+)?(?:risen|rose|climbed|increased|jumped)\s+to\b))\b(?:[^.;]{{0,60}}?\b(?:to|at|of|reached|hit|was|is|now|stood|stands)|"
    # "the number of people killed when gunmen opened fire inside a bar in ... rose to nine": a long clause between
    rf"[^.;]{{0,160}}?\b(?:rose|risen|rises|climbed|climbs|increased|jumped)\s+to|"
    # "lowered the death toll from Wednesday's missile strike on the town of Merefa to six"
    rf"\s+from\s+[^.;]{{0,120}}?\s+to)\s+"
    rf"(?P<count>{_COUNT})(?![\w])",
    re.IGNORECASE,
)


_WITH_ATTACKERS = re.compile(
    r"[^.;]{0,40}?\b(?:including|among\s+them)\s+the\s+(?:\w+\s+){0,2}?(?:bombers?|attackers?|assailants?|gunm[ae]n)\b",
    re.IGNORECASE,
)
_TOLL_UPDATE = re.compile(r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|mounted|now|revised)\b", re.I)


_WOUNDED_TOLL = re.compile(r"injured|wounded", re.IGNORECASE)
# A toll corrected downwards ("revised the toll down to 27"): it replaces the higher figure told before it.
_LOWERED = re.compile(r"\b(?:revised|revising|lowered|lowering|corrected|correcting|down)\b", re.IGNORECASE)
# "..., raising the death toll to five", "he revised the toll down to 27": the verb that updates the toll comes first.
_UPDATING_BEFORE = re.compile(
    r"\b(?:raising|bringing|pushing|taking|lifting|raised|brought|pushed|took|raises|brings|pushes|takes|lifts|"
    r"revised|revising|lowered|lowering|"
    r"updated|updating|corrected|correcting|(?:later|since|now)\s+(?:put|puts|gave|set|placed))\s+"
    r"(?:the|its|their|his|her)\s+"
    r"(?:overall\s+|total\s+|final\s+)?$",
    re.IGNORECASE,
)


_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "A second protester has died", "a fourth person died of his wounds": the toll is now that ordinal.
_ORDINAL_DEATH = screen.compile(
    rf"\ba\s+(?P<nth>{'|'.join(_ORDINALS)})\s+(?!attacker|assailant|gunm[ae]n|bomber)(?:[\w-]+\s+){{0,2}}?"
    rf"(?:has\s+|had\s+)?(?:died|succumbed|"
    rf"was\s+killed|has\s+been\s+killed|had\s+been\s+killed)\b|"
    # "a seventh body had been found": the toll, one more
    rf"\ba\s+(?P<nth_body>{'|'.join(_ORDINALS)})\s+(?:body|corpse)\s+(?:was|has\s+been|had\s+been)\s+"
    rf"(?:found|recovered|discovered|pulled)\b",
    re.IGNORECASE,
)


def _ordinal_deaths(text: str) -> list[Mention]:
    return [
        Mention("killed", Quantity.exact(_ORDINALS.index(nth.lower()) + 2), m.start(), m.end(), toll=True)
        for m in _ORDINAL_DEATH.finditer(text)
        if (nth := m.group("nth") or m.group("nth_body"))
    ]


# "revised down to 14 the number of people killed": the updated toll told before what it counts
_REVISED_TO = screen.compile(
    rf"\b(?:revised|revising|raised|raising|lowered|lowering|corrected|correcting|updated|updating)\s+"
    rf"(?:(?P<down>down(?:ward)?)\s+|up(?:ward)?\s+)?to\s+(?P<count>{_COUNT})\s+the\s+(?:death\s+toll|toll|"
    rf"number\s+of\s+(?:people\s+|civilians\s+|persons\s+)?(?:killed|dead|deaths|victims))\b",
    re.IGNORECASE,
)
# "so we are now at 23 dead": a running count told as where it stands
_STANDING_TOLL = screen.compile(
    rf"\b(?:now|stands|stood)\s+at\s+(?P<count>{_COUNT})\s+(?:dead|deaths|killed|bodies)\b", re.IGNORECASE
)


# "six people had died — five soldiers and the bomber": a total told with the attacker in it, the whole toll. The
# itemising tail is searched first (it opens with a dash or "including", which re finds fast), then the count before.
_ITEMISED_TAIL = screen.compile(
    r"(?:[—–:]|\s-|,\s+including)\s+[^.;]{0,60}?\b(?:the|an?)\s+(?:suicide\s+)?"
    r"(?:bomber|attacker|assailant|gunman)s?\b",
    re.IGNORECASE,
)
_ITEMISED_HEAD = re.compile(
    rf"\b(?P<count>{_COUNT})\s+(?:people\s+|persons\s+)?(?:had\s+|have\s+|were\s+)?(?:died|been\s+killed|killed|dead)"
    rf"\s*$",
    re.IGNORECASE,
)


def _itemised_tolls(text: str) -> list[Mention]:
    found = []
    for tail in _ITEMISED_TAIL.finditer(text):
        head = _ITEMISED_HEAD.search(text, max(0, tail.start() - 80), tail.start())
        if head is not None and (quantity := parse_count(head.group("count"))) is not None:
            found.append(Mention("killed", quantity, head.start(), tail.end(), toll=True))
    return found


# "we buried at least eleven people": the dead, counted by those who buried them
_BURIED = screen.compile(
    rf"\b(?:buried|burying|bury)\s+(?P<count>{_COUNT})\s+(?:[\w-]+\s+)?(?:people|persons|bodies|victims|villagers|"
    rf"residents|civilians|relatives|neighbours|neighbors|children|men|women)\b",
    re.IGNORECASE,
)


# "at least five of our fighters fell on Saturday": a commander's word for his own dead
_OUR_FALLEN = screen.compile(
    rf"\b(?P<count>{_COUNT})\s+of\s+our\s+(?:[\w-]+\s+)?(?:fighters|men|soldiers|comrades|troops|brothers|elements|"
    rf"officers|combatants)\s+(?:have\s+|had\s+)?(?:fell|fallen)\b",
    re.IGNORECASE,
)


# "a civilian was killed and another injured": the other one is wounded
_ANOTHER_WOUNDED = screen.compile(
    r"\b(?:killed|dead|died|shot\s+dead)\s+(?:[\w-]+\s+){0,6}?(?P<other>and\s+(?:an?other|one\s+other)\s+(?:[\w-]+\s+)?"
    r"(?:was\s+)?(?:injured|wounded))\b",  # no "hurt": its screen word would be "other", in half the sentences
    re.IGNORECASE,
)


def _tolls(text: str) -> list[Mention]:
    found = [
        Mention("killed", quantity, m.start(), m.end(), toll=toll)
        for pattern, toll in ((_STANDING_TOLL, True), (_BURIED, False), (_OUR_FALLEN, False))
        for m in pattern.finditer(text)
        if (quantity := parse_count(m.group("count"))) is not None
    ]
    found += [
        Mention("killed", quantity, m.start(), m.end(), toll=True, revised=bool(m.group("down")))
        for m in _REVISED_TO.finditer(text)
        if (quantity := parse_count(m.group("count"))) is not None
    ]
    found += _itemised_tolls(text)
    found += [
        Mention("wounded", Quantity.exact(1), m.start("other"), m.end())
        for m in _ANOTHER_WOUNDED.finditer(text)
    ]
    for match in _TOLL_RE.finditer(text):
        quantity = parse_count(match.group("count"))
        if quantity is None or not _is_person_count(text[match.end() :]):
            continue  # "was almost three times that of the first": a ratio, not a toll
        kind = "wounded" if _WOUNDED_TOLL.search(match.group("what")) else "killed"
        before = _UPDATING_BEFORE.search(text, 0, match.start())
        update = bool(_TOLL_UPDATE.search(match.group(0)) or before)
        lowered = bool(_LOWERED.search(match.group(0)) or (before and _LOWERED.search(before.group())))
        toll = kind == "killed" and update
        found.append(Mention(kind, quantity, match.start(), match.end(), toll=toll, revised=toll and lowered))
    return found


_NOMINAL_RES = [
    (screen.compile(
        rf"\b(?:resulted\s+in|resulting\s+in|caused|causing|led\s+to|leading\s+to|left|leaving|the)\s+"
        rf"(?:the\s+)?deaths?\s+of\s+(?P<count>{_COUNT}|{_ONE_ARTICLE})(?![\w])", re.IGNORECASE), "killed"),
    (screen.compile(rf"\b(?:claim(?:ed|ing|s)?|took|taking|cost|costing)\s+(?:the\s+)?lives\s+of\s+"
                rf"(?P<count>{_COUNT}|{_ONE_ARTICLE})(?![\w])", re.IGNORECASE), "killed"),
    (screen.compile(rf"\b(?:claim(?:ed|ing|s)?|took|taking|cost|costing)\s+(?P<count>{_COUNT})\s+"
                rf"(?:\w+\s+)?lives\b", re.IGNORECASE), "killed"),
    (screen.compile(rf"(?<![\w-])(?P<count>{_COUNT})\s+(?:\w+\s+){{0,2}}?(?:deaths|fatalities|bodies|corpses)\b",
                re.IGNORECASE), "killed"),
    # "the bodies of six men were found" (but a witness who "saw the bodies of two neighbours" saw only some)
    (screen.compile(rf"(?<!\bsaw\sthe\s)(?<!\bseen\sthe\s)\b(?:bodies|corpses)\s+of\s+(?P<count>{_COUNT})(?![\w-])",
                re.IGNORECASE), "killed"),
    (screen.compile(rf"(?<![\w-])(?P<count>{_COUNT})\s+(?:\w+\s+)?(?:injuries)\b", re.IGNORECASE), "wounded"),
    # (not the dead: "the bodies of four men with gunshot wounds")
    (screen.compile(rf"(?<!bodies\sof\s)(?<![\w-])(?P<count>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?with\s+(?:[\w-]+\s+)?(?:wounds|injuries|"
                rf"burns)\b", re.IGNORECASE), "wounded"),
    (screen.compile(rf"\bshot\s+(?P<count>{_COUNT}|an?|one)\s+(?:[\w'’-]+\s+){{0,4}}?dead\b", re.IGNORECASE), "killed"),
    (screen.compile(rf"\b(?:took|taking|takes|holding|held)\s+(?P<count>{_COUNT})\s+(?:\w+\s+){{0,3}}?"
                rf"(?:hostage|captive|prisoner)s?\b", re.IGNORECASE), "abducted"),
]  # fmt: skip


# A side's own dead ("lost three of their own", "lost two soldiers"): the other side's losses, so they add up with
# the deaths the same sentence inflicts ("killed ten rebels and lost three of their own" is 13).
_LOSE = r"(?:lost|losing|loses)"
_OWN_LOSSES = screen.compile(
    rf"\b{_LOSE}\s+(?P<count>{_COUNT})\s+(?:of\s+(?:their|its|his|our|my)\s+(?:own\b|men\b|"
    rf"(?:\w+\s+)?(?:soldiers|troops|officers|policemen|fighters|members|comrades|colleagues))|"
    rf"(?:\w+\s+)?(?:soldiers|troops|men|officers|policemen|gendarmes|guards|fighters|members|comrades|people|"
    rf"civilians|villagers|residents))\b",
    re.IGNORECASE,
)


# "losing 11 soldiers and three civilian auxiliaries": a second group of the same side's dead, added.
_MORE_LOSSES = screen.compile(
    rf"(?:,\s*|\s+)(?:and\s+|as\s+well\s+as\s+)(?P<count>{_COUNT})\s+(?:[\w-]+\s+){{0,2}}?(?:soldiers|troops|"
    rf"officers|policemen|gendarmes|guards|fighters|militiamen|auxiliaries|volunteers|reservists|civilians)\b",
    re.IGNORECASE,
)


def _losses(text: str) -> list[Mention]:
    found = []
    for match in _OWN_LOSSES.finditer(text):
        quantity = parse_count(match.group("count"))
        end = match.end()
        more = _MORE_LOSSES.match(text, end)
        if quantity is not None and more is not None and (added := parse_count(more.group("count"))) is not None:
            quantity, end = quantity + added, more.end()
        if quantity is not None:
            found.append(Mention("killed", quantity, match.start(), end, others=True))
    return found


# "attacked two herders ..., beating them to death", "shot him dead": the victims named before the verb.
_PRONOUN_DEATH = screen.compile(
    r"\b(?:(?:beat|beating|stoned|stoning|hacked|hacking|burned|burnt|burning|stabbed|stabbing|clubbed|clubbing)"
    r"\s+(?P<p1>them|him|her)\s+to\s+death|(?:shot|shooting|gunned|gunning)\s+(?P<p2>them|him|her)\s+(?:dead|down)"
    r"|(?:killed|killing)\s+(?P<p3>them|him|her)(?!\s+(?:self|selves))"
    # "shot the driver dead"
    r"|(?:shot|shooting)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]*[^s\W]\s+dead)\b",
    re.IGNORECASE,
)
# A count heading a plural noun of people ("two Fulani herders", "three farmers"), not "two cars".
_COUNTED_PEOPLE = re.compile(rf"\b(?:{_COUNT})(?=\s+(?:[\w-]+\s+){{0,2}}?[\w-]+(?:s|men|people|folk)\b)", re.I)


def _pronoun_deaths(text: str) -> list[Mention]:
    found = []
    for match in _PRONOUN_DEATH.finditer(text):
        pronoun = match.group("p1") or match.group("p2") or match.group("p3") or ""
        if pronoun.lower() != "them":  # "him", "her", or a single victim named ("shot the driver dead")
            found.append(Mention("killed", Quantity.exact(1), match.start(), match.end(), singular=True))
            continue
        counted = [c for c in _COUNTED_PEOPLE.finditer(text, 0, match.start()) if _is_person_count(text[c.end() :])]
        quantity = _quantity_of(counted[-1].group(0)) if counted else None
        if quantity is not None:
            found.append(Mention("killed", quantity, match.start(), match.end()))
    return found


_COMPARED = re.compile(r"\s+more\b", re.IGNORECASE)


def _nominal(text: str) -> list[Mention]:
    found = []
    for pattern, kind in _NOMINAL_RES:
        for match in pattern.finditer(text):
            raw = match.group("count")
            quantity = Quantity.exact(1) if raw.lower() in ("a", "an") else parse_count(raw)
            if quantity is None or (quantity.vague and _COMPARED.match(text, match.end("count"))):
                continue  # "many more child deaths go unrecorded": a comparison, no count
            if quantity.vague and _PART_OF_LAST.search(text, 0, match.start()):
                continue  # "21 were still being treated, several with severe burns": some of those just counted
            # "seven bodies of the rebels": the other side's dead
            perpetrator = kind == "killed" and bool(_OF_PERPETRATORS.match(text, match.end()))
            extra = _is_extra(text, match)
            found.append(Mention(kind, quantity, match.start(), match.end(), extra=extra, perpetrator=perpetrator))
    return found



_PART_OF_LAST = re.compile(r"\b(?:wounded|injured|hurt|treated|hospitali[sz]ed|hospital)\s*,\s*$", re.IGNORECASE)
_NEXT_SUBJECT = re.compile(r"^\s*,?\s*(?:and|while|but)\b", re.IGNORECASE)


def _is_extra(text: str, match: re.Match) -> bool:
    after = text[match.end() : match.end() + 12]
    if _NEXT_SUBJECT.match(after):
        after = ""  # "a man was beaten to death and another injured": "another" is the next clause's subject
    return bool(_EXTRA.search(text[max(0, match.start() - 25) : match.start()] + match.group(0) + after))


_PASSIVE_RES = {
    kind: screen.compile(rf"(?<![\w-]){_AUX}(?:{verbs})(?![\w-])", re.IGNORECASE)
    for kind, verbs in _PASSIVE.items()
}
_COUNT_RE = re.compile(rf"(?<![\w-])(?:{_COUNT}|{_ONE_ARTICLE}(?=\s))(?![\w-])", re.IGNORECASE)
# (a few spaces at most: an aside _prepare blanked out ends the clause, "hospitalized, one of them ..., the ministry")
_OBJECT_AFTER = re.compile(
    rf"^\s{{0,3}}(?:another\s|all\s|an\s+additional\s|a\s+further\s)?(?:{_COUNT}|an?\s|the\s|his\s|her\s|their\s|him\b|them\b)",
    re.IGNORECASE,
)


_WOUNDED_DIED = re.compile(
    r"\s+(?!(?:had|have|has|who|and)\b)[\w-]+\s+(?:later\s+)?(?:died|succumbed)\b", re.IGNORECASE
)
# The dead described by a wounding verb, who are no wounded: "eight had died, including two who were taken to
# hospital", "five had died, among them the boy, who was struck by a stray bullet" (the aside blanked out) and,
# by a participle without its own auxiliary, "among the dead were two civilians hit by stray bullets".
_DEAD_DESCRIBED = re.compile(
    r"\b(?:died|dead|killed)\b[^.;]{0,60}?\bincluding\s+(?:[\w-]+\s+){1,3}?who\s+$|\b(?:died|killed|dead)\s+who\s+$",
    re.IGNORECASE,
)
_LISTED_DEAD = re.compile(r"\bamong\s+the\s+(?:dead|killed|victims)\b[^.;]*$", re.IGNORECASE)


def _describes_the_dead(text: str, verb_start: int, has_aux: bool) -> bool:
    return bool(
        _DEAD_DESCRIBED.search(text, max(0, verb_start - 120), verb_start)
        or (not has_aux and _LISTED_DEAD.search(text, 0, verb_start))
    )


_ONE_MORE = re.compile(r"\s*(?:and|while)\s+(?:an?other|one\s+other)(?:\s+\w+ly)?\s*$", re.IGNORECASE)
_NATURAL_DEATH = re.compile(
    r"\s+(?:of|from)\s+(?:an?\s+|natural\s+)?(?:[\w-]+\s+)?(?:illness|disease|causes|cancer|heart\s+attack|"
    r"old\s+age|covid(?:-19)?|stroke)\b",
    re.IGNORECASE,
)
_NOMINAL_PARTICIPLE = re.compile(r"\b(?:the|those)\s*$", re.IGNORECASE)
_HAS_AUX = re.compile(r"\s*(?:were|was|are|is|been|got|(?:have|has|had)\s+been)\b", re.IGNORECASE)


def _passive(text: str) -> list[Mention]:
    found = []
    for kind, pattern in _PASSIVE_RES.items():
        for match in pattern.finditer(text):
            verb_text = match.group(0)
            if _NOMINAL_PARTICIPLE.search(text, 0, match.start()):
                continue  # "nine of the dead", "among the injured": a group already counted, not a new statement
            if kind == "wounded" and _WOUNDED_DIED.match(text, match.end()):
                continue  # "after two wounded soldiers died": the count is of the dead
            if kind == "killed" and _NATURAL_DEATH.match(text, match.end()):
                continue  # "a vigil for a man who had died of illness on Friday": no victim of violence
            has_aux = bool(_HAS_AUX.match(verb_text))
            if kind == "wounded" and _describes_the_dead(text, match.start(), has_aux):
                continue
            if not has_aux and _OBJECT_AFTER.match(text[match.end() :]):
                continue  # "a car bomb killed seven": active voice, handled by _active
            mention = _subject_mention(text, match.start(), match.end(), kind, verb_text)
            if mention is not None:
                found.append(mention)
    return found


def _subject_mention(text: str, verb_start: int, verb_end: int, kind: str, verb_text: str) -> Mention | None:
    span_start = 0
    boundaries = list(_BOUNDARY.finditer(text, 0, verb_start))
    if boundaries:
        span_start = boundaries[-1].end()
    if len(boundaries) >= 2 and not text[span_start:verb_start].strip():
        # "one man, Alhaji Yau Danladi, was shot dead", "three members of the VDP, the army's civilian auxiliaries,
        # were killed": the subject stands before the name or description set off by commas
        named = text[boundaries[-2].end() : boundaries[-1].start()]
        appositive = _APPOSITIVE_NAME.fullmatch(named) or _APPOSITIVE_NOUN.fullmatch(named)
        if appositive and boundaries[-2].group().strip() == ",":
            span_start = boundaries[-3].end() if len(boundaries) >= 3 else 0
            verb_start = boundaries[-2].start()
    after_verb = False
    for verb in _ANY_CASUALTY_VERB.finditer(text, span_start, verb_start):
        if text[verb.end() : verb_start].strip(" ,") not in ("and", "or"):  # not "beaten and burned to death"
            span_start, after_verb = verb.end(), True
    # "A health worker said the facility had received both dead": the subject follows the source's verb
    said = next(reversed(list(_SAID.finditer(text, span_start, verb_start))), None)
    if said is not None and re.search(r"\w", text[said.end() : verb_start]):
        span_start = said.end()
    span = text[span_start:verb_start]
    if kind != "killed" and _DEAD_SUBJECT.search(span):
        return None  # "nine bodies had been taken to hospitals": the dead, not the wounded
    if after_verb:
        # "killed an Italian soldier and three others were injured": the first count is the earlier verb's object.
        head = re.match(rf"\s*(?:{_COUNT}|an?|one)(?![\w-])(?:\s+{_NP_WORD}){{0,4}}?\s+and\b", span, re.IGNORECASE)
        if head:
            span_start += head.end()
            span = text[span_start:verb_start]
        if _ONE_MORE.match(span):  # "was beaten to death and another badly injured"
            return Mention(kind, Quantity.exact(1), verb_start, verb_end, extra=True, singular=True)
    # "was killed", or a verb only one person takes ("Sepoy Waheed Ahmed, 26, embraced shahadat")
    singular_aux = re.match(r"\s*(?:was|is|has\s+been|had\s+been|embraced)\b", verb_text, re.IGNORECASE)
    age_set_off = (  # "Sepoy Waheed Ahmed, 26, embraced shahadat"
        len(boundaries) >= 2
        and not text[boundaries[-1].end() : verb_start].strip()
        and _AGE.fullmatch(text[boundaries[-2].end() : boundaries[-1].start()])
        and _NAMED_BEFORE.search(text, 0, boundaries[-2].end())
    )
    if (age_set_off or _AGE.fullmatch(span) and _NAMED_BEFORE.search(text, 0, span_start)) and singular_aux:
        # "Salgado, 46, who presented a news show, was killed", "Sepoy Waheed Ahmed, 26, embraced shahadat": one
        # man of that age
        return Mention(kind, Quantity.exact(1), verb_start, verb_end, singular=True)
    chain = _coordinated_counts(span)
    if chain is None and boundaries and boundaries[-1].group().lower() in ("who", "that") and not after_verb:
        # "two children who were walking nearby were wounded": the count stands before the relative clause
        before = boundaries[-2].end() if len(boundaries) >= 2 else 0
        chain = _coordinated_counts(text[before : boundaries[-1].start()])
        if chain is not None:
            span_start, span = before, text[before : boundaries[-1].start()]
    plural_aux = re.match(r"\s*(?:were|are|have\s+been)\b", verb_text, re.IGNORECASE)
    if kind == "killed" and re.fullmatch(r"\s*(?:die|dies)", verb_text, re.IGNORECASE) and not chain:
        return None
    if chain:
        total, start, perpetrator, extra = chain
        if _AND_ONE_MORE.search(span):
            total = total + Quantity.exact(1)  # "eight guards and their driver were killed" is nine
        is_total = bool(re.search(r"\b(?:a|the)\s+total\s+of\s*$", span[:start], re.IGNORECASE))
        return Mention(
            kind,
            total,
            span_start + start,
            verb_end,
            perpetrator=perpetrator,
            extra=(extra or bool(_EXTRA.search(verb_text))) and not is_total,  # "one poacher was also killed"
            toll=is_total and kind == "killed",
        )
    perpetrator = bool(_PERPETRATOR.search(span))
    if re.search(r"\b(?:no\s+one|nobody|none|no|anyone|anybody)\b", span, re.IGNORECASE):
        return None  # "no one was hurt" is a negation; "whether anyone had been wounded" states nothing
    extra = bool(_EXTRA.search(span + verb_text))
    intransitive = re.fullmatch(
        r"\s*(?:\w+\s+)*(?:died|perished|lost\s+(?:his|her)\s+life|(?:sustained|suffered|received)\s+an?\s+fatal\s+"
        r"(?:[\w-]+\s+)?(?:wound|injury))",
        verb_text,
        re.IGNORECASE,
    )
    impersonal = re.search(r"\b(?:it|this|that|there)\s*$", span, re.IGNORECASE)
    if (singular_aux or intransitive) and span.strip() and not impersonal:
        if _PLURAL_SUBJECT.search(span) and not re.search(r"\b(?:one|an?)\b", span, re.IGNORECASE):
            return None
        return Mention(kind, Quantity.exact(1), verb_start, verb_end, perpetrator, extra, singular=True)
    if plural_aux and _PLURAL_SUBJECT.search(span):
        return Mention(kind, None, verb_start, verb_end, perpetrator, extra)
    return None


_DEAD_SUBJECT = re.compile(r"\b(?:bodies|corpses)\s*$", re.IGNORECASE)
_APPOSITIVE_NOUN = re.compile(r"\s*(?:the|an?)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+\s*")  # "the driver", "a 19-year-old"
_APPOSITIVE_NAME = re.compile(r"\s*(?:[A-Z][\w'’.-]+\s+){0,4}[A-Z][\w'’.-]+\s*")


# "a group of 17", "a total of 32": the article is not the count.
_COLLECTIVE = re.compile(r"\s+(?:group|total|number|series|wave|crowd|band|couple|handful|pair)\s+of\b", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    r"(?<!total\s)(?<!group\s)\b(?:of|to|at|by|for|from|on|into|against)\s*$", re.IGNORECASE
)


# "received 13 bodies and more than 20 wounded people": a count of the dead is no subject of the verb that follows
_DEAD_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:bodies|corpses|dead|deaths|fatalities)\b", re.IGNORECASE)


# A person's age set off by commas after the name: "Salgado, 46, who presented a news show, was killed".
_NAMED_BEFORE = re.compile(
    r"(?<!\bIn\s)(?<!\bOn\s)(?<!\bAt\s)(?<!\bBy\s)\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z]+,\s*$"
)
_AGE = re.compile(r"\s*\d{1,2}\s*")
_LOST_BEFORE = re.compile(rf"\b{_LOSE}\s+$", re.IGNORECASE)


def _coordinated_counts(span: str) -> tuple[Quantity, int, bool, bool] | None:
    """The counts heading the subject right before a verb, added up when coordinated ("two X and three Y")."""
    subset_from = re.search(r"\b(?:including|among\s+them|among\s+whom)\b", span, re.IGNORECASE)
    matches = [
        m
        for m in _COUNT_RE.finditer(span)
        if _is_person_count(span[m.end() :])
        and not _COLLECTIVE.match(span[m.end() :])
        and not _DEAD_NOUN.match(span, m.end())
        and not _BESIDES_BEFORE.search(span, 0, m.start())  # "five people besides the two bombers"
        and not _AFTER_PREPOSITION.search(span[: m.start()])
        and not _LOST_BEFORE.search(span[: m.start()])  # "we lost seven men and eleven others were wounded"
        and not (subset_from and m.start() > subset_from.start() and _COUNT_RE.search(span[: subset_from.start()]))
    ]
    if not matches:
        return None
    last = matches[-1]
    if len(span[last.end() :].split()) > 12:
        return None
    chain = [last]
    for previous in reversed(matches[:-1]):
        between = span[previous.end() : chain[0].start()]
        if not _COORDINATION.fullmatch(between) or _CLAUSE_VERB.search(between):
            break  # "a man was stabbed to death and eight people ...": the first count has a verb of its own
        chain.insert(0, previous)
    total: Quantity | None = None
    for item in chain:
        # "two of them" is part of a count before it; "three soldiers and two of the attackers" adds the other side
        if _SUBSET_AFTER.match(span[item.end() :]) and len(chain) > 1 and not _OF_PERPETRATORS.match(span, item.end()):
            continue
        quantity = _quantity_of(item.group(0))
        if quantity is None:
            continue
        total = quantity if total is None else total + quantity
    if total is None:
        return None
    head = span[chain[0].start() :]
    # "two of the militants were killed": the attacking side's own dead
    perpetrator = bool(_PERPETRATOR.search(head) or _OF_PERPETRATORS.search(head)) and len(chain) == 1
    perpetrator = perpetrator and not _BESIDES.search(head)  # "six people besides the bombers were killed"
    extra = bool(_EXTRA.search(span[max(0, chain[0].start() - 12) :]))
    return total, chain[0].start(), perpetrator, extra


def _quantity_of(raw: str) -> Quantity | None:
    if raw.strip().lower() in ("a", "an", "one", "another"):
        return Quantity.exact(1)
    return parse_count(raw)


# A word inside a noun phrase: not an auxiliary, so that "and three others were injured" starts a new clause.
_NP_WORD = (
    r"(?!(?:were|was|are|is|have|has|had|been|and|including|killed|killing|wounded|wounding|injured|injuring|"
    r"dead|according|said|says|told)\b)[\w'’.-]+"
)
_OBJECT_ITEM = re.compile(
    rf"\s*(?:(?:all|another|an\s+additional|a\s+further|a\s+total\s+of|the|some)\s+)?"
    rf"(?:(?P<count>{_COUNT}|an?|one|another(?=\s+(?:in|on|at|near|when|as|during)\b|\s*[,.;]))(?![\w-])"
    # "a member of the Asayish security forces": the group one belongs to, part of the phrase
    rf"(?P<np>(?:\s+{_NP_WORD}){{0,7}}?(?:\s+of\s+(?:the|a|an|his|her|their)\s+(?:{_NP_WORD}\s+){{0,3}}?{_NP_WORD})?)|"
    rf"(?P<self>himself|herself)|"
    rf"(?P<det>the|his|her|their|its)\s+(?P<dnp>(?:{_NP_WORD}\s+){{0,3}}?{_NP_WORD}))"
    rf"(?=\s*(?:,|\band\b|\bin\b|\bat\b|\bon\b|\bnear\b|\bwhen\b|\bwhile\b|\bas\b|\bduring\b|\bincluding\b|"
    # ("two men suspected of theft", but "five suspected cartel gunmen" is one phrase)
    rf"\bwho\b|\bsuspected\s+(?:of|to|in)\b|\baccused\s+(?:of|in)\b|\bwhile\b|\bafter\b|\bbefore\b|\bwith\b|\bfrom\b|\binside\b|\boutside\b|\bby\b|\bdead\b|"
    rf"\btoday\b|\byesterday\b|\btonight\b|\bovernight\b|\blast\b|\bthis\b|\bearly\b|\blate\b|\bearlier\b|"
    rf"\blater\b|\baccording\b|\bsaid\b|\bsays\b|\btold\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bthe\b|"
    rf"\bwound\w*|\binjur\w*|\bkill\w*|"
    rf"[.;:]|$))",
    re.IGNORECASE,
)


# "killed about 30 of the assailants": a count of the attackers even when the noun phrase stops at "of".
_OF_PERPETRATORS = re.compile(
    r"\s+of\s+(?:the|their)\s+(?:\w+\s+)?(?:attackers|assailants|gunmen|militants|rebels|insurgents|terrorists|"
    r"jihadists|bandits)\b",
    re.I,
)
# Security forces killing armed men ("troops killed dozens of terrorists"): the other side's losses in a fight,
# counted with the attackers' so that they add to the forces' own dead rather than being taken for a restatement.
_FORCES = re.compile(r"\b(?:troops|soldiers|army|forces|police|officers|policemen|military)\b", re.IGNORECASE)
_MUTUAL = re.compile(r"\b(?:between|clash(?:es|ed)?|fighting|battles?)\b", re.IGNORECASE)
_ARMED = re.compile(r"\b(?:militants|insurgents|terrorists|rebels|jihadists|fighters|gunmen|bandits)\b", re.I)


_SAID = re.compile(r"\b(?:said|says|say|told\s+\w+|added|reported)\b(?:\s+that)?", re.IGNORECASE)
_NEUTRALISED = re.compile(r"neutrali[sz]", re.IGNORECASE)


def _enemy_losses(text: str, verb_start: int, noun_phrase: str) -> bool:
    subject = text[:verb_start]
    # "Clashes between tribal fighters and the army killed six fighters": both sides' dead, no forces as killers.
    return bool(_ARMED.search(noun_phrase) and _FORCES.search(subject) and not _MUTUAL.search(subject))


_REPORTING_CLAUSE = re.compile(
    r"[^,;.]{0,80}?\b(?:said|says|say|told|reported|reports|added|confirmed|according\s+to)\b", re.IGNORECASE
)


_ACTIVE_RES = {kind: screen.compile(rf"\b(?:{verbs})\b", re.IGNORECASE) for kind, verbs in _ACTIVE.items()}


def _active(text: str) -> list[Mention]:
    found = []
    for kind, pattern in _ACTIVE_RES.items():
        for verb in pattern.finditer(text):
            mention = _object_mention(text, verb.start(), verb.end(), kind)
            if mention is not None:
                found.append(mention)
    return found


def _object_mention(text: str, verb_start: int, verb_end: int, kind: str) -> Mention | None:
    position = verb_end
    victims: Quantity | None = None
    perpetrators: Quantity | None = None
    unknown_plural = False
    end = verb_end
    items: list[tuple[int, str]] = []  # the victims' counts as listed, with their nouns
    for _ in range(6):
        item = _OBJECT_ITEM.match(text, position)
        if item is None:
            break
        if item.group("self"):
            perpetrators = Quantity.exact(1)
        elif item.group("count"):
            if not _is_person_count(text[item.start("count") + len(item.group("count")) :]):
                break
            quantity = _quantity_of(item.group("count"))
            if quantity is None or _CLAUSE_AFTER_COUNT.match(item.group("np") or ""):
                break  # "kills at least 12, thousands flee": the next clause's subject, no further victims
            # "wounding five employees, one of them seriously": one of the five
            subset = (victims or perpetrators) is not None and _SUBSET_AFTER.match(text[item.end("count") :])
            if not subset and not _SUBSET_BEFORE.search(text[: item.start()]):
                if (
                    _PERPETRATOR.search(item.group("np") or "")
                    or _OF_PERPETRATORS.match(text, item.end("count"))
                    or (kind == "killed" and _NEUTRALISED.match(text, verb_start))  # an army's word for the enemy
                    or _enemy_losses(text, verb_start, item.group("np") or "")
                ):
                    perpetrators = quantity if perpetrators is None else perpetrators + quantity
                else:
                    victims = quantity if victims is None else victims + quantity
                    items.append((quantity.best, item.group("np") or ""))
        else:
            noun = item.group("dnp").split()[-1].lower()
            if noun.rstrip(".") in _ANIMALS:
                break  # "stealing and killing their cattle"
            counted = _LEADING_COUNT.match(item.group("dnp"))
            if counted and (quantity := parse_count(counted.group("count"))) is not None:
                victims = quantity if victims is None else victims + quantity  # "a woman and her two children"
            elif _PLURAL_SUBJECT.search(noun) or noun.endswith("s"):
                unknown_plural = True
            else:
                victims = Quantity.exact(1) if victims is None else victims + Quantity.exact(1)
                items.append((1, ""))
        end = item.end()
        joiner = re.match(r"\s*(?:,\s*and\b|,|\band\b|\bplus\b|\bas\s+well\s+as\b)", text[end:])
        if joiner is None or re.match(r"\s*(?:,\s*)?and\s+(?:wound|injur|kill|abduct|kidnap|arrest)", text[end:]):
            break
        if _REPORTING_CLAUSE.match(text, end + joiner.end()):
            break  # "wounding 14, a police spokesman said": the source, not a further victim
        position = end + joiner.end()
    listed = len(items) >= 3 and items[0][0] == sum(n for n, _ in items[1:])
    if listed and victims is not None and _GENERIC_PEOPLE.fullmatch(items[0][1]):
        # "killing two people, a vendor and a farmer", "four civilians, three men and a woman": then who they were
        victims = Quantity.exact(items[0][0])
    if victims is None and perpetrators is None:
        if unknown_plural:
            return Mention(kind, None, verb_start, end)
        return None
    if victims is not None and perpetrators is not None:
        return Mention(kind, victims + perpetrators, verb_start, end)
    if victims is None:
        return Mention(kind, perpetrators, verb_start, end, perpetrator=True)
    return Mention(kind, victims, verb_start, end, extra=_is_extra_object(text, verb_start, end))


_CLAUSE_AFTER_COUNT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:flee|flees|fled|fleeing|were|are|have|had|remain\w*|displaced|left|missing)\b", re.IGNORECASE
)
_GENERIC_PEOPLE = re.compile(r"\s+(?:people|persons|civilians|villagers|residents|others)\s*", re.IGNORECASE)
_LEADING_COUNT = re.compile(rf"(?P<count>{_COUNT})\s+\w", re.IGNORECASE)
_ANIMALS = frozenset(
    {"cattle", "livestock", "cows", "cow", "goats", "goat", "sheep", "camels", "camel", "herd", "herds", "animals"}
)


def _is_extra_object(text: str, start: int, end: int) -> bool:
    return bool(re.search(r"\b(?:another|more(?!\s+than)|additional|further)\b", text[start:end], re.IGNORECASE))


def combine(
    mentions_by_sentence: list[tuple[int, list[Mention]]], lead: frozenset[int] = frozenset(), lede: int | None = None
) -> Casualties:
    """An incident's totals from its sentences' mentions (see the module docstring for the rules). `lead` holds the
    indices of a full article's lead sentences (headlines and first body sentences) and `lede` the first body
    sentence's: the lede's figure, else the lead's, is the best estimate, and other sources' figures only widen its
    bounds."""
    result = Casualties()
    for kind in KINDS:
        quantity, used, note = _combine_kind(kind, mentions_by_sentence, lead, lede)
        if quantity is not None:
            result.counts[kind] = quantity
            result.sentences.update(used)
            if note:
                result.notes.append(note)
    return result


def _restated(group: list[tuple[Quantity, int]], lead: frozenset[int], lede: int | None) -> tuple[Quantity, int]:
    """One figure from several statements of the same count: the first source's, or in a full article the lede's,
    with higher figures of other sources as its high estimate (UCDP's practice). A second source quoted right after the
    lede ("a rights group had earlier said 19 were killed") is such another source, not a restatement."""
    if lede is not None and any(i == lede for _, i in group):
        lead = frozenset({lede})
    in_lead = [p for p in group if p[1] in lead]
    if not in_lead:
        # a vague figure ("some had been beaten") restates a count given elsewhere rather than outbidding it
        # the first source's figure, as in a lede (ACLED keeps the conservative one), other sources' higher ones as
        # its high estimate; a lone victim singled out ("a man who was driving home") is no source's count
        counted = [p for p in group if not p[0].vague and p[0].best > 1] or [p for p in group if not p[0].vague]
        first = min(counted or group, key=lambda p: p[1])
        high = max(q.best for q, _ in group)
        if high > first[0].best:
            return Quantity(first[0].low, first[0].best, max(high, first[0].high or 0)), first[1]
        return first
    quantity, index = max(in_lead, key=lambda p: p[0].best)
    others = [q.best for q, i in group if i not in lead]
    if not others:
        return quantity, index
    counted = [q for q, i in group if i not in lead and not q.vague]
    if quantity.vague and counted:
        # "killing dozens" in the lede, "at least 45" and "around 70" from sources below: the lowest count is the
        # best estimate (ACLED's conservative figure), the highest its upper bound.
        best = min(counted, key=lambda q: q.best)
        return Quantity(best.low, best.best, max(others)), index
    high = max(others) if quantity.high is None else max(quantity.high, *others)
    # The best figure is already the conservative one (ACLED), so other sources only raise the high estimate.
    return Quantity(quantity.low, quantity.best, max(high, quantity.best)), index


def _widened(best: Quantity, other: Quantity) -> Quantity:
    """The best figure with its bounds stretched to cover another source's figure."""
    high = max(other.best, best.best if best.high is None else best.high)
    return Quantity(min(best.low, other.best), best.best, high)


def _sum(quantities: list[Quantity]) -> Quantity:
    total = Quantity.exact(0)
    for quantity in quantities:
        total = total + quantity
    return total


def _breakdown_of(total: Quantity, bases: dict[bool, list[tuple[Quantity, int]]], lede: int | None) -> bool:
    """Whether the text splits the stated toll into the two sides' dead elsewhere (a victims' figure plus the
    attackers' adds up to it): the toll already holds the attackers. A headline's figure splits nothing: "kills
    three police, passer-by" counts only the police."""
    return any(
        victims.best + attackers.best == total.best and victims.best < total.best
        for attackers, _ in bases[True]
        for victims, i in bases[False]
        if lede is None or i >= lede
    )


def _tallied(best: Quantity, bases: list[tuple[Quantity, int]], extras: list[tuple[Quantity, int]]) -> bool:
    """Whether an earlier figure plus the ones told as extra add up to the best figure: a running count that the
    best figure already sums."""
    added = sum(q.best for q, _ in extras)
    return any(q.best + added == best.best and q.best < best.best for q, _ in bases)


def _combine_kind(
    kind: str, mentions_by_sentence: list[tuple[int, list[Mention]]], lead: frozenset[int], lede: int | None
) -> tuple[Quantity | None, set[int], str]:
    bases: dict[bool, list[tuple[Quantity, int]]] = {False: [], True: []}
    extras: list[tuple[Quantity, int]] = []
    toll: tuple[Quantity, int] | None = None
    lowered = both_sides = False
    zero: int | None = None
    unknown: int | None = None
    certain = any(m.kind == kind and not m.hedged and m.quantity for _, ms in mentions_by_sentence for m in ms)
    for index, mentions in mentions_by_sentence:
        per_role: dict[bool, tuple[Quantity, bool, bool]] = {}
        for m in mentions:
            if m.kind != kind or (m.hedged and certain):
                continue
            if m.quantity is None:
                unknown = index if unknown is None else unknown
            elif m.quantity.best == 0:
                zero = index if zero is None else zero
            elif m.toll and (toll is None or index > toll[1]):  # the body's latest toll, over a headline's
                toll, lowered, both_sides = (m.quantity, index), m.revised, m.perpetrator
            elif m.perpetrator not in per_role:
                per_role[m.perpetrator] = (m.quantity, m.extra, m.others)
            else:
                # Within one sentence "N others"/"N more" (or a side's own losses) adds to the other figure; a
                # second plain figure restates it.
                current, extra, others = per_role[m.perpetrator]
                adds = m.others or others or (m.extra and not extra)  # "...; one poacher was also killed"
                # "Four other villagers were injured, two hit by stones and two beaten": the same four, itemised
                adds = adds and (m.others or m.quantity.best != current.best)
                if m.alternative:
                    combined = _widened(current, m.quantity)
                elif m.revised:
                    combined = m.quantity
                elif adds:
                    combined = current + m.quantity
                else:
                    combined = max(current, m.quantity, key=lambda q: q.best)
                per_role[m.perpetrator] = (combined, extra, m.others or others)
        for perpetrator, (quantity, extra, _) in per_role.items():
            if extra and not perpetrator:
                extras.append((quantity, index))
            else:
                bases[perpetrator].append((quantity, index))
    if not bases[False] and extras:
        bases[False], extras = extras[:1], extras[1:]
    # "55 killed" over "losing 14 ... while killing at least 41": the headline's toll holds both sides, no other
    # source's count of the victims to widen theirs with
    both = {(v.best + a.best, i) for v, i in bases[False] for a, _ in bases[True] if lede is None or i >= lede}
    bases[False] = [p for p in bases[False] if not any(p[0].best == t and p[1] != i for t, i in both)]
    # "17 Boko Haram fighters killed" over "We lost six of our men ... Seventeen assailants were neutralised": a
    # headline's figure that the body gives as the attackers' dead is theirs, beside the body's own victims
    body_victims = lede is not None and any(i >= lede for _, i in bases[False])
    bases[False] = [
        (q, i)
        for q, i in bases[False]
        if not (body_victims and i < lede and any(a.best == q.best and j >= lede for a, j in bases[True]))
    ]
    # "23 wounded ... Another 23 people had been admitted to hospital": "another" beside the dead, the same 23
    extras = [e for e in extras if not any(e[0].best == q.best for q, _ in bases[False])]
    victims = ([_restated(bases[False], lead, lede)] if bases[False] else []) + extras
    if extras and _tallied(victims[0][0], bases[False], extras):
        victims = victims[:1]  # "18 were killed" and "another nine bodies" found: the lede's 27 holds both
    attackers = [_restated(bases[True], lead, lede)] if bases[True] else []
    headline_only = attackers and lede is not None and all(i < lede for _, i in bases[True])
    if headline_only and any(q.best == attackers[0][0].best for q, _ in bases[False]):
        attackers = []  # only a headline names them as attackers ("soldiers kill four gunmen"): the body's count
    headline_victims = bool(victims) and lede is not None and all(i < lede for _, i in bases[False] + extras)
    if headline_victims and any(q.best == victims[0][0].best for q, _ in bases[True]):
        victims = []  # "Two infiltrators killed" over "Two militants were killed when the Army foiled ...": the same
    if victims and _breakdown_of(victims[0][0], bases, lede):
        attackers = []  # "Seven were killed ... three of ours and four of the attackers": the seven hold both sides
    parts = victims + attackers
    if parts:
        total = _sum([q for q, _ in parts])
        victims_total = _sum([q for q, _ in victims])
        # a lowered toll replaces the higher figures, those told before it and the earlier sources quoted after it
        corrected = lowered and toll is not None
        if toll is not None and (toll[0].best >= victims_total.best or corrected):
            highs = [h for h in (toll[0].high, victims_total.high) if h is not None]
            # other sources' higher figures remain the high estimate of an updated toll
            updated = replace(toll[0], high=max(highs) if highs else None)
            # A toll counts the victims; the attackers' deaths told apart ("five of the attackers were killed")
            # add to it, as ACLED counts every death, unless it says it holds them ("nine, including the bomber").
            attackers = [] if both_sides else attackers
            return _sum([updated, *(q for q, _ in attackers)]), {toll[1], *(i for _, i in attackers)}, ""
        return total, {i for _, i in parts}, ""
    if toll is not None:
        return toll[0], {toll[1]}, ""
    if zero is not None:
        return Quantity.exact(0), {zero}, ""
    if unknown is not None:
        note = (
            f"[{kind}: number not reported; coded {UNSPECIFIED_PLURAL.best} per the convention for an unspecified "
            "plural]"
        )
        return UNSPECIFIED_PLURAL, {unknown}, note
    return None, set(), ""


# Every pattern a mention comes from, screened together (screen.Family): tested on the sentence before _prepare,
# which only blanks characters out.
_STATEMENTS_PATTERNS = [
    *(pattern for pattern, _ in _NEGATION_RES),
    _TOLL_RE,
    _STANDING_TOLL,
    _REVISED_TO,
    _ITEMISED_TAIL,
    _BURIED,
    _OUR_FALLEN,
    _ANOTHER_WOUNDED,
    _ORDINAL_DEATH,
    _OWN_LOSSES,
    *(pattern for pattern, _ in _NOMINAL_RES),
    *_PASSIVE_RES.values(),
    *_ACTIVE_RES.values(),
    _NOT_COUNTING,
    _PRONOUN_DEATH,
]
_STATEMENTS = screen.Family(_STATEMENTS_PATTERNS)
