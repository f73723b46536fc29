"""`python -m pipelines inspect`: the assets' own stages run on files or JSONL lines, one JSON line out per input.

Inputs go through the same frame functions as the assets, in batches, so thousands of inputs run in one process.
HTML goes raw -> clean -> extract; a .txt file or a JSONL "text" is taken as already clean.
"""

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import TextIO

import polars as pl

from pipelines.cleaning.article import article_from_text
from pipelines.cleaning.errors import RejectedPage
from pipelines.landing import article_id_for
from pipelines.stages import (
    CLEAN_SCHEMA,
    checked_clean_frame,
    clean_batch,
    events_frame,
    raw_frame,
    raw_row,
    read_raw_page,
)
from pipelines.warehouse.rows import partition_rows

_BATCH = 500
_EVENT_FIELDS_DROPPED = ("article_id", "source_url", "source_title", "partition_date", "rejected_reason")


@dataclass(frozen=True)
class InspectInput:
    key: str  # printed back as "file" or "id"
    key_field: str
    collected_on: date
    html: bytes | None = None
    path: Path | None = None
    text: str | None = None
    url: str | None = None


def run_inspect(files: list[str], jsonl: str | None, published: str | None, out: TextIO) -> int:
    """Print one JSON line per input; returns the process exit code."""
    default_day = date.fromisoformat(published) if published else date.today()
    inputs = _file_inputs(files, default_day, published is not None)
    if jsonl:
        inputs = _chain(inputs, _jsonl_inputs(Path(jsonl), default_day))
    while batch := list(islice(inputs, _BATCH)):
        for line in _inspect_batch(batch):
            out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
    return 0


def _chain(*iterators: Iterator[InspectInput]) -> Iterator[InspectInput]:
    for iterator in iterators:
        yield from iterator


def _file_inputs(files: list[str], default_day: date, day_given: bool) -> Iterator[InspectInput]:
    for name in files:
        path = Path(name)
        day = default_day if day_given else _folder_day(path) or default_day
        if path.suffix.lower() == ".txt":
            yield InspectInput(key=name, key_field="file", collected_on=day, path=path,
                               text=path.read_text(encoding="utf-8", errors="replace"))
        else:
            yield InspectInput(key=name, key_field="file", collected_on=day, path=path)


def _folder_day(path: Path) -> date | None:
    # A file inside a landing folder was collected on the folder's day, as the assets see it.
    try:
        return date.fromisoformat(path.parent.name)
    except ValueError:
        return None


def _jsonl_inputs(path: Path, default_day: date) -> Iterator[InspectInput]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            day = date.fromisoformat(record["published_date"]) if record.get("published_date") else default_day
            html = record.get("html")
            yield InspectInput(
                key=str(record.get("id", number)), key_field="id", collected_on=day, url=record.get("url"),
                html=html.encode("utf-8") if html is not None else None, text=record.get("text"),
            )


def _inspect_batch(batch: list[InspectInput]) -> list[dict]:
    ids = [article_id_for(item.collected_on, f"{index}:{item.key}") for index, item in enumerate(batch)]
    html_rows = [_raw_row(item, article_id) for item, article_id in zip(batch, ids, strict=True) if item.text is None]
    text_rows = [_text_row(item, id_) for item, id_ in zip(batch, ids, strict=True) if item.text is not None]
    raw = raw_frame(html_rows)
    clean = pl.concat([
        clean_batch(raw),
        checked_clean_frame(text_rows),
    ])
    rows = partition_rows(clean, events_frame(clean))
    articles = {row["article_id"]: row for row in rows.articles.iter_rows(named=True)}
    events_by_article: dict[str, list[dict]] = {}
    for event in rows.events.iter_rows(named=True):
        events_by_article.setdefault(event["article_id"], []).append(
            {k: v for k, v in event.items() if k not in _EVENT_FIELDS_DROPPED}
        )
    return [_line(item, articles[article_id], events_by_article.get(article_id, []))
            for item, article_id in zip(batch, ids, strict=True)]


def _raw_row(item: InspectInput, article_id: str) -> dict:
    if item.path is not None:
        row = read_raw_page(item.path, item.collected_on)
        return {**row, "article_id": article_id}
    # A line with neither "text" nor "html" is an empty page: rejected as such, like an empty landing file.
    return raw_row(article_id, item.collected_on, f"jsonl:{item.key}", item.url or f"jsonl:{item.key}",
                   item.html or b"")


def _text_row(item: InspectInput, article_id: str) -> dict:
    row = dict.fromkeys(CLEAN_SCHEMA.names())
    landing = str(item.path) if item.path else f"jsonl:{item.key}"
    row.update(article_id=article_id, partition_date=item.collected_on, landing_path=landing,
               source_url=item.url or landing, size_bytes=len(item.text.encode("utf-8")))
    try:
        row.update(asdict(article_from_text(item.text, item.collected_on)))
    except RejectedPage as rejection:
        row.update(rejected_stage="clean", rejected_reason=str(rejection))
    return row


def _line(item: InspectInput, article: dict, events: list[dict]) -> dict:
    return {
        item.key_field: item.key,
        "status": article["status"],
        "reason": article["reason"],
        "title": article["title"],
        "published_date": article["published_date"],
        "text": article["text"],
        "events": events,
    }
