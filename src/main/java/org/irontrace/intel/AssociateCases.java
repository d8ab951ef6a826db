package org.irontrace.intel;

import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gathers {@link AssociateCase}s: buyers with no recovered gun of their own who gave a likely straw
 * purchaser's address on sale forms. Read after the person leads on crime guns are written, since
 * "likely straw purchaser" is what those leads say; in a fixed order, so a lead reads the same
 * however many people were read with it.
 */
@Repository
class AssociateCases {

	/** The links that tie a buyer to another buyer through the sale forms and the counters. */
	private static final String[] TIES = { "SHARED_ADDRESS", "BOUGHT_ALONGSIDE", "SAME_DEALERS_SAME_WEEKS" };

	private final JdbcClient jdbc;

	AssociateCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The people whose associate lead may have changed when the leads, links or rings of {@code people}
	 * did: those of them who bought no crime gun, the buyers tied to them, and the subjects of associate
	 * leads whose evidence names them (a tie the graph has just removed is no longer in the links).
	 */
	List<String> touchedBy(Collection<String> people) {
		String[] ids = people.toArray(String[]::new);
		return jdbc.sql("""
				SELECT person FROM (
				    SELECT unnest(CAST(:people AS text[])) AS person
				    UNION SELECT b FROM network_link WHERE a = ANY(:people) AND kind = ANY(:ties)
				    UNION SELECT a FROM network_link WHERE b = ANY(:people) AND kind = ANY(:ties)
				    UNION SELECT l.subject FROM lead l
				          WHERE l.active AND l.lead_type = 'PERSON' AND l.indicators && ARRAY['SHARES_ADDRESS_WITH_STRAW_PURCHASER']
				            AND EXISTS (SELECT 1 FROM jsonb_array_elements(l.evidence) e, jsonb_array_elements_text(e -> 'records') r
				                        WHERE r = ANY(:people))) touched
				WHERE NOT EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = touched.person)
				ORDER BY person
				""").param("people", ids).param("ties", TIES).query(String.class).list();
	}

	/** Every buyer with no crime gun who gave a likely straw purchaser's address, or only these. */
	Collection<AssociateCase> list(String[] only) {
		Map<String, AssociateCase> cases = new TreeMap<>();
		jdbc.sql("""
				WITH tie AS (
				    SELECT k.a AS person, k.b AS other, k.kind FROM network_link k
				    WHERE k.kind = ANY(:ties) AND (CAST(:only AS text[]) IS NULL OR k.a = ANY(:only))
				    UNION ALL
				    SELECT k.b, k.a, k.kind FROM network_link k
				    WHERE k.kind = ANY(:ties) AND (CAST(:only AS text[]) IS NULL OR k.b = ANY(:only))),
				straw AS (
				    SELECT t.person, t.other, t.kind, l.contributing_agencies FROM tie t
				    JOIN lead l ON l.lead_type = 'PERSON' AND l.subject = t.other AND l.active
				    WHERE EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = t.other)
				      AND NOT EXISTS (SELECT 1 FROM network_gun g WHERE g.purchaser_id = t.person))
				SELECT s.person, s.other, s.kind, s.contributing_agencies, p.first_name, p.last_name, p.dob
				FROM straw s LEFT JOIN network_person p ON p.person_id = s.person
				WHERE s.person IN (SELECT person FROM straw WHERE kind = 'SHARED_ADDRESS')
				ORDER BY s.person, s.kind, s.other
				""").param("only", only, Types.ARRAY).param("ties", TIES).query(rs -> {
			AssociateCase person = cases.computeIfAbsent(rs.getString("person"), AssociateCase::new);
			if (person.named == null) {
				person.named = new LeadPerson(person.personId, rs.getString("first_name"), rs.getString("last_name"),
						rs.getString("dob"));
			}
			(rs.getString("kind").equals("SHARED_ADDRESS") ? person.sameAddress : person.boughtBeside).add(rs.getString("other"));
			person.agencies.addAll(List.of((String[]) rs.getArray("contributing_agencies").getArray()));
		});
		String[] people = cases.keySet().toArray(String[]::new);
		jdbc.sql("SELECT person, max(guns) AS most, count(*) AS purchases FROM network_repeat_sale WHERE person = ANY(:people) GROUP BY person")
			.param("people", people).query(rs -> {
			AssociateCase person = cases.get(rs.getString("person"));
			person.mostGunsInTwoMonths = rs.getInt("most");
			person.repeatPurchases = rs.getInt("purchases");
		});
		jdbc.sql("""
				SELECT m, ring_id, cardinality(guns) AS guns, cardinality(purchasers) AS purchasers
				FROM network_ring, unnest(members) m
				WHERE ring_id = ANY(network_rings_holding(CAST(:people AS text[]))) AND m = ANY(:people)
				ORDER BY m, ring_id
				""").param("people", people).query(rs -> {
			cases.get(rs.getString("m")).rings.add(new PersonCase.RingFact(rs.getString("ring_id"), rs.getInt("guns"),
					rs.getInt("purchasers")));
		});
		return cases.values();
	}
}
