package org.irontrace.webapp;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page: the one the analyst chose (kept in a cookie), Spanish until then. Only
 * pages work this way; every other request (the API above all) keeps Spring's usual reading of
 * the Accept-Language header, so the pages' choice never leaks into API answers.
 */
class PageLocaleResolver implements LocaleResolver {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	/** The page languages, in the order the switcher shows them. */
	static final List<Locale> LANGUAGES = List.of(SPANISH, Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ht"),
			Locale.forLanguageTag("nl"));

	private final CookieLocaleResolver chosen = new CookieLocaleResolver("IRONTRACE_LANG");

	private final AcceptHeaderLocaleResolver elsewhere = new AcceptHeaderLocaleResolver();

	PageLocaleResolver() {
		chosen.setDefaultLocale(SPANISH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (!isPage(request)) {
			return elsewhere.resolveLocale(request);
		}
		Locale locale = chosen.resolveLocale(request);
		return supported(locale) ? Locale.forLanguageTag(locale.getLanguage()) : SPANISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		// A language the pages do not speak is ignored rather than shown half-translated.
		if (isPage(request) && locale != null && supported(locale)) {
			chosen.setLocale(request, response, Locale.forLanguageTag(locale.getLanguage()));
		}
	}

	static boolean supported(Locale locale) {
		return LANGUAGES.stream().anyMatch(language -> language.getLanguage().equals(locale.getLanguage()));
	}

	static boolean isPage(HttpServletRequest request) {
		return isPagePath(pagePath(request));
	}

	static boolean isPagePath(String path) {
		return path != null && (path.equals("/app") || path.startsWith("/app/") || path.equals("/login") || path.equals("/logout"));
	}

	/** The page's path; on the error page, the path of the page that failed. */
	static String pagePath(HttpServletRequest request) {
		Object failed = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
		return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
	}
}
