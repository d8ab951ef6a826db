-- Owner: network.
-- The rings' member and purchaser indexes take each new entry at once rather than in a pending list
-- merged later: every pass after a trace writes rings again, and until the list is merged (by vacuum,
-- or once it reaches 4 MB) every look-up of a person's rings reads the whole list. At 1,000,000
-- firearms a list of 60 pages made the rings of 630 ring members take 47 ms to find instead of 3 ms,
-- in every pass (BENCHMARKS.md, "Pending lists of the rings' and leads' indexes", 2026-12-07).
ALTER INDEX network_ring_members SET (fastupdate = off);
ALTER INDEX network_ring_purchasers SET (fastupdate = off);
SELECT gin_clean_pending_list('network_ring_members'::regclass);
SELECT gin_clean_pending_list('network_ring_purchasers'::regclass);
