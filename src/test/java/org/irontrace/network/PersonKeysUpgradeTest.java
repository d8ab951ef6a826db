package org.irontrace.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.irontrace.ApiClient;
import org.irontrace.IntegrationTest;
import org.irontrace.LedgerFixtures;
import org.irontrace.StrawPurchaseForTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation upgraded from the bare SHA-256 keys of people not yet resolved and ring ids:
 * migrations V75 and V77 re-key its graph, sale groups, rings and leads in place, so that they are
 * exactly what a refresh under the keyed digests computes, and a lead keeps the analysts' work on it. The old state is
 * rebuilt here from today's by the same re-keying with the map turned round, inside a transaction
 * that is rolled back.
 */
@IntegrationTest
class PersonKeysUpgradeTest {

	private static final String MIGRATION = "db/migration/V75__person_keys_keyed.sql";

	private static final String RING_IDS = "db/migration/V77__ring_ids_keyed.sql";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	final String t = LedgerFixtures.uniqueTag();

	final String mx = "MX-" + t;

	@Test
	void theUpgradeReKeysEveryStoredKeyAsARefreshWouldAndKeepsTheAnalystsWork() throws Exception {
		ApiClient operator = new ApiClient(port);
		ApiClient analyst = operator.newAgencyWithAnalyst(mx, "MX", "upgrade-" + t.toLowerCase());
		StrawPurchaseForTest.load(operator, analyst, t, mx);
		assertThat(operator.post("/api/v1/leads/refresh", "application/json", "").status()).isEqualTo(200);
		Long lead = jdbc.queryForObject("SELECT min(lead_id) FROM lead WHERE lead_type = 'PERSON' AND contributing_agencies = ARRAY[CAST(? AS text)]",
				Long.class, mx);
		assertThat(lead).as("the purchaser's lead").isNotNull();
		jdbc.update("UPDATE lead SET status = 'IN_REVIEW', owner = 'upgrade' WHERE lead_id = ?", lead);
		String oldKey = "U:" + sha256("ANA RUIZ" + t.toUpperCase() + " 1985-02-03").substring(0, 24);
		String body = new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8);
		String reKeying = body.substring(body.indexOf("CREATE TEMPORARY TABLE rekey"));
		String ringIds = new ClassPathResource(RING_IDS).getContentAsString(StandardCharsets.UTF_8);
		String turnedRound = reKeying.replace("SELECT DISTINCT ON (old) old, irontrace_person_key(f, l, d)",
				"SELECT DISTINCT ON (old) irontrace_person_key(f, l, d), old");
		assertThat(turnedRound).isNotEqualTo(reKeying);

		transactions.executeWithoutResult(status -> {
			Map<String, String> today = stored();
			assertThat(String.join(" ", today.values())).contains("U:", "R-").doesNotContain(oldKey);

			jdbc.execute(turnedRound);
			jdbc.execute("DROP TABLE rekey");
			Map<String, String> before = stored();
			before.forEach((table, keys) -> assertThat(keys).as("before the upgrade, " + table).contains(oldKey));

			jdbc.execute(reKeying);
			jdbc.execute("DROP TABLE rekey");
			jdbc.execute(ringIds);
			assertThat(stored()).as("after the upgrade").isEqualTo(today);
			assertThat(jdbc.queryForList("SELECT status, owner FROM lead WHERE lead_id = ?", lead))
				.containsExactly(Map.of("status", "IN_REVIEW", "owner", "upgrade"));
			status.setRollbackOnly();
		});
	}

	/** Every stored key of this test's people and rings, table by table, in a stable order. */
	private Map<String, String> stored() {
		String people = "ARRAY(SELECT person_id FROM network_person WHERE last_name IN ('Ruiz" + t + "', 'Paramo" + t + "'))";
		Map<String, String> sql = Map.of(
				"network_gun", "SELECT purchaser_id || ' ' || possessor_id FROM network_gun WHERE agency = '" + mx + "'",
				"network_person", "SELECT person_id FROM network_person WHERE last_name = 'Ruiz" + t + "'",
				"network_repeat_sale", "SELECT person || ' ' || day FROM network_repeat_sale WHERE person = ANY(" + people + ")",
				"intel_sale_group", "SELECT purchaser_id FROM intel_sale_group WHERE event_ids && ARRAY['" + t + "-1']",
				"network_link", "SELECT a || ' ' || b || ' ' || kind FROM network_link WHERE a = ANY(" + people + ") OR b = ANY(" + people + ")",
				"network_ring", "SELECT ring_id || ' ' || members::text || ' ' || purchasers::text FROM network_ring WHERE members && " + people,
				"lead", "SELECT lead_type || ' ' || subject || ' ' || COALESCE(people::text, '') || ' ' || evidence::text || ' ' || status"
						+ " FROM lead WHERE contributing_agencies = ARRAY['" + mx + "'] AND lead_type <> 'DEALER'");
		Map<String, String> keys = new java.util.TreeMap<>();
		sql.forEach((table, query) -> {
			List<String> rows = jdbc.queryForList(query + " ORDER BY 1", String.class);
			assertThat(rows).as(table).isNotEmpty();
			keys.put(table, String.join("\n", rows));
		});
		return keys;
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
