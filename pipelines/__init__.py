"""Conflict-event pipeline: news HTML in, a validated DuckDB table of events out."""
