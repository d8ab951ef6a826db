package org.irontrace.interdiction;

import static org.assertj.core.api.Assertions.assertThat;
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
 * FORMATS.md version 2, southbound interdiction, over real HTTP: shipments.csv and inspections.csv
 * imported (bad rows refused with line, column and reason; re-sending a no-op), the targets ranked
 * with their reasons in English and Spanish, the performance figures, who may call what, and a
 * seizure joined to the incident whose recoveries arrive after it, traced at once.
 */
@IntegrationTest
class InterdictionContractTest {

	static final String SHIPMENTS = "shipment_id,mode,departure_date,origin_port,origin_country,destination_port,"
			+ "destination_country,shipper_name,shipper_phone,consignee_name,consignee_country,forwarder,hs_code,"
			+ "description,declared_value_usd,weight_kg,packages";

	static final String INSPECTIONS = "shipment_id,inspection_date,method,result,firearms_found,incident_id";

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String customs = "CBP-" + t;

	@Test
	void shipmentsAreRankedExplainedMeasuredAndSeizuresJoinTheirIncident() {
		ApiClient operator = new ApiClient(port);
		ApiClient officer = operator.newAgencyWithAnalyst(customs, "US", "cbp-" + t.toLowerCase());
		ApiClient stranger = operator.newAgencyWithAnalyst("XX-" + t, "GT", "int-x-" + t.toLowerCase());
		ApiClient partner = operator.newAgencyWithAnalyst("JM-" + t, "JM", "int-jm-" + t.toLowerCase());
		assertThat(operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", customs, "grantee", "JM-" + t,
				"scope", List.of("RECOVERIES"), "level", "RECORDS_WITHOUT_PERSONAL_DATA", "validFrom", "2020-01-01"))
			.status()).isIn(200, 201);
		assertThat(operator.postJson("/api/v1/users", Map.of("username", "int-aud-" + t.toLowerCase(), "password",
				ApiClient.ANALYST_PASSWORD, "agency", customs, "roles", List.of("AUDITOR"))).status()).isEqualTo(201);
		ApiClient auditor = new ApiClient(port).login("int-aud-" + t.toLowerCase(), ApiClient.ANALYST_PASSWORD);

		String shipments = csv(SHIPMENTS,
				"A1,VESSEL,2030-05-01,MIA,US,KIN,JM,Ana Ruiz" + t + ",+1 305 555 0101,Neville Grant" + t
						+ ",JM,Fwd " + t + ",980400,Personal effects,80,95,1",
				"A2,VESSEL,2030-05-01,MIA,US,PAP,HT,Jean Pierre" + t + ",,Marie Desir" + t
						+ ",HT,,950699,Sporting goods and hunting accessories,300,10,1",
				"A3,AIR,2030-05-01,MIA,US,LHR,GB,Tom Lee" + t + ",,Kate Moss" + t + ",GB,,851762,Electronics,2000,20,2",
				"A4,AIR,2030-05-02,MIA,US,LHR,GB,Tom Lee" + t + ",,Kate Moss" + t + ",GB,,851762,Electronics,2000,20,2",
				"A5,BOAT,2030-05-02,MIA,US,KIN,JM,,,,,,,Toys,10,10,1",
				"A6,AIR,2030-13-01,MIA,US,KIN,JM,,,,,,,Toys,10,10,1");
		Answer imported = officer.postCsv("/api/v1/imports/shipments", shipments);
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat(imported.json().get("accepted").asLong()).isEqualTo(4);
		assertThat(imported.json().get("rejected").asLong()).isEqualTo(2);
		assertThat(errors(imported)).containsExactly("6 mode", "7 departure_date");
		Answer again = officer.postCsv("/api/v1/imports/shipments", shipments);
		assertThat(again.json().get("accepted").asLong()).as("re-sending is a no-op").isZero();
		assertThat(again.json().get("duplicates").asLong()).isEqualTo(4);

		// The dense, cheap barrel of personal effects to a new consignee first, then the undeclared arms.
		JsonNode targets = officer.get("/api/v1/interdiction/targets?from=2030-05-01&to=2030-05-31").json();
		assertThat(ids(targets)).containsExactly("A1", "A2", "A3", "A4");
		JsonNode first = targets.get(0);
		assertThat(codes(first)).containsExactly("DENSE_CONCEALING_GOODS", "UNDERVALUED_CONCEALING_GOODS",
				"NEW_CONSIGNEE_HIGH_RISK_DESTINATION");
		assertThat(first.get("reasons").get(0).get("says").asString()).startsWith("Personal effects packed at 95 kg");
		assertThat(first.get("score").asDouble()).isGreaterThan(targets.get(1).get("score").asDouble());
		assertThat(codes(targets.get(1))).containsExactly("ARMS_NOT_DECLARED_CHAPTER_93",
				"NEW_CONSIGNEE_HIGH_RISK_DESTINATION");
		assertThat(codes(targets.get(3))).as("regular consignee, honest goods").isEmpty();
		JsonNode spanish = officer.getIn("es", "/api/v1/interdiction/targets?from=2030-05-01&to=2030-05-31&limit=1").json();
		assertThat(spanish).hasSize(1);
		assertThat(spanish.get(0).get("reasons").get(0).get("says").asString())
			.startsWith("Efectos personales embalados a 95 kg");
		assertThat(officer.get("/api/v1/interdiction/targets?from=2030-05-02&to=2030-05-02&port=MIA").json().size())
			.isEqualTo(1);
		assertThat(officer.get("/api/v1/interdiction/targets?from=2030-05-01&to=yesterday").status()).isEqualTo(400);

		String inspections = csv(INSPECTIONS, "A1,2030-05-02,PHYSICAL,SEIZED,3,INC-" + t, "A3,2030-05-02,SCAN,CLEAR,0,",
				"NOPE-" + t + ",2030-05-02,SCAN,CLEAR,0,", "A2,2030-05-02,SCAN,MAYBE,0,");
		Answer inspected = officer.postCsv("/api/v1/imports/inspections", inspections);
		assertThat(inspected.status()).as(inspected.text()).isEqualTo(200);
		assertThat(inspected.json().get("accepted").asLong()).isEqualTo(2);
		assertThat(errors(inspected)).containsExactlyInAnyOrder("4 shipment_id", "5 result");
		assertThat(inspected.text()).contains("shipment NOPE-" + t + " of agency " + customs + " is not known");
		assertThat(officer.postCsv("/api/v1/imports/inspections", inspections).json().get("duplicates").asLong())
			.isEqualTo(2);
		// Another agency cannot inspect this agency's shipments, named or not.
		Answer foreign = stranger.postCsv("/api/v1/imports/inspections",
				csv("agency," + INSPECTIONS, customs + ",A2,2030-05-02,SCAN,CLEAR,0,", ",A2,2030-05-02,SCAN,CLEAR,0,"));
		assertThat(errors(foreign)).containsExactlyInAnyOrder("2 agency", "3 shipment_id");

		JsonNode performance = officer.get("/api/v1/interdiction/performance?from=2030-05-01&to=2030-05-31").json();
		JsonNode air = performance.get("ports").get(0);
		JsonNode vessel = performance.get("ports").get(1);
		assertThat(air.get("port").asString() + air.get("mode").asString()).isEqualTo("MIAAIR");
		assertThat(List.of(air.get("shipments").asLong(), air.get("inspections").asLong(), air.get("seizures").asLong()))
			.containsExactly(2L, 1L, 0L);
		assertThat(vessel.get("mode").asString()).isEqualTo("VESSEL");
		assertThat(List.of(vessel.get("shipments").asLong(), vessel.get("inspections").asLong(),
				vessel.get("seizures").asLong(), vessel.get("gunsSeized").asLong())).containsExactly(2L, 1L, 1L, 3L);
		assertThat(vessel.get("hitRate").asDouble()).isEqualTo(1.0);
		JsonNode versus = performance.get("topVersusRandom");
		assertThat(versus.get("topN").asInt()).isEqualTo(1);
		assertThat(versus.get("topHitRate").asDouble()).isEqualTo(1.0);
		assertThat(versus.get("overallHitRate").asDouble()).isEqualTo(0.5);
		assertThat(versus.get("ratio").asDouble()).isEqualTo(2.0);
		JsonNode conveyor = performance.get("conveyors").get(0);
		assertThat(conveyor.get("kind").asString() + ":" + conveyor.get("name").asString()).isEqualTo("FORWARDER:Fwd " + t);
		assertThat(conveyor.get("gunsSeized").asLong()).isEqualTo(3);
		assertThat(conveyor.get("month").asString()).isEqualTo("2030-05");

		// The seized guns arrive later as recoveries of the incident: joined, and traced at once.
		Answer recovered = officer.postCsv("/api/v1/imports/recoveries",
				csv("recovery_id,agency,recovery_date,country,crime_code,serial_number,manufacturer,incident_id",
						"G1," + customs + ",2030-05-02,US,BORDER_SEIZURE,X" + t + "1,Glock,INC-" + t,
						"G2," + customs + ",2030-05-02,US,BORDER_SEIZURE,X" + t + "2,Glock,INC-" + t));
		assertThat(recovered.json().get("accepted").asLong()).as(recovered.text()).isEqualTo(2);
		JsonNode shipment = officer.get("/api/v1/interdiction/shipments/" + customs + "/A1").json();
		assertThat(shipment.get("shipper").get("name").asString()).isEqualTo("Ana Ruiz" + t);
		JsonNode seizure = shipment.get("inspections").get(0);
		assertThat(seizure.get("result").asString()).isEqualTo("SEIZED");
		assertThat(seizure.get("incidentId").asString()).isEqualTo("INC-" + t);
		assertThat(seizure.get("incidentGuns").asLong()).isEqualTo(2);
		JsonNode incident = officer.get("/api/v1/incidents/" + customs + "/INC-" + t).json();
		assertThat(incident.get("summary").get("traced").asInt()).as("traced as they arrived").isEqualTo(2);

		// Who may see what: a partner without personal data, a stranger nothing, an auditor no call at all.
		Answer shared = partner.get("/api/v1/interdiction/shipments/" + customs + "/A1");
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.json().get("shipper").isNull()).isTrue();
		assertThat(shared.text()).doesNotContain("Ruiz" + t).doesNotContain("555 0101");
		assertThat(ids(partner.get("/api/v1/interdiction/targets?from=2030-05-01&to=2030-05-31").json()))
			.containsExactly("A1", "A2", "A3", "A4");
		assertThat(stranger.get("/api/v1/interdiction/shipments/" + customs + "/A1").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/interdiction/targets?from=2030-05-01&to=2030-05-31").json()).isEmpty();
		assertThat(auditor.get("/api/v1/interdiction/targets?from=2030-05-01&to=2030-05-31").status()).isEqualTo(403);
		assertThat(auditor.get("/api/v1/interdiction/performance?from=2030-05-01&to=2030-05-31").status()).isEqualTo(403);
		assertThat(auditor.postCsv("/api/v1/imports/shipments", shipments).status()).isEqualTo(403);
	}

	private static List<String> errors(Answer report) {
		List<String> errors = new ArrayList<>();
		report.json().get("errors").forEach(e -> errors.add(e.get("line").asLong() + " " + e.get("column").asString()));
		return errors;
	}

	private static List<String> ids(JsonNode targets) {
		List<String> ids = new ArrayList<>();
		targets.forEach(target -> ids.add(target.get("shipmentId").asString()));
		return ids;
	}

	private static List<String> codes(JsonNode target) {
		List<String> codes = new ArrayList<>();
		target.get("reasons").forEach(reason -> codes.add(reason.get("code").asString()));
		return codes;
	}
}
