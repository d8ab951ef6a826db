package org.irontrace.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads rings as a caller may see them: only rings resting on agencies whose records it sees, and
 * members named, and their person keys and the purchasers' shown, only where it sees every
 * contributing agency's personal data (decided in SQL): a key is a handle on a person too. A ring
 * resting on a record another installation no longer grants at FULL with LEADS (revoked, and the
 * revocation heard here) is not shown at all until the graph is brought up to date without it.
 */
@Repository
class RingReader {

	/**
	 * A member's links within the ring are read by the member's own end of each link and then kept
	 * when the other end is a member too: asked as "the other end among the members", PostgreSQL
	 * looked up every member in turn as the other end, a ring's size squared in index searches, and
	 * reading the rings of 630 ring members took 0.18 s instead of 0.11 s (BENCHMARKS.md, "Pending
	 * lists of the rings' and leads' indexes", 2026-12-07).
	 */
	private static final String SELECT = """
			SELECT ring_id, score, CASE WHEN named THEN purchasers ELSE '{}' END AS purchasers, licences, guns, corridors::text, links::text, contributing_agencies,
			       (SELECT jsonb_agg(jsonb_build_object('personId', CASE WHEN named THEN m END,
			                 'firstName', CASE WHEN named THEN p.first_name END, 'lastName', CASE WHEN named THEN p.last_name END,
			                 'dob', CASE WHEN named THEN p.dob::text END,
			                 'links', CASE WHEN named THEN (
			                     SELECT jsonb_object_agg(k.kind, k.n) FROM (
			                         SELECT x.kind, count(*) AS n FROM (
			                             SELECT l.kind FROM network_link l WHERE l.a = m AND array_position(members, l.b) IS NOT NULL
			                             UNION ALL
			                             SELECT l.kind FROM network_link l WHERE l.b = m AND array_position(members, l.a) IS NOT NULL) x
			                         GROUP BY x.kind) k) END,
			                 'foreignSources', (SELECT COALESCE(jsonb_agg(DISTINCT g.agency), '[]') FROM network_gun g
			                     WHERE (g.purchaser_id = m OR g.possessor_id = m) AND strpos(g.agency, ':') > 0),
			                 'receiver', array_position(receivers, m) IS NOT NULL,
			                 'beside', array_position(beside, m) IS NOT NULL)
			                 ORDER BY m)
			        FROM unnest(members) m LEFT JOIN network_person p ON p.person_id = m)::text AS members
			FROM (SELECT r.*, (:all OR contributing_agencies <@ CAST(:full AS text[])) AS named FROM network_ring r
			      WHERE (:all OR contributing_agencies <@ CAST(:records AS text[]))
			        AND NOT network_rests_on_withdrawn_records(r.guns)) visible
			""";

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	RingReader(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	List<Ring> listRings(Visibility visibility, int limit) {
		return query(SELECT + " ORDER BY score DESC, ring_id LIMIT :limit", visibility).param("limit", limit)
			.query((rs, n) -> read(rs)).list();
	}

	List<Ring> listRingsOf(List<String> people, Visibility visibility) {
		return listRingsOf(people, List.of(), visibility);
	}

	/** The rings holding any of these people, but for those named in {@code except}. */
	List<Ring> listRingsOf(List<String> people, java.util.Collection<String> except, Visibility visibility) {
		return query(SELECT + " WHERE ring_id = ANY(network_rings_holding(CAST(:people AS text[])))"
				+ " AND NOT ring_id = ANY(CAST(:except AS text[])) ORDER BY score DESC", visibility)
			.param("people", people.toArray(String[]::new)).param("except", except.toArray(String[]::new))
			.query((rs, n) -> read(rs)).list();
	}

	Optional<Ring> findRing(String ringId, Visibility visibility) {
		return query(SELECT + " WHERE ring_id = :ringId", visibility).param("ringId", ringId).query((rs, n) -> read(rs))
			.optional();
	}

	/** The rings whose guns this dealer sold, best first. */
	List<Ring> listRingsSuppliedBy(String licence, Visibility visibility) {
		return query(SELECT + " WHERE licences && ARRAY[CAST(:licence AS text)] ORDER BY score DESC, ring_id", visibility)
			.param("licence", licence).query((rs, n) -> read(rs)).list();
	}

	private JdbcClient.StatementSpec query(String sql, Visibility visibility) {
		return jdbc.sql(sql).param("all", visibility.everything()).param("full", visibility.fullAgencies())
			.param("records", visibility.recordAgencies());
	}

	private Ring read(java.sql.ResultSet rs) throws java.sql.SQLException {
		String members = rs.getString("members");
		return new Ring(rs.getString("ring_id"), rs.getDouble("score"),
				members == null ? List.of() : json.readValue(members, new TypeReference<List<Ring.Member>>() {
				}), strings(rs, "purchasers"), strings(rs, "licences"), strings(rs, "guns"),
				json.readValue(rs.getString("corridors"), new TypeReference<List<Ring.Corridor>>() {
				}), json.readValue(rs.getString("links"), new TypeReference<Map<String, Integer>>() {
				}), strings(rs, "contributing_agencies"));
	}

	static List<String> strings(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}
}
