package org.irontrace.network;

import java.sql.Types;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.irontrace.platform.Laps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Why two people belong together, in the words an investigator uses: the gun one bought was found
 * with the other; their guns were seized together (in one incident, when the agency names it; else
 * by one agency on one day in one place from one person); they gave the same address or the same identity
 * document on sale forms; they bought at the same dealers in the same weeks; one, who buys gun after
 * gun, bought at the other's counter within days of them. Addresses, documents and purchases come from
 * the ledger, the rest from recoveries and ballistic hits ({@link BallisticLinks}); each link has a
 * {@link LinkStrength}. Each detail is written
 * twice: in English, and as a message code with its figures ({@code detail_wording}) for pages in
 * other languages.
 */
@Repository
class Links {

	/** More people than this at one address or on one document is a shop, a shelter or a typo, not a ring. */
	static final int MAX_SHARED = 6;

	/**
	 * Links that rest on recoveries: found with, seized together. {@code :people} limits them to the
	 * links of these people (their guns, their seizures), or is null for the whole graph; the
	 * seizures are read as an array once (an init plan) so that the index on the seizure key serves.
	 */
	private static final String FROM_RECOVERIES = """
			INSERT INTO network_link (a, b, kind, detail, agencies, detail_wording)
			SELECT LEAST(purchaser_id, possessor_id), GREATEST(purchaser_id, possessor_id), 'FOUND_WITH',
			       'gun ' || COALESCE(manufacturer, '') || ' ' || COALESCE(serial_number, '') || ' bought by one was found with the other (recovery '
			           || agency || '/' || recovery_id || ', ' || recovery_date || ')', ARRAY[agency],
			       jsonb_build_object('code', 'FOUND_WITH', 'args', jsonb_build_array(manufacturer, serial_number, agency || '/' || recovery_id, recovery_date::text))
			FROM network_gun
			WHERE purchaser_id IS NOT NULL AND possessor_id IS NOT NULL AND purchaser_id <> possessor_id
			  AND (CAST(:people AS text[]) IS NULL OR purchaser_id = ANY(:people) OR possessor_id = ANY(:people))
			UNION ALL
			SELECT g1.purchaser_id, g2.purchaser_id, 'RECOVERED_TOGETHER',
			       'their guns were seized together by ' || g1.agency || ' on ' || g1.recovery_date || ' in '
			           || COALESCE(g1.city, g1.admin_area, g1.country) || ' (' || count(*) || ' recoveries)', ARRAY[g1.agency],
			       jsonb_build_object('code', 'RECOVERED_TOGETHER', 'args',
			           jsonb_build_array(g1.agency, g1.recovery_date::text, COALESCE(g1.city, g1.admin_area, g1.country), count(*)))
			FROM network_gun g1 JOIN network_gun g2 ON g2.seizure_key = g1.seizure_key AND g1.purchaser_id < g2.purchaser_id
			WHERE g1.incident_id IS NULL
			  AND (CAST(:people AS text[]) IS NULL OR (g1.purchaser_id = ANY(:people) OR g2.purchaser_id = ANY(:people))
			       AND g1.seizure_key = ANY(ARRAY(SELECT seizure_key FROM network_gun WHERE purchaser_id = ANY(:people))))
			GROUP BY g1.purchaser_id, g2.purchaser_id, g1.agency, g1.recovery_date, g1.city, g1.admin_area, g1.country
			UNION ALL
			SELECT g1.purchaser_id, g2.purchaser_id, 'RECOVERED_TOGETHER',
			       'their guns were seized together by ' || g1.agency || ' in incident ' || g1.incident_id
			           || ' (' || count(*) || ' recoveries)', ARRAY[g1.agency],
			       jsonb_build_object('code', 'SEIZED_IN_INCIDENT', 'args', jsonb_build_array(g1.agency, g1.incident_id, count(*)))
			FROM network_gun g1 JOIN network_gun g2 ON g2.seizure_key = g1.seizure_key AND g1.purchaser_id < g2.purchaser_id
			WHERE g1.incident_id IS NOT NULL
			  AND (CAST(:people AS text[]) IS NULL OR (g1.purchaser_id = ANY(:people) OR g2.purchaser_id = ANY(:people))
			       AND g1.seizure_key = ANY(ARRAY(SELECT seizure_key FROM network_gun WHERE purchaser_id = ANY(:people))))
			GROUP BY g1.purchaser_id, g2.purchaser_id, g1.agency, g1.incident_id
			""";

	/**
	 * The buyers who gave the same address, or showed the same identity document, on sale forms (at
	 * most {@code :most} of them to one address or one document): both kinds in one scan of the sales.
	 */
	private static final String FROM_SALE_FORMS = """
			INSERT INTO network_link (a, b, kind, detail, agencies, detail_wording)
			WITH sales AS (
			    SELECT COALESCE(pa.person_id, irontrace_person_key(e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob::text)) AS person,
			           network_address_key(e.purchaser_street, e.purchaser_postal_code, e.purchaser_city) AS address,
			           e.purchaser_id_type, e.purchaser_id_number
			    FROM custody_event e LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			    WHERE e.event_type = 'SOLD' AND (e.purchaser_street IS NOT NULL OR e.purchaser_id_number IS NOT NULL)
			), forms AS (
			    SELECT DISTINCT s.person, f.kind, f.shared
			    FROM sales s CROSS JOIN LATERAL (VALUES
			        ('SHARED_ADDRESS', s.address),
			        ('SHARED_DOCUMENT', CASE WHEN s.purchaser_id_number IS NOT NULL THEN
			            COALESCE(s.purchaser_id_type || ' ', '') || upper(s.purchaser_id_number) END)) f(kind, shared)
			    WHERE f.shared IS NOT NULL
			), groups AS (
			    SELECT kind, shared, array_agg(person ORDER BY person) AS people FROM forms WHERE person IS NOT NULL
			    GROUP BY kind, shared HAVING count(*) BETWEEN 2 AND :most
			)
			SELECT p1, p2, kind,
			       CASE kind WHEN 'SHARED_ADDRESS' THEN 'both gave the address ' ELSE 'both showed the identity document ' END || shared,
			       '{}', jsonb_build_object('code', kind, 'args', jsonb_build_array(shared))
			FROM groups, unnest(people) p1, unnest(people) p2 WHERE p1 < p2
			""";

	/**
	 * Sales at the counters where {@code :people} bought, within {@code :window} days of their
	 * purchases: the only sales a buying link of theirs can rest on (read through the ledger's index
	 * on the counter). A person not yet resolved has no assignment: their sales are those whose
	 * name and birth date give their key, as the full refresh reads them, found by the key kept for
	 * each sale ({@link SaleKeys}); {@code :unresolved} asks for them only when such a person is
	 * among them. Part of
	 * {@link #SAME_COUNTERS} and {@link #REPEAT_BUYER_SAME_COUNTER}, joined to them when the class is
	 * compiled.
	 */
	private static final String SALES_AT_THEIR_COUNTERS = """
			SELECT s.event_id FROM (
			    SELECT substr(x.record_id, 7) AS event_id FROM person_assignment x
			    WHERE x.person_id = ANY(:people) AND x.record_id LIKE 'event:%'
			    UNION ALL
			    SELECT u.event_id FROM network_sale_key u
			    WHERE :unresolved AND u.person = ANY(:people)
			      AND NOT EXISTS (SELECT 1 FROM person_assignment pa WHERE pa.record_id = 'event:' || u.event_id)) own
			JOIN custody_event c ON c.event_id = own.event_id
			JOIN custody_event s ON s.from_licence = c.from_licence AND s.event_type = 'SOLD'
			     AND s.event_date BETWEEN c.event_date - :window AND c.event_date + :window
			WHERE c.event_type = 'SOLD'
			""";

	/**
	 * Straw purchasers of one ring make buying trips to the same few dealers in the same weeks, and
	 * some of them never have a gun recovered. A buyer of a quickly recovered crime gun and anyone
	 * who bought at two or more of the same dealers within {@code :window} days of them are
	 * linked (one shared dealer is ordinary, two is a pattern); so are, more weakly, a crime-gun buyer
	 * and anyone who bought at one of the same counters within that window on two or more occasions.
	 * {@code :people} limits the sales to those at the counters where these people bought, in the
	 * weeks around their purchases (the only sales a pair with one of them can rest on, read through
	 * the ledger's index on the event), and the pairs to theirs; null is the whole ledger.
	 */
	private static final String SAME_COUNTERS = """
			INSERT INTO network_link (a, b, kind, detail, agencies, strength, detail_wording)
			WITH sales AS (SELECT COALESCE(pa.person_id, irontrace_person_key(e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob::text)) AS person,
			                      e.from_licence AS licence, e.event_date AS day
			          FROM custody_event e LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			          WHERE e.event_type = 'SOLD' AND e.from_licence IS NOT NULL
			            AND (CAST(:people AS text[]) IS NULL OR e.event_id = ANY(ARRAY(""" + SALES_AT_THEIR_COUNTERS + """
			            )))),
			buying AS (SELECT DISTINCT s.* FROM sales s
			           WHERE EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = s.person AND g.ttc_days < 1095)),
			pairs AS (SELECT LEAST(s1.person, s2.person) AS a, GREATEST(s1.person, s2.person) AS b, s1.licence,
			                 s1.day AS day1, s2.day AS day2
			          FROM buying s1 JOIN sales s2 ON s2.licence = s1.licence AND s2.person <> s1.person
			               AND s2.day BETWEEN s1.day - :window AND s1.day + :window
			          WHERE s2.person IS NOT NULL
			            AND (CAST(:people AS text[]) IS NULL OR s1.person = ANY(:people) OR s2.person = ANY(:people))),
			counted AS (SELECT a, b, count(DISTINCT licence) AS dealers, least(count(DISTINCT (licence, day1)), count(DISTINCT (licence, day2))) AS occasions,
			                   string_agg(DISTINCT licence, ', ') AS licences
			            FROM pairs GROUP BY a, b)
			SELECT a, b, CASE WHEN dealers >= 2 THEN 'SAME_DEALERS_SAME_WEEKS' ELSE 'BOUGHT_ALONGSIDE' END,
			       CASE WHEN dealers >= 2 THEN 'both bought at ' || dealers || ' of the same dealers within two months of each other: ' || licences
			            ELSE 'bought at ' || licences || ' within two months of each other, ' || occasions || ' times' END,
			       '{}', CASE WHEN dealers >= 2 THEN :twoDealers + :furtherDealer * (dealers - 2) ELSE least(:alongsideMost, :perOccasion * occasions) END,
			       CASE WHEN dealers >= 2 THEN jsonb_build_object('code', 'SAME_DEALERS_SAME_WEEKS', 'args', jsonb_build_array(dealers, licences))
			            ELSE jsonb_build_object('code', 'BOUGHT_ALONGSIDE', 'args', jsonb_build_array(licences, occasions)) END
			FROM counted WHERE dealers >= 2 OR occasions >= 2
			""";

	/**
	 * Receivers of a ring take guns from several of its straw purchasers. When the person a gun was
	 * taken from is recorded with a name only (no birth date to resolve on), two purchasers whose
	 * guns the same agency took from a person of the same name are linked; a name shared by more
	 * than {@code :most} purchasers is too common to mean anything. {@code :people} limits the
	 * holders to the agencies and the names of those their guns were taken from, each read as an array
	 * once so that the index on possessors' names serves: every holder of such an agency and name is
	 * read, so each group is whole, and a pair of theirs comes only from a group of their own.
	 */
	private static final String SAME_HOLDER_NAME = """
			INSERT INTO network_link (a, b, kind, detail, agencies, detail_wording)
			WITH held AS (
			    SELECT DISTINCT g.purchaser_id AS person, g.agency,
			           upper(irontrace_fold(concat_ws(' ', r.possessor_first_name, r.possessor_last_name))) AS holder
			    FROM network_gun g JOIN recovery r ON r.agency = g.agency AND r.recovery_id = g.recovery_id
			    WHERE g.purchaser_id IS NOT NULL AND r.possessor_first_name IS NOT NULL AND r.possessor_last_name IS NOT NULL
			      AND (CAST(:people AS text[]) IS NULL
			           OR r.agency = ANY(ARRAY(SELECT h.agency FROM network_gun t JOIN recovery h ON h.agency = t.agency
			                                   AND h.recovery_id = t.recovery_id WHERE t.purchaser_id = ANY(:people)))
			              AND upper(irontrace_fold(r.possessor_first_name || ' ' || r.possessor_last_name)) = ANY(ARRAY(
			                  SELECT upper(irontrace_fold(h.possessor_first_name || ' ' || h.possessor_last_name))
			                  FROM network_gun t JOIN recovery h ON h.agency = t.agency AND h.recovery_id = t.recovery_id
			                  WHERE t.purchaser_id = ANY(:people))))
			), groups AS (
			    SELECT agency, array_agg(person ORDER BY person) AS people FROM held
			    GROUP BY agency, holder HAVING count(*) BETWEEN 2 AND :most
			)
			SELECT p1, p2, 'FOUND_WITH_SAME_NAMED_PERSON',
			       'guns bought by both were taken from a person of the same name (' || agency || ')', ARRAY[agency],
			       jsonb_build_object('code', 'FOUND_WITH_SAME_NAMED_PERSON', 'args', jsonb_build_array(agency))
			FROM groups, unnest(people) p1, unnest(people) p2
			WHERE p1 < p2 AND (CAST(:people AS text[]) IS NULL OR p1 = ANY(:people) OR p2 = ANY(:people))
			""";

	/**
	 * The purchases of people who bought another gun within {@code :window} days of them: a straw
	 * purchaser buys several guns in a few weeks, nearly every lawful buyer one.
	 */
	private static final String REPEAT_SALES = """
			INSERT INTO network_repeat_sale (person, licence, day, guns)
			WITH sales AS (SELECT COALESCE(pa.person_id, irontrace_person_key(e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob::text)) AS person,
			                      e.from_licence AS licence, e.event_date AS day
			               FROM custody_event e LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			               WHERE e.event_type = 'SOLD' AND e.from_licence IS NOT NULL),
			counted AS (SELECT person, licence, day,
			                   count(*) OVER (PARTITION BY person ORDER BY day
			                                  RANGE BETWEEN make_interval(days => :window) PRECEDING AND make_interval(days => :window) FOLLOWING) AS guns
			            FROM sales WHERE person IS NOT NULL)
			SELECT person, licence, day, max(guns) FROM counted WHERE guns >= 2 GROUP BY person, licence, day
			""";

	/**
	 * A straw purchaser whose own guns are not recovered is still seen at the ring's counters: a
	 * buyer of a quickly recovered crime gun and a repeat buyer (see {@link #REPEAT_SALES}) who bought
	 * at the same counter within {@code :near} days of them are linked, unless a buying link
	 * already joins them. {@code :people} limits the sales and pairs as in {@link #SAME_COUNTERS}.
	 * "Unless" is an anti-join on the pairs once grouped, not a {@code HAVING} clause, where it can
	 * only be a sub-plan run per pair or hashed as the planner judges the links' size (in a full
	 * refresh they were written in the same transaction).
	 */
	private static final String REPEAT_BUYER_SAME_COUNTER = """
			INSERT INTO network_link (a, b, kind, detail, agencies, strength, detail_wording)
			WITH buyers AS (SELECT DISTINCT purchaser_id AS person FROM network_gun WHERE purchaser_id IS NOT NULL AND ttc_days < 1095),
			buying AS (SELECT DISTINCT COALESCE(pa.person_id, irontrace_person_key(e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob::text)) AS person,
			                  e.from_licence AS licence, e.event_date AS day
			           FROM custody_event e LEFT JOIN person_assignment pa ON pa.record_id = 'event:' || e.event_id
			           WHERE e.event_type = 'SOLD' AND e.from_licence IS NOT NULL
			             AND (CAST(:people AS text[]) IS NULL OR e.event_id = ANY(ARRAY(""" + SALES_AT_THEIR_COUNTERS + """
			            )))),
			pairs AS (SELECT LEAST(s1.person, s2.person) AS a, GREATEST(s1.person, s2.person) AS b, s1.licence,
			                 abs(s2.day - s1.day) AS gap, s2.guns
			          FROM buying s1 JOIN buyers c ON c.person = s1.person
			          JOIN network_repeat_sale s2 ON s2.licence = s1.licence AND s2.person <> s1.person
			               AND s2.day BETWEEN s1.day - :near AND s1.day + :near
			          WHERE CAST(:people AS text[]) IS NULL OR s1.person = ANY(:people) OR s2.person = ANY(:people)),
			joined AS (SELECT a, b, string_agg(DISTINCT licence, ', ') AS licences, min(gap) AS gap, max(guns) AS guns
			           FROM pairs GROUP BY a, b)
			SELECT a, b, 'REPEAT_BUYER_SAME_COUNTER',
			       'bought at ' || licences || ' within ' || gap || ' days of each other; one of them bought '
			           || guns || ' guns within two months', '{}', :repeatBuyer,
			       jsonb_build_object('code', 'REPEAT_BUYER_SAME_COUNTER', 'args', jsonb_build_array(licences, gap, guns))
			FROM joined j
			WHERE NOT EXISTS (SELECT 1 FROM network_link l WHERE l.a = j.a AND l.b = j.b
			                  AND l.kind IN ('SAME_DEALERS_SAME_WEEKS', 'BOUGHT_ALONGSIDE'))
			""";

	/** The strength of the links whose kind alone decides it, of {@code :people}'s links or (null) of all. */
	private static final String STRENGTHS = """
			UPDATE network_link SET strength = CASE kind WHEN 'SHARED_DOCUMENT' THEN :sharedDocument
			    WHEN 'SHARED_ADDRESS' THEN :sharedAddress WHEN 'RECOVERED_TOGETHER' THEN :recoveredTogether
			    WHEN 'FOUND_WITH' THEN :foundWith WHEN 'FOUND_WITH_SAME_NAMED_PERSON' THEN :foundWithSameNamedPerson ELSE 1 END
			WHERE kind NOT IN ('SAME_DEALERS_SAME_WEEKS', 'BOUGHT_ALONGSIDE', 'REPEAT_BUYER_SAME_COUNTER', 'BALLISTIC_LINK')
			  AND (CAST(:people AS text[]) IS NULL OR a = ANY(:people) OR b = ANY(:people))
			""";

	/**
	 * The purchasers whose guns the same agency took from a person of the same name as {@code :people}'s
	 * guns. The agencies and names are also given as arrays, so the holders are found through their
	 * index ({@code recovery_possessor_holder}): asked only as pairs, PostgreSQL joined every gun of the
	 * graph with its recovery, and the step grew with the world, 0.24 s to 0.60 s in two minutes of a
	 * stream of new recoveries (BENCHMARKS.md, "Passes taken a part at a time").
	 */
	private static final String SHARING_HOLDER_NAMES = """
			WITH theirs AS MATERIALIZED (
			    SELECT DISTINCT h.agency, upper(irontrace_fold(h.possessor_first_name || ' ' || h.possessor_last_name)) AS holder
			    FROM network_gun t JOIN recovery h ON h.agency = t.agency AND h.recovery_id = t.recovery_id
			    WHERE t.purchaser_id = ANY(:people) AND h.possessor_first_name IS NOT NULL AND h.possessor_last_name IS NOT NULL)
			SELECT DISTINCT g.purchaser_id FROM recovery r JOIN network_gun g ON g.agency = r.agency AND g.recovery_id = r.recovery_id
			WHERE g.purchaser_id IS NOT NULL AND r.possessor_first_name IS NOT NULL AND r.possessor_last_name IS NOT NULL
			  AND r.agency = ANY(ARRAY(SELECT DISTINCT agency FROM theirs))
			  AND upper(irontrace_fold(r.possessor_first_name || ' ' || r.possessor_last_name)) = ANY(ARRAY(SELECT holder FROM theirs))
			  AND (r.agency, upper(irontrace_fold(r.possessor_first_name || ' ' || r.possessor_last_name))) IN (SELECT agency, holder FROM theirs)
			""";

	/** Two purchases this many days apart or fewer are "in the same weeks". */
	static final int WINDOW_DAYS = 60;

	/** A repeat buyer at a crime-gun buyer's counter this many days from them or fewer was there "at the same time". */
	static final int NEAR_DAYS = 14;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Links.class);

	private final JdbcClient jdbc;

	/** How the key of a person not yet resolved starts (irontrace_person_key, V75). */
	private static final String UNRESOLVED = "U:";

	private final SaleKeys saleKeys;

	Links(JdbcClient jdbc, SaleKeys saleKeys) {
		this.jdbc = jdbc;
		this.saleKeys = saleKeys;
	}

	/** Every link again; {@code laps} times each kind, for the debug log of a full refresh. */
	void rebuildAll(Laps laps) {
		jdbc.sql("TRUNCATE network_link").update();
		laps.lap("links emptied");
		everyone(FROM_RECOVERIES).update();
		laps.lap("links: found with, seized together");
		jdbc.sql(FROM_SALE_FORMS).param("most", MAX_SHARED).update();
		laps.lap("links: sale forms");
		sameCounters(null).update();
		laps.lap("links: same counters");
		saleKeys.rekeyAll();
		laps.lap("links: sale keys");
		jdbc.sql("TRUNCATE network_repeat_sale").update();
		jdbc.sql(REPEAT_SALES).param("window", WINDOW_DAYS).update();
		jdbc.sql("ANALYZE network_repeat_sale").update();
		laps.lap("links: repeat sales");
		// Written in this transaction, so the statistics still describe the links of before.
		jdbc.sql("ANALYZE network_link").update();
		// Over the whole ledger every join here is large: at 1,000,000 firearms the planner chose a
		// nested loop under the de-duplication of the sales, and the statement ran for more than twenty
		// minutes. Hash and merge joins only, for this statement alone.
		jdbc.sql("SET LOCAL enable_nestloop = off").update();
		repeatBuyers(null).update();
		jdbc.sql("SET LOCAL enable_nestloop TO DEFAULT").update();
		laps.lap("links: repeat buyers");
		everyone(SAME_HOLDER_NAME).param("most", MAX_SHARED).update();
		laps.lap("links: same holder name");
		everyone(BallisticLinks.SQL).param("confirmed", LinkStrength.BALLISTIC_CONFIRMED)
			.param("probable", LinkStrength.BALLISTIC_PROBABLE).update();
		laps.lap("links: ballistic");
		strengths(null).update();
		laps.lap("links: strengths");
	}

	/**
	 * The links of these people that rest on recoveries again: found with, seized together, taken
	 * from a person of the same name, and the buying links of a purchaser who has just become a
	 * crime-gun buyer (addresses and documents on sale forms do not change with a recovery).
	 */
	void rebuildFor(List<String> people, java.util.Map<String, List<String>> recoveriesByAgency) {
		String[] ids = people.toArray(String[]::new);
		org.irontrace.platform.Laps laps = new org.irontrace.platform.Laps();
		jdbc.sql("""
				DELETE FROM network_link WHERE kind IN ('FOUND_WITH', 'RECOVERED_TOGETHER', 'FOUND_WITH_SAME_NAMED_PERSON',
				    'SAME_DEALERS_SAME_WEEKS', 'BOUGHT_ALONGSIDE', 'REPEAT_BUYER_SAME_COUNTER', 'BALLISTIC_LINK')
				    AND (a = ANY(:people) OR b = ANY(:people))
				""").param("people", ids).update();
		laps.lap("gone");
		jdbc.sql(FROM_RECOVERIES).param("people", ids).update();
		laps.lap("recoveries");
		jdbc.sql(SAME_HOLDER_NAME).param("people", ids).param("most", MAX_SHARED).update();
		laps.lap("holder names");
		saleKeys.keepFor(unresolved(ids), recoveriesByAgency);
		laps.lap("sale keys");
		sameCounters(ids).update();
		laps.lap("same counters");
		repeatBuyers(ids).update();
		laps.lap("repeat buyers");
		jdbc.sql(BallisticLinks.SQL).param("people", ids).param("confirmed", LinkStrength.BALLISTIC_CONFIRMED)
			.param("probable", LinkStrength.BALLISTIC_PROBABLE).update();
		laps.lap("ballistics");
		strengths(ids).update();
		laps.lap("strengths");
		log.debug("Links of {} people read again: {}", ids.length, laps);
	}

	/**
	 * The purchasers whose guns the same agency took from a person of the same name as these people's
	 * guns: a new gun can make such a name too common to link on, so their links are read again together.
	 */
	List<String> sharingHolderNames(List<String> people) {
		return jdbc.sql(SHARING_HOLDER_NAMES).param("people", people.toArray(String[]::new)).query(String.class).list();
	}

	/** A statement limited by {@code :people}, run over the whole graph. */
	private JdbcClient.StatementSpec everyone(String sql) {
		return limited(sql, null);
	}

	/** A statement limited to these people, or (null) run over the whole graph. */
	private JdbcClient.StatementSpec limited(String sql, String[] people) {
		return people == null ? jdbc.sql(sql).param("people", null, Types.ARRAY) : jdbc.sql(sql).param("people", people);
	}

	/** Whether some of these people are keyed by name and birth date, not yet resolved. */
	private static boolean unresolved(String[] people) {
		return people != null && java.util.Arrays.stream(people).anyMatch(person -> person.startsWith(UNRESOLVED));
	}

	private JdbcClient.StatementSpec sameCounters(String[] people) {
		return limited(SAME_COUNTERS, people).param("unresolved", unresolved(people)).param("window", WINDOW_DAYS)
			.param("twoDealers", LinkStrength.SAME_DEALERS).param("furtherDealer", LinkStrength.EACH_FURTHER_DEALER)
			.param("perOccasion", LinkStrength.EACH_OCCASION_ALONGSIDE).param("alongsideMost", LinkStrength.MOST_ALONGSIDE);
	}

	private JdbcClient.StatementSpec repeatBuyers(String[] people) {
		return limited(REPEAT_BUYER_SAME_COUNTER, people).param("unresolved", unresolved(people)).param("window", WINDOW_DAYS)
			.param("near", NEAR_DAYS).param("repeatBuyer", LinkStrength.REPEAT_BUYER_SAME_COUNTER);
	}

	private JdbcClient.StatementSpec strengths(String[] people) {
		return limited(STRENGTHS, people).param("sharedDocument", LinkStrength.SHARED_DOCUMENT)
			.param("sharedAddress", LinkStrength.SHARED_ADDRESS).param("recoveredTogether", LinkStrength.RECOVERED_TOGETHER)
			.param("foundWith", LinkStrength.FOUND_WITH)
			.param("foundWithSameNamedPerson", LinkStrength.FOUND_WITH_SAME_NAMED_PERSON);
	}

	/**
	 * Every linked pair with the summed strength of its links, and whether custody is all that links
	 * them (a gun one bought was found with the other), for finding rings.
	 */
	void eachPair(PairConsumer pairs) {
		jdbc.sql("SELECT a, b, " + PAIR + " FROM network_link GROUP BY a, b").query(rs -> {
			pairs.accept(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getBoolean(4), rs.getDouble(5));
		});
	}

	/**
	 * A pair's summed strength, whether custody is all that links it, and the strength of the kinds
	 * that say by themselves that two people work together (a shared address or document, guns seized
	 * together, a ballistic thread), as against weak ties that add up.
	 */
	private static final String PAIR = "sum(strength), bool_and(kind = 'FOUND_WITH'), COALESCE(sum(strength) FILTER (WHERE kind IN"
			+ " ('SHARED_ADDRESS', 'SHARED_DOCUMENT', 'RECOVERED_TOGETHER', 'BALLISTIC_LINK')), 0)";

	/**
	 * Every linked pair of the groups that hold any of these people: the people reachable from them
	 * through links (found through the indexes on both ends), and the pairs among them. Answers false,
	 * reading nothing, when the groups hold more than {@code most} people: then reading every pair is quicker.
	 */
	boolean eachPairNear(Collection<String> people, int most, PairConsumer pairs) {
		String[] seeds = people.toArray(String[]::new);
		long reached = jdbc.sql("SELECT count(*) FROM (" + REACH + " SELECT person FROM reach LIMIT :most) r")
			.param("p", seeds).param("most", most + 1).query(Long.class).single();
		if (reached > most) {
			return false;
		}
		jdbc.sql(REACH + " SELECT a, b, " + PAIR + " FROM network_link WHERE a IN (SELECT person FROM reach) GROUP BY a, b")
			.param("p", seeds).query(rs -> {
				pairs.accept(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getBoolean(4), rs.getDouble(5));
			});
		return true;
	}

	/**
	 * Adds everyone linked to any of these people to {@code linked}, and those whose guns were seized
	 * together with theirs also to {@code seizedTogether}: one read for both.
	 */
	void neighboursOf(Collection<String> people, Set<String> linked, Set<String> seizedTogether) {
		jdbc.sql("""
				SELECT b, kind = 'RECOVERED_TOGETHER' FROM network_link WHERE a = ANY(:p)
				UNION SELECT a, kind = 'RECOVERED_TOGETHER' FROM network_link WHERE b = ANY(:p)
				""").param("p", people.toArray(String[]::new)).query(rs -> {
			linked.add(rs.getString(1));
			if (rs.getBoolean(2)) {
				seizedTogether.add(rs.getString(1));
			}
		});
	}

	/** The people a chain of links reaches from {@code :p}. */
	private static final String REACH = """
			WITH RECURSIVE reach(person) AS (
			    SELECT unnest(CAST(:p AS text[])) COLLATE "C"
			    UNION
			    SELECT n.person FROM reach r,
			        LATERAL (SELECT b FROM network_link WHERE a = r.person UNION ALL SELECT a FROM network_link WHERE b = r.person) n(person)
			)
			""";

	interface PairConsumer {

		void accept(String a, String b, double strength, boolean custodyOnly, double evidence);
	}
}
