package org.irontrace.webapp;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Pages speak Spanish, English, French, Haitian Creole and Dutch, the languages of CARICOM's members
 * and Mexico. The words live in {@code i18n/<bundle>_*.properties} and follow {@code docs/GLOSSARY.md};
 * {@code ?lang=ht} on any page switches and is remembered. Stylesheets and scripts are served under
 * {@code /app/assets/} so that they fall under the pages' security chain (open to anyone, like
 * the sign-in page they style).
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

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Every stylesheet, script and outline file is linked by a name carrying a hash of its
		// content (app-3f2a....css, rewritten by ResourceUrlEncodingFilter in every @{...} link), so
		// a browser keeps it for a month, fetches a new version the day it changes, and the sign-in
		// landing page can fetch the heavy ones ahead (layout.html, "prefetch") under the very names
		// the later pages ask for. Libraries come from their webjars, written without their version
		// in the templates (/app/assets/lib/leaflet/dist/leaflet.js).
		CacheControl month = CacheControl.maxAge(Duration.ofDays(30)).cachePublic();
		registry.addResourceHandler("/app/assets/lib/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(month)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/app/assets/**")
			.addResourceLocations("classpath:/static/webapp/")
			.setCacheControl(month)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
