-- An agency may let its people sign in through its own OpenID Connect provider. The provider only
-- says who someone is; what they may do comes from the agency's local account of the same name.
-- The client secret is stored sealed (AES-256-GCM, key in the key folder), never in plain text.
CREATE TABLE agency_openid_provider (
    agency               text COLLATE "C" PRIMARY KEY REFERENCES agency (code),
    issuer_uri           text NOT NULL,
    client_id            text NOT NULL,
    -- NULL for a public client (PKCE only, no secret).
    client_secret_sealed bytea,
    username_claim       text NOT NULL DEFAULT 'preferred_username',
    updated_by           text NOT NULL,
    updated_at           timestamptz NOT NULL DEFAULT now()
);
