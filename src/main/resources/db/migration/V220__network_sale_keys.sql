-- The person key of each sale on the ledger (irontrace_person_key of the purchaser's name and birth
-- date, V75). Bringing a few recoveries into the graph must find every sale of a purchaser not yet
-- resolved, as the full refresh does; without this table that meant unsealing the birth date of every
-- sale and digesting it, twice a pass (about a second at 25,000 sales). The keys are filled in for
-- the sales that lack one when such a person is touched, read by the index on the key, and emptied by
-- every full refresh of the graph (a ledger import, a removed agency), which the next pass fills again.
CREATE TABLE network_sale_key (
    event_id text PRIMARY KEY,
    person   text COLLATE "C"
);
CREATE INDEX network_sale_key_person ON network_sale_key (person);
