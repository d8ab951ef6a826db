-- The custody ledger of US commerce: licensees, the append-only custody events, and the firearms
-- they describe. Identity of a firearm = (manufacturer key, serial key, importer key); the
-- importer key is '' for guns made in the US.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE licensee (
    licence_number text PRIMARY KEY,
    licence_type   text NOT NULL,
    business_name  text NOT NULL,
    street         text,
    city           text,
    state          text,
    postal_code    text,
    country        text NOT NULL DEFAULT 'US',
    status         text NOT NULL DEFAULT 'ACTIVE',
    latitude       double precision,
    longitude      double precision
);

CREATE TABLE custody_event (
    event_id               text PRIMARY KEY,
    event_type             text NOT NULL,
    event_date             date NOT NULL,
    serial_number          text NOT NULL,
    serial_key             text NOT NULL,
    manufacturer           text NOT NULL,
    manufacturer_key       text NOT NULL,
    importer               text,
    importer_key           text NOT NULL,
    model                  text,
    caliber                text,
    calibre_family         text,
    firearm_type           text,
    country_of_manufacture text NOT NULL,
    from_licence           text,
    to_licence             text,
    purchaser_first_name   text,
    purchaser_last_name    text,
    purchaser_dob          date,
    purchaser_street       text,
    purchaser_city         text,
    purchaser_state        text,
    purchaser_postal_code  text,
    purchaser_id_type      text,
    purchaser_id_number    text,
    reference              text
);

-- The tracing look-up: all custody events of one firearm.
CREATE INDEX custody_event_firearm ON custody_event (serial_key, manufacturer_key, importer_key);

-- One row per firearm the ledger knows, with the best description seen; candidate search for
-- partial and look-alike serials runs here, on a table a few times smaller than the ledger.
CREATE TABLE firearm (
    serial_key             text NOT NULL,
    manufacturer_key       text NOT NULL,
    importer_key           text NOT NULL,
    serial_number          text NOT NULL,
    manufacturer           text NOT NULL,
    importer               text,
    model                  text,
    caliber                text,
    calibre_family         text,
    firearm_type           text,
    country_of_manufacture text NOT NULL,
    -- Look-alike letters folded onto the digits they are mistaken for (O->0, I->1, S->5, B->8, Z->2).
    serial_shape           text GENERATED ALWAYS AS (translate(serial_key, 'OISBZ', '01582')) STORED,
    PRIMARY KEY (serial_key, manufacturer_key, importer_key)
);

CREATE INDEX firearm_serial_shape ON firearm (serial_shape);
CREATE INDEX firearm_serial_shape_trgm ON firearm USING gin (serial_shape gin_trgm_ops);
