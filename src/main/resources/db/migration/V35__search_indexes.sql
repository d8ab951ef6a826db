-- Search by the words an analyst types. Names are compared folded: lower case, accents and the
-- Spanish and French letters taken back to plain ones, so "Perez" finds "Pérez" and "Paramo"
-- "Páramo" (the unaccent extension is not always installed on an external server, so the fold is
-- IronTrace's own and IMMUTABLE, which lets indexes hold it). Near spellings are found through
-- trigrams of the folded names.

CREATE FUNCTION irontrace_fold(words text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(translate(words,
        'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçÝýÿ',
        'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcYyy'))
$$;

-- Possessors' names, first and last together, as the search compares them.
CREATE INDEX recovery_possessor_trgm ON recovery_store
    USING gin (irontrace_fold(coalesce(possessor_first_name, '') || ' ' || coalesce(possessor_last_name, '')) gin_trgm_ops);

-- Recoveries by serial: exact and prefix on the key, look-alike readings on its shape.
CREATE INDEX recovery_serial_key ON recovery_store (serial_key);
CREATE INDEX recovery_serial_shape ON recovery_store ((translate(serial_key, 'OISBZ', '01582')));

-- Licensees by name; the register is small, the index keeps a search in the millisecond range.
CREATE INDEX licensee_name_trgm ON licensee USING gin (irontrace_fold(business_name) gin_trgm_ops);

-- The one search box also tries the typed words as a crime code and as a city.
CREATE INDEX recovery_crime_code ON recovery_store (crime_code);
CREATE INDEX recovery_city_folded ON recovery_store (irontrace_fold(city));
