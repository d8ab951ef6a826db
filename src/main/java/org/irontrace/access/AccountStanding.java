package org.irontrace.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * Whether a signed-in page session may go on. Read on every page request of a session (one look-up
 * by primary key), so that an administrator's decision ends sessions at once rather than when they
 * expire: a disabled account's sessions end, and so do those signed in before the account's roles
 * or password changed (the account's credentials version moved past the one the session carries).
 */
@Service
public class AccountStanding {

	/** What becomes of a session at its next request. */
	public enum Standing {
		GOES_ON, ENDED, MUST_CHANGE_PASSWORD
	}

	private final JdbcClient jdbc;

	private final AccountDetailsService accounts;

	AccountStanding(JdbcClient jdbc, AccountDetailsService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public Standing of(Authentication login) {
		Object principal = login.getPrincipal();
		Integer signedInWith = principal instanceof AccountPrincipal account ? Integer.valueOf(account.credentialsVersion())
				: principal instanceof ProviderSignedInAccount provided ? Integer.valueOf(provided.credentialsVersion()) : null;
		return jdbc.sql("""
				SELECT disabled_at IS NULL AS enabled, credentials_version, temporary_password_expires_at IS NOT NULL AS temporary
				FROM account WHERE username = ?
				""")
			.param(login.getName())
			.query((rs, n) -> {
				if (!rs.getBoolean("enabled") || (signedInWith != null && signedInWith != rs.getInt("credentials_version"))) {
					return Standing.ENDED;
				}
				// Only a password sign-in used the temporary password; the agency's provider vouches without it.
				return rs.getBoolean("temporary") && principal instanceof AccountPrincipal ? Standing.MUST_CHANGE_PASSWORD
						: Standing.GOES_ON;
			})
			.optional()
			.orElse(Standing.GOES_ON);
	}

	/**
	 * The same session after its owner changed the password in it: it carries the new credentials
	 * version, so it goes on while the owner's other sessions end.
	 */
	public Authentication renewed(Authentication login) {
		if (login.getPrincipal() instanceof ProviderSignedInAccount provided
				&& login instanceof OAuth2AuthenticationToken token) {
			int version = jdbc.sql("SELECT credentials_version FROM account WHERE username = ?")
				.param(login.getName()).query(Integer.class).single();
			return new OAuth2AuthenticationToken(provided.withCredentialsVersion(version), token.getAuthorities(),
					token.getAuthorizedClientRegistrationId());
		}
		AccountPrincipal account = (AccountPrincipal) accounts.loadUserByUsername(login.getName());
		return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
	}
}
