-- Owner: network. A gun node keeps the incident its recovery belongs to: guns of one incident were
-- seized together whatever their days and places (a raid found over two days, a shipment split
-- between ports), so where an agency gives an incident id it decides which guns were taken together
-- instead of the guess from one agency, day, place and possessor. Derived, like the rest of the
-- graph: filled by the next refresh (no recovery had an incident id before V53).

ALTER TABLE network_gun ADD COLUMN incident_id text COLLATE "C";
