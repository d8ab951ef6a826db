-- Whether the installation holds any import record of its own ledger: without one, a foreign-made
-- gun the ledger does not know cannot be said never to have been imported (an agency that holds only
-- the tracing authority's answers has no import records at all). A partial index answers at once.
CREATE INDEX custody_event_ledger_imports ON custody_event_store (event_type)
    WHERE event_type = 'IMPORTED' AND source = 'LEDGER';
