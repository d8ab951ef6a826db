-- Owner: federation.
-- A granted record carries its owner's current trace; when the owner traces the gun again, the new
-- answer reaches the grantee at the next exchange. Each agreement keeps the owner's last trace
-- change applied here (TRANSACTION:RECOVERY_ID, null until the first exchange that sends traces),
-- and each record the retail dealer of the first sale and when the owner traced it.
ALTER TABLE foreign_agreement ADD COLUMN changes_after text COLLATE "C";

ALTER TABLE foreign_recovery
    ADD COLUMN dealer_licence text,
    ADD COLUMN dealer_name    text,
    ADD COLUMN traced_at      timestamptz;
