package org.irontrace.network;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.irontrace.access.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The ballistic thread of recovered guns, for the gun and person pages: the other guns and the
 * crime scenes examiners tied them to. A tie is shown only when the caller sees the records of every
 * agency it names (the examiner's, both ends', and the scene's when it goes through one), decided in
 * the query like every other visibility rule.
 */
@Service
public class BallisticThreads {

	/** The ties from {@code :agencies}/{@code :ids}: direct ones, then guns through one scene. */
	private static final String THREAD = """
			WITH mine AS (
			    SELECT * FROM unnest(CAST(:agencies AS text[]), CAST(:ids AS text[])) AS m(agency, recovery_id)
			), ties AS (
			    SELECT m.agency AS from_agency, m.recovery_id AS from_id, e.other_kind AS kind, e.other_agency AS agency,
			           e.other_id AS id, NULL::text AS through_case, e.link_date, e.confidence,
			           ARRAY[e.agency, m.agency, e.other_agency] AS agencies
			    FROM mine m JOIN ballistic_end e ON e.item_agency = m.agency AND e.item_id = m.recovery_id AND e.item_kind = 'recovery'
			    UNION ALL
			    SELECT m.agency, m.recovery_id, 'recovery', e2.other_agency, e2.other_id, e1.other_agency || '/' || e1.other_id,
			           GREATEST(e1.link_date, e2.link_date),
			           CASE WHEN e1.confidence = 'CONFIRMED' AND e2.confidence = 'CONFIRMED' THEN 'CONFIRMED' ELSE 'PROBABLE' END,
			           ARRAY[e1.agency, e2.agency, m.agency, e1.other_agency, e2.other_agency]
			    FROM mine m JOIN ballistic_end e1 ON e1.item_agency = m.agency AND e1.item_id = m.recovery_id
			         AND e1.item_kind = 'recovery' AND e1.other_kind = 'case'
			    JOIN ballistic_end e2 ON e2.item_agency = e1.other_agency AND e2.item_id = e1.other_id
			         AND e2.item_kind = 'case' AND e2.other_kind = 'recovery'
			         AND (e2.other_agency, e2.other_id) <> (m.agency, m.recovery_id)
			)
			SELECT t.*, r.serial_number, r.manufacturer, r.recovery_date
			FROM ties t
			LEFT JOIN recovery r ON t.kind = 'recovery' AND r.agency = t.agency AND r.recovery_id = t.id
			WHERE :all OR t.agencies <@ CAST(:records AS text[])
			ORDER BY t.from_agency, t.from_id, t.link_date, t.kind, t.agency, t.id
			LIMIT 500
			""";

	/** The recoveries of a person's guns (bought or found with them) the caller sees. */
	private static final String RECOVERIES_OF_PERSON = """
			SELECT agency, recovery_id FROM network_gun
			WHERE (purchaser_id = :person OR possessor_id = :person) AND (:all OR agency = ANY(:records))
			ORDER BY recovery_date, agency, recovery_id
			""";

	private final JdbcClient jdbc;

	BallisticThreads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A recovery reference, {@code AGENCY/RECOVERY_ID} as ties name it. */
	public record RecoveryRef(String agency, String recoveryId) {
	}

	/** The threads of these recoveries, each recovery's ties by date. One query. */
	public List<BallisticTie> listThreadsOf(Collection<RecoveryRef> recoveries, Visibility visibility) {
		if (recoveries.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(THREAD)
			.param("agencies", recoveries.stream().map(RecoveryRef::agency).toArray(String[]::new))
			.param("ids", recoveries.stream().map(RecoveryRef::recoveryId).toArray(String[]::new))
			.param("all", visibility.everything())
			.param("records", visibility.recordAgencies())
			.query((rs, n) -> {
				String kind = rs.getString("kind");
				String agency = rs.getString("agency");
				String id = rs.getString("id");
				return new BallisticTie(rs.getString("from_agency") + "/" + rs.getString("from_id"), kind, agency, id,
						kind + ":" + agency + "/" + id, rs.getString("serial_number"), rs.getString("manufacturer"),
						rs.getObject("recovery_date", LocalDate.class), rs.getString("through_case"),
						rs.getObject("link_date", LocalDate.class), rs.getString("confidence"));
			})
			.list();
	}

	/** The threads of the guns a person bought or was found with, as the link graph holds them. */
	public List<BallisticTie> listThreadsOfPerson(String personId, Visibility visibility) {
		List<RecoveryRef> guns = jdbc.sql(RECOVERIES_OF_PERSON).param("person", personId)
			.param("all", visibility.everything()).param("records", visibility.recordAgencies())
			.query((rs, n) -> new RecoveryRef(rs.getString("agency"), rs.getString("recovery_id"))).list();
		return listThreadsOf(guns, visibility);
	}
}
