package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A completed trace read as a timeline and taken away as CSV and PDF, by its agency only. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceExportPageTest {

	@LocalServerPort
	int port;

	TraceworkWorld world;

	String traceId;

	@BeforeAll
	void aCompletedTrace() {
		world = new TraceworkWorld(port);
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		Page traced = browser.submit(browser.get("/app/trace"), "/app/trace", Map.of("agency", world.agency, "recoveryId", "R1"));
		traceId = traced.location().replaceFirst(".*/app/traces/", "");
	}

	@Test
	void theResultShowsTheChainAsATimelineAndOffersTheExports() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		String html = browser.get("/app/traces/" + traceId).html();
		assertThat(html).containsSubsequence("<ol class=\"timeline\" id=\"timeline\">", "datetime=\"2019-01-01\"",
				"Manufactured", "ledger row sent by admin", "datetime=\"2019-03-01\"", "Sold at retail", "from D-" + world.tag,
				"ledger row sent by admin", "</ol>")
			.contains("href=\"/app/traces/" + traceId + "/export.csv\"", "href=\"/app/traces/" + traceId + "/export.pdf\"");
	}

	@Test
	void theCsvHoldsTheTraceAndOneRowPerLinkOfTheChain() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		String csv = browser.get("/app/traces/" + traceId + "/export.csv").html();
		assertThat(csv).startsWith(String.join(",", TraceCsv.HEADER) + "\r\n");
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv).contains(traceId + "," + world.agency + ",R1,", ",COMPLETED,,true," + world.tag + "1,Glock,",
				",D-" + world.tag + ",Guns " + world.tag + ",TX,01/03/2019,Ana,Ruiz,306,MANUFACTURED,01/01/2019,",
				",306,SOLD,01/03/2019,D-" + world.tag + ",");
	}

	/**
	 * Taken from the page in French, the file is written as a spreadsheet in Haiti reads it: cells
	 * split by semicolons, dates day first; the API keeps the machine form of FORMATS.md.
	 */
	@Test
	void theCsvFollowsThePageLanguageWhileTheApiKeepsIsoDates() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=fr");
		String csv = browser.get("/app/traces/" + traceId + "/export.csv").html();
		assertThat(csv).startsWith(String.join(";", TraceCsv.HEADER) + "\r\n");
		assertThat(csv).contains(";TX;01/03/2019;Ana;Ruiz;306;MANUFACTURED;01/01/2019;")
			.containsPattern(traceId + ";" + world.agency + ";R1;\\d\\d/\\d\\d/20\\d\\d \\d\\d:\\d\\d UTC;COMPLETED;")
			.doesNotContain("2019-03-01");
		browser.get("/app?lang=es");
		assertThat(browser.get("/app/traces/" + traceId + "/export.csv").html())
			.contains(",TX,01/03/2019,Ana,Ruiz,306,MANUFACTURED,01/01/2019,");

		ApiClient.Answer api = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD).get("/api/v1/traces/" + traceId);
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.text()).contains("\"saleDate\":\"2019-03-01\"", "\"eventDate\":\"2019-01-01\"");
	}

	@Test
	void thePdfIsAPdfAndAnotherAgencyGetsNeither() throws Exception {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		HttpResponse<String> pdf = browser.get("/app/traces/" + traceId + "/export.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader
			.loadPDF(browser.download("/app/traces/" + traceId + "/export.pdf?lang=en"))) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
				.as("when and where the gun was taken, printed with its trace")
				.contains("Recovered on", "Place of recovery", "Reynosa, TAM, MX");
		}
		UploadBrowser haitian = new UploadBrowser(port, world.otherAnalyst, WebAppWorld.PASSWORD);
		assertThat(haitian.get("/app/traces/" + traceId + "/export.csv").statusCode()).isEqualTo(404);
		assertThat(haitian.get("/app/traces/" + traceId + "/export.pdf").statusCode()).isEqualTo(404);
		assertThat(haitian.get("/app/traces/" + traceId).statusCode()).isEqualTo(404);
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/app/traces/" + traceId + "/export.csv"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.body()).doesNotContain("Ana");
	}
}
