-- Public reports as published: each version is kept exactly as it was first shown, so that a
-- figure quoted in a ministry brief or a court filing can always be found again. A correction is
-- a new version that says what changed.

CREATE TABLE published_report (
    report_id    text COLLATE "C" NOT NULL,
    version      integer NOT NULL CHECK (version >= 1),
    title        text NOT NULL,
    country      text NOT NULL,
    period_from  date NOT NULL,
    period_to    date NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    -- What changed against the previous version; every version after the first must say.
    changes      text,
    -- The open data of the report: suppressed aggregates only, never a record.
    body         jsonb NOT NULL,
    PRIMARY KEY (report_id, version),
    CHECK (version = 1 OR changes IS NOT NULL)
);

CREATE FUNCTION published_report_never_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published report % version % never changes: publish a correction as a new version',
        OLD.report_id, OLD.version USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER published_report_is_immutable BEFORE UPDATE OR DELETE ON published_report
    FOR EACH ROW EXECUTE FUNCTION published_report_never_changes();

CREATE FUNCTION published_reports_are_never_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published reports are never removed' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER published_report_no_truncate BEFORE TRUNCATE ON published_report
    FOR EACH STATEMENT EXECUTE FUNCTION published_reports_are_never_emptied();
