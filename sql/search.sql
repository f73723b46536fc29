-- Full-text search over articles (DuckDB's fts extension). The index is a snapshot: the `events` asset rebuilds it
-- after each load, and `python -m pipelines search --reindex` rebuilds it by hand.

-- name: build_article_index
PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', stemmer = 'english', stopwords = 'english',
                        overwrite = 1);

-- name: index_exists
SELECT count(*) > 0 FROM duckdb_schemas() WHERE schema_name = 'fts_main_articles';

-- name: search_articles
SELECT score, partition_date, published_date, status, event_count, title, source_url, article_id
FROM (
    SELECT *, fts_main_articles.match_bm25(article_id, $query) AS score
    FROM articles
)
WHERE score IS NOT NULL
ORDER BY score DESC, article_id
LIMIT $limit;
