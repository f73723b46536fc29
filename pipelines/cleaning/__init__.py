"""HTML to clean article text and metadata: decoding, main-text extraction, boilerplate filters. No Dagster here."""
