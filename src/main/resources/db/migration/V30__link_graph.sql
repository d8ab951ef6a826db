-- The link graph of crime guns: one row per traced recovery (its latest trace), the links between
-- the people behind them, and the rings those links form. All derived: rebuilt from traces, the
-- ledger and resolved people at any time.

CREATE TABLE network_gun (
    agency             text COLLATE "C" NOT NULL,
    recovery_id        text COLLATE "C" NOT NULL,
    trace_id           uuid NOT NULL,
    status             text NOT NULL,
    reason             text,
    recovery_date      date NOT NULL,
    country            text NOT NULL,
    admin_area         text,
    city               text,
    crime_code         text,
    serial_obliterated boolean NOT NULL,
    serial_number      text,
    manufacturer       text,
    model              text,
    calibre_family     text,
    firearm_type       text,
    -- The dealer of the first retail sale; for a chain that ends before a sale, the last licensee
    -- that held the gun (where it left the books).
    licence            text COLLATE "C",
    dealer_state       text,
    sale_date          date,
    sale_event_id      text COLLATE "C",
    ttc_days           integer,
    purchaser_id       text COLLATE "C",
    possessor_id       text COLLATE "C",
    -- Guns taken together: one agency, one day, one place, one possessor.
    seizure_key        text COLLATE "C" NOT NULL,
    PRIMARY KEY (agency, recovery_id)
);

CREATE INDEX network_gun_purchaser ON network_gun (purchaser_id);
CREATE INDEX network_gun_possessor ON network_gun (possessor_id);
CREATE INDEX network_gun_licence ON network_gun (licence);
CREATE INDEX network_gun_seizure ON network_gun (seizure_key);

-- Why two people are linked; a pair may be linked for several reasons. a < b.
CREATE TABLE network_link (
    a        text COLLATE "C" NOT NULL,
    b        text COLLATE "C" NOT NULL,
    kind     text NOT NULL,
    detail   text NOT NULL,
    agencies text[] NOT NULL,
    CHECK (a < b)
);

CREATE INDEX network_link_a ON network_link (a);
CREATE INDEX network_link_b ON network_link (b);

CREATE TABLE network_ring (
    ring_id               text COLLATE "C" PRIMARY KEY,
    score                 double precision NOT NULL,
    members               text[] NOT NULL,
    purchasers            text[] NOT NULL,
    licences              text[] NOT NULL,
    guns                  text[] NOT NULL,
    corridors             jsonb NOT NULL,
    links                 jsonb NOT NULL,
    contributing_agencies text[] NOT NULL,
    computed_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX network_ring_members ON network_ring USING gin (members);

-- How each person of the graph is named on the records behind it (the first record seen).
CREATE TABLE network_person (
    person_id  text COLLATE "C" PRIMARY KEY,
    first_name text,
    last_name  text,
    dob        date
);
