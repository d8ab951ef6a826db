package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.net.http.HttpResponse;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sending a recoveries.csv from the browser: the import of the API runs behind a progress bar, and
 * its report lists each refused row with its line, field and reason, on the page and as CSV. The
 * same file sent again changes nothing, and the page says so.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadPageTest {

	@LocalServerPort
	int port;

	TraceworkWorld world;

	@BeforeAll
	void aWorld() {
		world = new TraceworkWorld(port);
	}

	String file(String prefix) {
		return csv(RECOVERIES_HEADER,
				prefix + "U1," + world.agency + ",2021-03-04,MX,SON,Nogales,BORDER_SEIZURE," + world.tag + "1,N,,Glock,,,,PISTOLA,,,",
				prefix + "U2," + world.agency + ",2021-03-32,MX,SON,Nogales,BORDER_SEIZURE,,N,,Glock,,,,PISTOLA,,,",
				prefix + "U3," + world.otherAgency + ",2021-03-04,HT,OU,Port-au-Prince,HOMICIDE,,N,,Glock,,,,PISTOLA,,,",
				prefix + "U4," + world.agency + ",2021-03-05,MX,SON,Nogales,WEAPONS_OFFENSE,,N,,Colt,,,,REVOLVER,,,");
	}

	@Test
	void anUploadReportsEachRefusedRowAndTheSameFileTwiceChangesNothing() {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		HttpResponse<String> sent = browser.upload("recoveries.csv", file("A"));
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
		String location = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(location).startsWith("/app/recoveries/upload/");

		String report = browser.finishedReport(location);
		assertThat(report).contains("File: recoveries.csv", "The import is finished.", "value=\"100\"",
				"id=\"accepted\">2<", "id=\"duplicates\">0<", "id=\"rejected\">2<")
			.containsSubsequence("<td class=\"number\">3</td>", "<td>recovery_date</td>",
					"is not a date in the form YYYY-MM-DD")
			.containsSubsequence("<td class=\"number\">4</td>", "<td>agency</td>", "you submit for agency")
			.doesNotContain("Nothing changed");

		String errors = browser.get(location + "/errors.csv").body();
		assertThat(errors).startsWith("line,field,reason\r\n")
			.contains("3,recovery_date,“2021-03-32” is not a date in the form YYYY-MM-DD", "4,agency,you submit for agency");
		assertThat(new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.get("/api/v1/recoveries?agency=" + world.agency).text()).contains("\"AU1\"", "\"AU4\"").doesNotContain("\"AU2\"");

		HttpResponse<String> again = browser.upload("recoveries.csv", csv(RECOVERIES_HEADER,
				"AU1," + world.agency + ",2021-03-04,MX,SON,Nogales,BORDER_SEIZURE," + world.tag + "1,N,,Glock,,,,PISTOLA,,,",
				"AU4," + world.agency + ",2021-03-05,MX,SON,Nogales,WEAPONS_OFFENSE,,N,,Colt,,,,REVOLVER,,,"));
		String second = browser.finishedReport(again.headers().firstValue("Location").orElseThrow()
			.replaceFirst("^https?://[^/]+", ""));
		assertThat(second).contains("Nothing changed: every row of this file was already on record",
				"id=\"accepted\">0<", "id=\"duplicates\">2<");
	}

	@Test
	void thePageListsEachFilesColumnsWithATemplateTheImportTakes() throws Exception {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		String page = browser.get("/app/recoveries/upload?lang=en").body();
		assertThat(page).contains("Columns of each file", "<code><strong>recovery_id</strong></code>",
				"<code><strong>trace_number</strong></code>", "<code>possessor_dob</code>",
				"href=\"/app/recoveries/upload/template.csv?kind=trace-results\"");
		String template = browser.get("/app/recoveries/upload/template.csv?kind=recoveries").body();
		assertThat(template).as("the header row alone").startsWith("recovery_id,agency,recovery_date,country,").hasLineCount(1);
		HttpResponse<String> filled = browser.upload("template.csv", template.strip() + "\r\n"
				+ "T1," + world.agency + ",2021-04-01,MX" + ",".repeat(template.split(",").length - 4) + "\r\n");
		assertThat(browser.finishedReport(location(filled))).as("a filled template is a file the import takes")
			.contains("id=\"accepted\">1<", "id=\"rejected\">0<");
		assertThat(browser.get("/app/recoveries/upload/template.csv?kind=commerce-events").statusCode())
			.as("the ledger is not sent from this page").isEqualTo(404);
	}

	@Test
	void whatAnUploadRecordedIsTracedWhenTheSenderAsks() {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		String location = location(browser.upload("recoveries.csv", file("T")));
		String report = browser.finishedReport(location);
		assertThat(report).contains("The 2 recoveries recorded are not traced yet.", "id=\"trace-recorded\"");
		HttpResponse<String> pressed = browser.press(location, location + "/trace");
		assertThat(pressed.statusCode()).as(pressed.body()).isEqualTo(303);
		String done = null;
		for (int attempt = 0; attempt < 300 && done == null; attempt++) {
			String page = browser.get(location).body();
			done = page.contains("id=\"tracing-done\"") ? page : null;
			pause();
		}
		assertThat(done).as("the tracing finished").isNotNull();
		assertThat(done).containsPattern("\\d+ recoveries traced: \\d+ to a retail sale").doesNotContain("id=\"trace-recorded\"");
		assertThat(new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.get("/api/v1/traces?agency=" + world.agency + "&recoveryId=TU1").text()).contains("\"traceId\"");
		assertThat(browser.press(location, location + "/trace").statusCode()).as("once per upload").isEqualTo(409);
	}

	/**
	 * A file whose firearm type or maker the catalogue cannot place records nothing at first: the
	 * page lists those rows by line; "record anyway" records them as written, and "correct the file"
	 * forgets it with nothing recorded.
	 */
	@Test
	void valuesTheCatalogueCannotPlaceAreListedByLineBeforeAnythingIsRecorded() {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		String doubtful = csv(RECOVERIES_HEADER,
				"HOLD1," + world.agency + ",2021-05-01,MX,SON,Nogales,HOMICIDE,,N,,Glock,,,,PISTOLA,,,",
				"HOLD2," + world.agency + ",2021-05-02,MX,SON,Nogales,HOMICIDE,,N,,Glock,,,,ARMA LARGA,,,",
				"HOLD3," + world.agency + ",2021-05-03,MX,SON,Nogales,HOMICIDE,,N,,Fabrica Zeta Ocho,,,,REVOLVER,,,");
		String location = location(browser.upload("recoveries.csv", doubtful));
		String held = browser.finishedReport(location);
		assertThat(held).contains("Waiting for you: nothing is recorded yet.", "Values the catalogue cannot place",
				"2 values of this file name a firearm type, maker or calibre the catalogue cannot place", "id=\"record-anyway\"")
			.containsSubsequence("<td class=\"number\">3</td>", "<td>firearm_type</td>", "<td>ARMA LARGA</td>",
					"Not a firearm type the catalogue knows")
			.containsSubsequence("<td class=\"number\">4</td>", "<td>manufacturer</td>", "<td>Fabrica Zeta Ocho</td>",
					"A maker the catalogue does not know")
			.doesNotContain("<td>PISTOLA</td>", "id=\"accepted\"");
		ApiClient api = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		assertThat(api.get("/api/v1/recoveries?agency=" + world.agency).text()).as("nothing recorded yet")
			.doesNotContain("\"HOLD1\"");

		HttpResponse<String> recorded = browser.press(location, location + "/record");
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
		assertThat(browser.finishedReport(location)).contains("id=\"accepted\">3<", "id=\"rejected\">0<")
			.doesNotContain("id=\"record-anyway\"");
		assertThat(api.get("/api/v1/recoveries?agency=" + world.agency).text()).contains("\"HOLD1\"", "\"HOLD2\"", "\"HOLD3\"");
		assertThat(browser.press(location, location + "/record").statusCode()).as("recorded once").isEqualTo(409);

		String second = location(browser.upload("recoveries.csv", doubtful.replace("HOLD", "DROP")));
		assertThat(browser.finishedReport(second)).contains("id=\"send-corrected\"");
		HttpResponse<String> discarded = browser.press(second, second + "/discard");
		assertThat(discarded.statusCode()).isEqualTo(303);
		assertThat(discarded.headers().firstValue("Location").orElseThrow()).endsWith("/app/recoveries/upload");
		assertThat(browser.get(second).body()).contains("Discarded: nothing of this file was recorded.");
		assertThat(api.get("/api/v1/recoveries?agency=" + world.agency).text()).doesNotContain("\"DROP1\"");
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	@Test
	void eachRefusedRowIsExplainedInTheReadersLanguage() {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=es");
		String spanish = browser.finishedReport(location(browser.upload("recuperaciones.csv", file("C"))));
		assertThat(spanish).contains("“2021-03-32” no es una fecha con la forma AAAA-MM-DD",
				"usted envía datos de la agencia " + world.agency + "; esta fila es de " + world.otherAgency)
			.doesNotContain("is not a date");
		browser.get("/app?lang=fr");
		String sent = location(browser.upload("saisies.csv", file("D")));
		assertThat(browser.finishedReport(sent)).contains("« 2021-03-32 » n’est pas une date de la forme AAAA-MM-JJ",
				"vous saisissez pour l’agence " + world.agency + " ; cette ligne est celle de " + world.otherAgency);
		assertThat(browser.get(sent + "/errors.csv").body())
			.as("the file to fix the rows speaks the reader's language and is cut for a French spreadsheet")
			.contains("3;recovery_date;« 2021-03-32 » n’est pas une date de la forme AAAA-MM-JJ",
					"4;agency;\"vous saisissez pour l’agence " + world.agency + " ; cette ligne est celle de " + world.otherAgency + "\"");
	}

	private static String location(HttpResponse<String> sent) {
		return sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	@Test
	void anUploadIsOnlyVisibleToItsSender() {
		UploadBrowser sender = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		String location = sender.upload("mine.csv", file("B")).headers().firstValue("Location").orElseThrow()
			.replaceFirst("^https?://[^/]+", "");
		UploadBrowser other = new UploadBrowser(port, world.otherAnalyst, WebAppWorld.PASSWORD);
		assertThat(other.get(location).statusCode()).isEqualTo(404);
		assertThat(other.get(location + "/errors.csv").statusCode()).isEqualTo(404);
		sender.finishedReport(location);
	}

	@Test
	void sendingWithoutAFileNamesTheProblem() {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		HttpResponse<String> empty = browser.upload("", "");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(empty.body()).contains("href=\"#file\">Choose a recoveries.csv file to send</a>");
	}
}
