package org.irontrace.trace;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.irontrace.access.Visibility;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Trace results with their history: every trace is kept as computed, so an answer given before
 * new ledger data arrived stays readable next to the new one.
 */
@Repository
class TraceStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	TraceStore(JdbcClient jdbc, JdbcTemplate template, ObjectMapper json, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Stores results without waiting for the disk flush: a result lost in a crash in the following
	 * instant is recomputed by tracing again, and the wait would be most of a trace's latency.
	 * <p>
	 * A stored result moves its recovery's current answer (a trigger upserts that one row) and appends
	 * its change to the dashboard's cells for the background to fold (V190): no row another recovery's
	 * trace needs is locked, so traces do not queue behind each other. Two batches re-tracing the same
	 * recoveries in different orders can still deadlock on their current answers; PostgreSQL aborts
	 * one, which rolled back whole and is stored again, up to {@link #SAVE_ATTEMPTS} times.
	 */
	void save(List<TraceResult> results) {
		save(results, () -> {
		});
	}

	/**
	 * {@link #save(List)}, and in the same transaction the event that says so: its rows in the event
	 * publication registry commit with the results (or vanish with them), without a transaction and a
	 * disk flush of their own, and its listeners run once they have committed.
	 */
	void save(List<TraceResult> results, RecoveriesTraced traced) {
		save(results, () -> events.publishEvent(traced));
	}

	private void save(List<TraceResult> results, Runnable alongside) {
		for (int attempt = 1;; attempt++) {
			try {
				transactions.executeWithoutResult(status -> {
					if (serverWaitsForTheDisk()) {
						template.execute("SET LOCAL synchronous_commit = off");
					}
					insert(results);
					alongside.run();
				});
				return;
			}
			catch (PessimisticLockingFailureException deadlocked) {
				if (attempt == SAVE_ATTEMPTS) {
					throw deadlocked;
				}
			}
		}
	}

	static final int SAVE_ATTEMPTS = 4;

	/**
	 * Whether the requests' connections commit waiting for the disk flush, asked once: the embedded
	 * server is started committing without it, and telling it so again cost every trace a round trip.
	 */
	private volatile Boolean serverWaits;

	private boolean serverWaitsForTheDisk() {
		Boolean waits = serverWaits;
		if (waits == null) {
			waits = !"off".equals(template.queryForObject("SELECT current_setting('synchronous_commit')", String.class));
			serverWaits = waits;
		}
		return waits;
	}

	private void insert(List<TraceResult> results) {
		template.batchUpdate("""
				INSERT INTO trace_result (trace_id, agency, recovery_id, traced_at, status, reason, us_sourced,
				                          time_to_crime_days, result)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
				""", results, 1000, (ps, result) -> {
			ps.setObject(1, UUID.fromString(result.traceId()));
			ps.setString(2, result.agency());
			ps.setString(3, result.recoveryId());
			ps.setTimestamp(4, Timestamp.from(result.tracedAt()));
			ps.setString(5, result.status().name());
			ps.setString(6, result.reason() == null ? null : result.reason().name());
			ps.setObject(7, result.usSourced());
			ps.setObject(8, result.timeToCrimeDays());
			ps.setString(9, json.writeValueAsString(result));
		});
	}

	/**
	 * The result as the caller may read it: only rows of agencies it sees, and the purchaser
	 * withheld in the query itself where it may not see personal data. The purchaser's birth date is
	 * stored sealed beside the answer (a trigger moves it there, migration V76) and unsealed here.
	 */
	private static final String VISIBLE_RESULT = """
			SELECT CASE WHEN (:all OR agency = ANY(:full)) AND purchaser_dob_sealed IS NOT NULL
			            THEN jsonb_set(result, '{firstRetailSale,purchaser,dob}', to_jsonb(irontrace_unseal(purchaser_dob_sealed)))
			            WHEN :all OR agency = ANY(:full) OR jsonb_typeof(result -> 'firstRetailSale') <> 'object'
			            THEN result
			            ELSE jsonb_set(result, '{firstRetailSale,purchaser}', 'null'::jsonb) END::text
			FROM trace_result
			WHERE (:all OR agency = ANY(:records))
			""";

	Optional<TraceResult> findTrace(UUID traceId, Visibility visibility) {
		return visible(VISIBLE_RESULT + " AND trace_id = :id", visibility).param("id", traceId)
			.query(String.class)
			.optional()
			.map(this::read);
	}

	/** Every trace of one recovery, newest first. */
	List<TraceResult> listTraces(String agency, String recoveryId, Visibility visibility) {
		return visible(VISIBLE_RESULT + " AND agency = :agency AND recovery_id = :recovery ORDER BY traced_at DESC",
				visibility)
			.param("agency", agency)
			.param("recovery", recoveryId)
			.query(String.class)
			.list()
			.stream()
			.map(this::read)
			.toList();
	}

	private JdbcClient.StatementSpec visible(String sql, Visibility visibility) {
		return jdbc.sql(sql)
			.param("all", visibility.everything())
			.param("full", visibility.fullAgencies())
			.param("records", visibility.recordAgencies());
	}

	private TraceResult read(String stored) {
		return json.readValue(stored, TraceResult.class);
	}

	/** Forgets these agencies' traces and the tracing authority's answers to them; the dashboard follows by trigger. */
	long forgetAgencies(String[] agencies) {
		jdbc.sql("""
				UPDATE trace_answer_pending p
				SET (agencies, recovery_ids) = (
				    SELECT coalesce(array_agg(w.agency ORDER BY w.n), '{}'), coalesce(array_agg(w.recovery_id ORDER BY w.n), '{}')
				    FROM unnest(p.agencies, p.recovery_ids) WITH ORDINALITY AS w(agency, recovery_id, n)
				    WHERE w.agency <> ALL(:agencies::text[]))
				WHERE p.agencies && :agencies::text[]
				""").param("agencies", agencies).update();
		jdbc.sql("DELETE FROM trace_answer_pending WHERE cardinality(agencies) = 0").update();
		jdbc.sql("DELETE FROM trace_answer_store WHERE agency = ANY(?)").param(agencies).update();
		jdbc.sql("DELETE FROM exported_trace WHERE trace_id IN (SELECT trace_id FROM trace_result WHERE agency = ANY(?))")
			.param(agencies)
			.update();
		jdbc.sql("DELETE FROM current_trace WHERE agency = ANY(?)").param(agencies).update();
		return jdbc.sql("DELETE FROM trace_result WHERE agency = ANY(?)").param(agencies).update();
	}
}
