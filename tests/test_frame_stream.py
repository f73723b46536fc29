"""The Parquet store writes a stream of frames batch by batch into one file, with an optional last pass."""

import dagster as dg
import polars as pl
import pyarrow.parquet as pq
import pytest

from pipelines.resources import ParquetStore
from pipelines.streams import FrameStream, Tally, slices

SCHEMA = pl.Schema({"article_id": pl.String, "n": pl.Int64, "rejected_stage": pl.String,
                    "rejected_reason": pl.String})


def batches(count: int, size: int):
    for start in range(0, count, size):
        yield pl.DataFrame(
            {"article_id": [f"a{i:05d}" for i in range(start, start + size)], "n": list(range(start, start + size)),
             "rejected_stage": [None] * size, "rejected_reason": [None] * size},
            schema=SCHEMA,
        )


def store_output(tmp_path, stream) -> tuple[pl.DataFrame, dict]:
    context = dg.build_output_context(asset_key=dg.AssetKey("clean_articles"), partition_key="2024-01-04")
    store = ParquetStore(base_dir=str(tmp_path))
    store.handle_output(context, stream)
    written = tmp_path / "clean_articles" / "2024-01-04.parquet"
    assert sorted(p.name for p in written.parent.iterdir()) == [written.name]  # no spool or partial left behind
    return pl.read_parquet(written), context.get_logged_metadata()


def test_a_stream_is_written_whole_in_order_one_row_group_per_batch(tmp_path):
    tally = Tally()
    frame, metadata = store_output(tmp_path, FrameStream(tally.passing(batches(1000, 100)), SCHEMA,
                                                         metadata=lambda: {"rows seen": tally.rows}))
    assert frame["n"].to_list() == list(range(1000))
    assert metadata["rows seen"].value == 1000 and metadata["rows"].value == 1000
    assert pq.ParquetFile(tmp_path / "clean_articles" / "2024-01-04.parquet").num_row_groups == 10


def test_the_last_pass_sees_every_batch(tmp_path):
    def keep_even(written: pl.LazyFrame) -> pl.LazyFrame:
        return written.filter(pl.col("n") % 2 == 0)

    frame, _ = store_output(tmp_path, FrameStream(batches(300, 100), SCHEMA, finish=keep_even))
    assert frame["n"].to_list() == list(range(0, 300, 2))


def test_an_empty_stream_gives_an_empty_file_with_the_schema(tmp_path):
    frame, _ = store_output(tmp_path, FrameStream(iter([]), SCHEMA))
    assert frame.height == 0 and frame.schema == SCHEMA


def test_a_stream_that_breaks_midway_leaves_no_file_under_the_final_name(tmp_path):
    def broken():
        yield from batches(100, 50)
        raise RuntimeError("stage broke")

    context = dg.build_output_context(asset_key=dg.AssetKey("clean_articles"), partition_key="2024-01-04")
    with pytest.raises(RuntimeError, match="stage broke"):
        ParquetStore(base_dir=str(tmp_path)).handle_output(context, FrameStream(broken(), SCHEMA))
    assert not (tmp_path / "clean_articles" / "2024-01-04.parquet").exists()


def test_the_tally_keeps_refused_rows_and_counts(tmp_path):
    tally = Tally(count_by="n", total_of="n")
    refused = pl.DataFrame({"article_id": ["x"], "n": [5], "rejected_stage": ["clean"],
                            "rejected_reason": ["no_article_text"]}, schema=SCHEMA)
    list(tally.passing([*batches(10, 5), refused]))
    assert tally.rows == 11 and tally.total == sum(range(10)) + 5
    assert tally.refused.to_dicts() == [{"article_id": "x", "rejected_stage": "clean",
                                         "rejected_reason": "no_article_text"}]
    assert tally.counts == dict.fromkeys(range(10), 1)  # counted among the rows still in play only


def test_slices_of_a_scan_give_every_row_once_in_order(tmp_path):
    path = tmp_path / "rows.parquet"
    pl.concat(list(batches(1050, 150))).write_parquet(path, row_group_size=100)
    parts = [part.collect() for part in slices(pl.scan_parquet(path), 200)]
    assert [part.height for part in parts] == [200] * 5 + [50]
    assert pl.concat(parts)["n"].to_list() == list(range(1050))
