package org.irontrace.access;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The OpenID clients of IronTrace, one per agency with a provider, its registration id the agency's
 * code. Read from the database on every sign-in, so a provider set, changed or removed through the
 * API takes effect at once, without a restart.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

	static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

	private final OpenIdProviders providers;

	private final ProviderDiscovery discovery;

	ProviderRegistrations(OpenIdProviders providers, ProviderDiscovery discovery) {
		this.providers = providers;
		this.discovery = discovery;
	}

	/** The agency's client, or null when it has no provider or its provider cannot be reached. */
	@Override
	public ClientRegistration findByRegistrationId(String agency) {
		return providers.find(agency)
			.flatMap(provider -> discovery.endpointsOf(provider.issuerUri()).map(endpoints -> client(provider, endpoints)))
			.orElse(null);
	}

	private static ClientRegistration client(StoredProvider provider, ClientRegistration endpoints) {
		boolean confidential = provider.clientSecret() != null;
		return ClientRegistration.withClientRegistration(endpoints)
			.registrationId(provider.agency())
			.clientName(provider.agencyName())
			.clientId(provider.clientId())
			.clientSecret(confidential ? provider.clientSecret() : null)
			.clientAuthenticationMethod(confidential ? endpoints.getClientAuthenticationMethod()
					: ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT_URI)
			.scope("openid", "profile")
			// Proof of the code's origin (PKCE) even for clients with a secret: a code caught on
			// its way back cannot be exchanged by anyone else.
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}
}
