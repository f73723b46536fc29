-- What `python -m pipelines export` writes. $since is bound by pipelines/export.py.

-- name: acled_export_since
SELECT *
FROM acled_export
WHERE event_date >= $since
ORDER BY event_date, event_id_cnty;
