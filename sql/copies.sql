-- Statements that mark copies of articles across partitions (pipelines/warehouse/copies.py). $partition_date and
-- $window_days are bound; staged_copies (article_id, duplicate_of, similarity) is registered from Arrow.

-- name: copy_window
-- The partition's readable articles and every readable article published within $window_days of them.
WITH span AS (
    SELECT min(published_date) - $window_days::INTEGER AS first_day,
           max(published_date) + $window_days::INTEGER AS last_day
    FROM articles WHERE partition_date = $partition_date AND text IS NOT NULL
)
SELECT a.article_id, a.published_date, a.partition_date, a.status, a.reason, a.duplicate_of, s.minhash, s.exact_key,
       CASE WHEN s.minhash IS NULL THEN a.text END AS text  -- only articles loaded before fingerprints were kept
FROM articles a CROSS JOIN span
LEFT JOIN article_signatures s ON s.article_id = a.article_id
WHERE a.text IS NOT NULL AND a.status <> 'rejected'
  AND a.published_date BETWEEN span.first_day AND span.last_day
  -- pages marked at cleaning (same URL or text within their own day) stay as they are
  AND NOT (a.status = 'duplicate' AND a.reason NOT LIKE 'copy of %');

-- name: apply_copies
-- Copies become `duplicate`; an article no longer a copy gets back the status its events give it.
UPDATE articles AS a
SET status = CASE WHEN s.duplicate_of IS NOT NULL THEN 'duplicate'
                  WHEN a.event_count > 0 THEN 'events' ELSE 'no_event' END,
    duplicate_of = s.duplicate_of,
    reason = CASE WHEN s.duplicate_of IS NOT NULL
                  THEN 'copy of ' || s.duplicate_of || ' (text similarity ' || round(s.similarity, 2) || ')' END
FROM staged_copies AS s
WHERE a.article_id = s.article_id;
