package org.irontrace.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
	Map<String, TraceAnswer> latestFor(List<Recovery> recoveries) {
		Map<String, TraceAnswer> answers = new HashMap<>();
		if (recoveries.isEmpty()) {
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

	/** A page of the recoveries waiting to be traced again from a new answer, in key order. */
	List<String[]> listPending(int limit) {
		return jdbc.sql("SELECT agency, recovery_id FROM trace_answer_pending ORDER BY agency, recovery_id LIMIT ?")
			.param(limit)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
	}

	/** Marks recoveries as traced from their latest answers. */
	void settle(List<String[]> keys) {
		jdbc.sql("""
				DELETE FROM trace_answer_pending p USING unnest(:agencies::text[], :ids::text[]) AS k(agency, recovery_id)
				WHERE p.agency = k.agency AND p.recovery_id = k.recovery_id
				""")
			.param("agencies", keys.stream().map(k -> k[0]).toArray(String[]::new))
			.param("ids", keys.stream().map(k -> k[1]).toArray(String[]::new))
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
