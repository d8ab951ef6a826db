package org.irontrace.trace;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The current answer of each recovery in the narrow form statistics use (no personal data), read a
 * page at a time, and counted per country, month and status: what an installation sends another
 * with the records it grants, or instead of them when only aggregates are granted.
 */
@Service
public class CurrentTraces {

	private final JdbcClient jdbc;

	CurrentTraces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current traces of these recoveries of one agency, those that have one. */
	public List<CurrentTrace> listCurrentTraces(String agency, List<String> recoveryIds) {
		return jdbc.sql("""
				SELECT recovery_id, status, reason, us_sourced, time_to_crime_days, source_state FROM current_trace
				WHERE agency = ? AND recovery_id = ANY(?)
				""")
			.params(agency, recoveryIds.toArray(String[]::new))
			.query((rs, n) -> new CurrentTrace(rs.getString("recovery_id"), rs.getString("status"), rs.getString("reason"),
					(Boolean) rs.getObject("us_sourced"), (Integer) rs.getObject("time_to_crime_days"),
					rs.getString("source_state")))
			.list();
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

	/** A recovery's current trace, as statistics count it. */
	public record CurrentTrace(String recoveryId, String status, String reason, Boolean usSourced,
			Integer timeToCrimeDays, String sourceState) {
	}

	/** How many of an agency's recoveries of a country and month have a trace status. */
	public record MonthlyCount(String country, LocalDate month, String status, long recoveries) {
	}
}
