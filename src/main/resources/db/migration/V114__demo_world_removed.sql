-- The demo world can be removed; its row then stays, with the time of removal, so that the next
-- start (which finds an empty ledger again) does not load the invented world a second time.
ALTER TABLE demo_world ADD COLUMN removed_at timestamptz;
