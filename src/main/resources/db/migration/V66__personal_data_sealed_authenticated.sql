-- Personal data is sealed with an authenticated construction and under a key version, so that keys
-- can be rotated and a sealed value that was altered, cut or copied from elsewhere is refused rather
-- than read back as something else. pgcrypto offers no AEAD mode (no GCM), so the seal is
-- encrypt-then-MAC:
--     format (1 byte, 2) || key version (2 bytes) || IV (16) || AES-256-CBC ciphertext || tag (32)
-- the tag an HMAC-SHA-256 over everything before it, under a MAC key derived from the data key
-- (HMAC of 'irontrace seal mac'). The keys are not in the database: each of IronTrace's connections
-- is given every live key (setting irontrace.personal_keys, 'version:hex,...') and the version to
-- seal under (irontrace.personal_key_version). Migration V6 stored IV || ciphertext under the key of
-- version 1; every value stored that way is sealed again below. The functions keep their names and
-- signatures, so the views and triggers that call them are unchanged.
-- Owner: platform.

-- The live key of a version, as this connection holds it; null when it does not.
CREATE FUNCTION irontrace_personal_key(version integer) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT decode(substring(current_setting('irontrace.personal_keys', true)
                            FROM '(?:^|,)' || version || ':([0-9a-f]{64})(?:,|$)'), 'hex')
$$;

-- The key version a sealed value names, or null for what is not a value of this format.
CREATE FUNCTION irontrace_seal_version(sealed bytea) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN length(sealed) >= 1 + 2 + 16 + 16 + 32 AND get_byte(sealed, 0) = 2
                THEN get_byte(sealed, 1) * 256 + get_byte(sealed, 2) END
$$;

CREATE OR REPLACE FUNCTION irontrace_seal(plain text) RETURNS bytea LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    version integer := current_setting('irontrace.personal_key_version', true)::integer;
    key bytea := irontrace_personal_key(version);
    iv bytea := gen_random_bytes(16);
    body bytea;
BEGIN
    IF plain IS NULL THEN
        RETURN NULL;
    END IF;
    IF key IS NULL THEN
        RAISE EXCEPTION 'personal data cannot be sealed: this connection holds no personal-data key of version %', version
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    body := '\x02'::bytea || int2send(version::smallint) || iv || encrypt_iv(convert_to(plain, 'UTF8'), key, iv, 'aes-cbc/pad:pkcs');
    RETURN body || hmac(body, hmac(convert_to('irontrace seal mac', 'UTF8'), key, 'sha256'), 'sha256');
END;
$$;

-- Opens a sealed value only when its tag proves it was sealed under that key and left intact;
-- otherwise it fails, so no reader ever gets garbage taken for a birth date. The tags are compared
-- as digests, so the time the comparison takes tells nothing about how many leading bytes matched.
CREATE OR REPLACE FUNCTION irontrace_unseal(sealed bytea) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    version integer := irontrace_seal_version(sealed);
    key bytea;
    body bytea;
BEGIN
    IF sealed IS NULL THEN
        RETURN NULL;
    END IF;
    IF version IS NULL THEN
        RAISE EXCEPTION 'a sealed personal datum is not in the sealed format (altered or foreign)' USING ERRCODE = 'data_corrupted';
    END IF;
    key := irontrace_personal_key(version);
    IF key IS NULL THEN
        RAISE EXCEPTION 'a sealed personal datum names key version %, which this connection does not hold', version
            USING ERRCODE = 'data_corrupted';
    END IF;
    body := substring(sealed FOR length(sealed) - 32);
    IF sha256(hmac(body, hmac(convert_to('irontrace seal mac', 'UTF8'), key, 'sha256'), 'sha256'))
       <> sha256(substring(sealed FROM length(sealed) - 31)) THEN
        RAISE EXCEPTION 'a sealed personal datum fails its integrity check (altered, or sealed under another key)'
            USING ERRCODE = 'data_corrupted';
    END IF;
    RETURN convert_from(decrypt_iv(substring(body FROM 20), key, substring(body FROM 4 FOR 16), 'aes-cbc/pad:pkcs'), 'UTF8');
END;
$$;

-- Every column that holds personal data sealed by irontrace_seal: a bytea column named *_sealed of
-- any table of the schema. An agency's OpenID client secret is sealed under access's own key (V32).
CREATE FUNCTION irontrace_sealed_columns() RETURNS TABLE (table_name text, column_name text) LANGUAGE sql STABLE AS $$
    SELECT c.table_name::text, c.column_name::text
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type = 'bytea'
      AND c.column_name LIKE '%\_sealed' AND c.column_name <> 'client_secret_sealed'
    ORDER BY 1, 2
$$;

-- Seals again, under the sealing key, up to batch values of a column still under another key version;
-- answers how many. A rotation calls it until it answers 0, so an interrupted one just goes on.
CREATE FUNCTION irontrace_reseal(table_name text, column_name text, batch integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    resealed integer;
BEGIN
    EXECUTE format('UPDATE %1$I SET %2$I = irontrace_seal(irontrace_unseal(%2$I)) WHERE ctid = ANY(ARRAY('
                   'SELECT ctid FROM %1$I WHERE %2$I IS NOT NULL AND irontrace_seal_version(%2$I) IS DISTINCT FROM $1 LIMIT $2))',
                   table_name, column_name)
        USING current_setting('irontrace.personal_key_version')::integer, batch;
    GET DIAGNOSTICS resealed = ROW_COUNT;
    RETURN resealed;
END;
$$;

-- What V6 stored (IV || ciphertext under the key of version 1), sealed again in the new format.
DO $$
DECLARE
    sealed record;
    stored bigint;
BEGIN
    FOR sealed IN SELECT * FROM irontrace_sealed_columns() LOOP
        EXECUTE format('SELECT count(*) FROM %I WHERE %I IS NOT NULL', sealed.table_name, sealed.column_name) INTO stored;
        IF stored > 0 AND irontrace_personal_key(1) IS NULL THEN
            RAISE EXCEPTION 'the upgrade must seal % values of %.% again, and was not given the personal-data key',
                stored, sealed.table_name, sealed.column_name;
        END IF;
        EXECUTE format('UPDATE %1$I SET %2$I = irontrace_seal(convert_from(decrypt_iv(substring(%2$I FROM 17), $1,'
                       ' substring(%2$I FOR 16), ''aes-cbc/pad:pkcs''), ''UTF8'')) WHERE %2$I IS NOT NULL',
                       sealed.table_name, sealed.column_name)
            USING irontrace_personal_key(1);
    END LOOP;
END;
$$;
