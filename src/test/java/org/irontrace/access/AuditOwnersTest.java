package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An agency that shares its records under an agreement sees, in its own audit trail, every read of
 * their personal data by the grantee: who, of which agency, when and for what case.
 */
@IntegrationTest
class AuditOwnersTest {

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail trail;

	@Test
	void theOwningAgencysAuditorsSeeWhoElsewhereReadTheirRecords() {
		String t = LedgerFixtures.uniqueTag();
		String mx = "MX-" + t, jm = "JM-" + t, tt = "TT-" + t;
		AccessFixtures fixtures = new AccessFixtures(port);
		fixtures.agency(mx, "MX", "NATIONAL");
		fixtures.agency(jm, "JM", "NATIONAL");
		fixtures.agency(tt, "TT", "NATIONAL");
		String u = t.toLowerCase();
		ApiClient mxAdmin = fixtures.user("mxadmin-" + u, mx, "ADMIN");
		ApiClient mxAnalyst = fixtures.user("mxanalyst-" + u, mx, "ANALYST");
		ApiClient mxAuditor = fixtures.user("mxauditor-" + u, mx, "AUDITOR");
		ApiClient jmAnalyst = fixtures.user("jmanalyst-" + u, jm, "ANALYST");
		ApiClient jmAuditor = fixtures.user("jmauditor-" + u, jm, "AUDITOR");
		ApiClient ttAuditor = fixtures.user("ttauditor-" + u, tt, "AUDITOR");
		ApiClient operator = new ApiClient(port);
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-01," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + ",,Ana,Ruiz,1985-02-03,TX"));
		mxAnalyst.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER,
				"R1," + mx + ",2020-01-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo"));
		String traceId = mxAnalyst.postJson("/api/v1/traces", Map.of("agency", mx, "recoveryId", "R1")).json()
			.get("traceId")
			.asString();
		fixtures.grant(mxAdmin, mx, jm, "FULL", "RECOVERIES", "TRACES");

		assertThat(jmAnalyst.getWithPurpose("/api/v1/traces/" + traceId, "case JM-7").status()).isEqualTo(200);
		assertThat(jmAnalyst.get("/api/v1/recoveries?agency=" + mx).json().size()).isEqualTo(1);

		List<JsonNode> seenByOwner = reads(mxAuditor, t);
		assertThat(seenByOwner).as("the grantee's reads, in the owner's trail")
			.anySatisfy(entry -> {
				assertThat(entry.get("username").asString()).isEqualTo("jmanalyst-" + u);
				assertThat(entry.get("agency").asString()).isEqualTo(jm);
				assertThat(entry.get("subject").asString()).isEqualTo("trace:" + traceId);
				assertThat(entry.get("purpose").asString()).isEqualTo("case JM-7");
				assertThat(entry.get("owners").valueStream().map(JsonNode::asString)).containsExactly(mx);
			})
			.anySatisfy(entry -> assertThat(entry.get("subject").asString()).isEqualTo("recoveries:" + mx))
			.anySatisfy(entry -> {
				assertThat(entry.get("username").asString()).as("its own reads too").isEqualTo("mxanalyst-" + u);
				assertThat(entry.get("owners").size()).as("an agency's read of its own records names no other owner")
					.isZero();
			});
		assertThat(reads(jmAuditor, t)).as("the reader's agency sees its reads as before")
			.allSatisfy(entry -> assertThat(entry.get("agency").asString()).isEqualTo(jm))
			.hasSize(2);
		assertThat(reads(ttAuditor, t)).as("an agency neither reading nor owning sees nothing").isEmpty();
		assertThat(trail.verify().intact()).as("owners are sealed into the chain").isTrue();
	}

	private static List<JsonNode> reads(ApiClient auditor, String tag) {
		ApiClient.Answer answer = auditor.get("/api/v1/audit?action=READ_PERSONAL_DATA&limit=1000");
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		return answer.json().valueStream().filter(entry -> entry.get("subject").asString().contains(tag)
				|| entry.get("username").asString().contains(tag.toLowerCase())).toList();
	}
}
