"""The extraction core's entry point: an article's text in, one ExtractedEvent per incident it reports out.

Steps: split into sentences; mark each as an event sentence (it reports violence or a political event, or
casualties), as background (it is about earlier or cumulative events: "the previous incident", "since October",
"so far this year") or neither; group event sentences into incidents (a sentence that states its own casualties
at a different place or on a different day than the current incident opens a new one; a sentence on another day
without casualties of its own is context and is dropped; everything else restates or elaborates the current
incident; headline lines before the dateline always belong to the first); then read counts, date, type, actors
and place per incident. Background sentences are used only when nothing else in the article reports an event.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from pipelines.extraction.actors import find_actors
from pipelines.extraction.casualties import Casualties, Mention, combine, find_mentions
from pipelines.extraction.dateline import Dateline, find_dateline
from pipelines.extraction.dates import EventDate, find_dates, reference_date, resolve_event_date
from pipelines.extraction.event_types import classify
from pipelines.extraction.model import ExtractedEvent, Place
from pipelines.extraction.numbers import Quantity
from pipelines.extraction.places import country_names, resolve_place

EXTRACTOR_VERSION = "rules-0.1.0"

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
_PLACE_HINT = re.compile(
    r"\b(?:in|near|at|outside|of)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|province|district|region|area)\s+of\s+)?"
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
    for match in _PLACE_HINT.finditer(sentence):
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
        analysed.append(
            _Sentence(
                index=index,
                text=sentence,
                start=start,
                mentions=mentions,
                headline=headline,
                background=bool(_BACKGROUND.search(sentence)),
                event=event,
                dates=[d for _, d in find_dates(sentence, reference) if d.day <= published],
                place=_place_hint(sentence, countries),
            )
        )
    return analysed


def _states_casualties(sentence: _Sentence) -> bool:
    return any(m.quantity is not None and m.quantity.best > 0 for m in sentence.mentions)


def _group(sentences: list[_Sentence], story_day: EventDate | None) -> list[_Incident]:
    """Incidents in order; story_day (the dateline's date) is the first incident's day until a sentence says
    otherwise."""
    incidents: list[_Incident] = []
    for sentence in sentences:
        if not incidents:
            incidents.append(_Incident(day=story_day))
        current = incidents[-1]
        day = sentence.dates[0] if sentence.dates else None
        other_day = day is not None and current.day is not None and day.day != current.day.day
        other_place = (
            sentence.place is not None
            and current.place is not None
            and sentence.place not in current.place
            and current.place not in sentence.place
        )
        if not sentence.headline and (other_day or other_place) and current.sentences:
            if not _states_casualties(sentence):
                if other_day:
                    continue  # context about another day: neither a new incident nor part of this one
            else:
                current = _Incident()
                incidents.append(current)
        current.sentences.append(sentence)
        current.day = current.day or day
        current.place = current.place or sentence.place
    return [incident for incident in incidents if incident.sentences]


def extract_events(text: str, published_date: date, title: str | None = None) -> list[ExtractedEvent]:
    """Every incident the article reports, as events; an empty list when it reports none."""
    if title and title.strip() and title.strip() not in text[: len(title) + 200]:
        text = f"{title.strip()}\n{text}"
    dateline = find_dateline(text)
    sentences = _analyse(text, published_date, dateline)
    primary = [s for s in sentences if s.event and not s.background]
    if not any(s.event and not s.headline for s in primary):
        primary = [s for s in sentences if s.event]
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
    kind = classify(body)
    if kind is None:
        return None
    # Body sentences first, so that the evidence quotes the story rather than a headline restating it.
    ordered = sorted(incident.sentences, key=lambda s: s.headline)
    casualties = combine([(s.index, s.mentions) for s in ordered])
    when = incident.day or resolve_event_date(_dated_text(incident), published, dateline)
    actor1, actor2 = find_actors(body)
    killed = casualties.get("killed")
    wounded = casualties.get("wounded")
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
