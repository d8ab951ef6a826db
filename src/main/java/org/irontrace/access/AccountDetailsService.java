package org.irontrace.access;

import java.util.Arrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
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
		return jdbc.sql("SELECT username, password_hash, roles FROM account WHERE username = ?")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.roles(Arrays.stream(rs.getString(3).split(",")).map(String::trim).toArray(String[]::new))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
