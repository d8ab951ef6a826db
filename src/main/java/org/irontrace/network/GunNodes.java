package org.irontrace.network;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The gun nodes of the graph: each traced recovery with its latest trace, the sale behind it and the
 * people on both ends: the resolved person of the record or, while it waits for resolution, the keyed
 * digest of its name and birth date ({@code irontrace_person_key}, migration V75), as every module
 * keys people. {@code :agency} and {@code :ids} limit the
 * recoveries filled again; a null agency fills every one. Records other installations grant at FULL
 * with LEADS join them (see {@link #FILL_FOREIGN}).
 */
@Repository
class GunNodes {

	private static final String FILL = """
			WITH latest AS (
			    SELECT DISTINCT ON (agency, recovery_id) *
			    FROM trace_history
			    WHERE CAST(:agency AS text) IS NULL OR agency = :agency AND recovery_id = ANY(:ids)
			    ORDER BY agency, recovery_id, traced_at DESC
			)
			INSERT INTO network_gun
			SELECT t.agency, t.recovery_id, t.trace_id, t.status, t.reason, r.recovery_date, r.country, r.admin_area,
			       r.city, r.crime_code, r.serial_obliterated, t.result #>> '{firearm,serialNumber}',
			       t.result #>> '{firearm,manufacturer}', COALESCE(s.model, r.model),
			       COALESCE(s.calibre_family, r.calibre_family), COALESCE(s.firearm_type, r.firearm_type),
			       COALESCE(t.result #>> '{firstRetailSale,licence}',
			                CASE WHEN t.status = 'PARTIAL' THEN
			                     CASE WHEN t.result #>> '{chain,-1,eventType}' IN ('STOLEN', 'LOST', 'EXPORTED')
			                          THEN t.result #>> '{chain,-1,fromLicence}' ELSE t.result #>> '{chain,-1,toLicence}' END END),
			       COALESCE(t.result #>> '{firstRetailSale,state}', l.state),
			       (t.result #>> '{firstRetailSale,saleDate}')::date, s.event_id, t.time_to_crime_days,
			       COALESCE(buyer.person_id, irontrace_person_key(s.purchaser_first_name, s.purchaser_last_name, s.purchaser_dob::text)),
			       COALESCE(holder.person_id, irontrace_person_key(r.possessor_first_name, r.possessor_last_name, r.possessor_dob::text)),
			       network_seizure_key(t.agency, t.recovery_id, r.incident_id, r.recovery_date, r.city, r.admin_area,
			                           r.possessor_first_name, r.possessor_last_name),
			       r.incident_id, COALESCE((t.result #>> '{authority,multipleSale}')::boolean, false)
			FROM latest t
			JOIN recovery r ON r.agency = t.agency AND r.recovery_id = t.recovery_id
			LEFT JOIN LATERAL (
			    SELECT e.* FROM custody_event e
			    WHERE t.result -> 'firstRetailSale' IS NOT NULL AND jsonb_typeof(t.result -> 'firstRetailSale') = 'object'
			      AND e.serial_key = upper(regexp_replace(t.result #>> '{firearm,serialNumber}', '[\\s\\-\u2010\u2011\u2013]', '', 'g'))
			      AND e.event_type = 'SOLD' AND e.from_licence = t.result #>> '{firstRetailSale,licence}'
			      AND e.event_date = (t.result #>> '{firstRetailSale,saleDate}')::date
			    LIMIT 1) s ON true
			LEFT JOIN licensee l ON l.licence_number = t.result #>> '{chain,-1,fromLicence}'
			LEFT JOIN person_assignment buyer ON buyer.record_id = 'event:' || s.event_id
			LEFT JOIN person_assignment holder ON holder.record_id = 'recovery:' || r.agency || '/' || r.recovery_id
			""";

	/**
	 * The people this installation resolved whose records give the key of a foreign person in
	 * {@code named}: the sale forms and recoveries of the same name are found in one scan (names are
	 * kept in the clear, so no birth date is opened for the rest), then the birth dates of those few
	 * are opened by their ids and the key compared. Two people resolved here under one key (an analyst
	 * judged them apart) give the lower person id, so every fill chooses alike.
	 */
	private static final String KNOWN_HERE = """
			    SELECT n.person_key, min(pa.person_id) AS person_id
			    FROM named n
			    JOIN (SELECT e.event_id, NULL AS agency, NULL AS recovery_id, 'event:' || e.event_id AS record_id,
			                 COALESCE(upper(e.purchaser_first_name), '') AS first_name,
			                 COALESCE(upper(e.purchaser_last_name), '') AS last_name
			          FROM custody_event e WHERE e.event_type = 'SOLD'
			          UNION ALL
			          SELECT NULL, r.agency, r.recovery_id, 'recovery:' || r.agency || '/' || r.recovery_id,
			                 COALESCE(upper(r.possessor_first_name), ''), COALESCE(upper(r.possessor_last_name), '')
			          FROM recovery r) same_name ON same_name.last_name = n.last_name AND same_name.first_name = n.first_name
			    JOIN person_assignment pa ON pa.record_id = same_name.record_id
			    LEFT JOIN custody_event sale ON sale.event_id = same_name.event_id
			    LEFT JOIN recovery held ON held.agency = same_name.agency AND held.recovery_id = same_name.recovery_id
			    WHERE n.person_key = COALESCE(
			              irontrace_person_key(sale.purchaser_first_name, sale.purchaser_last_name, sale.purchaser_dob::text),
			              irontrace_person_key(held.possessor_first_name, held.possessor_last_name, held.possessor_dob::text))
			    GROUP BY n.person_key
			""";

	/**
	 * What other installations grant at FULL with LEADS (federation's {@code foreign_graph_record}, V201):
	 * a gun node each, under its written agency ({@code NAME:AGENCY}), its people by their person keys,
	 * so they join this installation's people of the same key and each other; the trace as its owner
	 * sent it (no sale event here, and the trace id a digest of the record, for it has none here), the
	 * first retail sale dated by the owner's time-to-crime, so a purchaser's person lead rests on the
	 * guns other installations grant as on this installation's own.
	 * A foreign person whose key is that of a record this installation has already resolved is that
	 * person ({@link #KNOWN_HERE}): otherwise a straw purchaser known here and in a granted record would be
	 * two nodes, and the ring through both would split, as soon as resolution ran.
	 * {@code :installation}, {@code :owner} and {@code :ids} limit the records filled again; a null
	 * installation fills every one. A record granted under two agreements is one node.
	 */
	private static final String FILL_FOREIGN = """
			WITH granted AS MATERIALIZED (
			    SELECT * FROM foreign_graph_record f
			    WHERE CAST(:installation AS text) IS NULL
			       OR f.installation = :installation AND f.owner_agency = :owner AND f.recovery_id = ANY(:ids)
			), named AS (
			    SELECT purchaser_key AS person_key, COALESCE(upper(purchaser_first_name), '') AS first_name,
			           COALESCE(upper(purchaser_last_name), '') AS last_name
			    FROM granted WHERE purchaser_key IS NOT NULL
			    UNION
			    SELECT possessor_key, COALESCE(upper(possessor_first_name), ''), COALESCE(upper(possessor_last_name), '')
			    FROM granted WHERE possessor_key IS NOT NULL
			), known AS (
			""" + KNOWN_HERE + """
			)
			INSERT INTO network_gun (agency, recovery_id, trace_id, status, reason, recovery_date, country, admin_area,
			    city, crime_code, serial_obliterated, serial_number, manufacturer, model, calibre_family, firearm_type,
			    licence, dealer_state, sale_date, sale_event_id, ttc_days, purchaser_id, possessor_id, seizure_key, incident_id)
			SELECT DISTINCT ON (f.agency, f.recovery_id) f.agency, f.recovery_id, CAST(md5(f.agency || '/' || f.recovery_id) AS uuid),
			       f.trace_status, f.trace_reason, f.recovery_date, f.country, f.admin_area, f.city, f.crime_code,
			       f.serial_obliterated, f.serial_number, f.manufacturer, f.model, NULL, f.firearm_type, f.dealer_licence,
			       f.source_state, f.recovery_date - f.time_to_crime_days, NULL, f.time_to_crime_days,
			       COALESCE(buyer.person_id, f.purchaser_key), COALESCE(holder.person_id, f.possessor_key),
			       network_seizure_key(f.agency, f.recovery_id, f.incident_id, f.recovery_date, f.city, f.admin_area,
			                           f.possessor_first_name, f.possessor_last_name),
			       f.incident_id
			FROM granted f
			LEFT JOIN known buyer ON buyer.person_key = f.purchaser_key
			LEFT JOIN known holder ON holder.person_key = f.possessor_key
			ORDER BY f.agency, f.recovery_id
			""";

	private final JdbcClient jdbc;

	GunNodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every traced recovery again. */
	int rebuildAll() {
		jdbc.sql("TRUNCATE network_gun").update();
		int filled = jdbc.sql(FILL).param("agency", null, Types.VARCHAR).param("ids", null, Types.ARRAY).update();
		filled += jdbc.sql(FILL_FOREIGN).param("installation", null, Types.VARCHAR).param("owner", null, Types.VARCHAR)
			.param("ids", null, Types.ARRAY).update();
		// The links are computed from these rows next: planned on the statistics of the table as it is now.
		jdbc.sql("ANALYZE network_gun").update();
		return filled;
	}

	/**
	 * Only these recoveries of one agency (a new recovery, a re-trace); of another installation's agency
	 * ({@code NAME:AGENCY}), the records it grants as they are held now (none once revoked).
	 */
	int rebuild(String agency, List<String> recoveryIds) {
		String[] ids = recoveryIds.toArray(String[]::new);
		jdbc.sql("DELETE FROM network_gun WHERE agency = :agency AND recovery_id = ANY(:ids)").param("agency", agency)
			.param("ids", ids).update();
		int colon = agency.indexOf(':');
		if (colon > 0) {
			return jdbc.sql(FILL_FOREIGN).param("installation", agency.substring(0, colon))
				.param("owner", agency.substring(colon + 1)).param("ids", ids).update();
		}
		return jdbc.sql(FILL)
			.param("agency", agency)
			.param("ids", ids)
			.update();
	}

	/**
	 * A gun node as the graph reads it: every column but the trace's id (a trace again to the same
	 * answer changes only that), with the people on both ends.
	 */
	record Node(String columns, String purchaser, String possessor) {

		/** The people on both ends of these nodes (absent ones, a recovery without a node, are skipped). */
		static Stream<String> people(Node... nodes) {
			return Stream.of(nodes).filter(Objects::nonNull).flatMap(node -> Stream.of(node.purchaser, node.possessor))
				.filter(Objects::nonNull);
		}
	}

	/** These recoveries' gun nodes, by recovery id (none for a recovery without one). */
	Map<String, Node> nodesOf(String agency, List<String> recoveryIds) {
		Map<String, Node> nodes = new HashMap<>();
		jdbc.sql("""
				SELECT recovery_id, (to_jsonb(g) - 'trace_id')::text, purchaser_id, possessor_id FROM network_gun g
				WHERE agency = ? AND recovery_id = ANY(?)
				""").params(agency, recoveryIds.toArray(String[]::new))
			.query(rs -> {
				nodes.put(rs.getString(1), new Node(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return nodes;
	}
}
