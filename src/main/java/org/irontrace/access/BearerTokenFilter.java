package org.irontrace.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} for systems. Tokens are random and long, so a SHA-256 of the
 * token is enough to store and look up (no slow hash needed); an expired or revoked token is refused.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final JdbcClient jdbc;

	BearerTokenFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String hash = hash(header.substring(7).trim());
			jdbc.sql("""
					SELECT name, agency, roles FROM api_token
					WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > now()
					""")
				.param(hash)
				.query((rs, n) -> new TokenPrincipal(rs.getString(1), rs.getString(2), RoleList.parse(rs.getString(3))))
				.optional()
				.ifPresent(token -> SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token, null,
							token.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())));
		}
		chain.doFilter(request, response);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
