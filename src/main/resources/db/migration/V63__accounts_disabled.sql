-- An administrator disables an account (an officer who left, a password thought stolen): its
-- sign-ins are refused and its open sessions end at their next request. Kept, not deleted, so that
-- the audit trail's entries still name a known account.
ALTER TABLE account ADD COLUMN disabled_at timestamptz;
