package org.irontrace.network;

/**
 * The SQL of {@link Neighbourhood}. Every query takes the caller's view as parameters
 * ({@code :all}, {@code :records}, {@code :full}), exactly as the export does: gun rows of agencies
 * whose records the caller sees, each marked {@code named} when it also sees that agency's personal
 * data; addresses and documents come only from named rows.
 */
final class NeighbourhoodQueries {

	/** The gun rows around a node: each statement below is these with the condition that ties a row to its node. */
	static final String GUN_ROWS = """
			SELECT g.agency, g.recovery_id, g.recovery_date, g.country, g.admin_area, g.city, g.crime_code, g.status,
			       g.serial_number, g.manufacturer, g.model, g.calibre_family, g.firearm_type, g.licence, g.sale_date,
			       g.purchaser_id, g.possessor_id, n.named,
			       CASE WHEN n.named THEN network_address_key(e.purchaser_street, e.purchaser_postal_code, e.purchaser_city)
			            END AS address,
			       CASE WHEN n.named AND e.purchaser_id_number IS NOT NULL
			            THEN COALESCE(e.purchaser_id_type || ' ', '') || upper(e.purchaser_id_number) END AS document
			FROM network_gun g
			CROSS JOIN LATERAL (SELECT (:all OR g.agency = ANY(:full)) AS named) n
			LEFT JOIN custody_event e ON e.event_id = g.sale_event_id
			WHERE (:all OR g.agency = ANY(:records)) AND g.recovery_date BETWEEN :from AND :to AND\s""";

	static final String GUN_ROWS_ORDER = """

			ORDER BY g.recovery_date, g.agency, g.recovery_id
			LIMIT :limit
			""";

	static final String ROWS_BY_LICENCE = GUN_ROWS + "g.licence = :key" + GUN_ROWS_ORDER;

	static final String ROWS_BY_GUN = GUN_ROWS
			+ "'gun:' || COALESCE(g.manufacturer, '') || ' ' || COALESCE(g.serial_number, g.agency || '/' || g.recovery_id) = :key"
			+ GUN_ROWS_ORDER;

	static final String ROWS_BY_RECOVERY = GUN_ROWS + "g.agency = :agency AND g.recovery_id = :key" + GUN_ROWS_ORDER;

	static final String ROWS_BY_PERSON = GUN_ROWS + "(g.purchaser_id = :key OR g.possessor_id = :key)" + GUN_ROWS_ORDER;

	static final String ROWS_BY_ADDRESS = GUN_ROWS + "n.named AND e.purchaser_street IS NOT NULL"
			+ " AND network_address_key(e.purchaser_street, e.purchaser_postal_code, e.purchaser_city) = :key"
			+ GUN_ROWS_ORDER;

	static final String ROWS_BY_DOCUMENT = GUN_ROWS + "n.named AND e.purchaser_id_number IS NOT NULL"
			+ " AND COALESCE(e.purchaser_id_type || ' ', '') || upper(e.purchaser_id_number) = :key" + GUN_ROWS_ORDER;

	/**
	 * The people among {@code :people} the caller sees on at least one gun row, named only when it sees
	 * the personal data of every agency whose rows they are on (the export's rule).
	 */
	static final String PEOPLE = """
			SELECT v.person, v.named, CASE WHEN v.named THEN p.first_name END AS first_name,
			       CASE WHEN v.named THEN p.last_name END AS last_name
			FROM (SELECT person, bool_and(named) AS named FROM (
			          SELECT purchaser_id AS person, (:all OR agency = ANY(:full)) AS named FROM network_gun
			          WHERE purchaser_id = ANY(:people) AND (:all OR agency = ANY(:records))
			          UNION ALL
			          SELECT possessor_id, (:all OR agency = ANY(:full)) FROM network_gun
			          WHERE possessor_id = ANY(:people) AND (:all OR agency = ANY(:records))) seen
			      GROUP BY person) v
			LEFT JOIN network_person p ON p.person_id = v.person
			""";

	/** A person withheld by a digest of its key, found again among the people the caller sees. */
	static final String WITHHELD_PERSON = """
			SELECT DISTINCT p FROM network_gun, unnest(ARRAY[purchaser_id, possessor_id]) p
			WHERE p IS NOT NULL AND (:all OR agency = ANY(:records))
			  AND left(encode(sha256(convert_to(:salt || p, 'UTF8')), 'hex'), 16) = :digest
			LIMIT 1
			""";

	/** Why this person is tied to others; a shared address is spelled out only to the operators, as in the export. */
	static final String LINKS = """
			SELECT l.a, l.b, l.kind,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN NULL ELSE network_link_detail(l.detail, l.document_sealed) END AS detail,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN NULL
			            ELSE network_link_wording(l.detail_wording, l.document_sealed)::text END AS detail_wording
			FROM network_link l
			WHERE (l.a = :key OR l.b = :key) AND (:all OR l.agencies <@ CAST(:records AS text[]))
			LIMIT :limit
			""";

	/**
	 * The links among a ring's members, so that a ring opens as the web that holds it together rather
	 * than a star; the same rules of detail as {@link #LINKS}.
	 */
	static final String LINKS_AMONG = """
			SELECT l.a, l.b, l.kind,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN NULL ELSE network_link_detail(l.detail, l.document_sealed) END AS detail,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN NULL
			            ELSE network_link_wording(l.detail_wording, l.document_sealed)::text END AS detail_wording
			FROM network_link l
			WHERE l.a = ANY(:people) AND l.b = ANY(:people) AND (:all OR l.agencies <@ CAST(:records AS text[]))
			LIMIT :limit
			""";

	/**
	 * Rings resting only on agencies whose records the caller sees (the rule of RingReader); {@code named}
	 * when it sees all their personal data, for a ring's id is made from a member's key.
	 */
	static final String RINGS_OF_PERSON = """
			SELECT ring_id, score, members, (:all OR contributing_agencies <@ CAST(:full AS text[])) AS named FROM network_ring
			WHERE members && CAST(:people AS text[]) AND (:all OR contributing_agencies <@ CAST(:records AS text[]))
			ORDER BY score DESC LIMIT :limit
			""";

	static final String RING = """
			SELECT ring_id, score, members, (:all OR contributing_agencies <@ CAST(:full AS text[])) AS named FROM network_ring
			WHERE ring_id = :key AND (:all OR contributing_agencies <@ CAST(:records AS text[]))
			""";

	static final String WITHHELD_RING = """
			SELECT ring_id FROM network_ring
			WHERE (:all OR contributing_agencies <@ CAST(:records AS text[]))
			  AND left(encode(sha256(convert_to(:salt || ring_id, 'UTF8')), 'hex'), 16) = :digest
			LIMIT 1
			""";

	static final String DEALERS = """
			SELECT licence_number, business_name, city, state FROM licensee WHERE licence_number = ANY(:licences)
			""";

	private NeighbourhoodQueries() {
	}
}
