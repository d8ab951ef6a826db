-- Owner: federation.
-- The person key of a foreign possessor (irontrace_person_key of name and birth date, as every module
-- keys people), kept with the record when it is stored, so that the person and lead pages find a
-- person's foreign records through an index instead of unsealing and digesting every granted birth
-- date at each opening. Only records granted at FULL carry names, so only they get a key.
ALTER TABLE foreign_recovery ADD COLUMN possessor_key text COLLATE "C";

UPDATE foreign_recovery
SET possessor_key = irontrace_person_key(possessor_first_name, possessor_last_name,
        CAST(CAST(irontrace_unseal(possessor_dob_sealed) AS date) AS text))
WHERE possessor_first_name IS NOT NULL OR possessor_last_name IS NOT NULL;

CREATE INDEX foreign_recovery_by_possessor ON foreign_recovery (possessor_key) WHERE possessor_key IS NOT NULL;
