-- Owned by the interdiction module (org.irontrace.interdiction): outbound consignments declared to
-- customs (shipments.csv) and what customs did with them (inspections.csv). A shipment belongs to the
-- agency that sent it (customs is an agency) and is read like every other record: its own agency and
-- what agreements grant (scope RECOVERIES).
CREATE TABLE interdiction_shipment (
    agency              text COLLATE "C" NOT NULL,
    shipment_id         text COLLATE "C" NOT NULL,
    mode                text NOT NULL
        CHECK (mode IN ('VESSEL', 'AIR', 'EXPRESS', 'MAIL', 'TRUCK', 'PASSENGER_VEHICLE')),
    departure_date      date NOT NULL,
    origin_port         text COLLATE "C" NOT NULL,
    origin_country      text NOT NULL,
    destination_port    text COLLATE "C" NOT NULL,
    destination_country text NOT NULL,
    shipper_name        text,
    shipper_street      text,
    shipper_city        text,
    shipper_state       text,
    shipper_postal_code text,
    shipper_phone       text,
    consignee_name      text,
    consignee_street    text,
    consignee_city      text,
    consignee_country   text,
    consignee_phone     text,
    forwarder           text,
    hs_code             text,
    description         text,
    declared_value_usd  double precision,
    weight_kg           double precision,
    packages            integer,
    container_id        text,
    vehicle_plate       text,
    source_line         bigint,
    imported_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency, shipment_id)
);

CREATE INDEX interdiction_shipment_day ON interdiction_shipment (departure_date, origin_port);

-- One inspection per shipment and day; re-sending it is a no-op. A SEIZED inspection with an
-- incident_id is joined, never copied, to the recoveries of that incident of the same agency
-- (recoveries.csv), whichever arrives first.
CREATE TABLE interdiction_inspection (
    agency          text COLLATE "C" NOT NULL,
    shipment_id     text COLLATE "C" NOT NULL,
    inspection_date date NOT NULL,
    method          text CHECK (method IN ('DOCUMENT', 'SCAN', 'PHYSICAL', 'CANINE')),
    result          text NOT NULL CHECK (result IN ('CLEAR', 'SEIZED')),
    firearms_found  integer,
    magazines_found integer,
    rounds_found    integer,
    incident_id     text COLLATE "C",
    source_line     bigint,
    recorded_by     text,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency, shipment_id, inspection_date),
    FOREIGN KEY (agency, shipment_id) REFERENCES interdiction_shipment (agency, shipment_id)
);

CREATE INDEX interdiction_inspection_incident ON interdiction_inspection (agency, incident_id) WHERE incident_id IS NOT NULL;

-- How a party's name is compared with the names of people in the link graph: upper case, anything
-- but letters and digits one space. The one place this rule lives (both sides of the match use it).
CREATE FUNCTION party_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT NULLIF(btrim(regexp_replace(upper(translate(name, 'áéíóúüñÁÉÍÓÚÜÑàèìòùÀÈÌÒÙçÇ', 'aeiouunAEIOUUNaeiouAEIOUcC')),
                                       '[^A-Z0-9]+', ' ', 'g')), '')
$$;

-- Owned by the network module, published for the interdiction module's targeting: the people of the
-- link graph behind the guns of the given agencies (all when p_everything), by name key, with what
-- they are (purchaser of a crime gun, possessor of one, ring member), how many guns they bought
-- (crime guns, or a repeat purchase counted by the full refresh), and the purchase address of their
-- first retail sale. Names leave the function only as keys the caller already holds.
CREATE FUNCTION network_people_by_name(p_agencies text[], p_everything boolean)
RETURNS TABLE (name_key text, address_key text, purchaser boolean, possessor boolean, ring_member boolean, guns_bought integer)
LANGUAGE sql STABLE AS $$
    WITH guns AS (
        SELECT g.purchaser_id, g.possessor_id, g.sale_event_id
        FROM network_gun g
        WHERE p_everything OR g.agency = ANY(p_agencies)
    ), people AS (
        SELECT purchaser_id AS person_id, true AS purchaser, false AS possessor, sale_event_id FROM guns WHERE purchaser_id IS NOT NULL
        UNION ALL
        SELECT possessor_id, false, true, NULL FROM guns WHERE possessor_id IS NOT NULL
    ), rolled AS (
        SELECT person_id, bool_or(purchaser) AS purchaser, bool_or(possessor) AS possessor,
               count(*) FILTER (WHERE purchaser)::integer AS crime_guns, min(sale_event_id) AS sale_event_id
        FROM people GROUP BY person_id
    ), repeat_buyers AS (
        SELECT person, max(guns) AS guns FROM network_repeat_sale GROUP BY person
    )
    SELECT party_name_key(p.first_name || ' ' || p.last_name),
           party_name_key(e.purchaser_street || ' ' || coalesce(e.purchaser_postal_code, '')),
           r.purchaser, r.possessor,
           EXISTS (SELECT 1 FROM network_ring ring WHERE ring.members @> ARRAY[r.person_id]::text[]),
           greatest(r.crime_guns, coalesce(rb.guns, 0))
    FROM rolled r
    LEFT JOIN repeat_buyers rb ON rb.person = r.person_id
    JOIN network_person p ON p.person_id = r.person_id
    LEFT JOIN custody_event e ON e.event_id = r.sale_event_id
    WHERE p.last_name IS NOT NULL
$$;
