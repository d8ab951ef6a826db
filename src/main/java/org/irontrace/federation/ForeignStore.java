package org.irontrace.federation;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.CriminalGroup;
import org.irontrace.federation.ExchangeMessages.Answer;
import org.irontrace.federation.ExchangeMessages.Grant;
import org.irontrace.federation.ExchangeMessages.SharedCount;
import org.irontrace.federation.ExchangeMessages.SharedRecovery;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.irontrace.trace.RecoveriesTraced;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What peers granted agencies of this installation, kept apart from its own records: one page of an
 * answer is stored in one transaction with the cursors it moves, so a page received twice (a retry
 * after a lost answer) changes nothing, and an agreement the owner no longer lists is deleted with
 * everything held under it.
 */
@Component
class ForeignStore {

	/** Every column a page brings, in the staging table's order; the birth date as text until sealed. */
	private static final String COLUMNS = "installation, agreement_id, recovery_id, owner_agency, grantee_agency, level,"
			+ " recovery_date, country, admin_area, city, crime_code, serial_number, serial_obliterated, partial_serial,"
			+ " manufacturer, importer, model, caliber, firearm_type, country_of_manufacture, possessor_first_name,"
			+ " possessor_last_name, possessor_dob, possessor_nationality, incident_id, criminal_group, trace_status,"
			+ " trace_reason, us_sourced, time_to_crime_days, source_state, dealer_licence, dealer_name, traced_at,"
			+ " purchaser_first_name, purchaser_last_name, purchaser_dob, purchaser_state, criminal_group_key";

	private static final String STAGING = """
			CREATE TEMPORARY TABLE IF NOT EXISTS staged_foreign_recovery (
			    installation text, agreement_id uuid, recovery_id text, owner_agency text, grantee_agency text, level text,
			    recovery_date date, country text, admin_area text, city text, crime_code text, serial_number text,
			    serial_obliterated boolean, partial_serial text, manufacturer text, importer text, model text, caliber text,
			    firearm_type text, country_of_manufacture text, possessor_first_name text, possessor_last_name text,
			    possessor_dob text, possessor_nationality text, incident_id text, criminal_group text, trace_status text,
			    trace_reason text, us_sourced boolean, time_to_crime_days integer, source_state text, dealer_licence text,
			    dealer_name text, traced_at timestamptz, purchaser_first_name text, purchaser_last_name text,
			    purchaser_dob text, purchaser_state text, criminal_group_key text
			) ON COMMIT DELETE ROWS
			""";

	/**
	 * Stores a page: the birth dates sealed, and the possessor's and purchaser's person keys digested
	 * from the birth dates as sent (V170, V200), before sealing, so a person's foreign records are
	 * found by index.
	 */
	private static final String MERGE = "INSERT INTO foreign_recovery ("
			+ COLUMNS.replace("possessor_dob", "possessor_dob_sealed").replace("purchaser_dob", "purchaser_dob_sealed")
			+ ", possessor_key, purchaser_key) SELECT "
			+ COLUMNS.replace("possessor_dob", "irontrace_seal(possessor_dob)")
				// Most records name no purchaser: sealing is skipped for them (it derives its key before it looks).
				.replace("purchaser_dob", "CASE WHEN purchaser_dob IS NOT NULL THEN irontrace_seal(purchaser_dob) END")
			+ """
			, irontrace_person_key(possessor_first_name, possessor_last_name, CAST(CAST(possessor_dob AS date) AS text)),
			  irontrace_person_key(purchaser_first_name, purchaser_last_name, CAST(CAST(purchaser_dob AS date) AS text))
			 FROM staged_foreign_recovery
			ON CONFLICT (installation, agreement_id, recovery_id) DO UPDATE SET
			    recovery_date = EXCLUDED.recovery_date, country = EXCLUDED.country, admin_area = EXCLUDED.admin_area,
			    city = EXCLUDED.city, crime_code = EXCLUDED.crime_code, serial_number = EXCLUDED.serial_number,
			    serial_obliterated = EXCLUDED.serial_obliterated, partial_serial = EXCLUDED.partial_serial,
			    manufacturer = EXCLUDED.manufacturer, importer = EXCLUDED.importer, model = EXCLUDED.model,
			    caliber = EXCLUDED.caliber, firearm_type = EXCLUDED.firearm_type,
			    country_of_manufacture = EXCLUDED.country_of_manufacture, possessor_first_name = EXCLUDED.possessor_first_name,
			    possessor_last_name = EXCLUDED.possessor_last_name, possessor_dob_sealed = EXCLUDED.possessor_dob_sealed,
			    possessor_key = EXCLUDED.possessor_key,
			    possessor_nationality = EXCLUDED.possessor_nationality, incident_id = EXCLUDED.incident_id,
			    criminal_group = EXCLUDED.criminal_group, criminal_group_key = EXCLUDED.criminal_group_key,
			    trace_status = EXCLUDED.trace_status,
			    trace_reason = EXCLUDED.trace_reason, us_sourced = EXCLUDED.us_sourced,
			    time_to_crime_days = EXCLUDED.time_to_crime_days, source_state = EXCLUDED.source_state,
			    dealer_licence = EXCLUDED.dealer_licence, dealer_name = EXCLUDED.dealer_name, traced_at = EXCLUDED.traced_at,
			    purchaser_first_name = EXCLUDED.purchaser_first_name, purchaser_last_name = EXCLUDED.purchaser_last_name,
			    purchaser_dob_sealed = EXCLUDED.purchaser_dob_sealed, purchaser_state = EXCLUDED.purchaser_state,
			    purchaser_key = EXCLUDED.purchaser_key, received_at = now()
			""";

	/**
	 * A re-trace at the owner: the held record takes the owner's current answer, whatever it held, with
	 * the purchaser it names (sent at FULL only), sealed and keyed as a page's are.
	 */
	private static final String RETRACE = """
			UPDATE foreign_recovery SET trace_status = ?, trace_reason = ?, us_sourced = ?, time_to_crime_days = ?,
			    source_state = ?, dealer_licence = ?, dealer_name = ?, traced_at = CAST(? AS timestamptz),
			    purchaser_first_name = p.first_name, purchaser_last_name = p.last_name,
			    purchaser_dob_sealed = irontrace_seal(p.dob), purchaser_state = p.state,
			    purchaser_key = irontrace_person_key(p.first_name, p.last_name, CAST(CAST(p.dob AS date) AS text)),
			    received_at = now()
			FROM (SELECT CAST(? AS text) AS first_name, CAST(? AS text) AS last_name, CAST(? AS text) AS dob,
			             CAST(? AS text) AS state) p
			WHERE installation = ? AND agreement_id = ? AND recovery_id = ? AND traced_at IS DISTINCT FROM CAST(? AS timestamptz)
			""";

	/**
	 * The records held under agreements at FULL that grant LEADS (those that take part in the link
	 * graph, V201) of one installation, limited to some agreements or (null) all but some.
	 */
	private static final String IN_THE_GRAPH = """
			SELECT r.owner_agency, r.recovery_id FROM foreign_recovery r JOIN foreign_agreement a USING (installation, agreement_id)
			WHERE r.installation = :installation AND r.level = 'FULL' AND 'LEADS' = ANY(a.scope)
			  AND (CAST(:only AS uuid[]) IS NULL OR r.agreement_id = ANY(:only))
			  AND (CAST(:allBut AS uuid[]) IS NULL OR NOT r.agreement_id = ANY(:allBut))
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private final Catalog catalog;

	ForeignStore(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, ApplicationEventPublisher events,
			Catalog catalog) {
		this.catalog = catalog;
		this.events = events;
		this.jdbc = jdbc;
		this.template = template;
		this.dataSource = dataSource;
	}

	/**
	 * Where each agreement heard from this peer stands: the last record id received under it, and
	 * the peer's last trace change applied here (for the agreements that have one).
	 */
	Cursors cursors(String installation) {
		Map<String, String> records = new HashMap<>();
		Map<String, String> changes = new HashMap<>();
		jdbc.sql("SELECT agreement_id, after_id, changes_after FROM foreign_agreement WHERE installation = ?")
			.param(installation)
			.query((java.sql.ResultSet rs) -> {
				records.put(rs.getString("agreement_id"), rs.getString("after_id"));
				if (rs.getString("changes_after") != null) {
					changes.put(rs.getString("agreement_id"), rs.getString("changes_after"));
				}
			});
		return new Cursors(records, changes);
	}

	record Cursors(Map<String, String> records, Map<String, String> changes) {
	}

	/**
	 * Stores one page of an answer; answers how many records came and how many were removed, and the
	 * agreements (not among {@code pulledAgain}) to pull again from the start because the owner holds
	 * more records under them than arrived (added with an id before the cursor).
	 */
	@Transactional
	Stored store(String installation, Answer answer, Set<String> pulledAgain) {
		Set<UUID> inForce = answer.agreements().stream().map(g -> UUID.fromString(g.id())).collect(Collectors.toSet());
		Map<String, Set<String>> graphChanges = new java.util.TreeMap<>();
		inTheGraph(installation, null, inForce, graphChanges);
		int removed = forgetAllBut(installation, inForce);
		for (Grant grant : answer.agreements()) {
			jdbc.sql("""
					INSERT INTO foreign_agreement (installation, agreement_id, owner_agency, grantee_agency, scope, level)
					VALUES (?, ?, ?, ?, ?, ?)
					ON CONFLICT (installation, agreement_id) DO UPDATE SET heard_at = now(), level = EXCLUDED.level,
					    scope = EXCLUDED.scope
					""")
				.params(installation, UUID.fromString(grant.id()), grant.grantor(), grant.granteeAgency(),
						grant.scope().toArray(String[]::new), grant.level())
				.update();
		}
		Map<String, Grant> grants = answer.agreements().stream().collect(Collectors.toMap(Grant::id, g -> g));
		List<Object[]> rows = new ArrayList<>(answer.records().size());
		for (SharedRecovery r : answer.records()) {
			Grant grant = grants.get(r.agreementId());
			if (grant == null || "AGGREGATES_ONLY".equals(grant.level())) {
				continue; // Nothing is kept that an agreement in force does not cover.
			}
			boolean full = "FULL".equals(grant.level());
			if (full && grant.scope().contains("LEADS")) {
				graphChanges.computeIfAbsent(grant.grantor(), owner -> new java.util.TreeSet<>()).add(r.recoveryId());
			}
			ExchangeMessages.SharedPurchaser purchaser = keptPurchaser(grant, r.purchaser());
			rows.add(new Object[] { installation, UUID.fromString(r.agreementId()), r.recoveryId(), grant.grantor(),
					grant.granteeAgency(), grant.level(), r.recoveryDate(), r.country(), r.adminArea(), r.city(),
					r.crimeCode(), r.serialNumber(), r.serialObliterated(), r.partialSerial(), r.manufacturer(), r.importer(),
					r.model(), r.caliber(), r.firearmType(), r.countryOfManufacture(), full ? r.possessorFirstName() : null,
					full ? r.possessorLastName() : null, full ? r.possessorDob() : null,
					full ? r.possessorNationality() : null, r.incidentId(), r.criminalGroup(), r.traceStatus(),
					r.traceReason(), r.usSourced(), r.timeToCrimeDays(), r.sourceState(), r.dealerLicence(), r.dealerName(),
					r.tracedAt(), purchaser.firstName(), purchaser.lastName(), purchaser.dob(), purchaser.state(),
					groupKey(r.criminalGroup()) });
		}
		merge(rows);
		int retraced = retrace(installation, answer, grants, graphChanges);
		followInTheGraph(installation, graphChanges);
		storeCounts(installation, answer.counts(), grants);
		answer.cursors().forEach((id, after) -> jdbc
			.sql("UPDATE foreign_agreement SET after_id = ? WHERE installation = ? AND agreement_id = ?")
			.params(after, installation, UUID.fromString(id))
			.update());
		return new Stored(rows.size(), removed, startAgainWhereMissing(installation, answer, pulledAgain), retraced);
	}

	/**
	 * Applies the owner's re-traces to the records held under agreements in force (one not held yet
	 * arrives later with its current trace) and keeps each agreement's last change; answers how many
	 * held records took a new answer, so an answer applied twice counts, and changes, nothing.
	 */
	private int retrace(String installation, Answer answer, Map<String, Grant> grants,
			Map<String, Set<String>> graphChanges) {
		List<Object[]> rows = new ArrayList<>();
		for (ExchangeMessages.SharedTrace t : answer.traces() == null ? List.<ExchangeMessages.SharedTrace>of()
				: answer.traces()) {
			Grant grant = grants.get(t.agreementId());
			if (grant != null) {
				if ("FULL".equals(grant.level()) && grant.scope().contains("LEADS")) {
					graphChanges.computeIfAbsent(grant.grantor(), owner -> new java.util.TreeSet<>()).add(t.recoveryId());
				}
				ExchangeMessages.SharedPurchaser purchaser = keptPurchaser(grant, t.purchaser());
				rows.add(new Object[] { t.traceStatus(), t.traceReason(), t.usSourced(), t.timeToCrimeDays(), t.sourceState(),
						t.dealerLicence(), t.dealerName(), t.tracedAt(), purchaser.firstName(), purchaser.lastName(),
						purchaser.dob(), purchaser.state(), installation, UUID.fromString(t.agreementId()), t.recoveryId(),
						t.tracedAt() });
			}
		}
		int changed = java.util.Arrays.stream(template.batchUpdate(RETRACE, rows)).sum();
		if (answer.changes() != null) {
			answer.changes().forEach((id, last) -> jdbc
				.sql("UPDATE foreign_agreement SET changes_after = ? WHERE installation = ? AND agreement_id = ?")
				.params(last, installation, UUID.fromString(id))
				.update());
		}
		return changed;
	}

	/**
	 * The purchaser as kept: only under a FULL agreement, whatever a peer sends (an owner that sent one
	 * below FULL would be wrong, and nothing is kept that the agreement does not cover); never null.
	 */
	private static ExchangeMessages.SharedPurchaser keptPurchaser(Grant grant, ExchangeMessages.SharedPurchaser sent) {
		return sent != null && "FULL".equals(grant.level()) ? sent : NO_PURCHASER;
	}

	private static final ExchangeMessages.SharedPurchaser NO_PURCHASER = new ExchangeMessages.SharedPurchaser(null, null,
			null, null);

	private Set<String> startAgainWhereMissing(String installation, Answer answer, Set<String> pulledAgain) {
		Set<String> again = new java.util.HashSet<>();
		for (Grant grant : answer.agreements()) {
			if (grant.records() == null || pulledAgain.contains(grant.id())) {
				continue;
			}
			long held = jdbc.sql("SELECT count(*) FROM foreign_recovery WHERE installation = ? AND agreement_id = ?")
				.params(installation, UUID.fromString(grant.id()))
				.query(Long.class)
				.single();
			if (held < grant.records()) {
				jdbc.sql("UPDATE foreign_agreement SET after_id = '' WHERE installation = ? AND agreement_id = ?")
					.params(installation, UUID.fromString(grant.id()))
					.update();
				again.add(grant.id());
			}
		}
		return again;
	}

	/**
	 * Copies the page into a staging table of this transaction's connection and merges it in one
	 * statement, the birth dates sealed by the database on the way, as the imports do.
	 */
	/**
	 * The catalogue's key of the group the owner attributes a gun to, as this installation keys its
	 * own recoveries': reports count guns by group across installations, whatever name each wrote.
	 */
	private String groupKey(String asWritten) {
		CriminalGroup group = catalog.criminalGroup(asWritten);
		return group == null ? null : group.key();
	}

	private void merge(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder(rows.size() * 256);
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				copyValue(text, row[i]);
			}
			text.append('\n');
		}
		jdbc.sql(STAGING).update();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY staged_foreign_recovery (" + COLUMNS + ") FROM STDIN", new StringReader(text.toString()));
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Could not stage the records received", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		jdbc.sql(MERGE).update();
	}

	/** One value in COPY's text format: null as \N, booleans as t or f, text escaped. */
	private static void copyValue(StringBuilder text, Object value) {
		if (value == null) {
			text.append("\\N");
			return;
		}
		if (value instanceof Boolean flag) {
			text.append(flag ? 't' : 'f');
			return;
		}
		String written = value.toString();
		for (int i = 0; i < written.length(); i++) {
			char c = written.charAt(i);
			switch (c) {
				case '\\' -> text.append("\\\\");
				case '\t' -> text.append("\\t");
				case '\n' -> text.append("\\n");
				case '\r' -> text.append("\\r");
				default -> text.append(c);
			}
		}
	}

	private void storeCounts(String installation, List<SharedCount> counts, Map<String, Grant> grants) {
		Set<String> counted = counts.stream().map(SharedCount::agreementId).collect(Collectors.toSet());
		for (String id : counted) {
			jdbc.sql("DELETE FROM foreign_count WHERE installation = ? AND agreement_id = ?")
				.params(installation, UUID.fromString(id))
				.update();
		}
		List<Object[]> rows = counts.stream()
			.filter(c -> grants.containsKey(c.agreementId()))
			.map(c -> new Object[] { installation, UUID.fromString(c.agreementId()), c.country(), Date.valueOf(c.month()),
					c.status(), c.recoveries() })
			.toList();
		template.batchUpdate("INSERT INTO foreign_count (installation, agreement_id, country, month, status, recoveries)"
				+ " VALUES (?, ?, ?, ?, ?, ?)", rows);
	}

	/** Deletes every agreement of this peer not in force any more, with what was held under it. */
	private int forgetAllBut(String installation, Set<UUID> inForce) {
		UUID[] kept = inForce.toArray(UUID[]::new);
		int records = jdbc.sql("SELECT count(*) FROM foreign_recovery WHERE installation = ? AND NOT agreement_id = ANY(?)")
			.params(installation, kept)
			.query(Integer.class)
			.single();
		jdbc.sql("DELETE FROM foreign_agreement WHERE installation = ? AND NOT agreement_id = ANY(?)")
			.params(installation, kept)
			.update();
		return records;
	}

	/**
	 * Adds the records of this installation held under these agreements (or under all but these) that
	 * take part in the link graph, by owning agency, to {@code changes}.
	 */
	private void inTheGraph(String installation, Set<UUID> only, Set<UUID> allBut, Map<String, Set<String>> changes) {
		JdbcClient.StatementSpec statement = jdbc.sql(IN_THE_GRAPH).param("installation", installation);
		statement = only == null ? statement.param("only", null, java.sql.Types.ARRAY)
				: statement.param("only", only.toArray(UUID[]::new));
		statement = allBut == null ? statement.param("allBut", null, java.sql.Types.ARRAY)
				: statement.param("allBut", allBut.toArray(UUID[]::new));
		statement.query((java.sql.ResultSet rs) -> {
				changes.computeIfAbsent(rs.getString(1), owner -> new java.util.TreeSet<>()).add(rs.getString(2));
			});
	}

	/**
	 * Records that came, changed or went under agreements that let them into the link graph: the graph
	 * and the leads follow them once this transaction commits, as they follow this installation's traces
	 * (the same durable event, under the written agency {@code NAME:AGENCY}).
	 */
	private void followInTheGraph(String installation, Map<String, Set<String>> changes) {
		changes.forEach((owner, ids) -> events.publishEvent(new RecoveriesTraced(installation + ":" + owner, List.copyOf(ids))));
	}

	/** Deletes at once what was held under one agreement (its owner told us it was revoked). */
	@Transactional
	int forget(String installation, UUID agreementId) {
		Map<String, Set<String>> graphChanges = new java.util.TreeMap<>();
		inTheGraph(installation, Set.of(agreementId), null, graphChanges);
		followInTheGraph(installation, graphChanges);
		int records = jdbc.sql("SELECT count(*) FROM foreign_recovery WHERE installation = ? AND agreement_id = ?")
			.params(installation, agreementId)
			.query(Integer.class)
			.single();
		jdbc.sql("DELETE FROM foreign_agreement WHERE installation = ? AND agreement_id = ?")
			.params(installation, agreementId)
			.update();
		return records;
	}

	/** The agreements heard from this peer, with the records held under each. */
	List<HeldAgreement> listHeld(String installation) {
		return jdbc.sql("""
				SELECT a.*, (SELECT count(*) FROM foreign_recovery r WHERE r.installation = a.installation
				                AND r.agreement_id = a.agreement_id) AS records
				FROM foreign_agreement a WHERE a.installation = ? ORDER BY a.owner_agency, a.grantee_agency, a.agreement_id
				""")
			.param(installation)
			.query((rs, n) -> new HeldAgreement(rs.getString("agreement_id"), installation, rs.getString("owner_agency"),
					rs.getString("grantee_agency"), List.of((String[]) rs.getArray("scope").getArray()), rs.getString("level"),
					rs.getLong("records"), rs.getTimestamp("heard_at").toInstant()))
			.list();
	}

	record Stored(int received, int removed, Set<String> pulledAgain, int retraced) {
	}
}
