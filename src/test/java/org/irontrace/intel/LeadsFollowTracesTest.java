package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.Map;
import java.util.function.Supplier;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A recovery imported and traced reaches the leads by itself: nobody asks for a refresh, yet the
 * straw purchaser's lead appears after the first traced gun and counts the second once it is traced.
 */
@IntegrationTest
class LeadsFollowTracesTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void aNewTracedRecoveryUpdatesItsPurchasersLeadWithoutARefresh() {
		ApiClient analyst = twoGlocksSold("follow-", "Luz,Vega" + t + ",1988-06-07");

		analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"F1," + mx + ",2019-09-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo" + t));
		assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F1")).status()).isEqualTo(200);
		JsonNode first = waitFor(() -> lead(analyst, "Vega" + t), lead -> lead != null);
		assertThat(first).as("the purchaser's lead, raised by the trace alone").isNotNull();
		assertThat(first.get("summary").asString()).contains("1 crime gun(s)");

		analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"F2," + mx + ",2019-10-15,MX,TAM,Matamoros,WEAPONS_OFFENSE," + t + "2,N,,Glock,,,,,,Pedro,Paramo" + t));
		assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F2")).status()).isEqualTo(200);
		JsonNode second = waitFor(() -> lead(analyst, "Vega" + t), lead -> lead != null && lead.get("summary").asString().contains("2 crime gun(s)"));
		assertThat(second.get("summary").asString()).as("the lead after the second traced recovery").contains("2 crime gun(s)");
		assertThat(second.get("id").asLong()).isEqualTo(first.get("id").asLong());

		JsonNode status = waitFor(() -> analyst.get("/api/v1/leads/status").json(), s -> s.get("settled").asBoolean());
		assertThat(status.get("settled").asBoolean()).as("the leads say they have caught up").isTrue();
		assertThat(status.get("pendingRecoveries").asInt()).isZero();
		assertThat(status.get("fullRefreshDue").asBoolean()).isFalse();
		assertThat(status.path("fullRefreshDueSince").asString(null)).as("no refresh due, so due since no time").isNull();
		assertThat(status.get("lastUpdate").asString()).as("when the upkeep last brought work in").isNotBlank();
	}

	@Test
	void aGunSeizedBesideAnEarlierOneRaisesTheEarlierBuyersLeadWithoutARefresh() {
		ApiClient analyst = twoGlocksSold("beside-", "Ana,Ortiz" + t + ",1990-02-11");
		// One seizure (one agency, one day, one city, nobody named): the two guns are traced a day apart.
		analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"F1," + mx + ",2019-09-01,MX,TAM,Reynosa,WEAPONS_OFFENSE," + t + "1,N,,Glock,,,,,,,",
				"F2," + mx + ",2019-09-01,MX,TAM,Reynosa,WEAPONS_OFFENSE," + t + "2,N,,Glock,,,,,,,"));
		String before = analyst.get("/api/v1/leads/status").json().path("lastUpdate").asString("");
		assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F1")).status()).isEqualTo(200);
		// Brought in on its own, before the second gun is traced.
		waitFor(() -> analyst.get("/api/v1/leads/status").json(),
				s -> s.get("settled").asBoolean() && !before.equals(s.path("lastUpdate").asString("")));
		assertThat(lead(analyst, "Vega" + t)).as("one gun recovered within the year, alone: not yet a lead").isNull();

		assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F2")).status()).isEqualTo(200);
		JsonNode raised = waitFor(() -> lead(analyst, "Vega" + t), lead -> lead != null);
		assertThat(raised).as("the first buyer's lead, raised by the other buyer's gun seized beside his").isNotNull();
		assertThat(raised.toString()).contains("SEIZED_WITH_OTHER_BUYERS_GUNS");
	}

	/**
	 * A new agency and its analyst; a Laredo dealer's two Glocks, the first sold to Luz Vega and the
	 * second to {@code secondBuyer} (first name, last name, birth date).
	 */
	private ApiClient twoGlocksSold(String login, String secondBuyer) {
		ApiClient operator = new ApiClient(port);
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", login + t.toLowerCase());
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-04," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + ",,Luz,Vega" + t + ",1988-06-07,TX",
				t + "-2,SOLD,2019-05-20," + t + "2,Glock,,17,9mm,PISTOL,US,D-" + t + ",," + secondBuyer + ",TX"));
		return analyst;
	}

	private JsonNode lead(ApiClient analyst, String lastName) {
		for (JsonNode lead : analyst.get("/api/v1/leads?type=PERSON&limit=10000").json()) {
			JsonNode people = lead.get("people");
			if (people != null && people.size() > 0 && lastName.equalsIgnoreCase(people.get(0).path("lastName").asString(""))) {
				return lead;
			}
		}
		return null;
	}

	/** The leads follow a trace in the background: look again until they do (or give up after two minutes). */
	private static JsonNode waitFor(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done) {
		JsonNode value = read.get();
		for (int i = 0; i < 1200 && !done.test(value); i++) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			value = read.get();
		}
		return value;
	}
}
