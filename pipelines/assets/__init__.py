"""The four assets, landing HTML to the DuckDB table, each a thin call into the pure core."""
