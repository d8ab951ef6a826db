package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Three things an analyst does in the first hour, in a real Chromium on a phone (390 x 844) and on
 * a laptop (1366 x 768): pages through the 60 recoveries of a common surname in one city; settles
 * an ambiguous trace by confirming one of its two candidates; uploads a recoveries file and traces
 * what it recorded. Skipped where Chromium is not installed.
 */
@IntegrationTest
@Tag("browser")
class AnalystJourneysBrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} x {1}")
	@CsvSource({ "390, 844", "1366, 768" })
	void searchASurnameInACityAndPageThroughItsSixtyRecoveries(int width, int height) throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		SurnameCityWorld world = new SurnameCityWorld(port);
		String app = "http://localhost:" + port;
		try (WebDriverSession browser = start("surname-" + width)) {
			browser.signIn(app, "en", world.analyst, ApiClient.ANALYST_PASSWORD);
			browser.showAs(width, height);
			browser.open(app + "/app/search");
			browser.type("#q", "Hernandez");
			browser.click("main .search-form details summary");
			browser.type("#city", "Culiacan");
			browser.click("main .search-form button[type=submit]");
			browser.waitUntil("document.querySelector('#pager-recoveries') !== null");
			int all = SurnameCityWorld.HERNANDEZ_IN_CULIACAN;
			assertThat(browser.text("#pager-recoveries")).contains("1–10 of " + all);
			assertThat(browser.count("#results-recoveries .recovery-hit")).isEqualTo(10);
			assertThat(browser.text("#results-recoveries")).contains("Luis Hernández", "Culiacán")
				.doesNotContain("Quintero", "Mazatlán");
			assertThat(browser.script("return document.documentElement.scrollWidth").asInt()).as("nothing scrolls sideways")
				.isLessThanOrEqualTo(width);
			browser.click("#pager-recoveries a[rel=next]");
			browser.waitUntil("document.querySelector('#pager-recoveries') !== null"
					+ " && document.querySelector('#pager-recoveries').textContent.indexOf('11–20') >= 0");
			assertThat(browser.text("#pager-recoveries")).contains("11–20 of " + all);
			assertThat(browser.count("#results-recoveries .recovery-hit")).isEqualTo(10);
			screenshot(browser, "search-surname-city-" + width + ".png");
		}
	}

	@ParameterizedTest(name = "{0} x {1}")
	@CsvSource({ "390, 844", "1366, 768" })
	void confirmOneOfTwoCandidatesAndSeeTheTraceCompletedWithDealerAndPurchaser(int width, int height) throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		TraceworkWorld world = new TraceworkWorld(port);
		ApiClient analyst = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		assertThat(analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, "R-FILED," + world.agency
				+ ",2021-09-01,MX,SIN,Culiacán,HOMICIDE,,Y," + world.partialReading + ",Smith & Wesson,,,,PISTOLA,,,"))
			.json().get("accepted").asInt()).isEqualTo(1);
		ApiClient.Answer ambiguous = analyst.postJson("/api/v1/traces", Map.of("agency", world.agency, "recoveryId", "R-FILED"));
		assertThat(ambiguous.json().get("reason").asString()).as(ambiguous.text()).isEqualTo("AMBIGUOUS");
		String app = "http://localhost:" + port;
		try (WebDriverSession browser = start("candidates-" + width)) {
			browser.signIn(app, "en", world.analyst, WebAppWorld.PASSWORD);
			browser.showAs(width, height);
			browser.open(app + "/app/traces/" + ambiguous.json().get("traceId").asString());
			assertThat(browser.text("#trace-status")).isEqualTo("Not traced");
			assertThat(browser.count("#candidates tbody tr")).as("two guns fit the restored characters").isEqualTo(2);
			assertThat(browser.text("#candidates")).contains(world.soldSerial, world.unsoldSerial);
			screenshot(browser, "candidates-" + width + ".png");

			browser.click("#candidates form:has(input[value='" + world.soldSerial + "']) button");
			browser.waitUntil("document.querySelector('#confirmed') !== null");
			assertThat(browser.text("#trace-status")).isEqualTo("Completed");
			assertThat(browser.text("#sale-title + dl")).as("the dealer of the first sale").contains("D-" + world.tag);
			assertThat(browser.text("#purchaser")).contains("Rosa " + world.purchaserLastName);
			assertThat(browser.text("#firearm-serial")).isEqualTo(world.soldSerial);
			screenshot(browser, "candidate-confirmed-" + width + ".png");
		}
	}

	@ParameterizedTest(name = "{0} x {1}")
	@CsvSource({ "390, 844", "1366, 768" })
	void uploadARecoveriesFileTraceWhatItRecordedAndReadTheCountsByOutcome(int width, int height) throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		TraceworkWorld world = new TraceworkWorld(port);
		Path file = Files.createTempFile("recoveries-", ".csv");
		Files.writeString(file, csv(RECOVERIES_HEADER,
				"U-SOLD," + world.agency + ",2022-03-01,MX,SIN,Culiacán,HOMICIDE," + world.soldSerial + ",N,,Smith & Wesson,,,,PISTOLA,,,",
				"U-UNSOLD," + world.agency + ",2022-03-02,MX,SIN,Culiacán,HOMICIDE," + world.unsoldSerial + ",N,,Smith & Wesson,,,,PISTOLA,,,",
				"U-NOSERIAL," + world.agency + ",2022-03-03,MX,SIN,Culiacán,ASSAULT,,N,,Glock,,,,PISTOLA,,,",
				"U-BADDATE," + world.agency + ",2022-13-03,MX,SIN,Culiacán,ASSAULT,,N,,Glock,,,,PISTOLA,,,"),
				StandardCharsets.UTF_8);
		String app = "http://localhost:" + port;
		try (WebDriverSession browser = start("upload-" + width)) {
			browser.signIn(app, "en", world.analyst, WebAppWorld.PASSWORD);
			browser.showAs(width, height);
			browser.open(app + "/app/recoveries/upload");
			browser.type("#file", file.toAbsolutePath().toString());
			browser.click("main form button[type=submit]");
			browser.waitUntil("document.querySelector('#accepted') !== null");
			assertThat(browser.text("#accepted")).isEqualTo("3");
			assertThat(browser.text("#rejected")).isEqualTo("1");
			assertThat(browser.text("#row-errors tbody")).as("the refused row by its line").startsWith("5");

			browser.click("#trace-recorded");
			long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
			// The page says how far the tracing has got; the analyst asks again until it is done.
			while (browser.count("#tracing-done") == 0 && System.nanoTime() < deadline) {
				browser.waitUntil("document.readyState === 'complete' && (document.querySelector('#tracing-done') !== null"
						+ " || document.querySelector('#tracing-state a') !== null)");
				if (browser.count("#tracing-done") == 0) {
					browser.click("#tracing-state a");
				}
			}
			// The three the file recorded, and R1 the world left untraced: tracing takes every one still waiting.
			assertThat(browser.text("#tracing-done"))
				.isEqualTo("4 recoveries traced: 2 to a retail sale, 1 partly, 1 not traced.");
			screenshot(browser, "upload-traced-" + width + ".png");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static WebDriverSession start(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		return WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-" + name + ".log").toFile());
	}

	private static void screenshot(WebDriverSession browser, String name) throws Exception {
		Files.write(SCREENSHOTS.resolve(name), browser.screenshot());
	}
}
