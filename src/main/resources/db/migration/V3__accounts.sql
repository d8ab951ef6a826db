-- People who log in. Until agencies and roles arrive, one administrator account exists.
CREATE TABLE account (
    username      text PRIMARY KEY,
    password_hash text NOT NULL,
    roles         text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
