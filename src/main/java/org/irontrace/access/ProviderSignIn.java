package org.irontrace.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Sign-in through an agency's OpenID Connect provider, for the pages' security chain: the
 * authorization-code flow with state, nonce and PKCE, started at
 * {@code /oauth2/authorization/{agency}} and answered at {@code /login/oauth2/code/{agency}}. After
 * the provider vouches for a person, the session is the agency's local account of the same name.
 */
@Component
public class ProviderSignIn {

	private final ProviderRegistrations registrations;

	private final ProviderAccountMapping accounts;

	ProviderSignIn(ProviderRegistrations registrations, ProviderAccountMapping accounts) {
		this.registrations = registrations;
		this.accounts = accounts;
	}

	/** Adds provider sign-in to a chain whose sign-in page is {@code loginPage}. */
	public void applyTo(HttpSecurity http, String loginPage, String landing) throws Exception {
		http.oauth2Login(login -> login.loginPage(loginPage)
			.clientRegistrationRepository(registrations)
			// The provider's tokens live and die with the session; nothing is kept after sign-out.
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
			.defaultSuccessUrl(landing, false)
			.failureHandler((request, response, failure) -> answer(request, response, loginPage, failure))
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// An agency without a provider (removed, or unreachable): back to the sign-in page.
					filter.setAuthenticationFailureHandler(
							(request, response, failure) -> response.sendRedirect(path(request, loginPage + "?providerUnavailable")));
					return filter;
				}
			}));
	}

	private static void answer(HttpServletRequest request, HttpServletResponse response, String loginPage,
			AuthenticationException failure) throws IOException {
		String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		String query = ProviderAccountMapping.NO_ACCOUNT.equals(code) ? "?providerRefused"
				: ProviderAccountMapping.LOCKED.equals(code) ? "?providerRefused=locked"
				: ProviderAccountMapping.DISABLED.equals(code) ? "?providerRefused=disabled" : "?providerFailed";
		response.sendRedirect(path(request, loginPage + query));
	}

	private static String path(HttpServletRequest request, String path) {
		return request.getContextPath() + path;
	}
}
