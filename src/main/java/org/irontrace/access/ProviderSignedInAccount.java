package org.irontrace.access;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A local account signed in through its agency's provider: the provider's tokens prove who it is,
 * the name, agency and roles are the local account's, so the session acts exactly as after a
 * password sign-in. It carries the version of the account's credentials it signed in with, like
 * {@link AccountPrincipal}, so that a change of roles or password ends it.
 */
class ProviderSignedInAccount extends DefaultOidcUser implements AgencyMember {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String agency;

	private final int credentialsVersion;

	ProviderSignedInAccount(String username, String agency, Collection<? extends GrantedAuthority> roles,
			OidcIdToken idToken, OidcUserInfo userInfo, int credentialsVersion) {
		super(roles, idToken, userInfo);
		this.username = username;
		this.agency = agency;
		this.credentialsVersion = credentialsVersion;
	}

	int credentialsVersion() {
		return credentialsVersion;
	}

	/** The same sign-in after its owner changed the password in it: the session goes on. */
	ProviderSignedInAccount withCredentialsVersion(int version) {
		return new ProviderSignedInAccount(username, agency, getAuthorities(), getIdToken(), getUserInfo(), version);
	}

	/** The local username (not the provider's subject), as the audit trail and every page show it. */
	@Override
	public String getName() {
		return username;
	}

	@Override
	public String agency() {
		return agency;
	}
}
