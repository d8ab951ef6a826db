package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A straw purchaser whose own guns are never recovered still joins the ring: she bought two guns
 * within weeks, one of them at the counter where the ring's crime-gun buyer bought, days apart. A
 * customer who bought a single gun at that counter in the same days stays out.
 */
@IntegrationTest
class RepeatBuyerRingTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void aRepeatBuyerAtTheCrimeGunBuyersCounterJoinsTheRingAndTheLeadSaysWhy() {
		ApiClient operator = new ApiClient(port);
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", "repeat-" + t.toLowerCase());
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,",
				"E-" + t + ",01,Arms " + t + ",,Laredo,TX,,US,"));
		String buyer = ",,Irene,Benavides" + t + ",1983-02-19,TX";
		String repeat = ",,Celia,Montano" + t + ",1991-10-02,TX";
		String once = ",,Hector,Ybarra" + t + ",1969-05-14,TX";
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-04," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + buyer,
				t + "-2,SOLD,2019-03-25," + t + "2,Glock,,17,9mm,PISTOL,US,D-" + t + buyer,
				t + "-3,SOLD,2019-04-15," + t + "3,Glock,,26,9mm,PISTOL,US,D-" + t + buyer,
				t + "-4,SOLD,2019-03-10," + t + "4,Glock,,19,9mm,PISTOL,US,D-" + t + repeat,
				t + "-5,SOLD,2019-04-20," + t + "5,Glock,,17,9mm,PISTOL,US,E-" + t + repeat,
				t + "-6,SOLD,2019-03-08," + t + "6,Glock,,43,9mm,PISTOL,US,D-" + t + once));
		List<String> rows = new ArrayList<>();
		for (int gun = 1; gun <= 3; gun++) {
			rows.add("F" + gun + "," + mx + ",2019-09-0" + gun + ",MX,TAM,Reynosa,HOMICIDE," + t + gun + ",N,,Glock,,,,,,,");
		}
		analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new)));
		for (int gun = 1; gun <= 3; gun++) {
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F" + gun)).status()).isEqualTo(200);
		}
		Answer resolved = operator.postJson("/api/v1/people/resolve", Map.of());
		assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
		Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);

		JsonNode found = analyst.ringLeadWithMember("Benavides" + t);
		assertThat(found).as("the ring lead of the crime-gun buyer").isNotNull();
		JsonNode ring = analyst.get("/api/v1/leads/" + found.get("id").asLong()).json();
		List<String> members = new ArrayList<>();
		ring.get("members").forEach(m -> members.add(m.path("lastName").asString("").toUpperCase()));
		assertThat(members).contains(("Benavides" + t).toUpperCase(), ("Montano" + t).toUpperCase())
			.doesNotContain(("Ybarra" + t).toUpperCase());
		List<String> says = new ArrayList<>();
		ring.get("evidence").forEach(e -> says.add(e.get("indicator").asString() + ": " + e.get("says").asString()));
		assertThat(says).anySatisfy(line -> assertThat(line).startsWith("RING_REPEAT_BUYER_SAME_COUNTER")
			.contains("bought several guns within two months"));
		// Each member says what put them in the ring: the repeat buyer only her purchase near the buyer's.
		JsonNode montano = StreamSupport.stream(ring.get("members").spliterator(), false)
			.filter(m -> m.path("lastName").asString("").equalsIgnoreCase("Montano" + t)).findFirst().orElseThrow();
		assertThat(montano.get("links").properties().stream().map(java.util.Map.Entry::getKey).toList())
			.containsExactly("REPEAT_BUYER_SAME_COUNTER");
		assertThat(montano.get("links").get("REPEAT_BUYER_SAME_COUNTER").asInt()).isPositive();
	}
}
