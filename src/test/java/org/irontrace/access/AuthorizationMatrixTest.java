package org.irontrace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irontrace.LedgerFixtures.EVENTS_HEADER;
import static org.irontrace.LedgerFixtures.LICENSEES_HEADER;
import static org.irontrace.LedgerFixtures.RECOVERIES_HEADER;
import static org.irontrace.LedgerFixtures.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every record endpoint x every role x the owning agency or another agency at each agreement level
 * gives the expected allow, deny or redaction. The cases are generated from the rules, so a new
 * role or level is covered as soon as it is added; a leak fails its own named case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	/** Who may call the record endpoints at all. */
	static final List<Role> READERS = List.of(Role.ANALYST, Role.INVESTIGATOR, Role.SUPERVISOR, Role.ADMIN);

	/** How the calling agency stands to the owner of the records. */
	enum Relation {
		OWNER, NO_AGREEMENT, AGGREGATES_ONLY, RECORDS_WITHOUT_PERSONAL_DATA, FULL
	}

	enum Endpoint {
		LIST_RECOVERIES, READ_TRACE, TRACE_HISTORY, TRACE_RECOVERY, TRACE_BATCH, READ_INCIDENT, LIST_INCIDENTS
	}

	enum Expected {
		FORBIDDEN, HIDDEN, REDACTED, FULL
	}

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String owner = "OW-" + t;

	final Map<Relation, Map<Role, ApiClient>> callers = new LinkedHashMap<>();

	String traceId;

	@BeforeAll
	void agenciesRolesAndAgreements() {
		AccessFixtures fixtures = new AccessFixtures(port);
		ApiClient operator = new ApiClient(port);
		for (Relation relation : Relation.values()) {
			String agency = relation == Relation.OWNER ? owner : relation.name().substring(0, 2) + "-" + t;
			fixtures.agency(agency, "MX", "NATIONAL");
			ApiClient admin = fixtures.user(("adm-" + relation.name() + "-" + t).toLowerCase().replace('_', '-'), agency, "ADMIN");
			Map<Role, ApiClient> byRole = new LinkedHashMap<>();
			for (Role role : Role.values()) {
				byRole.put(role, fixtures.token(admin, role.name()));
			}
			callers.put(relation, byRole);
			if (relation != Relation.OWNER && relation != Relation.NO_AGREEMENT) {
				operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", owner, "grantee", agency, "scope",
						List.of("RECOVERIES", "TRACES"), "level", relation.name(), "validFrom", "2020-01-01"));
			}
		}
		operator.postCsv("/api/v1/imports/licensees", csv(LICENSEES_HEADER, "D-" + t + ",01,Guns,,Laredo,TX,,US,"));
		operator.postCsv("/api/v1/imports/commerce-events", csv(EVENTS_HEADER,
				t + "-1,SOLD,2019-03-01," + t + "1,Glock,,19,9mm,PISTOL,US,D-" + t + ",,Ana,Ruiz,1985-02-03,TX"));
		operator.postCsv("/api/v1/imports/recoveries", csv(RECOVERIES_HEADER + ",incident_id",
				"R1," + owner + ",2020-01-01,MX,TAM,Reynosa,HOMICIDE," + t + "1,N,,Glock,,,,,,Pedro,Paramo,OP-" + t));
		traceId = operator.postJson("/api/v1/traces", Map.of("agency", owner, "recoveryId", "R1")).json().get("traceId")
			.asString();
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointRoleAndRelation() {
		List<DynamicTest> cases = new ArrayList<>();
		for (Endpoint endpoint : Endpoint.values()) {
			for (Role role : Role.values()) {
				for (Relation relation : Relation.values()) {
					Expected expected = expected(endpoint, role, relation);
					cases.add(DynamicTest.dynamicTest(endpoint + " as " + role + " of " + relation + " -> " + expected,
							() -> check(endpoint, callers.get(relation).get(role), expected)));
				}
			}
		}
		assertThat(cases).hasSize(Endpoint.values().length * Role.values().length * Relation.values().length);
		return cases.stream();
	}

	static Expected expected(Endpoint endpoint, Role role, Relation relation) {
		if (!READERS.contains(role)) {
			return Expected.FORBIDDEN;
		}
		boolean writes = endpoint == Endpoint.TRACE_RECOVERY || endpoint == Endpoint.TRACE_BATCH;
		if (writes && (relation == Relation.FULL || relation == Relation.RECORDS_WITHOUT_PERSONAL_DATA)) {
			// An agreement opens the owner's records to reading: tracing them stays the owner's act.
			return Expected.FORBIDDEN;
		}
		return switch (relation) {
			case OWNER, FULL -> Expected.FULL;
			case RECORDS_WITHOUT_PERSONAL_DATA -> Expected.REDACTED;
			case NO_AGREEMENT, AGGREGATES_ONLY -> Expected.HIDDEN;
		};
	}

	private void check(Endpoint endpoint, ApiClient caller, Expected expected) {
		Answer answer = call(endpoint, caller);
		if (expected == Expected.FORBIDDEN) {
			assertThat(answer.status()).as(answer.text()).isEqualTo(403);
			return;
		}
		if (expected == Expected.HIDDEN) {
			if (endpoint == Endpoint.LIST_RECOVERIES || endpoint == Endpoint.TRACE_HISTORY
					|| endpoint == Endpoint.LIST_INCIDENTS) {
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.json().size()).as("no record revealed").isZero();
			}
			else if (endpoint == Endpoint.TRACE_BATCH) {
				// The batch goes on; the hidden recovery's place says only that it was not found.
				assertThat(answer.status()).as(answer.text()).isEqualTo(200);
				assertThat(answer.json().get("results").get(0).get("error").asString()).isEqualTo("not_found");
				assertThat(answer.text()).doesNotContain("Paramo").doesNotContain("Ruiz").doesNotContain("COMPLETED");
			}
			else {
				assertThat(answer.status()).as(answer.text()).isEqualTo(404);
			}
			return;
		}
		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		if (endpoint == Endpoint.LIST_INCIDENTS) {
			// A list of incidents names no one, whatever the level.
			assertThat(answer.json().size()).isEqualTo(1);
			assertThat(answer.text()).doesNotContain("Paramo").doesNotContain("Ruiz").doesNotContain("1985-02-03");
			return;
		}
		JsonNode record = answer.json().isArray() ? answer.json().get(0)
				: endpoint == Endpoint.TRACE_BATCH ? answer.json().get("results").get(0) : answer.json();
		if (endpoint == Endpoint.READ_INCIDENT) {
			record = record.get("guns").get(0).get("trace");
		}
		String personal = endpoint == Endpoint.LIST_RECOVERIES ? record.get("possessorLastName").asString()
				: endpoint == Endpoint.READ_INCIDENT ? (record.get("purchaser").isNull() ? null
						: record.get("purchaser").get("lastName").asString())
				: record.get("firstRetailSale").get("purchaser").isNull() ? null
						: record.get("firstRetailSale").get("purchaser").get("lastName").asString();
		if (expected == Expected.FULL) {
			assertThat(personal).isIn("Paramo", "Ruiz");
		}
		else {
			assertThat(personal).as("personal data withheld").isIn(null, "");
			assertThat(record.toString()).doesNotContain("Paramo").doesNotContain("Ruiz").doesNotContain("1985-02-03");
		}
	}

	private Answer call(Endpoint endpoint, ApiClient caller) {
		return switch (endpoint) {
			case LIST_RECOVERIES -> caller.get("/api/v1/recoveries?agency=" + owner);
			case READ_TRACE -> caller.get("/api/v1/traces/" + traceId);
			case TRACE_HISTORY -> caller.get("/api/v1/traces?agency=" + owner + "&recoveryId=R1");
			case TRACE_RECOVERY -> caller.postJson("/api/v1/traces", Map.of("agency", owner, "recoveryId", "R1"));
			case TRACE_BATCH -> caller.postJson("/api/v1/traces:batch", Map.of("agency", owner, "recoveryIds", List.of("R1")));
			case READ_INCIDENT -> caller.get("/api/v1/incidents/" + owner + "/OP-" + t);
			case LIST_INCIDENTS -> caller.get("/api/v1/incidents?agency=" + owner);
		};
	}
}
