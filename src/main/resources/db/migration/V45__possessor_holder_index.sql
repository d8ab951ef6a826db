-- Recoveries by the possessor's name as links compare names (accents dropped, upper case): the guns
-- of other purchasers taken from a person of the same name as a new recovery's possessor.
CREATE INDEX recovery_possessor_holder ON recovery_store (agency, upper(translate(possessor_first_name || ' ' || possessor_last_name,
    'áéíóúüñÁÉÍÓÚÜÑàèìòùÀÈÌÒÙ', 'aeiouunAEIOUUNaeiouAEIOU')))
    WHERE possessor_first_name IS NOT NULL AND possessor_last_name IS NOT NULL;
