-- Owner: network.
-- Guns taken together share a seizure key: the agency's incident when it names one, else one agency,
-- one day, one place, one possessor. The rule once, for this installation's guns and for the records
-- other installations grant (V201), which are written NAME:AGENCY and so never share a key with ours.
CREATE FUNCTION network_seizure_key(agency text, incident_id text, recovery_date date, city text, admin_area text,
                                    possessor_first_name text, possessor_last_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT COALESCE(agency || '|incident|' || incident_id,
                    agency || '|' || recovery_date || '|' || COALESCE(city, admin_area, '') || '|'
                        || COALESCE(upper(concat_ws(' ', possessor_first_name, possessor_last_name)), ''))
$$;
