"""What every asset shares: group, owners, retry policy, column schemas from the pandera models, and the metadata
(schema checks, rejections by reason, previews, fatalities per day) an operator reads in the UI."""

import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache

import dagster as dg
import pandera.polars as pa
import polars as pl

from pipelines.warehouse.sql_files import script

GROUP = "conflict_events"
OWNERS = ["team:conflict-events"]
# For what fails and then succeeds when tried again: a landing share that hiccups, the warehouse file held a little
# longer than the writer waits. A broken stage fails three times within about a minute, then the run fails.
TRANSIENT_RETRY = dg.RetryPolicy(max_retries=2, delay=10, backoff=dg.Backoff.EXPONENTIAL, jitter=dg.Jitter.PLUS_MINUS)
EVENT_PREVIEW_COLUMNS = ("event_date", "country", "location", "sub_event_type", "fatalities", "injuries",
                         "source_title")
_STAGE_LOGGER = "pipelines.stages"
_COMMENT = re.compile(r"COMMENT ON COLUMN (\w+)\.(\w+) IS '((?:[^']|'')*)';")
_LISTED_VALUES = 6  # an `isin` check with more values than this is summarised, not spelled out


def partition_day(context: dg.AssetExecutionContext) -> date:
    return date.fromisoformat(context.partition_key)


def column_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    """The model's columns for the UI: type, nullability, uniqueness, value checks, and the warehouse's comment."""
    schema = model.to_schema()
    comments = column_comments()
    columns = [
        dg.TableColumn(
            name=name,
            type=str(column.dtype),
            description=comments.get(name),
            constraints=dg.TableColumnConstraints(nullable=column.nullable, unique=column.unique,
                                                  other=[_describe_check(check) for check in column.checks]),
        )
        for name, column in schema.columns.items()
    ]
    return dg.TableSchema(columns=columns, constraints=dg.TableConstraints(other=[c.name for c in schema.checks]))


@cache
def column_comments() -> dict[str, str]:
    """{column: comment} from sql/schema.sql, `events` first: one description per column name, wherever it is used."""
    comments: dict[str, str] = {}
    for table, column, comment in _COMMENT.findall(script("schema.sql")):
        if table == "events" or column not in comments:
            comments[column] = comment.replace("''", "'")
    return comments


def _describe_check(check) -> str:
    statistics = getattr(check, "statistics", None) or {}
    values = statistics.get("allowed_values")
    if values is not None and len(values) > _LISTED_VALUES:
        return f"{check.name}: one of {len(values)} values"
    return check.error or check.name


def stage_check(check_name: str, frame: pl.DataFrame, stage: str, rows_checked: int | None = None
                ) -> dg.AssetCheckResult:
    """Passes when no row failed this stage; rows that did are listed by reason (they went to `rejected`).
    `frame` holds the stage's rows, or only its refused rows when `rows_checked` counts them all."""
    rejected_here = frame.filter(pl.col("rejected_stage") == stage) if "rejected_stage" in frame.columns else frame
    rejected_here = rejected_here.filter(pl.col("rejected_reason").is_not_null())
    return dg.AssetCheckResult(
        check_name=check_name,
        passed=rejected_here.height == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "rows checked": frame.height if rows_checked is None else rows_checked,
            "rows rejected": rejected_here.height,
            "rejected by reason": rejected_by_reason(rejected_here),
        },
    )


def rejected_by_reason(frame: pl.DataFrame, reason_column: str = "rejected_reason") -> dg.MarkdownMetadataValue:
    """A markdown table of how many rows each reason refused, most frequent first."""
    refused = frame.filter(pl.col(reason_column).is_not_null())
    by_reason = refused.group_by(reason_column).len().sort("len", reason_column, descending=[True, False])
    lines = ["| reason | rows |", "|---|---|"]
    lines += [f"| {_cell(reason, 200)} | {count} |" for reason, count in by_reason.iter_rows()]
    return dg.MetadataValue.md("\n".join(lines) if by_reason.height else "none")


def events_preview(frame: pl.DataFrame, limit: int = 10) -> dg.MarkdownMetadataValue:
    """The first events as a markdown table, the columns an operator checks at a glance."""
    if frame.height == 0 or "event_id" not in frame.columns:
        return dg.MetadataValue.md("no events")
    head = frame.filter(pl.col("event_id").is_not_null()).select(EVENT_PREVIEW_COLUMNS).head(limit)
    lines = ["| " + " | ".join(EVENT_PREVIEW_COLUMNS) + " |", "|" + "---|" * len(EVENT_PREVIEW_COLUMNS)]
    lines += ["| " + " | ".join(_cell(value, 80) for value in row) + " |" for row in head.iter_rows()]
    return dg.MetadataValue.md("\n".join(lines) if head.height else "no events")


def fatalities_per_day(frame: pl.DataFrame) -> dg.TableMetadataValue:
    """Events, fatalities and injuries per event date: one glance shows a day that looks wrong."""
    per_day = (
        frame.filter(pl.col("event_id").is_not_null())
        .group_by("event_date")
        .agg(events=pl.len(), fatalities=pl.col("fatalities").sum(), injuries=pl.col("injuries").sum())
        .sort("event_date")
    )
    records = [
        dg.TableRecord({"event_date": day.isoformat(), "events": events, "fatalities": killed, "injuries": hurt})
        for day, events, killed, hurt in per_day.iter_rows()
    ]
    schema = dg.TableSchema(columns=[dg.TableColumn("event_date", "date"), dg.TableColumn("events", "int"),
                                     dg.TableColumn("fatalities", "int"), dg.TableColumn("injuries", "int")])
    return dg.MetadataValue.table(records, schema=schema)


def _cell(value, width: int) -> str:
    return str(value)[:width].replace("|", "/").replace("\n", " ")


@contextmanager
def timed() -> Iterator[dict]:
    """Yields a dict whose "seconds" is set on exit: the step's own duration, for its metadata."""
    clock = {"started": time.monotonic()}
    yield clock
    clock["seconds"] = round(time.monotonic() - clock["started"], 2)


class _ToDagsterLog(logging.Handler):
    def __init__(self, log: dg.DagsterLogManager):
        super().__init__(logging.INFO)
        self._log = log

    def emit(self, record: logging.LogRecord) -> None:
        message = self.format(record)
        if record.levelno >= logging.ERROR:
            self._log.error(message)
        elif record.levelno >= logging.WARNING:
            self._log.warning(message)
        else:
            self._log.info(message)


@contextmanager
def stage_progress_in_run_log(context: dg.AssetExecutionContext) -> Iterator[None]:
    """Forwards pipelines.stages' progress lines (pages done, pages/s) to the run's log in the UI for the step."""
    logger = logging.getLogger(_STAGE_LOGGER)
    handler = _ToDagsterLog(context.log)
    previous_level = logger.level
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous_level)
