-- Owner: report. The dashboard's cells (V36, V37) gain the criminal group as a dimension, like the
-- crime code: every cell is split by the group the recoveries were attributed to (the catalogue's
-- key, null when none), so filtering by a group narrows every facet (its source states, makers,
-- calibres, time-to-crime, map) and the "by criminal group" table adds up the cells of one kind.
-- Most recoveries name no group, so the cells grow only by the groups actually named.
-- They also gain a facet of firearm types (as traced, else as the agency wrote it, as the reports
-- count them), so a group's view shows which guns it holds beside where they came from.

ALTER TABLE dashboard_cell ADD COLUMN criminal_group text, ADD COLUMN firearm_type text;

DROP INDEX dashboard_cell_key;
CREATE UNIQUE INDEX dashboard_cell_key ON dashboard_cell
    (kind, agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker, calibre, ttc,
     firearm_type, lat, lon) NULLS NOT DISTINCT;

CREATE OR REPLACE FUNCTION dashboard_cell_change(delta text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
    INSERT INTO dashboard_cell AS c (kind, agency, month, country, place, crime_code, criminal_group, outcome,
                                     source_state, maker, calibre, ttc, firearm_type, lat, lon, recovered, traced,
                                     us_sourced, established, located, placed)
    SELECT CASE GROUPING(outcome, source_state, maker, calibre, ttc, firearm_type, lat, lon)
                WHEN 255 THEN 'place' WHEN 127 THEN 'outcome' WHEN 191 THEN 'source_state' WHEN 223 THEN 'maker'
                WHEN 239 THEN 'calibre' WHEN 247 THEN 'ttc' WHEN 251 THEN 'type' ELSE 'point' END,
           agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker, calibre, ttc,
           firearm_type, lat, lon,
           sum(n), coalesce(sum(n) FILTER (WHERE outcome IS NOT NULL), 0),
           coalesce(sum(n) FILTER (WHERE outcome = 'US_SOURCED'), 0),
           coalesce(sum(n) FILTER (WHERE outcome IN ('US_SOURCED', 'NON_US_SOURCED')), 0),
           coalesce(sum(n) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), 0),
           coalesce(sum(n) FILTER (WHERE place IS NOT NULL), 0)
    FROM (
        SELECT agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker, calibre, ttc,
               firearm_type, lat, lon, sum(sign) AS n
        FROM (
            SELECT d.sign, d.agency, date_trunc('month', d.recovery_date)::date AS month, d.country,
                   upper(d.admin_area) AS place, coalesce(d.crime_code, 'UNKNOWN') AS crime_code, d.criminal_group,
                   CASE WHEN d.status IS NULL THEN NULL WHEN d.us_sourced THEN 'US_SOURCED'
                        WHEN NOT d.us_sourced THEN 'NON_US_SOURCED' ELSE 'UNDETERMINED' END AS outcome,
                   d.source_state, coalesce(d.t_maker, d.r_maker) AS maker,
                   coalesce(d.calibre_family, d.t_caliber, d.r_caliber) AS calibre,
                   dashboard_ttc_bucket(d.ttc) AS ttc, coalesce(d.t_type, d.r_type) AS firearm_type,
                   round(d.latitude * 10) / 10 AS lat, round(d.longitude * 10) / 10 AS lon
            FROM (%s) d) k
        GROUP BY agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker, calibre, ttc,
                 firearm_type, lat, lon) f
    GROUP BY agency, month, country, place, crime_code, criminal_group,
             GROUPING SETS ((), (outcome), (source_state), (maker), (calibre), (ttc), (firearm_type), (lat, lon))
    ON CONFLICT (kind, agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker, calibre,
                 ttc, firearm_type, lat, lon)
    DO UPDATE SET recovered = c.recovered + excluded.recovered, traced = c.traced + excluded.traced,
        us_sourced = c.us_sourced + excluded.us_sourced, established = c.established + excluded.established,
        located = c.located + excluded.located, placed = c.placed + excluded.placed
$q$, delta)
$f$;

CREATE OR REPLACE FUNCTION dashboard_cell_columns(sign integer, r text, t text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format('SELECT %s AS sign, %2$s.agency, %2$s.recovery_date, %2$s.country, %2$s.admin_area, %2$s.latitude,'
    || ' %2$s.longitude, %2$s.crime_code, %2$s.manufacturer AS r_maker, %2$s.calibre_family, %2$s.caliber AS r_caliber,'
    || ' %2$s.criminal_group_key AS criminal_group, %2$s.firearm_type AS r_type,'
    || ' %3$s.status, %3$s.us_sourced, %3$s.time_to_crime_days AS ttc, %3$s.source_state, %3$s.caliber AS t_caliber,'
    || ' %3$s.manufacturer AS t_maker, %3$s.firearm_type AS t_type', sign, r, t)
$f$;

-- The cells again, now split by group, with the firearm types.
TRUNCATE dashboard_cell;
DO $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(1, 'r', 't')
        || ' FROM recovery_store r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
END;
$$;
