-- Owner: trace.
-- Each current answer carries the transaction that last changed it: the one that first stored it,
-- and again whichever replaces it with a later answer (a re-trace). Whoever copies current answers
-- elsewhere (another installation a recovery is granted to) reads the changes in (transaction,
-- recovery) order up to the oldest transaction still running: nothing below that can still appear,
-- so a copy that resumes from the last change it read misses none, however long a trace import runs.
-- A sequence would not do: a number drawn by a long import commits after later numbers are read.
ALTER TABLE current_trace ADD COLUMN changed_by xid8 NOT NULL DEFAULT pg_current_xact_id();

CREATE FUNCTION current_trace_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := pg_current_xact_id();
    RETURN NEW;
END;
$$;

CREATE TRIGGER current_trace_change_kept BEFORE UPDATE ON current_trace
    FOR EACH ROW WHEN (OLD.trace_id IS DISTINCT FROM NEW.trace_id) EXECUTE FUNCTION current_trace_changed();

CREATE INDEX current_trace_agency_changed ON current_trace (agency, changed_by, recovery_id);
