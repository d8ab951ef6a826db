package org.irontrace.demo.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.demo.DemoWorld;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the installation holds the demo world, every answer it gives says so: the header
 * {@code X-IronTrace-Demo: invented data} on each (API answers and downloads included), a file name
 * starting {@code demo-} on each file handed out, and a line on every page of each PDF. Done here,
 * once, so that a download added later is marked too without knowing of the demo; the files'
 * columns stay as FORMATS.md states them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoMarkedFiles extends OncePerRequestFilter {

	static final String HEADER = "X-IronTrace-Demo";

	static final String HEADER_VALUE = "invented data";

	private final DemoWorld demo;

	DemoMarkedFiles(DemoWorld demo) {
		this.demo = demo;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!demo.held()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HEADER, HEADER_VALUE);
		MarkedResponse marked = new MarkedResponse(response, request.getRequestURI());
		chain.doFilter(request, marked);
		marked.finish();
	}
}
