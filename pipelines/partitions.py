"""Daily partitions: one per collection day, from EVENTS_START_DATE (2000-01-01 by default) to yesterday."""

import dagster as dg

from pipelines.settings import first_partition

daily_partitions = dg.DailyPartitionsDefinition(start_date=first_partition().isoformat())
