package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.WebDriverSession.Keys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst uses the map with the keyboard only: tabs to it, pans with the arrows, zooms with +
 * and -, tabs on to the tables and opens a country's, a US state's and a Mexican state's figures
 * with their Show buttons.
 */
@IntegrationTest
@Tag("browser")
class MapBrowserJourneyTest {

	@LocalServerPort
	int port;

	@Test
	void useTheMapByKeyboard() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		DashboardWorld world = new DashboardWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(BrowserJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(BrowserJourneyTest.SCREENSHOTS.resolve("chromedriver-map.log").toFile())) {
			browser.signIn(app, "en", world.world.analyst, WebAppWorld.PASSWORD);
			browser.open(app + world.filtered("/app/map", "&lang=en"));
			browser.waitUntil("document.getElementById('map').dataset.drawn === 'true'");
			assertThat(browser.count("#map path.leaflet-interactive")).as("outlines drawn without any tile server").isGreaterThan(100);
			assertThat(browser.text("#legend-no-data")).contains("have no figure");
			assertThat(browser.count("#map path.mx-state")).as("Mexico's 32 states outlined").isEqualTo(32);
			assertThat(browser.script("return Array.from(document.querySelectorAll('.map-label')).map(function (l) {"
					+ " return l.textContent; }).join('|')").asString()).as("each shaded state carries its figure")
				.contains("TAM 1", "NLE 1");

			tabUntil(browser, "document.activeElement.id === 'map'");
			String centre = browser.script("return document.getElementById('map').dataset.centre").asString();
			browser.keys(Keys.RIGHT + Keys.RIGHT + Keys.DOWN);
			browser.waitUntil("document.getElementById('map').dataset.centre !== arguments[0]", centre);
			String zoom = browser.script("return document.getElementById('map').dataset.zoom").asString();
			browser.keys("+");
			browser.waitUntil("Number(document.getElementById('map').dataset.zoom) > Number(arguments[0])", zoom);
			String zoomedIn = browser.script("return document.getElementById('map').dataset.zoom").asString();
			browser.keys("-");
			browser.waitUntil("Number(document.getElementById('map').dataset.zoom) < Number(arguments[0])", zoomedIn);
			Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("map-keyboard-panned.png"), browser.screenshot());

			tabUntil(browser, "document.activeElement.dataset.region === 'country:MX'");
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.getElementById('map-details').textContent.indexOf('Mexico: 2 recoveries') >= 0");
			assertThat(browser.focusedId()).as("the details take the focus").isEqualTo("details-heading");
			assertThat(browser.text(".leaflet-popup-content")).isEqualTo("Mexico: 2 recoveries");
			Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("map-keyboard-country-details.png"), browser.screenshot());

			tabUntil(browser, "document.activeElement.dataset.region === 'state:TX'");
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.getElementById('map-details').textContent.indexOf('Texas (TX): 1 guns first sold here') >= 0");

			tabUntil(browser, "document.activeElement.dataset.region === 'place:MX/TAM'");
			browser.keys(Keys.ENTER);
			browser.waitUntil("document.getElementById('map-details').textContent.indexOf('Tamaulipas (TAM): 1 recoveries') >= 0");
			assertThat(browser.focusedId()).isEqualTo("details-heading");
			browser.script("document.getElementById('map').scrollIntoView()");
			Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("map-keyboard-mexican-state.png"), browser.screenshot());
		}
	}

	/** Presses Tab until the condition holds, as a keyboard user moves through the page (at most 80 times). */
	private static void tabUntil(WebDriverSession browser, String condition) {
		for (int presses = 0; presses < 80; presses++) {
			if (browser.script("return !!(" + condition + ")").asBoolean()) {
				return;
			}
			browser.keys(Keys.TAB);
		}
		throw new AssertionError("never reached by Tab: " + condition);
	}
}
