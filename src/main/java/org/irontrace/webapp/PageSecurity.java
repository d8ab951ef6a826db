package org.irontrace.webapp;

import org.irontrace.access.ProviderSignIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in for people in a browser. Unlike the API, pages keep a session (a browser cannot send a
 * password on every click), so every form carries a CSRF token. This chain claims only the pages'
 * paths and runs before the API's, which keeps everything else exactly as it was.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurity {

	static final String[] PAGE_PATHS = { "/app/**", "/login", "/logout", "/oauth2/authorization/**",
			"/login/oauth2/code/**" };

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, ProviderSignIn providerSignIn) throws Exception {
		http.securityMatcher(PAGE_PATHS)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/app/assets/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/app", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		// An agency's own OpenID Connect provider, when the operators configured one (PAGE_PATHS has its paths).
		providerSignIn.applyTo(http, "/login", "/app");
		return http.build();
	}
}
