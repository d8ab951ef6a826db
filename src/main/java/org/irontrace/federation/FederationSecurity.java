package org.irontrace.federation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calls installations make to each other carry no login: each message is signed with the
 * sending installation's key and checked against the key its operators registered
 * ({@link SignedRequests}), which refuses (401) and audits anything else. The installation's own
 * identity is public, so operators can read it to exchange keys.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FederationSecurity {

	static final String[] SIGNED_OR_PUBLIC = { "/api/v1/federation/self", "/api/v1/federation/exchange",
			"/api/v1/federation/revocations" };

	@Bean
	@Order(2)
	SecurityFilterChain betweenInstallations(HttpSecurity http) throws Exception {
		http.securityMatcher(SIGNED_OR_PUBLIC)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookie or session is involved: each message proves its sender by its signature.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}
}
