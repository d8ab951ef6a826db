package org.irontrace.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.commerce.FirearmIdentity;
import org.irontrace.recovery.Recovery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the tracing authority's answers stored by {@link TraceResultsImporter}. */
@Repository
class TraceAnswers {

	private final JdbcClient jdbc;

	TraceAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest answer about each of these recoveries that has one, in one query. */
	/**
	 * The latest answer for one recovery (a single trace), with plain values: the statement for many,
	 * whose parameters are arrays, is planned again at every call (V228).
	 */
	private static final String LATEST_FOR_ONE = """
			SELECT agency, recovery_id, trace_number, result_date, trace_status, not_traced_words, not_traced_reason,
			       serial_key, manufacturer_key, importer_key, dealer_licence, sale_date, time_to_crime_days, multiple_sale
			FROM trace_answer_store
			WHERE agency = :agency AND recovery_id = :id
			ORDER BY result_date DESC, received_at DESC
			LIMIT 1
			""";

	Map<String, TraceAnswer> latestFor(List<Recovery> recoveries) {
		Map<String, TraceAnswer> answers = new HashMap<>();
		if (recoveries.isEmpty()) {
			return answers;
		}
		if (recoveries.size() == 1) {
			jdbc.sql(LATEST_FOR_ONE)
				.param("agency", recoveries.get(0).agency())
				.param("id", recoveries.get(0).recoveryId())
				.query((ResultSet rs) -> {
					TraceAnswer answer = read(rs);
					answers.put(key(answer.agency(), answer.recoveryId()), answer);
				});
			return answers;
		}
		jdbc.sql("""
				SELECT DISTINCT ON (a.agency, a.recovery_id)
				       a.agency, a.recovery_id, a.trace_number, a.result_date, a.trace_status, a.not_traced_words,
				       a.not_traced_reason, a.serial_key, a.manufacturer_key, a.importer_key, a.dealer_licence,
				       a.sale_date, a.time_to_crime_days, a.multiple_sale
				FROM trace_answer_store a
				JOIN unnest(:agencies::text[], :ids::text[]) AS k(agency, recovery_id)
				  ON a.agency = k.agency AND a.recovery_id = k.recovery_id
				ORDER BY a.agency, a.recovery_id, a.result_date DESC, a.received_at DESC
				""")
			.param("agencies", recoveries.stream().map(Recovery::agency).toArray(String[]::new))
			.param("ids", recoveries.stream().map(Recovery::recoveryId).toArray(String[]::new))
			.query((ResultSet rs) -> {
				TraceAnswer answer = read(rs);
				answers.put(key(answer.agency(), answer.recoveryId()), answer);
			});
		return answers;
	}

	/**
	 * A page of the recoveries waiting to be traced again from a new answer: the first of those an
	 * import's batch left (one row per batch, V240), in key order; empty when none wait.
	 */
	PendingPage listPending(int limit) {
		return jdbc.sql("""
				SELECT p.batch, k.agency, k.recovery_id
				FROM (SELECT batch, agencies, recovery_ids FROM trace_answer_pending ORDER BY batch LIMIT 1) p
				CROSS JOIN LATERAL unnest(p.agencies[1:?], p.recovery_ids[1:?]) AS k(agency, recovery_id)
				""")
			.param(limit)
			.param(limit)
			.query((ResultSet rs) -> {
				List<String[]> keys = new ArrayList<>();
				long batch = 0;
				while (rs.next()) {
					batch = rs.getLong(1);
					keys.add(new String[] { rs.getString(2), rs.getString(3) });
				}
				return new PendingPage(batch, keys);
			});
	}

	/** Recoveries of one import's batch still to be traced again, a page of them. */
	record PendingPage(long batch, List<String[]> keys) {
	}

	/**
	 * Marks recoveries as traced from their latest answers: taken out of their batch's row by key, so
	 * two tracings that read the same page cannot take out a page neither traced; the row goes once empty.
	 */
	void settle(PendingPage page) {
		jdbc.sql("""
				UPDATE trace_answer_pending p
				SET (agencies, recovery_ids) = (
				    SELECT coalesce(array_agg(w.agency ORDER BY w.n), '{}'), coalesce(array_agg(w.recovery_id ORDER BY w.n), '{}')
				    FROM unnest(p.agencies, p.recovery_ids) WITH ORDINALITY AS w(agency, recovery_id, n)
				    WHERE NOT EXISTS (SELECT 1 FROM unnest(:agencies::text[], :ids::text[]) AS k(agency, recovery_id)
				                      WHERE k.agency = w.agency AND k.recovery_id = w.recovery_id))
				WHERE p.batch = :batch
				""")
			.param("batch", page.batch())
			.param("agencies", page.keys().stream().map(k -> k[0]).toArray(String[]::new))
			.param("ids", page.keys().stream().map(k -> k[1]).toArray(String[]::new))
			.update();
		jdbc.sql("DELETE FROM trace_answer_pending WHERE batch = ? AND cardinality(agencies) = 0")
			.param(page.batch())
			.update();
	}

	static String key(String agency, String recoveryId) {
		return agency + "\u0000" + recoveryId;
	}

	private static TraceAnswer read(ResultSet rs) throws SQLException {
		String serial = rs.getString("serial_key");
		String maker = rs.getString("manufacturer_key");
		String importer = rs.getString("importer_key");
		FirearmIdentity identity = serial == null || maker == null || "NOT_TRACED".equals(rs.getString("trace_status"))
				? null : new FirearmIdentity(maker, serial, importer == null ? "" : importer);
		String reason = rs.getString("not_traced_reason");
		return new TraceAnswer(rs.getString("agency"), rs.getString("recovery_id"), rs.getString("trace_number"),
				rs.getObject("result_date", LocalDate.class), rs.getString("trace_status"),
				rs.getString("not_traced_words"), reason == null ? null : TraceReason.valueOf(reason), identity,
				rs.getString("dealer_licence"), rs.getObject("sale_date", LocalDate.class),
				(Integer) rs.getObject("time_to_crime_days"), rs.getBoolean("multiple_sale"));
	}
}
