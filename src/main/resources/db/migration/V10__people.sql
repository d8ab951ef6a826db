-- People resolved from person records (retail purchasers in the ledger, possessors in recoveries).
-- Record ids: 'event:<event_id>' and 'recovery:<agency>/<recovery_id>'. The records themselves stay
-- in their own tables; only the resolution's conclusions and the analysts' judgements live here.

-- Which person each record belongs to. A record without a row has not been resolved yet: the next
-- incremental resolution takes it up.
CREATE TABLE person_assignment (
    record_id   text COLLATE "C" PRIMARY KEY,
    person_id   text COLLATE "C" NOT NULL,
    assigned_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX person_assignment_person ON person_assignment (person_id);

-- Person ids are 'P' + a number from here; a person keeps its id when records join it.
CREATE SEQUENCE person_number;

-- Analysts' decisions; a pair is stored once, the smaller id first. The latest decision on a pair stands.
CREATE TABLE person_judgement (
    record_a  text COLLATE "C" NOT NULL,
    record_b  text COLLATE "C" NOT NULL,
    same      boolean NOT NULL,
    note      text,
    judged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (record_a, record_b),
    CHECK (record_a < record_b)
);

-- The models learnt by full resolutions (m and u per field and level, prior) with the threshold
-- chosen; the newest scores incremental runs and explanations.
CREATE TABLE person_model (
    model_id   bigserial PRIMARY KEY,
    trained_at timestamptz NOT NULL DEFAULT now(),
    threshold  double precision NOT NULL,
    model      jsonb NOT NULL
);
