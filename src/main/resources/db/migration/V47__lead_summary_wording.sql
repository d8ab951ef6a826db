-- A lead's one-line summary as a message code and its figures ({"code": "...", "args": [...]}), so
-- that pages word it in the reader's language; the English stays in summary. Null on leads computed
-- before, which pages then show in English until the next recomputation.
ALTER TABLE lead ADD COLUMN summary_wording jsonb;
