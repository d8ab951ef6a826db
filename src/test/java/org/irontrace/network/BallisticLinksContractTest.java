package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/imports/ballistic-links with FORMATS.md's names: good rows, re-sending, every kind of bad row. */
@IntegrationTest
class BallisticLinksContractTest {

	static final String HEADER = "link_id,agency,item_a,item_b,link_date,confidence";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient operator;

	String t;

	String agency;

	@BeforeEach
	void setUp() {
		operator = new ApiClient(port);
		t = LedgerFixtures.uniqueTag();
		agency = "MX-" + t;
	}

	@Test
	void linksGoInOnceAndMayNameRecoveriesNotYetReceived() {
		ApiClient examiner = operator.newAgencyWithAnalyst(agency, "MX", "examiner-" + t.toLowerCase());
		String rows = LedgerFixtures.csv(HEADER,
				"L1," + agency + ",recovery:" + agency + "/R1,case:" + agency + "/C1,2021-03-01,",
				"L2," + agency + ",recovery:" + agency + "/R2,case:" + agency + "/C1,2021-03-02,probable",
				"L3," + agency + ",Recovery:" + agency + "/R-9/2021,recovery:" + agency + "/R1,2021-03-03,CONFIRMED");
		assertReport(examiner.postCsv("/api/v1/imports/ballistic-links", rows), 3, 0, 0);
		assertReport(examiner.postCsv("/api/v1/imports/ballistic-links", rows), 0, 3, 0);
		assertThat(jdbc.sql("SELECT link_id || ' ' || confidence FROM ballistic_link WHERE agency = ? ORDER BY link_id")
			.param(agency).query(String.class).list()).containsExactly("L1 CONFIRMED", "L2 PROBABLE", "L3 CONFIRMED");
		assertThat(jdbc.sql("SELECT a_kind || ' ' || a_agency || ' ' || a_id FROM ballistic_link WHERE agency = ? AND link_id = 'L3'")
			.param(agency).query(String.class).single()).as("an id may hold a slash").isEqualTo("recovery " + agency + " R-9/2021");
	}

	@Test
	void badRowsAreRefusedWithLineColumnAndReason() {
		ApiClient examiner = operator.newAgencyWithAnalyst(agency, "MX", "examiner-" + t.toLowerCase());
		Answer answer = examiner.postCsv("/api/v1/imports/ballistic-links", LedgerFixtures.csv(HEADER,
				"L1," + agency + ",recovery:" + agency + "/R1,case:" + agency + "/C1,2021-03-01,CONFIRMED",
				"L2," + agency + ",gun:" + agency + "/R1,case:" + agency + "/C1,2021-03-01,",
				"L3," + agency + ",recovery:" + agency + "/R1,case:" + agency + "/C1,2021-03-01,LIKELY",
				"L4," + agency + ",recovery:" + agency + "/R1,recovery:" + agency + "/R1,2021-03-01,",
				"L5," + agency + ",recovery:" + agency + "/R1,case:" + agency + "/C1,1st of March,",
				"L6,JM-OTHER,recovery:JM-OTHER/R1,case:JM-OTHER/C1,2021-03-01,",
				"L7," + agency + ",recovery:" + agency + ",case:" + agency + "/C1,2021-03-01,",
				"," + agency + ",recovery:" + agency + "/R1,,2021-03-01,"));
		assertReport(answer, 1, 0, 7);
		JsonNode errors = answer.json().get("errors");
		assertThat(error(errors, 3)).containsEntry("column", "item_a").extractingByKey("message").asString().contains("gun:");
		assertThat(error(errors, 4)).containsEntry("column", "confidence").extractingByKey("message").asString().contains("LIKELY");
		assertThat(error(errors, 5)).containsEntry("column", "item_b").extractingByKey("message").asString().contains("itself");
		assertThat(error(errors, 6)).containsEntry("column", "link_date");
		assertThat(error(errors, 7)).containsEntry("column", "agency").extractingByKey("message").asString().contains("JM-OTHER");
		assertThat(error(errors, 8)).containsEntry("column", "item_a");
		assertThat(errors.toString()).contains("\"line\":9").contains("link_id").contains("item_b");
		assertThat(jdbc.sql("SELECT count(*) FROM ballistic_link WHERE agency = ?").param(agency).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aCommerceDataProviderSendsNoBallisticLinks() {
		operator.newAgencyWithAnalyst(agency, "MX", "examiner-" + t.toLowerCase());
		String provider = "provider-" + t.toLowerCase();
		assertThat(operator.postJson("/api/v1/users", Map.of("username", provider, "password", ApiClient.ANALYST_PASSWORD,
				"agency", agency, "roles", List.of("DATA_PROVIDER"))).status()).isEqualTo(201);
		Answer answer = new ApiClient(port).login(provider, ApiClient.ANALYST_PASSWORD).postCsv("/api/v1/imports/ballistic-links",
				LedgerFixtures.csv(HEADER, "L1," + agency + ",recovery:" + agency + "/R1,case:" + agency + "/C1,2021-03-01,"));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM ballistic_link WHERE agency = ?").param(agency).query(Long.class).single()).isZero();
	}

	@Test
	void aFileWithoutARequiredColumnIsRefusedWhole() {
		Answer answer = operator.postCsv("/api/v1/imports/ballistic-links",
				"link_id,agency,item_a,link_date\nL1," + agency + ",recovery:" + agency + "/R1,2021-03-01\n");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.json().get("detail").asString()).contains("item_b");
	}

	private static void assertReport(Answer answer, int accepted, int duplicates, int rejected) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).as(answer.text()).isEqualTo(accepted);
		assertThat(answer.json().get("duplicates").asInt()).as(answer.text()).isEqualTo(duplicates);
		assertThat(answer.json().get("rejected").asInt()).as(answer.text()).isEqualTo(rejected);
	}

	static Map<String, Object> error(JsonNode errors, int line) {
		for (JsonNode error : errors) {
			if (error.get("line").asInt() == line) {
				return Map.of("line", line, "column", error.get("column").asString(), "message", error.get("message").asString());
			}
		}
		throw new AssertionError("no error on line " + line + " in " + errors);
	}
}
