-- The key of a version is read from a setting of its own, irontrace.personal_key_<version>, that each
-- connection is given beside irontrace.personal_keys. V66 found it with a regular expression over the
-- list of every live key, which the server compiled and ran again for each value sealed or opened: a
-- tenth of a millisecond a value, six times the cost of the decryption and the tag together, paid by
-- every trace that shows a purchaser. The list setting stays for V66, which an upgrade from an older
-- installation runs before this one.
-- Owner: platform.

CREATE OR REPLACE FUNCTION irontrace_personal_key(version integer) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT decode(nullif(current_setting('irontrace.personal_key_' || version, true), ''), 'hex')
$$;
