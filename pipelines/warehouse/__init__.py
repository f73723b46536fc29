"""The DuckDB warehouse: applying sql/, and replacing one partition's rows in one transaction."""
