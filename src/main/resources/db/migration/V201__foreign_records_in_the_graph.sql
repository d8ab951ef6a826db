-- Owner: federation.
-- What other installations grant that takes part in this installation's link graph and rings: only
-- records held at FULL under an agreement that also grants LEADS (the owner's consent that its records
-- feed the grantee's intelligence) and that its owner traced, as this installation's own guns enter
-- the graph only once traced. One row per record and agreement: network keeps one per record. The
-- people are keyed by the person key every module keys people with, so a straw purchaser whose guns
-- two installations grant is one node, and one node with a person of this installation not yet
-- resolved. A revoked agreement's records leave this view at once, with their rows.
CREATE VIEW foreign_graph_record AS
SELECT r.installation, r.owner_agency, r.installation || ':' || r.owner_agency AS agency, r.recovery_id,
       r.trace_status, r.trace_reason, r.recovery_date, r.country, r.admin_area, r.city, r.crime_code,
       r.serial_obliterated, r.serial_number, r.manufacturer, r.model, r.firearm_type, r.dealer_licence,
       r.source_state, r.time_to_crime_days, r.incident_id,
       r.purchaser_key, r.purchaser_first_name, r.purchaser_last_name,
       CAST(irontrace_unseal(r.purchaser_dob_sealed) AS date) AS purchaser_dob,
       r.possessor_key, r.possessor_first_name, r.possessor_last_name,
       CAST(irontrace_unseal(r.possessor_dob_sealed) AS date) AS possessor_dob
FROM foreign_recovery r JOIN foreign_agreement a USING (installation, agreement_id)
WHERE r.level = 'FULL' AND 'LEADS' = ANY(a.scope) AND r.trace_status IS NOT NULL
  AND (r.purchaser_key IS NOT NULL OR r.possessor_key IS NOT NULL);

-- The agreements of other installations' agencies with this installation's agencies in force, as last
-- heard, their grantor written NAME:AGENCY: what a caller's agency sees of them (rings and leads resting
-- on foreign records) is decided with its own agreements, in the same query.
CREATE VIEW foreign_grant_in_force AS
SELECT installation || ':' || owner_agency AS grantor, grantee_agency AS grantee, scope, level
FROM foreign_agreement;
