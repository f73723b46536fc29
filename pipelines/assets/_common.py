"""What every asset shares: the group, owners and the schema-check result that shows each stage's rejections."""

from datetime import date

import dagster as dg
import polars as pl

GROUP = "conflict_events"
OWNERS = ["team:conflict-events"]


def partition_day(context: dg.AssetExecutionContext) -> date:
    return date.fromisoformat(context.partition_key)


def stage_check(check_name: str, frame: pl.DataFrame, stage: str) -> dg.AssetCheckResult:
    """Passes when no row failed this stage; rows that did are listed by reason (they went to `rejected`)."""
    rejected_here = frame.filter(pl.col("rejected_stage") == stage) if "rejected_stage" in frame.columns else frame
    rejected_here = rejected_here.filter(pl.col("rejected_reason").is_not_null())
    by_reason = rejected_here.group_by("rejected_reason").len().sort("len", descending=True)
    return dg.AssetCheckResult(
        check_name=check_name,
        passed=rejected_here.height == 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "rows checked": frame.height,
            "rows rejected": rejected_here.height,
            "rejected by reason": dg.MetadataValue.md(_reason_table(by_reason)),
        },
    )


def _reason_table(by_reason: pl.DataFrame) -> str:
    lines = ["| reason | rows |", "|---|---|"]
    lines += [f"| {reason[:200].replace('|', '/')} | {count} |" for reason, count in by_reason.iter_rows()]
    return "\n".join(lines) if by_reason.height else "none"
