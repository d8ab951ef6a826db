-- Owned by the trace module (and commerce's custody_event_store index, which only trace's import used).
-- Importing the tracing authority's answers wrote, for each answer, an entry in an index of the custody
-- evidence by trace number and a row with its key in the list of recoveries to trace again: two index
-- entries per answer, as much as the answers' own second index. The evidence of a corrected answer is
-- found by its event ids instead (trace/AGENCY/NUMBER/step, a range of the custody rows' primary key),
-- and the recoveries to trace again are kept as one row per imported batch.

DROP INDEX custody_event_answer;

CREATE TEMP TABLE pending_before ON COMMIT DROP AS
SELECT array_agg(agency ORDER BY agency, recovery_id) AS agencies,
       array_agg(recovery_id ORDER BY agency, recovery_id) AS recovery_ids
FROM trace_answer_pending
HAVING count(*) > 0;

DROP TABLE trace_answer_pending;

CREATE TABLE trace_answer_pending (
    batch        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The recoveries one batch of answers left to trace again: agency and id at the same position.
    agencies     text[] COLLATE "C" NOT NULL,
    recovery_ids text[] COLLATE "C" NOT NULL
);

INSERT INTO trace_answer_pending (agencies, recovery_ids) SELECT agencies, recovery_ids FROM pending_before;
