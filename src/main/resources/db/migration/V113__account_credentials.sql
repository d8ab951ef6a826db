-- An administrator changes an account's roles or resets its password, or its owner changes the
-- password: the account's credentials_version goes up, and every open page session signed in with
-- an earlier version ends at its next request. A reset password is temporary: it signs in only
-- until temporary_password_expires_at, and only to set a new password.
ALTER TABLE account
	ADD COLUMN credentials_version integer NOT NULL DEFAULT 0,
	ADD COLUMN temporary_password_expires_at timestamptz;
