-- Agencies own their data and share it under explicit agreements; every account acts for one.

CREATE TABLE agency (
    code       text COLLATE "C" PRIMARY KEY,
    name       text NOT NULL,
    country    text NOT NULL,
    -- OPERATOR: the body running this IronTrace installation (its administrators manage it).
    kind       text NOT NULL CHECK (kind IN ('NATIONAL', 'STATE', 'REGIONAL', 'OPERATOR')),
    created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO agency (code, name, country, kind) VALUES ('IRONTRACE', 'IronTrace operators', 'ZZ', 'OPERATOR');

ALTER TABLE account
    ADD COLUMN agency text COLLATE "C" NOT NULL DEFAULT 'IRONTRACE' REFERENCES agency (code),
    ADD COLUMN failed_logins integer NOT NULL DEFAULT 0,
    ADD COLUMN locked_until timestamptz;

-- Tokens for systems; only a hash of each token is kept, the token itself is shown once.
CREATE TABLE api_token (
    token_id   uuid PRIMARY KEY,
    name       text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    agency     text COLLATE "C" NOT NULL REFERENCES agency (code),
    roles      text NOT NULL,
    expires_at timestamptz NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

CREATE TABLE sharing_agreement (
    agreement_id uuid PRIMARY KEY,
    grantor      text COLLATE "C" NOT NULL REFERENCES agency (code),
    grantee      text COLLATE "C" NOT NULL REFERENCES agency (code),
    scope        text[] NOT NULL,
    level        text NOT NULL CHECK (level IN ('AGGREGATES_ONLY', 'RECORDS_WITHOUT_PERSONAL_DATA', 'FULL')),
    valid_from   date NOT NULL,
    valid_until  date,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    CHECK (grantor <> grantee),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE INDEX sharing_agreement_grantee ON sharing_agreement (grantee) WHERE revoked_at IS NULL;

-- The audit trail: who read personal data or changed anything, for which case. Append-only: each
-- entry carries a seal computed from its content and the seal of the entry before it, with a key
-- kept outside the database, so an altered, removed or reordered entry breaks the chain.
CREATE TABLE audit_entry (
    seq       bigint PRIMARY KEY,
    at        timestamptz NOT NULL,
    username  text NOT NULL,
    agency    text NOT NULL,
    action    text NOT NULL,
    subject   text NOT NULL,
    purpose   text,
    seal      text NOT NULL
);

CREATE INDEX audit_entry_agency_at ON audit_entry (agency, at);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
