-- One accent fold in SQL: the links between people whose guns were taken from a person of the
-- same name now compare possessors' names through irontrace_fold (V35), as search does, instead of
-- a shorter list of accents of their own. The index the incremental refresh reaches them by holds
-- the same expression (irontrace_fold is an inlined SQL function, so the planner matches it).
-- Owner: recovery (the index is on its table, for network's link queries).
DROP INDEX recovery_possessor_holder;
CREATE INDEX recovery_possessor_holder ON recovery_store (agency, upper(irontrace_fold(possessor_first_name || ' ' || possessor_last_name)))
    WHERE possessor_first_name IS NOT NULL AND possessor_last_name IS NOT NULL;
