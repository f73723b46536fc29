-- Views for analysts. Applied by the pipeline after schema.sql; each replaces its older self.

CREATE OR REPLACE VIEW events_per_country_day AS
SELECT country, country_iso3, event_date,
       count(*) AS events, sum(fatalities) AS fatalities, sum(injuries) AS injuries
FROM events
GROUP BY ALL;

CREATE OR REPLACE VIEW events_per_country_month AS
SELECT country, country_iso3, date_trunc('month', event_date)::DATE AS month,
       count(*) AS events, sum(fatalities) AS fatalities, sum(injuries) AS injuries
FROM events
GROUP BY ALL;

CREATE OR REPLACE VIEW latest_events AS
SELECT event_date, country, location, event_type, sub_event_type, actor1, actor2,
       fatalities, injuries, source_title, source_url
FROM events
ORDER BY event_date DESC, fatalities DESC;

CREATE OR REPLACE VIEW articles_per_day AS
SELECT partition_date, status, count(*) AS articles
FROM articles
GROUP BY ALL;
