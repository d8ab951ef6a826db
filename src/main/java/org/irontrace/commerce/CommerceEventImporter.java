package org.irontrace.commerce;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.FirearmDescription;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.StagedRow;
import org.irontrace.platform.PersonalDataSeal;
import org.springframework.stereotype.Component;

/**
 * {@code commerce_events.csv}: the custody ledger. Append-only: a row whose event_id is known is a
 * duplicate and changes nothing, so a dealer may re-send a whole file.
 */
@Component
class CommerceEventImporter implements LedgerFile {

	private static final Set<String> EVENT_TYPES = Arrays.stream(EventType.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	private static final String LEDGER_COLUMNS = "event_id, event_type, event_date, serial_number, serial_key,"
			+ " manufacturer, manufacturer_key, importer, importer_key, model, caliber, calibre_family, firearm_type,"
			+ " country_of_manufacture, from_licence, to_licence, purchaser_first_name, purchaser_last_name,"
			+ " purchaser_dob, purchaser_street, purchaser_city, purchaser_state, purchaser_postal_code,"
			+ " purchaser_id_type, purchaser_id_number, reference, sent_by";

	private static final String STORED_COLUMNS = LEDGER_COLUMNS.replace("purchaser_dob", "purchaser_dob_sealed")
		.replace("purchaser_id_number", "purchaser_id_number_sealed");

	private final Catalog catalog;

	private final PersonalDataSeal seal;

	CommerceEventImporter(Catalog catalog, PersonalDataSeal seal) {
		this.catalog = catalog;
		this.seal = seal;
	}

	private static String text(java.time.LocalDate date) {
		return date == null ? null : date.toString();
	}

	@Override
	public String kind() {
		return "commerce-events";
	}

	@Override
	public List<String> columns() {
		return List.of("event_id", "event_type", "event_date", "serial_number", "manufacturer", "importer", "model",
				"caliber", "firearm_type", "country_of_manufacture", "from_licence", "to_licence",
				"purchaser_first_name", "purchaser_last_name", "purchaser_dob", "purchaser_street", "purchaser_city",
				"purchaser_state", "purchaser_postal_code", "purchaser_id_type", "purchaser_id_number", "reference");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("event_id", "event_type", "event_date", "serial_number", "manufacturer");
	}

	@Override
	public String stagingTable() {
		return "staged_custody_event";
	}

	@Override
	public String stagingColumns() {
		return "line bigint, event_id text, event_type text, event_date date, serial_number text, serial_key text,"
				+ " manufacturer text, manufacturer_key text, importer text, importer_key text, model text,"
				+ " caliber text, calibre_family text, firearm_type text, country_of_manufacture text,"
				+ " from_licence text, to_licence text, purchaser_first_name text, purchaser_last_name text,"
				+ " purchaser_dob_sealed bytea, purchaser_street text, purchaser_city text, purchaser_state text,"
				+ " purchaser_postal_code text, purchaser_id_type text, purchaser_id_number_sealed bytea, reference text,"
				+ " sent_by text";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		String eventId = row.required("event_id");
		String typeName = row.requiredCode("event_type", EVENT_TYPES);
		EventType type = typeName == null ? null : EventType.valueOf(typeName);
		out.add(String.valueOf(row.line())).add(eventId).add(typeName).add(row.date("event_date", true));
		row.required("serial_number");
		row.required("manufacturer");
		// The ledger's identity key: the importer only counts for foreign-made guns, '' otherwise.
		out.add(row.firearm(catalog, "US"), "");
		out.add(type != null && type.needsFromLicence() ? row.required("from_licence") : row.text("from_licence"))
			.add(type != null && type.needsToLicence() ? row.required("to_licence") : row.text("to_licence"));
		boolean sale = type == EventType.SOLD;
		out.add(sale ? row.required("purchaser_first_name") : row.text("purchaser_first_name"))
			.add(sale ? row.required("purchaser_last_name") : row.text("purchaser_last_name"))
			.add(seal.seal(text(row.date("purchaser_dob", sale))))
			.add(row.text("purchaser_street"))
			.add(row.text("purchaser_city"))
			.add(row.upperText("purchaser_state"))
			.add(row.text("purchaser_postal_code"))
			.add(row.text("purchaser_id_type"))
			.add(seal.seal(row.text("purchaser_id_number")))
			.add(row.text("reference"))
			.add(row.submitter().sentBy());
	}

	@Override
	public String mergeSql() {
		// Birth dates and identity numbers arrive sealed from stage(): only ciphertext is stored.
		return "INSERT INTO custody_event_store (" + STORED_COLUMNS + ") SELECT " + STORED_COLUMNS
				+ " FROM staged_custody_event ON CONFLICT (event_id) DO NOTHING";
	}

	/**
	 * Keeps the firearm register in step: one row per identity, described by the maker's or
	 * importer's own record when there is one, gaps filled from later records. Rows go in key order,
	 * so two batches written at once rarely wait on each other in a circle (and a batch that does is
	 * written again).
	 */
	@Override
	public List<String> followUpSql() {
		return List.of("""
				INSERT INTO firearm AS f (serial_key, manufacturer_key, importer_key, serial_number, manufacturer,
				                          importer, model, caliber, calibre_family, firearm_type, country_of_manufacture)
				SELECT DISTINCT ON (serial_key, manufacturer_key, importer_key)
				       serial_key, manufacturer_key, importer_key, serial_number, manufacturer, importer, model,
				       caliber, calibre_family, firearm_type, country_of_manufacture
				FROM staged_custody_event
				ORDER BY serial_key, manufacturer_key, importer_key,
				         event_type IN ('MANUFACTURED', 'IMPORTED') DESC, line
				ON CONFLICT (serial_key, manufacturer_key, importer_key) DO UPDATE SET
				    model = coalesce(f.model, excluded.model),
				    caliber = coalesce(f.caliber, excluded.caliber),
				    calibre_family = coalesce(f.calibre_family, excluded.calibre_family),
				    firearm_type = coalesce(f.firearm_type, excluded.firearm_type)
				WHERE (f.model IS NULL AND excluded.model IS NOT NULL)
				   OR (f.caliber IS NULL AND excluded.caliber IS NOT NULL)
				   OR (f.firearm_type IS NULL AND excluded.firearm_type IS NOT NULL)
				""");
	}
}
