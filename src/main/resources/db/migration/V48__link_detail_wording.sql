-- Why two people are linked, as a message code and its figures ({"code": "...", "args": [...]}), so
-- that pages word it in the reader's language; the English stays in detail. Null on links made
-- before, which pages then show in English until the links are rebuilt.
ALTER TABLE network_link ADD COLUMN detail_wording jsonb;
