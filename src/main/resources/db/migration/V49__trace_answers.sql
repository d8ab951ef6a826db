-- Owned by the trace module: the answers a tracing authority (the US tracing centre) gave to the
-- trace requests an agency sent, as the agency received them in trace_results.csv. An answer is
-- kept whole, with its provenance (who sent it, which row, when); a later answer to the same trace
-- number supersedes the earlier one and both stay. Purchasers' birth dates and identity numbers are
-- sealed like the ledger's (V6).

CREATE TABLE trace_answer_store (
    agency                     text COLLATE "C" NOT NULL,
    trace_number               text COLLATE "C" NOT NULL,
    result_date                date NOT NULL,
    recovery_id                text COLLATE "C" NOT NULL,
    trace_status               text NOT NULL,
    not_traced_words           text,
    not_traced_reason          text,
    serial_number              text,
    serial_key                 text COLLATE "C",
    manufacturer               text,
    manufacturer_key           text COLLATE "C",
    importer                   text,
    importer_key               text COLLATE "C",
    model                      text,
    caliber                    text,
    calibre_family             text,
    firearm_type               text,
    country_of_manufacture     text,
    source_licence             text COLLATE "C",
    source_name                text,
    dealer_licence             text COLLATE "C",
    dealer_name                text,
    dealer_street              text,
    dealer_city                text,
    dealer_state               text,
    dealer_postal_code         text,
    sale_date                  date,
    purchaser_first_name       text,
    purchaser_last_name        text,
    purchaser_dob_sealed       bytea,
    purchaser_street           text,
    purchaser_city             text,
    purchaser_state            text,
    purchaser_postal_code      text,
    purchaser_id_type          text,
    purchaser_id_number_sealed bytea,
    time_to_crime_days         integer,
    multiple_sale              boolean,
    -- What the answer says, as a digest: the same trace number and date sent again with another
    -- digest is another answer to one question, and is refused rather than silently kept or lost.
    answer_digest              text NOT NULL,
    sent_by                    text,
    source_line                bigint NOT NULL,
    received_at                timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency, trace_number, result_date)
);

CREATE INDEX trace_answer_recovery ON trace_answer_store (agency, recovery_id, result_date DESC);

CREATE VIEW trace_answer AS
SELECT agency, trace_number, result_date, recovery_id, trace_status, not_traced_words, not_traced_reason,
       serial_number, serial_key, manufacturer, manufacturer_key, importer, importer_key, model, caliber,
       calibre_family, firearm_type, country_of_manufacture, source_licence, source_name, dealer_licence,
       dealer_name, dealer_street, dealer_city, dealer_state, dealer_postal_code, sale_date, purchaser_first_name,
       purchaser_last_name, irontrace_unseal(purchaser_dob_sealed)::date AS purchaser_dob, purchaser_street,
       purchaser_city, purchaser_state, purchaser_postal_code, purchaser_id_type,
       irontrace_unseal(purchaser_id_number_sealed) AS purchaser_id_number, time_to_crime_days, multiple_sale,
       answer_digest, sent_by, source_line, received_at
FROM trace_answer_store;

-- Custody evidence keeps its provenance: a row of the ledger (source LEDGER) or a link an
-- authority's answer proves (source TRACE_RESULT, with the agency, trace number and row of the
-- answer). Downstream readers (people, links, rings, dealers) read both through custody_event.
ALTER TABLE custody_event_store
    ADD COLUMN source text NOT NULL DEFAULT 'LEDGER',
    ADD COLUMN trace_agency text COLLATE "C",
    ADD COLUMN trace_number text COLLATE "C",
    ADD COLUMN source_line bigint;

CREATE INDEX custody_event_answer ON custody_event_store (trace_agency, trace_number) WHERE source = 'TRACE_RESULT';

CREATE OR REPLACE VIEW custody_event AS
SELECT event_id, event_type, event_date, serial_number, serial_key, manufacturer, manufacturer_key, importer,
       importer_key, model, caliber, calibre_family, firearm_type, country_of_manufacture, from_licence, to_licence,
       purchaser_first_name, purchaser_last_name, irontrace_unseal(purchaser_dob_sealed)::date AS purchaser_dob,
       purchaser_street, purchaser_city, purchaser_state, purchaser_postal_code, purchaser_id_type,
       irontrace_unseal(purchaser_id_number_sealed) AS purchaser_id_number, reference,
       source, trace_agency, trace_number, source_line
FROM custody_event_store;

-- Recoveries whose latest answer arrived and that are not yet traced again from it: written in the
-- answers' own transaction, drained once the file is in, so an answer is never left untraced by a
-- crash in between.
CREATE TABLE trace_answer_pending (
    agency      text COLLATE "C" NOT NULL,
    recovery_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (agency, recovery_id)
);
