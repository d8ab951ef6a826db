-- What changed since an analyst's last visit (the home page). A lead remembers when it was first
-- raised and, when a refresh changes its score, the score before and when: "new" and "rising"
-- are read from these, not guessed from the last refresh's time (every refresh touches every lead).
ALTER TABLE lead ADD COLUMN first_raised_at timestamptz NOT NULL DEFAULT now(),
                 ADD COLUMN previous_score double precision,
                 ADD COLUMN score_changed_at timestamptz;
-- Leads already there were raised before anyone could have visited since.
UPDATE lead SET first_raised_at = computed_at;

-- When each account last opened its home page: the point from which the next visit's news counts.
CREATE TABLE home_visit (
    username text COLLATE "C" PRIMARY KEY,
    seen_at  timestamptz NOT NULL
);
