"""Schema validation that sorts rows instead of failing a run: good rows go on, bad rows get a reason."""

from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

_ROW = "__row"


@dataclass(frozen=True)
class Split:
    """`valid` keeps the input's columns; `invalid` adds `reason`, every failed check of the row joined by '; '."""

    valid: pl.DataFrame
    invalid: pl.DataFrame


def split_by_schema(frame: pl.DataFrame, model: type[pa.DataFrameModel]) -> Split:
    """Validate every row against `model`. A missing column or a wrong dtype is a broken stage and raises."""
    numbered = frame.with_row_index(_ROW)
    try:
        model.validate(numbered, lazy=True)
    except pa.errors.SchemaErrors as errors:
        failures = errors.failure_cases
        _raise_on_structural_failures(failures, model)
        reasons = _reasons_by_row(failures)
        return _split(numbered, reasons)
    return Split(valid=frame, invalid=frame.clear().with_columns(reason=pl.lit(None, dtype=pl.String)))


def _raise_on_structural_failures(failures: pl.DataFrame, model: type[pa.DataFrameModel]) -> None:
    # Row-level failures carry the row's index; schema-level ones (missing column, wrong dtype) have none.
    structural = failures.filter(pl.col("index").is_null())
    if structural.height:
        problems = "; ".join(f"{row['column']}: {row['check']}" for row in structural.iter_rows(named=True))
        raise TypeError(f"{model.__name__} contract broken by the stage itself: {problems}")


def _reasons_by_row(failures: pl.DataFrame) -> pl.DataFrame:
    described = failures.with_columns(
        reason=pl.when(pl.col("schema_context") == "Column")
        .then(pl.col("column") + pl.lit(": ") + pl.col("check"))
        .otherwise(pl.col("check"))
    )
    return (
        described.group_by(pl.col("index").cast(pl.UInt32).alias(_ROW))
        .agg(pl.col("reason").unique(maintain_order=True).sort().str.join("; "))
    )


def _split(numbered: pl.DataFrame, reasons: pl.DataFrame) -> Split:
    joined = numbered.join(reasons, on=_ROW, how="left")
    valid = joined.filter(pl.col("reason").is_null()).drop(_ROW, "reason")
    invalid = joined.filter(pl.col("reason").is_not_null()).sort(_ROW).drop(_ROW)
    return Split(valid=valid, invalid=invalid)
