-- Owned by the network module, published for the interdiction module (V92). A person of the graph is
-- matched by every name the records behind them carry, not only the one network_person keeps: a
-- resolved person may hold both the purchaser's record and a possessor's record under another name,
-- and a shipper writes the name they bought under. The purchaser's name comes from the sale, the
-- possessor's from the recovery.
CREATE OR REPLACE FUNCTION network_people_by_name(p_agencies text[], p_everything boolean)
RETURNS TABLE (name_key text, address_key text, purchaser boolean, possessor boolean, ring_member boolean, guns_bought integer)
LANGUAGE sql STABLE AS $$
    WITH guns AS (
        SELECT g.agency, g.recovery_id, g.purchaser_id, g.possessor_id, g.sale_event_id
        FROM network_gun g
        WHERE p_everything OR g.agency = ANY(p_agencies)
    ), bought AS (
        SELECT purchaser_id AS person_id, count(*)::integer AS crime_guns FROM guns
        WHERE purchaser_id IS NOT NULL GROUP BY purchaser_id
    ), repeat_buyers AS (
        SELECT person, max(guns) AS guns FROM network_repeat_sale GROUP BY person
    ), named AS (
        SELECT g.purchaser_id AS person_id,
               party_name_key(e.purchaser_first_name || ' ' || e.purchaser_last_name) AS name_key,
               party_name_key(e.purchaser_street || ' ' || coalesce(e.purchaser_postal_code, '')) AS address_key,
               true AS purchaser, false AS possessor
        FROM guns g JOIN custody_event e ON e.event_id = g.sale_event_id
        WHERE g.purchaser_id IS NOT NULL
        UNION ALL
        SELECT g.possessor_id, party_name_key(r.possessor_first_name || ' ' || r.possessor_last_name), NULL, false, true
        FROM guns g JOIN recovery r ON r.agency = g.agency AND r.recovery_id = g.recovery_id
        WHERE g.possessor_id IS NOT NULL
        UNION ALL
        SELECT p.person_id, party_name_key(p.first_name || ' ' || p.last_name), NULL,
               EXISTS (SELECT 1 FROM guns g WHERE g.purchaser_id = p.person_id),
               EXISTS (SELECT 1 FROM guns g WHERE g.possessor_id = p.person_id)
        FROM network_person p
        WHERE p.person_id IN (SELECT purchaser_id FROM guns UNION SELECT possessor_id FROM guns)
    )
    SELECT n.name_key, n.address_key, n.purchaser, n.possessor,
           EXISTS (SELECT 1 FROM network_ring ring WHERE ring.members @> ARRAY[n.person_id]::text[]),
           greatest(coalesce(b.crime_guns, 0), coalesce(rb.guns, 0))
    FROM named n
    LEFT JOIN bought b ON b.person_id = n.person_id
    LEFT JOIN repeat_buyers rb ON rb.person = n.person_id
    WHERE n.name_key IS NOT NULL
$$;
