-- Owner: network.
-- The members of a ring who were found with its guns and bought none of the crime guns the graph
-- holds: the people a straw ring supplies, not its buyers. A ring lead lists them apart from the
-- ring's members, so that a ring's size is that of the crew that bought for it (the domain's ring:
-- purchasers tied by addresses, seizures, ballistics), and a receiver supplied by several rings, or
-- named again in every seizure without a birth date, does not bury the buyers. Every member stays in
-- members, so look-ups by person are unchanged.
ALTER TABLE network_ring ADD COLUMN receivers text[] NOT NULL DEFAULT '{}';

UPDATE network_ring r
SET receivers = COALESCE((
    SELECT array_agg(DISTINCT g.possessor_id ORDER BY g.possessor_id)
    FROM network_gun g
    WHERE g.possessor_id = ANY(r.members)
      AND (g.agency || '/' || g.recovery_id) = ANY(r.guns)
      AND NOT EXISTS (SELECT 1 FROM network_gun p WHERE p.purchaser_id = g.possessor_id)), '{}');
