-- The dashboard's counts, kept by the database itself as current_trace is (V7): for every agency,
-- month, recovering country, place and crime code, how many recoveries there are, split one facet
-- at a time (the latest trace's outcome, source state, maker, calibre family, time-to-crime
-- bucket, 0.1-degree map cell). The dashboard adds up these cells instead of reading a million
-- recoveries; agency stays a dimension because what may be counted is decided per agency.
--
-- Statement-level triggers on the recoveries and on the current trace answers add each change's
-- difference (old rows out, new rows in), so a re-trace moves a recovery from one cell to another
-- and the counts stay exactly those of the rows (DashboardCellsTest compares them).

CREATE TABLE dashboard_cell (
    kind         text NOT NULL,
    agency       text NOT NULL,
    month        date NOT NULL,
    country      text NOT NULL,
    place        text,
    crime_code   text NOT NULL,
    outcome      text,
    source_state text,
    maker        text,
    calibre      text,
    ttc          integer,
    lat          double precision,
    lon          double precision,
    recovered    bigint NOT NULL,
    traced       bigint NOT NULL,
    us_sourced   bigint NOT NULL,
    established  bigint NOT NULL,
    located      bigint NOT NULL,
    placed       bigint NOT NULL
);

CREATE UNIQUE INDEX dashboard_cell_key ON dashboard_cell
    (kind, agency, month, country, place, crime_code, outcome, source_state, maker, calibre, ttc, lat, lon) NULLS NOT DISTINCT;
CREATE INDEX dashboard_cell_month ON dashboard_cell (month);
-- Cells whose recoveries all moved away, found without a scan and removed after each change.
CREATE INDEX dashboard_cell_empty ON dashboard_cell (kind) WHERE recovered = 0;

-- The statement adding up a difference: `delta` is a query answering, for each recovery entering
-- (sign 1) or leaving (sign -1) the counts, its recovery columns and its current trace's (null when
-- untraced). The keys are computed exactly as DashboardFacts computes them from the rows.
CREATE FUNCTION dashboard_cell_change(delta text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format($q$
    INSERT INTO dashboard_cell AS c
    SELECT CASE GROUPING(outcome, source_state, maker, calibre, ttc, lat, lon)
                WHEN 127 THEN 'place' WHEN 63 THEN 'outcome' WHEN 95 THEN 'source_state' WHEN 111 THEN 'maker'
                WHEN 119 THEN 'calibre' WHEN 123 THEN 'ttc' ELSE 'point' END,
           agency, month, country, place, crime_code, outcome, source_state, maker, calibre, ttc, lat, lon,
           sum(sign), coalesce(sum(sign) FILTER (WHERE status IS NOT NULL), 0),
           coalesce(sum(sign) FILTER (WHERE outcome = 'US_SOURCED'), 0),
           coalesce(sum(sign) FILTER (WHERE outcome IN ('US_SOURCED', 'NON_US_SOURCED')), 0),
           coalesce(sum(sign) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), 0),
           coalesce(sum(sign) FILTER (WHERE place IS NOT NULL), 0)
    FROM (
        SELECT d.sign, d.agency, date_trunc('month', d.recovery_date)::date AS month, d.country,
               upper(d.admin_area) AS place, coalesce(d.crime_code, 'UNKNOWN') AS crime_code, d.status,
               CASE WHEN d.status IS NULL THEN NULL WHEN d.us_sourced THEN 'US_SOURCED'
                    WHEN NOT d.us_sourced THEN 'NON_US_SOURCED' ELSE 'UNDETERMINED' END AS outcome,
               d.source_state, coalesce(d.t_maker, d.r_maker) AS maker,
               coalesce(d.calibre_family, d.t_caliber, d.r_caliber) AS calibre,
               dashboard_ttc_bucket(d.ttc) AS ttc,
               round(d.latitude * 10) / 10 AS lat, round(d.longitude * 10) / 10 AS lon
        FROM (%s) d) k
    GROUP BY agency, month, country, place, crime_code,
             GROUPING SETS ((), (outcome), (source_state), (maker), (calibre), (ttc), (lat, lon))
    ON CONFLICT (kind, agency, month, country, place, crime_code, outcome, source_state, maker, calibre, ttc, lat, lon)
    DO UPDATE SET recovered = c.recovered + excluded.recovered, traced = c.traced + excluded.traced,
        us_sourced = c.us_sourced + excluded.us_sourced, established = c.established + excluded.established,
        located = c.located + excluded.located, placed = c.placed + excluded.placed
$q$, delta)
$f$;

-- ATF's time-to-crime buckets (TimeToCrimeBuckets): under 91 days, 213, 365, 730, 1095, and more.
CREATE FUNCTION dashboard_ttc_bucket(days integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN days IS NULL THEN NULL WHEN days < 91 THEN 0 WHEN days < 213 THEN 1 WHEN days < 365 THEN 2
            WHEN days < 730 THEN 3 WHEN days < 1095 THEN 4 ELSE 5 END
$$;

-- The recovery's columns and its trace's, under the names dashboard_cell_change expects.
CREATE FUNCTION dashboard_cell_columns(sign integer, r text, t text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
SELECT format('SELECT %s AS sign, %2$s.agency, %2$s.recovery_date, %2$s.country, %2$s.admin_area, %2$s.latitude,'
    || ' %2$s.longitude, %2$s.crime_code, %2$s.manufacturer AS r_maker, %2$s.calibre_family, %2$s.caliber AS r_caliber,'
    || ' %3$s.status, %3$s.us_sourced, %3$s.time_to_crime_days AS ttc, %3$s.source_state, %3$s.caliber AS t_caliber,'
    || ' %3$s.manufacturer AS t_maker', sign, r, t)
$f$;

CREATE FUNCTION dashboard_cell_tidy() RETURNS void LANGUAGE sql AS $$
DELETE FROM dashboard_cell WHERE recovered = 0
$$;

-- Recoveries arriving, changing or leaving: their own columns with their current trace's.
CREATE FUNCTION dashboard_recovery_arrived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(1, 'r', 't')
        || ' FROM fresh r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
    RETURN NULL;
END;
$$;

CREATE FUNCTION dashboard_recovery_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id'
        || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 't')
        || ' FROM fresh r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE FUNCTION dashboard_recovery_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

-- A recovery's current trace answer arriving, changing (a re-trace) or leaving: the recovery
-- leaves the cells of its former answer (none: untraced) and enters those of the new one.
CREATE FUNCTION dashboard_trace_arrived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 'u')
        || ' FROM fresh t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
        || ' LEFT JOIN current_trace u ON false'
        || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 't')
        || ' FROM fresh t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE FUNCTION dashboard_trace_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
        || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 't')
        || ' FROM fresh t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE FUNCTION dashboard_trace_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
        || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 'u')
        || ' FROM gone t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
        || ' LEFT JOIN current_trace u ON false');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE TRIGGER recovery_dashboard_arrived AFTER INSERT ON recovery_store
    REFERENCING NEW TABLE AS fresh FOR EACH STATEMENT EXECUTE FUNCTION dashboard_recovery_arrived();
CREATE TRIGGER recovery_dashboard_changed AFTER UPDATE ON recovery_store
    REFERENCING OLD TABLE AS gone NEW TABLE AS fresh FOR EACH STATEMENT EXECUTE FUNCTION dashboard_recovery_changed();
CREATE TRIGGER recovery_dashboard_left AFTER DELETE ON recovery_store
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION dashboard_recovery_left();
CREATE TRIGGER current_trace_dashboard_arrived AFTER INSERT ON current_trace
    REFERENCING NEW TABLE AS fresh FOR EACH STATEMENT EXECUTE FUNCTION dashboard_trace_arrived();
CREATE TRIGGER current_trace_dashboard_changed AFTER UPDATE ON current_trace
    REFERENCING OLD TABLE AS gone NEW TABLE AS fresh FOR EACH STATEMENT EXECUTE FUNCTION dashboard_trace_changed();
CREATE TRIGGER current_trace_dashboard_left AFTER DELETE ON current_trace
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION dashboard_trace_left();

-- The recoveries already stored.
DO $$
BEGIN
    EXECUTE dashboard_cell_change(dashboard_cell_columns(1, 'r', 't')
        || ' FROM recovery_store r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
END;
$$;
