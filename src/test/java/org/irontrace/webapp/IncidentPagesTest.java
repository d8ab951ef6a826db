package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.webapp.PageBrowser.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The incident page in the three languages, as each caller may see it (the purchaser withheld from
 * an agency granted records without personal data, nothing for an agency with no agreement), the
 * agency's list of incidents, and the links to the incident from the recoveries and the trace result.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentPagesTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	final String incident = "OP-" + t;

	String traceId;

	@BeforeAll
	void anIncidentOfTwoGuns() {
		ApiClient operator = new ApiClient(port);
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", "incp-" + t.toLowerCase());
		operator.newAgencyWithAnalyst("XX-" + t, "GT", "incp-x-" + t.toLowerCase());
		operator.newAgencyWithAnalyst("RW-" + t, "GT", "incp-rw-" + t.toLowerCase());
		operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", "RW-" + t, "scope",
				List.of("RECOVERIES", "TRACES"), "level", "RECORDS_WITHOUT_PERSONAL_DATA", "validFrom", "2020-01-01"));
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2020-03-01," + t + "1,Colt,,AR-15,5.56,RIFLE,US,D-" + t + ",,Ana,Ruiz" + t + ",1985-02-03,TX"));
		analyst.postCsv("/api/v1/imports/recoveries", csv(
				"recovery_id,agency,recovery_date,country,admin_area,city,crime_code,serial_number,manufacturer,incident_id,criminal_group",
				"R1," + mx + ",2021-09-01,MX,TAM,Reynosa,ORGANIZED_CRIME," + t + "1,Colt," + incident + ",Cártel del Golfo",
				"R2," + mx + ",2021-09-02,MX,TAM,Reynosa,ORGANIZED_CRIME,,," + incident + ",Gulf Cartel"));
		traceId = analyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "R1")).json().get("traceId").asString();
	}

	PageBrowser as(String username) {
		return new PageBrowser(port).signIn(username, ApiClient.ANALYST_PASSWORD);
	}

	@Test
	void theIncidentPageListsItsGunsAndSummaryInEachLanguage() {
		String path = "/app/incidents/" + mx + "/" + incident;
		Page en = as("incp-" + t.toLowerCase()).get(path + "?lang=en");
		assertThat(en.status()).isEqualTo(200);
		assertThat(en.html()).contains("Incident " + incident + " of " + mx, "Gulf Cartel (CDG) (2)", "/app/dealers/D-" + t,
				"/app/traces/" + traceId, "Completed", "TX (1)", "Trace it", "549 days");
		assertThat(en.html()).containsIgnoringCase("Ana Ruiz" + t);
		Page es = as("incp-" + t.toLowerCase()).get(path + "?lang=es");
		assertThat(es.html()).contains("Incidente " + incident + " de " + mx, "Cártel del Golfo (CDG) (2)", "549 días");
		Page fr = as("incp-" + t.toLowerCase()).get(path + "?lang=fr");
		assertThat(fr.html()).contains("Incident " + incident + " de " + mx, "Cartel du Golfe (CDG) (2)", "549 jours");

		Page redacted = as("incp-rw-" + t.toLowerCase()).get(path + "?lang=en");
		assertThat(redacted.status()).isEqualTo(200);
		assertThat(redacted.html()).contains("/app/dealers/D-" + t, "Withheld").doesNotContainIgnoringCase("Ruiz" + t);
		Page hidden = as("incp-x-" + t.toLowerCase()).get(path + "?lang=en");
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.html()).doesNotContain("Reynosa").doesNotContain("D-" + t);
	}

	@Test
	void theAgencysIncidentsAreListedAndLinkedFromItsRecoveriesAndTraces() {
		PageBrowser analyst = as("incp-" + t.toLowerCase());
		String link = "/app/incidents/" + mx + "/" + incident;
		Page list = analyst.get("/app/incidents?agency=" + mx + "&lang=en");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.html()).contains("Incidents of " + mx, link, "Gulf Cartel (CDG)");
		assertThat(analyst.get("/app/incidents?agency=" + mx + "&group=SINALOA&lang=en").html()).doesNotContain(link);
		assertThat(analyst.get("/app/recoveries?agency=" + mx + "&lang=en").html()).contains(link);
		assertThat(analyst.get("/app/traces/" + traceId + "?lang=en").html()).contains(link);
	}
}
