-- The warehouse's tables. Applied by the pipeline before every load; safe to run again.
-- Column names follow ACLED's codebook where one exists (event_date, event_type, sub_event_type, actor1, actor2,
-- admin1, location, latitude, longitude, geo_precision, fatalities) and UCDP's best/low/high for the counts.

CREATE TABLE IF NOT EXISTS events (
    event_id          VARCHAR PRIMARY KEY,
    article_id        VARCHAR NOT NULL,
    source_url        VARCHAR NOT NULL,
    source_title      VARCHAR,
    published_date    DATE NOT NULL,
    event_date        DATE NOT NULL,
    date_precision    TINYINT NOT NULL CHECK (date_precision BETWEEN 1 AND 3),
    country           VARCHAR,
    country_iso3      VARCHAR,
    admin1            VARCHAR,
    location          VARCHAR,
    latitude          DOUBLE,
    longitude         DOUBLE,
    geo_precision     TINYINT CHECK (geo_precision BETWEEN 1 AND 4),
    event_type        VARCHAR NOT NULL,
    sub_event_type    VARCHAR NOT NULL,
    actor1            VARCHAR,
    actor2            VARCHAR,
    fatalities        INTEGER NOT NULL CHECK (fatalities >= 0),
    fatalities_low    INTEGER NOT NULL CHECK (fatalities_low <= fatalities),
    fatalities_high   INTEGER NOT NULL CHECK (fatalities_high >= fatalities),
    injuries          INTEGER NOT NULL CHECK (injuries >= 0),
    evidence          VARCHAR NOT NULL,
    partition_date    DATE NOT NULL,
    extractor_version VARCHAR NOT NULL,
    loaded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

COMMENT ON TABLE events IS 'One row per event (incident) a news article reports; loaded per collection day.';
COMMENT ON COLUMN events.event_id IS 'Stable id: the same article and extractor give the same id on every rerun.';
COMMENT ON COLUMN events.article_id IS 'The article the event was read from (articles.article_id).';
COMMENT ON COLUMN events.source_url IS 'The article''s canonical URL (or og:url, else the landing file''s URI).';
COMMENT ON COLUMN events.source_title IS 'The article''s headline.';
COMMENT ON COLUMN events.published_date IS 'The article''s publication date (see articles.published_date_source).';
COMMENT ON COLUMN events.event_date IS 'The day the event happened, as far as the text tells (see date_precision).';
COMMENT ON COLUMN events.date_precision IS 'ACLED time precision: 1 the day is known, 2 the week, 3 the month or vaguer.';
COMMENT ON COLUMN events.country IS 'Country where the event happened (GeoNames name).';
COMMENT ON COLUMN events.country_iso3 IS 'ISO 3166-1 alpha-3 code of the country.';
COMMENT ON COLUMN events.admin1 IS 'First-level administrative division (province, state, governorate).';
COMMENT ON COLUMN events.location IS 'The most specific named place (GeoNames city over 15,000 people or admin1).';
COMMENT ON COLUMN events.latitude IS 'WGS84 latitude of location.';
COMMENT ON COLUMN events.longitude IS 'WGS84 longitude of location.';
COMMENT ON COLUMN events.geo_precision IS 'ACLED geo precision: 1 the place itself, 2 near it or part of a region, 3 a region, 4 only the country.';
COMMENT ON COLUMN events.event_type IS 'ACLED event type (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments).';
COMMENT ON COLUMN events.sub_event_type IS 'ACLED sub-event type, always one of event_type''s own.';
COMMENT ON COLUMN events.actor1 IS 'The actor that carried out the event, as the text names or attributes it; NULL rather than a guess.';
COMMENT ON COLUMN events.actor2 IS 'The actor the event targeted, if named; NULL rather than a guess.';
COMMENT ON COLUMN events.fatalities IS 'Best estimate of people killed, victims and perpetrators (UCDP best).';
COMMENT ON COLUMN events.fatalities_low IS 'Lowest count the text supports (UCDP low): "at least 5" gives 5.';
COMMENT ON COLUMN events.fatalities_high IS 'Highest count the text supports (UCDP high): "up to 12" gives 12.';
COMMENT ON COLUMN events.injuries IS 'People wounded or injured.';
COMMENT ON COLUMN events.evidence IS 'The sentences the counts, date and type were read from.';
COMMENT ON COLUMN events.partition_date IS 'The day the article was collected (the Dagster partition).';
COMMENT ON COLUMN events.extractor_version IS 'Version of the extraction rules that produced the row.';
COMMENT ON COLUMN events.loaded_at IS 'When the row was written.';

CREATE TABLE IF NOT EXISTS articles (
    article_id            VARCHAR PRIMARY KEY,
    partition_date        DATE NOT NULL,
    landing_path          VARCHAR NOT NULL,
    source_url            VARCHAR NOT NULL,
    size_bytes            BIGINT,
    charset               VARCHAR,
    title                 VARCHAR,
    published_date        DATE,
    published_date_source VARCHAR,
    language              VARCHAR,
    text                  VARCHAR,
    status                VARCHAR NOT NULL CHECK (status IN ('events', 'no_event', 'rejected', 'duplicate')),
    reason                VARCHAR,
    duplicate_of          VARCHAR,
    event_count           INTEGER NOT NULL,
    loaded_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE IF NOT EXISTS article_signatures (
    article_id     VARCHAR PRIMARY KEY,
    partition_date DATE NOT NULL,
    minhash        BLOB NOT NULL,
    exact_key      VARCHAR
);

COMMENT ON TABLE article_signatures IS 'Fingerprints of each readable article''s text, computed once at cleaning: copy detection compares these instead of reading and hashing the texts of a week of articles on every load.';
COMMENT ON COLUMN article_signatures.minhash IS 'MinHash signature of the text''s 4-word shingles: 128 big-endian 32-bit values.';
COMMENT ON COLUMN article_signatures.exact_key IS 'Hash of the text with case, punctuation and spacing removed; NULL when it has no words.';

COMMENT ON TABLE articles IS 'One row per landing file, whatever became of it: every page is accounted for.';
COMMENT ON COLUMN articles.landing_path IS 'The file the page was read from.';
COMMENT ON COLUMN articles.size_bytes IS 'Size of the page after decompression; NULL when the file could not be read.';
COMMENT ON COLUMN articles.charset IS 'Character encoding the HTML was decoded with (declared, else detected).';
COMMENT ON COLUMN articles.published_date_source IS 'Where published_date came from: meta (the page''s tags or date element), url (a dated permalink), dateline (the story''s dateline) or collected (none of these; the collection day).';
COMMENT ON COLUMN articles.text IS 'The article''s main text, boilerplate removed.';
COMMENT ON COLUMN articles.status IS 'events (has events), no_event (read, reports none), rejected (see reason), duplicate (see duplicate_of).';
COMMENT ON COLUMN articles.reason IS 'Why the article was rejected or is a duplicate; NULL otherwise.';
COMMENT ON COLUMN articles.duplicate_of IS 'For duplicates: the article_id of the page it repeats.';
COMMENT ON COLUMN articles.event_count IS 'Number of rows in events from this article.';

CREATE TABLE IF NOT EXISTS rejected (
    partition_date DATE NOT NULL,
    stage          VARCHAR NOT NULL CHECK (stage IN ('raw', 'clean', 'extract')),
    article_id     VARCHAR NOT NULL,
    event_id       VARCHAR,
    reason         VARCHAR NOT NULL,
    record         JSON,
    rejected_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

COMMENT ON TABLE rejected IS 'Everything a stage refused, with the stage and the reason: nothing is dropped silently.';
COMMENT ON COLUMN rejected.stage IS 'raw (file unreadable or not HTML), clean (no article text, bad date), extract (an event failed its checks).';
COMMENT ON COLUMN rejected.event_id IS 'For events refused at extract: the event''s id; NULL for whole articles.';
COMMENT ON COLUMN rejected.record IS 'The refused event as JSON, for audit.';
