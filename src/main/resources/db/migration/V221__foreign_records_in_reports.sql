-- Owner: federation.
-- The catalogue's key of the criminal group a granted record names, kept as this installation keys
-- its own recoveries' (V53), so that reports count guns by group across installations. Records held
-- before this version count under no group until their owner sends them again.
ALTER TABLE foreign_recovery ADD COLUMN criminal_group_key text COLLATE "C";

-- What a report at this installation counts of what other installations' agencies grant: every
-- record held (RECORDS_WITHOUT_PERSONAL_DATA or FULL; AGGREGATES_ONLY sends counts, not records) under
-- an agreement as last heard, one row per record and grantee agency here, with the columns a report
-- counts and its source written NAME:AGENCY. A revoked agreement's records leave with their rows.
CREATE VIEW foreign_report_record AS
SELECT DISTINCT ON (r.installation, r.owner_agency, r.recovery_id, r.grantee_agency)
       r.installation, r.owner_agency, r.installation || ':' || r.owner_agency AS source, r.grantee_agency,
       r.recovery_id, r.recovery_date, r.country, r.admin_area, r.crime_code, r.firearm_type, r.caliber,
       r.manufacturer, r.country_of_manufacture, r.criminal_group_key, r.trace_status, r.trace_reason,
       r.us_sourced, r.time_to_crime_days, r.source_state
FROM foreign_recovery r JOIN foreign_agreement a USING (installation, agreement_id)
ORDER BY r.installation, r.owner_agency, r.recovery_id, r.grantee_agency, r.received_at DESC;
