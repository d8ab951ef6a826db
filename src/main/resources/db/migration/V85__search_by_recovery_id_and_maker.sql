-- Owned by the recovery module. The one search box also tries the typed words as a recovery id (in
-- any case: ids are typed as they are read off a form) and as a maker (its catalogue key).
CREATE INDEX recovery_id_upper ON recovery_store (upper(recovery_id));
CREATE INDEX recovery_manufacturer_key ON recovery_store (manufacturer_key);
