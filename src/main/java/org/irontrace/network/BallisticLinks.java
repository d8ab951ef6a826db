package org.irontrace.network;

/**
 * The people link "linked by ballistics": the purchasers and possessors of two guns an examiner tied
 * together, directly or through the casings of one crime scene both fired at, are one investigative
 * thread. A confirmed thread weighs as much as guns seized together ({@link LinkStrength#BALLISTIC_CONFIRMED});
 * a thread that rests on a probable hit anywhere, half ({@link LinkStrength#BALLISTIC_PROBABLE}). Threads
 * longer than one case are not followed: two hops through scenes already joins guns no examiner compared.
 * The detail names each pair of guns (and the scene) in a fixed order, so the full and the incremental
 * refresh, which reach a pair from different ends, write the same row.
 */
final class BallisticLinks {

	/**
	 * The threads of {@code :people}, starting from their guns (each thread is seen from both ends),
	 * or (null) every thread of the graph; {@code :confirmed} and {@code :probable} are the strengths.
	 */
	static final String SQL = """
			INSERT INTO network_link (a, b, kind, detail, agencies, strength, detail_wording)
			WITH near AS (
			    SELECT g1.agency, g1.recovery_id, ARRAY[g1.purchaser_id, g1.possessor_id] AS people FROM network_gun g1
			    WHERE CAST(:people AS text[]) IS NULL OR g1.purchaser_id = ANY(:people) OR g1.possessor_id = ANY(:people)
			), threads AS (
			    SELECT n.people, e.other_agency AS agency2, e.other_id AS id2, e.confidence, n.agency || '/' || n.recovery_id AS gun1,
			           NULL::text AS scene, ARRAY[e.agency, n.agency, e.other_agency] AS agencies
			    FROM near n JOIN ballistic_end e ON e.item_agency = n.agency AND e.item_id = n.recovery_id
			         AND e.item_kind = 'recovery' AND e.other_kind = 'recovery'
			    UNION ALL
			    SELECT n.people, e2.other_agency, e2.other_id,
			           CASE WHEN e1.confidence = 'CONFIRMED' AND e2.confidence = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'PROBABLE' END,
			           n.agency || '/' || n.recovery_id, e1.other_agency || '/' || e1.other_id,
			           ARRAY[e1.agency, e2.agency, n.agency, e1.other_agency, e2.other_agency]
			    FROM near n JOIN ballistic_end e1 ON e1.item_agency = n.agency AND e1.item_id = n.recovery_id
			         AND e1.item_kind = 'recovery' AND e1.other_kind = 'case'
			    JOIN ballistic_end e2 ON e2.item_agency = e1.other_agency AND e2.item_id = e1.other_id
			         AND e2.item_kind = 'case' AND e2.other_kind = 'recovery'
			         AND (e2.other_agency, e2.other_id) <> (n.agency, n.recovery_id)
			), pairs AS (
			    SELECT LEAST(p1 COLLATE "C", p2 COLLATE "C") AS a, GREATEST(p1 COLLATE "C", p2 COLLATE "C") AS b, t.confidence, ag,
			           LEAST(t.gun1, g2.agency || '/' || g2.recovery_id) || ' ~ ' || GREATEST(t.gun1, g2.agency || '/' || g2.recovery_id)
			               || COALESCE(' @ ' || t.scene, '') AS thread
			    FROM threads t JOIN network_gun g2 ON g2.agency = t.agency2 AND g2.recovery_id = t.id2
			    CROSS JOIN LATERAL unnest(t.people) p1
			    CROSS JOIN LATERAL unnest(ARRAY[g2.purchaser_id, g2.possessor_id]) p2
			    CROSS JOIN LATERAL unnest(t.agencies) ag
			    WHERE p1 IS NOT NULL AND p2 IS NOT NULL AND p1 <> p2 AND (CAST(:people AS text[]) IS NULL OR p1 = ANY(:people))
			)
			SELECT a, b, 'BALLISTIC_LINK',
			       'their guns are linked by ballistics (' || CASE WHEN bool_or(confidence = 'CONFIRMED') THEN 'confirmed' ELSE 'probable' END
			           || '): ' || string_agg(DISTINCT thread, '; ' ORDER BY thread),
			       array_agg(DISTINCT ag ORDER BY ag),
			       CASE WHEN bool_or(confidence = 'CONFIRMED') THEN :confirmed ELSE :probable END,
			       jsonb_build_object('code', 'BALLISTIC_LINK', 'args', jsonb_build_array(string_agg(DISTINCT thread, '; ' ORDER BY thread),
			           CASE WHEN bool_or(confidence = 'CONFIRMED') THEN 1 ELSE 0 END))
			FROM pairs GROUP BY a, b
			""";

	private BallisticLinks() {
	}
}
