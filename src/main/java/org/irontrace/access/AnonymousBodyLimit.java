package org.irontrace.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a form body that could fill the heap or the disk when nobody
 * has signed in yet: the sign-in form and every page form are small, and the only large form (a
 * file sent from the upload page) needs a session. Form and multipart bodies of a caller without a
 * signed-in session must state their length ({@code Content-Length}) and stay under
 * {@code irontrace.http.anonymous-form-limit}; anything else gets 413 and the connection is closed
 * once Tomcat has swallowed {@code server.tomcat.max-swallow-size}. CSV imports through the API
 * ({@code text/csv}) are not forms: they stream after the caller has proved who it is.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class AnonymousBodyLimit extends OncePerRequestFilter {

	private final long limit;

	AnonymousBodyLimit(@Value("${irontrace.http.anonymous-form-limit:64KB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (isForm(request) && (length < 0 || length > limit) && !signedIn(request)) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setHeader("Connection", "close");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"error\":\"payload_too_large\",\"detail\":\"A form sent before signing in "
					+ "must state its length and stay under " + limit + " bytes\"}");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		String lower = type.toLowerCase(java.util.Locale.ROOT);
		return lower.startsWith("multipart/") || lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	/** A page session whose sign-in succeeded (the context Spring Security keeps in the session). */
	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return context instanceof SecurityContext security && security.getAuthentication() != null
				&& security.getAuthentication().isAuthenticated();
	}
}
