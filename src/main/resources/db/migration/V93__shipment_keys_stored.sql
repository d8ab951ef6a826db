-- Owned by the interdiction module. The keys targeting compares parties, addresses, phones and plates
-- by are computed once when a shipment is stored, not on every ranking: ranking a week of 100,000
-- shipments reads them for every shipment the caller may see.
ALTER TABLE interdiction_shipment
    ADD COLUMN shipper_key text GENERATED ALWAYS AS (party_name_key(shipper_name)) STORED,
    ADD COLUMN consignee_key text GENERATED ALWAYS AS (party_name_key(consignee_name)) STORED,
    ADD COLUMN shipper_address_key text
        GENERATED ALWAYS AS (party_name_key(shipper_street || ' ' || coalesce(shipper_postal_code, ''))) STORED,
    ADD COLUMN contact_keys text[] GENERATED ALWAYS AS (ARRAY[
        right(regexp_replace(shipper_phone, '[^0-9]', '', 'g'), 10),
        right(regexp_replace(consignee_phone, '[^0-9]', '', 'g'), 10),
        party_name_key(shipper_street || ' ' || coalesce(shipper_postal_code, '')),
        party_name_key(consignee_street || ' ' || coalesce(consignee_city, '')),
        'PLATE ' || party_name_key(vehicle_plate)]) STORED;
