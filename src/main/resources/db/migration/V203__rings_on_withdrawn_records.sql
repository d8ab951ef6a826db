-- Owner: network.
-- Whether a ring's guns include a record another installation granted (written NAME:AGENCY/ID) that
-- is no longer held here at FULL with LEADS (federation's foreign_graph_record, V201): revoked, and
-- the revocation heard. Such a ring, and the ring lead about it, is shown to nobody from that moment
-- until the graph is brought up to date without the record. The rule once, for rings and their leads.
CREATE FUNCTION network_rests_on_withdrawn_records(guns text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM unnest(guns) gun
        WHERE strpos(gun, ':') > 0 AND strpos(gun, ':') < strpos(gun, '/')
          AND NOT EXISTS (SELECT 1 FROM foreign_graph_record f
                          WHERE f.installation = split_part(gun, ':', 1)
                            AND f.owner_agency = split_part(substr(gun, strpos(gun, ':') + 1), '/', 1)
                            AND f.recovery_id = substr(gun, strpos(gun, '/') + 1)))
$$;
