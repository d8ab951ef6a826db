-- Owner: network.
-- The person keys kept for the sales not yet assigned to a person (network_sale_key, V220) were
-- completed on every pass that touched such a person by looking for the sales without one: a scan
-- of every sale and two probes each, about 5 s a pass at 1,000,000 firearms. After one such scan the
-- keys cover every sale, and until the next full refresh empties them new sales arrive only as the
-- evidence of the tracing authority's answers (a ledger import, a new resolution or a removed agency
-- refresh everything). A row here says the keys are complete; the passes then key the evidence of
-- their own recoveries' answers by its event id.
CREATE TABLE network_sale_keys_complete (
    completed_at timestamptz NOT NULL DEFAULT now()
);
