-- Owner: network.
-- A ring lists apart the people it holds only loosely: members with no bound group of their own in the
-- ring (no shared address or document, no guns seized together, no ballistic thread with its other
-- members), tied to its bound members by less than one such link's strength in all and by less than half
-- of all their own ties. A lawful buyer seen once beside a ring's member at a busy counter is reached by
-- the ring's links but is not one of its crew. The lists follow at the next full refresh, which this
-- migration marks due where there is a graph (intel_full_refresh_due, V225).
ALTER TABLE network_ring ADD COLUMN beside text[] NOT NULL DEFAULT '{}';
INSERT INTO intel_full_refresh_due (since) SELECT clock_timestamp() WHERE EXISTS (SELECT 1 FROM network_gun)
ON CONFLICT (only_row) DO UPDATE SET since = excluded.since;
