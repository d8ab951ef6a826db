-- Owner: report. The dashboard's cells are written by one transaction at a time.
--
-- Since V190 a trace appends its change to dashboard_cell_pending and a background fold writes it into
-- the cells once a second, while recoveries arriving, corrected or removed (and a current answer
-- removed) still write the cells directly, in their statements' triggers. Two such writers insert into
-- and update the same cells in different orders, and PostgreSQL found them deadlocked on the cells'
-- index: an import correcting recoveries failed while the fold ran. Every writer of the cells now
-- first takes one transaction-level lock, so writers queue instead: a statement on the recoveries or
-- removing current answers takes it before its triggers write (a trigger of its own, run first), and
-- the fold takes it before folding (dashboard_cell_fold_in_turn). The fold then waits for an import's
-- batch to commit (the dashboard counts what is pending meanwhile), and two imports' batches write
-- their cells in turn. Traces take no lock: they only append to the pending rows, as before.
CREATE FUNCTION dashboard_cells_write_lock() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('irontrace:dashboard_cell'))
$$;

CREATE FUNCTION dashboard_cells_locked_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_cells_write_lock();
    RETURN NULL;
END;
$$;

CREATE TRIGGER recovery_dashboard_locked_first BEFORE INSERT OR UPDATE OR DELETE ON recovery_store
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_cells_locked_first();
CREATE TRIGGER current_trace_dashboard_locked_first BEFORE DELETE ON current_trace
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_cells_locked_first();

CREATE FUNCTION dashboard_cell_fold_in_turn() RETURNS bigint LANGUAGE sql AS $$
    SELECT dashboard_cells_write_lock();
    SELECT dashboard_cell_fold();
$$;
