package org.irontrace.trace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The current trace of every recovery a caller may see, newest first, a page at a time. Reads the
 * narrow {@code current_trace} rows the database keeps (one per recovery), never the history, and
 * applies the caller's visibility in the query exactly as reading a trace does: an agency's rows
 * only when the caller sees its records.
 */
@Service
public class TraceListing {

	private final JdbcClient jdbc;

	TraceListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of current traces, optionally only of one status and one reason (null for any).
	 * Asks for one row more than the page so the caller knows whether a next page exists.
	 */
	public List<TraceSummary> listCurrentTraces(Visibility visibility, TraceStatus status, TraceReason reason,
			int offset, int limit) {
		return jdbc.sql("""
				SELECT trace_id, agency, recovery_id, traced_at, status, reason, manufacturer, firearm_type, caliber,
				       time_to_crime_days
				FROM current_trace
				WHERE (:all OR agency = ANY(:records))
				  AND (CAST(:status AS text) IS NULL OR status = :status)
				  AND (CAST(:reason AS text) IS NULL OR reason = :reason)
				ORDER BY traced_at DESC, trace_id DESC
				OFFSET :offset LIMIT :limit
				""")
			.param("all", visibility.everything())
			.param("records", visibility.recordAgencies())
			.param("status", status == null ? null : status.name())
			.param("reason", reason == null ? null : reason.name())
			.param("offset", Math.max(0, offset))
			.param("limit", limit)
			.query((rs, n) -> read(rs))
			.list();
	}

	private static TraceSummary read(ResultSet rs) throws SQLException {
		String reason = rs.getString("reason");
		Integer ttc = (Integer) rs.getObject("time_to_crime_days");
		return new TraceSummary(rs.getObject("trace_id", UUID.class).toString(), rs.getString("agency"),
				rs.getString("recovery_id"), rs.getTimestamp("traced_at").toInstant(),
				TraceStatus.valueOf(rs.getString("status")), reason == null ? null : TraceReason.valueOf(reason),
				rs.getString("manufacturer"), rs.getString("firearm_type"), rs.getString("caliber"), ttc);
	}
}
