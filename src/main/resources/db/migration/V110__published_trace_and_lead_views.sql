-- Each module owns its tables; what others read of them is published (db/tables/<module>.tables).
-- trace keeps its results in trace_result and may reshape that table; incidents, the link graph and
-- agency monitoring read the history through this view, whose columns trace promises to keep.
-- Owner: trace.
CREATE VIEW trace_history AS
SELECT trace_id, agency, recovery_id, traced_at, status, reason, us_sourced, time_to_crime_days, result
FROM trace_result;

-- The leads' standing for agency monitoring: status, outcome and the agencies each rests on, the
-- analysts' notes and the evidence left with intel. Owner: intel.
CREATE VIEW active_lead AS
SELECT lead_id, lead_type, status, outcome, contributing_agencies
FROM lead
WHERE active;
