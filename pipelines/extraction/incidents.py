"""Grouping an article's event sentences into incidents, as a coder reads a story.

Headline lines belong to the first incident, and the first body sentence tells the headline's incident. Once an
incident has a day, a sentence dated only by a week or a month, or more than two days before that day, recalls
something else; a day inside the week or the night the incident was dated to ("last week" then "on Thursday", "an
overnight raid" then "late on Tuesday") says which day it was. A sentence at another place or on another recent day
opens a new incident only when it is its own report: marked as separate ("in a separate incident", "in the second
incident", "separately", "elsewhere"), opening on its own scene ("In the western city of X, police fired..."), or
stating deaths or injuries of its own together with an act (not only "a passenger died in hospital on Monday", not
"23 attackers were killed in the fighting", which refer back). A sentence on another day without any of these is
context and is dropped, unless it tells a later death from the incident. A sentence back at an earlier incident's
place joins that incident. Everything else elaborates the current incident. A headline naming two stories gives each
part to the incident at its place.
"""

import re
from dataclasses import dataclass, field
from datetime import timedelta

from pipelines.extraction import screen
from pipelines.extraction.casualties import Mention
from pipelines.extraction.dates import DAY, WEEK, EventDate
from pipelines.extraction.event_types import classify

# A sentence that says it reports another incident than the one before it.
_SEPARATE = screen.compile(
    r"\b(?:in\s+(?:a\s+separate|another|the\s+(?:second|other|third))\s+(?:incident|attack|development|clash|raid|"
    r"strike)|separately|elsewhere)\b",
    re.IGNORECASE,
)
# A definite reference to the incident being told, or a later death from it: the sentence elaborates it.
_REFERS_BACK = screen.compile(
    r"\b(?:the|that|this)\s+(?:\w+\s+)?(?:attack|fighting|clash(?:es)?|raid|blast|explosion|bombing|strike|shelling|"
    r"assault|ambush|violence|riots?|protests?|unrest|shooting|incident|massacre|encounter|gunfight|firefight|"
    r"skirmish)\b|\bamong\s+the\s+(?:dead|victims|wounded|injured)\b|\bthe\s+(?:\w+\s+)?slain\b|"
    r"\bthe\s+victim\b",  # "Police said the victim, a 37-year-old migrant, was shot in the back near X"
    re.IGNORECASE,
)
# A death that follows from the incident on a later day ("died in hospital on Monday"), or a toll updated on a later
# day ("on Tuesday the death toll had climbed to 27"): part of that incident, never an incident of its own.
_FOLLOW_UP = screen.compile(
    r"\bdied\s+(?:later\s+)?(?:in|at)\s+(?:[\w'’-]+\s+){0,4}?hospital\b|\b(?:died\s+(?:of|from)|succumbed\s+to)\s+"
    r"(?:his|her|their)\s+(?:wounds|injuries)\b|"
    r"\btoll\s+(?:has\s+|had\s+)?(?:now\s+)?(?:rose|risen|rises|climbed|climbs|reached|jumped|increased|mounted)\b|"
    r"\b(?:bringing|raising|pushing|taking|lifting)\s+(?:the|its)\s+(?:overall\s+|total\s+)?(?:death\s+)?toll\b|"
    r"\b(?:more|further|additional)\s+bodies\b|"
    # "Police recovered five bodies on Sunday after rescuers cleared the tunnel": the dead of the incident told
    r"\b(?:recovered|retrieved|pulled\s+out|exhumed|counted)\s+(?:the\s+)?(?:\w+\s+)?(?:bodies|remains)\b|"
    r"\b(?:bodies|remains)\s+(?:\w+\s+){0,3}?(?:were|was|had\s+been|have\s+been)\s+(?:recovered|retrieved|pulled)\b|"
    r"\bnumber\s+of\s+(?:people\s+)?(?:killed|dead|deaths|victims)\b[^.;]{0,80}?\b(?:rose|risen|rises|climbed|"
    r"increased|reached|jumped)\b",
    re.IGNORECASE,
)
# Bodies found: the dead of the incident told, unless the sentence opens on a scene of its own ("In Guerrero, ...").
_FOUND_BODIES = re.compile(r"\b(?:found|discovered)\s+(?:the\s+)?(?:\w+\s+)?(?:bodies|remains|corpses)\b", re.I)
# Words that state casualties only; without them a sentence must still tell of an act to report an incident.
_CASUALTY_WORDS = screen.compile(
    r"\b(?:killed|killing|kills?|dead|died|dies|deaths?|wounded|wounding|injured|injuring|injuries|hurt|bodies|"
    r"toll|victims?|lives)\b",
    re.IGNORECASE,
)
# Agents and acts of violence: what a death statement needs beside it to tell of an act.
_ACT = screen.compile(
    r"\b(?:attack\w*|raid\w*|ambush\w*|storm\w*|gunm[ae]n|militants|rebels|insurgents|bomb\w*|explo\w*|strikes?|"
    r"shell\w*|clash\w*|fired|opened\s+fire|stabb\w*|behead\w*|abduct\w*|kidnap\w*|arrest\w*|troops|soldiers|forces|police|"
    r"mob|protest(?!ant)\w*|riot\w*|drones?|missiles?|rockets?|grenades?|IEDs?)\b",
    re.IGNORECASE,
)
# A sentence opening on its own scene ("In the western city of Kisumu, police fired tear gas", "Across the border in
# Burkina Faso, a bus hit a mine", "Earlier on Tuesday,
# gunmen attacked a police station in Jamundi", "On Tuesday, 200 people marched"): at another place or on another
# day, an act it tells is another incident.
_FRONTED = re.compile(
    r"^(?:In|At|Near|Outside|Across|Earlier|Later|Meanwhile|Elsewhere|(?:(?:Early|Late)(?:\s+on)?|On)\s+"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:The|A)\s+(?:next|following|previous)\s+(?:day|morning|evening|night)|"
    r"(?:Hours|A\s+day|Days|(?:Two|Three|Four|Five|\d)\s+days)\s+(?:later|earlier))\b[^,;]{0,60},"
)
# A source's lead-in before a scene of its own ("The statement added that on Sunday, a patrol vehicle ran over ...").
_ADDED_THAT = re.compile(
    r"^(?:The\s+\w+|It|He|She|They)\s+(?:also\s+)?(?:added|said|stated|noted)\s+that\s+"
    r"(?=(?:on|early|late|earlier|later|in|at|near|meanwhile|elsewhere)\b)"
)
# A day told from the incident's own ("the next day", "the following morning", "the previous day"), not from the
# story's.
_DAY_AFTER_OR_BEFORE = screen.compile(
    r"\b(?:the|a)\s+(?:(?P<after>next|following)|previous)\s+(?:day|morning|evening|night)\b|"
    r"\ba\s+day\s+(?:(?P<later>later)|earlier)\b",
    re.I,
)
# A new incident dated by the one before it.
_SAME_DAY = screen.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+(?:day|night|morning|evening)|that\s+(?:day|night))\b", re.I
)
# Days before the current incident's day beyond which a dated sentence recalls an earlier event.
_RECENT_DAYS = 2
# ... except a roundup's item told on its own scene, up to this many days before.
_ROUNDUP_DAYS = 6
_SAID_THAT = re.compile(r"^.*?\b(?:said|says|told\s+\w+)\s+(?:that\s+)?", re.IGNORECASE)
# The source of a statement at the end of a sentence ("..., police said"): not an agent of the incident.
ATTRIBUTION_TAIL = screen.compile(
    r",\s+[^,]{0,80}?\b(?:said|says|told|according\s+to)\b[^,]*$", re.IGNORECASE
)


@dataclass
class Sentence:
    """One analysed sentence of an article."""

    index: int
    text: str
    start: int
    mentions: list[Mention]
    headline: bool
    background: bool
    aggregate: bool
    event: bool
    dates: list[EventDate]
    place: str | None
    second_story: bool = False  # a headline's part after a semicolon ("...; troops kill nine near X")
    aside: bool = False  # a lede's clause of a second blow with its own day ("..., while two soldiers were killed ...")


@dataclass
class Incident:
    """The sentences told about one incident, its day and its place hint."""

    sentences: list[Sentence] = field(default_factory=list)
    day: EventDate | None = None
    place: str | None = None


def refers_back(sentence: str) -> bool:
    """True when the sentence names the incident already told ("the attack", "the blast", "the slain")."""
    return bool(_REFERS_BACK.search(sentence))


def states_casualties(sentence: Sentence) -> bool:
    # Arrests and abductions accompany an incident; deaths and injuries of their own mark a distinct one.
    return any(
        m.kind in ("killed", "wounded") and m.quantity is not None and m.quantity.best > 0 for m in sentence.mentions
    )


def _reports_own_act(sentence: str) -> bool:
    """True when the sentence tells of a violent act of its own, not only of deaths ("a passenger died in hospital
    on Monday") or of the incident already told ("23 attackers were killed in the fighting")."""
    told = ATTRIBUTION_TAIL.sub("", sentence)  # "..., police said": the source, not an agent
    # "Meanwhile, police said four men were arrested in X", "In the Dnipropetrovsk region, the governor said troops
    # had shelled Nikopol": after a scene set up front, what is said is the report
    fronted = _fronted(sentence)
    framed_report = fronted and classify(told) is None
    sentence = _SAID_THAT.sub("", sentence, count=1) if framed_report else told
    if _REFERS_BACK.search(sentence) or _FOLLOW_UP.search(sentence):
        return False
    if not fronted and _FOUND_BODIES.search(sentence):
        return False  # "troops found the bodies of eight armed men in Campo Giles": the dead of the fighting told
    if classify(sentence) is None:
        return False
    return bool(_ACT.search(sentence)) or classify(_CASUALTY_WORDS.sub(" ", sentence)) is not None


def _fronted(sentence: str) -> bool:
    """Whether the sentence opens on its own scene, after a source's lead-in if it has one."""
    lead = _ADDED_THAT.match(sentence)
    if lead is not None:
        sentence = sentence[lead.end()].upper() + sentence[lead.end() + 1 :]
    return bool(_FRONTED.match(sentence))


def _recalls_earlier_time(sentence: Sentence, current: Incident) -> bool:
    """True when an incident with a day exists and the sentence's own date is vaguer (last month, earlier this week)
    or more than a couple of days earlier: it recalls something else."""
    own = [d for d in sentence.dates if not d.reported]
    if not own or current.day is None or not current.sentences:
        return False
    first = own[0]
    if first.precision != DAY:
        return True
    gap = (current.day.day - first.day).days
    # a roundup's item on its own scene ("Late on Friday, gunmen shot dead two labourers ... in Panjgur"), a few days
    # before the lede's blow, is news of its own
    counted = any(m.quantity is not None for m in sentence.mentions)  # a count of any kind, arrests too
    roundup = gap <= _ROUNDUP_DAYS and _fronted(sentence.text) and counted
    return gap > _RECENT_DAYS and not (roundup and _reports_own_act(sentence.text))


def _repeats_toll(sentence: Sentence, current: Incident) -> bool:
    """Whether the sentence's deaths are a count the incident already holds."""
    told = {
        (m.kind, m.quantity.best)
        for s in current.sentences
        if not s.headline  # a headline may name the next story's dead
        for m in s.mentions
        if m.quantity is not None
    }
    counts = [(m.kind, m.quantity.best) for m in sentence.mentions if m.kind == "killed" and m.quantity is not None]
    return bool(counts) and all(count in told for count in counts)


def _later_count(sentence: Sentence, day: EventDate | None, current: Incident) -> bool:
    """A count given on a later day with no act of its own ("In a statement on Wednesday, volunteers said 19 had
    died"): the day is when it was told, and the count is the incident's."""
    later = day is not None and current.day is not None and day.day > current.day.day
    return later and states_casualties(sentence)


def _narrows(current: EventDate, day: EventDate) -> bool:
    """True when a day falls inside the week an incident was dated to, or names the evening an "overnight" raid
    began ("an overnight raid" in the lede, "entered the village late on Tuesday" below it)."""
    if current.precision == WEEK and day.precision == DAY:
        return abs((day.day - current.day).days) <= 3
    return current.night and day.precision == DAY and not day.night and (current.day - day.day).days == 1


def group(sentences: list[Sentence]) -> list[Incident]:
    """Incidents in order. A dateline's date is when the story was filed, not necessarily the incident's day: it
    is only the fallback of an incident whose sentences state no day."""
    incidents: list[Incident] = []
    for sentence in sentences:
        if not incidents:
            incidents.append(Incident())
        current = incidents[-1]
        if not sentence.headline and _recalls_earlier_time(sentence, incidents[0]):
            continue
        day = sentence.dates[0] if sentence.dates and not sentence.dates[0].reported else None
        relative = _DAY_AFTER_OR_BEFORE.search(sentence.text) if day is None and current.day is not None else None
        if relative is not None:
            after = relative.group("after") or relative.group("later")
            day = EventDate(current.day.day + timedelta(days=1 if after else -1), DAY)
        # "last week" in the lede, "on Thursday" below it: that Thursday, the same incident
        narrows = day is not None and current.day is not None and _narrows(current.day, day)
        other_day = day is not None and current.day is not None and day.day != current.day.day and not narrows
        other_place = (
            sentence.place is not None
            and current.place is not None
            and sentence.place not in current.place
            and current.place not in sentence.place
        )
        separate = bool(_SEPARATE.search(sentence.text)) and classify(sentence.text) is not None
        lede = all(s.headline for s in current.sentences)  # the first body sentence tells the headline's incident
        if not sentence.headline and current.sentences and not lede and (other_day or other_place):
            framed = _fronted(sentence.text)
            own_report = (framed or states_casualties(sentence)) and _reports_own_act(sentence.text)
            # a quote that repeats the incident's toll ("Eleven civilians ... were killed," the spokesman for the
            # Front for the Liberation of Azawad said) restates it, wherever its words seem to place it
            own_report = own_report and (framed or day is not None or not _repeats_toll(sentence, current))
            if separate or sentence.aside or own_report:
                # "on the same day", or a scene told alongside the lede's without a day of its own: the same day
                same_day = current.day if _SAME_DAY.search(sentence.text) or (framed and day is None) else None
                current = Incident(day=same_day)
                incidents.append(current)
            elif other_day and not _FOLLOW_UP.search(sentence.text) and not _later_count(sentence, day, current):
                continue  # context about another day: neither a new incident nor part of this one
            elif other_place and (earlier := _told_at(incidents[:-1], sentence.place)) is not None:
                earlier.sentences.append(sentence)  # back to an incident told before, at its place
                continue
        current.sentences.append(sentence)
        if not sentence.headline:
            # only the body dates: a headline's "overnight" or "today" is relative to publication
            current.day = day if narrows else current.day or day
        if lede and not sentence.headline and sentence.place:
            current.place = sentence.place  # a headline may name two incidents' places; the lede names this one's
        current.place = current.place or sentence.place
    if incidents:
        _regroup_headlines(incidents)
    return [incident for incident in incidents if incident.sentences]


def _told_at(incidents: list[Incident], place: str | None) -> Incident | None:
    """The incident told at that place, if any."""
    return next((i for i in incidents if place and i.place and _same_place(place, i.place)), None)


def _regroup_headlines(incidents: list[Incident]) -> None:
    """A headline naming two stories ("...; troops kill nine near X") gives each part to the incident at its place;
    a part naming no place known to the first incident goes to the next incident, since a headline names its
    stories in the order the article tells them."""
    first = incidents[0]
    for sentence in [s for s in first.sentences if s.headline and s.place]:
        if first.place is None or _same_place(sentence.place, first.place):
            continue
        later = next((i for i in incidents[1:] if i.place and _same_place(sentence.place, i.place)), None)
        if later is not None:
            first.sentences.remove(sentence)
            later.sentences.insert(0, sentence)
    parts = [s for s in first.sentences if s.headline and s.second_story]
    for sentence, later in zip(parts, incidents[1:], strict=False):
        elsewhere = sentence.place is None or first.place is None or not _same_place(sentence.place, first.place)
        if elsewhere and not any(s.headline for s in later.sentences):
            first.sentences.remove(sentence)
            later.sentences.insert(0, sentence)


def _same_place(one: str, other: str) -> bool:
    return one in other or other in one
