-- Birth dates and identity-document numbers of purchasers and possessors are stored encrypted
-- (AES-256, a fresh random IV per value). The key is not in the database: IronTrace keeps it in its
-- key folder and sets it on each of its connections (setting irontrace.personal_key), so a copy
-- of the database files, a dump or a reader without the key sees only ciphertext. The tables keep
-- their names as views that decrypt for IronTrace's own connections; the stores hold the data.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE FUNCTION irontrace_seal(plain text) RETURNS bytea LANGUAGE sql VOLATILE AS $$
    SELECT CASE WHEN plain IS NULL THEN NULL ELSE
        (SELECT iv || encrypt_iv(convert_to(plain, 'UTF8'),
                                 decode(current_setting('irontrace.personal_key'), 'hex'), iv, 'aes-cbc/pad:pkcs')
         FROM (SELECT gen_random_bytes(16) AS iv) fresh) END
$$;

CREATE FUNCTION irontrace_unseal(sealed bytea) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN sealed IS NULL THEN NULL ELSE
        convert_from(decrypt_iv(substring(sealed FROM 17), decode(current_setting('irontrace.personal_key'), 'hex'),
                                substring(sealed FOR 16), 'aes-cbc/pad:pkcs'), 'UTF8') END
$$;

ALTER TABLE custody_event RENAME TO custody_event_store;
ALTER TABLE custody_event_store ADD COLUMN purchaser_dob_sealed bytea, ADD COLUMN purchaser_id_number_sealed bytea;
UPDATE custody_event_store
   SET purchaser_dob_sealed = irontrace_seal(purchaser_dob::text),
       purchaser_id_number_sealed = irontrace_seal(purchaser_id_number)
 WHERE purchaser_dob IS NOT NULL OR purchaser_id_number IS NOT NULL;
ALTER TABLE custody_event_store DROP COLUMN purchaser_dob, DROP COLUMN purchaser_id_number;

CREATE VIEW custody_event AS
SELECT event_id, event_type, event_date, serial_number, serial_key, manufacturer, manufacturer_key, importer,
       importer_key, model, caliber, calibre_family, firearm_type, country_of_manufacture, from_licence, to_licence,
       purchaser_first_name, purchaser_last_name, irontrace_unseal(purchaser_dob_sealed)::date AS purchaser_dob,
       purchaser_street, purchaser_city, purchaser_state, purchaser_postal_code, purchaser_id_type,
       irontrace_unseal(purchaser_id_number_sealed) AS purchaser_id_number, reference
FROM custody_event_store;

ALTER TABLE recovery RENAME TO recovery_store;
ALTER TABLE recovery_store ADD COLUMN possessor_dob_sealed bytea;
UPDATE recovery_store SET possessor_dob_sealed = irontrace_seal(possessor_dob::text) WHERE possessor_dob IS NOT NULL;
ALTER TABLE recovery_store DROP COLUMN possessor_dob;

CREATE VIEW recovery AS
SELECT agency, recovery_id, recovery_date, country, admin_area, city, latitude, longitude, crime_code, serial_number,
       serial_key, serial_obliterated, partial_serial, manufacturer, manufacturer_key, importer, importer_key, model,
       caliber, calibre_family, firearm_type, country_of_manufacture, possessor_first_name, possessor_last_name,
       irontrace_unseal(possessor_dob_sealed)::date AS possessor_dob, possessor_nationality
FROM recovery_store;
