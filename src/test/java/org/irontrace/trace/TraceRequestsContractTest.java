package org.irontrace.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The round trip with the tracing authority: {@code GET /api/v1/trace-requests?agency=X} lists what
 * still needs an answer, with the request form's fields; an answered request leaves the list.
 */
@IntegrationTest
class TraceRequestsContractTest {

	@LocalServerPort
	int port;

	ApiClient operator;

	ApiClient analyst;

	String t;

	String agency;

	@BeforeEach
	void recoveriesOfOneAgency() {
		operator = new ApiClient(port);
		t = LedgerFixtures.uniqueTag();
		agency = "JCF-" + t;
		analyst = operator.newAgencyWithAnalyst(agency, "JM", "ana-" + t.toLowerCase());
		assertThat(analyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + agency + ",2024-03-15,JM,KIN,Kingston,HOMICIDE,,Y,A12?4,Glock,,19,9mm,PISTOL,,Kemar,Brown",
				"R2," + agency + ",2024-04-01,JM,KIN,Kingston,,=cmd|' /C calc'!A0,N,,Taurus,,G2C,9mm,PISTOL,BR,,")).status())
			.isEqualTo(200);
	}

	@Test
	void theRequestsToSendCarryTheFormsFieldsAndLeaveOnceAnswered() {
		Answer list = analyst.get("/api/v1/trace-requests?agency=" + agency);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().findValuesAsString("recoveryId")).containsExactly("R1", "R2");
		JsonNode first = list.json().get(0);
		assertThat(first.get("requestType").asText()).as("a homicide is urgent").isEqualTo("URGENT");
		assertThat(first.get("serialObliterated").asBoolean()).isTrue();
		assertThat(first.get("partialSerial").asText()).isEqualTo("A12?4");
		assertThat(first.get("possessorLastName").asText()).isEqualTo("Brown");
		assertThat(list.json().get(1).get("requestType").asText()).isEqualTo("ROUTINE");

		analyst.postCsv("/api/v1/imports/trace-results", csv(TraceResultsContractTest.HEADER, String.join(",", agency,
				"R1", "T-" + t, "2024-03-20", "NOT_TRACED", "OBLITERATED SERIAL", "", "", "", "", "", "", "", "", "", "",
				"", "", "", "", "", "", "", "", "", "")));
		assertThat(analyst.get("/api/v1/trace-requests?agency=" + agency).json().findValuesAsString("recoveryId"))
			.containsExactly("R2");
	}

	@Test
	void theCsvUsesFormatsNamesAndDefusesFormulas() {
		Answer file = analyst.get("/api/v1/trace-requests?agency=" + agency + "&format=csv");
		assertThat(file.status()).isEqualTo(200);
		List<String> lines = file.text().lines().toList();
		assertThat(lines.get(0)).startsWith("request_type,agency,recovery_id,recovery_date,country,admin_area,city")
			.contains("serial_number,serial_obliterated,partial_serial,manufacturer")
			.contains("possessor_first_name,possessor_last_name,possessor_dob,possessor_nationality");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(2)).contains("'=cmd");
	}

	@Test
	void onlyTheAgencyItselfAndTheOperatorsReadItsRequests() {
		assertThat(operator.get("/api/v1/trace-requests?agency=" + agency).status()).isEqualTo(200);
		ApiClient other = operator.newAgencyWithAnalyst("TTPS-" + t, "TT", "tt-" + t.toLowerCase());
		operator.postJson("/api/v1/sharing-agreements", java.util.Map.of("grantor", agency, "grantee", "TTPS-" + t,
				"scope", List.of("RECOVERIES", "TRACES"), "level", "FULL", "validFrom", "2020-01-01"));
		assertThat(other.get("/api/v1/trace-requests?agency=" + agency).status()).as("an agreement shares records, not the owner's requests")
			.isEqualTo(404);
		assertThat(new ApiClient(port).login(null, null).get("/api/v1/trace-requests?agency=" + agency).status())
			.isEqualTo(401);
	}
}
