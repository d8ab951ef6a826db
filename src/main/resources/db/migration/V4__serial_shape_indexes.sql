-- Identifiers are compared byte by byte (collation "C"): serials, licence numbers and ids are codes,
-- not words, and byte comparison makes every sort and index look-up of a bulk import cheaper.
ALTER TABLE custody_event
    ALTER COLUMN event_id TYPE text COLLATE "C",
    ALTER COLUMN serial_key TYPE text COLLATE "C",
    ALTER COLUMN manufacturer_key TYPE text COLLATE "C",
    ALTER COLUMN importer_key TYPE text COLLATE "C",
    ALTER COLUMN from_licence TYPE text COLLATE "C",
    ALTER COLUMN to_licence TYPE text COLLATE "C";
ALTER TABLE licensee ALTER COLUMN licence_number TYPE text COLLATE "C";
ALTER TABLE recovery
    ALTER COLUMN agency TYPE text COLLATE "C",
    ALTER COLUMN recovery_id TYPE text COLLATE "C",
    ALTER COLUMN serial_key TYPE text COLLATE "C";
ALTER TABLE trace_result
    ALTER COLUMN agency TYPE text COLLATE "C",
    ALTER COLUMN recovery_id TYPE text COLLATE "C";

-- Candidate search reads serials by their look-alike shape. Readings with one or two unreadable
-- characters are answered by probing every completion on the btree (at most 31 x 31 probes, so
-- the cost does not grow with the ledger); readings with more are answered by the readable
-- beginning or end, whichever the planner finds more selective. The trigram index these replace
-- slowed every import and was no faster.
DROP INDEX IF EXISTS firearm_serial_shape_trgm;
DROP INDEX IF EXISTS firearm_serial_shape;
ALTER TABLE firearm DROP COLUMN serial_shape;
ALTER TABLE firearm
    ALTER COLUMN serial_key TYPE text COLLATE "C",
    ALTER COLUMN manufacturer_key TYPE text COLLATE "C",
    ALTER COLUMN importer_key TYPE text COLLATE "C";
ALTER TABLE firearm ADD COLUMN serial_shape text COLLATE "C"
    GENERATED ALWAYS AS (translate(serial_key, 'OISBZ', '01582')) STORED;
CREATE INDEX firearm_serial_shape ON firearm (serial_shape);
CREATE INDEX firearm_serial_shape_reversed ON firearm (reverse(serial_shape) COLLATE "C");
