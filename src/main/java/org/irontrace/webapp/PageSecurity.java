package org.irontrace.webapp;

import java.util.Arrays;
import java.util.Set;

import org.irontrace.access.ProviderSignIn;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for people in a browser. Unlike the API, pages keep a session (a browser cannot send a
 * password on every click), so every form carries a CSRF token. This chain claims only the pages'
 * paths and runs before the API's, which keeps everything else exactly as it was.
 *
 * <p>The root address is the front door: a browser that opens it (it asks for HTML) is claimed too
 * and sent on to the sign-in page ({@link FrontDoor}), while an API client there keeps the API's
 * JSON answer and Basic prompt.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurity {

	static final String[] PAGE_PATHS = { "/app/**", "/login", "/logout", "/oauth2/authorization/**",
			"/login/oauth2/code/**" };

	@Bean
	@Order(1)
	SecurityFilterChain pages(HttpSecurity http, ProviderSignIn providerSignIn, org.irontrace.access.AccountStanding accounts)
			throws Exception {
		RequestMatcher frontDoor = browserAt("/");
		RequestMatcher[] pages = Arrays.stream(PAGE_PATHS)
			.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path))
			.toArray(RequestMatcher[]::new);
		http.securityMatcher(new OrRequestMatcher(new OrRequestMatcher(pages), frontDoor))
			.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/app/assets/**")
				.permitAll()
				.requestMatchers(frontDoor)
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/app", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			// Sessions of a disabled account, or of one whose roles or password changed, end at their next request.
			.addFilterAfter(new SessionStanding(accounts),
					org.springframework.security.web.context.SecurityContextHolderFilter.class);
		// An agency's own OpenID Connect provider, when the operators configured one (PAGE_PATHS has its paths).
		providerSignIn.applyTo(http, "/login", "/app");
		return http.build();
	}

	/** A GET of this path by a browser: a request that names HTML among what it accepts ({@code *}{@code /*} alone does not). */
	private static RequestMatcher browserAt(String path) {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path), html);
	}
}
