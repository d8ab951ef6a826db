package org.irontrace.incident;

/**
 * The statements that read incidents. Visibility is applied in each statement: a recovery only when
 * the caller sees its agency's RECOVERIES ({@code :all}, {@code :records}), its trace only when it
 * sees the agency's TRACES ({@code :tracesAll}, {@code :traceRecords}), the purchaser only when it
 * sees their personal data ({@code :traceFull}). The guns come from the recoveries with their
 * current trace ({@code current_trace}) and that trace's first retail sale.
 */
final class IncidentQueries {

	private IncidentQueries() {
	}

	static final String GUNS = """
			SELECT r.recovery_id, r.recovery_date, r.country, r.admin_area, r.city, r.crime_code,
			       coalesce(x.result #>> '{firearm,serialNumber}', r.serial_number) AS serial_number,
			       coalesce(x.result #>> '{firearm,manufacturer}', r.manufacturer) AS manufacturer,
			       coalesce(x.result #>> '{firearm,model}', r.model) AS model,
			       coalesce(x.result #>> '{firearm,caliber}', r.caliber) AS caliber,
			       coalesce(x.result #>> '{firearm,firearmType}', r.firearm_type) AS firearm_type,
			       r.criminal_group, r.criminal_group_key,
			       t.trace_id, t.status, t.reason, t.us_sourced, t.time_to_crime_days,
			       x.result #>> '{firstRetailSale,licence}' AS licence,
			       x.result #>> '{firstRetailSale,businessName}' AS business_name,
			       x.result #>> '{firstRetailSale,state}' AS sale_state,
			       (x.result #>> '{firstRetailSale,saleDate}')::date AS sale_date,
			       (:tracesAll OR r.agency = ANY(:traceFull)) AS personal_data_shown,
			       CASE WHEN (:tracesAll OR r.agency = ANY(:traceFull)) THEN x.result #>> '{firstRetailSale,purchaser,firstName}' END AS purchaser_first_name,
			       CASE WHEN (:tracesAll OR r.agency = ANY(:traceFull)) THEN x.result #>> '{firstRetailSale,purchaser,lastName}' END AS purchaser_last_name,
			       CASE WHEN (:tracesAll OR r.agency = ANY(:traceFull)) THEN (x.result #>> '{firstRetailSale,purchaser,dob}')::date END AS purchaser_dob,
			       CASE WHEN (:tracesAll OR r.agency = ANY(:traceFull)) THEN x.result #>> '{firstRetailSale,purchaser,state}' END AS purchaser_state
			FROM recovery r
			LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id AND (:tracesAll OR r.agency = ANY(:traceRecords))
			LEFT JOIN trace_history x ON x.trace_id = t.trace_id
			WHERE r.agency = :agency AND r.incident_id = :incident AND (:all OR r.agency = ANY(:records))
			ORDER BY r.recovery_date, r.recovery_id
			""";

	/**
	 * An agency's incidents the caller may see, the most recent first, optionally those whose id
	 * starts with {@code :prefix} or with a gun attributed to {@code :group}.
	 */
	static final String LIST = """
			SELECT r.incident_id, count(*) AS guns, min(r.recovery_date) AS first_date, max(r.recovery_date) AS last_date,
			       count(t.trace_id) AS traced,
			       array_agg(DISTINCT r.criminal_group_key) FILTER (WHERE r.criminal_group_key IS NOT NULL) AS groups
			FROM recovery r
			LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id AND (:tracesAll OR r.agency = ANY(:traceRecords))
			WHERE r.agency = :agency AND r.incident_id IS NOT NULL AND (:all OR r.agency = ANY(:records))
			  AND (CAST(:prefix AS text) IS NULL OR r.incident_id LIKE :prefix || '%')
			GROUP BY r.incident_id
			HAVING CAST(:group AS text) IS NULL OR bool_or(r.criminal_group_key = :group)
			ORDER BY max(r.recovery_date) DESC, r.incident_id
			OFFSET :offset LIMIT :limit
			""";

	static final String TRACED_SINCE = """
			SELECT r.agency, r.incident_id, count(*) AS guns, count(*) FILTER (WHERE t.traced_at > :since) AS newly_traced
			FROM recovery r
			LEFT JOIN current_trace t ON t.agency = r.agency AND t.recovery_id = r.recovery_id AND (:tracesAll OR r.agency = ANY(:traceRecords))
			WHERE r.incident_id IS NOT NULL AND (:all OR r.agency = ANY(:records))
			  AND (r.agency, r.incident_id) IN (
			      SELECT n.agency, n.incident_id FROM current_trace c
			      JOIN recovery n ON n.agency = c.agency AND n.recovery_id = c.recovery_id
			      WHERE c.traced_at > :since AND n.incident_id IS NOT NULL)
			GROUP BY r.agency, r.incident_id
			HAVING count(*) FILTER (WHERE t.traced_at > :since) > 0
			ORDER BY max(t.traced_at) DESC, r.agency, r.incident_id
			LIMIT :limit
			""";
}
