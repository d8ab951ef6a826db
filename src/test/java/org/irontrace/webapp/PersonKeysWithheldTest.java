package org.irontrace.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.ApiClient.Answer;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.StrawPurchaseForTest;
import org.irontrace.access.AuditTrail;
import org.irontrace.platform.PersonalDataSeal;
import org.irontrace.platform.SecretKeyFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A person key is a handle on a person. Keys of people not yet resolved are keyed digests that
 * nobody can compute from a guessed name and birth date without the installation's key folder, and
 * a reader granted records without personal data is shown no key at all: not in multiple-sale
 * reports, rings, leads, the export or the graph, and a raw key it got elsewhere leads nowhere.
 */
@IntegrationTest
class PersonKeysWithheldTest {

	private static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	int port;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	final String jm = "JM-" + t;

	@Test
	void aReaderWithoutPersonalDataIsShownNoPersonKeyAndCannotGuessOne() throws Exception {
		ApiClient operator = new ApiClient(port);
		ApiClient mxAnalyst = operator.newAgencyWithAnalyst(mx, "MX", "mxkeys-" + t.toLowerCase());
		ApiClient jmAnalyst = operator.newAgencyWithAnalyst(jm, "JM", "jmkeys-" + t.toLowerCase());
		StrawPurchaseForTest.load(operator, mxAnalyst, t, mx);
		Answer refreshed = operator.post("/api/v1/leads/refresh", "application/json", "");
		assertThat(refreshed.status()).as(refreshed.text()).isEqualTo(200);
		String sales = "/api/v1/multiple-sales?from=2019-03-01&to=2019-03-31";

		// The owning agency sees its purchaser's key, and that read is audited.
		String key = purchaserOf(mxAnalyst.get(sales).json(), t + "-1");
		assertThat(key).as("the owner sees who bought").isNotNull().startsWith("U:");
		String bareHash = sha256("ANA RUIZ" + t.toUpperCase() + " 1985-02-03");
		assertThat(key).as("not a bare hash anyone could compute").isNotEqualTo("U:" + bareHash.substring(0, 24));
		assertThat(audit.search(mx, "mxkeys-" + t.toLowerCase(), "READ_PERSONAL_DATA", "multiple-sales:2019-03-01..2019-03-31",
				null, null, 10)).isNotEmpty();

		Answer grant = operator.postJson("/api/v1/sharing-agreements", Map.of("grantor", mx, "grantee", jm, "scope",
				List.of("RECOVERIES", "TRACES", "LEADS"), "level", "RECORDS_WITHOUT_PERSONAL_DATA", "validFrom", "2019-01-01"));
		assertThat(grant.status()).as(grant.text()).isEqualTo(201);

		JsonNode shared = jmAnalyst.get(sales).json();
		assertThat(shared.toString()).as("the reports are shared").contains(t + "-1");
		assertThat(purchaserOf(shared, t + "-1")).as("but not who bought").isNull();
		JsonNode rings = jmAnalyst.get("/api/v1/network/rings").json();
		JsonNode personLeads = jmAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json();
		long leadId = leadOf(mxAnalyst.get("/api/v1/leads?type=PERSON&limit=10000").json(), key);
		assertThat(personLeads.toString()).as("the lead is shared").contains("\"id\":" + leadId);
		List<String> answers = List.of(shared.toString(), rings.toString(), personLeads.toString(),
				jmAnalyst.get("/api/v1/leads?type=RING&limit=10000").text(), jmAnalyst.get("/api/v1/leads/" + leadId).text(),
				jmAnalyst.get("/api/v1/network/export?format=graphml").text(),
				jmAnalyst.get(sales.replace("?", "?splitPurchases=true&")).text());
		PageBrowser jmPages = new PageBrowser(port).signIn("jmkeys-" + t.toLowerCase(), PASSWORD);
		String around = jmPages.get("/app/graph/neighbours?node=" + URLEncoder.encode("dealer:D-" + t, StandardCharsets.UTF_8))
			.html();
		assertThat(around).as("the dealer's guns are shared").contains("gun:");
		for (String answer : java.util.stream.Stream.concat(answers.stream(), java.util.stream.Stream.of(around)).toList()) {
			assertThat(answer).doesNotContain(key, key.substring(2), bareHash.substring(0, 16));
			assertThat(answer.toUpperCase()).doesNotContain("RUIZ" + t, "1985-02-03");
		}
		for (JsonNode ring : rings) {
			if (ring.get("contributingAgencies").toString().contains(mx)) {
				assertThat(ring.get("purchasers")).isEmpty();
				ring.get("members").forEach(member -> assertThat(member.get("personId").isNull()).isTrue());
			}
		}
		JsonNode lead = jmAnalyst.get("/api/v1/leads/" + leadId).json();
		assertThat(lead.path("subject").isMissingNode() || lead.get("subject").isNull()).as("the lead's subject").isTrue();
		lead.get("people").forEach(person -> assertThat(person.get("personId").isNull()).isTrue());
		assertThat(audit.search(jm, "jmkeys-" + t.toLowerCase(), "READ_PERSONAL_DATA", "multiple-sales", null, null, 10))
			.as("nobody was shown to the reader").isEmpty();

		// A raw key learnt elsewhere opens nothing for a reader who may not see the person.
		String byKey = "/app/graph/neighbours?node=" + URLEncoder.encode("person:" + key, StandardCharsets.UTF_8);
		assertThat(jmPages.get(byKey).html()).contains("\"nodes\":[]").doesNotContain("gun:");
		assertThat(new PageBrowser(port).signIn("mxkeys-" + t.toLowerCase(), PASSWORD).get(byKey).html())
			.as("the owner follows the key").contains("gun:");

		// A ring's id is keyed too: it cannot be tested against a guessed first member.
		Map<String, String> bareRingIds = new java.util.HashMap<>();
		for (JsonNode ring : mxAnalyst.get("/api/v1/network/rings").json()) {
			List<String> members = new java.util.ArrayList<>();
			ring.get("members").forEach(member -> members.add(member.get("personId").asString()));
			if (members.contains(key)) {
				bareRingIds.put(ring.get("ringId").asString(), "R-" + sha256(java.util.Collections.min(members)).substring(0, 16));
			}
		}
		assertThat(bareRingIds).as("the purchaser's ring").isNotEmpty()
			.allSatisfy((ringId, bare) -> assertThat(ringId).isNotEqualTo(bare));

		// Another installation, with another key folder, keys the same person differently.
		Path otherFolder = Files.createTempDirectory("irontrace-keys");
		String otherSecret = PersonalDataSeal.personKeySecret(SecretKeyFile.read(otherFolder.resolve("personal-data.key")));
		assertThat(personKey(null)).as("this installation's key").isEqualTo(key);
		assertThat(personKey(otherSecret)).as("another installation's key").startsWith("U:").isNotEqualTo(key);
	}

	/** The key the database gives Ana Ruiz, under this installation's key or, for this transaction, another's. */
	private String personKey(String secret) {
		return transactions.execute(status -> {
			if (secret != null) {
				jdbc.sql("SELECT set_config('irontrace.person_key', ?, true)").param(secret).query(String.class).single();
			}
			return jdbc.sql("SELECT irontrace_person_key('Ana', ?, '1985-02-03')").param("Ruiz" + t).query(String.class).single();
		});
	}

	private static String purchaserOf(JsonNode reports, String eventId) {
		for (JsonNode report : reports) {
			if (report.get("sales").toString().contains(eventId)) {
				return report.get("purchaserId").isNull() ? null : report.get("purchaserId").asString();
			}
		}
		throw new AssertionError("no report holds " + eventId + ": " + reports);
	}

	private static long leadOf(JsonNode leads, String subject) {
		for (JsonNode lead : leads) {
			if (subject.equals(lead.path("subject").asString(""))) {
				return lead.get("id").asLong();
			}
		}
		throw new AssertionError("no lead about " + subject);
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
