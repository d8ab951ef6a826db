-- Trafficking intelligence: the multiple-sale and split-purchase findings of the ledger, and leads with the analysts' work on them.

-- Sales of one purchaser, one category (HANDGUN or RIFLE_3310_12) within 5 business days.
-- MULTIPLE_SALE: a dealer sold two or more (the report it had to file); SPLIT_PURCHASE: several
-- dealers sold one each, each staying just under the threshold.
CREATE TABLE intel_sale_group (
    group_id     bigserial PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('MULTIPLE_SALE', 'SPLIT_PURCHASE')),
    category     text NOT NULL,
    purchaser_id text COLLATE "C" NOT NULL,
    first_day    date NOT NULL,
    last_day     date NOT NULL,
    event_ids    text[] NOT NULL,
    licences     text[] NOT NULL
);

CREATE INDEX intel_sale_group_purchaser ON intel_sale_group (purchaser_id);
CREATE INDEX intel_sale_group_day ON intel_sale_group (first_day);

-- A lead survives recomputation: its score and evidence are refreshed, the analysts' owner, status
-- and outcome stay, so outcomes can later be set against the indicators that raised the lead.
CREATE TABLE lead (
    lead_id               bigserial PRIMARY KEY,
    lead_type             text NOT NULL CHECK (lead_type IN ('PERSON', 'DEALER', 'RING')),
    subject               text COLLATE "C" NOT NULL,
    score                 double precision NOT NULL,
    summary               text NOT NULL,
    indicators            text[] NOT NULL,
    evidence              jsonb NOT NULL,
    people                jsonb,
    licences              text[] NOT NULL DEFAULT '{}',
    contributing_agencies text[] NOT NULL,
    owner                 text,
    status                text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'IN_REVIEW', 'REFERRED', 'CLOSED')),
    outcome               text CHECK (outcome IN ('CHARGED', 'DEALER_INSPECTED', 'NO_ACTION')),
    active                boolean NOT NULL DEFAULT true,
    computed_at           timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz,
    UNIQUE (lead_type, subject)
);

CREATE INDEX lead_rank ON lead (lead_type, score DESC) WHERE active;
CREATE INDEX lead_indicators ON lead USING gin (indicators);
