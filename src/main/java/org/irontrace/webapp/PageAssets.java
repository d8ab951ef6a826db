package org.irontrace.webapp;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets, scripts and libraries are served under {@code /app/assets/} so that they fall under
 * the pages' security chain (open to anyone, like the sign-in page they style).
 */
@Configuration(proxyBeanMethods = false)
class PageAssets implements WebMvcConfigurer {

	private final String echartsLocation;

	PageAssets(@Value("${irontrace.web.echarts}") String echartsLocation) {
		this.echartsLocation = echartsLocation;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Every stylesheet, script and outline file is linked by a name carrying a hash of its
		// content (app-3f2a....css, rewritten by ResourceUrlEncodingFilter in every @{...} link), so
		// a browser keeps it for a month, fetches a new version the day it changes, and the sign-in
		// landing page can fetch the heavy ones ahead (layout.html, "prefetch") under the very names
		// the later pages ask for. Libraries come from their webjars, written without their version
		// in the templates (/app/assets/lib/leaflet/dist/leaflet.js).
		// The charting library is packed from the npm registry's release (not a webjar, whose
		// newest release lags behind a tooltip XSS fix), so it has its own location.
		versioned(registry.addResourceHandler("/app/assets/lib/echarts/**").addResourceLocations(echartsLocation));
		versioned(registry.addResourceHandler("/app/assets/lib/**").addResourceLocations("classpath:/META-INF/resources/webjars/"))
			.addResolver(new LiteWebJarsResourceResolver());
		versioned(registry.addResourceHandler("/app/assets/**").addResourceLocations("classpath:/static/webapp/"));
	}

	private static ResourceChainRegistration versioned(ResourceHandlerRegistration files) {
		return files.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
