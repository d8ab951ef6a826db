-- Retail purchases of people who bought another gun within two months of it (anywhere): a straw
-- purchaser buys several guns in a few weeks, a lawful buyer rarely more than one. Derived from the
-- ledger and resolved people by the full refresh (org.irontrace.network.Links); the incremental
-- refresh only reads it, as a new recovery does not change who bought what.
CREATE TABLE network_repeat_sale (
    person  text COLLATE "C" NOT NULL,
    licence text COLLATE "C" NOT NULL,
    day     date NOT NULL,
    -- guns this person bought within two months of this purchase, this one included
    guns    integer NOT NULL
);

CREATE INDEX network_repeat_sale_licence ON network_repeat_sale (licence, day);
