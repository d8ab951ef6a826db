-- Federation between installations (module federation owns every table here).

-- A sharing agreement's grantee may be an agency of a peer installation, written NAME:AGENCY; that
-- agency lives at the peer, not in this installation's agency table, so the grantee is checked by
-- access (a local agency, or an agency of a known peer) instead of by a foreign key.
ALTER TABLE sharing_agreement DROP CONSTRAINT IF EXISTS sharing_agreement_grantee_fkey;
CREATE INDEX sharing_agreement_remote_grantee ON sharing_agreement (grantee text_pattern_ops) WHERE revoked_at IS NULL;

-- Installations this one exchanges with: address and the public key exchanged out of band.
CREATE TABLE federation_peer (
    name             text COLLATE "C" PRIMARY KEY,
    url              text NOT NULL,
    public_key       text NOT NULL,
    suspended        boolean NOT NULL DEFAULT false,
    added_by         text NOT NULL,
    added_at         timestamptz NOT NULL DEFAULT now(),
    last_exchange_at timestamptz,
    last_received    bigint,
    last_removed     bigint,
    last_sent        bigint,
    last_error       text,
    last_error_at    timestamptz
);

-- Nonces of signed messages seen inside the time window: a message seen once is refused again.
CREATE TABLE federation_nonce (
    sender  text COLLATE "C" NOT NULL,
    nonce   text COLLATE "C" NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sender, nonce)
);
CREATE INDEX federation_nonce_seen ON federation_nonce (seen_at);

-- The agreements of a peer's agencies with agencies of this installation, as last heard.
CREATE TABLE foreign_agreement (
    installation   text COLLATE "C" NOT NULL REFERENCES federation_peer (name) ON DELETE CASCADE,
    agreement_id   uuid NOT NULL,
    owner_agency   text COLLATE "C" NOT NULL,
    grantee_agency text COLLATE "C" NOT NULL,
    scope          text[] NOT NULL,
    level          text NOT NULL,
    after_id       text COLLATE "C" NOT NULL DEFAULT '',
    heard_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (installation, agreement_id)
);

-- Records a peer's agency granted to an agency of this installation: stored apart, read-only, as
-- the owner redacted them (personal fields null below FULL). The birth date is sealed like ours.
CREATE TABLE foreign_recovery (
    installation           text COLLATE "C" NOT NULL,
    agreement_id           uuid NOT NULL,
    recovery_id            text COLLATE "C" NOT NULL,
    owner_agency           text COLLATE "C" NOT NULL,
    grantee_agency         text COLLATE "C" NOT NULL,
    level                  text NOT NULL,
    recovery_date          date NOT NULL,
    country                text NOT NULL,
    admin_area             text,
    city                   text,
    crime_code             text,
    serial_number          text,
    serial_obliterated     boolean NOT NULL DEFAULT false,
    partial_serial         text,
    manufacturer           text,
    importer               text,
    model                  text,
    caliber                text,
    firearm_type           text,
    country_of_manufacture text,
    possessor_first_name   text,
    possessor_last_name    text,
    possessor_dob_sealed   bytea,
    possessor_nationality  text,
    incident_id            text,
    criminal_group         text,
    trace_status           text,
    trace_reason           text,
    us_sourced             boolean,
    time_to_crime_days     integer,
    source_state           text,
    received_at            timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (installation, agreement_id, recovery_id),
    FOREIGN KEY (installation, agreement_id) REFERENCES foreign_agreement ON DELETE CASCADE
);
CREATE INDEX foreign_recovery_owner ON foreign_recovery (installation, owner_agency, grantee_agency, recovery_id);

-- What an AGGREGATES_ONLY agreement lets through: counts per country, month and trace status.
CREATE TABLE foreign_count (
    installation   text COLLATE "C" NOT NULL,
    agreement_id   uuid NOT NULL,
    country        text NOT NULL,
    month          date NOT NULL,
    status         text NOT NULL,
    recoveries     bigint NOT NULL,
    PRIMARY KEY (installation, agreement_id, country, month, status),
    FOREIGN KEY (installation, agreement_id) REFERENCES foreign_agreement ON DELETE CASCADE
);

-- Reads of a peer's records with personal data, waiting to be reported back to their owner.
CREATE TABLE federation_read_report (
    read_id        uuid PRIMARY KEY,
    installation   text COLLATE "C" NOT NULL,
    owner_agency   text COLLATE "C" NOT NULL,
    subject        text NOT NULL,
    reader         text NOT NULL,
    reader_agency  text NOT NULL,
    purpose        text,
    read_at        timestamptz NOT NULL
);
CREATE INDEX federation_read_report_installation ON federation_read_report (installation);

-- Reports of remote reads already written to the audit trail: a report sent twice is recorded once.
CREATE TABLE federation_read_received (
    installation text COLLATE "C" NOT NULL,
    read_id      uuid NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (installation, read_id)
);
