package org.irontrace.federation;

import java.util.List;

import org.irontrace.access.Caller;
import org.irontrace.access.SharingScopes;
import org.irontrace.platform.Accents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The people in what other installations' agencies grant: the possessors of foreign recoveries and
 * the first retail purchasers their owners' traces found, only under a FULL agreement with the
 * caller's agency (every agency's for the operators), found by name or by the person key every module
 * keys people with ({@code irontrace_person_key}: name and birth date), which the store keeps with
 * each record ({@code possessor_key}, V170; {@code purchaser_key}, V200) so a lookup is an index
 * scan. Below FULL no foreign person is found at all, so a lower grant never shows a name here.
 * Foreign people are not merged into this installation's resolution: they are evidence beside it,
 * marked with their owner and installation, and each read is audited and reported to that owner.
 */
@Component
public class ForeignPeople {

	/** The most foreign records shown beside one person, lead or search. */
	static final int MOST = 100;

	/** The people asked about come as one JSON array, so one statement keys them all, as many as they are. */
	private static final String BY_KEY = """
			WITH wanted AS (
			    SELECT DISTINCT irontrace_person_key(p->>'firstName', p->>'lastName', p->>'dob') AS person_key
			    FROM jsonb_array_elements(CAST(:people AS jsonb)) p
			)
			SELECT DISTINCT ON (installation, owner_agency, recovery_id)
			""" + ForeignRecords.SHOWN + """
			FROM foreign_recovery
			WHERE level = 'FULL' AND (:all OR grantee_agency = :agency)
			  AND (possessor_key IN (SELECT person_key FROM wanted) OR purchaser_key IN (SELECT person_key FROM wanted))
			ORDER BY installation, owner_agency, recovery_id LIMIT :limit
			""";

	private static final String BY_NAME = "SELECT DISTINCT ON (installation, owner_agency, recovery_id) "
			+ ForeignRecords.SHOWN + """
					FROM foreign_recovery
					WHERE level = 'FULL' AND (:all OR grantee_agency = :agency)
					  AND (:words <% irontrace_fold(coalesce(possessor_first_name, '') || ' ' || coalesce(possessor_last_name, ''))
					       OR :words <% irontrace_fold(coalesce(purchaser_first_name, '') || ' ' || coalesce(purchaser_last_name, '')))
					ORDER BY installation, owner_agency, recovery_id LIMIT :limit
					""";

	private final JdbcClient jdbc;

	private final SharingScopes scopes;

	private final ForeignRecords records;

	private final ObjectMapper json;

	ForeignPeople(JdbcClient jdbc, SharingScopes scopes, ForeignRecords records, ObjectMapper json) {
		this.json = json;
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.records = records;
	}

	/**
	 * The foreign records whose possessor or purchaser is one of these people by the person key (the
	 * same name and birth date as one of their records), at most {@value #MOST}; {@code subject} names
	 * what asked (a person, a lead) in the audit trail and the owner's report.
	 */
	@Transactional
	public List<ForeignEvidence> listRecordsOfPeople(Caller caller, List<NamedPerson> people, String subject, String purpose) {
		List<NamedPerson> named = people.stream()
			.filter(person -> person.firstName() != null || person.lastName() != null)
			.map(person -> new NamedPerson(person.firstName(), person.lastName(), person.isoDob()))
			.distinct()
			.toList();
		if (named.isEmpty()) {
			return List.of();
		}
		return shown(caller, jdbc.sql(BY_KEY).param("people", json.writeValueAsString(named)), subject, purpose);
	}

	/**
	 * The foreign records whose possessor's or purchaser's name is near the words (accents and near
	 * spellings forgiven).
	 */
	@Transactional
	public List<ForeignEvidence> listPeopleNamed(Caller caller, String words, String purpose) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		String folded = Accents.fold(words);
		return shown(caller, jdbc.sql(BY_NAME).param("words", folded), "foreign-people:" + folded, purpose);
	}

	private List<ForeignEvidence> shown(Caller caller, JdbcClient.StatementSpec statement, String subject,
			String purpose) {
		List<ForeignEvidence> found = statement.param("all", scopes.seesEverything(caller))
			.param("agency", caller.agency())
			.param("limit", MOST)
			.query((rs, n) -> new ForeignEvidence(records.read(rs), ForeignRecords.purchaser(rs)))
			.list();
		records.reported(caller, found.stream().map(e -> new ForeignRecords.Shown(e.recovery(), true)).toList(), subject,
				purpose);
		return found;
	}

	/**
	 * A person as a record or a lead names them; the birth date as written ({@code YYYY-MM-DD} or
	 * {@code YYYYMMDD}), null when unknown.
	 */
	public record NamedPerson(String firstName, String lastName, String dob) {

		/** The birth date as the database writes a date, which is what the person key digests. */
		String isoDob() {
			if (dob == null || dob.isBlank()) {
				return null;
			}
			String digits = dob.trim();
			return digits.matches("\\d{8}") ? digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6)
					: digits;
		}
	}
}
