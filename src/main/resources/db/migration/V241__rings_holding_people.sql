-- Owner: network.
-- The rings holding any of these people (as members, or as purchasers of their guns), through the
-- rings' array indexes one person at a time. Written as "members && people", a list of a few hundred
-- people is planned as a scan of every ring, each ring compared with every person in the list: 0.4 s
-- at 5,000 rings against 0.06 s this way, in the knock-on of one new recovery (BENCHMARKS.md,
-- "Ring look-ups for many people", 2026-12-07). Used as "ring_id = ANY(network_rings_holding(...))",
-- which reads the rings found by their key.
CREATE OR REPLACE FUNCTION network_rings_holding(people text[]) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT x.ring_id), '{}')
    FROM unnest(people) p JOIN network_ring x ON x.members @> ARRAY[p]
$$;

CREATE OR REPLACE FUNCTION network_rings_bought_by(people text[]) RETURNS text[] LANGUAGE sql STABLE AS $$
    SELECT coalesce(array_agg(DISTINCT x.ring_id), '{}')
    FROM unnest(people) p JOIN network_ring x ON x.purchasers @> ARRAY[p]
$$;
