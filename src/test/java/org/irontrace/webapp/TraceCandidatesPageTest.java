package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A gun with a filed-off serial: the analyst ticks "obliterated", types the restored characters
 * with ? for the unreadable one, gets the ranked candidates, confirms the right gun, and finds the
 * recovery traced again as that gun with the first answer kept in the history.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceCandidatesPageTest {

	private static final Pattern TRACE_ID = Pattern.compile("/app/traces/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	TraceworkWorld world;

	@BeforeAll
	void aWorld() {
		world = new TraceworkWorld(port);
	}

	@Test
	void aPartialSerialGivesCandidatesAndConfirmingOneTracesTheRecoveryAgainKeepingHistory() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		browser.get("/app?lang=en");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("agency", world.agency);
		fields.put("recoveryId", "R-FILED");
		fields.put("recoveryDateDay", "1");
		fields.put("recoveryDateMonth", "9");
		fields.put("recoveryDateYear", "2021");
		fields.put("country", "MX");
		fields.put("serialObliterated", "Y");
		fields.put("partialSerial", world.partialReading);
		fields.put("manufacturer", "Smith y Wesson");
		Page ambiguous = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace", fields));
		assertThat(ambiguous.html()).contains("Not traced", "Ambiguous: several ledger guns fit", world.soldSerial,
				world.unsoldSerial, "Confirm " + world.soldSerial, "Manufacturer: “Smith y Wesson” was read as Smith &amp; Wesson");
		assertThat(ambiguous.html()).as("what tells the candidates apart: model, calibre, first sale, the unreadable character")
			.contains("M&amp;P9 9mm", "href=\"/app/dealers/D-" + world.tag + "\"", "(TX, 2021-05-01)", "No retail sale recorded",
					"href=\"/app/guns/" + world.soldSerial + "\"");
		assertThat(ambiguous.html().replaceAll("\\s+", " ")).as("the character that could not be read, marked in each serial")
			.contains("<span>" + world.tag + "A7</span><span class=\"unreadable\" title=\"Could not be read on the gun\">1</span>");
		assertThat(ambiguous.html()).as("no history yet").doesNotContain("id=\"history\"");
		String firstTrace = traceId(ambiguous.html());

		Page confirmed = browser.submit(ambiguous, "/app/traces/" + firstTrace + "/confirm",
				Map.of("serialNumber", world.soldSerial, "manufacturer", "Smith & Wesson"));
		assertThat(confirmed.status()).isEqualTo(303);
		Page retraced = browser.follow(confirmed);
		assertThat(retraced.html()).contains("The chosen gun was confirmed", "Completed", "Rosa " + world.purchaserLastName,
				"datetime=\"2021-05-01\"", "id=\"history\"", "Ambiguous: several ledger guns fit",
				"href=\"/app/traces/" + firstTrace + "\"");

		ApiClient api = new ApiClient(port).login(world.analyst, WebAppWorld.PASSWORD);
		String history = api.get("/api/v1/traces?agency=" + world.agency + "&recoveryId=R-FILED").text();
		assertThat(history).as("the API sees both traces, newest first")
			.containsSubsequence("\"COMPLETED\"", "\"AMBIGUOUS\"");

		Page old = browser.get("/app/traces/" + firstTrace);
		assertThat(old.html()).contains("This is an earlier trace of the recovery");
	}

	@Test
	void onlyACandidateOfTheTraceMayBeConfirmed() {
		PageBrowser browser = new PageBrowser(port).signIn(world.analyst, WebAppWorld.PASSWORD);
		Page result = browser.follow(browser.submit(browser.get("/app/trace"), "/app/trace",
				Map.of("agency", world.agency, "recoveryId", "R1")));
		String id = traceId(result.html());
		Page refused = browser.submit(result, "/app/traces/" + id + "/confirm",
				Map.of("serialNumber", world.unsoldSerial, "manufacturer", "Smith & Wesson"));
		assertThat(refused.status()).isEqualTo(404);
	}

	private static String traceId(String html) {
		Matcher found = TRACE_ID.matcher(html);
		assertThat(found.find()).as("the page links to its trace").isTrue();
		return found.group(1);
	}
}
