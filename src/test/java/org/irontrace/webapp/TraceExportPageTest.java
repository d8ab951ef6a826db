package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

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
				"Manufactured", "datetime=\"2019-03-01\"", "Sold at retail", "from D-" + world.tag, "</ol>")
			.contains("href=\"/app/traces/" + traceId + "/export.csv\"", "href=\"/app/traces/" + traceId + "/export.pdf\"");
	}

	@Test
	void theCsvHoldsTheTraceAndOneRowPerLinkOfTheChain() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		String csv = browser.get("/app/traces/" + traceId + "/export.csv").html();
		assertThat(csv).startsWith(String.join(",", TraceCsv.HEADER) + "\r\n");
		assertThat(csv.split("\r\n")).hasSize(3);
		assertThat(csv).contains(traceId + "," + world.agency + ",R1,", ",COMPLETED,,true," + world.tag + "1,Glock,",
				",D-" + world.tag + ",Guns " + world.tag + ",TX,2019-03-01,Ana,Ruiz,306,MANUFACTURED,2019-01-01,",
				",306,SOLD,2019-03-01,D-" + world.tag + ",");
	}

	@Test
	void thePdfIsAPdfAndAnotherAgencyGetsNeither() throws Exception {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		HttpResponse<String> pdf = browser.get("/app/traces/" + traceId + "/export.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
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
