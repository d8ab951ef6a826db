-- A person not yet resolved is keyed by a digest of name and birth date. A bare SHA-256 of them
-- could be matched by anyone hashing common names against birth dates, so the digest is now an
-- HMAC under the installation's own key (setting irontrace.person_key, derived from the key folder
-- and set on each of IronTrace's connections like irontrace.personal_key, V6): two installations
-- key the same person differently and nobody without the key folder can test a guess.
-- Owner: network (every module keys people through org.irontrace.network.PersonKeys).

CREATE FUNCTION irontrace_person_key(first_name text, last_name text, dob text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN first_name IS NOT NULL OR last_name IS NOT NULL THEN
        'U:' || left(encode(hmac(convert_to(upper(concat_ws(' ', first_name, last_name, dob)), 'UTF8'),
                                 decode(current_setting('irontrace.person_key'), 'hex'), 'sha256'), 'hex'), 24) END
$$;

-- Every person key and ring id in a text that the upgrade's temporary table rekey maps, replaced by
-- its new one: the upgrades that re-key what is stored (this one, V77) share it.
CREATE FUNCTION irontrace_rekeyed(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    found text[];
    result text := t;
BEGIN
    IF t IS NULL THEN
        RETURN NULL;
    END IF;
    FOR found IN SELECT DISTINCT regexp_matches(t, '(U:[0-9a-f]{24}|R-[0-9a-f]{16})', 'g') LOOP
        result := replace(result, found[1], COALESCE((SELECT new FROM rekey WHERE old = found[1]), found[1]));
    END LOOP;
    RETURN result;
END $$;

-- The keys already stored (graph, rings, sale groups, leads with the analysts' work on them) are
-- re-keyed in place, so nothing waits for a refresh and no lead loses its owner, status or outcome.
CREATE TEMPORARY TABLE rekey (old text COLLATE "C" PRIMARY KEY, new text COLLATE "C" NOT NULL) ON COMMIT DROP;

INSERT INTO rekey
SELECT DISTINCT ON (old) old, irontrace_person_key(f, l, d)
FROM (SELECT f, l, d, 'U:' || left(encode(sha256(convert_to(upper(concat_ws(' ', f, l, d)), 'UTF8')), 'hex'), 24) AS old
      FROM (SELECT DISTINCT purchaser_first_name AS f, purchaser_last_name AS l, purchaser_dob::text AS d FROM custody_event
            WHERE purchaser_first_name IS NOT NULL OR purchaser_last_name IS NOT NULL
            UNION
            SELECT DISTINCT possessor_first_name, possessor_last_name, possessor_dob::text FROM recovery
            WHERE possessor_first_name IS NOT NULL OR possessor_last_name IS NOT NULL) named) keyed;

UPDATE network_gun SET purchaser_id = COALESCE((SELECT new FROM rekey WHERE old = purchaser_id), purchaser_id),
                       possessor_id = COALESCE((SELECT new FROM rekey WHERE old = possessor_id), possessor_id)
WHERE purchaser_id LIKE 'U:%' OR possessor_id LIKE 'U:%';

UPDATE network_person SET person_id = r.new FROM rekey r WHERE r.old = network_person.person_id;

UPDATE network_repeat_sale SET person = r.new FROM rekey r WHERE r.old = network_repeat_sale.person;

UPDATE intel_sale_group SET purchaser_id = r.new FROM rekey r WHERE r.old = intel_sale_group.purchaser_id;

-- A link keeps its two ends in order (a < b).
UPDATE network_link SET a = least(na, nb), b = greatest(na, nb),
                        detail = irontrace_rekeyed(detail), detail_wording = irontrace_rekeyed(detail_wording::text)::jsonb
FROM (SELECT ctid AS row_id, COALESCE((SELECT new FROM rekey WHERE old = a), a) AS na,
             COALESCE((SELECT new FROM rekey WHERE old = b), b) AS nb
      FROM network_link WHERE a LIKE 'U:%' OR b LIKE 'U:%') ends
WHERE network_link.ctid = ends.row_id;

-- A ring's id is made from its first member (org.irontrace.network.RingStore.ringIdOf): with new
-- keys the first member and so the id change; the ring's leads follow.
UPDATE network_ring SET members = irontrace_rekeyed(members::text)::text[],
                        purchasers = irontrace_rekeyed(purchasers::text)::text[]
WHERE members::text LIKE '%U:%' OR purchasers::text LIKE '%U:%';

INSERT INTO rekey
SELECT ring_id, 'R-' || left(encode(sha256(convert_to((SELECT min(m COLLATE "C") FROM unnest(members) m), 'UTF8')), 'hex'), 16)
FROM network_ring
ON CONFLICT (old) DO NOTHING;

DELETE FROM rekey WHERE old = new;

UPDATE network_ring SET ring_id = r.new FROM rekey r WHERE r.old = network_ring.ring_id;

UPDATE lead SET subject = irontrace_rekeyed(subject), people = irontrace_rekeyed(people::text)::jsonb,
                evidence = irontrace_rekeyed(evidence::text)::jsonb, summary = irontrace_rekeyed(summary),
                summary_wording = irontrace_rekeyed(summary_wording::text)::jsonb
WHERE lead_type IN ('PERSON', 'RING');
