package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Two straw purchasers at one address in Laredo buy pistols that are seized in Reynosa. One of them
 * also buys twice at a Zapata counter; a hunter buys there on the same two days, and buys again and
 * again at a Del Rio counter beside a stranger whose pistols turned up in Monterrey. The hunter and the
 * stranger are reached by the ring's links, by weak ties alone, more of them away from the ring: the
 * ring lead lists them apart, seen beside the ring, and counts its crew as the two buyers.
 */
@IntegrationTest
class RingSeenBesideTest {


	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void peopleTheRingReachesByWeakTiesAloneAreListedApart() {
		ApiClient operator = new ApiClient(port);
		String username = "beside-" + t.toLowerCase();
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", username);
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "L-" + t + ",01,Laredo Guns " + t + ",,Laredo,TX,,US,",
				"Z-" + t + ",01,Zapata Guns " + t + ",,Zapata,TX,,US,", "D-" + t + ",01,Del Rio Guns " + t + ",,Del Rio,TX,,US,"));
		String irene = "Marisol,Villarreal" + t + ",1986-06-14,12 Mesa Dr,Laredo,TX,78040";
		String celia = "Yadira,Elizondo" + t + ",1993-01-27,12 Mesa Dr,Laredo,TX,78040";
		String hunter = "Anselmo,Lozano" + t + ",1969-11-03,4 Ranch Rd,Zapata,TX,78076";
		String stranger = "Griselda,Arriaga" + t + ",1979-04-22,9 River St,Del Rio,TX,78840";
		List<String> sales = new ArrayList<>();
		sale(sales, 1, "2019-03-04", "L", irene);
		sale(sales, 2, "2019-03-25", "L", irene);
		sale(sales, 3, "2019-03-11", "L", celia);
		sale(sales, 4, "2019-04-15", "L", celia);
		sale(sales, 5, "2019-07-01", "Z", irene);
		sale(sales, 6, "2019-07-20", "Z", irene);
		sale(sales, 7, "2019-07-01", "Z", hunter);
		sale(sales, 8, "2019-07-20", "Z", hunter);
		for (int visit = 0; visit < 4; visit++) {
			String day = "2020-0" + (2 + visit) + "-10";
			sale(sales, 9 + visit, day, "D", hunter);
			sale(sales, 13 + visit, day, "D", stranger);
		}
		Answer sold = operator.postCsv("/api/v1/imports/commerce-events",
				csv(LedgerFixtures.SALES_WITH_ADDRESS_HEADER, sales.toArray(String[]::new)));
		assertThat(sold.status()).as(sold.text()).isEqualTo(200);
		List<String> rows = new ArrayList<>();
		for (int gun : new int[] { 1, 2, 3, 4, 5, 6 }) {
			rows.add("F" + gun + "," + mx + ",2019-12-01,MX,TAM,Reynosa,HOMICIDE," + t + gun + ",N,,Glock,,,,,,Rutilio,Cantu" + t);
		}
		for (int gun : new int[] { 13, 14, 15, 16 }) {
			rows.add("F" + gun + "," + mx + ",2020-09-01,MX,NLE,Monterrey,HOMICIDE," + t + gun + ",N,,Glock,,,,,,,");
		}
		Answer imported = analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new)));
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		// The people of the forms resolved, as an installation does once its files are in.
		Answer resolved = operator.postJson("/api/v1/people/resolve", Map.of());
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		for (String row : rows) {
			String id = row.substring(0, row.indexOf(','));
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", id)).status()).isEqualTo(200);
		}
		Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);

		JsonNode lead = analyst.ringLeadWithMember("Villarreal" + t);
		assertThat(lead).as("the ring lead of the two buyers").isNotNull();
		List<String> crew = new ArrayList<>();
		List<String> beside = new ArrayList<>();
		lead.get("members").forEach(member -> {
			String name = member.path("lastName").asString("").toUpperCase();
			if (member.path("beside").asBoolean(false)) {
				beside.add(name);
			}
			else if (!member.path("receiver").asBoolean(false)) {
				crew.add(name);
			}
		});
		assertThat(crew).containsExactlyInAnyOrder(("Villarreal" + t).toUpperCase(), ("Elizondo" + t).toUpperCase());
		assertThat(beside).containsExactlyInAnyOrder(("Lozano" + t).toUpperCase(), ("Arriaga" + t).toUpperCase());
		assertThat(lead.get("summary").asString()).startsWith("Ring of 2 people and 1 receiver(s)");
		JsonNode evidence = analyst.get("/api/v1/leads/" + lead.get("id").asLong()).json().get("evidence");
		assertThat(evidence.toString()).contains("RING_SEEN_BESIDE", "2 more person(s) seen beside the ring");

		String page = new PageBrowser(port).signIn(username, ApiClient.ANALYST_PASSWORD)
			.get("/app/rings/" + lead.get("subject").asString() + "?lang=en")
			.html();
		String members = page.substring(page.indexOf("id=\"h-members\""), page.indexOf("id=\"h-receivers\""));
		String seen = page.substring(page.indexOf("id=\"h-beside\""), page.indexOf("id=\"h-dealers\""));
		assertThat(members).containsIgnoringCase("Villarreal" + t).containsIgnoringCase("Elizondo" + t)
			.doesNotContainIgnoringCase("Lozano" + t).doesNotContainIgnoringCase("Arriaga" + t);
		assertThat(seen).contains("Seen beside the ring").containsIgnoringCase("Lozano" + t).containsIgnoringCase("Arriaga" + t);
	}

	private void sale(List<String> sales, int gun, String day, String dealer, String buyer) {
		String[] who = buyer.split(",");
		sales.add(String.join(",", t + "-S" + gun, "SOLD", day, t + gun, "Glock", "", "19", "9mm", "PISTOL", "US", dealer + "-" + t, "",
				who[0], who[1], who[2], who[3], who[4], who[5], who[6]));
	}
}
