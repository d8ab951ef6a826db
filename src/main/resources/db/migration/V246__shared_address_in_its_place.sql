-- Owner: network.
-- Two buyers share an address when their sale forms give the same street in the same place. The key
-- was the street and the postal code, and a form without a postal code keyed on the street alone:
-- "123 Main St" in Tucson and in El Paso were one address, and their buyers were linked as strongly as
-- housemates. Without a postal code the key now takes the city (folded, as names are); the state is
-- left out, since a state written two ways ("TX", "Texas") would split one address. With a postal code
-- the key is as before. The links follow at the next full refresh, which this migration marks due
-- where there is a graph (intel_full_refresh_due, V225): the server's start after it runs one.
CREATE FUNCTION network_address_key(street text, postal_code text, city text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN street IS NOT NULL THEN
        upper(regexp_replace(street, '\s+', ' ', 'g')) || ', '
        || COALESCE(postal_code, upper(irontrace_fold(regexp_replace(btrim(city), '\s+', ' ', 'g'))), '')
    END
$$;
INSERT INTO intel_full_refresh_due (since) SELECT clock_timestamp() WHERE EXISTS (SELECT 1 FROM network_gun)
ON CONFLICT (only_row) DO UPDATE SET since = excluded.since;
