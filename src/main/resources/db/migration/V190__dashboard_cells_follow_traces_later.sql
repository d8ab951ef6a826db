-- Owner: report. A trace no longer moves the dashboard's cells inside its own transaction.
--
-- Every recovery of one agency, month, country and place shares that place's cell and its facets'
-- cells, so each trace updated the same few rows as every other trace of its agency that month:
-- concurrent traces queued on those rows' locks until each other's commit, and each update left one
-- more dead version of a hot row for the next to step over (a trace's insert took 3 to 20 ms, most
-- of it there). A trace now appends its recovery's columns, leaving (-1) and entering (1), to
-- dashboard_cell_pending, a table with no key that nothing updates, in a statement planned once per
-- connection (the cells' own statement was planned again for every trace). The background folds
-- what is pending into the cells in one statement every second (DashboardCellUpkeep). The dashboard
-- reads the cells and dashboard_cell_waiting (the cells the pending rows make) together and adds them
-- up, so it still equals a count over the rows at every moment. Recoveries arriving, corrected or
-- removed still move the cells directly (an import is one statement, and the counts are sums, so the
-- order of the two paths does not matter).

-- The cells a change makes (V54's computation, now written once for both destinations): `delta`
-- answers, for each recovery entering (sign 1) or leaving (sign -1) the counts, its columns.
CREATE FUNCTION dashboard_cell_counts(delta text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
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
$q$, delta)
$f$;

CREATE OR REPLACE FUNCTION dashboard_cell_change(delta text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT 'INSERT INTO dashboard_cell AS c (kind, agency, month, country, place, crime_code, criminal_group, outcome,'
    || ' source_state, maker, calibre, ttc, firearm_type, lat, lon, recovered, traced, us_sourced, established,'
    || ' located, placed) ' || dashboard_cell_counts(delta)
    || ' ON CONFLICT (kind, agency, month, country, place, crime_code, criminal_group, outcome, source_state, maker,'
    || ' calibre, ttc, firearm_type, lat, lon)'
    || ' DO UPDATE SET recovered = c.recovered + excluded.recovered, traced = c.traced + excluded.traced,'
    || ' us_sourced = c.us_sourced + excluded.us_sourced, established = c.established + excluded.established,'
    || ' located = c.located + excluded.located, placed = c.placed + excluded.placed'
$f$;

-- The rows waiting: a recovery's columns with its former answer's (sign -1) or its new one's (1),
-- exactly as dashboard_cell_columns names them for the cells' computation.
DO $$
BEGIN
    EXECUTE 'CREATE TABLE dashboard_cell_pending AS ' || dashboard_cell_columns(1, 'r', 't')
        || ' FROM recovery_store r LEFT JOIN current_trace t ON false WITH NO DATA';
END;
$$;

-- The cells the waiting rows make, as the dashboard adds them to the folded cells.
DO $$
BEGIN
    EXECUTE 'CREATE VIEW dashboard_cell_waiting (kind, agency, month, country, place, crime_code, criminal_group,'
        || ' outcome, source_state, maker, calibre, ttc, firearm_type, lat, lon, recovered, traced, us_sourced,'
        || ' established, located, placed) AS '
        || dashboard_cell_counts('SELECT * FROM dashboard_cell_pending');
END;
$$;

-- A recovery's current trace answer arriving or changing (a re-trace): as in V36, its rows now kept
-- for later. The functions are written out from dashboard_cell_columns here, so that their insert is
-- a statement PL/pgSQL plans once and keeps, not one planned again at every trace.
DO $$
BEGIN
    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION dashboard_trace_arrived() RETURNS trigger LANGUAGE plpgsql AS $b$
        BEGIN
            INSERT INTO dashboard_cell_pending %s;
            RETURN NULL;
        END;
        $b$ $f$, dashboard_cell_columns(-1, 'r', 'u')
            || ' FROM fresh t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
            || ' LEFT JOIN current_trace u ON false'
            || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 't')
            || ' FROM fresh t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id');
    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION dashboard_trace_changed() RETURNS trigger LANGUAGE plpgsql AS $b$
        BEGIN
            INSERT INTO dashboard_cell_pending %s;
            RETURN NULL;
        END;
        $b$ $f$, dashboard_cell_columns(-1, 'r', 't')
            || ' FROM gone t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
            || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 't')
            || ' FROM fresh t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id');
END;
$$;
ALTER FUNCTION dashboard_trace_arrived() RESET ALL;
ALTER FUNCTION dashboard_trace_changed() RESET ALL;

-- A cell is empty only when every count is zero: while a trace's change waits, the cells alone may
-- hold a recovery's removal (a correction moved it away) whose arrival is still pending, recovered 0
-- but traced -1, which the pending +1 cancels. Removing that cell would lose the -1.
CREATE OR REPLACE FUNCTION dashboard_cell_tidy() RETURNS void LANGUAGE sql AS $$
DELETE FROM dashboard_cell
WHERE recovered = 0 AND traced = 0 AND us_sourced = 0 AND established = 0 AND located = 0 AND placed = 0
$$;

-- What is pending, added into the cells in one statement; empty cells removed. Answers how many
-- cells it changed. Rows appended by transactions still running stay for the next fold.
CREATE FUNCTION dashboard_cell_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    EXECUTE 'WITH moved AS (DELETE FROM dashboard_cell_pending RETURNING *) '
        || dashboard_cell_change('SELECT * FROM moved');
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM dashboard_cell_tidy();
    RETURN changed;
END;
$$;
