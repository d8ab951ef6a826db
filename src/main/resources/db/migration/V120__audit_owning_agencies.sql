-- Owner: access. A read of another agency's records is audited under the reader's agency and names
-- the agencies whose records were read, so that the owners' auditors see who read them too.
ALTER TABLE audit_entry ADD COLUMN owners text[];
CREATE INDEX audit_entry_owners ON audit_entry USING gin (owners) WHERE owners IS NOT NULL;
