package org.irontrace.access;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Logins are checked against the accounts table. A password hashed at a lower cost than today's is
 * re-hashed when its owner signs in with it (the only moment IronTrace holds the password).
 */
@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final JdbcClient jdbc;

	private final LoginThrottle throttle;

	AccountDetailsService(JdbcClient jdbc, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("""
				SELECT username, password_hash, agency, roles, failed_logins, locked_until, disabled_at, credentials_version,
					temporary_password_expires_at
				FROM account WHERE username = ?
				""")
			.param(username)
			.query((rs, n) -> {
				// Held only against the addresses that guessed (LoginThrottle), not against its owner.
				return new AccountPrincipal(rs.getString("username"), rs.getString("password_hash"),
						rs.getString("agency"), RoleList.parse(rs.getString("roles")), throttle.heldUntil(username,
								rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until"))),
						rs.getTimestamp("disabled_at") != null, rs.getInt("credentials_version"),
						instant(rs.getTimestamp("temporary_password_expires_at")));
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Override
	public UserDetails updatePassword(UserDetails user, String newHash) {
		jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?").params(newHash, user.getUsername()).update();
		return ((AccountPrincipal) user).withPasswordHash(newHash);
	}

	private static Instant instant(Timestamp value) {
		return value == null ? null : value.toInstant();
	}
}
