package org.irontrace.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person key of each sale not yet assigned to a person (network_sale_key, V220), which lets a
 * pass find every sale of a purchaser not yet resolved by index, as the full refresh finds them by
 * digesting every sale. The first pass after a full refresh that needs them keys every such sale
 * once and says so (network_sale_keys_complete, V223); from then until the next full refresh new
 * sales arrive only as the evidence of the tracing authority's answers, which each pass keys for
 * its own recoveries by the evidence's event id, so a pass costs the same at 25,000 sales as at
 * 1,000,000. The full refresh keys every sale itself, when it has emptied the keys: it runs when the
 * traces pause, where the first pass after it ran beside them (4.5 s at 1,000,000 sales, BENCHMARKS.md
 * "Sale keys kept by the full refresh", 2026-12-07).
 */
@Repository
class SaleKeys {

	/**
	 * The person key of every sale not yet assigned to a person that has none kept yet: only new
	 * sales are unsealed and digested. A sale assigned since is passed over by the readers; one whose
	 * assignment goes comes with a new resolution, whose full refresh empties the keys.
	 */
	private static final String EVERY_SALE = """
			INSERT INTO network_sale_key (event_id, person)
			SELECT u.event_id, irontrace_person_key(u.purchaser_first_name, u.purchaser_last_name, u.purchaser_dob::text)
			FROM custody_event u
			WHERE u.event_type = 'SOLD' AND NOT EXISTS (SELECT 1 FROM network_sale_key k WHERE k.event_id = u.event_id)
			  AND NOT EXISTS (SELECT 1 FROM person_assignment pa WHERE pa.record_id = 'event:' || u.event_id)
			ON CONFLICT (event_id) DO NOTHING
			""";

	/**
	 * The sales the answers about these recoveries prove (the evidence of an answer is
	 * {@code trace/AGENCY/NUMBER/sale}, found by the custody rows' key): every answer of each, not only
	 * the latest, as the full refresh reads every sale. An answer corrected since gives its sale's
	 * purchaser again, so a key kept for it is replaced.
	 */
	private static final String ANSWERED_SALES = """
			INSERT INTO network_sale_key (event_id, person)
			SELECT e.event_id, irontrace_person_key(e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob::text)
			FROM unnest(CAST(:agencies AS text[]), CAST(:ids AS text[])) AS r(agency, recovery_id)
			JOIN trace_answer a ON a.agency = r.agency AND a.recovery_id = r.recovery_id
			JOIN custody_event e ON e.event_id = 'trace/' || a.agency || '/' || a.trace_number || '/sale'
			WHERE e.event_type = 'SOLD'
			  AND NOT EXISTS (SELECT 1 FROM person_assignment pa WHERE pa.record_id = 'event:' || e.event_id)
			ON CONFLICT (event_id) DO UPDATE SET person = EXCLUDED.person
			    WHERE network_sale_key.person IS DISTINCT FROM EXCLUDED.person
			""";

	private final JdbcClient jdbc;

	SaleKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the keys a pass over these recoveries needs: with a person not yet resolved among its
	 * people, every sale's once after a full refresh; the sales of the recoveries' answers always once
	 * the keys are complete (a pass without such a person may bring evidence a later one reads).
	 */
	void keepFor(boolean unresolved, Map<String, List<String>> recoveriesByAgency) {
		boolean complete = jdbc.sql("SELECT EXISTS (SELECT 1 FROM network_sale_keys_complete)").query(Boolean.class).single();
		if (!complete) {
			if (unresolved) {
				keyEverySale();
			}
			return;
		}
		List<String> agencies = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		recoveriesByAgency.forEach((agency, recoveryIds) -> recoveryIds.forEach(id -> {
			agencies.add(agency);
			ids.add(id);
		}));
		jdbc.sql(ANSWERED_SALES).param("agencies", agencies.toArray(String[]::new)).param("ids", ids.toArray(String[]::new))
			.update();
	}

	/**
	 * Kept keys may belong to sales since changed or removed (a removed agency's answers): a full
	 * refresh empties them, and keys every sale again.
	 */
	void rekeyAll() {
		jdbc.sql("TRUNCATE network_sale_key, network_sale_keys_complete").update();
		keyEverySale();
	}

	private void keyEverySale() {
		jdbc.sql(EVERY_SALE).update();
		jdbc.sql("INSERT INTO network_sale_keys_complete DEFAULT VALUES").update();
	}
}
