"""Incidents: near-duplicate articles and the clustering of event mentions from many reports into one incident.

Pure Python and polars (no Dagster import): `duplicates` finds copies of articles, `compatibility` says whether two
mentions can describe the same incident, `clustering` groups mentions, `reconcile` summarises each incident, and
`merge` updates the incidents a new partition touches.
"""
