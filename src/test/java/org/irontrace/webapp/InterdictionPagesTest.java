package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.csv;

import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The officer's interdiction pages over real HTTP: the targeting list of a port and day with its
 * reasons in the chosen language, an inspection recorded from its form (and a bad one refused in
 * words), the shipment page with the seizure, and the performance page.
 */
@IntegrationTest
class InterdictionPagesTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	@Test
	void anOfficerReadsWhyRecordsTheInspectionAndSeesItCounted() {
		ApiClient operator = new ApiClient(port);
		String customs = "CBPP-" + t;
		String officerName = "intp-" + t.toLowerCase();
		ApiClient officer = operator.newAgencyWithAnalyst(customs, "US", officerName);
		officer.postCsv("/api/v1/imports/shipments", csv(
				"shipment_id,mode,departure_date,origin_port,origin_country,destination_port,destination_country,"
						+ "consignee_name,forwarder,hs_code,description,declared_value_usd,weight_kg,packages",
				"B1,VESSEL,2031-02-03,PEV,US,KIN,JM,Neville Grant" + t + ",Fwd " + t + ",980400,Personal effects,80,95,1",
				"B2,AIR,2031-02-03,PEV,US,LHR,GB,Kate Moss" + t + ",,851762,Electronics,2000,20,2"));

		PageBrowser browser = new PageBrowser(port).signIn(officerName, ApiClient.ANALYST_PASSWORD);
		Page es = browser.get("/app/interdiction?port=PEV&day=2031-02-03&lang=es");
		assertThat(es.status()).isEqualTo(200);
		assertThat(es.html()).contains("Envíos por inspeccionar").contains("Efectos personales embalados a 95 kg")
			.contains("Pesos vigentes: los de las reglas");
		assertThat(es.html().indexOf(">B1<")).isLessThan(es.html().indexOf(">B2<"));

		Page en = browser.get("/app/interdiction?port=PEV&day=2031-02-03&lang=en");
		Page refused = browser.follow(browser.submit(en, "/app/interdiction/inspections",
				Map.of("agency", customs, "shipmentId", "B9", "inspectionDate", "2031-02-04", "result", "CLEAR", "port",
						"PEV", "day", "2031-02-03")));
		assertThat(refused.html()).contains("Inspection of B9 refused").contains("shipment B9 of agency " + customs);

		Page recorded = browser.follow(browser.submit(en, "/app/interdiction/inspections",
				Map.of("agency", customs, "shipmentId", "B1", "inspectionDate", "2031-02-04", "method", "PHYSICAL", "result",
						"SEIZED", "firearmsFound", "4", "incidentId", "INCP-" + t, "port", "PEV", "day", "2031-02-03")));
		assertThat(recorded.html()).contains("Inspection of B1 recorded.");

		Page shipment = browser.get("/app/interdiction/shipments/" + customs + "/B1?lang=en");
		assertThat(shipment.html()).contains("Neville Grant" + t).contains("SEIZED").contains("INCP-" + t);
		assertThat(browser.get("/app/interdiction/shipments/" + customs + "/NONE").status()).isEqualTo(404);

		Page performance = browser.get("/app/interdiction/performance?from=2031-02-01&to=2031-02-28&lang=en");
		assertThat(performance.status()).isEqualTo(200);
		assertThat(performance.html()).contains("Interdiction performance").contains("Fwd " + t).contains("100.0");
	}
}
