-- Owner: report. Each agency's choice to let its recoveries be counted in public reports, recorded by
-- its own administrators. Without a row an agency has not opted in: publication counts only the
-- recoveries of agencies whose row says consented.
CREATE TABLE publication_consent (
    agency      text COLLATE "C" PRIMARY KEY,
    consented   boolean NOT NULL,
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
