-- Recoveries and seizures reported by agencies, and the trace results computed for them.

CREATE TABLE recovery (
    agency                 text NOT NULL,
    recovery_id            text NOT NULL,
    recovery_date          date NOT NULL,
    country                text NOT NULL,
    admin_area             text,
    city                   text,
    latitude               double precision,
    longitude              double precision,
    crime_code             text,
    serial_number          text,
    serial_key             text,
    serial_obliterated     boolean NOT NULL DEFAULT false,
    partial_serial         text,
    manufacturer           text,
    manufacturer_key       text,
    importer               text,
    importer_key           text,
    model                  text,
    caliber                text,
    calibre_family         text,
    firearm_type           text,
    country_of_manufacture text,
    possessor_first_name   text,
    possessor_last_name    text,
    possessor_dob          date,
    possessor_nationality  text,
    PRIMARY KEY (agency, recovery_id)
);

CREATE INDEX recovery_date ON recovery (recovery_date);

-- Every trace ever computed stays: a re-trace after new ledger data adds a row, and both
-- answers remain readable.
CREATE TABLE trace_result (
    trace_id          uuid PRIMARY KEY,
    agency            text NOT NULL,
    recovery_id       text NOT NULL,
    traced_at         timestamptz NOT NULL,
    status            text NOT NULL,
    reason            text,
    us_sourced        boolean,
    time_to_crime_days integer,
    result            jsonb NOT NULL,
    FOREIGN KEY (agency, recovery_id) REFERENCES recovery (agency, recovery_id)
);

CREATE INDEX trace_result_recovery ON trace_result (agency, recovery_id, traced_at DESC);
