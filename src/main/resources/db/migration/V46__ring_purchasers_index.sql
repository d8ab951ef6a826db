-- The rings a purchaser's guns went to, for the person leads a new recovery refreshes.
CREATE INDEX network_ring_purchasers ON network_ring USING gin (purchasers);
