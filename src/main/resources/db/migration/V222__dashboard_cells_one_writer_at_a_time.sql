-- Owner: report. The dashboard's cells are written by one transaction at a time.
--
-- Since V190 a trace appends its change to dashboard_cell_pending and a background fold writes it into
-- the cells once a second, while recoveries arriving, corrected or removed (and a current answer
-- removed) still write the cells directly. Two such writers insert into and update the same cells in
-- different orders, and PostgreSQL found them deadlocked on the cells' index: an import correcting
-- recoveries failed while the fold ran. Every statement that writes the cells now first takes one
-- transaction-level lock, so writers queue instead: the fold waits for an import's batch to commit
-- (the dashboard counts what is pending meanwhile), and two imports' batches write their cells one
-- after the other. Traces take no lock: they only append to the pending rows, as before.
CREATE FUNCTION dashboard_cells_write_lock() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('irontrace:dashboard_cell'))
$$;

CREATE OR REPLACE FUNCTION dashboard_recovery_arrived() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_cells_write_lock();
    EXECUTE dashboard_cell_change(dashboard_cell_columns(1, 'r', 't')
        || ' FROM fresh r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_recovery_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_cells_write_lock();
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id'
        || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 't')
        || ' FROM fresh r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_recovery_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_cells_write_lock();
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_trace_left() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_cells_write_lock();
    EXECUTE dashboard_cell_change(dashboard_cell_columns(-1, 'r', 't')
        || ' FROM gone t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
        || ' UNION ALL ' || dashboard_cell_columns(1, 'r', 'u')
        || ' FROM gone t JOIN recovery_store r ON r.agency = t.agency AND r.recovery_id = t.recovery_id'
        || ' LEFT JOIN current_trace u ON false');
    PERFORM dashboard_cell_tidy();
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_cell_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
BEGIN
    PERFORM dashboard_cells_write_lock();
    EXECUTE 'WITH moved AS (DELETE FROM dashboard_cell_pending RETURNING *) '
        || dashboard_cell_change('SELECT * FROM moved');
    GET DIAGNOSTICS changed = ROW_COUNT;
    PERFORM dashboard_cell_tidy();
    RETURN changed;
END;
$$;

-- As V37: an import's batch aggregates its recoveries into the cells in memory.
ALTER FUNCTION dashboard_recovery_arrived() SET work_mem = '512MB';
ALTER FUNCTION dashboard_recovery_changed() SET work_mem = '512MB';
ALTER FUNCTION dashboard_recovery_left() SET work_mem = '512MB';
ALTER FUNCTION dashboard_trace_left() SET work_mem = '512MB';
