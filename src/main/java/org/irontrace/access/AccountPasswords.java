package org.irontrace.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.irontrace.platform.BadRequestException;
import org.irontrace.platform.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords after an account exists: an administrator resets one (an officer who forgot it, or whose
 * password may be known to someone else), and every person changes their own. Either way the
 * account's open page sessions and remembered Basic logins end at once ({@link AccountStanding},
 * {@link RememberedLogins}); both are audited. Only bcrypt hashes are stored
 * ({@link PasswordConfiguration}).
 */
@Service
public class AccountPasswords {

	/** How long a reset password lets its owner in to choose a new one. */
	static final Duration TEMPORARY_LIFETIME = Duration.ofHours(72);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AccountUpkeep upkeep;

	private final AuditTrail audit;

	private final RememberedLogins logins;

	AccountPasswords(JdbcClient jdbc, PasswordEncoder encoder, AccountUpkeep upkeep, AuditTrail audit,
			RememberedLogins logins) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.upkeep = upkeep;
		this.audit = audit;
		this.logins = logins;
	}

	/**
	 * Replaces the account's password with a random one of 24 characters (144 bits), answered once:
	 * it signs in for {@link #TEMPORARY_LIFETIME} and only to set a new password. The old password
	 * stops working at once. Administrators change their own password themselves, never by a reset.
	 */
	@Transactional
	public AccessRequests.TemporaryPassword reset(Caller caller, String username) {
		upkeep.administers(caller, username);
		String account = username.trim();
		if (caller.username().equals(account)) {
			throw new BadRequestException("username: change your own password with PUT /api/v1/users/me/password");
		}
		byte[] random = new byte[18];
		RANDOM.nextBytes(random);
		String temporary = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		jdbc.sql("""
				UPDATE account SET password_hash = ?, temporary_password_expires_at = ?,
					credentials_version = credentials_version + 1
				WHERE username = ?
				""")
			.params(encoder.encode(temporary), Timestamp.from(Instant.now().plus(TEMPORARY_LIFETIME)), account)
			.update();
		logins.forget(account);
		audit.record(caller, "USER_PASSWORD_RESET", "user:" + account, null);
		return new AccessRequests.TemporaryPassword(temporary);
	}

	/**
	 * A person's own change of password, proved by the current one (a session left open on a shared
	 * desk does not let a passer-by take the account). The new one follows the rules of a new
	 * account's and must differ from the current one; a temporary password is thereby replaced.
	 */
	@Transactional
	public void change(Caller caller, AccessRequests.PasswordChange change) {
		String current = Checks.required(change.currentPassword(), "currentPassword");
		String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = ?")
			.param(caller.username())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ForbiddenException("Only a person's account has a password; an API token has none"));
		if (!encoder.matches(current, hash)) {
			throw new BadRequestException("currentPassword: not the password of this account");
		}
		String chosen = Checks.password(change.newPassword(), "newPassword", caller.username());
		if (chosen.equals(current)) {
			throw new BadRequestException("newPassword: must differ from the current password");
		}
		jdbc.sql("""
				UPDATE account SET password_hash = ?, temporary_password_expires_at = NULL,
					credentials_version = credentials_version + 1
				WHERE username = ?
				""")
			.params(encoder.encode(chosen), caller.username())
			.update();
		logins.forget(caller.username());
		audit.record(caller, "PASSWORD_CHANGED", "user:" + caller.username(), null);
	}
}
