-- Owner: recovery. Incidents and criminal groups on recoveries (FORMATS.md version 2, recoveries.csv):
-- guns taken in one seizure, raid or shipment share an incident id within the submitting agency, and an
-- agency may attribute a gun to a criminal organisation. The group is kept as the agency wrote it,
-- beside the catalogue's key for it (the known group's key, or the folded name when the catalogue does
-- not know it), which is what reports and the dashboard count by.

ALTER TABLE recovery_store
    ADD COLUMN incident_id        text COLLATE "C",
    ADD COLUMN criminal_group     text,
    ADD COLUMN criminal_group_key text COLLATE "C";

-- An incident's guns, and an agency's incidents, found through the index, never by a scan.
CREATE INDEX recovery_incident ON recovery_store (agency, incident_id) WHERE incident_id IS NOT NULL;

-- The view that decrypts the sealed columns (V6) gains the new columns at its end, so every reader
-- and writer of it is unchanged.
CREATE OR REPLACE VIEW recovery AS
SELECT agency, recovery_id, recovery_date, country, admin_area, city, latitude, longitude, crime_code, serial_number,
       serial_key, serial_obliterated, partial_serial, manufacturer, manufacturer_key, importer, importer_key, model,
       caliber, calibre_family, firearm_type, country_of_manufacture, possessor_first_name, possessor_last_name,
       irontrace_unseal(possessor_dob_sealed)::date AS possessor_dob, possessor_nationality,
       incident_id, criminal_group, criminal_group_key
FROM recovery_store;
