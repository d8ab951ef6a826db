package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.WebDriverSession.Keys;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new analyst's first hour in a real Chromium: the root address leads to the sign-in page; on a
 * phone (390 x 844) no main page scrolls sideways, the menu marks the page one is on, and the
 * header's search box finds the 23 recoveries of Hermosillo ten at a time. Skipped where Chromium
 * is not installed.
 */
@IntegrationTest
@Tag("browser")
class FirstHourBrowserJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/** Each main page and the menu entry that must be marked as the current page there. */
	static final Map<String, String> MAIN_PAGES = Map.of("/app", "/app", "/app/search?q=Hermosillo", "/app/search",
			"/app/recoveries", "/app/recoveries", "/app/traces", "/app/traces", "/app/leads", "/app/leads",
			"/app/dashboard", "/app/dashboard", "/app/trace", "/app/trace", "/app/graph", "/app/graph");

	static final int PHONE_WIDTH = 390;

	/** Names the element that reaches furthest right, for a failure to say what pushes the page wide. */
	static final String WIDEST = "var widest = null, right = 0; document.querySelectorAll('body *').forEach(function (e) {"
			+ " var r = e.getBoundingClientRect().right; if (r > right) { right = r; widest = e; } });"
			+ " var chain = []; for (var e = widest; e; e = e.parentElement) {"
			+ " chain.push(e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)); }"
			+ " return chain.join(' < ');";

	@LocalServerPort
	int port;

	@Test
	void aNewVisitorOpensTheRootAddressAndLandsOnTheSignInPage() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		String app = "http://localhost:" + port;
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-root.log").toFile())) {
			browser.open(app + "/");
			browser.waitUntil("document.readyState === 'complete'");
			assertThat(browser.currentUrl()).endsWith("/login");
			assertThat(browser.count("#username")).as("the sign-in form").isEqualTo(1);
		}
		ApiClient.Answer api = new ApiClient(port).login(null, null).get("/");
		assertThat(api.status()).as("an API client keeps the JSON answer").isEqualTo(401);
		assertThat(api.json().get("error").asString()).isEqualTo("unauthorized");
	}

	@Test
	void onAPhoneNothingScrollsSidewaysTheMenuMarksThePageAndTheHeaderSearchPages() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		FirstHourWorld world = new FirstHourWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-phone.log").toFile())) {
			browser.signIn(app, "es", world.analyst, ApiClient.ANALYST_PASSWORD);
			browser.emulatePhone(PHONE_WIDTH, 844);
			SoftAssertions pages = new SoftAssertions();
			for (Map.Entry<String, String> page : MAIN_PAGES.entrySet()) {
				browser.open(app + page.getKey());
				browser.waitUntil("document.readyState === 'complete'");
				assertThat(browser.script("return window.innerWidth").asInt()).isEqualTo(PHONE_WIDTH);
				pages.assertThat(browser.script("return document.documentElement.scrollWidth").asInt())
					.as("%s is no wider than the phone; widest: %s", page.getKey(), browser.script(WIDEST).asString())
					.isLessThanOrEqualTo(PHONE_WIDTH);
				pages.assertThat(browser.script("var a = document.querySelectorAll('header nav a[aria-current=page]');"
						+ " return a.length === 1 ? a[0].getAttribute('href') : String(a.length)").asString())
					.as("the menu marks %s", page.getKey()).startsWith(page.getValue());
			}
			pages.assertAll();
			Files.write(SCREENSHOTS.resolve("phone-es-search.png"), browser.screenshot());

			browser.open(app + "/app");
			browser.type("#header-q", "Hermosillo");
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.querySelector('#pager-recoveries') !== null");
			assertThat(browser.text("#pager-recoveries")).contains("1–10 de " + FirstHourWorld.RECOVERIES);
			assertThat(browser.count("#results-recoveries .recovery-hit")).isEqualTo(10);
			assertThat(browser.count("#results-dealers")).as("every table is drawn after the first").isEqualTo(1);
			browser.click("#pager-recoveries a[rel=next]");
			browser.waitUntil("document.querySelector('#pager-recoveries') !== null"
					+ " && document.querySelector('#pager-recoveries').textContent.indexOf('11–20') >= 0");
			assertThat(browser.count("#results-recoveries .recovery-hit")).isEqualTo(10);
			browser.click("#pager-recoveries a[rel=next]");
			browser.waitUntil("document.querySelector('#pager-recoveries').textContent.indexOf('21–23') >= 0");
			assertThat(browser.count("#pager-recoveries a[rel=next]")).as("the last page").isZero();
			assertThat(browser.script("return document.documentElement.scrollWidth").asInt()).isLessThanOrEqualTo(PHONE_WIDTH);
			Files.write(SCREENSHOTS.resolve("phone-es-search-page-3.png"), browser.screenshot());
		}
	}
}
