-- A ring's id is made from its first member's key (org.irontrace.network.RingStore.ringIdOf). A bare
-- SHA-256 of it let a reader who sees a ring test which resolved person (P1, P2 ...) leads it; the id
-- is now an HMAC under the installation's person-key secret (irontrace.person_key, V75), and the
-- rings stored and the leads about them are re-keyed in place, the analysts' work kept.
-- Owner: network (rings); the leads (intel) follow their rings.

CREATE TEMPORARY TABLE rekey (old text COLLATE "C" PRIMARY KEY, new text COLLATE "C" NOT NULL) ON COMMIT DROP;

INSERT INTO rekey
SELECT ring_id, 'R-' || left(encode(hmac(convert_to((SELECT min(m COLLATE "C") FROM unnest(members) m), 'UTF8'),
                                         decode(current_setting('irontrace.person_key'), 'hex'), 'sha256'), 'hex'), 16)
FROM network_ring;

DELETE FROM rekey WHERE old = new;

UPDATE network_ring SET ring_id = r.new FROM rekey r WHERE r.old = network_ring.ring_id;

UPDATE lead SET subject = irontrace_rekeyed(subject), evidence = irontrace_rekeyed(evidence::text)::jsonb,
                summary = irontrace_rekeyed(summary), summary_wording = irontrace_rekeyed(summary_wording::text)::jsonb
WHERE lead_type IN ('PERSON', 'RING') AND (evidence::text LIKE '%R-%' OR subject LIKE 'R-%');
