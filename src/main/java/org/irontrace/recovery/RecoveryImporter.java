package org.irontrace.recovery;

import java.util.List;
import java.util.Set;

import org.irontrace.access.Role;
import org.irontrace.catalog.Catalog;
import org.irontrace.catalog.CriminalGroup;
import org.irontrace.catalog.SerialNumbers;
import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.GrowingTable;
import org.irontrace.imports.Refusal;
import org.irontrace.imports.StagedRow;
import org.irontrace.platform.PersonalDataSeal;
import org.springframework.stereotype.Component;

/** {@code recoveries.csv}. A recovery re-sent by the same agency with a known id is a no-op. */
@Component
class RecoveryImporter implements CsvImporter {

	static final String COLUMNS = "agency, recovery_id, recovery_date, country, admin_area, city, latitude, longitude,"
			+ " crime_code, serial_obliterated, partial_serial, serial_number, serial_key, manufacturer,"
			+ " manufacturer_key, importer, importer_key, model, caliber, calibre_family, firearm_type,"
			+ " country_of_manufacture, possessor_first_name, possessor_last_name, possessor_dob,"
			+ " possessor_nationality, incident_id, criminal_group, criminal_group_key";

	/** Longer than this, an incident id is not an id but a note or a pasted paragraph. */
	static final int MAX_INCIDENT_ID = 100;

	/** Longer than this, a criminal group is not a name. */
	static final int MAX_CRIMINAL_GROUP = 200;

	private final Catalog catalog;

	private final PersonalDataSeal seal;

	RecoveryImporter(Catalog catalog, PersonalDataSeal seal) {
		this.catalog = catalog;
		this.seal = seal;
	}

	private static String text(java.time.LocalDate date) {
		return date == null ? null : date.toString();
	}

	@Override
	public String kind() {
		return "recoveries";
	}

	@Override
	public Set<Role> senders() {
		return Set.of(Role.ADMIN, Role.ANALYST, Role.SUPERVISOR, Role.INVESTIGATOR);
	}

	@Override
	public List<String> columns() {
		return List.of("recovery_id", "agency", "recovery_date", "country", "admin_area", "city", "latitude",
				"longitude", "crime_code", "serial_number", "serial_obliterated", "partial_serial", "manufacturer",
				"importer", "model", "caliber", "firearm_type", "country_of_manufacture", "possessor_first_name",
				"possessor_last_name", "possessor_dob", "possessor_nationality", "incident_id", "criminal_group");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("recovery_id", "agency", "recovery_date", "country");
	}

	@Override
	public String stagingTable() {
		return "staged_recovery";
	}

	@Override
	public String stagingColumns() {
		return "agency text, recovery_id text, recovery_date date, country text, admin_area text, city text,"
				+ " latitude double precision, longitude double precision, crime_code text,"
				+ " serial_obliterated boolean, partial_serial text, serial_number text, serial_key text,"
				+ " manufacturer text, manufacturer_key text, importer text, importer_key text, model text,"
				+ " caliber text, calibre_family text, firearm_type text, country_of_manufacture text,"
				+ " possessor_first_name text, possessor_last_name text, possessor_dob_sealed bytea,"
				+ " possessor_nationality text, incident_id text, criminal_group text, criminal_group_key text";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		String agency = row.required("agency");
		if (agency != null && !row.submitter().mayReportFor(agency)) {
			row.reject("agency", Refusal.ANOTHER_AGENCY, row.submitter().agency(), agency);
		}
		out.add(agency)
			.add(row.required("recovery_id"))
			.add(row.date("recovery_date", true));
		String country = row.required("country") == null ? null : row.country("country", null);
		out.add(country)
			.add(row.upperText("admin_area"))
			.add(row.text("city"))
			.add(row.number("latitude", -90, 90))
			.add(row.number("longitude", -180, 180))
			.add(row.upperText("crime_code"))
			.add(row.yesNo("serial_obliterated", false))
			.add(partialSerial(row))
			.add(row.firearm(catalog, null), null)
			.add(row.text("possessor_first_name"))
			.add(row.text("possessor_last_name"))
			.add(seal.seal(text(row.date("possessor_dob", false))))
			.add(row.upperText("possessor_nationality"))
			.add(incidentId(row));
		String group = limited(row, "criminal_group", MAX_CRIMINAL_GROUP);
		CriminalGroup attributed = catalog.criminalGroup(group);
		out.add(group).add(attributed == null ? null : attributed.key());
	}

	/** The incident id as written (ids are codes: only the surrounding spaces go). */
	private static String incidentId(CsvRow row) {
		return limited(row, "incident_id", MAX_INCIDENT_ID);
	}

	private static String limited(CsvRow row, String column, int most) {
		String value = row.text(column);
		if (value != null && value.length() > most) {
			row.reject(column, Refusal.TOO_LONG, value.length(), most);
			return null;
		}
		return value;
	}

	private static String partialSerial(CsvRow row) {
		String written = row.text("partial_serial");
		String partial = SerialNumbers.normalise(written);
		if (written != null && partial == null) {
			row.reject("partial_serial", Refusal.NOTHING_LEFT_OF_SERIAL, written);
		}
		return partial;
	}

	@Override
	public String mergeSql() {
		// The possessor's birth date arrives sealed from stage(): only ciphertext is stored (V6).
		String stored = COLUMNS.replace("possessor_dob", "possessor_dob_sealed");
		return "INSERT INTO recovery_store (" + stored + ") SELECT " + stored
				+ " FROM staged_recovery ON CONFLICT (agency, recovery_id) DO NOTHING";
	}

	@Override
	public List<GrowingTable> tablesItGrows() {
		// Every column: the traces and passes that follow read recoveries by many of them.
		return List.of(new GrowingTable("recovery_store", List.of()));
	}
}
