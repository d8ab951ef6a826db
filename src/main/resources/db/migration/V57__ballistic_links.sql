-- Owned by the network module (org.irontrace.network): hits confirmed by a ballistic examiner
-- (IBIS, NIBIN) between recovered guns and crime scenes' casings, as ballistic_links.csv sends them.
-- A link may name a recovery that has not arrived yet: it is kept and joins the graph once the
-- recovery is traced. Items are kept split (kind, agency, id) so they join network_gun by key.
CREATE TABLE ballistic_link (
    agency       text COLLATE "C" NOT NULL,
    link_id      text COLLATE "C" NOT NULL,
    a_kind       text NOT NULL CHECK (a_kind IN ('recovery', 'case')),
    a_agency     text COLLATE "C" NOT NULL,
    a_id         text COLLATE "C" NOT NULL,
    b_kind       text NOT NULL CHECK (b_kind IN ('recovery', 'case')),
    b_agency     text COLLATE "C" NOT NULL,
    b_id         text COLLATE "C" NOT NULL,
    link_date    date NOT NULL,
    confidence   text NOT NULL CHECK (confidence IN ('CONFIRMED', 'PROBABLE')),
    source_line  bigint,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency, link_id),
    CHECK ((a_kind, a_agency, a_id) <> (b_kind, b_agency, b_id))
);

-- Each link seen from both of its ends: "this item is tied to that one". Every look-up of a
-- thread starts from one item, through the indexes below.
CREATE VIEW ballistic_end AS
SELECT agency, link_id, a_kind AS item_kind, a_agency AS item_agency, a_id AS item_id,
       b_kind AS other_kind, b_agency AS other_agency, b_id AS other_id, link_date, confidence
FROM ballistic_link
UNION ALL
SELECT agency, link_id, b_kind, b_agency, b_id, a_kind, a_agency, a_id, link_date, confidence
FROM ballistic_link;

CREATE INDEX ballistic_link_a ON ballistic_link (a_agency, a_id, a_kind);
CREATE INDEX ballistic_link_b ON ballistic_link (b_agency, b_id, b_kind);
