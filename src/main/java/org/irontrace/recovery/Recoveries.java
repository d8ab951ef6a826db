package org.irontrace.recovery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.imports.ImportProgress;
import org.irontrace.imports.ImportReport;
import org.irontrace.imports.ImportService;
import org.irontrace.imports.Submitter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads recoveries, and records one typed in a form. */
@Service
public class Recoveries {

	private static final String SELECT = "SELECT " + RecoveryImporter.COLUMNS + " FROM recovery ";

	private final JdbcClient jdbc;

	private final ImportService imports;

	Recoveries(JdbcClient jdbc, ImportService imports) {
		this.jdbc = jdbc;
		this.imports = imports;
	}

	/**
	 * Records one recovery for the submitter through the recoveries import itself, so a form and a
	 * file share every check (each refusal with its column and reason), the rule that an agency
	 * reports only its own recoveries, and idempotency: a recovery id already on record changes
	 * nothing and is counted as a duplicate.
	 */
	public ImportReport record(NewRecovery recovery, Submitter submitter) {
		byte[] row = recovery.asCsv().getBytes(StandardCharsets.UTF_8);
		return imports.importCsv("recoveries", new ByteArrayInputStream(row), ImportProgress.NONE, submitter);
	}

	public Optional<Recovery> findRecovery(String agency, String recoveryId) {
		return jdbc.sql(SELECT + "WHERE agency = ? AND recovery_id = ?")
			.params(agency, recoveryId)
			.query((rs, n) -> read(rs))
			.optional();
	}

	/** These recoveries of one agency, those that exist, in id order. */
	public List<Recovery> listRecoveries(String agency, List<String> recoveryIds) {
		return jdbc.sql(SELECT + "WHERE agency = ? AND recovery_id = ANY(?) ORDER BY recovery_id")
			.params(agency, recoveryIds.toArray(String[]::new))
			.query((rs, n) -> read(rs))
			.list();
	}

	/**
	 * The incident a recovery was taken in, if the agency named one. For a caller who already sees
	 * the recovery's trace: the incident itself is read with the caller's visibility.
	 */
	public Optional<String> findIncidentId(String agency, String recoveryId) {
		return jdbc.sql("SELECT incident_id FROM recovery_store WHERE agency = ? AND recovery_id = ? AND incident_id IS NOT NULL")
			.params(agency, recoveryId)
			.query(String.class)
			.optional();
	}

	/** How many recoveries an agency has submitted. */
	public long countRecoveries(String agency) {
		return jdbc.sql("SELECT count(*) FROM recovery_store WHERE agency = ?").param(agency).query(Long.class).single();
	}

	/** The agencies that have submitted recoveries. */
	public List<String> listAgencies() {
		return jdbc.sql("SELECT DISTINCT agency FROM recovery ORDER BY agency").query(String.class).list();
	}

	/** A page of an agency's recoveries that have no trace result yet, in id order after {@code afterId}. */
	public List<Recovery> listUntraced(String agency, String afterId, int limit) {
		return jdbc.sql(SELECT + "r WHERE agency = ? AND recovery_id > ? AND NOT EXISTS (SELECT 1 FROM current_trace t"
				+ " WHERE t.agency = r.agency AND t.recovery_id = r.recovery_id) ORDER BY recovery_id LIMIT ?")
			.params(agency, afterId, limit)
			.query((rs, n) -> read(rs))
			.list();
	}

	/**
	 * A page of an agency's recoveries as the caller may see them: none when it may not see the
	 * agency's records, the possessor withheld (in the query itself) when it may not see personal data.
	 */
	public List<Recovery> listVisibleRecoveries(String agency, Visibility visibility, String afterId, int limit) {
		return jdbc.sql("SELECT " + VISIBLE_COLUMNS + " FROM recovery WHERE agency = :agency"
				+ " AND (:all OR agency = ANY(:records)) AND recovery_id > :after ORDER BY recovery_id LIMIT :limit")
			.param("agency", agency)
			.param("all", visibility.everything())
			.param("records", visibility.recordAgencies())
			.param("full", visibility.fullAgencies())
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> read(rs))
			.list();
	}

	/** The columns with the possessor's personal fields withheld unless the caller may see them. */
	private static final String VISIBLE_COLUMNS = RecoveryImporter.COLUMNS
		.replace("possessor_first_name", personal("possessor_first_name"))
		.replace("possessor_last_name", personal("possessor_last_name"))
		.replace("possessor_dob", personal("possessor_dob"))
		.replace("possessor_nationality", personal("possessor_nationality"));

	private static String personal(String column) {
		return "CASE WHEN :all OR agency = ANY(:full) THEN " + column + " END AS " + column;
	}

	private static Recovery read(java.sql.ResultSet rs) throws java.sql.SQLException {
		FirearmDescription firearm = new FirearmDescription(rs.getString("serial_number"), rs.getString("serial_key"),
				rs.getString("manufacturer"), rs.getString("manufacturer_key"), rs.getString("importer"),
				rs.getString("importer_key"), rs.getString("model"), rs.getString("caliber"),
				rs.getString("calibre_family"), rs.getString("firearm_type"), rs.getString("country_of_manufacture"));
		return new Recovery(rs.getString("agency"), rs.getString("recovery_id"),
				rs.getObject("recovery_date", java.time.LocalDate.class), rs.getString("country"),
				rs.getString("admin_area"), rs.getString("city"), rs.getString("crime_code"),
				rs.getBoolean("serial_obliterated"), rs.getString("partial_serial"), firearm,
				new Recovery.Possessor(rs.getString("possessor_first_name"), rs.getString("possessor_last_name"),
						rs.getObject("possessor_dob", java.time.LocalDate.class), rs.getString("possessor_nationality")),
				rs.getString("incident_id"), rs.getString("criminal_group"), rs.getString("criminal_group_key"));
	}

	/** Forgets every recovery of these agencies (their traces first: {@code TraceService.forgetAgencies}). */
	public long forgetAgencies(java.util.Collection<String> agencies) {
		return jdbc.sql("DELETE FROM recovery_store WHERE agency = ANY(?)").param(agencies.toArray(String[]::new)).update();
	}
}
