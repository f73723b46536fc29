"""The extraction core's entry point: an article's text in, one ExtractedEvent per incident it reports out.

Steps: split into sentences; mark each as an event sentence (it reports violence or a political event, or
casualties), as background or neither. Background is what a news article tells around its incident: earlier or
cumulative events ("the previous incident", "since October", "so far this year", "the war has killed 12,000"),
statistics ("rose by 38 percent", "over the year") and aggregates of many incidents ("attacks on several
villages"); markers inside a non-restrictive relative clause (", which ... since November,") do not make the main
clause background. Event sentences are grouped into incidents: headline lines before the dateline belong to the
first; once an incident has a day, a sentence dated only by a week or a month, or more than two days before that
day, is background too; a sentence at another place or on another recent day opens a new incident when it is
marked as separate ("in a separate incident", "separately", "elsewhere") or states its own deaths or injuries; a
sentence on another day without either is context and is dropped; everything else elaborates the current incident.
Then per incident: counts from all its sentences, the type from its lead (its headlines, first body sentence and
the sentence right after it, where a story states what happened), date, actors and place. Background sentences
are used only when nothing else in a short text reports an event, and never statistics: an article made only of
background (an annual review) reports no event.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.extraction.actors import find_actors
from pipelines.extraction.casualties import Casualties, Mention, combine, find_mentions
from pipelines.extraction.dateline import Dateline, find_dateline
from pipelines.extraction.dates import DAY, EventDate, find_dates, preferred, reference_date, resolve_event_date
from pipelines.extraction.event_types import classify
from pipelines.extraction.model import ExtractedEvent, Place
from pipelines.extraction.numbers import Quantity
from pipelines.extraction.places import country_names, resolve_place

EXTRACTOR_VERSION = "rules-0.2.0"

_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|U\.S|U\.N|U\.K|approx|est|vs|etc|Inc|Co|Corp)\.$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
# Phrases that put a sentence's figures outside the incident being reported: earlier events and running totals.
_BACKGROUND = re.compile(
    rf"\b(?:previous(?:ly)?|earlier\s+(?:attack|incident|bombing|strike|raid|clash)s?|"
    rf"since\s+(?:{_MONTH_NAMES}|the\s+(?:start|beginning|end|middle)|last|early|mid|late|(?:19|20)\d\d)|"
    rf"so\s+far\s+(?:this|in)|this\s+year|last\s+year|in\s+recent\s+(?:days|weeks|months|years)|"
    rf"over\s+the\s+(?:past|last)|(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
    rf"(?:ago|earlier|before|after)|(?:the|a)\s+similar\s+(?:attack|incident)|in\s+similar\s+attacks|"
    rf"the\s+last\s+time|in\s+a\s+single\s+(?:day|week|month|year)|"
    rf"(?:more\s+than|over|nearly|at\s+least)\s+[\d,]+\s+(?:attacks|incidents)|"
    rf"in\s+(?:(?:{_MONTH_NAMES})\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Totals of a war or campaign ("the insurgency has killed tens of thousands", "hundreds of fighters have been killed
# in that campaign").
_CUMULATIVE = re.compile(
    r"\b(?:war|conflict|insurgency|campaign|crisis|uprising|rebellion|unrest|violence)\b[^.;]{0,60}?\b(?:has|have)\s+"
    r"(?:\w+\s+)?(?:killed|claimed|left|displaced|cost|forced)\b|"
    r"\b(?:has|have)\s+been\s+(?:\w+\s+)?(?:killed|wounded|injured)\s+(?:in|during|since)\s+(?:the|that|this)\s+"
    r"(?:war|conflict|campaign|insurgency|offensive|violence|crisis)\b",
    re.IGNORECASE,
)
# Statistics and aggregates of many incidents, and trends ("rose by 38 percent", "over the year", "attacks on several
# villages", "stepped up attacks"). "A wave of attacks killed 26" is not among them: it may be the day's news.
_AGGREGATE = re.compile(
    r"\b(?:rose|fell|increased|decreased|dropped|grew|declined|jumped)\s+by\s+(?:about\s+|nearly\s+|almost\s+)?"
    r"[\d.]+\s*(?:percent|per\s+cent|%)|\bcompared\s+(?:with|to)\s+(?:19|20)\d\d|"
    r"\b(?:over|during|throughout)\s+the\s+(?:year|past\s+year|(?:christmas|holiday|festive|new\s+year)\s+"
    r"(?:period|holidays?|season))\b|\b(?:first|second)\s+half\s+of\s+the\s+year\b|"
    r"\b(?:increase|rise|surge|decline|drop|fall)\s+in\s+(?:fatalities|deaths|attacks|violence|killings)\b|"
    r"\bstepped\s+up\s+(?:\w+\s+)?attacks\b|\b(?:reached|hit)\s+(?:a\s+)?(?:new\s+)?(?:record|heights)\b|"
    r"\bdeadliest\s+year\b|\bhighest\s+(?:number|level|toll)\b|"
    r"\b(?:has|have)\s+(?:long|repeatedly|frequently|often|regularly)\s+(?:been\s+)?\w+ed\b|"
    r"\b(?:attacks|killings|raids|bombings|clashes)\s+(?:on|in|across|against)\s+(?:several|many|multiple|numerous|"
    r"dozens\s+of|scores\s+of|a\s+number\s+of)\b|"
    r"\b(?:repeated|numerous)\s+(?:attacks|killings|raids|bombings|clashes)\b",
    re.IGNORECASE,
)
# A non-restrictive relative clause or a superlative aside: background words in it do not make the sentence so.
_ASIDE = re.compile(
    r",\s*(?:which|who|whose)\b[^,;]*|,\s*the\s+(?:deadliest|worst|largest|biggest|bloodiest|first|latest)\b[^,;]*",
    re.IGNORECASE,
)
# A sentence that says it reports another incident than the one before it.
_SEPARATE = re.compile(
    r"\b(?:in\s+(?:a\s+separate|another)\s+(?:incident|attack|development|clash|raid|strike)|separately|elsewhere)\b",
    re.IGNORECASE,
)
_SCENE_SETTING = re.compile(r",\s+as\s+[^,;]*[.!?]?$")
# A new incident dated by the one before it.
_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?the\s+same\s+(?:day|night|morning|evening)|that\s+(?:day|night))\b", re.I)
# The source of a statement at the end of a sentence ("..., said a leader of a group in Ituri province"): places
# named there are the source's, not the incident's.
_ATTRIBUTION_TAIL = re.compile(r",\s+[^,]{0,80}?\b(?:said|says|told|according\s+to)\b[^,]*$", re.IGNORECASE)
# Days before the current incident's day beyond which a dated sentence recalls an earlier event.
_RECENT_DAYS = 2
# Texts up to this many sentences are briefs (one incident, told in few words): their background-looking sentences
# may be the incident itself. A longer article made only of background reports no event.
_BRIEF_SENTENCES = 6
_PLACE_HINT = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|of)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|province|district|region|area)\s+of\s+)?"
    r"(?P<place>[A-Z][a-z'’]+(?:[\s-][A-Z][a-z'’]+){0,2})"
)
_NOT_PLACES = re.compile(
    r"^(?:The|A|An|This|That|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|His|Her|Their|Its|Police|Army|Islam)\b"
)


@dataclass
class _Sentence:
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


@dataclass
class _Incident:
    sentences: list[_Sentence] = field(default_factory=list)
    day: EventDate | None = None
    place: str | None = None


def split_sentences(text: str) -> list[tuple[int, str]]:
    """The text's sentences with their offsets; lines are never joined, so headlines stay on their own."""
    sentences = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            if _ABBREVIATIONS.search(line[start : match.start() + 1]):
                continue
            _add(sentences, line[start : match.start()], offset + start)
            start = match.end()
        _add(sentences, line[start:], offset + start)
        offset += len(line)
    return sentences


def _add(sentences: list[tuple[int, str]], piece: str, offset: int) -> None:
    stripped = piece.strip()
    if stripped:
        sentences.append((offset + piece.index(stripped[0]), stripped))


def _place_hint(sentence: str, countries: frozenset[str]) -> str | None:
    for match in _PLACE_HINT.finditer(_ATTRIBUTION_TAIL.sub("", sentence)):
        place = match.group("place")
        if _NOT_PLACES.match(place) or place.lower() in countries:
            continue
        return place
    return None


def _analyse(text: str, published: date, dateline: Dateline | None) -> list[_Sentence]:
    countries = frozenset(name.lower() for name in country_names())
    reference = reference_date(dateline, published)
    body_start = dateline.end if dateline is not None else 0
    analysed = []
    for index, (start, sentence) in enumerate(split_sentences(text)):
        headline = start < body_start
        if dateline is not None and start <= body_start < start + len(sentence):
            sentence = text[body_start : start + len(sentence)].strip()  # the dateline itself is no sentence
            headline = False
        mentions = find_mentions(sentence)
        event = classify(sentence) is not None or any(m.quantity is not None for m in mentions)
        dates = [(at, d) for at, d in find_dates(sentence, reference) if d.day <= published]
        analysed.append(
            _Sentence(
                index=index,
                text=sentence,
                start=start,
                mentions=mentions,
                headline=headline,
                background=is_background(sentence),
                aggregate=is_aggregate(sentence),
                event=event,
                dates=preferred(sentence, dates),
                place=_place_hint(sentence, countries),
            )
        )
    return analysed


def is_background(sentence: str) -> bool:
    """True when the sentence is about earlier, cumulative or aggregated events rather than one incident."""
    return bool(_BACKGROUND.search(_ASIDE.sub("", sentence)) or is_aggregate(sentence))


def is_aggregate(sentence: str) -> bool:
    """True when the sentence states totals, statistics or trends over many incidents: never one incident."""
    return bool(_CUMULATIVE.search(sentence) or _AGGREGATE.search(_ASIDE.sub("", sentence)))


def _states_casualties(sentence: _Sentence) -> bool:
    # Arrests and abductions accompany an incident; deaths and injuries of their own mark a distinct one.
    return any(
        m.kind in ("killed", "wounded") and m.quantity is not None and m.quantity.best > 0 for m in sentence.mentions
    )


def _recalls_earlier_time(sentence: _Sentence, current: _Incident) -> bool:
    """True when an incident with a day exists and the sentence's own date is vaguer (last month, earlier this week)
    or more than a couple of days earlier: it recalls something else."""
    own = [d for d in sentence.dates if not d.reported]
    if not own or current.day is None or not current.sentences:
        return False
    first = own[0]
    return first.precision != DAY or (current.day.day - first.day).days > _RECENT_DAYS


def _group(sentences: list[_Sentence], story_day: EventDate | None) -> list[_Incident]:
    """Incidents in order; story_day (the dateline's date) is the first incident's day until a sentence says
    otherwise."""
    incidents: list[_Incident] = []
    for sentence in sentences:
        if not incidents:
            incidents.append(_Incident(day=story_day))
        current = incidents[-1]
        if not sentence.headline and _recalls_earlier_time(sentence, incidents[0]):
            continue
        day = sentence.dates[0] if sentence.dates and not sentence.dates[0].reported else None
        other_day = day is not None and current.day is not None and day.day != current.day.day
        other_place = (
            sentence.place is not None
            and current.place is not None
            and sentence.place not in current.place
            and current.place not in sentence.place
        )
        separate = bool(_SEPARATE.search(sentence.text)) and classify(sentence.text) is not None
        if not sentence.headline and current.sentences and (other_day or other_place):
            if separate or _states_casualties(sentence):
                same_day = current.day if _SAME_DAY.search(sentence.text) else None
                current = _Incident(day=same_day)
                incidents.append(current)
            elif other_day:
                continue  # context about another day: neither a new incident nor part of this one
        current.sentences.append(sentence)
        if not sentence.headline:
            current.day = current.day or day  # a headline's "overnight" or "today" is relative to publication
        current.place = current.place or sentence.place
    return [incident for incident in incidents if incident.sentences]


def extract_events(text: str, published_date: date, title: str | None = None) -> list[ExtractedEvent]:
    """Every incident the article reports, as events; an empty list when it reports none."""
    if title and title.strip() and title.strip() not in text[: len(title) + 200]:
        text = f"{title.strip()}\n{text}"
    dateline = find_dateline(text)
    sentences = _analyse(text, published_date, dateline)
    primary = [s for s in sentences if s.event and not s.background]
    if not any(s.event and not s.headline for s in primary) and len(sentences) <= _BRIEF_SENTENCES:
        primary = [s for s in sentences if s.event and not s.aggregate]
    events = []
    story_day = None
    if dateline is not None and dateline.month is not None and dateline.day is not None:
        story_day = EventDate(reference_date(dateline, published_date), 1)
    for incident in _group(primary, story_day):
        event = _build_event(incident, text, published_date, dateline)
        if event is not None:
            events.append(event)
    return events


def _build_event(incident: _Incident, text: str, published: date, dateline: Dateline | None) -> ExtractedEvent | None:
    body = " ".join(s.text for s in incident.sentences)
    kind = classify(_lead(incident)) or classify(". ".join(s.text for s in incident.sentences))
    if kind is None:
        return None
    # Body sentences first, so that the evidence quotes the story rather than a headline restating it.
    ordered = sorted(incident.sentences, key=lambda s: s.headline)
    casualties = combine([(s.index, s.mentions) for s in ordered])
    when = incident.day or resolve_event_date(_dated_text(incident), published, dateline)
    actor1, actor2 = find_actors(body)
    killed = casualties.get("killed")
    wounded = casualties.get("wounded")
    kind = _adjusted_type(kind, killed.best + wounded.best)
    return ExtractedEvent(
        event_date=when.day,
        date_precision=when.precision,
        event_type=kind[0],
        sub_event_type=kind[1],
        fatalities=killed.best,
        fatalities_low=min(killed.low, killed.best),
        fatalities_high=killed.best if killed.high is None else killed.high,
        injuries=wounded.best,
        evidence=_evidence(incident, casualties),
        place=_place(body, text, dateline),
        actor1=actor1,
        actor2=actor2,
    )


def _lead(incident: _Incident) -> str:
    """The incident's headlines and first two body sentences: where a story says what happened and with what
    weapon ("... killed in an attack on a mosque. The attacker blew himself up"), before any background."""
    headlines = [s.text for s in incident.sentences if s.headline]
    body = [s for s in incident.sentences if not s.headline][:2]
    if len(body) == 2 and body[1].index != body[0].index + 1:
        body = body[:1]  # only the sentence right after the lede continues it
    # Headlines carry no full stop: one is added so that no rule reads across two sentences. A trailing ", as ..."
    # clause of a body sentence sets the scene ("..., as Moscow kept up heavy air attacks"), it is not the incident.
    return ". ".join(headlines + [_SCENE_SETTING.sub("", s.text) for s in body])


def _adjusted_type(kind: tuple[str, str], casualties: int) -> tuple[str, str]:
    # Burning or wrecking property is an attack on people once someone is killed or hurt in it (ACLED).
    if kind == ("Strategic developments", "Looting/property destruction") and casualties > 0:
        return ("Violence against civilians", "Attack")
    return kind


def _dated_text(incident: _Incident) -> str:
    # Headlines speak of "today" relative to publication, not to the event, so dates come from the body first.
    body = [s.text for s in incident.sentences if not s.headline]
    return " ".join(body or [s.text for s in incident.sentences])


def _evidence(incident: _Incident, casualties: Casualties) -> str:
    chosen = [s.text for s in incident.sentences if s.index in casualties.sentences]
    if not chosen:
        chosen = [next((s.text for s in incident.sentences if not s.headline), incident.sentences[0].text)]
    return " ".join([*chosen, *casualties.notes])


def _place(event_text: str, article_text: str, dateline: Dateline | None) -> Place:
    return resolve_place(event_text, article_text, dateline)


__all__ = ["EXTRACTOR_VERSION", "Quantity", "extract_events", "split_sentences"]
