-- Statements that replace one partition's rows. Run in one transaction by pipelines/warehouse/load.py;
-- $partition_date is bound, and staged_* are the partition's new rows, registered from Arrow.

-- name: delete_events
DELETE FROM events WHERE partition_date = $partition_date;

-- name: delete_articles
DELETE FROM articles WHERE partition_date = $partition_date;

-- name: delete_rejected
DELETE FROM rejected WHERE partition_date = $partition_date;

-- name: delete_signatures
DELETE FROM article_signatures WHERE partition_date = $partition_date;

-- name: insert_events
INSERT INTO events BY NAME SELECT *, now() AS loaded_at FROM staged_events;

-- name: insert_articles
INSERT INTO articles BY NAME SELECT *, now() AS loaded_at FROM staged_articles;

-- name: insert_rejected
INSERT INTO rejected BY NAME SELECT *, now() AS rejected_at FROM staged_rejected;

-- name: insert_signatures
INSERT INTO article_signatures BY NAME SELECT * FROM staged_signatures;

-- name: count_partition
SELECT
    (SELECT count(*) FROM events WHERE partition_date = $partition_date) AS events,
    (SELECT count(*) FROM articles WHERE partition_date = $partition_date) AS articles,
    (SELECT count(*) FROM rejected WHERE partition_date = $partition_date) AS rejected;

-- name: duplicate_event_ids
SELECT event_id, count(*) AS copies FROM events GROUP BY event_id HAVING count(*) > 1 LIMIT 10;
