-- Owner: report. The trace results whose custody chain holds an EXPORTED event: guns a US licensee
-- exported legally (declared, licensed) before they were recovered, which the reports count apart
-- from the trafficked ones (GAO-21-322: about 8% of US-sourced crime guns in the Caribbean). Kept
-- by the database as results are stored, so the reports join a narrow table of ids instead of
-- opening every result's JSON. Trace results are never updated or deleted, only added.

CREATE TABLE exported_trace (
    trace_id uuid PRIMARY KEY
);

CREATE FUNCTION exported_trace_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO exported_trace
    SELECT trace_id FROM stored_exports WHERE result -> 'chain' @> '[{"eventType": "EXPORTED"}]'
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER trace_result_exported AFTER INSERT ON trace_result
    REFERENCING NEW TABLE AS stored_exports FOR EACH STATEMENT EXECUTE FUNCTION exported_trace_follows();

INSERT INTO exported_trace
SELECT trace_id FROM trace_result WHERE result -> 'chain' @> '[{"eventType": "EXPORTED"}]';
