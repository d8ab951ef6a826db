-- Owner: network. A search for the shortest path between two nodes reads, at each step, the gun rows
-- touching the guns reached so far; they are found by serial, so that a step is a few index look-ups
-- rather than a scan of every gun row of the graph.
CREATE INDEX network_gun_serial ON network_gun (serial_number);
