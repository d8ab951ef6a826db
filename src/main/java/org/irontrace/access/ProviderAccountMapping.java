package org.irontrace.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a person the agency's provider vouched for into the agency's local account of the same
 * name. Nobody is created and nothing is taken from the provider but the name: an unknown name, an
 * account of another agency or a locked account is refused, and the refusal is audited.
 */
@Component
class ProviderAccountMapping implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** Error code of a refusal whose reason the sign-in page explains. */
	static final String NO_ACCOUNT = "irontrace_no_account";

	static final String LOCKED = "irontrace_account_locked";

	static final String DISABLED = "irontrace_account_disabled";

	private final OidcUserService provider = new OidcUserService();

	private final OpenIdProviders providers;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ProviderAccountMapping(OpenIdProviders providers, JdbcClient jdbc, AuditTrail audit) {
		this.providers = providers;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser vouched = provider.loadUser(request);
		String agency = request.getClientRegistration().getRegistrationId();
		String claimName = providers.find(agency)
			.map(StoredProvider::usernameClaim)
			.orElseThrow(() -> refuse(NO_ACCOUNT, "(unknown)", agency, "the agency no longer has a provider"));
		Object claim = vouched.getClaims().get(claimName);
		if (claim == null || claim.toString().isBlank()) {
			throw refuse(NO_ACCOUNT, "(sub " + vouched.getSubject() + ")", agency, "no claim " + claimName);
		}
		String username = claim.toString().trim().toLowerCase(Locale.ROOT);
		LocalAccount account = account(username)
			.orElseThrow(() -> refuse(NO_ACCOUNT, username, agency, "no local account of that name"));
		if (!account.agency().equals(agency)) {
			throw refuse(NO_ACCOUNT, username, agency, "the account belongs to agency " + account.agency());
		}
		if (account.disabled()) {
			throw refuse(DISABLED, username, agency, "the account is disabled");
		}
		if (account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now())) {
			throw refuse(LOCKED, username, agency, "the account is locked");
		}
		audit.record(username, agency, "SIGNED_IN_THROUGH_PROVIDER", "user:" + username,
				request.getClientRegistration().getProviderDetails().getIssuerUri());
		return new ProviderSignedInAccount(username, agency,
				account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList(),
				vouched.getIdToken(), vouched.getUserInfo(), account.credentialsVersion());
	}

	private Optional<LocalAccount> account(String username) {
		return jdbc.sql("""
				SELECT agency, roles, locked_until, credentials_version, disabled_at IS NOT NULL AS disabled
				FROM account WHERE username = ?
				""")
			.param(username)
			.query((rs, n) -> {
				Timestamp locked = rs.getTimestamp("locked_until");
				return new LocalAccount(rs.getString("agency"), RoleList.parse(rs.getString("roles")),
						locked == null ? null : locked.toInstant(), rs.getInt("credentials_version"), rs.getBoolean("disabled"));
			})
			.optional();
	}

	private OAuth2AuthenticationException refuse(String code, String username, String agency, String why) {
		String name = username.length() > 200 ? username.substring(0, 200) : username;
		audit.record(name, agency, "PROVIDER_SIGN_IN_REFUSED", "user:" + name, why);
		return new OAuth2AuthenticationException(new OAuth2Error(code, why, null));
	}

	private record LocalAccount(String agency, java.util.Set<Role> roles, Instant lockedUntil, int credentialsVersion,
			boolean disabled) {
	}
}
