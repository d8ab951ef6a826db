package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
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

	private final Callers callers;

	PageFrame(Callers callers) {
		this.callers = callers;
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
			String href = UriComponentsBuilder.fromPath(request.getRequestURI())
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
		// Handlers of exceptions start from an empty model: the frame is added again here.
		model.addAttribute("caller", caller());
		model.addAttribute("languages", languages(request));
		model.addAttribute("may", may());
		return "webapp/denied";
	}

	/** A language of the switcher: its code (also the message key of its name) and where it leads. */
	record LanguageLink(String code, String href, boolean current) {
	}
}
