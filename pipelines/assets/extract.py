"""extracted_events: the events each clean article reports."""

import dagster as dg
import polars as pl

from pipelines.assets._common import GROUP, OWNERS, stage_check
from pipelines.extraction.events import EXTRACTOR_VERSION
from pipelines.partitions import daily_partitions
from pipelines.stages import events_frame


@dg.asset(
    partitions_def=daily_partitions,
    group_name=GROUP,
    owners=OWNERS,
    kinds={"python", "parquet"},
    io_manager_key="parquet_store",
    code_version=EXTRACTOR_VERSION,
    check_specs=[dg.AssetCheckSpec("extracted_events_schema", asset="extracted_events",
                                   description="Counts >= 0 and low <= best <= high; event date not after "
                                   "publication; ACLED type and sub-type consistent; a real country.")],
)
def extracted_events(clean_articles: pl.DataFrame):
    """Zero or more events per usable article, from the rule-based extraction core: event date and precision,
    place from the offline gazetteer, ACLED event type and sub-type, actors, fatalities (best, low, high) and
    injuries, with the sentences they came from as evidence. Events that fail the pandera contract keep a
    `rejected_reason` and go to the `rejected` table."""
    frame = events_frame(clean_articles)
    accepted = frame.filter(pl.col("rejected_reason").is_null())
    yield dg.Output(
        frame,
        metadata={
            "events": accepted.height,
            "fatalities": int(accepted["fatalities"].sum() or 0),
            "injuries": int(accepted["injuries"].sum() or 0),
            "rejected": frame.height - accepted.height,
            "extractor_version": EXTRACTOR_VERSION,
        },
    )
    yield stage_check("extracted_events_schema", frame, "extract")
