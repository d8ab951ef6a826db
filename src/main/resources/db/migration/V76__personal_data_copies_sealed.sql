-- Birth dates and identity-document numbers are sealed where they are first stored (V6, V49, V58);
-- the copies the system derives from them are sealed the same way, so that a copy of the database
-- holds none of them in clear:
--   trace_result   (owner: trace)   the first retail purchaser's birth date in the stored answer;
--   network_person (owner: network) the birth date each person of the graph is shown with;
--   network_link   (owner: network) the identity document two buyers both showed;
--   lead           (owner: intel)   the birth dates of a lead's people (read from network_person now).
-- IronTrace reads them back through irontrace_unseal on its own connections, as before.

-- A trace result keeps its purchaser's birth date beside the answer, sealed: a row trigger moves it
-- out of the JSON whoever writes the row (one AES block per traced sale, nothing for the rest).
ALTER TABLE trace_result ADD COLUMN purchaser_dob_sealed bytea;

CREATE FUNCTION trace_result_seals_dob() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.purchaser_dob_sealed := irontrace_seal(NEW.result #>> '{firstRetailSale,purchaser,dob}');
    NEW.result := NEW.result #- '{firstRetailSale,purchaser,dob}';
    RETURN NEW;
END;
$$;

CREATE TRIGGER trace_result_dob_sealed BEFORE INSERT ON trace_result FOR EACH ROW
    WHEN (NEW.result #>> '{firstRetailSale,purchaser,dob}' IS NOT NULL) EXECUTE FUNCTION trace_result_seals_dob();

UPDATE trace_result SET purchaser_dob_sealed = irontrace_seal(result #>> '{firstRetailSale,purchaser,dob}'),
                        result = result #- '{firstRetailSale,purchaser,dob}'
WHERE result #>> '{firstRetailSale,purchaser,dob}' IS NOT NULL;

-- The graph's people: the store holds the birth date sealed, the view keeps the name readers use.
ALTER TABLE network_person RENAME TO network_person_store;
ALTER TABLE network_person_store ADD COLUMN dob_sealed bytea;
UPDATE network_person_store SET dob_sealed = irontrace_seal(dob::text) WHERE dob IS NOT NULL;
ALTER TABLE network_person_store DROP COLUMN dob;

CREATE VIEW network_person AS
SELECT person_id, first_name, last_name, irontrace_unseal(dob_sealed)::date AS dob FROM network_person_store;

-- A shared identity document: the link says that both showed one; which one is sealed beside it.
ALTER TABLE network_link ADD COLUMN document_sealed bytea;

CREATE FUNCTION network_link_seals_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.document_sealed := irontrace_seal(NEW.detail_wording #>> '{args,0}');
    NEW.detail := 'both showed the identity document';
    NEW.detail_wording := jsonb_build_object('code', 'SHARED_DOCUMENT', 'args', '[]'::jsonb);
    RETURN NEW;
END;
$$;

CREATE TRIGGER network_link_document_sealed BEFORE INSERT ON network_link FOR EACH ROW
    WHEN (NEW.kind = 'SHARED_DOCUMENT' AND NEW.document_sealed IS NULL) EXECUTE FUNCTION network_link_seals_document();

UPDATE network_link SET document_sealed = irontrace_seal(substring(detail FROM length('both showed the identity document ') + 1)),
                        detail = 'both showed the identity document',
                        detail_wording = jsonb_build_object('code', 'SHARED_DOCUMENT', 'args', '[]'::jsonb)
WHERE kind = 'SHARED_DOCUMENT' AND document_sealed IS NULL;

-- A lead's people keep their names; their birth dates are read from the graph's people when shown.
UPDATE lead SET people = (SELECT jsonb_agg(p - 'dob' ORDER BY i) FROM jsonb_array_elements(people) WITH ORDINALITY e(p, i))
WHERE jsonb_typeof(people) = 'array' AND people::text LIKE '%"dob"%';
