-- Owner: federation.
-- The first retail purchaser a granted record's trace found, as its owner sends it under a FULL grant
-- only (the owner withholds it in its own SQL below FULL): the straw purchaser is who a grantee's
-- analysts look for across countries. Kept as the possessor is: the birth date sealed, and the person
-- key (irontrace_person_key of name and birth date, as every module keys people) digested once when
-- the record is stored, so a person's foreign records are found by index. Deleted with the record when
-- its agreement ends or is revoked.
ALTER TABLE foreign_recovery
    ADD COLUMN purchaser_first_name text,
    ADD COLUMN purchaser_last_name  text,
    ADD COLUMN purchaser_dob_sealed bytea,
    ADD COLUMN purchaser_state      text,
    ADD COLUMN purchaser_key        text COLLATE "C";

CREATE INDEX foreign_recovery_by_purchaser ON foreign_recovery (purchaser_key) WHERE purchaser_key IS NOT NULL;
