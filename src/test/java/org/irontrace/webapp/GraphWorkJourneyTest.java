package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.StreamSupport;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst works a ring lead in the link graph, on a laptop (1366 x 768) and on a phone (390 x 844):
 * from the lead to its ring, into the graph, picks the ring's dealer by typing its name (keyboard
 * only), asks the server for the shortest path between ring and dealer, shows that path alone and
 * everything again, and switches layout. Read through the table of what is drawn and the status line,
 * as a keyboard or screen-reader user would.
 */
@IntegrationTest
@Tag("browser")
class GraphWorkJourneyTest {

	static final String NODE_ROWS = "#graph-nodes tbody tr";

	@LocalServerPort
	int port;

	@Test
	void workARingLeadInTheGraphOnALaptopAndAPhone() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		GraphWorld world = new GraphWorld(port);
		long lead = ringLeadOf(world);
		String app = "http://localhost:" + port;
		Files.createDirectories(GraphJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(
				GraphJourneyTest.SCREENSHOTS.resolve("chromedriver-graph-work.log").toFile())) {
			browser.signIn(app, "en", world.analyst, GraphWorld.PASSWORD);
			for (int[] screen : List.of(new int[] { 1366, 768 }, new int[] { 390, 844 })) {
				browser.emulatePhone(screen[0], screen[1]);
				workTheRing(browser, app, world, lead, screen[0] + "x" + screen[1]);
			}
		}
	}

	@Test
	void aDealerOfTwoHundredNodesStaysReadableInEveryLayout() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		BigDealerWorld world = new BigDealerWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(GraphJourneyTest.SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(
				GraphJourneyTest.SCREENSHOTS.resolve("chromedriver-graph-200.log").toFile())) {
			browser.signIn(app, "en", world.analyst, GraphWorld.PASSWORD);
			browser.emulatePhone(1366, 768);
			browser.open(app + "/app/graph?focus=dealer:" + world.dealer);

			// Opening the dealer draws it and its first 40 neighbours; the other 159 wait behind a button.
			browser.waitUntil("document.querySelectorAll(arguments[0]).length === 41", NODE_ROWS);
			assertThat(browser.text("#graph-status")).endsWith("159 more are waiting behind “Show more”.");
			assertThat(browser.text("#tool-more")).isEqualTo("Show 40 more (of 159 waiting)");
			for (int expected : new int[] { 81, 121, 161, 200 }) {
				browser.click("#tool-more");
				browser.waitUntil("document.querySelectorAll(arguments[0]).length === arguments[1]", NODE_ROWS, expected);
			}
			assertThat(browser.script("return document.getElementById('tool-more').hidden").asBoolean()).isTrue();

			// The layout in use first is chosen last: choosing it again would change nothing.
			List<String> layouts = List.of("concentric", "hierarchy", "kinds", "force");
			assertThat(layouts).containsExactlyInAnyOrderElementsOf(GraphPage.LAYOUTS);
			for (String layout : layouts) {
				browser.click("#graph-layout option[value=" + layout + "]");
				browser.waitUntil("document.getElementById('graph-status').textContent.startsWith('Layout:')");
				GraphLayoutMeasure drawn = GraphLayoutMeasure.of(browser);
				System.out.printf("graph layout %s at 200 nodes, 1366x768: %s, %.1f%% of labels overlapping%n", layout, drawn,
						100 * drawn.overlappingShare());
				assertThat(drawn.nodes()).isEqualTo(200);
				assertThat(drawn.outside()).as("%s: nodes outside the drawing", layout).isZero();
				assertThat(drawn.overlappingShare()).as("%s: share of labels covering another (%s)", layout, drawn)
					.isLessThanOrEqualTo(0.05);
				browser.script("document.getElementById('graph-canvas').scrollIntoView()");
				Files.write(GraphJourneyTest.SCREENSHOTS.resolve("graph-200-" + layout + ".png"), browser.screenshot());
				browser.script("document.getElementById('graph-status').textContent = ''");
			}
		}
	}

	private static void workTheRing(WebDriverSession browser, String app, GraphWorld world, long lead, String screen)
			throws Exception {
		browser.open(app + "/app/leads/" + lead);
		browser.click("main a[href*='/app/rings/']");
		browser.waitUntil("location.pathname.startsWith('/app/rings/')");
		browser.click("#open-graph");
		browser.waitUntil("location.pathname === '/app/graph'");
		// The ring, its two members and the ties between them.
		browser.waitUntil("document.querySelectorAll(arguments[0]).length >= 3", NODE_ROWS);
		assertThat(browser.text("#graph-nodes")).contains("Ana " + world.ruiz, "Luis " + world.mora);
		int drawn = browser.count(NODE_ROWS);
		String ring = browser.script("return document.querySelector(arguments[0]).dataset.id", NODE_ROWS + "[data-kind=ring]")
			.asString();

		// Pick the dealer by name, keyboard only: type, arrow down to the suggestion, Enter.
		browser.script("document.getElementById('graph-add').focus()");
		browser.keys("border guns " + world.tag.toLowerCase());
		browser.waitUntil("document.querySelectorAll('#graph-add-picks li').length === 1");
		assertThat(browser.text("#graph-add-picks")).contains("Border Guns " + world.tag, "Dealer · " + world.dealer);
		browser.keys(WebDriverSession.Keys.DOWN);
		assertThat(browser.script("return document.getElementById('graph-add').getAttribute('aria-activedescendant')").asString())
			.isEqualTo("graph-add-pick-0");
		browser.keys(WebDriverSession.Keys.ENTER);
		browser.waitUntil("document.querySelectorAll(arguments[0]).length === arguments[1]", NODE_ROWS, drawn + 1);
		assertThat(browser.text("#graph-status")).isEqualTo("Border Guns " + world.tag + " added and selected (1 nodes selected).");

		// Select the ring too, and ask for the shortest path over the whole graph.
		browser.click(row(ring) + " button[data-action=select]");
		browser.click("#tool-path");
		browser.waitUntil("document.getElementById('graph-status').textContent.startsWith('Path of')");
		assertThat(browser.text("#graph-status")).startsWith("Path of 2 ties:").contains("Border Guns " + world.tag);
		assertThat(browser.text("#graph-path-steps")).containsAnyOf("Ana " + world.ruiz, "Luis " + world.mora)
			.contains("bought a crime gun from", "member of the ring");
		assertThat(browser.count(NODE_ROWS)).as("the path's nodes were drawn already").isEqualTo(drawn + 1);

		browser.click("#path-only");
		assertThat(browser.text("#graph-status")).isEqualTo("Only the path is shown: 3 nodes.");
		assertThat(browser.count(NODE_ROWS)).isEqualTo(3);
		assertThat(browser.focusedId()).isEqualTo("path-all");
		browser.script("document.getElementById('graph-canvas').scrollIntoView()");
		Files.write(GraphJourneyTest.SCREENSHOTS.resolve("graph-ring-path-only-" + screen + ".png"), browser.screenshot());
		browser.keys(WebDriverSession.Keys.ENTER);
		assertThat(browser.text("#graph-status")).startsWith("Everything is shown again.");
		assertThat(browser.count(NODE_ROWS)).isEqualTo(drawn + 1);

		browser.click("#graph-layout option[value=concentric]");
		assertThat(browser.text("#graph-status")).isEqualTo("Layout: Circles by distance from the start.");
		assertThat(GraphLayoutMeasure.of(browser).outside()).as("nodes outside the drawing").isZero();
		assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth").asBoolean())
			.as("nothing wider than the screen").isTrue();
		browser.script("document.getElementById('graph-canvas').scrollIntoView()");
		Files.write(GraphJourneyTest.SCREENSHOTS.resolve("graph-ring-concentric-" + screen + ".png"), browser.screenshot());
	}

	/** The ring lead of the world's agency (the only one resting on it alone). */
	private long ringLeadOf(GraphWorld world) {
		ApiClient analyst = new ApiClient(port).login(world.analyst, GraphWorld.PASSWORD);
		return StreamSupport.stream(analyst.get("/api/v1/leads?type=RING&limit=10000").json().spliterator(), false)
			.filter(lead -> lead.get("contributingAgencies").toString().equals("[\"" + world.owner + "\"]"))
			.mapToLong(lead -> lead.get("id").asLong())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ring lead of " + world.owner));
	}

	private static String row(String id) {
		return NODE_ROWS + "[data-id=\"" + id.replace("\"", "\\\"") + "\"]";
	}
}
