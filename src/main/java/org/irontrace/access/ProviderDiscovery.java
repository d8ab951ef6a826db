package org.irontrace.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * What each provider publishes at {@code /.well-known/openid-configuration}: its endpoints and
 * keys, read at the first sign-in through it and kept until its configuration changes. Spring
 * checks that the provider names itself with exactly the configured issuer, so a look-alike
 * provider cannot stand in for it.
 */
@Component
class ProviderDiscovery {

	private static final Logger log = LoggerFactory.getLogger(ProviderDiscovery.class);

	private final Map<String, ClientRegistration> byIssuer = new ConcurrentHashMap<>();

	/** The provider's published endpoints, or empty when it cannot be reached or is not OpenID Connect. */
	Optional<ClientRegistration> endpointsOf(String issuer) {
		ClientRegistration known = byIssuer.get(issuer);
		if (known != null) {
			return Optional.of(known);
		}
		try {
			ClientRegistration discovered = ClientRegistrations.fromOidcIssuerLocation(issuer)
				.registrationId("discovery")
				.clientId("discovery")
				.redirectUri(ProviderRegistrations.REDIRECT_URI)
				.build();
			byIssuer.put(issuer, discovered);
			return Optional.of(discovered);
		}
		catch (RuntimeException e) {
			log.warn("OpenID provider {} could not be discovered: {}", issuer, e.getMessage());
			return Optional.empty();
		}
	}

	void forget(String issuer) {
		byIssuer.remove(issuer);
	}
}
