-- Owner: network.
-- "Seized together" is a guess when the agency names no incident: one agency, one day, one place, one
-- possessor. A recovery with neither a possessor nor a city gave the guess nothing to stand on: every
-- gun an agency recovered on one day in one state (or with no place at all) shared a key, and the
-- buyers of a file of a few hundred answers a day were linked pairwise, some 10,000 links a day. Such a
-- recovery is now a seizure of its own; a possessor's name, or a city, still groups as before (the keys
-- written for them are unchanged). The graph's stored keys and links follow at the next full refresh,
-- which this migration marks due where there is a graph (intel_full_refresh_due, V225): the server's
-- start after it runs one.
DROP FUNCTION network_seizure_key(text, text, date, text, text, text, text);
CREATE FUNCTION network_seizure_key(agency text, recovery_id text, incident_id text, recovery_date date, city text,
                                    admin_area text, possessor_first_name text, possessor_last_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN incident_id IS NOT NULL THEN agency || '|incident|' || incident_id
        WHEN COALESCE(possessor_first_name, possessor_last_name, city) IS NOT NULL
            THEN agency || '|' || recovery_date || '|' || COALESCE(city, admin_area, '') || '|'
                 || COALESCE(upper(concat_ws(' ', possessor_first_name, possessor_last_name)), '')
        ELSE agency || '|recovery|' || recovery_id
    END
$$;
INSERT INTO intel_full_refresh_due (since) SELECT clock_timestamp() WHERE EXISTS (SELECT 1 FROM network_gun)
ON CONFLICT (only_row) DO UPDATE SET since = excluded.since;
