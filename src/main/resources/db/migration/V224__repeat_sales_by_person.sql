-- Owner: network.
-- Associate leads read, for a few buyers at a time, how often each bought gun after gun: by person.
CREATE INDEX network_repeat_sale_person ON network_repeat_sale (person);
