package org.irontrace.webapp;

import java.util.List;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page shows around its content: who is signed in, for which agency, and the language
 * switcher. A refusal on a page is answered with a page (the API's JSON errors would mean nothing
 * to a person in a browser), so this advice goes before the API's.
 */
@ControllerAdvice(basePackageClasses = PageFrame.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageFrame {

	private static final Logger log = LoggerFactory.getLogger(PageFrame.class);

	private final Callers callers;

	private final org.irontrace.demo.DemoWorld demo;

	PageFrame(Callers callers, org.irontrace.demo.DemoWorld demo) {
		this.callers = callers;
		this.demo = demo;
	}

	/** Whether this installation holds the invented demo world: every page then says so. */
	@ModelAttribute("demoWorld")
	boolean demoWorld() {
		return demo.held();
	}

	/** The signed-in caller, or null on the sign-in page. */
	@ModelAttribute("caller")
	Caller caller() {
		return signedIn() ? callers.current() : null;
	}

	/** Whether the request comes from someone signed in (not the anonymous visitor of the sign-in page). */
	static boolean signedIn() {
		Authentication login = SecurityContextHolder.getContext().getAuthentication();
		return login != null && login.isAuthenticated() && !new AuthenticationTrustResolverImpl().isAnonymous(login);
	}

	/** Where this page stands, for the header to mark its section. */
	@ModelAttribute("here")
	PagePlace here(HttpServletRequest request) {
		return new PagePlace(PageLocaleResolver.pagePath(request));
	}

	/** The parts of the application the header links to for this caller. */
	@ModelAttribute("may")
	Navigation may() {
		return Navigation.of(caller());
	}

	/** One link per language, each to this very page with the same query and only the language changed. */
	@ModelAttribute("languages")
	List<LanguageLink> languages(HttpServletRequest request) {
		String current = LocaleContextHolder.getLocale().getLanguage();
		return PageLocaleResolver.LANGUAGES.stream().map(locale -> {
			String href = UriComponentsBuilder.fromPath(PageLocaleResolver.pagePath(request))
				.query(request.getQueryString())
				.replaceQueryParam("lang", locale.getLanguage())
				.build()
				.toUriString();
			return new LanguageLink(locale.getLanguage(), href, locale.getLanguage().equals(current));
		}).toList();
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(HttpServletRequest request, org.springframework.ui.Model model) {
		model.addAllAttributes(frame(request));
		return "webapp/denied";
	}

	/**
	 * Anything else a page fails with is answered with the pages' error page, in the page's language
	 * and with the way back home, never with the API's JSON; the status stays what it means.
	 */
	@ExceptionHandler(Exception.class)
	String failed(Exception failure, HttpServletRequest request, HttpServletResponse response,
			org.springframework.ui.Model model) {
		HttpStatus status = PageErrors.statusOf(failure);
		if (status.is5xxServerError()) {
			log.error("A page failed: {}", request.getRequestURI(), failure);
		}
		response.setStatus(status.value());
		model.addAllAttributes(frame(request));
		model.addAttribute("status", status.value());
		return PageErrors.VIEW;
	}

	/** What the header needs; handlers of exceptions and error views start from an empty model. */
	Map<String, Object> frame(HttpServletRequest request) {
		Caller caller = caller();
		Map<String, Object> frame = new java.util.HashMap<>();
		frame.put("caller", caller);
		frame.put("languages", languages(request));
		frame.put("may", Navigation.of(caller));
		frame.put("here", here(request));
		frame.put("demoWorld", demoWorld());
		return frame;
	}

	/** A language of the switcher: its code (also the message key of its name) and where it leads. */
	record LanguageLink(String code, String href, boolean current) {
	}
}
