package org.irontrace.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;

/** Every row of the default world is valid per FORMATS.md, so it imports without a rejected row. */
class FormatValidityTest {

	private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);

	private static final LocalDate LAST = LocalDate.of(2024, 12, 31);

	private static final Set<String> FROM_REQUIRED = Set.of("TRANSFERRED", "SOLD", "STOLEN", "LOST", "EXPORTED");

	private static final Set<String> TO_REQUIRED = Set.of("MANUFACTURED", "IMPORTED", "TRANSFERRED", "ACQUIRED");

	private static final Set<String> TYPES = Set.of("PISTOL", "REVOLVER", "RIFLE", "SHOTGUN", "RECEIVER", "MACHINE_GUN",
			"OTHER");

	private static final Set<String> CRIMES = Set.of("HOMICIDE", "ASSAULT", "DRUG_TRAFFICKING", "ORGANIZED_CRIME",
			"WEAPONS_OFFENSE", "FOUND_FIREARM", "BORDER_SEIZURE");

	@Test
	void licensees() {
		List<NamedCsvRecord> rows = CsvFileForTest.read(DefaultWorldForTest.file("licensees.csv"));
		assertThat(rows.get(0).getHeader()).containsExactly("licence_number", "licence_type", "business_name", "street",
				"city", "state", "postal_code", "country", "status", "latitude", "longitude");
		Set<String> numbers = new HashSet<>();
		for (NamedCsvRecord row : rows) {
			assertThat(numbers.add(row.getField("licence_number"))).as("unique licence").isTrue();
			assertThat(row.getField("licence_number")).matches("\\d-\\d{2}-\\d{3}-\\d{2}-\\d[A-M]-\\d{5}");
			assertThat(row.getField("licence_type")).isIn("01", "02", "07", "08", "09");
			assertThat(row.getField("business_name")).isNotBlank();
			assertThat(row.getField("state")).matches("[A-Z]{2}");
			assertThat(row.getField("status")).isIn("ACTIVE", "OUT_OF_BUSINESS", "REVOKED");
			assertThat(Double.parseDouble(row.getField("latitude"))).isBetween(-90.0, 90.0);
		}
		assertThat(rows).extracting(row -> row.getField("licence_type")).contains("01", "02", "07", "08", "09");
	}

	@Test
	void commerceEvents() {
		Set<String> licences = new HashSet<>();
		CsvFileForTest.read(DefaultWorldForTest.file("licensees.csv")).forEach(row -> licences.add(row.getField("licence_number")));
		List<NamedCsvRecord> rows = CsvFileForTest.read(DefaultWorldForTest.file("commerce_events.csv"));
		assertThat(rows.get(0).getHeader()).containsExactlyInAnyOrder("event_id", "event_type", "event_date",
				"serial_number", "manufacturer", "importer", "model", "caliber", "firearm_type", "country_of_manufacture",
				"from_licence", "to_licence", "purchaser_first_name", "purchaser_last_name", "purchaser_dob",
				"purchaser_street", "purchaser_city", "purchaser_state", "purchaser_postal_code", "purchaser_id_type",
				"purchaser_id_number", "reference");
		Set<String> ids = new HashSet<>();
		Map<String, LocalDate> lastEventOfGun = new HashMap<>();
		Set<String> typesSeen = new HashSet<>();
		for (NamedCsvRecord row : rows) {
			String type = row.getField("event_type");
			typesSeen.add(type);
			assertThat(ids.add(row.getField("event_id"))).as("unique event id").isTrue();
			LocalDate date = LocalDate.parse(row.getField("event_date"));
			assertThat(date).isBetween(FIRST, LAST);
			assertThat(row.getField("serial_number")).isNotBlank();
			assertThat(row.getField("manufacturer")).isNotBlank();
			assertThat(row.getField("firearm_type")).isIn(TYPES);
			assertThat(row.getField("country_of_manufacture")).matches("[A-Z]{2}");
			if (FROM_REQUIRED.contains(type)) {
				assertThat(licences).as("from_licence of %s", type).contains(row.getField("from_licence"));
			}
			if (TO_REQUIRED.contains(type)) {
				assertThat(licences).as("to_licence of %s", type).contains(row.getField("to_licence"));
			}
			if ("SOLD".equals(type)) {
				assertThat(row.getField("purchaser_first_name")).isNotBlank();
				assertThat(row.getField("purchaser_last_name")).isNotBlank();
				assertThat(LocalDate.parse(row.getField("purchaser_dob"))).isBefore(date.minusYears(17));
			}
			String gun = row.getField("serial_number") + "|" + row.getField("model") + "|" + row.getField("importer");
			LocalDate before = lastEventOfGun.put(gun, date);
			if (before == null) {
				assertThat(type).as("first event of %s", gun).isIn("MANUFACTURED", "IMPORTED");
			}
			else {
				assertThat(date).as("events of %s in order", gun).isAfterOrEqualTo(before);
			}
		}
		assertThat(typesSeen).contains("MANUFACTURED", "IMPORTED", "TRANSFERRED", "ACQUIRED", "SOLD", "STOLEN", "LOST",
				"EXPORTED");
	}

	@Test
	void recoveries() {
		List<NamedCsvRecord> rows = CsvFileForTest.read(DefaultWorldForTest.file("recoveries.csv"));
		assertThat(rows.get(0).getHeader()).contains("recovery_id", "agency", "recovery_date", "country", "admin_area",
				"city", "latitude", "longitude", "crime_code", "serial_number", "serial_obliterated", "partial_serial",
				"manufacturer", "importer", "model", "caliber", "firearm_type", "country_of_manufacture",
				"possessor_first_name", "possessor_last_name", "possessor_dob", "possessor_nationality");
		Set<String> ids = new HashSet<>();
		for (NamedCsvRecord row : rows) {
			assertThat(ids.add(row.getField("agency") + "/" + row.getField("recovery_id"))).as("unique per agency").isTrue();
			assertThat(LocalDate.parse(row.getField("recovery_date"))).isBetween(FIRST, LAST);
			assertThat(row.getField("country")).isIn("MX", "JM", "BS", "TT", "HT", "DO", "US");
			assertThat(row.getField("admin_area")).doesNotContain("-").isNotBlank();
			assertThat(row.getField("crime_code")).isIn(CRIMES);
			assertThat(row.getField("serial_obliterated")).isIn("Y", "N");
			if (!row.getField("partial_serial").isEmpty()) {
				assertThat(row.getField("serial_obliterated")).isEqualTo("Y");
				assertThat(row.getField("partial_serial")).contains("?");
			}
			if (!row.getField("firearm_type").isEmpty()) {
				assertThat(row.getField("firearm_type")).isIn(TYPES);
			}
			if (!row.getField("possessor_dob").isEmpty()) {
				LocalDate.parse(row.getField("possessor_dob"));
			}
		}
		assertThat(rows).extracting(row -> row.getField("serial_obliterated")).contains("Y");
		assertThat(rows).extracting(row -> row.getField("manufacturer")).contains("S&W", "CAI", "ROMARM");
	}
}
