package org.irontrace.webapp;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages speak Spanish, English, French, Haitian Creole and Dutch, the languages of CARICOM's members
 * and Mexico. The words live in {@code i18n/<bundle>_*.properties} and follow {@code docs/GLOSSARY.md};
 * {@code ?lang=ht} on any page switches and is remembered.
 */
@Configuration(proxyBeanMethods = false)
class PageLanguages implements WebMvcConfigurer {

	/**
	 * The bundles of words, one per area of the application so that each area's words sit
	 * together: {@code i18n/<bundle>_es.properties} and so on.
	 */
	static final List<String> BUNDLES = List.of("messages", "tracework", "dashboard", "explore", "graph", "admin", "federation",
			"interdiction");

	/** Named so for Spring: the application context and Thymeleaf look it up by this name. */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {

			@Override
			protected MessageFormat createMessageFormat(String message, Locale locale) {
				// The JDK writes no figures for Haitian Creole: they are written as Haiti writes them.
				return super.createMessageFormat(message, ReadersCountry.localeData(locale));
			}
		};
		messages.setBasenames(BUNDLES.stream().map(bundle -> "i18n/" + bundle).toArray(String[]::new));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// The server's own language must never decide what an analyst reads.
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** Named so for Spring's DispatcherServlet. */
	@Bean
	LocaleResolver localeResolver() {
		return new PageLocaleResolver();
	}

	/** Rewrites the pages' links to assets into their content-versioned names. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> assetLinks() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.addUrlPatterns("/app", "/app/*", "/login");
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor switcher = new LocaleChangeInterceptor();
		switcher.setParamName("lang");
		switcher.setIgnoreInvalidLocale(true);
		registry.addInterceptor(switcher).addPathPatterns("/app", "/app/**", "/login");
	}
}
