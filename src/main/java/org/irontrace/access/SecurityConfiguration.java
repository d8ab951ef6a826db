package org.irontrace.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The API needs a login on every call: HTTP Basic for people, a bearer token for systems. Only the
 * API documentation, the health probe and published reports ({@code /api/v1/public/}) are open.
 * No sessions: each call proves who it is, so there is no session to forge and CSRF does not apply
 * to the API (pages will carry their own protection).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, JdbcClient jdbc) throws Exception {
		AuthenticationEntryPoint askForLogin = (request, response, failure) -> {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("WWW-Authenticate", "Basic realm=\"IronTrace\"");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"error\":\"unauthorized\",\"detail\":\"Log in to use the API\"}");
		};
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/error",
					"/api/v1/public/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(askForLogin))
			.addFilterBefore(new BearerTokenFilter(jdbc), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFirst(), BasicAuthenticationFilter.class)
			.exceptionHandling(handling -> handling.authenticationEntryPoint(askForLogin))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless calls carry their credentials on every request: there is no session to forge.
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
