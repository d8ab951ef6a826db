-- Owner: network.
-- The links by either end and the other, with what a ring is grouped by (kind and strength) in the
-- indexes themselves. A pass over a large group and a full rebuild read every pair, summed, and the
-- table holds each link's wording and sealed document besides (about 470 bytes a link): read from an
-- index alone, the 129,092 pairs of 1,000,000 firearms take 0.08 s against 0.21 s from the table
-- (BENCHMARKS.md, "Ring look-ups for many people", 2026-12-07). Both ends alike: with only the first
-- end covered, PostgreSQL read look-ups by the second end by skipping through the whole first index
-- (0.04 to 0.07 s for 600 people where each end's own index takes 0.007 s).
CREATE INDEX network_link_pairs ON network_link (a, b) INCLUDE (kind, strength);
CREATE INDEX network_link_pairs_by_b ON network_link (b, a) INCLUDE (kind, strength);
DROP INDEX network_link_a;
DROP INDEX network_link_b;
