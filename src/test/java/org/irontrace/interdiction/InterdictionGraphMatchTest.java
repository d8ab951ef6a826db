package org.irontrace.interdiction;

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
 * The parties of a shipment matched against the link graph: a shipper who bought crime guns and a
 * consignee a crime gun was taken from are reasons to inspect, but only once the agency that holds
 * those guns shares its leads with customs, and the reasons never name them.
 */
@IntegrationTest
class InterdictionGraphMatchTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	@Test
	void aShipperWhoBoughtCrimeGunsIsAReasonOnceTheirAgencySharesItsLeads() throws InterruptedException {
		ApiClient operator = new ApiClient(port);
		String mx = "MXG-" + t;
		String customs = "CBPG-" + t;
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", "intg-mx-" + t.toLowerCase());
		ApiClient officer = operator.newAgencyWithAnalyst(customs, "US", "intg-cbp-" + t.toLowerCase());
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		String buyer = ",,Irene,Benavides" + t + ",1983-02-19,TX";
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-04," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + buyer,
				t + "-2,SOLD,2019-03-25," + t + "2,Glock,,17,9mm,PISTOL,US,D-" + t + buyer,
				t + "-3,SOLD,2019-04-15," + t + "3,Glock,,26,9mm,PISTOL,US,D-" + t + buyer));
		List<String> rows = new ArrayList<>();
		for (int gun = 1; gun <= 3; gun++) {
			rows.add("F" + gun + "," + mx + ",2019-09-0" + gun + ",MX,TAM,Reynosa,HOMICIDE," + t + gun
					+ ",N,,Glock,,,,,,Pedro,Soto" + t);
		}
		analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER, rows.toArray(String[]::new)));
		for (int gun = 1; gun <= 3; gun++) {
			assertThat(analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "F" + gun)).status())
				.isEqualTo(200);
		}
		assertThat(operator.postJson("/api/v1/people/resolve", Map.of()).status()).isEqualTo(200);
		assertThat(operator.post("/api/v1/leads/refresh", "application/json", "").status()).isEqualTo(200);
		// The traces and the new resolution are followed by the leads' own upkeep: wait as an analyst would.
		for (int i = 0; i < 1200 && !operator.get("/api/v1/leads/status").json().get("settled").asBoolean(); i++) {
			Thread.sleep(100);
		}
		assertThat(operator.get("/api/v1/leads/status").json().get("settled").asBoolean()).isTrue();

		Answer imported = officer.postCsv("/api/v1/imports/shipments", csv(
				"shipment_id,mode,departure_date,origin_port,origin_country,destination_port,destination_country,"
						+ "shipper_name,consignee_name,hs_code,description,declared_value_usd,weight_kg,packages",
				"G1,PASSENGER_VEHICLE,2032-01-05,LRD,US,NLD,MX,IRENE BENAVIDES" + t + ",Pedro Soto" + t
						+ ",851762,Electronics,2000,20,2"));
		assertThat(imported.json().get("accepted").asLong()).as(imported.text()).isEqualTo(1);
		String targets = "/api/v1/interdiction/targets?from=2032-01-01&to=2032-01-31";
		assertThat(codes(officer.get(targets).json().get(0))).as("MX shares nothing yet")
			.containsExactly("NEW_CONSIGNEE_HIGH_RISK_DESTINATION");

		assertThat(operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", customs, "scope",
				List.of("LEADS"), "level", "RECORDS_WITHOUT_PERSONAL_DATA", "validFrom", "2020-01-01")).status())
			.isIn(200, 201);
		JsonNode shared = officer.get(targets).json().get(0);
		assertThat(codes(shared)).contains("SHIPPER_BOUGHT_CRIME_GUN", "CONSIGNEE_HELD_CRIME_GUN", "FREQUENT_GUN_BUYER");
		assertThat(shared.toString()).doesNotContainIgnoringCase("Benavides").doesNotContainIgnoringCase("Soto" + t);
	}

	private static List<String> codes(JsonNode target) {
		List<String> codes = new ArrayList<>();
		target.get("reasons").forEach(reason -> codes.add(reason.get("code").asString()));
		return codes;
	}
}
