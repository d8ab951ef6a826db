package org.irontrace.network;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.irontrace.platform.PersonalDataSeal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the rings: a group of linked people with at least two crime guns between them. Its score
 * grows with guns recovered soon after sale and abroad, and with the purchasers it holds. Its
 * receivers are the members found with its guns who bought no crime gun the graph holds: the people
 * the ring supplies, listed apart from the crew that buys for it (migration V245). The people it
 * holds loosely ({@link RingFinder#heldLoosely}) are listed apart too: seen beside the ring, not of it
 * (migration V247).
 */
@Repository
class RingStore {

	/** The rings' rows as the groups in {@code ring_work} make them (a group with fewer than two crime guns makes none). */
	private static final String RINGS_OF_WORK = """
			WITH m AS (SELECT ring_id, person FROM ring_work),
			g AS (SELECT m.ring_id, n.* FROM m JOIN network_gun n ON n.purchaser_id = m.person
			      UNION
			      SELECT m.ring_id, n.* FROM m JOIN network_gun n ON n.possessor_id = m.person),
			gs AS (SELECT ring_id, count(*) AS guns_n,
			              array_agg(agency || '/' || recovery_id ORDER BY recovery_date, recovery_id) AS guns,
			              COALESCE(array_agg(DISTINCT licence) FILTER (WHERE licence IS NOT NULL), '{}') AS licences,
			              COALESCE(array_agg(DISTINCT purchaser_id) FILTER (WHERE purchaser_id IS NOT NULL), '{}') AS purchasers,
			              array_agg(DISTINCT agency) AS agencies,
			              count(*) FILTER (WHERE ttc_days < 365) AS ttc1,
			              count(*) FILTER (WHERE ttc_days >= 365 AND ttc_days < 1095) AS ttc3,
			              count(*) FILTER (WHERE country <> 'US') AS abroad
			       FROM g GROUP BY ring_id),
			cs AS (SELECT ring_id, jsonb_agg(jsonb_build_object('sourceState', dealer_state, 'recoveryCountry', country,
			                                 'recoveryArea', admin_area, 'guns', n)
			                                 ORDER BY n DESC, dealer_state, country, admin_area) AS corridors
			       FROM (SELECT ring_id, dealer_state, country, admin_area, count(*) AS n FROM g
			             WHERE dealer_state IS NOT NULL GROUP BY 1, 2, 3, 4) c GROUP BY ring_id),
			ls AS (SELECT ring_id, jsonb_object_agg(kind, n) AS links
			       FROM (SELECT m.ring_id, l.kind, count(*) AS n FROM m JOIN network_link l ON l.a = m.person GROUP BY 1, 2) k
			       GROUP BY ring_id),
			ms AS (SELECT ring_id, array_agg(person ORDER BY person) AS members FROM m GROUP BY ring_id),
			bs AS (SELECT ring_id, array_agg(person ORDER BY person) AS beside FROM ring_work WHERE loose GROUP BY ring_id),
			rs AS (SELECT g.ring_id, array_agg(DISTINCT g.possessor_id ORDER BY g.possessor_id) AS receivers
			       FROM g JOIN m ON m.ring_id = g.ring_id AND m.person = g.possessor_id
			       WHERE NOT EXISTS (SELECT 1 FROM network_gun p WHERE p.purchaser_id = g.possessor_id)
			       GROUP BY g.ring_id)
			SELECT ms.ring_id, 2 * ttc1 + ttc3 + 0.5 * abroad + cardinality(gs.purchasers) - 1, ms.members, gs.purchasers,
			       gs.licences, gs.guns, COALESCE(cs.corridors, '[]'), COALESCE(ls.links, '{}'), gs.agencies,
			       COALESCE(rs.receivers, '{}'), COALESCE(bs.beside, '{}')
			FROM ms JOIN gs USING (ring_id) LEFT JOIN cs USING (ring_id) LEFT JOIN ls USING (ring_id) LEFT JOIN rs USING (ring_id)
			     LEFT JOIN bs USING (ring_id)
			WHERE gs.guns_n >= 2 AND cardinality(gs.purchasers) >= 1
			""";

	private static final String AGGREGATE = """
			INSERT INTO network_ring (ring_id, score, members, purchasers, licences, guns, corridors, links, contributing_agencies,
			                          receivers, beside)
			""" + RINGS_OF_WORK;

	/** The rings the groups in {@code ring_work} make now. */
	private static final String RINGS_MADE = """
			CREATE TEMPORARY TABLE ring_made (ring_id, score, members, purchasers, licences, guns, corridors, links,
			                                  contributing_agencies, receivers, beside) ON COMMIT DROP AS
			""" + RINGS_OF_WORK;

	/**
	 * Removes the rings gone, and the rings of the groups given that the groups now make otherwise or
	 * no longer make: a ring made exactly as it is stored stays as it is (see {@link #replace}).
	 */
	private static final String REMOVE_CHANGED = """
			DELETE FROM network_ring r
			WHERE r.ring_id = ANY(:gone)
			   OR r.ring_id = ANY(:ids) AND NOT EXISTS (
			          SELECT 1 FROM ring_made n WHERE n.ring_id = r.ring_id AND n.score = r.score AND n.members = r.members
			              AND n.purchasers = r.purchasers AND n.licences = r.licences AND n.guns = r.guns
			              AND n.corridors = r.corridors AND n.links = r.links
			              AND n.contributing_agencies = r.contributing_agencies AND n.receivers = r.receivers
			              AND n.beside = r.beside)
			RETURNING r.ring_id
			""";

	private static final String WRITE_CHANGED = """
			INSERT INTO network_ring (ring_id, score, members, purchasers, licences, guns, corridors, links, contributing_agencies,
			                          receivers, beside)
			SELECT n.ring_id, n.score, n.members, n.purchasers, n.licences, n.guns, n.corridors, n.links, n.contributing_agencies,
			       n.receivers, n.beside
			FROM ring_made n WHERE NOT EXISTS (SELECT 1 FROM network_ring r WHERE r.ring_id = n.ring_id)
			RETURNING ring_id
			""";

	/** Up to this many people, their rings are found through the members' index; beyond, reading every ring is quicker. */
	static final int FEW = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalDataSeal seal;

	RingStore(JdbcClient jdbc, JdbcTemplate template, PersonalDataSeal seal) {
		this.jdbc = jdbc;
		this.template = template;
		this.seal = seal;
	}

	/** Replaces every ring (call inside a transaction); {@code loose}: the people the groups hold loosely. */
	int replaceAll(Collection<TreeSet<String>> groups, Set<String> loose) {
		jdbc.sql("TRUNCATE network_ring").update();
		return write(groups, loose);
	}

	/**
	 * Fresh planner statistics for the graph just rebuilt: without them the first incremental refresh
	 * after a full one plans its look-ups as if the tables were empty, and takes seconds.
	 */
	void analyse() {
		jdbc.sql("ANALYZE network_gun, network_link, network_ring, network_person_store").update();
	}

	/** The rings that hold any of these people, by id: through the members' index for a few, else all rings read once. */
	Map<String, Set<String>> ringsOf(Collection<String> people) {
		Map<String, Set<String>> found = new HashMap<>();
		if (people.size() <= FEW) {
			jdbc.sql("SELECT ring_id, members FROM network_ring WHERE ring_id = ANY(network_rings_holding(CAST(? AS text[])))")
				.param(people.toArray(String[]::new))
				.query(rs -> {
					found.put(rs.getString(1), Set.of((String[]) rs.getArray(2).getArray()));
				});
			return found;
		}
		Set<String> wanted = Set.copyOf(people);
		jdbc.sql("SELECT ring_id, members FROM network_ring").query(rs -> {
			String[] members = (String[]) rs.getArray(2).getArray();
			if (java.util.Arrays.stream(members).anyMatch(wanted::contains)) {
				found.put(rs.getString(1), Set.of(members));
			}
		});
		return found;
	}

	/**
	 * Removes these rings and writes these groups as rings in place of any ring of the same id; answers
	 * the ids of the rings that changed: removed, written anew, or made otherwise than stored. A group
	 * that makes its ring exactly as it is stored leaves it as it is: a new link in a large group sends
	 * every ring of the group to be weighed again, most come out as they were, and each ring written
	 * again sent all its members' leads to be computed again (BENCHMARKS.md, "Pending lists of the
	 * rings' and leads' indexes", 2026-12-07).
	 */
	Set<String> replace(Collection<String> gone, Collection<TreeSet<String>> groups, Set<String> loose) {
		String[] ids = groups.stream().map(this::ringIdOf).toArray(String[]::new);
		fillWork(groups, loose);
		jdbc.sql(RINGS_MADE).update();
		Set<String> changed = new java.util.HashSet<>(jdbc.sql(REMOVE_CHANGED).param("gone", gone.toArray(String[]::new))
			.param("ids", ids).query(String.class).list());
		changed.addAll(jdbc.sql(WRITE_CHANGED).query(String.class).list());
		template.execute("DROP TABLE ring_made");
		template.execute("DROP TABLE ring_work");
		return changed;
	}

	/**
	 * A ring's id: stable for as long as its first member stays, and opaque, because a member's key
	 * is a handle on a person that not every reader who sees the ring may see: a keyed digest of it
	 * (migration V77), so that even a resolved person's number cannot be tested against a ring's id.
	 */
	String ringIdOf(TreeSet<String> group) {
		return "R-" + seal.personKeyDigest(group.first()).substring(0, 16);
	}

	private int write(Collection<TreeSet<String>> groups, Set<String> loose) {
		fillWork(groups, loose);
		int written = jdbc.sql(AGGREGATE).update();
		template.execute("DROP TABLE ring_work");
		return written;
	}

	/** The groups' people by the id of the ring each group makes, and whether it holds them loosely, in {@code ring_work}. */
	private void fillWork(Collection<TreeSet<String>> groups, Set<String> loose) {
		template.execute("CREATE TEMPORARY TABLE IF NOT EXISTS ring_work (ring_id text COLLATE \"C\", person text COLLATE \"C\","
				+ " loose boolean NOT NULL) ON COMMIT DROP");
		List<Object[]> rows = new ArrayList<>();
		for (TreeSet<String> group : groups) {
			String ringId = ringIdOf(group);
			group.forEach(person -> rows.add(new Object[] { ringId, person, loose.contains(person) }));
		}
		template.batchUpdate("INSERT INTO ring_work VALUES (?, ?, ?)", rows);
	}

	/** The names of every person of the graph, from the first record that names them. */
	void renamePeople() {
		jdbc.sql("TRUNCATE network_person_store").update();
		jdbc.sql(NAMES).param("people", null, Types.ARRAY).update();
	}

	/**
	 * Names of these people from every record that names them, as a full rebuild finds them (each
	 * part of the query limited to them, so its indexes serve).
	 */
	void renamePeople(List<String> people) {
		jdbc.sql(NAMES).param("people", people.toArray(String[]::new)).update();
	}

	/**
	 * Names again the people whose records changed ({@code touched}: the ends of gun nodes written
	 * again), and names the {@code others} not named yet. A person's name comes from their records only
	 * (the sale forms and recoveries that name them, chosen in a fixed order), so a person whose records
	 * did not change keeps the name they have: naming again everyone a pass weighs (every neighbour and
	 * ring member of the people touched) took 1.3 s of a pass over 1,000 recoveries at 1,000,000 firearms
	 * (BENCHMARKS.md, "Passes taken a part at a time").
	 */
	void renamePeople(Collection<String> touched, Collection<String> others) {
		List<String> named = new ArrayList<>(touched);
		named.addAll(jdbc.sql("""
				SELECT p FROM unnest(CAST(:people AS text[])) p
				WHERE NOT EXISTS (SELECT 1 FROM network_person_store s WHERE s.person_id = p)
				""").param("people", others.toArray(String[]::new)).query(String.class).list());
		renamePeople(named);
	}

	/**
	 * {@code :people} limits the purchasers, possessors and both ends of buying links and shared
	 * addresses named (a buyer at a straw purchaser's address may be a lead of their own), or (null)
	 * names everyone. People of records other installations grant (federation's
	 * {@code foreign_graph_record}) are named from them after this installation's own records, through
	 * their gun nodes, which name a foreign person resolved here by this installation's person id.
	 * The birth date is stored sealed like its source (migration V76); {@code network_person} unseals it.
	 */
	private static final String NAMES = """
				INSERT INTO network_person_store (person_id, first_name, last_name, dob_sealed)
				SELECT DISTINCT ON (person_id) person_id, first_name, last_name, irontrace_seal(dob::text) FROM (
				    SELECT g.purchaser_id AS person_id, e.purchaser_first_name AS first_name, e.purchaser_last_name AS last_name,
				           e.purchaser_dob AS dob, 0 AS source, e.event_id AS record
				    FROM network_gun g JOIN custody_event e ON e.event_id = g.sale_event_id
				    WHERE g.purchaser_id IS NOT NULL AND (CAST(:people AS text[]) IS NULL OR g.purchaser_id = ANY(:people))
				    UNION ALL
				    SELECT g.possessor_id, r.possessor_first_name, r.possessor_last_name, r.possessor_dob, 1, r.agency || '/' || r.recovery_id
				    FROM network_gun g JOIN recovery r ON r.agency = g.agency AND r.recovery_id = g.recovery_id
				    WHERE g.possessor_id IS NOT NULL AND (CAST(:people AS text[]) IS NULL OR g.possessor_id = ANY(:people))
				    UNION ALL
				    SELECT x.person_id, e.purchaser_first_name, e.purchaser_last_name, e.purchaser_dob, 2, e.event_id
				    FROM (SELECT a AS person FROM network_link WHERE kind IN ('SAME_DEALERS_SAME_WEEKS', 'BOUGHT_ALONGSIDE', 'REPEAT_BUYER_SAME_COUNTER', 'SHARED_ADDRESS') AND (CAST(:people AS text[]) IS NULL OR a = ANY(:people))
				          UNION SELECT b FROM network_link WHERE kind IN ('SAME_DEALERS_SAME_WEEKS', 'BOUGHT_ALONGSIDE', 'REPEAT_BUYER_SAME_COUNTER', 'SHARED_ADDRESS') AND (CAST(:people AS text[]) IS NULL OR b = ANY(:people))) l
				    JOIN person_assignment x ON x.person_id = l.person AND x.record_id LIKE 'event:%'
				    JOIN custody_event e ON e.event_id = substr(x.record_id, 7)
				    UNION ALL
				    SELECT g.purchaser_id, f.purchaser_first_name, f.purchaser_last_name, f.purchaser_dob, 3, f.agency || '/' || f.recovery_id
				    FROM network_gun g JOIN foreign_graph_record f ON f.agency = g.agency AND f.recovery_id = g.recovery_id
				    WHERE strpos(g.agency, ':') > 0 AND f.purchaser_key IS NOT NULL
				      AND (CAST(:people AS text[]) IS NULL OR g.purchaser_id = ANY(:people))
				    UNION ALL
				    SELECT g.possessor_id, f.possessor_first_name, f.possessor_last_name, f.possessor_dob, 4, f.agency || '/' || f.recovery_id
				    FROM network_gun g JOIN foreign_graph_record f ON f.agency = g.agency AND f.recovery_id = g.recovery_id
				    WHERE strpos(g.agency, ':') > 0 AND f.possessor_key IS NOT NULL
				      AND (CAST(:people AS text[]) IS NULL OR g.possessor_id = ANY(:people))) p
				ORDER BY person_id, source, dob NULLS LAST, record
				ON CONFLICT (person_id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
				    dob_sealed = excluded.dob_sealed
				""";
}
