-- The retail sales of one counter in a span of days: the incremental refresh pairs a new crime
-- gun's buyer with everyone who bought at the same counters in the same weeks, and without this
-- it read every sale of the ledger to find those few.
CREATE INDEX custody_event_sold_licence ON custody_event_store (from_licence, event_date) WHERE event_type = 'SOLD';
