package org.irontrace.registry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.irontrace.access.AccessDirectory;
import org.irontrace.access.Role;
import org.irontrace.catalog.Catalog;
import org.irontrace.imports.CsvImporter;
import org.irontrace.imports.CsvRow;
import org.irontrace.imports.Refusal;
import org.irontrace.imports.StagedRow;
import org.irontrace.imports.Submitter;
import org.irontrace.platform.PersonalDataSeal;
import org.springframework.stereotype.Component;

/**
 * {@code domestic_registry.csv}. A registered gun is keyed by country and registry id: sending it
 * again is a no-op, except that a row with a different status, dated no earlier than the status kept,
 * brings the status and its date up to date (a gun reported stolen after it was registered). Nothing
 * else of a known gun changes: its identity is what it was registered as. A row without a status says
 * nothing about the status and changes nothing. An agency sends only its own country's registry (a
 * foreign registry would make another country's guns look diverted at home); the installation's
 * operators send any.
 */
@Component
class RegistryImporter implements CsvImporter {

	private static final Set<String> HOLDER_TYPES = names(HolderType.values());

	private static final Set<String> STATUSES = names(RegistryStatus.values());

	private static final String STORED = "country, registry_id, serial_number, serial_key, manufacturer, manufacturer_key,"
			+ " importer, importer_key, model, caliber, calibre_family, firearm_type, holder_type, holder_name,"
			+ " holder_first_name, holder_last_name, holder_dob_sealed, holder_id_number_sealed, registered_date, status,"
			+ " status_date, source_line";

	private final Catalog catalog;

	private final PersonalDataSeal seal;

	private final AccessDirectory agencies;

	/** Each submitting agency's country, read once: agencies do not move. */
	private final Map<String, String> countries = new ConcurrentHashMap<>();

	RegistryImporter(Catalog catalog, PersonalDataSeal seal, AccessDirectory agencies) {
		this.catalog = catalog;
		this.seal = seal;
		this.agencies = agencies;
	}

	private static Set<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String kind() {
		return "domestic-registry";
	}

	@Override
	public Set<Role> senders() {
		return Set.of(Role.ADMIN, Role.ANALYST, Role.SUPERVISOR);
	}

	@Override
	public List<String> columns() {
		return List.of("country", "registry_id", "serial_number", "manufacturer", "importer", "model", "caliber",
				"firearm_type", "holder_type", "holder_name", "holder_first_name", "holder_last_name", "holder_dob",
				"holder_id_number", "registered_date", "status", "status_date");
	}

	@Override
	public List<String> requiredColumns() {
		return List.of("country", "registry_id", "serial_number", "manufacturer", "holder_type");
	}

	@Override
	public String stagingTable() {
		return "staged_domestic_registry";
	}

	@Override
	public String stagingColumns() {
		return "country text, registry_id text, serial_number text, serial_key text, manufacturer text,"
				+ " manufacturer_key text, importer text, importer_key text, model text, caliber text, calibre_family text,"
				+ " firearm_type text, country_of_manufacture text, holder_type text, holder_name text, holder_first_name text,"
				+ " holder_last_name text, holder_dob_sealed bytea, holder_id_number_sealed bytea, registered_date date,"
				+ " status text, status_date date, source_line bigint";
	}

	@Override
	public void stage(CsvRow row, StagedRow out) {
		String country = row.required("country") == null ? null : row.country("country", null);
		Submitter submitter = row.submitter();
		if (country != null && !submitter.anyAgency()) {
			String home = countries.computeIfAbsent(submitter.agency(), agency -> agencies.findCountryOf(agency).orElse(""));
			if (!home.equalsIgnoreCase(country)) {
				row.reject("country", Refusal.ANOTHER_COUNTRY, submitter.agency(), home, country);
			}
		}
		out.add(country).add(row.required("registry_id"));
		row.required("serial_number");
		row.required("manufacturer");
		out.add(row.firearm(catalog, null), null)
			.add(row.requiredCode("holder_type", HOLDER_TYPES))
			.add(row.text("holder_name"))
			.add(row.text("holder_first_name"))
			.add(row.text("holder_last_name"))
			.add(seal.seal(text(row.date("holder_dob", false))))
			.add(seal.seal(row.text("holder_id_number")))
			.add(row.date("registered_date", false))
			.add(row.code("status", STATUSES, null))
			.add(row.date("status_date", false))
			.add(String.valueOf(row.line()));
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	@Override
	public String mergeSql() {
		// One row per key and batch (the latest status first), so the update below meets each gun once.
		// Birth dates and identity numbers arrive sealed from stage(): only ciphertext is stored.
		return "INSERT INTO domestic_registry AS d (" + STORED + ") SELECT DISTINCT ON (country, registry_id) " + STORED
				+ " FROM staged_domestic_registry ORDER BY country, registry_id, status_date DESC NULLS LAST, source_line DESC"
				+ """
						 ON CONFLICT (country, registry_id) DO UPDATE SET status = excluded.status, status_date = excluded.status_date
						WHERE excluded.status IS NOT NULL
						  AND (d.status, d.status_date) IS DISTINCT FROM (excluded.status, excluded.status_date)
						  AND (d.status_date IS NULL OR excluded.status_date >= d.status_date)
						""";
	}
}
