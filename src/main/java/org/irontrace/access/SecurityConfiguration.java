package org.irontrace.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API needs a login (HTTP Basic) on every call; only the API documentation and the health
 * probe are public. No sessions: each call proves who it is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint askForLogin = (request, response, failure) -> {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader("WWW-Authenticate", "Basic realm=\"IronTrace\"");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"error\":\"unauthorized\",\"detail\":\"Log in to use the API\"}");
		};
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health", "/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(askForLogin))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(askForLogin))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless calls carry their credentials on every request: there is no session to forge.
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

}
