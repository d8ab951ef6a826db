package org.irontrace.webapp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.irontrace.access.AccountUpkeep;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in page session whose account was disabled since it signed in: the session is
 * invalidated and the request goes on as an anonymous visitor's (a page then leads to the sign-in
 * page, where the disabled account is refused). Sessions would otherwise outlive the decision by
 * their whole timeout.
 */
class SessionStanding extends OncePerRequestFilter {

	private final AccountUpkeep accounts;

	SessionStanding(AccountUpkeep accounts) {
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
		if (session != null && login != null && login.isAuthenticated() && !(login instanceof AnonymousAuthenticationToken)
				&& !accounts.admitted(login.getName())) {
			session.invalidate();
			SecurityContextHolder.clearContext();
		}
		chain.doFilter(request, response);
	}
}
