-- An installation that holds the demo world says so on every page: its people, guns and agencies
-- are invented, and no one may take a demo figure for a real one. One row once the demo is loaded.
CREATE TABLE demo_world (
    loaded_at timestamptz NOT NULL
);
