-- Owner: commerce. Who sent each row of the shared custody ledger and each licensee: the user whose
-- import added it, or 'installation' for the command line. A row planted in the ledger names every
-- agency's purchaser, so who put it there must be known. Rows stored before this migration keep null
-- (sender unknown).
ALTER TABLE custody_event_store ADD COLUMN sent_by text;
ALTER TABLE licensee ADD COLUMN sent_by text;
