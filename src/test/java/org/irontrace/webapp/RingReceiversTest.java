package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two straw purchasers bought two pistols each at a Laredo counter; all four were seized in one raid
 * in Reynosa from a man named without a birth date, who bought none of them. The ring lead counts the
 * two buyers as the ring and lists the man they supplied apart, as its receiver, in the API and on the
 * ring's page.
 */
@IntegrationTest
class RingReceiversTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void theManTheRingSuppliedIsListedApartFromItsBuyers() {
		ApiClient operator = new ApiClient(port);
		String username = "receivers-" + t.toLowerCase();
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", username);
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		String first = ",,Irene,Benavides" + t + ",1983-02-19,TX";
		String second = ",,Celia,Montano" + t + ",1991-10-02,TX";
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-04," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + first,
				t + "-2,SOLD,2019-03-25," + t + "2,Glock,,17,9mm,PISTOL,US,D-" + t + first,
				t + "-3,SOLD,2019-03-11," + t + "3,Glock,,26,9mm,PISTOL,US,D-" + t + second,
				t + "-4,SOLD,2019-04-15," + t + "4,Glock,,43,9mm,PISTOL,US,D-" + t + second));
		List<String> rows = new ArrayList<>();
		for (int gun = 1; gun <= 4; gun++) {
			rows.add("F" + gun + "," + mx + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + t + gun + ",N,,Glock,,,,,,Ramon,Quintero" + t);
		}
		Answer imported = analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new)));
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		for (int gun = 1; gun <= 4; gun++) {
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F" + gun)).status()).isEqualTo(200);
		}
		Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);

		JsonNode lead = analyst.ringLeadWithMember("Benavides" + t);
		assertThat(lead).as("the ring lead of the two buyers").isNotNull();
		List<String> buyers = new ArrayList<>();
		List<String> receivers = new ArrayList<>();
		lead.get("members").forEach(member -> (member.path("receiver").asBoolean(false) ? receivers : buyers)
			.add(member.path("lastName").asString("").toUpperCase()));
		assertThat(buyers).containsExactlyInAnyOrder(("Benavides" + t).toUpperCase(), ("Montano" + t).toUpperCase());
		assertThat(receivers).isNotEmpty().allMatch(name -> name.equals(("Quintero" + t).toUpperCase()));
		assertThat(lead.get("summary").asString()).startsWith("Ring of 2 people and " + receivers.size() + " receiver(s), 4 crime guns");

		String page = new PageBrowser(port).signIn(username, ApiClient.ANALYST_PASSWORD)
			.get("/app/rings/" + lead.get("subject").asString() + "?lang=en")
			.html();
		String members = page.substring(page.indexOf("id=\"h-members\""), page.indexOf("id=\"h-receivers\""));
		String supplied = page.substring(page.indexOf("id=\"h-receivers\""), page.indexOf("id=\"h-dealers\""));
		assertThat(members).containsIgnoringCase("Benavides" + t).containsIgnoringCase("Montano" + t)
			.doesNotContainIgnoringCase("Quintero" + t);
		assertThat(supplied).contains("Receivers", "found with guns of the ring, bought none").containsIgnoringCase("Quintero" + t);

		// A person lead's people carry no such mark.
		for (JsonNode person : analyst.get("/api/v1/leads?type=PERSON&limit=10000").json()) {
			person.path("people").forEach(p -> assertThat(p.has("receiver")).isFalse());
		}
	}
}
