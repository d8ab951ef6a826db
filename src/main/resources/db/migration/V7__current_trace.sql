-- The current answer for each traced recovery: its latest trace result, with the facts that
-- reports and statistics count (status, reason, origin, time-to-crime, source state, the firearm
-- as traced). Kept in step by the database itself whenever a trace result is stored, whoever
-- stores it, so readers never search the history for the latest answer or open its JSON.

CREATE TABLE current_trace (
    agency             text COLLATE "C" NOT NULL,
    recovery_id        text COLLATE "C" NOT NULL,
    trace_id           uuid NOT NULL,
    traced_at          timestamptz NOT NULL,
    status             text NOT NULL,
    reason             text,
    us_sourced         boolean,
    time_to_crime_days integer,
    source_state       text,
    firearm_type       text,
    caliber            text,
    manufacturer       text,
    made_in            text,
    PRIMARY KEY (agency, recovery_id)
);

CREATE FUNCTION current_trace_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO current_trace AS c
    SELECT DISTINCT ON (agency, recovery_id)
           agency, recovery_id, trace_id, traced_at, status, reason, us_sourced, time_to_crime_days,
           result -> 'firstRetailSale' ->> 'state', result -> 'firearm' ->> 'firearmType',
           result -> 'firearm' ->> 'caliber', result -> 'firearm' ->> 'manufacturer',
           result -> 'firearm' ->> 'countryOfManufacture'
    FROM stored
    ORDER BY agency, recovery_id, traced_at DESC
    ON CONFLICT (agency, recovery_id) DO UPDATE SET
        trace_id = excluded.trace_id, traced_at = excluded.traced_at, status = excluded.status,
        reason = excluded.reason, us_sourced = excluded.us_sourced,
        time_to_crime_days = excluded.time_to_crime_days, source_state = excluded.source_state,
        firearm_type = excluded.firearm_type, caliber = excluded.caliber,
        manufacturer = excluded.manufacturer, made_in = excluded.made_in
    WHERE c.traced_at <= excluded.traced_at;
    RETURN NULL;
END;
$$;

CREATE TRIGGER trace_result_current AFTER INSERT ON trace_result
    REFERENCING NEW TABLE AS stored FOR EACH STATEMENT EXECUTE FUNCTION current_trace_follows();

INSERT INTO current_trace
SELECT DISTINCT ON (agency, recovery_id)
       agency, recovery_id, trace_id, traced_at, status, reason, us_sourced, time_to_crime_days,
       result -> 'firstRetailSale' ->> 'state', result -> 'firearm' ->> 'firearmType',
       result -> 'firearm' ->> 'caliber', result -> 'firearm' ->> 'manufacturer',
       result -> 'firearm' ->> 'countryOfManufacture'
FROM trace_result
ORDER BY agency, recovery_id, traced_at DESC;
