-- Owner: federation.
-- A peer rotates its signing key: its operators hand over the new public key, which replaces the
-- one held here; the old one still verifies the peer's messages until previous_key_until (messages
-- already on their way, a peer that has not switched yet), and never after. What the peer shared is
-- held under its name, not its key, and stays.
ALTER TABLE federation_peer
    ADD COLUMN previous_public_key text,
    ADD COLUMN previous_key_until  timestamptz,
    ADD COLUMN key_replaced_at     timestamptz;
