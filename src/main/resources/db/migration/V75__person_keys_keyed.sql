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

-- The keys already stored (graph, rings, sale groups, leads with the analysts' work on them) are
-- re-keyed in place, so nothing waits for a refresh and no lead loses its owner, status or outcome.
CREATE TEMPORARY TABLE person_rekey (old text COLLATE "C" PRIMARY KEY, new text COLLATE "C" NOT NULL) ON COMMIT DROP;

INSERT INTO person_rekey
SELECT DISTINCT ON (old) old, irontrace_person_key(f, l, d)
FROM (SELECT f, l, d, 'U:' || left(encode(sha256(convert_to(upper(concat_ws(' ', f, l, d)), 'UTF8')), 'hex'), 24) AS old
      FROM (SELECT DISTINCT purchaser_first_name AS f, purchaser_last_name AS l, purchaser_dob::text AS d FROM custody_event
            WHERE purchaser_first_name IS NOT NULL OR purchaser_last_name IS NOT NULL
            UNION
            SELECT DISTINCT possessor_first_name, possessor_last_name, possessor_dob::text FROM recovery
            WHERE possessor_first_name IS NOT NULL OR possessor_last_name IS NOT NULL) named) keyed;

-- Every old key and ring id in a text, replaced by its new one.
CREATE OR REPLACE FUNCTION pg_temp.rekeyed(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    found text[];
    result text := t;
BEGIN
    IF t IS NULL THEN
        RETURN NULL;
    END IF;
    FOR found IN SELECT DISTINCT regexp_matches(t, '(U:[0-9a-f]{24}|R-[0-9a-f]{16})', 'g') LOOP
        result := replace(result, found[1], COALESCE((SELECT new FROM person_rekey WHERE old = found[1]), found[1]));
    END LOOP;
    RETURN result;
END $$;

UPDATE network_gun SET purchaser_id = COALESCE((SELECT new FROM person_rekey WHERE old = purchaser_id), purchaser_id),
                       possessor_id = COALESCE((SELECT new FROM person_rekey WHERE old = possessor_id), possessor_id)
WHERE purchaser_id LIKE 'U:%' OR possessor_id LIKE 'U:%';

UPDATE network_person SET person_id = r.new FROM person_rekey r WHERE r.old = network_person.person_id;

UPDATE network_repeat_sale SET person = r.new FROM person_rekey r WHERE r.old = network_repeat_sale.person;

UPDATE intel_sale_group SET purchaser_id = r.new FROM person_rekey r WHERE r.old = intel_sale_group.purchaser_id;

-- A link keeps its two ends in order (a < b).
UPDATE network_link SET a = least(na, nb), b = greatest(na, nb),
                        detail = pg_temp.rekeyed(detail), detail_wording = pg_temp.rekeyed(detail_wording::text)::jsonb
FROM (SELECT ctid AS row_id, COALESCE((SELECT new FROM person_rekey WHERE old = a), a) AS na,
             COALESCE((SELECT new FROM person_rekey WHERE old = b), b) AS nb
      FROM network_link WHERE a LIKE 'U:%' OR b LIKE 'U:%') ends
WHERE network_link.ctid = ends.row_id;

-- A ring's id is made from its first member (org.irontrace.network.RingStore.ringIdOf): with new
-- keys the first member and so the id change; the ring's leads follow.
UPDATE network_ring SET members = pg_temp.rekeyed(members::text)::text[],
                        purchasers = pg_temp.rekeyed(purchasers::text)::text[]
WHERE members::text LIKE '%U:%' OR purchasers::text LIKE '%U:%';

INSERT INTO person_rekey
SELECT ring_id, 'R-' || left(encode(sha256(convert_to((SELECT min(m COLLATE "C") FROM unnest(members) m), 'UTF8')), 'hex'), 16)
FROM network_ring
ON CONFLICT (old) DO NOTHING;

DELETE FROM person_rekey WHERE old = new;

UPDATE network_ring SET ring_id = r.new FROM person_rekey r WHERE r.old = network_ring.ring_id;

UPDATE lead SET subject = pg_temp.rekeyed(subject), people = pg_temp.rekeyed(people::text)::jsonb,
                evidence = pg_temp.rekeyed(evidence::text)::jsonb, summary = pg_temp.rekeyed(summary),
                summary_wording = pg_temp.rekeyed(summary_wording::text)::jsonb
WHERE lead_type IN ('PERSON', 'RING');
