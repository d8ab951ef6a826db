-- A new recovery refreshes only the leads around it; these keep its look-ups to that neighbourhood.

-- Sales and loss reports at one counter (a dealer's figures, and the sales in the weeks around a
-- purchase when a buyer's crime gun links them to others who bought there).
CREATE INDEX custody_event_counter ON custody_event_store (from_licence, event_type, event_date);

-- Each dealer's ledger figures as of the latest refresh (a dealer touched by a new recovery is
-- brought up to date at once), summed per state for the peer comparison without reading the ledger.
CREATE TABLE intel_dealer_ledger (
    licence       text PRIMARY KEY,
    state         text,
    business_name text,
    sales         bigint NOT NULL,
    loss_reports  bigint NOT NULL,
    largest_loss  bigint NOT NULL,
    loss_days     bigint NOT NULL
);

CREATE INDEX intel_dealer_ledger_state ON intel_dealer_ledger (state);
