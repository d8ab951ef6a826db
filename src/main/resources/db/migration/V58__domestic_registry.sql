-- Owned by the registry module (org.irontrace.registry): each recovering country's own registry of
-- lawfully held guns (licensed holders, security companies, dealers, police and military stocks), as
-- domestic_registry.csv sends it. A recovered gun found here was diverted at home, not trafficked from
-- abroad. The holder's birth date and identity number are sealed like every other personal datum (V6).
CREATE TABLE domestic_registry (
    country                 text COLLATE "C" NOT NULL,
    registry_id             text COLLATE "C" NOT NULL,
    serial_number           text NOT NULL,
    serial_key              text COLLATE "C" NOT NULL,
    manufacturer            text NOT NULL,
    manufacturer_key        text COLLATE "C" NOT NULL,
    importer                text,
    importer_key            text COLLATE "C",
    model                   text,
    caliber                 text,
    calibre_family          text,
    firearm_type            text,
    holder_type             text NOT NULL
        CHECK (holder_type IN ('PERSON', 'SECURITY_COMPANY', 'DEALER', 'POLICE', 'MILITARY', 'OTHER_STATE')),
    holder_name             text,
    holder_first_name       text,
    holder_last_name        text,
    holder_dob_sealed       bytea,
    holder_id_number_sealed bytea,
    registered_date         date,
    status                  text CHECK (status IN ('ACTIVE', 'REPORTED_STOLEN', 'REPORTED_LOST', 'REVOKED', 'DESTROYED')),
    status_date             date,
    source_line             bigint,
    imported_at             timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (country, registry_id)
);

-- A gun is found in a registry by its identity: country, serial key, maker key (importer when both know it).
CREATE INDEX domestic_registry_identity ON domestic_registry (country, serial_key, manufacturer_key);

-- The registry's one matching rule, published for other modules' SQL (the report's domestic
-- diversion count) and used by the registry's own facade: the registered gun of this identity in
-- this country, or none. The importer must agree when both sides name one; when several registered
-- guns fit, the one whose importer agrees exactly comes first, then the lowest registry id.
-- Answers no personal data.
CREATE FUNCTION registry_match(p_country text, p_serial_key text, p_manufacturer_key text, p_importer_key text)
RETURNS TABLE (country text, registry_id text, holder_type text, status text, status_date date)
LANGUAGE sql STABLE AS $$
    SELECT d.country, d.registry_id, d.holder_type, d.status, d.status_date
    FROM domestic_registry d
    WHERE d.country = p_country AND d.serial_key = p_serial_key AND d.manufacturer_key = p_manufacturer_key
      AND (d.importer_key IS NULL OR NULLIF(p_importer_key, '') IS NULL OR d.importer_key = p_importer_key)
    ORDER BY d.importer_key IS NOT DISTINCT FROM NULLIF(p_importer_key, '') DESC, d.registry_id
    LIMIT 1
$$;
