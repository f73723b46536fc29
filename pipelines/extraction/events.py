"""The extraction core's entry point: an article's text in, one ExtractedEvent per incident it reports out.

Steps, as a careful ACLED coder reads a story: split into sentences (a coordinated clause that reports another
incident, and a headline joining two stories at a semicolon, are split off); mark each as an event sentence (it
reports violence or a political event, or casualties), as background (background.py: periods, wars, earlier
incidents, statistics; in a full article also a month named without a day) or neither. A full article (more than
six sentences) whose first three body sentences (headings and fragments skipped) report no incident is about talks,
a vote, a report or a trial and gives no event; in it, death figures above a plausibility bound outside the lede are
dropped unless the sentence names the incident. Event sentences are grouped into incidents (incidents.py). Then
per incident: counts from its sentences (in a full article the lede's figure is the best and other sources' higher
figures its high bound; a headline over several incidents adds no figures), the type from its lead (its headlines
and first two body sentences, where a story states what happened), date, actors (the lede's agent and target) and
place. Background sentences are used only when nothing else in a short text reports an event, and never statistics.
"""

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from pipelines.extraction.actors import find_actors, protest_actors
from pipelines.extraction.background import (
    PLAUSIBLE_DEATHS,
    is_aggregate,
    is_background,
    links_to_incident,
    looks_back,
    recalls_month,
)
from pipelines.extraction.casualties import DOUBTS_PREVIOUS, Casualties, combine, find_mentions
from pipelines.extraction.dateline import Dateline, find_dateline
from pipelines.extraction.dates import EventDate, find_dates, preferred, reference_date, resolve_event_date
from pipelines.extraction.event_types import DISRUPTED, classify
from pipelines.extraction.incidents import ATTRIBUTION_TAIL, Incident, Sentence, group, refers_back, states_casualties
from pipelines.extraction.model import ExtractedEvent, Place
from pipelines.extraction.numbers import Quantity
from pipelines.extraction.places import CARE_NOUNS, country_names, resolve_place

EXTRACTOR_VERSION = "rules-0.13.0"

_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|U\.S|U\.N|U\.K|approx|est|vs|etc|Inc|Co|Corp)\.$"
)
# "around 9:30 p.m. Tuesday": the clock's abbreviation before a day ends no sentence
_CLOCK_DAY = re.compile(
    r"[ap]\.m\.\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"local\s+time|GMT|UTC)\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
# (not ", as hooded youths hurled petrol bombs at police": the incident itself, told as it unfolded)
_SCENE_SETTING = re.compile(r",\s+as\s+(?![^,;]*\b(?:hurled|threw|pelted|stoned)\b)[^,;]*[.!?]?$")
_SEPARATE_CLAUSE = re.compile(
    r"[,;]\s+(?:and\s+|while\s+)?(?=[^,;.]*?\bin\s+(?:a\s+separate|another)\s+(?:incident|attack|clash|raid|strike)\b)",
    re.IGNORECASE,
)
# "on Tuesday": the day a lede's clause gives its own blow.
_WEEKDAY = r"\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
# A day told from the one just named ("the following day", "hours later").
_DAY_FROM_THIS = (
    r"\b(?:the\s+(?:following|next|previous)\s+(?:day|morning|night|evening)|a\s+day\s+(?:later|earlier)|"
    r"hours\s+(?:later|earlier))\b"
)
_FROM_THAT_DAY = re.compile(_DAY_FROM_THIS + r"|\b(?:that|the\s+same)\s+(?:day|night|evening|afternoon)\b", re.I)
# "..., while a roadside bomb killed three soldiers in the north the following day": a lede that sums up a second
# blow on another day, which the body then tells in full. Cut off, it no longer lends its weapon to the first
# incident's type, and it is kept out of the incidents (the body's own account is the one counted).
_ANOTHER_DAY_CLAUSE = re.compile(
    r"[,;]\s+(?:and|while|whereas)\s+(?=(?:an?\s+|(?:artillery|rocket|mortar|tank|sniper)\s+fire\s+|shelling\s+|"
    r"(?:shells|rockets|missiles|drones)\s+|(?:[A-Z]\w+\s+)?(?:settlers|gunmen|militants|rebels|insurgents|bandits|"
    r"jihadists|attackers|assailants)\s+)[^,;.]{0,60}?\b(?:killed|struck|hit|exploded|wounded|attacked|slammed|"
    rf"landed|set\s+fire|torched|stormed|abducted|kidnapped)\b[^,;.]*?(?:{_DAY_FROM_THIS}|{_WEEKDAY})|"
    # "..., while activists accused the military of killing dozens in an airstrike on a market a day earlier"
    rf"(?=[^,;.]{{0,120}}?\b(?:killing|killed)\b[^,;.]*?{_DAY_FROM_THIS})|"
    # "..., while a clash between troops and insurgents near Chai the following day left six people dead"
    rf"an?\s+[^,;.]{{0,80}}?{_DAY_FROM_THIS}\s+(?:left|killed|wounded|claimed)\b|"
    # "..., and the army said on Sunday that three members of a dissident group had been killed in fighting": a
    # second source's report of another blow
    # (not the same one: "..., and police said on Sunday that three others were wounded in the attack")
    r"(?:the|an?)\s+[^,;.]{0,40}?\bsaid\s+on\s+\w+day\s+that\s+(?![^,;.]*\b(?:the|this|that)\s+(?:attack|blast|"
    r"bombing|explosion|strike|raid|ambush|assault|incident|shooting)\b)[^,;.]{0,80}?\b(?:had\s+been|were)\s+"
    r"(?:killed|wounded|injured)\b)",
    re.IGNORECASE,
)
# "..., and an air strike on the market of Kabkabiya on Tuesday killed at least 15", "..., while two soldiers were
# killed in fighting in El Plateado on Sunday": a lede's second blow with its own day and count, told in full there
# (the body's account of it joins it by place and day).
_OTHER_BLOW_CLAUSE = re.compile(
    rf"[,;]\s+(?:and|while|whereas)\s+(?=(?:an?\s+[^,;.]{{0,80}}?{_WEEKDAY}"
    r"[^,;.]{0,40}?\b(?:killed|wounded|injured)\b|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[^,;.]{0,60}?\b(?:were|was)\s+(?:killed|wounded|"
    rf"injured|shot\s+dead)\b[^,;.]*?{_WEEKDAY}))",
    re.IGNORECASE,
)
# "... gunmen killing nine people in Bokkos on Sunday and an angry crowd killing two herders in Bassa on Tuesday":
# without a comma, a second blow is cut off only when both clauses name their own weekday.
_BARE_OTHER_BLOW = re.compile(
    rf"{_WEEKDAY}(?:\s+\w+){{0,3}}?(?P<cut>\s+and\s+)(?=an?\s+[^,;.]{{0,80}}?\b(?:killing|killed|wounding|wounded|"
    rf"injuring|injured)\b[^,;.]{{0,60}}?{_WEEKDAY})",
    re.IGNORECASE,
)
# "..., while the air force said it had killed "scores of bandits" in air strikes on camps in Tsafe on Sunday": a
# second source's blow on a day of its own, which the body tells in full (_other_source_blow).
_OTHER_SOURCE_BLOW = re.compile(
    r"[,;]\s+(?:and|while|whereas)\s+(?=[^,;.]{0,80}?\b(?:said|says|claimed|reported)\b[^,;.]{0,100}?\b(?:killed|"
    rf"killing|struck|abducted|kidnapped)\b[^,;.]*?(?P<day>{_WEEKDAY}))",
    re.IGNORECASE,
)


def _other_source_blow(sentence: str) -> re.Match[str] | None:
    """A second source's blow clause (_OTHER_SOURCE_BLOW) whose day is not the first clause's."""
    found = _OTHER_SOURCE_BLOW.search(sentence)
    if found is None:
        return None
    first = re.search(_WEEKDAY, sentence[: found.start()], re.IGNORECASE)
    return found if first is not None and first.group().lower() != found.group("day").lower() else None


# A story that tells its second incident apart further down ("In the second incident, ..."): its lede's coordinated
# clause of another blow ("..., while three labourers were shot dead in Panjgur") sums that incident up, and is kept
# out like a blow on another day.
_TOLD_APART = re.compile(
    r"(?:^|\n|[.!?]\s+)(?:In|At)\s+(?:the\s+(?:second|other|latter|later)|a\s+separate|another)\s+(?:incident|attack)\b"
)
_SECOND_BLOW_CLAUSE = re.compile(
    r"[,;]\s+(?:and|while|whereas)\s+(?=[^,;.]{0,80}?\b(?:killed|shot|wounded|injured|attacked|died|exploded|"
    r"struck|abducted|kidnapped)\b)",
    re.IGNORECASE,
)
# "...; troops kill nine near X", "nine killed in Bokkos attack, two herders lynched in Bassa": a headline's second
# story, after a semicolon or after a comma that opens on a count of the dead.
_HEADLINE_JOIN = re.compile(
    r";\s+(?=[^;]{12,}$)|,\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[^,;]{0,40}?\b(?:killed|dead|"
    r"lynched|shot\s+dead|wounded|injured|abducted|kidnapped)\b[^,;]{5,}$)",
    re.IGNORECASE,
)
_VICTIMS_LISTED = re.compile(
    r"\s*(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+[\w-]+){1,3}\s*", re.IGNORECASE
)
# A lede over several incidents' places ("in three Ukrainian regions", "across two provinces").
_SUMS_UP = re.compile(
    r"\b(?:in|across)\s+(?:two|three|four|five|six|several|multiple|\d+)\s+(?:[\w-]+\s+)?"
    r"(?:regions|provinces|districts|states|counties|towns|villages|cities)\b",
    re.IGNORECASE,
)
# Texts up to this many sentences are briefs (one incident, told in few words): their background-looking sentences
# may be the incident itself. A longer article made only of background reports no event.
_BRIEF_SENTENCES = 6
# How far below a lede without a day its scene may be set (_scene_day).
_SCENE_SENTENCES = 3
# Body sentences that make up an article's lede, and those within which a full article states its news (a lede may
# only report a claim, "the army said its drones struck a gathering", before the next sentences name the strike).
_LEDE_SENTENCES = 2
_NEWS_SENTENCES = 3
# Days before publication beyond which a day named in a full article recalls an old incident: a daily intake reports
# what happened in the last days, and the incidents it recalls ("attacked on August 24" in an October feature) are
# weeks old.
_STALE_DAYS = 28
# "in X", "near the town of X", "in central X", and the target of an attack ("a drone attack on X").
_PLACE_HINT = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Tt]owards?|of|(?:attacks?|strikes?|raids?|assault|shelling)\s+on)\s+"
    r"(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
    r"(?:the\s+(?:\w+\s+)?(?:city|town|village|province|district|region|area|capital|port)(?:\s+of)?\s+)?"
    r"(?P<place>[A-Z][^\W\d_A-Z'’]*[a-z'’](?:[\s-][A-Z][^\W\d_'’]*[a-z'’]){0,2})"
)
# A roundup's lead-in before a source and the report it gives.
_REPORT_AFTER_LEAD = re.compile(
    r"(?:Separately|Meanwhile|Elsewhere|Also|In\s+a\s+separate\s+\w+),\s+[^,]{0,80}?\b(?:said|says|reported)\s+"
    r"(?:that\s+)?(?=[^,]{20})"
)
# Adjectives of people and creeds ("at a Shiite mosque", "in a Maoist blast", "of Sudanese lawyers"): no places.
_DEMONYM = re.compile(r"(?:ese|ist|ists|ite|ites|ian|ians|ish)$")
_NOT_PLACES = re.compile(
    r"^(?:The|A|An|This|That|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|His|Her|Their|Its|Police|Army|Islam|Islamic|Operation|"
    r"(?:Israeli|Iraqi|Yemeni|Pakistani|Somali|Saudi|Bangladeshi|Emirati)s?)\b"
)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """The text's sentences with their offsets; lines are never joined, so headlines stay on their own."""
    sentences = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start = 0
        for match in _SENTENCE_END.finditer(line):
            if _ABBREVIATIONS.search(line, start, match.start()) or _CLOCK_DAY.match(line, match.start() - 4):
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


def _clauses(
    start: int, sentence: str, summary: bool = False, told_apart: bool = False, aside: bool = False
) -> list[tuple[int, str, bool, bool]]:
    """The sentence, split where a coordinated clause reports another incident ("..., and troops killed nine
    militants in a separate clash") or, in a headline, at a semicolon joining two stories; each piece with whether
    it is a lede's summary of a blow on another day (_ANOTHER_DAY_CLAUSE) or of one the story tells apart below
    (`told_apart`, see _TOLD_APART), and whether it is a second blow told with its own day and count
    (_OTHER_BLOW_CLAUSE)."""
    cut = _SEPARATE_CLAUSE.search(sentence) or (_HEADLINE_JOIN.search(sentence) if start == 0 else None)
    if cut is not None and cut.group().startswith(",") and _VICTIMS_LISTED.fullmatch(sentence, 0, cut.start()):
        cut = None  # "Three policemen, four militants killed in attack on ...": one story's dead, listed
    another_day = None if cut is not None else _ANOTHER_DAY_CLAUSE.search(sentence) or _other_source_blow(sentence)
    if cut is None and another_day is None and told_apart:
        another_day = _SECOND_BLOW_CLAUSE.search(sentence)
    other_blow = _OTHER_BLOW_CLAUSE.search(sentence) if cut is None and another_day is None else None
    bare = _BARE_OTHER_BLOW.search(sentence) if cut is None and another_day is None and other_blow is None else None
    found = cut or another_day or other_blow
    if found is None and bare is None:
        return [(start, sentence, summary, aside)]
    begin, end = (found.start(), found.end()) if found is not None else bare.span("cut")
    head = (start, sentence[:begin].strip(), summary, aside)
    tail = sentence[end:]
    second_blow = other_blow is not None or bare is not None
    return [head, *_clauses(start + end, tail, summary or another_day is not None, aside=second_blow)]


# Where the wounded were taken ("flown to a military hospital in X") is not where the incident happened.
# The words are places.py's, which keeps the gazetteer's mentions there out of the event's place the same way.
_CARE_BEFORE = re.compile(rf"\b(?:{'|'.join(CARE_NOUNS)}|medical\s+(?:centre|center))\s+$", re.IGNORECASE)


# A speaker's post opening a sentence ("A spokesman for the police in Balkh province said ..."): where the speaker
# serves, not necessarily where the incident happened.
_SPEAKER_HEAD = re.compile(
    r"^(?:(?:On|Later|Earlier|Early|Late)(?:\s+on)?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:morning|afternoon|evening|night))?,\s+)?"  # the day it was told: "Later on Monday, the spokesman ..."
    r"(?:(?:An?|The|an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|officials?|officer|governor|commander|"
    r"doctor|sources?|chief|head|minister|director)\b[^,;.]{0,60}?(?:,[^,;.]{0,40},\s+)?\b(?:said|says|told)\b"
)


def _place_hint(sentence: str, countries: frozenset[str]) -> str | None:
    # "Separately, the ISPR said security forces conducted an operation in Awaran district": the report's own words
    report = _REPORT_AFTER_LEAD.match(sentence)
    text = sentence[report.end() :] if report else ATTRIBUTION_TAIL.sub("", _SPEAKER_HEAD.sub("", sentence))
    for match in _PLACE_HINT.finditer(text):
        place = re.sub(r"^.*['’]s\s+|['’]s?$", "", match.group("place"))  # "Yemen's Taiz" -> Taiz
        if not place or _NOT_PLACES.match(place) or _DEMONYM.search(place) or place.lower() in countries:
            continue
        if _CARE_BEFORE.search(text, 0, match.start()):
            continue
        return place
    return None


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    return frozenset(name.lower() for name in country_names())


def _analyse(text: str, published: date, dateline: Dateline | None, title_end: int = 0) -> list[Sentence]:
    """The text's sentences, analysed; those before title_end (a headline line) or the dateline are headlines."""
    countries = _country_keys()
    reference = reference_date(dateline, published)
    body_start = max(dateline.end if dateline is not None else 0, title_end)
    analysed = []
    apart = _TOLD_APART.search(text)
    sentences = split_sentences(text)
    # the lede: the first body sentence, when the second incident is told apart after it
    lede_start = next((start for start, sentence in sentences if start + len(sentence) > body_start), None)
    pieces = [
        part
        for start, sentence in sentences
        for part in _clauses(start, sentence, told_apart=apart is not None and start == lede_start < apart.start())
    ]
    full_article = len(pieces) > _BRIEF_SENTENCES
    links_below = False
    for index, (start, sentence, summary, aside) in enumerate(pieces):
        headline = start < body_start
        if dateline is not None and start <= body_start < start + len(sentence):
            sentence = text[body_start : start + len(sentence)].strip()  # the dateline itself is no sentence
            headline = False
        link = bool(_RELATED_LINK.match(sentence))  # "READ MORE: Celaya: attack leaves one dead" is another story
        # the headlines listed under "Related articles" are other stories, down to the next sentence of prose
        links_below = bool(_RELATED_HEADING.fullmatch(sentence)) or (links_below and not _PROSE_END.search(sentence))
        link = link or links_below
        mentions = [] if link else find_mentions(sentence)
        if analysed and DOUBTS_PREVIOUS.match(sentence):
            analysed[-1].mentions = [replace(m, hedged=True) for m in analysed[-1].mentions]
        event = not link and (classify(sentence) is not None or any(m.quantity is not None for m in mentions))
        place = _place_hint(sentence, countries)
        # "The strike hit the vehicle in the town of X": a sentence about the incident told, placing it
        event = event or (place is not None and not link and refers_back(sentence))
        dates = [(at, d) for at, d in find_dates(sentence, reference) if d.day <= published]
        told = [d for _, d in dates if not d.reported]
        stale = full_article and bool(told) and all((published - d.day).days > _STALE_DAYS for d in told)
        previous_end = analysed[-1].start + len(analysed[-1].text) if analysed else 0
        joined = text[previous_end:start].strip() in (";", ",")  # a headline's second story, cut off above
        second_story = headline and bool(analysed) and analysed[-1].headline and joined
        # "A police officer was killed by a mob in Juliaca hours later": a day told from a background sentence's
        after_background = bool(analysed) and analysed[-1].background and not told
        after_background = after_background and bool(_FROM_THAT_DAY.search(sentence))
        analysed.append(
            Sentence(
                index=index,
                text=sentence,
                start=start,
                mentions=mentions,
                headline=headline,
                background=summary
                or stale
                or after_background
                or is_background(sentence)
                or (full_article and recalls_month(sentence)),
                aggregate=is_aggregate(sentence),
                event=event,
                dates=preferred(sentence, dates),
                place=place,
                second_story=second_story,
                aside=aside,
            )
        )
    return analysed


# Links to other stories that scrapers leave in the text ("READ MORE: ...", "Also read:", "Related:").
_RELATED_LINK = re.compile(
    r"^\s*(?:read\s+more|also\s+read|read\s+also|related(?:\s+(?:stories|articles|news|coverage))?|see\s+also|"
    r"more\s+on\s+this|recommended|watch|listen)\s*[:|\u2013\u2014-]",
    re.IGNORECASE,
)

_RELATED_HEADING = re.compile(
    r"\s*(?:related|more|other|recommended|latest|popular|top)\s+(?:articles|stories|news|coverage|reading|"
    r"headlines|posts)\s*:?\s*",
    re.IGNORECASE,
)
_PROSE_END = re.compile(r"[.!?][\"'’”)]?\s*$")

# Wire and newspaper slugs of pieces that comment on the news rather than report it ("ANALYSIS-", "Opinion:").
_COMMENTARY = re.compile(
    r"^\s*(?:analysis|explainer|factbox|insight|opinion|editorial|commentary|comment|interview|q&a|fact\s*check|"
    r"obituary|breakingviews)\s*[-:|\u2013\u2014]",
    re.IGNORECASE,
)


def headed(text: str, title: str | None) -> tuple[str, int]:
    """The text with its title on top, and where the headline ends (0 when the page gives no title). A page that
    repeats its title as its first line, word for word or reworded ("Fighting near Mushaki, seven civilians killed
    in Djugu" under "Fighting near Mushaki in Masisi; seven civilians killed in Djugu attack"), keeps that line as
    its headline, even without a dateline."""
    title = (title or "").strip()
    if not title:
        return text, 0
    first = text.lstrip().split("\n", 1)[0].strip()
    if title not in text[: len(title) + 200]:
        if not _restates(first, title):
            return f"{title}\n{text}", len(title) + 1
    elif first != title:
        return text, 0
    return text, text.index(first) + len(first) + 1


def _restates(line: str, title: str) -> bool:
    """Whether a page's first line is its title reworded: a line without a full stop whose words are nearly all
    the title's."""
    words = re.findall(r"\w+", line.lower())
    if not words or len(words) > 25 or line.endswith("."):
        return False
    known = set(re.findall(r"\w+", title.lower()))
    return sum(w in known for w in words) >= 0.8 * len(words)


def extract_events(text: str, published_date: date, title: str | None = None) -> list[ExtractedEvent]:
    """Every incident the article reports, as events; an empty list when it reports none (also for analysis,
    opinion and explainer pieces, by their headline's slug)."""
    if _COMMENTARY.match(title or "") or _COMMENTARY.match(text):
        return []
    text, title_end = headed(text, title)
    dateline = find_dateline(text)
    sentences = _analyse(text, published_date, dateline, title_end)
    if len(sentences) > _BRIEF_SENTENCES:
        _drop_implausible_figures(sentences)
    primary = [s for s in sentences if s.event and not s.background]
    if len(sentences) > _BRIEF_SENTENCES and not _lede_reports_event(sentences):
        return []
    if len(sentences) <= _BRIEF_SENTENCES and _lede_looks_back(sentences):
        return []  # a brief on a verdict or a trial over an old massacre
    if not any(s.event and not s.headline for s in primary) and len(sentences) <= _BRIEF_SENTENCES:
        primary = [s for s in sentences if s.event and not s.aggregate]
    events = []
    full_article = len(sentences) > _BRIEF_SENTENCES
    incidents = _without_summary_lede(group(_asides_moved(primary)))
    if len(incidents) == 1 and incidents[0].day is None:
        incidents[0].day = _scene_day(incidents[0], sentences, _SCENE_SENTENCES if full_article else 0)
    for incident in incidents:
        if len(incidents) > 1:
            _drop_headline_figures(incident)
        # a headline not split into its stories is no single incident's
        shared_headline = len(incidents) > 1 and not any(s.second_story for s in sentences)
        event = _build_event(incident, text, published_date, dateline, full_article, shared_headline)
        if event is not None:
            events.append(event)
    return events


def _scene_day(incident: Incident, sentences: list[Sentence], below: int) -> EventDate | None:
    """The day a lede without one leaves to the sentences around it, which set the scene ("Border guards killed three
    armed men, the committee said. ... a patrol spotted the group crossing the river in the early hours of Sunday"):
    up to `below` sentences under it (none in a brief, which tells its incident in the lede)."""
    lede = next((s.index for s in incident.sentences if not s.headline), None)
    body = next((s.index for s in sentences if not s.headline), None)
    if lede is None or body is None:
        return None
    for sentence in sentences[body : lede + 1 + below]:  # from the article's first body sentence
        told = [d for d in sentence.dates if not d.reported]
        if told and not sentence.background:
            return told[0]
    return None


def _asides_moved(sentences: list[Sentence]) -> list[Sentence]:
    """The sentences in the order to group them: a lede's clause of a second blow goes where the body starts telling
    that blow (its first sentence at the clause's place), else last; the body in between goes on with the first."""
    ordered = [s for s in sentences if not s.aside]
    for aside in (s for s in sentences if s.aside):
        at = next((i for i, s in enumerate(ordered) if s.index > aside.index and _tells(s, aside)), None)
        if at is not None and ordered[at].place != aside.place:
            aside = replace(aside, place=ordered[at].place)  # the body's own place for it ("Kwall ... of Bassa")
        ordered.insert(len(ordered) if at is None else at, aside)
    return ordered


def _tells(sentence: Sentence, aside: Sentence) -> bool:
    """Whether a body sentence tells the blow of a lede's clause: at its place, or naming that place on its day
    ("in Kwall district of Bassa LGA" on the clause's Tuesday)."""
    if not aside.place:
        return False
    same_day = bool(sentence.dates and aside.dates and sentence.dates[0].day == aside.dates[0].day)
    return sentence.place == aside.place or (same_day and aside.place in sentence.text)


# Wounded beyond which a figure outside the lede is a war's or a year's, like deaths beyond PLAUSIBLE_DEATHS (a truck
# bomb may wound over a thousand, but its lede says so).
_PLAUSIBLE_WOUNDED = 5 * PLAUSIBLE_DEATHS


def _drop_implausible_figures(sentences: list[Sentence]) -> None:
    """Death figures too large for one incident are dropped outside a full article's lede unless the sentence names
    the incident: deeper in an article they are the toll of a war, a year or a region."""
    lede = {s.index for s in sentences if s.headline} | {s.index for s in _lede(sentences)}
    for sentence in sentences:
        if sentence.index in lede or links_to_incident(sentence.text):
            continue
        sentence.mentions = [
            m
            for m in sentence.mentions
            if not (m.kind == "killed" and m.quantity is not None and m.quantity.best > PLAUSIBLE_DEATHS)
            # "3,800 of the children were killed and more than 6,400 wounded" in a report: the wounded of a war
            and not (m.kind == "wounded" and m.quantity is not None and m.quantity.best > _PLAUSIBLE_WOUNDED)
        ]


def _lede(sentences: list[Sentence], size: int = _LEDE_SENTENCES) -> list[Sentence]:
    return [s for s in sentences if not s.headline and _is_prose(s.text)][:size]


# Fewer words than this and no event: a section heading or a fragment ("Situation overview", "Flash update No."),
# which a coder skips when looking for a story's lede.
_PROSE_WORDS = 8


def _is_prose(sentence: str) -> bool:
    return len(re.findall(r"[A-Za-z]\w*", sentence)) >= _PROSE_WORDS


def _drop_headline_figures(incident: Incident) -> None:
    """A headline over several incidents may sum them ("car bomb and attack on police station kill eight"): its
    figures are kept out of each incident's counts. A lede that sums them up ("shelling, drones and guided bombs
    killed four people in three regions on Monday") leaves the first incident its day and nothing else."""
    for sentence in incident.sentences:
        if sentence.headline:
            sentence.mentions = []
    told = [s for s in incident.sentences if not s.headline and not _SUMS_UP.search(s.text)]
    if told:
        incident.sentences = [s for s in incident.sentences if s.headline or s in told]


# The kinds of casualty a lede over several incidents may give again.
_TOLD = ("killed", "wounded")


def _without_summary_lede(incidents: list[Incident]) -> list[Incident]:
    """A lede over incidents the body tells one by one gives their casualties again: the dead in total ("Russian
    attacks killed at least four civilians on Monday", then two, one and one in three towns), or each incident's
    figure in one sentence ("shelling on X killed 11, and a drone strike on Y killed 21"; "a poll watcher was shot
    dead and four voters were hurt in separate incidents"). Its dead are not counted again, and a lede that names
    each incident is left out of the first, or is no incident when it was all the first had. The first incident's
    own sentences must count its part too, and a sum names no town: otherwise the lede is simply its toll."""
    if len(incidents) < 2:
        return incidents
    first = incidents[0]
    lede = next((s for s in first.sentences if not s.headline), None)
    told = [(m.kind, m.quantity.best) for m in lede.mentions if m.kind in _TOLD and m.quantity] if lede else []
    if not told:
        return incidents
    counts = [_counts(incident, without=lede) for incident in incidents]
    # each figure some incident's own, and at least two incidents among them
    owners = {next((n for n, c in enumerate(counts) if c.get(kind) == best), None) for kind, best in told}
    each = None not in owners and len(owners) > 1
    killed = [best for kind, best in told if kind == "killed"]
    tolls = [c.get("killed", 0) for c in counts]
    if each:
        first.sentences.remove(lede)  # none of the incidents: its type and place are theirs too
        return incidents if any(not s.headline for s in first.sentences) else incidents[1:]
    # a sum names no place of its own ("attacks on Ukraine's south and east")
    if killed and tolls[0] and lede.place is None and sum(killed) == sum(tolls) > max(tolls):
        lede.mentions = [m for m in lede.mentions if m.kind != "killed"]
    return incidents


def _counts(incident: Incident, without: Sentence) -> dict[str, int]:
    """The incident's dead and wounded as its sentences other than one count them."""
    told = [(s.index, s.mentions) for s in incident.sentences if s is not without and not s.headline]
    return {kind: quantity.best for kind, quantity in combine(told).counts.items() if kind in _TOLD}


def _lede_reports_event(sentences: list[Sentence]) -> bool:
    """True when the first body sentences report an incident: a full article states its news first, so one whose
    lede is about talks, a vote, a report or a trial, with incidents only recalled further down, reports none. A
    lede that looks back (an anniversary, a verdict, a report's figures) before any count it gives frames the whole
    story: its counts, and what follows, recall the old incident ("gathered to mark five years since a bomb killed
    23"), while "gunmen killed five mourners marking the anniversary" is news."""
    news = _lede(sentences, _NEWS_SENTENCES)
    if news and _looks_back_first(news[0]):
        return False
    reports = any(s.event and not s.background for s in news)
    if reports and news[0].event and news[0].background and not any(not d.reported for d in news[0].dates):
        # a lede of totals over a period and of no day of its own ("have killed 38 people since the beginning of
        # the year, an official said on Monday") frames the story: what follows reports an incident only with a
        # count or a day of its own
        return any(not s.background and (s.dates or states_casualties(s)) for s in news[1:])
    return reports


# A court's doings: what makes even a brief look back rather than report ("a court sentenced a former commander over
# the 2017 massacre").
_COURT = re.compile(r"sentenc|convict|verdict|guilty|acquit|trial|court|tribunal", re.IGNORECASE)


def _lede_looks_back(sentences: list[Sentence]) -> bool:
    news = _lede(sentences, 1)
    return bool(news) and _looks_back_first(news[0], court_only=True)


def _looks_back_first(sentence: Sentence, court_only: bool = False) -> bool:
    found = looks_back(sentence.text)
    if found is None or (court_only and not _COURT.match(sentence.text, found[0])):
        return False
    at, marking = found
    kind = classify(sentence.text) if marking else None
    if kind is not None and kind[0] in ("Protests", "Riots") and not _THE_DEAD.search(sentence.text, 0, at):
        # a march "to mark 100 days of protests" is itself a demonstration (but "relatives of people killed when
        # security forces fired on demonstrators ... held prayers to mark the anniversary" recall it)
        return False
    if marking and _OCCASION_BEFORE.search(sentence.text, 0, at) and all(m.start < at for m in sentence.mentions):
        # "came under attack ... during disorder following a commemoration": the occasion of today's violence
        return classify(sentence.text) is None
    # "relatives of the 148 people killed in the attack ... gathered for a memorial": victims already known
    return sentence.background or all(
        at < m.start or _KNOWN_VICTIMS.search(sentence.text, 0, m.start) for m in sentence.mentions
    )


_THE_DEAD = re.compile(r"\b(?:killed|died|dead|deaths)\b", re.IGNORECASE)
_OCCASION_BEFORE = re.compile(r"\b(?:following|after|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_GOT_THROUGH = re.compile(
    r"\b(?:but|however)\b[^.;]{0,40}?\b(?:struck|hit|exploded|landed|slammed|crashed)\b", re.IGNORECASE
)
_KNOWN_VICTIMS = re.compile(r"\b(?:of|for|to|among)\s+the\s+$", re.IGNORECASE)


def _build_event(
    incident: Incident,
    text: str,
    published: date,
    dateline: Dateline | None,
    full_article: bool,
    shared_headline: bool = False,
) -> ExtractedEvent | None:
    body = " ".join(s.text for s in incident.sentences)
    lead = _lead(incident)
    # a headline over several incidents ("ISWAP attacks base as Boko Haram abducts women") types each from its body
    kind = (shared_headline and classify(_lead(incident, with_headlines=False))) or classify(lead)
    kind = kind or classify(". ".join(s.text for s in incident.sentences))
    if kind is None:
        return None
    # Body sentences first, so that the evidence quotes the story rather than a headline restating it.
    ordered = sorted(incident.sentences, key=lambda s: s.headline)
    lead_sentences = _lead_sentences(incident) if full_article else []
    lede = next((s.index for s in lead_sentences if not s.headline), None)
    casualties = combine([(s.index, s.mentions) for s in ordered], frozenset(s.index for s in lead_sentences), lede)
    when = incident.day or resolve_event_date(_dated_text(incident), published, dateline)
    actor1, actor2 = find_actors(body, lead)
    killed = casualties.get("killed")
    wounded = casualties.get("wounded")
    if kind == DISRUPTED and (killed.best + wounded.best > 0 or _GOT_THROUGH.search(lead)):
        # a weapon stopped does not hurt anyone: the casualties come from another that struck ("shot down several
        # of the drones, but one struck a transformer")
        kind = classify(lead, skip=frozenset({DISRUPTED})) or kind
    kind = _adjusted_type(kind, killed.best + wounded.best)
    if kind[0] == "Protests" and kind[1] != "Excessive force against protesters":
        actor1, actor2 = protest_actors(actor1, actor2, lead)
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
        place=_place(" ".join(s.text for s in ordered), text, dateline),
        actor1=actor1,
        actor2=actor2,
    )


def _lead_sentences(incident: Incident) -> list[Sentence]:
    """The incident's headlines and first two body sentences, when consecutive."""
    headlines = [s for s in incident.sentences if s.headline]
    body = [s for s in incident.sentences if not s.headline][:2]
    if len(body) == 2 and body[1].index != body[0].index + 1:
        body = body[:1]  # only the sentence right after the lede continues it
    return headlines + body


def _lead(incident: Incident, with_headlines: bool = True) -> str:
    """The incident's lead as one text: where a story says what happened and with what weapon ("... killed in an
    attack on a mosque. The attacker blew himself up"), before any background."""
    headlines = [s.text for s in _lead_sentences(incident) if s.headline and with_headlines]
    body = [s for s in _lead_sentences(incident) if not s.headline]
    # Headlines carry no full stop: one is added so that no rule reads across two sentences. A trailing ", as ..."
    # clause of a body sentence sets the scene ("..., as Moscow kept up heavy air attacks"), it is not the incident.
    return ". ".join(headlines + [_SCENE_SETTING.sub("", s.text) for s in body])


def _adjusted_type(kind: tuple[str, str], casualties: int) -> tuple[str, str]:
    # Burning or wrecking property is an attack on people once someone is killed or hurt in it (ACLED).
    if kind == ("Strategic developments", "Looting/property destruction") and casualties > 0:
        return ("Violence against civilians", "Attack")
    return kind


def _dated_text(incident: Incident) -> str:
    # Headlines speak of "today" relative to publication, not to the event, so dates come from the body first.
    body = [s.text for s in incident.sentences if not s.headline]
    return " ".join(body or [s.text for s in incident.sentences])


def _evidence(incident: Incident, casualties: Casualties) -> str:
    chosen = [s.text for s in incident.sentences if s.index in casualties.sentences]
    if not chosen:
        chosen = [next((s.text for s in incident.sentences if not s.headline), incident.sentences[0].text)]
    return " ".join([*chosen, *casualties.notes])


def _place(event_text: str, article_text: str, dateline: Dateline | None) -> Place:
    return resolve_place(event_text, article_text, dateline)


__all__ = ["EXTRACTOR_VERSION", "Quantity", "extract_events", "split_sentences"]
