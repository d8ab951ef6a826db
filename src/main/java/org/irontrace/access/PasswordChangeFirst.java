package org.irontrace.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A Basic login with a password an administrator reset may do one thing: set a new password
 * ({@code PUT /api/v1/users/me/password}). Anything else answers 403 saying so, so that a temporary
 * password handed over by telephone or mail is never a working credential for the data.
 */
class PasswordChangeFirst extends OncePerRequestFilter {

	static final String OWN_PASSWORD = "/api/v1/users/me/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		boolean changing = "PUT".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + OWN_PASSWORD);
		if (login != null && login.getPrincipal() instanceof AccountPrincipal account && account.mustChangePassword()
				&& !changing) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"error\":\"forbidden\",\"detail\":\"password: it was reset by an administrator"
					+ " and must be changed first, with PUT " + OWN_PASSWORD + "\"}");
			return;
		}
		chain.doFilter(request, response);
	}
}
