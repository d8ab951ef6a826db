package org.irontrace.access;

import java.util.UUID;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's care of existing accounts: unlocking a user locked out by wrong passwords,
 * revoking an API token. The same rule as creating them ({@link AccessAdministration}): the
 * operators for any agency, an agency's ADMIN for its own. Both are audited; a revoked token is
 * refused on its next request.
 */
@Service
public class AccountUpkeep {

	private final JdbcClient jdbc;

	private final AccessAdministration administration;

	private final AuditTrail audit;

	private final RememberedLogins logins;

	private final LoginThrottle throttle;

	AccountUpkeep(JdbcClient jdbc, AccessAdministration administration, AuditTrail audit, RememberedLogins logins,
			LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.administration = administration;
		this.audit = audit;
		this.logins = logins;
		this.throttle = throttle;
	}

	@Transactional
	public void unlock(Caller caller, String username) {
		administers(caller, username);
		jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username.trim()).update();
		// An administrator's hand on the account: its next login is checked in full again.
		logins.forget(username.trim());
		throttle.forget(username.trim());
		audit.record(caller, "USER_UNLOCKED", "user:" + username.trim(), null);
	}

	/**
	 * Disables an account, or enables it again: a disabled account's sign-ins are refused, its
	 * remembered Basic logins forgotten, and its open page sessions end at their next request
	 * ({@link #admitted}). No one disables their own account (an agency would lose its last
	 * administrator by a slip).
	 */
	public void setDisabled(Caller caller, String username, boolean disabled) {
		administers(caller, username);
		if (disabled && caller.username().equals(username.trim())) {
			throw new BadRequestException("username: you cannot disable your own account");
		}
		jdbc.sql("UPDATE account SET disabled_at = CASE WHEN ? THEN coalesce(disabled_at, now()) END WHERE username = ?")
			.params(disabled, username.trim()).update();
		logins.forget(username.trim());
		audit.record(caller, disabled ? "USER_DISABLED" : "USER_ENABLED", "user:" + username.trim(), null);
	}

	/**
	 * Whether a signed-in session of this account may go on: the account exists and is not disabled.
	 * Read on every page request of a session (one look-up by primary key), so that disabling ends
	 * sessions at once rather than when they expire.
	 */
	public boolean admitted(String username) {
		return jdbc.sql("SELECT disabled_at IS NULL FROM account WHERE username = ?").param(username)
			.query(Boolean.class).optional().orElse(true);
	}

	private void administers(Caller caller, String username) {
		String agency = jdbc.sql("SELECT agency FROM account WHERE username = ?")
			.param(username == null ? "" : username.trim())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No user " + username));
		administration.administers(caller, agency);
	}

	@Transactional
	public void revokeToken(Caller caller, String tokenId) {
		UUID id;
		try {
			id = UUID.fromString(tokenId);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new NotFoundException("No token " + tokenId);
		}
		String agency = jdbc.sql("SELECT agency FROM api_token WHERE token_id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No token " + tokenId));
		administration.administers(caller, agency);
		jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE token_id = ? AND revoked_at IS NULL").param(id).update();
		audit.record(caller, "TOKEN_REVOKED", "token:" + id, null);
	}
}
