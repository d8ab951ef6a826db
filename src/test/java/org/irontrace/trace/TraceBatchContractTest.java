package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.access.AuditTrail;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/traces:batch} over real HTTP: each recovery answered as a single trace would
 * be, in the order asked; what cannot be traced is not found in its place; too many is a 400.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceBatchContractTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	final String t = LedgerFixtures.uniqueTag();

	final String agency = "BT-" + t;

	ApiClient analyst;

	@BeforeAll
	void ledgerAndRecoveries() {
		ApiClient operator = new ApiClient(port);
		analyst = operator.newAgencyWithAnalyst(agency, "MX", ("bt-" + t).toLowerCase(java.util.Locale.ROOT));
		operator.newAgencyWithAnalyst("OT-" + t, "MX", ("ot-" + t).toLowerCase(java.util.Locale.ROOT));
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-01," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + ",,Ana,Ruiz,1985-02-03,TX"));
		Answer recoveries = operator.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + agency + ",2020-03-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo",
				"R2," + agency + ",2020-03-01,MX,TAM,Reynosa,HOMICIDE,,N,,Glock,,,,PISTOL,,,",
				"R9,OT-" + t + ",2020-03-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,,"));
		assertThat(recoveries.json().get("rejected").asInt()).as(recoveries.text()).isZero();
	}

	@Test
	void eachRecoveryIsAnsweredAsASingleTraceInTheOrderAsked() {
		Answer batch = analyst.postJson("/api/v1/traces:batch", Map.of("recoveryIds", List.of("R2", "R1", "NOPE", "R1")));

		assertThat(batch.status()).as(batch.text()).isEqualTo(200);
		assertThat(batch.json().get("agency").asString()).isEqualTo(agency);
		JsonNode results = batch.json().get("results");
		assertThat(results.size()).isEqualTo(4);
		assertThat(results.get(0).get("status").asString()).isEqualTo("NOT_TRACED");
		assertThat(results.get(0).get("reason").asString()).isEqualTo("SERIAL_MISSING");
		assertThat(results.get(2).get("recoveryId").asString()).isEqualTo("NOPE");
		assertThat(results.get(2).get("error").asString()).isEqualTo("not_found");
		assertThat(results.get(3).toString()).isEqualTo(results.get(1).toString());

		JsonNode single = analyst.postJson("/api/v1/traces", Map.of("agency", agency, "recoveryId", "R1")).json();
		JsonNode batched = results.get(1);
		assertThat(batched.propertyNames()).containsExactlyInAnyOrderElementsOf(single.propertyNames());
		for (String field : List.of("agency", "recoveryId", "status", "reason", "usSourced", "firearm", "chain",
				"firstRetailSale", "timeToCrimeDays", "candidates")) {
			assertThat(batched.get(field)).as(field).isEqualTo(single.get(field));
		}
		assertThat(batched.get("firstRetailSale").get("purchaser").get("lastName").asString()).isEqualTo("Ruiz");
		assertThat(analyst.get("/api/v1/traces/" + batched.get("traceId").asString()).status())
			.as("the batch's result is stored like any trace").isEqualTo(200);
	}

	@Test
	void aReadOfThePurchaserIsAuditedAsForOneTraceAndTheChainStaysSealed() {
		JsonNode results = analyst.postJson("/api/v1/traces:batch", Map.of("recoveryIds", List.of("R1", "R2", "R1")))
			.json()
			.get("results");

		assertThat(audited(results.get(0))).as("the trace showing a purchaser").isEqualTo(1);
		assertThat(audited(results.get(1))).as("no purchaser, nothing to audit").isZero();
		assertThat(audit.verify().intact()).isTrue();
	}

	private long audited(JsonNode result) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'READ_PERSONAL_DATA' AND subject = ?")
			.param("trace:" + result.get("traceId").asString())
			.query(Long.class)
			.single();
	}

	@Test
	void anotherAgencysRecoveryIsNotFoundWithoutFailingTheBatch() {
		Answer batch = analyst.postJson("/api/v1/traces:batch",
				Map.of("agency", "OT-" + t, "recoveryIds", List.of("R9")));

		assertThat(batch.status()).as(batch.text()).isEqualTo(200);
		JsonNode item = batch.json().get("results").get(0);
		assertThat(item.get("error").asString()).isEqualTo("not_found");
		assertThat(item.has("status")).as("nothing of the hidden record").isFalse();
	}

	@Test
	void moreThanAThousandIsRefusedNamingTheField() {
		List<String> many = IntStream.range(0, 1001).mapToObj(i -> "R" + i).toList();

		Answer tooMany = analyst.postJson("/api/v1/traces:batch", Map.of("recoveryIds", many));
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.json().get("detail").asString()).contains("recoveryIds").contains("1000");

		Answer thousand = analyst.postJson("/api/v1/traces:batch", Map.of("recoveryIds", many.subList(0, 1000)));
		assertThat(thousand.status()).as(thousand.text()).isEqualTo(200);
		assertThat(thousand.json().get("results").size()).isEqualTo(1000);
	}

	@Test
	void aBatchWithoutIdsOrWithABlankOneIsABadRequest() {
		Answer none = analyst.postJson("/api/v1/traces:batch", Map.of());
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.json().get("detail").asString()).contains("recoveryIds");
		Answer blank = analyst.postJson("/api/v1/traces:batch", Map.of("recoveryIds", List.of("R1", " ")));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("detail").asString()).contains("recoveryIds[1]");
		assertThat(analyst.post("/api/v1/traces:batch", "application/json", "{\"recoveryIds\": \"R1\"}").status())
			.isEqualTo(400);
	}
}
