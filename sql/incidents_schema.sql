-- Incidents: events from different articles that report one happening, merged (pipelines/incidents/).
-- Applied after schema.sql; safe to run again.

CREATE TABLE IF NOT EXISTS incidents (
    incident_id     VARCHAR PRIMARY KEY,
    event_date      DATE NOT NULL,
    date_precision  TINYINT NOT NULL,
    country         VARCHAR,
    admin1          VARCHAR,
    location        VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    event_type      VARCHAR NOT NULL,
    sub_event_type  VARCHAR NOT NULL,
    fatalities      INTEGER NOT NULL,
    fatalities_low  INTEGER NOT NULL,
    fatalities_high INTEGER NOT NULL,
    injuries        INTEGER NOT NULL,
    source_count    INTEGER NOT NULL,
    mention_count   INTEGER NOT NULL,
    source_urls     VARCHAR[] NOT NULL,
    event_ids       VARCHAR[] NOT NULL,
    first_published DATE NOT NULL,
    last_published  DATE NOT NULL
);

COMMENT ON TABLE incidents IS 'One row per incident: the events of several articles that report the same happening, merged. Sum fatalities here, not in events, to count each incident once.';
COMMENT ON COLUMN incidents.incident_id IS 'Stable id: inc- and the event_id of the incident''s earliest report; the same whatever order partitions load in.';
COMMENT ON COLUMN incidents.fatalities IS 'Reconciled best estimate: the most recent report with a count above zero (the lowest of that day''s reports).';
COMMENT ON COLUMN incidents.fatalities_low IS 'Lowest figure any report gives (its fatalities_low).';
COMMENT ON COLUMN incidents.fatalities_high IS 'Highest figure any report gives (its fatalities_high).';
COMMENT ON COLUMN incidents.source_count IS 'Number of distinct source URLs reporting the incident.';
COMMENT ON COLUMN incidents.mention_count IS 'Number of event rows (mentions) merged into the incident.';
COMMENT ON COLUMN incidents.source_urls IS 'The reporting articles'' URLs.';
COMMENT ON COLUMN incidents.event_ids IS 'The merged rows of events, each with its own numbers for audit.';

CREATE TABLE IF NOT EXISTS event_incidents (
    event_id    VARCHAR PRIMARY KEY,
    article_id  VARCHAR NOT NULL,
    incident_id VARCHAR NOT NULL
);

COMMENT ON TABLE event_incidents IS 'Which incident each event (mention) belongs to.';

CREATE OR REPLACE VIEW incident_mentions AS
SELECT i.incident_id, e.event_id, e.source_url, e.published_date, e.event_date, e.location,
       e.fatalities, e.fatalities_low, e.fatalities_high, e.injuries, e.evidence
FROM event_incidents i JOIN events e USING (event_id);
