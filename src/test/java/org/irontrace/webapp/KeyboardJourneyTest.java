package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.irontrace.IntegrationTest;
import org.irontrace.webapp.WebDriverSession.Keys;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A keyboard user tabs through the leads queue, the dashboard, the map, the link graph and the trace
 * form (also with its problems): every control on the page is reached by Tab alone, and each one
 * shows a focus ring of at least 3:1 against the page behind it while it has the focus.
 */
@IntegrationTest
@Tag("browser")
class KeyboardJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	/**
	 * Numbers the controls a keyboard user must be able to reach (visible, enabled, not taken out of
	 * the tab order); controls of a folded section count once it is unfolded, its summary before.
	 */
	static final String NUMBER_CONTROLS = """
			const radiosSeen = new Set();
			return Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]'))
			  .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
			    && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[inert]')
			    && !(e.tagName !== 'SUMMARY' && e.closest('details:not([open])')))
			  .filter(e => e.type !== 'radio' || (!radiosSeen.has(e.name) && radiosSeen.add(e.name)))
			  .map((e, i) => { e.dataset.keyboardStop = i; return e.id || (e.tagName + ' ' + (e.textContent || e.name).trim()); });""";

	/** What has the focus now, with its outline and the colour of what lies behind it. */
	static final String FOCUSED = """
			const e = document.activeElement;
			const style = getComputedStyle(e);
			let behind = e.parentElement, ground = 'rgb(255, 255, 255)';
			while (behind) {
			  const colour = getComputedStyle(behind).backgroundColor;
			  if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') { ground = colour; break; }
			  behind = behind.parentElement;
			}
			return { stop: e.dataset.keyboardStop === undefined ? -1 : Number(e.dataset.keyboardStop),
			  name: e.id || (e.tagName + ' ' + (e.textContent || e.name || '').trim().substring(0, 40)),
			  outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
			  colour: style.outlineColor, ground: ground };""";

	@LocalServerPort
	int port;

	@Test
	void everyControlOfTheLeadsDashboardMapGraphAndTraceFormIsReachedByTabAndShowsItsFocus() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		GraphWorld world = new GraphWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-keyboard.log").toFile())) {
			browser.signIn(app, "en", world.analyst, GraphWorld.PASSWORD);
			browser.waitUntil("location.pathname === '/app'");

			tabThrough(browser, app + "/app/leads", "true");
			tabThrough(browser, app + "/app/dashboard", "document.querySelectorAll('[data-chart][data-drawn]').length === 8");
			// The filters and each chart's table unfolded: the filters' fields and each CSV download are reached too.
			browser.script("document.querySelectorAll('details').forEach(section => section.open = true)");
			tabThrough(browser, null, "document.querySelectorAll('details:not([open])').length === 0");
			tabThrough(browser, app + "/app/map", "document.getElementById('map').dataset.drawn === 'true'");
			tabThrough(browser, app + "/app/graph?focus=dealer:" + world.dealer,
					"document.querySelectorAll('#graph-nodes tbody tr').length > 0");
			tabThrough(browser, app + "/app/trace", "true");
			browser.click("main form button[type=submit]");
			tabThrough(browser, null, "document.getElementById('problems') !== null");
		}
	}

	/** Opens the page (or stays on it), then tabs from the skip link to the last control. */
	private static void tabThrough(WebDriverSession browser, String url, String ready) {
		if (url != null) {
			browser.open(url);
		}
		browser.waitUntil("document.readyState === 'complete' && (" + ready + ")");
		String page = browser.script("return location.pathname").asString();
		List<String> controls = new ArrayList<>();
		browser.script(NUMBER_CONTROLS).forEach(name -> controls.add(name.asString()));
		browser.script("document.querySelector('.skip-link').focus()");
		Set<Integer> reached = new LinkedHashSet<>();
		List<String> unseen = new ArrayList<>();
		int previous = -1;
		for (int step = 0; step < controls.size() * 3 + 10; step++) {
			JsonNode focused = browser.script(FOCUSED);
			int stop = focused.get("stop").asInt();
			// Tab walks through the day, month and year of a date field without leaving it; back at an
			// earlier control means the walk has come round.
			if (stop >= 0 && stop != previous && !reached.add(stop)) {
				break;
			}
			previous = stop;
			String ring = focused.get("colour").asString();
			String ground = focused.get("ground").asString();
			if (stop >= 0 && (focused.get("outline").asDouble() < 2 || Contrast.ratio(hex(ring), hex(ground)) < Contrast.SYMBOLS)) {
				unseen.add(focused.get("name").asString() + " (outline " + focused.get("outline").asDouble() + "px " + ring + " on "
						+ ground + ")");
			}
			if (reached.size() == controls.size()) {
				break;
			}
			browser.keys(Keys.TAB);
		}
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < controls.size(); i++) {
			if (!reached.contains(i)) {
				missed.add(controls.get(i));
			}
		}
		assertThat(missed).as(page + ": controls never reached by Tab").isEmpty();
		assertThat(unseen).as(page + ": controls whose focus cannot be seen").isEmpty();
	}

	/** {@code rgb(r, g, b)} or {@code rgba(r, g, b, a)} as the browser computes it, to {@code #rrggbb}. */
	private static String hex(String computed) {
		String[] parts = computed.replaceAll("[^0-9.,]", "").split(",");
		return String.format("#%02x%02x%02x", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}
}
