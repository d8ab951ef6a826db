package org.irontrace.trace;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The current answer of each recovery in the narrow form statistics use (no personal data), read a
 * page at a time or as the changes after a given one, and counted per country, month and status: what
 * an installation sends another with the records it grants, or instead of them when only aggregates
 * are granted.
 */
@Service
public class CurrentTraces {

	private final JdbcClient jdbc;

	CurrentTraces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current traces of these recoveries of one agency, those that have one. */
	public List<CurrentTrace> listCurrentTraces(String agency, List<String> recoveryIds) {
		return jdbc.sql("SELECT " + CURRENT + " WHERE c.agency = ? AND c.recovery_id = ANY(?)")
			.params(agency, recoveryIds.toArray(String[]::new))
			.query(CurrentTraces::read)
			.list();
	}

	/**
	 * An agency's current traces changed (first stored or replaced by a re-trace) after a change, in
	 * the order of changes, at most {@code limit}, and only those of transactions finished before
	 * every one still running: a copy that resumes after the last change listed misses none.
	 */
	public List<CurrentTrace> listChangedAfter(String agency, TraceChange after, int limit) {
		return jdbc.sql("SELECT " + CURRENT + """
				WHERE c.agency = ? AND (c.changed_by, c.recovery_id) > (CAST(? AS xid8), ?)
				  AND c.changed_by < pg_snapshot_xmin(pg_current_snapshot())
				ORDER BY c.changed_by, c.recovery_id LIMIT ?
				""")
			.params(agency, Long.toString(after.transaction()), after.recoveryId(), limit)
			.query(CurrentTraces::read)
			.list();
	}

	/**
	 * The change from which a copy made now must read: every change before it is visible to a read
	 * starting now, every one after it will be listed by {@link #listChangedAfter}.
	 */
	public TraceChange changesFromNow() {
		String oldestRunning = jdbc.sql("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)")
			.query(String.class)
			.single();
		return new TraceChange(Long.parseLong(oldestRunning), "");
	}

	/**
	 * The narrow row, with the retail dealer of the first sale read from the answer itself; with no
	 * sale on record, the licensee the gun last reached (the dealer of a dealer-only answer), by licence.
	 */
	private static final String CURRENT = """
			c.recovery_id, c.status, c.reason, c.us_sourced, c.time_to_crime_days, c.source_state, c.traced_at,
			CAST(c.changed_by AS text) AS changed_by,
			coalesce(h.result -> 'firstRetailSale' ->> 'licence', CASE WHEN c.reason = 'NO_RETAIL_SALE_RECORD'
			    THEN h.result -> 'chain' -> -1 ->> 'toLicence' END) AS dealer_licence,
			h.result -> 'firstRetailSale' ->> 'businessName' AS dealer_name
			FROM current_trace c LEFT JOIN trace_result h ON h.trace_id = c.trace_id
			""";

	private static CurrentTrace read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new CurrentTrace(rs.getString("recovery_id"), rs.getString("status"), rs.getString("reason"),
				(Boolean) rs.getObject("us_sourced"), (Integer) rs.getObject("time_to_crime_days"),
				rs.getString("source_state"), rs.getString("dealer_licence"), rs.getString("dealer_name"),
				rs.getTimestamp("traced_at").toInstant(),
				new TraceChange(Long.parseLong(rs.getString("changed_by")), rs.getString("recovery_id")));
	}

	/** An agency's recoveries counted per country, month of recovery and trace status ({@code UNTRACED} when none). */
	public List<MonthlyCount> countByCountryMonthStatus(String agency) {
		return jdbc.sql("""
				SELECT r.country, CAST(date_trunc('month', r.recovery_date) AS date) AS month,
				       coalesce(t.status, 'UNTRACED') AS status, count(*) AS n
				FROM recovery_store r LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id
				WHERE r.agency = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
				""")
			.param(agency)
			.query((rs, n) -> new MonthlyCount(rs.getString("country"), rs.getObject("month", LocalDate.class),
					rs.getString("status"), rs.getLong("n")))
			.list();
	}

	/**
	 * A recovery's current trace, as statistics count it, with the retail dealer of the first sale
	 * (never the purchaser), when it was traced and its last change.
	 */
	public record CurrentTrace(String recoveryId, String status, String reason, Boolean usSourced,
			Integer timeToCrimeDays, String sourceState, String dealerLicence, String dealerName,
			java.time.Instant tracedAt, TraceChange changed) {
	}

	/** How many of an agency's recoveries of a country and month have a trace status. */
	public record MonthlyCount(String country, LocalDate month, String status, long recoveries) {
	}
}
