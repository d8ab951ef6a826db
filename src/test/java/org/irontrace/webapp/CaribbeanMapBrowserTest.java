package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst of the region finds each of CARICOM's fifteen members on the map, small island states
 * included, and reads its figure there: each is drawn large enough to see and click in one of the
 * map's views, and a click tells its name and count.
 */
@IntegrationTest
@Tag("browser")
class CaribbeanMapBrowserTest {

	/** CARICOM's members (ISO 3166-1 alpha-2); Montserrat is a British territory and a full member. */
	static final List<String> MEMBERS = List.of("AG", "BS", "BB", "BZ", "DM", "GD", "GY", "HT", "JM", "MS", "KN",
			"LC", "VC", "SR", "TT");

	/** The members that sit in the Lesser Antilles, seen best in that view. */
	static final Set<String> ANTILLES = Set.of("AG", "BB", "DM", "GD", "MS", "KN", "LC", "VC", "TT");

	@LocalServerPort
	int port;

	@Test
	void everyMemberIsOnTheMapWithItsFigure() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		WebAppWorld world = new WebAppWorld(port);
		recordRecoveriesAcrossTheRegion(world);
		String app = "http://localhost:" + port;
		Files.createDirectories(BrowserJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(BrowserJourneyTest.SCREENSHOTS.resolve("chromedriver-caribbean.log").toFile())) {
			browser.signIn(app, "en", world.analyst, WebAppWorld.PASSWORD);
			browser.open(app + "/app/map?from=2021-01-01&to=2021-12-31&agency=" + world.agency + "&lang=en");
			browser.waitUntil("document.getElementById('map').dataset.drawn === 'true'");
			for (int i = 0; i < MEMBERS.size(); i++) {
				String code = MEMBERS.get(i);
				int count = i + 1;
				String view = ANTILLES.contains(code) ? "antilles" : "caribbean";
				browser.click("button.map-view[data-view='" + view + "']");
				browser.waitUntil("document.querySelector('button.map-view[data-view=\"" + view + "\"]').getAttribute('aria-pressed') === 'true'");
				String extent = "(function () { var frame = document.getElementById('map').getBoundingClientRect(), best = 0;"
						+ " document.querySelectorAll('#map path.country-" + code + "').forEach(function (p) {"
						+ " var box = p.getBoundingClientRect();"
						+ " var width = Math.min(box.right, frame.right) - Math.max(box.left, frame.left);"
						+ " var height = Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top);"
						+ " if (width > 0 && height > 0) { best = Math.max(best, width, height); } }); return Math.round(best); })()";
				// In view: its outline, or for a small island state the ring drawn over it, inside the map's frame.
				browser.waitUntil(extent + " > 0");
				assertThat(browser.script("return " + extent).asInt())
					.as("%s is drawn large enough to see and click in the %s view (px)", code, view)
					.isGreaterThanOrEqualTo(8);
				if (code.equals("LC")) {
					browser.script("document.getElementById('map').scrollIntoView()");
					Files.write(BrowserJourneyTest.SCREENSHOTS.resolve("map-lesser-antilles.png"), browser.screenshot());
				}
				browser.script("var paths = document.querySelectorAll('#map path.country-" + code + "'); paths[paths.length - 1]"
						+ ".dispatchEvent(new MouseEvent('click', { bubbles: true, view: window }))");
				String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
				String expected = name + ": " + count + " recoveries";
				browser.waitUntil("document.getElementById('map-details').textContent.indexOf(arguments[0]) >= 0", expected);
				assertThat(browser.script("return Array.from(document.querySelectorAll('.map-label')).map(function (l) {"
						+ " return l.textContent; }).join('|')").asString())
					.as("the figure written on %s", code).contains(code + " " + count);
			}
		}
	}

	/** One recovery in the first member, two in the second, and so on: each figure its own. */
	private void recordRecoveriesAcrossTheRegion(WebAppWorld world) {
		List<String> lines = new ArrayList<>();
		lines.add("recovery_id,agency,recovery_date,country,crime_code,serial_number,manufacturer,firearm_type");
		for (int i = 0; i < MEMBERS.size(); i++) {
			for (int n = 0; n <= i; n++) {
				lines.add("C" + i + "-" + n + "," + world.agency + ",2021-06-0" + (1 + n % 9) + "," + MEMBERS.get(i)
						+ ",FOUND_FIREARM,CB" + i + "X" + n + world.tag + ",Glock,PISTOL");
			}
		}
		ApiClient analyst = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		ApiClient.Answer recorded = analyst.postCsv("/api/v1/imports/recoveries", String.join("\n", lines) + "\n");
		assertThat(recorded.json().get("accepted").asInt()).as(recorded.text()).isEqualTo(120);
	}
}
