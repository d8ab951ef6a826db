-- Owner: intel.
-- A full refresh that fell due, written down so that it outlives the process. The leads' upkeep kept
-- every trace event that called for one (with its recovery ids) until the refresh was done, so that
-- the event registry could hand it back after a stop: an agency's bulk run of a million answers held
-- them all. With this row the events are told done as soon as it is written, a start that finds it
-- runs the refresh, and a refresh removes it only when no newer need came meanwhile (since unchanged).
-- A migration that changes a rule the graph is built by writes it too.
CREATE TABLE intel_full_refresh_due (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    since    timestamptz NOT NULL
);
