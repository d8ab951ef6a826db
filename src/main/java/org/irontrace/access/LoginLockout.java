package org.irontrace.access;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@link #LOCK_MINUTES} minutes after {@link #MAX_FAILURES} wrong passwords in
 * a row, so a password cannot be guessed by trying; a successful login resets the count.
 */
@Component
class LoginLockout {

	static final int MAX_FAILURES = 5;

	static final int LOCK_MINUTES = 15;

	private final JdbcClient jdbc;

	LoginLockout(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		jdbc.sql("""
				UPDATE account SET failed_logins = failed_logins + 1,
				    locked_until = CASE WHEN failed_logins + 1 >= :max
				                        THEN now() + make_interval(mins => :minutes) ELSE locked_until END
				WHERE username = :username
				""")
			.param("max", MAX_FAILURES)
			.param("minutes", LOCK_MINUTES)
			.param("username", event.getAuthentication().getName())
			.update();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal account) {
			jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0")
				.param(account.username())
				.update();
		}
	}
}
