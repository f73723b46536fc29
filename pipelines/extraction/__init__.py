"""Pure-Python event extraction: clean article text in, structured events out. No Dagster here."""
