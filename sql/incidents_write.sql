-- Statements that merge one partition's events into incidents (pipelines/warehouse/incidents.py); staged_* are
-- frames registered from Arrow, $partition_date is bound.

-- name: reloaded_mentions
-- The events of the reloaded articles (the partition's, and those whose copy status changed), copies left out.
SELECT e.*
FROM events e JOIN articles a USING (article_id)
WHERE a.status <> 'duplicate' AND e.article_id IN (SELECT article_id FROM staged_reloaded);

-- name: partition_article_ids
SELECT article_id FROM articles WHERE partition_date = $partition_date;

-- name: existing_mentions
-- Mentions already clustered near the new ones (staged_window: country, start, end), plus those of the
-- partition's own articles, which the merge replaces.
SELECT e.*, i.incident_id
FROM events e JOIN articles a USING (article_id) LEFT JOIN event_incidents i USING (event_id)
WHERE (a.status <> 'duplicate'
       AND EXISTS (SELECT 1 FROM staged_window w
                   WHERE w.country = e.country AND e.event_date BETWEEN w.start AND w."end"))
   -- the reloaded articles' old mentions, copies included, so that the merge can drop them and retire incidents
   OR e.article_id IN (SELECT article_id FROM staged_reloaded);

-- name: delete_assignments
DELETE FROM event_incidents
WHERE event_id IN (SELECT event_id FROM staged_assignment)
   OR article_id IN (SELECT article_id FROM staged_reloaded);

-- name: insert_assignments
INSERT INTO event_incidents BY NAME SELECT event_id, article_id, incident_id FROM staged_assignment;

-- name: delete_incidents
DELETE FROM incidents
WHERE incident_id IN (SELECT incident_id FROM staged_incidents)
   OR incident_id IN (SELECT incident_id FROM staged_retired);

-- name: insert_incidents
INSERT INTO incidents BY NAME SELECT * FROM staged_incidents;
