-- Owner: intel.
-- The leads' indicator index takes each new entry at once (V243 says why for the rings' indexes):
-- leads are written again by every pass, and a look-up by indicator (the buyers at a straw
-- purchaser's address) read a pending list of 369 pages at 1,000,000 firearms.
ALTER INDEX lead_indicators SET (fastupdate = off);
SELECT gin_clean_pending_list('lead_indicators'::regclass);
