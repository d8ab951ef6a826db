package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page of the application, in Spanish, English, French, Haitian Creole and Dutch, as an analyst and as the operator
 * would see it, checked against the WCAG 2.1 A and AA rules of axe-core in the real browser (after
 * the charts, map and graph have drawn). One failure lists every page, rule and element to fix.
 */
@IntegrationTest
@Tag("browser")
class AccessibilityAuditTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	static final List<String> LANGUAGES = List.of("es", "en", "fr", "ht", "nl");

	@LocalServerPort
	int port;

	@Test
	void everyPageMeetsWcag21LevelAaInEveryLanguage() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		GraphWorld world = new GraphWorld(port);
		ApiClient operator = new ApiClient(port);
		operator.postJson("/api/v1/people/resolve", Map.of());
		String person = operator.get("/api/v1/people?record=event:" + world.tag + "-1").json().get("personId").asString();
		world.grantLeads("RECORDS_WITHOUT_PERSONAL_DATA");
		String ring = operator.get("/api/v1/network/rings?limit=1").json().get(0).get("ringId").asString();
		String app = "http://localhost:" + port;
		List<String> violations = new ArrayList<>();
		List<String> audited = new ArrayList<>();
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-a11y.log").toFile())) {
			for (String language : LANGUAGES) {
				Audit audit = new Audit(browser, app, language, violations, audited);
				audit.page("sign-in", "/login");
				signIn(browser, world.analyst, GraphWorld.PASSWORD);
				analystPages(audit, world);
				signOut(browser);
				audit.page("signed out", "/login?signedOut");
				signIn(browser, "admin", ApiClient.ADMIN_PASSWORD);
				operatorPages(audit, person, ring);
				signOut(browser);
			}
		}
		// What was audited, page by page with its heading, so a page that was never reached shows up.
		Files.write(SCREENSHOTS.resolve("accessibility-audit-pages.txt"), audited);
		assertThat(audited).as("pages audited").hasSize(LANGUAGES.size() * 37).noneMatch(line -> line.endsWith("| "));
		assertThat(violations).as("WCAG 2.1 A/AA violations (page | rule | element)\n" + String.join("\n", violations))
			.isEmpty();
	}

	/** The audit itself must be able to fail: a page with an unlabelled field and an image without words. */
	@Test
	void theAuditNamesThePageTheRuleAndTheElement() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-a11y-self.log").toFile())) {
			browser.open("data:text/html,<html lang=en><title>t</title><main><img src=x.png><input id=q></main></html>");
			assertThat(AxeAudit.violations(browser, "broken")).anySatisfy(line -> assertThat(line)
				.startsWith("broken | image-alt").contains("<img")).anySatisfy(line -> assertThat(line).contains("label", "#q"));
		}
	}

	private static void analystPages(Audit audit, GraphWorld world) throws IOException {
		audit.page("home", "/app");
		audit.page("dashboard", "/app/dashboard", "document.querySelectorAll('[data-chart][data-drawn]').length === 8");
		audit.page("map", "/app/map", "document.getElementById('map').dataset.drawn === 'true'");
		audit.browser.click("button.show-region");
		audit.current("map with a region shown");
		audit.page("recoveries", "/app/recoveries?agency=" + world.owner);
		audit.page("trace form", "/app/trace");
		audit.browser.click("main form button[type=submit]");
		audit.browser.waitUntil("document.getElementById('problems') !== null");
		audit.current("trace form with problems");
		audit.page("upload", "/app/recoveries/upload");
		audit.browser.click("main form button[type=submit]");
		audit.browser.waitUntil("document.getElementById('problems') !== null");
		audit.current("upload with problems");
		audit.browser.type("#file", recoveries(world, audit.language).toAbsolutePath().toString());
		audit.browser.click("main form button[type=submit]");
		audit.browser.waitUntil("document.getElementById('counts') !== null");
		audit.current("upload report");
		audit.page("trace requests", "/app/trace-requests?agency=" + world.owner);
		audit.page("trace list", "/app/traces");
		audit.browser.click("main table a[href*='/app/traces/']");
		audit.current("trace result");
		audit.page("trace not found", "/app/traces/00000000-0000-0000-0000-000000000000");
		audit.page("search", "/app/search?q=" + world.tag);
		audit.page("gun", "/app/guns/" + world.tag + "1");
		audit.page("dealer", "/app/dealers/" + world.dealer);
		audit.page("incident", "/app/incidents/" + world.owner + "/" + world.incident);
		audit.page("incidents", "/app/incidents?agency=" + world.owner);
		audit.page("leads", "/app/leads");
		audit.browser.click("main a[href*='/app/leads/']");
		audit.current("lead");
		audit.page("graph", "/app/graph?focus=dealer:" + world.dealer, "document.querySelectorAll('#graph-nodes tbody tr').length > 0");
		audit.browser.click("#graph-nodes tbody tr[data-kind=person] button[data-action=expand]");
		audit.browser.waitUntil("document.querySelectorAll('#graph-nodes tbody tr[data-kind=address]').length > 0");
		audit.current("graph with a purchaser's neighbours open");
		audit.page("not allowed", "/app/admin");
		audit.page("own password", "/app/account/password");
		audit.browser.click("main form button[type=submit]");
		audit.browser.waitUntil("document.getElementById('problems') !== null");
		audit.current("own password with problems");
	}

	private static void operatorPages(Audit audit, String person, String ring) {
		audit.page("person", "/app/people/" + person);
		audit.page("ring", "/app/rings/" + ring.replace(" ", "%20"));
		audit.page("match review", "/app/matches");
		audit.page("admin: agencies", "/app/admin");
		audit.page("admin: users", "/app/admin/users");
		audit.page("admin: tokens", "/app/admin/tokens");
		audit.page("admin: agreements", "/app/admin/agreements");
		audit.browser.click("main a[href*='/revoke']");
		audit.current("admin: revoke an agreement");
		audit.page("audit trail", "/app/audit");
	}

	/** A file of two recoveries for the upload page: one it records, one it refuses for its date. */
	private static Path recoveries(GraphWorld world, String language) throws IOException {
		Path file = SCREENSHOTS.resolve("a11y-recoveries-" + language + ".csv");
		Files.writeString(file, String.join("\n", LedgerFixtures.RECOVERIES_HEADER,
				"A11Y-" + language + "," + world.owner + ",2020-03-01,MX,TAM,Reynosa,HOMICIDE,,N,,Glock,,,,,,,",
				"A11Y-BAD-" + language + "," + world.owner + ",2020-13-45,MX,TAM,Reynosa,HOMICIDE,,N,,Glock,,,,,,,") + "\n");
		return file;
	}

	private static void signIn(WebDriverSession browser, String username, String password) {
		browser.type("#username", username);
		browser.type("#password", password);
		browser.click("main button[type=submit]");
		browser.waitUntil("location.pathname === '/app'");
	}

	private static void signOut(WebDriverSession browser) {
		browser.click("form.sign-out button[type=submit]");
		browser.waitUntil("location.pathname === '/login'");
	}

	/** Opens pages in one language and collects what axe finds on each. */
	private record Audit(WebDriverSession browser, String app, String language, List<String> violations,
			List<String> audited) {

		void page(String name, String path) {
			page(name, path, "true");
		}

		/** Opens the page, waits until it has drawn (the condition), then audits it. */
		void page(String name, String path, String drawn) {
			browser.open(app + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
			browser.waitUntil(drawn);
			current(name);
		}

		/** Audits the page the browser shows now. */
		void current(String name) {
			browser.waitUntil("document.readyState === 'complete' && document.documentElement.lang === arguments[0]",
					language);
			// What a reader can unfold (the tables under the charts) is audited unfolded.
			browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
			violations.addAll(AxeAudit.violations(browser, language + " " + name));
			audited.add(language + " " + name + " | " + browser.script("return location.pathname").asString() + " | "
					+ browser.script("const h = document.querySelector('main h1'); return h ? h.textContent.trim() : ''").asString());
		}
	}
}
