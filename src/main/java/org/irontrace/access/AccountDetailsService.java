package org.irontrace.access;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Logins are checked against the accounts table. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return jdbc.sql("SELECT username, password_hash, agency, roles, locked_until FROM account WHERE username = ?")
			.param(username)
			.query((rs, n) -> {
				Timestamp locked = rs.getTimestamp("locked_until");
				return new AccountPrincipal(rs.getString("username"), rs.getString("password_hash"),
						rs.getString("agency"), RoleList.parse(rs.getString("roles")),
						locked == null ? null : locked.toInstant());
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
