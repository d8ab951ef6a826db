package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An analyst records a recovery on the trace form, as on ATF Form 3312.1, and has it traced: every
 * problem is named with its field and linked to it, the date is checked part by part, the maker is
 * read as the catalogue knows it, and the same recovery sent twice changes nothing.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceFormPageTest {

	@LocalServerPort
	int port;

	TraceworkWorld world;

	@BeforeAll
	void aWorld() {
		world = new TraceworkWorld(port);
	}

	PageBrowser analystInEnglish() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		return browser;
	}

	/** The state of recovery is offered by name as the analyst types, Mexico's first for a Mexican agency. */
	@Test
	void theStateOfRecoveryIsOfferedByItsName() {
		String form = analystInEnglish().get("/app/trace").html();
		assertThat(form).contains("list=\"state-choices-MX\"",
				"A state, parish, department or province of the country of the recovery is offered by its name as you type.");
		assertThat(suggestions(form, "MX")).as("the agency's own country's list, the one the field starts with")
			.contains("data-home=\"true\"")
			.containsSubsequence("<option value=\"CMX\">Mexico City (Mexico)</option>",
					"<option value=\"TAM\">Tamaulipas (Mexico)</option>", "<option value=\"NM\">New Mexico (United States)</option>")
			.doesNotContain("(Jamaica)");
	}

	/**
	 * A Jamaican officer typing "Saint Ann" is offered Jamaica's parish, never a state whose code it
	 * shares; the recovery is recorded under Jamaica with the parish's code, whether picked from the
	 * suggestions (which send 06) or typed out in full.
	 */
	@Test
	void aJamaicanOfficerIsOfferedJamaicasParishesAndTheRecoveryKeepsTheParishOfJamaica() {
		String officer = jamaicanOfficer();
		PageBrowser browser = new PageBrowser(port).signIn(officer, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		String form = browser.get("/app/trace").html();
		assertThat(form).as("no country typed yet: the agency's own").contains("list=\"state-choices-JM\"");
		assertThat(suggestions(form, "JM")).contains("data-home=\"true\"", "<option value=\"06\">Saint Ann (Jamaica)</option>",
				"<option value=\"01\">Kingston (Jamaica)</option>").doesNotContain("Arkansas", "Tamaulipas", "Distrito Nacional");
		assertThat(suggestions(form, "DO")).as("the list the page switches to when the Dominican Republic is typed")
			.contains("<option value=\"01\">Distrito Nacional (Dominican Republic)</option>").doesNotContain("Kingston");

		Map<String, String> typed = recovery("R-JM-TYPED");
		typed.put("agency", jamaicanAgency);
		typed.put("country", "JM");
		typed.put("adminArea", "Saint Ann");
		typed.put("city", "Ocho Rios");
		Page traced = browser.submit(browser.get("/app/trace"), "/app/trace", typed);
		assertThat(traced.status()).as(traced.html()).isEqualTo(303);
		assertThat(browser.follow(traced).html()).as("the reading names the parish and its country")
			.contains("State, parish or department: “Saint Ann” was read as Saint Ann, Jamaica (06)");

		Map<String, String> picked = recovery("R-JM-PICKED");
		picked.put("agency", jamaicanAgency);
		picked.put("country", "jm");
		picked.put("adminArea", "06");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", picked).status()).isEqualTo(303);

		JsonNode recorded = new ApiClient(port).login(officer, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + jamaicanAgency).json();
		assertThat(placeOf(recorded, "R-JM-TYPED")).isEqualTo("JM 06");
		assertThat(placeOf(recorded, "R-JM-PICKED")).isEqualTo("JM 06");
	}

	/** The suggestions follow the country on the form, and a country IronTrace lists no divisions of gets none. */
	@Test
	void theSuggestionsFollowTheCountryOfTheRecovery() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> dominican = recovery("");
		dominican.put("country", "do");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", dominican).html())
			.contains("list=\"state-choices-DO\"");
		Map<String, String> guyana = recovery("");
		guyana.put("country", "GY");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", guyana).html())
			.as("no Mexican state offered for a Guyanese recovery")
			.doesNotContain("list=\"state-choices-").contains("id=\"state-choices-MX\"");
	}

	/** On a Creole page a Haitian analyst types the department's Creole name, and Haiti's code is recorded. */
	@Test
	void aHaitianDepartmentTypedInCreoleIsRecordedByHaitisCode() {
		PageBrowser browser = new PageBrowser(port).signIn(world.otherAnalyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=ht");
		String form = browser.get("/app/trace").html();
		assertThat(form).contains("list=\"state-choices-HT\"",
				"Yon eta, pawas, depatman oswa pwovens nan peyi kote sezi a fèt parèt ak non li pandan w ap tape.");
		assertThat(suggestions(form, "HT")).contains("<option value=\"AR\">Atibonit (Haïti)</option>",
				"<option value=\"OU\">Lwès (Haïti)</option>").doesNotContain("Arkansas");

		Map<String, String> fields = recovery("HT-FORM-1");
		fields.put("agency", world.otherAgency);
		fields.put("country", "HT");
		fields.put("adminArea", "Atibonit");
		fields.put("city", "Gonayiv");
		Page traced = browser.submit(browser.get("/app/trace"), "/app/trace", fields);
		assertThat(traced.status()).as(traced.html()).isEqualTo(303);
		assertThat(browser.follow(traced).html()).contains("“Atibonit” te li kòm Atibonit, Haïti (AR)");
		JsonNode recorded = new ApiClient(port).login(world.otherAnalyst, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + world.otherAgency).json();
		assertThat(placeOf(recorded, "HT-FORM-1")).isEqualTo("HT AR");
	}

	/** The options of the list offered for one country, from its opening tag to its end. */
	private static String suggestions(String html, String country) {
		int start = html.indexOf("<datalist id=\"state-choices-" + country + "\"");
		assertThat(start).as("a list for " + country).isNotNegative();
		return html.substring(start, html.indexOf("</datalist>", start));
	}

	/** The country and place a recovery was recorded with, as the API lists it. */
	private static String placeOf(JsonNode recoveries, String recoveryId) {
		for (JsonNode recovery : recoveries) {
			if (recoveryId.equals(recovery.path("recoveryId").asString())) {
				return recovery.path("country").asString() + " " + recovery.path("adminArea").asString();
			}
		}
		throw new AssertionError(recoveryId + " is not listed in " + recoveries);
	}

	/** A Jamaican agency and its officer, made once for the tests that need them. */
	private String jamaicanOfficer() {
		if (jamaicanAgency == null) {
			jamaicanAgency = "JM-" + world.tag;
			String officer = "jm-officer-" + world.tag.toLowerCase();
			ApiClient operator = world.base.operator;
			assertThat(operator.postJson("/api/v1/agencies",
					Map.of("code", jamaicanAgency, "name", "Agency " + jamaicanAgency, "country", "JM", "kind", "NATIONAL"))
				.status()).isEqualTo(201);
			assertThat(operator.postJson("/api/v1/users", Map.of("username", officer, "password", WebAppWorld.PASSWORD,
					"agency", jamaicanAgency, "roles", List.of("ANALYST"))).status()).isEqualTo(201);
			jamaicanOfficerName = officer;
		}
		return jamaicanOfficerName;
	}

	private String jamaicanAgency;

	private String jamaicanOfficerName;

	Map<String, String> recovery(String recoveryId) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("agency", world.agency);
		fields.put("recoveryId", recoveryId);
		fields.put("recoveryDateDay", "15");
		fields.put("recoveryDateMonth", "6");
		fields.put("recoveryDateYear", "2019");
		fields.put("country", "mx");
		fields.put("adminArea", "TAM");
		fields.put("city", "Reynosa");
		fields.put("latitude", "26,0508");
		fields.put("longitude", "-98.2979");
		fields.put("crimeCode", "HOMICIDE");
		fields.put("serialNumber", world.tag + "1");
		fields.put("manufacturer", "Glock Austria");
		fields.put("model", "19");
		fields.put("caliber", "9 mm");
		fields.put("firearmType", "PISTOL");
		fields.put("countryOfManufacture", "US");
		fields.put("possessorFirstName", "Juan");
		fields.put("possessorLastName", "Preciado");
		fields.put("possessorDobDay", "3");
		fields.put("possessorDobMonth", "2");
		fields.put("possessorDobYear", "1990");
		fields.put("possessorNationality", "MX");
		return fields;
	}

	@Test
	void theFormOffersEveryFieldOfTheRecoveryAndTheCataloguesNames() {
		String html = analystInEnglish().get("/app/trace").html();
		for (String field : TraceRequestForm.FIELDS) {
			assertThat(html).as(field).contains("name=\"" + field + "\"");
		}
		assertThat(html).contains("<datalist id=\"maker-choices\">", "value=\"S&amp;W\"", "Smith &amp; Wesson",
				"list=\"maker-choices\"", "list=\"calibre-choices\"", "<option value=\"BORDER_SEIZURE\">Border seizure</option>",
				"for=\"recoveryDateDay\"", "for=\"recoveryDateMonth\"", "for=\"recoveryDateYear\"",
				"data-reveal-when=\"serialObliterated\"");
	}

	@Test
	void missingAndBadFieldsAreNamedAtTheTopEachLinkedToItsField() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> fields = recovery("");
		fields.put("country", "");
		fields.put("latitude", "north");
		fields.put("longitude", "200");
		fields.put("countryOfManufacture", "Austria");
		fields.put("partialSerial", "A-1%");
		fields.put("crimeCode", "JAYWALKING");
		Page problems = browser.submit(browser.get("/app/trace"), "/app/trace", fields);
		assertThat(problems.status()).isEqualTo(422);
		assertThat(problems.html()).contains("<title>Error: trace a recovered gun",
				"href=\"#recoveryId\">Enter the recovery id</a>",
				"href=\"#country\">Enter the country where the gun was recovered</a>",
				"href=\"#latitude\">The latitude must be a number from -90 to 90</a>",
				"href=\"#longitude\">The longitude must be a number from -180 to 180</a>",
				"href=\"#countryOfManufacture\">“Austria” is not a two-letter country code",
				"href=\"#partialSerial\">The restored serial may only hold letters",
				"href=\"#crimeCode\">Choose the crime from the list</a>",
				"id=\"latitude-problem\"", "aria-describedby=\"latitude-hint latitude-problem\"");
		assertThat(problems.html()).as("what was typed stays").contains("value=\"north\"", "value=\"Reynosa\"");
	}

	@Test
	void theRecoveryDateIsCheckedPartByPart() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> noDay = recovery("R-DATE");
		noDay.put("recoveryDateDay", "");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", noDay).html())
			.contains("href=\"#recoveryDateDay\">The date of the recovery must include a day</a>");
		Map<String, String> february = recovery("R-DATE");
		february.put("recoveryDateDay", "30");
		february.put("recoveryDateMonth", "2");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", february).html())
			.contains("href=\"#recoveryDateDay\">The date of the recovery must be a real date: day 30 does not exist in month 2 of 2019</a>");
		Map<String, String> month13 = recovery("R-DATE");
		month13.put("recoveryDateMonth", "13");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", month13).html())
			.contains("href=\"#recoveryDateMonth\">The month of the recovery must be a number from 1 to 12</a>");
		Map<String, String> shortYear = recovery("R-DATE");
		shortYear.put("recoveryDateYear", "19");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", shortYear).html())
			.contains("href=\"#recoveryDateYear\">The year of the recovery must have four digits");
		Map<String, String> future = recovery("R-DATE");
		future.put("recoveryDateYear", String.valueOf(LocalDate.now().getYear() + 1));
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", future).html())
			.contains("The date of the recovery must be today or in the past");
		Map<String, String> bornAfter = recovery("R-DATE");
		bornAfter.put("possessorDobYear", "2020");
		assertThat(browser.submit(browser.get("/app/trace"), "/app/trace", bornAfter).html())
			.contains("href=\"#possessorDobDay\">The date of birth must be before the date of the recovery</a>");
		assertThat(new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + world.agency).text()).as("nothing recorded").doesNotContain("R-DATE");
	}

	@Test
	void aRecoveryTypedOnTheFormIsRecordedTracedAndItsMakerAliasUnderstood() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> fields = recovery("R-FORM");
		fields.put("manufacturer", "glock austria");
		Page traced = browser.submit(browser.get("/app/trace"), "/app/trace", fields);
		assertThat(traced.status()).as(traced.html()).isEqualTo(303);
		Page result = browser.follow(traced);
		assertThat(result.html()).contains("The recovery was recorded for your agency and traced.",
				"Manufacturer: “glock austria” was read as Glock", "Completed", "106 days",
				"Short time-to-crime: under one year");
		ApiClient.Answer recorded = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + world.agency);
		assertThat(recorded.text()).contains("R-FORM", "2019-06-15", "Preciado", "1990-02-03", "Reynosa");
		ApiClient auditor = new ApiClient(port).login(world.base.auditor, WebAppWorld.PASSWORD);
		assertThat(auditor.get("/api/v1/audit?username=" + world.analyst + "&action=IMPORT").text())
			.as("recording is a change, audited as the import API audits it").contains("trace form");

		Page again = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace", fields));
		assertThat(again.html()).as("the same recovery sent twice changes nothing")
			.contains("This recovery id was already on record: nothing was changed");
	}

	@Test
	void aRecoveryTypedWithItsIncidentAndGroupLeadsToTheIncident() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> fields = recovery("R-INCIDENT");
		fields.put("incidentId", "OP-FORM-" + world.tag);
		fields.put("criminalGroup", "Cártel del Golfo");
		Page traced = browser.submit(browser.get("/app/trace"), "/app/trace", fields);
		assertThat(traced.status()).as(traced.html()).isEqualTo(303);
		Page result = browser.follow(traced);
		String incident = "/app/incidents/" + world.agency + "/OP-FORM-" + world.tag;
		assertThat(result.html()).contains(incident);
		assertThat(browser.get(incident + "?lang=en").html()).contains("Gulf Cartel (CDG)", "R-INCIDENT");
		assertThat(browser.get("/app/trace?lang=en").html()).contains("<datalist id=\"criminal-group-choices\">",
				"list=\"criminal-group-choices\"", "value=\"Jalisco New Generation Cartel (CJNG)\"");

		Map<String, String> tooLong = recovery("R-INCIDENT-2");
		tooLong.put("incidentId", "I".repeat(101));
		Page refused = browser.submit(browser.get("/app/trace"), "/app/trace", tooLong);
		assertThat(refused.html()).contains("id=\"incidentId-problem\"", "the value has 101 characters, at most 100 are allowed");
	}

	@Test
	void theSmithAndWessonAbbreviationIsReadAsTheMaker() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> fields = recovery("R-SW");
		fields.put("serialNumber", world.soldSerial);
		fields.put("manufacturer", "S&W");
		fields.put("countryOfManufacture", "US");
		fields.put("recoveryDateYear", "2022");
		Page result = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace", fields));
		assertThat(result.html()).contains("Manufacturer: “S&amp;W” was read as Smith &amp; Wesson", "Completed",
				world.soldSerial);
	}

	@Test
	void aRecoveryOfAnotherAgencyIsRefusedOnTheAgencyField() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> fields = recovery("R-FOREIGN");
		fields.put("agency", world.otherAgency);
		Page refused = browser.submit(browser.get("/app/trace"), "/app/trace", fields);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html()).contains("href=\"#agency\">The recovery was refused: you submit for agency "
				+ world.agency);
		browser.get("/app?lang=es");
		Page spanish = browser.submit(browser.get("/app/trace"), "/app/trace", fields);
		assertThat(spanish.html()).as("the import's reason in the reader's language")
			.contains("href=\"#agency\">La recuperación fue rechazada: usted envía datos de la agencia " + world.agency
					+ "; esta fila es de " + world.otherAgency);
	}

	@Test
	void anUnknownMakerIsSaidToBeKeptAsWritten() {
		PageBrowser browser = analystInEnglish();
		Map<String, String> fields = recovery("R-UNKNOWN-MAKER");
		fields.put("manufacturer", "Fabrica Inventada");
		Page result = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace", fields));
		assertThat(result.html()).contains("“Fabrica Inventada” is not in the catalogue and was kept as written");
	}
}
