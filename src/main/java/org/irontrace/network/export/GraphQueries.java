package org.irontrace.network.export;

/**
 * The SQL of the export. {@code g} is the caller's view of the gun nodes: rows of agencies whose
 * records it sees, each marked {@code named} when it may also see that agency's personal data.
 */
final class GraphQueries {

	private static final String VISIBLE = """
			WITH g AS (SELECT *, (:all OR agency = ANY(:full)) AS named,
			                  'gun:' || COALESCE(manufacturer, '') || ' ' || COALESCE(serial_number, agency || '/' || recovery_id) AS gun
			           FROM network_gun WHERE (:all OR agency = ANY(:records))),
			pp0 AS (SELECT person, bool_and(named) AS named FROM (
			           SELECT purchaser_id AS person, named FROM g WHERE purchaser_id IS NOT NULL
			           UNION ALL SELECT possessor_id, named FROM g WHERE possessor_id IS NOT NULL) p GROUP BY person),
			pp AS (SELECT person, named, network_person_shown(person, named) AS shown FROM pp0),
			forms AS (SELECT g.purchaser_id, e.purchaser_state,
			                 network_address_key(e.purchaser_street, e.purchaser_postal_code, e.purchaser_city) AS address,
			                 COALESCE(e.purchaser_id_type || ' ', '') || upper(e.purchaser_id_number) AS document
			          FROM g JOIN custody_event e ON e.event_id = g.sale_event_id WHERE g.named)
			""";

	static final String NODES = VISIBLE + """
			SELECT 'person:' || pp.shown AS id, 'Person' AS kind,
			       CASE WHEN pp.named AND n.last_name IS NOT NULL THEN concat_ws(' ', n.first_name, n.last_name) ELSE pp.shown END AS label,
			       NULL AS country, NULL AS state, CASE WHEN pp.named THEN n.dob::text END AS date, NULL AS detail
			FROM pp LEFT JOIN network_person n ON n.person_id = pp.person
			UNION ALL
			SELECT 'licensee:' || l.licence_number, 'Licensee', l.business_name, 'US', l.state, NULL, l.city
			FROM licensee l WHERE l.licence_number IN (SELECT licence FROM g)
			UNION ALL
			SELECT DISTINCT ON (gun) gun, 'Gun', concat_ws(' ', manufacturer, model, serial_number), NULL, NULL, NULL,
			       concat_ws(' ', firearm_type, calibre_family)
			FROM g
			UNION ALL
			SELECT 'recovery:' || agency || '/' || recovery_id, 'Recovery', agency || ' ' || recovery_id, country, admin_area,
			       recovery_date::text, crime_code
			FROM g
			UNION ALL
			SELECT DISTINCT 'address:' || address, 'Address', address, 'US', purchaser_state, NULL, NULL FROM forms WHERE address IS NOT NULL
			UNION ALL
			SELECT DISTINCT 'document:' || document, 'Document', document, 'US', NULL, NULL, NULL FROM forms WHERE document IS NOT NULL
			""";

	static final String EDGES = VISIBLE + """
			SELECT 'person:' || (SELECT shown FROM pp WHERE pp.person = purchaser_id) AS source, gun AS target, 'BOUGHT' AS kind,
			       'bought on ' || COALESCE(sale_date::text, '?') || ' from ' || COALESCE(licence, '?') AS label
			FROM g WHERE purchaser_id IS NOT NULL
			UNION ALL
			SELECT DISTINCT 'licensee:' || licence, gun, CASE WHEN sale_date IS NULL THEN 'LAST_HELD' ELSE 'SOLD' END,
			       CASE WHEN sale_date IS NULL THEN 'last licensee to hold it' ELSE 'retail sale on ' || sale_date END
			FROM g WHERE licence IS NOT NULL
			UNION ALL
			SELECT gun, 'recovery:' || agency || '/' || recovery_id, 'RECOVERED_AS',
			       'recovered on ' || recovery_date || ' in ' || country || COALESCE(' ' || admin_area, '')
			FROM g
			UNION ALL
			SELECT 'person:' || (SELECT shown FROM pp WHERE pp.person = possessor_id), 'recovery:' || agency || '/' || recovery_id, 'FOUND_WITH', 'the gun was found with this person'
			FROM g WHERE possessor_id IS NOT NULL
			UNION ALL
			SELECT DISTINCT 'person:' || (SELECT shown FROM pp WHERE pp.person = purchaser_id), 'licensee:' || licence, 'BOUGHT_FROM', 'bought a crime gun from this dealer'
			FROM g WHERE purchaser_id IS NOT NULL AND licence IS NOT NULL AND sale_date IS NOT NULL
			UNION ALL
			SELECT DISTINCT 'person:' || (SELECT shown FROM pp WHERE pp.person = purchaser_id), 'address:' || address, 'GAVE_ADDRESS', 'address given on a sale form'
			FROM forms WHERE address IS NOT NULL
			UNION ALL
			SELECT DISTINCT 'person:' || (SELECT shown FROM pp WHERE pp.person = purchaser_id), 'document:' || document, 'SHOWED_DOCUMENT', 'identity document shown on a sale form'
			FROM forms WHERE document IS NOT NULL
			UNION ALL
			SELECT 'person:' || pa.shown, 'person:' || pb.shown, l.kind,
			       CASE WHEN l.kind LIKE 'SHARED_%' AND NOT :all THEN lower(replace(l.kind, '_', ' ')) ELSE network_link_detail(l.detail, l.document_sealed) END
			FROM network_link l JOIN pp pa ON pa.person = l.a JOIN pp pb ON pb.person = l.b
			WHERE :all OR l.agencies <@ CAST(:records AS text[])
			""";

	private GraphQueries() {
	}
}
