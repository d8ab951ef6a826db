package org.irontrace.interdiction;

import java.util.List;
import java.util.Set;

import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.StagedRow;
import org.springframework.stereotype.Component;

/**
 * {@code inspections.csv}: what customs did with a shipment it holds. One inspection per shipment
 * and day; re-sending it is a no-op. An inspection of a shipment the agency never sent is refused
 * with its line. A {@code SEIZED} inspection's {@code incident_id} names the incident whose
 * recoveries hold the guns: the link is a join on (agency, incident id), so it holds whether the
 * recoveries arrive before or after the inspection. The officer's form on the targeting page
 * writes through the same staging and merge ({@link InspectionRecording}).
 */
@Component
class InspectionsImporter implements CsvImporter {

	static final Set<String> METHODS = Set.of("DOCUMENT", "SCAN", "PHYSICAL", "CANINE");

	static final Set<String> RESULTS = Set.of("CLEAR", "SEIZED");

	static final String STAGING_COLUMNS = "agency text, shipment_id text, inspection_date date, method text, result text,"
			+ " firearms_found integer, magazines_found integer, rounds_found integer, incident_id text, line bigint,"
			+ " recorded_by text";

	static final String MERGE = """
			INSERT INTO interdiction_inspection (agency, shipment_id, inspection_date, method, result, firearms_found,
			       magazines_found, rounds_found, incident_id, source_line, recorded_by)
			SELECT DISTINCT ON (agency, shipment_id, inspection_date) agency, shipment_id, inspection_date, method, result,
			       firearms_found, magazines_found, rounds_found, incident_id, line, recorded_by
			FROM staged_inspection ORDER BY agency, shipment_id, inspection_date, line
			ON CONFLICT (agency, shipment_id, inspection_date) DO NOTHING
			""";

	static final String REFUSALS = """
			SELECT s.line, 'shipment_id' AS column_name, 'SHIPMENT_UNKNOWN' AS refusal, ARRAY[s.shipment_id, s.agency] AS detail
			FROM staged_inspection s
			WHERE NOT EXISTS (SELECT 1 FROM interdiction_shipment h WHERE h.agency = s.agency AND h.shipment_id = s.shipment_id)
			""";

	@Override
	public String kind() {
		return "inspections";
	}

	/** The same senders as the declarations inspected. */
	@Override
	public java.util.Set<org.irontrace.access.Role> senders() {
		return ShipmentsImporter.CUSTOMS_SENDERS;
	}

	@Override
	public List<String> columns() {
		return List.of("shipment_id", "agency", "inspection_date", "method", "result", "firearms_found",
				"magazines_found", "rounds_found", "incident_id");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("shipment_id", "inspection_date", "result");
	}

	@Override
	public String stagingTable() {
		return "staged_inspection";
	}

	@Override
	public String stagingColumns() {
		return STAGING_COLUMNS;
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		out.add(RowAgency.of(row))
			.add(row.required("shipment_id"))
			.add(row.date("inspection_date", true))
			.add(row.code("method", METHODS, null))
			.add(row.requiredCode("result", RESULTS))
			.add(count(row, "firearms_found"))
			.add(count(row, "magazines_found"))
			.add(count(row, "rounds_found"))
			.add(row.text("incident_id"))
			.add(String.valueOf(row.line()))
			.add(row.submitter().sentBy());
	}

	private static String count(CsvRow row, String column) {
		Double value = row.number(column, 0, 1e7);
		if (value != null && value != Math.rint(value)) {
			row.reject(column, org.irontrace.imports.Refusal.NOT_A_NUMBER, value);
			return null;
		}
		return value == null ? null : String.valueOf(value.longValue());
	}

	@Override
	public String mergeSql() {
		return MERGE;
	}

	@Override
	public String refusalsSql() {
		return REFUSALS;
	}
}
