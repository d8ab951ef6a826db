package org.irontrace.webapp;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.irontrace.access.AccountStanding;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in page session whose account was disabled, or whose roles or password changed,
 * since it signed in: the session is invalidated and the request goes on as an anonymous visitor's
 * (a page then leads to the sign-in page). Sessions would otherwise outlive the decision by their
 * whole timeout. A session signed in with a password an administrator reset is sent to the
 * password page until it sets a new one.
 */
class SessionStanding extends OncePerRequestFilter {

	/** Where a session with a temporary password may still go. */
	private static final Set<String> WHILE_PASSWORD_TEMPORARY = Set.of(AccountPasswordPage.PATH, "/logout");

	private final AccountStanding accounts;

	SessionStanding(AccountStanding accounts) {
		this.accounts = accounts;
	}

	/** Stylesheets and scripts decide nothing: they are served without asking after the account. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/app/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)) {
			switch (accounts.of(login)) {
				case ENDED -> {
					session.invalidate();
					SecurityContextHolder.clearContext();
				}
				case MUST_CHANGE_PASSWORD -> {
					String path = request.getRequestURI().substring(request.getContextPath().length());
					if (!WHILE_PASSWORD_TEMPORARY.contains(path)) {
						response.sendRedirect(request.getContextPath() + AccountPasswordPage.PATH);
						return;
					}
				}
				case GOES_ON -> {
				}
			}
		}
		chain.doFilter(request, response);
	}
}
