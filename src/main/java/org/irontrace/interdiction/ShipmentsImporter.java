package org.irontrace.interdiction;

import java.util.List;
import java.util.Set;

import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.Refusal;
import org.irontrace.imports.StagedRow;
import org.springframework.stereotype.Component;

/**
 * {@code shipments.csv}: outbound consignments declared to customs, owned by the sending agency and
 * keyed by it and the shipment id. Re-sending a shipment is a no-op: a declaration is what was
 * declared at the time, and targeting must not change under an officer's feet.
 */
@Component
class ShipmentsImporter implements CsvImporter {

	static final Set<String> MODES = Set.of("VESSEL", "AIR", "EXPRESS", "MAIL", "TRUCK", "PASSENGER_VEHICLE");

	/** Free text longer than this is a mistake in the file, not a declaration. */
	private static final int LONGEST_TEXT = 500;

	private static final List<String> TEXTS = List.of("shipper_name", "shipper_street", "shipper_city", "shipper_state",
			"shipper_postal_code", "shipper_phone", "consignee_name", "consignee_street", "consignee_city");

	private static final String STORED = "agency, shipment_id, mode, departure_date, origin_port, origin_country,"
			+ " destination_port, destination_country, shipper_name, shipper_street, shipper_city, shipper_state,"
			+ " shipper_postal_code, shipper_phone, consignee_name, consignee_street, consignee_city, consignee_country,"
			+ " consignee_phone, forwarder, hs_code, description, declared_value_usd, weight_kg, packages, container_id,"
			+ " vehicle_plate, source_line";

	@Override
	public String kind() {
		return "shipments";
	}

	/** Customs' declarations and inspections come from the agencies' analysts, each for its own agency. */
	static final java.util.Set<org.irontrace.access.Role> CUSTOMS_SENDERS = java.util.Set.of(org.irontrace.access.Role.ADMIN,
			org.irontrace.access.Role.ANALYST, org.irontrace.access.Role.SUPERVISOR, org.irontrace.access.Role.INVESTIGATOR);

	@Override
	public java.util.Set<org.irontrace.access.Role> senders() {
		return CUSTOMS_SENDERS;
	}

	@Override
	public List<String> columns() {
		return List.of("shipment_id", "agency", "mode", "departure_date", "origin_port", "origin_country",
				"destination_port", "destination_country", "shipper_name", "shipper_street", "shipper_city",
				"shipper_state", "shipper_postal_code", "shipper_phone", "consignee_name", "consignee_street",
				"consignee_city", "consignee_country", "consignee_phone", "forwarder", "hs_code", "description",
				"declared_value_usd", "weight_kg", "packages", "container_id", "vehicle_plate");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("shipment_id", "mode", "departure_date", "origin_port", "origin_country", "destination_port",
				"destination_country");
	}

	@Override
	public String stagingTable() {
		return "staged_shipment";
	}

	@Override
	public String stagingColumns() {
		return "agency text, shipment_id text, mode text, departure_date date, origin_port text, origin_country text,"
				+ " destination_port text, destination_country text, shipper_name text, shipper_street text,"
				+ " shipper_city text, shipper_state text, shipper_postal_code text, shipper_phone text,"
				+ " consignee_name text, consignee_street text, consignee_city text, consignee_country text,"
				+ " consignee_phone text, forwarder text, hs_code text, description text, declared_value_usd double precision,"
				+ " weight_kg double precision, packages integer, container_id text, vehicle_plate text, source_line bigint";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		out.add(RowAgency.of(row))
			.add(row.required("shipment_id"))
			.add(row.requiredCode("mode", MODES))
			.add(row.date("departure_date", true))
			.add(upper(row.required("origin_port")))
			.add(row.required("origin_country") == null ? null : row.country("origin_country", null))
			.add(upper(row.required("destination_port")))
			.add(row.required("destination_country") == null ? null : row.country("destination_country", null));
		for (String column : TEXTS) {
			out.add(limited(row, column));
		}
		out.add(row.country("consignee_country", null))
			.add(limited(row, "consignee_phone"))
			.add(limited(row, "forwarder"))
			.add(limited(row, "hs_code"))
			.add(limited(row, "description"))
			.add(row.number("declared_value_usd", 0, 1e12))
			.add(row.number("weight_kg", 0, 1e9));
		Double packages = row.number("packages", 0, 1e7);
		out.add(packages == null ? null : String.valueOf(Math.round(packages)))
			.add(limited(row, "container_id"))
			.add(limited(row, "vehicle_plate"))
			.add(String.valueOf(row.line()));
	}

	private static String upper(String value) {
		return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
	}

	private static String limited(CsvRow row, String column) {
		String value = row.text(column);
		if (value != null && value.length() > LONGEST_TEXT) {
			row.reject(column, Refusal.TOO_LONG, value.length(), LONGEST_TEXT);
			return null;
		}
		return value;
	}

	@Override
	public String mergeSql() {
		return "INSERT INTO interdiction_shipment (" + STORED + ") SELECT DISTINCT ON (agency, shipment_id) " + STORED
				+ " FROM staged_shipment ORDER BY agency, shipment_id, source_line ON CONFLICT (agency, shipment_id) DO NOTHING";
	}
}
