package org.irontrace.federation;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.access.AuditTrail;
import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.network.ForeignRecordsShown;
import org.irontrace.recovery.ForeignRecoveries;
import org.irontrace.recovery.Recovery;
import org.irontrace.trace.TraceResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading what a peer's agency granted: only the records held under agreements with the caller's
 * agency (every agency's for the operators), personal fields only under a FULL agreement (in the
 * query), and never after the agreement was heard to end. Each page showing personal data is audited
 * here and each record in it queued for its owner's auditors.
 */
@Component
public class ForeignRecords implements ForeignRecoveries, ForeignRecordsShown {

	private final JdbcClient jdbc;

	private final SharingScopes scopes;

	private final AuditTrail audit;

	private final RemoteReads reads;

	private final Catalog catalog;

	ForeignRecords(JdbcClient jdbc, SharingScopes scopes, AuditTrail audit, RemoteReads reads, Catalog catalog) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.audit = audit;
		this.reads = reads;
		this.catalog = catalog;
	}

	@Override
	@Transactional
	public List<Recovery> listForeignRecoveries(Caller caller, String writtenAgency, String afterId, int limit,
			String purpose) {
		String installation = writtenAgency.substring(0, writtenAgency.indexOf(':'));
		String owner = writtenAgency.substring(installation.length() + 1);
		List<Shown> page = jdbc.sql("SELECT DISTINCT ON (recovery_id) " + SHOWN + """
				FROM foreign_recovery
				WHERE installation = :installation AND owner_agency = :owner AND (:all OR grantee_agency = :agency)
				  AND level IN ('FULL', 'RECORDS_WITHOUT_PERSONAL_DATA') AND recovery_id > :after
				ORDER BY recovery_id, level = 'FULL' DESC LIMIT :limit
				""")
			.param("installation", installation)
			.param("owner", owner)
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> new Shown(read(rs), rs.getBoolean("full")))
			.list();
		reported(caller, page, "recoveries:" + writtenAgency + (afterId.isEmpty() ? "" : " after " + afterId), purpose);
		return page.stream().map(Shown::recovery).toList();
	}

	/**
	 * One record a peer's agency grants the caller's agency ({@code NAME:AGENCY} and its id), with its
	 * owner's trace; empty when nothing in force grants it. A read showing personal data is audited
	 * and reported to the owner as the lists are.
	 */
	@Transactional
	public java.util.Optional<GrantedRecord> findGrantedRecord(Caller caller, String writtenAgency, String recoveryId,
			String purpose) {
		int colon = writtenAgency.indexOf(':');
		if (colon <= 0) {
			return java.util.Optional.empty();
		}
		java.util.Optional<GrantedRecord> found = jdbc.sql("SELECT " + SHOWN + """
				, level, trace_status, trace_reason, us_sourced, time_to_crime_days, source_state, dealer_licence,
				  dealer_name, traced_at
				FROM foreign_recovery
				WHERE installation = :installation AND owner_agency = :owner AND recovery_id = :id
				  AND (:all OR grantee_agency = :agency) AND level IN ('FULL', 'RECORDS_WITHOUT_PERSONAL_DATA')
				ORDER BY level = 'FULL' DESC, traced_at DESC NULLS LAST LIMIT 1
				""")
			.param("installation", writtenAgency.substring(0, colon))
			.param("owner", writtenAgency.substring(colon + 1))
			.param("id", recoveryId)
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new GrantedRecord(read(rs), traceOf(rs), rs.getString("level")))
			.optional();
		found.ifPresent(record -> reported(caller,
				List.of(new Shown(record.recovery(), "FULL".equals(record.level()))),
				"recovery:" + writtenAgency + "/" + recoveryId, purpose));
		return found;
	}

	private static ForeignTrace traceOf(java.sql.ResultSet rs) throws java.sql.SQLException {
		if (rs.getString("trace_status") == null) {
			return null;
		}
		java.sql.Timestamp tracedAt = rs.getTimestamp("traced_at");
		return new ForeignTrace(rs.getString("installation"), rs.getString("trace_status"), rs.getString("trace_reason"),
				(Boolean) rs.getObject("us_sourced"), (Integer) rs.getObject("time_to_crime_days"),
				rs.getString("source_state"), rs.getString("dealer_licence"), rs.getString("dealer_name"),
				tracedAt == null ? null : tracedAt.toInstant(), purchaser(rs));
	}

	/** The first retail purchaser of a row read with {@link #SHOWN}: null below FULL or when the trace names none. */
	static TraceResult.Purchaser purchaser(java.sql.ResultSet rs) throws java.sql.SQLException {
		String first = rs.getString("purchaser_first_name");
		String last = rs.getString("purchaser_last_name");
		return first == null && last == null ? null
				: new TraceResult.Purchaser(first, last, rs.getObject("purchaser_dob", LocalDate.class),
						rs.getString("purchaser_state"));
	}

	/**
	 * The records of every peer agency granted to the caller's agency whose serial reads the same
	 * once normalised (a gun seized here that another country has seen), at most 100.
	 */
	@Transactional
	public List<Recovery> findBySerial(Caller caller, String serial, String purpose) {
		String key = SerialNumbers.normalise(serial);
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		List<Shown> found = jdbc.sql("SELECT DISTINCT ON (installation, owner_agency, recovery_id) " + SHOWN + """
				FROM foreign_recovery
				WHERE upper(regexp_replace(serial_number, '[[:space:]-]', '', 'g')) = :key AND (:all OR grantee_agency = :agency)
				  AND level IN ('FULL', 'RECORDS_WITHOUT_PERSONAL_DATA')
				ORDER BY installation, owner_agency, recovery_id, level = 'FULL' DESC LIMIT 100
				""")
			.param("key", key)
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new Shown(read(rs), rs.getBoolean("full")))
			.list();
		reported(caller, found, "foreign-serial:" + key, purpose);
		return found.stream().map(Shown::recovery).toList();
	}

	/**
	 * A ring or lead showed its people's names over these records: the foreign ones among them are
	 * audited and queued for their owners, as a list of foreign records with personal data is.
	 */
	@Override
	@Transactional
	public void reportShown(Caller caller, List<String> records, String subject, String purpose) {
		auditAndQueue(caller, records, subject, purpose);
	}

	/** Audits a read that showed personal data and queues each such record for its owner. */
	void reported(Caller caller, List<Shown> shown, String subject, String purpose) {
		auditAndQueue(caller, shown.stream().filter(Shown::full).map(s -> s.recovery().agency() + "/" + s.recovery().recoveryId())
			.toList(), subject, purpose);
	}

	/** One audit entry for the read, and each foreign record ({@code NAME:AGENCY/ID}) queued for its owner. */
	private void auditAndQueue(Caller caller, List<String> records, String subject, String purpose) {
		java.util.Map<String, List<String>> perSource = records.stream()
			.filter(ForeignRecordsShown::isForeign)
			.distinct()
			.collect(java.util.stream.Collectors.groupingBy(r -> r.substring(0, r.indexOf('/')), java.util.TreeMap::new,
					java.util.stream.Collectors.mapping(r -> r.substring(r.indexOf('/') + 1),
							java.util.stream.Collectors.toList())));
		if (perSource.isEmpty()) {
			return;
		}
		audit.record(caller, "READ_PERSONAL_DATA", subject, purpose);
		perSource.forEach((source, ids) -> {
			int colon = source.indexOf(':');
			reads.queue(caller, source.substring(0, colon), source.substring(colon + 1), ids, purpose);
		});
	}

	/**
	 * The counts a peer's agency granted the caller's agency (AGGREGATES_ONLY agreements), per
	 * country, month of recovery and trace status; each with the installation and agency it came from.
	 */
	public List<ForeignCount> listForeignCounts(Caller caller, String writtenAgency) {
		int colon = writtenAgency.indexOf(':');
		if (colon <= 0) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT c.country, c.month, c.status, max(c.recoveries) AS recoveries
				FROM foreign_count c JOIN foreign_agreement a USING (installation, agreement_id)
				WHERE a.installation = :installation AND a.owner_agency = :owner AND (:all OR a.grantee_agency = :agency)
				GROUP BY c.country, c.month, c.status ORDER BY c.country, c.month, c.status
				""")
			.param("installation", writtenAgency.substring(0, colon))
			.param("owner", writtenAgency.substring(colon + 1))
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new ForeignCount(writtenAgency, rs.getString("country"),
					rs.getObject("month", LocalDate.class), rs.getString("status"), rs.getLong("recoveries")))
			.list();
	}

	/**
	 * The regional view from national servers: what every peer agency grants the caller's agency,
	 * counted per source ({@code NAME:AGENCY}), country, month of recovery and trace status, each
	 * row saying whether it was counted here from granted records or received as the owner's count
	 * (a source that grants both is counted from its records only, so nothing is counted twice).
	 */
	public List<SourcedCount> listRegionalCounts(Caller caller) {
		return jdbc.sql("""
				WITH mine AS (
				    SELECT * FROM foreign_agreement WHERE :all OR grantee_agency = :agency
				), counted AS (
				    SELECT r.installation || ':' || r.owner_agency AS source, r.country,
				           CAST(date_trunc('month', r.recovery_date) AS date) AS month,
				           coalesce(r.trace_status, 'UNTRACED') AS status, count(DISTINCT r.recovery_id) AS recoveries
				    FROM foreign_recovery r JOIN mine USING (installation, agreement_id)
				    GROUP BY 1, 2, 3, 4
				)
				SELECT source, country, month, status, recoveries, 'RECORDS' AS basis FROM counted
				UNION ALL
				SELECT m.installation || ':' || m.owner_agency, c.country, c.month, c.status, max(c.recoveries), 'AGGREGATES'
				FROM foreign_count c JOIN mine m USING (installation, agreement_id)
				WHERE NOT EXISTS (SELECT 1 FROM counted WHERE counted.source = m.installation || ':' || m.owner_agency)
				GROUP BY 1, 2, 3, 4
				ORDER BY 1, 2, 3, 4
				""")
			.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.query((rs, n) -> new SourcedCount(rs.getString("source"), rs.getString("country"),
					rs.getObject("month", LocalDate.class), rs.getString("status"), rs.getLong("recoveries"),
					rs.getString("basis")))
			.list();
	}

	/**
	 * One figure of the regional view and where it comes from.
	 *
	 * @param basis {@code RECORDS} (counted here from the records granted) or {@code AGGREGATES} (the owner's count)
	 */
	public record SourcedCount(String source, String country, LocalDate month, String status, long recoveries,
			String basis) {
	}

	/** How many of a peer agency's recoveries of a country and month have a trace status ({@code UNTRACED} when none). */
	public record ForeignCount(String source, String country, LocalDate month, String status, long recoveries) {
	}

	/**
	 * A record as shown: personal fields (the possessor, and the first retail purchaser its owner's
	 * trace found) only under a FULL agreement, in the query.
	 */
	static final String SHOWN = """
			installation, owner_agency, recovery_id, recovery_date, country, admin_area, city, crime_code,
			serial_number, serial_obliterated, partial_serial, manufacturer, importer, model, caliber,
			firearm_type, country_of_manufacture, incident_id, criminal_group, level = 'FULL' AS full,
			CASE WHEN level = 'FULL' THEN possessor_first_name END AS possessor_first_name,
			CASE WHEN level = 'FULL' THEN possessor_last_name END AS possessor_last_name,
			CASE WHEN level = 'FULL' THEN CAST(irontrace_unseal(possessor_dob_sealed) AS date) END AS possessor_dob,
			CASE WHEN level = 'FULL' THEN possessor_nationality END AS possessor_nationality,
			CASE WHEN level = 'FULL' THEN purchaser_first_name END AS purchaser_first_name,
			CASE WHEN level = 'FULL' THEN purchaser_last_name END AS purchaser_last_name,
			CASE WHEN level = 'FULL' THEN CAST(irontrace_unseal(purchaser_dob_sealed) AS date) END AS purchaser_dob,
			CASE WHEN level = 'FULL' THEN purchaser_state END AS purchaser_state
			""";

	Recovery read(java.sql.ResultSet rs) throws java.sql.SQLException {
		String writtenAgency = rs.getString("installation") + ":" + rs.getString("owner_agency");
		FirearmDescription firearm = FirearmDescription.of(catalog, rs.getString("serial_number"), rs.getString("manufacturer"),
				rs.getString("importer"), rs.getString("model"), rs.getString("caliber"), rs.getString("firearm_type"),
				rs.getString("country_of_manufacture"));
		return new Recovery(writtenAgency, rs.getString("recovery_id"), rs.getObject("recovery_date", LocalDate.class),
				rs.getString("country"), rs.getString("admin_area"), rs.getString("city"), rs.getString("crime_code"),
				rs.getBoolean("serial_obliterated"), rs.getString("partial_serial"), firearm,
				new Recovery.Possessor(rs.getString("possessor_first_name"), rs.getString("possessor_last_name"),
						rs.getObject("possessor_dob", LocalDate.class), rs.getString("possessor_nationality")),
				rs.getString("incident_id"), rs.getString("criminal_group"), null);
	}

	record Shown(Recovery recovery, boolean full) {
	}
}
