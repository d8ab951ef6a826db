package org.irontrace.trace;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The current answer of each recovery in the narrow form statistics use (no personal data unless a
 * FULL grant asks for the first retail purchaser), read a
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

	/**
	 * The current traces of these recoveries of one agency, those that have one; the first retail
	 * purchaser only when {@code withPurchaser} (a grant at FULL), withheld in the query otherwise.
	 */
	public List<CurrentTrace> listCurrentTraces(String agency, List<String> recoveryIds, boolean withPurchaser) {
		return jdbc.sql("SELECT " + CURRENT + " WHERE c.agency = :agency AND c.recovery_id = ANY(:ids)")
			.param("agency", agency)
			.param("ids", recoveryIds.toArray(String[]::new))
			.param("personal", withPurchaser)
			.query(CurrentTraces::read)
			.list();
	}

	/**
	 * An agency's current traces changed (first stored or replaced by a re-trace) after a change, in
	 * the order of changes, at most {@code limit}, and only those of transactions finished before
	 * every one still running: a copy that resumes after the last change listed misses none. The
	 * purchaser only when {@code withPurchaser}, as {@link #listCurrentTraces}.
	 */
	public List<CurrentTrace> listChangedAfter(String agency, TraceChange after, int limit, boolean withPurchaser) {
		return jdbc.sql("SELECT " + CURRENT + """
				WHERE c.agency = :agency AND (c.changed_by, c.recovery_id) > (CAST(:transaction AS xid8), :recovery)
				  AND c.changed_by < pg_snapshot_xmin(pg_current_snapshot())
				ORDER BY c.changed_by, c.recovery_id LIMIT :limit
				""")
			.param("agency", agency)
			.param("transaction", Long.toString(after.transaction()))
			.param("recovery", after.recoveryId())
			.param("limit", limit)
			.param("personal", withPurchaser)
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
	 * The first retail purchaser only when {@code :personal}, its birth date unsealed here (V76).
	 */
	private static final String CURRENT = """
			CASE WHEN :personal THEN h.result #>> '{firstRetailSale,purchaser,firstName}' END AS purchaser_first_name,
			CASE WHEN :personal THEN h.result #>> '{firstRetailSale,purchaser,lastName}' END AS purchaser_last_name,
			CASE WHEN :personal THEN CAST(irontrace_unseal(h.purchaser_dob_sealed) AS date) END AS purchaser_dob,
			CASE WHEN :personal THEN h.result #>> '{firstRetailSale,purchaser,state}' END AS purchaser_state,
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
				new TraceChange(Long.parseLong(rs.getString("changed_by")), rs.getString("recovery_id")), purchaser(rs));
	}

	/** The purchaser as read (null when withheld or when the answer names none). */
	private static TraceResult.Purchaser purchaser(java.sql.ResultSet rs) throws java.sql.SQLException {
		String first = rs.getString("purchaser_first_name");
		String last = rs.getString("purchaser_last_name");
		return first == null && last == null ? null
				: new TraceResult.Purchaser(first, last, rs.getObject("purchaser_dob", LocalDate.class),
						rs.getString("purchaser_state"));
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
	 * A recovery's current trace, as statistics count it, with the retail dealer of the first sale,
	 * when it was traced and its last change; the first retail purchaser only when asked for (null
	 * otherwise, or when the answer names none).
	 */
	public record CurrentTrace(String recoveryId, String status, String reason, Boolean usSourced,
			Integer timeToCrimeDays, String sourceState, String dealerLicence, String dealerName,
			java.time.Instant tracedAt, TraceChange changed, TraceResult.Purchaser purchaser) {
	}

	/** How many of an agency's recoveries of a country and month have a trace status. */
	public record MonthlyCount(String country, LocalDate month, String status, long recoveries) {
	}
}
