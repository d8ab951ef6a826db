-- Owner: network.
-- The tracing authority says in its answer whether the gun was part of a multiple sale (Form 3310.4,
-- trace_results.csv's multiple_sale). An agency without the US ledger cannot rebuild the sale group
-- itself, so the graph keeps the authority's word beside each traced gun, for the person leads. Rows
-- written before this read false until the next full refresh, which this marks due where there is a
-- graph (as V226 does).
ALTER TABLE network_gun ADD COLUMN reported_multiple_sale boolean NOT NULL DEFAULT false;
INSERT INTO intel_full_refresh_due (since) SELECT clock_timestamp() WHERE EXISTS (SELECT 1 FROM network_gun)
ON CONFLICT (only_row) DO UPDATE SET since = excluded.since;
