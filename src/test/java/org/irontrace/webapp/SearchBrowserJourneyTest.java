package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.WebDriverSession.Keys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A French-speaking analyst in a real Chromium searches for a dealer, opens its page, follows it to
 * the lead raised about it and, with the keyboard alone, puts the lead in review with an outcome.
 * Skipped where Chromium is not installed.
 */
@IntegrationTest
@Tag("browser")
class SearchBrowserJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/** Tab presses allowed to reach a field from the top of a page. */
	static final int MAX_TABS = 80;

	@LocalServerPort
	int port;

	@Test
	void searchInFrenchOpenADealerFollowToItsLeadAndChangeItsStatusByKeyboard() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		SearchWorld world = new SearchWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-search.log").toFile())) {
			browser.signIn(app, "fr", world.mxAnalyst, SearchWorld.PASSWORD);

			browser.open(app + "/app/search");
			assertThat(browser.text("main h1")).isEqualTo("Recherche");
			browser.type("#q", "paramo");
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.querySelector('#results-recoveries') !== null");
			assertThat(browser.text("#results-recoveries")).contains("Pedro Páramo", "Homicide");
			assertThat(browser.text("#facet-crime")).contains("Homicide");
			Files.write(SCREENSHOTS.resolve("search-fr-name.png"), browser.screenshot());

			browser.clear("#q");
			browser.type("#q", "armas fronterizas " + world.tag);
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.querySelector('#results-dealers a') !== null");
			browser.click("#results-dealers a");
			assertThat(browser.text("main h1")).contains(world.dealerName);
			assertThat(browser.text("#open-graph")).isEqualTo("Ouvrir dans le graphe des liens");
			Files.write(SCREENSHOTS.resolve("dealer-fr.png"), browser.screenshot());

			browser.click("#dealer-lead");
			assertThat(browser.text("#lead-status")).isEqualTo("Nouvelle");
			for (int tab = 0; tab < MAX_TABS && !"lead-status-choice".equals(browser.focusedId()); tab++) {
				browser.keys(Keys.TAB);
			}
			assertThat(browser.focusedId()).as("the status is reached with the Tab key").isEqualTo("lead-status-choice");
			browser.keys(Keys.DOWN);
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).isEqualTo("lead-outcome-choice");
			browser.keys(Keys.DOWN + Keys.DOWN);
			browser.keys(Keys.TAB);
			browser.keys(Keys.TAB);
			assertThat(browser.focusedId()).isEqualTo("lead-save");
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.querySelector('#saved') !== null");
			assertThat(browser.text("#lead-status")).isEqualTo("En examen");
			assertThat(browser.text("#lead-outcome")).isEqualTo("Armurier inspecté");
			Files.write(SCREENSHOTS.resolve("lead-fr-in-review.png"), browser.screenshot());
		}
	}
}
