"""What a page says about itself in its markup: title, publication date, language."""

import json
import re
from dataclasses import dataclass
from datetime import date

from lxml.html import HtmlElement

# Most specific first: a page's own publication stamp beats generic "date" tags, which CMSs also fill with
# the modification or crawl date.
_DATE_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
)
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_MAX_JSON_LD_CHARS = 200_000
# Theme classes of the post's own date element (WordPress "entry-date", "post-date", "published").
_POST_DATE_CLASS = re.compile(r"publish|entry-date|post-date|article-date", re.IGNORECASE)
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)/")


@dataclass(frozen=True)
class PageMetadata:
    title: str | None
    published_date: date | None
    published_date_source: str | None  # "meta" (tags, JSON-LD, the post's <time>) or "url" (a dated permalink)
    language: str | None


def read_metadata(tree: HtmlElement) -> PageMetadata:
    """Metadata from <head> tags, JSON-LD and <time> elements; None where the page says nothing usable."""
    metas = _meta_contents(tree)
    published = _published_date(tree, metas)
    source = "meta" if published else None
    if published is None and (published := _url_day(tree, metas)):
        source = "url"
    if published is None and (published := _first_time_element(tree)):
        source = "meta"
    return PageMetadata(_title(tree, metas), published, source, _language(tree, metas))


def _meta_contents(tree: HtmlElement) -> dict[str, str]:
    contents: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv")
        value = meta.get("content")
        if key and value and key.strip().lower() not in contents:
            contents[key.strip().lower()] = value.strip()
    return contents


def _title(tree: HtmlElement, metas: dict[str, str]) -> str | None:
    candidates = [metas.get("og:title"), metas.get("twitter:title")]
    candidates += [_text_of(tree.find(".//h1")), _text_of(tree.find(".//title"))]
    return next((" ".join(c.split()) for c in candidates if c and c.strip()), None)


def _published_date(tree: HtmlElement, metas: dict[str, str]) -> date | None:
    for key in _DATE_META_KEYS:
        if key in metas and (found := parse_iso_day(metas[key])):
            return found
    for found in _json_ld_dates(tree):
        return found
    for time_element in tree.iter("time"):
        marked = "pubdate" in time_element.attrib or _POST_DATE_CLASS.search(time_element.get("class") or "")
        if marked and (found := parse_iso_day(time_element.get("datetime") or "")):
            return found
    return None


def _first_time_element(tree: HtmlElement) -> date | None:
    # An unmarked <time> is trusted last: the first one on the page is the story's, comments' come after it.
    for time_element in tree.iter("time"):
        if found := parse_iso_day(time_element.get("datetime") or ""):
            return found
    return None


def _url_day(tree: HtmlElement, metas: dict[str, str]) -> date | None:
    # CMS permalinks such as /2024/01/02/slug/ carry the publication day.
    urls = [link.get("href") or "" for link in tree.iter("link") if (link.get("rel") or "").lower() == "canonical"]
    for url in [*urls, metas.get("og:url", "")]:
        if match := _URL_DAY.search(url):
            try:
                return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
    return None


def _json_ld_dates(tree: HtmlElement):
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_JSON_LD_CHARS:
            continue
        try:
            document = json.loads(script.text)
        except ValueError:
            continue
        for node in _walk_json(document):
            stamp = node.get("datePublished") if isinstance(node, dict) else None
            if isinstance(stamp, str) and (found := parse_iso_day(stamp)):
                yield found


def _walk_json(node, depth: int = 0):
    if depth > 8:
        return
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _walk_json(child, depth + 1)


def _language(tree: HtmlElement, metas: dict[str, str]) -> str | None:
    declared = tree.get("lang") or metas.get("content-language") or metas.get("og:locale") or ""
    code = re.split(r"[-_]", declared.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def parse_iso_day(value: str) -> date | None:
    """The calendar day an ISO-8601 timestamp names, as written (its own time zone), or None."""
    match = _ISO_DAY.search(value)
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _text_of(element: HtmlElement | None) -> str | None:
    return element.text_content() if element is not None else None

