package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Work the graph from a dealer: an analyst opens the dealer's link graph, opens a straw purchaser's
 * neighbours, hides the guns, finds the path from the purchasers' shared address to the dealer, pins
 * it, takes the pin and the filter back, and keeps a picture. Everything is checked through the table
 * that lists what the drawing shows, as a keyboard or screen-reader user would read it.
 */
@IntegrationTest
@Tag("browser")
class GraphJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	static final String NODE_ROWS = "#graph-nodes tbody tr";

	@LocalServerPort
	int port;

	@Test
	void workTheGraphFromADealersPage() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		GraphWorld world = new GraphWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-graph.log").toFile())) {
			browser.signIn(app, "en", world.analyst, GraphWorld.PASSWORD);
			openTheDealersGraph(browser, app, world);

			// The dealer, its four crime guns and their two buyers, named for the owning agency.
			browser.waitUntil("document.querySelectorAll(arguments[0]).length === 7", NODE_ROWS);
			assertThat(browser.text("#graph-nodes-caption")).isEqualTo("Nodes shown: 7");
			assertThat(browser.count(NODE_ROWS + "[data-kind=gun]")).isEqualTo(4);
			assertThat(browser.text("#graph-nodes")).contains("Border Guns " + world.tag, "Ana " + world.ruiz, "Luis " + world.mora);
			assertThat(browser.text("#graph-personal")).contains("audit trail");

			// Keyboard: into the drawing, move to the next node and back, then select it with Space.
			browser.script("document.getElementById('graph-canvas').focus()");
			browser.keys(WebDriverSession.Keys.RIGHT + WebDriverSession.Keys.LEFT);
			assertThat(browser.text("#graph-status")).startsWith("Current node: Border Guns " + world.tag);
			browser.keys(WebDriverSession.Keys.SPACE);
			assertThat(browser.text("#graph-status")).isEqualTo("Border Guns " + world.tag + " selected.");

			// Expand Ana from her row: her address and the rings she is in appear.
			String ana = rowId(browser, "Ana " + world.ruiz);
			browser.click(row(ana) + " button[data-action=expand]");
			browser.waitUntil("document.querySelectorAll(arguments[0]).length === 1", NODE_ROWS + "[data-kind=address]");
			assertThat(browser.text(row(ana))).contains("neighbours open");
			assertThat(browser.text("#graph-edges")).contains("gave the address", "same address on sale forms");

			// Hide the guns.
			browser.click("#type-gun");
			browser.waitUntil("document.querySelectorAll(arguments[0]).length === 0", NODE_ROWS + "[data-kind=gun]");
			int withoutGuns = browser.count(NODE_ROWS);
			assertThat(browser.text("#graph-nodes-caption")).isEqualTo("Nodes shown: " + withoutGuns);
			assertThat(browser.text("#graph-status")).startsWith("Filter applied: " + withoutGuns + " nodes");

			// The dealer is still selected; add the shared address and ask for the path between them.
			String address = browser.script("return document.querySelector(arguments[0]).dataset.id", NODE_ROWS + "[data-kind=address]")
				.asString();
			browser.click(row(address) + " button[data-action=select]");
			browser.click("#tool-path");
			browser.waitUntil("document.getElementById('graph-status').textContent.startsWith('Path of')");
			assertThat(browser.text("#graph-status")).startsWith("Path of 2 ties:").contains("12 ELM ST UNIT " + world.tag + ", 78040", "Border Guns " + world.tag);
			// Ana and Luis both gave the address and bought there: the server answers one of the two.
			assertThat(browser.text("#graph-path-steps")).containsAnyOf("Ana " + world.ruiz, "Luis " + world.mora);

			// Pin the two ends, then take the pin back.
			browser.click("#tool-pin");
			assertThat(browser.text(row(address))).contains("pinned");
			Files.write(SCREENSHOTS.resolve("graph-dealer-path-pinned.png"), browser.screenshot());
			browser.click("#tool-undo");
			assertThat(browser.text("#graph-status")).startsWith("Last change undone.");
			assertThat(browser.text(row(address))).doesNotContain("pinned").contains("on the path");

			// Two more steps back: the path, then the filter; the guns are listed again.
			browser.click("#tool-undo");
			browser.click("#tool-undo");
			browser.waitUntil("document.querySelectorAll(arguments[0]).length === 4", NODE_ROWS + "[data-kind=gun]");
			assertThat(browser.script("return document.getElementById('type-gun').checked").asBoolean()).isTrue();
			assertThat(browser.script("return document.getElementById('graph-path').hidden").asBoolean()).as("no path any more").isTrue();

			// Group the dealer (still selected) with the address.
			browser.click(row(address) + " button[data-action=select]");
			browser.click("#tool-group");
			assertThat(browser.text("#graph-status")).isEqualTo("2 nodes grouped.");
			assertThat(browser.count(NODE_ROWS + "[data-kind=group]")).isEqualTo(1);
			assertThat(browser.text(row(address))).contains("Group 1");

			// Keep a picture of it.
			browser.click("#tool-png");
			assertThat(browser.attribute("#download-png", "href")).startsWith("data:image/png;base64,");
			assertThat(browser.text("#download-png")).isEqualTo("Download the picture (PNG)");
			browser.click("#tool-svg");
			assertThat(browser.attribute("#download-svg", "href")).startsWith("blob:");
			assertThat(browser.attribute("main a[data-format=graphml]", "href")).endsWith("/app/graph/export?format=graphml");
			Files.write(SCREENSHOTS.resolve("graph-dealer-worked.png"), browser.screenshot());
		}
	}

	/** From the dealer's page, by its link to the graph. */
	private static void openTheDealersGraph(WebDriverSession browser, String app, GraphWorld world) {
		browser.open(app + "/app/dealers/" + world.dealer);
		assertThat(browser.text("#open-graph")).isEqualTo("Open in the link graph");
		browser.click("#open-graph");
		assertThat(browser.currentUrl()).contains("/app/graph?focus=dealer");
		assertThat(browser.text("main h1")).isEqualTo("Link graph");
	}

	private static String rowId(WebDriverSession browser, String label) {
		return browser.script("""
				return Array.from(document.querySelectorAll('#graph-nodes tbody tr'))
				  .find(row => row.querySelector('th').textContent === arguments[0]).dataset.id""", label).asString();
	}

	private static String row(String id) {
		return NODE_ROWS + "[data-id=\"" + id.replace("\"", "\\\"") + "\"]";
	}
}
