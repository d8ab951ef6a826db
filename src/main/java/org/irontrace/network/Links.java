package org.irontrace.network;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Why two people belong together, in the words an investigator uses: the gun one bought was found
 * with the other; their guns were seized together; they gave the same address or the same identity
 * document on sale forms; they bought at the same dealers in the same weeks. Addresses and documents come from the ledger, the rest from recoveries.
 */
@Repository
class Links {

	/** More people than this at one address or on one document is a shop, a shelter or a typo, not a ring. */
	static final int MAX_SHARED = 6;

	private static final String FROM_RECOVERIES = """
			INSERT INTO network_link (a, b, kind, detail, agencies)
			SELECT LEAST(purchaser_id, possessor_id), GREATEST(purchaser_id, possessor_id), 'FOUND_WITH',
			       'gun ' || COALESCE(manufacturer, '') || ' ' || COALESCE(serial_number, '') || ' bought by one was found with the other (recovery '
			           || agency || '/' || recovery_id || ', ' || recovery_date || ')', ARRAY[agency]
			FROM network_gun
			WHERE purchaser_id IS NOT NULL AND possessor_id IS NOT NULL AND purchaser_id <> possessor_id AND %1$s
			UNION ALL
			SELECT g1.purchaser_id, g2.purchaser_id, 'RECOVERED_TOGETHER',
			       'their guns were seized together by ' || g1.agency || ' on ' || g1.recovery_date || ' in '
			           || COALESCE(g1.city, g1.admin_area, g1.country) || ' (' || count(*) || ' recoveries)', ARRAY[g1.agency]
			FROM network_gun g1 JOIN network_gun g2 ON g2.seizure_key = g1.seizure_key AND g1.purchaser_id < g2.purchaser_id
			WHERE %2$s
			GROUP BY g1.purchaser_id, g2.purchaser_id, g1.agency, g1.recovery_date, g1.city, g1.admin_area, g1.country
			""";

	private static final String FROM_SALE_FORMS = """
			INSERT INTO network_link (a, b, kind, detail, agencies)
			WITH forms AS (
			    SELECT DISTINCT %s AS person, %s AS shared
			    FROM custody_event e LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			    WHERE e.event_type = 'SOLD' AND %s IS NOT NULL
			), groups AS (
			    SELECT shared, array_agg(person ORDER BY person) AS people FROM forms WHERE person IS NOT NULL
			    GROUP BY shared HAVING count(*) BETWEEN 2 AND %d
			)
			SELECT p1, p2, '%s', '%s ' || shared, '{}'
			FROM groups, unnest(people) p1, unnest(people) p2 WHERE p1 < p2
			""";

	/**
	 * Straw purchasers of one ring make buying trips to the same few dealers in the same weeks. Two
	 * buyers of quickly recovered crime guns who both bought at two or more of the same dealers within
	 * a month of each other are linked; one shared dealer is ordinary, two is a pattern.
	 */
	private static final String SAME_DEALERS = """
			INSERT INTO network_link (a, b, kind, detail, agencies)
			WITH buyers AS (SELECT DISTINCT purchaser_id FROM network_gun WHERE purchaser_id IS NOT NULL AND ttc_days < 1095),
			sales AS (SELECT DISTINCT %s AS person, e.from_licence AS licence, e.event_date AS day
			          FROM custody_event e LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			          WHERE e.event_type = 'SOLD'),
			buying AS (SELECT s.* FROM sales s JOIN buyers b ON b.purchaser_id = s.person),
			pairs AS (SELECT s1.person AS a, s2.person AS b, s1.licence FROM buying s1
			          JOIN buying s2 ON s2.licence = s1.licence AND s1.person < s2.person AND abs(s1.day - s2.day) <= 30
			          GROUP BY 1, 2, 3)
			SELECT a, b, 'SAME_DEALERS_SAME_WEEKS', 'both bought at ' || count(*) || ' of the same dealers within a month of each other: '
			       || string_agg(licence, ', ' ORDER BY licence), '{}'
			FROM pairs GROUP BY a, b HAVING count(*) >= 2
			""";

	/**
	 * Receivers of a ring take guns from several of its straw purchasers. When the person a gun was
	 * taken from is recorded with a name only (no birth date to resolve on), two purchasers whose
	 * guns the same agency took from a person of the same name are linked; a name shared by more
	 * than {@link #MAX_SHARED} purchasers is too common to mean anything.
	 */
	private static final String SAME_HOLDER_NAME = """
			INSERT INTO network_link (a, b, kind, detail, agencies)
			WITH held AS (
			    SELECT DISTINCT g.purchaser_id AS person, g.agency,
			           upper(translate(concat_ws(' ', r.possessor_first_name, r.possessor_last_name),
			                           'áéíóúüñÁÉÍÓÚÜÑàèìòùÀÈÌÒÙ', 'aeiouunAEIOUUNaeiouAEIOU')) AS holder
			    FROM network_gun g JOIN recovery r ON r.agency = g.agency AND r.recovery_id = g.recovery_id
			    WHERE g.purchaser_id IS NOT NULL AND r.possessor_first_name IS NOT NULL AND r.possessor_last_name IS NOT NULL
			), groups AS (
			    SELECT agency, array_agg(person ORDER BY person) AS people FROM held
			    GROUP BY agency, holder HAVING count(*) BETWEEN 2 AND %d
			)
			SELECT p1, p2, 'FOUND_WITH_SAME_NAMED_PERSON',
			       'guns bought by both were taken from a person of the same name (' || agency || ')', ARRAY[agency]
			FROM groups, unnest(people) p1, unnest(people) p2 WHERE p1 < p2
			""";

	private final JdbcClient jdbc;

	Links(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void rebuildAll() {
		jdbc.sql("TRUNCATE network_link").update();
		jdbc.sql(FROM_RECOVERIES.formatted("true", "true")).update();
		String person = PersonKeys.sql("pa.person_id", "e.purchaser_first_name", "e.purchaser_last_name",
				"e.purchaser_dob::text");
		String address = "upper(regexp_replace(e.purchaser_street, '\\s+', ' ', 'g')) || ', ' || COALESCE(e.purchaser_postal_code, '')";
		jdbc.sql(FROM_SALE_FORMS.formatted(person, address, "e.purchaser_street", MAX_SHARED, "SHARED_ADDRESS",
				"both gave the address")).update();
		String document = "COALESCE(e.purchaser_id_type || ' ', '') || upper(e.purchaser_id_number)";
		jdbc.sql(FROM_SALE_FORMS.formatted(person, document, "e.purchaser_id_number", MAX_SHARED, "SHARED_DOCUMENT",
				"both showed the identity document")).update();
		jdbc.sql(SAME_DEALERS.formatted(person)).update();
		jdbc.sql(SAME_HOLDER_NAME.formatted(MAX_SHARED)).update();
	}

	/** The recovery links of these people again (sale-form links do not change with a recovery). */
	void rebuildFor(List<String> people) {
		String[] ids = people.toArray(String[]::new);
		jdbc.sql("DELETE FROM network_link WHERE kind IN ('FOUND_WITH', 'RECOVERED_TOGETHER') AND (a = ANY(:p) OR b = ANY(:p))")
			.param("p", ids).update();
		jdbc.sql(FROM_RECOVERIES.formatted("(purchaser_id = ANY(:p) OR possessor_id = ANY(:p))",
				"(g1.purchaser_id = ANY(:p) OR g2.purchaser_id = ANY(:p))")).param("p", ids).update();
	}

	/** Every link as a pair, for finding connected people. */
	List<String[]> listPairs() {
		List<String[]> pairs = new ArrayList<>();
		jdbc.sql("SELECT DISTINCT a, b FROM network_link").query(rs -> {
			pairs.add(new String[] { rs.getString(1), rs.getString(2) });
		});
		return pairs;
	}
}
