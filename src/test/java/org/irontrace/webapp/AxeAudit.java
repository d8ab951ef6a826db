package org.irontrace.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Checks the page open in a {@link WebDriverSession} against the WCAG 2.1 A and AA rules of axe-core
 * (vendored under src/test/resources/axe, test-only). Each problem comes back as one line naming the
 * page, the rule and the element, so a failing build says what to fix and where.
 */
final class AxeAudit {

	/** The rule sets for WCAG 2.0 and 2.1, levels A and AA. */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String SOURCE = load();

	private AxeAudit() {
	}

	/** The violations on the open page, one line per rule and element, labelled with {@code page}. */
	static List<String> violations(WebDriverSession browser, String page) {
		browser.waitUntil("document.readyState === 'complete'");
		// Loaded and run in one call, so that a page that moves on in between (a form sent, a
		// finished upload reloading itself) cannot leave the audit without axe. WebDriver waits for
		// the promise that axe.run answers.
		JsonNode found = browser.script("if (typeof window.axe !== 'object') {\n" + SOURCE + "\n}\n" + """
				return axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(result => ({
				    rulesPassed: result.passes.length,
				    violations: result.violations.map(rule => ({
				      id: rule.id, help: rule.help,
				      nodes: rule.nodes.map(node => node.target.join(' ') + ' ' + node.html.substring(0, 160))
				    }))
				  }));""", WCAG_21_AA);
		if (found.get("rulesPassed").asInt() == 0) {
			// A page on which no rule applied was not audited at all (axe missing or the page empty).
			throw new IllegalStateException("axe checked nothing on " + page);
		}
		List<String> lines = new ArrayList<>();
		for (JsonNode rule : found.get("violations")) {
			for (JsonNode element : rule.get("nodes")) {
				lines.add(page + " | " + rule.get("id").asString() + " (" + rule.get("help").asString() + ") | "
						+ element.asString());
			}
		}
		return lines;
	}

	private static String load() {
		try (InputStream in = AxeAudit.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
