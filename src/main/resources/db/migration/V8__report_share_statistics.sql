-- Reports count a period in two shares at once, split by a hash of the recovery id. Without
-- statistics on that expression the planner believes a share holds a handful of rows and probes
-- the current answers one by one; with them it hashes each share's half (migration V7, RecoveryFacts).
CREATE STATISTICS recovery_store_share ON ((hashtext(recovery_id) & 1)) FROM recovery_store;
CREATE STATISTICS current_trace_share ON ((hashtext(recovery_id) & 1)) FROM current_trace;
