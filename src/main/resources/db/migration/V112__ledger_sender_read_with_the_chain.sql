-- Owner: commerce. A trace names who sent each ledger row of its chain (V90 keeps the sender), so a
-- sale slipped into the ledger is seen with its sender's name on every trace it reaches.
CREATE OR REPLACE VIEW custody_event AS
SELECT event_id, event_type, event_date, serial_number, serial_key, manufacturer, manufacturer_key, importer,
       importer_key, model, caliber, calibre_family, firearm_type, country_of_manufacture, from_licence, to_licence,
       purchaser_first_name, purchaser_last_name, irontrace_unseal(purchaser_dob_sealed)::date AS purchaser_dob,
       purchaser_street, purchaser_city, purchaser_state, purchaser_postal_code, purchaser_id_type,
       irontrace_unseal(purchaser_id_number_sealed) AS purchaser_id_number, reference,
       source, trace_agency, trace_number, source_line, sent_by
FROM custody_event_store;
