package org.irontrace.access;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's care of existing accounts: unlocking a user locked out by wrong passwords,
 * disabling and enabling it, changing its roles, revoking an API token (passwords:
 * {@link AccountPasswords}). The same rule as creating them ({@link AccessAdministration}): the
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
	 * ({@link AccountStanding}). No one disables their own account (an agency would lose its last
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
	 * Gives an account new roles (the same names as creating it). They apply at once: the API reads
	 * the account on every call and its remembered logins are forgotten, and its open page sessions
	 * end at their next request ({@link AccountStanding}), to be signed in again with the new roles.
	 * API tokens carry their own roles and are not touched. No one changes their own roles (an
	 * administrator could otherwise lift or lose their own rights by a slip).
	 */
	@Transactional
	public UserAccount changeRoles(Caller caller, String username, List<String> roleNames) {
		String agency = administers(caller, username);
		Set<Role> roles = Checks.roles(roleNames);
		if (caller.username().equals(username.trim())) {
			throw new BadRequestException("username: you cannot change your own roles");
		}
		String before = jdbc.sql("SELECT roles FROM account WHERE username = ?").param(username.trim())
			.query(String.class).single();
		jdbc.sql("UPDATE account SET roles = ?, credentials_version = credentials_version + 1 WHERE username = ?")
			.params(RoleList.format(roles), username.trim()).update();
		logins.forget(username.trim());
		audit.record(caller, "USER_ROLES_CHANGED", "user:" + username.trim(),
				"roles " + RoleList.parse(before) + " -> " + roles);
		return new UserAccount(username.trim(), agency, roles);
	}

	/** The agency of the account, once the caller is found to administer it (404 for no such account). */
	String administers(Caller caller, String username) {
		String agency = jdbc.sql("SELECT agency FROM account WHERE username = ?")
			.param(username == null ? "" : username.trim())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("No user " + username));
		administration.administers(caller, agency);
		return agency;
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
