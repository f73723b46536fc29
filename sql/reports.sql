-- Read-only queries the command line prints. Analysts can run them as they are in the duckdb CLI.

-- name: demo_events
SELECT event_date, country, location, event_type, sub_event_type, actor1, fatalities, injuries
FROM events
ORDER BY event_date, country, location;

-- name: articles_by_status
SELECT status, count(*) AS articles
FROM articles
GROUP BY ALL
ORDER BY status;
