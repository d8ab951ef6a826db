package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.WebDriverSession.Keys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agency's administrator in a real Chromium, in English, with the keyboard only: chooses the
 * receiving agency, what to share and how much, types an end date before the start, is taken to
 * the problem through the error summary, corrects the year and grants. Skipped without Chromium.
 */
@IntegrationTest
@Tag("browser")
class AdminBrowserJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	@LocalServerPort
	int port;

	@Test
	void anAdministratorGrantsAnAgreementByKeyboardAfterFixingTheEndDate() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		AdminWorld world = new AdminWorld(port);
		String app = "http://localhost:" + port;
		LocalDate today = LocalDate.now();
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-admin.log").toFile())) {
			browser.open(app + "/login?lang=en");
			browser.type("#username", world.homeAdmin);
			browser.type("#password", WebAppWorld.PASSWORD + Keys.ENTER);
			// Enter does not wait for the next page: reading too early finds the sign-in page's heading gone stale.
			browser.waitUntil("location.pathname !== '/login' && document.readyState === 'complete'");
			assertThat(browser.text("main h1")).contains("Welcome");

			browser.open(app + "/app/admin/agreements");
			assertThat(browser.text("main h1")).isEqualTo("Sharing agreements");
			tabTo(browser, "grantee");
			browser.keys(world.other.agency);
			assertThat(browser.attribute("#grantee", "value")).isEqualTo(world.other.agency);
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).isEqualTo("scope");
			browser.keys(Keys.SPACE);
			browser.keys(Keys.TAB);
			browser.keys(Keys.TAB);
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).as("the level's chosen radio button").isEqualTo("level");
			browser.keys(Keys.DOWN);
			assertThat(browser.focusedId()).isEqualTo("level-RECORDS_WITHOUT_PERSONAL_DATA");
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).as("start day, filled with today").isEqualTo("validFrom");
			browser.keys(Keys.TAB);
			browser.keys(Keys.TAB);
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).isEqualTo("validUntil");
			browser.keys(Integer.toString(today.getDayOfMonth()) + Keys.TAB + today.getMonthValue() + Keys.TAB
					+ (today.getYear() - 1) + Keys.ENTER);

			assertThat(browser.text("#problems")).contains("There is a problem",
					"The end date must be the same as or after the start date.");
			assertThat(browser.focusedId()).as("the summary takes the focus").isEqualTo("problems");
			Files.write(SCREENSHOTS.resolve("admin-agreement-en-end-before-start.png"), browser.screenshot());

			browser.keys(Keys.TAB);
			browser.keys(Keys.ENTER);
			assertThat(browser.focusedId()).as("the summary link leads to the end date").isEqualTo("validUntil");
			browser.keys(Keys.TAB);
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).isEqualTo("validUntil-year");
			// Tabbing into a field selects its text, so typing replaces the wrong year.
			browser.keys(Integer.toString(today.getYear() + 1) + Keys.ENTER);

			browser.waitUntil("document.querySelector('#agreement-terms') !== null");
			assertThat(browser.text("main h1")).isEqualTo("Check the agreement before granting it");
			assertThat(browser.text("#agreement-terms")).contains(world.other.agency, "Recoveries",
					"Records without personal data");
			Files.write(SCREENSHOTS.resolve("admin-agreement-en-check.png"), browser.screenshot());
			browser.click("#confirm");
			browser.waitUntil("document.querySelector('#done') !== null");

			assertThat(browser.text("#done")).isEqualTo("Agreement granted to " + world.other.agency + ".");
			assertThat(browser.text("#table-given")).contains(world.other.agency, "Recoveries",
					"Records without personal data", "In force");
			Files.write(SCREENSHOTS.resolve("admin-agreement-en-granted.png"), browser.screenshot());
		}
		String agreements = new ApiClient(port).login(world.otherAdmin, WebAppWorld.PASSWORD)
			.get("/api/v1/sharing-agreements")
			.text();
		assertThat(agreements).contains(world.home.agency, "RECOVERIES", "RECORDS_WITHOUT_PERSONAL_DATA",
				"\"validUntil\":\"" + today.plusYears(1) + "\"");
	}

	/** Presses Tab until the field has the focus, as a keyboard user moves through the page. */
	private static void tabTo(WebDriverSession browser, String id) {
		for (int presses = 0; presses < 80; presses++) {
			if (id.equals(browser.focusedId())) {
				return;
			}
			browser.keys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached #" + id);
	}
}
