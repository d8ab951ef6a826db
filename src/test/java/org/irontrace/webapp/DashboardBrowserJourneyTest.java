package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst in a real Chromium filters the dashboard, then switches between Spanish, French and
 * English with the header's links: the filters stay, and no English word of the interface is
 * left on the Spanish or French page, in the page's text or in the charts drawn by script.
 */
@IntegrationTest
@Tag("browser")
class DashboardBrowserJourneyTest {

	/**
	 * Words of the English dashboard that must not appear on the page in another language (words that
	 * are the same in French, such as "Homicide", are left out; the Dutch cognates "Dashboard" and
	 * "Filters" are not looked for on the Dutch page).
	 */
	static final List<String> ENGLISH = List.of("Dashboard", "Filters", "Apply filters", "Filters in force", "In figures",
			"Recoveries", "Traced", "Share sourced", "Figures as a table", "Time to crime", "Top makers", "Top calibres",
			"Recovery country", "Crime:", "Sign out", "Under 3 months", "Where traced guns");

	@LocalServerPort
	int port;

	@Test
	void switchEveryLanguageOnAFilteredDashboardWithTheFiltersKeptAndNoUntranslatedText() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		DashboardWorld world = new DashboardWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(BrowserJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(BrowserJourneyTest.SCREENSHOTS.resolve("chromedriver-dashboard.log").toFile())) {
			browser.signIn(app, "es", world.world.analyst, WebAppWorld.PASSWORD);
			browser.open(app + "/app/dashboard?country=MX&crime=HOMICIDE");
			assertThat(browser.count(".badges a.badge")).as("two filters as badges").isEqualTo(2);

			for (String language : List.of("es", "fr", "ht", "nl", "en")) {
				browser.click("nav.languages a[hreflang=" + language + "]");
				browser.waitUntil("document.documentElement.lang === arguments[0]", language);
				browser.waitUntil("document.querySelectorAll('[data-chart][data-drawn]').length === 8");
				assertThat(browser.currentUrl()).contains("country=MX", "crime=HOMICIDE", "lang=" + language);
				assertThat(browser.count(".badges a.badge")).as("badges kept in " + language).isEqualTo(2);
				assertThat(browser.text("#figure-recovered")).isEqualTo("1");
				String text = browser.pageText();
				String charts = browser.script("return Array.from(document.querySelectorAll('[data-chart]')).map(function (e) {"
						+ " var o = echarts.getInstanceByDom(e).getOption(); return JSON.stringify([o.legend, o.xAxis, o.yAxis]); }).join(' ')")
					.asString();
				assertThat(text).doesNotContain("dashboard.", "??");
				if (!language.equals("en")) {
					assertThat(ENGLISH).as("English words left on the %s page", language)
						.filteredOn(word -> !MessagesTranslatedTest.COGNATES.getOrDefault("_" + language, Set.of()).contains(word))
						.allSatisfy(word -> assertThat(text).doesNotContain(word));
					assertThat(charts).as("chart words in " + language).doesNotContain("Month", "Recovered", "Number of guns");
				}
				Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("dashboard-filtered-" + language + ".png"), browser.screenshot());
			}
			assertThat(browser.pageText()).contains("Homicide", "Recovery country: Mexico", "Top makers");
			assertThat(browser.script("return echarts.version").asString()).as("a release with the tooltip XSS closed")
				.isEqualTo("5.6.0");
			assertThat(browser.script("return echarts.getInstanceByDom(document.querySelector('[data-chart=overTime]'))"
					+ ".getOption().legend[0].data.join('|')").asString()).isEqualTo("Recovered|Traced (trace result stored)");

			browser.click("a.badge[data-filter=crime]");
			assertThat(browser.count(".badges a.badge")).as("one filter removed").isEqualTo(1);
			assertThat(browser.currentUrl()).contains("country=MX").doesNotContain("crime=");
		}
	}
	/**
	 * After signing in, the landing page fetches the chart library in the background; the dashboard
	 * opened next takes it from the browser's cache and transfers no byte of it.
	 */
	@Test
	void theDashboardOpenedAfterTheLandingPageTakesItsChartLibraryFromTheCache() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		DashboardWorld world = new DashboardWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(BrowserJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(BrowserJourneyTest.SCREENSHOTS.resolve("chromedriver-prefetch.log").toFile())) {
			browser.signIn(app, "en", world.world.analyst, WebAppWorld.PASSWORD);
			browser.waitUntil("performance.getEntriesByType('resource').some(function (e) {"
					+ " return e.name.indexOf('echarts.common') >= 0 && e.responseEnd > 0 && e.transferSize > 0; })");
			browser.open(app + "/app/dashboard");
			browser.waitUntil("document.querySelectorAll('[data-chart][data-drawn]').length === 8");
			assertThat(browser.script("return performance.getEntriesByType('resource').filter(function (e) {"
					+ " return e.name.indexOf('echarts.common') >= 0; }).map(function (e) { return e.transferSize; }).join(',')")
				.asString()).isEqualTo("0");
		}
	}
}
