"""The landing area: one folder per collection day holding the pages as scraped (.html, .htm, .html.gz)."""

import hashlib
import re
from datetime import date
from pathlib import Path

LANDING_SUFFIXES = (".html", ".htm", ".html.gz")
_HEAD_BYTES = 65536
_TAG = re.compile(r"<(?:link|meta)\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


def partition_folder(landing_root: Path, partition_date: date) -> Path:
    return landing_root / partition_date.isoformat()


def list_landing_files(landing_root: Path, partition_date: date) -> list[Path]:
    """The day's page files in name order (the order decides which of two duplicates is the original)."""
    folder = partition_folder(landing_root, partition_date)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(LANDING_SUFFIXES))


def article_id_for(partition_date: date, file_name: str) -> str:
    """Stable across reruns and machines: it depends only on the collection day and the file's name."""
    return hashlib.sha256(f"{partition_date.isoformat()}/{file_name}".encode()).hexdigest()[:16]


def declared_url(html: str) -> str | None:
    """The page's canonical link, else its og:url, read from the head without parsing the whole page."""
    canonical = og_url = None
    for tag in _TAG.finditer(html, 0, _HEAD_BYTES):
        pairs = _ATTRIBUTE.finditer(tag.group())
        attributes = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in pairs}
        if canonical is None and attributes.get("rel", "").lower() == "canonical":
            canonical = _web_url(attributes.get("href"))
        elif og_url is None and attributes.get("property", "").lower() == "og:url":
            og_url = _web_url(attributes.get("content"))
    return canonical or og_url


def _web_url(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else None
