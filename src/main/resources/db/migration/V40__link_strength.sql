-- How strongly a link ties two people, for splitting linked groups into rings: a shared identity
-- document or address weighs most, guns seized together or found with the other person next,
-- buying at the same counters in the same weeks least (see org.irontrace.network.LinkStrength).
ALTER TABLE network_link ADD COLUMN strength double precision NOT NULL DEFAULT 1;

