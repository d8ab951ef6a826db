package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Analysts in a real Chromium. Skipped where Chromium is not installed.
 */
@IntegrationTest
@Tag("browser")
class BrowserJourneyTest {

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	@LocalServerPort
	int port;

	/**
	 * A Spanish-speaking analyst signs in, asks for a trace without the recovery id, is taken to the
	 * problem, fixes it and reads the result; then records a new recovery with the date typed in
	 * three fields, a month that does not exist and no recovery id, fixes both and reads its trace.
	 */
	@Test
	void traceInSpanishWithAMissingFieldFixedByKeyboard() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		WebAppWorld world = new WebAppWorld(port);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver.log").toFile())) {
			browser.signIn(app, "es", world.analyst, WebAppWorld.PASSWORD);
			assertThat(browser.text("main h1")).contains("Bienvenido/a");

			browser.open(app + "/app/trace");
			assertThat(browser.text("main h1")).isEqualTo("Rastrear un arma recuperada");
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#problems")).contains("Hay un problema", "Indique el identificador de la recuperación");
			assertThat(browser.focusedId()).as("the summary takes the focus").isEqualTo("problems");
			Files.write(SCREENSHOTS.resolve("trace-es-missing-field.png"), browser.screenshot());

			browser.click("#problems a[href='#recoveryId']");
			assertThat(browser.focusedId()).as("the summary link leads to the field").isEqualTo("recoveryId");
			browser.type("#recoveryId", "R1");
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#trace-status")).isEqualTo("Completado");
			assertThat(browser.text("#short-ttc")).contains("menos de un año");
			Files.write(SCREENSHOTS.resolve("trace-es-result.png"), browser.screenshot());

			browser.open(app + "/app/trace");
			assertThat(browser.attribute("#obliterated-part", "hidden")).as("the partial serial waits for the box")
				.isEqualTo("true");
			browser.type("#recoveryDateDay", "15");
			browser.type("#recoveryDateMonth", "13");
			browser.type("#recoveryDateYear", "2019");
			browser.type("#country", "MX");
			browser.type("#city", "Reynosa");
			browser.type("#manufacturer", "glock austria");
			browser.type("#serialNumber", world.tag + "1");
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#problems")).contains("Indique el identificador de la recuperación",
					"El mes de la recuperación debe ser un número del 1 al 12");
			assertThat(browser.attribute("#recoveryDateMonth", "ariaInvalid")).isEqualTo("true");
			Files.write(SCREENSHOTS.resolve("trace-es-date-problem.png"), browser.screenshot());

			browser.click("#problems a[href='#recoveryDateMonth']");
			assertThat(browser.focusedId()).isEqualTo("recoveryDateMonth");
			browser.clear("#recoveryDateMonth");
			browser.type("#recoveryDateMonth", "6");
			browser.type("#recoveryId", "R2");
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#recorded")).contains("se registró para su agencia");
			assertThat(browser.text("#readings")).contains("«glock austria» se leyó como Glock");
			assertThat(browser.text("#trace-status")).isEqualTo("Completado");
			assertThat(browser.text("#ttc-days")).contains("106 días");
			Files.write(SCREENSHOTS.resolve("trace-es-recorded-result.png"), browser.screenshot());
		}
	}

	/**
	 * An analyst opens a completed trace from the list of traces, reads its timeline and its
	 * time-to-crime, and exports it: the CSV behind the export link holds the trace.
	 */
	@Test
	void readACompletedTraceFromTheListAndExportIt() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		WebAppWorld world = new WebAppWorld(port);
		ApiClient.Answer traced = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.postJson("/api/v1/traces", Map.of("agency", world.agency, "recoveryId", "R1"));
		assertThat(traced.status()).as(traced.text()).isEqualTo(200);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-export.log").toFile())) {
			browser.signIn(app, "en", world.analyst, WebAppWorld.PASSWORD);

			browser.open(app + "/app/traces?status=COMPLETED");
			assertThat(browser.text("#traces")).contains("R1", world.agency, "Completed", "306 days");
			Files.write(SCREENSHOTS.resolve("traces-list.png"), browser.screenshot());
			browser.click("#traces a");

			assertThat(browser.text("#trace-status")).isEqualTo("Completed");
			assertThat(browser.count("#timeline li")).isEqualTo(2);
			assertThat(browser.text("#timeline")).contains("Manufactured", "Sold at retail", "from D-" + world.tag);
			assertThat(browser.text("#ttc-days")).contains("306 days");
			assertThat(browser.text("#short-ttc")).contains("under one year");
			assertThat(browser.attribute("#print", "hidden")).as("printing offered where scripts run").isEqualTo("false");
			Files.write(SCREENSHOTS.resolve("trace-completed-en.png"), browser.screenshot());

			String href = browser.attribute("#export-csv", "href");
			assertThat(href).endsWith("/export.csv");
			String csv = browser.script("var request = new XMLHttpRequest(); request.open('GET', arguments[0], false);"
					+ " request.send(); return request.status + '\\n' + request.responseText;", href).asString();
			assertThat(csv).startsWith("200\n" + String.join(",", TraceCsv.HEADER))
				.contains(world.agency + ",R1,", ",COMPLETED,", ",Glock,", ",TX,01/03/2019,", ",306,SOLD,01/03/2019,");
		}
	}

	/**
	 * A Jamaican officer types the place of recovery: the suggestions are Jamaica's parishes, they
	 * follow the country when the Dominican Republic is typed instead and come back with Jamaica, and
	 * "Saint Ann" is offered as Jamaica's 06. Headless Chromium draws no suggestion box to pick from,
	 * so the officer types the name out, and the recovery is recorded as Saint Ann in Jamaica.
	 */
	@Test
	void theParishesOfferedFollowTheCountryAndSaintAnnIsRecordedAsJamaicas() throws Exception {
		Assumptions.assumeTrue(new File(WebDriverSession.CHROMEDRIVER).canExecute(), "chromedriver is not installed");
		WebAppWorld world = new WebAppWorld(port);
		String jamaican = "JM-" + world.tag;
		String officer = "jm-" + world.tag.toLowerCase();
		assertThat(world.operator.postJson("/api/v1/agencies",
				Map.of("code", jamaican, "name", "Agency " + jamaican, "country", "JM", "kind", "NATIONAL")).status())
			.isEqualTo(201);
		assertThat(world.operator.postJson("/api/v1/users", Map.of("username", officer, "password", WebAppWorld.PASSWORD,
				"agency", jamaican, "roles", List.of("ANALYST"))).status()).isEqualTo(201);
		String app = "http://localhost:" + port;
		Files.createDirectories(SCREENSHOTS);
		try (WebDriverSession browser = WebDriverSession.start(SCREENSHOTS.resolve("chromedriver-parish.log").toFile())) {
			browser.signIn(app, "en", officer, WebAppWorld.PASSWORD);
			browser.open(app + "/app/trace");
			assertThat(suggestionsOf(browser)).isEqualTo("state-choices-JM");
			browser.type("#country", "DO");
			assertThat(suggestionsOf(browser)).as("the Dominican Republic's provinces")
				.isEqualTo("state-choices-DO");
			browser.clear("#country");
			browser.type("#country", "JM");
			assertThat(suggestionsOf(browser)).isEqualTo("state-choices-JM");
			assertThat(browser.script("return Array.from(document.getElementById('adminArea').list.options)"
					+ ".filter(o => (o.label + ' ' + o.value).includes(arguments[0])).map(o => o.value + ' ' + o.label)",
					"Saint Ann").toString()).as("what the field offers for Saint Ann").isEqualTo("[\"06 Saint Ann (Jamaica)\"]");

			browser.type("#recoveryId", "R-PARISH");
			browser.type("#recoveryDateDay", "15");
			browser.type("#recoveryDateMonth", "6");
			browser.type("#recoveryDateYear", "2019");
			browser.type("#adminArea", "Saint Ann");
			browser.type("#manufacturer", "Glock");
			browser.type("#serialNumber", world.tag + "1");
			browser.click("main form button[type=submit]");
			assertThat(browser.text("#recorded")).contains("recorded for your agency");
			assertThat(browser.text("#readings")).contains("“Saint Ann” was read as Saint Ann, Jamaica (06)");
			Files.write(SCREENSHOTS.resolve("trace-parish-read.png"), browser.screenshot());
		}
		JsonNode recorded = new ApiClient(port).login(officer, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + jamaican).json();
		assertThat(recorded.get(0).get("recoveryId").asString()).isEqualTo("R-PARISH");
		assertThat(recorded.get(0).get("country").asString() + " " + recorded.get(0).get("adminArea").asString())
			.isEqualTo("JM 06");
	}

	/** The list of suggestions the place of recovery offers now. */
	private static String suggestionsOf(WebDriverSession browser) {
		return browser.script("return document.getElementById('adminArea').getAttribute('list')").asString();
	}
}
