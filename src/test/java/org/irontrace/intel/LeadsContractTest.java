package org.irontrace.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.StrawPurchaseForTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Leads over HTTP: a straw purchaser's quickly recovered guns raise a PERSON lead with its evidence;
 * another agency sees it only under a LEADS agreement, and without names at
 * RECORDS_WITHOUT_PERSONAL_DATA; analysts record their work on it.
 */
@IntegrationTest
class LeadsContractTest {

	@LocalServerPort
	int port;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	final String jm = "JM-" + t;

	@Test
	void aStrawPurchaserLeadFollowsTheAgreements() {
		ApiClient operator = new ApiClient(port);
		agency(operator, mx, "MX");
		agency(operator, jm, "JM");
		ApiClient mxAdmin = user(operator, "mxadmin-" + t.toLowerCase(), mx, "ADMIN");
		ApiClient mxAnalyst = user(operator, "mxanalyst-" + t.toLowerCase(), mx, "ANALYST");
		ApiClient jmAnalyst = user(operator, "jmanalyst-" + t.toLowerCase(), jm, "ANALYST");
		StrawPurchaseForTest.load(operator, mxAnalyst, t, mx);
		assertThat(mxAnalyst.post("/api/v1/leads/refresh", "application/json", "").status()).isEqualTo(403);
		Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);

		JsonNode lead = find(mxAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json(), "Ruiz" + t);
		assertThat(lead).as("the straw purchaser's lead").isNotNull();
		assertThat(lead.get("people").get(0).get("dob").asString()).isEqualTo("1985-02-03");
		long id = lead.get("id").asLong();
		JsonNode detail = mxAnalyst.get("/api/v1/leads/" + id).json();
		List<String> indicators = StreamSupport.stream(detail.get("evidence").spliterator(), false)
			.map(e -> e.get("indicator").asString()).toList();
		assertThat(indicators).contains("TIME_TO_CRIME_UNDER_1_YEAR", "CROSS_BORDER_RECOVERY", "PURCHASER_NOT_POSSESSOR",
				"MULTIPLE_SALE");
		assertThat(detail.get("contributingAgencies").get(0).asString()).isEqualTo(mx);

		assertThat(jmAnalyst.get("/api/v1/leads/" + id).status()).isEqualTo(404);
		assertThat(find(jmAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json(), "Ruiz" + t)).isNull();
		assertThat(StreamSupport.stream(jmAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json().spliterator(), false)
			.noneMatch(l -> l.get("id").asLong() == id)).isTrue();

		Answer grant = mxAdmin.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", jm, "scope", List.of("LEADS"),
				"level", "RECORDS_WITHOUT_PERSONAL_DATA", "validFrom", "2020-01-01"));
		assertThat(grant.status()).as(grant.text()).isEqualTo(201);
		JsonNode shared = jmAnalyst.get("/api/v1/leads/" + id).json();
		assertThat(shared.get("people").get(0).get("personId").isNull()).as("a key is a handle on the person").isTrue();
		assertThat(shared.get("people").get(0).get("lastName").isNull()).isTrue();
		assertThat(shared.get("people").get(0).get("dob").isNull()).isTrue();
		Answer worked = jmAnalyst.postJson("/api/v1/leads/" + id, Map.of("status", "CLOSED", "owner", "jm"));
		assertThat(worked.status()).as("reading another agency's lead is not working it: " + worked.text()).isEqualTo(403);
		assertThat(mxAnalyst.get("/api/v1/leads/" + id).json().get("status").asString()).isEqualTo("NEW");

		Answer updated = mxAnalyst.postJson("/api/v1/leads/" + id, Map.of("status", "IN_REVIEW", "owner", "mxanalyst"));
		assertThat(updated.status()).as(updated.text()).isEqualTo(200);
		assertThat(updated.json().get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(mxAnalyst.postJson("/api/v1/leads/" + id, Map.of("status", "MAYBE")).status()).isEqualTo(400);

		// Agency monitoring counts the leads resting on the agency's recoveries, by the analysts' status.
		JsonNode monitored = mxAnalyst.get("/api/v1/reports/monitoring/leads?agency=" + mx).json();
		assertThat(monitored.get("byStatus").get("IN_REVIEW").asLong()).isEqualTo(1);
		long raised = 0;
		for (JsonNode n : monitored.get("byStatus")) {
			raised += n.asLong();
		}
		assertThat(monitored.get("raised").asLong()).isEqualTo(raised).isGreaterThanOrEqualTo(2);
		assertThat(jmAnalyst.get("/api/v1/reports/monitoring/leads?agency=" + mx).status()).isEqualTo(404);

		Answer sales = mxAnalyst.get("/api/v1/multiple-sales?from=2019-03-01&to=2019-03-31");
		assertThat(sales.text()).contains(t + "-1", t + "-2", "MULTIPLE_SALE");
		assertThat(operator.get("/api/v1/network/rings").status()).isEqualTo(200);
		assertThat(mxAnalyst.get("/api/v1/network/export?format=graphml").text()).contains("<graphml", "Ruiz" + t);
		assertThat(raw("/api/v1/network/export?format=ftm", "jmanalyst-" + t.toLowerCase())).doesNotContain("Ruiz" + t);
		// Without personal data, no name or birth date may hide in an id either (ring, person, export).
		for (String path : List.of("/api/v1/leads/" + id, "/api/v1/network/rings",
				"/api/v1/network/export?format=graphml", "/api/v1/leads?type=RING&limit=10000")) {
			assertThat(jmAnalyst.get(path).text().toUpperCase()).as(path).doesNotContain("RUIZ" + t, "1985-02-03");
		}
		assertThat(raw("/api/v1/network/export?format=ftm", "mxanalyst-" + t.toLowerCase()))
			.contains("\"schema\":\"Person\"", "\"schema\":\"Organization\"", "Ruiz" + t);
		assertThat(mxAnalyst.get("/api/v1/network/export?format=pdf").status()).isEqualTo(400);
	}

	/** A body that is not one JSON document (JSON lines), read as text. */
	private String raw(String path, String username) {
		try {
			String login = java.util.Base64.getEncoder().encodeToString((username + ":correct horse battery").getBytes());
			return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
					java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + login).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode find(JsonNode leads, String lastName) {
		for (JsonNode lead : leads) {
			JsonNode people = lead.get("people");
			if (people != null && people.size() > 0 && lastName.equalsIgnoreCase(people.get(0).path("lastName").asString(""))) {
				return lead;
			}
		}
		return null;
	}

	private static void agency(ApiClient operator, String code, String country) {
		Answer answer = operator.postJson("/api/v1/agencies", Map.of("code", code, "name", "Agency " + code, "country", country,
				"kind", "NATIONAL"));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
	}

	private ApiClient user(ApiClient operator, String username, String agency, String role) {
		Answer answer = operator.postJson("/api/v1/users", Map.of("username", username, "password", "correct horse battery",
				"agency", agency, "roles", List.of(role)));
		assertThat(answer.status()).as(answer.text()).isEqualTo(201);
		return new ApiClient(port).login(username, "correct horse battery");
	}
}
