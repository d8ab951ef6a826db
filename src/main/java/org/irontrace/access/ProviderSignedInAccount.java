package org.irontrace.access;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A local account signed in through its agency's provider: the provider's tokens prove who it is,
 * the name, agency and roles are the local account's, so the session acts exactly as after a
 * password sign-in.
 */
class ProviderSignedInAccount extends DefaultOidcUser implements AgencyMember {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String agency;

	ProviderSignedInAccount(String username, String agency, Collection<? extends GrantedAuthority> roles,
			OidcIdToken idToken, OidcUserInfo userInfo) {
		super(roles, idToken, userInfo);
		this.username = username;
		this.agency = agency;
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
