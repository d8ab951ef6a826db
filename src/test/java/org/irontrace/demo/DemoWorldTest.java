package org.irontrace.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new installation starts with a living demo world that shows every trace outcome. */
@SpringBootTest(properties = "irontrace.demo=true", webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoWorldTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoWorld demo;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void everyPageSaysTheDemoWorldIsInvented() throws Exception {
		assertThat(demo.held()).isTrue();
		java.net.http.HttpResponse<String> signIn = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/login?lang=en")).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.body()).contains("id=\"demo-world\"", "is invented by the simulator");
	}

	@Test
	void theDemoWorldShowsEveryStatusAndReason() {
		List<String> outcomes = jdbc.sql("SELECT DISTINCT status || '/' || coalesce(reason, '') FROM trace_result")
			.query(String.class)
			.list();
		assertThat(outcomes).contains("COMPLETED/", "PARTIAL/NO_RETAIL_SALE_RECORD", "PARTIAL/STOLEN_FROM_LICENSEE",
				"NOT_TRACED/SERIAL_MISSING", "NOT_TRACED/SERIAL_OBLITERATED", "NOT_TRACED/INSUFFICIENT_DESCRIPTION",
				"NOT_TRACED/AMBIGUOUS", "NOT_TRACED/FOREIGN_NOT_IMPORTED", "NOT_TRACED/NO_MANUFACTURER_RECORD");
		long recoveries = jdbc.sql("SELECT count(*) FROM recovery").query(Long.class).single();
		long traced = jdbc.sql("SELECT count(DISTINCT (agency, recovery_id)) FROM trace_result").query(Long.class).single();
		assertThat(recoveries).as("the simulated world and the showcase").isGreaterThan(2000);
		assertThat(traced).isEqualTo(recoveries);
	}

	@Test
	void theDemoWorldIsALivingLedgerWithManyAgencies() {
		assertThat(jdbc.sql("SELECT count(*) FROM firearm").query(Long.class).single()).isGreaterThan(15_000);
		assertThat(jdbc.sql("SELECT count(DISTINCT agency) FROM recovery").query(Long.class).single()).isGreaterThan(10);
		assertThat(jdbc.sql("SELECT count(*) FROM recovery WHERE agency = 'MX-FGR' AND incident_id = 'FGR-OP-2023-017'"
				+ " AND criminal_group_key = 'CJNG'").query(Long.class).single()).as("a raid attributed to the CJNG").isEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM recovery WHERE agency = 'JM-JCF' AND incident_id = 'JCF-KGN-2023-044'"
				+ " AND criminal_group_key = 'CLANSMAN'").query(Long.class).single()).as("a shipment attributed to the Klansman gang").isEqualTo(4);
	}

	@Test
	void theDemoWorldHoldsAWeekOfCustomsDeclarationsWithSeizures() {
		assertThat(jdbc.sql("SELECT count(*) FROM interdiction_shipment WHERE agency = 'US-CBP'").query(Long.class).single())
			.isEqualTo(3000);
		assertThat(jdbc.sql("SELECT count(*) FROM interdiction_inspection WHERE result = 'SEIZED'").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("SELECT country FROM agency WHERE code = 'US-CBP'").query(String.class).single()).isEqualTo("US");
	}

	@Test
	void theDemoWorldHasLeadsToWork() {
		assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE lead_type = 'PERSON'").query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM lead WHERE lead_type = 'DEALER'").query(Long.class).single()).isPositive();
	}

	@Autowired
	org.irontrace.access.SharingScopes scopes;

	@Test
	void everyAgencyIsRegisteredAndTheRegionalBodySeesItsMembersPooled() {
		assertThat(jdbc.sql("SELECT count(DISTINCT agency) FROM recovery WHERE agency NOT IN (SELECT code FROM agency)")
			.query(Long.class).single()).as("every agency owning a recovery is registered").isZero();
		assertThat(jdbc.sql("SELECT kind FROM agency WHERE code = 'CARICOM-IMPACS'").query(String.class).single()).isEqualTo("REGIONAL");
		org.irontrace.access.Visibility pooled = scopes.visibilityFor(new org.irontrace.access.Caller("impacs-analyst",
				"CARICOM-IMPACS", java.util.Set.of(org.irontrace.access.Role.ANALYST)), org.irontrace.access.SharingScope.RECOVERIES);
		assertThat(pooled.seesRecordsOf("JM-JCF")).as("Jamaica's records, pooled").isTrue();
		assertThat(pooled.seesPersonalDataOf("JM-JCF")).as("without personal data").isFalse();
		assertThat(pooled.seesRecordsOf("MX-FGR")).as("Mexico is no CARICOM member").isFalse();
		List<String> members = jdbc.sql("SELECT grantor FROM sharing_agreement WHERE grantee = 'CARICOM-IMPACS' ORDER BY 1")
			.query(String.class).list();
		assertThat(members).isNotEmpty().allMatch(code -> DemoAgencies.CARICOM.contains(code.substring(0, 2)));
	}

	@Test
	void theSameSeedBuildsTheSameWorld() {
		assertThat(ShowcaseWorld.build(7, 50).events()).isEqualTo(ShowcaseWorld.build(7, 50).events());
	}
}
