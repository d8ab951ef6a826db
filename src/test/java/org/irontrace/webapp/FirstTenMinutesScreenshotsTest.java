package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The walk-through of README.md ("First ten minutes"), taken in a real Chromium on a 1366 x 768
 * screen over the demo world: sign in, the home page, the dashboard, a completed trace, a lead, the
 * link graph and the upload page. Each step checks what the analyst sees, the demo banner among it
 * (so no picture shows anything but invented data), and writes the screen, the viewport only, to
 * {@code docs/screenshots/}: running this test keeps the README's pictures current. Skipped where
 * Chromium is not installed.
 */
@SpringBootTest(properties = "irontrace.demo=true", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
class FirstTenMinutesScreenshotsTest {

	static final Path PICTURES = Path.of("docs", "screenshots");

	/** Above this a picture is too heavy for the README; a page that grows past it should be looked at. */
	static final int MAX_BYTES = 150_000;

	static final String ANALYST = "analista-fgr";

	@LocalServerPort
	int port;

	@Test
	void theReadmeWalkThroughInPictures() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		ApiClient operator = new ApiClient(port).login("admin", ApiClient.ADMIN_PASSWORD);
		ApiClient.Answer created = operator.postJson("/api/v1/users", Map.of("username", ANALYST, "password",
				ApiClient.ANALYST_PASSWORD, "agency", "MX-FGR", "roles", List.of("ANALYST")));
		assertThat(created.status()).as(created.text()).isIn(201, 409);
		String app = "http://localhost:" + port;
		Files.createDirectories(PICTURES);
		Files.createDirectories(AnalystJourneysBrowserTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession
			.start(AnalystJourneysBrowserTest.SCREENSHOTS.resolve("chromedriver-readme.log").toFile())) {
			browser.showAs(1366, 768);
			browser.open(app + "/login?lang=en");
			assertThat(browser.text("#demo-world")).contains("invented");
			picture(browser, "1-sign-in.png");

			browser.signIn(app, "en", ANALYST, ApiClient.ANALYST_PASSWORD);
			assertThat(browser.text("main h1")).contains("Welcome");
			picture(browser, "2-home.png");

			browser.open(app + "/app/dashboard");
			browser.waitUntil("document.querySelectorAll('[data-chart][data-drawn]').length === 8");
			assertThat(browser.text("#figure-recovered")).isNotEqualTo("0");
			picture(browser, "3-dashboard.png");

			browser.open(app + "/app/traces?status=COMPLETED");
			browser.click("#traces tbody a");
			assertThat(browser.text("#trace-status")).isEqualTo("Completed");
			assertThat(browser.count("#timeline li")).isPositive();
			picture(browser, "4-trace.png");

			browser.open(app + "/app/leads?type=DEALER");
			browser.click("#leads tbody th a");
			assertThat(browser.text("main h1")).contains("Lead");
			picture(browser, "5-lead.png");

			browser.open(app + "/app/leads?type=DEALER");
			browser.click("#leads tbody td a[href*='/app/dealers/']");
			browser.click("#open-graph");
			browser.waitUntil("document.querySelectorAll('#graph-nodes tbody tr').length > 1");
			assertThat(browser.text("main h1")).isEqualTo("Link graph");
			// The drawing is what this picture is for: bring it up under the header, as a reader scrolls.
			browser.script("document.querySelector('.graph-tools').scrollIntoView()");
			picture(browser, "6-graph.png");

			browser.open(app + "/app/recoveries/upload");
			assertThat(browser.text("#columns-title")).isEqualTo("Columns of each file");
			picture(browser, "7-upload.png");
		}
	}

	private static void picture(WebDriverSession browser, String name) throws Exception {
		assertThat(browser.count("#demo-world")).as("%s shows the demo banner", name).isEqualTo(1);
		byte[] png = browser.screenshot();
		Files.write(PICTURES.resolve(name), png);
		assertThat(png.length).as("%s stays light for the README", name).isLessThan(MAX_BYTES);
	}
}
