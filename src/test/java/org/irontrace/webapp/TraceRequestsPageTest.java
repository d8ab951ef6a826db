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
 * The round trip in the browser: the trace requests page lists what to send with a download, an
 * upload of the authority's answers (trace_results.csv) moves a request to the answered list and
 * traces its gun at once.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceRequestsPageTest {

	@LocalServerPort
	int port;

	TraceworkWorld world;

	@BeforeAll
	void aWorld() {
		world = new TraceworkWorld(port);
		new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD)
			.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
					"RQ1," + world.agency + ",2023-05-04,MX,SON,Nogales,HOMICIDE,,Y,,Colt,,,,RIFLE,,,",
					"RQ2," + world.agency + ",2023-05-05,MX,SON,Nogales,WEAPONS_OFFENSE,,Y,,Ruger,,,,PISTOL,,,",
					"RQ3," + world.agency + ",2023-05-06,MX,SON,Nogales,WEAPONS_OFFENSE,H" + world.tag + ",N,,Glock,,,,PISTOL,,,"));
	}

	@Test
	void aGunTheHomeRegistryHoldsAndALedgerThatDisagreesAreShownOnTheTrace() {
		ApiClient operator = new ApiClient(port);
		operator.postCsv("/api/v1/imports/domestic-registry", csv("country,registry_id,serial_number,manufacturer,holder_type,status",
				"MX,SEDENA-" + world.tag + ",H" + world.tag + ",Glock,MILITARY,REPORTED_STOLEN"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(
				"event_id,event_type,event_date,serial_number,manufacturer,from_licence,purchaser_first_name,purchaser_last_name,purchaser_dob",
				"RQ-" + world.tag + ",SOLD,2020-01-02,H" + world.tag + ",Glock,D-LEDGER" + world.tag + ",Bo,Jones,1980-01-01"));
		operator.postCsv("/api/v1/imports/trace-results", csv(
				"agency,recovery_id,trace_number,result_date,trace_status,serial_number,manufacturer,dealer_licence,sale_date",
				world.agency + ",RQ3,T3-" + world.tag + ",2023-06-01,COMPLETED,H" + world.tag + ",Glock,D-OTHER" + world.tag + ",2021-03-04"));
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		HttpResponse<String> trace = browser.get("/app/traces/latest?agency=" + world.agency + "&recoveryId=RQ3");
		String page = browser.get(trace.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
		assertThat(page).contains("Registered at home", "SEDENA-" + world.tag, "the armed forces", "reported stolen",
				"Where the ledger and the tracing authority disagree", "D-LEDGER" + world.tag, "D-OTHER" + world.tag);
	}

	@Test
	void anUploadedAnswerMovesItsRequestToTheAnsweredListAndTracesTheGun() {
		UploadBrowser browser = new UploadBrowser(port, world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		String before = browser.get("/app/trace-requests").body();
		assertThat(before).contains("Trace requests of " + world.agency, "RQ1", "RQ2", "Urgent", "No answers received yet");
		String file = browser.get("/app/trace-requests.csv").body();
		assertThat(file).startsWith("request_type,agency,recovery_id").contains("URGENT," + world.agency + ",RQ1");

		HttpResponse<String> sent = browser.upload("trace-results", "trace_results.csv", csv(
				"agency,recovery_id,trace_number,result_date,trace_status,serial_number,manufacturer,firearm_type,"
						+ "dealer_licence,dealer_name,dealer_state,sale_date,purchaser_first_name,purchaser_last_name",
				world.agency + ",RQ1,T23-" + world.tag + ",2023-05-20,COMPLETED,RQ" + world.tag + ",Colt,RIFLE,D-RQ"
						+ world.tag + ",Desert Arms,AZ,2023-01-04,Ann,Stone"));
		String report = browser.finishedReport(sent.headers().firstValue("Location").orElseThrow()
			.replaceFirst("^https?://[^/]+", ""));
		assertThat(report).contains("id=\"accepted\">1<", "id=\"rejected\">0<");

		String after = browser.get("/app/trace-requests").body();
		assertThat(after).containsSubsequence("To send", "RQ2", "Answered", "RQ1", "T23-" + world.tag,
				"Traced to the purchaser", "Desert Arms, AZ");
		HttpResponse<String> trace = browser.get("/app/traces/latest?agency=" + world.agency + "&recoveryId=RQ1");
		assertThat(trace.statusCode()).isEqualTo(302);
		String page = browser.get(trace.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
		assertThat(page).contains("The tracing authority&#39;s answer", "trace number T23-" + world.tag,
				"Traced to the purchaser", "Desert Arms");
	}
}
