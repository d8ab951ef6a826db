package org.irontrace.report.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Performance review of one agency's tracing, month by month: what it submitted, what is traced,
 * how fast, how often to a sale, and which empty fields cost it traces. An agency's analysts and
 * supervisors see their own agency; the installation's operators see every agency.
 */
@Service
public class AgencyMonitoring {

	/** Description fields that decide whether a gun can be traced (ATF Form 3312.1 asks for each). */
	private static final Map<String, String> FIELDS = fields();

	private final JdbcClient jdbc;

	private final Callers callers;

	private final SharingScopes scopes;

	AgencyMonitoring(JdbcClient jdbc, Callers callers, SharingScopes scopes) {
		this.jdbc = jdbc;
		this.callers = callers;
		this.scopes = scopes;
	}

	public List<MonthOfWork> monthsForCaller(String agency, LocalDate from, LocalDate to) {
		checkCallerMayMonitor(agency);
		return months(agency, from, to);
	}

	/** The leads resting on the agency's recoveries, by status and by recorded outcome. */
	public LeadOutcomes leadsForCaller(String agency) {
		checkCallerMayMonitor(agency);
		Map<String, Long> byStatus = new LinkedHashMap<>();
		Map<String, Long> byOutcome = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT status, outcome, count(*) AS n FROM active_lead
				WHERE ? = ANY(contributing_agencies) GROUP BY status, outcome ORDER BY status, outcome
				""").param(agency).query((java.sql.ResultSet rs) -> {
			byStatus.merge(rs.getString("status"), rs.getLong("n"), Long::sum);
			if (rs.getString("outcome") != null) {
				byOutcome.merge(rs.getString("outcome"), rs.getLong("n"), Long::sum);
			}
		});
		return new LeadOutcomes(agency, byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, byOutcome);
	}

	private void checkCallerMayMonitor(String agency) {
		Caller caller = callers.current();
		boolean own = caller.agency().equals(agency) && (caller.has(Role.ANALYST) || caller.has(Role.SUPERVISOR));
		if (!own && !scopes.seesEverything(caller)) {
			// Another agency's performance is its own business: its existence is not revealed.
			throw new NotFoundException("No agency " + agency + " to monitor");
		}
	}

	List<MonthOfWork> months(String agency, LocalDate from, LocalDate to) {
		StringBuilder empty = new StringBuilder();
		FIELDS.forEach((name, condition) -> empty.append(", count(*) FILTER (WHERE ").append(condition).append(") AS \"")
			.append(name).append('"'));
		Map<LocalDate, Map<String, Long>> reasons = new HashMap<>();
		jdbc.sql(SCOPE + "SELECT month, reason, count(*) AS n FROM work WHERE status IN ('NOT_TRACED', 'PARTIAL') GROUP BY 1, 2")
			.params(agency, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> reasons.computeIfAbsent(rs.getObject("month", LocalDate.class), m -> new LinkedHashMap<>())
				.put(rs.getString("reason") == null ? "UNKNOWN" : rs.getString("reason"), rs.getLong("n")))
			.list();
		return jdbc.sql(SCOPE + """
				SELECT month, count(*) AS submitted, count(first_traced) AS traced,
				       count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
				       percentile_disc(0.5) WITHIN GROUP (ORDER BY first_traced - recovery_date) AS turnaround
				""" + empty + " FROM work GROUP BY month ORDER BY month")
			.params(agency, Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> {
				LocalDate month = rs.getObject("month", LocalDate.class);
				Map<String, Long> fields = new LinkedHashMap<>();
				for (String name : FIELDS.keySet()) {
					fields.put(name, rs.getLong(name));
				}
				long traced = rs.getLong("traced");
				long completed = rs.getLong("completed");
				return new MonthOfWork(month, rs.getLong("submitted"), traced, rs.getLong("submitted") - traced, completed,
						traced == 0 ? null : BigDecimal.valueOf(completed).divide(BigDecimal.valueOf(traced), 4, RoundingMode.HALF_UP).doubleValue(),
						(Integer) rs.getObject("turnaround"), reasons.getOrDefault(month, Map.of()), fields);
			})
			.list();
	}

	/** The agency's recoveries of the period with the first trace date and the latest result. */
	private static final String SCOPE = """
			WITH work AS (
			    SELECT date_trunc('month', r.recovery_date)::date AS month, r.*, f.first_traced, l.status, l.reason
			    FROM recovery r
			    LEFT JOIN LATERAL (SELECT min(traced_at)::date AS first_traced FROM trace_history t
			                       WHERE t.agency = r.agency AND t.recovery_id = r.recovery_id) f ON true
			    LEFT JOIN LATERAL (SELECT status, reason FROM trace_history t
			                       WHERE t.agency = r.agency AND t.recovery_id = r.recovery_id
			                       ORDER BY traced_at DESC LIMIT 1) l ON true
			    WHERE r.agency = ? AND r.recovery_date BETWEEN ? AND ?)
			""";

	private static Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("serialNumber", "serial_number IS NULL AND partial_serial IS NULL AND NOT serial_obliterated");
		fields.put("manufacturer", "manufacturer IS NULL");
		fields.put("model", "model IS NULL");
		fields.put("caliber", "caliber IS NULL");
		fields.put("firearmType", "firearm_type IS NULL");
		fields.put("countryOfManufacture", "country_of_manufacture IS NULL");
		fields.put("importer", "importer IS NULL AND country_of_manufacture IS NOT NULL AND country_of_manufacture <> 'US'");
		fields.put("adminArea", "admin_area IS NULL");
		fields.put("crimeCode", "crime_code IS NULL");
		return fields;
	}
}
