-- Owner: platform.
-- A full refresh empties the tables it computes again (the graph's gun nodes, links and rings, the
-- sale groups, the dealers' ledger figures) inside its transaction, then fills them. TRUNCATE took
-- each table's ACCESS EXCLUSIVE lock for the whole refresh: every page that read a ring or a link
-- waited up to a minute at a million firearms, and a read that held one of these tables while it
-- waited for another met the refresh's next TRUNCATE in a deadlock, which PostgreSQL ended by failing
-- one of the two (a lead's page answered 500). Deleting the rows under an EXCLUSIVE lock keeps every
-- other writer waiting as before, while readers go on seeing the rows of before until the refresh
-- commits. The dead rows are autovacuum's; each refresh analyses what it filled.
CREATE FUNCTION irontrace_empty_for_refill(refilled regclass) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    emptied bigint;
BEGIN
    EXECUTE format('LOCK TABLE %s IN EXCLUSIVE MODE', refilled);
    EXECUTE format('DELETE FROM %s', refilled);
    GET DIAGNOSTICS emptied = ROW_COUNT;
    RETURN emptied;
END
$$;
