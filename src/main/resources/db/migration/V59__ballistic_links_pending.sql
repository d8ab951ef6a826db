-- Owned by the network module: traced recoveries whose people a newly imported ballistic hit may
-- link (both ends of the hit, and the guns already tied to a scene it names). Filled in the import's
-- transaction, emptied by the refresh that brings them into the link graph (the incremental one
-- after the import, or any full refresh).
CREATE TABLE network_ballistic_pending (
    agency      text COLLATE "C" NOT NULL,
    recovery_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (agency, recovery_id)
);
