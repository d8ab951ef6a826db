package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two agencies and a regional body in one installation see exactly what their agreements say;
 * revoking an agreement takes effect on the next request; the audit trail records who saw whose
 * personal data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessContractTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t, jm = "JM-" + t, region = "RG-" + t;

	AccessFixtures fixtures;

	ApiClient mxAdmin, mxAnalyst, jmAdmin, jmAnalyst, regionAnalyst, mxAuditor;

	String mxTraceId;

	@BeforeAll
	void twoAgenciesAndARegionalBody() {
		fixtures = new AccessFixtures(port);
		fixtures.agency(mx, "MX", "NATIONAL");
		fixtures.agency(jm, "JM", "NATIONAL");
		fixtures.agency(region, "TT", "REGIONAL");
		String u = t.toLowerCase();
		mxAdmin = fixtures.user("mxadmin-" + u, mx, "ADMIN");
		mxAnalyst = fixtures.user("mxanalyst-" + u, mx, "ANALYST");
		mxAuditor = fixtures.user("mxauditor-" + u, mx, "AUDITOR");
		jmAdmin = fixtures.user("jmadmin-" + u, jm, "ADMIN");
		jmAnalyst = fixtures.user("jmanalyst-" + u, jm, "ANALYST");
		regionAnalyst = fixtures.user("rganalyst-" + u, region, "ANALYST");
		ApiClient operator = new ApiClient(port);
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns " + t + ",,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,MANUFACTURED,2019-01-01," + t + "1,Glock,,19,9mm,PISTOL,US,,M-" + t + ",,,,",
				t + "-2,SOLD,2019-03-01," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + ",,Ana,Ruiz,1985-02-03,TX",
				t + "-3,MANUFACTURED,2019-01-01," + t + "2,Glock,,19,9mm,PISTOL,US,,M-" + t + ",,,,"));
		Answer mxRecoveries = mxAnalyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + mx + ",2020-01-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo",
				"R9," + jm + ",2020-01-01,JM,,,," + t + "2,N,,Glock,,,,,,,"));
		assertThat(mxRecoveries.json().get("accepted").asInt()).isEqualTo(1);
		assertThat(mxRecoveries.json().get("errors").get(0).get("column").asString()).isEqualTo("agency");
		jmAnalyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R2," + jm + ",2020-02-01,JM,01,Kingston,ASSAULT," + t + "2,N,,Glock,,,,,,Mary,Read"));
		Answer traced = mxAnalyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "R1"));
		assertThat(traced.status()).as(traced.text()).isEqualTo(200);
		assertThat(traced.json().get("firstRetailSale").get("purchaser").get("lastName").asString()).isEqualTo("Ruiz");
		mxTraceId = traced.json().get("traceId").asString();
	}

	@Test
	void withoutAnAgreementAnotherAgencysRecordsDoNotExist() {
		assertThat(jmAnalyst.get("/api/v1/traces/" + mxTraceId).status()).isEqualTo(404);
		assertThat(jmAnalyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "R1")).status()).isEqualTo(404);
		assertThat(jmAnalyst.get("/api/v1/recoveries?agency=" + mx).json().size()).isZero();
		assertThat(mxAnalyst.get("/api/v1/recoveries?agency=" + mx).json().get(0).get("possessorLastName").asString())
			.isEqualTo("Paramo");
	}

	@Test
	void agreementsGrantExactlyTheirLevelAndRevocationTakesEffectAtOnce() {
		String partial = fixtures.grant(mxAdmin, mx, jm, "RECORDS_WITHOUT_PERSONAL_DATA", "RECOVERIES", "TRACES");
		JsonNode trace = jmAnalyst.get("/api/v1/traces/" + mxTraceId).json();
		assertThat(trace.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(trace.get("firstRetailSale").get("purchaser").isNull()).isTrue();
		assertThat(trace.get("firstRetailSale").get("state").asString()).isEqualTo("TX");
		JsonNode recovery = jmAnalyst.get("/api/v1/recoveries?agency=" + mx).json().get(0);
		assertThat(recovery.get("crimeCode").asString()).isEqualTo("HOMICIDE");
		assertThat(recovery.get("possessorLastName").isNull()).isTrue();

		String full = fixtures.grant(mxAdmin, mx, jm, "FULL", "TRACES");
		Answer withPurpose = jmAnalyst.get("/api/v1/traces/" + mxTraceId);
		assertThat(withPurpose.json().get("firstRetailSale").get("purchaser").get("lastName").asString()).isEqualTo("Ruiz");

		assertThat(mxAdmin.delete("/api/v1/sharing-agreements/" + full).status()).isEqualTo(204);
		assertThat(jmAnalyst.get("/api/v1/traces/" + mxTraceId).json().get("firstRetailSale").get("purchaser").isNull())
			.isTrue();
		assertThat(mxAdmin.delete("/api/v1/sharing-agreements/" + partial).status()).isEqualTo(204);
		assertThat(jmAnalyst.get("/api/v1/traces/" + mxTraceId).status()).isEqualTo(404);
	}

	@Test
	void aRegionalBodySeesWhatEachMemberGrantedItAndNothingElse() {
		String aggregates = fixtures.grant(mxAdmin, mx, region, "AGGREGATES_ONLY", "RECOVERIES", "TRACES");
		fixtures.grant(jmAdmin, jm, region, "FULL", "RECOVERIES", "TRACES");
		assertThat(regionAnalyst.get("/api/v1/recoveries?agency=" + mx).json().size()).as("aggregates only").isZero();
		assertThat(regionAnalyst.get("/api/v1/traces/" + mxTraceId).status()).isEqualTo(404);
		JsonNode jmRecovery = regionAnalyst.get("/api/v1/recoveries?agency=" + jm).json().get(0);
		assertThat(jmRecovery.get("possessorLastName").asString()).isEqualTo("Read");
		assertThat(aggregates).isNotBlank();
	}

	@Test
	void onlyTheGrantingAgencyGrantsAndOnlyAdministratorsAdminister() {
		Answer onBehalf = jmAdmin.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", jm, "scope",
				List.of("TRACES"), "level", "FULL", "validFrom", "2020-01-01"));
		assertThat(onBehalf.status()).isEqualTo(403);
		assertThat(mxAnalyst.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", jm, "scope",
				List.of("TRACES"), "level", "FULL", "validFrom", "2020-01-01")).status()).isEqualTo(403);
		assertThat(mxAdmin.postJson("/api/v1/agencies", Map.of("code", "X-" + t, "name", "x", "country", "MX", "kind",
				"STATE")).status()).as("only operators create agencies").isEqualTo(403);
		assertThat(mxAdmin.postJson("/api/v1/users", Map.of("username", "intruder-" + t.toLowerCase(), "password",
				AccessFixtures.PASSWORD, "agency", jm, "roles", List.of("ANALYST"))).status()).isEqualTo(403);
		assertThat(mxAdmin.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", jm, "scope",
				List.of("EVERYTHING"), "level", "FULL", "validFrom", "2020-01-01")).status()).isEqualTo(400);
		assertThat(jmAnalyst.postCsv("/api/v1/imports/commerce-events", EVENTS_HEADER + "\n").status())
			.as("analysts do not send ledger data").isEqualTo(403);
	}

	@Test
	void tokensActForTheirAgencyAndOnlyAdministratorsMakeThem() {
		ApiClient system = fixtures.token(mxAdmin, "ANALYST");
		assertThat(system.get("/api/v1/traces/" + mxTraceId).status()).isEqualTo(200);
		assertThat(system.get("/api/v1/recoveries?agency=" + jm).json().size()).isZero();
		Answer escalation = mxAnalyst.postJson("/api/v1/tokens", Map.of("name", "x", "roles", List.of("AUDITOR"),
				"expiresAt", java.time.LocalDate.now().plusDays(5).toString()));
		assertThat(escalation.status()).isEqualTo(403);
		assertThat(new ApiClient(port).bearer("itk_not-a-token").get("/api/v1/traces/" + mxTraceId).status())
			.isEqualTo(401);
	}

	@Test
	void administratorsListAndLookAfterOnlyTheirOwnAgencysAccounts() {
		JsonNode users = mxAdmin.get("/api/v1/users").json();
		assertThat(users.valueStream().map(user -> user.get("agency").asString())).containsOnly(mx);
		assertThat(users.valueStream().map(user -> user.get("username").asString())).contains("mxanalyst-" + t.toLowerCase());
		assertThat(mxAdmin.get("/api/v1/agencies").json().valueStream().map(a -> a.get("code").asString()))
			.containsExactly(mx);
		assertThat(new ApiClient(port).get("/api/v1/agencies").json().valueStream().map(a -> a.get("code").asString()))
			.as("the operators see every agency")
			.contains(mx, jm, region);
		assertThat(mxAnalyst.get("/api/v1/users").status()).isEqualTo(403);
		assertThat(jmAdmin.post("/api/v1/users/mxanalyst-" + t.toLowerCase() + "/unlock", "application/json", "").status())
			.as("another agency's administrator")
			.isEqualTo(403);
		assertThat(mxAdmin.post("/api/v1/users/mxanalyst-" + t.toLowerCase() + "/unlock", "application/json", "").status())
			.isEqualTo(204);

		ApiClient system = fixtures.token(mxAdmin, "ANALYST");
		JsonNode tokens = mxAdmin.get("/api/v1/tokens").json();
		assertThat(tokens.toString()).as("token values are never listed").doesNotContain("itk_");
		String tokenId = tokens.get(0).get("id").asString();
		assertThat(jmAdmin.delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(403);
		assertThat(system.get("/api/v1/traces/" + mxTraceId).status()).isEqualTo(200);
		assertThat(mxAdmin.delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(204);
		assertThat(system.get("/api/v1/traces/" + mxTraceId).status()).as("revoked at once").isEqualTo(401);
	}

	@Test
	void repeatedWrongPasswordsLockTheAccount() {
		ApiClient victim = fixtures.user("victim-" + t.toLowerCase(), mx, "ANALYST");
		ApiClient guesser = new ApiClient(port).login("victim-" + t.toLowerCase(), "wrong password 1");
		for (int i = 0; i < 5; i++) {
			assertThat(guesser.get("/api/v1/recoveries?agency=" + mx).status()).isEqualTo(401);
		}
		assertThat(victim.get("/api/v1/recoveries?agency=" + mx).status()).as("locked even with the right password")
			.isEqualTo(401);
	}

	@Test
	void theAuditTrailRecordsWhoReadPersonalDataAndStaysIntact() {
		mxAnalyst.get("/api/v1/traces/" + mxTraceId);
		JsonNode entries = mxAuditor.get("/api/v1/audit?action=READ_PERSONAL_DATA&subject=trace:" + mxTraceId).json();
		assertThat(entries.size()).isGreaterThanOrEqualTo(2);
		assertThat(entries.get(0).get("username").asString()).startsWith("mx");
		assertThat(entries.valueStream()).as("its own acts, and other agencies' reads of its records")
			.allSatisfy(e -> assertThat(e.get("agency").asString().equals(mx)
					|| e.get("owners").valueStream().anyMatch(owner -> owner.asString().equals(mx))).isTrue());
		assertThat(mxAnalyst.get("/api/v1/audit").status()).as("analysts do not read the audit trail").isEqualTo(403);
	}
}
