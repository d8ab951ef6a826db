package org.irontrace.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irontrace.identity.matching.RecordContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The person records IronTrace holds, read where they are: purchasers of SOLD and ACQUIRED custody
 * events, possessors of recoveries. Read-only; plain SQL on the owning modules' tables.
 */
@Repository
class PersonRecordSource {

	private static final String PURCHASERS = """
			SELECT 'event:' || event_id AS record_id, 'purchaser' AS source, purchaser_first_name AS first_name,
			       purchaser_last_name AS last_name, purchaser_dob::text AS dob, purchaser_street AS street,
			       purchaser_city AS city, purchaser_state AS state, purchaser_postal_code AS postal_code,
			       purchaser_id_number AS id_number
			FROM custody_event
			WHERE event_type IN ('SOLD', 'ACQUIRED') AND (purchaser_first_name IS NOT NULL OR purchaser_last_name IS NOT NULL)
			""";

	private static final String POSSESSORS = """
			SELECT 'recovery:' || agency || '/' || recovery_id AS record_id, 'possessor' AS source,
			       possessor_first_name AS first_name, possessor_last_name AS last_name, possessor_dob::text AS dob,
			       NULL AS street, NULL AS city, NULL AS state, NULL AS postal_code, NULL AS id_number
			FROM recovery
			WHERE possessor_first_name IS NOT NULL OR possessor_last_name IS NOT NULL
			""";

	/**
	 * Around each possessor: the seizure (agency, day, place), the area, the day, and the first
	 * retail sale of the gun when the report gives its serial and maker as the ledger knows them
	 * (what a completed trace finds).
	 */
	private static final String POSSESSOR_CONTEXT = """
			SELECT 'recovery:' || r.agency || '/' || r.recovery_id AS record_id,
			       r.agency || '|' || r.recovery_date || '|' || r.country || '|' || coalesce(r.admin_area, '') || '|'
			           || coalesce(r.city, '') AS occasion,
			       CASE WHEN r.admin_area IS NULL THEN NULL ELSE r.country || '|' || r.admin_area END AS area,
			       r.recovery_date - DATE '1970-01-01' AS day,
			       (SELECT 'event:' || e.event_id FROM custody_event e
			        WHERE e.serial_key = r.serial_key AND e.manufacturer_key = r.manufacturer_key
			          AND e.event_type = 'SOLD' AND e.event_date <= r.recovery_date
			        ORDER BY e.event_date, e.event_id LIMIT 1) AS sold_to
			FROM recovery r
			WHERE r.possessor_first_name IS NOT NULL OR r.possessor_last_name IS NOT NULL
			""";

	private final JdbcClient jdbc;

	PersonRecordSource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every record, by its id. The model learns from pairs of records drawn by their place in this
	 * list, and new people are numbered in its order: read in the order the rows happen to lie in the
	 * tables (which depends on how the files' batches were interleaved as they were imported), the
	 * same records gave a slightly different model, and so now and then another decision on a pair
	 * at the threshold and other person ids.
	 */
	List<PersonRecord> listAll() {
		return jdbc.sql("SELECT * FROM (" + PURCHASERS + " UNION ALL " + POSSESSORS + ") r ORDER BY record_id COLLATE \"C\"")
			.query((rs, n) -> read(rs)).list();
	}

	/** The context of every record, in the order of {@code records} (none for purchasers). */
	List<RecordContext> contextOf(List<PersonRecord> records) {
		Map<String, RecordContext> known = new HashMap<>();
		jdbc.sql(POSSESSOR_CONTEXT).query(rs -> {
			known.put(rs.getString("record_id"), new RecordContext(rs.getString("occasion"), rs.getString("area"),
					rs.getInt("day"), rs.getString("sold_to")));
		});
		if (known.isEmpty()) {
			return null;
		}
		List<RecordContext> context = new ArrayList<>(records.size());
		for (PersonRecord record : records) {
			context.add(known.getOrDefault(record.recordId(), RecordContext.NONE));
		}
		return context;
	}

	Optional<PersonRecord> findRecord(String recordId) {
		if (recordId.startsWith("event:")) {
			return jdbc.sql(PURCHASERS + " AND event_id = ?").param(recordId.substring("event:".length()))
				.query((rs, n) -> read(rs)).optional();
		}
		int slash = recordId.indexOf('/');
		if (recordId.startsWith("recovery:") && slash > 0) {
			return jdbc.sql(POSSESSORS.replace("WHERE", "WHERE agency = ? AND recovery_id = ? AND (") + ")")
				.params(recordId.substring("recovery:".length(), slash), recordId.substring(slash + 1))
				.query((rs, n) -> read(rs)).optional();
		}
		return Optional.empty();
	}

	private static PersonRecord read(ResultSet rs) throws SQLException {
		return new PersonRecord(rs.getString("record_id"), rs.getString("source"), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("dob"), rs.getString("street"), rs.getString("city"),
				rs.getString("state"), rs.getString("postal_code"), rs.getString("id_number"));
	}
}
