package org.irontrace.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the ID tokens of agencies' providers (signature against the provider's published keys,
 * issuer, audience, expiry). Spring's own factory keeps one decoder per registration id forever;
 * here the decoder follows the agency's current issuer and client, so a changed provider is
 * trusted in place of the old one at once.
 */
@Component
class ProviderIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	@Override
	public JwtDecoder createDecoder(ClientRegistration client) {
		String key = String.join("\n", client.getRegistrationId(), client.getProviderDetails().getIssuerUri(),
				client.getProviderDetails().getJwkSetUri(), client.getClientId(),
				client.getClientSecret() == null ? "" : client.getClientSecret());
		return decoders.computeIfAbsent(key, k -> new OidcIdTokenDecoderFactory().createDecoder(client));
	}
}
