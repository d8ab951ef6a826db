package org.irontrace.report.publication;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which agencies let their recoveries be counted in public reports. An agency opts in (or out) for
 * itself; until it does, nothing of its work is published. Withdrawing stops later releases from
 * counting it; what was already published stays as it was.
 */
@Service
public class PublicationConsents {

	private final JdbcClient jdbc;

	PublicationConsents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records an agency's choice, and who made it. */
	public void record(String agency, boolean consented, String changedBy) {
		jdbc.sql("""
				INSERT INTO publication_consent (agency, consented, changed_by) VALUES (?, ?, ?)
				ON CONFLICT (agency) DO UPDATE SET consented = excluded.consented, changed_by = excluded.changed_by,
				    changed_at = now()
				""").params(agency, consented, changedBy).update();
	}

	public boolean hasConsented(String agency) {
		return jdbc.sql("SELECT consented FROM publication_consent WHERE agency = ?").param(agency)
			.query(Boolean.class).optional().orElse(false);
	}

	/** The agencies that opted in and recovered guns in this country during the period. */
	List<String> listConsentingRecoverers(String country, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT DISTINCT r.agency FROM recovery r
				JOIN publication_consent c ON c.agency = r.agency AND c.consented
				WHERE r.country = ? AND r.recovery_date BETWEEN ? AND ? ORDER BY 1
				""").params(country, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to)).query(String.class).list();
	}
}
